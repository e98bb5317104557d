package io.pareto.demo;

import io.pareto.account.Account;
import io.pareto.account.Category;
import io.pareto.account.KaKind;
import io.pareto.account.ProcurementMode;
import io.pareto.account.PurchasePattern;
import io.pareto.account.RelationshipStage;
import io.pareto.common.DemoDataLoaded;
import io.pareto.contact.Contact;
import io.pareto.contact.Layer;
import io.pareto.fact.AccountFact;
import io.pareto.industry.Industry;
import io.pareto.industry.IndustryTier;
import io.pareto.pipeline.Opportunity;
import io.pareto.pipeline.Stage;
import io.pareto.security.Role;
import io.pareto.user.AppUser;
import io.pareto.user.Team;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the bilingual demo dataset into an empty database when pareto.demo-data=true: 64 accounts
 * over 15 industries, 24 months of facts shaped so ~20% of customers bring ~80% of revenue, lost
 * customers, prospects, contacts on all four layers and deals in every stage. Deterministic
 * (seeded), never loaded twice.
 */
@ApplicationScoped
public class DemoData {
  public static final String PASSWORD = "pareto-demo";
  private static final Logger LOG = Logger.getLogger(DemoData.class);
  private static final long SEED = 20_80L;

  @ConfigProperty(name = "pareto.demo-data")
  boolean enabled;

  @ConfigProperty(name = "pareto.security.bcrypt-cost")
  int bcryptCost;

  private final EntityManager em;
  private final Event<DemoDataLoaded> loaded;

  public DemoData(EntityManager em, Event<DemoDataLoaded> loaded) {
    this.em = em;
    this.loaded = loaded;
  }

  // One transaction for the whole dataset; on a busy machine it can outlast the 60 s default.
  @Transactional
  @TransactionConfiguration(timeout = 900)
  void onStart(@Observes @Priority(5) StartupEvent event) {
    if (!enabled) return;
    if (em.createQuery("select count(a) from Account a", Long.class).getSingleResult() > 0) return;
    load(YearMonth.now());
    LOG.infof(
        "Loaded the demo dataset; sign in as admin@pareto.demo / %s (see README for the other users)",
        PASSWORD);
  }

  /** Loads everything with facts for the 24 months before {@code current}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void load(YearMonth current) {
    Random rnd = new Random(SEED);
    dealCount = 0;
    Map<String, Industry> industries = industries();
    List<AppUser> reps = users();
    List<DemoCatalog.AccountRow> rows = new ArrayList<>(DemoCatalog.ACCOUNTS);
    Collections.shuffle(rows, rnd);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      DemoCatalog.AccountRow row = rows.get(i);
      Account a = account(row, industries.get(row.industry()), reps.get(i % reps.size()), i, rnd);
      em.persist(a);
      ids.add(a.id);
      if (i < 50) facts(a, current, annualRevenue(i + 1), 0, rnd);
      else if (i < 56) facts(a, current, annualRevenue(20 + i - 50), 14 + rnd.nextInt(6), rnd);
      contacts(a, 3 + rnd.nextInt(6), rnd);
      opportunities(a, i, reps, rnd);
    }
    em.flush();
    loaded.fire(new DemoDataLoaded(ids, SEED));
  }

  /** Zipf-like: rank r of 50 buying accounts earns 18M × r^-1.3, so the top 10 bring ~79%. */
  static BigDecimal annualRevenue(int rank) {
    return BigDecimal.valueOf(18_000_000 * Math.pow(rank, -1.3)).setScale(2, RoundingMode.HALF_UP);
  }

  private Map<String, Industry> industries() {
    Map<String, Industry> out = new HashMap<>();
    for (DemoCatalog.IndustryRow r : DemoCatalog.INDUSTRIES) {
      Industry i = new Industry();
      i.code = r.code();
      i.nameEn = r.en();
      i.nameZh = r.zh();
      i.tier = IndustryTier.valueOf(r.tier());
      em.persist(i);
      out.put(i.code, i);
    }
    return out;
  }

  /**
   * Two teams, a manager each, two reps each, an admin and a BI reader. Returns the account owners.
   */
  private List<AppUser> users() {
    Team east = team("华东大客户部");
    Team north = team("华北大客户部");
    user("admin@pareto.demo", "系统管理员 Admin", Role.ADMIN, null);
    user("bi@pareto.demo", "BI Reader", Role.READONLY, null);
    AppUser m1 = user("zhao.min@pareto.demo", "赵敏", Role.MANAGER, east);
    AppUser m2 = user("david.chen@pareto.demo", "David Chen", Role.MANAGER, north);
    return List.of(
        user("li.na@pareto.demo", "李娜", Role.REP, east),
        user("wang.lei@pareto.demo", "王磊", Role.REP, east),
        user("emma.zhou@pareto.demo", "Emma Zhou", Role.REP, north),
        user("sun.tao@pareto.demo", "孙涛", Role.REP, north),
        m1,
        m2);
  }

  private Team team(String name) {
    Team t = new Team();
    t.name = name;
    em.persist(t);
    return t;
  }

  private AppUser user(String email, String name, Role role, Team team) {
    AppUser u = new AppUser();
    u.email = email;
    u.name = name;
    u.role = role;
    u.team = team;
    u.passwordHash = BcryptUtil.bcryptHash(PASSWORD, bcryptCost);
    em.persist(u);
    return u;
  }

  private Account account(
      DemoCatalog.AccountRow row, Industry industry, AppUser owner, int index, Random rnd) {
    Account a = new Account();
    a.externalId = String.format("DEMO-%04d", index + 1);
    a.name = row.name();
    a.industry = industry;
    a.region = row.region();
    a.owner = owner;
    boolean key = index < 10;
    a.category =
        key
            ? Category.KEY
            : index < 50 ? Category.NORMAL : index < 56 ? Category.LOST : Category.TARGET;
    if (key) {
      a.kaKind =
          switch (industry.code) {
            case "TAX", "PUBLIC_SECURITY", "MILITARY", "EDUCATION", "HEALTH" -> KaKind.IMPORTANT;
            case "POSTAL", "TELECOM" -> KaKind.GROUP;
            default -> index % 3 == 0 ? KaKind.STRATEGIC : KaKind.ECONOMIC;
          };
    }
    a.relationshipStage =
        index < 56 ? RelationshipStage.values()[rnd.nextInt(3)] : RelationshipStage.ESTABLISHING;
    a.procurementMode =
        rnd.nextBoolean() ? ProcurementMode.CENTRALISED : ProcurementMode.DECENTRALISED;
    a.purchasePattern = rnd.nextInt(4) == 0 ? PurchasePattern.ONE_OFF : PurchasePattern.RECURRING;
    a.estimatedAnnualPotential = BigDecimal.valueOf((200 + rnd.nextInt(9800)) * 1000L).setScale(2);
    a.strategicValue = key ? 3 + rnd.nextInt(3) : rnd.nextInt(5);
    return a;
  }

  /** 24 months of figures; {@code stoppedMonthsAgo > 0} makes a customer who stopped buying. */
  private void facts(
      Account a, YearMonth current, BigDecimal annual, int stoppedMonthsAgo, Random rnd) {
    double margin = 0.15 + rnd.nextDouble() * 0.2;
    double serveShare = 0.03 + rnd.nextDouble() * 0.09;
    double lastYearFactor = 0.7 + rnd.nextDouble() * 0.6;
    for (int ago = 24; ago >= 1; ago--) {
      if (stoppedMonthsAgo > 0 && ago < stoppedMonthsAgo) break;
      double monthly =
          annual.doubleValue()
              / 12
              * (ago > 12 ? lastYearFactor : 1)
              * (0.75 + rnd.nextDouble() * 0.5);
      AccountFact f = new AccountFact();
      f.account = a;
      f.month = current.minusMonths(ago).atDay(1);
      f.revenue = money(monthly);
      f.grossProfit = money(monthly * margin);
      f.costToServe = money(monthly * serveShare + 2_000 + rnd.nextInt(3_000));
      f.orderCount = 1 + (int) (monthly / 60_000);
      em.persist(f);
    }
  }

  private void contacts(Account a, int count, Random rnd) {
    Layer[] layers = Layer.values();
    for (int i = 0; i < count; i++) {
      Layer layer = layers[i < 4 ? i : rnd.nextInt(4)];
      boolean english = a.name.charAt(0) < 0x80;
      String[][] titles =
          switch (layer) {
            case EXECUTIVE -> DemoCatalog.EXECUTIVE_TITLES;
            case DECISION -> DemoCatalog.DECISION_TITLES;
            case IMPLEMENTATION -> DemoCatalog.IMPLEMENTATION_TITLES;
            case USER -> DemoCatalog.USER_TITLES;
          };
      String[] pool = titles[english ? 1 : 0];
      Contact c = new Contact();
      c.account = a;
      c.layer = layer;
      String surname = DemoCatalog.SURNAMES[rnd.nextInt(DemoCatalog.SURNAMES.length)];
      String given = DemoCatalog.GIVEN[rnd.nextInt(DemoCatalog.GIVEN.length)];
      c.name = surname + given;
      c.title = pool[rnd.nextInt(pool.length)];
      c.email = "contact" + a.id + "." + i + "@example.cn";
      c.phone =
          "+86 "
              + (130 + rnd.nextInt(60))
              + " "
              + (1000 + rnd.nextInt(9000))
              + " "
              + (1000 + rnd.nextInt(9000));
      c.lastContactedOn = LocalDate.now().minusDays(rnd.nextInt(200));
      em.persist(c);
    }
  }

  private int dealCount;

  private void opportunities(Account a, int index, List<AppUser> reps, Random rnd) {
    boolean lost = index >= 50 && index < 56;
    int count = lost ? 1 : 1 + rnd.nextInt(3);
    for (int i = 0; i < count; i++) {
      Opportunity o = new Opportunity();
      o.account = a;
      o.owner = a.owner;
      o.name = DemoCatalog.DEAL_NAMES[rnd.nextInt(DemoCatalog.DEAL_NAMES.length)];
      o.amount = money((50 + rnd.nextInt(1950)) * 1000.0);
      // The first seven deals walk every stage once so each column of the pipeline has a deal.
      o.stage =
          lost
              ? Stage.LOST
              : dealCount < 7 ? Stage.values()[dealCount] : Stage.values()[rnd.nextInt(7)];
      dealCount++;
      o.expectedCloseDate = LocalDate.now().plusDays(rnd.nextInt(180) - 60);
      em.persist(o);
    }
  }

  private static BigDecimal money(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }
}

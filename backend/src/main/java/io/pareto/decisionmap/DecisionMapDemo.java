package io.pareto.decisionmap;

import io.pareto.common.DemoDataLoaded;
import io.pareto.competitor.Competitor;
import io.pareto.competitor.CompetitorTier;
import io.pareto.competitor.PriceLevel;
import io.pareto.contact.Attitude;
import io.pareto.contact.BuyingRole;
import io.pareto.contact.Contact;
import io.pareto.contact.Layer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Demo decision maps: a bilingual competitor catalogue, and per account roles, attitudes,
 * closeness, a reporting line, links, relationship owners and sometimes a placeholder — strong maps
 * for some accounts, weak ones for others, so the portfolio shows every kind of gap.
 */
@ApplicationScoped
public class DecisionMapDemo {
  /** A competitor of the demo catalogue. */
  private record DemoCompetitor(
      String name,
      String brand,
      String implementer,
      String strengths,
      String weaknesses,
      PriceLevel priceLevel,
      CompetitorTier tier) {}

  private static final List<DemoCompetitor> COMPETITORS =
      List.of(
          new DemoCompetitor(
              "华为 Huawei",
              "FusionCloud",
              "神州数码 Digital China",
              "government relationships; full stack",
              "high price; slow customisation (定制慢)",
              PriceLevel.HIGH,
              CompetitorTier.STRONGER),
          new DemoCompetitor(
              "浪潮 Inspur",
              "Inspur Cloud",
              "浪潮软件 Inspur Software",
              "provincial government footprint",
              "weak outside the north (区域局限)",
              PriceLevel.MEDIUM,
              CompetitorTier.EQUAL),
          new DemoCompetitor(
              "用友 Yonyou",
              "YonBIP",
              "用友网络 partners",
              "ERP installed base",
              "integration effort (集成难)",
              PriceLevel.MEDIUM,
              CompetitorTier.EQUAL),
          new DemoCompetitor(
              "金蝶 Kingdee",
              "Cosmic",
              "金蝶 partners",
              "mid-market channel",
              "thin large-account service (大客户服务弱)",
              PriceLevel.LOW,
              CompetitorTier.CATCHING_UP),
          new DemoCompetitor(
              "SAP",
              "S/4HANA",
              "Accenture 埃森哲",
              "global reference customers",
              "price and local support (本地支持少)",
              PriceLevel.PREMIUM,
              CompetitorTier.STRONGER));

  private final EntityManager em;
  private final DecisionMapSummaries summaries;

  public DecisionMapDemo(EntityManager em, DecisionMapSummaries summaries) {
    this.em = em;
    this.summaries = summaries;
  }

  void onDemoData(@Observes DemoDataLoaded loaded) {
    Random rnd = new Random(loaded.seed() * 31 + 7);
    List<Competitor> competitors = new ArrayList<>();
    for (DemoCompetitor d : COMPETITORS) {
      Competitor c = new Competitor();
      c.name = d.name();
      c.brand = d.brand();
      c.implementer = d.implementer();
      c.strengths = d.strengths();
      c.weaknesses = d.weaknesses();
      c.priceLevel = d.priceLevel();
      c.channels = "direct sales + provincial partners (直销 + 省级代理)";
      c.tier = d.tier();
      em.persist(c);
      competitors.add(c);
    }
    List<Long> userIds =
        em.createQuery(
                "select u.id from AppUser u where u.role in ('REP', 'MANAGER') order by u.id",
                Long.class)
            .getResultList();
    Map<Long, List<Contact>> byAccount =
        em.createQuery(
                "select c from Contact c join fetch c.account where c.account.id in :ids "
                    + "order by c.id",
                Contact.class)
            .setParameter("ids", loaded.accountIds())
            .getResultStream()
            .collect(Collectors.groupingBy(c -> c.account.id));
    for (int i = 0; i < loaded.accountIds().size(); i++) {
      List<Contact> contacts = byAccount.getOrDefault(loaded.accountIds().get(i), List.of());
      // Accounts come KEY first; every third map is strong, the rest range from fair to weak.
      int strength = i % 3 == 0 ? 2 : i % 3 == 1 ? 1 : 0;
      shape(contacts, strength, competitors, userIds, rnd);
    }
    summaries.refresh(loaded.accountIds());
  }

  private void shape(
      List<Contact> contacts,
      int strength,
      List<Competitor> competitors,
      List<Long> users,
      Random rnd) {
    if (contacts.isEmpty()) return;
    Contact top = null;
    for (Contact c : contacts) {
      c.influence =
          switch (c.layer) {
            case EXECUTIVE -> 5;
            case DECISION -> 4;
            case IMPLEMENTATION -> 3;
            case USER -> 2;
          };
      int base = strength == 2 ? 3 : strength == 1 ? 2 : 1;
      c.closeness = Math.min(5, base + rnd.nextInt(3));
      c.attitude = pick(strength, rnd);
      c.roles.add(
          switch (c.layer) {
            case EXECUTIVE, DECISION ->
                rnd.nextInt(3) == 0 ? BuyingRole.INFLUENCER : BuyingRole.DECISION_MAKER;
            case IMPLEMENTATION ->
                rnd.nextBoolean() ? BuyingRole.TECHNICAL_EVALUATOR : BuyingRole.PURCHASER;
            case USER -> BuyingRole.USER;
          });
      if (c.layer == Layer.IMPLEMENTATION && strength > 0 && rnd.nextInt(2) == 0)
        c.roles.add(BuyingRole.COACH);
      if (rnd.nextInt(4) == 0) {
        c.competitorId = competitors.get(rnd.nextInt(competitors.size())).id;
        c.competitorCloseness = strength == 0 ? 3 + rnd.nextInt(3) : 1 + rnd.nextInt(3);
      }
      if (strength == 0 && rnd.nextBoolean())
        c.lastContactedOn = LocalDate.now().minusDays(100 + rnd.nextInt(100));
      if (top == null && c.layer == Layer.EXECUTIVE) top = c;
      else if (top != null && c.layer != Layer.EXECUTIVE) c.reportsToId = top.id;
      if (c.closeness >= 3 && !users.isEmpty()) {
        int owners = strength == 2 ? 2 : 1;
        for (int k = 0; k < owners; k++)
          owner(c, users.get((int) ((c.id + k) % users.size())), 2 + rnd.nextInt(4));
      }
    }
    for (int k = 1; k < contacts.size(); k++) {
      if (rnd.nextInt(3) == 0) continue;
      ContactLink l = new ContactLink();
      l.accountId = contacts.get(0).account.id;
      l.fromContactId = contacts.get(k).id;
      l.toContactId = contacts.get(rnd.nextInt(k)).id;
      l.kind = LinkKind.values()[rnd.nextInt(3)];
      l.strength = 1 + rnd.nextInt(3);
      em.persist(l);
    }
    if (strength < 2 && rnd.nextInt(3) == 0) {
      Contact p = new Contact(); // "head of procurement — unknown"
      p.account = contacts.get(0).account;
      p.layer = Layer.DECISION;
      p.title = "采购处处长 (unknown) Head of procurement";
      p.roles.add(BuyingRole.PURCHASER);
      em.persist(p);
    }
  }

  private void owner(Contact c, long userId, int strength) {
    RelationshipOwner o = new RelationshipOwner();
    o.accountId = c.account.id;
    o.contactId = c.id;
    o.userId = userId;
    o.strength = strength;
    em.persist(o);
  }

  private static Attitude pick(int strength, Random rnd) {
    Attitude[] a = Attitude.values();
    return switch (strength) {
      case 2 -> a[rnd.nextInt(3)];
      case 1 -> a[1 + rnd.nextInt(3)];
      default -> a[2 + rnd.nextInt(3)];
    };
  }
}

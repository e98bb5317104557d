package io.pareto.decisionmap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pareto.account.AccountDto;
import io.pareto.account.AccountService;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.contact.Attitude;
import io.pareto.contact.BuyingRole;
import io.pareto.contact.Layer;
import io.pareto.decisionmap.DecisionMapDto.Edge;
import io.pareto.decisionmap.DecisionMapDto.EdgeKind;
import io.pareto.decisionmap.DecisionMapDto.Gap;
import io.pareto.decisionmap.DecisionMapDto.LayerSummary;
import io.pareto.decisionmap.DecisionMapDto.Node;
import io.pareto.decisionmap.DecisionMapDto.User;
import io.pareto.pipeline.OpportunityDto;
import io.pareto.security.AccountScope;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contact decision map of an account or a deal, and the portfolio of maps (docs/method.md §6).
 */
@ApplicationScoped
public class DecisionMapService {
  private final AccountService accounts;
  private final DealContactService deals;
  private final DecisionMapQueries queries;
  private final DecisionMapConfig config;
  private final Caller caller;
  private final ObjectMapper json;

  public DecisionMapService(
      AccountService accounts,
      DealContactService deals,
      DecisionMapQueries queries,
      DecisionMapConfig config,
      Caller caller,
      ObjectMapper json) {
    this.accounts = accounts;
    this.deals = deals;
    this.queries = queries;
    this.config = config;
    this.caller = caller;
    this.json = json;
  }

  /**
   * The map of a visible account (404 otherwise) — or, with {@code opportunityId}, of that deal's
   * buying centre, with per-deal roles and attitudes; or, with {@code asOf}, as it stood at the end
   * of that day (UTC), replayed from the audit trail ({@link MapHistory}). A constant number of
   * statements whatever the size.
   */
  public DecisionMapDto map(long accountId, Long opportunityId, LocalDate asOf) {
    AccountDto account =
        accounts.get(accountId).orElseThrow(() -> ProblemException.notFound("Account", accountId));
    if (asOf != null && opportunityId != null) {
      throw ProblemException.badRequest(
          "asOf", "a deal's buying centre has no history; ask for the account's map");
    }
    if (asOf != null && asOf.isAfter(LocalDate.now()))
      throw ProblemException.badRequest("asOf", "must not be in the future");
    Map<Long, Object[]> deal = null;
    if (opportunityId != null) {
      OpportunityDto o = deals.requireDeal(opportunityId);
      if (o.accountId() != accountId) {
        throw ProblemException.badRequest(
            "opportunityId", "opportunity " + opportunityId + " belongs to another account");
      }
      deal = new HashMap<>();
      for (Object[] r : queries.dealContacts(opportunityId)) deal.put(id(r[0]), r);
    }
    Map<Long, Set<BuyingRole>> roleSets = new HashMap<>();
    for (Object[] r : queries.roles(accountId)) {
      roleSets
          .computeIfAbsent(id(r[0]), k -> EnumSet.noneOf(BuyingRole.class))
          .add(BuyingRole.valueOf((String) r[1]));
    }
    MapRows rows =
        new MapRows(
            queries.contacts(accountId),
            roleSets,
            queries.links(accountId),
            queries.owners(accountId));
    if (asOf != null) rows = past(accountId, rows, asOf);
    Map<Long, Set<BuyingRole>> roles = rows.roles();
    List<Node> nodes = new ArrayList<>();
    for (Object[] r : rows.contacts()) {
      long id = id(r[0]);
      if (deal != null && !deal.containsKey(id)) continue;
      Object[] d = deal == null ? null : deal.get(id);
      BuyingRole dealRole = d == null || d[1] == null ? null : BuyingRole.valueOf((String) d[1]);
      Set<BuyingRole> rs = new TreeSet<>(roles.getOrDefault(id, Set.of()));
      if (dealRole != null) rs.add(dealRole); // the deal role adds to what the person is anyway
      Attitude attitude =
          d != null && d[2] != null
              ? Attitude.valueOf((String) d[2])
              : enumOrNull(Attitude.class, r[6]);
      Layer layer = Layer.valueOf((String) r[4]);
      String name = (String) r[1];
      nodes.add(
          new Node(
              id,
              name,
              (String) r[2],
              (String) r[3],
              layer,
              List.copyOf(rs),
              integer(r[5]),
              attitude,
              integer(r[7]),
              (String) r[8],
              layer.defaultValues(),
              (String) r[9],
              nullableId(r[10]),
              date(r[11]),
              nullableId(r[12]),
              (String) r[13],
              integer(r[14]),
              name == null || name.isBlank(),
              dealRole));
    }
    nodes.sort(Comparator.comparing(Node::layer).thenComparing(Node::id));
    Set<Long> onMap = new TreeSet<>();
    nodes.forEach(n -> onMap.add(n.id()));

    List<Edge> edges = new ArrayList<>();
    for (Node n : nodes) {
      if (n.reportsToId() != null && onMap.contains(n.reportsToId())) {
        edges.add(new Edge(EdgeKind.REPORTS_TO, null, n.id(), null, n.reportsToId(), null));
      }
    }
    for (Object[] r : rows.links()) {
      if (onMap.contains(id(r[1])) && onMap.contains(id(r[2]))) {
        edges.add(
            new Edge(
                EdgeKind.valueOf((String) r[3]),
                id(r[0]),
                id(r[1]),
                null,
                id(r[2]),
                integer(r[4])));
      }
    }
    Map<Long, Set<Long>> ownersOf = new HashMap<>();
    Map<Long, User> users = new LinkedHashMap<>();
    for (Object[] r : rows.owners()) {
      long contact = id(r[1]);
      if (!onMap.contains(contact)) continue;
      long user = id(r[2]);
      ownersOf.computeIfAbsent(contact, k -> new TreeSet<>()).add(user);
      users.putIfAbsent(user, new User(user, (String) r[3]));
      edges.add(
          new Edge(EdgeKind.RELATIONSHIP_OWNER, id(r[0]), null, user, contact, integer(r[4])));
    }

    List<ContactRow> facts =
        nodes.stream()
            .map(
                n ->
                    new ContactRow(
                        n.id(),
                        n.layer(),
                        n.placeholder(),
                        n.roles().isEmpty()
                            ? EnumSet.noneOf(BuyingRole.class)
                            : EnumSet.copyOf(n.roles()),
                        n.attitude(),
                        n.closeness() == null ? 0 : n.closeness(),
                        n.competitorCloseness() == null ? 0 : n.competitorCloseness(),
                        n.lastContactedOn(),
                        ownersOf.getOrDefault(n.id(), Set.of())))
            .toList();
    LocalDate staleBefore = staleBefore(asOf == null ? LocalDate.now() : asOf);
    var evaluation = DecisionMapRules.evaluate(facts, staleBefore, config.weights());
    return new DecisionMapDto(
        accountId,
        account.name(),
        opportunityId,
        asOf,
        evaluation.score(),
        config.staleAfterDays(),
        nodes,
        List.copyOf(users.values()),
        edges,
        layers(nodes, facts, staleBefore),
        evaluation.findings().stream().map(Gap::of).toList());
  }

  /**
   * Accounts in the caller's scope with score and gap counts, computed set-based in one statement.
   */
  public Page<PortfolioRowDto> portfolio(
      String category, Long ownerId, GapRule gapCode, PageRequest page) {
    var rows =
        queries.portfolio(
            caller.scope(),
            new DecisionMapQueries.PortfolioFilter(category, ownerId, gapCode),
            staleBefore(LocalDate.now()),
            config.weights(),
            page.sort,
            page.offset(),
            page.size);
    GapRule[] rules = GapRule.values();
    long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[8 + rules.length]).longValue();
    List<PortfolioRowDto> items =
        rows.stream()
            .map(
                r -> {
                  GapRule top = null;
                  for (int i = 0; i < rules.length && top == null; i++)
                    if (((Number) r[8 + i]).intValue() > 0) top = rules[i];
                  return new PortfolioRowDto(
                      id(r[0]),
                      (String) r[1],
                      io.pareto.account.Category.valueOf((String) r[2]),
                      nullableId(r[3]),
                      integer(r[4]),
                      integer(r[5]),
                      integer(r[6]),
                      integer(r[7]),
                      top);
                })
            .toList();
    return new Page<>(items, page.page, page.size, total);
  }

  /**
   * The scored maps of the KEY accounts in {@code scope} as a derived table for other features'
   * aggregates (columns id, name, category, owner_id, score, high_gaps, ...); puts the parameters
   * it names into {@code params}.
   */
  public String keyMapsSql(AccountScope scope, Map<String, Object> params) {
    params.putAll(scope.params());
    params.put("staleBefore", staleBefore(LocalDate.now()));
    params.put("category", "KEY");
    return DecisionMapQueries.portfolioSql(
        scope, new DecisionMapQueries.PortfolioFilter("KEY", null, null), config.weights(), null);
  }

  private LocalDate staleBefore(LocalDate day) {
    return day.minusDays(config.staleAfterDays());
  }

  /**
   * The rows replayed to the end of {@code day}, with the competitors' and users' names they refer
   * to.
   */
  private MapRows past(long accountId, MapRows now, LocalDate day) {
    Instant cutoff = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<MapHistory.Event> events = new ArrayList<>();
    for (Object[] r : queries.history(accountId, cutoff)) {
      try {
        events.add(
            new MapHistory.Event(
                (String) r[1],
                Long.parseLong((String) r[2]),
                (String) r[3],
                json.readTree((String) r[4]),
                ((Number) r[5]).intValue() == 1));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("audit event " + r[0] + " holds no JSON", e);
      }
    }
    Set<Long> created = new HashSet<>();
    Set<Long> touched = new HashSet<>();
    for (Object[] r : queries.writtenAfter(accountId, cutoff)) {
      if (((Number) r[1]).intValue() == 1) created.add(id(r[0]));
      else if (((Number) r[2]).intValue() == 1) touched.add(id(r[0]));
    }
    MapRows past = MapHistory.asOf(day, now, events, created, touched);
    Set<Long> competitors = new HashSet<>();
    past.contacts()
        .forEach(
            c -> {
              if (c[12] != null) competitors.add(id(c[12]));
            });
    Set<Long> users = new HashSet<>();
    past.owners().forEach(o -> users.add(id(o[2])));
    Map<String, String> names = queries.names(competitors, users);
    past.contacts().forEach(c -> c[13] = c[12] == null ? null : names.get("C" + id(c[12])));
    past.owners().forEach(o -> o[3] = names.get("U" + id(o[2])));
    return past;
  }

  /**
   * Per layer; "strong" exactly as the score counts it ({@link ContactCondition#strong}, as of the
   * cut-off).
   */
  private static List<LayerSummary> layers(
      List<Node> nodes, List<ContactRow> facts, LocalDate staleBefore) {
    List<LayerSummary> out = new ArrayList<>();
    for (Layer l : Layer.values()) {
      List<Node> in = nodes.stream().filter(n -> n.layer() == l).toList();
      List<Node> named = in.stream().filter(n -> !n.placeholder()).toList();
      int strong =
          (int)
              facts.stream()
                  .filter(c -> c.layer() == l && ContactCondition.strong(c, staleBefore))
                  .count();
      int supporters =
          (int)
              named.stream()
                  .filter(
                      n -> n.attitude() == Attitude.CHAMPION || n.attitude() == Attitude.SUPPORTER)
                  .count();
      int opponents = (int) named.stream().filter(n -> n.attitude() == Attitude.OPPONENT).count();
      out.add(
          new LayerSummary(
              l,
              l.defaultValues(),
              in.stream().map(Node::id).toList(),
              in.size(),
              strong,
              supporters,
              opponents,
              in.size() - named.size(),
              strong > 0));
    }
    return out;
  }

  private static long id(Object o) {
    return ((Number) o).longValue();
  }

  private static Long nullableId(Object o) {
    return o == null ? null : ((Number) o).longValue();
  }

  private static Integer integer(Object o) {
    return o == null ? null : ((Number) o).intValue();
  }

  private static LocalDate date(Object o) {
    if (o == null) return null;
    if (o instanceof LocalDate d) return d;
    return ((java.sql.Date) o).toLocalDate();
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, Object o) {
    return o == null ? null : Enum.valueOf(type, (String) o);
  }
}

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
import io.pareto.decisionmap.DecisionMapQueries.AuditLine;
import io.pareto.decisionmap.DecisionMapQueries.ContactLine;
import io.pareto.decisionmap.DecisionMapQueries.DealContactLine;
import io.pareto.decisionmap.DecisionMapQueries.LinkLine;
import io.pareto.decisionmap.DecisionMapQueries.OwnerLine;
import io.pareto.decisionmap.DecisionMapQueries.PortfolioLine;
import io.pareto.decisionmap.DecisionMapQueries.RoleLine;
import io.pareto.decisionmap.DecisionMapQueries.WrittenLine;
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
    Map<Long, DealContactLine> deal = null;
    if (opportunityId != null) {
      OpportunityDto o = deals.requireDeal(opportunityId);
      if (o.accountId() != accountId) {
        throw ProblemException.badRequest(
            "opportunityId", "opportunity " + opportunityId + " belongs to another account");
      }
      deal = new HashMap<>();
      for (DealContactLine d : queries.dealContacts(opportunityId)) deal.put(d.contactId(), d);
    }
    Map<Long, Set<BuyingRole>> roleSets = new HashMap<>();
    for (RoleLine r : queries.roles(accountId)) {
      roleSets.computeIfAbsent(r.contactId(), k -> EnumSet.noneOf(BuyingRole.class)).add(r.role());
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
    for (ContactLine c : rows.contacts()) {
      if (deal != null && !deal.containsKey(c.id())) continue;
      DealContactLine d = deal == null ? null : deal.get(c.id());
      BuyingRole dealRole = d == null ? null : d.dealRole();
      Set<BuyingRole> rs = new TreeSet<>(roles.getOrDefault(c.id(), Set.of()));
      if (dealRole != null) rs.add(dealRole); // the deal role adds to what the person is anyway
      Attitude attitude = d != null && d.attitude() != null ? d.attitude() : c.attitude();
      nodes.add(
          new Node(
              c.id(),
              c.name(),
              c.title(),
              c.department(),
              c.layer(),
              List.copyOf(rs),
              c.influence(),
              attitude,
              c.closeness(),
              c.valueOrientation(),
              c.layer().defaultValues(),
              c.personalNotes(),
              c.reportsToId(),
              c.lastContactedOn(),
              c.competitorId(),
              c.competitorName(),
              c.competitorCloseness(),
              c.name() == null || c.name().isBlank(),
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
    for (LinkLine l : rows.links()) {
      if (onMap.contains(l.fromContactId()) && onMap.contains(l.toContactId())) {
        edges.add(
            new Edge(l.kind(), l.id(), l.fromContactId(), null, l.toContactId(), l.strength()));
      }
    }
    Map<Long, Set<Long>> ownersOf = new HashMap<>();
    Map<Long, User> users = new LinkedHashMap<>();
    for (OwnerLine o : rows.owners()) {
      if (!onMap.contains(o.contactId())) continue;
      ownersOf.computeIfAbsent(o.contactId(), k -> new TreeSet<>()).add(o.userId());
      users.putIfAbsent(o.userId(), new User(o.userId(), o.userName()));
      edges.add(
          new Edge(
              EdgeKind.RELATIONSHIP_OWNER, o.id(), null, o.userId(), o.contactId(), o.strength()));
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
    long total = rows.isEmpty() ? 0 : rows.get(0).total();
    List<PortfolioRowDto> items = rows.stream().map(PortfolioLine::dto).toList();
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
    for (AuditLine e : queries.history(accountId, cutoff)) {
      try {
        events.add(
            new MapHistory.Event(
                e.entityType(),
                Long.parseLong(e.entityId()),
                e.action(),
                json.readTree(e.changes()),
                e.afterCutoff()));
      } catch (JsonProcessingException x) {
        throw new IllegalStateException("audit event " + e.id() + " holds no JSON", x);
      }
    }
    Set<Long> created = new HashSet<>();
    Set<Long> touched = new HashSet<>();
    for (WrittenLine w : queries.writtenAfter(accountId, cutoff)) {
      if (w.created()) created.add(w.id());
      else if (w.updated()) touched.add(w.id());
    }
    MapRows past = MapHistory.asOf(day, now, events, created, touched);
    Set<Long> competitors = new HashSet<>();
    past.contacts().forEach(c -> competitors.add(c.competitorId()));
    competitors.remove(null);
    Set<Long> users = new HashSet<>();
    past.owners().forEach(o -> users.add(o.userId()));
    Map<String, String> names = queries.names(competitors, users);
    return new MapRows(
        past.contacts().stream()
            .map(
                c ->
                    c.withCompetitorName(
                        c.competitorId() == null ? null : names.get("C" + c.competitorId())))
            .toList(),
        past.roles(),
        past.links(),
        past.owners().stream().map(o -> o.withUserName(names.get("U" + o.userId()))).toList());
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
}

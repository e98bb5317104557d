package io.pareto.decisionmap;

import io.pareto.account.Category;
import io.pareto.common.Rows;
import io.pareto.common.SortSpec;
import io.pareto.contact.Attitude;
import io.pareto.contact.BuyingRole;
import io.pareto.contact.Layer;
import io.pareto.decisionmap.DecisionMapDto.EdgeKind;
import io.pareto.security.AccountScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The decision map's read SQL: four statements for one map whatever its size, and one set-based
 * statement for the portfolio over the stored per-account fact counts ({@link SummarySql}) → score
 * and gap counts, generated from {@link ContactCondition}, {@link GapRule} and {@link
 * ScoreWeights}.
 */
@ApplicationScoped
public class DecisionMapQueries {
  static final Map<String, String> SORTS =
      Map.of(
          "score",
          "score",
          "name",
          "name",
          "highGaps",
          "high_gaps",
          "gaps",
          "(high_gaps + medium_gaps + low_gaps)");

  private final EntityManager em;

  public DecisionMapQueries(EntityManager em) {
    this.em = em;
  }

  /** A contact as the map draws it; the components are named as the audit trail names fields. */
  record ContactLine(
      long id,
      String name,
      String title,
      String department,
      Layer layer,
      Integer influence,
      Attitude attitude,
      Integer closeness,
      String valueOrientation,
      String personalNotes,
      Long reportsToId,
      LocalDate lastContactedOn,
      Long competitorId,
      String competitorName,
      Integer competitorCloseness) {
    ContactLine withCompetitorName(String competitorName) {
      return new ContactLine(
          id,
          name,
          title,
          department,
          layer,
          influence,
          attitude,
          closeness,
          valueOrientation,
          personalNotes,
          reportsToId,
          lastContactedOn,
          competitorId,
          competitorName,
          competitorCloseness);
    }
  }

  record RoleLine(long contactId, BuyingRole role) {}

  record LinkLine(long id, long fromContactId, long toContactId, EdgeKind kind, Integer strength) {}

  record OwnerLine(long id, long contactId, long userId, String userName, Integer strength) {
    OwnerLine withUserName(String userName) {
      return new OwnerLine(id, contactId, userId, userName, strength);
    }
  }

  /** A map-relevant audit event; {@code changes} is JSON {field: [before, after]}. */
  record AuditLine(
      long id,
      String entityType,
      String entityId,
      String action,
      String changes,
      boolean afterCutoff) {}

  /** A contact written after a cut-off: created then, or only updated. */
  record WrittenLine(long id, boolean created, boolean updated) {}

  record DealContactLine(long contactId, BuyingRole dealRole, Attitude attitude) {}

  private record NameLine(String ref, String name) {}

  List<ContactLine> contacts(long accountId) {
    return Rows.select(
        em,
        ContactLine.class,
        """
        select c.id, c.name, c.title, c.department, c.layer, c.influence, c.attitude,
               c.closeness, c.value_orientation, c.personal_notes, c.reports_to_id,
               c.last_contacted_on, c.competitor_id, k.name as competitor_name,
               c.competitor_closeness
          from contact c
          left join competitor k on k.id = c.competitor_id
         where c.account_id = :acc
         order by c.id""",
        Map.of("acc", accountId));
  }

  List<RoleLine> roles(long accountId) {
    return Rows.select(
        em,
        RoleLine.class,
        """
        select r.contact_id, r.role
          from contact_role r
          join contact c on c.id = r.contact_id
         where c.account_id = :acc""",
        Map.of("acc", accountId));
  }

  List<LinkLine> links(long accountId) {
    return Rows.select(
        em,
        LinkLine.class,
        """
        select id, from_contact_id, to_contact_id, kind, strength
          from contact_link
         where account_id = :acc
         order by id""",
        Map.of("acc", accountId));
  }

  List<OwnerLine> owners(long accountId) {
    return Rows.select(
        em,
        OwnerLine.class,
        """
        select o.id, o.contact_id, o.user_id, u.name as user_name, o.strength
          from relationship_owner o
          join app_user u on u.id = o.user_id
         where o.account_id = :acc
         order by o.id""",
        Map.of("acc", accountId));
  }

  /** The account's map-relevant audit trail, each event marked whether it is after :cutoff. */
  List<AuditLine> history(long accountId, Instant cutoff) {
    return Rows.select(
        em,
        AuditLine.class,
        """
        select id, entity_type, entity_id, action, changes,
               case when occurred_at >= :cutoff then 1 else 0 end as after_cutoff
          from audit_event
         where account_id = :acc
           and entity_type in ('CONTACT', 'CONTACT_LINK', 'RELATIONSHIP_OWNER')
         order by id""",
        Map.of("acc", accountId, "cutoff", cutoff));
  }

  /** The account's contacts written after the cutoff. */
  List<WrittenLine> writtenAfter(long accountId, Instant cutoff) {
    return Rows.select(
        em,
        WrittenLine.class,
        """
        select id,
               case when created_at >= :cutoff then 1 else 0 end as created,
               case when updated_at >= :cutoff then 1 else 0 end as updated
          from contact
         where account_id = :acc
           and (created_at >= :cutoff or updated_at >= :cutoff)""",
        Map.of("acc", accountId, "cutoff", cutoff));
  }

  /**
   * "C" + id → name of the competitors (contacts' competitor) and "U" + id → name of our users
   * (relationship owners) among the ids.
   */
  Map<String, String> names(Collection<Long> competitorIds, Collection<Long> userIds) {
    Map<String, String> out = new HashMap<>();
    Rows.select(
            em,
            NameLine.class,
            """
            select 'C' || cast(id as varchar(20)) as ref, name from competitor where id in (:c)
            union all
            select 'U' || cast(id as varchar(20)) as ref, name from app_user where id in (:u)""",
            Map.of(
                "c", competitorIds.isEmpty() ? List.of(-1L) : competitorIds,
                "u", userIds.isEmpty() ? List.of(-1L) : userIds))
        .forEach(n -> out.put(n.ref(), n.name()));
    return out;
  }

  /** One deal's buying centre. */
  List<DealContactLine> dealContacts(long opportunityId) {
    return Rows.select(
        em,
        DealContactLine.class,
        """
        select contact_id, deal_role, attitude
          from opportunity_contact
         where opportunity_id = :o""",
        Map.of("o", opportunityId));
  }

  /** Filters of the portfolio; null = any. */
  record PortfolioFilter(String category, Long ownerId, GapRule gapCode) {}

  /** One portfolio row: an account's score, gap counts and its first gap; total = all matches. */
  record PortfolioLine(
      long id,
      String name,
      Category category,
      Long ownerId,
      int score,
      int highGaps,
      int mediumGaps,
      int lowGaps,
      GapRule topGap,
      long total) {
    PortfolioRowDto dto() {
      return new PortfolioRowDto(
          id, name, category, ownerId, score, highGaps, mediumGaps, lowGaps, topGap);
    }
  }

  /** One page of accounts in scope with score and gap counts, plus the total (window count). */
  List<PortfolioLine> portfolio(
      AccountScope scope,
      PortfolioFilter f,
      LocalDate staleBefore,
      ScoreWeights weights,
      String sort,
      int offset,
      int limit) {
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("staleBefore", staleBefore);
    if (f.category() != null) params.put("category", f.category());
    if (f.ownerId() != null) params.put("ownerId", f.ownerId());
    Query q = em.createNativeQuery(portfolioSql(scope, f, weights, sort), Tuple.class);
    params.forEach(q::setParameter);
    return Rows.list(PortfolioLine.class, q.setFirstResult(offset).setMaxResults(limit));
  }

  /**
   * The portfolio statement (without paging): id, name, category, owner_id, score, high_gaps,
   * medium_gaps, low_gaps, one count per {@link GapRule} (its column), top_gap (the first rule with
   * a count, in declaration order) and total. Binds :staleBefore, the scope's and the filters'
   * parameters.
   */
  static String portfolioSql(
      AccountScope scope, PortfolioFilter f, ScoreWeights weights, String sort) {
    String accounts =
        "select a.id, a.name, a.category, a.owner_id from account a where "
            + scope.sql("a")
            + (f.category() == null ? "" : " and a.category = :category")
            + (f.ownerId() == null ? "" : " and a.owner_id = :ownerId");
    String ruleColumns = joined(GapRule.values(), GapRule::column);
    String ruleCounts = joined(GapRule.values(), r -> r.sql() + " as " + r.column());
    String topGap =
        Arrays.stream(GapRule.values())
            .map(r -> "when " + r.column() + " > 0 then '" + r.name() + "'")
            .collect(Collectors.joining(" ", "case ", " end"));
    // Nested derived tables, not a WITH chain: H2 caches CTE results across executions with other
    // parameters.
    return """
        select id, name, category, owner_id, score, high_gaps, medium_gaps, low_gaps, %s,
               %s as top_gap, count(*) over () as total
          from (select g.*, %s as high_gaps, %s as medium_gaps, %s as low_gaps
                  from (select m.*, %s as score, %s
                          from (%s) m) g) s"""
            .formatted(
                ruleColumns,
                topGap,
                severitySum(Severity.HIGH),
                severitySum(Severity.MEDIUM),
                severitySum(Severity.LOW),
                weights.sql(),
                ruleCounts,
                withZeros(accounts))
        + (f.gapCode() == null ? "" : " where " + f.gapCode().column() + " > 0")
        + SortSpec.orderBy(sort, SORTS, "score,name", "id");
  }

  private static String joined(GapRule[] rules, Function<GapRule, String> part) {
    return Arrays.stream(rules).map(part).collect(Collectors.joining(", "));
  }

  /**
   * The accounts in scope with their stored fact counts (accounts without contacts have no summary
   * row and get zeros, so every rule sees numbers, never nulls), their dated facts and stale key
   * persons as of :staleBefore.
   */
  private static String withZeros(String acc) {
    String counts =
        ContactCondition.stored().stream()
            .map(f -> "coalesce(s.%1$s, 0) as %1$s".formatted(f.column()))
            .collect(Collectors.joining(", "));
    String dated =
        ContactCondition.datedFacts().stream()
            .map(
                f ->
                    "case when s.%s >= :staleBefore then 1 else 0 end as %s"
                        .formatted(f.lastColumn(), f.column()))
            .collect(Collectors.joining(", "));
    return """
        select acc.id, acc.name, acc.category, acc.owner_id, %1$s, %2$s,
               coalesce(st.%3$s, 0) as %3$s, s.close_owner_min, s.close_owner_max
          from (%4$s) acc
          left join %5$s s on s.account_id = acc.id
          left join (%6$s) st on st.account_id = acc.id"""
        .formatted(
            counts,
            dated,
            ContactCondition.STALE.column(),
            acc,
            SummarySql.SUMMARY,
            SummarySql.staleCounts(acc));
  }

  private static String severitySum(Severity s) {
    return Arrays.stream(GapRule.values())
        .filter(r -> r.severity() == s)
        .map(GapRule::column)
        .collect(Collectors.joining(" + ", "(", ")"));
  }
}

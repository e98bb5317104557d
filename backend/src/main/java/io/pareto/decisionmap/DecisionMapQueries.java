package io.pareto.decisionmap;

import io.pareto.common.SortSpec;
import io.pareto.security.AccountScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * id, name, title, department, layer, influence, attitude, closeness, value_orientation,
   * personal_notes, reports_to_id, last_contacted_on, competitor_id, competitor name,
   * competitor_closeness.
   */
  @SuppressWarnings("unchecked")
  List<Object[]> contacts(long accountId) {
    return em.createNativeQuery(
            "select c.id, c.name, c.title, c.department, c.layer, c.influence, c.attitude, c.closeness, "
                + "c.value_orientation, c.personal_notes, c.reports_to_id, c.last_contacted_on, c.competitor_id, k.name, "
                + "c.competitor_closeness from contact c left join competitor k on k.id = c.competitor_id "
                + "where c.account_id = :acc order by c.id")
        .setParameter("acc", accountId)
        .getResultList();
  }

  /** contact_id, role. */
  @SuppressWarnings("unchecked")
  List<Object[]> roles(long accountId) {
    return em.createNativeQuery(
            "select r.contact_id, r.role from contact_role r join contact c on c.id = r.contact_id "
                + "where c.account_id = :acc")
        .setParameter("acc", accountId)
        .getResultList();
  }

  /** id, from_contact_id, to_contact_id, kind, strength. */
  @SuppressWarnings("unchecked")
  List<Object[]> links(long accountId) {
    return em.createNativeQuery(
            "select id, from_contact_id, to_contact_id, kind, strength from contact_link "
                + "where account_id = :acc order by id")
        .setParameter("acc", accountId)
        .getResultList();
  }

  /** id, contact_id, user_id, user name, strength. */
  @SuppressWarnings("unchecked")
  List<Object[]> owners(long accountId) {
    return em.createNativeQuery(
            "select o.id, o.contact_id, o.user_id, u.name, o.strength from relationship_owner o "
                + "join app_user u on u.id = o.user_id where o.account_id = :acc order by o.id")
        .setParameter("acc", accountId)
        .getResultList();
  }

  /**
   * id, entity_type, entity_id, action, changes, 1 if after :cutoff — the account's map-relevant
   * audit trail.
   */
  @SuppressWarnings("unchecked")
  List<Object[]> history(long accountId, java.time.Instant cutoff) {
    return em.createNativeQuery(
            "select id, entity_type, entity_id, action, changes, "
                + "case when occurred_at >= :cutoff then 1 else 0 end from audit_event where account_id = :acc "
                + "and entity_type in ('CONTACT', 'CONTACT_LINK', 'RELATIONSHIP_OWNER') order by id")
        .setParameter("acc", accountId)
        .setParameter("cutoff", cutoff)
        .getResultList();
  }

  /**
   * id, 1 if created after :cutoff, 1 if updated after it — of the account's contacts written after
   * the cutoff.
   */
  @SuppressWarnings("unchecked")
  List<Object[]> writtenAfter(long accountId, java.time.Instant cutoff) {
    return em.createNativeQuery(
            "select id, case when created_at >= :cutoff then 1 else 0 end, "
                + "case when updated_at >= :cutoff then 1 else 0 end from contact where account_id = :acc "
                + "and (created_at >= :cutoff or updated_at >= :cutoff)")
        .setParameter("acc", accountId)
        .setParameter("cutoff", cutoff)
        .getResultList();
  }

  /**
   * id → name of the competitors (contacts' competitor) and of our users (relationship owners)
   * among the ids.
   */
  @SuppressWarnings("unchecked")
  Map<String, String> names(
      java.util.Collection<Long> competitorIds, java.util.Collection<Long> userIds) {
    Map<String, String> out = new HashMap<>();
    List<Object[]> rows =
        em.createNativeQuery(
                "select 'C' || cast(id as varchar(20)), name from competitor where id in (:c) "
                    + "union all select 'U' || cast(id as varchar(20)), name from app_user where id in (:u)")
            .setParameter("c", competitorIds.isEmpty() ? List.of(-1L) : competitorIds)
            .setParameter("u", userIds.isEmpty() ? List.of(-1L) : userIds)
            .getResultList();
    for (Object[] r : rows) out.put((String) r[0], (String) r[1]);
    return out;
  }

  /** contact_id, deal_role, attitude of one deal's buying centre. */
  @SuppressWarnings("unchecked")
  List<Object[]> dealContacts(long opportunityId) {
    return em.createNativeQuery(
            "select contact_id, deal_role, attitude from opportunity_contact where opportunity_id = :o")
        .setParameter("o", opportunityId)
        .getResultList();
  }

  /** Filters of the portfolio; null = any. */
  record PortfolioFilter(String category, Long ownerId, GapRule gapCode) {}

  /**
   * One page of accounts in scope with score, gap counts per rule (columns g_*) and per severity,
   * plus the total (window count). Columns: id, name, category, owner_id, score, high_gaps,
   * medium_gaps, low_gaps, then one count per {@link GapRule} in declaration order, then total.
   */
  @SuppressWarnings("unchecked")
  List<Object[]> portfolio(
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
    Query q = em.createNativeQuery(portfolioSql(scope, f, weights, sort));
    params.forEach(q::setParameter);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /**
   * The portfolio statement (without paging); binds :staleBefore, the scope's and the filters'
   * parameters.
   */
  static String portfolioSql(
      AccountScope scope, PortfolioFilter f, ScoreWeights weights, String sort) {
    StringBuilder acc =
        new StringBuilder("select a.id, a.name, a.category, a.owner_id from account a where ")
            .append(scope.sql("a"));
    if (f.category() != null) acc.append(" and a.category = :category");
    if (f.ownerId() != null) acc.append(" and a.owner_id = :ownerId");
    String rules =
        Arrays.stream(GapRule.values()).map(GapRule::column).collect(Collectors.joining(", "));
    // Nested derived tables, not a WITH chain: H2 caches CTE results across executions with other
    // parameters.
    return "select id, name, category, owner_id, score, high_gaps, medium_gaps, low_gaps, "
        + rules
        + ", count(*) over () as total from (select g.*, "
        + severitySum(Severity.HIGH)
        + " as high_gaps, "
        + severitySum(Severity.MEDIUM)
        + " as medium_gaps, "
        + severitySum(Severity.LOW)
        + " as low_gaps from ("
        + "select m.*, "
        + weights.sql()
        + " as score, "
        + Arrays.stream(GapRule.values())
            .map(r -> r.sql() + " as " + r.column())
            .collect(Collectors.joining(", "))
        + " from ("
        + withZeros(acc.toString())
        + ") m) g) s"
        + (f.gapCode() == null ? "" : " where " + f.gapCode().column() + " > 0")
        + SortSpec.orderBy(sort, SORTS, "score,name", "id");
  }

  /**
   * The accounts in scope with their stored fact counts (accounts without contacts have no summary
   * row and get zeros, so every rule sees numbers, never nulls), their dated facts and stale key
   * persons as of :staleBefore.
   */
  private static String withZeros(String acc) {
    return "select acc.id, acc.name, acc.category, acc.owner_id, "
        + ContactCondition.stored().stream()
            .map(f -> "coalesce(s." + f.column() + ", 0) as " + f.column())
            .collect(Collectors.joining(", "))
        + ", "
        + ContactCondition.datedFacts().stream()
            .map(
                f ->
                    "case when s."
                        + f.lastColumn()
                        + " >= :staleBefore then 1 else 0 end as "
                        + f.column())
            .collect(Collectors.joining(", "))
        + ", coalesce(st."
        + ContactCondition.STALE.column()
        + ", 0) as "
        + ContactCondition.STALE.column()
        + ", s.close_owner_min, s.close_owner_max from ("
        + acc
        + ") acc left join "
        + SummarySql.SUMMARY
        + " s on s.account_id = acc.id left join ("
        + SummarySql.staleCounts(acc)
        + ") st on st.account_id = acc.id";
  }

  private static String severitySum(Severity s) {
    return Arrays.stream(GapRule.values())
        .filter(r -> r.severity() == s)
        .map(GapRule::column)
        .collect(Collectors.joining(" + ", "(", ")"));
  }
}

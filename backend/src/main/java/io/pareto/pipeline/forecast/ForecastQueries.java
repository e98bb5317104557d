package io.pareto.pipeline.forecast;

import io.pareto.pipeline.ForecastCategory;
import io.pareto.pipeline.funnel.PipelineFilter;
import io.pareto.security.AccountScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Native, set-based forecast and stuck-deal queries (H2 and PostgreSQL). */
@ApplicationScoped
public class ForecastQueries {
  static String open(String alias) {
    return alias + ".stage in ('LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION')";
  }

  private final EntityManager em;

  public ForecastQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * Rows: owner id, owner name, team id, team name, category (CLOSED for won in the period),
   * amount, weighted — open deals expected to close in [start, end) by effective category, plus
   * deals won in it.
   */
  List<Object[]> figures(AccountScope scope, PipelineFilter f, LocalDate start, LocalDate end) {
    Map<String, Object> p = PipelineFilter.params();
    p.put("ps", start);
    p.put("pe", end);
    p.put("psI", start.atStartOfDay(ZoneOffset.UTC).toInstant());
    p.put("peI", end.atStartOfDay(ZoneOffset.UTC).toInstant());
    // Each branch reads only its own deals (a CTE named twice would be materialised over every
    // deal).
    String sql =
        "select x.owner_id, ow.name, ow.team_id, t.name, x.cat, sum(x.amount), sum(x.weighted) from ("
            + "  select o.owner_id, "
            + ForecastCategory.effectiveSql("o.forecast_category", "o.stage")
            + " cat, o.amount,"
            + "  round(o.amount * pr.probability / 100, 2) weighted from "
            + f.deals(scope, p, " join stage_probability pr on pr.stage = o.stage")
            + "  and "
            + open("o")
            + " and o.expected_close_date >= :ps and o.expected_close_date < :pe"
            + "  union all"
            + "  select o.owner_id, 'WON' cat, o.amount, o.amount weighted from "
            + f.deals(scope, p, " join stage_change c on c.opportunity_id = o.id")
            + "  and c.to_stage = 'WON' and c.changed_at >= :psI and c.changed_at < :peI"
            + " ) x left join app_user ow on ow.id = x.owner_id left join team t on t.id = ow.team_id"
            + " group by x.owner_id, ow.name, ow.team_id, t.name, x.cat";
    return rows(sql, p, 0);
  }

  /**
   * Rows: id, name, owner id, amount, stage, expected close date — open, expected in the period,
   * already past.
   */
  List<Object[]> slipped(
      AccountScope scope, PipelineFilter f, LocalDate start, LocalDate end, LocalDate today) {
    Map<String, Object> p = PipelineFilter.params();
    p.put("ps", start);
    p.put("pe", end);
    p.put("today", today);
    String sql =
        "select o.id, o.name, o.owner_id, o.amount, o.stage, o.expected_close_date from "
            + f.deals(scope, p)
            + " and "
            + open("o")
            + " and o.expected_close_date >= :ps and o.expected_close_date < :pe"
            + " and o.expected_close_date < :today order by o.expected_close_date, o.id";
    return rows(sql, p, 200);
  }

  /**
   * Rows: id, name, owner id, amount, stage, seconds in stage, median seconds (null without
   * history) — open deals in their stage longer than max(2 × median of the last 12 months, 14
   * days).
   */
  List<Object[]> stuck(AccountScope scope, PipelineFilter f, Instant asOf) {
    Map<String, Object> p = PipelineFilter.params();
    p.put("asOf", asOf);
    p.put("since", asOf.minusSeconds(365L * 86_400));
    p.put("asOfEpoch", asOf.getEpochSecond() + asOf.getNano() / 1e9);
    String secs = "(:asOfEpoch - cast(extract(epoch from d.stage_changed_at) as double precision))";
    String sql =
        "with d as ("
            + f.dealsCte(scope, p)
            + "),"
            + " iv as (select c.to_stage stage, c.changed_at, lead(c.changed_at) over"
            + " (partition by c.opportunity_id order by c.changed_at, c.id) next_at"
            + " from stage_change c join d on d.id = c.opportunity_id),"
            + " med as (select stage, percentile_cont(0.5) within group (order by cast("
            + " cast(extract(epoch from next_at) as double precision) - cast(extract(epoch from changed_at) as double precision)"
            + " as decimal(19, 3))) m"
            + " from iv where next_at > :since and next_at <= :asOf group by stage)"
            + " select d.id, d.name, d.owner_id, d.amount, d.stage, "
            + secs
            + ", med.m"
            + " from d left join med on med.stage = d.stage where "
            + open("d")
            + " and d.stage_changed_at <= :asOf"
            + " and "
            + secs
            + " > greatest(coalesce(2 * med.m, 0), 14 * 86400)"
            + " order by "
            + secs
            + " desc, d.id";
    return rows(sql, p, 500);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Map<String, Object> params, int max) {
    Query q = em.createNativeQuery(sql);
    params.forEach(q::setParameter);
    if (max > 0) q.setMaxResults(max);
    return (List<Object[]>) q.getResultList();
  }
}

package io.pareto.pipeline.funnel;

import static io.pareto.pipeline.funnel.Sql.epoch;

import io.pareto.pipeline.Stage;
import io.pareto.security.AccountScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The native, set-based queries behind the funnel and metrics reports (H2 and PostgreSQL). */
@ApplicationScoped
public class FunnelQueries {
  private final EntityManager em;
  private final boolean postgres;

  public FunnelQueries(
      EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
    this.em = em;
    this.postgres = "postgresql".equalsIgnoreCase(dbKind);
  }

  /** Rows: furthest funnel rank, deals, amount — for deals created in [from, to). */
  List<Object[]> furthestRank(AccountScope scope, PipelineFilter f, Instant from, Instant to) {
    Map<String, Object> p = cohort(from, to);
    String sql =
        "select s.furthest_rank, count(*), sum(s.amount) from "
            + cohortDeals(scope, f, p, "")
            + " group by s.furthest_rank";
    return Sql.rows(em, sql, p);
  }

  // Imported history (StageHistory.reconcileImported) records LOST without a reason, and a deal
  // imported as
  // LOST starts its history there (no from-stage): count those as OTHER, lost at LEAD (so does the
  // summary).
  private static final String LOST_REASON = "coalesce(c.lost_reason, 'OTHER')";

  /**
   * Rows: stage lost at, reason, deals, amount. A deal counts once, at the stage and reason of its
   * latest loss, and only when its last close event is that loss: one lost and later won is not
   * lost (the metrics use the last close event too).
   */
  List<Object[]> lostAt(AccountScope scope, PipelineFilter f, Instant from, Instant to) {
    Map<String, Object> p = cohort(from, to);
    String sql =
        "select s.lost_at_stage, s.lost_reason, count(*), sum(s.amount) from "
            + cohortDeals(scope, f, p, "")
            + " and s.last_close_lost = 1 group by s.lost_at_stage, s.lost_reason";
    return Sql.rows(em, sql, p);
  }

  /** Rows: stage, average and median seconds spent per deal (completed stays, summed per deal). */
  List<Object[]> timeInStage(AccountScope scope, PipelineFilter f, Instant from, Instant to) {
    Map<String, Object> p = cohort(from, to);
    List<Stage> stages = Stage.funnel();
    // H2 2.4 fails interpolating PERCENTILE_CONT over DOUBLE ("scale -1"), so it orders a DECIMAL;
    // PostgreSQL
    // sorts the doubles themselves, twice as fast at 500k deals (the reports round to 0.1 day
    // either way)
    String sql =
        "select "
            + stages.stream()
                .map(st -> "s." + st.name().toLowerCase() + "_secs")
                .map(
                    c ->
                        "avg("
                            + c
                            + "), percentile_cont(0.5) within group (order by "
                            + (postgres ? c : "cast(" + c + " as decimal(19, 3))")
                            + ")")
                .collect(Collectors.joining(", "))
            + " from "
            + cohortDeals(scope, f, p, "");
    Object[] r = Sql.rows(em, sql, p).get(0);
    return stages.stream()
        .map(st -> new Object[] {st.name(), r[2 * st.ordinal()], r[2 * st.ordinal() + 1]})
        .toList();
  }

  /**
   * Rows: stage, count, amount, weighted amount, average age seconds — deals open at {@code asOf}.
   * A deal whose last change is at or before it is in its last stage; only those changing after it
   * are looked up.
   */
  List<Object[]> snapshot(AccountScope scope, PipelineFilter f, Instant asOf) {
    Map<String, Object> p = PipelineFilter.params();
    p.put("asOf", asOf);
    p.put("asOfEpoch", asOf.getEpochSecond() + asOf.getNano() / 1e9);
    // the summary carries amount and created_at (V86): only a narrowed report joins the deals
    String sql =
        "select h.stage, count(*), sum(h.amount), sum(round(h.amount * pr.probability / 100, 2)),"
            + " avg(:asOfEpoch - "
            + epoch("h.created_at")
            + ") from ("
            + " select s.opportunity_id id, s.last_stage stage, s.amount, s.created_at from deal_stage_summary s"
            + " where s.last_at <= :asOf and "
            + Sql.open("s.last_stage")
            + " union all"
            + " select l.id, l.stage, l.amount, l.created_at from (select c.opportunity_id id, c.to_stage stage, s.amount,"
            + " s.created_at, row_number() over (partition by c.opportunity_id order by c.changed_at desc, c.id desc) rn"
            + " from deal_stage_summary s join stage_change c on c.opportunity_id = s.opportunity_id"
            + " where s.last_at > :asOf and s.first_at <= :asOf and c.changed_at <= :asOf) l"
            + " where l.rn = 1 and "
            + Sql.open("l.stage")
            + ") h"
            + " join stage_probability pr on pr.stage = h.stage"
            + (f.narrows(scope) ? ", " + f.deals(scope, p) + " and o.id = h.id" : "")
            + " group by h.stage";
    return Sql.rows(em, sql, p);
  }

  /**
   * Rows: WON|LOST, lost reason, deals, amount, Σ seconds from creation — the last close event per
   * deal in range.
   */
  List<Object[]> closings(AccountScope scope, PipelineFilter f, Instant from, Instant to) {
    Map<String, Object> p = cohort(from, to);
    String sql =
        "with d as ("
            + f.dealsCte(scope, p)
            + "),"
            + " ev as (select c.opportunity_id id, c.to_stage, case when c.to_stage = 'LOST' then "
            + LOST_REASON
            + " end lost_reason, c.changed_at, row_number() over"
            + " (partition by c.opportunity_id order by c.changed_at desc, c.id desc) rn from stage_change c"
            + " join d on d.id = c.opportunity_id where c.to_stage in ('WON', 'LOST')"
            + " and c.changed_at >= :from and c.changed_at < :to)"
            + " select ev.to_stage, ev.lost_reason, count(*), sum(d.amount),"
            + " sum("
            + epoch("ev.changed_at")
            + " - "
            + epoch("d.created_at")
            + ")"
            + " from ev join d on d.id = ev.id where ev.rn = 1 group by ev.to_stage, ev.lost_reason";
    return Sql.rows(em, sql, p);
  }

  /** One row: open deals now, and average seconds WON → COLLECTED for deals collected in range. */
  Object[] openAndCollection(AccountScope scope, PipelineFilter f, Instant from, Instant to) {
    Map<String, Object> p = cohort(from, to);
    String sql =
        "with d as ("
            + f.dealsCte(scope, p)
            + ")"
            + " select (select count(*) from d where "
            + Sql.open("d.stage")
            + "),"
            + " (select avg("
            + epoch("c.changed_at")
            + " - "
            + epoch("w.changed_at")
            + ") from stage_change c"
            + " join d on d.id = c.opportunity_id join stage_change w on w.opportunity_id = c.opportunity_id"
            + " and w.to_stage = 'WON' where c.to_stage = 'COLLECTED' and c.changed_at >= :from and c.changed_at < :to)"
            + " from stage_probability where stage = 'LEAD'";
    return Sql.rows(em, sql, p).get(0);
  }

  /**
   * The visible deals created in [from, to) as their summary rows {@code s} (which carry created_at
   * and amount), open-ended where. A report nothing narrows (an ADMIN's, unfiltered) reads one
   * index range of the summary; otherwise the deal {@code o} and its account join in for the scope
   * and the filters.
   */
  private static String cohortDeals(
      AccountScope scope, PipelineFilter f, Map<String, Object> p, String joins) {
    String range = " s.created_at >= :from and s.created_at < :to";
    if (!f.narrows(scope)) return "deal_stage_summary s" + joins + " where" + range;
    return f.deals(scope, p, " join deal_stage_summary s on s.opportunity_id = o.id" + joins)
        + " and"
        + range;
  }

  private static Map<String, Object> cohort(Instant from, Instant to) {
    Map<String, Object> p = PipelineFilter.params();
    p.put("from", from);
    p.put("to", to);
    return p;
  }
}

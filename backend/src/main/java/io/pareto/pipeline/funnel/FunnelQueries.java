package io.pareto.pipeline.funnel;

import static io.pareto.pipeline.funnel.Sql.epoch;

import io.pareto.pipeline.Stage;
import io.pareto.security.AccountScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The native, set-based queries behind the funnel and metrics reports (H2 and PostgreSQL). */
@ApplicationScoped
public class FunnelQueries {
  private final EntityManager em;

  public FunnelQueries(EntityManager em) {
    this.em = em;
  }

  /** Rows: furthest funnel rank, deals, amount — for deals created in [from, to). */
  List<Object[]> furthestRank(AccountScope scope, PipelineFilter f, Instant from, Instant to) {
    Map<String, Object> p = cohort(from, to);
    String sql = "with d as (" + f.dealsCte(scope, p) + " and o.created_at >= :from and o.created_at < :to),"
        + " mx as (select d.id, d.amount, max(" + Stage.rankSql("c.to_stage") + ") r from d"
        + " join stage_change c on c.opportunity_id = d.id group by d.id, d.amount)"
        + " select r, count(*), sum(amount) from mx group by r";
    return Sql.rows(em, sql, p);
  }

  // Imported history (StageHistory.reconcileImported) records LOST without a reason, and a deal imported as
  // LOST starts its history there (no from-stage): count those as OTHER, lost at LEAD.
  private static final String LOST_REASON = "coalesce(c.lost_reason, 'OTHER')";

  /** Rows: stage lost at, reason, deals, amount. */
  List<Object[]> lostAt(AccountScope scope, PipelineFilter f, Instant from, Instant to) {
    Map<String, Object> p = cohort(from, to);
    String sql = "with d as (" + f.dealsCte(scope, p) + " and o.created_at >= :from and o.created_at < :to)"
        + " select coalesce(c.from_stage, 'LEAD'), " + LOST_REASON + ", count(distinct d.id), sum(d.amount)"
        + " from stage_change c join d on d.id = c.opportunity_id where c.to_stage = 'LOST'"
        + " group by coalesce(c.from_stage, 'LEAD'), " + LOST_REASON;
    return Sql.rows(em, sql, p);
  }

  // The median orders a DECIMAL: H2 2.4 fails interpolating PERCENTILE_CONT over DOUBLE ("scale -1").
  /** Rows: stage, average and median seconds spent per deal (completed stays, summed per deal). */
  List<Object[]> timeInStage(AccountScope scope, PipelineFilter f, Instant from, Instant to) {
    Map<String, Object> p = cohort(from, to);
    String sql = "with d as (" + f.dealsCte(scope, p) + " and o.created_at >= :from and o.created_at < :to),"
        + " iv as (" + Sql.intervals("d", null) + "),"
        + " per as (select id, stage, sum(" + epoch("next_at") + " - " + epoch("changed_at") + ") secs from iv"
        + " where next_at is not null group by id, stage)"
        + " select stage, avg(secs), percentile_cont(0.5) within group (order by cast(secs as decimal(19, 3))) from per group by stage";
    return Sql.rows(em, sql, p);
  }

  /** Rows: stage, count, amount, weighted amount, average age seconds — deals open at {@code asOf}. */
  List<Object[]> snapshot(AccountScope scope, PipelineFilter f, Instant asOf) {
    Map<String, Object> p = PipelineFilter.params();
    p.put("asOf", asOf);
    p.put("asOfEpoch", asOf.getEpochSecond() + asOf.getNano() / 1e9);
    String sql = "with d as (" + f.dealsCte(scope, p) + "),"
        + " iv as (" + Sql.intervals("d", "c.changed_at <= :asOf") + ")"
        + " select iv.stage, count(*), sum(d.amount), sum(round(d.amount * pr.probability / 100, 2)),"
        + " avg(:asOfEpoch - " + epoch("d.created_at") + ")"
        + " from iv join d on d.id = iv.id join stage_probability pr on pr.stage = iv.stage"
        + " where iv.next_at is null and " + Sql.open("iv.stage") + " group by iv.stage";
    return Sql.rows(em, sql, p);
  }

  /** Rows: WON|LOST, lost reason, deals, amount, Σ seconds from creation — the last close event per deal in range. */
  List<Object[]> closings(AccountScope scope, PipelineFilter f, Instant from, Instant to) {
    Map<String, Object> p = cohort(from, to);
    String sql = "with d as (" + f.dealsCte(scope, p) + "),"
        + " ev as (select c.opportunity_id id, c.to_stage, case when c.to_stage = 'LOST' then " + LOST_REASON
        + " end lost_reason, c.changed_at, row_number() over"
        + " (partition by c.opportunity_id order by c.changed_at desc, c.id desc) rn from stage_change c"
        + " join d on d.id = c.opportunity_id where c.to_stage in ('WON', 'LOST')"
        + " and c.changed_at >= :from and c.changed_at < :to)"
        + " select ev.to_stage, ev.lost_reason, count(*), sum(d.amount),"
        + " sum(" + epoch("ev.changed_at") + " - " + epoch("d.created_at") + ")"
        + " from ev join d on d.id = ev.id where ev.rn = 1 group by ev.to_stage, ev.lost_reason";
    return Sql.rows(em, sql, p);
  }

  /** One row: open deals now, and average seconds WON → COLLECTED for deals collected in range. */
  Object[] openAndCollection(AccountScope scope, PipelineFilter f, Instant from, Instant to) {
    Map<String, Object> p = cohort(from, to);
    String sql = "with d as (" + f.dealsCte(scope, p) + ")"
        + " select (select count(*) from d where " + Sql.open("d.stage") + "),"
        + " (select avg(" + epoch("c.changed_at") + " - " + epoch("w.changed_at") + ") from stage_change c"
        + " join d on d.id = c.opportunity_id join stage_change w on w.opportunity_id = c.opportunity_id"
        + " and w.to_stage = 'WON' where c.to_stage = 'COLLECTED' and c.changed_at >= :from and c.changed_at < :to)"
        + " from stage_probability where stage = 'LEAD'";
    return Sql.rows(em, sql, p).get(0);
  }

  private static Map<String, Object> cohort(Instant from, Instant to) {
    Map<String, Object> p = PipelineFilter.params();
    p.put("from", from);
    p.put("to", to);
    return p;
  }
}

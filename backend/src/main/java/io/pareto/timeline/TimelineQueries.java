package io.pareto.timeline;

import io.pareto.common.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;

/**
 * The timeline's read model: one UNION over the tables the events live in, newest first, paged in
 * the database; the total rides along as a window count. The caller has checked the account is
 * visible.
 */
@ApplicationScoped
public class TimelineQueries {
  /** The first branch names and types the columns; the others follow its order. */
  private static final String EVENTS =
      """
      select cast('ACTIVITY' as varchar(24)) as kind,
             cast(v.occurred_on as timestamp with time zone) as at, v.id as source_id,
             cast(v.kind as varchar(40)) as subtype, cast(null as varchar(16)) as from_code,
             cast(null as varchar(16)) as to_code, cast(v.purpose as varchar(1000)) as title,
             cast(v.outcome as varchar(2000)) as detail, o.id as opportunity_id,
             o.name as opportunity_name, cast(u.name as varchar(254)) as actor
        from activity v
        left join opportunity o on o.id = v.opportunity_id
        left join app_user u on u.id = v.owner_id
       where v.account_id = :a
      union all
      select 'STAGE_CHANGE', sc.changed_at, sc.id, null, sc.from_stage, sc.to_stage, null,
             sc.reason, o.id, o.name, sc.changed_by
        from stage_change sc
        join opportunity o on o.id = sc.opportunity_id
       where o.account_id = :a
      union all
      select 'CLASSIFICATION_CHANGE', run.started_at, run.id, null, r.previous_category,
             r.category, null, null, null, null, run.requested_by
        from classification_run run
        join classification_result r on r.run_id = run.id and r.account_id = :a
       where r.previous_category <> r.category
      union all
      select 'PLAN_CHANGE', e.occurred_at, e.id, e.entity_type, null, null, null, e.action, null,
             null, e.actor
        from audit_event e
       where e.account_id = :a
         and e.entity_type in ('ACCOUNT_PLAN', 'PLAN_OBJECTIVE', 'PLAN_ACTION')
      union all
      select 'POOL_MOVE', pm.moved_at, pm.id, pm.move, null, null,
             cast(coalesce(nu.name, fu.name) as varchar(1000)),
             cast(pm.reason as varchar(2000)), null, null, pm.actor
        from pool_move pm
        left join app_user fu on fu.id = pm.from_owner_id
        left join app_user nu on nu.id = pm.to_owner_id
       where pm.account_id = :a""";

  /** One entry as the union returns it, with the total of the timeline. */
  private record EventLine(
      TimelineKind kind,
      Instant at,
      long sourceId,
      String subtype,
      String fromCode,
      String toCode,
      String title,
      String detail,
      Long opportunityId,
      String opportunityName,
      String actor,
      long total) {
    /** Codes trimmed: a union of literals and CHAR columns may pad them. */
    TimelineEntryDto dto() {
      return new TimelineEntryDto(
          kind,
          at,
          sourceId,
          trim(subtype),
          trim(fromCode),
          trim(toCode),
          title,
          detail,
          opportunityId,
          opportunityName,
          actor);
    }
  }

  private final EntityManager em;

  public TimelineQueries(EntityManager em) {
    this.em = em;
  }

  record Slice(List<TimelineEntryDto> items, long total) {}

  Slice page(long accountId, int page, int size) {
    var q =
        em.createNativeQuery(
                "select t.*, count(*) over () as total from ("
                    + EVENTS
                    + ") t order by t.at desc, t.kind, t.source_id desc",
                Tuple.class)
            .setParameter("a", accountId)
            .setFirstResult(page * size)
            .setMaxResults(size);
    List<EventLine> rows = Rows.list(EventLine.class, q);
    List<TimelineEntryDto> items = rows.stream().map(EventLine::dto).toList();
    // Past the last page the window count has no row to ride on: count once more only then.
    long total = rows.isEmpty() ? (page == 0 ? 0 : count(accountId)) : rows.get(0).total();
    return new Slice(items, total);
  }

  private long count(long accountId) {
    return ((Number)
            em.createNativeQuery("select count(*) from (" + EVENTS + ") t")
                .setParameter("a", accountId)
                .getSingleResult())
        .longValue();
  }

  private static String trim(String s) {
    return s == null ? null : s.trim();
  }
}

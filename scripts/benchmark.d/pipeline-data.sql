-- Pipeline benchmark data on top of the generated dataset (scripts/generate-data writes 10 deals per account,
-- all created "now" and without stage history), run by the benchmark before pipeline.json.
-- Portable (H2 and PostgreSQL) and idempotent (--reuse runs it again). Deterministic: values derive from ids.
-- 1. Spread the generated deals' creation (all at the generator's "now", 2026-11-01) over 700 days from 2024-11-01, so a 12-month cohort holds about half
--    of them; the current stage was entered 10 days per funnel step after creation.
update opportunity
set created_at = cast('2024-11-01 00:00:00+00' as timestamp with time zone) + mod(id, 700) * interval '1' day,
    stage_changed_at = cast('2024-11-01 00:00:00+00' as timestamp with time zone) + mod(id, 700) * interval '1' day
      + 10 * (case stage when 'LEAD' then 0 when 'QUALIFIED' then 1 when 'PROPOSAL' then 2 when 'NEGOTIATION' then 3
                         when 'WON' then 4 when 'COLLECTED' then 5 else 2 end) * interval '1' day
where external_id like 'GEN-O-%' and created_at = cast('2026-11-01 00:00:00+00' as timestamp with time zone);

-- A database generated before V50 got a one-row history per deal from its backfill (changed_by 'migration', at the
-- generator's "now"): replaced by the history below.
delete from stage_change
where changed_by = 'migration' and opportunity_id in (select id from opportunity where external_id like 'GEN-O-%');

-- 2. Their stage history: created as LEAD, then one step up the funnel every 10 days to the current stage
--    (lost deals: LEAD, QUALIFIED, LOST) — 3.4 changes per deal on average (3.4M for 1M deals).
insert into stage_change (opportunity_id, from_stage, to_stage, changed_at, changed_by, imported, recorded_at)
select o.id,
       case when o.stage = 'LOST' and s.k = 2 then 'QUALIFIED'
            else case s.k when 1 then 'LEAD' when 2 then 'QUALIFIED' when 3 then 'PROPOSAL' when 4 then 'NEGOTIATION'
                          when 5 then 'WON' end end,
       case when o.stage = 'LOST' and s.k = 2 then 'LOST'
            else case s.k when 0 then 'LEAD' when 1 then 'QUALIFIED' when 2 then 'PROPOSAL' when 3 then 'NEGOTIATION'
                          when 4 then 'WON' else 'COLLECTED' end end,
       o.created_at + (10 * s.k) * interval '1' day, 'bench', true, current_timestamp
from opportunity o
cross join (values (0), (1), (2), (3), (4), (5)) s(k)
where o.external_id like 'GEN-O-%'
  and s.k <= case o.stage when 'LEAD' then 0 when 'QUALIFIED' then 1 when 'PROPOSAL' then 2 when 'NEGOTIATION' then 3
                          when 'WON' then 4 when 'COLLECTED' then 5 else 2 end
  and not exists (select 1 from stage_change c where c.changed_by = 'bench');

-- 3. Their history summary (V75; the app keeps it on every change, this history was written behind its back):
--    the statement of StageSummaries.insertSql for the generated deals that have none yet.
insert into deal_stage_summary (opportunity_id, furthest_rank, first_at, last_at, last_stage, lead_secs,
    qualified_secs, proposal_secs, negotiation_secs, won_secs, collected_secs, losses, lost_at_stage, lost_reason,
    created_at, amount)
select h.id,
       max(case h.stage when 'LEAD' then 0 when 'QUALIFIED' then 1 when 'PROPOSAL' then 2 when 'NEGOTIATION' then 3
                        when 'WON' then 4 when 'COLLECTED' then 5 else -1 end),
       min(h.changed_at), max(h.changed_at), max(case when h.next_at is null then h.stage end),
       sum(case when h.stage = 'LEAD' then h.secs end), sum(case when h.stage = 'QUALIFIED' then h.secs end),
       sum(case when h.stage = 'PROPOSAL' then h.secs end), sum(case when h.stage = 'NEGOTIATION' then h.secs end),
       sum(case when h.stage = 'WON' then h.secs end), sum(case when h.stage = 'COLLECTED' then h.secs end),
       sum(case when h.stage = 'LOST' then 1 else 0 end),
       max(case when h.stage = 'LOST' and h.latest = 1 then coalesce(h.from_stage, 'LEAD') end),
       max(case when h.stage = 'LOST' and h.latest = 1 then coalesce(h.lost_reason, 'OTHER') end),
       o.created_at, o.amount
from (select i.*, cast(extract(epoch from i.next_at) as double precision)
                  - cast(extract(epoch from i.changed_at) as double precision) secs
      from (select c.opportunity_id id, c.from_stage, c.to_stage stage, c.lost_reason, c.changed_at,
                   lead(c.changed_at) over (partition by c.opportunity_id order by c.changed_at, c.id) next_at,
                   row_number() over (partition by c.opportunity_id, c.to_stage order by c.changed_at desc, c.id desc) latest
            from stage_change c
            where c.changed_by = 'bench'
              and not exists (select 1 from deal_stage_summary s where s.opportunity_id = c.opportunity_id)) i) h
join opportunity o on o.id = h.id
group by h.id, o.created_at, o.amount;

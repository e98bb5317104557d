-- Decision-map benchmark data on top of the generated dataset (scripts/generate-data), run by the benchmark
-- before decision-map.json. Portable (H2 and PostgreSQL) and idempotent (--reuse runs it again).
-- Deterministic: values derive from ids, no random().
-- The "already done?" guards are uncorrelated (evaluated once, before the insert): a per-row anti-join against
-- the table being filled let PostgreSQL walk its own fresh index entries and one insert of 400k roles ran for
-- minutes.
-- 1. The generated contacts (~5 per account) get closeness, attitude, influence, buying roles and
--    relationship owners (the account's owner), so the portfolio's joins see realistic row counts.
update contact set closeness = 1 + mod(id * 7, 5), influence = 1 + mod(id, 5),
       attitude = case mod(id * 3, 5) when 0 then 'CHAMPION' when 1 then 'SUPPORTER' when 2 then 'NEUTRAL'
                                      when 3 then 'SKEPTIC' else 'OPPONENT' end,
       competitor_closeness = case when mod(id, 11) = 0 then 4 end
where external_id like 'GEN-C-%' and closeness is null;

insert into contact_role (contact_id, role)
select c.id, case c.layer when 'DECISION' then 'DECISION_MAKER' when 'EXECUTIVE' then 'INFLUENCER'
                          when 'IMPLEMENTATION' then case when mod(c.id, 3) = 0 then 'COACH' else 'TECHNICAL_EVALUATOR' end
                          else 'USER' end
from contact c
where c.external_id like 'GEN-C-%' and (mod(c.id, 4) <> 0 or c.layer = 'DECISION')
  and not exists (select 1 from contact_role r join contact x on x.id = r.contact_id where x.external_id like 'GEN-C-%');

insert into relationship_owner (account_id, contact_id, user_id, strength, created_at, updated_at, version)
select c.account_id, c.id, a.owner_id, 3, current_timestamp, current_timestamp, 0
from contact c join account a on a.id = c.account_id
where c.external_id like 'GEN-C-%' and c.closeness >= 3 and mod(c.id, 2) = 0 and a.owner_id is not null
  and not exists (select 1 from relationship_owner o join contact x on x.id = o.contact_id where x.external_id like 'GEN-C-%');

-- 2. The big map: one account with 500 contacts, 1,000 influence links and 100 relationship owners.
insert into account (external_id, name, category, owner_id, created_at, updated_at, version)
select 'BENCH-MAP-500', 'Bench map with 500 contacts', 'KEY', (select min(id) from app_user),
       current_timestamp, current_timestamp, 0
from (values (1)) one(n)
where not exists (select 1 from account where external_id = 'BENCH-MAP-500');

insert into contact (external_id, account_id, name, layer, closeness, attitude, influence, last_contacted_on,
                     created_at, updated_at, version)
select 'BENCH-MAP-C-' || cast(g.n as varchar(8)), a.id, 'Big ' || cast(g.n as varchar(8)),
       case mod(g.n, 4) when 0 then 'EXECUTIVE' when 1 then 'DECISION' when 2 then 'IMPLEMENTATION' else 'USER' end,
       1 + mod(g.n, 5),
       case mod(g.n, 5) when 0 then 'CHAMPION' when 1 then 'SUPPORTER' when 2 then 'NEUTRAL' when 3 then 'SKEPTIC'
                        else 'OPPONENT' end,
       1 + mod(g.n, 5), current_date - mod(g.n, 150), current_timestamp, current_timestamp, 0
from account a
cross join (select 1 + d1.n + 10 * d2.n + 100 * d3.n as n
            from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) d1(n)
            cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) d2(n)
            cross join (values (0), (1), (2), (3), (4)) d3(n)) g
where a.external_id = 'BENCH-MAP-500' and not exists (select 1 from contact c where c.account_id = a.id);

insert into contact_role (contact_id, role)
select c.id, case mod(c.id, 7) when 0 then 'DECISION_MAKER' when 1 then 'INFLUENCER' when 2 then 'TECHNICAL_EVALUATOR'
                               when 3 then 'PURCHASER' when 4 then 'USER' when 5 then 'GATEKEEPER' else 'COACH' end
from contact c join account a on a.id = c.account_id
where a.external_id = 'BENCH-MAP-500' and not exists (select 1 from contact_role r where r.contact_id = c.id);

-- Two links from each contact k to contacts k + 7 and k + 14 (mod 500), by the number in its external id.
insert into contact_link (account_id, from_contact_id, to_contact_id, kind, strength, created_at, updated_at, version)
select x.account_id, x.id, y.id,
       case mod(x.k + s.n, 3) when 0 then 'INFLUENCES' when 1 then 'ALLY' else 'RIVAL' end, 1 + mod(s.n, 3),
       current_timestamp, current_timestamp, 0
from (select c.id, c.account_id, cast(substring(c.external_id from 13) as integer) as k from contact c
      where c.external_id like 'BENCH-MAP-C-%') x
cross join (values (1), (2)) s(n)
join contact y on y.account_id = x.account_id
 and y.external_id = 'BENCH-MAP-C-' || cast(1 + mod(x.k + s.n * 7 - 1, 500) as varchar(8))
where not exists (select 1 from contact_link l where l.account_id = x.account_id);

insert into relationship_owner (account_id, contact_id, user_id, strength, created_at, updated_at, version)
select c.account_id, c.id, a.owner_id, 4, current_timestamp, current_timestamp, 0
from contact c join account a on a.id = c.account_id
where a.external_id = 'BENCH-MAP-500' and mod(c.id, 5) = 0
  and not exists (select 1 from relationship_owner o where o.contact_id = c.id);

-- 3. The stored decision-map summary (V80, V100) is maintained by the API; the statements above bypass it, so rebuild it
--    (SummarySql.rebuildAll(), the same statements as V100's backfill).
delete from decision_map_key_person;
insert into decision_map_key_person (contact_id, account_id, last_on) select contact_id, account_id, last_on from (select c.id as contact_id, c.account_id, c.layer, case when c.name is null or trim(c.name) = '' then 1 else 0 end as placeholder, max(case when r.role = 'DECISION_MAKER' then 1 else 0 end) as dm, max(case when r.role = 'INFLUENCER' then 1 else 0 end) as infl, max(case when r.role = 'COACH' then 1 else 0 end) as coach, coalesce(c.attitude, '') as attitude, coalesce(c.closeness, 0) as closeness, coalesce(c.competitor_closeness, 0) as comp_close, c.last_contacted_on as last_on, min(o.user_id) as owner_min, max(o.user_id) as owner_max from contact c left join contact_role r on r.contact_id = c.id left join relationship_owner o on o.contact_id = c.id where 1 = 1 group by c.id, c.account_id, c.layer, c.name, c.attitude, c.closeness, c.competitor_closeness, c.last_contacted_on) cf where placeholder = 0 and (dm = 1 or infl = 1);
delete from decision_map_summary;
insert into decision_map_summary (account_id, contacts, f_named_executive, f_named_decision, f_named_implementation, f_named_user, f_decision_maker, f_decision_maker_opposed, f_decision_maker_resistant, f_competitor_close, f_coach, f_close_champion, f_close, f_key_person, f_placeholder, l_strong_executive, l_strong_decision, l_strong_implementation, l_strong_user, l_strong_at_top, close_owner_min, close_owner_max) select account_id, count(*), sum(case when placeholder = 0 and layer = 'EXECUTIVE' then 1 else 0 end), sum(case when placeholder = 0 and layer = 'DECISION' then 1 else 0 end), sum(case when placeholder = 0 and layer = 'IMPLEMENTATION' then 1 else 0 end), sum(case when placeholder = 0 and layer = 'USER' then 1 else 0 end), sum(case when placeholder = 0 and dm = 1 then 1 else 0 end), sum(case when placeholder = 0 and dm = 1 and attitude = 'OPPONENT' then 1 else 0 end), sum(case when placeholder = 0 and dm = 1 and attitude in ('OPPONENT', 'SKEPTIC') then 1 else 0 end), sum(case when placeholder = 0 and (dm = 1 or infl = 1) and comp_close >= 4 then 1 else 0 end), sum(case when placeholder = 0 and coach = 1 then 1 else 0 end), sum(case when placeholder = 0 and attitude = 'CHAMPION' and closeness >= 3 then 1 else 0 end), sum(case when placeholder = 0 and closeness >= 3 then 1 else 0 end), sum(case when placeholder = 0 and (dm = 1 or infl = 1) then 1 else 0 end), sum(case when placeholder = 1 then 1 else 0 end), max(case when placeholder = 0 and layer = 'EXECUTIVE' and closeness >= 4 and attitude <> 'OPPONENT' then last_on end), max(case when placeholder = 0 and layer = 'DECISION' and closeness >= 4 and attitude <> 'OPPONENT' then last_on end), max(case when placeholder = 0 and layer = 'IMPLEMENTATION' and closeness >= 4 and attitude <> 'OPPONENT' then last_on end), max(case when placeholder = 0 and layer = 'USER' and closeness >= 4 and attitude <> 'OPPONENT' then last_on end), max(case when placeholder = 0 and layer in ('DECISION', 'EXECUTIVE') and closeness >= 4 and attitude <> 'OPPONENT' then last_on end), min(case when placeholder = 0 and closeness >= 3 then owner_min end), max(case when placeholder = 0 and closeness >= 3 then owner_max end) from (select c.id as contact_id, c.account_id, c.layer, case when c.name is null or trim(c.name) = '' then 1 else 0 end as placeholder, max(case when r.role = 'DECISION_MAKER' then 1 else 0 end) as dm, max(case when r.role = 'INFLUENCER' then 1 else 0 end) as infl, max(case when r.role = 'COACH' then 1 else 0 end) as coach, coalesce(c.attitude, '') as attitude, coalesce(c.closeness, 0) as closeness, coalesce(c.competitor_closeness, 0) as comp_close, c.last_contacted_on as last_on, min(o.user_id) as owner_min, max(o.user_id) as owner_max from contact c left join contact_role r on r.contact_id = c.id left join relationship_owner o on o.contact_id = c.id where 1 = 1 group by c.id, c.account_id, c.layer, c.name, c.attitude, c.closeness, c.competitor_closeness, c.last_contacted_on) cf group by account_id;

-- Stored decision-map summary (issue 7): the portfolio reads these counts instead of re-aggregating
-- every contact, role and relationship owner of 20k KEY accounts per request. Maintained set-based by
-- DecisionMapSummaries on every contact / role / owner write and contact import. Keyed by account
-- whatever its category (the portfolio joins account for it). STALE_KEY_CONTACT depends on today, so
-- its input (each named key person's last contact date) is stored, never the verdict.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

CREATE TABLE decision_map_summary (
    account_id                BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    contacts                  INT NOT NULL,
    f_named_executive         INT NOT NULL,
    f_named_decision          INT NOT NULL,
    f_named_implementation    INT NOT NULL,
    f_named_user              INT NOT NULL,
    f_strong_executive        INT NOT NULL,
    f_strong_decision         INT NOT NULL,
    f_strong_implementation   INT NOT NULL,
    f_strong_user             INT NOT NULL,
    f_decision_maker          INT NOT NULL,
    f_decision_maker_opposed  INT NOT NULL,
    f_decision_maker_resistant INT NOT NULL,
    f_close_at_top            INT NOT NULL,
    f_competitor_close        INT NOT NULL,
    f_coach                   INT NOT NULL,
    f_close_champion          INT NOT NULL,
    f_close                   INT NOT NULL,
    f_close_held              INT NOT NULL,
    f_key_person              INT NOT NULL,
    f_placeholder             INT NOT NULL,
    close_owner_min           BIGINT,
    close_owner_max           BIGINT
);

CREATE TABLE decision_map_key_person (
    contact_id  BIGINT PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    last_on     DATE
);
CREATE INDEX ix_decision_map_key_person_account ON decision_map_key_person (account_id, last_on);

-- Backfill: the statements SummarySql.rebuildAll() generates (PortfolioSqlTest keeps them identical).
delete from decision_map_key_person;
insert into decision_map_key_person (contact_id, account_id, last_on) select contact_id, account_id, last_on from (select c.id as contact_id, c.account_id, c.layer, case when c.name is null or trim(c.name) = '' then 1 else 0 end as placeholder, max(case when r.role = 'DECISION_MAKER' then 1 else 0 end) as dm, max(case when r.role = 'INFLUENCER' then 1 else 0 end) as infl, max(case when r.role = 'COACH' then 1 else 0 end) as coach, coalesce(c.attitude, '') as attitude, coalesce(c.closeness, 0) as closeness, coalesce(c.competitor_closeness, 0) as comp_close, c.last_contacted_on as last_on, min(o.user_id) as owner_min, max(o.user_id) as owner_max from contact c left join contact_role r on r.contact_id = c.id left join relationship_owner o on o.contact_id = c.id where 1 = 1 group by c.id, c.account_id, c.layer, c.name, c.attitude, c.closeness, c.competitor_closeness, c.last_contacted_on) cf where placeholder = 0 and (dm = 1 or infl = 1);
delete from decision_map_summary;
insert into decision_map_summary (account_id, contacts, f_named_executive, f_named_decision, f_named_implementation, f_named_user, f_strong_executive, f_strong_decision, f_strong_implementation, f_strong_user, f_decision_maker, f_decision_maker_opposed, f_decision_maker_resistant, f_close_at_top, f_competitor_close, f_coach, f_close_champion, f_close, f_close_held, f_key_person, f_placeholder, close_owner_min, close_owner_max) select account_id, count(*), sum(case when placeholder = 0 and layer = 'EXECUTIVE' then 1 else 0 end), sum(case when placeholder = 0 and layer = 'DECISION' then 1 else 0 end), sum(case when placeholder = 0 and layer = 'IMPLEMENTATION' then 1 else 0 end), sum(case when placeholder = 0 and layer = 'USER' then 1 else 0 end), sum(case when placeholder = 0 and layer = 'EXECUTIVE' and closeness >= 4 and attitude <> 'OPPONENT' then 1 else 0 end), sum(case when placeholder = 0 and layer = 'DECISION' and closeness >= 4 and attitude <> 'OPPONENT' then 1 else 0 end), sum(case when placeholder = 0 and layer = 'IMPLEMENTATION' and closeness >= 4 and attitude <> 'OPPONENT' then 1 else 0 end), sum(case when placeholder = 0 and layer = 'USER' and closeness >= 4 and attitude <> 'OPPONENT' then 1 else 0 end), sum(case when placeholder = 0 and dm = 1 then 1 else 0 end), sum(case when placeholder = 0 and dm = 1 and attitude = 'OPPONENT' then 1 else 0 end), sum(case when placeholder = 0 and dm = 1 and attitude in ('OPPONENT', 'SKEPTIC') then 1 else 0 end), sum(case when placeholder = 0 and layer in ('DECISION', 'EXECUTIVE') and closeness >= 4 then 1 else 0 end), sum(case when placeholder = 0 and (dm = 1 or infl = 1) and comp_close >= 4 then 1 else 0 end), sum(case when placeholder = 0 and coach = 1 then 1 else 0 end), sum(case when placeholder = 0 and attitude = 'CHAMPION' and closeness >= 3 then 1 else 0 end), sum(case when placeholder = 0 and closeness >= 3 then 1 else 0 end), sum(case when placeholder = 0 and closeness >= 3 and owner_min is not null then 1 else 0 end), sum(case when placeholder = 0 and (dm = 1 or infl = 1) then 1 else 0 end), sum(case when placeholder = 1 then 1 else 0 end), min(case when placeholder = 0 and closeness >= 3 then owner_min end), max(case when placeholder = 0 and closeness >= 3 then owner_max end) from (select c.id as contact_id, c.account_id, c.layer, case when c.name is null or trim(c.name) = '' then 1 else 0 end as placeholder, max(case when r.role = 'DECISION_MAKER' then 1 else 0 end) as dm, max(case when r.role = 'INFLUENCER' then 1 else 0 end) as infl, max(case when r.role = 'COACH' then 1 else 0 end) as coach, coalesce(c.attitude, '') as attitude, coalesce(c.closeness, 0) as closeness, coalesce(c.competitor_closeness, 0) as comp_close, c.last_contacted_on as last_on, min(o.user_id) as owner_min, max(o.user_id) as owner_max from contact c left join contact_role r on r.contact_id = c.id left join relationship_owner o on o.contact_id = c.id where 1 = 1 group by c.id, c.account_id, c.layer, c.name, c.attitude, c.closeness, c.competitor_closeness, c.last_contacted_on) cf group by account_id;

-- Pipeline at 1M deals (issue 8): one row per deal summarising its stage history, so the cohort funnel is one
-- GROUP BY over the cohort's rows instead of a window over every change. Derived data: kept by
-- io.pareto.pipeline.history.StageSummaries on every recorded change and after every opportunity import.
-- Portable SQL for H2 2.x and PostgreSQL 15.
CREATE TABLE deal_stage_summary (
    opportunity_id   BIGINT PRIMARY KEY REFERENCES opportunity (id) ON DELETE CASCADE,
    -- furthest step on the way to cash ever reached (Stage ordinal, LEAD 0 .. COLLECTED 5; -1 only LOST)
    furthest_rank    INT NOT NULL,
    first_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_stage       VARCHAR(16) NOT NULL,
    -- seconds spent in each stage over the completed stays (NULL: never left it, or never there)
    lead_secs        DOUBLE PRECISION,
    qualified_secs   DOUBLE PRECISION,
    proposal_secs    DOUBLE PRECISION,
    negotiation_secs DOUBLE PRECISION,
    won_secs         DOUBLE PRECISION,
    collected_secs   DOUBLE PRECISION,
    -- moves to LOST, and the stage and reason of the latest one (imported losses: LEAD / OTHER when unknown)
    losses           INT NOT NULL,
    lost_at_stage    VARCHAR(16),
    lost_reason      VARCHAR(16)
);
-- The snapshot reconstructs only deals whose history spans the instant (first_at <= T < last_at).
CREATE INDEX ix_deal_stage_summary_last ON deal_stage_summary (last_at);

-- Backfill: the same statement as StageSummaries.INSERT over every deal.
INSERT INTO deal_stage_summary (opportunity_id, furthest_rank, first_at, last_at, last_stage, lead_secs,
    qualified_secs, proposal_secs, negotiation_secs, won_secs, collected_secs, losses, lost_at_stage, lost_reason)
SELECT h.id,
       MAX(CASE h.stage WHEN 'LEAD' THEN 0 WHEN 'QUALIFIED' THEN 1 WHEN 'PROPOSAL' THEN 2 WHEN 'NEGOTIATION' THEN 3
                        WHEN 'WON' THEN 4 WHEN 'COLLECTED' THEN 5 ELSE -1 END),
       MIN(h.changed_at), MAX(h.changed_at),
       MAX(CASE WHEN h.next_at IS NULL THEN h.stage END),
       SUM(CASE WHEN h.stage = 'LEAD' THEN h.secs END),
       SUM(CASE WHEN h.stage = 'QUALIFIED' THEN h.secs END),
       SUM(CASE WHEN h.stage = 'PROPOSAL' THEN h.secs END),
       SUM(CASE WHEN h.stage = 'NEGOTIATION' THEN h.secs END),
       SUM(CASE WHEN h.stage = 'WON' THEN h.secs END),
       SUM(CASE WHEN h.stage = 'COLLECTED' THEN h.secs END),
       SUM(CASE WHEN h.stage = 'LOST' THEN 1 ELSE 0 END),
       MAX(CASE WHEN h.stage = 'LOST' AND h.latest = 1 THEN COALESCE(h.from_stage, 'LEAD') END),
       MAX(CASE WHEN h.stage = 'LOST' AND h.latest = 1 THEN COALESCE(h.lost_reason, 'OTHER') END)
FROM (SELECT i.*, CAST(EXTRACT(EPOCH FROM i.next_at) AS DOUBLE PRECISION)
                  - CAST(EXTRACT(EPOCH FROM i.changed_at) AS DOUBLE PRECISION) secs
      FROM (SELECT c.opportunity_id id, c.from_stage, c.to_stage stage, c.lost_reason, c.changed_at,
                   LEAD(c.changed_at) OVER (PARTITION BY c.opportunity_id ORDER BY c.changed_at, c.id) next_at,
                   ROW_NUMBER() OVER (PARTITION BY c.opportunity_id, c.to_stage ORDER BY c.changed_at DESC, c.id DESC) latest
            FROM stage_change c) i) h
GROUP BY h.id;

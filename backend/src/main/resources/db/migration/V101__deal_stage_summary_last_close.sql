-- The cohort funnel counts a deal as lost at a stage only when its last close event (WON or LOST, latest by
-- time, then id) is a loss: a deal lost, reopened and won is no loss. Kept by StageSummaries.
-- Portable SQL for H2 2.x and PostgreSQL 15.
ALTER TABLE deal_stage_summary ADD COLUMN last_close_lost INT;
UPDATE deal_stage_summary SET last_close_lost = CASE WHEN (SELECT c.to_stage FROM stage_change c
    WHERE c.opportunity_id = deal_stage_summary.opportunity_id AND c.to_stage IN ('WON', 'LOST')
    ORDER BY c.changed_at DESC, c.id DESC FETCH FIRST 1 ROWS ONLY) = 'LOST' THEN 1 ELSE 0 END;
ALTER TABLE deal_stage_summary ALTER COLUMN last_close_lost SET NOT NULL;

-- Cohort funnel at 1M deals (issue 8): the deal's creation instant and amount travel with its summary row, so an
-- unfiltered cohort reads one index range of deal_stage_summary instead of joining 500k opportunity rows.
-- Kept by StageSummaries (every recorded change, every edit of a deal, every opportunity import).
-- Portable SQL for H2 2.x and PostgreSQL 15.
ALTER TABLE deal_stage_summary ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE deal_stage_summary ADD COLUMN amount NUMERIC(19, 2);
UPDATE deal_stage_summary SET
    created_at = (SELECT o.created_at FROM opportunity o WHERE o.id = deal_stage_summary.opportunity_id),
    amount = (SELECT o.amount FROM opportunity o WHERE o.id = deal_stage_summary.opportunity_id);
ALTER TABLE deal_stage_summary ALTER COLUMN created_at SET NOT NULL;
ALTER TABLE deal_stage_summary ALTER COLUMN amount SET NOT NULL;
CREATE INDEX ix_deal_stage_summary_created ON deal_stage_summary (created_at);

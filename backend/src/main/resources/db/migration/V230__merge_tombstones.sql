-- Merging two accounts (or contacts) deletes the duplicate and leaves its tombstone pointing at the
-- survivor: incremental exports report it as deleted with mergedInto, and a GET on the old id answers
-- 404 naming the survivor while the tombstone is retained (pareto.sync.tombstone-retention).
ALTER TABLE tombstone ADD COLUMN merged_into BIGINT;
CREATE INDEX ix_tombstone_record ON tombstone (record_id, dataset);

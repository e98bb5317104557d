-- A stored run inserts 100k result rows; the second index, (account_id, run_id), took a random-order insert
-- per row. An account's history is read by walking the runs (a handful a year) newest first and probing the
-- primary key (run_id, account_id) for each, which is as direct and leaves the run one index to fill.
-- Portable SQL for H2 2.x and PostgreSQL 15.
DROP INDEX ix_classification_result_account;

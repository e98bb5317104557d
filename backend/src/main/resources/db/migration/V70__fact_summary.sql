-- Per-account rolling summary of account_fact (issue 6): the 12-month figures the classification run
-- and the Pareto / input-output / category analytics need, so they read one row per account instead
-- of aggregating ~20 fact rows per account on every request. Keyed by the as-of month (the last month
-- of window W), so a new month is a new key, never a stale row: io.pareto.fact.FactSummary builds a
-- month on first use and keeps a few; fact writes, imports and a catch-up on updated_at refresh them.

-- One row per summarised as-of month, with its windows (W = [window_start, window_end), P = the 12
-- months before W) so the SQL never does date arithmetic.
CREATE TABLE fact_summary_month (
    as_of_month     DATE PRIMARY KEY,
    previous_start  DATE NOT NULL,
    window_start    DATE NOT NULL,
    window_end      DATE NOT NULL,
    built_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A row per account that has any fact before window_end (as the fact scan's GROUP BY would give).
CREATE TABLE account_fact_summary (
    as_of_month         DATE NOT NULL REFERENCES fact_summary_month (as_of_month) ON DELETE CASCADE,
    account_id          BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    revenue12           NUMERIC(21, 2) NOT NULL,
    gross_profit12      NUMERIC(21, 2) NOT NULL,
    cost_to_serve12     NUMERIC(21, 2) NOT NULL,
    revenue_prev12      NUMERIC(21, 2) NOT NULL,
    fact_months12       INTEGER NOT NULL,
    last_revenue_month  DATE,
    PRIMARY KEY (as_of_month, account_id)
);
CREATE INDEX ix_account_fact_summary_account ON account_fact_summary (account_id);

-- Single row: every summary writer updates it first, so builders and refreshers serialise (a month
-- being built cannot miss a concurrent fact write); refreshed_to = the newest fact updated_at that the
-- summaries already reflect (facts written past the API, e.g. by SQL, are caught up from there).
CREATE TABLE fact_summary_state (
    id            INTEGER PRIMARY KEY,
    refreshed_to  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Backfill: the current month, from every fact.
INSERT INTO fact_summary_month (as_of_month, previous_start, window_start, window_end, built_at)
SELECT CAST(DATE_TRUNC('month', CURRENT_DATE) AS DATE),
       CAST(DATE_TRUNC('month', CURRENT_DATE) - INTERVAL '23' MONTH AS DATE),
       CAST(DATE_TRUNC('month', CURRENT_DATE) - INTERVAL '11' MONTH AS DATE),
       CAST(DATE_TRUNC('month', CURRENT_DATE) + INTERVAL '1' MONTH AS DATE),
       CURRENT_TIMESTAMP;

INSERT INTO fact_summary_state (id, refreshed_to)
SELECT 1, COALESCE(MAX(updated_at), TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00') FROM account_fact;

INSERT INTO account_fact_summary (as_of_month, account_id, revenue12, gross_profit12, cost_to_serve12,
    revenue_prev12, fact_months12, last_revenue_month)
SELECT m.as_of_month, f.account_id,
       SUM(CASE WHEN f.fact_month >= m.window_start THEN f.revenue ELSE 0 END),
       SUM(CASE WHEN f.fact_month >= m.window_start THEN f.gross_profit ELSE 0 END),
       SUM(CASE WHEN f.fact_month >= m.window_start THEN f.cost_to_serve ELSE 0 END),
       SUM(CASE WHEN f.fact_month >= m.previous_start AND f.fact_month < m.window_start THEN f.revenue ELSE 0 END),
       SUM(CASE WHEN f.fact_month >= m.window_start THEN 1 ELSE 0 END),
       MAX(CASE WHEN f.revenue > 0 THEN f.fact_month END)
FROM fact_summary_month m JOIN account_fact f ON f.fact_month < m.window_end
GROUP BY m.as_of_month, f.account_id;

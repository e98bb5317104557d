-- The whole portfolio's Pareto curve and input/output quadrants per as-of month (what an ADMIN or a director
-- sees: every account), derived from account_fact_summary. Sorting ~100k accounts per request cost most of a
-- second; the figures change only when the summary does, so they are computed once and read back in one
-- statement. io.pareto.analytics.PortfolioSummaries empties these tables in the transaction of every change
-- to the summary (fact writes, imports, month builds, account deletion) under the summary's lock, and a read
-- that finds none fills them under the same lock, so no instance can read them stale.
-- A callers' narrower scope (a rep, a team) is computed on the fly. Portable SQL for H2 2.x and PostgreSQL 15.
CREATE TABLE pareto_summary (
    as_of_month      DATE NOT NULL REFERENCES fact_summary_month (as_of_month) ON DELETE CASCADE,
    metric           VARCHAR(16) NOT NULL,
    customer_count   BIGINT NOT NULL,
    total            NUMERIC(30, 2) NOT NULL,
    -- Σ rank × value with rank 1 the largest: the Gini coefficient's sum
    rank_weighted    NUMERIC(38, 2) NOT NULL,
    customers_for80  BIGINT,
    top20_count      BIGINT,
    top20_value      NUMERIC(30, 2),
    PRIMARY KEY (as_of_month, metric)
);

-- The curve: the rank where each whole percent of customers is crossed, with the cumulative value there.
CREATE TABLE pareto_summary_point (
    as_of_month  DATE NOT NULL,
    metric       VARCHAR(16) NOT NULL,
    customer_rank BIGINT NOT NULL,
    cumulative   NUMERIC(30, 2) NOT NULL,
    PRIMARY KEY (as_of_month, metric, customer_rank),
    FOREIGN KEY (as_of_month, metric) REFERENCES pareto_summary (as_of_month, metric) ON DELETE CASCADE
);

-- Median-split quadrants: one row per quadrant (the medians repeated), all four present.
CREATE TABLE input_output_summary (
    as_of_month    DATE NOT NULL REFERENCES fact_summary_month (as_of_month) ON DELETE CASCADE,
    quadrant       VARCHAR(32) NOT NULL,
    output_median  NUMERIC(23, 2) NOT NULL,
    input_median   NUMERIC(23, 2) NOT NULL,
    account_count  BIGINT NOT NULL,
    output_total   NUMERIC(30, 2) NOT NULL,
    input_total    NUMERIC(30, 2) NOT NULL,
    PRIMARY KEY (as_of_month, quadrant)
);

-- A quadrant's page (largest output first) walks this index from its output threshold and stops after a page.
CREATE INDEX ix_account_fact_summary_output ON account_fact_summary
    (as_of_month, gross_profit12 DESC, account_id, cost_to_serve12, fact_months12);

-- A stored classification run writes one result row per account in a single INSERT ... SELECT (issue 6). On
-- PostgreSQL the two foreign keys were checked row by row: at 100k accounts 200k trigger calls, 0.6 s of a
-- 2.6 s run. The checks cannot fail: the rows name the run inserted in the same transaction and the accounts
-- the same statement reads. Deleting an account deletes its results explicitly (ClassificationResults, on
-- AccountDeleting); runs are never deleted. The table is rebuilt without the constraints because their
-- generated names differ between H2 and PostgreSQL. Portable SQL for H2 2.x and PostgreSQL 15.
CREATE TABLE classification_result_new (
    run_id              BIGINT NOT NULL,
    account_id          BIGINT NOT NULL,
    previous_category   VARCHAR(16) NOT NULL,
    category            VARCHAR(16) NOT NULL,
    policy_category     VARCHAR(16) NOT NULL,
    source              VARCHAR(16) NOT NULL,
    rule                VARCHAR(24) NOT NULL,
    revenue12           NUMERIC(19, 2) NOT NULL,
    gross_profit12      NUMERIC(19, 2) NOT NULL,
    revenue_prev12      NUMERIC(19, 2) NOT NULL,
    growth              NUMERIC(30, 6),
    potential           NUMERIC(19, 2),
    strategic           INTEGER,
    last_revenue_month  DATE,
    p_revenue           NUMERIC(9, 6),
    p_gross_profit      NUMERIC(9, 6),
    p_growth            NUMERIC(9, 6),
    p_potential         NUMERIC(9, 6),
    p_strategic         NUMERIC(9, 6),
    score               NUMERIC(12, 6),
    key_rank            INTEGER
);
INSERT INTO classification_result_new SELECT run_id, account_id, previous_category, category, policy_category,
    source, rule, revenue12, gross_profit12, revenue_prev12, growth, potential, strategic, last_revenue_month,
    p_revenue, p_gross_profit, p_growth, p_potential, p_strategic, score, key_rank FROM classification_result;
DROP TABLE classification_result;
ALTER TABLE classification_result_new RENAME TO classification_result;
ALTER TABLE classification_result ADD CONSTRAINT pk_classification_result PRIMARY KEY (run_id, account_id);
CREATE INDEX ix_classification_result_account ON classification_result (account_id, run_id);

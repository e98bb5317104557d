-- Requests per API token per fixed window (window_start in epoch seconds), shared by every instance.
-- One upsert per token-authenticated request; rows of past windows are purged by a scheduled job.
CREATE TABLE rate_limit_counter (
    token_id      BIGINT NOT NULL,
    window_start  BIGINT NOT NULL,
    hits          INTEGER NOT NULL,
    PRIMARY KEY (token_id, window_start)
);
CREATE INDEX ix_rate_limit_counter_window ON rate_limit_counter (window_start);

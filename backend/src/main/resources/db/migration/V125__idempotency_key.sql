-- POSTs sent with an Idempotency-Key: the first request's fingerprint and, once answered, its response,
-- so a retry (from any instance) replays that answer instead of writing twice. status is NULL while the
-- first request is still running. Rows older than the retention window are purged by a scheduled job.
CREATE TABLE idempotency_key (
    user_id       BIGINT NOT NULL,
    idem_key      VARCHAR(255) NOT NULL,
    request_hash  VARCHAR(64) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(200),
    location      VARCHAR(2000),
    etag          VARCHAR(200),
    body          VARCHAR,
    PRIMARY KEY (user_id, idem_key)
);
CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at);

-- Sign-in attempts are reserved before the password is checked, one counter row per key, so the
-- reservation is a single atomic UPDATE (row lock) that holds under concurrency and across instances.
-- Keys: 'p:<email>|<address>' (hard limit), 'a:<address>' (hard limit), 'u:<email>' (growing delay).
-- Times are epoch milliseconds so the delay arithmetic is plain integers on H2 and PostgreSQL alike.
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(330) PRIMARY KEY,
    window_start  BIGINT NOT NULL,
    attempts      INTEGER NOT NULL,
    last_attempt  BIGINT NOT NULL
);
CREATE INDEX ix_login_throttle_last ON login_throttle (last_attempt);

DROP TABLE login_failure;

-- Revoked API tokens, by hash: a later request with one is refused like any unknown token, and audited.
CREATE TABLE revoked_token (
    token_hash  VARCHAR(64) PRIMARY KEY,
    token_id    BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per schedule tick that started a run: the instance that inserts it runs, the others (same
-- cron, same tick) fail on the primary key and skip — so several instances give one run per tick.
CREATE TABLE classification_schedule_tick (
    fire_time   TIMESTAMP WITH TIME ZONE PRIMARY KEY,
    instance    VARCHAR(254) NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

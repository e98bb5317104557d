-- Rate-limit counters are worth nothing after a crash: unlogged, an API call's counting upsert writes no WAL
-- and its commit waits for no disk flush. (H2 has no such table kind; this location is PostgreSQL's only.)
ALTER TABLE rate_limit_counter SET UNLOGGED;

-- Bumped when a user's password is reset or the user is deactivated: sessions signed with an older
-- generation are refused, so neither a reset nor a later reactivation leaves an old cookie usable.
ALTER TABLE app_user ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;

-- The audit list filters by kind and by who acted, newest first, over a date range.
CREATE INDEX ix_audit_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_action ON audit_event (action, occurred_at);

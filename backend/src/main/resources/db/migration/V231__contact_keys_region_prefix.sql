-- Contacts' phones and mail domains as the duplicate check compares them (duplicate.ContactKey), indexed
-- so the check probes them instead of scanning every contact. Kept by the entity on every write and by
-- SearchKeys for rows written in bulk or before (its catch-up after start fills these).
ALTER TABLE contact ADD COLUMN phone_key VARCHAR(50);
ALTER TABLE contact ADD COLUMN email_domain VARCHAR(254);
CREATE INDEX ix_contact_phone_key ON contact (phone_key, account_id);
CREATE INDEX ix_contact_email_domain ON contact (email_domain, account_id);
-- A leading region is now cut from company names like a bracketed one (上海华泰 = (上海)华泰): the keys
-- are recomputed by SearchKeys' catch-up after start.
UPDATE account SET name_key = NULL;

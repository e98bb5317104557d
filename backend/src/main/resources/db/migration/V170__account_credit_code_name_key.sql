-- One customer, one record: the unified social credit code (统一社会信用代码, unique when given) and the
-- company-name key duplicates are found by (duplicate.CompanyName): the normalised name and its pinyin
-- reading. Kept by the entity on every write and by SearchKeys for rows written in bulk or before.
ALTER TABLE account ADD COLUMN credit_code VARCHAR(18);
ALTER TABLE account ADD COLUMN name_key VARCHAR(200);
ALTER TABLE account ADD COLUMN name_reading VARCHAR(200);
CREATE UNIQUE INDEX ux_account_credit_code ON account (credit_code);
CREATE INDEX ix_account_name_key ON account (name_key, id);
CREATE INDEX ix_account_name_reading ON account (name_reading, id);

-- What names are found and sorted by (common.SearchKey): the normalised name with its pinyin and
-- initials for substring search, and for accounts the pinyin reading the list sorts names by.
-- Filled by the entities on every write and by SearchKeys for rows written in bulk.
ALTER TABLE account ADD COLUMN search_key VARCHAR(1900);
ALTER TABLE account ADD COLUMN sort_key VARCHAR(600);
ALTER TABLE contact ADD COLUMN search_key VARCHAR(1900);
ALTER TABLE opportunity ADD COLUMN search_key VARCHAR(1900);
ALTER TABLE app_user ADD COLUMN search_key VARCHAR(1900);
-- The list's name order is the reading's order now: the (…, name, id) indexes become (…, sort_key, id).
CREATE INDEX ix_account_industry_sort_id ON account (industry_code, sort_key, id);
CREATE INDEX ix_account_category_sort_id ON account (category, sort_key, id);
CREATE INDEX ix_account_sort_id ON account (sort_key, id);
DROP INDEX ix_account_industry_name_id;
DROP INDEX ix_account_category_name_id;
DROP INDEX ix_account_name_id;

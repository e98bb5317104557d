-- The account list sorts by name with the id as tie-breaker and picks a page's ids before reading rows
-- (AccountRepository.page). With the id in the index, the filter + sort + offset is an index-only scan
-- (no sort, no heap visit for the skipped rows). These replace the (…, name) indexes they extend.
CREATE INDEX ix_account_industry_name_id ON account (industry_code, name, id);
CREATE INDEX ix_account_category_name_id ON account (category, name, id);
CREATE INDEX ix_account_name_id ON account (name, id);
DROP INDEX ix_account_industry;
DROP INDEX ix_account_category;
DROP INDEX ix_account_name;

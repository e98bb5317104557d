-- The duplicate check finds longer readings that start with the typed one (LIKE 'huawei%'); outside the C
-- collation a plain btree cannot answer a LIKE prefix, this one can (H2's indexes do by themselves).
CREATE INDEX ix_account_name_reading_prefix ON account (name_reading varchar_pattern_ops);

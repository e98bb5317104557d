-- Stage probabilities are replaced as one set under If-Match (issue 8): the set's ETag is the highest row version,
-- and every replacement moves all rows to the next one.
ALTER TABLE stage_probability ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- The deal's "lost to" competitor now references the competitor catalogue (V40).
ALTER TABLE opportunity ADD CONSTRAINT fk_opportunity_competitor FOREIGN KEY (competitor_id) REFERENCES competitor (id);

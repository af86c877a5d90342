-- Rollups read a time range for every series (the previous bucket of each series, the buckets a
-- coarser one merges). Rows go in roughly in bucket order, so a BRIN index on bucket finds a
-- range for a few kilobytes, where the (series_id, bucket) key made those reads scan a month.
CREATE INDEX rollup_5m_bucket ON rollup_5m USING brin (bucket);
CREATE INDEX rollup_1h_bucket ON rollup_1h USING brin (bucket);
CREATE INDEX rollup_1d_bucket ON rollup_1d USING brin (bucket);

-- Late-sample marks without a unique key: ingestion only ever inserts them, so it never waits for
-- a re-roll that is deleting marks of the same bucket. Repeats are harmless and read as a set.
ALTER TABLE rollup_dirty DROP CONSTRAINT rollup_dirty_pkey;
CREATE INDEX rollup_dirty_bucket ON rollup_dirty (bucket);

-- Sealed days' numeric samples, one compressed chunk per series and UTC day
-- (org.pattoo.storage.chunk.SampleChunk). A day has one row per series instead of one per sample,
-- so the table stays small (a thousand series keep 35 days in 35,000 rows) and is not partitioned:
-- retention deletes a day's chunks in the transaction that drops the day's sample partitions, a
-- few thousand rows found through the primary key, which keeps a single lock order and no second
-- set of partitions to create, attach and forget.
CREATE TABLE sample_chunk (
  series_id bigint NOT NULL,
  day integer NOT NULL, -- days since 1970-01-01 UTC
  first_ts bigint NOT NULL,
  last_ts bigint NOT NULL,
  count integer NOT NULL CHECK (count > 0),
  data bytea NOT NULL,
  PRIMARY KEY (series_id, day)
);

-- Reads by time range over many series, and retention by day.
CREATE INDEX sample_chunk_day ON sample_chunk (day);

-- A chunk is compressed already: EXTERNAL keeps large ones out of line without pglz trying (and
-- failing) to shrink them again.
ALTER TABLE sample_chunk ALTER COLUMN data SET STORAGE EXTERNAL;

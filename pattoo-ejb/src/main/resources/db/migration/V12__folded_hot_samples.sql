-- Hot numeric samples are folded into chunks every few minutes (org.pattoo.storage.HotFolder), so
-- a series has many chunks a day until its day is sealed into one. Chunks of a series never
-- overlap in time: keyed by their first timestamp.
ALTER TABLE sample_chunk DROP CONSTRAINT sample_chunk_pkey;
ALTER TABLE sample_chunk ADD PRIMARY KEY (series_id, first_ts);

-- Reads of a time range over every series (rollups) find the few chunks ending after its start.
DROP INDEX sample_chunk_day;
CREATE INDEX sample_chunk_day_last ON sample_chunk (day, last_ts);

-- How far each day's rows have been folded: a sample before folded_until may have a chunk already,
-- so writers check chunks for it; one at or after it can only meet rows, which the partition's
-- unique index checks.
CREATE TABLE sample_fold (
  day integer PRIMARY KEY, -- days since 1970-01-01 UTC
  folded_until bigint NOT NULL
);

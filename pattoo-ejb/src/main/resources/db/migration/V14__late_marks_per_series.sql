-- Late samples mark the (bucket, series) pairs they fall into, so one late sample re-rolls one
-- series, not the whole bucket for every series (at 150,000 points/s a bucket holds 45 M samples).
-- A NULL series marks the whole bucket: marks made before this migration, and what the rollup job
-- falls back to when a range has too many series marked to list.
ALTER TABLE rollup_dirty ADD COLUMN series_id bigint;

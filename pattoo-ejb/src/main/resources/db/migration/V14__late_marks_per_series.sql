-- Late samples mark the series they fall into, so one late sample re-rolls one series, not the
-- whole bucket for every series (at 150,000 points/s a bucket holds 45 M samples). A mark covers
-- the 5-minute buckets bucket..last_bucket of one series; a NULL series marks every series, as
-- marks made before this migration do, and requests with late samples of many series.
-- The rollup job claims the marks it plans to roll, and deletes only claimed ones as it rolls
-- them: a mark written meanwhile stays for the next run.
ALTER TABLE rollup_dirty
    ADD COLUMN series_id bigint,
    ADD COLUMN last_bucket bigint,
    ADD COLUMN claimed boolean NOT NULL DEFAULT false;
UPDATE rollup_dirty SET last_bucket = bucket;
ALTER TABLE rollup_dirty ALTER COLUMN last_bucket SET NOT NULL;

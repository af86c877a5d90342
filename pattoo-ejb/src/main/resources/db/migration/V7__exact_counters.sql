-- Counter readings a double cannot hold (integers beyond 2^53, e.g. a 64-bit counter near 2^64)
-- keep their exact value beside the double, so increases are computed exactly
-- (org.pattoo.series.CounterMath). NULL wherever the double holds the reading: every gauge and
-- nearly every counter, at no cost in row size. Adding a column without a default rewrites nothing.
ALTER TABLE sample ADD COLUMN counter numeric;

-- The same for the last reading of a bucket, where a counter's next bucket continues from.
ALTER TABLE rollup_5m ADD COLUMN last_counter numeric;
ALTER TABLE rollup_1h ADD COLUMN last_counter numeric;
ALTER TABLE rollup_1d ADD COLUMN last_counter numeric;

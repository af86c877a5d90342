-- Samples, partitioned by UTC day on ts (epoch ms). The application creates the daily partitions
-- ahead of time (org.pattoo.storage), each with a unique index on (series_id, ts) that makes a
-- re-posted sample a no-op, and a BRIN index on ts for the time-range scans of rollups.
CREATE TABLE sample (
    series_id bigint           NOT NULL,
    ts        bigint           NOT NULL,
    value     double precision NOT NULL
) PARTITION BY RANGE (ts);

-- String samples (data type 2), kept only when the value changes.
CREATE TABLE sample_text (
    series_id bigint NOT NULL,
    ts        bigint NOT NULL,
    value     text   NOT NULL
) PARTITION BY RANGE (ts);

-- Lets ingestion notice that labels outside the identity or the polling interval changed.
ALTER TABLE datapoint ADD COLUMN attributes_hash integer NOT NULL DEFAULT 0;

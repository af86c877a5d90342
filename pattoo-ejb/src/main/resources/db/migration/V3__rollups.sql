-- Rollups: one row per series and bucket, in three tiers. The columns merge (sums, min, max,
-- first and last with their times, counter increase and the seconds it covers), so each tier is
-- computed from the finer one and gives the same values as the raw samples (org.pattoo.rollup).
-- 5-minute buckets are partitioned by month and hourly ones by year, so retention drops whole
-- partitions; daily buckets are kept forever. The application creates the partitions.
CREATE TABLE rollup_5m (
    series_id bigint           NOT NULL,
    bucket    bigint           NOT NULL,  -- bucket start, epoch ms (UTC-aligned)
    count     integer          NOT NULL,
    sum       double precision NOT NULL,
    min       double precision NOT NULL,
    max       double precision NOT NULL,
    first_ts  bigint           NOT NULL,
    first     double precision NOT NULL,
    last_ts   bigint           NOT NULL,
    last      double precision NOT NULL,
    increase  double precision NOT NULL,
    seconds   double precision NOT NULL,
    PRIMARY KEY (series_id, bucket)
) PARTITION BY RANGE (bucket);

CREATE TABLE rollup_1h (LIKE rollup_5m INCLUDING DEFAULTS, PRIMARY KEY (series_id, bucket))
    PARTITION BY RANGE (bucket);

CREATE TABLE rollup_1d (LIKE rollup_5m INCLUDING DEFAULTS, PRIMARY KEY (series_id, bucket));

-- How far rolling got: buckets before done_until are rolled. announced_until runs ahead of it:
-- the job announces a range before rolling it, and ingestion marks samples that fall before the
-- announcement in rollup_dirty, so late data re-rolls the buckets it lands in. Marks are per
-- bucket, not per series: a backfill marks one row per bucket, and re-rolling a bucket for every
-- series costs about what rolling it did the first time.
CREATE TABLE rollup_watermark (
    tier            text   PRIMARY KEY,
    done_until      bigint NOT NULL,
    announced_until bigint NOT NULL
);

CREATE TABLE rollup_dirty (
    bucket bigint PRIMARY KEY  -- 5-minute bucket start
);

-- Daily buckets become partitioned by year like hourly ones, so pattoo.retention.day can drop
-- whole partitions too. Existing rows move into yearly partitions.
ALTER TABLE rollup_1d RENAME TO rollup_1d_unpartitioned;
ALTER INDEX rollup_1d_pkey RENAME TO rollup_1d_unpartitioned_pkey;
CREATE TABLE rollup_1d (LIKE rollup_5m INCLUDING DEFAULTS, PRIMARY KEY (series_id, bucket))
    PARTITION BY RANGE (bucket);
DO $$
DECLARE
    y integer;
BEGIN
    FOR y IN SELECT DISTINCT extract(year FROM to_timestamp(bucket / 1000) AT TIME ZONE 'UTC')
             FROM rollup_1d_unpartitioned LOOP
        EXECUTE format('CREATE TABLE rollup_1d_%s PARTITION OF rollup_1d FOR VALUES FROM (%s) TO (%s)',
            lpad(y::text, 4, '0'),
            (extract(epoch FROM make_timestamptz(y, 1, 1, 0, 0, 0, 'UTC')) * 1000)::bigint,
            (extract(epoch FROM make_timestamptz(y + 1, 1, 1, 0, 0, 0, 'UTC')) * 1000)::bigint);
    END LOOP;
END $$;
INSERT INTO rollup_1d SELECT * FROM rollup_1d_unpartitioned;
DROP TABLE rollup_1d_unpartitioned;

-- Human labels and units of (prefixed) keys, per language, as the original's pt_pair_xlate.
CREATE TABLE key_translation (
    language    text NOT NULL,
    key         text NOT NULL,
    translation text NOT NULL,
    units       text NOT NULL DEFAULT '',
    PRIMARY KEY (language, key)
);

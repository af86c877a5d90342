-- Agents, series and their labels: the identity side of the data model (original-pattoo.md §3).
-- One agent row per (agent id, polled target), as the original's pt_agent.
CREATE TABLE agent (
    idx_agent           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agent_id            text        NOT NULL,
    agent_polled_target text        NOT NULL,
    agent_program       text        NOT NULL,
    agent_hostname      text        NOT NULL,
    enabled             boolean     NOT NULL DEFAULT true,
    ts_created          timestamptz NOT NULL DEFAULT now(),
    ts_modified         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT agent_identity UNIQUE (agent_id, agent_polled_target)
);

-- One row per time series; checksum is the SHA-512 series identity (original-pattoo.md §2.6).
CREATE TABLE datapoint (
    idx_datapoint    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idx_agent        bigint      NOT NULL REFERENCES agent ON DELETE CASCADE,
    checksum         text        NOT NULL,
    key              text        NOT NULL,
    data_type        smallint    NOT NULL CHECK (data_type IN (2, 32, 64, 99, 101)),
    polling_interval integer     NOT NULL CHECK (polling_interval > 0),
    last_timestamp   bigint,
    enabled          boolean     NOT NULL DEFAULT true,
    ts_created       timestamptz NOT NULL DEFAULT now(),
    ts_modified      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT datapoint_checksum UNIQUE (checksum)
);
CREATE INDEX datapoint_agent ON datapoint (idx_agent);
CREATE INDEX datapoint_key ON datapoint (key text_pattern_ops);

-- The global dictionary of metadata (key, value) pairs and the series-to-pair link.
CREATE TABLE pair (
    idx_pair bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key      text NOT NULL,
    value    text NOT NULL,
    CONSTRAINT pair_key_value UNIQUE (key, value)
);

CREATE TABLE glue (
    idx_datapoint bigint NOT NULL REFERENCES datapoint ON DELETE CASCADE,
    idx_pair      bigint NOT NULL REFERENCES pair,
    PRIMARY KEY (idx_datapoint, idx_pair)
);
CREATE INDEX glue_pair ON glue (idx_pair);

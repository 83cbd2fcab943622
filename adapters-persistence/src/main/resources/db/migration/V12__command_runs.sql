-- Command runs (issue 5); portable subset (STYLE 2.9), as V1, V3 and V10.
--
-- * command_run: one row per stored run. The command line is kept masked (display) for search; the
--   exact argv only sealed (sealed_argv) under the run's data key, stored wrapped (wrapped_key, with
--   the master key's name and version). chain_position is the order runs were appended in, which the
--   hash chain follows (previous_hash, record_hash); ids are handed out before outputs are stored, so
--   they need not follow that order.
-- * command_run_chain: the one row every append locks: the chain's head and the next free run id.
-- * command_output_chunk: each output as deflated chunks sealed under the run's data key; at most
--   32 KiB of compressed bytes, a flag byte, a 12-byte nonce and a 16-byte tag each, so VARBINARY keeps
--   them in the row on both databases (InnoDB's 65,535-byte row limit holds).

CREATE TABLE command_run (
    id               BIGINT        NOT NULL,
    task_id          BIGINT        NOT NULL,
    display          MEDIUMTEXT    NOT NULL,
    working_dir      VARCHAR(4096) NOT NULL,
    environment      MEDIUMTEXT    NOT NULL,
    host             VARCHAR(255)  NOT NULL,
    os_user          VARCHAR(255)  NOT NULL,
    started_at       DATETIME(6)   NOT NULL,
    ended_at         DATETIME(6)   NOT NULL,
    ending           VARCHAR(64)   NOT NULL,
    exit_code        INT           NULL,
    stdout_size      BIGINT        NOT NULL,
    stdout_sha256    VARCHAR(64)   NOT NULL,
    stdout_truncated BOOLEAN       NOT NULL,
    stdout_kept      BIGINT        NOT NULL,
    stderr_size      BIGINT        NOT NULL,
    stderr_sha256    VARCHAR(64)   NOT NULL,
    stderr_truncated BOOLEAN       NOT NULL,
    stderr_kept      BIGINT        NOT NULL,
    key_name         VARCHAR(80)   NOT NULL,
    key_version      INT           NOT NULL,
    wrapped_key      VARBINARY(512) NOT NULL,
    sealed_argv      MEDIUMBLOB    NOT NULL,
    chain_position   BIGINT        NOT NULL,
    previous_hash    VARCHAR(64)   NULL,
    record_hash      VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT command_run_chain_position_uk UNIQUE (chain_position)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- A task's runs, a host's runs, and all runs, each in time order.
CREATE INDEX command_run_task_idx ON command_run (task_id, started_at, id);
CREATE INDEX command_run_host_idx ON command_run (host, started_at, id);
CREATE INDEX command_run_started_idx ON command_run (started_at, id);

CREATE TABLE command_run_chain (
    id            INT         NOT NULL,
    last_position BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NULL,
    next_run_id   BIGINT      NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

INSERT INTO command_run_chain (id, last_position, last_hash, next_run_id) VALUES (1, 0, NULL, 1);

CREATE TABLE command_output_chunk (
    run_id      BIGINT          NOT NULL,
    channel     VARCHAR(6)      NOT NULL,
    sequence_no INT             NOT NULL,
    sealed      VARBINARY(33000) NOT NULL,
    PRIMARY KEY (run_id, channel, sequence_no)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

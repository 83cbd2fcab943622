-- Alert intake; portable subset (STYLE 2.9), as V1.
--
-- Every delivery is kept (body masked and cut by the application). An incident is one stretch of a
-- problem, from the first firing of a dedup key until its resolution. key_hash is the SHA-256 (hex)
-- of source, scope and dedup key (a 512-character key is too long for an InnoDB key); open_marker
-- is 1 while the incident is open and NULL after, and NULLs never collide in a unique key (H2 and
-- InnoDB alike), so the key allows one open incident per dedup key and any number of resolved ones,
-- which keeps two API nodes on one database from opening two tasks for one problem.
-- alert_event holds each handled event's outcome under the SHA-256 of source, scope and event key,
-- so a sender's retry of an event answers the same and changes nothing.

CREATE TABLE alert_delivery (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    source      VARCHAR(16) NOT NULL,
    received_at DATETIME(6) NOT NULL,
    body        MEDIUMTEXT  NOT NULL,
    body_size   BIGINT      NOT NULL,
    truncated   BOOLEAN     NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- version guards updates: H2 can hand a locking read the row as it was before the lock's holder
-- changed it, so an update applies only to the version it read.
-- task_id is NULL while the incident is pending (its rule's threshold not reached yet).
-- A deleted task takes its incidents with it: a later firing of the key opens a new task.
CREATE TABLE alert_incident (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    source        VARCHAR(16)   NOT NULL,
    scope         VARCHAR(128)  NOT NULL,
    dedup_key     VARCHAR(512)  NOT NULL,
    key_hash      CHAR(64)      NOT NULL,
    open_marker   TINYINT       NULL,
    task_id       BIGINT        NULL,
    status        VARCHAR(16)   NOT NULL,
    severity      VARCHAR(16)   NOT NULL,
    summary       VARCHAR(1024) NOT NULL,
    starts_at     DATETIME(6)   NULL,
    ends_at       DATETIME(6)   NULL,
    first_seen_at DATETIME(6)   NOT NULL,
    last_seen_at  DATETIME(6)   NOT NULL,
    resolved_at   DATETIME(6)   NULL,
    occurrences   BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT alert_incident_open_uk UNIQUE (key_hash, open_marker),
    CONSTRAINT alert_incident_task_fk FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE INDEX alert_incident_key_idx ON alert_incident (key_hash, id);
CREATE INDEX alert_incident_task_idx ON alert_incident (task_id, id);

-- task_id and incident_id are plain columns: the outcome is history and outlives a deleted task.
CREATE TABLE alert_event (
    event_hash  CHAR(64)     NOT NULL,
    delivery_id BIGINT       NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    task_id     BIGINT       NULL,
    incident_id BIGINT       NULL,
    reason      VARCHAR(512) NULL,
    PRIMARY KEY (event_hash),
    CONSTRAINT alert_event_delivery_fk FOREIGN KEY (delivery_id) REFERENCES alert_delivery (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- A storm: problems sharing a grouping key, tracked by one task. key_hash is the SHA-256 (hex) of
-- the grouping key; accepting is 1 while the group takes new members and NULL once sealed, so the
-- unique key allows one accepting group per grouping key, as open_marker does for incidents.
CREATE TABLE alert_group (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    group_key      MEDIUMTEXT  NOT NULL,
    key_hash       CHAR(64)    NOT NULL,
    accepting      TINYINT     NULL,
    task_id        BIGINT      NOT NULL,
    opened_at      DATETIME(6) NOT NULL,
    last_joined_at DATETIME(6) NOT NULL,
    members        BIGINT      NOT NULL,
    version        BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT alert_group_accepting_uk UNIQUE (key_hash, accepting),
    CONSTRAINT alert_group_task_fk FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE INDEX alert_group_task_idx ON alert_group (task_id);

-- Deliveries that could not be applied, with their exact bytes (up to the webhook body limit), for replay.
CREATE TABLE alert_dead_letter (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    source      VARCHAR(16)   NOT NULL,
    received_at DATETIME(6)   NOT NULL,
    body        MEDIUMBLOB    NOT NULL,
    problem     VARCHAR(2000) NOT NULL,
    replayed_at DATETIME(6)   NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE INDEX alert_dead_letter_source_idx ON alert_dead_letter (source, received_at);

-- The rules of alert intake: one document (the format of the configuration file and the API),
-- versioned so that a replace names the version it read. No row means the built-in defaults.
CREATE TABLE alert_rules (
    id         INT         NOT NULL,
    document   MEDIUMTEXT  NOT NULL,
    version    BIGINT      NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

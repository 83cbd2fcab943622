-- Time entries (issue 6); portable subset (STYLE 2.9), as V1, V3, V10 and V12.
--
-- * time_entry: one row per entry, to the second; ended_at is NULL while its timer runs. running_marker
--   is 1 while it runs and NULL once stopped: NULLs never collide in a unique key (H2 and InnoDB alike), so
--   UNIQUE (user_name, running_marker) lets a user have any number of stopped entries and one running.
-- * time_user_lock: one row per user, locked by every write of that user's entries, so an overlap
--   check and the write it guards see the same entries on every node sharing the database.

CREATE TABLE time_entry (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    task_id        BIGINT        NOT NULL,
    user_name      VARCHAR(128)  NOT NULL,
    started_at     DATETIME(6)   NOT NULL,
    ended_at       DATETIME(6)   NULL,
    zone           VARCHAR(64)   NOT NULL,
    client_code    VARCHAR(64)   NULL,
    project_code   VARCHAR(64)   NULL,
    billable       BOOLEAN       NOT NULL,
    note           VARCHAR(2000) NULL,
    activity       VARCHAR(16)   NOT NULL,
    running_marker SMALLINT      NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT time_entry_one_running_uk UNIQUE (user_name, running_marker)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- A user's entries in time (overlap checks), a client's entries in time (reports), a task's entries.
CREATE INDEX time_entry_user_start_idx ON time_entry (user_name, started_at);
CREATE INDEX time_entry_client_start_idx ON time_entry (client_code, started_at);
CREATE INDEX time_entry_task_idx ON time_entry (task_id, started_at);
CREATE INDEX time_entry_running_idx ON time_entry (running_marker, started_at);

CREATE TABLE time_user_lock (
    user_name VARCHAR(128) NOT NULL,
    PRIMARY KEY (user_name)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

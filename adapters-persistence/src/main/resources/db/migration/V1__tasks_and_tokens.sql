-- Portable subset (STYLE 2.9): runs unchanged on H2 (MODE=MariaDB) and MariaDB 10.11.
-- Instants are DATETIME(6) holding UTC.
-- Every table names its charset and collation so that MariaDB compares text exactly as Java's
-- String.equals does (case and trailing spaces count), whatever the database's defaults are.

CREATE TABLE task (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    title        VARCHAR(200) NOT NULL,
    -- MariaDB's TEXT holds 65,535 bytes and 20,000 UTF-16 chars take up to 60,000 in utf8mb4:
    -- too tight to keep; MEDIUMTEXT (H2: CLOB, jOOQ: String) leaves room to raise the limit.
    description  MEDIUMTEXT   NULL,
    status       VARCHAR(16)  NOT NULL,
    priority     VARCHAR(2)   NOT NULL,
    assignee     VARCHAR(100) NULL,
    reporter     VARCHAR(100) NULL,
    client_code  VARCHAR(64)  NULL,
    project_code VARCHAR(64)  NULL,
    due_at       DATETIME(6)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    completed_at DATETIME(6)  NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE INDEX task_status_idx ON task (status);
CREATE INDEX task_assignee_idx ON task (assignee);
CREATE INDEX task_client_code_idx ON task (client_code);
CREATE INDEX task_project_code_idx ON task (project_code);

CREATE TABLE task_attribute (
    task_id    BIGINT        NOT NULL,
    attr_key   VARCHAR(64)   NOT NULL,
    attr_value VARCHAR(1024) NOT NULL,
    PRIMARY KEY (task_id, attr_key),
    CONSTRAINT task_attribute_task_fk FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- The (attr_key, attr_value) index differs per vendor: see db/vendor/*/V2__*.sql.

CREATE TABLE task_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    task_id     BIGINT        NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    from_status VARCHAR(16)   NULL,
    to_status   VARCHAR(16)   NULL,
    note        VARCHAR(2000) NULL,
    occurred_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT task_event_task_fk FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE INDEX task_event_task_idx ON task_event (task_id, id);

CREATE TABLE api_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(100) NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    scopes     VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NULL,
    revoked_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

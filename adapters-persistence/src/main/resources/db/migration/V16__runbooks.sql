-- Runbooks' current versions, where they apply and how they were used; portable subset (STYLE 2.9), as V13 and V14.
--
-- * runbook: one row per slug with its current version and canonical document (the JSON the archive
--   keeps; MEDIUMTEXT as V10's documents: H2 in MariaDB mode reads it as a VARCHAR). current_version is
--   also the optimistic check of a save: only a higher version replaces the row. The counters say how
--   often the runbook was attached to a task and how many of those tasks were resolved since.
-- * runbook_scope: where a runbook applies, one row per alert name (scope_kind 'alert'), component kind
--   ('kind') or tag ('tag', with its value; '' for the other kinds). Rows rather than delimited text, so
--   matching is exact comparisons on indexed columns: no LIKE over a list, no delimiter to escape.
--   Lengths follow the domain: alert names 256, tag keys 63 and values 256, component kinds 40.
-- * runbook_use: a runbook attached to a task, once per pair; resolved_at is NULL until the task is
--   counted as resolved, which happens once. No foreign key to task: the counts outlive deleted tasks.

CREATE TABLE runbook (
    slug            VARCHAR(80)  NOT NULL,
    title           VARCHAR(200) NOT NULL,
    current_version INT          NOT NULL,
    document        MEDIUMTEXT   NOT NULL,
    times_used      BIGINT       NOT NULL,
    times_resolved  BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (slug)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE runbook_scope (
    slug        VARCHAR(80)  NOT NULL,
    scope_kind  VARCHAR(8)   NOT NULL,
    scope_key   VARCHAR(256) NOT NULL,
    scope_value VARCHAR(256) NOT NULL,
    PRIMARY KEY (slug, scope_kind, scope_key),
    CONSTRAINT runbook_scope_runbook_fk FOREIGN KEY (slug) REFERENCES runbook (slug) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Matching: the runbooks naming an alert or a component kind, and a runbook's tags.
CREATE INDEX runbook_scope_match_idx ON runbook_scope (scope_kind, scope_key, scope_value);

CREATE TABLE runbook_use (
    slug        VARCHAR(80) NOT NULL,
    task_id     BIGINT      NOT NULL,
    attached_at DATETIME(6) NOT NULL,
    resolved_at DATETIME(6) NULL,
    PRIMARY KEY (slug, task_id),
    CONSTRAINT runbook_use_runbook_fk FOREIGN KEY (slug) REFERENCES runbook (slug) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- A task's runbooks (attachedTo, resolved).
CREATE INDEX runbook_use_task_idx ON runbook_use (task_id, slug);

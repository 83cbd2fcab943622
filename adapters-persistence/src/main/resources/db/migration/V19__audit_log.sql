-- The administrative audit log (issue 8); portable subset (STYLE 2.9), as V13, V14 and V16.
--
-- * audit_event: one row per recorded action, only ever inserted. id is the order of recording and the
--   list cursor (newest first); occurred_at is when it happened (UTC, to the microsecond), the filter of
--   "since". actor_token is the id of the API token the actor presented, NULL for a caller without one
--   (the embedding program, the server's start-up); no foreign key, since a log line outlives anything.
-- * action is a wire name such as token.created; target names what was acted on (token 12, runbook
--   restart-pod); detail is at most 2,000 characters of names and filters, never a secret or exported data.

CREATE TABLE audit_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6)   NOT NULL,
    actor_name  VARCHAR(100)  NOT NULL,
    actor_token BIGINT        NULL,
    action      VARCHAR(32)   NOT NULL,
    target      VARCHAR(200)  NOT NULL,
    detail      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);

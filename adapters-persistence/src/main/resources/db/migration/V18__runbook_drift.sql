-- Runbook drift reviews (issue 7); portable subset (STYLE 2.9), as V13 and V16.
--
-- * runbook_drift: one row per runbook and task that followed it, proposed when the task closed DONE having
--   gone another way (status 'PENDING'), or recorded decided when a person decided a drift shown on demand.
--   A decision is made once: status becomes 'ACCEPTED' (accepted_version is the version it saved) or
--   'REJECTED' (reason optional), with decided_by and decided_at. based_on_version, summary and proposed_at
--   stay as proposed. Lengths follow the domain (DriftReview): summary 2,000, reason 500, decided_by 100.
--   Deleting a runbook deletes its reviews; no foreign key to task: a review outlives a deleted task.

CREATE TABLE runbook_drift (
    slug             VARCHAR(80)   NOT NULL,
    task_id          BIGINT        NOT NULL,
    based_on_version INT           NOT NULL,
    summary          VARCHAR(2000) NOT NULL,
    proposed_at      DATETIME(6)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    decided_by       VARCHAR(100)  NULL,
    decided_at       DATETIME(6)   NULL,
    reason           VARCHAR(500)  NULL,
    accepted_version INT           NULL,
    PRIMARY KEY (slug, task_id),
    CONSTRAINT runbook_drift_runbook_fk FOREIGN KEY (slug) REFERENCES runbook (slug) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

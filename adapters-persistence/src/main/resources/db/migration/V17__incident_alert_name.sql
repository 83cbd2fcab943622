-- An incident keeps the alertname label of the alert that started it (issue 7: runbooks are scoped by it); NULL when it had none.
ALTER TABLE alert_incident ADD COLUMN alert_name VARCHAR(256) NULL;

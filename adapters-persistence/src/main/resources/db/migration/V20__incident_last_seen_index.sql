-- Recent incidents (GET /api/v1/alerts/incidents?since=...) are found by when they were last seen.
CREATE INDEX alert_incident_seen_idx ON alert_incident (last_seen_at, id);

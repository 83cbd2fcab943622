-- A token may be limited to one client's data (issue 6): its billing code, NULL for every client.
ALTER TABLE api_token ADD COLUMN client_code VARCHAR(64) NULL;

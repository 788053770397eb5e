-- revision: e5a7c9d1f3b5
-- revises: d4f6b8c0e2a4
-- message: add last_login to agents
-- created: 2026-11-05T09:00:00Z

-- +upgrade
ALTER TABLE agents ADD COLUMN last_login TIMESTAMP;

-- +downgrade
ALTER TABLE agents DROP COLUMN last_login;

-- revision: b2d4f6a8c0e2
-- revises: a1c3e5f7b9d1
-- message: create tickets
-- created: 2026-11-02T09:00:00Z

-- +upgrade
CREATE TABLE tickets (
    id VARCHAR(45) NOT NULL PRIMARY KEY,
    subject VARCHAR(200) NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'open',   -- open, pending, closed
    priority INTEGER NOT NULL DEFAULT 3,
    department_id INTEGER REFERENCES departments (id),
    assigned_agent_id INTEGER REFERENCES agents (id),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX ix_tickets_status ON tickets (status);

-- +downgrade
DROP TABLE tickets;

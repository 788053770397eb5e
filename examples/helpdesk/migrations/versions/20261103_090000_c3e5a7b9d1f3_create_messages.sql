-- revision: c3e5a7b9d1f3
-- revises: b2d4f6a8c0e2
-- message: create messages
-- created: 2026-11-03T09:00:00Z

-- +upgrade
CREATE TABLE messages (
    id INTEGER NOT NULL PRIMARY KEY,
    ticket_id VARCHAR(45) NOT NULL REFERENCES tickets (id),
    author_agent_id INTEGER REFERENCES agents (id),
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX ix_messages_ticket ON messages (ticket_id, created_at);

-- +downgrade
DROP TABLE messages;

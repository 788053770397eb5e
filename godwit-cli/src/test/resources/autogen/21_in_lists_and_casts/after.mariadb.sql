CREATE TABLE tickets (
    id INTEGER NOT NULL PRIMARY KEY,
    status VARCHAR(20) NOT NULL,
    priority INTEGER NOT NULL,
    kind TEXT,
    CONSTRAINT tickets_status CHECK (status IN ('open', 'closed', 'pending')),
    CONSTRAINT tickets_priority CHECK (priority IN (1, 2, 3)),
    CONSTRAINT tickets_kind CHECK (kind NOT IN ('idea')),
    CONSTRAINT tickets_priority_cast CHECK (CAST(priority AS SIGNED) <> -1)
);
CREATE INDEX ix_tickets_pending ON tickets (priority, status);
CREATE VIEW open_tickets AS SELECT id, status FROM tickets;
CREATE VIEW urgent_tickets AS SELECT id FROM tickets WHERE status IN ('open', 'pending') AND CAST(priority AS SIGNED) IN (1, 2);

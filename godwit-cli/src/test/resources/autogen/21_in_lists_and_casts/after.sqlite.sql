CREATE TABLE tickets (
    id INTEGER NOT NULL PRIMARY KEY,
    status VARCHAR(20) NOT NULL CHECK (status IN ('open', 'closed', 'pending')),
    priority INTEGER NOT NULL CHECK (priority IN (1, 2, 3)),
    kind TEXT CHECK (CAST(kind AS TEXT) NOT IN ('idea')),
    CONSTRAINT tickets_status_cast CHECK (CAST(status AS VARCHAR(20)) <> 'x')
);
CREATE INDEX ix_tickets_pending ON tickets (priority) WHERE status IN ('open', 'pending');
CREATE VIEW open_tickets AS SELECT id, status FROM tickets;
CREATE VIEW urgent_tickets AS SELECT id FROM tickets WHERE status IN ('open', 'pending') AND CAST(priority AS INTEGER) IN (1, 2);

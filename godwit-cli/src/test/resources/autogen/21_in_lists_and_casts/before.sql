CREATE TABLE tickets (
    id INTEGER NOT NULL PRIMARY KEY,
    status VARCHAR(20) NOT NULL,
    priority INTEGER NOT NULL,
    kind TEXT
);
CREATE VIEW open_tickets AS SELECT id, status FROM tickets;

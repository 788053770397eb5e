CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    department_id INTEGER,
    subject VARCHAR(100),
    priority TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ix_tickets_subject ON tickets (subject);
CREATE VIEW ticket_subjects AS SELECT id, subject FROM tickets;

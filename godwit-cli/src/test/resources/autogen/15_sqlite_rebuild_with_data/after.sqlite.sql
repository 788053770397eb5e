CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    department_id INTEGER REFERENCES departments (id) ON DELETE CASCADE,
    subject VARCHAR(200) NOT NULL COLLATE NOCASE,
    priority INTEGER CHECK (priority BETWEEN 1 AND 5),
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ix_tickets_subject ON tickets (subject);
CREATE INDEX ix_tickets_department ON tickets (department_id);
CREATE VIEW ticket_subjects AS SELECT id, subject FROM tickets;

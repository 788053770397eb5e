CREATE TABLE tickets (
    id INTEGER NOT NULL PRIMARY KEY,
    subject VARCHAR(200) NOT NULL,
    priority INTEGER NOT NULL
);
CREATE VIEW urgent_tickets AS SELECT id, subject, priority FROM tickets WHERE priority >= 5;
CREATE VIEW urgent_count AS SELECT COUNT(*) AS n FROM urgent_tickets;
CREATE VIEW all_subjects AS SELECT subject FROM tickets;
CREATE VIEW low_tickets AS SELECT id FROM tickets WHERE priority <= 1;

CREATE TABLE tickets (
    id INTEGER NOT NULL PRIMARY KEY,
    status VARCHAR(20) NOT NULL CHECK (status IN ('open', 'closed', 'pending')),
    priority INTEGER NOT NULL CHECK (priority IN (1, 2, 3)),
    kind TEXT CHECK (kind = ANY (ARRAY['bug', 'task'])),
    CONSTRAINT tickets_status_cast CHECK (status::text <> 'x'::varchar),
    CONSTRAINT tickets_kind_array CHECK (kind = ANY ('{bug,task,idea}'::text[]))
);
CREATE INDEX ix_tickets_pending ON tickets (priority) WHERE status IN ('open', 'pending');
CREATE INDEX ix_tickets_kind ON tickets ((kind::varchar(10))) WHERE kind NOT IN ('idea');
CREATE VIEW open_tickets AS SELECT id, status FROM tickets;
CREATE VIEW urgent_tickets AS SELECT id FROM tickets WHERE status IN ('open', 'pending') AND priority = ANY (ARRAY[1, 2]);

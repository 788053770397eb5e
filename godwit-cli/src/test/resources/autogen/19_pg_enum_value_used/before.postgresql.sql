CREATE TYPE ticket_status AS ENUM ('open', 'closed');
CREATE TABLE tickets (
    id INTEGER NOT NULL PRIMARY KEY,
    status ticket_status NOT NULL DEFAULT 'open'
);

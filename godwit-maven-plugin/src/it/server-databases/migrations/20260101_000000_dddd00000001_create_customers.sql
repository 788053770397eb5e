-- revision: dddd00000001
-- revises:
-- message: create customers
-- created: 2026-01-01T00:00:00Z

-- +upgrade
CREATE TABLE customers (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

-- +downgrade
DROP TABLE customers;

-- revision: aaaa00000001
-- revises:
-- message: create customers
-- created: 2026-01-01T00:00:00Z

-- +upgrade
CREATE TABLE customers (
    id INTEGER NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    email_normalized VARCHAR(200)
);
INSERT INTO customers (id, email) VALUES (1, ' Ada@Example.COM'), (2, 'grace@example.com '), (3, 'LINUS@EXAMPLE.ORG');

-- +downgrade
DROP TABLE customers;

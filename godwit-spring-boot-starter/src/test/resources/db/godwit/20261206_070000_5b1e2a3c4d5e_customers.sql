-- revision: 5b1e2a3c4d5e
-- revises:
-- message: customers
-- created: 2026-12-06T07:00:00Z

-- +upgrade
CREATE TABLE customers (
    id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
);

-- +downgrade
DROP TABLE customers;

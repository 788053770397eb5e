-- revision: bbbb00000002
-- revises: aaaa00000001
-- message: create orders
-- created: 2026-01-02T00:00:00Z

-- +upgrade
CREATE TABLE orders (
    id INTEGER NOT NULL PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id)
);

-- +downgrade
DROP TABLE orders;

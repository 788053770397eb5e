-- revision: s2
-- revises: s1
-- message: create orders

-- +upgrade
CREATE TABLE junit_orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    total_cents INTEGER NOT NULL
);
CREATE INDEX ix_junit_orders_customer ON junit_orders (customer_id);

-- +downgrade
DROP TABLE junit_orders;

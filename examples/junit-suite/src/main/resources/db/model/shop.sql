-- The shop's schema as it should be at head.
CREATE TABLE junit_customers (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(200),
    email_lower VARCHAR(200)
);

CREATE TABLE junit_orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    total_cents INTEGER NOT NULL
);
CREATE INDEX ix_junit_orders_customer ON junit_orders (customer_id);

-- revision: 5a1e0c2d3b4f
-- revises:
-- message: create shop
-- created: 2026-12-01T09:00:00Z

-- +upgrade
CREATE TABLE customers (
    id bigint NOT NULL,
    name varchar(100) NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE products (
    id bigint NOT NULL,
    price_cents INTEGER NOT NULL,
    title varchar(200) NOT NULL,
    PRIMARY KEY (id)
);

-- +downgrade
DROP TABLE products;
DROP TABLE customers;

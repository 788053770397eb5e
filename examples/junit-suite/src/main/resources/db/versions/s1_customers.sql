-- revision: s1
-- message: create customers

-- +upgrade
CREATE TABLE junit_customers (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(200)
);

-- +downgrade
DROP TABLE junit_customers;

CREATE TABLE items (
    id INTEGER NOT NULL PRIMARY KEY,
    price INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    total INTEGER AS (price * quantity) STORED
);

-- MariaDB keeps a column's own CHECK as a column-level check named after the column (SHOW CREATE
-- TABLE prints it in the column); a named table CHECK stays a table element.
CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    status VARCHAR(20) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid')),
    qty INT NOT NULL,
    note VARCHAR(50) CHECK (note <> ''),
    code VARCHAR(10) CHECK (code <> 'x'),
    price INT NOT NULL,
    CONSTRAINT price_positive CHECK (price > 0)
);

-- status: the check changes; kind: a new column with its check, between two others; qty: gains a
-- check; note: loses its check; code: a wider type, its check unchanged (MODIFY COLUMN must restate it).
CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    status VARCHAR(20) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'sent')),
    kind INT NOT NULL DEFAULT 1 CHECK (kind BETWEEN 1 AND 3),
    qty INT NOT NULL CHECK (qty >= 0),
    note VARCHAR(50),
    code VARCHAR(20) CHECK (code <> 'x'),
    price INT NOT NULL,
    CONSTRAINT price_positive CHECK (price > 0)
);

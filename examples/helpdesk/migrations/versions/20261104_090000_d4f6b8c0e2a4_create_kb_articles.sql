-- revision: d4f6b8c0e2a4
-- revises: c3e5a7b9d1f3
-- message: create knowledge-base articles
-- created: 2026-11-04T09:00:00Z

-- +upgrade
CREATE TABLE kb_articles (
    id INTEGER NOT NULL PRIMARY KEY,
    department_id INTEGER REFERENCES departments (id),
    title VARCHAR(200) NOT NULL,
    body TEXT NOT NULL,
    published BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Seed one article so a new help desk is not empty; it says 'hello; world' to show that a
-- semicolon inside a string does not end the statement.
INSERT INTO kb_articles (id, title, body, published) VALUES (1, 'Welcome', 'hello; world', TRUE);

-- +downgrade
DROP TABLE kb_articles;

-- revision: cccc00000003
-- revises: bbbb00000002
-- message: add notes
-- created: 2026-01-03T00:00:00Z

-- +upgrade
CREATE TABLE notes (
    id INTEGER NOT NULL PRIMARY KEY,
    body TEXT NOT NULL
);
CREATE INDEX ix_notes_body ON notes (body);

-- +downgrade
-- Wrong on purpose: the table stays behind.
DROP INDEX ix_notes_body;

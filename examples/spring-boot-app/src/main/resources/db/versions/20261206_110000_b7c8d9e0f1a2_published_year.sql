-- revision: b7c8d9e0f1a2
-- revises: a1b2c3d4e5f6
-- message: published year
-- created: 2026-12-06T11:00:00Z

-- +upgrade
ALTER TABLE books ADD COLUMN published_year INTEGER;

-- +downgrade
ALTER TABLE books DROP COLUMN published_year;

-- revision: c4d5e6f7a8b9
-- revises: b7c8d9e0f1a2
-- message: sort title
-- created: 2026-12-06T12:00:00Z

-- The column the shelf is ordered by; the Java revision d0e1f2a3b4c5 (BackfillSortTitles) fills it
-- for the books already on the shelf, with the application's own SortTitles.

-- +upgrade
ALTER TABLE books ADD COLUMN sort_title VARCHAR(300);

-- +downgrade
ALTER TABLE books DROP COLUMN sort_title;

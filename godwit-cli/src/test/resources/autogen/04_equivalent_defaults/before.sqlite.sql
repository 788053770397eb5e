CREATE TABLE events (
    id INTEGER NOT NULL PRIMARY KEY,
    happened_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    attempts INTEGER NOT NULL DEFAULT '0',
    ratio REAL DEFAULT (1.5),
    code VARCHAR(10) DEFAULT 'A'
);
CREATE INDEX ix_events_code ON events (code);

CREATE TABLE events (
    id INTEGER NOT NULL PRIMARY KEY,
    happened_at TIMESTAMP NOT NULL DEFAULT now(),
    updated_at DATETIME DEFAULT current_timestamp() ON UPDATE current_timestamp(),
    attempts INTEGER NOT NULL DEFAULT '0',
    ratio DECIMAL(5, 2) DEFAULT 1.50,
    flag BOOLEAN NOT NULL DEFAULT FALSE,
    code VARCHAR(10) DEFAULT 'A'
) ENGINE=InnoDB;
CREATE INDEX ix_events_code ON events (code);

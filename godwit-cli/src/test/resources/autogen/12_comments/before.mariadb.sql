CREATE TABLE tickets (id INTEGER PRIMARY KEY, subject TEXT NOT NULL) COMMENT 'Customer requests';

CREATE TABLE tickets (id INTEGER PRIMARY KEY, subject TEXT NOT NULL);
COMMENT ON TABLE tickets IS 'Customer requests';

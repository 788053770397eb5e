CREATE TABLE tickets (id INTEGER PRIMARY KEY, subject TEXT NOT NULL);
COMMENT ON TABLE tickets IS 'Customer requests, one per problem';
COMMENT ON COLUMN tickets.subject IS 'What the customer wrote in the title';

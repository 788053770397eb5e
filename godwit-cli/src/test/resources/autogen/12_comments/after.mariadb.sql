CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL COMMENT 'What the customer wrote in the title'
) COMMENT 'Customer requests, one per problem';

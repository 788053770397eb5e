CREATE TABLE events (
    id INT NOT NULL PRIMARY KEY,
    created TIMESTAMP NOT NULL DEFAULT current_timestamp(),
    total BIGINT NOT NULL DEFAULT '0',
    code VARCHAR(5) DEFAULT NULL,
    state VARCHAR(10) DEFAULT 'new'
);

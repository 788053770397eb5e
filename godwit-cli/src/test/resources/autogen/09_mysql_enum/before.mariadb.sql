CREATE TABLE tickets (
    id INTEGER NOT NULL PRIMARY KEY,
    status ENUM('open', 'closed') NOT NULL DEFAULT 'open',
    tags SET('bug', 'feature') DEFAULT NULL
);

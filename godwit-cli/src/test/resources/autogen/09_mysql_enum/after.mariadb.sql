CREATE TABLE tickets (
    id INTEGER NOT NULL PRIMARY KEY,
    status ENUM('open', 'pending', 'closed') NOT NULL DEFAULT 'open',
    tags SET('bug', 'feature', 'question') DEFAULT NULL
);

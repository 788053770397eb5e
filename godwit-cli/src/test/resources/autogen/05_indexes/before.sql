CREATE TABLE agents (
    id INTEGER NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    name VARCHAR(100) NOT NULL,
    team VARCHAR(50),
    closed_at TIMESTAMP NULL
);
CREATE INDEX ix_agents_name ON agents (name);
CREATE INDEX ix_agents_team ON agents (team);
CREATE INDEX ix_agents_old ON agents (closed_at);

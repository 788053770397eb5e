CREATE TABLE agents (
    id INTEGER NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    name VARCHAR(100) NOT NULL,
    team VARCHAR(50),
    closed_at TIMESTAMP NULL
);
CREATE INDEX ix_agents_name ON agents (name, team);
CREATE UNIQUE INDEX ux_agents_email ON agents (lower(email));
CREATE INDEX ix_agents_team ON agents (team DESC);
CREATE INDEX ix_agents_open ON agents (name) WHERE closed_at IS NULL;
CREATE INDEX ix_agents_email_trgm ON agents USING hash (email);

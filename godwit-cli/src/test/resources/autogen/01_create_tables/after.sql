CREATE TABLE departments (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE agents (
    id INTEGER NOT NULL PRIMARY KEY,
    department_id INTEGER NOT NULL,
    email VARCHAR(200) NOT NULL,
    display_name VARCHAR(100),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_agents_department FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE
);
CREATE INDEX ix_agents_department ON agents (department_id);
CREATE UNIQUE INDEX ux_agents_email ON agents (email);

CREATE TABLE tickets (
    id INTEGER NOT NULL PRIMARY KEY,
    agent_id INTEGER,
    subject VARCHAR(200) NOT NULL,
    body TEXT,
    priority INTEGER NOT NULL DEFAULT 3,
    opened_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_tickets_agent FOREIGN KEY (agent_id) REFERENCES agents (id) ON DELETE SET NULL
);
CREATE INDEX ix_tickets_agent_opened ON tickets (agent_id, opened_at DESC);

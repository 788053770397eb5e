-- revision: a1c3e5f7b9d1
-- revises:
-- message: create departments and agents
-- created: 2026-11-01T09:00:00Z

-- +upgrade
CREATE TABLE departments (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE agents (
    id INTEGER NOT NULL PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments (id),
    email VARCHAR(255) NOT NULL UNIQUE,
    display_name VARCHAR(100) NOT NULL,
    level INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX ix_agents_department ON agents (department_id);

-- +downgrade
DROP TABLE agents;
DROP TABLE departments;

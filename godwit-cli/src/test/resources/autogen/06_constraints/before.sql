CREATE TABLE departments (
    id INTEGER NOT NULL PRIMARY KEY,
    code VARCHAR(10) NOT NULL,
    name VARCHAR(100) NOT NULL
);
CREATE TABLE agents (
    id INTEGER NOT NULL PRIMARY KEY,
    department_id INTEGER,
    manager_id INTEGER,
    level INTEGER NOT NULL,
    CONSTRAINT ck_agents_level CHECK (level > 0),
    CONSTRAINT fk_agents_department FOREIGN KEY (department_id) REFERENCES departments (id)
);
CREATE TABLE skills (
    agent_id INTEGER NOT NULL,
    skill VARCHAR(50) NOT NULL,
    PRIMARY KEY (agent_id)
);

CREATE TABLE departments (
    id INTEGER NOT NULL PRIMARY KEY,
    code VARCHAR(10) NOT NULL,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT uq_departments_code UNIQUE (code)
);
CREATE TABLE agents (
    id INTEGER NOT NULL PRIMARY KEY,
    department_id INTEGER,
    manager_id INTEGER,
    level INTEGER NOT NULL,
    CONSTRAINT ck_agents_level_range CHECK (level BETWEEN 1 AND 10),
    CONSTRAINT fk_agents_department FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE,
    CONSTRAINT fk_agents_manager FOREIGN KEY (manager_id) REFERENCES agents (id)
);
CREATE TABLE skills (
    agent_id INTEGER NOT NULL,
    skill VARCHAR(50) NOT NULL,
    PRIMARY KEY (agent_id, skill)
);

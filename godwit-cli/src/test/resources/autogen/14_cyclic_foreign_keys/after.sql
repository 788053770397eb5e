CREATE TABLE settings (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE departments (
    id INTEGER NOT NULL PRIMARY KEY,
    head_agent_id INTEGER,
    CONSTRAINT fk_departments_head FOREIGN KEY (head_agent_id) REFERENCES agents (id)
);
CREATE TABLE agents (
    id INTEGER NOT NULL PRIMARY KEY,
    department_id INTEGER,
    mentor_id INTEGER,
    CONSTRAINT fk_agents_department FOREIGN KEY (department_id) REFERENCES departments (id),
    CONSTRAINT fk_agents_mentor FOREIGN KEY (mentor_id) REFERENCES agents (id)
);

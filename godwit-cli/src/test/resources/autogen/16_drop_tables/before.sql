CREATE TABLE departments (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE agents (
    id INTEGER NOT NULL PRIMARY KEY,
    department_id INTEGER,
    CONSTRAINT fk_agents_department FOREIGN KEY (department_id) REFERENCES departments (id)
);
CREATE TABLE audit (id INTEGER NOT NULL PRIMARY KEY, agent_id INTEGER NOT NULL,
    CONSTRAINT fk_audit_agent FOREIGN KEY (agent_id) REFERENCES agents (id));

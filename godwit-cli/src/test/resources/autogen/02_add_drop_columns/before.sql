CREATE TABLE departments (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
CREATE TABLE agents (
    id INTEGER NOT NULL PRIMARY KEY,
    department_id INTEGER NOT NULL,
    email VARCHAR(200) NOT NULL,
    legacy_code VARCHAR(20),
    CONSTRAINT fk_agents_department FOREIGN KEY (department_id) REFERENCES departments (id)
);

CREATE TABLE departments (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    floor INTEGER
);
CREATE TABLE agents (
    id INTEGER NOT NULL PRIMARY KEY,
    department_id INTEGER NOT NULL,
    email VARCHAR(200) NOT NULL,
    phone VARCHAR(30),
    status VARCHAR(10) NOT NULL DEFAULT 'active',
    CONSTRAINT fk_agents_department FOREIGN KEY (department_id) REFERENCES departments (id)
);

INSERT INTO departments (id, code, name) VALUES (1, 'SUP', 'Support'), (2, 'BIL', 'Billing');
INSERT INTO agents (id, department_id, manager_id, level) VALUES (1, 1, NULL, 5), (2, 1, 1, 2), (3, 2, 1, 3);
INSERT INTO skills (agent_id, skill) VALUES (1, 'sql'), (2, 'java');

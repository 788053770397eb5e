INSERT INTO departments (id, name) VALUES (1, 'Support'), (2, 'Billing');
INSERT INTO agents (id, department_id, email, legacy_code) VALUES (10, 1, 'ada@example.com', 'A1'), (11, 2, 'bob@example.com', NULL);

INSERT INTO departments (id, name) VALUES (1, 'Support');
INSERT INTO tickets (department_id, subject, priority) VALUES (1, 'Printer on fire', '5'), (1, 'Password reset', '2'), (NULL, 'Hello', '1');

INSERT INTO tickets (id, status, priority, kind) VALUES (1, 'open', 1, 'bug');
INSERT INTO tickets (id, status, priority, kind) VALUES (2, 'closed', 3, 'task')

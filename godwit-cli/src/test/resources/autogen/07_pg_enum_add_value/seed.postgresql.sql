INSERT INTO tickets (id, status) VALUES (1, 'open'), (2, 'closed');

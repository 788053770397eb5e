INSERT INTO tickets (id, status, history) VALUES (1, 'open', '{new,open}'), (2, 'closed', NULL);

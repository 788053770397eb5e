INSERT INTO tickets (id, subject, priority) VALUES (1, 'a', 5), (2, 'b', 4), (3, 'c', 1);

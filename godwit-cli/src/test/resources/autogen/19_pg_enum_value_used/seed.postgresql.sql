INSERT INTO tickets (id) VALUES (1);

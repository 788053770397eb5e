INSERT INTO events (id) VALUES (1)

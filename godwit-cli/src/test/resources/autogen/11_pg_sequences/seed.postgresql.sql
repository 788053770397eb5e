INSERT INTO tickets (subject) VALUES ('a'), ('b');
INSERT INTO agents (name) VALUES ('ada');

INSERT INTO agents (id, email, name, team) VALUES (1, 'ada@example.com', 'Ada', 'red'), (2, 'bob@example.com', 'Bob', NULL);

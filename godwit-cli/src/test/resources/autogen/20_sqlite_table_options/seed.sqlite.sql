INSERT INTO settings (name, value) VALUES ('theme', 'dark'), ('lang', 'en');
INSERT INTO counters (id, hits) VALUES (1, 5);

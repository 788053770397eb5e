INSERT INTO packed (id, body) VALUES (1, 'compressed row'), (2, 'another');
INSERT INTO plain (id, note) VALUES (1, 'plain row');

INSERT INTO orders (id, status, qty, note, code, price) VALUES (1, 'paid', 2, 'hi', 'a', 5);
INSERT INTO orders (id, status, qty, note, code, price) VALUES (2, 'new', 0, NULL, NULL, 7);

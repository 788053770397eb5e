INSERT INTO items (id, price, quantity) VALUES (1, 3, 4), (2, 5, 1);

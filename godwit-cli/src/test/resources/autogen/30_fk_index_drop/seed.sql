INSERT INTO parent (id) VALUES (1);
INSERT INTO child (id, pid) VALUES (10, 1);

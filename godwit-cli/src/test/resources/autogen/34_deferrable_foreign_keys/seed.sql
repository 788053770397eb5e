INSERT INTO parent (id) VALUES (1);
INSERT INTO child (id, pid, qid) VALUES (10, 1, 1);

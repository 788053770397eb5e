INSERT INTO Counters (Counter, Value) VALUES ('a', 1);
INSERT INTO Counters (Counter, Value) VALUES ('b', 2)

SELECT Counter, Value FROM Counters ORDER BY Counter

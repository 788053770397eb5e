CREATE TABLE Counters (
    Counter TINYBLOB NOT NULL,
    Value INT NOT NULL DEFAULT 0,
    PRIMARY KEY (Counter(64))
);

CREATE TABLE Counters (
    Counter TINYBLOB NOT NULL,
    Value INT NOT NULL DEFAULT 0,
    PRIMARY KEY (Counter(128))
);
CREATE TABLE Names (
    Name TEXT NOT NULL,
    Kind VARCHAR(200) NOT NULL,
    PRIMARY KEY (Kind(20), Name(100)),
    UNIQUE KEY ux_names_name (Name(50))
);

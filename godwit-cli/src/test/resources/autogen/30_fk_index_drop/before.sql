CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE child (
    id INTEGER NOT NULL PRIMARY KEY,
    pid INTEGER,
    CONSTRAINT child_parent FOREIGN KEY (pid) REFERENCES parent (id)
);
CREATE INDEX child_pid ON child (pid);

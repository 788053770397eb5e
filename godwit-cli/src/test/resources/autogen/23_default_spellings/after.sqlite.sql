CREATE TABLE events (
    id INTEGER NOT NULL PRIMARY KEY,
    attempts INTEGER NOT NULL DEFAULT '0',
    note TEXT DEFAULT NULL,
    anything BLOB DEFAULT 0,
    number BLOB DEFAULT '0',
    created TEXT DEFAULT (datetime('now')),
    delta INTEGER DEFAULT (-1),
    label TEXT DEFAULT 0,
    extra INTEGER DEFAULT '5',
    other TEXT DEFAULT NULL
);

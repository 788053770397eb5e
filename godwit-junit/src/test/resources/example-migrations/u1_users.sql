-- revision: u1
-- message: create users

-- +upgrade
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL);

-- +downgrade
DROP TABLE users;

-- revision: u2
-- revises: u1
-- message: lower-case e-mails

-- +upgrade
UPDATE users SET email = lower(email);
CREATE UNIQUE INDEX ux_users_email ON users (email);

-- +downgrade
DROP INDEX ux_users_email;

-- revision: s3
-- revises: s2
-- message: backfill normalised e-mails

-- +upgrade
ALTER TABLE junit_customers ADD COLUMN email_lower VARCHAR(200);
UPDATE junit_customers SET email_lower = lower(trim(email));

-- +downgrade
ALTER TABLE junit_customers DROP COLUMN email_lower;

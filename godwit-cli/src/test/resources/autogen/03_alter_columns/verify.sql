SELECT id, subject, priority, note FROM tickets ORDER BY id

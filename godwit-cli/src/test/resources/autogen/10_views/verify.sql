SELECT id, subject, priority FROM tickets ORDER BY id

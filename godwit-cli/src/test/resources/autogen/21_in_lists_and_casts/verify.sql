SELECT id, status, priority, kind FROM tickets ORDER BY id

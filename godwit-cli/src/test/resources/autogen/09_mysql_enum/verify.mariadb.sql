SELECT id, status, tags FROM tickets ORDER BY id

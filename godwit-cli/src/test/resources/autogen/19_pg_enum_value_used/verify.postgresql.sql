SELECT id FROM tickets ORDER BY id

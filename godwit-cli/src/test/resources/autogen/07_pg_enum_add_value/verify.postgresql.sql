SELECT id, status::text FROM tickets ORDER BY id

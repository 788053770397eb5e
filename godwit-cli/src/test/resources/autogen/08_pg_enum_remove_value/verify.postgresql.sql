SELECT id, status::text, history::text FROM tickets ORDER BY id

SELECT id, body FROM notes ORDER BY id

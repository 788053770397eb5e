SELECT id, email, name, team FROM agents ORDER BY id

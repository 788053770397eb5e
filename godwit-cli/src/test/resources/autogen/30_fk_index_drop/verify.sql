SELECT id, pid FROM child ORDER BY id

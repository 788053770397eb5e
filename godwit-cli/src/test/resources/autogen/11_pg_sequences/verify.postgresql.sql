SELECT t.id, t.number, t.subject FROM tickets t ORDER BY t.id

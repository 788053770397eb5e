SELECT p.id, p.body, q.note FROM packed p LEFT JOIN plain q ON q.id = p.id ORDER BY p.id

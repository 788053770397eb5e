SELECT t.id, t.department_id, t.subject, t.priority, v.subject FROM tickets t JOIN ticket_subjects v ON v.id = t.id ORDER BY t.id

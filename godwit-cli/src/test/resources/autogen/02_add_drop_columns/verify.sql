SELECT a.id, a.email, d.name FROM agents a JOIN departments d ON d.id = a.department_id ORDER BY a.id

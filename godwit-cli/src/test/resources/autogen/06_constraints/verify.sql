SELECT a.id, a.department_id, a.manager_id, a.level, s.skill FROM agents a LEFT JOIN skills s ON s.agent_id = a.id ORDER BY a.id

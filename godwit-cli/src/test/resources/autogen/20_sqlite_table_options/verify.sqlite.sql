SELECT s.name, s.value, c.hits FROM settings s, counters c ORDER BY s.name

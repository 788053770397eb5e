SELECT id, status, qty, note, code, price FROM orders ORDER BY id

SELECT id, price, quantity FROM items ORDER BY id

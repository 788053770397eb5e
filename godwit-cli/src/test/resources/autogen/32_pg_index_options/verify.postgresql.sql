SELECT id, slug, title, owner FROM docs ORDER BY id

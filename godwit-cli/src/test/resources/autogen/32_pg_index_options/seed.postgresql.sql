INSERT INTO docs (id, slug, title, owner) VALUES (1, 'a', 'A', 'me');

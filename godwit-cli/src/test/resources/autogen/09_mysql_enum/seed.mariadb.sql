INSERT INTO tickets (id, status, tags) VALUES (1, 'open', 'bug'), (2, 'closed', 'bug,feature');

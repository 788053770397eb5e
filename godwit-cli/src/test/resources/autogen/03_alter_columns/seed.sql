INSERT INTO tickets (id, subject, note, score) VALUES (1, 'Printer on fire', 'urgent', 12.5), (2, 'Password reset', 'n/a', NULL);

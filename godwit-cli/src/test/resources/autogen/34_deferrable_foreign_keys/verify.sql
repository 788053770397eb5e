SELECT id, pid, qid FROM child ORDER BY id

package com.example.db.revisions;

import dev.godwit.api.JavaRevision;
import dev.godwit.api.RevisionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Fills email_normalized two rows at a time, in the revision's transaction. */
public class BackfillEmails implements JavaRevision {
    @Override
    public String id() {
        return "bbbb00000002";
    }

    @Override
    public List<String> revises() {
        return List.of("aaaa00000001");
    }

    @Override
    public String message() {
        return "backfill normalized emails";
    }

    @Override
    public void upgrade(RevisionContext ctx) throws Exception {
        ctx.inBatches("SELECT id, email FROM customers WHERE id > ? ORDER BY id", 0, 2, rows -> {
            List<List<Object>> updates = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                updates.add(List.of(((String) row.get("email")).strip().toLowerCase(Locale.ROOT), row.get("id")));
            }
            ctx.executeBatch("UPDATE customers SET email_normalized = ? WHERE id = ?", updates);
        });
    }

    @Override
    public void downgrade(RevisionContext ctx) throws Exception {
        ctx.execute("UPDATE customers SET email_normalized = NULL");
    }
}

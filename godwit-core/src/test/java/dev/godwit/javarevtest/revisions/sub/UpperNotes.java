package dev.godwit.javarevtest.revisions.sub;

import dev.godwit.api.JavaRevision;
import dev.godwit.api.RevisionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** In a sub-package of the scanned one: upper-cases the notes two at a time, recording the batches. */
public class UpperNotes implements JavaRevision {
    @Override
    public String id() {
        return "n2";
    }

    @Override
    public List<String> revises() {
        return List.of("n1");
    }

    @Override
    public String message() {
        return "upper-case notes";
    }

    @Override
    public void upgrade(RevisionContext ctx) throws Exception {
        ctx.execute("CREATE TABLE note_batches (n INTEGER NOT NULL, first_id INTEGER NOT NULL, size INTEGER NOT NULL)");
        int[] batch = {0};
        long handled = ctx.inBatches("SELECT id, body FROM notes WHERE id > ? ORDER BY id", 0, 2, rows -> {
            List<List<Object>> updates = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                updates.add(List.of(((String) row.get("BODY")).toUpperCase(Locale.ROOT), row.get("Id")));
            }
            ctx.executeBatch("UPDATE notes SET body = ? WHERE id = ?", updates);
            ctx.execute("INSERT INTO note_batches (n, first_id, size) VALUES (?, ?, ?)", ++batch[0],
                    rows.get(0).get("id"), rows.size());
        });
        ctx.execute("INSERT INTO note_batches (n, first_id, size) VALUES (?, ?, ?)", 0, 0, (int) handled);
    }

    @Override
    public void downgrade(RevisionContext ctx) throws Exception {
        ctx.execute("DROP TABLE note_batches");
        for (Map<String, Object> row : ctx.query("SELECT id, body FROM notes")) {
            ctx.execute("UPDATE notes SET body = ? WHERE id = ?", ((String) row.get("body")).toLowerCase(Locale.ROOT),
                    row.get("id"));
        }
    }
}

package dev.godwit.javarevtest;

import dev.godwit.api.JavaRevision;
import dev.godwit.api.RevisionContext;
import java.util.List;

/** Given as an object: records the dialect and how many notes there are. */
public class CountNotes implements JavaRevision {
    @Override
    public String id() {
        return "n3";
    }

    @Override
    public List<String> revises() {
        return List.of("n2");
    }

    @Override
    public String message() {
        return "count notes";
    }

    @Override
    public void upgrade(RevisionContext ctx) throws Exception {
        Object count = ctx.query("SELECT COUNT(*) AS c FROM notes").get(0).get("c");
        ctx.execute("CREATE TABLE note_count (dialect VARCHAR(20) NOT NULL, n INTEGER NOT NULL)");
        ctx.execute("INSERT INTO note_count (dialect, n) VALUES (?, ?)", ctx.dialect(), ((Number) count).intValue());
    }

    @Override
    public void downgrade(RevisionContext ctx) throws Exception {
        ctx.execute("DROP TABLE note_count");
    }
}

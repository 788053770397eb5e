package dev.godwit.javarevtest.revisions;

import dev.godwit.api.JavaRevision;
import dev.godwit.api.RevisionContext;
import java.util.List;

/** Found by scanning this package: fills the notes table of the SQL revision before it. */
public class AddNotes implements JavaRevision {
    @Override
    public String id() {
        return "n1";
    }

    @Override
    public List<String> revises() {
        return List.of("s0");
    }

    @Override
    public String message() {
        return "add notes";
    }

    @Override
    public void upgrade(RevisionContext ctx) throws Exception {
        ctx.executeBatch("INSERT INTO notes (id, body) VALUES (?, ?)",
                List.of(List.of(1, "alpha"), List.of(2, "beta"), List.of(3, "gamma"), List.of(4, "delta"),
                        List.of(5, "epsilon")));
    }

    @Override
    public void downgrade(RevisionContext ctx) throws Exception {
        ctx.execute("DELETE FROM notes");
    }
}

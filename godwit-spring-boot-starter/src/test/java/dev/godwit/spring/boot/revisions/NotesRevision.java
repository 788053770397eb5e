package dev.godwit.spring.boot.revisions;

import dev.godwit.api.JavaRevision;
import dev.godwit.api.RevisionContext;
import java.util.List;

/** A Java revision that is no bean: found in {@code godwit.java-revision-packages} and made by its no-argument constructor. */
public class NotesRevision implements JavaRevision {
    public static final String ID = "e5000000000e";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> revises() {
        return List.of("5b1e2a3c4d5e");
    }

    @Override
    public String message() {
        return "notes from a package";
    }

    @Override
    public void upgrade(RevisionContext ctx) throws Exception {
        ctx.execute("CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(100) NOT NULL)");
        ctx.execute("INSERT INTO notes (id, body) VALUES (?, ?)", 1, "written by " + ctx.dialect());
    }

    @Override
    public void downgrade(RevisionContext ctx) throws Exception {
        ctx.execute("DROP TABLE notes");
    }
}

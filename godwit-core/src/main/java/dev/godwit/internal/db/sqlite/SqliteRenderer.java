package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.render.RenderedStatement;
import dev.godwit.internal.render.Renderer;
import dev.godwit.internal.diff.ChangeSet;
import java.util.List;

/** SQLite 3.45 and later: see {@link SqliteScript} and {@link TableRebuild}. */
final class SqliteRenderer implements Renderer {

    @Override
    public List<RenderedStatement> render(ChangeSet changes) {
        return new SqliteScript(changes).build();
    }
}

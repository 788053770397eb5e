package dev.godwit.internal.db.postgres;

import dev.godwit.internal.render.RenderedStatement;
import dev.godwit.internal.render.Renderer;
import dev.godwit.internal.diff.ChangeSet;
import java.util.List;

/** PostgreSQL: see {@link PostgresScript}. */
final class PostgresRenderer implements Renderer {

    @Override
    public List<RenderedStatement> render(ChangeSet changes) {
        return new PostgresScript(changes).build();
    }
}

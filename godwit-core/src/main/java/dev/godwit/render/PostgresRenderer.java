package dev.godwit.render;

import dev.godwit.diff.ChangeSet;
import java.util.List;

/** PostgreSQL: see {@link PostgresScript}. */
final class PostgresRenderer implements Renderer {

    @Override
    public List<RenderedStatement> render(ChangeSet changes) {
        return new PostgresScript(changes).build();
    }
}

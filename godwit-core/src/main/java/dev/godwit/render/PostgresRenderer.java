package dev.godwit.render;

import dev.godwit.diff.ChangeSet;
import java.util.List;

final class PostgresRenderer implements Renderer {

    @Override
    public List<RenderedStatement> render(ChangeSet changes) {
        throw new UnsupportedOperationException("being written");
    }
}

package dev.godwit.internal.db.mysql;

import dev.godwit.internal.render.RenderedStatement;
import dev.godwit.internal.render.Renderer;
import dev.godwit.internal.diff.ChangeSet;
import java.util.List;

/** MySQL and MariaDB: see {@link MysqlScript}. */
final class MysqlRenderer implements Renderer {

    @Override
    public List<RenderedStatement> render(ChangeSet changes) {
        return new MysqlScript(changes).build();
    }
}

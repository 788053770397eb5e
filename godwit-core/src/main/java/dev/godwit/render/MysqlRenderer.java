package dev.godwit.render;

import dev.godwit.diff.ChangeSet;
import java.util.List;

/** MySQL and MariaDB: see {@link MysqlScript}. */
final class MysqlRenderer implements Renderer {

    @Override
    public List<RenderedStatement> render(ChangeSet changes) {
        return new MysqlScript(changes).build();
    }
}

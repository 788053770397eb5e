package dev.godwit.internal.render;

import dev.godwit.internal.diff.ChangeSet;
import java.util.List;

/**
 * Turns a {@link ChangeSet} into SQL statements for one dialect, in the change set's order.
 * SQLite, which cannot alter most things in place, renders those changes as a table rebuild.
 */
public interface Renderer {

    List<RenderedStatement> render(ChangeSet changes);
}

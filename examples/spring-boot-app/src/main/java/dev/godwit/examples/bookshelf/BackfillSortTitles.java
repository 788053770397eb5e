package dev.godwit.examples.bookshelf;

import dev.godwit.api.JavaRevision;
import dev.godwit.api.RevisionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A Java revision: fills {@code books.sort_title} (added by revision c4d5e6f7a8b9) for the books
 * already on the shelf, 500 at a time, with the application's {@link SortTitles}. It is a bean, so
 * godwit-spring-boot-starter runs it in the revision graph at start-up, in the revision's transaction
 * (PostgreSQL, SQLite). It takes a plain service, not a repository: JPA starts after the upgrade.
 */
@Component
public class BackfillSortTitles implements JavaRevision {
    private final SortTitles sortTitles;

    public BackfillSortTitles(SortTitles sortTitles) {
        this.sortTitles = sortTitles;
    }

    @Override
    public String id() {
        return "d0e1f2a3b4c5";
    }

    @Override
    public List<String> revises() {
        return List.of("c4d5e6f7a8b9");
    }

    @Override
    public String message() {
        return "backfill sort titles";
    }

    @Override
    public void upgrade(RevisionContext ctx) throws Exception {
        // Only rows still without one, so that running it again (MariaDB keeps what ran before a failure) is harmless.
        ctx.inBatches("SELECT id, title FROM books WHERE id > ? AND sort_title IS NULL ORDER BY id", 0, 500, rows -> {
            List<List<Object>> updates = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                updates.add(List.of(sortTitles.of((String) row.get("title")), row.get("id")));
            }
            ctx.executeBatch("UPDATE books SET sort_title = ? WHERE id = ?", updates);
        });
    }

    @Override
    public void downgrade(RevisionContext ctx) throws Exception {
        ctx.execute("UPDATE books SET sort_title = NULL");
    }
}

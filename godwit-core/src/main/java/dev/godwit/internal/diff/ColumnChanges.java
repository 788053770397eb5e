package dev.godwit.internal.diff;

import dev.godwit.schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names the parts of a column definition that differ: {@code type}, {@code nullable}, {@code default}… */
public final class ColumnChanges {

    private ColumnChanges() {
    }

    public static List<String> of(Column from, Column to) {
        List<String> changed = new ArrayList<>();
        if (!from.type().equals(to.type())) {
            changed.add("type " + from.type() + " -> " + to.type());
        }
        if (from.nullable() != to.nullable()) {
            changed.add(to.nullable() ? "nullable" : "not null");
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            changed.add(to.defaultValue() == null ? "drop default" : "default " + to.defaultValue());
        }
        if (from.identity() != to.identity()) {
            changed.add("identity " + to.identity().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!Objects.equals(from.generated(), to.generated()) || from.virtual() != to.virtual()) {
            changed.add("generated expression");
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            changed.add("comment");
        }
        if (!Objects.equals(from.charset(), to.charset()) || !Objects.equals(from.collation(), to.collation())) {
            changed.add("collation");
        }
        if (!Objects.equals(from.onUpdate(), to.onUpdate())) {
            changed.add("on update");
        }
        return changed;
    }
}

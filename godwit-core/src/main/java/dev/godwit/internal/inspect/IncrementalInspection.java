package dev.godwit.internal.inspect;

import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the same schema again and again while only this process changes it (the migration test's
 * scratch database), re-reading only what changed since the last read: it compares the dialect's
 * {@link SchemaFingerprint} with the previous one and inspects only the tables whose value changed,
 * appeared or went, plus the tables whose foreign keys point at one of those (a referenced table's
 * rename or new key columns changes how they read), with every view, enum type and sequence. A
 * change to anything that is not a table reads the whole schema, and so does a dialect without
 * fingerprints. What it returns is what {@link SchemaInspector#inspect} would read, with the tables
 * {@code keep} refuses left out.
 */
public final class IncrementalInspection {
    private final SchemaInspector inspector;
    private final String schema;
    private final Predicate<String> keep;
    private SchemaFingerprint seen;
    private Schema read;

    /** {@code schema}: as {@link SchemaInspector#inspect} takes it; {@code keep}: the tables compared. */
    public IncrementalInspection(SchemaInspector inspector, String schema, Predicate<String> keep) {
        this.inspector = inspector;
        this.schema = schema;
        this.keep = keep;
    }

    /** The schema as it is now. */
    public Schema current(Connection connection) throws SQLException {
        SchemaFingerprint now = inspector.fingerprint(connection, schema);
        if (now == null || read == null || !Objects.equals(now.rest(), seen.rest())) {
            read = inspector.inspect(connection, schema);
        } else if (!now.equals(seen)) {
            Set<String> changed = changed(seen, now);
            Set<String> again = new HashSet<>(changed);
            again.addAll(referencing(read, changed));
            again.retainAll(now.tables().keySet());
            again.removeIf(name -> !keep.test(name));
            Schema part = inspector.inspectTables(connection, schema, again);
            List<Table> tables = new ArrayList<>(part.tables());
            for (Table table : read.tables()) {
                if (!again.contains(table.name()) && !changed.contains(table.name())) {
                    tables.add(table);
                }
            }
            read = new Schema(tables, part.views(), part.enums(), part.sequences(), part.notModelled());
        }
        seen = now;
        return read.filterTables(keep);
    }

    /** The table names whose value differs: changed, new or gone. */
    private static Set<String> changed(SchemaFingerprint before, SchemaFingerprint after) {
        Set<String> names = new HashSet<>(before.tables().keySet());
        names.addAll(after.tables().keySet());
        names.removeIf(name -> Objects.equals(before.tables().get(name), after.tables().get(name)));
        return names;
    }

    /**
     * The tables of {@code schema} with a foreign key to one of {@code names}; names compared without
     * case or schema qualifier, so that it errs towards reading a table again.
     */
    private static Set<String> referencing(Schema schema, Set<String> names) {
        Set<String> plain = new HashSet<>();
        names.forEach(name -> plain.add(plain(name)));
        Set<String> found = new HashSet<>();
        for (Table table : schema.tables()) {
            for (ForeignKey key : table.foreignKeys()) {
                if (plain.contains(plain(key.referencedTable()))) {
                    found.add(table.name());
                }
            }
        }
        return found;
    }

    private static String plain(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}

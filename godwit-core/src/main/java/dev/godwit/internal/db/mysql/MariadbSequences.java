package dev.godwit.internal.db.mysql;

import dev.godwit.internal.render.Identifiers;
import dev.godwit.schema.Sequence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MariaDB's {@code SEQUENCE} objects (10.3+), read into the model's {@link Sequence} records and
 * written back. MariaDB lists a sequence in information_schema.TABLES with TABLE_TYPE
 * {@code SEQUENCE}; its options are the one row a {@code SELECT} from it returns (start_value,
 * increment, minimum_value, maximum_value, cache_size, cycle_option), read for every sequence in
 * one {@code UNION ALL} query. Where the sequence's next value stands is not modelled. The type
 * is {@code bigint}, the only one before MariaDB 11.5 (a sequence {@code AS} another type reads as
 * bigint). MySQL has no sequences.
 */
final class MariadbSequences {

    private static final String BIGINT = "bigint";

    private MariadbSequences() {
    }

    /** The named sequences of the database, in one statement; none when there are none. */
    static List<Sequence> read(Connection connection, String database, List<String> names) throws SQLException {
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            selects.add("SELECT " + i + ", start_value, increment, minimum_value, maximum_value, cache_size,"
                    + " cycle_option FROM " + quote(database) + "." + quote(names.get(i)));
        }
        List<Sequence> sequences = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(String.join(" UNION ALL ", selects))) {
            while (rs.next()) {
                sequences.add(new Sequence(names.get(rs.getInt(1)), BIGINT, rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getInt(7) != 0));
            }
        }
        return sequences;
    }

    /** {@code CREATE SEQUENCE} with every option, as {@code SHOW CREATE SEQUENCE} prints them. */
    static String create(Identifiers ids, Sequence s) {
        return "CREATE SEQUENCE " + ids.quote(s.name()) + type(s) + " START WITH " + s.start() + " MINVALUE " + s.min()
                + " MAXVALUE " + s.max() + " INCREMENT BY " + s.increment() + cache(s.cache()) + cycle(s.cycle());
    }

    /** {@code ALTER SEQUENCE} with the options that differ; none when nothing MariaDB keeps differs. */
    static Optional<String> alter(Identifiers ids, Sequence from, Sequence to) {
        StringBuilder sql = new StringBuilder();
        if (!from.type().equals(to.type())) {
            sql.append(" AS ").append(to.type());
        }
        if (from.start() != to.start()) {
            sql.append(" START WITH ").append(to.start());
        }
        if (from.min() != to.min()) {
            sql.append(" MINVALUE ").append(to.min());
        }
        if (from.max() != to.max()) {
            sql.append(" MAXVALUE ").append(to.max());
        }
        if (from.increment() != to.increment()) {
            sql.append(" INCREMENT BY ").append(to.increment());
        }
        if (from.cache() != to.cache()) {
            sql.append(cache(to.cache()));
        }
        if (from.cycle() != to.cycle()) {
            sql.append(cycle(to.cycle()));
        }
        return sql.length() == 0 ? Optional.empty()
                : Optional.of("ALTER SEQUENCE " + ids.quote(to.name()) + sql);
    }

    static String drop(Identifiers ids, Sequence s) {
        return "DROP SEQUENCE " + ids.quote(s.name());
    }

    /** Nothing for bigint, which every MariaDB version takes; {@code AS type} (MariaDB 11.5+) otherwise. */
    private static String type(Sequence s) {
        return BIGINT.equalsIgnoreCase(s.type()) ? "" : " AS " + s.type();
    }

    private static String cache(long cache) {
        return cache == 0 ? " NOCACHE" : " CACHE " + cache;
    }

    private static String cycle(boolean cycle) {
        return cycle ? " CYCLE" : " NOCYCLE";
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}

package dev.godwit.cli.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A schema as the database's own tools show it, to judge what a database ends up with without
 * going through Godwit's inspector (whatever the inspector does not read could not fail a test
 * otherwise). Godwit's own tables ({@code godwit_*}) are left out.
 *
 * <ul>
 *   <li>PostgreSQL: {@code pg_dump --schema-only --schema=X}, without its comments, {@code SET}
 *       lines, {@code \restrict} lines and ownership, the schema's name taken out;
 *   <li>MariaDB/MySQL: {@code SHOW CREATE TABLE} of every table, without {@code AUTO_INCREMENT=N} and
 *       without a key's own {@code KEY_BLOCK_SIZE=N}, then {@code SHOW CREATE SEQUENCE} of every
 *       MariaDB sequence, then {@code SHOW CREATE VIEW} of every view, the database's name taken out;
 *   <li>SQLite: what {@code .schema} holds, read through the PRAGMAs (columns with type, NOT NULL,
 *       default and key position; indexes with their keys, order and collation; foreign keys;
 *       WITHOUT ROWID and STRICT), the CHECK constraints taken from the table's text
 *       ({@link SqliteChecks}), plus the text of views, triggers and partial or expression
 *       indexes with blanks and quotes normalised. SQLite keeps a table's CREATE text as it was
 *       written, which never matches statement for statement, so tables are read through PRAGMAs.
 * </ul>
 *
 * {@link #of} is exact. {@link #ignoringOrder} sorts the lines of each table body (column and key
 * order): for comparisons where an order difference is known and accepted.
 */
public final class SchemaDump {

    private static final Pattern AUTO_INCREMENT = Pattern.compile(" AUTO_INCREMENT=\\d+");
    /**
     * A key's own KEY_BLOCK_SIZE, which the server keeps on each key after the table's changes
     * (not modelled: docs/autogenerate.md, "MySQL/MariaDB table options and key order").
     */
    private static final Pattern KEY_BLOCK_SIZE_OF_KEY = Pattern.compile("(?m)(^ .*\\)) KEY_BLOCK_SIZE=\\d+(,?)$");

    private SchemaDump() {
    }

    /** The dump of {@code db}'s schema. */
    public static String of(TestDatabase db) throws IOException, SQLException {
        switch (db.kind()) {
            case POSTGRESQL:
                return postgres(db);
            case MARIADB:
                return mariadb(db);
            default:
                return sqlite(db);
        }
    }

    /**
     * The dump of {@code ddl} run with the database's own client ({@code psql}, {@code mariadb},
     * {@code sqlite3}) on a fresh database of {@code kind}, dropped afterwards.
     */
    public static String ofDdl(TestDatabase.Kind kind, Path ddl, Path workDir) throws IOException, SQLException {
        Path dir = Files.createTempDirectory(Files.createDirectories(workDir), "dump");
        try (TestDatabase fresh = TestDatabase.create(kind, dir)) {
            run(fresh, ddl);
            return of(fresh);
        }
    }

    /** Runs the statements of {@code ddl} on {@code db} with the database's own client; fails on the first error. */
    public static void run(TestDatabase db, Path ddl) throws IOException, SQLException {
        List<String> command = new ArrayList<>();
        ProcessBuilder builder = new ProcessBuilder(command);
        switch (db.kind()) {
            case POSTGRESQL:
                db.connect().close();
                command.addAll(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", db.host(), "-p", db.port(),
                        "-U", db.user(), "-d", db.database(), "-f", ddl.toString()));
                builder.environment().put("PGOPTIONS", "-c search_path=" + db.schema());
                break;
            case MARIADB:
                command.addAll(List.of("mariadb", "-h", db.host(), "-P", db.port(), "-u", db.user(), db.database()));
                builder.redirectInput(ddl.toFile());
                break;
            default:
                command.addAll(List.of("sqlite3", "-bail", db.database()));
                builder.redirectInput(ddl.toFile());
        }
        String output = exec(builder);
        if (output != null) {
            throw new IllegalStateException(String.join(" ", command) + " < " + ddl + " failed:\n" + output);
        }
    }

    /** {@code dump} with the lines of each table body sorted, for comparisons that accept another column or key order. */
    public static String ignoringOrder(String dump) {
        return sortBodies(dump, true);
    }

    /**
     * {@code dump} with the key, index and constraint lines of each table body sorted, columns
     * staying in their order: the order in which indexes were created is not part of the model
     * (MariaDB's {@code SHOW CREATE TABLE} lists them so).
     */
    public static String ignoringKeyOrder(String dump) {
        return sortBodies(dump, false);
    }

    private static String sortBodies(String dump, boolean columnsToo) {
        List<String> out = new ArrayList<>();
        List<String> columns = null;
        List<String> keys = null;
        boolean pragmas = false;
        for (String line : dump.split("\n", -1)) {
            if (keys != null && (pragmas ? !line.startsWith("  ") : line.startsWith(")"))) {
                if (columnsToo) {
                    columns.sort(null);
                }
                keys.sort(null);
                out.addAll(columns);
                out.addAll(keys);
                keys = null;
            }
            if (keys != null) {
                String part = line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
                (isColumn(part) ? columns : keys).add(part);
                continue;
            }
            out.add(line);
            if (line.startsWith("CREATE TABLE ") && line.endsWith("(") || line.startsWith("table ")) {
                columns = new ArrayList<>();
                keys = new ArrayList<>();
                pragmas = line.startsWith("table ");
            }
        }
        if (keys != null) {
            out.addAll(columns);
            out.addAll(keys);
        }
        return String.join("\n", out);
    }

    /** A column line of a table body: MariaDB's {@code  `name` …}, SQLite's {@code column …}, PostgreSQL's other than a constraint. */
    private static boolean isColumn(String line) {
        String part = line.strip();
        return line.startsWith("  `") || part.startsWith("column ")
                || line.startsWith("    ") && !part.startsWith("CONSTRAINT ");
    }

    private static String postgres(TestDatabase db) throws IOException, SQLException {
        db.connect().close();
        ProcessBuilder builder = new ProcessBuilder("pg_dump", "--schema-only", "--no-owner", "--no-privileges",
                "-h", db.host(), "-p", db.port(), "-U", db.user(), "--schema=" + db.schema(),
                "--exclude-table=" + db.schema() + ".godwit_*", db.database());
        Path file = Files.createTempFile("godwit-dump", ".sql");
        try {
            builder.redirectOutput(file.toFile());
            String error = exec(builder);
            if (error != null) {
                throw new IllegalStateException("pg_dump failed: " + error);
            }
            return normalisePostgres(Files.readString(file), db.schema());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static String normalisePostgres(String dump, String schema) {
        List<String> lines = new ArrayList<>();
        for (String line : dump.split("\n")) {
            if (line.startsWith("--") || line.startsWith("SET ") || line.startsWith("\\restrict")
                    || line.startsWith("\\unrestrict") || line.startsWith("SELECT pg_catalog.set_config")
                    || line.equals("CREATE SCHEMA " + schema + ";")) {
                continue;
            }
            if (line.isBlank() && (lines.isEmpty() || lines.get(lines.size() - 1).isEmpty())) {
                continue;
            }
            lines.add(line.replace("\"" + schema + "\".", "").replace(schema + ".", "").stripTrailing());
        }
        return String.join("\n", lines).strip();
    }

    private static String mariadb(TestDatabase db) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            List<String[]> objects = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'godwit\\_%' ORDER BY TABLE_TYPE, TABLE_NAME")) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] object : objects) {
                boolean view = object[1].equalsIgnoreCase("VIEW");
                String show = view ? "SHOW CREATE VIEW `"
                        : object[1].equalsIgnoreCase("SEQUENCE") ? "SHOW CREATE SEQUENCE `" : "SHOW CREATE TABLE `";
                try (ResultSet rs = s.executeQuery(show
                        + object[0].replace("`", "``") + "`")) {
                    rs.next();
                    String sql = rs.getString(2).replace("`" + db.database() + "`.", "");
                    out.append(KEY_BLOCK_SIZE_OF_KEY.matcher(AUTO_INCREMENT.matcher(sql).replaceAll("")).replaceAll("$1$2"))
                            .append(";\n\n");
                }
            }
        }
        return out.toString().strip();
    }

    private static String sqlite(TestDatabase db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            List<List<String>> objects = rows(s, "SELECT type, name, tbl_name, sql FROM sqlite_master "
                    + "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND tbl_name NOT LIKE 'godwit\\_%' ESCAPE '\\' "
                    + "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, tbl_name, name");
            for (List<String> object : objects) {
                String type = object.get(0);
                String name = object.get(1);
                if (type.equals("table")) {
                    out.addAll(sqliteTable(s, name));
                    out.addAll(SqliteChecks.of(object.get(3)));
                } else if (type.equals("index")) {
                    out.addAll(sqliteIndex(s, object));
                } else {
                    out.add(type + " " + name + ": " + normaliseSql(object.get(3)));
                }
            }
        }
        return String.join("\n", out);
    }

    private static List<String> sqliteTable(Statement s, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        String quoted = "'" + table.replace("'", "''") + "'";
        List<List<String>> flags = rows(s, "SELECT wr, strict FROM pragma_table_list WHERE name = " + quoted);
        out.add("table " + table + (flags.isEmpty() ? "" : " without_rowid=" + flags.get(0).get(0)
                + " strict=" + flags.get(0).get(1)));
        for (List<String> column : rows(s, "SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                + "FROM pragma_table_xinfo(" + quoted + ") ORDER BY cid")) {
            // A declared type is kept as written; only the blanks in its arguments are normalised.
            column.set(1, column.get(1).replaceAll("\\s*,\\s*", ",").replaceAll("\\s*\\(\\s*", "(")
                    .replaceAll("\\s*\\)", ")"));
            out.add("  column " + String.join(" | ", column));
        }
        for (List<String> key : rows(s, "SELECT \"table\", \"from\", \"to\", on_update, on_delete, \"match\" "
                + "FROM pragma_foreign_key_list(" + quoted + ") ORDER BY id, seq")) {
            out.add("  foreign key " + String.join(" | ", key));
        }
        for (List<String> index : rows(s, "SELECT name, \"unique\", origin, partial FROM pragma_index_list("
                + quoted + ") WHERE origin <> 'c' ORDER BY name")) {
            out.add("  " + index.get(2) + " " + index.get(1) + " " + columns(s, index.get(0)));
        }
        return out;
    }

    private static List<String> sqliteIndex(Statement s, List<String> index) throws SQLException {
        if (index.get(3) == null) {
            return List.of();
        }
        return List.of("index " + index.get(1) + " on " + index.get(2) + ": " + columns(s, index.get(1)) + " "
                + normaliseSql(index.get(3)));
    }

    private static String columns(Statement s, String index) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (List<String> key : rows(s, "SELECT name, \"desc\", coll FROM pragma_index_xinfo('"
                + index.replace("'", "''") + "') WHERE key = 1 ORDER BY seqno")) {
            parts.add(key.get(0) + ("1".equals(key.get(1)) ? " DESC" : "") + " " + key.get(2));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    /** SQL text with blanks collapsed, identifier quotes removed and keywords in one case. */
    static String normaliseSql(String sql) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                inString = !inString;
                out.append(c);
            } else if (inString) {
                out.append(c);
            } else if (c == '"' || c == '`' || c == '[' || c == ']') {
                continue;
            } else if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().strip().replace("( ", "(").replace(" )", ")");
    }

    private static List<List<String>> rows(Statement s, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int count = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    String value = rs.getString(i);
                    row.add(value == null ? "<null>" : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Runs a client; null when it succeeded, else what it printed. */
    private static String exec(ProcessBuilder builder) throws IOException {
        builder.redirectErrorStream(builder.redirectOutput() == ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        try {
            byte[] output = (builder.redirectOutput() == ProcessBuilder.Redirect.PIPE
                    ? process.getInputStream() : process.getErrorStream()).readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "timed out";
            }
            String text = new String(output, StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? null : text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}

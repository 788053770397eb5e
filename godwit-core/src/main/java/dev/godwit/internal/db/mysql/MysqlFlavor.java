package dev.godwit.internal.db.mysql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which server of the MySQL family the inspector talks to, and the few places where the two
 * information_schema dialects differ. Read from the driver's metadata (the server's handshake
 * version), so telling them apart sends no statement.
 *
 * <p>The differences that matter to the inspector:
 * <ul>
 *   <li>MariaDB's {@code CHECK_CONSTRAINTS} has {@code TABLE_NAME} and {@code LEVEL} (check names
 *       are per table there); MySQL's has neither, so its checks are joined to
 *       {@code TABLE_CONSTRAINTS} (MySQL check names are unique per schema). MySQL before 8.0.16
 *       has no check constraints at all.</li>
 *   <li>MySQL 8.0.13+ has {@code STATISTICS.EXPRESSION} (functional key parts); MariaDB has no
 *       functional indexes and no such column.</li>
 *   <li>MariaDB 10.10+ spells collations such as {@code utf8mb4_uca1400_ai_ci} in full only in
 *       {@code COLLATION_CHARACTER_SET_APPLICABILITY.FULL_COLLATION_NAME}; elsewhere
 *       {@code COLLATIONS.COLLATION_NAME} names every collation a table can have.</li>
 *   <li>Defaults: MariaDB's {@code COLUMN_DEFAULT} is an SQL expression already; MySQL's is the
 *       bare literal, with {@code DEFAULT_GENERATED} in {@code EXTRA} for expressions
 *       (see {@link MysqlDefaults}).</li>
 * </ul>
 */
record MysqlFlavor(boolean mariadb, int major, int minor, int patch) {

    static MysqlFlavor of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        boolean mariadb = product.toLowerCase(Locale.ROOT).contains("mariadb");
        return parse(mariadb, meta.getDatabaseProductVersion());
    }

    /** The flavour for a version text such as {@code 10.11.6-MariaDB-log} or {@code 8.0.36}. */
    static MysqlFlavor parse(boolean mariadb, String version) {
        int[] parts = new int[3];
        int part = 0;
        String text = version == null ? "" : version;
        // MariaDB 10 once announced itself to MySQL clients as "5.5.5-10.x"; the real version follows.
        if (text.startsWith("5.5.5-")) {
            text = text.substring("5.5.5-".length());
        }
        for (int i = 0; i < text.length() && part < 3; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                parts[part] = parts[part] * 10 + (c - '0');
            } else if (c == '.') {
                part++;
            } else {
                break;
            }
        }
        return new MysqlFlavor(mariadb, parts[0], parts[1], parts[2]);
    }

    private boolean atLeast(int wantedMajor, int wantedMinor, int wantedPatch) {
        if (major != wantedMajor) {
            return major > wantedMajor;
        }
        if (minor != wantedMinor) {
            return minor > wantedMinor;
        }
        return patch >= wantedPatch;
    }

    /** Whether the server keeps check constraints in information_schema.CHECK_CONSTRAINTS. */
    boolean hasCheckConstraints() {
        return mariadb ? atLeast(10, 2, 0) : atLeast(8, 0, 16);
    }

    /** Whether STATISTICS has the EXPRESSION column of functional key parts. */
    boolean hasIndexExpressions() {
        return !mariadb && atLeast(8, 0, 13);
    }

    /** Whether full collation names must be looked up in FULL_COLLATION_NAME. */
    boolean hasFullCollationNames() {
        return mariadb && atLeast(10, 10, 0);
    }
}

package dev.godwit.internal.dialect;

/** The database families Godwit speaks. The URL decides which one a run uses. */
public enum DialectKind {
    SQLITE("SQLite"),
    POSTGRESQL("PostgreSQL"),
    MYSQL("MySQL/MariaDB");

    private final String displayName;

    DialectKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}

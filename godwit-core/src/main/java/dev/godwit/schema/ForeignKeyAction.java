package dev.godwit.schema;

/** What a foreign key does when the referenced row is deleted or updated. */
public enum ForeignKeyAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ForeignKeyAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    /** The action for its SQL spelling (any case, blanks or underscores); NO ACTION for null or empty. */
    public static ForeignKeyAction parse(String text) {
        if (text == null || text.isBlank()) {
            return NO_ACTION;
        }
        String wanted = text.strip().toUpperCase(java.util.Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        for (ForeignKeyAction action : values()) {
            if (action.sql.equals(wanted)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown foreign key action: " + text);
    }
}

package dev.godwit.internal.diff;

/**
 * A drop and an add of the same shape in one diff, which may be a rename. Godwit never guesses:
 * the revision keeps the drop and the add, with this hint written above them.
 *
 * @param table the table of a column rename, or null when a whole table may have been renamed
 * @param from the dropped name
 * @param to the added name
 */
public record RenameHint(String table, String from, String to) {

    public boolean isTableRename() {
        return table == null;
    }
}

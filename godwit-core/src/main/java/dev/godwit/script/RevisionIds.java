package dev.godwit.script;

import java.util.regex.Pattern;

/** The spelling rules for revision ids and branch labels. */
final class RevisionIds {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private RevisionIds() {}

    /** A revision id: letters, digits and underscores. */
    static boolean isId(String s) {
        return s != null && ID.matcher(s).matches();
    }

    /** A branch label (or, in depends-on, a revision id): may also contain '.' and '-'. */
    static boolean isLabel(String s) {
        return s != null && LABEL.matcher(s).matches();
    }
}

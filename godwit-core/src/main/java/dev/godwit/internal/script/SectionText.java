package dev.godwit.internal.script;

/**
 * The SQL of one dialect's pair of sections in a new revision file (see
 * {@link NewRevision#dialectSections()}).
 *
 * @param upgradeSql the upgrade SQL (null or empty: an empty section)
 * @param downgradeSql the downgrade SQL (null or empty: an empty section)
 */
public record SectionText(String upgradeSql, String downgradeSql) {

    public SectionText {
        upgradeSql = upgradeSql == null ? "" : upgradeSql;
        downgradeSql = downgradeSql == null ? "" : downgradeSql;
    }
}

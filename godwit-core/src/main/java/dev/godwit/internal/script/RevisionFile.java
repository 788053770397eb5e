package dev.godwit.internal.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A parsed revision file: its header values, its shared sections and the sections of its own
 * that a dialect may have ({@code -- +upgrade postgresql}). On a database, a direction runs the
 * dialect's own section when the file has one, else the shared one ({@link #upgrade(String)}).
 *
 * @param path the file as given to the parser
 * @param revision this revision's id
 * @param revises the parent revisions: empty for a base revision, two or more for a merge
 * @param message the description, "" when absent
 * @param created the creation time as written (ISO-8601 UTC by Godwit), "" when absent
 * @param branchLabels labels naming this revision's branch
 * @param dependsOn revisions or labels that must be applied first without being parents
 * @param transactional false when the header says {@code transaction: false}
 * @param upgrade the shared {@code -- +upgrade} section, absent when the file has only sections of
 *     dialects
 * @param downgrade the shared {@code -- +downgrade} section, possibly absent or empty
 * @param dialectUpgrades the {@code -- +upgrade <dialect>} sections by database name
 *     ({@link SectionDialects#NAMES})
 * @param dialectDowngrades the {@code -- +downgrade <dialect>} sections by database name
 */
public record RevisionFile(
        Path path,
        String revision,
        List<String> revises,
        String message,
        String created,
        List<String> branchLabels,
        List<String> dependsOn,
        boolean transactional,
        Section upgrade,
        Section downgrade,
        Map<String, Section> dialectUpgrades,
        Map<String, Section> dialectDowngrades) {

    public RevisionFile {
        Objects.requireNonNull(revision, "revision");
        revises = revises == null ? List.of() : List.copyOf(revises);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        Objects.requireNonNull(upgrade, "upgrade");
        downgrade = downgrade == null ? Section.absent() : downgrade;
        dialectUpgrades = dialectUpgrades == null ? Map.of() : Map.copyOf(dialectUpgrades);
        dialectDowngrades = dialectDowngrades == null ? Map.of() : Map.copyOf(dialectDowngrades);
    }

    /** A file with shared sections only. */
    public RevisionFile(Path path, String revision, List<String> revises, String message, String created,
            List<String> branchLabels, List<String> dependsOn, boolean transactional, Section upgrade,
            Section downgrade) {
        this(path, revision, revises, message, created, branchLabels, dependsOn, transactional, upgrade, downgrade,
                Map.of(), Map.of());
    }

    /**
     * The upgrade section that runs on {@code dialect} (a database name or alias, see
     * {@link SectionDialects}): its own section, else the shared one; absent when there is neither.
     * A null or blank dialect gives the shared section.
     */
    public Section upgrade(String dialect) {
        return pick(dialectUpgrades, upgrade, dialect);
    }

    /** The downgrade section that runs on {@code dialect}, chosen like {@link #upgrade(String)}. */
    public Section downgrade(String dialect) {
        return pick(dialectDowngrades, downgrade, dialect);
    }

    /** The section of one direction that runs on {@code dialect}. */
    public Section section(boolean up, String dialect) {
        return up ? upgrade(dialect) : downgrade(dialect);
    }

    /** The database names with a section of their own, in {@link SectionDialects#NAMES} order. */
    public List<String> dialects() {
        TreeSet<String> names = new TreeSet<>((a, b) -> a.equals(b) ? 0
                : SectionDialects.rank(a) != SectionDialects.rank(b)
                        ? Integer.compare(SectionDialects.rank(a), SectionDialects.rank(b)) : a.compareTo(b));
        names.addAll(dialectUpgrades.keySet());
        names.addAll(dialectDowngrades.keySet());
        return new ArrayList<>(names);
    }

    /** True when the file has an upgrade for {@code dialect}: its own section or a shared one. */
    public boolean runsOn(String dialect) {
        return upgrade(dialect).present();
    }

    private static Section pick(Map<String, Section> own, Section shared, String dialect) {
        if (dialect == null || dialect.isBlank()) {
            return shared;
        }
        String name = SectionDialects.canonical(dialect);
        Section section = name == null ? null : own.get(name);
        return section != null ? section : shared;
    }

    /** True for a revision with no parent. */
    public boolean isBase() {
        return revises.isEmpty();
    }

    /** True for a revision joining two or more parents. */
    public boolean isMerge() {
        return revises.size() > 1;
    }
}

package dev.godwit.internal.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A parsed revision file: its header values and its two sections.
 *
 * @param path the file as given to the parser
 * @param revision this revision's id
 * @param revises the parent revisions: empty for a base revision, two or more for a merge
 * @param message the description, "" when absent
 * @param created the creation time as written (ISO-8601 UTC by Godwit), "" when absent
 * @param branchLabels labels naming this revision's branch
 * @param dependsOn revisions or labels that must be applied first without being parents
 * @param transactional false when the header says {@code transaction: false}
 * @param upgrade the {@code -- +upgrade} section (always present)
 * @param downgrade the {@code -- +downgrade} section, possibly absent or empty
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
        Section downgrade) {

    public RevisionFile {
        Objects.requireNonNull(revision, "revision");
        revises = revises == null ? List.of() : List.copyOf(revises);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        Objects.requireNonNull(upgrade, "upgrade");
        downgrade = downgrade == null ? Section.absent() : downgrade;
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

package dev.godwit.api;

import java.nio.file.Path;
import java.util.List;

/**
 * One revision as the graph and its file describe it.
 *
 * @param id           the revision id
 * @param revises      its parents (empty for a base, two or more for a merge)
 * @param dependsOn    revisions (or labels) it depends on without being their child
 * @param branchLabels the branch labels that apply to this revision, as Alembic shows them: those it
 *     declares, else those of the labelled revision its branch comes from (a merge has its
 *     branches' labels)
 * @param message      the message given at creation
 * @param created      the creation time from the header, as written
 * @param file         the revision file
 * @param head         no revision revises it
 * @param base         it revises nothing
 * @param branchPoint  two or more revisions revise it
 * @param mergePoint   it revises two or more revisions
 * @param current      the database's version table lists it (false when no database was read)
 * @param transactional whether it runs inside a transaction where the database allows it
 */
public record RevisionInfo(String id, List<String> revises, List<String> dependsOn, List<String> branchLabels,
                           String message, String created, Path file, boolean head, boolean base,
                           boolean branchPoint, boolean mergePoint, boolean current, boolean transactional) {

    public RevisionInfo {
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
    }
}

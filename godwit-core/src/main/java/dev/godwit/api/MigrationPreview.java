package dev.godwit.api;

import java.util.List;

/**
 * What an upgrade or downgrade would do against the live database, without doing it: shown before a
 * protected environment asks for confirmation, and by `--dry-run`.
 *
 * @param direction  which way it would run
 * @param current    the version table's rows now
 * @param target     the target as given
 * @param revisions  the revisions that would run, in order
 * @param statements how many statements would run
 * @param dataLoss   the statements that drop or lose data, each as `revision: statement — what is lost`
 */
public record MigrationPreview(Direction direction, List<String> current, String target, List<RevisionInfo> revisions,
                               int statements, List<String> dataLoss) {

    public MigrationPreview {
        current = List.copyOf(current);
        revisions = List.copyOf(revisions);
        dataLoss = List.copyOf(dataLoss);
    }
}

package dev.godwit.internal.usecase;

import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRequest;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.run.RevisionAuthor;
import dev.godwit.internal.run.RevisionFiles;
import dev.godwit.internal.run.Revisions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The `revision` and `merge` use cases: write a file, read the folder again, describe the new revision. */
public final class Authoring {
    private final Settings settings;
    private final RevisionFiles files;

    public Authoring(Settings settings, RevisionFiles files) {
        this.settings = settings;
        this.files = files;
    }

    /** Writes a new revision file and returns it. */
    public RevisionInfo revision(RevisionRequest request) {
        return reloadAndDescribe(author().revision(request));
    }

    /** Writes a new Java revision (a class to fill in) and returns it. */
    public RevisionInfo javaRevision(RevisionRequest request) {
        return reloadAndDescribe(author().revision(request, true));
    }

    /** Writes a merge revision of {@code targets} (default: all heads) and returns it. */
    public RevisionInfo merge(String message, List<String> targets, String revId) {
        return reloadAndDescribe(author().merge(message, targets, revId));
    }

    private RevisionAuthor author() {
        return new RevisionAuthor(files.get(), settings.migrations(), settings.fileTemplate());
    }

    private RevisionInfo reloadAndDescribe(Path file) {
        Revisions revs = files.reload();
        for (var r : revs.graph().revisions()) {
            if (revs.file(r.id()).path().equals(file)) {
                return revs.info(r.id(), Set.of());
            }
        }
        throw new IllegalStateException("the revision just written was not found: " + file);
    }
}

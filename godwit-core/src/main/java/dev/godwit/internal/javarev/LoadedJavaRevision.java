package dev.godwit.internal.javarev;

import dev.godwit.api.JavaRevision;
import dev.godwit.internal.script.RevisionFile;
import dev.godwit.internal.script.Section;
import java.nio.file.Path;

/**
 * A Java revision as the rest of Godwit sees it: the object, where it came from, and what its
 * checksum covers.
 *
 * @param revision the revision object
 * @param className its class's binary name
 * @param origin the {@code .java} file it was compiled from, or the class's resource path
 *     ({@code com/acme/db/Backfill.class}) for a class found on the class path
 * @param checksumText what the checksum is taken over: the normalized source, or a digest of the class bytes
 */
public record LoadedJavaRevision(JavaRevision revision, String className, Path origin, String checksumText) {

    /**
     * The revision as a revision file with empty sections, for the graph, {@code history} and
     * {@code show}: the header values come from the object, the code runs instead of statements.
     */
    public RevisionFile asFile() {
        Section code = new Section("", 1, true);
        return new RevisionFile(origin, revision.id(), revision.revises(), revision.message(), "",
                revision.branchLabels(), revision.dependsOn(), revision.transactional(), code,
                revision.reversible() ? code : Section.absent());
    }

    /** "class com.acme.Backfill (migrations/versions/Backfill.java)" for messages. */
    public String describe() {
        return "class " + className + " (" + origin + ")";
    }
}

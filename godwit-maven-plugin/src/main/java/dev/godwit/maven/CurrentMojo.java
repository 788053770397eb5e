package dev.godwit.maven;

import dev.godwit.Godwit;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.Status;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Shows where the database stands: its revisions, the heads, and how many revisions are pending. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class CurrentMojo extends GodwitMojo {

    @Override
    void run(Godwit godwit, Output out) {
        Status status = godwit.current();
        out.info("Database: " + status.database() + " (" + status.dialect() + ", from " + status.urlSource() + ")");
        if (status.current().isEmpty() && status.unknown().isEmpty()) {
            out.info("Current revision: (none)");
        }
        for (RevisionInfo r : status.current()) {
            out.info("Current revision: " + r.id() + (r.head() ? " (head)" : "") + "  " + r.message());
        }
        for (String unknown : status.unknown()) {
            out.warn("The version table names " + unknown + ", which no revision file has");
        }
        out.info("Heads: " + Output.ids(status.heads()));
        if (status.upToDate()) {
            out.info("Up to date.");
        } else if (status.pending() > 0) {
            out.info(status.pending() + " revision(s) pending: run mvn godwit:upgrade");
        }
    }
}

package dev.godwit.maven;

import dev.godwit.Godwit;
import dev.godwit.api.RevisionInfo;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Lists the revisions, newest first, the database's marked {@code current}. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class HistoryMojo extends GodwitMojo {

    /** Only these: {@code A:B}, {@code A:}, {@code :B}; all by default. */
    @Parameter(property = "godwit.range")
    String range;

    /** Reads the database, to mark the current revisions (false: the files only, no connection). */
    @Parameter(property = "godwit.readDatabase", defaultValue = "true")
    boolean readDatabase;

    @Override
    void run(Godwit godwit, Output out) {
        for (RevisionInfo r : godwit.history(blank(range), readDatabase)) {
            out.info(Output.describe(r));
        }
    }
}

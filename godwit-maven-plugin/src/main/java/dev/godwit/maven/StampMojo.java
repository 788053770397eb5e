package dev.godwit.maven;

import dev.godwit.Godwit;
import dev.godwit.api.StampResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Sets the version table to the target without running any revision (recorded in the audit
 * history). In a protected environment it needs {@code -Dgodwit.confirm=<database name>}, and
 * {@code purge} also {@code -Dgodwit.allowDestructive=true}.
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class StampMojo extends GodwitMojo {

    /** The revision to record: {@code head}, {@code heads}, {@code base}, a revision id. Required. */
    @Parameter(property = "godwit.target")
    String target;

    /** Empties the version table first. */
    @Parameter(property = "godwit.purge", defaultValue = "false")
    boolean purge;

    /** Lets a protected environment purge the version table; it still needs the confirmation. */
    @Parameter(property = "godwit.allowDestructive", defaultValue = "false")
    boolean allowDestructive;

    @Override
    void run(Godwit godwit, Output out) throws MojoFailureException {
        if (blank(target) == null) {
            throw new MojoFailureException("godwit:stamp needs a target" + System.lineSeparator()
                    + "Set -Dgodwit.target=<revision> (or head, base) or <target> in the plugin's configuration.");
        }
        out.info("Database: " + godwit.configuration().database());
        StampResult result = godwit.withSafety(confirmation(), allowDestructive).stamp(target.strip(), purge);
        out.info("Stamped: " + rows(result.rowsBefore()) + " -> " + rows(result.rowsAfter())
                + " (no revision was run)");
    }

    private static String rows(java.util.List<String> rows) {
        return rows.isEmpty() ? "base" : String.join(", ", rows);
    }
}

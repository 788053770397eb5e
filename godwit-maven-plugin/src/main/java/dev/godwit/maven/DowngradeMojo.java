package dev.godwit.maven;

import dev.godwit.Godwit;
import dev.godwit.api.Direction;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Undoes revisions down to the target ({@code -1} by default: the last one). In a protected
 * environment it needs both {@code -Dgodwit.confirm=<database name>} and
 * {@code -Dgodwit.allowDestructive=true}, as the command line needs {@code --allow-destructive}.
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class DowngradeMojo extends GodwitMojo {

    /** Where to go: a revision, {@code -1}, {@code base}, {@code label@-1}. */
    @Parameter(property = "godwit.target", defaultValue = "-1")
    String target;

    /** Shows what would run against the live database, and runs nothing. */
    @Parameter(property = "godwit.dryRun", defaultValue = "false")
    boolean dryRun;

    /** Lets a protected environment run the downgrade (it may lose data); it still needs the confirmation. */
    @Parameter(property = "godwit.allowDestructive", defaultValue = "false")
    boolean allowDestructive;

    @Override
    void run(Godwit godwit, Output out) {
        new MigrationRun(godwit, out).run(Direction.DOWNGRADE, target, dryRun, confirmation(), allowDestructive);
    }
}

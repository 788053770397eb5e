package dev.godwit.maven;

import dev.godwit.Godwit;
import dev.godwit.api.Direction;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the revisions up to the target ({@code head} by default). In a protected environment it
 * runs only with {@code -Dgodwit.confirm=<database name>}; statements that lose data are listed
 * first (an upgrade needs no {@code allowDestructive}, as at the command line).
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class UpgradeMojo extends GodwitMojo {

    /** Where to go: {@code head}, {@code heads}, a revision, {@code +2}, {@code label@head}. */
    @Parameter(property = "godwit.target", defaultValue = "head")
    String target;

    /** Shows what would run against the live database, and runs nothing. */
    @Parameter(property = "godwit.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    void run(Godwit godwit, Output out) {
        new MigrationRun(godwit, out).run(Direction.UPGRADE, target, dryRun, confirmation(), true);
    }
}

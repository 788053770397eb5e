package dev.godwit.maven;

import dev.godwit.Godwit;
import dev.godwit.api.MigrationTestReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The stairway test on a scratch database (never the configured one): each revision upgraded,
 * downgraded and upgraded again, the schema after the downgrade compared with the one before, then
 * the schema at head compared with the model when one is set. Fails the build naming the revision
 * that broke.
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class TestMojo extends GodwitMojo {

    /** A revision without a downgrade fails the test (otherwise it is only upgraded). */
    @Parameter(property = "godwit.requireDowngrades", defaultValue = "false")
    boolean requireDowngrades;

    /**
     * The heads the graph is meant to have, for a project that keeps several branches on purpose
     * (full revision ids); by default the graph must have one head.
     */
    @Parameter(property = "godwit.heads")
    String[] heads;

    /** Skips the migration test, as {@code -DskipTests} does. */
    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    @Override
    void run(Godwit godwit, Output out) throws MojoFailureException {
        if (skipTests) {
            out.info("Migration test skipped (skipTests)");
            return;
        }
        MigrationTestReport report = godwit.test(requireDowngrades, heads == null ? java.util.List.of() : java.util.List.of(heads));
        out.info("Migration test on " + report.scratch());
        for (MigrationTestReport.RevisionCheck r : report.revisions()) {
            out.info("  " + r.revision() + "  " + r.outcome() + "  " + r.message()
                    + (r.detail().isEmpty() ? "" : " (" + r.detail() + ")"));
        }
        if (report.ok()) {
            out.info("Migration test passed: " + report.revisions().size() + " revision(s)"
                    + (report.modelChecked() ? ", schema at head equals the model." : "."));
            return;
        }
        throw new MojoFailureException(out.clean("Migration test failed: " + report.failure().describe()));
    }
}

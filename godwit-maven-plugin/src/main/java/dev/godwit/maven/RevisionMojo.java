package dev.godwit.maven;

import dev.godwit.Godwit;
import dev.godwit.api.AutogenerateResult;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRequest;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes a new revision file. With {@code autogenerate}, its SQL brings the database (at head) to
 * the desired schema ({@code model}, e.g. {@code jpa:com.example.model} read from the project's
 * compiled classes: run {@code mvn compile godwit:revision}); nothing is written when nothing differs.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class RevisionMojo extends GodwitMojo {

    /** What the revision does, in a few words. Required. */
    @Parameter(property = "godwit.message")
    String message;

    /** Fills the revision with the differences between the database and the model. */
    @Parameter(property = "godwit.autogenerate", defaultValue = "false")
    boolean autogenerate;

    /** The revision to base it on: the single head by default, {@code base} for a new root. */
    @Parameter(property = "godwit.head")
    String head;

    @Override
    void run(Godwit godwit, Output out) throws MojoFailureException {
        if (blank(message) == null) {
            throw new MojoFailureException("godwit:revision needs a message" + System.lineSeparator()
                    + "Set -Dgodwit.message=\"add customers\" or <message> in the plugin's configuration.");
        }
        RevisionRequest request = new RevisionRequest(message.strip(), blank(head), false, List.of(), List.of(),
                null, null, null);
        if (!autogenerate) {
            written(godwit.revision(request), out);
            return;
        }
        AutogenerateResult result = godwit.autogenerate(request);
        if (!result.written()) {
            out.info("No changes: the database already has the desired schema; no revision was written.");
            return;
        }
        for (String change : result.diff().changes()) {
            out.info("  " + change);
        }
        for (String loss : result.diff().dataLoss()) {
            out.warn("Loses data: " + loss);
        }
        written(result.revision(), out);
    }

    private static void written(RevisionInfo revision, Output out) {
        out.info("Wrote revision " + revision.id() + ": " + revision.file());
    }
}

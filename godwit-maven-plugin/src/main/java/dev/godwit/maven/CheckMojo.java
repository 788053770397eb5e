package dev.godwit.maven;

import dev.godwit.Godwit;
import dev.godwit.api.SchemaDiff;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the database, which must be at head, differs from the desired schema
 * ({@code model}): the revisions do not produce what the model says. A {@code jpa:} model is read
 * from the project's compiled classes, so run it after {@code compile}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class CheckMojo extends GodwitMojo {

    @Override
    void run(Godwit godwit, Output out) throws MojoFailureException {
        SchemaDiff diff = godwit.check();
        if (diff.isEmpty()) {
            out.info("No differences: the revisions produce the desired schema.");
            return;
        }
        StringBuilder text = new StringBuilder("The database at head differs from the model ("
                + diff.changes().size() + " difference(s)):");
        for (String change : diff.changes()) {
            text.append(System.lineSeparator()).append("  ").append(change);
        }
        throw new MojoFailureException(out.clean(text + System.lineSeparator()
                + "Write a revision for them: mvn compile godwit:revision -Dgodwit.autogenerate "
                + "-Dgodwit.message=\"...\", then godwit:upgrade."));
    }
}

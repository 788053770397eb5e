package dev.godwit.maven;

import dev.godwit.Godwit;
import dev.godwit.api.ValidationProblem;
import dev.godwit.api.ValidationResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks that the revision graph loads, that every applied revision has its file and that none was
 * edited after it was applied; fails the build on the first kind, listing every problem.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class ValidateMojo extends GodwitMojo {

    @Override
    void run(Godwit godwit, Output out) throws MojoFailureException {
        ValidationResult result = godwit.validate();
        for (ValidationProblem w : result.warnings()) {
            out.warn(w.message());
        }
        if (result.ok()) {
            out.info("Valid: " + result.applied() + " applied revision(s) checked, " + result.verified()
                    + " checksum(s) verified.");
            return;
        }
        StringBuilder text = new StringBuilder("Validation found " + result.problems().size() + " problem(s):");
        for (ValidationProblem p : result.problems()) {
            text.append(System.lineSeparator()).append("  ").append(p.code()).append(": ").append(p.message());
            if (p.hint() != null && !p.hint().isBlank()) {
                text.append(" (").append(p.hint()).append(')');
            }
        }
        throw new MojoFailureException(out.clean(text.toString()));
    }
}

package dev.godwit.spring.boot;

import dev.godwit.api.GodwitException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Tells what Godwit said when it stops the start-up (a failed revision, a refused plan): its message
 * as the description and its hint (whether the revision was rolled back or what stays applied, and
 * what to do next) as the action, instead of the bean-creation chain alone. Registered in
 * {@code META-INF/spring.factories}.
 */
public class GodwitFailureAnalyzer extends AbstractFailureAnalyzer<GodwitException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, GodwitException cause) {
        String hint = cause.hint();
        return new FailureAnalysis("Godwit (" + cause.code() + "): " + cause.getMessage(),
                hint == null || hint.isBlank() ? "See docs/errors.md for " + cause.code() + "." : hint, cause);
    }
}

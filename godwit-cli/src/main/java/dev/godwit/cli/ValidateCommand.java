package dev.godwit.cli;

import dev.godwit.api.AuditEntry;
import dev.godwit.Godwit;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.ValidationProblem;
import dev.godwit.api.ValidationResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", mixinStandardHelpOptions = true, description = {
        "Check the revision graph, that every applied revision still has its file, and that none was edited "
                + "after it was applied. Exits 1 when a problem is found."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Option(names = "--accept", paramLabel = "REV",
            description = "Record the current content of an applied, edited revision as accepted.")
    String accept;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        PrintWriter err = parent.spec.commandLine().getErr();
        Godwit godwit;
        ValidationResult result;
        try {
            godwit = parent.godwit(MigrationListener.NONE);
            if (accept != null) {
                AuditEntry entry = godwit.acceptChecksum(accept);
                out.println("Accepted revision " + entry.revision() + " as it is now (checksum "
                        + entry.checksum().substring(0, 12) + "); recorded in the audit history.");
                return 0;
            }
            result = godwit.validate();
        } catch (GodwitException e) {
            if (accept != null) {
                throw e;
            }
            CliAdvice.Text text = CliAdvice.of(e);
            err.println("ERROR: " + text.message());
            if (text.hint() != null) {
                err.println(text.hint());
            }
            return ErrorReporter.FAILURE;
        }
        for (ValidationProblem w : result.warnings()) {
            err.println("WARNING: " + w.message());
            err.println("  " + w.hint());
        }
        for (ValidationProblem p : result.problems()) {
            err.println("PROBLEM: " + p.message());
            String hint = CliAdvice.problemHint(p.code(), p.revision(), p.hint());
            if (hint != null) {
                err.println("  " + hint);
            }
        }
        if (!result.ok()) {
            err.println(result.problems().size() + " problem(s) found.");
            return ErrorReporter.FAILURE;
        }
        out.println("OK: " + result.applied() + " applied revision(s), " + result.verified()
                + " checked against their recorded checksum.");
        return 0;
    }
}

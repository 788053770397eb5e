package dev.godwit.cli;

import dev.godwit.api.GodwitException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns any failure into one message a user can act on: what is wrong, where, and what to do
 * next. The stack trace is printed only with --debug.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    static final int FAILURE = 1;
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        boolean debug = GodwitCommand.debugRequested(parseResult);
        if (e instanceof GodwitException) {
            CliAdvice.Text g = CliAdvice.of((GodwitException) e);
            GlobalOptions options = options(cli);
            err.println("ERROR: " + SameDatabase.apply(g.message(), options));
            if (g.hint() != null && !g.hint().isBlank()) {
                err.println(SameDatabase.apply(g.hint(), options));
            }
        } else {
            err.println("ERROR: unexpected " + e.getClass().getSimpleName() + ": "
                    + dev.godwit.Godwit.noSecrets().scrub(e.getMessage()));
            if (!debug) {
                err.println("This is a bug in Godwit; run again with --debug and report the stack trace.");
            }
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILURE;
    }

    /** The global options of the command line, so that suggested commands name the same database. */
    static GlobalOptions options(CommandLine cli) {
        Object root = cli.getCommandSpec().root().userObject();
        return root instanceof GodwitCommand ? ((GodwitCommand) root).options() : null;
    }

    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        // picocli may quote an argument, such as a --url with its password
        err.println("ERROR: " + dev.godwit.Godwit.noSecrets().scrub(e.getMessage()));
        err.println("Run `godwit " + commandPath(cli) + "--help` for usage.");
        err.flush();
        return USAGE;
    }

    private static String commandPath(CommandLine cli) {
        String path = cli.getCommandSpec().qualifiedName(" ");
        int space = path.indexOf(' ');
        return space < 0 ? "" : path.substring(space + 1) + " ";
    }
}

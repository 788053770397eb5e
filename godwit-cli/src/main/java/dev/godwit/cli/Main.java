package dev.godwit.cli;

import picocli.CommandLine;

/** The `godwit` executable. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // No option takes a java.time or java.sql type: picocli need not look those converters up
        // by reflection at start-up (its documented switch).
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.time\\..*,java\\.sql\\..*");
        }
        System.exit(run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true)));
    }

    /** Runs one command line and returns its exit status; used by the tests too. */
    public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err) {
        return run(args, out, err, Terminal.system());
    }

    /** Runs one command line with {@code terminal} answering confirmations. */
    public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err, Terminal terminal) {
        HeadStart headStart = HeadStart.begin(args);
        Redactor redactor = new Redactor();
        java.io.PrintWriter safeOut = redactor.wrap(out, false);
        java.io.PrintWriter safeErr = redactor.wrap(err, true);
        CommandLine cli = new CommandLine(new GodwitCommand().withTerminal(terminal).withHeadStart(headStart)
                .withRedactor(redactor));
        Commands.register(cli, args);
        cli.setOut(safeOut);
        cli.setErr(safeErr);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setParameterExceptionHandler(ErrorReporter::usageError);
        int status = cli.execute(args);
        safeOut.flush();
        safeErr.flush();
        if (out.checkError()) {
            // A full disk, /dev/full, a closed pipe: the output is cut short, so the run must not look fine.
            safeErr.println("ERROR: Could not write all of the output (standard output is full or closed, e.g. a full"
                    + " disk); what was written is incomplete. The command itself "
                    + (status == 0 ? "completed." : "failed as reported above."));
            safeErr.println("Free some space or write the output elsewhere, then run the command again.");
            safeErr.flush();
            status = ErrorReporter.FAILURE;
        }
        return status;
    }
}

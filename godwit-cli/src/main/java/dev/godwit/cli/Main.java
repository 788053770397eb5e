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
        CommandLine cli = new CommandLine(new GodwitCommand().withTerminal(terminal).withHeadStart(headStart));
        Commands.register(cli, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setParameterExceptionHandler(ErrorReporter::usageError);
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}

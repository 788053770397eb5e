package dev.godwit.cli;

import dev.godwit.api.Godwit;
import dev.godwit.api.MigrationListener;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: global options, and the subcommands. */
@Command(name = "godwit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Database schema migrations: SQL revision files in a revision graph.",
        usageHelpAutoWidth = true)
public final class GodwitCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "-C", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Run as if started in DIR.")
    Path directory;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The configuration file (default: godwit.toml in the working directory).")
    Path config;

    @Option(names = {"-e", "--environment"}, paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Apply [environments.NAME] from godwit.toml.")
    String environment;

    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "The database URL; wins over every other source.")
    String url;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", scope = ScopeType.INHERIT,
            description = "How long to wait for another run's lock (default 60, lock_timeout in godwit.toml).")
    Integer lockTimeout;

    @Option(names = "--statement-lock-timeout", paramLabel = "SECONDS", scope = ScopeType.INHERIT,
            description = "How long a statement of a revision waits for a lock another session holds"
                    + " (default 10, statement_lock_timeout in godwit.toml; 0: forever).")
    Integer statementLockTimeout;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    private Terminal terminal = Terminal.system();
    private HeadStart headStart;
    private Redactor redactor = new Redactor();

    GodwitCommand withTerminal(Terminal terminal) {
        this.terminal = terminal;
        return this;
    }

    /** Work started before the command line was parsed; used if the parse agrees with it. */
    GodwitCommand withHeadStart(HeadStart start) {
        this.headStart = start;
        return this;
    }

    /** Where the secrets of the configuration go once it is loaded, to be kept out of the output. */
    GodwitCommand withRedactor(Redactor redactor) {
        this.redactor = redactor;
        return this;
    }

    Terminal terminal() {
        return terminal;
    }

    Redactor redactor() {
        return redactor;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The working directory the run behaves as if started in. */
    Path baseDirectory() {
        return options().baseDirectory();
    }

    /** The global options as parsed. */
    GlobalOptions options() {
        return new GlobalOptions(directory, config, environment, url, lockTimeout, statementLockTimeout);
    }

    Godwit godwit(MigrationListener listener) {
        return godwit(listener, false);
    }

    /** The API configured from the global options; {@code backup} forces a backup before changes. */
    Godwit godwit(MigrationListener listener, boolean backup) {
        GlobalOptions options = options();
        Godwit prepared = headStart == null || backup ? null : headStart.take(options);
        Godwit godwit;
        if (prepared != null) {
            godwit = prepared.withListener(listener);
        } else {
            Godwit.Builder builder = options.builder().listener(listener);
            if (backup) {
                builder.backup(true);
            }
            godwit = builder.load();
        }
        redactor.learn(godwit.secrets());
        SqliteNative.prepareFor(godwit);
        return godwit;
    }

    static boolean debugRequested(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult p = parseResult;
        while (p != null) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
            p = p.subcommand();
        }
        return false;
    }
}

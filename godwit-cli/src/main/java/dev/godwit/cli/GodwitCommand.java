package dev.godwit.cli;

import dev.godwit.GodwitBuilder;
import dev.godwit.Godwit;
import dev.godwit.api.MigrationListener;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: global options (built from {@link GlobalOption}), and the subcommands. */
@Command(name = "godwit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Database schema migrations: SQL revision files in a revision graph.",
        usageHelpAutoWidth = true, modelTransformer = GlobalOptionSpecs.class)
public final class GodwitCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
        return GlobalOptions.from(option -> GlobalOptionSpecs.value(spec, option));
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
            GodwitBuilder builder = options.builder().listener(listener);
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

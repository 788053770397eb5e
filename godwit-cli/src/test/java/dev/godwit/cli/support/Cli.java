package dev.godwit.cli.support;

import dev.godwit.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the godwit CLI in-process, as `godwit -C DIR ARGS…`, and captures what it prints. */
public final class Cli {

    private Cli() {
    }

    public record Result(int exit, String out, String err) {
        /** Both streams, for assertion messages. */
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    public static Result run(Path dir, String... args) {
        List<String> all = new ArrayList<>();
        all.add("-C");
        all.add(dir.toString());
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(all.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }
}

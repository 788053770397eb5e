package dev.godwit.cli;

import java.io.Console;

/** Where a confirmation is typed. The real one is the process's console; tests bring their own. */
public interface Terminal {

    /** True when a person can answer (a console is attached). */
    boolean interactive();

    /** Prints {@code prompt} and reads one line, or returns null at end of input. */
    String readLine(String prompt);

    /** The process's console, or a terminal that is not interactive when there is none. */
    static Terminal system() {
        Console console = System.console();
        return new Terminal() {
            @Override
            public boolean interactive() {
                return console != null;
            }

            @Override
            public String readLine(String prompt) {
                return console == null ? null : console.readLine("%s", prompt);
            }
        };
    }
}

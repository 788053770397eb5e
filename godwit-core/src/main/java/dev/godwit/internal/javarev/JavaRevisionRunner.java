package dev.godwit.internal.javarev;

import dev.godwit.api.JavaRevision;
import dev.godwit.internal.script.SplitterOptions;
import java.sql.Connection;

/** Runs a Java revision's upgrade or downgrade on the run's connection. */
public final class JavaRevisionRunner {
    private JavaRevisionRunner() {
    }

    /**
     * Runs one direction of {@code loaded} with a context on {@code connection}.
     *
     * @param dialect the database's name ({@code postgresql}, {@code mysql}, {@code sqlite})
     * @param splitting how that database reads SQL text, to find statements in what the code sends
     * @throws JavaRevisionFailure whatever the code threw, with its class
     */
    public static void run(LoadedJavaRevision loaded, Connection connection, String dialect,
                           SplitterOptions splitting, boolean up) throws JavaRevisionFailure {
        JavaRevision revision = loaded.revision();
        JdbcRevisionContext context = new JdbcRevisionContext(GuardedConnection.wrap(connection, revision.id(), splitting),
                dialect, revision.id());
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(revision.getClass().getClassLoader());
        try {
            if (up) {
                revision.upgrade(context);
            } else {
                revision.downgrade(context);
            }
        } catch (Throwable e) {
            // Whatever the revision's own code threw (an Error too: a StackOverflowError is over once
            // it has unwound) is reported like an exception; only a broken JVM goes on up.
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError || e instanceof OutOfMemoryError)) {
                throw (VirtualMachineError) e;
            }
            throw new JavaRevisionFailure(loaded.className(), up ? "upgrade" : "downgrade", e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}

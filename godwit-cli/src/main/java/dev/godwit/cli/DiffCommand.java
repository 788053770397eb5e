package dev.godwit.cli;

import dev.godwit.api.MigrationListener;
import dev.godwit.api.SchemaDiff;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "diff", mixinStandardHelpOptions = true, description = {
        "Print the differences between the database and the desired schema (`model`), and the SQL of both "
                + "directions, without writing anything."})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        SchemaDiff diff = parent.godwit(MigrationListener.NONE).diff();
        if (diff.isEmpty()) {
            out.println("No changes detected");
            return 0;
        }
        parent.redactor().verbatim(() -> {
            out.println("-- " + diff.changes().size() + " change(s) from the database to the desired schema:");
            for (String change : diff.changes()) {
                out.println("--   " + change);
            }
            out.println();
            out.println("-- +upgrade");
            out.print(diff.upgradeSql());
            out.println();
            out.println("-- +downgrade");
            out.print(diff.downgradeSql());
            out.flush();
        });
        return 0;
    }
}

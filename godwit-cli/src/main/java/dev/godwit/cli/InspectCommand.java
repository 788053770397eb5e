package dev.godwit.cli;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationListener;
import dev.godwit.Godwit;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "inspect", mixinStandardHelpOptions = true, description = {
        "Print the live schema a table at a time: columns with types, nullability and defaults, keys, "
                + "indexes, constraints; then views, enum types and sequences. --sql prints it as DDL instead."})
final class InspectCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Parameters(paramLabel = "TABLE", arity = "0..*", description = "Only these tables (default: all).")
    List<String> tables = new ArrayList<>();

    @Option(names = "--sql", description = "Print the schema as the DDL that creates it.")
    boolean sql;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        Godwit godwit = parent.godwit(MigrationListener.NONE);
        Schema schema = select(godwit.inspect());
        if (sql) {
            out.print(godwit.ddl(schema));
        } else if (schema.isEmpty()) {
            out.println("The schema is empty (Godwit's own tables are not shown).");
        } else {
            new SchemaFormat(out).print(schema);
        }
        out.flush();
        return 0;
    }

    /** The whole schema, or only the named tables (an unknown name is an error listing the known ones). */
    private Schema select(Schema schema) {
        if (tables.isEmpty()) {
            return schema;
        }
        List<Table> chosen = new ArrayList<>();
        for (String name : tables) {
            Table table = schema.table(name).or(() -> schema.tables().stream()
                    .filter(t -> t.name().equalsIgnoreCase(name)).findFirst()).orElse(null);
            if (table == null) {
                List<String> known = schema.tables().stream().map(Table::name).toList();
                throw new GodwitException(ErrorCode.UNKNOWN_TABLE, "No table '" + name + "' in the database",
                        known.isEmpty() ? "The schema has no tables yet."
                                : "Tables: " + String.join(", ", known.size() > 30 ? known.subList(0, 30) : known)
                                        + (known.size() > 30 ? ", …" : ""), null, java.util.Map.of("table", name));
            }
            chosen.add(table);
        }
        return Schema.ofTables(chosen);
    }
}

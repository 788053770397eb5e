package dev.godwit.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One database schema: its tables, views, PostgreSQL enum types and standalone sequences.
 * Lists are kept in name order so two schemas read from different places compare and print alike.
 *
 * @param notModelled the objects the schema has that Godwit does not model ({@code trigger
 *     t_touch on tickets}, {@code function f}), one line each: only a normalised model lists them,
 *     so that autogenerate can say they are left out
 */
public record Schema(List<Table> tables, List<View> views, List<EnumType> enums, List<Sequence> sequences,
        List<String> notModelled) implements java.io.Serializable {

    public Schema(List<Table> tables, List<View> views, List<EnumType> enums, List<Sequence> sequences) {
        this(tables, views, enums, sequences, List.of());
    }

    public Schema {
        notModelled = notModelled == null ? List.of() : List.copyOf(notModelled);
        tables = Names.sorted(tables, Table::name);
        views = Names.sorted(views, View::name);
        enums = Names.sorted(enums, EnumType::name);
        sequences = Names.sorted(sequences, Sequence::name);
    }

    public static Schema empty() {
        return new Schema(List.of(), List.of(), List.of(), List.of());
    }

    public static Schema ofTables(List<Table> tables) {
        return new Schema(tables, List.of(), List.of(), List.of());
    }

    public Optional<Table> table(String name) {
        return Names.find(tables, Table::name, name);
    }

    public Optional<View> view(String name) {
        return Names.find(views, View::name, name);
    }

    public Optional<EnumType> enumType(String name) {
        return Names.find(enums, EnumType::name, name);
    }

    public Optional<Sequence> sequence(String name) {
        return Names.find(sequences, Sequence::name, name);
    }

    public boolean isEmpty() {
        return tables.isEmpty() && views.isEmpty() && enums.isEmpty() && sequences.isEmpty();
    }

    /** This schema without the tables (and views) for which {@code keep} says no. */
    public Schema filterTables(java.util.function.Predicate<String> keep) {
        Objects.requireNonNull(keep, "keep");
        return new Schema(tables.stream().filter(t -> keep.test(t.name())).toList(),
                views.stream().filter(v -> keep.test(v.name())).toList(), enums, sequences, notModelled);
    }

    /** This schema, listing {@code objects} as not modelled. */
    public Schema withNotModelled(List<String> objects) {
        return new Schema(tables, views, enums, sequences, objects);
    }
}

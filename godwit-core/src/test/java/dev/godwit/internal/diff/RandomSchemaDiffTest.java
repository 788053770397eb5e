package dev.godwit.internal.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties over seeded random schemas: a schema against itself gives nothing; operations only
 * name objects of either schema; the order does not depend on the order of lists inside tables;
 * and every change set, both ways, runs on a {@link SymbolicDatabase} and reaches its target.
 */
class RandomSchemaDiffTest {

    private static final int SEEDS = 400;

    @Test
    void editedSchemas() {
        int nonEmpty = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            RandomSchemas generator = new RandomSchemas(seed);
            Schema a = generator.schema();
            Schema b = generator.edited(a);
            nonEmpty += checkBothWays(seed, a, b);
        }
        assertTrue(nonEmpty > SEEDS / 2, "the generator should mostly produce differences, got " + nonEmpty);
    }

    @Test
    void unrelatedSchemas() {
        for (long seed = 0; seed < SEEDS; seed++) {
            RandomSchemas generator = new RandomSchemas(seed + 100_000);
            checkBothWays(seed, generator.schema(), generator.schema());
        }
    }

    private static int checkBothWays(long seed, Schema a, Schema b) {
        SchemaDiffer differ = new SchemaDiffer();
        String context = "seed " + seed;
        assertTrue(differ.diff(a, a).isEmpty(), context);
        assertTrue(differ.diff(b, b).isEmpty(), context);
        int nonEmpty = 0;
        for (Schema[] pair : List.of(new Schema[] {a, b}, new Schema[] {b, a})) {
            ChangeSet changes = differ.diff(pair[0], pair[1]);
            nonEmpty += changes.isEmpty() ? 0 : 1;
            Set<String> names = names(pair[0]);
            names.addAll(names(pair[1]));
            for (Op op : changes.ops()) {
                assertTrue(names.contains(op.subject()), context + ": " + op.describe());
            }
            assertEquals(Fixtures.described(changes),
                    Fixtures.described(differ.diff(shuffled(pair[0], seed), shuffled(pair[1], seed))), context);
            try {
                SymbolicDatabase.check(pair[0], pair[1], changes);
            } catch (AssertionError e) {
                throw new AssertionError(context + ": " + e.getMessage(), e);
            }
        }
        return nonEmpty / 2;
    }

    private static Set<String> names(Schema schema) {
        Set<String> names = new HashSet<>();
        schema.tables().forEach(t -> names.add(t.name()));
        schema.views().forEach(v -> names.add(v.name()));
        schema.enums().forEach(e -> names.add(e.name()));
        schema.sequences().forEach(s -> names.add(s.name()));
        return names;
    }

    /** The same schema with the foreign keys, unique and check constraints of each table in another order. */
    private static Schema shuffled(Schema schema, long seed) {
        Random random = new Random(seed);
        List<Table> tables = new ArrayList<>();
        for (Table table : schema.tables()) {
            tables.add(table.withForeignKeys(shuffle(table.foreignKeys(), random))
                    .withUniques(shuffle(table.uniques(), random))
                    .withChecks(shuffle(table.checks(), random)));
        }
        return new Schema(tables, schema.views(), schema.enums(), schema.sequences());
    }

    private static <T> List<T> shuffle(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}

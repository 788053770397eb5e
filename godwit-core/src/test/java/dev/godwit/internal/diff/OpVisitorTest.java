package dev.godwit.internal.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every kind of operation accepts a visitor by calling the visit method for its own kind. */
class OpVisitorTest {

    @Test
    void samplesCoverEveryKindOnce() {
        Set<String> kinds = new TreeSet<>();
        collectRecords(Op.class, kinds);
        List<String> sampled = OpSamples.everyKind().stream().map(op -> op.getClass().getSimpleName()).toList();
        assertEquals(25, kinds.size());
        assertEquals(kinds, new TreeSet<>(sampled));
        assertEquals(kinds.size(), sampled.size(), "one sample per kind");
    }

    @Test
    void visitorHasOneMethodPerKindInTheSameOrder() {
        List<String> methods = Arrays.stream(Op.Visitor.class.getDeclaredMethods())
                .map(m -> m.getName() + "(" + m.getParameterTypes()[0].getSimpleName() + ")").sorted().toList();
        List<String> expected = OpSamples.everyKind().stream()
                .map(op -> "visit" + op.getClass().getSimpleName() + "(" + op.getClass().getSimpleName() + ")")
                .sorted().toList();
        assertEquals(expected, methods);
    }

    @Test
    void eachKindReachesItsVisitMethod() {
        List<Object> visited = new ArrayList<>();
        Op.Visitor<String> recorder = recorder(visited);
        for (Op op : OpSamples.everyKind()) {
            visited.clear();
            String method = op.accept(recorder);
            assertEquals("visit" + op.getClass().getSimpleName(), method);
            assertEquals(List.of(op), visited, "the visit method gets the operation itself");
        }
    }

    @Test
    void tableChangesNameTheirTable() {
        String onTable = OpSamples.everyKind().stream().filter(op -> op instanceof Op.OnTable)
                .map(op -> op.getClass().getSimpleName() + ":" + op.subject()).collect(Collectors.joining(" "));
        assertEquals("AddColumn:t DropColumn:t AlterColumn:t AddPrimaryKey:t DropPrimaryKey:t AddForeignKey:t "
                + "DropForeignKey:t CreateIndex:t DropIndex:t AddUnique:t DropUnique:t AddCheck:t DropCheck:t "
                + "AlterTableComment:t AlterTableOptions:t", onTable);
    }

    /** A visitor whose every method records its argument and returns its own name. */
    @SuppressWarnings("unchecked")
    private static Op.Visitor<String> recorder(List<Object> visited) {
        return (Op.Visitor<String>) Proxy.newProxyInstance(Op.class.getClassLoader(), new Class<?>[] {Op.Visitor.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(proxy, method, args);
                    }
                    visited.add(args[0]);
                    return method.getName();
                });
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "recorder";
        };
    }

    private static void collectRecords(Class<?> type, Set<String> records) {
        if (type.isRecord()) {
            records.add(type.getSimpleName());
            return;
        }
        for (Class<?> sub : type.getPermittedSubclasses()) {
            collectRecords(sub, records);
        }
    }
}

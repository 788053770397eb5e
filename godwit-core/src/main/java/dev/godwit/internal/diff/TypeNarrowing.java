package dev.godwit.internal.diff;

import dev.godwit.schema.ColumnType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells whether changing a column from one type to another can lose data: a shorter string, a
 * smaller number, fewer decimals, fewer enum values, or a change between unrelated families.
 */
public final class TypeNarrowing {

    private static final Map<String, Integer> INTEGER_WIDTH = Map.ofEntries(
            Map.entry("tinyint", 1), Map.entry("smallint", 2), Map.entry("int2", 2), Map.entry("mediumint", 3),
            Map.entry("int", 4), Map.entry("integer", 4), Map.entry("int4", 4), Map.entry("bigint", 8),
            Map.entry("int8", 8));

    private static final List<String> TEXT = List.of("char", "character", "varchar", "character varying", "text",
            "tinytext", "mediumtext", "longtext", "clob", "nchar", "nvarchar", "bpchar");

    private TypeNarrowing() {
    }

    /** A description of what may be lost, or empty when {@code to} holds every value {@code from} can. */
    public static Optional<String> describe(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        String a = from.baseName().replace(" unsigned", "").strip();
        String b = to.baseName().replace(" unsigned", "").strip();
        Optional<String> sign = MysqlTypeSizes.signChange(from, to);
        if (sign.isPresent()) {
            return sign;
        }
        if (INTEGER_WIDTH.containsKey(a) && INTEGER_WIDTH.containsKey(b)) {
            return INTEGER_WIDTH.get(b) < INTEGER_WIDTH.get(a) ? Optional.of("values too large for " + to + " fail or are cut")
                    : Optional.empty();
        }
        Optional<String> family = MysqlTypeSizes.narrowing(from, to);
        if (family != null) {
            return family;
        }
        if (TEXT.contains(a) && TEXT.contains(b)) {
            Integer lengthFrom = isUnbounded(a) ? null : from.length();
            Integer lengthTo = isUnbounded(b) ? null : to.length();
            if (lengthTo != null && (lengthFrom == null || lengthTo < lengthFrom)) {
                return Optional.of("strings longer than " + lengthTo + " characters fail or are cut");
            }
            return Optional.empty();
        }
        if ((a.equals("numeric") || a.equals("decimal")) && (b.equals("numeric") || b.equals("decimal"))) {
            Integer p1 = from.length();
            Integer s1 = from.scale();
            Integer p2 = to.length();
            Integer s2 = to.scale();
            if (p2 != null && (p1 == null || p2 - nz(s2) < p1 - nz(s1) || nz(s2) < nz(s1))) {
                return Optional.of("numbers that do not fit " + to + " fail or are rounded");
            }
            return Optional.empty();
        }
        if ((a.equals("enum") || a.equals("set")) && b.equals(a)) {
            List<String> lost = from.arguments().stream().filter(v -> !to.arguments().contains(v)).toList();
            return lost.isEmpty() ? Optional.empty()
                    : Optional.of("rows holding " + lost + " fail or lose their value");
        }
        if (TEXT.contains(b) && isUnbounded(b)) {
            return Optional.empty();
        }
        return Optional.of("values that do not convert to " + to + " fail or change");
    }

    private static boolean isUnbounded(String base) {
        return base.toLowerCase(Locale.ROOT).endsWith("text") || base.equals("clob");
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}

package dev.godwit.internal.diff;

import dev.godwit.schema.ColumnType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two MySQL/MariaDB type changes {@link TypeNarrowing} cannot tell from lengths alone: the
 * TEXT and BLOB families, whose size is in the name ({@code mediumtext} holds 16 MiB,
 * {@code tinytext} 255 bytes), and a change of sign ({@code int} to {@code int unsigned}: a
 * stored {@code -1} then fails "Out of range").
 */
final class MysqlTypeSizes {

    /** The most bytes a value of each TEXT and BLOB type holds. */
    private static final Map<String, Long> BYTES = Map.of(
            "tinytext", 255L, "mediumtext", 16_777_215L, "longtext", 4_294_967_295L,
            "tinyblob", 255L, "blob", 65_535L, "mediumblob", 16_777_215L, "longblob", 4_294_967_295L);

    private MysqlTypeSizes() {
    }

    /**
     * What a change between TEXT/BLOB types, or from a string type to one, loses; empty when
     * nothing; null when the change is not between such types (so another rule decides).
     * {@code text} counts as MySQL's 64 KiB type only next to a type of these families, since
     * elsewhere (PostgreSQL, SQLite) it is unbounded.
     */
    static Optional<String> narrowing(ColumnType from, ColumnType to) {
        String a = from.baseName();
        String b = to.baseName();
        boolean sameFamily = family(a) != null && family(a).equals(family(b)) && (BYTES.containsKey(a) || BYTES.containsKey(b));
        boolean intoFamily = BYTES.containsKey(b) && stringBytes(from) != null
                && (from.baseName().endsWith("binary") == family(b).equals("blob"));
        if (!sameFamily && !intoFamily) {
            return null;
        }
        long capacityTo = bytes(b);
        long capacityFrom = sameFamily ? bytes(a) : stringBytes(from);
        return capacityTo < capacityFrom
                ? Optional.of("values longer than " + capacityTo + " bytes fail or are cut")
                : Optional.empty();
    }

    /** A message when the column changes between signed and unsigned, else empty. */
    static Optional<String> signChange(ColumnType from, ColumnType to) {
        boolean wasUnsigned = unsigned(from);
        boolean isUnsigned = unsigned(to);
        if (!wasUnsigned && isUnsigned) {
            return Optional.of("negative values fail or are cut (" + to + " holds none)");
        }
        if (wasUnsigned && !isUnsigned && from.baseName().equals(to.baseName())) {
            return Optional.of("values above the largest " + to + " fail or are cut");
        }
        return Optional.empty();
    }

    /** MySQL writes UNSIGNED after the type ({@code int(10) unsigned zerofill}); SQLite's {@code UNSIGNED BIG INT} is no such type. */
    private static boolean unsigned(ColumnType type) {
        return type.sql().toLowerCase(Locale.ROOT).matches(".*\\S\\s+unsigned(\\s+zerofill)?");
    }

    /** {@code text} or {@code blob} for the types of those families, else null. */
    private static String family(String base) {
        if (base.endsWith("text") && (base.equals("text") || BYTES.containsKey(base))) {
            return "text";
        }
        return base.endsWith("blob") && (base.equals("blob") || BYTES.containsKey(base)) ? "blob" : null;
    }

    private static long bytes(String base) {
        return base.equals("text") ? 65_535L : BYTES.get(base);
    }

    /** The bytes a char/varchar/binary column of n characters may need (4 per character, utf8mb4), or null. */
    private static Long stringBytes(ColumnType type) {
        String base = type.baseName();
        boolean string = base.equals("char") || base.equals("varchar") || base.equals("binary")
                || base.equals("varbinary");
        Integer length = type.length();
        if (!string || length == null) {
            return null;
        }
        return base.endsWith("binary") ? (long) length : 4L * length;
    }
}

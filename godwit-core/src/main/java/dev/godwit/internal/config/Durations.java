package dev.godwit.internal.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Reads the durations config files hold: a bare number of seconds ({@code "90"}), a number with a
 * unit ({@code "500ms"}, {@code "90s"}, {@code "2m"}, {@code "1h"}), units combined
 * ({@code "1m30s"}), or ISO-8601 ({@code "PT90S"}).
 */
final class Durations {
    private Durations() {}

    /** {@code d} as a user writes it: "90s", "1500ms", "-1s". */
    static String describe(java.time.Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
    }

    /** The duration {@code text} stands for, or null when it is not one. */
    static Duration parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.charAt(0) == 'P' || s.charAt(0) == 'p') {
            try {
                Duration d = Duration.parse(s);
                return d.isNegative() ? null : d;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Duration total = Duration.ZERO;
        int i = 0;
        int n = s.length();
        while (i < n) {
            int start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start || i - start > 12) {
                return null;
            }
            long amount = Long.parseLong(s.substring(start, i));
            int unitStart = i;
            while (i < n && Character.isLetter(s.charAt(i))) {
                i++;
            }
            String unit = s.substring(unitStart, i);
            if (unit.isEmpty()) {
                if (start != 0 || i != n) {
                    return null;
                }
                unit = "s";
            }
            switch (unit) {
                case "ms":
                    total = total.plusMillis(amount);
                    break;
                case "s":
                    total = total.plusSeconds(amount);
                    break;
                case "m":
                    total = total.plusMinutes(amount);
                    break;
                case "h":
                    total = total.plusHours(amount);
                    break;
                default:
                    return null;
            }
        }
        return total;
    }
}

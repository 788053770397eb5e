package dev.godwit.api;

import java.util.List;

/** What stamp changed in the version table (and nothing else). */
public record StampResult(List<String> rowsBefore, List<String> rowsAfter) {

    public StampResult {
        rowsBefore = List.copyOf(rowsBefore);
        rowsAfter = List.copyOf(rowsAfter);
    }
}

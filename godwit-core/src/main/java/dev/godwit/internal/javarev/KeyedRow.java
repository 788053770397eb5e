package dev.godwit.internal.javarev;

import java.util.Map;
import java.util.TreeMap;

/**
 * A row of a batch with the value of its first column kept aside: the key the next batch continues
 * after, whatever its label (a case-insensitive map has no column order).
 */
final class KeyedRow extends TreeMap<String, Object> {
    private static final long serialVersionUID = 1L;

    private final transient Object key;

    KeyedRow(Map<String, Object> row, Object key) {
        super(String.CASE_INSENSITIVE_ORDER);
        putAll(row);
        this.key = key;
    }

    Object key() {
        return key;
    }
}

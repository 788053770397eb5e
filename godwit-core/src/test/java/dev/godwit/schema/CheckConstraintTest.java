package dev.godwit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a check is written (in its column or on the table) is no difference: only rendering follows it. */
class CheckConstraintTest {

    @Test
    void theLevelIsNotPartOfEquality() {
        CheckConstraint column = new CheckConstraint("status", "`status` in ('a','b')", true);
        CheckConstraint table = new CheckConstraint("status", "`status` in ('a','b')");
        assertTrue(column.columnLevel());
        assertFalse(table.columnLevel());
        assertEquals(table, column);
        assertEquals(table.hashCode(), column.hashCode());
        assertNotEquals(table, new CheckConstraint("status", "`status` in ('a')", true));
        assertNotEquals(table, new CheckConstraint("other", "`status` in ('a','b')", true));
    }
}

package dev.godwit.internal.db.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The deparsed forms PostgreSQL would print differently when sent back, and those it would not. */
class PostgresExpressionsTest {

    @Test
    void aWholeArrayCastGetsItsElementTypeFirst() {
        assertEquals("status::text = ANY (ARRAY['a'::character varying, 'b'::character varying]"
                        + "::character varying[]::text[])",
                PostgresExpressions.reparseable(
                        "status::text = ANY (ARRAY['a'::character varying, 'b'::character varying]::text[])"));
        assertEquals("((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])"
                        + "::character varying[]::text[]))",
                PostgresExpressions.reparseable(
                        "((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"));
    }

    @Test
    void arraysPostgresPrintsTheSameWayStayAsTheyAre() {
        for (String same : new String[] {
                "n = ANY (ARRAY[1, 2])",
                "s = ANY (ARRAY['a'::text, 'b'::text])",
                "s = ANY ('{a,b}'::text[])",
                "x = ANY (ARRAY[a, b]::text[])",
                "s = 'ARRAY[''a''::character varying]::text[]'",
                "f(ARRAY['a'::text, 'b'::character varying]::text[])"}) {
            assertEquals(same, PostgresExpressions.reparseable(same));
        }
    }
}

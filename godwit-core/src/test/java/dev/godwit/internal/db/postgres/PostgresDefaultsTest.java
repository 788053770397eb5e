package dev.godwit.internal.db.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The default rewrites on their own, including the cases the server never prints. */
class PostgresDefaultsTest {

    @Test
    void nowBecomesCurrentTimestampWhereverItIsAFunctionCall() {
        assertEquals("CURRENT_TIMESTAMP", PostgresDefaults.normalise("now()"));
        assertEquals("(CURRENT_TIMESTAMP + '1 day'::interval)",
                PostgresDefaults.normalise("(now() + '1 day'::interval)"));
        assertEquals("'now()'::text", PostgresDefaults.normalise("'now()'::text"));
        assertEquals("snow()", PostgresDefaults.normalise("snow()"));
        assertEquals("x.now()", PostgresDefaults.normalise("x.now()"));
        assertEquals("\"now()\"", PostgresDefaults.normalise("\"now()\""));
        assertEquals("'it''s now()' || CURRENT_TIMESTAMP", PostgresDefaults.normalise("'it''s now()' || now()"));
    }

    @Test
    void aQuotedNumberOnANumericTypeBecomesTheNumber() {
        assertEquals("0", PostgresDefaults.normalise("'0'::numeric"));
        assertEquals("5", PostgresDefaults.normalise("'5'::bigint"));
        assertEquals("-1", PostgresDefaults.normalise("'-1'::integer"));
        assertEquals("-1.5", PostgresDefaults.normalise("'-1.5'::numeric"));
        assertEquals("1.5", PostgresDefaults.normalise("'1.5'::double precision"));
        assertEquals("'5'::text", PostgresDefaults.normalise("'5'::text"));
        assertEquals("'5'::character varying", PostgresDefaults.normalise("'5'::character varying"));
        assertEquals("('1'::numeric + 1)", PostgresDefaults.normalise("('1'::numeric + 1)"));
        assertNull(PostgresDefaults.normalise(null));
    }
}

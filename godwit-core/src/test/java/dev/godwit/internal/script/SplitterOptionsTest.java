package dev.godwit.internal.script;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.dialect.DialectKind;
import org.junit.jupiter.api.Test;

/** The per-dialect lexer settings. */
class SplitterOptionsTest {

    @Test
    void postgresql() {
        SplitterOptions o = SplitterOptions.forDialect(DialectKind.POSTGRESQL);
        assertTrue(o.dollarQuotes() && o.escapeStringPrefix() && o.nestedBlockComments() && o.beginEndBlocks());
        assertFalse(o.backslashEscapesInStrings() || o.backtickIdentifiers() || o.bracketIdentifiers()
                || o.hashComments() || o.dashCommentNeedsSpace() || o.versionedComments() || o.delimiterCommand());
    }

    @Test
    void mysql() {
        SplitterOptions o = SplitterOptions.forDialect(DialectKind.MYSQL);
        assertTrue(o.backslashEscapesInStrings() && o.backtickIdentifiers() && o.hashComments()
                && o.dashCommentNeedsSpace() && o.versionedComments() && o.beginEndBlocks() && o.delimiterCommand());
        assertFalse(o.dollarQuotes() || o.escapeStringPrefix() || o.bracketIdentifiers() || o.nestedBlockComments());
    }

    @Test
    void sqlite() {
        SplitterOptions o = SplitterOptions.forDialect(DialectKind.SQLITE);
        assertTrue(o.backtickIdentifiers() && o.bracketIdentifiers() && o.beginEndBlocks());
        assertFalse(o.dollarQuotes() || o.escapeStringPrefix() || o.backslashEscapesInStrings() || o.hashComments()
                || o.nestedBlockComments() || o.dashCommentNeedsSpace() || o.versionedComments() || o.delimiterCommand());
    }

    @Test
    void nullKindIsRejected() {
        assertThrows(NullPointerException.class, () -> SplitterOptions.forDialect(null));
    }
}

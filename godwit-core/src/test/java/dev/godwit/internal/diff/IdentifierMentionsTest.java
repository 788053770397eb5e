package dev.godwit.internal.diff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentifierMentionsTest {

    @Test
    void bareQuotedAndBacktickedNames() {
        assertTrue(IdentifierMentions.mentions("SELECT id FROM tickets", "tickets"));
        assertTrue(IdentifierMentions.mentions("SELECT id FROM \"tickets\"", "tickets"));
        assertTrue(IdentifierMentions.mentions("select `t`.`id` from `tickets` `t`", "tickets"));
        assertTrue(IdentifierMentions.mentions("SELECT tickets.id FROM public.tickets", "tickets"));
    }

    @Test
    void caseIsIgnored() {
        assertTrue(IdentifierMentions.mentions("SELECT id FROM TICKETS", "tickets"));
        assertTrue(IdentifierMentions.mentions("SELECT id FROM tickets", "Tickets"));
        assertTrue(IdentifierMentions.mentions("SELECT id FROM \"Tickets\"", "tickets"));
    }

    @Test
    void onlyWholeTokens() {
        assertFalse(IdentifierMentions.mentions("SELECT id FROM ticket_tags", "tickets"));
        assertFalse(IdentifierMentions.mentions("SELECT id FROM tickets2", "tickets"));
        assertFalse(IdentifierMentions.mentions("SELECT id FROM old_tickets", "tickets"));
        assertFalse(IdentifierMentions.mentions("SELECT $tickets FROM x", "tickets"));
        assertTrue(IdentifierMentions.mentions("SELECT count(*) FROM(tickets)JOIN users", "tickets"));
        assertTrue(IdentifierMentions.mentions("tickets", "tickets"));
    }

    @Test
    void namesThatAreNotPlainWords() {
        assertTrue(IdentifierMentions.mentions("SELECT * FROM \"order lines\" ol", "order lines"));
        assertTrue(IdentifierMentions.mentions("SELECT * FROM `order-lines`", "order-lines"));
        assertTrue(IdentifierMentions.mentions("SELECT * FROM \"say \"\"hi\"\"\"", "say \"hi\""));
        assertFalse(IdentifierMentions.mentions("SELECT * FROM \"order lines 2\"", "order lines"));
    }

    @Test
    void aQuoteInsideAStringDoesNotStartAName() {
        assertTrue(IdentifierMentions.mentions("SELECT '\"' AS q, x FROM \"order lines\"", "order lines"));
        assertTrue(IdentifierMentions.mentions("SELECT 1 -- \" not a name\nFROM \"order lines\"", "order lines"));
    }

    @Test
    void wordsInStringsAndCommentsCountToBeSafe() {
        assertTrue(IdentifierMentions.mentions("SELECT 'tickets' AS label", "tickets"));
        assertTrue(IdentifierMentions.mentions("SELECT 1 /* from tickets */", "tickets"));
        assertTrue(IdentifierMentions.mentions("SELECT id FROM \"my tickets\"", "tickets"));
    }

    @Test
    void columnTypesMentionTheirEnumType() {
        assertTrue(IdentifierMentions.mentions("mood[]", "mood"));
        assertTrue(IdentifierMentions.mentions("\"Mood\"", "mood"));
        assertFalse(IdentifierMentions.mentions("moods", "mood"));
    }
}

package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The sign before each detected change, also when a portable project prefixes it with its database. */
class AutogenerateMarkerTest {

    @Test
    void theSignFollowsTheVerbAfterTheDatabasePrefix() {
        assertEquals("+", AutogenerateOutput.marker("create table agents"));
        assertEquals("+", AutogenerateOutput.marker("postgresql: create table agents"));
        assertEquals("+", AutogenerateOutput.marker("mysql: add column agents.phone"));
        assertEquals("-", AutogenerateOutput.marker("sqlite: drop column agents.phone"));
        assertEquals("~", AutogenerateOutput.marker("postgresql: alter column agents.name"));
    }
}

package dev.godwit.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
    @Test
    void forms() {
        assertEquals(Duration.ofSeconds(90), Durations.parse("90"));
        assertEquals(Duration.ofSeconds(90), Durations.parse(" 90s "));
        assertEquals(Duration.ofMinutes(2), Durations.parse("2m"));
        assertEquals(Duration.ofHours(1), Durations.parse("1h"));
        assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
        assertEquals(Duration.ofSeconds(3723), Durations.parse("1h2m3s"));
        assertEquals(Duration.ofSeconds(45), Durations.parse("PT45S"));
        assertEquals(Duration.ZERO, Durations.parse("0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "s", "-5", "5x", "1m30", "1.5s", "PT-5S", "Pfoo", "5 s", "9999999999999s"})
    void rejects(String text) {
        assertNull(Durations.parse(text));
    }
}

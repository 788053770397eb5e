package dev.godwit.jpa.moods.v2;

/** A mood, stored as a PostgreSQL enum type {@code mood} (v2 of its values). */
public enum Mood {
    SAD, MEH, OK, HAPPY, ECSTATIC, ZEN
}

package dev.godwit.jpa.moods.v1;

/** A mood, stored as a PostgreSQL enum type {@code mood} (v1 of its values). */
public enum Mood {
    SAD, OK, HAPPY
}

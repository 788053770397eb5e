package dev.godwit.api;

/** Which way a revision runs. */
public enum Direction {
    UPGRADE,
    DOWNGRADE
}

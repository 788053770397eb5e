package dev.godwit.spring.boot;

import dev.godwit.Godwit;

/**
 * What runs at start-up in {@code godwit.mode=migrate} and {@code migrate-and-exit}; declare a bean
 * of this type to replace the default, which upgrades to {@code godwit.target}.
 */
@FunctionalInterface
public interface GodwitMigrationStrategy {

    /** Upgrades to {@code target}. */
    GodwitMigrationStrategy UPGRADE = (godwit, target) -> godwit.upgrade(target);

    /** Runs the migration with {@code godwit}; {@code target} is {@code godwit.target}. */
    void migrate(Godwit godwit, String target);
}

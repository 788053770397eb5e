package com.example.app;

import dev.godwit.junit.GodwitMigrationTests;

/** heads, u1 and u2 (upgrade, downgrade, upgrade again: the downgrade restores the schema), as tests of this class. */
@GodwitMigrationTests(
        url = "${USERS_TEST_DB_URL:-jdbc:sqlite:target/users-migrations-test.db}",
        migrations = "src/test/resources/example-migrations")
class UsersMigrationsTest {
}

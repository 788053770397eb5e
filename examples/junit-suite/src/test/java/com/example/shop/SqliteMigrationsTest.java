package com.example.shop;

import dev.godwit.junit.GodwitMigrationTests;

/** The shop's migration checks on SQLite, the database of godwit.toml: heads, s1, s2, s3, model. */
@GodwitMigrationTests(config = "godwit.toml")
class SqliteMigrationsTest {
}

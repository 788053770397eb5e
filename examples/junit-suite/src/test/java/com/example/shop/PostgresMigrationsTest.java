package com.example.shop;

import dev.godwit.junit.GodwitMigrationTests;

/**
 * The same checks on PostgreSQL: on a scratch schema made in the test server's database, removed
 * afterwards. (With a URL instead: {@code url = "${DATABASE_URL:-jdbc:postgresql://localhost/test}"}.)
 */
@GodwitMigrationTests(config = "godwit.toml", dataSource = TestServers.Postgres.class)
class PostgresMigrationsTest {
}

package com.example.shop;

import dev.godwit.junit.GodwitMigrationTests;

/** The same checks on MariaDB: on a scratch database made on the test server, removed afterwards. */
@GodwitMigrationTests(config = "godwit.toml", dataSource = TestServers.MariaDb.class)
class MariaDbMigrationsTest {
}

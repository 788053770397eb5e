package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.junit.GodwitExtension;
import dev.godwit.junit.RevisionDatabase;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

class UsersMigrationTest {

    @RegisterExtension
    static GodwitExtension godwit = GodwitExtension.forUrl("jdbc:sqlite:target/users-migration-test.db")
            .migrations(Path.of("src/test/resources/example-migrations"));

    /** One test per revision: upgrade, downgrade, upgrade again, the downgrade restores the schema. */
    @TestFactory
    Stream<DynamicTest> migrations() {
        return godwit.migrationTests();
    }

    /** The data migration of revision u2 lower-cases the e-mail addresses already there. */
    @Test
    void lowerCasesExistingEmails() throws Exception {
        try (RevisionDatabase db = godwit.at("u1").withData("INSERT INTO users (id, email) VALUES (1, 'Ann@Example.COM')")) {
            db.upgrade("u2");
            try (Statement s = db.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT email FROM users WHERE id = 1")) {
                rs.next();
                assertEquals("ann@example.com", rs.getString(1));
            }
        }
    }
}

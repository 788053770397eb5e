package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.godwit.junit.GodwitExtension;
import dev.godwit.junit.RevisionDatabase;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Revision s3 fills email_lower for the customers already there: tested from s2, with rows. */
class EmailBackfillTest {

    /** A database of the tests' own: at(...) downgrades it to base and upgrades it to the revision. */
    @RegisterExtension
    static GodwitExtension godwit = GodwitExtension.forUrl("jdbc:sqlite:target/email-backfill-test.db")
            .migrations(Path.of("src/main/resources/db/versions"));

    @Test
    void s3NormalisesTheEmailsOfExistingCustomers() throws Exception {
        try (RevisionDatabase db = godwit.at("s2").withData(
                "INSERT INTO junit_customers (id, name, email) VALUES (1, 'Ann', '  Ann@Example.COM ')",
                "INSERT INTO junit_customers (id, name, email) VALUES (2, 'Bob', NULL)")) {
            db.upgrade("s3");
            try (Statement s = db.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, email_lower FROM junit_customers ORDER BY id")) {
                rs.next();
                assertEquals("ann@example.com", rs.getString(2));
                rs.next();
                assertNull(rs.getString(2), "no e-mail, nothing to normalise");
            }
        }
    }
}

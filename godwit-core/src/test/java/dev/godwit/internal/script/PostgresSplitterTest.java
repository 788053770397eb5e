package dev.godwit.internal.script;

import static dev.godwit.internal.script.Split.lines;
import static dev.godwit.internal.script.Split.pg;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.internal.dialect.DialectKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL lexing: dollar quotes, E'' and U&'' strings, nested comments, BEGIN ATOMIC. */
class PostgresSplitterTest {

    @Test
    void anonymousDollarQuoteHoldsSemicolons() {
        String fn = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; SELECT 2; $$ LANGUAGE sql";
        assertEquals(List.of(fn, "SELECT 3"), pg(fn + ";\nSELECT 3;"));
    }

    @Test
    void taggedDollarQuoteHoldsOtherTagsAndPlainDollars() {
        String fn = lines(
                "CREATE OR REPLACE FUNCTION f() RETURNS trigger AS $body$",
                "BEGIN",
                "  EXECUTE $q$ SELECT 'x;'; $q$;",
                "  RAISE NOTICE '$$ not the end; %', $$ inner $$;",
                "  RETURN NEW;",
                "END;",
                "$body$ LANGUAGE plpgsql").strip();
        assertEquals(List.of(fn, "SELECT 1"), pg(fn + ";\nSELECT 1;"));
    }

    @Test
    void dollarQuoteClosesOnlyWithTheSameTag() {
        assertEquals(List.of("SELECT $a$ $b$ ; $B$ ; $a$", "SELECT 2"), pg("SELECT $a$ $b$ ; $B$ ; $a$; SELECT 2"));
    }

    @Test
    void quotesAndCommentsInsideDollarQuotesAreText() {
        assertEquals(List.of("SELECT $$ it's /* -- \" $$", "SELECT 2"), pg("SELECT $$ it's /* -- \" $$; SELECT 2"));
    }

    @Test
    void positionalParametersAreNotDollarQuotes() {
        assertEquals(List.of("PREPARE p AS SELECT $1, $2 FROM t WHERE a = $1", "EXECUTE p(1, 2)"),
                pg("PREPARE p AS SELECT $1, $2 FROM t WHERE a = $1; EXECUTE p(1, 2);"));
    }

    @Test
    void dollarInsideIdentifiersIsNotADollarQuote() {
        assertEquals(List.of("SELECT a$b, c$ FROM t$1", "SELECT $$;$$"), pg("SELECT a$b, c$ FROM t$1; SELECT $$;$$;"));
        assertEquals(List.of("SELECT x$$y FROM t", "SELECT 2"), pg("SELECT x$$y FROM t; SELECT 2"));
    }

    @Test
    void dollarQuoteTagWithDigitsAndUnderscores() {
        assertEquals(List.of("SELECT $_t1$;$_t1$", "SELECT 2"), pg("SELECT $_t1$;$_t1$; SELECT 2"));
    }

    @Test
    void escapeStringsUseBackslashEscapes() {
        assertEquals(List.of("SELECT E'it\\'s; fine'", "SELECT e'\\\\'", "SELECT 3"),
                pg("SELECT E'it\\'s; fine'; SELECT e'\\\\'; SELECT 3"));
    }

    @Test
    void plainStringsTreatBackslashAsText() {
        assertEquals(List.of("SELECT 'C:\\'", "SELECT 'x'"), pg("SELECT 'C:\\'; SELECT 'x'"));
    }

    @Test
    void identifierEndingInEIsNotAnEscapeStringPrefix() {
        assertEquals(List.of("SELECT name'\\'", "SELECT 2"), pg("SELECT name'\\'; SELECT 2"));
    }

    @Test
    void unicodeStringsAndIdentifiers() {
        assertEquals(List.of("SELECT U&'d\\0061t\\+000061;' UESCAPE '\\'", "SELECT U&\"d;a\"", "SELECT 3"),
                pg("SELECT U&'d\\0061t\\+000061;' UESCAPE '\\'; SELECT U&\"d;a\"; SELECT 3"));
    }

    @Test
    void blockCommentsNest() {
        assertEquals(List.of("SELECT 1 /* outer /* inner; */ still; comment */ + 1", "SELECT 2"),
                pg("SELECT 1 /* outer /* inner; */ still; comment */ + 1; SELECT 2"));
        assertEquals(List.of("SELECT 1"), pg("SELECT 1 /* trailing /* nested */ comment; */;"));
        assertEquals(List.of("SELECT 2"), pg("/* a /* b /* c */ ; */ ; */ SELECT 2"));
    }

    @Test
    void doubleDashAlwaysStartsAComment() {
        assertEquals(List.of("SELECT 1 --comment; no split\n+ 1"), pg("SELECT 1 --comment; no split\n+ 1;"));
    }

    @Test
    void hashAndBacktickAreOrdinaryCharacters() {
        assertEquals(List.of("SELECT '{a}'::jsonb #> '{a}'", "SELECT 2"), pg("SELECT '{a}'::jsonb #> '{a}'; SELECT 2"));
        assertEquals(List.of("SELECT 5 # 3", "SELECT 2"), pg("SELECT 5 # 3; SELECT 2"));
    }

    @Test
    void bracketsAreArraySubscriptsNotIdentifiers() {
        assertEquals(List.of("SELECT a[1], ARRAY[1, 2]", "SELECT ']'"), pg("SELECT a[1], ARRAY[1, 2]; SELECT ']';"));
    }

    @Test
    void beginAtomicBodyHoldsSemicolons() {
        String fn = lines(
                "CREATE FUNCTION add_one(a integer) RETURNS integer",
                "LANGUAGE SQL",
                "BEGIN ATOMIC",
                "  INSERT INTO log VALUES (a);",
                "  SELECT CASE WHEN a > 0 THEN a + 1 ELSE 0 END;",
                "END").strip();
        assertEquals(List.of(fn, "SELECT add_one(1)"), pg(fn + ";\nSELECT add_one(1);"));
    }

    @Test
    void procedureWithBeginAtomic() {
        String proc = "CREATE OR REPLACE PROCEDURE p() LANGUAGE SQL BEGIN ATOMIC UPDATE t SET a = 1; DELETE FROM u; END";
        assertEquals(List.of(proc, "CALL p()"), pg(proc + "; CALL p();"));
    }

    @Test
    void singleStatementSqlFunctionBodyEndsAtSemicolon() {
        assertEquals(List.of("CREATE FUNCTION f(a int) RETURNS int LANGUAGE SQL RETURN a + 1", "SELECT 1"),
                pg("CREATE FUNCTION f(a int) RETURNS int LANGUAGE SQL RETURN a + 1; SELECT 1;"));
    }

    @Test
    void triggerExecutingAFunctionIsOneStatement() {
        assertEquals(2, pg(lines(
                "CREATE TRIGGER t BEFORE UPDATE ON users",
                "  FOR EACH ROW EXECUTE FUNCTION touch();",
                "CREATE CONSTRAINT TRIGGER c AFTER INSERT ON users DEFERRABLE FOR EACH ROW EXECUTE FUNCTION chk();")).size());
    }

    @Test
    void doBlockIsOneStatement() {
        String block = "DO $$ BEGIN IF NOT EXISTS (SELECT 1) THEN CREATE TABLE x (); END IF; END $$";
        assertEquals(List.of(block, "SELECT 1"), pg(block + ";\nSELECT 1;"));
    }

    @Test
    void transactionBlockStatementsAreSplit() {
        assertEquals(List.of("BEGIN", "SELECT 1", "END"), pg("BEGIN; SELECT 1; END;"));
        assertEquals(List.of("START TRANSACTION ISOLATION LEVEL SERIALIZABLE", "COMMIT"),
                pg("START TRANSACTION ISOLATION LEVEL SERIALIZABLE; COMMIT;"));
    }

    @Test
    void realisticMigration() {
        String script = lines(
                "-- users and their audit trail",
                "CREATE TABLE users (",
                "    id bigserial PRIMARY KEY,",
                "    email text NOT NULL UNIQUE, -- login; unique",
                "    \"display;name\" text,",
                "    created_at timestamptz NOT NULL DEFAULT now()",
                ");",
                "",
                "COMMENT ON TABLE users IS 'People; who log in. It''s important';",
                "",
                "CREATE FUNCTION audit_users() RETURNS trigger",
                "LANGUAGE plpgsql AS $fn$",
                "BEGIN",
                "    INSERT INTO audit (tbl, op, at) VALUES ('users', TG_OP, now());",
                "    RETURN NEW;",
                "END;",
                "$fn$;",
                "",
                "CREATE TRIGGER users_audit AFTER INSERT OR UPDATE ON users",
                "    FOR EACH ROW EXECUTE FUNCTION audit_users();",
                "",
                "/* an index built without locking writes */",
                "CREATE INDEX CONCURRENTLY users_email_lower ON users (lower(email));",
                "INSERT INTO settings (k, v) VALUES (E'path', E'C:\\\\temp\\\\'), ('q', $$'quoted'$$);");
        List<Statement> s = Split.statements(DialectKind.POSTGRESQL, script);
        assertEquals(6, s.size());
        assertEquals(List.of(2, 9, 11, 19, 23, 24), s.stream().map(Statement::line).toList());
        assertEquals(List.of(false, false, false, false, true, false),
                s.stream().map(Statement::cannotRunInTransaction).toList());
        assertEquals("INSERT INTO settings (k, v) VALUES (E'path', E'C:\\\\temp\\\\'), ('q', $$'quoted'$$)",
                s.get(5).sql());
    }
}

package dev.godwit.internal.confine;

import dev.godwit.internal.db.Databases;
import dev.godwit.internal.db.mysql.MysqlDialect;
import dev.godwit.internal.db.postgres.PostgresDialect;
import dev.godwit.internal.db.sqlite.SqliteDialect;
import dev.godwit.spi.DdlStatement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.dialect.DialectKind;
import dev.godwit.internal.script.StatementSplitter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What confinement keeps, maps and refuses in a model, statement by statement. */
class ModelScopeTest {

    private static final ModelScope PG = new ModelScope(new PostgresDialect().confinementRules(), "public",
            Set.of("public", "pg_catalog", "information_schema", "billing"));
    private static final ModelScope MYSQL = new ModelScope(new MysqlDialect().confinementRules(), "app", Set.of("app", "x", "mysql", "test"));
    private static final ModelScope SQLITE = new ModelScope(new SqliteDialect().confinementRules(), null, Set.of());

    private static List<String> confine(ModelScope scope, String text) {
        return scope.confine(statements(scope.rules(), text), "the DDL folder schema").stream().map(DdlStatement::sql).toList();
    }

    private static List<DdlStatement> statements(ConfinementRules rules, String text) {
        return StatementSplitter.split(text, 1, rules.syntax()).stream()
                .map(s -> new DdlStatement(s.sql(), Path.of("schema/01.sql"), s.line())).toList();
    }

    private static String refused(ModelScope scope, String text) {
        GodwitException e = assertThrows(GodwitException.class, () -> confine(scope, text), text);
        assertTrue(e.getMessage().contains("schema/01.sql:"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void mysqlUseOfAnotherDatabaseIsRefusedWithFileAndLine() {
        String m = refused(MYSQL, "CREATE TABLE a (id int);\nUSE x;\nCREATE TABLE t1 (id int PRIMARY KEY);");
        assertTrue(m.contains("schema/01.sql:2") && m.contains("USE x"), m);
    }

    @Test
    void mysqlUseAndQualifiersOfTheOwnDatabaseMapOntoTheScratch() {
        assertEquals(List.of("CREATE TABLE t1 (id int PRIMARY KEY)", "CREATE TABLE t2 (id int REFERENCES t1 (id))"),
                confine(MYSQL, "USE `App`;\nCREATE TABLE app.t1 (id int PRIMARY KEY);\n"
                        + "CREATE TABLE `app`.t2 (id int REFERENCES APP.t1 (id));"));
        assertEquals(List.of(), confine(MYSQL, "CREATE DATABASE IF NOT EXISTS app; GRANT ALL ON app.* TO u;"));
    }

    @Test
    void mysqlStatementsThatReachOutsideAreRefused() {
        refused(MYSQL, "CREATE TABLE x.t2 (id int)");
        refused(MYSQL, "INSERT INTO `x`.t VALUES (1)");
        refused(MYSQL, "CREATE VIEW v AS SELECT * FROM mysql.user");
        refused(MYSQL, "DROP DATABASE x");
        refused(MYSQL, "CREATE DATABASE y");
        refused(MYSQL, "/*!40000 DROP DATABASE IF EXISTS x*/");
        refused(MYSQL, "COMMIT");
        refused(MYSQL, "START TRANSACTION");
        refused(MYSQL, "SET GLOBAL max_connections = 10");
        refused(MYSQL, "SET autocommit = 0");
        refused(MYSQL, "SELECT 1 INTO OUTFILE '/tmp/x'");
        refused(MYSQL, "PREPARE s FROM 'DROP DATABASE x'");
        refused(MYSQL, "CREATE USER u");
        refused(MYSQL, "DELIMITER $$\nCREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN INSERT INTO x.log VALUES (1); END$$\nDELIMITER ;");
    }

    @Test
    void mysqlAliasesAndColumnsAreNotSchemas() {
        String view = "CREATE VIEW v AS SELECT c.id, t1.name FROM t1 JOIN t2 c ON c.id = t1.id";
        assertEquals(List.of(view), confine(MYSQL, view));
        assertEquals(List.of("/*!40101 SET NAMES utf8 */"), confine(MYSQL, "/*!40101 SET NAMES utf8 */;"));
    }

    @Test
    void postgresDumpIsMappedOntoTheScratch() {
        String dump = """
                --
                -- PostgreSQL database dump
                --

                \\restrict abcDEF123

                SET statement_timeout = 0;
                SET client_encoding = 'UTF8';
                SELECT pg_catalog.set_config('search_path', '', false);
                SET check_function_bodies = false;
                CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
                COMMENT ON EXTENSION citext IS 'text';
                CREATE TABLE public.comments (
                    id integer NOT NULL,
                    body text
                );
                ALTER TABLE public.comments OWNER TO postgres;
                CREATE SEQUENCE public.comments_id_seq AS integer START WITH 1;
                ALTER SEQUENCE public.comments_id_seq OWNED BY public.comments.id;
                ALTER TABLE ONLY public.comments ALTER COLUMN id SET DEFAULT nextval('public.comments_id_seq'::regclass);
                ALTER TABLE ONLY public.comments ADD CONSTRAINT comments_pkey PRIMARY KEY (id);
                CREATE VIEW public.v AS SELECT c.id FROM public.comments c;
                GRANT SELECT ON TABLE public.comments TO PUBLIC;

                \\unrestrict abcDEF123
                """;
        List<String> out = confine(PG, dump);
        assertEquals(List.of("SET check_function_bodies = false",
                "CREATE TABLE comments (\n    id integer NOT NULL,\n    body text\n)",
                "CREATE SEQUENCE comments_id_seq AS integer START WITH 1",
                "ALTER SEQUENCE comments_id_seq OWNED BY comments.id",
                "ALTER TABLE ONLY comments ALTER COLUMN id SET DEFAULT nextval('comments_id_seq'::regclass)",
                "ALTER TABLE ONLY comments ADD CONSTRAINT comments_pkey PRIMARY KEY (id)",
                "CREATE VIEW v AS SELECT c.id FROM comments c"), out);
    }

    @Test
    void postgresStatementsThatReachOutsideAreRefused() {
        refused(PG, "SET search_path TO billing");
        refused(PG, "SELECT pg_catalog.set_config('search_path', 'billing', false)");
        refused(PG, "CREATE TABLE billing.t (id int)");
        refused(PG, "CREATE TABLE \"billing\".t (id int)");
        refused(PG, "CREATE SCHEMA other");
        refused(PG, "DROP SCHEMA public CASCADE");
        refused(PG, "CREATE TABLE t (id int DEFAULT nextval('billing.s'))");
        refused(PG, "COMMIT");
        refused(PG, "BEGIN");
        refused(PG, "DO $$ BEGIN EXECUTE 'CREATE TABLE billing.x ()'; END $$");
        refused(PG, "CREATE DATABASE other");
        refused(PG, "DROP DATABASE other");
        refused(PG, "RESET search_path");
        refused(PG, "SET ROLE postgres");
        refused(PG, "\\connect other");
        refused(PG, "ALTER TABLE t SET SCHEMA billing");
        refused(PG, "ALTER TABLE t SET SCHEMA public");
        refused(PG, "CREATE FUNCTION pg_catalog.f() RETURNS int LANGUAGE sql AS 'SELECT 1'");
        refused(PG, "CREATE CAST (text AS int) WITH INOUT");
        refused(PG, "CREATE LANGUAGE plperl");
        String trigger = "CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION "
                + "pg_catalog.suppress_redundant_updates_trigger()";
        assertEquals(List.of(trigger), confine(PG, trigger));
        refused(PG, "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO billing.log VALUES (1); RETURN NEW; END $$");
        assertEquals(List.of("SET search_path TO public", "CREATE TABLE t (id int)").subList(1, 2),
                confine(PG, "SET search_path = public, pg_catalog; CREATE TABLE t (id int)"));
        assertEquals(List.of(), confine(PG, "CREATE SCHEMA IF NOT EXISTS public; COMMENT ON SCHEMA public IS 'x'"));
    }

    @Test
    void sqliteDumpsTransactionIsLeftOutButAttachIsRefused() {
        assertEquals(List.of("CREATE TABLE t (id INTEGER)"),
                confine(SQLITE, "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE t (id INTEGER);\nCOMMIT;")
                        .subList(1, 2));
        refused(SQLITE, "ATTACH DATABASE '/tmp/x.db' AS x");
        refused(SQLITE, "VACUUM INTO '/tmp/x.db'");
    }
}

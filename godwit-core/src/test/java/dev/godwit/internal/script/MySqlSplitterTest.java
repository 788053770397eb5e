package dev.godwit.internal.script;

import dev.godwit.internal.db.mysql.MysqlDialect;
import static dev.godwit.internal.script.Split.lines;
import static dev.godwit.internal.script.Split.mysql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.dialect.DialectKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MySQL/MariaDB lexing: backticks, backslashes, # and "-- " comments, DELIMITER, routine bodies. */
class MySqlSplitterTest {

    @Test
    void backtickIdentifiersWithDoubling() {
        assertEquals(List.of("SELECT `a;b`, `x``;y` FROM `t`", "SELECT 2"),
                mysql("SELECT `a;b`, `x``;y` FROM `t`; SELECT 2"));
    }

    @Test
    void backslashEscapesInBothQuoteKinds() {
        assertEquals(List.of("SELECT 'it\\'s; ok'", "SELECT \"say \\\"hi;\\\"\"", "SELECT 'a\\\\'", "SELECT 4"),
                mysql("SELECT 'it\\'s; ok'; SELECT \"say \\\"hi;\\\"\"; SELECT 'a\\\\'; SELECT 4"));
    }

    @Test
    void backslashBeforeOtherCharacters() {
        assertEquals(List.of("SELECT 'a\\nb;\\t'", "SELECT 2"), mysql("SELECT 'a\\nb;\\t'; SELECT 2"));
    }

    @Test
    void doubleQuotedTextIsAString() {
        assertEquals(List.of("INSERT INTO t VALUES (\"x;\"\"y\")", "SELECT 2"),
                mysql("INSERT INTO t VALUES (\"x;\"\"y\"); SELECT 2"));
    }

    @Test
    void hashStartsAComment() {
        assertEquals(List.of("SELECT 1", "SELECT 2 # trailing; still comment\n+ 1"),
                mysql("# header; comment\nSELECT 1; SELECT 2 # trailing; still comment\n+ 1;"));
    }

    @Test
    void dashDashNeedsWhiteSpaceOrControlCharacter() {
        assertEquals(List.of("SELECT 5--1", "SELECT 2"), mysql("SELECT 5--1; SELECT 2"));
        assertEquals(List.of("SELECT 5 -- x; y\n+ 1"), mysql("SELECT 5 -- x; y\n+ 1;"));
        assertEquals(List.of("SELECT 5 --\t; y\n+ 1"), mysql("SELECT 5 --\t; y\n+ 1;"));
        assertEquals(List.of("SELECT 5"), mysql("SELECT 5;\n--\n"));
        assertEquals(List.of("SELECT 1"), mysql("SELECT 1; --"));
    }

    @Test
    void versionedCommentsArePartOfTheStatement() {
        assertEquals(List.of("/*!40101 SET @OLD_CS=@@CHARACTER_SET_CLIENT */", "CREATE TABLE t (a INT) /*!50100 ENGINE=InnoDB */"),
                mysql("/*!40101 SET @OLD_CS=@@CHARACTER_SET_CLIENT */;\nCREATE TABLE t (a INT) /*!50100 ENGINE=InnoDB */;"));
        assertEquals(List.of("/*M!100100 SET x=1 */"), mysql("/*M!100100 SET x=1 */;"));
    }

    @Test
    void plainBlockCommentsDoNotNest() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), mysql("/* a /* b */ SELECT 1; SELECT 2"));
    }

    @Test
    void optimizerHintsAreKept() {
        assertEquals(List.of("SELECT /*+ MAX_EXECUTION_TIME(1000) */ * FROM t"),
                mysql("SELECT /*+ MAX_EXECUTION_TIME(1000) */ * FROM t;"));
    }

    @Test
    void dollarSignsAreIdentifierCharacters() {
        assertEquals(List.of("SELECT $a, b$$ FROM t", "SELECT 2"), mysql("SELECT $a, b$$ FROM t; SELECT 2"));
    }

    @Test
    void delimiterCommandChangesTheTerminator() {
        String text = lines(
                "DELIMITER $$",
                "CREATE PROCEDURE p()",
                "BEGIN",
                "  SELECT 1;",
                "  SELECT 2;",
                "END$$",
                "DELIMITER ;",
                "CALL p();");
        List<Statement> s = Split.statements(DialectKind.MYSQL, text);
        assertEquals(List.of("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND", "CALL p()"),
                s.stream().map(Statement::sql).toList());
        assertEquals(List.of(2, 8), s.stream().map(Statement::line).toList());
        assertEquals(List.of(1, 2), s.stream().map(Statement::index).toList());
    }

    @Test
    void delimiterCommandVariants() {
        // The client sends "SELECT 1; SELECT 2" as one request and the server runs both, one by one.
        assertEquals(List.of("SELECT 1", "SELECT 2", "SELECT 3"),
                mysql("delimiter //\nSELECT 1; SELECT 2 //\nSELECT 3//\nDelimiter ;\n"));
        assertEquals(List.of("SELECT 1", "SELECT 2"), mysql("  DELIMITER ;;  \nSELECT 1;;\nSELECT 2;;\nDELIMITER ;"));
        assertEquals(List.of("SELECT 'a$$b'", "SELECT `$$`"), mysql("DELIMITER $$\nSELECT 'a$$b'$$ SELECT `$$` $$"));
    }

    @Test
    void delimiterAfterCommentsAndUnterminatedLastStatement() {
        assertEquals(List.of("SELECT 1", "SELECT 2"),
                mysql("-- switch\n/* now */\nDELIMITER $$\nSELECT 1$$\nSELECT 2\n"));
    }

    @Test
    void delimiterWordInsideAStatementIsText() {
        assertEquals(List.of("CREATE TABLE t (\n  delimiter VARCHAR(3)\n)", "SELECT delimiter FROM t"),
                mysql("CREATE TABLE t (\n  delimiter VARCHAR(3)\n);\nSELECT delimiter FROM t;"));
    }

    @Test
    void delimiterWithoutValueIsAnError() {
        ScriptSyntaxException e = assertThrows(ScriptSyntaxException.class, () -> mysql("SELECT 1;\nDELIMITER\nSELECT 2;"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("DELIMITER at line 2"), e.getMessage());
        assertTrue(e.hint().contains("DELIMITER $$"));
    }

    @Test
    void delimiterIsNotACommandInOtherDialects() {
        assertEquals(List.of("DELIMITER $$\nSELECT 1$$"), Split.pg("DELIMITER $$\nSELECT 1$$;"));
    }

    @Test
    void procedureWithNestedBlocksWithoutDelimiter() {
        String proc = lines(
                "CREATE DEFINER=`admin`@`%` PROCEDURE fill(IN n INT)",
                "BEGIN",
                "  DECLARE i INT DEFAULT 0;",
                "  DECLARE done INT DEFAULT FALSE;",
                "  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION",
                "  BEGIN",
                "    ROLLBACK;",
                "    SET done = TRUE;",
                "  END;",
                "  outer_loop: LOOP",
                "    SET i = i + 1;",
                "    IF i > n THEN",
                "      LEAVE outer_loop;",
                "    ELSEIF i = 5 THEN",
                "      ITERATE outer_loop;",
                "    ELSE",
                "      INSERT INTO t (v, w) VALUES (i, IF(i % 2 = 0, 'even;', 'odd'));",
                "    END IF;",
                "  END LOOP outer_loop;",
                "  WHILE i > 0 DO",
                "    SET i = i - 1;",
                "  END WHILE;",
                "  REPEAT",
                "    SET i = i + 1;",
                "    SET @s = REPEAT('x', i);",
                "  UNTIL i >= 3 END REPEAT;",
                "  CASE i",
                "    WHEN 3 THEN SELECT 'three';",
                "    ELSE BEGIN SELECT CASE WHEN i > 3 THEN 'big' ELSE 'small' END; END;",
                "  END CASE;",
                "END").strip();
        assertEquals(List.of(proc, "CALL fill(10)"), mysql(proc + ";\nCALL fill(10);"));
    }

    @Test
    void ifFunctionAndIfExistsDoNotOpenBlocks() {
        String proc = lines(
                "CREATE PROCEDURE p()",
                "BEGIN",
                "  DROP TABLE IF EXISTS tmp;",
                "  CREATE TEMPORARY TABLE IF NOT EXISTS tmp (a INT);",
                "  SELECT IF(a > 1, 'x', 'y') INTO @v FROM tmp;",
                "  SET @w = IF(@v = 'x', 1, 2);",
                "  SET @z = CASE WHEN @w = 1 THEN IF(@v, 1, 0) ELSE IF(@w, 2, 3) END;",
                "END").strip();
        assertEquals(List.of(proc, "SELECT 1"), mysql(proc + ";\nSELECT 1;"));
    }

    @Test
    void ifStatementWithParenthesizedConditionOpensABlock() {
        String proc = "CREATE PROCEDURE p() BEGIN IF (1 > 0) THEN SELECT 1; END IF; IF EXISTS (SELECT 1) THEN SELECT 2; END IF; END";
        assertEquals(List.of(proc, "SELECT 3"), mysql(proc + "; SELECT 3;"));
    }

    @Test
    void nestedIfInsideElseAndCaseStatement() {
        String proc = lines(
                "CREATE PROCEDURE p(x INT)",
                "BEGIN",
                "  IF x = 1 THEN",
                "    IF x > 0 THEN SELECT 1; END IF;",
                "  ELSE",
                "    IF (x < 0) THEN SELECT 2; ELSE SELECT 3; END IF;",
                "  END IF;",
                "  CASE",
                "    WHEN x = 1 THEN IF x THEN SELECT 4; END IF;",
                "    ELSE CASE x WHEN 2 THEN SELECT 5; ELSE SELECT 6; END CASE;",
                "  END CASE;",
                "END").strip();
        assertEquals(List.of(proc, "SELECT 7"), mysql(proc + ";\nSELECT 7;"));
    }

    @Test
    void functionWithSingleStatementBody() {
        assertEquals(List.of("CREATE FUNCTION f(a INT) RETURNS INT DETERMINISTIC RETURN IF(a > 0, a, -a)", "SELECT f(1)"),
                mysql("CREATE FUNCTION f(a INT) RETURNS INT DETERMINISTIC RETURN IF(a > 0, a, -a); SELECT f(1);"));
    }

    @Test
    void functionWithBeginEndBody() {
        String fn = lines(
                "CREATE FUNCTION hello(s CHAR(20)) RETURNS CHAR(50) DETERMINISTIC",
                "BEGIN",
                "  DECLARE r CHAR(50);",
                "  SET r = CONCAT('Hello, ', s, '!;');",
                "  RETURN r;",
                "END").strip();
        assertEquals(List.of(fn, "SELECT hello('x')"), mysql(fn + ";\nSELECT hello('x');"));
    }

    @Test
    void triggerWithBody() {
        String trig = lines(
                "CREATE TRIGGER users_bi BEFORE INSERT ON users FOR EACH ROW",
                "BEGIN",
                "  IF NEW.email IS NULL THEN",
                "    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'email; required';",
                "  END IF;",
                "  SET NEW.created_at = NOW();",
                "END").strip();
        assertEquals(List.of(trig, "INSERT INTO users VALUES (1)"), mysql(trig + ";\nINSERT INTO users VALUES (1);"));
    }

    @Test
    void triggerWithSingleStatementEndsAtSemicolon() {
        assertEquals(List.of("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = 1", "SELECT 2"),
                mysql("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = 1; SELECT 2;"));
    }

    @Test
    void triggerAndEventBodiesMayBeBareCompoundStatements() {
        String trig = "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW IF NEW.x IS NULL THEN SET NEW.x = 1; SET NEW.y = 2; END IF";
        assertEquals(List.of(trig, "SELECT 1"), mysql(trig + "; SELECT 1;"));
        String loop = "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW CASE WHEN NEW.x THEN SET NEW.y = 1; ELSE SET NEW.y = 2; END CASE";
        assertEquals(List.of(loop, "SELECT 1"), mysql(loop + "; SELECT 1;"));
        String ev = "CREATE EVENT e ON SCHEDULE EVERY 1 HOUR DO IF @a THEN DELETE FROM t; END IF";
        assertEquals(List.of(ev, "SELECT 1"), mysql(ev + "; SELECT 1;"));
    }

    @Test
    void eventWithBody() {
        String ev = "CREATE EVENT IF NOT EXISTS purge ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM log WHERE at < NOW(); OPTIMIZE TABLE log; END";
        assertEquals(List.of(ev, "SELECT 1"), mysql(ev + ";\nSELECT 1;"));
    }

    @Test
    void createOrReplaceAndDefinerForms() {
        for (String prefix : List.of("CREATE OR REPLACE", "CREATE DEFINER = CURRENT_USER", "CREATE DEFINER=CURRENT_USER()",
                "CREATE DEFINER='root'@'localhost'", "CREATE OR REPLACE DEFINER=root@localhost")) {
            String p = prefix + " PROCEDURE p() BEGIN SELECT 1; SELECT 2; END";
            assertEquals(List.of(p, "SELECT 3"), mysql(p + "; SELECT 3;"), prefix);
        }
    }

    @Test
    void viewsWithDefinerAreNotRoutines() {
        assertEquals(List.of("CREATE DEFINER=`root`@`%` SQL SECURITY DEFINER VIEW v AS SELECT CASE WHEN 1 THEN 2 END", "SELECT 3"),
                mysql("CREATE DEFINER=`root`@`%` SQL SECURITY DEFINER VIEW v AS SELECT CASE WHEN 1 THEN 2 END; SELECT 3;"));
    }

    @Test
    void blockKeywordsInsideStringsAndIdentifiersAreIgnored() {
        String proc = "CREATE PROCEDURE p() BEGIN SELECT 'BEGIN', \"END IF\", `case`, begin_date, end_at, t.end FROM t; END";
        assertEquals(List.of(proc, "SELECT 1"), mysql(proc + "; SELECT 1;"));
    }

    @Test
    void labelsAfterEnd() {
        String proc = "CREATE PROCEDURE p() lbl: BEGIN w: WHILE 1 DO LEAVE w; END WHILE w; r: REPEAT SELECT 1; UNTIL 1 END REPEAT r; END lbl";
        assertEquals(List.of(proc, "SELECT 2"), mysql(proc + "; SELECT 2;"));
    }

    @Test
    void mysqldumpStyleScript() {
        String script = lines(
                "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;",
                "DROP TABLE IF EXISTS `orders`;",
                "CREATE TABLE `orders` (",
                "  `id` int NOT NULL AUTO_INCREMENT,",
                "  `note` varchar(50) DEFAULT 'n/a; \\'none\\'',",
                "  PRIMARY KEY (`id`)",
                ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;",
                "DELIMITER ;;",
                "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `orders_bi` BEFORE INSERT ON `orders` FOR EACH ROW BEGIN",
                "  SET NEW.note = IFNULL(NEW.note, 'x;y');",
                "END */;;",
                "DELIMITER ;",
                "INSERT INTO `orders` VALUES (1,'a'),(2,'b;c');",
                "# done");
        List<Statement> s = Split.statements(DialectKind.MYSQL, script);
        assertEquals(List.of(1, 2, 3, 9, 13), s.stream().map(Statement::line).toList());
        assertTrue(s.get(3).sql().startsWith("/*!50003 CREATE*/"));
        assertTrue(s.get(3).sql().endsWith("END */"));
        assertEquals("INSERT INTO `orders` VALUES (1,'a'),(2,'b;c')", s.get(4).sql());
    }

    @Test
    void realisticMigrationWithoutDelimiter() {
        String script = lines(
                "CREATE TABLE accounts (id INT PRIMARY KEY, balance DECIMAL(10,2), `status` ENUM('open','closed'));",
                "",
                "CREATE PROCEDURE transfer(IN src INT, IN dst INT, IN amount DECIMAL(10,2))",
                "BEGIN",
                "  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;",
                "  START TRANSACTION;",
                "  UPDATE accounts SET balance = balance - amount WHERE id = src;",
                "  UPDATE accounts SET balance = balance + amount WHERE id = dst;",
                "  COMMIT;",
                "END;",
                "",
                "CREATE INDEX accounts_status ON accounts (`status`);");
        List<Statement> s = Split.statements(DialectKind.MYSQL, script);
        assertEquals(3, s.size());
        assertEquals(List.of(1, 3, 12), s.stream().map(Statement::line).toList());
        assertTrue(s.get(1).sql().endsWith("COMMIT;\nEND"));
    }

    @Test
    void aDelimiterBlockWithSeveralStatementsSplitsAsTheServerRunsThem() {
        String text = lines(
                "DELIMITER $$",
                "DROP PROCEDURE IF EXISTS p;",
                "CREATE PROCEDURE p() BEGIN SELECT 1; END$$",
                "DROP TRIGGER IF EXISTS tr; CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW",
                "BEGIN",
                "  IF NEW.a > 0 THEN SET NEW.b = 'x;y'; END IF;",
                "  CASE WHEN NEW.a = 1 THEN SET NEW.c = 1; ELSE BEGIN END; END CASE;",
                "END$$",
                "CREATE FUNCTION f() RETURNS INT DETERMINISTIC RETURN 1; SELECT 2$$",
                "DELIMITER ;",
                "CALL p();");
        List<Statement> s = Split.statements(DialectKind.MYSQL, text);
        assertEquals(List.of("DROP PROCEDURE IF EXISTS p", "CREATE PROCEDURE p() BEGIN SELECT 1; END",
                "DROP TRIGGER IF EXISTS tr",
                "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  IF NEW.a > 0 THEN SET NEW.b = 'x;y'; END IF;\n"
                        + "  CASE WHEN NEW.a = 1 THEN SET NEW.c = 1; ELSE BEGIN END; END CASE;\nEND",
                "CREATE FUNCTION f() RETURNS INT DETERMINISTIC RETURN 1", "SELECT 2", "CALL p()"),
                s.stream().map(Statement::sql).toList());
        assertEquals(List.of(2, 3, 4, 4, 9, 9, 11), s.stream().map(Statement::line).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), s.stream().map(Statement::index).toList());
    }

    @Test
    void splittingADelimiterBlockLeavesTheChecksumAsItWas() {
        StringBuilder tokens = new StringBuilder();
        StatementSplitter.split("DELIMITER //\nSELECT 1; SELECT 2 //\nDELIMITER ;\nSELECT 3;", 1,
                MysqlDialect.SPLITTER_OPTIONS, tokens);
        assertEquals("6:SELECT1:11:;6:SELECT1:2|6:SELECT1:3|", tokens.toString());
        StringBuilder routine = new StringBuilder();
        List<Statement> s = StatementSplitter.split("DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END;$$\n"
                + "SELECT 2; $$\nDELIMITER ;\n", 1, MysqlDialect.SPLITTER_OPTIONS, routine);
        assertEquals(List.of("CREATE PROCEDURE p() BEGIN SELECT 1; END", "SELECT 2"),
                s.stream().map(Statement::sql).toList());
        assertEquals("6:CREATE9:PROCEDURE1:p1:(1:)5:BEGIN6:SELECT1:11:;3:END1:;|6:SELECT1:21:;|", routine.toString());
    }
}

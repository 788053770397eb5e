package dev.godwit.internal.db.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Removing the database's own qualifier from stored view text, and MySQL's parentheses around checks. */
class MysqlViewTextTest {

    @Test
    void removesOnlyThisDatabasesQualifier() {
        assertEquals("select `t`.`id` AS `id` from `t` join `other`.`u` on(`u`.`id` = `t`.`id`)",
                MysqlViewText.unqualify("select `shop`.`t`.`id` AS `id` from `shop`.`t` join `other`.`u`"
                        + " on(`u`.`id` = `shop`.`t`.`id`)", "shop"));
    }

    @Test
    void leavesStringLiteralsAlone() {
        assertEquals("select '`shop`.`t`' AS `a`,'it''s `shop`.x' AS `b`,'\\'`shop`.' AS `c` from `t`",
                MysqlViewText.unqualify("select '`shop`.`t`' AS `a`,'it''s `shop`.x' AS `b`,'\\'`shop`.' AS `c`"
                        + " from `shop`.`t`", "shop"));
    }

    @Test
    void aTableNamedLikeTheDatabaseKeepsItsName() {
        assertEquals("select `shop`.`id` AS `id` from `shop`",
                MysqlViewText.unqualify("select `shop`.`shop`.`id` AS `id` from `shop`.`shop`", "shop"));
    }

    @Test
    void aColumnNamedLikeTheDatabaseAfterADotIsKept() {
        assertEquals("select `t`.`shop` AS `shop` from `t`",
                MysqlViewText.unqualify("select `shop`.`t`.`shop` AS `shop` from `shop`.`t`", "shop"));
    }

    @Test
    void backquotesInsideNames() {
        assertEquals("select `t`.`a``b` AS `x` from `t`",
                MysqlViewText.unqualify("select `we``ird`.`t`.`a``b` AS `x` from `we``ird`.`t`", "we`ird"));
    }

    @Test
    void outerParenthesesOfMysqlChecks() {
        assertEquals("`a` > 0", MysqlInspector.withoutOuterParentheses("(`a` > 0)"));
        assertEquals("(`a` > 0) and (`b` > 0)", MysqlInspector.withoutOuterParentheses("(`a` > 0) and (`b` > 0)"));
        assertEquals("`a` <> ')'", MysqlInspector.withoutOuterParentheses("(`a` <> ')')"));
        assertEquals("`a` > 0", MysqlInspector.withoutOuterParentheses("`a` > 0"));
    }

    @Test
    void versionsAndCharsets() {
        MysqlFlavor maria = MysqlFlavor.parse(true, "5.5.5-10.11.6-MariaDB-log");
        assertEquals(new MysqlFlavor(true, 10, 11, 6), maria);
        assertEquals(true, maria.hasFullCollationNames());
        assertEquals(false, maria.hasIndexExpressions());
        assertEquals(false, MysqlFlavor.parse(true, "10.6.16-MariaDB").hasFullCollationNames());
        assertEquals(true, MysqlFlavor.parse(false, "8.0.36").hasIndexExpressions());
        assertEquals(false, MysqlFlavor.parse(false, "8.0.15").hasCheckConstraints());
        assertEquals("utf8mb4", MysqlInspector.charsetOf("utf8mb4_uca1400_ai_ci"));
        assertEquals("binary", MysqlInspector.charsetOf("binary"));
    }
}

package dev.godwit.internal.db.mysql;

import java.util.List;

/**
 * The catalog queries that list what a Mysql schema holds and the schema model leaves out:
 * triggers, routines and events. One line per object, such as {@code trigger tickets_touch on tickets}; a {@code ?}
 * is the schema (null: the connection's own).
 */
final class MysqlNotModelled {

    static final List<String> QUERIES = List.of(
            "SELECT CONCAT('trigger ', TRIGGER_NAME, ' on ', EVENT_OBJECT_TABLE) FROM information_schema.TRIGGERS"
                    + " WHERE TRIGGER_SCHEMA = COALESCE(?, DATABASE()) ORDER BY 1",
            "SELECT CONCAT(LOWER(ROUTINE_TYPE), ' ', ROUTINE_NAME) FROM information_schema.ROUTINES"
                    + " WHERE ROUTINE_SCHEMA = COALESCE(?, DATABASE()) ORDER BY 1",
            "SELECT CONCAT('event ', EVENT_NAME) FROM information_schema.EVENTS"
                    + " WHERE EVENT_SCHEMA = COALESCE(?, DATABASE()) ORDER BY 1");

    private MysqlNotModelled() {
    }
}

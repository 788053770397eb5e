package dev.godwit.inspect;

import dev.godwit.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;

final class MysqlInspector implements SchemaInspector {

    @Override
    public Schema inspect(Connection connection, String schema) throws SQLException {
        throw new UnsupportedOperationException("being written");
    }
}

package dev.godwit.schema;

import java.util.List;

/** A PostgreSQL enum type with its values in order. (MySQL's ENUM is a column type instead.) */
public record EnumType(String name, List<String> values) implements java.io.Serializable {

    public EnumType {
        Names.requireName(name, "an enum type");
        values = List.copyOf(values);
    }
}

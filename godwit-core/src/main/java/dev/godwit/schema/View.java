package dev.godwit.schema;

/**
 * A view.
 *
 * @param definition the query as the catalog prints it, without {@code CREATE VIEW … AS}, with
 *     names unqualified
 */
public record View(String name, String definition) implements java.io.Serializable {

    public View {
        Names.requireName(name, "a view");
        java.util.Objects.requireNonNull(definition, "definition");
    }
}

package dev.godwit.spi;

import java.util.List;

/**
 * A source of the desired schema, as DDL statements in the target database's dialect. The DDL
 * folder is one; JPA entities (whose metadata Hibernate turns into DDL) plug in beside it.
 */
public interface ModelSource {

    /** What the source is, for messages: {@code the DDL folder schema/ (4 files)}. */
    String description();

    /** The statements that create the desired schema on an empty database, in order. */
    List<DdlStatement> statements();
}

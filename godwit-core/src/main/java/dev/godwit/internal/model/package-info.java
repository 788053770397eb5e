/**
 * Where the desired schema comes from. A {@link dev.godwit.spi.ModelSource} yields DDL statements
 * (a folder of {@code .sql} files today; JPA entities later) and a {@link
 * dev.godwit.internal.model.ScratchDatabase} runs them on a throw-away database of the same kind and
 * inspects the result, so the desired schema is spelled exactly as the database itself would
 * spell it: every default, type alias and implicit index is the database's own.
 */
package dev.godwit.internal.model;

import dev.godwit.spi.ModelSource;

/**
 * The revision graph: revisions linked by {@code revises} (down revisions) and {@code depends-on},
 * with heads, bases, branch points, merge points and branch labels, as in Alembic. It resolves
 * targets ({@code head}, {@code heads}, {@code base}, ids, prefixes, labels, relative steps),
 * plans upgrades, downgrades and stamps, and selects history ranges. It knows nothing of files or
 * databases: a database's state is just the set of revision ids in its version table ("rows").
 */
package dev.godwit.internal.graph;

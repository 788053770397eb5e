/**
 * Backups before an upgrade or downgrade, taken with the database's own tool: SQLite's online
 * backup API (through the JDBC driver), {@code pg_dump -Fc}, {@code mariadb-dump}/{@code mysqldump}.
 * {@link dev.godwit.internal.backup.BackupTaker#take} writes one new file named after the database, the
 * current revision and the UTC time, and returns it with the shell command that restores it.
 *
 * <p>Passwords never reach a tool's command line: PostgreSQL tools get {@code PGPASSWORD} in their
 * environment, MySQL/MariaDB tools a private (0600) option file deleted right after the run. Neither
 * the restore command nor any message contains the password.
 */
package dev.godwit.internal.backup;

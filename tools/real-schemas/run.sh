#!/usr/bin/env bash
# Real application schemas as autogenerate models, judged by the databases' own tools.
#
# Downloads Debian packages that ship their application's CREATE scripts (Roundcube, MediaWiki,
# Icinga 2 IDO), and for each schema and database:
#   round trip  - the schema loaded directly with the database's client; `godwit check` must find nothing
#   from empty  - `godwit migrate` + `upgrade` on an empty database; `check` must be clean, and the
#                 database's own dump (pg_dump -s, mariadb-dump --no-data, PRAGMAs on SQLite) must equal
#                 the dump of the schema loaded directly
# and for the old-to-new cases (tools/real-schemas/old-to-new.sh) the generated upgrade against the
# shipped upgrade script. Prints one line per case; the dump differences stay in $WORK/<case>/.
#
# Usage: tools/real-schemas/run.sh            (servers: the local PostgreSQL and MariaDB)
# Env:   GODWIT (default ./godwit), WORK (default /tmp/godwit-real-schemas)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export GODWIT="${GODWIT:-$root/godwit}"
export WORK="${WORK:-/tmp/godwit-real-schemas}"
source "$here/lib.sh"

fetch_packages roundcube-core mediawiki icinga2-ido-mysql icinga2-ido-pgsql
S="$WORK/pkg/usr/share"
RC="$S/roundcube/SQL"
MW="$S/mediawiki/maintenance"

cases=(
  "roundcube sqlite $RC/sqlite.initial.sql"
  "roundcube pg $RC/postgres.initial.sql"
  "roundcube my $RC/mysql.initial.sql"
  "mediawiki sqlite $MW/sqlite/tables-generated.sql"
  "mediawiki pg $MW/postgres/tables-generated.sql"
  "mediawiki my $MW/tables-generated.sql"
  "icinga-ido pg $S/icinga2-ido-pgsql/schema/pgsql.sql"
  "icinga-ido my $S/icinga2-ido-mysql/schema/mysql.sql"
)
for c in "${cases[@]}"; do
  # shellcheck disable=SC2086
  set -- $c
  round_trip "$1" "$2" "$3"
  from_empty "$1" "$2" "$3"
done
"$here/old-to-new.sh"

#!/usr/bin/env bash
# Old version to new version: the previous release's schema is made from the shipped one by undoing
# the shipped upgrade script (each case says how), loaded with the database's own client; then
#   shipped - the shipped upgrade script applied to it, dumped
#   godwit  - `godwit migrate` (model: the new schema) + `upgrade` applied to it, dumped; then
#             `downgrade -1`, dumped again, which must equal the old schema's dump.
# Run by tools/real-schemas/run.sh (after the packages are fetched), or alone with the same env.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/lib.sh"
RC="$WORK/pkg/usr/share/roundcube/SQL"
mkdir -p "$WORK/old"

old_to_new() { # CASE DIALECT OLD NEW SHIPPED_UPGRADE
  local c=$1 dl=$2 out="$WORK/$1-$2"
  mkdir -p "$out"
  fresh_db "$c" "$dl" shipped; load_sql "$c" "$dl" shipped "$3"
  dump_db "$c" "$dl" shipped > "$out/old.dump"
  load_sql "$c" "$dl" shipped "$5"; dump_db "$c" "$dl" shipped > "$out/shipped.dump"
  fresh_db "$c" "$dl" godwit; load_sql "$c" "$dl" godwit "$3"
  local dir; dir="$(project "$c" "$dl" godwit "$4")"
  godwit_in "$dir" migrate -m upgrade && godwit_in "$dir" upgrade; local up=$?
  dump_db "$c" "$dl" godwit > "$out/godwit.dump"
  godwit_in "$dir" downgrade -1; local down=$?
  dump_db "$c" "$dl" godwit > "$out/down.dump"
  diff "$out/shipped.dump" "$out/godwit.dump" > "$out/upgrade.diff"
  diff "$out/old.dump" "$out/down.dump" > "$out/downgrade.diff"
  printf '%-22s %-6s old to new: upgrade exit %s, %s lines differ from the shipped upgrade; downgrade exit %s, %s lines differ from the old schema\n' \
    "$c" "$dl" "$up" "$(grep -c '^[<>]' "$out/upgrade.diff")" "$down" "$(grep -c '^[<>]' "$out/downgrade.diff")"
  echo "    revision: $(ls "$dir"/migrations/versions/*.sql)"
}

# Roundcube 2022081200 (PostgreSQL, SQLite): the responses index stops being unique.
sed 's/CREATE INDEX responses_user_id_idx/CREATE UNIQUE INDEX responses_user_id_idx/' \
  "$RC/postgres.initial.sql" > "$WORK/old/rc-pg-2022081200.sql"
old_to_new roundcube-2022081200 pg "$WORK/old/rc-pg-2022081200.sql" "$RC/postgres.initial.sql" "$RC/postgres/2022081200.sql"
sed 's/CREATE INDEX ix_responses_user_id/CREATE UNIQUE INDEX ix_responses_user_id/' \
  "$RC/sqlite.initial.sql" > "$WORK/old/rc-sqlite-2022081200.sql"
old_to_new roundcube-2022081200 sqlite "$WORK/old/rc-sqlite-2022081200.sql" "$RC/sqlite.initial.sql" "$RC/sqlite/2022081200.sql"

# Roundcube 2021081000 (MySQL/MariaDB): the responses table is new.
awk '/^CREATE TABLE `responses`/ {skip=1} !skip {print} skip && /^\)/ {skip=0}' \
  "$RC/mysql.initial.sql" > "$WORK/old/rc-my-2021081000.sql"
old_to_new roundcube-2021081000 my "$WORK/old/rc-my-2021081000.sql" "$RC/mysql.initial.sql" "$RC/mysql/2021081000.sql"

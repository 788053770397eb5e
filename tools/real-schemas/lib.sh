# Functions for tools/real-schemas/*.sh: fresh databases, loading a schema with the database's own
# client, dumping with the database's own tools, and running godwit on a throwaway project.
# Each case works in a database/schema named rs_<case>_<slot> (slot: direct, godwit, ...).

PG=(psql -q -h 127.0.0.1 -U postgres test -v ON_ERROR_STOP=1)
MY=(mariadb -h 127.0.0.1 -u root)

fetch_packages() {
  mkdir -p "$WORK/debs" "$WORK/pkg"
  (cd "$WORK/debs" && for p in "$@"; do ls "${p}"_*.deb >/dev/null 2>&1 || apt-get download -qq "$p" 2>/dev/null; done)
  for deb in "$WORK"/debs/*.deb; do dpkg -x "$deb" "$WORK/pkg"; done
}

db_name() { echo "rs_$(echo "$1" | tr -c 'a-z0-9\n' '_')_$2"; }

fresh_db() { # CASE DIALECT SLOT
  local n; n="$(db_name "$1" "$3")"
  case $2 in
    sqlite) mkdir -p "$WORK/$1-$2"; rm -f "$WORK/$1-$2/$3.db" ;;
    pg) "${PG[@]}" -c "DROP SCHEMA IF EXISTS $n CASCADE; CREATE SCHEMA $n" 2>/dev/null ;;
    my) "${MY[@]}" -e "DROP DATABASE IF EXISTS $n; CREATE DATABASE $n" ;;
  esac
}

load_sql() { # CASE DIALECT SLOT FILE
  local n; n="$(db_name "$1" "$3")"
  case $2 in
    sqlite) sqlite3 "$WORK/$1-$2/$3.db" < "$4" ;;
    pg) { echo "SET search_path TO $n;"; cat "$4"; } | "${PG[@]}" >/dev/null 2>&1 ;;
    my) "${MY[@]}" "$n" < "$4" ;;
  esac
}

dump_db() { # CASE DIALECT SLOT: the database's own description, godwit's tables left out
  local n; n="$(db_name "$1" "$3")"
  case $2 in
    sqlite) "$(dirname "${BASH_SOURCE[0]}")/sqlite-describe.sh" "$WORK/$1-$2/$3.db" ;;
    pg) pg_dump -s -h 127.0.0.1 -U postgres -n "$n" -T "$n.godwit_*" test \
          | sed "s/\b$n\b/SCHEMA/g" | grep -v -E '^--|^$|restrict' ;;
    my) local ignore=() t
        for t in $("${MY[@]}" -N -e "SELECT TABLE_NAME FROM information_schema.TABLES
                     WHERE TABLE_SCHEMA = '$n' AND TABLE_NAME LIKE 'godwit\\_%'"); do
          ignore+=(--ignore-table="$n.$t")
        done
        mariadb-dump -h 127.0.0.1 -u root --no-data --skip-comments --skip-dump-date "$n" "${ignore[@]}" \
          | sed 's/ AUTO_INCREMENT=[0-9]*//' ;;
  esac
}

project() { # CASE DIALECT SLOT MODELFILE -> prints the project dir, configured for that database
  local dir="$WORK/$1-$2/$3-project" n; n="$(db_name "$1" "$3")"
  rm -rf "$dir"; mkdir -p "$dir/schema" "$dir/migrations/versions"; cp "$4" "$dir/schema/01.sql"
  case $2 in
    sqlite) printf 'url = "sqlite:///%s"\n' "$WORK/$1-$2/$3.db" ;;
    pg) printf 'url = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"\nschema = "%s"\n' "$n" ;;
    my) printf 'url = "jdbc:mariadb://127.0.0.1:3306/%s?user=root"\n' "$n" ;;
  esac > "$dir/godwit.toml"
  echo 'model = "schema"' >> "$dir/godwit.toml"
  echo "$dir"
}

godwit_in() { # DIR ARGS...: runs godwit there without the model cache, output to DIR/<command>.out
  local dir=$1; shift
  (cd "$dir" && GODWIT_MODEL_CACHE=off "$GODWIT" "$@" > "$dir/$1.out" 2>&1)
}

differing() { diff "$1" "$2" | grep -c '^[<>]'; }

round_trip() { # CASE DIALECT MODEL
  fresh_db "$1" "$2" direct; load_sql "$1" "$2" direct "$3"
  local dir; dir="$(project "$1" "$2" direct "$3")"
  godwit_in "$dir" check; local rc=$?
  printf '%-12s %-6s round trip: check exit %s%s\n' "$1" "$2" "$rc" \
    "$([ $rc -ne 0 ] && echo " ($(head -3 "$dir/check.out" | tr '\n' ' '))")"
}

from_empty() { # CASE DIALECT MODEL (after round_trip, which leaves the direct load in slot "direct")
  fresh_db "$1" "$2" godwit
  local dir out="$WORK/$1-$2"; dir="$(project "$1" "$2" godwit "$3")"
  godwit_in "$dir" migrate -m initial && godwit_in "$dir" upgrade && godwit_in "$dir" check
  local rc=$?
  dump_db "$1" "$2" direct > "$out/direct.dump"; dump_db "$1" "$2" godwit > "$out/godwit.dump"
  diff "$out/direct.dump" "$out/godwit.dump" > "$out/from-empty.diff"
  printf '%-12s %-6s from empty: exit %s, %s dump lines differ (%s)\n' "$1" "$2" "$rc" \
    "$(grep -c '^[<>]' "$out/from-empty.diff")" "$out/from-empty.diff"
}

#!/usr/bin/env bash
# JPA-model benchmark (docs/performance.md, "JPA models"): `godwit migrate` for N generated JPA
# entities (bench/jpa_gen.py: relations, indexes, join tables) on SQLite, PostgreSQL and MariaDB,
# and the start-up cost of a JPA model: a no-op `check` with a one-entity JPA model against the
# same schema as a DDL model. Whole-process figures with GNU time, 1 warm-up + RUNS runs, medians.
#
#   bench/jpa.sh                       # N=200, RUNS=5, all sections
#   N=50 RUNS=3 ONLY=sqlite,startup bench/jpa.sh
#
# Needs: JDK 17 + Maven (the launcher builds the CLI; godwit-jpa/target/lib is built here when
# missing), python3, psql, the mariadb client, GNU /usr/bin/time. Servers as for bench/run.sh
# (BENCH_PG_HOST/PORT/USER, BENCH_MYSQL_HOST/PORT/USER). The database godwit_bench_jpa is dropped
# and recreated on both servers. Work files go to BENCH_OUT (default /tmp/godwit-bench-jpa).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
N=${N:-200} RUNS=${RUNS:-5} ONLY=${ONLY:-sqlite,pg,mariadb,startup}
out=${BENCH_OUT:-/tmp/godwit-bench-jpa}
pg_host=${BENCH_PG_HOST:-127.0.0.1} pg_port=${BENCH_PG_PORT:-5432} pg_user=${BENCH_PG_USER:-postgres}
my_host=${BENCH_MYSQL_HOST:-127.0.0.1} my_port=${BENCH_MYSQL_PORT:-3306} my_user=${BENCH_MYSQL_USER:-root}
db=godwit_bench_jpa
godwit="$root/godwit"
step() { printf '\n[bench-jpa %s] %s\n' "$(date +%T)" "$*" >&2; }

lib="$root/godwit-jpa/target/lib"
if [ ! -d "$lib" ]; then
  step "build godwit-jpa/target/lib"
  (cd "$root" && mvn -B -q -pl godwit-jpa -am -DskipTests package)
fi
step "build the CLI once: ./godwit --version"
"$godwit" --version >/dev/null

rm -rf "$out" && mkdir -p "$out"
step "generate and compile $N entities, and a one-entity model"
python3 "$here/jpa_gen.py" --n "$N" --out "$out/src" >&2
python3 "$here/jpa_gen.py" --n 1 --out "$out/src1" >&2
javac -nowarn -d "$out/classes" -cp "$lib/*" $(find "$out/src" -name '*.java')
javac -nowarn -d "$out/classes1" -cp "$lib/*" $(find "$out/src1" -name '*.java')

project() { # name url classes
  mkdir -p "$out/$1/migrations/versions"
  cat >"$out/$1/godwit.toml" <<TOML
url = "$2"
model = "jpa:bench.jpa.model"
classpath = ["$3"]
jpa_physical_naming = "spring"
jpa_implicit_naming = "spring"
TOML
}

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# times `godwit -C dir ARGS` RUNS times after a warm-up, running PREP before each; prints a row
timed() { # label dir prep args...
  local label="$1" dir="$2" prep="$3"; shift 3
  local walls=() cpus=() rss=()
  for i in $(seq 0 "$RUNS"); do
    eval "$prep"
    /usr/bin/time -o "$out/time.txt" -f '%e %U %S %M' "$godwit" -C "$dir" "$@" >"$out/run.log" 2>&1 \
      || { cat "$out/run.log" >&2; exit 1; }
    [ "$i" = 0 ] && continue
    read -r e u s m <"$out/time.txt"
    walls+=("$e") cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}')") rss+=("$m")
  done
  printf '| %s | %s s | %s s | %s MiB |\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" \
    "$(printf '%s\n' "${rss[@]}" | median | awk '{printf "%.0f", $1/1024}')"
}

migrate_bench() { # name
  local dir="$out/$1"
  timed "\`migrate\`, $N entities, $1" "$dir" "rm -f '$dir'/migrations/versions/*" migrate -m bench
  # the revision is right: it applies and the database then matches the entities
  "$godwit" -C "$dir" upgrade >/dev/null && "$godwit" -C "$dir" check >/dev/null
  echo "  ($1: $(grep -ci '^create table' "$dir"/migrations/versions/*.sql) create table, $(grep -ci 'create \(unique \)\?index\|^ *\(unique \)\?key ' "$dir"/migrations/versions/*.sql) index lines in the revision)" >&2
}

echo "| run | wall (median) | cpu (median) | peak RSS (median) |"
echo "|---|---|---|---|"
if [[ ",$ONLY," == *,sqlite,* ]]; then
  step "sqlite"
  project sqlite "sqlite:///$out/sqlite/bench.db" "$out/classes"
  migrate_bench sqlite
fi
if [[ ",$ONLY," == *,pg,* ]]; then
  step "postgresql"
  psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  project pg "postgresql://$pg_user@$pg_host:$pg_port/$db" "$out/classes"
  migrate_bench pg
fi
if [[ ",$ONLY," == *,mariadb,* ]]; then
  step "mariadb"
  mariadb --protocol=tcp -h "$my_host" -P "$my_port" -u "$my_user" -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db"
  project mariadb "mariadb://$my_user@$my_host:$my_port/$db" "$out/classes"
  migrate_bench mariadb
fi
if [[ ",$ONLY," == *,startup,* ]]; then
  step "start-up: no-op check, one entity, JPA model vs the same schema as DDL"
  project jpa1 "sqlite:///$out/jpa1/bench.db" "$out/classes1"
  "$godwit" -C "$out/jpa1" migrate -m one >/dev/null && "$godwit" -C "$out/jpa1" upgrade >/dev/null
  mkdir -p "$out/ddl1/schema"
  cp -r "$out/jpa1/migrations" "$out/ddl1/" && cp "$out/jpa1/bench.db" "$out/ddl1/bench.db"
  sed -n '/^-- +upgrade/,/^-- +downgrade/p' "$out"/jpa1/migrations/versions/*.sql | grep -v '^-- +' >"$out/ddl1/schema/e0001.sql"
  printf 'url = "sqlite:///%s"\nmodel = "schema"\n' "$out/ddl1/bench.db" >"$out/ddl1/godwit.toml"
  timed "no-op \`check\`, SQLite, DDL model (1 table)" "$out/ddl1" ":" check
  timed "no-op \`check\`, SQLite, JPA model (the same table, 1 entity)" "$out/jpa1" ":" check
  timed "no-op \`check\`, SQLite, JPA model, $N entities" "$out/sqlite" ":" check
fi

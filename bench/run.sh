#!/usr/bin/env bash
# Godwit benchmark: N revisions (each CREATE TABLE with a foreign key + CREATE INDEX, the peers'
# workload) applied from empty, no-op upgrade and `current`, against the physical floor of the
# same DDL, on PostgreSQL, SQLite and MariaDB. Prints Markdown tables; see docs/performance.md.
#
#   bench/run.sh                      # N=300, 1 warm-up + 5 recorded rounds, all sections
#   N=100 RUNS=3 bench/run.sh         # other size / rounds
#   ONLY=pg,startup bench/run.sh      # sections: pg, sqlite, mariadb, startup
#
# Needs: JDK 17 + Maven (the launcher builds the CLI), python3, psql, sqlite3, the mariadb client,
# GNU time (/usr/bin/time). Servers: PostgreSQL on 127.0.0.1:5432 (user postgres, trust; a
# superuser, for CHECKPOINT and ALTER DATABASE … SET log_statement) and MariaDB on
# 127.0.0.1:3306 (root, empty password); override with BENCH_PG_HOST/PORT/USER,
# BENCH_MYSQL_HOST/PORT/USER. Scratch databases: godwit_bench and godwit_bench_n1 (BENCH_DB),
# dropped and recreated by the run. The statement count reads the PostgreSQL server log
# (found with pg_current_logfile() or pg_lsclusters; BENCH_PG_LOG to give it), so run as a
# user who can read it. Work files and the report go to BENCH_OUT (default /tmp/godwit-bench).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
N=${N:-300} RUNS=${RUNS:-5} WARMUP=${WARMUP:-1} ONLY=${ONLY:-pg,sqlite,mariadb,startup}
out=${BENCH_OUT:-/tmp/godwit-bench}
step() { printf '\n[bench %s] %s\n' "$(date +%T)" "$*"; }

for tool in python3 psql sqlite3 mariadb java mvn; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is not installed" >&2; exit 1; }

step "build the CLI once (and its class-data-sharing archive): ./godwit --version"
"$root/godwit" --version

step "workload: N=$N revisions -> $out/project (+ a 1-revision project for the fixed cost)"
mkdir -p "$out"
rm -rf "$out/logs" "$out/sqlite"
python3 "$here/gen_workload.py" --n "$N" --out "$out/project"
python3 "$here/gen_workload.py" --n 1 --out "$out/project1"

step "measure (RUNS=$RUNS WARMUP=$WARMUP ONLY=$ONLY)"
PYTHONDONTWRITEBYTECODE=1 python3 "$here/measure.py" --godwit "$root/godwit" --project "$out/project" --project1 "$out/project1" \
  --out "$out" --runs "$RUNS" --warmup "$WARMUP" --only "$ONLY" ${BENCH_PG_LOG:+--pg-log "$BENCH_PG_LOG"}

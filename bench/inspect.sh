#!/usr/bin/env bash
# Schema inspection benchmark (issue 4): catalog statements and read time for schemas of 100,
# 1,000 and 5,000 tables on PostgreSQL, MariaDB and SQLite. See bench/InspectBench.java.
#   bench/inspect.sh
#   SIZES="100 1000" DBS="postgresql sqlite" RUNS=3 bench/inspect.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/godwit" --version >/dev/null   # builds the CLI jar when it is stale
exec java -XX:+UseSerialGC -cp "$root/godwit-cli/target/godwit.jar" "$root/bench/InspectBench.java"

#!/usr/bin/env bash
# Regenerates godwit-cli/src/main/resources/dev/godwit/cli/cds-classes.txt: the classes real runs
# load on PostgreSQL, MariaDB and SQLite, which the launcher's class-data-sharing training run
# pre-loads so that they start from the archive. Run it after changing drivers or commands, with
# the local PostgreSQL (127.0.0.1:5432) and MariaDB (127.0.0.1:3306) servers up.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root" && mvn -q -B -Dmaven.test.skip=true -pl godwit-cli -am package
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp -r examples/helpdesk/migrations examples/helpdesk/schema "$work/"
n=0
for url in "postgresql://postgres@127.0.0.1:5432/test" "mariadb://root@127.0.0.1:3306/test" "sqlite:///train.db"; do
  # The help-desk model is SQLite DDL: autogenerate commands are trained on SQLite only.
  { echo "url = \"$url\""; case "$url" in sqlite*) echo 'model = "schema"';; *) echo 'schema = "gw_cds_training"';; esac; } > "$work/godwit.toml"
  for cmd in "upgrade" "upgrade" "current --verbose" "history -i" "log" "validate" "check" "diff" "inspect" "inspect --sql" "migrate -m none" \
             "downgrade base" "stamp head" "stamp --purge base"; do
    n=$((n + 1))
    # shellcheck disable=SC2086
    java -XX:TieredStopAtLevel=1 -Xlog:class+load:file="$work/classes$n.txt" -cp godwit-cli/target/godwit.jar \
      dev.godwit.cli.Main -C "$work" $cmd >/dev/null 2>&1 || true
  done
done
psql -q -h 127.0.0.1 -U postgres test -c 'DROP SCHEMA IF EXISTS gw_cds_training CASCADE'
mariadb -h 127.0.0.1 -u root -e 'DROP DATABASE IF EXISTS gw_cds_training'
cat "$work"/classes*.txt | awk '{print $2}' | grep -v -E '\$\$Lambda|/0x|LambdaForm|\$Proxy|jdk\.proxy' | sort -u \
  > godwit-cli/src/main/resources/dev/godwit/cli/cds-classes.txt
wc -l godwit-cli/src/main/resources/dev/godwit/cli/cds-classes.txt

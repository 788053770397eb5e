# PEERS_EXTRA file: measures Godwit side by side with psql, Alembic, Flyway and Liquibase in the
# shared peers harness (/work/shared/peers, see its notes.md and extra.example.py).
#
#   cd /work/shared/peers   # or a writable copy of it
#   PEERS_EXTRA=$PWD/bench/peers_extra.py GODWIT=$PWD/godwit \
#     ONLY='^psql$|alembic_upgrade|flyway_api|godwit' RUNS=3 ./run.sh
#
# bench.py exec()s this inside scenarios() with its helpers in scope: add, WL, JDBC, PGHOST,
# PGPORT, PGDB, N, recreate_db, check_full_schema, expect_output, query, sh, ENV, CWD (and os, re,
# subprocess from its imports). GODWIT is the launcher script (default: the one next to this
# bench/ folder). The Godwit project is generated from the peers' own Flyway files
# ($WL/flyway/V{i}__t_{i}.sql) by bench/gen_workload.py, so Godwit runs byte-identical DDL.
import shlex as _shlex

_here = os.path.dirname(os.path.abspath(os.environ["PEERS_EXTRA"]))
_godwit = _shlex.split(os.environ.get("GODWIT", os.path.join(os.path.dirname(_here), "godwit")))
_project = os.path.join(WL, "godwit")
_head = f"r{N:05d}"
_url = f"postgresql://postgres@{PGHOST}:{PGPORT}/{PGDB}"

# The project (rewritten every run: gen.py recreates $WL), then the CLI built and its CDS archive
# recorded once, so neither lands in a measured run.
sh(["/usr/bin/python3", os.path.join(_here, "gen_workload.py"), "--from-flyway", f"{WL}/flyway", "--out", _project])
sh(_godwit + ["--version"], env=ENV, cwd=CWD)


def _godwit_cmd(*args):
    return _godwit + ["-C", _project, "--url", _url, *args]


def _check_godwit(log):
    check_full_schema(log)
    v = query("select string_agg(version_num, ',') from godwit_version")
    assert v == _head, f"godwit_version holds {v!r}, expected {_head}"


def _at_head():
    recreate_db()
    sh(_godwit_cmd("upgrade"), env=ENV, cwd=CWD)


add("fresh", "godwit_upgrade", "Godwit upgrade (CLI)", _godwit_cmd("upgrade"),
    setup_each=recreate_db, check=lambda log: (_check_godwit(log),
                                               expect_output(rf"^Upgraded {N} revision\(s\)")(log)))
add("noop", "godwit_upgrade_noop", "Godwit upgrade (CLI, no-op)", _godwit_cmd("upgrade"), setup=_at_head,
    check=lambda log: (_check_godwit(log), expect_output(r"^Nothing to upgrade")(log)))
add("noop", "godwit_current", "Godwit current (CLI)", _godwit_cmd("current"), setup=_at_head,
    check=expect_output(rf"^{_head} \(head\)"))

# Godwit commits once per revision; psql -1 (the floor) commits once. This floor runs the same DDL
# with Godwit's transaction structure (BEGIN/COMMIT around each revision) and no client work, so
# Godwit's Δ can be split into "one commit per revision" and "Godwit itself".
add("fresh", "psql_per_revision", "psql -f all_per_revision.sql (BEGIN/COMMIT per revision, as Godwit)",
    PSQL + ["-d", PGDB, "-f", f"{_project}/all_per_revision.sql"], setup_each=recreate_db, check=check_full_schema)

# Autogenerate (issue 4): `godwit migrate` beside Alembic autogenerate.
exec(compile(open(os.path.join(_here, "peers_autogen.py")).read(), os.path.join(_here, "peers_autogen.py"), "exec"))

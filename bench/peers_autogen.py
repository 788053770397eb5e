# Autogenerate scenarios for the shared peers harness, beside Alembic's `revision --autogenerate`
# ("autogen" group): exec'd at the end of bench/peers_extra.py, with its names in scope
# (_godwit, _project, _url, _at_head, add, WL, N, sh, ENV, CWD, expect_output, os, shutil…).
#
# The desired schema is the workload's own DDL (the N CREATE TABLE + CREATE INDEX statements of
# all.sql) in a model folder, so the comparison is exactly what Alembic's models describe.
#   godwit_migrate_empty: an empty database -> a revision creating the N tables
#   godwit_migrate_noop:  the database at head (N revisions applied) -> "No changes detected"
import shutil as _shutil

_autogen_empty = os.path.join(WL, "godwit-autogen-empty")
_autogen_full = os.path.join(WL, "godwit-autogen-full")
for _dir, _migrations in ((_autogen_empty, "migrations/versions"),
                          (_autogen_full, os.path.join(_project, "migrations", "versions"))):
    _shutil.rmtree(_dir, ignore_errors=True)
    os.makedirs(os.path.join(_dir, "model"))
    os.makedirs(os.path.join(_dir, "migrations", "versions"), exist_ok=True)
    _shutil.copy(os.path.join(_project, "all.sql"), os.path.join(_dir, "model", "schema.sql"))
    with open(os.path.join(_dir, "godwit.toml"), "w") as _fh:
        _fh.write(f'migrations = "{_migrations}"\nmodel = "model"\n')


def _godwit_in(project, *args):
    return _godwit + ["-C", project, "--url", _url, *args]


def _remove_generated():
    d = os.path.join(_autogen_empty, "migrations", "versions")
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))


add("autogen", "godwit_migrate_empty", "Godwit migrate, empty DB (emits N tables)",
    _godwit_in(_autogen_empty, "migrate", "-m", "initial", "--rev-id", "ag_empty"),
    setup_each=recreate_db, check=expect_output(r"^Generated .*ag_empty"), cleanup=_remove_generated)
add("autogen", "godwit_migrate_noop", "Godwit migrate, migrated DB (no changes)",
    _godwit_in(_autogen_full, "migrate", "-m", "drift", "--rev-id", "ag_full"),
    setup=_at_head, check=expect_output(r"^No changes detected$"))

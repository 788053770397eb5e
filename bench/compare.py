#!/usr/bin/env python3
"""Side-by-side A/B of two Godwit builds on PostgreSQL, interleaved in one run (stdlib only).

    bench/compare.py --base /tmp/godwit-main/godwit --new ./godwit [--rounds 15] [--project DIR]

Each round runs, in this order: psql -1 -f all.sql (the floor), psql -f all_per_revision.sql,
`upgrade` from empty with each build (database recreated + CHECKPOINT + sync before each run),
then `upgrade` with nothing to do with each build (against a second database at head). Per build
it prints the medians of the per-round differences:

    (b - a)/N              over the one-transaction floor
    ((b - a) - no-op)/N    the same without the build's own fixed cost (the peers' definition)
    (b - per-revision)/N   over psql with BEGIN/COMMIT per revision

On a shared machine the absolute times drift; the per-round differences and many rounds are what
make two builds comparable. A "build" is a launcher script next to its godwit-cli/target/godwit.jar
(copy the script and the jar of the other checkout to a folder of their own; the launcher there
records its own class-data-sharing archive on the first run, which the warm-up round absorbs).
The project defaults to the one bench/run.sh generates (/tmp/godwit-bench/project, N = 300).
Needs psql and a PostgreSQL superuser (CHECKPOINT); BENCH_PG_HOST/PORT/USER as in bench/run.sh.
Scratch databases: godwit_compare and godwit_compare_head.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

HOST = os.environ.get("BENCH_PG_HOST", "127.0.0.1")
PORT = os.environ.get("BENCH_PG_PORT", "5432")
USER = os.environ.get("BENCH_PG_USER", "postgres")
FRESH, HEAD = "godwit_compare", "godwit_compare_head"
PSQL = ["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "-h", HOST, "-p", PORT, "-U", USER]


def admin(*statements):
    cmd = PSQL + ["-d", "postgres"]
    for s in statements:
        cmd += ["-c", s]
    subprocess.run(cmd, check=True, capture_output=True)


def run(cmd):
    start = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    took = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"compare: {' '.join(cmd)} failed ({p.returncode}): {(p.stderr or p.stdout)[-600:]}")
    return took


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True, help="launcher script of the build to compare against")
    ap.add_argument("--new", required=True, help="launcher script of the build under test")
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--project", default="/tmp/godwit-bench/project")
    args = ap.parse_args()
    n = len([f for f in os.listdir(os.path.join(args.project, "migrations", "versions")) if f.endswith(".sql")])
    url = f"postgresql://{USER}@{HOST}:{PORT}/"
    builds = {"base": args.base, "new": args.new}
    fresh = {"floor": PSQL + ["-d", FRESH, "-1", "-f", os.path.join(args.project, "all.sql")],
             "per-revision": PSQL + ["-d", FRESH, "-f", os.path.join(args.project, "all_per_revision.sql")]}
    for name, launcher in builds.items():
        fresh[name] = [launcher, "-C", args.project, "--url", url + FRESH, "upgrade"]
    noop = {name: [launcher, "-C", args.project, "--url", url + HEAD, "upgrade"] for name, launcher in builds.items()}

    admin(f"DROP DATABASE IF EXISTS {HEAD} WITH (FORCE)", f"CREATE DATABASE {HEAD}")
    run([args.new, "-C", args.project, "--url", url + HEAD, "upgrade"])
    times = {}
    for rnd in range(args.rounds + 1):  # round 0 is the warm-up
        for name, cmd in fresh.items():
            admin(f"DROP DATABASE IF EXISTS {FRESH} WITH (FORCE)", f"CREATE DATABASE {FRESH}", "CHECKPOINT")
            os.sync()
            took = run(cmd)
            if rnd:
                times.setdefault(name, []).append(took)
        for name, cmd in noop.items():
            admin("CHECKPOINT")
            os.sync()
            took = run(cmd)
            if rnd:
                times.setdefault(name + " no-op", []).append(took)
        if rnd:
            print(f"round {rnd}/{args.rounds} (load {os.getloadavg()[0]:.1f}): "
                  + "  ".join(f"{k}={v[-1]:.3f}" for k, v in times.items()), flush=True)
    admin(f"DROP DATABASE IF EXISTS {FRESH} WITH (FORCE)", f"DROP DATABASE IF EXISTS {HEAD} WITH (FORCE)")

    med = statistics.median
    print(f"\nN = {n}, {args.rounds} rounds, load average at the end {os.getloadavg()}")
    print("| Scenario | Wall s, median [min–max] |\n|---|---|")
    for k, v in times.items():
        print(f"| {k} | {med(v):.3f} [{min(v):.3f}–{max(v):.3f}] |")
    print("\n| Build | (b − a)/N ms | ((b − a) − no-op)/N ms | (b − per-revision)/N ms | no-op s |\n|---|---|---|---|---|")
    floor, per_rev = times["floor"], times["per-revision"]
    for name in builds:
        b, nop = times[name], times[name + " no-op"]
        over = [x - y for x, y in zip(b, floor)]
        beyond = [x - y - z for x, y, z in zip(b, floor, nop)]
        over_pr = [x - y for x, y in zip(b, per_rev)]
        print(f"| {name} ({re.sub(r'/godwit$', '', builds[name])}) | {med(over) / n * 1000:.2f} | "
              f"{med(beyond) / n * 1000:.2f} | {med(over_pr) / n * 1000:.2f} | {med(nop):.3f} |")


if __name__ == "__main__":
    main()

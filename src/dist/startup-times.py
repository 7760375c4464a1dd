#!/usr/bin/env python3
"""Start-up times of Catchment as a user meets them (docs/benchmarks.md, "Start-up and size").

Measures, best and median of --runs runs each; several --setup are interleaved, run by run, so that
the machine's load hits them alike:
  version   wall time of `CLI --version` until it exits
  run       time from launch to the first line `CLI run ANALYSIS --out TMP` prints (then stopped)
  window    the app's own figure, `APP app --timing` (needs a display: run under xvfb-run)

A setup is LABEL=CLI or LABEL=CLI|APP (commands split like a shell). Example, the installed package
against the jar on the same jlinked runtime without class-data sharing:
  xvfb-run -a src/dist/startup-times.py \
    --setup "installed=/opt/catchment/bin/catchment|/opt/catchment/bin/Catchment" \
    --setup "jar=RUNTIME/bin/java -jar catchment.jar|RUNTIME/bin/java -jar catchment.jar"
"""
import argparse
import os
import re
import shlex
import statistics
import subprocess
import tempfile
import time


def version(cli):
    start = time.monotonic()
    subprocess.run(cli + ["--version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.monotonic() - start


def first_line(cli, analysis):
    with tempfile.TemporaryDirectory() as out:
        start = time.monotonic()
        p = subprocess.Popen(cli + ["run", analysis, "--out", out], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        line = p.stdout.readline()
        elapsed = time.monotonic() - start
        p.kill()
        p.wait()
        if not line:
            raise SystemExit("no line from: " + " ".join(cli))
        return elapsed


def window(app):
    env = dict(os.environ, CI="false")
    out = subprocess.run(app + ["app", "--timing"], capture_output=True, text=True, env=env).stdout
    m = re.search(r"drawn (\d+) ms", out)
    if not m:
        raise SystemExit("no timing from: " + " ".join(app) + "\n" + out)
    return int(m.group(1)) / 1000


def main():
    a = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("--setup", action="append", required=True, help="LABEL=CLI or LABEL=CLI|APP")
    a.add_argument("--analysis", default="data/sample/analysis.yml")
    a.add_argument("--runs", type=int, default=5)
    args = a.parse_args()
    setups = []
    for s in args.setup:
        label, commands = s.split("=", 1)
        cli, _, app = commands.partition("|")
        setups.append((label, shlex.split(cli), shlex.split(app) if app else None))
    times = {(label, k): [] for label, _, _ in setups for k in ("version", "run first line", "window")}
    for _ in range(args.runs):
        for label, cli, app in setups:
            times[(label, "version")].append(version(cli))
            times[(label, "run first line")].append(first_line(cli, os.path.abspath(args.analysis)))
            if app:
                times[(label, "window")].append(window(app))
    for (label, k), v in times.items():
        if v:
            print(f"{label}\t{k}\tbest {min(v):.2f} s\tmedian {statistics.median(v):.2f} s\truns {len(v)}")


if __name__ == "__main__":
    main()

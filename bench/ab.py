#!/usr/bin/env python3
"""Compare two privsite binaries (say, main and a branch) and Zola on one generated site.

    bench/ab.py OLD_BINARY NEW_BINARY [--companies 100] [--runs 7] [--work DIR] [--cold]

Generates the site with ../shared/bench/gen_site.py (once, into --work), then runs a full
build (`build --full`) with each binary and Zola's build in turn, alternating (each round's
order turned by one: see `turns` in compare.py), each into a new folder on /dev/shm removed
after it, and prints the median wall and CPU time (user + system) of each, each one's ratio
to Zola and the range of its CPU times, and the new binary's times over the old one's round
by round (the median and range of those ratios: the two runs of a round are close in time,
so their ratio drifts less than either median). Alternating runs treat every tool alike on
a machine whose speed drifts, which on a shared machine matters more than the number of
runs. With --cold, each tool's site folder is dropped from the page cache before each of
its runs (`evict` in compare.py), so that its sources are read from the disk, as after a
checkout or on a machine that did other work since the last build. To keep an
old binary: `git worktree add /tmp/old REV && (cd /tmp/old && cargo build --release)`.

    bench/ab.py OLD_BINARY NEW_BINARY --rebuilds [--companies 1000] [--runs 7]

times rebuilds instead, the two binaries alternating (Zola rebuilds all, so it is left
out): per round and binary, a full build into a new folder, a rebuild with nothing
changed, then one revision reworded (a different one each time) and a rebuild, the first
after a full build, which has no kept site yet and makes the whole tree of links. Each
binary's output, and what it keeps beside it, is removed after its turn. The sources of
the site in --work keep the rewording.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare import GEN, evict, turns, zola_binary  # noqa: E402
from incremental import remove_output, reword  # noqa: E402

DATE = "2026-11-22"


def timed(cmd, cwd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} failed in {cwd}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main():
    p = argparse.ArgumentParser()
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("--companies", type=int, default=100)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--work", default="/tmp/privsite-ab")
    p.add_argument("--cold", action="store_true",
                   help="read the sources from the disk in every run (page cache dropped)")
    p.add_argument("--rebuilds", action="store_true",
                   help="time a full build, a rebuild with nothing changed and the first "
                   "rebuild after one revision changed, instead of full builds against Zola")
    a = p.parse_args()
    site = Path(a.work) / f"site-{a.companies}"
    if not site.exists():
        subprocess.run([sys.executable, GEN, str(site), "--companies", str(a.companies)], check=True)
    out = Path("/dev/shm") / f"privsite-ab-{os.getpid()}"
    out.mkdir()
    if a.rebuilds:
        try:
            rebuilds(a, site / "privsite", out)
        finally:
            shutil.rmtree(out, ignore_errors=True)
        return
    zola = zola_binary(out)
    tools = {
        "old": ([str(Path(a.old).resolve()), "build", "--full", "--output"], site / "privsite"),
        "new": ([str(Path(a.new).resolve()), "build", "--full", "--output"], site / "privsite"),
        "zola": ([zola, "build", "-o"], site / "zola"),
    }
    times = {k: [] for k in tools}
    try:
        n = 0
        for round, name in turns(tools, a.runs):  # the first round warms caches
            cmd, cwd = tools[name]
            n += 1
            if a.cold:
                evict(cwd)
            t = timed(cmd + [str(out / f"{name}-{n}")], cwd)
            shutil.rmtree(out / f"{name}-{n}", ignore_errors=True)
            if round > 0:
                times[name].append(t)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in times.items()}
    zw, zc = med["zola"]
    cache = ", sources read from the disk (--cold)" if a.cold else ""
    print(f"{a.companies} companies, {a.runs} alternating runs, medians, output on /dev/shm{cache}")
    print(f"{'':6} {'wall':>8} {'cpu':>8} {'/ zola wall':>12} {'/ zola cpu':>11}")
    for k, (w, c) in med.items():
        cpus = [c for _, c in times[k]]
        print(f"{k:6} {w:7.3f}s {c:7.3f}s {w / zw:12.2f} {c / zc:11.2f}"
              f"   cpu {min(cpus):.3f}-{max(cpus):.3f}s")
    # Runs of one round are close in time, so their ratio drifts less than the medians do.
    for i, label in ((0, "wall"), (1, "cpu")):
        ratios = sorted(n[i] / o[i] for o, n in zip(times["old"], times["new"]))
        print(f"new / old {label}, round by round: median {statistics.median(ratios):.3f}, "
              f"range {ratios[0]:.3f}-{ratios[-1]:.3f}")


def rebuilds(a, site: Path, out: Path):
    """The --rebuilds case: see the module's text."""
    binaries = {"old": str(Path(a.old).resolve()), "new": str(Path(a.new).resolve())}
    steps = ("full build", "nothing changed", "one revision")
    times = {name: {step: [] for step in steps} for name in binaries}
    n = 0
    for round, name in turns(binaries, a.runs):  # the first round warms caches
        n += 1
        folder = out / f"{name}-{n}"
        build = [binaries[name], "build", "--date", DATE, "--output", str(folder)]
        measured = [timed(build[:2] + ["--full"] + build[2:], site), timed(build, site)]
        reword(site, n)
        measured.append(timed(build, site))
        remove_output(folder)
        if round > 0:
            for step, t in zip(steps, measured):
                times[name][step].append(t)
    print(f"{a.companies} companies, {a.runs} alternating rounds, medians, output on /dev/shm")
    print(f"{'':16} {'old wall':>9} {'new wall':>9} {'old cpu':>8} {'new cpu':>8}"
          f"   new / old wall, round by round")
    for step in steps:
        old, new = times["old"][step], times["new"][step]
        ratios = sorted(nw / ow for (ow, _), (nw, _) in zip(old, new))
        print(f"{step:16} {statistics.median(w for w, _ in old):8.3f}s "
              f"{statistics.median(w for w, _ in new):8.3f}s "
              f"{statistics.median(c for _, c in old):7.3f}s {statistics.median(c for _, c in new):7.3f}s"
              f"   {statistics.median(ratios):.3f} ({ratios[0]:.3f}-{ratios[-1]:.3f})")


if __name__ == "__main__":
    main()

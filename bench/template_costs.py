#!/usr/bin/env python3
"""What each template of the default theme costs a full build, in instructions.

    bench/template_costs.py [--binary PATH] [--companies 10] [TEMPLATE ...]

CPU time on a shared machine drifts by up to a third between runs: too much to weigh one
template against another. Instruction counts do not drift. This counts them with
`valgrind --tool=callgrind` (about 20 s a build at 10 companies) for a full build of a
site made by ../shared/bench/gen_site.py, once as it is and once with each named template
(a path under themes/default/templates, such as `policy.html` or
`partials/processor-table.html`) replaced by `{{ page_kind }}` in the site's own
templates folder, and prints what each replacement saves. With no TEMPLATE it weighs the
page templates and the larger partials.

The site is built with `[build] minify = false`: a site's own templates make privsite
minify each page rather than the templates, so without it every replacement would look
dearer than the template it removes. With minifying off, every page renders through Tera,
so these are Tera's costs, also for `policy.html`, `diff.html`, `history.html` and
`processors.html`, which a minified build with the built-in templates writes without Tera
(src/render/native). valgrind runs the SHA-256 of the exports in software (it hides the CPU's SHA instructions): about a quarter of the count, a tenth of
that on the real CPU, the same in every run.
"""
import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from compare import GEN  # noqa: E402

DEFAULT = [
    "policy.html",
    "partials/processor-table.html",
    "partials/purposes.html",
    "partials/controller.html",
    "partials/notices.html",
    "diff.html",
    "history.html",
    "processors.html",
]


def count(binary: str, site: Path, out: Path) -> int:
    """Instructions callgrind counts for a full build of `site`."""
    shutil.rmtree(out, ignore_errors=True)
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         binary, "build", "--full", "--root", str(site), "--output", str(out)],
        capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode != 0 or not found:
        sys.exit(f"the build under callgrind failed:\n{proc.stderr[-2000:]}")
    return int(found.group(1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("templates", nargs="*", default=DEFAULT)
    ap.add_argument("--binary", default=str(ROOT / "target" / "release" / "privsite"))
    ap.add_argument("--companies", type=int, default=10)
    ap.add_argument("--work", default="/tmp/privsite-template-costs")
    a = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("bench/template_costs.py needs valgrind (apt-get install valgrind)")
    if not Path(a.binary).exists():
        sys.exit(f"no binary at {a.binary}: cargo build --release (or pass --binary)")
    theme = ROOT / "themes" / "default" / "templates"
    for t in a.templates:
        if not (theme / t).is_file():
            sys.exit(f"no template {t} in {theme}")
    work = Path(a.work)
    shutil.rmtree(work, ignore_errors=True)
    subprocess.run([sys.executable, GEN, work / "gen", "--companies", str(a.companies)],
                   check=True, stdout=subprocess.DEVNULL)
    site = work / "gen" / "privsite"
    config = site / "site.toml"
    text = config.read_text()
    if "minify = true" not in text:
        sys.exit(f"expected `minify = true` in {config}")
    config.write_text(text.replace("minify = true", "minify = false"))
    own = site / "templates"
    out = work / "out"

    def with_replaced(name):
        shutil.rmtree(own, ignore_errors=True)
        if name:
            (own / name).parent.mkdir(parents=True, exist_ok=True)
            (own / name).write_text("{{ page_kind }}")
        return count(a.binary, site, out)

    base = with_replaced(None)
    print(f"{a.companies} companies, full build: {base / 1e6:,.1f} million instructions")
    print(f"{'replaced by {{ page_kind }}':34} {'instructions':>14} {'saved':>7}")
    for name in a.templates:
        n = with_replaced(name)
        print(f"{name:34} {n / 1e6:12,.1f} M {100 * (base - n) / base:6.1f}%", flush=True)
    shutil.rmtree(own, ignore_errors=True)


if __name__ == "__main__":
    main()

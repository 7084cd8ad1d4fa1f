#!/usr/bin/env python3
"""Work linear in the size of hostile input: each case at 1x, 2x, 4x and 8x its base size,
timing the command and printing the growth ratio between sizes (2.0 per doubling is
linear; 4.0 is quadratic). Each run is bounded by --limit seconds; a case that takes
longer is printed as such and its larger sizes are skipped.

Cases (each a section of the basic fixture's revision in force, or a file to import):
  html-table   a raw HTML table of N rows, one row changed by the next revision (diff)
  nested-spans N nested <span> elements in one section
  formatting   N unclosed <b> elements before N paragraphs
  nested-list  `privsite import` of a Markdown list nested N deep
  nested-html  `privsite import` of an HTML page of N nested <div> elements
  wide-list    `privsite import` of a Markdown list of N items

    python3 bench/linear_work.py [--binary target/release/privsite] [--case NAME] [--scale 1.0]
"""
import argparse
import pathlib
import shutil
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
REVISION = "content/acme/en/2023-06-01.toml"
NEXT = "content/acme/en/2024-02-01.toml"


def with_section(dir: pathlib.Path, body: str, changed: str = None) -> None:
    """Appends a section holding `body` to the revision in force and, with `changed`, the
    same section holding `changed` to the next revision."""
    shutil.copytree(ROOT / "tests/fixtures/basic", dir)
    for rel, text in ((REVISION, body), (NEXT, changed if changed is not None else body)):
        path = dir / rel
        path.write_text(
            path.read_text()
            + f'\n[[sections]]\nid = "bench"\ntitle = "Bench"\nbody = """\n{text}\n"""\n'
        )


def html_table(dir, n):
    rows = [f"<tr><td>Partner {i}</td><td>Purpose {i}</td></tr>" for i in range(n)]
    old = "<table>" + "".join(rows) + "</table>"
    rows[n // 2] = "<tr><td>Partner changed</td><td>Purpose changed</td></tr>"
    with_section(dir, old, "<table>" + "".join(rows) + "</table>")
    return ["build", "--date", "2025-01-01", "-o", str(dir / "out")]


def nested_spans(dir, n):
    with_section(dir, "<span>" * n + "x" + "</span>" * n)
    return ["build", "--date", "2025-01-01", "-o", str(dir / "out")]


def formatting(dir, n):
    with_section(dir, "<b>" * n + "\n\n" + "\n\n".join(f"Paragraph {i}." for i in range(n)))
    return ["build", "--date", "2025-01-01", "-o", str(dir / "out")]


def import_case(dir, text):
    dir.mkdir()
    (dir / "site.toml").write_text(
        'title = "t"\nbase_url = "https://x.example/"\ndefault_locale = "en"\n'
    )
    (dir / "policy.md").write_text(text)
    return ["import", str(dir / "policy.md"), "--company", "acme", "--locale", "en",
            "--date", "2025-01-01"]


def nested_list(dir, n):
    # Nested on one line, so that the file grows linearly with the depth.
    return import_case(dir, "# Policy\n\n## Recipients\n\n" + "- " * n + "item\n")


def nested_html(dir, n):
    (dir).mkdir()
    (dir / "site.toml").write_text(
        'title = "t"\nbase_url = "https://x.example/"\ndefault_locale = "en"\n'
    )
    (dir / "policy.html").write_text(
        "<h1>Policy</h1><h2>Recipients</h2>" + "<div>" * n + "x" + "</div>" * n
    )
    return ["import", str(dir / "policy.html"), "--company", "acme", "--locale", "en",
            "--date", "2025-01-01"]


def wide_list(dir, n):
    lines = [f"- item {i}" for i in range(n)]
    return import_case(dir, "# Policy\n\n## Recipients\n\n" + "\n".join(lines) + "\n")


CASES = {
    "html-table": (html_table, 1000),
    "nested-spans": (nested_spans, 12500),
    "formatting": (formatting, 750),
    "nested-list": (nested_list, 12500),
    "nested-html": (nested_html, 12500),
    "wide-list": (wide_list, 6250),
}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--binary", default=str(ROOT / "target/release/privsite"))
    p.add_argument("--case", choices=sorted(CASES), action="append")
    p.add_argument("--scale", type=float, default=1.0, help="multiplies every base size")
    p.add_argument("--limit", type=float, default=120.0, help="seconds a run may take")
    a = p.parse_args()
    print(f"{'case':<13} {'size':>8} {'seconds':>8} {'ratio':>6} {'exit':>4}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in a.case or sorted(CASES):
            make, base = CASES[name]
            previous = None
            for k in (1, 2, 4, 8):
                n = max(1, int(base * a.scale)) * k
                dir = pathlib.Path(tmp) / f"{name}-{n}"
                args = make(dir, n)
                start = time.perf_counter()
                try:
                    run = subprocess.run([a.binary, "-C", str(dir), *args],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                         timeout=a.limit)
                    code = run.returncode
                except subprocess.TimeoutExpired:
                    print(f"{name:<13} {n:>8} {'>' + str(a.limit):>8} {'-':>6} {'-':>4}")
                    break
                t = time.perf_counter() - start
                ratio = f"{t / previous:.2f}" if previous else "-"
                print(f"{name:<13} {n:>8} {t:>8.2f} {ratio:>6} {code:>4}", flush=True)
                previous = t
                shutil.rmtree(dir, ignore_errors=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Work linear in the number of findings: one revision with N processors, each with a
finding (a country outside the EEA and no safeguard), at 1x, 2x, 4x and 8x N. Times
`privsite build` and `privsite check` on each and prints the growth ratio between sizes
(2.0 per doubling is linear; 4.0 is quadratic).

    python3 bench/many_findings.py [--binary target/release/privsite] [--base 2500]
"""
import argparse
import pathlib
import shutil
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def site(dir: pathlib.Path, n: int) -> pathlib.Path:
    shutil.copytree(ROOT / "tests/fixtures/basic", dir)
    rev = dir / "content/acme/en/2023-06-01.toml"
    rows = "".join(
        f'\n[[processors]]\nname = "P{i}"\npurpose = "x"\ndata = "y"\ncountries = ["US"]\n'
        for i in range(n)
    )
    rev.write_text(rev.read_text() + rows)
    return dir


def timed(args: list) -> float:
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--binary", default=str(ROOT / "target/release/privsite"))
    p.add_argument("--base", type=int, default=2500)
    a = p.parse_args()
    previous = None
    print(f"{'processors':>10} {'build s':>8} {'ratio':>6} {'check s':>8} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for k in (1, 2, 4, 8):
            n = a.base * k
            root = site(pathlib.Path(tmp) / f"s{n}", n)
            out = pathlib.Path(tmp) / f"o{n}"
            b = timed([a.binary, "-C", str(root), "build", "--date", "2025-01-01", "-o", str(out)])
            c = timed([a.binary, "-C", str(root), "check", "--date", "2025-01-01"])
            rb = f"{b / previous[0]:.2f}" if previous else "-"
            rc = f"{c / previous[1]:.2f}" if previous else "-"
            print(f"{n:>10} {b:>8.2f} {rb:>6} {c:>8.2f} {rc:>6}")
            previous = (b, c)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Time `privsite serve` from saving a revision file to the rebuilt page being served.

    bench/serve_latency.py [--out DIR] [--companies N] [--revisions N] [--saves N] [--bin PATH] [--skip-build]

Generates the site with ../shared/bench/gen_site.py (100 companies, 1,800 revisions by
default), builds privsite in release mode (in $CARGO_TARGET_DIR, else target/), starts
`privsite serve` on a free port and listens to its event stream as an open page does.
Then, N times, it appends a new word to a section of one revision file and measures the
time from the write to (a) the reload notice naming that revision's page and (b) the
page served with the new word, fetched after the notice as the browser would. Prints
the median and 90th percentile of each, and the rebuild times the server reported.
"""
import argparse
import http.client
import json
import os
import queue
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GEN = ROOT.parent / "shared" / "bench" / "gen_site.py"
PATIENCE = 60.0


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def peak_memory(pid):
    """The peak resident memory of a running process, in MB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_server(binary, site, date):
    """Starts privsite serve; returns the process, its host:port and a list its stdout
    lines are appended to."""
    proc = subprocess.Popen(
        [str(binary), "-C", str(site), "serve", "--port", "0", "--date", date],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
    lines = []
    for line in proc.stdout:
        lines.append(line.rstrip("\n"))
        match = re.match(r"serving http://([^/\s]+)/", line)
        if match:
            break
    else:
        sys.exit("privsite serve stopped before serving:\n" + "\n".join(lines))

    def keep_reading():
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))

    threading.Thread(target=keep_reading, daemon=True).start()
    return proc, match.group(1), lines


def listen(host, notices):
    """Reads the server-sent event stream, putting (arrival time, event, data) on
    `notices`."""
    conn = http.client.HTTPConnection(host, timeout=None)
    conn.request("GET", "/__privsite/events", headers={"Accept": "text/event-stream"})
    response = conn.getresponse()
    buffer = ""
    while True:
        chunk = response.read1(65536)
        if not chunk:
            return
        arrived = time.perf_counter()
        buffer += chunk.decode()
        while "\n\n" in buffer:
            block, buffer = buffer.split("\n\n", 1)
            event, data = "message", ""
            for line in block.splitlines():
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:"):
                    data += line[5:].strip()
            notices.put((arrived, event, data))


def pick_revision(site):
    """The newest revision of the first company's first locale: its file and page."""
    locale_dir = sorted(p for p in sorted((site / "content").iterdir())[0].iterdir() if p.is_dir())[0]
    revision = sorted(locale_dir.glob("*.toml"))[-1]
    rel = locale_dir.relative_to(site / "content")
    return revision, f"{rel.as_posix()}/{revision.stem}/index.html"


def with_word(text, word):
    """`text` with `word` appended to its first section's body."""
    start = text.index('body = """\n', text.index("[[sections]]"))
    end = text.index('\n"""', start + len('body = """\n'))
    return text[:end] + " " + word + text[end:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp/privsite-serve-bench")
    ap.add_argument("--companies", type=int, default=100)
    ap.add_argument("--revisions", type=int, default=6,
                    help="revisions per company and locale (the generator's default: 6)")
    ap.add_argument("--saves", type=int, default=25)
    ap.add_argument("--date", default="2026-11-22")
    ap.add_argument("--pause", type=float, default=0.3, help="seconds between saves")
    ap.add_argument("--bin", help="a privsite binary to use instead of building one")
    ap.add_argument("--skip-build", action="store_true")
    a = ap.parse_args()

    out = Path(a.out)
    subprocess.run([sys.executable, GEN, out, "--companies", str(a.companies),
                    "--revisions", str(a.revisions)], check=True, stdout=subprocess.DEVNULL)
    site = out / "privsite"
    if a.bin:
        binary = Path(a.bin)
    else:
        if not a.skip_build:
            subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
        binary = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release" / "privsite"

    proc, host, server_lines = start_server(binary, site, a.date)
    try:
        notices = queue.Queue()
        threading.Thread(target=listen, args=(host, notices), daemon=True).start()
        first = notices.get(timeout=PATIENCE)
        assert first[1] == "hello", first
        revision, page_key = pick_revision(site)
        page_url = "/" + page_key.removesuffix("index.html")
        original = revision.read_text(encoding="utf-8")
        page = http.client.HTTPConnection(host, timeout=PATIENCE)
        to_notice, to_served, fallbacks = [], [], 0
        rebuilds_before = len(server_lines)
        run = f"{os.getpid():x}"
        try:
            for i in range(a.saves):
                word = f"latency{run}x{i}"
                text = with_word(original, word)
                while not notices.empty():
                    notices.get_nowait()
                saved = time.perf_counter()
                with open(revision, "w", encoding="utf-8") as f:
                    f.write(text)
                while True:
                    arrived, event, data = notices.get(timeout=PATIENCE)
                    if event == "failed":
                        sys.exit(f"the build failed: {data}")
                    if event == "reload":
                        changed = json.loads(data)["changed"]
                        if changed is None or page_key in changed:
                            break
                to_notice.append(arrived - saved)
                while True:
                    page.request("GET", page_url)
                    body = page.getresponse().read().decode()
                    if word in body:
                        break
                    fallbacks += 1  # not yet: the notice came from an earlier save
                to_served.append(time.perf_counter() - saved)
                time.sleep(a.pause)
            rebuilds_after = len(server_lines)
            peak_rss = peak_memory(proc.pid)
        finally:
            revision.write_text(original, encoding="utf-8")
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)

    reported = [int(m.group(1)) for line in server_lines[rebuilds_before:rebuilds_after]
                if (m := re.search(r"rebuilt .* in (\d+) ms", line))]
    revisions = sum(1 for _ in (site / "content").glob("*/*/*.toml"))
    print(f"{a.companies} companies, {revisions} revisions; {a.saves} saves of {revision.relative_to(site)}")
    for name, values in [("save -> reload notice", to_notice), ("save -> page served", to_served)]:
        ms = [v * 1000 for v in values]
        print(f"{name:22} median {statistics.median(ms):7.1f} ms   p90 {percentile(ms, 90):7.1f} ms"
              f"   min {min(ms):6.1f}   max {max(ms):7.1f}")
    if reported:
        print(f"{'rebuild (server)':22} median {statistics.median(reported):7.1f} ms   p90 "
              f"{percentile(reported, 90):7.1f} ms   ({len(reported)} rebuilds)")
    print(f"server peak RSS {peak_rss:.0f} MB")
    if fallbacks:
        print(f"({fallbacks} fetches came before the new text and were repeated)")


if __name__ == "__main__":
    main()

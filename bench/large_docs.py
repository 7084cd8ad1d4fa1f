#!/usr/bin/env python3
"""Writes a site of large, real-sized policies to time diffs on: one company, 20 locales,
20 revisions each, about 8,000 words a revision, with processor tables, lists, headings
and links, each revision rewriting some sentences, rows and items of the one before.

    bench/large_docs.py OUT_DIR [--locales 20] [--revisions 20] [--words 8000] [--seed 1]

Then time a build:  privsite -C OUT_DIR build --date 2026-12-01
and the diff's share of it, with the symbols of `cargo build --profile profiling`:
    perf record -g target/profiling/privsite -C OUT_DIR build --date 2026-12-01
"""
import argparse
import datetime as dt
import random
from pathlib import Path

LANGS = "en sv de fr fi da nb nl es it pl pt cs sk sl hu ro bg et lt".split()
WORDS = ("data personal processing we our you your service account contact purpose "
         "legal basis consent contract retention period transfer country safeguard "
         "recipient processor controller rights access erasure objection portability "
         "complaint authority security cookies analytics marketing newsletter payment "
         "support fraud prevention backup logs address name email phone invoice").split()
PROCESSORS = ["Stripe", "Zendesk", "Freshdesk", "Adyen", "Mailchimp", "Brevo", "Slack",
              "Google", "Meta", "Hetzner", "Cloudflare", "Sentry", "Datadog", "Twilio",
              "HubSpot", "Intercom", "Klarna", "Visma", "Fortnox", "OVHcloud"]
COUNTRIES = ["United States", "Ireland", "India", "Germany", "Sweden", "France",
             "Netherlands", "Finland", "Lithuania", "Norway"]
SECTIONS = ["controller", "data", "sources", "recipients", "transfers", "retention",
            "rights", "complaint", "automated-decisions", "cookies", "security", "changes",
            "contact"]

SITE = """title = "Large policies"
base_url = "https://privacy.example.com/"
default_locale = "en"
theme = "default"

[build]
output_dir = "public"
minify = true
"""

COMPANY = """name = "Acme AB"
org_number = "556000-0000"
address = "Storgatan 1, 111 22 Stockholm"
email = "privacy@acme.example"
default_locale = "en"

[authority]
name = "Integritetsskyddsmyndigheten (IMY)"
url = "https://www.imy.se"
"""


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
    words[0] = words[0].capitalize()
    if rng.random() < 0.15:
        i = rng.randrange(len(words))
        words[i] = f"[{words[i]}](https://example.org/{rng.choice(WORDS)})"
    if rng.random() < 0.1:
        i = rng.randrange(len(words))
        words[i] = f"**{words[i]}**"
    return " ".join(words) + "."


def table(rng):
    return [[rng.choice(PROCESSORS), rng.choice(WORDS).capitalize(), rng.choice(COUNTRIES)]
            for _ in range(rng.randint(20, 40))]


def new_document(rng, words):
    per_section = words // len(SECTIONS)
    doc = {}
    for sid in SECTIONS:
        paras, count = [], 0
        while count < per_section:
            p = [sentence(rng) for _ in range(rng.randint(3, 6))]
            count += sum(len(s.split()) for s in p)
            paras.append(p)
        doc[sid] = {
            "paras": paras,
            "items": [sentence(rng) for _ in range(rng.randint(3, 8))],
            "table": table(rng) if sid in ("recipients", "transfers", "retention") else None,
        }
    return doc


def revise(rng, doc):
    """A later revision: a few sentences, items and rows rewritten, a row added."""
    for sid, s in doc.items():
        if rng.random() < 0.5:
            continue
        for _ in range(rng.randint(1, 4)):
            p = rng.choice(s["paras"])
            p[rng.randrange(len(p))] = sentence(rng)
        if rng.random() < 0.3:
            s["items"][rng.randrange(len(s["items"]))] = sentence(rng)
        if s["table"] is not None:
            if rng.random() < 0.5:
                s["table"].insert(rng.randrange(len(s["table"])), table(rng)[0])
            row = rng.choice(s["table"])
            row[2] = rng.choice(COUNTRIES)
    return doc


def markdown(s, sid):
    out = []
    for i, p in enumerate(s["paras"]):
        if i and i % 4 == 0:
            out.append(f"### {sid.capitalize()} part {i // 4}")
        out.append(" ".join(p))
    out.append("\n".join(f"- {item}" for item in s["items"]))
    if s["table"]:
        rows = ["| Processor | Purpose | Location |", "|---|---|---|"]
        rows += [f"| {a} | {b} | {c} |" for a, b, c in s["table"]]
        out.append("\n".join(rows))
    return "\n\n".join(out)


def toml(doc, title):
    out = f'title = "{title}"\n\n'
    for sid, s in doc.items():
        body = markdown(s, sid).replace("'''", "")
        out += f"[[sections]]\nid = \"{sid}\"\ntitle = \"{sid.capitalize()}\"\nbody = '''\n{body}\n'''\n\n"
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--locales", type=int, default=20)
    ap.add_argument("--revisions", type=int, default=20)
    ap.add_argument("--words", type=int, default=8000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    out = Path(a.out)
    (out / "content" / "acme").mkdir(parents=True, exist_ok=True)
    (out / "site.toml").write_text(SITE, encoding="utf-8")
    (out / "content" / "acme" / "company.toml").write_text(COMPANY, encoding="utf-8")
    for lang in LANGS[: a.locales]:
        rng = random.Random(f"{a.seed}-{lang}")
        folder = out / "content" / "acme" / lang
        folder.mkdir(parents=True, exist_ok=True)
        doc = new_document(rng, a.words)
        date = dt.date(2020, 1, 1)
        for r in range(a.revisions):
            if r:
                doc = revise(rng, doc)
            (folder / f"{date}.toml").write_text(toml(doc, "Privacy policy"), encoding="utf-8")
            date += dt.timedelta(days=73)


if __name__ == "__main__":
    main()

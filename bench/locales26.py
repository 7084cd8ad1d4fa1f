#!/usr/bin/env python3
"""Writes a site with one company, Acme, in each of the 26 shipped languages.

    bench/locales26.py OUT_DIR

Each locale has two revisions (2024-01-10 and 2025-03-01), so the processors page shows a
change sentence with a list of countries ("Germany, Sweden and the United States"). Build
it with `privsite -C OUT_DIR build --date 2025-06-01`; look at acme/<lang>/processors/.
"""
import sys
from pathlib import Path

LANGS = "bg cs da de el en es et fi fr ga hr hu is it lt lv mt nb nl pl pt ro sk sl sv".split()

SITE = """title = "Acme privacy"
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

def revision(title, processors):
    out = f'title = "{title}"\nsummary = "§"\n\n'
    for sid in ["data", "purposes", "recipients", "transfers", "retention", "rights", "complaint"]:
        out += f'[[sections]]\nid = "{sid}"\ntitle = "§ {sid}"\nbody = "…"\n\n'
    out += '[[purposes]]\nid = "billing"\ntitle = "§"\nlegal_bases = ["contract", "legal-obligation"]\n\n'
    out += '[[purposes]]\nid = "analytics"\ntitle = "§"\nlegal_bases = ["legitimate-interests"]\nlegitimate_interest = "§"\n\n'
    out += processors
    return out

OLD = """[[processors]]
name = "Alpha Hosting"
purpose = "§"
countries = ["SE"]
"""

NEW = """[[processors]]
name = "Alpha Hosting"
purpose = "§"
countries = ["SE", "DE"]

[[processors]]
name = "Charlie Send"
purpose = "§"
countries = ["US", "DE", "SE"]
headquarters = "US"
safeguard = "dpf"
url = "https://charlie.example/privacy"
"""

def main():
    out = Path(sys.argv[1])
    (out / "content" / "acme").mkdir(parents=True, exist_ok=True)
    (out / "site.toml").write_text(SITE)
    (out / "content" / "acme" / "company.toml").write_text(COMPANY)
    for lang in LANGS:
        d = out / "content" / "acme" / lang
        d.mkdir(exist_ok=True)
        (d / "2024-01-10.toml").write_text(revision(f"§ {lang}", OLD))
        (d / "2025-03-01.toml").write_text(revision(f"§ {lang}", NEW))

if __name__ == "__main__":
    main()

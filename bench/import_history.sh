#!/usr/bin/env bash
# Times `privsite import --git` on a 50-commit history of the large-notice fixture (every
# commit changes the text, every third one a sub-processor; commit dates a week apart).
# Usage: bench/import_history.sh [path to privsite binary, default target/release/privsite]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$here/target/release/privsite}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/repo" "$work/site/content"
cd "$work/repo"
git init -q -b main
for i in $(seq 1 50); do
  sed -e '/^Effective May 4, 2024$/d' \
      -e "s/We encrypt data in transit and at rest\./& Revision $i./" \
      "$here/tests/fixtures/notices/large-notice.md" > policy.md
  if (( i % 3 == 0 )); then
    sed -i "s/^| Cloudflare, Inc\. |/| Fastly $i |/" policy.md
  fi
  git add -A
  GIT_COMMITTER_DATE=$(date -u -d "2022-01-01 + $((i * 7)) days" +%Y-%m-%dT10:00:00Z) \
    git -c user.name=bench -c user.email=bench@example.com commit -qm "revision $i"
done
cd "$work/site"
printf 'title = "T"\nbase_url = "https://x.example/"\ndefault_locale = "en"\n' > site.toml
for run in 1 2 3; do
  /usr/bin/time -f "import of $(git -C ../repo rev-list --count HEAD) commits: %e s" \
    "$bin" import --git ../repo policy.md --company acme --locale en --force > /dev/null
done
"$bin" build --date 2025-01-01 2>/dev/null | tail -1

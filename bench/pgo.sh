#!/usr/bin/env bash
# The binary people download, built with profile-guided optimisation: an instrumented
# build renders training sites (never the bench's own), LLVM merges what it counted, and
# the release build is made again with that profile. The result is the same program
# (same output, byte for byte), laid out and inlined for the paths a build takes.
#
#     bench/pgo.sh            # leaves the binary in target/pgo/privsite
#
# Needs llvm-profdata (`rustup component add llvm-tools`) and python3. Training sites:
# this repository's example site (the five real policies of content/), and, where
# ../shared/bench/gen_site.py is there, a generated site of another shape and seed than
# the bench's (40 companies, 4 locales, 7 revisions, seed 11).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
[ -x "$profdata" ] || { echo "bench/pgo.sh needs llvm-profdata: rustup component add llvm-tools" >&2; exit 1; }
work="$root/target/pgo"
rm -rf "$work/data" "$work/train" "$work/out"
mkdir -p "$work/data" "$work/out"

# 1. The instrumented build. `--target` keeps the flags off build scripts and proc macros.
RUSTFLAGS="-Cprofile-generate=$work/data" \
  cargo build --release --locked --target "$host" --target-dir "$work/gen"
bin="$work/gen/$host/release/privsite"

# 2. Training: full builds, a rebuild after a change, and the legal lint.
train() { # site folder, name
  (cd "$1" && "$bin" build --full --output "$work/out/$2" >/dev/null)
  (cd "$1" && "$bin" build --output "$work/out/$2" >/dev/null)
  (cd "$1" && "$bin" check >/dev/null) || true # findings are expected; only the run counts
}
train "$root" example
gen="$root/../shared/bench/gen_site.py"
if [ -f "$gen" ]; then
  python3 "$gen" --companies 40 --locales en,de,fr,sv --revisions 7 --seed 11 "$work/train" >/dev/null
  train "$work/train/privsite" generated
fi

# 3. The optimised build, from the merged profile.
"$profdata" merge -o "$work/merged.profdata" "$work/data"
RUSTFLAGS="-Cprofile-use=$work/merged.profdata" \
  cargo build --release --locked --target "$host" --target-dir "$work/use"
cp "$work/use/$host/release/privsite" "$work/privsite"
ls -l "$work/privsite"

#!/usr/bin/env bash
# Scores figure extraction on ../shared/figures/dev.jsonl with ../shared/tools/score-figures.
# Usage: benches/eval-figures.sh [--show N]
set -euo pipefail
cd "$(dirname "$0")/.."
gold=../shared/figures/dev.jsonl
scorer=../shared/tools/score-figures
if [ ! -f "$gold" ] || [ ! -x "$scorer" ]; then
  echo "eval-figures: ../shared/figures not found; nothing measured"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -c 'import json,sys
for l in open(sys.argv[1]):
    print(json.loads(l)["text"].replace("\n", " "))' "$gold" > "$tmp/sentences.txt"
cargo run --release -q -- extract --lines --json "$tmp/sentences.txt" > "$tmp/pred.jsonl" || true
"$scorer" "$gold" "$tmp/pred.jsonl" "$@"

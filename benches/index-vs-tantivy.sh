#!/usr/bin/env bash
# Indexing benchmark on ../shared/corpora/allsides.jsonl.zst (37,554 articles, 235 MB of text):
# factdex (with all extraction) against tantivy-cli (no extraction, en_stem body and title),
# alternating in one run, N rounds (default 3); prints medians of wall time, peak RSS, index
# size, and factdex's re-index time of the unchanged corpus.
# Needs: `cargo install tantivy-cli`, zstd, GNU time. Usage: benches/index-vs-tantivy.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpora/allsides.jsonl.zst
rounds=${1:-3}
if [ ! -f "$corpus" ]; then echo "index bench: $corpus not found; nothing measured"; exit 0; fi
command -v tantivy >/dev/null || { echo "index bench: tantivy-cli not installed (cargo install tantivy-cli)"; exit 0; }
cargo build --release -q
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
zstd -dcq "$corpus" > "$work/all.jsonl"
schema='{"index_settings":{"docstore_compression":"lz4","docstore_blocksize":16384},"segments":[],"schema":[{"name":"id","type":"text","options":{"indexing":{"record":"basic","fieldnorms":false,"tokenizer":"raw"},"stored":true,"fast":false}},{"name":"title","type":"text","options":{"indexing":{"record":"position","fieldnorms":true,"tokenizer":"en_stem"},"stored":true,"fast":false}},{"name":"outlet","type":"text","options":{"indexing":{"record":"basic","fieldnorms":false,"tokenizer":"raw"},"stored":true,"fast":false}},{"name":"body","type":"text","options":{"indexing":{"record":"position","fieldnorms":true,"tokenizer":"en_stem"},"stored":true,"fast":false}}],"opstamp":0}'
t() { /usr/bin/time -f "%e %M %U %S" "$@" 2>&1 >/dev/null | tail -1; }
: > "$work/tantivy"; : > "$work/factdex"; : > "$work/reindex"
for r in $(seq "$rounds"); do
  rm -rf "$work/t" && mkdir "$work/t" && echo "$schema" > "$work/t/meta.json"
  t tantivy index -i "$work/t" -f "$work/all.jsonl" >> "$work/tantivy"
  rm -rf "$work/f"
  t ./target/release/factdex --index "$work/f" index "$corpus" >> "$work/factdex"
  t ./target/release/factdex --index "$work/f" index "$corpus" >> "$work/reindex"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for who in tantivy factdex reindex; do
  secs=$(cut -d' ' -f1 "$work/$who" | median); rss=$(cut -d' ' -f2 "$work/$who" | median)
  printf "%-8s median %6.2f s  peak RSS %5d MB\n" "$who" "$secs" "$((rss / 1024))"
done
printf "index size: tantivy-cli %s, factdex %s\n" "$(du -sh "$work/t" | cut -f1)" "$(du -sh "$work/f" | cut -f1)"
awk 'NR==FNR {t[FNR]=$1; next} {printf "round %d: factdex/tantivy-cli = %.2f\n", FNR, $1/t[FNR]}' "$work/tantivy" "$work/factdex"

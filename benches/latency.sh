#!/usr/bin/env bash
# Search latency on the allsides index (37,554 articles): factdex (query understanding, BM25,
# re-ranking, grouping and comparison) against tantivy-cli's `bench` (top 10 + count) and
# ripgrep (a fixed-string scan of the decompressed corpus), over the same queries.
# The queries are built at run time from the corpus titles (first words of 250 titles) plus 20
# figure questions, so nothing from the corpus is stored here.
# Needs tantivy-cli and ripgrep for the comparison (skipped when missing).
# Usage: benches/latency.sh [INDEX_DIR]   (default: a cached index under /tmp)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpora/allsides.jsonl.zst
if [ ! -f "$corpus" ]; then echo "latency bench: $corpus not found; nothing measured"; exit 0; fi
cargo build --release -q
ix=${1:-/tmp/factdex-bench-allsides}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
[ -f "$ix/meta.json" ] || ./target/release/factdex --index "$ix" index "$corpus" >/dev/null
zstd -dcq "$corpus" > "$work/all.jsonl"
python3 - "$work/all.jsonl" > "$work/queries.txt" <<'PY'
import json, random, sys
random.seed(7)
titles = []
for line in open(sys.argv[1], encoding="utf-8"):
    t = json.loads(line).get("title") or ""
    words = [w for w in t.replace('"', " ").split() if w.isalpha()]
    if len(words) >= 3:
        titles.append(" ".join(words[: random.randint(2, 5)]))
for q in random.sample(titles, 250):
    print(q)
for q in ["unemployment rate", "death toll hurricane", "cost of the border wall", "how many refugees",
          "tax cut cost", "oil price", "minimum wage", "deficit > 1 trillion dollars", "soybean tariffs",
          "troops > 1000 people", "approval rating", "gdp growth rate", "wildfire acres", "vaccine doses",
          "shooting death toll", "stimulus package cost", "student debt", "drug prices", "inflation rate",
          "budget between 1 and 5 billion dollars"]:
    print(q)
PY
echo "factdex:"
/usr/bin/time -f "  process peak RSS %M KB" ./target/release/factdex --index "$ix" eval latency --queries "$work/queries.txt" --rounds 3 2>&1
if command -v tantivy >/dev/null; then
  t="$work/t"; mkdir "$t"
  echo '{"index_settings":{"docstore_compression":"lz4","docstore_blocksize":16384},"segments":[],"schema":[{"name":"title","type":"text","options":{"indexing":{"record":"position","fieldnorms":true,"tokenizer":"en_stem"},"stored":true,"fast":false}},{"name":"body","type":"text","options":{"indexing":{"record":"position","fieldnorms":true,"tokenizer":"en_stem"},"stored":true,"fast":false}}],"opstamp":0}' > "$t/meta.json"
  tantivy index -i "$t" -f "$work/all.jsonl" >/dev/null 2>&1
  # tantivy-cli's parser rejects some syntax (">"); it gets the words only
  tr -d '<>' < "$work/queries.txt" > "$work/plain.txt"
  tantivy bench -i "$t" -q "$work/plain.txt" -n 3 2>/dev/null | awk -F'\t' '/^SEARCH/{s=1;next} /^FETCH/{s=0} s && NF==3 && $3 ~ /^[0-9]+$/ {print $3/1000}' | sort -n \
    | awk '{a[NR]=$1} END {printf "tantivy-cli bench (top 10 + count): p50 %.2f ms, p99 %.2f ms over %d runs\n", a[int(NR*0.5)+1], a[int(NR*0.99)+1], NR}'
fi
if command -v rg >/dev/null; then
  head -40 "$work/queries.txt" | while read -r q; do
    s=$(date +%s%N); rg -c -i -F -- "$q" "$work/all.jsonl" >/dev/null || true; e=$(date +%s%N); echo $(( (e - s) / 1000 ))
  done | sort -n | awk '{a[NR]=$1/1000} END {printf "ripgrep (fixed string, 239 MB): p50 %.1f ms over %d queries\n", a[int(NR*0.5)+1], NR}'
fi

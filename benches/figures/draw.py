#!/usr/bin/env python3
"""Draw a blind labelling round: random sentences with a digit or number word from the corpora.

usage: benches/figures/draw.py SAMPLE SEED N > /tmp/SAMPLE/draw.tsv

Each output line is `id  corpus  record  start  end  sentence` (byte offsets into the record's
body, as `factdex eval figures` and `eval concepts` read them). The file stays outside the
repository: the sentences are research-use text. Label them before running the extractor, as
`id|surface|value|unit|change|concept` lines (`id|none` for a sentence with no figure), then
turn the labels into offsets with benches/figures/convert.py.
"""
import json, os, random, re, subprocess, sys

CORPORA = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "corpora")
NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|half|third|quarter)\b", re.I)
# The same titles and abbreviations as src/extract/sentences.rs ("No. 2", "Jan. 21, 2017").
SPLIT = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))(?<!\b[A-Z]\.)(?<!Mr\.)(?<!Dr\.)(?<!Mrs\.)(?<!St\.)"
    r"(?<!\bNo\.)(?<!\bNos\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bProf\.)(?<!\bMs\.)(?<!\bJan\.)(?<!\bFeb\.)(?<!\bAug\.)(?<!\bSept\.)(?<!\bOct\.)(?<!\bNov\.)(?<!\bDec\.)(?<!\bInc\.)(?<!\bCorp\.)(?<!\bCo\.)(?<!\bLtd\.)(?<!\bJr\.)(?<!\bvs\.)"
    r"\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")


def sentences(body):
    """(start, end) byte offsets of the sentences of a body."""
    out, pos = [], 0
    for m in list(SPLIT.finditer(body)) + [None]:
        end = m.start() if m else len(body)
        s = body[pos:end]
        if s.strip():
            lead = len(s) - len(s.lstrip())
            a = len(body[:pos + lead].encode())
            b = len(body[:end].rstrip().encode()) if body[:end].rstrip() else a
            if b > a:
                out.append((a, b))
        pos = m.end() if m else len(body)
    return out


def records(corpus):
    if corpus == "bbc":
        for topic in sorted(os.listdir(os.path.join(CORPORA, "bbc"))):
            d = os.path.join(CORPORA, "bbc", topic)
            if os.path.isdir(d):
                for f in sorted(os.listdir(d)):
                    path = os.path.join(d, f)
                    yield f"bbc/{topic}/{f}", open(path, "rb").read().decode("utf-8", "replace")
        return
    name = {"as": "allsides.jsonl.zst", "reu": "reuters21578.jsonl", "basil": "basil.jsonl"}[corpus]
    path = os.path.join(CORPORA, name)
    if name.endswith(".zst"):
        lines = subprocess.run(["zstd", "-dc", path], capture_output=True, check=True).stdout
        lines = lines.decode().splitlines()
    else:
        lines = open(path, encoding="utf-8")
    for line in lines:
        try:
            r = json.loads(line)
        except ValueError:
            continue
        if r.get("body"):
            yield r["id"], r["body"]


def main():
    sample, seed, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    share = {"as": 0.3, "reu": 0.35, "bbc": 0.25, "basil": 0.1}
    k = 0
    for corpus, part in share.items():
        recs = list(records(corpus))
        seen = {}
        for rid, _ in recs:
            seen[rid] = seen.get(rid, 0) + 1
        recs = [r for r in recs if seen[r[0]] == 1]  # a label must name one record
        want = max(1, round(n * part))
        got = 0
        while got < want:
            rid, body = rng.choice(recs)
            sents = [s for s in sentences(body) if NUMBER.search(body.encode()[s[0]:s[1]].decode())]
            if not sents:
                continue
            a, b = rng.choice(sents)
            text = body.encode()[a:b].decode().replace("\n", " ").replace("\r", " ")
            if len(text) < 30 or len(text) > 600:
                continue
            k += 1
            got += 1
            print(f"{sample}-{k}\t{corpus}\t{rid}\t{a}\t{b}\t{text}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Turn a blind round's hand labels into offset-only label rows.

usage: benches/figures/convert.py DRAW GOLD

DRAW is the file benches/figures/draw.py wrote; GOLD holds `id|surface|value|unit|change|concept`
lines (`id|none` for a sentence without figures; value N, L..H or FROM->TO; unit `-` for none).
Appends rows to benches/figures/labels.tsv (value, unit, change) and benches/concepts/labels.tsv
(concept), locating each surface and concept in its sentence, so that no text is stored.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def find(sentence, needle, start):
    """Byte span of `needle` in `sentence`, searched from char `start`, then from 0."""
    i = sentence.find(needle, start)
    if i < 0:
        i = sentence.find(needle)
    if i < 0:
        return None
    a = len(sentence[:i].encode())
    return a, a + len(needle.encode()), i + len(needle)


def concept_spans(sentence, concept):
    whole = find(sentence, concept, 0)
    if whole:
        return [whole[:2]]
    spans = []
    for word in concept.split():
        hit = find(sentence, word, 0)
        if not hit:
            sys.exit(f"concept word {word!r} not in sentence: {sentence}")
        spans.append(hit[:2])
    return spans


def main():
    draw = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        sid, corpus, record, a, b, text = line.rstrip("\n").split("\t")
        draw[sid] = (corpus, record, a, b, text)
    figures, concepts = [], []
    cursor = {}
    for n, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        f = line.split("|")
        sid = f[0]
        corpus, record, a, b, text = draw[sid]
        sample = sid.split("-")[0]
        head = [sample, corpus, record, a, b]
        if f[1] == "none":
            figures.append(head + ["-", "-", "-", "-", "-"])
            continue
        if len(f) != 6:
            sys.exit(f"{sys.argv[2]}:{n}: expected 6 fields")
        surface, value, unit, change, concept = f[1:]
        hit = find(text, surface, cursor.get(sid, 0))
        if not hit:
            sys.exit(f"{sys.argv[2]}:{n}: {surface!r} not in {sid}")
        cursor[sid] = hit[2]
        span = [str(hit[0]), str(hit[1])]
        figures.append(head + span + [value, unit, change])
        if concept and concept != "-":
            spans = ";".join(f"{x}-{y}" for x, y in concept_spans(text, concept))
            concepts.append(head + span + [spans])
    with open(os.path.join(HERE, "labels.tsv"), "a", encoding="utf-8") as out:
        for row in figures:
            out.write("\t".join(row) + "\n")
    with open(os.path.join(HERE, "..", "concepts", "labels.tsv"), "a", encoding="utf-8") as out:
        for row in concepts:
            out.write("\t".join(row) + "\n")
    print(f"{len(figures)} figure rows, {len(concepts)} concept rows")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the pack loader's seed corpus (tests/fuzz/corpus/pack/): for every question kind and
card type in the bundled packs, the shortest such question in a one-question pack, so the
fuzzer starts from small inputs that reach every reader (cards, spans, techniques).
usage: tests/fuzz/make_pack_corpus.py   (from the repository root)"""
import glob
import json
import os

OUT = "tests/fuzz/corpus/pack"
shortest = {}
for path in sorted(glob.glob("assets/packs/*/*.json")):
    pack = json.load(open(path, encoding="utf-8"))
    topics = {t["id"]: t for t in pack["topics"]}
    for q in pack["questions"]:
        card = (q.get("card") or {}).get("type", "none")
        key = (pack["language"], q["kind"], card)
        seed = {
            "schemaVersion": pack["schemaVersion"],
            "id": "seed",
            "language": pack["language"],
            "title": "Seed",
            "topics": [topics[t] for t in q.get("topics", []) if t in topics],
            "questions": [q],
        }
        text = json.dumps(seed, ensure_ascii=False, separators=(",", ":"))
        if key not in shortest or len(text) < len(shortest[key]):
            shortest[key] = text
os.makedirs(OUT, exist_ok=True)
for (lang, kind, card), text in sorted(shortest.items()):
    with open(os.path.join(OUT, f"{lang}-{kind}-{card}.json"), "w", encoding="utf-8") as f:
        f.write(text)
print(f"{len(shortest)} seeds in {OUT}")

"""Convert a public NER corpus in brat standoff (NER-UK, NEREL) into entity-only gold lines.

Only train/dev material is ever converted: the corpus's test split is refused by name.
Labels map to sitrep's PER/LOC/ORG; other labels are dropped; nested entities keep the
outermost one (our GUIDE's no-nesting rule). Spans stay in the corpus's own convention
(NER-UK keeps descriptors and quotes, "ПАТ «Укртрансгаз»"); each line records it in
`convention` so that scoring can say which convention it measures.

Usage:
  python eval/tools/convert_brat.py ner-uk  /path/to/ner-uk  > eval/real/entities/uk-ner-uk-dev.jsonl
  python eval/tools/convert_brat.py nerel   /path/to/NEREL   > ru-nerel-dev.jsonl   (see LICENSES.md)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CORPORA = {
    "ner-uk": {
        "lang": "uk",
        "labels": {"PERS": "PER", "LOC": "LOC", "ORG": "ORG"},
        "licence": "CC BY-NC-SA 4.0 (NER-UK 2.0, lang-uk)",
        "url": "https://github.com/lang-uk/ner-uk/tree/master/v2.0/data",
        "outlet": "NER-UK",
    },
    "nerel": {
        "lang": "ru",
        "labels": {
            "PERSON": "PER",
            "CITY": "LOC",
            "COUNTRY": "LOC",
            "STATE_OR_PROV": "LOC",
            "DISTRICT": "LOC",
            "LOCATION": "LOC",
            "ORGANIZATION": "ORG",
        },
        "licence": "see NEREL's repository (texts: Russian Wikinews, CC BY 2.5)",
        "url": "https://github.com/nerel-ds/NEREL/tree/master/NEREL-v1.1",
        "outlet": "NEREL",
    },
}


def ner_uk_docs(root: Path):
    """The DEV part of v2.0's standard split (never the TEST part)."""
    split = (root / "v2.0" / "data" / "dev-test-split.txt").read_text(encoding="utf-8")
    dev, _, _test = split.partition("TEST")
    ids = [x.strip() for x in dev.splitlines() if x.strip() and x.strip() != "DEV"]
    for i in ids:
        for sub in ("ng", "bruk"):
            txt = root / "v2.0" / "data" / sub / f"{i}.txt"
            if txt.exists():
                yield f"{sub}/{i}", txt, txt.with_suffix(".ann")
                break


def nerel_docs(root: Path):
    for split in ("dev", "train"):  # never "test"
        for txt in sorted((root / "NEREL-v1.1" / split).glob("*_text.txt")):
            yield f"{split}/{txt.stem}", txt, txt.with_suffix(".ann")


def read_ann(ann: Path, labels: dict[str, str]) -> list[tuple[int, int, str, str]]:
    out = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        _tid, rest = line.split("\t", 1)
        # brat proper: "LABEL START END\tTEXT"; NER-UK: "LABEL\tSTART\tEND\tTEXT"
        info, _, surface = (
            rest.partition("\t")
            if " " in rest.split("\t", 1)[0]
            else (" ".join(rest.split("\t", 3)[:3]), "", rest.split("\t", 3)[-1])
        )
        label, *spans = info.replace(";", " ").split()
        if label not in labels or len(spans) != 2:  # discontinuous spans are dropped
            continue
        out.append((int(spans[0]), int(spans[1]), labels[label], surface))
    return out


def outermost(ents: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    ents = sorted(set(ents), key=lambda e: (e[0], -(e[1] - e[0])))
    keep: list[tuple[int, int, str, str]] = []
    for e in ents:
        if keep and e[0] < keep[-1][1]:
            continue  # inside (or crossing) the previous, longer entity
        keep.append(e)
    return keep


def clean_edges(text: str, s: int, e: int) -> bool:
    """No word cut at either end, no half of a «» or () pair."""
    frag = text[s:e]
    word = re.compile(r"\w")
    if (s > 0 and word.match(text[s - 1]) and word.match(frag[0])) or (
        e < len(text) and word.match(text[e]) and word.match(frag[-1])
    ):
        return False
    return frag.count("«") == frag.count("»") and frag.count("(") == frag.count(")")


def convert(name: str, root: Path):
    spec = CORPORA[name]
    docs = ner_uk_docs(root) if name == "ner-uk" else nerel_docs(root)
    for doc_id, txt, ann in docs:
        text = txt.read_text(encoding="utf-8")
        ents = []
        dropped = 0
        for s, e, label, surface in outermost(read_ann(ann, spec["labels"])):
            if text[s:e] != surface or not clean_edges(text, s, e):
                dropped += 1  # an offset the corpus itself got wrong (cuts a word, half a quote)
                continue
            ents.append({"start": s, "end": e, "label": label, "text": surface, "norm": surface})
        yield {
            "id": f"{name}-{doc_id}",
            "lang": spec["lang"],
            "corpus": name,
            "convention": name,
            "url": spec["url"],
            "licence": spec["licence"],
            "outlet": spec["outlet"],
            "source": f"{spec['outlet']}, {doc_id}",
            "text": text,
            "gold": {"entities": ents},
        }
        if dropped:
            print(f"{doc_id}: {dropped} entity span(s) dropped", file=sys.stderr)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in CORPORA:
        print(__doc__, file=sys.stderr)
        return 2
    for rec in convert(argv[0], Path(argv[1])):
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Build the raw benchmark corpus (bench/corpus/<lang>.jsonl.gz) from two mirrored collections.

- uk, en: the resistinua collection (github.com/Amice13/resistinua, CC0 1.0): addresses and
  messages of Ukraine's President and his Office, Feb-May 2022, static/content/messages*.js.
  Long addresses are cut at paragraph breaks into documents of at most ~3,500 characters
  (the size of a news report); items shorter than 300 characters (video titles) are left out.
- ru: Russian Wikinews (CC BY 2.5) as distributed in github.com/nerel-ds/NEREL,
  NEREL-v1.1/train only (never dev or test); one article per document.

Each line: id, lang, url, licence, published, text. Run from the repository root with the
mirrors' git directories (the defaults are where `fetch` puts them):

    python bench/corpus/build.py [--resistinua GITDIR] [--nerel GITDIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESISTINUA = "CC0 1.0 (resistinua collection; original: Office of the President of Ukraine, CC BY 4.0)"
NEREL = "CC BY 2.5 (Russian Wikinews, via NEREL-v1.1 train split)"
MAX_CHARS = 3500
MIN_CHARS = 300
_ITEM = re.compile(
    r"id: '([^']*)'.*?date: '([^']*)'.*?text: `(.*?)`,\s*\n\s*description: .*?url: '([^']*)'",
    re.S,
)


def _git(gitdir: str, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", gitdir, *args], check=True, capture_output=True, text=True
    ).stdout


def _chunks(text: str) -> list[str]:
    """Paragraph-aligned pieces of at most MAX_CHARS (a longer paragraph stays whole)."""
    out, cur = [], ""
    for para in re.split(r"\n\s*\n|\n", text):
        para = para.strip()
        if not para:
            continue
        if cur and len(cur) + 2 + len(para) > MAX_CHARS:
            out.append(cur)
            cur = ""
        cur = f"{cur}\n\n{para}" if cur else para
    if cur:
        out.append(cur)
    return [c for c in out if len(c) >= MIN_CHARS]


def resistinua(gitdir: str, lang: str) -> list[dict]:
    suffix = "-en" if lang == "en" else ""
    docs, seen = [], set()
    for part in ("messages", "messages-2", "messages-3"):
        path = f"static/content/{part}{suffix}.js"
        for item, date, text, url in _ITEM.findall(_git(gitdir, "show", f"HEAD:{path}")):
            if item in seen:
                continue
            seen.add(item)
            for i, chunk in enumerate(_chunks(text)):
                docs.append(
                    {"id": f"resistinua-{lang}-{item}-{i}", "lang": lang, "url": url,
                     "licence": RESISTINUA, "published": date[:10], "text": chunk,
                     "collection": f"github.com/Amice13/resistinua {path} id={item}"}
                )
    return docs


def nerel(gitdir: str) -> list[dict]:
    docs = []
    names = _git(gitdir, "ls-tree", "-r", "--name-only", "HEAD", "NEREL-v1.1/train").split()
    for name in sorted(n for n in names if n.endswith("_text.txt")):
        text = _git(gitdir, "show", f"HEAD:{name}").strip()
        num = Path(name).name.split("_")[0]
        if len(text) >= MIN_CHARS:
            docs.append(
                {"id": f"nerel-train-{num}", "lang": "ru",
                 "url": f"https://ru.wikinews.org/?curid={num}", "licence": NEREL,
                 "published": None, "text": text,
                 "collection": f"github.com/nerel-ds/NEREL {name}"}
            )
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--resistinua", default="/work/.mirror/Amice13+resistinua/repo")
    ap.add_argument("--nerel", default="/work/.mirror/nerel-ds+NEREL/repo")
    a = ap.parse_args()
    for lang, docs in (
        ("uk", resistinua(a.resistinua, "uk")),
        ("en", resistinua(a.resistinua, "en")),
        ("ru", nerel(a.nerel)),
    ):
        out = HERE / f"{lang}.jsonl.gz"
        # mtime=0: the same input gives byte-identical output
        with gzip.GzipFile(out, "wb", mtime=0) as raw:
            for d in docs:
                raw.write((json.dumps(d, ensure_ascii=False) + "\n").encode("utf-8"))
        chars = sum(len(d["text"]) for d in docs)
        print(f"{out.name}: {len(docs)} documents, {chars / max(len(docs), 1):.0f} chars mean")


if __name__ == "__main__":
    main()

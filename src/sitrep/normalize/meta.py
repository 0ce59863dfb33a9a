"""Title, byline and outlet of a plain-text or Markdown report.

They are read from the report's first and last lines and returned as metadata
only: the lines stay in the text, since names in a byline are entities too.
Byline words ("By", "Автор:", "Джерело:") come from resources/common/byline.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import load_yaml
from .markdown import strip_inline

_ATX = re.compile(r"^ {0,3}(#{1,2})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDER = re.compile(r"^ {0,3}(?:=+|-{2,})[ \t]*$")
_SPLIT_OUTLET = re.compile(r"\s*(?:,|\||/|·|•|—|–|\s-\s)\s*")
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’ʼ.\-]*$")


@dataclass
class Meta:
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = load_yaml("common", "byline") or {}

    def alt(key: str) -> str:
        words = sorted(
            {w for ws in (data.get(key) or {}).values() for w in ws}, key=len, reverse=True
        )
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"

    sep = r"\s*[:—–-]\s*"
    author = re.compile(rf"^\s*(?:{alt('author')}){sep}(?P<rest>.+)$", re.I)
    bare = re.compile(rf"^\s*(?:{alt('author_bare')})\s+(?P<rest>[^\W\d_].+)$", re.I)
    source = re.compile(rf"^\s*(?:{alt('source')}){sep}(?P<rest>.+)$", re.I)
    particles = frozenset(w.lower() for w in data.get("name_particles") or ())
    return author, bare, source, particles


def looks_like_name(s: str) -> bool:
    """1-5 capitalized words (particles like "van" allowed), no digits: a person's name."""
    words = s.split()
    if not 1 <= len(words) <= 5 or len(s) > 60:
        return False
    particles = _patterns()[3]
    caps = 0
    for w in words:
        if w.lower() in particles:
            continue
        if not _NAME_TOKEN.match(w) or not w[0].isupper():
            return False
        caps += 1
    return caps >= 1


_QUOTES = "«»\"“”„'‘’ "
_PAREN = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<paren>[^()]+)\)\s*$")
_LEAD_EMPH = re.compile(r"^\s*(\*{1,2}|_{1,2})(?P<inner>[^*_\n]{2,80}?)\1(?=\s|$|[,|/·•—–-])")


def _outlet(parts: list[str]) -> str | None:
    """The first part that reads like an outlet name: no digits (dates), a few words."""
    for part in parts:
        s = part.strip(_QUOTES + ".,;()[]")
        if s and not any(c.isdigit() for c in s) and len(s) <= 60 and len(s.split()) <= 6:
            return s
    return None


def _name_and_paren(s: str) -> tuple[str, list[str]]:
    m = _PAREN.match(s)
    if m:
        return m.group("name").strip(" .,;"), [m.group("paren")]
    return s.strip(" .,;"), []


def _split(s: str) -> list[str]:
    return [p for p in _SPLIT_OUTLET.split(s) if p.strip()]


def parse_byline(line: str) -> tuple[str | None, str | None]:
    """(author, outlet) from one short line, or (None, None) if it is no byline.

    Accepted: "*Name*, [Outlet](#)", "By Name, Outlet", "Автор: Name (Outlet)",
    "Name, «Outlet», date", "Джерело: Outlet" (outlet only).
    """
    if len(line) > 160:
        return None, None  # a paragraph of the story, not a byline
    author_re, bare_re, source_re, _ = _patterns()
    plain = strip_inline(line)
    for pat in (author_re, bare_re):
        m = pat.match(plain)
        if m:
            parts = _split(m.group("rest"))
            if parts:
                name, extra = _name_and_paren(parts[0])
                if looks_like_name(name):
                    return name, _outlet(extra + parts[1:])
    m = source_re.match(plain)
    if m:
        return None, _outlet(_split(m.group("rest")))
    parts = _split(plain)
    if not parts:
        return None, None
    first, rest = parts[0], parts[1:]
    emph = _LEAD_EMPH.match(line)
    if emph:
        name, extra = _name_and_paren(strip_inline(emph.group("inner")))
        if looks_like_name(name):
            return name, _outlet(extra + rest)
    # "Name Surname, «Outlet», 18 April 2016": a full name, then a quoted outlet or a date
    name, extra = _name_and_paren(first)
    if (
        rest
        and len(name.split()) >= 2
        and looks_like_name(name)
        and (rest[0][:1] in '«"“„' or any(c.isdigit() for c in plain))
    ):
        return name, _outlet(extra + rest)
    return None, None


def _lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


def extract_meta(text: str, markdown: bool) -> Meta:
    """Title from a heading or a short first paragraph; byline/outlet from edge lines."""
    meta = Meta()
    head = text[:4000]
    lines = _lines(head)
    if markdown:
        raw_lines = head.splitlines()
        for i, ln in enumerate(raw_lines[:30]):
            m = _ATX.match(ln)
            if m:
                meta.title = strip_inline(m.group(2)) or None
                break
            if (
                i + 1 < len(raw_lines)
                and ln.strip()
                and _SETEXT_UNDER.match(raw_lines[i + 1])
                and not _SETEXT_UNDER.match(ln)
            ):
                meta.title = strip_inline(ln) or None
                break
    tail = _lines(text[-2000:])[-3:]
    for ln in reversed(tail):
        author, outlet = parse_byline(ln)
        if author or outlet:
            meta.byline = meta.byline or author
            meta.outlet = meta.outlet or outlet
            if meta.byline:
                break
    start = 1 if meta.title else 0
    for ln in lines[start : start + 3]:
        if meta.byline:
            break
        author, outlet = parse_byline(ln)
        if author:
            meta.byline, meta.outlet = author, meta.outlet or outlet
    if meta.title is None:
        meta.title = _headline(head, markdown)
    return meta


_PARA = re.compile(r"\n[ \t]*\n")
_INNER_SENTENCE_END = re.compile(r"[.!?…][\"»”’)]*\s+[\"«“„(]?[A-ZА-ЯЁІЇЄҐ]")


def _headline(head: str, markdown: bool) -> str | None:
    """A first paragraph that reads like a headline: one short line, more text after it."""
    paras = [p.strip() for p in _PARA.split(head) if p.strip()]
    if len(paras) < 2:
        return None
    first = paras[0]
    plain = strip_inline(first) if markdown else first
    if "\n" in first or len(plain) > 160 or len(plain.split()) < 3 or plain.endswith(":"):
        return None
    if _INNER_SENTENCE_END.search(plain):
        return None  # a lede of several sentences, not a headline
    if any(parse_byline(first)):
        return None
    return plain

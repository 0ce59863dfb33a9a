"""HTML to main text with an exact offset for every kept character.

The stdlib tokenizer reports where each piece of text starts, which trafilatura
and lxml do not; main-text selection is a heuristic on top of it: inside the
first <article> (else <main>, else <body>), without script/style/nav/footer/
aside/forms and without blocks whose class or id says boilerplate (menu,
share, related, comments ...). Block elements become paragraph breaks so the
language stage can split paragraphs on blank lines.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIP = {
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "head", "nav", "footer", "aside", "form", "button", "select", "textarea", "canvas",
    "video", "audio", "map", "dialog",
}  # fmt: skip
_BLOCK = {
    "address", "article", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
    "tr", "ul", "html",
}  # fmt: skip
_ALWAYS_SKIP = {"script", "style", "noscript", "template", "head", "svg", "math"}
_CELL = {"td", "th"}
_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
}  # fmt: skip
_BOILER = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|sidebar|share|sharing|social|related|"
    r"comments?|advert|ads?|banner|promo|cookie|subscribe|newsletter|footer|popup|modal)(?:$|[\s_-])",
    re.I,
)
_AUTHOR_HINT = re.compile(r"author|byline", re.I)
_WS = re.compile(r"\s+")
_TITLE_SUFFIX = re.compile(r"\s(?:\||—|–|-|::|·)\s([^|—–]{2,60})$")


@dataclass
class HtmlText:
    text: str
    offsets: list[int]  # into the raw HTML; len == len(text) + 1
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


class _Extractor(HTMLParser):
    def __init__(self, raw: str, lenient: bool = False) -> None:
        super().__init__(convert_charrefs=False)
        self.lenient = lenient
        self.raw = raw
        self.line_starts = [0]
        for m in re.finditer("\n", raw):
            self.line_starts.append(m.end())
        # pieces: (region, text, start offset, kind) kind: t=text, b=block break, n=line break
        self.pieces: list[tuple[int, str, int, str]] = []
        # open elements: (tag, skipped, opens a region, holds an author name)
        self.stack: list[tuple[str, bool, bool, bool]] = []
        self.skip = 0
        self.pre = 0
        self.region = 0  # 1 inside <main>, 2 inside <article>
        self.region_depth: list[int] = []
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.title_parts: list[str] = []
        self.h1: list[str] | None = None
        self.h1_done = False
        self.author_depth = 0
        self.author_parts: list[str] = []
        self.seen_article = False

    def pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    # --- tags ---
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "title":
            self.in_title = True
        if tag == "body":
            self.handle_endtag("head")  # a <head> left open must not hide the page
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._brk("n" if tag == "br" else "b")
            return
        cls = a.get("class", "") + " " + a.get("id", "")
        if self.lenient:  # second try on pages where the heuristics left nothing
            skipped = tag in _ALWAYS_SKIP
        else:
            skipped = (
                tag in _SKIP
                or bool(_BOILER.search(cls))
                or "hidden" in a
                or "display:none" in a.get("style", "").replace(" ", "")
            )
        region = tag in ("article", "main") and self.skip == 0
        author = self.skip == 0 and (
            a.get("rel", "").lower() == "author"
            or bool(_AUTHOR_HINT.search(a.get("class", "") + " " + a.get("itemprop", "")))
        )
        self.stack.append((tag, skipped, region, author))
        if skipped:
            self.skip += 1
        if region:
            level = 2 if tag == "article" else 1
            if tag == "article" and self.seen_article and self.region < 2:
                level = 0  # only the first article is the main text
            self.seen_article = self.seen_article or tag == "article"
            self.region_depth.append(self.region)
            self.region = max(self.region, level)
        if tag == "pre":
            self.pre += 1
        if tag == "h1" and not self.h1_done and self.skip == 0:
            self.h1 = []
        if author:
            self.author_depth += 1
        if tag in _BLOCK:
            self._brk("b")
        elif tag in _CELL:
            self._brk("s")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID:
            return
        # pop up to the matching tag; unmatched end tags are ignored
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, skipped, region, author in reversed(self.stack[i:]):
                    self._close(t, skipped, region, author)
                del self.stack[i:]
                break

    def _close(self, tag: str, skipped: bool, region: bool, author: bool) -> None:
        if skipped:
            self.skip -= 1
        if region and self.region_depth:
            self.region = self.region_depth.pop()
        if tag == "pre":
            self.pre -= 1
        if tag == "h1" and self.h1 is not None:
            if "".join(self.h1).strip():
                self.h1_done = True
            else:
                self.h1 = None
        if author:
            self.author_depth -= 1
            if not self.author_depth:
                self.author_parts.append("\n")
        if tag in _BLOCK:
            self._brk("b")
        elif tag in _CELL:
            self._brk("s")

    # --- text ---
    def _brk(self, kind: str) -> None:
        if self.skip == 0:
            self.pieces.append((self.region, "", self.pos(), kind))

    def _text(self, data: str, start: int, verbatim: bool = False) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if self.skip:
            return
        if self.h1 is not None and not self.h1_done:
            self.h1.append(data)
        if self.author_depth:
            self.author_parts.append(data)
        self.pieces.append((self.region, data, start, "p" if self.pre or verbatim else "t"))

    def handle_data(self, data: str) -> None:
        self._text(data, self.pos())

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def _entity(self, ref: str) -> None:
        start = self.pos()
        # the tokenizer accepts "&amp" without ";": take what the raw text holds
        end = self.raw.find(";", start, start + len(ref))
        value = html.unescape(ref if end != -1 else ref[:-1])
        value = value.replace("\xa0", " ")
        self._text(value, start, verbatim=len(value) == 1 and not value.isspace())


def _assemble(pieces: list[tuple[int, str, int, str]]) -> tuple[str, list[int]]:
    out: list[str] = []
    omap: list[int] = []
    pending = ""  # "\n\n", "\n" or " " waiting for the next visible text
    pending_at = 0
    started = False
    for _, data, start, kind in pieces:
        if kind in "bns":
            sep = {"b": "\n\n", "n": "\n", "s": " "}[kind]
            if len(sep) > len(pending) or (sep == "\n" and pending == " "):
                pending, pending_at = sep, start
            continue
        if kind == "p":  # <pre> content and single entities: verbatim
            if pending and started:
                out.append(pending)
                omap.extend([pending_at] * len(pending))
            pending = ""
            out.append(data)
            omap.extend(range(start, start + len(data)))
            started = started or bool(data.strip())
            continue
        pos = 0
        for m in _WS.finditer(data):
            if m.start() > pos:
                if pending and started:
                    out.append(pending)
                    omap.extend([pending_at] * len(pending))
                pending = ""
                out.append(data[pos : m.start()])
                omap.extend(range(start + pos, start + m.start()))
                started = True
            if not pending:
                pending, pending_at = " ", start + m.start()
            pos = m.end()
        if pos < len(data):
            if pending and started:
                out.append(pending)
                omap.extend([pending_at] * len(pending))
            pending = ""
            out.append(data[pos:])
            omap.extend(range(start + pos, start + len(data)))
            started = True
    return "".join(out), omap


def html_to_text(raw: str) -> HtmlText:
    """Main text of an HTML page with offsets into `raw`, plus title/byline/outlet metadata."""
    p = _Extractor(raw)
    p.feed(raw)
    p.close()
    if sum(len(pc[1].strip()) for pc in p.pieces) < 40:
        lenient = _Extractor(raw, lenient=True)
        lenient.feed(raw)
        lenient.close()
        lenient.meta = {**lenient.meta, **p.meta}
        p = lenient
    pieces = p.pieces
    for level in (2, 1):
        main = [pc for pc in pieces if pc[0] >= level]
        if sum(len(pc[1].strip()) for pc in main) >= 40:
            pieces = main
            break
    text, omap = _assemble(pieces)
    omap.append(len(raw))
    meta = p.meta
    title = (
        meta.get("og:title")
        or meta.get("twitter:title")
        or (_clean("".join(p.h1)) if p.h1 else None)
        or _clean("".join(p.title_parts))
        or None
    )
    from .meta import parse_byline

    author = meta.get("author") or meta.get("article:author") or meta.get("dc.creator")
    if author and author.startswith("http"):
        author = None
    outlet = meta.get("og:site_name") or meta.get("application-name") or None
    for line in (_clean(s) for s in "".join(p.author_parts).split("\n")):
        if not line or len(line) > 160:
            continue
        name, out = parse_byline(line)
        author = author or name or (line if len(line) <= 60 else None)
        outlet = outlet or out
        break
    page_title = _clean("".join(p.title_parts))
    if not outlet and title and page_title != title:
        m = _TITLE_SUFFIX.search(page_title)
        if m and m.group(1) not in title:
            outlet = m.group(1).strip()
    return HtmlText(
        text=text,
        offsets=omap,
        title=title,
        byline=author,
        outlet=outlet,
        meta=meta,
    )


def _clean(s: str) -> str:
    return _WS.sub(" ", html.unescape(s)).strip()

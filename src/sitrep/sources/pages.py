"""A web page -> one Item: its main text (trafilatura) and metadata (title, byline, outlet,
published date).

trafilatura drops navigation, comments and boilerplate. Its output is handed to the
pipeline as a small HTML document that carries the metadata in <title> and <meta>
tags (escaped: page text is untrusted), so the normalizer records title, byline and
outlet the way it does for any HTML report, and evidence spans point into the text
that is stored.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from ..schema.models import QualityFlag
from ..store.sources import Item, sha
from .fetch import FetchPolicy, Response, fetch

PAGE_TYPES = {"text/html", "application/xhtml+xml", "text/plain"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"}


def decode(resp: Response) -> str:
    """The body as text: the declared charset, else sitrep's own detection."""
    if resp.charset:
        try:
            return resp.body.decode(resp.charset, errors="replace")
        except LookupError:
            pass
    from ..ingest import InputError, load_bytes

    try:
        return load_bytes(resp.body, source=resp.url).text
    except InputError:
        return resp.body.decode("utf-8", errors="replace")


def page_item(
    raw_html: str,
    url: str,
    *,
    published: str | None = None,
    lang: str | None = None,
    truncated_at: int | None = None,
) -> Item:
    """An Item from a page's HTML; an Item with `error` when no main text is found."""
    import trafilatura

    item = Item(source=url, url=url, lang=lang, content_type="html")
    try:
        doc = trafilatura.bare_extraction(
            raw_html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as e:  # a parser bug on one page must not stop a feed's other entries
        doc = None
        item.error = f"{url}: cannot extract the page: {type(e).__name__}: {e}"
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        item.raw_hash = sha(raw_html)
        item.error = item.error or f"{url}: no main text found in the page"
        return item
    item.title = _meta(doc, "title")
    item.outlet = _meta(doc, "sitename")
    byline = _meta(doc, "author")
    item.published = published or _date(_meta(doc, "date"))
    item.text = _as_html(text, item.title, byline, item.outlet)
    item.raw_hash = sha(item.text)
    if truncated_at is not None:
        item.flags.append(
            QualityFlag(flag="truncated", detail=f"page cut off at {truncated_at} bytes")
        )
    return item


def fetch_page(url: str, policy: FetchPolicy, *, lang: str | None = None) -> tuple[Item, Response]:
    """Fetch a page and extract it; FetchRefused / FetchFailed propagate."""
    resp = fetch(url, policy, headers={"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
    ct = resp.content_type
    if ct in FEED_TYPES or ct.endswith("+xml") and ct != "application/xhtml+xml":
        msg = f"{resp.url}: this is a feed ({ct}), not a page: list it in FEEDS.toml for `sitrep watch`"
        return Item(source=resp.url, url=resp.url, raw_hash=sha(resp.body), error=msg), resp
    if ct and ct not in PAGE_TYPES:
        msg = f"{resp.url}: not a web page (content-type {ct})"
        return Item(source=resp.url, url=resp.url, raw_hash=sha(resp.body), error=msg), resp
    if ct == "text/plain":
        return _plain_item(resp, lang, policy), resp
    item = page_item(
        decode(resp),
        resp.url,
        lang=lang,
        truncated_at=policy.max_bytes if resp.truncated else None,
    )
    if item.published is None:
        item.published = http_date(resp.headers.get("last-modified"))
    return item, resp


def _plain_item(resp: Response, lang: str | None, policy: FetchPolicy) -> Item:
    """A text/plain page is the report as it is."""
    text = decode(resp)
    item = Item(source=resp.url, url=resp.url, lang=lang, text=text, raw_hash=sha(text))
    item.published = http_date(resp.headers.get("last-modified"))
    if not text.strip():
        item.error = f"{resp.url}: empty page"
    if resp.truncated:
        item.flags.append(
            QualityFlag(flag="truncated", detail=f"page cut off at {policy.max_bytes} bytes")
        )
    return item


def _meta(doc, name: str) -> str | None:
    v = getattr(doc, name, None)
    return v.strip() or None if isinstance(v, str) else None


def _date(value: str | None) -> str | None:
    """trafilatura's date (YYYY-MM-DD) if it is one."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value[:10]).date().isoformat()
    except ValueError:
        return None


def http_date(value: str | None) -> str | None:
    """An HTTP date header -> UTC ISO, or None."""
    if not value:
        return None
    from email.utils import parsedate_to_datetime

    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _as_html(text: str, title: str | None, byline: str | None, outlet: str | None) -> str:
    e = html.escape
    head = []
    if title:
        head.append(f"<title>{e(title)}</title>")
    if byline:
        head.append(f'<meta name="author" content="{e(byline)}">')
    if outlet:
        head.append(f'<meta property="og:site_name" content="{e(outlet)}">')
    body = [f"<h1>{e(title)}</h1>"] if title else []
    body += [f"<p>{e(p.strip())}</p>" for p in text.split("\n") if p.strip()]
    return (
        "<!DOCTYPE html>\n<html><head>" + "".join(head) + "</head><body>\n"
        + "\n".join(body) + "\n</body></html>\n"
    )  # fmt: skip

"""The peer stack timed on the same texts: dateparser for dates, plus natasha NER for Russian.

These are what one would glue together without sitrep; they find dates (and for Russian
PER/ORG/LOC spans), far less than sitrep does, so the ratio flatters the peers.
"""

from __future__ import annotations

import time
import warnings
from functools import lru_cache


class PeerMissing(RuntimeError):
    """dateparser or natasha is not installed."""


@lru_cache(maxsize=1)
def _natasha():
    try:
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    except ImportError:
        raise PeerMissing("natasha is not installed (pip install natasha)") from None
    emb = NewsEmbedding()
    return Doc, Segmenter(), NewsNERTagger(emb)


def _dates(text: str, lang: str) -> int:
    from dateparser.search import search_dates

    found = search_dates(text, languages=[lang])
    return len(found or ())


def peer_stack(lang: str) -> str:
    return "dateparser + natasha NER" if lang == "ru" else "dateparser"


def run_peers(texts: list[str], lang: str) -> float:
    """CPU seconds the peer stack takes over texts (models loaded before timing)."""
    try:
        import dateparser.search  # noqa: F401
    except ImportError:
        raise PeerMissing("dateparser is not installed (pip install dateparser)") from None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _dates("1 января 2020", lang)  # load dateparser's language data
        if lang == "ru":
            Doc, seg, ner = _natasha()
        t = time.process_time()
        for text in texts:
            _dates(text, lang)
            if lang == "ru":
                d = Doc(text)
                d.segment(seg)
                d.tag_ner(ner)
        return time.process_time() - t

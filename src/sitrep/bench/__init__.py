"""`sitrep bench`: throughput of the pipeline on real published text, per language.

Time is CPU time of this process (time.process_time), so other work on the machine does
not count against it; one process is one core. Peak memory is the process's peak RSS
after sitrep's runs, before any peer stack is loaded.
"""

from __future__ import annotations

import resource
import time
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import LANGS, CorpusError, real_docs, take

__all__ = ["LANGS", "CorpusError", "LangResult", "RealBench", "run_real"]

# one short report run before timing: loads lexicons, gazetteer and morphology
LOAD_TEXT = {
    "uk": "У Києві 3 березня поліція затримала 12 людей.",
    "ru": "В Москве 3 марта полиция задержала 12 человек.",
    "en": "Police detained 12 people in London on 3 March.",
}


@dataclass
class LangResult:
    lang: str
    documents: int
    repeated: int
    mean_chars: float
    cpu_seconds: float
    docs_per_sec: float
    kb_per_sec: float
    claims: int
    events: int
    stages_ms_per_doc: dict[str, float]
    peer: str | None = None
    peer_documents: int = 0
    peer_docs_per_sec: float | None = None
    ratio: float | None = None


@dataclass
class RealBench:
    corpus: str
    cold: bool
    load_seconds: float
    peak_rss_mb: float
    documents: int
    languages: list[LangResult] = field(default_factory=list)
    caches_cleared: int = 0


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_real(
    langs: tuple[str, ...] = LANGS,
    n: int | None = None,
    corpus_dir: Path = Path("bench/corpus"),
    eval_dir: Path | None = Path("eval/real"),
    cold: bool = False,
    peers: int = 0,
    progress=None,
) -> RealBench:
    """Run the default pipeline over each language's real texts; peers on the first `peers`."""
    from ..doc import Doc
    from ..gcpolicy import settle_after_load
    from ..pipeline import default_pipeline, parse_published
    from .caches import clear_all
    from .stages import StageTimer

    corpora = {lang: take(real_docs(lang, corpus_dir, eval_dir), n) for lang in langs}
    cleared = clear_all() if cold else 0
    t0 = time.process_time()
    pipe = default_pipeline()
    timer = StageTimer(pipe)
    for lang in langs:
        pipe(Doc(raw=LOAD_TEXT[lang], lang_hint=None))
    settle_after_load()
    load = time.process_time() - t0
    results = []
    for lang in langs:
        docs, repeated = corpora[lang]
        if cold:
            cleared = clear_all()
            pipe = default_pipeline()
            timer = StageTimer(pipe)
            pipe(Doc(raw=LOAD_TEXT[lang]))
            settle_after_load()
        timer.reset()
        claims = events = 0
        t = time.process_time()
        for i, bd in enumerate(docs):
            doc = Doc(raw=bd.text, published=parse_published(bd.published))
            timer(doc)
            claims += len(doc.claims)
            events += len(doc.events)
            if progress:
                progress(lang, i + 1, len(docs))
        secs = time.process_time() - t
        nbytes = sum(len(d.text.encode("utf-8")) for d in docs)
        results.append(
            LangResult(
                lang=lang,
                documents=len(docs),
                repeated=repeated,
                mean_chars=round(sum(len(d.text) for d in docs) / len(docs), 1),
                cpu_seconds=round(secs, 3),
                docs_per_sec=round(len(docs) / secs, 1),
                kb_per_sec=round(nbytes / 1024 / secs, 1),
                claims=claims,
                events=events,
                stages_ms_per_doc={
                    k: round(v * 1000 / len(docs), 3) for k, v in timer.seconds.items()
                },
            )
        )
    rss = peak_rss_mb()
    if peers:
        from .peers import peer_stack, run_peers

        for r in results:
            texts = [d.text for d in corpora[r.lang][0][:peers]]
            secs = run_peers(texts, r.lang)
            r.peer = peer_stack(r.lang)
            r.peer_documents = len(texts)
            r.peer_docs_per_sec = round(len(texts) / secs, 1) if secs else None
            if r.peer_docs_per_sec:
                r.ratio = round(r.docs_per_sec / r.peer_docs_per_sec, 2)
    return RealBench(
        corpus=f"{eval_dir} + {corpus_dir}" if eval_dir else str(corpus_dir),
        cold=cold,
        load_seconds=round(load, 3),
        peak_rss_mb=rss,
        documents=sum(r.documents for r in results),
        languages=results,
        caches_cleared=cleared,
    )

"""How natasha's tagger is loaded: only the parts tagging reads, once, when first needed.

natasha's own loader (slovnet `NER.load` then `Navec.load`) builds, besides what the
tagger reads, navec's 250k-word vocabulary with its counts and its similarity tables
(`pq.norm`, `pq.ab`, through a ~100 MB temporary), all dropped again once the arrays are
injected, and keeps the tagger's own 250k-word vocabulary as a dict of strings. The compact
loader reads navec's meta and PQ arrays only and keeps the tagger's word vocabulary as
sorted 64-bit hashes (`HashedVocab`): the same word ids, so the same output
(tests/test_ner_natasha_load.py), at a third of the memory (docs/ner.md).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from gzip import decompress
from importlib.util import find_spec
from pathlib import Path
from types import SimpleNamespace

import numpy as np

BATCH = 8  # slovnet's default batch size


class HashedVocab:
    """slovnet's `Vocab.encode` over sorted hashes of its items instead of a dict of strings.

    Python's str hash is 64-bit and fixed within a process, and the table is built in the
    process that uses it. Items that repeat keep the last id, as the dict does; two
    different words with one hash (about 1e-9 for 250k words) would share an id.
    """

    def __init__(self, items: Iterable[str], count: int) -> None:
        hashes = np.fromiter((hash(w) for w in items), dtype=np.int64, count=count)
        order = np.lexsort((np.arange(count), hashes))  # by hash, then by id
        hashes = hashes[order]
        last = np.append(hashes[1:] != hashes[:-1], True)  # the last id of a repeated item
        self._hashes = hashes[last]
        self._ids = order[last].astype(np.int32)
        self._n = len(self._hashes)
        self.unk_id = self.get("<unk>")
        self.pad_id = self.get("<pad>")

    def get(self, item: str) -> int | None:
        h = hash(item)
        i = int(self._hashes.searchsorted(h))
        if i < self._n and self._hashes[i] == h:
            return int(self._ids[i])
        return None

    def encode(self, item: str) -> int | None:
        i = self.get(item)
        return self.unk_id if i is None else i

    @property
    def nbytes(self) -> int:
        return self._hashes.nbytes + self._ids.nbytes


# line boundaries of str.splitlines() other than "\n" (slovnet splits its vocabularies so)
_OTHER_BREAKS = re.compile("[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _lines(text: str) -> tuple[Iterator[str], int]:
    """text.splitlines() one line at a time, and how many: the 250k words of a vocabulary
    then never live as one list (whose freed small strings would stay in the heap)."""
    if _OTHER_BREAKS.search(text):
        lines = text.splitlines()
        return iter(lines), len(lines)
    count = text.count("\n") + (0 if not text or text.endswith("\n") else 1)

    def gen() -> Iterator[str]:
        pos, n = 0, len(text)
        while pos < n:
            end = text.find("\n", pos)
            if end < 0:
                end = n
            yield text[pos:end]
            pos = end + 1

    return gen(), count


def data_path(*parts: str) -> str:
    """A file of natasha's package data, found without importing natasha (whose package
    imports its whole toolkit: morphology, syntax, extractors)."""
    spec = find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("natasha")
    return os.path.join(next(iter(spec.submodule_search_locations)), "data", *parts)


NEWS_NER = ("model", "slovnet_ner_news_v1.tar")
NEWS_EMBEDDING = ("emb", "navec_news_v1_1B_250K_300d_100q.tar")


def _navec_arrays(path: str) -> SimpleNamespace:
    """navec's meta and PQ arrays (indexes, codes), without its vocabulary or `precompute`."""
    from navec.meta import Meta
    from navec.tar import Tar

    with Tar(path) as tar:
        meta = Meta.from_file(tar.load("meta.json"))
        f = tar.load("pq.bin")
        vectors, _dim, qdim, centroids = (int(x) for x in np.frombuffer(f.read(16), np.uint32))
        indexes = np.frombuffer(f.read(vectors * qdim), np.uint8).reshape(vectors, qdim)
        codes = np.frombuffer(f.read(), np.float32).reshape(qdim, centroids, -1)
    return SimpleNamespace(meta=meta, pq=SimpleNamespace(indexes=indexes, codes=codes))


def load_compact():
    """The slovnet NER tagger with navec's arrays, loaded as in `NER.load` + `.navec()`."""
    from slovnet.api import NER
    from slovnet.const import SHAPE, TAG, WORD
    from slovnet.exec.encoders import TagEncoder
    from slovnet.exec.infer import NERInfer, TagDecoder
    from slovnet.exec.model import NER as NERModel
    from slovnet.exec.pack import Pack, vocab_name

    with Pack(data_path(*NEWS_NER)) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(NERModel)
        arrays = dict(pack.load_arrays(model.weights))
        words = HashedVocab(*_lines(decompress(pack.read(vocab_name(WORD))).decode("utf8")))
        shapes = pack.load_vocab(SHAPE)
        tags = pack.load_vocab(TAG)
    model = model.inject_arrays(arrays).inject_navec(_navec_arrays(data_path(*NEWS_EMBEDDING)))
    infer = NERInfer(model, TagEncoder(words, shapes, BATCH), TagDecoder(tags))
    return NER(infer, BATCH)


def load_stock():
    """natasha's own way: `NER.load(NEWS_NER).navec(Navec.load(NEWS_EMBEDDING))`."""
    from natasha import data
    from navec import Navec
    from slovnet import NER

    ner = NER.load(data.NEWS_NER)
    ner.navec(Navec.load(data.NEWS_EMBEDDING))
    return ner


# the thread-count setters of the OpenBLAS builds numpy ships or links (newest first)
_BLAS_SETTERS = (
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


def one_blas_thread() -> bool:
    """Run numpy's OpenBLAS on one thread (Linux; elsewhere a no-op that returns False).

    The tagger multiplies small matrices: with OpenBLAS's default of one thread per core,
    its idle threads spin between calls and the model's CPU time grows ~20x (docs/ner.md).
    sitrep scales out by processes, so one BLAS thread each loses nothing.
    OPENBLAS_NUM_THREADS=1 does the same, but only when set before numpy is imported.
    """
    import ctypes

    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:
        return False
    libs = sorted(
        {ln.split()[-1] for ln in maps.splitlines() if "blas" in ln.rsplit("/", 1)[-1].lower()}
    )
    for path in libs:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _BLAS_SETTERS:
            setter = getattr(lib, name, None)
            if setter is not None:
                setter(1)
                return True
    return False


@lru_cache(maxsize=2)
def tagger(compact: bool = True):
    """The tagger, loaded once per process (per loader), numpy's BLAS on one thread."""
    try:
        ner = load_compact() if compact else load_stock()
    except ImportError as e:  # pragma: no cover - depends on the optional extra
        raise RuntimeError("ner_natasha needs natasha: pip install 'sitrep[models]'") from e
    one_blas_thread()
    return ner


def available() -> bool:
    """natasha is installed (checked when the pipeline is built, without loading it)."""
    return all(find_spec(m) is not None for m in ("natasha", "navec", "slovnet"))

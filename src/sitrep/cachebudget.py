"""Memory of long runs: a per-word cache is emptied once it holds more than a budget of entries.

Extraction memoizes per word form (pymorphy3 parses, stems, folded keys, lexicon look-ups)
in about twenty `functools.lru_cache`s bounded at 20k-200k entries each. Real text brings
new words for ever, so over a long ingest these caches fill toward bounds that together
hold ~350 MB (measured on the real benchmark corpus: 57 MB in them after 400 reports, RSS
341 -> 525 MB over 1,439 distinct reports, +2.7 MB for a second pass over the same ones: no
leak, only caches filling). Synthetic reports repeat a small vocabulary, which is why the
10k benchmark did not show it.

`trim()` runs between batches in every executor (`store/executor.py`): any sitrep cache over
SITREP_CACHE_ENTRIES entries (default 20,000) is emptied and refills with the words in use.
The functions are pure, so results are unchanged (tests/test_cachebudget.py ingests with a
budget of 1 and compares); only the refill costs time.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import os
import sys

BUDGET = 20_000

_seen_modules = -1
_caches: list[functools._lru_cache_wrapper] = []


def budget() -> int:
    """Entries a cache may hold: SITREP_CACHE_ENTRIES, default 20,000; 0 turns trimming off."""
    value = os.environ.get("SITREP_CACHE_ENTRIES", "")
    return int(value) if value.isdigit() else BUDGET


def caches() -> list[functools._lru_cache_wrapper]:
    """The lru caches of sitrep's loaded modules (rescanned when more modules are loaded)."""
    global _seen_modules, _caches
    if len(sys.modules) != _seen_modules:
        found: dict[int, functools._lru_cache_wrapper] = {}
        for name, mod in list(sys.modules.items()):
            if name == "sitrep" or name.startswith("sitrep."):
                for obj in list(getattr(mod, "__dict__", {}).values()):
                    if isinstance(obj, functools._lru_cache_wrapper):
                        found[id(obj)] = obj
        _caches, _seen_modules = list(found.values()), len(sys.modules)
    return _caches


def trim(limit: int | None = None) -> int:
    """Empty every cache holding more than `limit` entries (default: `budget()`); how many."""
    limit = budget() if limit is None else limit
    return _clear_above(limit) if limit > 0 else 0


def _clear_above(limit: int) -> int:
    """Empty every cache holding more than `limit` entries; how many."""
    n = 0
    for cache in caches():
        if cache.cache_info().currsize > limit:
            cache.cache_clear()
            n += 1
    return n


def release() -> int:
    """Empty every sitrep cache, whatever it holds; how many. For the end of an ingest run:
    extraction is over, and the settle that follows (store/incidents.py) then reuses their
    memory instead of adding its own on top (on the 10k benchmark the settle set the peak)."""
    return _clear_above(0)


def return_memory() -> bool:
    """Collect garbage and hand the allocator's free pages back to the OS (glibc's
    `malloc_trim`); whether the trim ran. Freed Python objects otherwise leave their memory
    in the process: released caches and a dropped gazetteer index would still count in RSS."""
    gc.collect()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim_heap = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (macOS, musl, Windows): the collect alone
        return False
    trim_heap.argtypes = [ctypes.c_size_t]
    trim_heap(0)
    return True

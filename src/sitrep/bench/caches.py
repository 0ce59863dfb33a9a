"""`--cold`: empty every cache sitrep keeps between documents, as in a fresh process."""

from __future__ import annotations

import sys


def clear_all() -> int:
    """Clear every functools cache in sitrep's modules; return how many were cleared.

    Lexicons, the gazetteer and the morphology dictionaries are caches too: they load again
    on the next document, which the benchmark runs untimed before measuring.
    """
    n = 0
    for name, mod in list(sys.modules.items()):
        if not (name == "sitrep" or name.startswith("sitrep.")) or mod is None:
            continue
        for obj in list(vars(mod).values()):
            clear = getattr(obj, "cache_clear", None)
            if callable(clear) and getattr(obj, "__module__", None) == name:
                clear()
                n += 1
    return n

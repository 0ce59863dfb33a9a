"""Per-language resources (lexicons) shipped as data files under resources/<lang>/.

A file that is missing or holds nothing is an error when it is loaded: a typo
in a file name or an emptied list must not silently switch a rule off. A list
that only some languages have is loaded with optional=True. A language with no
folder at all (a paragraph detected as, say, German) has no resources: its
lists load empty and the rules do nothing for it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources as _res

import yaml


class ResourceError(ValueError):
    """A resource file that is missing or empty."""


def _path(lang: str, name: str):
    return _res.files("sitrep").joinpath("resources", lang, name)


def _missing(lang: str, file: str, optional: bool) -> bool:
    """True when a missing file may load empty; raise when it may not."""
    if optional or not _res.files("sitrep").joinpath("resources", lang).is_dir():
        return True
    raise ResourceError(f"missing resource file resources/{lang}/{file}")


@lru_cache(maxsize=256)
def load_list(lang: str, name: str, optional: bool = False) -> tuple[str, ...]:
    """A one-item-per-line list (`#` comments); missing or empty is an error unless optional."""
    p = _path(lang, name + ".txt")
    if not p.is_file():
        _missing(lang, name + ".txt", optional)
        return ()
    lines = (ln.split("#", 1)[0].strip() for ln in p.read_text("utf-8").splitlines())
    out = tuple(ln for ln in lines if ln)
    if not out:
        raise ResourceError(f"empty resource file resources/{lang}/{name}.txt")
    return out


@lru_cache(maxsize=256)
def load_yaml(lang: str, name: str, optional: bool = False):
    """A YAML resource; missing or empty is an error unless optional (then None)."""
    p = _path(lang, name + ".yaml")
    if not p.is_file():
        _missing(lang, name + ".yaml", optional)
        return None
    data = yaml.safe_load(p.read_text("utf-8"))
    if not data:
        raise ResourceError(f"empty resource file resources/{lang}/{name}.yaml")
    return data

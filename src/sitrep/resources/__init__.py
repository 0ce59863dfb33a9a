"""Per-language resources (lexicons) shipped as data files under resources/<lang>/."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources as _res

import yaml


def _path(lang: str, name: str):
    return _res.files("sitrep").joinpath("resources", lang, name)


@lru_cache(maxsize=256)
def load_list(lang: str, name: str) -> tuple[str, ...]:
    """A one-item-per-line list (`#` comments); empty if the file does not exist."""
    p = _path(lang, name + ".txt")
    if not p.is_file():
        return ()
    lines = (ln.split("#", 1)[0].strip() for ln in p.read_text("utf-8").splitlines())
    return tuple(ln for ln in lines if ln)


@lru_cache(maxsize=256)
def load_yaml(lang: str, name: str):
    """A YAML resource; None if the file does not exist."""
    p = _path(lang, name + ".yaml")
    if not p.is_file():
        return None
    return yaml.safe_load(p.read_text("utf-8"))

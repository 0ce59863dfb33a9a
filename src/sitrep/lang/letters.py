"""Which letters belong to which alphabet (resources/common/letters.yaml)."""

from __future__ import annotations

from functools import lru_cache

from ..resources import load_yaml


@lru_cache(maxsize=8)
def letters(name: str) -> frozenset[str]:
    """A letter set of the data file, lower and upper case: "cyrillic", "uk_only", "ru_only"."""
    value = load_yaml("common", "letters").get(name)
    if not value:
        raise ValueError(f"resources/common/letters.yaml: no letters named {name!r}")
    return frozenset(value) | frozenset(value.upper())


@lru_cache(maxsize=1)
def _same_as() -> tuple[dict[int, str], dict[str, str]]:
    pairs = {
        str(a): str(b) for a, b in (load_yaml("common", "letters").get("same_as") or {}).items()
    }
    classes = {c: f"[{b}{a}]" for a, b in pairs.items() for c in (a, b)}
    return str.maketrans(pairs), classes


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in (load_yaml("common", "letters").get("same_as") or {}).items())


def unify_letters(s: str) -> str:
    """Letters written for one another as one (ё -> е), for lower-case comparison keys."""
    for a, b in _pairs():  # str.replace: much faster than translate on whole texts
        s = s.replace(a, b)
    return s


def letter_class(ch: str) -> str | None:
    """A regex class matching `ch` and the letters written for it ("[её]"); None if none."""
    return _same_as()[1].get(ch)


def char_class(name: str, case: str = "both") -> str:
    """The letters as the inside of a regex character class; case = lower, upper or both."""
    chars = letters(name)
    if case == "lower":
        chars = frozenset(c for c in chars if c.islower())
    elif case == "upper":
        chars = frozenset(c for c in chars if c.isupper())
    return "".join(sorted(chars))


def cyrillic_lang(word: str) -> str:
    """uk or ru for a Cyrillic word: uk when it has a letter only Ukrainian uses."""
    uk = letters("uk_only")
    return "uk" if any(c in uk for c in word) else "ru"

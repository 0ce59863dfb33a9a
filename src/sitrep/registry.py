"""Components registered by name, spaCy-style.

A component factory takes its config (a dict) and returns a callable that
annotates a Doc in place. Pipelines are built from names in configuration, so
a model-backed component can replace a rule-based one under the same slot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .doc import Doc

Component = Callable[[Doc], None]
Factory = Callable[..., Component]

_FACTORIES: dict[str, Factory] = {}


def component(name: str) -> Callable[[Factory], Factory]:
    """Register a component factory under `name`."""

    def deco(factory: Factory) -> Factory:
        if name in _FACTORIES and _FACTORIES[name] is not factory:
            raise ValueError(f"component {name!r} is already registered")
        _FACTORIES[name] = factory
        return factory

    return deco


def get_factory(name: str) -> Factory:
    _load_builtin()
    try:
        return _FACTORIES[name]
    except KeyError:
        known = ", ".join(sorted(_FACTORIES))
        raise KeyError(f"unknown component {name!r}; known: {known}") from None


def names() -> list[str]:
    _load_builtin()
    return sorted(_FACTORIES)


def make(name: str, **config: Any) -> Component:
    return get_factory(name)(**config)


_loaded = False


def _load_builtin() -> None:
    """Import the stage packages so that their @component decorators run."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    import importlib

    for mod in (
        "sitrep.normalize",
        "sitrep.lang",
        "sitrep.segment",
        "sitrep.mentions",
        "sitrep.claims",
        "sitrep.events",
    ):
        importlib.import_module(mod)

"""Components registered by name, spaCy-style, each with its contract.

A component factory takes its config and returns a callable that annotates a
Doc in place. Pipelines are built from names in configuration, so a
model-backed component can replace a rule-based one under the same slot; the
contract says what the slot needs and provides, so a swap that breaks the data
flow fails when the pipeline is built, not silently on every document.

Contract names are Doc fields ("tokens", "claims", "signals" ...) or mention
and entity kinds ("mentions.quantity", "entities.place").
- requires: must be assigned by an earlier component.
- reads: used when present; if a LATER component assigns it, the order is wrong.
- assigns: what the component adds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from .doc import Doc

Component = Callable[[Doc], None]
Factory = Callable[..., Component]

# what the caller puts on a Doc before the first component runs
INPUTS = ("raw", "published", "lang_hint", "content_type", "source")


class PipelineError(ValueError):
    """A pipeline that cannot work as configured: bad order or bad config."""


class NoConfig(BaseModel):
    """Config of a component that takes none."""

    model_config = ConfigDict(extra="forbid")


@dataclass(frozen=True)
class Spec:
    name: str
    factory: Factory
    requires: tuple[str, ...] = ()
    reads: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    config: type[BaseModel] = NoConfig


_SPECS: dict[str, Spec] = {}


def component(
    name: str,
    *,
    requires: tuple[str, ...] = (),
    reads: tuple[str, ...] = (),
    assigns: tuple[str, ...] = (),
    config: type[BaseModel] = NoConfig,
) -> Callable[[Factory], Factory]:
    """Register a component factory under `name` with its contract and config model."""
    if config.model_config.get("extra") != "forbid":
        raise TypeError(f"component {name!r}: its config model must forbid extra keys")

    def deco(factory: Factory) -> Factory:
        old = _SPECS.get(name)
        if old is not None and old.factory is not factory:
            raise ValueError(f"component {name!r} is already registered")
        _SPECS[name] = Spec(name, factory, tuple(requires), tuple(reads), tuple(assigns), config)
        return factory

    return deco


def get_spec(name: str) -> Spec:
    _load_builtin()
    try:
        return _SPECS[name]
    except KeyError:
        known = ", ".join(sorted(_SPECS))
        raise PipelineError(f"unknown component {name!r}; known: {known}") from None


def get_factory(name: str) -> Factory:
    return get_spec(name).factory


def names() -> list[str]:
    _load_builtin()
    return sorted(_SPECS)


def validate_config(name: str, config: dict[str, Any]) -> dict[str, Any]:
    """The config as the component's model reads it; one clear line on unknown or bad keys."""
    spec = get_spec(name)
    try:
        model = spec.config(**config)
    except ValidationError as e:
        known = ", ".join(spec.config.model_fields) or "none"
        problems = []
        for err in e.errors():
            where = ".".join(str(p) for p in err["loc"]) or "config"
            if err["type"] == "extra_forbidden":
                problems.append(f"unknown config key {where!r}")
            else:
                problems.append(f"{where}: {err['msg']}")
        raise PipelineError(f"{name}: {'; '.join(problems)} (known keys: {known})") from None
    return model.model_dump()


def make(name: str, **config: Any) -> Component:
    return get_factory(name)(**validate_config(name, config))


def check_order(order: list[str]) -> None:
    """Each `requires` assigned earlier; nothing `read` is assigned only later."""
    specs = [get_spec(n) for n in order]
    have = set(INPUTS)
    for i, spec in enumerate(specs):
        missing = [r for r in spec.requires if r not in have]
        if missing:
            later = {a: s.name for s in specs[i + 1 :] for a in s.assigns}
            hint = "; ".join(
                f"{m!r} is assigned by {later[m]!r}, which runs later"
                if m in later
                else f"no component in the pipeline assigns {m!r}"
                for m in missing
            )
            raise PipelineError(
                f"component {spec.name!r} requires {', '.join(map(repr, missing))}: {hint} "
                f"(pipeline: {' -> '.join(order)})"
            )
        for r in spec.reads:
            late = next((s.name for s in specs[i + 1 :] if r in s.assigns), None)
            if late and r not in have:
                raise PipelineError(
                    f"component {spec.name!r} reads {r!r}, which {late!r} assigns later: "
                    f"put {late!r} before {spec.name!r} (pipeline: {' -> '.join(order)})"
                )
        have.update(spec.assigns)


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

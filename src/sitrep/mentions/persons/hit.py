"""A person name found in the text, before linking."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...doc import Token


@dataclass
class PersonHit:
    start: int
    end: int
    tokens: list[Token]
    roles: list[str]  # given / surname / patr / initial per token
    gender: str | None
    confidence: float
    weak: bool = False  # accepted only if it links to a stronger mention
    by_morphology: bool = False  # a lone given name on morphology alone ("Уляна підійшла")
    repeat_ok: bool = False  # a weak given name inside a sentence: kept if it repeats so
    norm_parts: list[str] = field(default_factory=list)
    given_key: str | None = None
    sur_key: str | None = None

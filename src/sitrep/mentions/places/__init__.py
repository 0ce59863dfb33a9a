"""places: gazetteer-backed, inflection-aware place mentions resolved in context.

Capitalized words (and runs of up to five words: "Кривому Розі", "Нижнем
Новгороде", "Харківській області") are looked up in the gazetteer by their
inflection stems. A name many places share is resolved with what the document
itself says: the countries and regions it mentions, then population. A match
is kept only when the evidence is strong enough for its size: a village of 600
needs its country in the text or a "село"/"village" before it; a word that
also appears in lower case in the same report, a first name or a sentence
opener needs a large city behind it."""

from __future__ import annotations

import os

from pydantic import BaseModel, ConfigDict

from ...gazetteer import GazetteerError, load_user_gazetteer
from ...registry import component
from .matcher import PlaceMatcher


def _user_path(config_path: str | None) -> str | None:
    return config_path or os.environ.get("SITREP_GAZETTEER") or None


class PlacesConfig(BaseModel):
    """user_gazetteer: path to a YAML gazetteer (also $SITREP_GAZETTEER)."""

    model_config = ConfigDict(extra="forbid")
    user_gazetteer: str | None = None


@component(
    "places",
    requires=("tokens",),
    reads=("mentions.date", "mentions.quantity"),
    assigns=("mentions.place", "entities.place"),
    config=PlacesConfig,
)
def make_places(user_gazetteer: str | None = None):
    """Config: user_gazetteer = path to a YAML gazetteer (also $SITREP_GAZETTEER)."""
    path = _user_path(user_gazetteer)
    user = None
    if path:
        try:
            user = load_user_gazetteer(path)
        except GazetteerError as e:
            raise ValueError(f"places: {e}") from None
    return PlaceMatcher(user=user)

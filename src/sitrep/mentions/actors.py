"""actors mentions (stub)."""

from ..doc import Doc
from ..registry import component


@component("actors")
def make_actors(**config):
    def actors(doc: Doc) -> None:
        return None

    return actors

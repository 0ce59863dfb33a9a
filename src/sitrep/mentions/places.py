"""places mentions (stub)."""

from ..doc import Doc
from ..registry import component


@component("places")
def make_places(**config):
    def places(doc: Doc) -> None:
        return None

    return places

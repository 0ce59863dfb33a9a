"""persons mentions (stub)."""

from ..doc import Doc
from ..registry import component


@component("persons")
def make_persons(**config):
    def persons(doc: Doc) -> None:
        return None

    return persons

"""orgs mentions (stub)."""

from ..doc import Doc
from ..registry import component


@component("orgs")
def make_orgs(**config):
    def orgs(doc: Doc) -> None:
        return None

    return orgs

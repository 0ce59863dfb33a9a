"""dates mentions (stub)."""

from ..doc import Doc
from ..registry import component


@component("dates")
def make_dates(**config):
    def dates(doc: Doc) -> None:
        return None

    return dates

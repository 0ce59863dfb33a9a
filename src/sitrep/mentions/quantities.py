"""quantities mentions (stub)."""

from ..doc import Doc
from ..registry import component


@component("quantities")
def make_quantities(**config):
    def quantities(doc: Doc) -> None:
        return None

    return quantities

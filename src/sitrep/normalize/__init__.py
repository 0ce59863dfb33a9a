"""normalize: repair encodings, normalize Unicode, strip markup with an offset map."""

from ..doc import Doc
from ..registry import component


@component("normalize")
def make_normalize():
    def normalize(doc: Doc) -> None:
        doc.text = doc.raw
        doc.offsets = None

    return normalize

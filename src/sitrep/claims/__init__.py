"""claims: figures of killed / injured / arrested / ... with qualifier, certainty, source."""

from ..doc import Doc
from ..registry import component


@component("claims")
def make_claims(**config):
    def claims(doc: Doc) -> None:
        return None

    return claims

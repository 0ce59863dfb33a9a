"""The tokens names are read from: English possessives cut off."""

from __future__ import annotations

from ..doc import Doc, Token
from ..segment import analyze

_POSSESSIVE = ("'s", "’s")


def name_tokens(doc: Doc) -> list[Token]:
    """The doc's tokens with English possessives cut off ("NATO's" -> "NATO", "Tokayev's").

    Cached on the doc (org_lexicon, persons and orgs all read them); never modify the list.
    """
    cached = doc.user.get("_name_tokens")
    if cached is not None and cached[0] is doc.tokens and cached[1] == len(doc.tokens):
        return cached[2]
    out = _name_tokens(doc)
    doc.user["_name_tokens"] = (doc.tokens, len(doc.tokens), out)
    return out


def _name_tokens(doc: Doc) -> list[Token]:
    out = doc.tokens
    if not any(p in doc.text for p in _POSSESSIVE):
        return out  # no token can end in a possessive: skip the walk (most reports)
    for i, t in enumerate(doc.tokens):
        if t.text.endswith(_POSSESSIVE) and len(t.text) > 3 and t.text[:1].isupper():
            if out is doc.tokens:
                out = list(doc.tokens)
            core = t.text[:-2]
            out[i] = Token(t.start, t.end - 2, core, analyze(core, "en")[0], t.tags, t.sent)
    return out

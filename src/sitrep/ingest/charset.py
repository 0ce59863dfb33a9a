"""Decoding bytes of unknown encoding, checked by how plausible the result reads.

charset-normalizer alone confuses the Cyrillic code pages (cp1251 / koi8-r /
cp866 are all "valid" for any high byte), so every candidate decoding is scored
by letter frequencies: a wrong Cyrillic code page gives mostly upper-case or
rare letters and symbols, a Cyrillic text read as latin-1 gives whole words of
accented Latin letters, a Latin text read as cp1251 mixes scripts inside words.
The same score lets `normalize` repair text that was already decoded wrongly.
"""

from __future__ import annotations

import codecs
import threading
from dataclasses import dataclass, field

from ..normalize.plausibility import plausibility
from ..schema.models import QualityFlag

# tried in this order; on equal scores the earlier one wins
CYRILLIC_CODECS = ("cp1251", "koi8_r", "koi8_u", "cp866", "cp1125")
LATIN_CODECS = ("cp1252", "latin_1")
_DISPLAY = {
    "utf_8": "utf-8",
    "utf_16_le": "utf-16-le",
    "utf_16_be": "utf-16-be",
    "utf_32_le": "utf-32-le",
    "utf_32_be": "utf-32-be",
    "koi8_r": "koi8-r",
    "koi8_u": "koi8-u",
    "latin_1": "latin-1",
    "iso8859_1": "latin-1",
    "mac_cyrillic": "mac-cyrillic",
}
_SAMPLE = 65536


def display_name(codec: str) -> str:
    """A codec name as people write it (cp1251, koi8-r, utf-16-le)."""
    try:
        name = codecs.lookup(codec).name.replace("-", "_")
    except LookupError:
        return codec
    return _DISPLAY.get(name, name.replace("_", "-"))


@dataclass
class Decoded:
    text: str
    encoding: str  # display name: utf-8, cp1251, koi8-r ...
    flags: list[QualityFlag] = field(default_factory=list)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf_32_le"),
    (codecs.BOM_UTF32_BE, "utf_32_be"),
    (codecs.BOM_UTF8, "utf_8"),
    (codecs.BOM_UTF16_LE, "utf_16_le"),
    (codecs.BOM_UTF16_BE, "utf_16_be"),
)


def sniff_utf16(data: bytes) -> str | None:
    """utf_16_le / utf_16_be for BOM-less UTF-16, judged by its high-byte column.

    UTF-16 text in Latin or Cyrillic script has a nearly constant high byte
    (0x00 for ASCII, 0x04 for Cyrillic, 0x20 for typographic punctuation).
    """
    sample = data[:4096]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    common = b"\x00\x04\x20"

    def share(col: bytes) -> float:
        return sum(col.count(b) for b in common) / len(col)

    if share(odd) > 0.9 and odd.count(0) and share(even) < 0.5:
        return "utf_16_le"
    if share(even) > 0.9 and even.count(0) and share(odd) < 0.5:
        return "utf_16_be"
    return None


_counter = threading.local()


def _count_replace(exc: UnicodeError) -> tuple[str, int]:
    """Like errors="replace", but counts what it replaced (per thread)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _counter.n = getattr(_counter, "n", 0) + 1
    return "\ufffd", exc.end


codecs.register_error("sitrep-count", _count_replace)


def _decode_unicode(data: bytes, codec: str, truncated: bool) -> tuple[str, int]:
    """Decode with replacement; (text, number of invalid byte sequences)."""
    _counter.n = 0
    dec = codecs.getincrementaldecoder(codec)("sitrep-count")
    text = dec.decode(data, final=not truncated)
    return text, _counter.n


def _legacy_candidates(data: bytes, declared: str | None) -> list[str]:
    sample = data[:_SAMPLE]
    high = sum(1 for b in sample if b >= 0x80)
    ascii_letters = sum(1 for b in sample if 65 <= b <= 90 or 97 <= b <= 122)
    order = (
        list(CYRILLIC_CODECS + LATIN_CODECS)
        if high > 0.1 * ascii_letters
        else list(LATIN_CODECS + CYRILLIC_CODECS)
    )
    extra: list[str] = [declared] if declared else []
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample[:32768]).best()
        if best is not None and best.encoding:
            order.append(best.encoding)  # last: it wins only when strictly more plausible
    except Exception:  # a detector failure must not lose the document
        pass
    out: list[str] = []
    for name in extra + order:
        try:
            canon = codecs.lookup(name).name
        except LookupError:
            continue
        if canon not in out and not canon.startswith(("utf", "ascii")):
            out.append(canon)
    return out


def decode_legacy(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, codec) of the most plausible non-UTF decoding."""
    sample = data[:_SAMPLE]
    best: tuple[float, str] | None = None
    for codec in _legacy_candidates(data, declared):
        try:
            text = sample.decode(codec, errors="replace")
        except (LookupError, UnicodeError):
            continue
        score = plausibility(text)
        if codec == declared:
            score += 0.3  # a charset the document states itself breaks near-ties
        if best is None or score > best[0]:
            best = (score, codec)
    codec = best[1] if best else "latin_1"
    return data.decode(codec, errors="replace"), codec


def decode(data: bytes, *, truncated: bool = False, declared: str | None = None) -> Decoded:
    """Bytes to text: BOM, UTF-8, BOM-less UTF-16, else the most plausible code page.

    `truncated` means `data` was cut at an arbitrary byte, so a partial
    multi-byte character at the end is dropped rather than reported as invalid.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if codec.startswith("utf_32") and truncated:
                body = body[: len(body) // 4 * 4]
            text, bad = _decode_unicode(body, codec, truncated)
            return _unicode_result(text, codec, bad)
    utf16 = sniff_utf16(data)
    if utf16:
        body = data[: len(data) // 2 * 2] if truncated else data
        text, bad = _decode_unicode(body, utf16, truncated)
        return _unicode_result(text, utf16, bad)
    dec = codecs.getincrementaldecoder("utf_8")("strict")
    try:
        return Decoded(dec.decode(data, final=not truncated), "utf-8")
    except UnicodeDecodeError:
        pass
    text, bad = _decode_unicode(data, "utf_8", truncated)
    # valid multi-byte sequences are rare by chance in legacy text: if they
    # outnumber the invalid ones, this is UTF-8 with a few damaged bytes
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if valid > 0 and bad <= valid:
        return _unicode_result(text, "utf_8", bad)
    text, codec = decode_legacy(data, declared)
    name = display_name(codec)
    flag = QualityFlag(flag="encoding_repaired", detail=f"{name} -> utf-8")
    return Decoded(text, name, [flag])


def _unicode_result(text: str, codec: str, bad: int) -> Decoded:
    name = display_name(codec)
    flags: list[QualityFlag] = []
    if codec != "utf_8":
        flags.append(QualityFlag(flag="encoding_repaired", detail=f"{name} -> utf-8"))
    if bad:
        flags.append(
            QualityFlag(
                flag="invalid_bytes",
                detail=f"{bad} invalid {name} byte sequence{'s' if bad != 1 else ''}"
                " replaced with U+FFFD",
            )
        )
    return Decoded(text, name, flags)

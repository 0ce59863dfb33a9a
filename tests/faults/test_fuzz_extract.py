"""`extract` over random Unicode — mixed scripts, combining marks, right-to-left text,
emoji, control characters — never raises, and every span it returns points at its words.

No timed assertion (CI machines vary): deadline=None, and the measured time per 10k
characters is in docs/reliability.md."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sitrep

# code point ranges a crisis report can meet, and the ones that break naive code
_RANGES = [
    (0x20, 0x7E),  # ASCII
    (0x400, 0x4FF),  # Cyrillic
    (0x300, 0x36F),  # combining diacritics
    (0x590, 0x5FF),  # Hebrew (RTL)
    (0x600, 0x6FF),  # Arabic (RTL)
    (0x200B, 0x200F),  # zero-width, LRM / RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x1F300, 0x1F6FF),  # emoji
    (0x1F3FB, 0x1F3FF),  # skin-tone modifiers
    (0x0, 0x1F),  # C0 controls (NUL, bell, escape, ...)
    (0x80, 0x9F),  # C1 controls
    (0x4E00, 0x4E80),  # CJK
    (0x30, 0x39),  # digits, so figures appear
]
_CHARS = st.one_of(
    *(st.integers(lo, hi).map(chr) for lo, hi in _RANGES),
    st.sampled_from([" ", "\n", "\n\n", "\t", "\u00a0", "\ufeff", "\ufffd", "\u2028"]),
)
_WORDS = st.sampled_from(
    ["загинули", "погибли", "killed", "поліція", "полиция", "police", "Київ", "Москве",
     "Aktobe", "12", "сотні", "десятки", "about", "близько", "понад", "1 травня", "May 2"]
)  # fmt: skip
TEXT = st.lists(st.one_of(_CHARS, _WORDS, _WORDS.map(lambda w: f" {w} ")), max_size=600).map(
    "".join
)


def _spans(report) -> list:
    out = [(m.start, m.end, m.text) for m in report.mentions]
    for c in report.claims:
        out.append((c.evidence.start, c.evidence.end, c.evidence.text))
    for e in report.events:
        out.extend((s.start, s.end, s.text) for s in e.evidence)
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from([None, "uk", "ru", "en"]))
def test_extract_never_raises_and_spans_point_at_their_words(text, lang):
    report = sitrep.extract(text, "2025-05-03", lang)
    body = report.document.text
    for start, end, words in _spans(report):
        assert 0 <= start <= end <= len(body)
        assert body[start:end] == words

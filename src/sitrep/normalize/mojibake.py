"""Mojibake repair in text that was already decoded with the wrong code page.

Three repairs, each guarded by a cheap regex so clean text costs microseconds:

1. UTF-8 read as a single-byte code page: "РљР°Р·Р°С…" (as cp1251), "Ð\\x9aÐ°Ð·" (as
   latin-1/cp1252). Runs of such pairs are re-encoded and decoded as UTF-8; every
   repaired character maps to the first of the characters it came from, so
   offsets still point into the original text exactly.
2. One single-byte code page read as another: "Êàçàõ" (cp1251 as latin-1),
   "лЮГЮУ" (koi8-r as cp1251) ... re-decoded 1:1, chosen by letter plausibility.
3. Anything else ftfy recognizes (Latin mojibake like "CafÃ©"), line by line;
   a repaired line of a different length is aligned back with difflib.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from .offsets import compose
from .plausibility import plausibility

_COMMON_CYR = set("абвгдеєжзиіїйклмнопрстуфхцчшщъыьэюяёґАБВГДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЁҐ")


def _byte_table(codecs_: tuple[str, ...]) -> dict[str, int]:
    """char -> byte (0x80-0xFF) for text decoded with any of `codecs_`.

    Bytes a code page leaves undefined are taken as the C1 control of the same
    value, as browsers and `errors="surrogateescape"`-free tools produce them.
    """
    table: dict[str, int] = {}
    for codec in codecs_:
        for b in range(0x80, 0x100):
            try:
                ch = bytes([b]).decode(codec)
            except UnicodeDecodeError:
                ch = chr(b)
            table.setdefault(ch, b)
        for b in range(0x80, 0xA0):
            table.setdefault(chr(b), b)
    return table


def _cls(table: dict[str, int], lo: int, hi: int) -> str:
    chars = sorted(ch for ch, b in table.items() if lo <= b <= hi)
    return "[" + "".join(re.escape(c) for c in chars) + "]"


@lru_cache(maxsize=1)
def _utf8_patterns() -> list[tuple[str, dict[str, int], re.Pattern[str], re.Pattern[str]]]:
    """(name, table, sequence pattern, cheap gate) for UTF-8 seen through cp1251 / cp1252."""
    out = []
    for name, codecs_ in (("cp1251", ("cp1251",)), ("latin-1", ("cp1252", "latin_1"))):
        t = _byte_table(codecs_)
        cont, lead2, lead3 = _cls(t, 0x80, 0xBF), _cls(t, 0xC2, 0xDF), _cls(t, 0xE0, 0xEF)
        # a continuation byte the code page left undefined may have become U+FFFD
        seq = re.compile(f"{lead2}(?:{cont}|\ufffd)|{lead3}{cont}{cont}")
        gate = re.compile(f"{_cls(t, 0xD0, 0xD3)}{cont}")  # a Cyrillic lead + continuation
        out.append((name, t, seq, gate))
    return out


# characters that UTF-8 Cyrillic seen through cp1251 or latin-1 always brings
# ("о" -> "Рѕ", "е" -> "Рµ", "с" -> "СЃ", "К" -> "Ð\x9a") and prose rarely has
_UTF8_HINT = re.compile("[ЂЃѓ‚„†‡€‰Љ‹ЊЌЋЏђ•™љ›њќћџЈ¤¦µ¶ЅѕјЎўÐÑ\u0080-\u009f]")


def _repair_utf8_runs(text: str) -> tuple[str, list[int] | None, str | None]:
    if not _UTF8_HINT.search(text):
        return text, None, None
    for name, table, seq_re, gate in _utf8_patterns():
        if not gate.search(text):
            continue
        # group adjacent sequences into runs (one mis-decoded word each)
        runs: list[list[tuple[int, int, str]]] = []
        for m in seq_re.finditer(text):
            raw = m.group()
            if raw[-1] == "\ufffd":
                fixed = "\ufffd"
            else:
                try:
                    fixed = bytes(table[c] for c in raw).decode("utf-8")
                except (UnicodeDecodeError, KeyError):
                    continue
                if _is_control(fixed):
                    continue
            if runs and runs[-1][-1][1] == m.start():
                runs[-1].append((m.start(), m.end(), fixed))
            else:
                runs.append([(m.start(), m.end(), fixed)])
        strong = [r for r in runs if sum(1 for _, _, f in r if f in _COMMON_CYR) >= 2]
        if not strong:
            continue
        chosen = runs if len(strong) >= 2 else strong  # lone pairs only with evidence nearby
        edits = [piece for run in chosen for piece in run]
        out: list[str] = []
        omap: list[int] = []
        pos = 0
        for s, e, fixed in edits:
            out.append(text[pos:s])
            omap.extend(range(pos, s))
            out.append(fixed)
            omap.append(s)
            pos = e
        out.append(text[pos:])
        omap.extend(range(pos, len(text) + 1))
        return "".join(out), omap, f"utf-8 read as {name}: {len(chosen)} words re-decoded"
    return text, None, None


def _is_control(ch: str) -> bool:
    return (ch < " " and ch not in "\t\n") or "\x7f" <= ch < "\xa0"


# --- 2. single-byte code page read as another --------------------------------------------

_WRONG = ("latin", "cp1251", "koi8_r", "cp866")
_RIGHT = ("cp1251", "koi8_r", "koi8_u", "cp866", "cp1125")
# accented Latin letters (cp1251 read as latin-1), rare Cyrillic letters and symbols,
# box drawing and C1 controls (cp866 / koi8 debris): one class, a fast scan
_SUSPECT = re.compile("[\u00c0-\u00ffЂЃѓЉЊЌЋЏђљњќћџЎўЈ¤¦§¬®µ¶\u2500-\u259f\u0080-\u009f]")
_LATIN_WORD = re.compile("[\u00c0-\u00ff][\u00c0-\u00ff][\u00c0-\u00ff]")
_UPPER = re.compile("[А-ЯЁІЇЄҐ]")


def _suspect(text: str) -> bool:
    """Cheap test for single-byte mojibake: debris characters, or Cyrillic mostly in capitals."""
    m = _SUSPECT.search(text)
    if m:
        debris = len(_SUSPECT.findall(text, m.start(), m.start() + 2000))
        if debris >= 3 and (_LATIN_WORD.search(text) or debris * 50 >= min(len(text), 2000)):
            return True
    # koi8-r read as cp1251 (and back) flips the case: capitals everywhere
    window = min(len(text), 2000)
    upper = len(_UPPER.findall(text, 0, window))
    return upper >= 8 and upper * 3 > window


@lru_cache(maxsize=32)
def _recode_table(wrong: str, right: str) -> dict[int, str]:
    """str.translate table: a char as `wrong` decoded it -> the char `right` makes of its byte."""
    src = _byte_table(("cp1252", "latin_1") if wrong == "latin" else (wrong,))
    table: dict[int, str] = {}
    for ch, b in src.items():
        try:
            new = bytes([b]).decode(right)
        except UnicodeDecodeError:
            continue
        if new != ch:
            table[ord(ch)] = new
    return table


_LETTER_OR_BOX = re.compile(r"[^\W\d_]|[\u2500-\u259f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_CYR_LETTER = re.compile(r"[\u0400-\u04ff]")


def _script_shares(text: str) -> tuple[float, float]:
    """Shares of ASCII and of Cyrillic letters among letters and box-drawing characters."""
    sample = text[:5000]
    total = len(_LETTER_OR_BOX.findall(sample))
    if not total:
        return 0.0, 0.0
    return (
        len(_ASCII_LETTER.findall(sample)) / total,
        len(_CYR_LETTER.findall(sample)) / total,
    )


def _repair_single_byte(text: str) -> tuple[str, str | None]:
    if not _suspect(text):
        return text, None

    # Judge by the letter distribution regardless of case (so an ALL-CAPS text
    # is neither "repaired" nor missed), plus a little for case, which is what
    # tells koi8-r from cp1251. A repair must read clearly better, and like prose
    # (real uk/ru text scores about -3.2 case-folded, wrong code pages -4.5 and below).
    def judge(t: str) -> tuple[float, float]:
        low = plausibility(t.lower())
        return low + 0.25 * plausibility(t), low

    base, base_low = judge(text)
    latin_share, cyr_share = _script_shares(text)
    best = (base + 0.5, "", "", text)
    for wrong in _WRONG:
        if wrong != "latin" and (latin_share > 0.3 or cyr_share < 0.3):
            continue  # box drawing without Cyrillic letters around is a table, not debris
        for right in _RIGHT:
            if wrong == right:
                continue
            table = _recode_table(wrong, right)
            cand = _recode_words(text, table) if wrong == "latin" else text.translate(table)
            if cand == text:
                continue
            score, low = judge(cand)
            if score > best[0] and low > base_low and low >= -4.2:
                best = (score, wrong, right, cand)
    if not best[1]:
        return text, None
    wrong = "latin-1" if best[1] == "latin" else best[1].replace("_", "-")
    return best[3], f"{best[2].replace('_', '-')} read as {wrong}: re-decoded"


_HIGH_WORD = re.compile(r"[\u0080-\u00ff]+")


def _recode_words(text: str, table: dict[int, str]) -> str:
    """Recode runs of Latin-1 characters, except inside Latin words ("café" stays)."""

    def fix(m: re.Match[str]) -> str:
        s, e = m.span()
        if (s and text[s - 1].isascii() and text[s - 1].isalpha()) or (
            e < len(text) and text[e].isascii() and text[e].isalpha()
        ):
            return m.group()
        return m.group().translate(table)

    return _HIGH_WORD.sub(fix, text)


# --- 3. ftfy for the rest ------------------------------------------------------------------

_FTFY_GATE = re.compile(
    "[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


@lru_cache(maxsize=1)
def _ftfy_config():
    import ftfy

    # only encoding repairs: no quote uncurling, width folding, HTML unescaping
    # or normalization here, which would change lengths for nothing
    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def _align(old: str, new: str, base: int) -> list[int]:
    """Map each char of `new` to a position in `old` (+ base), via difflib opcodes."""
    omap: list[int] = []
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            omap.extend(range(base + i1, base + i2))
        elif tag in ("replace", "insert"):
            span = max(i2 - i1, 1)
            omap.extend(
                base + i1 + min((k * span) // max(j2 - j1, 1), span - 1) for k in range(j2 - j1)
            )
    return omap


_FTFY_HINT = re.compile("[ÂÃÄÅâ\u0080-\u009f]")  # lead characters of most Latin mojibake


def _repair_ftfy(text: str) -> tuple[str, list[int] | None, str | None]:
    if not _FTFY_HINT.search(text) or not _FTFY_GATE.search(text):
        return text, None, None
    import ftfy

    cfg = _ftfy_config()
    out: list[str] = []
    omap: list[int] = []
    changed = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        fixed = ftfy.fix_text(line, cfg) if _FTFY_GATE.search(line) else line
        if fixed != line:
            changed += 1
            if len(fixed) == len(line):
                omap.extend(range(pos, pos + len(line)))
            else:
                omap.extend(_align(line, fixed, pos))
        else:
            omap.extend(range(pos, pos + len(line)))
        out.append(fixed)
        pos += len(line)
    if not changed:
        return text, None, None
    omap.append(len(text))
    return "".join(out), omap, f"ftfy: {changed} line{'s' if changed > 1 else ''} repaired"


def repair(text: str) -> tuple[str, list[int] | None, list[str]]:
    """All mojibake repairs: (text, map into the input or None, details of what was done)."""
    details: list[str] = []
    omap: list[int] | None = None
    text, m1, d1 = _repair_utf8_runs(text)
    if d1:
        omap, details = m1, [d1]
    text, d2 = _repair_single_byte(text)  # 1:1, no map change
    if d2:
        details.append(d2)
    text, m3, d3 = _repair_ftfy(text)
    if d3:
        omap = compose(omap, m3)
        details.append(d3)
    return text, omap, details

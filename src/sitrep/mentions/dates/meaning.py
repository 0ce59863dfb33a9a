"""What one matched expression means: a day, a week, a month, a range, relative or not."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import _monday, _shift_month, _valid, resolve_day_month, resolve_weekday
from .hit import DateHit
from .vocabulary import _key, _Lexicon
from .years import _infer_year, _year_ok


def _day_hit(s: int, e: int, d: date, rule: str, rel: bool, conf: float, ey: bool = False):
    return DateHit(s, e, d.isoformat(), "day", None, rel, conf, rule, d, ey)


def _unit_hit(s: int, e: int, unit: str, pub: date, offset: int, rule: str, conf: float):
    if unit == "day":
        d = pub + timedelta(days=offset)
        return _day_hit(s, e, d, rule, True, conf)
    if unit == "week":
        d = _monday(pub) + timedelta(days=7 * offset)
        return DateHit(s, e, d.isoformat(), "week", None, True, conf, rule)
    if unit == "month":
        y, m = _shift_month(pub, offset)
        return DateHit(s, e, f"{y:04d}-{m:02d}", "month", None, True, conf, rule)
    return DateHit(s, e, f"{pub.year + offset:04d}", "year", None, True, conf, rule)


def _match_hit(
    m: re.Match[str],
    text: str,
    pub: date | None,
    lex: _Lexicon,
    lang: str | None,
    future_days: int,
    years: list[tuple[int, int]] | None,
) -> DateHit | None:
    kind = m.lastgroup
    s, e = m.span()
    g = m.group

    def yearless(day: int, month: int, end: int, rule: str) -> DateHit | None:
        if pub is not None:
            d = resolve_day_month(day, month, pub, future_days)
            return _day_hit(s, end, d, rule, True, 0.9) if d else None
        y = _infer_year(s, years or [])
        d = _valid(y, month, day) if y else None
        return _day_hit(s, end, d, rule, False, 0.6) if d else None

    if kind == "iso":
        d = _valid(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        if d is None:
            return None
        hit = _day_hit(s, e, d, "iso", False, 1.0, True)
        if g("iso_h"):
            hit.time = f"{int(g('iso_h')):02d}:{g('iso_mi')}"
        return hit
    if kind == "num":
        a, b, ys = int(g("num_a")), int(g("num_b")), g("num_y")
        y = int(ys)
        if len(ys) == 2:
            pivot = (pub.year % 100 + 1) if pub else 30
            y += 2000 if y <= pivot else 1900
        conf = 0.95
        if g("num_s") == "/":
            if a > 12 >= b:
                day_, mon_ = a, b
            elif b > 12 >= a:
                day_, mon_ = b, a
            else:  # 03/04/2011: US order in English, day first elsewhere
                day_, mon_ = (b, a) if lang == "en" else (a, b)
                conf = 0.6 if a != b else 0.95
        else:
            day_, mon_ = a, b
        d = _valid(y, mon_, day_)
        return _day_hit(s, e, d, "numeric", False, conf, True) if d else None
    if kind == "night":
        if g("n_wd"):
            if pub is None:
                return None
            d = resolve_weekday(lex.weekdays[_key(g("n_wd"))], pub)
            return _day_hit(s, e, d, "night", True, 0.8)
        return yearless(int(g("n_d")), lex.months[_key(g("n_m"))], e, "night")
    if kind == "dmy":
        month = lex.months[_key(g("dmy_m"))]
        day = int(g("dmy_d"))
        if g("dmy_y") and _year_ok(text, m.end("dmy_y"), bool(g("dmy_yw"))):
            d = _valid(int(g("dmy_y")), month, day)
            return _day_hit(s, e, d, "dmy", False, 0.95, True) if d else None
        return yearless(day, month, m.end("dmy_m"), "dmy")
    if kind == "mdy":
        month = lex.months[_key(g("mdy_m"))]
        day = int(g("mdy_d"))
        if g("mdy_y"):
            d = _valid(int(g("mdy_y")), month, day)
            return _day_hit(s, e, d, "mdy", False, 0.95, True) if d else None
        return yearless(day, month, e, "mdy")
    if kind == "my":
        if not _year_ok(text, m.end("my_y"), bool(g("my_yw"))):
            return None
        month = lex.months[_key(g("my_m"))]
        return DateHit(s, e, f"{int(g('my_y')):04d}-{month:02d}", "month", None, False, 0.95, "my")
    if kind == "ago":
        unit = lex.ago_units[_key(g("ago_u"))]
        n_raw = g("ago_n")
        if n_raw is None:
            n = 1
        elif n_raw.isdigit():
            n = int(n_raw)
        else:
            n = lex.number_words.get(_key(n_raw), 1)
        if pub is None:
            return None
        if unit == "day" and n_raw is not None and _key(n_raw) in lex.vague_numbers:
            # "a few days ago", "кілька днів тому": no day, the week around it
            return _unit_hit(s, e, "week", pub - timedelta(days=n), 0, "ago", 0.6)
        if unit == "day":
            return _day_hit(s, e, pub - timedelta(days=n), "ago", True, 0.85)
        if unit == "week":
            return _unit_hit(s, e, "week", pub - timedelta(days=7 * n), 0, "ago", 0.8)
        return _unit_hit(s, e, unit, pub, -n, "ago", 0.8)
    if kind == "rel":
        if pub is None:
            return None
        unit, off, conf = lex.relative[_key(g("rel_p"))]
        return _unit_hit(s, e, unit, pub, off, "relative", conf)
    if kind == "ma":
        month = lex.months[_key(g("ma_m") or g("ma_a"))]
        if pub is not None:
            y = pub.year if month <= pub.month else pub.year - 1
            return DateHit(s, e, f"{y:04d}-{month:02d}", "month", None, True, 0.85, "month")
        y = _infer_year(s, years or [])
        if y is None:
            return None
        return DateHit(s, e, f"{y:04d}-{month:02d}", "month", None, False, 0.6, "month")
    if kind == "yr":
        return DateHit(s, e, f"{int(g('yr_y')):04d}", "year", None, False, 0.95, "year")
    if kind == "yp":
        nxt = re.match(r"\s+([^\W\d_]+)", text[e : e + 40])
        if nxt and _key(nxt.group(1)) in lex.not_after_year:
            return None
        return DateHit(s, e, f"{int(g('yp_y')):04d}", "year", None, False, 0.85, "year")
    if kind in ("ord", "ordc"):
        # "on the 15th": the latest 15th on or before publication (reports tell the past)
        if pub is None:
            return None
        n = int(g("ord_d") or g("ordc_d"))
        last = re.match(r"\s+of\s+last\s+month", text[e : e + 20], re.IGNORECASE)
        for back in range(1 if last else 0, 3):
            y, mo = _shift_month(pub, -back)
            d = _valid(y, mo, n)
            if d is not None and d <= pub:
                return _day_hit(s, e, d, "ordinal", True, 0.7)
        return None
    if kind == "wd":
        if pub is None:
            return None
        d = resolve_weekday(lex.weekdays[_key(g("wd_d"))], pub, strict=bool(g("wd_last")))
        return _day_hit(s, e, d, "weekday", True, 0.8)
    return None

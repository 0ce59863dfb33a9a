"""ingest: decoding of every code page we meet, content types, refusals and size bounds.

All sample sentences are written for these tests.
"""

from __future__ import annotations

import io
import os
import tracemalloc

import pytest

from sitrep.ingest import (
    DEFAULT_MAX_BYTES,
    InputError,
    guess_content_type,
    load_bytes,
    load_path,
    load_stream,
    sniff_binary,
)
from sitrep.ingest.charset import decode, plausibility

UK = (
    "Увечері біля будівлі обласної адміністрації в Харкові зібралося близько двохсот людей; "
    "поліція затримала п'ятьох учасників, серед них двох студентів."
)
UK2 = "Мешканці села повідомили, що після обстрілу без світла залишилися сорок будинків і школа."
RU = (
    "В среду у здания городского суда в Уральске собрались около ста человек, "
    "требовавших отпустить задержанного журналиста; полиция оцепила площадь."
)
RU2 = "По словам очевидцев, полиция применила слезоточивый газ, пострадали не менее семи человек."
EN = (
    "On Tuesday night about 400 residents marched from the café on Market Street to the "
    "governor's office, demanding the release of two detained activists."
)


@pytest.mark.parametrize(
    ("text", "codec", "name"),
    [
        (UK, "cp1251", "cp1251"),
        (UK2, "cp1251", "cp1251"),
        (UK, "koi8_u", "koi8-u"),
        (UK, "cp1125", "cp1125"),
        (RU, "cp1251", "cp1251"),
        (RU, "koi8_r", "koi8-r"),
        (RU2, "koi8_r", "koi8-r"),
        (RU, "cp866", "cp866"),
        (RU2, "cp866", "cp866"),
        (EN, "cp1252", "cp1252"),
        (UK, "utf-16", "utf-16-le"),  # with BOM
        (RU, "utf-16-le", "utf-16-le"),  # without BOM
        (RU2, "utf-16-be", "utf-16-be"),
        (UK2, "utf-16-be", "utf-16-be"),
        (EN, "utf-16-le", "utf-16-le"),
        (UK, "utf-32", "utf-32-le"),
    ],
)
def test_legacy_and_utf16_encodings_decode_and_flag(text: str, codec: str, name: str) -> None:
    loaded = load_bytes(text.encode(codec), source="report.txt")
    assert loaded.text == text
    assert loaded.encoding == name
    assert [(f.flag, f.detail) for f in loaded.flags] == [("encoding_repaired", f"{name} -> utf-8")]


@pytest.mark.parametrize("text", [UK, RU, EN, "Короткий текст.", "Коротко.", "ok"])
def test_utf8_passes_without_flags(text: str) -> None:
    for data in (text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8")):
        loaded = load_bytes(data)
        assert loaded.text == text
        assert loaded.flags == []
        assert loaded.encoding == "utf-8"


@pytest.mark.parametrize(
    ("data", "count"),
    [
        (UK.encode() + b"\xff" + UK2.encode(), 1),
        (RU.encode()[:-2] + b" " + RU2.encode(), 1),  # "ь" cut in half
        (b"\xfe" + EN.encode() + b"\xc3(" + UK.encode(), 2),
    ],
)
def test_invalid_utf8_bytes_are_replaced_and_counted(data: bytes, count: int) -> None:
    loaded = load_bytes(data)
    assert loaded.text.count("\ufffd") == count
    assert [f.flag for f in loaded.flags] == ["invalid_bytes"]
    assert loaded.flags[0].detail.startswith(f"{count} invalid utf-8 byte sequence")


def test_plausibility_prefers_the_right_code_page() -> None:
    for text in (UK, RU):
        raw = text.encode("cp1251")
        right = plausibility(raw.decode("cp1251"))
        for wrong in ("koi8_r", "cp866", "latin_1"):
            assert right > plausibility(raw.decode(wrong, errors="replace")) + 1.0


def test_declared_html_charset_is_a_candidate() -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RU}</p></body></html>'
    loaded = load_bytes(page.encode("cp1251"), source="page.html")
    assert RU in loaded.text
    assert loaded.content_type == "html"


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + os.urandom(200), "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(40), "ZIP archive"),
        (b"\x7fELF\x02\x01\x01" + bytes(60), "ELF executable"),
        (b"\x1f\x8b\x08\x00" + os.urandom(50), "gzip archive"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"SQLite format 3\x00" + bytes(80), "SQLite database"),
        (b"some text\x00\x00\x00\x01\x02 more", "NUL bytes"),
        (bytes(range(1, 9)) * 40 + b"abc", "control bytes"),
    ],
)
def test_binary_input_is_refused_with_what_it_looks_like(data: bytes, what: str) -> None:
    with pytest.raises(InputError) as e:
        load_bytes(data, source="upload.bin")
    msg = str(e.value)
    assert what in msg and msg.startswith("upload.bin: looks like")
    assert "\n" not in msg
    assert sniff_binary(data) is not None


@pytest.mark.parametrize(
    ("data", "msg"),
    [
        (b"", "empty input"),
        (b"   \n\t \r\n  ", "only whitespace"),
        (b"\xef\xbb\xbf", "only whitespace"),
        ("\u00a0\u200b \n".encode(), "only whitespace"),
        ("\n \n".encode("utf-16"), "only whitespace"),
    ],
)
def test_empty_input_is_refused(data: bytes, msg: str) -> None:
    with pytest.raises(InputError, match=msg):
        load_bytes(data, source="x.txt")


def test_paths_missing_directory_unreadable(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_path(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_path(tmp_path)
    f = tmp_path / "secret.txt"
    f.write_text(UK, encoding="utf-8")
    f.chmod(0)
    try:
        if os.access(f, os.R_OK):  # root reads anything
            pytest.skip("running with privileges that ignore file modes")
        with pytest.raises(InputError, match="permission denied"):
            load_path(f)
    finally:
        f.chmod(0o644)


def test_load_path_reads_and_types(tmp_path) -> None:
    f = tmp_path / "note.md"
    f.write_bytes(RU.encode("koi8_r"))
    loaded = load_path(f)
    assert loaded.text == RU
    assert loaded.content_type == "markdown"
    assert loaded.source == str(f)
    assert loaded.size == len(RU.encode("koi8_r"))


def _paragraphs(n: int) -> str:
    paras = [UK, RU, EN, UK2, RU2]
    return "\n\n".join(f"{i}. {paras[i % len(paras)]}" for i in range(n))


def test_truncation_cuts_at_a_paragraph_break() -> None:
    text = _paragraphs(60)
    data = text.encode("utf-8")
    loaded = load_bytes(data, limit=5000)
    assert len(loaded.text.encode("utf-8")) <= 5000
    assert text.startswith(loaded.text)
    assert text[len(loaded.text) : len(loaded.text) + 2] == "\n\n"  # cut at a paragraph end
    flag = [f for f in loaded.flags if f.flag == "truncated"]
    assert flag and str(len(data)) in flag[0].detail
    assert "\ufffd" not in loaded.text  # no half letter at the cut


def test_truncation_of_utf16_and_legacy_code_pages() -> None:
    text = _paragraphs(40).replace("café", "cafe")
    for codec in ("utf-16", "cp1251"):
        data = text.encode(codec, errors="replace")
        loaded = load_bytes(data, limit=3001)
        assert {f.flag for f in loaded.flags} >= {"truncated", "encoding_repaired"}
        assert "\ufffd" not in loaded.text
        assert loaded.text and text.startswith(loaded.text)


def test_environment_sets_the_limit(monkeypatch) -> None:
    monkeypatch.setenv("SITREP_MAX_INPUT_BYTES", "2000")
    loaded = load_bytes(_paragraphs(30).encode())
    assert any(f.flag == "truncated" for f in loaded.flags)
    assert len(loaded.text.encode()) <= 2000
    monkeypatch.setenv("SITREP_MAX_INPUT_BYTES", "nonsense")
    assert not load_bytes(_paragraphs(30).encode()).flags


def test_stream_is_read_bounded() -> None:
    stream = io.BytesIO(_paragraphs(200).encode())
    loaded = load_stream(stream, source="<stdin>", limit=4096)
    assert stream.tell() == 4097  # limit + 1, not the whole stream
    assert "more than 4096 bytes" in loaded.flags[0].detail


def test_fifty_megabytes_in_bounded_memory(tmp_path) -> None:
    big = tmp_path / "huge.txt"
    block = (_paragraphs(10) + "\n\n").encode("utf-8")
    with big.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            fh.write(block)
    size = big.stat().st_size
    assert size >= 50 * 1024 * 1024
    tracemalloc.start()
    try:
        loaded = load_path(big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40 * 1024 * 1024  # reading all 50 MB would need more than that
    assert len(loaded.text.encode("utf-8")) <= DEFAULT_MAX_BYTES
    assert loaded.text.endswith(RU2) or loaded.text.endswith((UK, RU, EN, UK2))
    flag = next(f for f in loaded.flags if f.flag == "truncated")
    assert str(size) in flag.detail


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.html", "just words", "html"),
        ("a.HTM", "just words", "html"),
        ("a.md", "just words", "markdown"),
        (None, "<!DOCTYPE html><html><body><p>Текст</p></body></html>", "html"),
        ("b.txt", "  <html lang='uk'><p>Привіт</p></html>", "html"),
        ("b.txt", "<div><p>Один</p><p>Два</p><p>Три</p><br><span>x</span></div>", "html"),
        ("b.txt", "Дивіться [відео](https://example.org/v) з місця подій.", "markdown"),
        ("b.txt", "# Протест у Харкові\n\nЛюди вийшли на площу.", "markdown"),
        (None, "Митинг *у здания суда* собрал _около ста_ человек.", "markdown"),
        (None, "- first point\n- second point\n", "markdown"),
        (None, "> quoted line\n> and another *here*", "markdown"),
        (None, "```\ncode\n```", "markdown"),
        ("c.txt", UK, "text"),
        ("c.txt", RU + "\n\n" + EN, "text"),
        (None, "Price rose 2*3 times; snake_case_name stays; one *star.", "text"),
        (None, "Is 3 < 5? Yes, and 7 > 4.", "text"),
    ],
)
def test_content_type(name: str | None, text: str, expected: str) -> None:
    assert guess_content_type(name, text) == expected


def test_decode_reports_display_names() -> None:
    assert decode(RU.encode("cp1251")).encoding == "cp1251"
    assert decode(RU.encode("utf-8")).flags == []

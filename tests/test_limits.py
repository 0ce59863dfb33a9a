"""The limits of one record: the docs state what the code does, every setting is honoured,
and the depth check is exact (strings are not nesting)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import _register, app
from sitrep.ingest import limits
from sitrep.store import Store

if not app.registered_commands:
    _register()
runner = CliRunner()
DOCS = Path(__file__).resolve().parent.parent / "docs" / "store.md"


def test_the_docs_state_the_limits_of_the_code():
    table = DOCS.read_text("utf-8").split("## Limits", 1)[1].split("\n\n## ", 1)[0]
    rows = {
        m[2]: m[1] for m in re.finditer(r"^\|[^|]+\| ([^|]+?) \| `(SITREP_\w+)` \|", table, re.M)
    }
    assert set(rows) == {"SITREP_MAX_INPUT_BYTES", "SITREP_MAX_JSON_DEPTH", "SITREP_MAX_TEXT_CHARS"}
    assert "5,242,880" in rows["SITREP_MAX_INPUT_BYTES"]
    assert limits.DEFAULT_MAX_BYTES == 5_242_880
    assert rows["SITREP_MAX_JSON_DEPTH"] == str(limits.DEFAULT_MAX_DEPTH)
    assert rows["SITREP_MAX_TEXT_CHARS"] == f"{limits.DEFAULT_MAX_TEXT_CHARS:,}"


@pytest.mark.parametrize(
    "data, limit, over",
    [
        (b'{"a": 1}', 1, False),
        (b'{"a": [1]}', 1, True),
        (b'{"a": [[[]]]}', 4, False),
        (b'{"a": [[[[]]]]}', 4, True),
        (b'{"t": "[[[[[[[[[[ inside a string"}', 2, False),
        (b'{"t": "escaped \\" [[[[[[ quote"}', 2, False),
        (b'[{"x": {"y": [{"z": {}}]}}]', 5, True),
        (b'[{"x": {"y": [{"z": {}}]}}]', 6, False),
        (b'{"text": "\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2 ]]]] {{{{"}', 1, False),
        (b"[" * 100_000 + b"]" * 100_000, 64, True),
    ],
)
def test_json_depth_is_counted_outside_strings(data, limit, over):
    assert limits.json_depth_over(data, limit) is over


@pytest.mark.parametrize(
    "var, value, expect",
    [("SITREP_MAX_JSON_DEPTH", "3", 3), ("SITREP_MAX_JSON_DEPTH", "zero", 64),
     ("SITREP_MAX_TEXT_CHARS", "1_000", 1000), ("SITREP_MAX_TEXT_CHARS", "-5", 1_000_000)],
)  # fmt: skip
def test_settings_take_positive_integers_only(monkeypatch, var, value, expect):
    monkeypatch.setenv(var, value)
    get = limits.max_depth if var == "SITREP_MAX_JSON_DEPTH" else limits.max_text_chars
    assert get() == expect


def test_every_setting_is_honoured_by_ingest(tmp_path, monkeypatch):
    src = tmp_path / "r.jsonl"
    recs = [
        {"text": "Протест у Батумі 2 травня.", "meta": [[["deep"]]]},
        {"text": "Митинг в Оше 2 мая.\n\n" + "Люди стояли на площади. " * 60},
        {"text": "Rally in Aktobe on 14 March. " * 20},
    ]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", "utf-8")
    monkeypatch.setenv("SITREP_MAX_JSON_DEPTH", "2")
    monkeypatch.setenv("SITREP_MAX_TEXT_CHARS", "400")
    monkeypatch.setenv("SITREP_MAX_INPUT_BYTES", "700")
    db = str(tmp_path / "s.db")
    res = runner.invoke(app, ["ingest", str(src), "--db", db, "-q"])
    assert res.exit_code == 0, res.stderr
    assert "nested deeper than 2 levels" in res.stderr  # record 1
    assert "record over 700 bytes" in res.stderr  # record 2 (Cyrillic: 2 bytes a letter)
    with Store(db) as st:
        (doc,) = [st.report(i) for i in _ids(st)]  # record 3, cut to 400 characters
    assert len(doc.document.text) <= 400
    assert any(f.flag == "truncated" and "SITREP_MAX_TEXT_CHARS" in (f.detail or "")
               for f in doc.document.quality)  # fmt: skip


def _ids(st):
    from sqlalchemy import select

    from sitrep.store.models import Document

    with st.read() as s:
        return list(s.scalars(select(Document.id).where(Document.status == "ok")))

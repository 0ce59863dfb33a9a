"""A poison JSON Lines file: every good record is stored, every bad one is listed in
`sitrep failures` with its stage and line, a second run stores nothing new and no
traceback appears (SQLite and PostgreSQL). Generated in a tmp dir, never committed."""

from __future__ import annotations

import json

import pytest
from faultkit import no_traceback
from typer.testing import CliRunner

from sitrep.cli import _register, app
from sitrep.store import Store

if not app.registered_commands:
    _register()
runner = CliRunner()

UK = "У Кутаїсі {d} червня студенти вийшли на мирну акцію протесту. Поліція затримала {k} осіб."
RU = "В Оше {d} мая торговцы вышли на акцию протеста, задержаны {k} человек."
EN = "Hundreds rallied in Aktobe on {d} March; police detained {k} people."


def _j(rec) -> bytes:
    return json.dumps(rec, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _nested(depth: int) -> bytes:
    return b'{"meta": ' + b"[" * depth + b"]" * depth + b', "text": "Protest in Osh."}'


# (line, good?) — good records are stored (with a flag where repaired), bad ones fail alone
CASES: list[tuple[str, bytes, bool]] = [
    ("plain", _j({"text": UK.format(d=20, k=5), "published": "2025-06-21", "lang": "uk"}), True),
    (
        "nested within the limit",
        _j(
            {
                "text": RU.format(d=2, k=7),
                "published": "2025-05-03",
                "meta": [[[[[[[[{"a": 1}]]]]]]]],
            }
        ),
        True,
    ),  # fmt: skip
    ("nested 100,000 deep", _nested(100_000), False),
    (
        "surrogates in title, url, outlet",
        _j(
            {
                "text": EN.format(d=14, k=3),
                "published": "2025-03-15",
                "title": "Rally \ud800",
                "url": "https://example.org/\udfff",
                "outlet": "Wire \ud83d",
            }
        ),
        True,
    ),  # fmt: skip
    (
        "a surrogate in the text",
        _j({"text": "Protest in Batumi \udc80 on 2 May.", "published": "2025-05-03"}),
        True,
    ),  # fmt: skip
    (
        "NUL in text and metadata",
        _j(
            {
                "text": "Strike in Atyrau\u0000 on 1 May, 40 arrested.",
                "published": "2025-05-02",
                "title": "a\u0000b",
                "outlet": "\u0000",
            }
        ),
        True,
    ),  # fmt: skip
    ("binary bytes", b'{"text": "\x00\x01\xff\xfe\xc0\x80 binary \x89PNG"}', False),
    ("a 100 MB line", b"", False),  # written separately, streamed
    (
        "wrong type in every field",
        _j(
            {
                "text": 1,
                "published": [],
                "url": {},
                "title": 2,
                "outlet": False,
                "lang": 3,
                "source": [],
            }
        ),
        False,
    ),  # fmt: skip
    ("a wrong type in one field", _j({"text": "Rally in Osh.", "outlet": ["x"]}), False),
    ("not an object", b"[1, 2, 3]", False),
    ("cut short", b'{"text": "Protest in', False),
    ("an impossible date", _j({"text": "Rally in Osh.", "published": "2025-13-45"}), False),
    (
        "controls, emoji, RTL",
        _j(
            {
                "text": "Митинг \u202eв Оше\u202c 2 мая \U0001f525 \x07 собрал 200 человек.",
                "published": "2025-05-03",
            }
        ),
        True,
    ),
]
BIG = 100 * 1024 * 1024


@pytest.fixture(scope="module")
def poison(tmp_path_factory):
    path = tmp_path_factory.mktemp("poison") / "poison.jsonl"
    with open(path, "wb") as fh:
        for name, line, _good in CASES:
            if name == "a 100 MB line":
                fh.write(b'{"text": "')
                chunk = b"Protest in Osh. " * 65536  # 1 MiB
                for _ in range(BIG // len(chunk)):
                    fh.write(chunk)
                fh.write(b'"}\n')
            else:
                fh.write(line + b"\n")
    return path


def _ok(res) -> None:
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    no_traceback(res.stdout, res.stderr)


def test_poison_jsonl_stores_the_good_and_lists_the_bad(poison, db_url):
    good = [i for i, (_, _, g) in enumerate(CASES, 1) if g]
    bad = {f"{poison}:{i}": name for i, (name, _, g) in enumerate(CASES, 1) if not g}
    res = runner.invoke(app, ["ingest", str(poison), "--db", db_url, "-q"])
    _ok(res)
    assert res.exit_code == 0, res.stderr
    assert f"{len(good)} stored, {len(bad)} failed (see `sitrep failures`)" in res.stderr
    with Store(db_url) as st:
        assert st.counts()["ok"] == len(good)
        docs = [st.document(i) for i in st_ids(st)]
    repaired = [d for d in docs if "\ufffd" in (d["title"] or "") + (d["url"] or "")]
    assert len(repaired) == 2  # surrogates and NUL replaced, the records kept
    listed = runner.invoke(app, ["failures", "--db", db_url, "-f", "json"])
    _ok(listed)
    rows = json.loads(listed.stdout)
    assert {r["position"] for r in rows} == set(bad), rows
    stages = {bad[r["position"]]: r["stage"] for r in rows}
    assert stages["nested 100,000 deep"] == "parse" and stages["a 100 MB line"] == "parse"
    assert stages["binary bytes"] == "parse" and stages["wrong type in every field"] == "validate"
    assert stages["an impossible date"] == "extract"
    table = runner.invoke(app, ["failures", "--db", db_url])
    _ok(table)
    assert f"{len(bad)} failures" in table.stdout

    # a second run stores nothing new, records no failure twice, and is not an error
    again = runner.invoke(app, ["ingest", str(poison), "--db", db_url, "-q"])
    _ok(again)
    assert again.exit_code == 0, again.stderr
    assert f"0 stored, {len(bad)} failed" in again.stderr
    # retrying reads each bad record again: still bad, still listed once
    retried = runner.invoke(app, ["failures", "--retry", "--db", db_url, "-f", "jsonl"])
    _ok(retried)
    assert f"{len(bad)} retried: 0 stored" in retried.stderr
    assert len(retried.stdout.splitlines()) == len(bad)
    with Store(db_url) as st:
        assert st.counts()["ok"] == len(good) and st.counts()["failed"] == len(bad)
    strict = runner.invoke(app, ["ingest", str(poison), "--db", db_url, "-q", "--strict"])
    _ok(strict)
    assert strict.exit_code == 1


def st_ids(st) -> list[str]:
    from sqlalchemy import select

    from sitrep.store.models import Document

    with st.read() as s:
        return list(s.scalars(select(Document.id).where(Document.status == "ok")))


def test_recording_a_failure_cannot_fail_on_the_records_bytes(store):
    """NUL and lone surrogates everywhere, and an endless error: the failure is recorded."""
    bad = "x\x00y\ud800z\udfff"
    assert store.add_failure(
        "f1", error="why " + bad * 10_000, source=bad, raw_hash=bad, url=bad, title=bad,
        outlet=bad, published=bad, stage="parse", position=bad,
    )  # fmt: skip
    (row,) = store.failures()
    assert row["title"] == "x\ufffdy\ufffdz\ufffd" and row["position"] == row["title"]
    assert len(row["error"]) <= 2000 and "\x00" not in row["error"]

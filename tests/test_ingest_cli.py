"""`sitrep ingest` / `incidents` from the command line: inputs, failures, resume, concurrency."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from conftest import SCENARIO, add_scenario, build_report
from sitrep.cli import _register, app
from sitrep.store import Store
from synth import generate

_register()
runner = CliRunner()
SITREP = [sys.executable, "-c", "from sitrep.cli import main; main()"]

REPORTS = {
    "uk.txt": "У Кутаїсі 20 червня студенти вийшли на мирну акцію протесту.\n",
    "ru.md": "# Митинг\n\nВ Оше 2 мая торговцы вышли на акцию протеста.\n",
    "en.html": "<html><body><p>Hundreds rallied in Aktobe on 14 March.</p></body></html>",
}
RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test Wire</title>
<item><title>Rally in Osh</title><link>https://example.org/1</link>
<pubDate>Fri, 02 May 2025 10:00:00 GMT</pubDate>
<description>Traders rallied in Osh on Friday.</description></item>
<item><title>Протест у Кутаїсі</title><link>https://example.org/2</link>
<pubDate>Fri, 20 Jun 2025 18:00:00 GMT</pubDate>
<description>Студенти протестували в Кутаїсі.</description></item>
</channel></rss>"""
BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title></channel></rss>"""


def counts_line(text: str) -> dict[str, int]:
    m = re.search(r"(\d+) read, (\d+) stored, (\d+) already stored, (\d+) failed", text)
    assert m, text
    return dict(zip(("read", "stored", "already", "failed"), map(int, m.groups()), strict=True))


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    for name, text in REPORTS.items():
        (d / name).write_text(text, encoding="utf-8")
    (d / "sub" / "feed.rss").write_text(RSS, encoding="utf-8")
    (d / "sub" / "empty.txt").write_text("  \n", encoding="utf-8")
    (d / "sub" / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (d / "bomb.xml").write_text(BOMB, encoding="utf-8")
    (d / ".hidden.txt").write_text("never read", encoding="utf-8")
    lines = [
        json.dumps({"text": "Протест в Атырау 1 мая.", "published": "2025-05-01T09:00:00+05:00",
                    "url": "https://example.org/a", "title": "A", "outlet": "O"}, ensure_ascii=False),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Protest in Batumi.", "published": "not a date"}),
        json.dumps({"text": "Protest in Batumi.", "published": 2025}),
    ]  # fmt: skip
    (d / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


def test_ingest_directory_records_failures_and_goes_on(corpus, tmp_path):
    db = str(tmp_path / "s.db")
    res = runner.invoke(app, ["ingest", str(corpus), "--db", db, "-q", "-p", "2025-06-21"])
    assert res.exit_code == 0, res.output  # some documents failed, the others are stored
    assert "6 stored, 7 failed (see `sitrep failures`)" in res.stderr
    c = counts_line(res.stderr)
    # 3 files + 2 feed entries + 1 good record stored; empty, binary, bomb, 4 bad records failed
    assert (c["read"], c["stored"], c["failed"]) == (13, 6, 7)
    for msg in ("nothing to extract", "binary", "unsafe XML", "not valid JSON", "no 'text'",
                "cannot parse publication", "must be a string"):  # fmt: skip
        assert msg in res.stderr
    with Store(db) as st:
        assert st.counts()["ok"] == 6 and len(st.failures()) == 7
        docs = [st.document(d) for d in _doc_ids(st)]
        assert {"Test Wire", "O"} <= {d["outlet"] for d in docs}
        feed = next(d for d in docs if d["url"] == "https://example.org/1")
        assert feed["published_at"] == "2025-05-02T10:00:00Z" and feed["title"] == "Rally in Osh"
        txt = next(d for d in docs if d["source"].endswith("uk.txt"))
        assert txt["published"] == "2025-06-21"  # --published for inputs without a date
    # a second run stores nothing new and records no failure twice
    res2 = runner.invoke(app, ["ingest", str(corpus), "--db", db, "-q"])
    c2 = counts_line(res2.stderr)
    assert (c2["stored"], c2["already"], c2["failed"]) == (0, 6, 7)
    with Store(db) as st:
        assert st.counts()["documents"] == 13


def _doc_ids(st):
    from sqlalchemy import select

    from sitrep.store.models import Document

    with st.read() as s:
        return list(s.scalars(select(Document.id).where(Document.status == "ok")))


def test_ingest_globs_and_missing_paths(corpus, tmp_path):
    db = str(tmp_path / "g.db")
    res = runner.invoke(app, ["ingest", str(corpus / "*.txt"), str(corpus / "nope.md"), "--db",
                              db, "-q"])  # fmt: skip
    c = counts_line(res.stderr)
    assert (c["stored"], c["failed"]) == (1, 1)
    assert "no such file" in res.stderr


def test_oversized_records_and_urls_fail_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_MAX_INPUT_BYTES", "200")  # the documented setting
    src = tmp_path / "big.jsonl"
    big = json.dumps({"text": "Протест у Батумі. " * 40}, ensure_ascii=False)
    src.write_text(big + "\n" + json.dumps({"text": "Protest in Batumi."}) + "\n", "utf-8")
    db = str(tmp_path / "b.db")
    res = runner.invoke(app, ["ingest", str(src), "https://example.org/feed.rss", "--db", db, "-q"])
    c = counts_line(res.stderr)
    assert (c["read"], c["stored"], c["failed"]) == (3, 1, 2)
    assert "record over 200 bytes" in res.stderr and "URLs are not fetched" in res.stderr


def test_ingest_rejects_bad_options(tmp_path):
    res = runner.invoke(app, ["ingest", "x.txt", "--db", str(tmp_path / "z.db"), "-p", "soon"])
    assert res.exit_code == 2 and "cannot parse publication time" in res.stderr
    res = runner.invoke(app, ["ingest", "x.txt", "--db", "/no/such/dir/x.db"])
    assert res.exit_code == 2 and "does not exist" in res.stderr
    res = runner.invoke(app, ["incidents", "list", "--db", str(tmp_path / "absent.db")])
    assert res.exit_code == 2 and "no store" in res.stderr


def test_parallel_extraction_stores_the_same(tmp_path):
    out = {}
    for jobs in (1, 2):
        db = str(tmp_path / f"j{jobs}.db")
        res = runner.invoke(app, ["ingest", str(SCENARIO), "--db", db, "-q", "-j", str(jobs)])
        assert res.exit_code == 0, res.output
        with Store(db) as st:
            out[jobs] = (sorted(_doc_ids(st)), st.counts())
    assert out[1] == out[2] and len(out[1][0]) == 11


# ---------------------------------------------------------------- incidents list / show


@pytest.fixture
def scenario_db(tmp_path, scenario):
    db = str(tmp_path / "sc.db")
    with Store(db) as st:
        add_scenario(st, scenario)
        evil = build_report("doc-evil", "[bold red]boom[/] in Aktobe", lang="en",
                            published="2025-03-15",
                            events=[dict(id="e1", type="Protests", date="2025-03-14",
                                         place="Aktobe")])  # fmt: skip
        st.add_report(evil, outlet="[link=file:///etc/passwd]x[/link]")
    return db


@pytest.mark.parametrize(
    "args, places",
    [
        ([], ["Aktobe", "Osh", "Kutaisi"]),
        (["--country", "kg"], ["Osh"]),
        (["--since", "2025-05-01"], ["Osh", "Kutaisi"]),
        (["--until", "2025-05-01"], ["Aktobe"]),
        (["--type", "Riots"], ["Osh"]),
        (["--type", "Peaceful protest"], ["Kutaisi"]),
        (["--min-killed", "10"], ["Aktobe"]),
        (["--min-killed", "15"], []),
        (["--lang", "ru", "--country", "GE"], ["Kutaisi"]),
    ],
)
def test_incidents_list_filters(scenario_db, args, places):
    res = runner.invoke(app, ["incidents", "list", "--db", scenario_db, "--json", *args])
    assert res.exit_code == 0, res.output
    got = [json.loads(line)["location"] for line in res.stdout.splitlines()]
    assert got == places


def test_incidents_list_table(scenario_db):
    res = runner.invoke(app, ["incidents", "list", "--db", scenario_db], env={"COLUMNS": "200"})
    assert res.exit_code == 0
    assert "3 incidents" in res.stdout and "14/14/50" in res.stdout


def test_incidents_show_explains_and_escapes(scenario_db):
    with Store(scenario_db) as st:
        aktobe = next(i["id"] for i in st.incidents() if i["location"] == "Aktobe")
    res = runner.invoke(app, ["incidents", "show", str(aktobe), "--db", scenario_db],
                        env={"COLUMNS": "400"})  # fmt: skip
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert "first report of this incident" in out
    assert "same place (geonameid 610611)" in out and "0 days apart" not in out
    assert "Protests ~ Protests" in out
    assert "doc-a2-ru:c1" in out  # best killed comes from the ministry's claim
    assert "министерство внутренних дел Казахстана" in out
    assert "[link=file:///etc/passwd]x[/link]" in out  # markup in report data shown literally
    res = runner.invoke(app, ["incidents", "show", "999", "--db", scenario_db])
    assert res.exit_code == 1 and "no incident 999" in res.stderr


def test_incidents_show_json(scenario_db):
    res = runner.invoke(app, ["incidents", "show", "1", "--db", scenario_db, "--json"])
    inc = json.loads(res.stdout)
    assert inc["estimates"]["killed"]["best"] == 14 and len(inc["timeline"]) == 7


# ---------------------------------------------------------------- crash and concurrency


def _jsonl(path, records):
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _stored_once(db_url, n):
    from sqlalchemy import func, select

    from sitrep.store.models import Document, IncidentMember

    with Store(db_url) as st, st.read() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == n
        assert s.scalar(select(func.count(func.distinct(Document.raw_hash)))) == n
        dup = s.execute(
            select(IncidentMember.doc_id, IncidentMember.event_id)
            .group_by(IncidentMember.doc_id, IncidentMember.event_id)
            .having(func.count() > 1)
        ).all()
        assert dup == []


@pytest.mark.slow
def test_kill9_then_resume_stores_every_document_once(db_url, tmp_path):
    n = 200
    src = tmp_path / "many.jsonl"
    _jsonl(src, generate(n, seed=7, size=1500))
    cmd = [*SITREP, "ingest", str(src), "--db", db_url, "-q"]
    with Store(db_url) as st:  # schema first, so the poll below can count
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 180
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            stored = st.counts()["ok"]
            if stored >= 15:
                break
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
        stored = st.counts()["ok"]
    assert 15 <= stored < n  # killed in the middle
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    c = counts_line(again.stderr)
    assert (c["stored"], c["already"], c["failed"]) == (n - stored, stored, 0)
    _stored_once(db_url, n)


@pytest.mark.slow
def test_two_ingests_at_once_lose_and_duplicate_nothing(db_url, tmp_path):
    recs = list(generate(240, seed=11, size=1500))
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _jsonl(a, recs[:160])
    _jsonl(b, recs[80:])  # 80 records in both
    Store(db_url).close()
    procs = [
        subprocess.Popen([*SITREP, "ingest", str(p), "--db", db_url, "-q"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for p in (a, b)
    ]  # fmt: skip
    outs = [p.communicate(timeout=600)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    ca, cb = (counts_line(o) for o in outs)
    assert ca["stored"] + cb["stored"] == 240
    assert ca["already"] + cb["already"] == 80
    _stored_once(db_url, 240)

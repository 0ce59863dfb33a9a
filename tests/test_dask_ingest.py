"""`sitrep ingest --dask`: extraction on a Dask cluster stores exactly what one process stores.

The cluster is a LocalCluster of 2 worker *processes* (processes=True, what `--dask local:2`
starts): items and reports then really cross process boundaries by pickling, as on a real
cluster, which threads in this process (processes=False) would not test. It costs two
pipeline loads, so the corpus is small (~20 documents) but has multi-document incidents.
"""

from __future__ import annotations

import json
from operator import getitem

import dask
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from conftest import SCENARIO
from sitrep.cli import _register, app
from sitrep.store import Store
from sitrep.store.executor import (
    WORKER_CONFIG,
    DaskError,
    DaskExecutor,
    pack,
    parse_dask,
    run_chunk,
    unpack,
)
from sitrep.store.models import ClaimRow, Document, IncidentMember
from synth import generate

_register()
runner = CliRunner()


def _corpus(tmp_path) -> str:
    """The 11 scenario reports (they merge across languages) and 10 synthetic ones."""
    path = tmp_path / "reports.jsonl"
    lines = SCENARIO.read_text("utf-8").splitlines()
    lines += [json.dumps(r, ensure_ascii=False) for r in generate(10, seed=5, size=900)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return str(path)


def _contents(db: str) -> dict:
    """Documents, claims, incidents and memberships, without ingest timestamps."""
    with Store(db, readonly=True) as st:
        incidents = [
            {k: v for k, v in inc.items() if k not in ("created_at", "updated_at")}
            for inc in st.incidents()
        ]
    with Store(db, readonly=True) as st, st.read() as s:
        docs = sorted(s.execute(select(Document.id, Document.status, Document.report)).all())
        claims = sorted(
            tuple(r)
            for r in s.execute(
                select(ClaimRow.doc_id, ClaimRow.id, ClaimRow.kind, ClaimRow.low, ClaimRow.high,
                       ClaimRow.qualifier, ClaimRow.certainty, ClaimRow.start, ClaimRow.end)
            )
        )  # fmt: skip
        members = sorted(
            (m.incident_id, m.doc_id, m.event_id, tuple(m.claims), m.score, json.dumps(m.why))
            for m in s.scalars(select(IncidentMember))
        )
    return {"documents": docs, "claims": claims, "members": members, "incidents": incidents}


def test_dask_local_cluster_gives_the_same_documents_claims_incidents(tmp_path):
    src = _corpus(tmp_path)
    out = {}
    for name, args in (("one", []), ("dask", ["--dask", "local:2"])):
        db = str(tmp_path / f"{name}.db")
        res = runner.invoke(app, ["ingest", src, "--db", db, "-q", *args])
        assert res.exit_code == 0, res.output
        out[name] = _contents(db)
    one, dask = out["one"], out["dask"]
    assert len(one["documents"]) == 21 and one["claims"]
    assert any(inc["n_documents"] > 1 for inc in one["incidents"])  # merging was exercised
    for part in ("documents", "claims", "members", "incidents"):
        assert dask[part] == one[part], part


def _worker_state() -> dict:
    import gc

    return {
        "profile": dask.config.get("distributed.worker.profile.enabled"),
        "tick": dask.config.get("distributed.admin.tick.interval"),
        "frozen": gc.get_freeze_count(),
        "threshold": gc.get_threshold()[0],
    }


def test_local_cluster_workers_skip_the_profiler_and_settle_after_their_first_task():
    """The per-worker overhead that made 2 workers no faster than one process: Dask's
    profiler and monitors (WORKER_CONFIG reaches the spawned workers), and a collector
    walking the loaded pipeline (settled after the first extracting task)."""
    from sitrep.gcpolicy import THRESHOLDS

    ex = DaskExecutor(n_workers=1)
    try:
        (before,) = ex.client.run(_worker_state).values()
        assert before["profile"] is False
        assert before["tick"] == WORKER_CONFIG["distributed.admin.tick.interval"]
        assert before["threshold"] != THRESHOLDS[0]
        # getitem(item, True) stands in for extract_item: only the settling is under test
        items = [(0, (None, "a")), (0, (None, "b"))]
        got = ex.client.submit(run_chunk, items, fn=getitem, extract=True).result()
        assert got == [(None, "a"), (None, "b")]
        (after,) = ex.client.run(_worker_state).values()
        assert after["threshold"] == THRESHOLDS[0] and after["frozen"] > before["frozen"]
    finally:
        ex.close()


@pytest.mark.parametrize(
    "spec, expected",
    [
        ("local", (None, None)),
        ("local:2", (None, 2)),
        (" local:16 ", (None, 16)),
        ("tcp://10.0.0.5:8786", ("tcp://10.0.0.5:8786", None)),
        ("scheduler.cluster:8786", ("scheduler.cluster:8786", None)),
    ],
)
def test_parse_dask(spec, expected):
    assert parse_dask(spec) == expected


@pytest.mark.parametrize("spec", ["local:0", "local:two", "local:-1", ""])
def test_parse_dask_refuses(spec):
    with pytest.raises(DaskError):
        parse_dask(spec)


@pytest.mark.parametrize(
    "args, message",
    [
        (["--dask", "local:0"], "expected local:N"),
        (["--dask", "local:2", "-j", "2"], "cannot be combined"),
    ],
)
def test_bad_dask_options_are_one_line_errors(tmp_path, args, message):
    res = runner.invoke(app, ["ingest", str(SCENARIO), "--db", str(tmp_path / "x.db"), *args])
    assert res.exit_code == 2
    assert message in res.stderr and "Traceback" not in res.output


@pytest.mark.parametrize(
    "lang, text",
    [
        ("uk", "Учора в Харкові внаслідок обстрілу загинули троє людей, ще 12 поранено."),
        ("uk", "За даними поліції, у Львові затримали щонайменше 40 учасників акції."),
        ("ru", "В Бишкеке во время протестов погибли не менее 5 человек, около 30 ранены."),
        ("ru", "По словам очевидцев, в Алматы задержаны десятки демонстрантов."),
        ("en", "At least 7 people were killed and 20 injured in shelling of Kherson on Monday."),
        ("en", "Police in Dushanbe said 15 protesters were detained; two remain missing."),
        ("en", "Nothing happened here."),
    ],
)
def test_a_report_travels_as_json_and_comes_back_the_same(lang, text):
    """Workers send the JSON the store writes (`pack`); the writer's Report equals the
    worker's, and so does what the store would write of it."""
    from sitrep.pipeline import extract
    from sitrep.store.db import stored_json

    report = extract(text, "2024-05-06", lang)
    packed = pack((report, None))
    assert isinstance(packed[0], str)
    back, error = unpack(packed)
    assert error is None and back == report
    assert stored_json(back) == stored_json(report)


def test_results_without_json_form_travel_as_they_are():
    """Failures pass through; a report that JSON cannot carry (a lone surrogate, which
    the store then refuses as it would in one process) travels as the object itself."""
    from sitrep.schema.models import DocumentOut, Report

    assert pack((None, "x.txt: bad date")) == (None, "x.txt: bad date")
    assert unpack((None, "x.txt: bad date")) == (None, "x.txt: bad date")
    odd = Report(document=DocumentOut(id="a", source="s", lang="en", text="a\ud800b"))
    assert pack((odd, None))[0] is odd
    assert unpack((odd, None))[0] is odd

"""`sitrep ingest --dask`: extraction on a Dask cluster stores exactly what one process stores.

The cluster is a LocalCluster of 2 worker *processes* (processes=True, what `--dask local:2`
starts): items and reports then really cross process boundaries by pickling, as on a real
cluster, which threads in this process (processes=False) would not test. It costs two
pipeline loads, so the corpus is small (~20 documents) but has multi-document incidents.
"""

from __future__ import annotations

import json

import dask
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from conftest import SCENARIO
from sitrep.cli import _register, app
from sitrep.store import Store
from sitrep.store.executor import WORKER_CONFIG, DaskError, DaskExecutor, parse_dask, run_chunk
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
        # max(item, extract) stands in for extract_item: only the settling is under test
        assert ex.client.submit(run_chunk, [3, 1], fn=max, extract=True).result() == [3, 1]
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

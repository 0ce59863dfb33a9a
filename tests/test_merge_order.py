"""Incidents do not depend on the order or the interleaving of arrival (issues 13 and 16).

The same ~1,000 synthetic reports (few cities, three languages, late updates, digests)
are ingested serially in publication order, in reverse, shuffled, and by three processes
at once; every run ends as an ingest run does (`settle`), and every run must give the
same incidents: the same members, and the same fields, estimates and list fields.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import random

import pytest

from sitrep.store import Store
from test_merge_stream import ingest, stream

N_INCIDENTS = int(os.environ.get("SITREP_TEST_ORDER_INCIDENTS", "400"))  # 1,053 reports


def snapshot(store: Store) -> dict[frozenset[str], dict]:
    """Each incident by its members: every field but the id and the times of writing."""
    out = {}
    for inc in store.incidents():
        full = store.incident(inc["id"])
        members = frozenset(f"{m['doc_id']}/{m['event_id']}" for m in full["members"])
        fields = {
            k: v
            for k, v in full.items()
            if k not in ("id", "created_at", "updated_at", "members", "claims", "timeline")
        }
        fields["why"] = sorted(  # "matched incident N (core)": ids depend on arrival
            (m["doc_id"], m["event_id"], m["score"], repr(sorted(_why(m["why"]).items())))
            for m in full["members"]
        )
        if fields.get("campaign"):  # its incidents by id: ids depend on arrival, so their count
            camp = dict(fields["campaign"])
            camp["incidents"] = len(camp.get("incidents") or [])
            fields["campaign"] = camp
        out[members] = fields
    return out


def _why(why: dict) -> dict:
    return {k: v for k, v in why.items() if k != "matched"}


def _ingest_part(url: str, reports: list) -> None:
    with Store(url) as st:
        for pub, doc, text, lang, events in reports:
            from conftest import build_report

            st.add_report(
                build_report(doc, text, lang=lang, published=pub, events=events), settle=False
            )
        st.settle()


def _serial(path, reports) -> dict:
    with Store(str(path)) as st:
        _ingest_part(st.url, reports)
        return snapshot(st)


@pytest.fixture(scope="module")
def reports_and_reference(tmp_path_factory):
    reports, _ = stream(N_INCIDENTS, seed=16)
    ref = _serial(tmp_path_factory.mktemp("serial") / "serial.db", reports)
    assert len(reports) >= 2 * N_INCIDENTS and len(ref) > 0.75 * N_INCIDENTS
    return reports, ref


@pytest.mark.slow
def test_three_concurrent_ingests_equal_a_serial_one(db_url, reports_and_reference):
    reports, ref = reports_and_reference
    Store(db_url).close()  # the schema first, then three writers at once
    ctx = mp.get_context("fork")
    procs = [ctx.Process(target=_ingest_part, args=(db_url, reports[k::3])) for k in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(600)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    with Store(db_url) as st:
        assert snapshot(st) == ref


@pytest.mark.slow
@pytest.mark.parametrize("order", ["reversed", "shuffled"])
def test_any_order_equals_the_serial_ingest(tmp_path, reports_and_reference, order):
    reports, ref = reports_and_reference
    todo = list(reports)
    if order == "reversed":
        todo.reverse()
    else:
        random.Random(5).shuffle(todo)
    assert _serial(tmp_path / "x.db", todo) == ref


def test_late_report_settled_at_once_by_default(tmp_path):
    """Without an ingest run (add_report alone), a late report is re-clustered at once."""
    reports, _ = stream(20, seed=4)
    with Store(str(tmp_path / "a.db")) as a, Store(str(tmp_path / "b.db")) as b:
        ingest(a, reports)
        ingest(b, reports[::-1])
        assert snapshot(a) == snapshot(b)
        with b.read() as s:
            from sitrep.store.models import MergePending

            assert s.query(MergePending).count() == 0

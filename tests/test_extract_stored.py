"""`sitrep extract-stored` extracts what `ingest --no-extract` stored (or everything again)
and merges it: the store ends as an ingest with extraction would have made it.
`sitrep failures --retry` stores a record once its input is fixed."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from conftest import SCENARIO
from sitrep.cli import _register, app
from sitrep.store import Store

if not app.registered_commands:
    _register()
runner = CliRunner()


def _content(db: str):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent / "faults"))
    from faultkit import content

    return content(db)


def _ok(res) -> str:
    assert res.exit_code == 0, res.stderr
    assert "Traceback" not in res.stderr
    return res.stderr


def test_extract_stored_equals_ingest_with_extraction(tmp_path, db_url):
    ref = str(tmp_path / "ref.db")
    _ok(runner.invoke(app, ["ingest", str(SCENARIO), "--db", ref, "-q"]))
    want = _content(ref)
    _ok(runner.invoke(app, ["ingest", str(SCENARIO), "--db", db_url, "-q", "--no-extract"]))
    bare = _content(db_url)
    assert len(bare["documents"]) == len(want["documents"]) and not bare["incidents"]

    err = _ok(runner.invoke(app, ["extract-stored", "--db", db_url]))
    n = len(want["documents"])
    assert f"{n} selected, {n} extracted" in err
    got = _content(db_url)
    assert (got["claims"], got["incidents"]) == (want["claims"], want["incidents"])
    assert "0 selected" in _ok(runner.invoke(app, ["extract-stored", "--missing", "--db", db_url]))

    # after a rule change: everything again, nothing lost or doubled
    assert f"{n} extracted" in _ok(runner.invoke(app, ["extract-stored", "--all", "--db", db_url]))
    assert _content(db_url)["incidents"] == want["incidents"]
    err = _ok(runner.invoke(app, ["extract-stored", "--since", "2999-01-01", "--db", db_url]))
    assert "0 selected" in err


@pytest.mark.parametrize(
    "args", [["--all", "--missing"], ["--since", "yesterday"], ["--all", "--since", "2025-01-01"]]
)
def test_extract_stored_refuses_bad_options(tmp_path, args):
    res = runner.invoke(app, ["extract-stored", *args, "--db", str(tmp_path / "x.db")])
    assert res.exit_code == 2 and res.stderr.startswith("sitrep: error: ")


def test_failures_retry_stores_a_fixed_input(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Protest in Osh on 2 May, 40 people detained.", "utf-8")
    (d / "b.txt").write_text("   \n", "utf-8")  # empty: fails
    (d / "c.jsonl").write_text('{"text": "Rally in Batumi.", "published": 2025}\n', "utf-8")
    db = str(tmp_path / "s.db")
    err = _ok(runner.invoke(app, ["ingest", str(d), "--db", db, "-q", "-p", "2025-05-03"]))
    assert "1 stored, 2 failed (see `sitrep failures`)" in err
    listed = runner.invoke(app, ["failures", "--db", db, "-f", "jsonl"])
    assert len(listed.stdout.splitlines()) == 2
    assert {"parse", "validate"} == {
        __import__("json").loads(x)["stage"] for x in listed.stdout.splitlines()
    }

    (d / "b.txt").write_text("Strike in Atyrau on 1 May.", "utf-8")  # fixed
    res = runner.invoke(app, ["failures", "--retry", "--db", db, "-f", "jsonl"])
    err = _ok(res)
    assert "2 retried: 1 stored" in err and "1 failed again" in err and "1 left" in err
    assert [__import__("json").loads(x)["position"] for x in res.stdout.splitlines()] == [
        f"{d / 'c.jsonl'}:1"
    ]
    with Store(db) as st:
        assert st.counts()["ok"] == 2 and st.counts()["failed"] == 1
    # everything failing and nothing stored is an error; --strict makes any failure one
    only_bad = tmp_path / "bad.jsonl"
    only_bad.write_text("{not json\n", "utf-8")
    res = runner.invoke(app, ["ingest", str(only_bad), "--db", db, "-q"])
    assert res.exit_code == 1 and "0 stored, 1 failed" in res.stderr

"""Campaigns: a siege or a protest wave is a grouping above incidents, never a giant incident."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from typer.testing import CliRunner

from conftest import build_report
from sitrep.cli import _register, app
from sitrep.merge.campaigns import GAP_DAYS, MIN_INCIDENTS, campaigns
from sitrep.merge.candidates import type_window
from sitrep.store import Store

runner = CliRunner()
_register()
KHARKIV = dict(name="Kharkiv", geonameid=706483, lat=49.98081, lon=36.25272, country="UA",
               admin1="Kharkiv")  # fmt: skip
ODESA = dict(name="Odesa", geonameid=698740, lat=46.47747, lon=30.73262, country="UA",
             admin1="Odesa")  # fmt: skip


def inc(i, start, typ="Explosions/Remote violence", place=706483, end=None, location="Kharkiv"):
    return dict(id=i, event_type=typ, date_start=start, date_end=end or start, geonameid=place,
                location=location)  # fmt: skip


# (incidents, expected campaigns as sorted id lists)
CASES = {
    "a siege: strikes every few days": (
        [inc(1, "2022-03-01"), inc(2, "2022-03-04"), inc(3, "2022-03-09"), inc(4, "2022-03-15")],
        [[1, 2, 3, 4]],
    ),
    "a pause longer than the gap ends it": (
        [
            inc(1, "2022-03-01"),
            inc(2, "2022-03-03"),
            inc(3, "2022-03-05"),
            inc(4, "2022-04-01"),
            inc(5, "2022-04-02"),
        ],
        [[1, 2, 3]],
    ),  # fmt: skip
    "two strikes are not a campaign": ([inc(1, "2022-03-01"), inc(2, "2022-03-02")], []),
    "battles and strikes on one city are one siege": (
        [inc(1, "2022-03-01", "Battles"), inc(2, "2022-03-02"), inc(3, "2022-03-04", "Battles")],
        [[1, 2, 3]],
    ),
    "protests and riots make a protest wave, strikes stay out": (
        [
            inc(1, "2022-03-01", "Protests"),
            inc(2, "2022-03-03", "Riots"),
            inc(3, "2022-03-04"),
            inc(4, "2022-03-06", "Protests"),
        ],
        [[1, 2, 4]],
    ),  # fmt: skip
    "another city is another campaign": (
        [
            inc(1, "2022-03-01"),
            inc(2, "2022-03-02", place=698740, location="Odesa"),
            inc(3, "2022-03-03"),
            inc(4, "2022-03-04", place=698740, location="Odesa"),
            inc(5, "2022-03-05"),
        ],
        [[1, 3, 5]],
    ),  # fmt: skip
    "a place known by name only (Ukrainian)": (
        [inc(i, f"2022-03-0{i}", place=None, location="Буча") for i in (1, 3, 5)],
        [[1, 3, 5]],
    ),
    "strategic developments make no campaign": (
        [inc(i, f"2022-03-0{i}", "Strategic developments") for i in (1, 2, 3)],
        [],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_campaign_table(name):
    incidents, want = CASES[name]
    got = [c.incidents for c in campaigns(incidents)]
    assert got == want
    assert [c.incidents for c in campaigns(list(reversed(incidents)))] == want  # any order


def test_rule_constants_are_what_the_docs_say():
    assert (GAP_DAYS, MIN_INCIDENTS) == (7, 3)


def test_siege_is_incidents_in_one_campaign_shown_and_exported(tmp_path):
    """Strikes on Kharkiv every other day for three weeks: one incident per strike (within
    the type window), one campaign over them, in `incidents show` and in the export."""
    db = str(tmp_path / "siege.db")
    start = date(2022, 3, 1)
    with Store(db) as st:
        for k in range(10):
            day = (start + timedelta(days=2 * k)).isoformat()
            for lang, text in (("uk", "Удар по Харкову."), ("en", "A strike on Kharkiv.")):
                ev = dict(id="e1", type="Explosions/Remote violence", date=day, place=KHARKIV)
                st.add_report(build_report(f"k{k}-{lang}", text, lang=lang, published=day,
                                           events=[ev]))  # fmt: skip
        ev = dict(id="e1", type="Explosions/Remote violence", date="2022-03-05", place=ODESA)
        st.add_report(build_report("o1", "A strike on Odesa.", lang="en",
                                   published="2022-03-05", events=[ev]))  # fmt: skip
        listed = st.incidents()
    assert len(listed) == 11
    for i in listed:
        span = (date.fromisoformat(i["date_end"]) - date.fromisoformat(i["date_start"])).days
        assert span <= type_window(i["event_type"]) and i["n_documents"] <= 2
    kharkiv = [i["id"] for i in listed if i["location"] == "Kharkiv"]
    res = runner.invoke(app, ["incidents", "show", str(kharkiv[3]), "--db", db, "-f", "json"])
    assert res.exit_code == 0, res.output
    camp = json.loads(res.stdout)["campaign"]
    assert camp["n_incidents"] == 10 and sorted(camp["incidents"]) == sorted(kharkiv)
    assert (camp["date_start"], camp["date_end"]) == ("2022-03-01", "2022-03-19")
    res = runner.invoke(app, ["incidents", "show", str(kharkiv[0]), "--db", db])
    assert res.exit_code == 0 and "campaign g706483/strikes/2022-03-01" in res.stdout
    out = tmp_path / "x.jsonl"
    res = runner.invoke(app, ["export", "-f", "jsonl", "-o", str(out), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    by_place = {(r["location"], r["campaign"]) for r in rows}
    assert by_place == {("Kharkiv", "g706483/strikes/2022-03-01"), ("Odesa", None)}

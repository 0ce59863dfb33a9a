"""Issue 12's date and place rules end to end, through `sitrep extract` as a user runs it."""

from __future__ import annotations

import json

from helpers import run_cli

# an evening address stored after midnight: "the 9th day of war" is 4 March 2022
ADDRESS = (
    "Звернення\n\nІде 9-й день війни. Сьогодні вночі окупанти обстріляли "
    "Запорізьку атомну електростанцію у місті Енергодар."
)
# a statement re-posted two days later: its dateline dates "today"
STATEMENT = (
    "Statement on the attack\nMay 22, 2019\n\nKabul\nMay 20, 2019\n\n"
    "We condemn the attack today that killed nine people at a rally in Kabul."
)


def test_day_of_war_and_attribute_adjective():
    res = run_cli("extract", "-", "--published", "2022-03-05", input=ADDRESS.encode())
    assert res.returncode == 0, res.stderr.decode()
    report = json.loads(res.stdout)
    assert report["summary"]["event_date"] == "2022-03-04"
    assert report["summary"]["location"] == "Enerhodar"
    names = [m["norm"] for m in report["mentions"] if m["kind"] == "place"]
    assert "Zaporizke" not in names  # the power plant's adjective is no village


def test_dateline_dates_today():
    res = run_cli("extract", "-", "--published", "2019-05-22", input=STATEMENT.encode())
    assert res.returncode == 0, res.stderr.decode()
    report = json.loads(res.stdout)
    assert report["summary"]["event_date"] == "2019-05-20"
    dates = {m["text"]: m["date"]["iso"] for m in report["mentions"] if m["kind"] == "date"}
    assert dates["today"] == "2019-05-20"

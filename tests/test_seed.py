"""Acceptance: the founding report against its answer key, through the CLI."""

from __future__ import annotations

import json

import pytest

from helpers import SEED, need_shared, run_cli, seed_gold


@pytest.fixture(scope="module")
def report() -> dict:
    need_shared()
    res = run_cli("extract", str(SEED), "--published", "2011-12-16")
    assert res.returncode == 0, res.stderr.decode()
    return json.loads(res.stdout)


@pytest.fixture(scope="module")
def gold() -> dict:
    return seed_gold()["gold"]


def _matches(gold_claim: dict, pred: dict) -> bool:
    kinds = [gold_claim["kind"], *gold_claim.get("accept_kinds", [])]
    if pred["kind"] not in kinds:
        return False
    if (pred["low"], pred["high"]) == (gold_claim["low"], gold_claim["high"]):
        return pred["qualifier"] == gold_claim["qualifier"]
    # an accepted alternative qualifier changes the bounds (at_least 500 ~ exact 500)
    return (
        pred["qualifier"] in gold_claim.get("accept_qualifiers", [])
        and pred["low"] == gold_claim["low"]
    )


@pytest.mark.parametrize("i", range(5))
def test_each_gold_claim_found(report, gold, i):
    g = gold["claims"][i]
    found = [c for c in report["claims"] if _matches(g, c)]
    assert found, f"missing claim {g['kind']} {g['value']} ({g['qualifier']}); got " + str(
        [(c["kind"], c["value"], c["qualifier"]) for c in report["claims"]]
    )
    c = found[0]
    assert c["certainty"] == g["certainty"]
    if g["source"] == "author":
        assert c["source"]["name"] == "author"
    else:
        span = c["source"]["span"]
        assert span, "named source without a span"
        gs, ge = g["source_span"]
        assert span["orig"][0] < ge and gs < span["orig"][1], (
            "source span does not overlap the gold"
        )
        assert "Каражанбас" in c["source"]["name"]
    if g.get("perpetrator"):
        assert c["perpetrator"] == g["perpetrator"]
    # evidence: the words the figure came from, mapped back to the original
    es, ee = c["evidence"]["orig"]
    assert (
        str(g["value"] if not isinstance(g["value"], list) else g["value"][0])
        in report["document"]["text"][c["evidence"]["start"] : c["evidence"]["end"]]
    )
    assert es < g["evidence"][1] and g["evidence"][0] < ee


def test_no_spurious_claims(report):
    assert len(report["claims"]) == 5


def test_event_date(report, gold):
    assert report["summary"]["event_date"] == gold["event_date"] == "2011-12-16"
    assert report["summary"]["date_precision"] == "day"


def test_primary_location(report, gold):
    s = report["summary"]
    assert s["geonameid"] == 607610
    assert s["location"] == "Zhanaozen"
    assert s["country"] == "KZ"
    assert abs(s["lat"] - gold["lat"]) < 0.01 and abs(s["lon"] - gold["lon"]) < 0.01


def test_places_include_almaty_and_kazakhstan(report):
    places = [m for m in report["mentions"] if m["kind"] == "place"]
    assert any(m["place"]["geonameid"] == 1526384 for m in places), "Almaty"
    assert any(m["place"]["feature"] == "country" and m["place"]["country"] == "KZ" for m in places)
    zh = [m["text"] for m in places if m["place"]["geonameid"] == 607610]
    assert {"Жанаозені", "Жанаозеня", "Жанаозень"} <= set(zh)


def test_event_types_sub_types_and_tags(report, gold):
    s = report["summary"]
    assert s["event_types"][0] == gold["event_types"][0]
    assert set(s["event_types"]) == set(gold["event_types"])
    assert set(s["sub_event_types"]) == set(gold["sub_event_types"])
    assert set(s["tags"]) == set(gold["tags"])


def test_one_person_two_spellings(report):
    persons = {m["text"]: m["entity"] for m in report["mentions"] if m["kind"] == "person"}
    assert persons.get("Айман Унгарбаева") is not None
    assert persons["Айман Унгарбаева"] == persons.get("Айман Унгарбаєвої")
    ent = next(e for e in report["entities"] if e["id"] == persons["Айман Унгарбаева"])
    assert ent["name"] == "Aiman Ungarbaeva"


def test_lost_characters_flagged(report, gold):
    flags = [f for f in report["document"]["quality"] if f["flag"] == "lost_characters"]
    assert flags, "the '??' is not flagged"
    text = report["document"]["text"]
    s, e = flags[0]["span"]
    assert text[s:e] == "??"


def test_figures(report, gold):
    s = report["summary"]
    assert (s["killed"]["low"], s["killed"]["high"]) == (50, None)
    assert s["injured"]["low"] == 500
    assert (s["participants"]["low"], s["participants"]["high"]) == (3001, None)

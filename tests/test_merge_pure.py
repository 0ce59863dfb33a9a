"""Merge decisions without a database: feature records in, windows and decisions out."""

from __future__ import annotations

import pytest

from sitrep.merge import Window, decide, incident_fields, widen, window


def feats(**kw):
    """A feature record: a day-precise protest in Aktobe unless told otherwise."""
    base = dict(
        doc_id="d", event_id="e1", event_type="Protests", sub_event_type="Peaceful protest",
        tags=[], d0="2025-03-14", d1="2025-03-14", date_precision="day", location="Aktobe",
        geonameid=610611, lat=50.27969, lon=57.20718, country="KZ", admin1="Aktobe",
        geo_precision="exact", actor1="police", actor2=None, actors=["police"], persons=[],
        lang="en", published_at="2025-03-14T10:00:00Z", evidence=[],
    )  # fmt: skip
    return {**base, **kw}


@pytest.mark.parametrize(
    "f, expected",
    [
        (feats(), Window("2025-03-12", "2025-03-16", None, "KZ", None)),
        (feats(d0=None, d1=None), Window(None, None, 610611, "KZ", 500)),
        (feats(d0=None, d1=None, geonameid=None), Window(None, None, None, "KZ", 500)),
        (feats(d0=None, d1=None, geonameid=None, country=None), None),
    ],
)
def test_candidate_window(f, expected):
    assert window(f) == expected


@pytest.mark.parametrize(
    "candidates, incident, reason",
    [
        ({}, None, "first report of this incident"),
        ({7: [feats(doc_id="o")]}, 7, "joined"),
        ({7: [feats(doc_id="o", country="KG")]}, None, "first report of this incident"),
        ({7: [feats(doc_id="o", d0="2025-03-10", d1="2025-03-10")]}, None, "first report"),
        ({7: [feats(doc_id="o", event_type="Battles")]}, None, "first report"),
        # a tie goes to the incident first in stream order, not the lower id
        ({9: [feats(doc_id="o")], 7: [feats(doc_id="p")]}, 9, "joined"),
        ({9: [feats(doc_id="p")], 7: [feats(doc_id="o")]}, 7, "joined"),
        ({7: [feats(doc_id="o", d0="2025-03-10", d1="2025-03-10"),
              feats(doc_id="p", d0="2025-03-13", d1="2025-03-13")]}, None, "first"),  # span
    ],
)  # fmt: skip
def test_decide(candidates, incident, reason):
    d = decide(feats(), candidates)
    assert d.incident == incident and d.why["reason"].startswith(reason)
    assert (d.score is None) == (incident is None)


def test_incident_fields_from_members():
    fs = [
        feats(lang="uk", tags=["strike"]),
        feats(doc_id="d2", lang="en", event_type="Riots", sub_event_type="Violent demonstration"),
        feats(doc_id="d2", event_id="e2", lang="en"),
    ]
    claims = [dict(id="d:c1", kind="killed", low=3, high=3, certainty="reported",
                   qualifier="exact", published_at="2025-03-14T10:00:00Z")]  # fmt: skip
    out = incident_fields(fs, ["d", "d2", "d2"], claims)
    assert out["event_types"] == ["Protests", "Riots"] and out["languages"] == ["en", "uk"]
    assert out["tags"] == ["strike"] and (out["n_events"], out["n_documents"]) == (3, 2)
    assert out["event_type"] == "Protests" and out["sub_event_type"] == "Peaceful protest"
    assert (out["killed_low"], out["killed_best"], out["killed_high"]) == (3, 3, 3)
    assert out["event_date"] == "2025-03-14" and out["location"] == "Aktobe"


def test_unplaced_members_leave_the_place_alone():
    out = incident_fields([feats(location=None, country=None, geonameid=None)], ["d"], [])
    assert "location" not in out and "country" not in out


@pytest.mark.parametrize(
    "start, end, country, f, expected",
    [
        (None, None, None, feats(), ("2025-03-14", "2025-03-14", "KZ")),
        ("2025-03-15", "2025-03-16", "KZ", feats(), ("2025-03-14", "2025-03-16", "KZ")),
        ("2025-03-15", "2025-03-16", None, feats(d0=None, d1=None), ("2025-03-15", "2025-03-16", "KZ")),
    ],
)  # fmt: skip
def test_widen(start, end, country, f, expected):
    assert widen(start, end, country, f) == expected

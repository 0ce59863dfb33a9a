"""Component contracts: the pipeline is checked when it is built, not on every document."""

from __future__ import annotations

import pytest

from helpers import run_cli
from sitrep import registry
from sitrep.pipeline import Pipeline, default_config
from sitrep.registry import PipelineError

BASE = ["normalize", "language", "segment"]


@pytest.mark.parametrize(
    ("components", "config", "message"),
    [
        # a required input nobody assigns
        (BASE + ["claims"], {}, "'claims' requires 'mentions.quantity'"),
        (["normalize", "segment"], {}, "'segment' requires 'paras'"),
        # a partial pipeline is fine as long as what it needs comes first
        (BASE + ["quantities", "claims"], {}, None),
        (BASE + ["events", "summary"], {}, None),
        # a required input assigned only later
        (BASE + ["summary", "events"], {}, "'signals' is assigned by 'events', which runs later"),
        # something read that a later component assigns: the order is wrong
        (BASE + ["dates", "persons", "places"], {}, "'persons' requires 'org_candidates'"),
        (BASE + ["org_lexicon", "persons", "places"], {}, "put 'places' before 'org_lexicon'"),
        (BASE + ["quantities", "claims", "actors"], {}, "put 'actors' before 'claims'"),
        # config keys
        (BASE + ["dates"], {"dates": {"future_day": 3}}, "unknown config key 'future_day'"),
        (BASE + ["dates"], {"dates": {"future_days": -3}}, "future_days"),
        (["normalize"], {"normalize": {"max_chars": "lots"}}, "max_chars"),
        (BASE + ["actors"], {"actors": {"anything": 1}}, "unknown config key 'anything'"),
        (BASE + ["no-such-thing"], {}, "unknown component 'no-such-thing'"),
    ],
)
def test_pipeline_is_checked_when_built(components, config, message):
    cfg = {"pipeline": {"components": components}, "components": config}
    if message is None:
        Pipeline.from_config(cfg)
        return
    with pytest.raises(PipelineError, match=message):
        Pipeline.from_config(cfg)


def test_the_default_pipeline_honours_every_contract():
    names = default_config()["pipeline"]["components"]
    registry.check_order(names)
    assigned = {a for n in names for a in registry.get_spec(n).assigns}
    for n in names:
        spec = registry.get_spec(n)
        assert spec.assigns, f"{n} assigns nothing"
        assert set(spec.requires) <= assigned | set(registry.INPUTS)


@pytest.mark.parametrize("name", registry.names())
def test_every_component_rejects_unknown_config(name):
    with pytest.raises(PipelineError, match="unknown config key 'bogus'"):
        registry.validate_config(name, {"bogus": 1})


def test_a_config_model_must_forbid_extra_keys():
    from pydantic import BaseModel

    class Loose(BaseModel):
        x: int = 1

    with pytest.raises(TypeError, match="forbid"):
        registry.component("loose", config=Loose)


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        (
            '[pipeline]\ncomponents = ["normalize", "language", "segment", "dates"]\n'
            "[components.dates]\nfuture_dayz = 3\n",
            "unknown config key 'future_dayz'",
        ),
        (
            '[pipeline]\ncomponents = ["normalize", "language", "segment", "claims"]\n',
            "'claims' requires 'mentions.quantity'",
        ),
    ],
)
def test_cli_reports_a_bad_pipeline_in_one_line(tmp_path, toml, expected):
    cfg = tmp_path / "p.toml"
    cfg.write_text(toml)
    res = run_cli("extract", "-", "--config", str(cfg), input="Загинули 5 людей.".encode())
    assert res.returncode != 0
    err = res.stderr.decode().strip()
    assert err.startswith("sitrep: error: ") and "\n" not in err
    assert expected in err


def test_components_command_shows_contracts():
    out = run_cli("components").stdout.decode()
    assert "requires: tokens, mentions.quantity" in out  # claims
    assert "assigns:  mentions.quantity" in out  # quantities
    assert "config:   future_days, min_confidence" in out  # dates


# ---------------------------------------------------------------- swapping a component

_DIGITS = __import__("re").compile(r"\d+")


@registry.component("digits_only", requires=("tokens",), assigns=("mentions.quantity",))
def _make_digits_only():
    """A minimal quantities component: bare digits, exact, nothing else."""
    from sitrep.schema.models import QuantityValue

    def digits_only(doc):
        for m in _DIGITS.finditer(doc.text):
            v = int(m.group())
            q = QuantityValue(value=v, qualifier="exact", low=v, high=v)
            doc.add_mention("quantity", m.start(), m.end(), quantity=q)

    return digits_only


@pytest.mark.parametrize(
    ("text", "lang", "claims", "killed"),
    [
        (
            "Під час розгону загинули 5 людей, 12 були поранені.",
            "uk",
            {("killed", 5), ("injured", 12)},
            5,
        ),
        (
            "Police said 7 people were killed and 30 were injured.",
            "en",
            {("killed", 7), ("injured", 30)},
            7,
        ),
        ("Задержаны 40 человек.", "ru", {("detained", 40)}, None),
    ],
)
def test_a_minimal_component_with_the_same_contract_feeds_the_rest(text, lang, claims, killed):
    from sitrep.pipeline import extract

    names = list(default_config()["pipeline"]["components"])
    names[names.index("quantities")] = "digits_only"
    pipe = Pipeline.from_config({"pipeline": {"components": names}})
    report = extract(text, published="2020-01-01", lang=lang, pipeline=pipe)
    assert {(c.kind, c.low) for c in report.claims} == claims
    # the summary, two stages later, still sees them
    assert (report.summary.killed.low if report.summary.killed else None) == killed

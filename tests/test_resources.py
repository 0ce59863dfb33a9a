"""Resource files: a missing or empty one is an error at load, not a rule silently switched off."""

from __future__ import annotations

import pytest

from sitrep import resources
from sitrep.resources import ResourceError, load_list, load_yaml


@pytest.fixture
def fake_resources(tmp_path, monkeypatch):
    """A resources/ tree of our own: xx/ exists, zz/ does not."""
    root = tmp_path / "resources" / "xx"
    root.mkdir(parents=True)
    (root / "words.txt").write_text("# comment\nодин\ntwo  # trailing comment\n", "utf-8")
    (root / "only_comments.txt").write_text("# nothing here\n\n", "utf-8")
    (root / "table.yaml").write_text("a: 1\n", "utf-8")
    (root / "blank.yaml").write_text("# nothing\n", "utf-8")
    (root / "empty_map.yaml").write_text("{}\n", "utf-8")
    monkeypatch.setattr(resources._res, "files", lambda package: tmp_path)
    load_list.cache_clear()
    load_yaml.cache_clear()
    yield
    load_list.cache_clear()
    load_yaml.cache_clear()


@pytest.mark.parametrize(
    ("load", "lang", "name", "optional", "expected"),
    [
        (load_list, "xx", "words", False, ("один", "two")),
        (load_list, "xx", "nope", False, "missing resource file resources/xx/nope.txt"),
        (load_list, "xx", "nope", True, ()),
        (
            load_list,
            "xx",
            "only_comments",
            False,
            "empty resource file resources/xx/only_comments.txt",
        ),
        (load_list, "xx", "only_comments", True, "empty resource file"),
        (load_list, "zz", "words", False, ()),  # a language sitrep has no data for
        (load_yaml, "xx", "table", False, {"a": 1}),
        (load_yaml, "xx", "nope", False, "missing resource file resources/xx/nope.yaml"),
        (load_yaml, "xx", "nope", True, None),
        (load_yaml, "xx", "blank", False, "empty resource file resources/xx/blank.yaml"),
        (load_yaml, "xx", "empty_map", False, "empty resource file"),
        (load_yaml, "zz", "table", False, None),
    ],
)
def test_missing_or_empty_resources(fake_resources, load, lang, name, optional, expected):
    if isinstance(expected, str):
        with pytest.raises(ResourceError, match=expected):
            load(lang, name, optional=optional)
    else:
        assert load(lang, name, optional=optional) == expected


def test_a_component_whose_list_is_missing_fails_loudly(fake_resources):
    """The org lexicon asks for uk/orgs_types.txt; without it there is an error, not no orgs."""
    from sitrep.mentions.orgs.lexicon import resources as org_resources

    org_resources.cache_clear()
    try:
        (resources._res.files("sitrep") / "resources" / "uk").mkdir()
        with pytest.raises(ResourceError, match="resources/uk/orgs_lexicon.yaml"):
            org_resources()
    finally:
        org_resources.cache_clear()

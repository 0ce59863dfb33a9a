"""The shipped JSON Schema is the one the models generate, and real output validates."""

from __future__ import annotations

import json

import jsonschema

import sitrep
from sitrep.schema import SCHEMA_FILE, json_schema


def test_shipped_schema_is_current():
    shipped = json.loads(SCHEMA_FILE.read_text("utf-8"))
    assert shipped == json_schema(), "run `make schema` after changing schema/models.py"


def test_output_validates_against_schema():
    texts = [
        ("Поліція затримала 15 учасників мітингу в Києві 3 березня.", "uk"),
        ("В Минске задержаны более 200 человек, сообщили правозащитники.", "ru"),
        ("At least 12 people were killed in Aleppo on Friday, activists said.", "en"),
    ]
    for text, lang in texts:
        out = sitrep.extract(text, published="2020-03-05", lang=lang).to_dict()
        jsonschema.validate(out, json_schema())
        assert out["schema"] == "sitrep/1"

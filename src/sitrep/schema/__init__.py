"""The `sitrep/1` output schema (pydantic models) and its JSON Schema file."""

import json
from pathlib import Path

from .models import *  # noqa: F403
from .models import SCHEMA_VERSION, Report

SCHEMA_FILE = Path(__file__).with_name("sitrep-1.schema.json")


def json_schema() -> dict:
    """The JSON Schema generated from the models (the shipped file must equal this)."""
    schema = Report.model_json_schema(by_alias=True)
    schema["$id"] = "https://sitrep.invalid/schema/sitrep-1.schema.json"
    schema["title"] = f"{SCHEMA_VERSION} report"
    return schema


def write_schema_file(path: Path = SCHEMA_FILE) -> None:
    path.write_text(
        json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )

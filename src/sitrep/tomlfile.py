"""A TOML file read into a pydantic model, every problem one error line naming the file.

Shared by FEEDS.toml (sources/watch.py) and alerts.toml (alerts/rules.py)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def load_toml(path: str | Path, model: type[M], error: type[Exception]) -> M:
    """`path` validated by `model`; unreadable, invalid TOML or a bad value raises `error`
    with "FILE: key: problem" (the first problem only, which is the one to fix first)."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise error(f"{p}: cannot read: {e.strerror or e}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise error(f"{p}: not valid TOML ({e})") from None
    try:
        return model.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise error(f"{p}: {where}: {err['msg']}") from None

"""web: the JSON API (FastAPI) and the dashboard over the store; `sitrep serve` runs it.

`create_app(db)` builds the application; the dashboard's built assets live in
`static/` (bundled from `web/` at the repository root by `make web`).
"""

from .app import create_app

__all__ = ["create_app"]

"""store: documents, their extractions and incidents in SQLite or PostgreSQL.

`Store(db)` opens (and migrates) a store; `ingest_paths` reads sources into it.
"""

from .db import AddResult, Store, StoreError, resolve_url, to_utc

__all__ = ["AddResult", "Store", "StoreError", "resolve_url", "to_utc"]

"""Database errors as one line: `sitrep: error: <command>: <operation> failed: <cause>`.

Every sub-command runs inside `SitrepGroup.invoke`, so a SQLAlchemy / driver error
anywhere (a constraint, a permission, a lost connection, a full disk) reaches the
user as one line naming the command, what the store was doing
(`store.db.operation`) and the driver's own first line — never the SQL, its
parameters or the credentials of the URL. `sitrep --debug ...` (or SITREP_DEBUG=1)
prints the traceback first.
"""

from __future__ import annotations

import os
import re
import sys

import typer
from typer.core import TyperGroup

_DEBUG = {"on": False}

# user:password@ in a URL, and password=... in a libpq connection string
_CREDENTIALS = (
    (re.compile(r"(\b[a-z][a-z0-9+.-]*://)[^/@\s]+@", re.I), r"\1***@"),
    (re.compile(r"\b(password|passwd|pwd)\s*=\s*\S+", re.I), r"\1=***"),
)


def set_debug(on: bool) -> None:
    _DEBUG["on"] = on


def debug() -> bool:
    return _DEBUG["on"] or os.environ.get("SITREP_DEBUG", "").strip() not in ("", "0")


def without_credentials(text: str) -> str:
    for pat, repl in _CREDENTIALS:
        text = pat.sub(repl, text)
    return text


def cause(e: BaseException) -> str:
    """The driver's first line and the error's class, without SQL or credentials."""
    orig = getattr(e, "orig", None) or e
    text = str(orig)
    # SQLAlchemy appends "[SQL: ...]", "[parameters: ...]" and a background link
    text = re.split(r"\[SQL:|\[parameters:|\(Background on this error", text, maxsplit=1)[0]
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    first = lines[0] if lines else ""
    first = re.sub(r"^\([\w.]+\)\s*", "", first)  # "(sqlite3.OperationalError) ..." prefix
    kind = type(orig).__name__
    first = without_credentials(first)[:300]
    return f"{first} ({kind})" if first else kind


def database_error_message(command: str, e: BaseException) -> str:
    from ..store.db import current_operation

    what = current_operation(e) or "database access"
    where = f"{command}: " if command else ""
    return f"{where}{what} failed: {cause(e)}"


def _is_database_error(e: BaseException) -> bool:
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(e, SQLAlchemyError):
        return True
    mod = type(e).__module__ or ""
    return mod.startswith(("sqlite3", "psycopg"))


class SitrepGroup(TyperGroup):
    """The root command: turns database errors from any sub-command into one line."""

    def invoke(self, ctx):  # noqa: D401 - click API
        try:
            return super().invoke(ctx)
        except Exception as e:
            from ..store.db import StoreError

            if not (_is_database_error(e) or isinstance(e, StoreError)):
                raise
            if debug():
                import traceback

                traceback.print_exception(e, file=sys.stderr)
            name = ctx.invoked_subcommand or ""
            msg = str(e) if isinstance(e, StoreError) else database_error_message(name, e)
            typer.echo(f"sitrep: error: {without_credentials(msg)}", err=True)
            raise typer.Exit(2) from None

"""What every sub-command shares, so they behave as one tool (docs/cli.md):
-f/--format, -o/--output, -q/--quiet, '-' for stdin, progress only on a terminal,
unknown languages and formats refused with the allowed values."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import typer

DB_HELP = "SQLite file or database URL (default: $SITREP_DATABASE_URL, else ./sitrep.db)."
QUIET_HELP = "No progress bar and no notes on stderr; results and errors are still shown."
OUTPUT_HELP = "Write the output to this file instead of stdout ('-': stdout)."


def fail(msg: str, code: int = 2) -> None:
    typer.echo(f"sitrep: error: {msg}", err=True)
    raise typer.Exit(code)


def note(msg: str, quiet: bool = False) -> None:
    """A message for the user on stderr, unless -q."""
    if not quiet:
        typer.echo(msg, err=True)


def languages() -> tuple[str, ...]:
    """The languages sitrep has data for: the resources/<lang>/ folders."""
    from importlib.resources import files

    root = files("sitrep.resources")
    return tuple(
        sorted(
            (p.name for p in root.iterdir() if p.is_dir() and len(p.name) == 2),
            key=lambda n: ("uk", "ru", "en").index(n) if n in ("uk", "ru", "en") else 9,
        )
    )


def check_lang(lang: str | None, option: str = "--lang") -> str | None:
    """The language code, lower-cased; an unknown one is refused with the list."""
    if lang is None:
        return None
    code = lang.strip().lower()
    allowed = languages()
    if code not in allowed:
        fail(f"{option}: unknown language {lang!r}; expected one of: {', '.join(allowed)}")
    return code


def check_format(fmt: str | None, allowed: Iterable[str], default: str) -> str:
    """The format name; an unknown one is refused with the list."""
    allowed = tuple(allowed)
    if fmt is None:
        return default
    f = fmt.strip().lower()
    if f not in allowed:
        fail(f"--format: unknown format {fmt!r}; expected one of: {', '.join(allowed)}")
    return f


def format_option(allowed: Iterable[str], default: str, what: str = "") -> typer.models.OptionInfo:
    allowed = tuple(allowed)
    return typer.Option(
        None,
        "--format",
        "-f",
        metavar="FORMAT",
        help=f"{' | '.join(allowed)} (default: {default}){'; ' + what if what else ''}.",
        show_default=False,
    )


def output_option() -> typer.models.OptionInfo:
    return typer.Option(None, "--output", "-o", metavar="FILE", help=OUTPUT_HELP)


def quiet_option() -> typer.models.OptionInfo:
    return typer.Option(False, "--quiet", "-q", help=QUIET_HELP)


def show_progress(quiet: bool) -> bool:
    """Progress bars only when stderr is a terminal and -q was not given."""
    return not quiet and sys.stderr.isatty()


@contextmanager
def opened_output(output: Path | str | None, *, binary: bool = False):
    """stdout for None or '-', else the file (errors become a clean failure)."""
    if output is None or str(output) == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    try:
        fh: IO = open(output, "wb") if binary else open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as e:
        fail(f"{output}: cannot write: {e.strerror or e}")
    with fh:
        yield fh


def to_stdout(output: Path | str | None) -> bool:
    return output is None or str(output) == "-"

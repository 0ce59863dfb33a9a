"""The `sitrep` command line. Each sub-command group lives in its own module."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="sitrep",
    help="Turn multilingual crisis reports into a sourced, uncertainty-aware event database.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    """sitrep: candidate events, every figure with its source words, who said it and how sure."""


def _register() -> None:
    from . import bench, evaluate, extract, serve, store

    for mod in (extract, evaluate, store, bench, serve):
        mod.register(app)


def main() -> None:
    _register()
    app()

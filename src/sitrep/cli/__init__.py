"""The `sitrep` command line. Each sub-command group lives in its own module."""

from __future__ import annotations

import typer

from .errors import SitrepGroup, set_debug

app = typer.Typer(
    cls=SitrepGroup,
    name="sitrep",
    help="Turn multilingual crisis reports into a sourced, uncertainty-aware event database.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _root(
    debug: bool = typer.Option(
        False, "--debug", help="Print the traceback of an error before its one-line message."
    ),
) -> None:
    """sitrep: candidate events, every figure with its source words, who said it and how sure."""
    set_debug(debug)


def _plain_flags() -> None:
    """Help lists flags (-q, --force, --help) without a `<bool>` placeholder: some typer
    versions print one for every flag, which reads as if a value were expected."""
    try:
        from typer.core import TyperOption
    except ImportError:  # pragma: no cover
        return
    show = getattr(TyperOption, "display_type_rich", None)
    if show is None or getattr(show, "_sitrep", False):
        return

    def display_type_rich(self, ctx):
        return None if getattr(self, "is_flag", False) else show(self, ctx)

    display_type_rich._sitrep = True
    TyperOption.display_type_rich = display_type_rich


def _register() -> None:
    _plain_flags()
    from . import alerts, bench, evaluate, extract, later, serve, store, watch

    for mod in (extract, evaluate, store, later, bench, serve, watch, alerts):
        mod.register(app)


def main() -> None:
    _register()
    app()

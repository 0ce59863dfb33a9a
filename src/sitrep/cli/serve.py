"""`sitrep serve`: the web dashboard and JSON API over a store."""

from __future__ import annotations

import typer

from .store import DB_HELP, _open, fail


def serve_cmd(
    db: str = typer.Option(None, "--db", metavar="URL", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", metavar="HOST", help="Address to listen on."),
    port: int = typer.Option(
        8000, "--port", metavar="PORT", min=0, max=65535, help="Port (0: any free one)."
    ),
) -> None:
    """Serve the dashboard (map, incidents, documents) and the API (/api, /api-docs)."""
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as e:  # pragma: no cover - installed with sitrep
        fail(f"the web server needs fastapi and uvicorn: {e}")
    _open(db, must_exist=True).close()  # a clear message for a missing store, before binding
    app = create_app(db)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(
        f"sitrep: dashboard at http://{shown}:{port}/  (API spec /api/openapi.json)", err=True
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)

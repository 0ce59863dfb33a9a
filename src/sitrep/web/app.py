"""The FastAPI application: the JSON API under /api and the dashboard's pages.

Report text is untrusted: the API returns it as JSON data only, the pages are
static files that build the DOM with textContent, and every response carries a
Content-Security-Policy without inline script. Every parameter is validated, so
a bad one gets a 4xx with a message (`{"error": ...}`), never a 500.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic_core import to_json
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import StreamingResponse

from ..store import Store
from ..store.db import on_readonly_media
from . import queries
from .band import band
from .queries import CursorError, Filters

STATIC = Path(__file__).resolve().parent / "static"
MAX_EXTRACT_BYTES = 256 * 1024  # POST /extract body; a report longer than this is a file job
MAX_PAGE = 500
MAX_MAP = 50_000
LANGS = ("uk", "ru", "en")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
PAGES = ("/", "/incidents/{inc_id}", "/documents/{doc_id}", "/api-docs")


# ---------------------------------------------------------------- parameters

Country = Annotated[
    str | None,
    Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code, e.g. KZ."),
]
Since = Annotated[date | None, Query(description="Incidents ending on or after (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="Incidents starting on or before (YYYY-MM-DD).")]
EventType = Annotated[
    str | None,
    Query(alias="type", min_length=1, max_length=80, description="ACLED event or sub-event type."),
]
MinKilled = Annotated[
    int | None, Query(ge=0, le=10**9, description="Best killed estimate at least N.")
]
Lang = Annotated[Literal["uk", "ru", "en"] | None, Query(description="Reported in this language.")]
DocId = Annotated[str, PathParam(pattern=r"^[A-Za-z0-9_.:-]{1,128}$")]
IncId = Annotated[int, PathParam(ge=1, le=2**31 - 1)]


def _filters(
    country: str | None,
    since: date | None,
    until: date | None,
    event_type: str | None,
    min_killed: int | None,
    lang: str | None,
) -> Filters:
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")
    return Filters(
        country=country.upper() if country else None,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        event_type=event_type.strip() or None if event_type else None,
        min_killed=min_killed,
        lang=lang,
    )


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
        parts.append(f"{'.'.join(loc) or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


# ---------------------------------------------------------------- the app


def create_app(db: str | os.PathLike | None = None, *, static_dir: Path | None = None) -> FastAPI:
    """The API and dashboard over the store at `db` (URL or SQLite path; see `Store`)."""
    store = Store(db, readonly=on_readonly_media(db))  # the web view only reads
    static = Path(static_dir) if static_dir else STATIC

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="sitrep",
        summary="Incidents merged from multilingual crisis reports, with their evidence.",
        version="1",
        docs_url=None,  # Swagger UI loads from a CDN: the dashboard's /api-docs renders the spec
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store = store
    map_cache = _LRU(32)  # the map's rows per filter, until the incidents change

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError):
        return JSONResponse(
            {"error": _validation_message(exc), "detail": json.loads(json.dumps(
                exc.errors(), default=str))},
            status_code=422,
        )  # fmt: skip

    # ------------------------------------------------------------ API

    @app.get("/api/health", tags=["meta"], summary="The server is up; store counts.")
    def health() -> dict[str, Any]:
        return {"ok": True, "counts": store.counts()}

    @app.get("/api/facets", tags=["incidents"], summary="Values the filters can take.")
    def facets() -> dict[str, Any]:
        with store.read() as s:
            return queries.facets(s)

    @app.get(
        "/api/incidents",
        tags=["incidents"],
        summary="Incidents, filtered and sorted, one page at a time (cursor pagination).",
    )
    def list_incidents(
        country: Country = None,
        since: Since = None,
        until: Until = None,
        event_type: EventType = None,
        min_killed: MinKilled = None,
        lang: Lang = None,
        sort: Annotated[Literal["date", "killed", "updated", "id"], Query()] = "date",
        order: Annotated[Literal["asc", "desc"], Query()] = "desc",
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        cursor: Annotated[
            str | None,
            Query(max_length=400, description="next_cursor of the previous page"),
        ] = None,
    ) -> dict[str, Any]:
        f = _filters(country, since, until, event_type, min_killed, lang)
        with store.read() as s:
            try:
                items, nxt = queries.page_incidents(
                    s, f, sort=sort, desc=order == "desc", limit=limit, cursor=cursor
                )
            except CursorError as e:
                raise HTTPException(400, str(e)) from None
            total = queries.count_incidents(s, f)
        return {"items": items, "next_cursor": nxt, "total": total}

    @app.get(
        "/api/map",
        tags=["incidents"],
        summary="Placed incidents as compact rows for the map (same filters as /api/incidents).",
    )
    def map_data(
        country: Country = None,
        since: Since = None,
        until: Until = None,
        event_type: EventType = None,
        min_killed: MinKilled = None,
        lang: Lang = None,
        limit: Annotated[int, Query(ge=1, le=MAX_MAP)] = MAX_MAP,
    ) -> Response:
        f = _filters(country, since, until, event_type, min_killed, lang)
        with store.read() as s:
            key = (f, limit, queries.data_version(s))
            body = map_cache.get(key)
            if body is None:
                rows, unplaced = queries.map_points(s, f, limit)
                body = to_json({"columns": queries.MAP_COLUMNS, "rows": rows, "unplaced": unplaced})
                map_cache.put(key, body)
        return Response(body, media_type="application/json")

    @app.get(
        "/api/incidents/{inc_id}",
        tags=["incidents"],
        summary="One incident: estimates and their claims, band over time, timeline, members.",
    )
    def get_incident(inc_id: IncId) -> dict[str, Any]:
        inc = store.incident(inc_id)
        if inc is None:
            raise HTTPException(404, f"no incident {inc_id}")
        inc["band"] = band(inc.get("claims", []))
        return inc

    @app.get(
        "/api/documents/{doc_id}",
        tags=["documents"],
        summary="One document: its sitrep/1 report (mentions, claims, events, spans, quality).",
    )
    def get_document(doc_id: DocId) -> dict[str, Any]:
        with store.read() as s:
            meta = queries.document_meta(s, doc_id)
            if meta is None:
                raise HTTPException(404, f"no document {doc_id}")
            incidents = queries.document_incidents(s, doc_id)
        report = store.report(doc_id)
        return {
            "document": meta,
            "report": report.model_dump(by_alias=True, mode="json") if report else None,
            "incidents": incidents,
        }

    @app.get(
        "/api/export/{fmt}",
        tags=["export"],
        summary="Incidents of the current filter as csv, geojson, jsonl or parquet (streamed).",
        response_class=Response,
    )
    def export(
        fmt: Literal["csv", "geojson", "jsonl", "parquet"],
        country: Country = None,
        since: Since = None,
        until: Until = None,
        event_type: EventType = None,
        min_killed: MinKilled = None,
        lang: Lang = None,
    ) -> Response:
        f = _filters(country, since, until, event_type, min_killed, lang)
        records = _export_records(store, f)
        name = f"incidents.{fmt}"
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}
        if fmt == "parquet":
            return StreamingResponse(
                _parquet_chunks(records), media_type="application/vnd.apache.parquet",
                headers=headers,
            )  # fmt: skip
        gen, media = {
            "csv": (_csv_chunks, "text/csv; charset=utf-8"),
            "jsonl": (_jsonl_chunks, "application/x-ndjson"),
            "geojson": (_geojson_chunks, "application/geo+json"),
        }[fmt]
        return StreamingResponse(gen(records), media_type=media, headers=headers)

    @app.post(
        "/api/extract",
        tags=["extract"],
        summary="Extract one text (JSON {text, published?, lang?} or text/plain); sitrep/1.",
    )
    async def extract(
        request: Request,
        published: Annotated[date | None, Query(description="for text/plain bodies")] = None,
        lang: Annotated[Literal["uk", "ru", "en"] | None, Query()] = None,
    ) -> Response:
        body = await _read_limited(request, MAX_EXTRACT_BYTES)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/json":
            text, published, lang = _extract_json(body, published, lang)
        elif ctype in ("text/plain", ""):
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise HTTPException(400, "body: not valid UTF-8") from None
        else:
            raise HTTPException(415, "send application/json {text, published, lang} or text/plain")
        if not text.strip():
            raise HTTPException(422, "text: empty")
        from starlette.concurrency import run_in_threadpool

        from .. import extract as run_extract

        report = await run_in_threadpool(run_extract, text, published, lang)
        return Response(report.to_json(), media_type="application/json")

    # ------------------------------------------------------------ pages

    index = static / "index.html"

    def page() -> Response:
        if not index.exists():
            return PlainTextResponse(
                "The dashboard is not built: run `make web` (needs node), or use the API "
                "under /api (spec: /api/openapi.json).",
                status_code=503,
            )
        return FileResponse(index, media_type="text/html; charset=utf-8")

    for path in PAGES:
        app.add_api_route(path, page, methods=["GET", "HEAD"], include_in_schema=False)

    if static.is_dir():
        app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    return app


# ---------------------------------------------------------------- helpers


class _LRU:
    """A few recent map payloads: the map page of 10,000 incidents is the hot request."""

    def __init__(self, size: int) -> None:
        self.size, self.items = size, OrderedDict()

    def get(self, key):
        if key in self.items:
            self.items.move_to_end(key)
            return self.items[key]
        return None

    def put(self, key, value) -> None:
        self.items[key] = value
        while len(self.items) > self.size:
            self.items.popitem(last=False)


async def _read_limited(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past `limit` bytes without reading the rest."""
    length = request.headers.get("content-length")
    if length is not None:
        try:
            if int(length) > limit:
                raise HTTPException(413, f"body over {limit} bytes: send a shorter text")
        except ValueError:
            raise HTTPException(400, "content-length: not a number") from None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"body over {limit} bytes: send a shorter text")
        chunks.append(chunk)
    return b"".join(chunks)


def _extract_json(body: bytes, published: date | None, lang: str | None):
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(400, "body: not valid JSON") from None
    if not isinstance(data, dict):
        raise HTTPException(422, "body: expected an object {text, published, lang}")
    unknown = set(data) - {"text", "published", "lang"}
    if unknown:
        raise HTTPException(422, f"body: unknown fields {', '.join(sorted(unknown))}")
    text = data.get("text")
    if not isinstance(text, str):
        raise HTTPException(422, "text: required, a string")
    pub = data.get("published", published)
    if pub is not None and not isinstance(pub, date):
        if not isinstance(pub, str):
            raise HTTPException(422, "published: expected YYYY-MM-DD")
        try:
            pub = date.fromisoformat(pub.strip()[:10])
        except ValueError:
            raise HTTPException(
                422, f"published: cannot parse {pub!r}: expected YYYY-MM-DD"
            ) from None
    lg = data.get("lang", lang)
    if lg is not None and lg not in LANGS:
        raise HTTPException(422, f"lang: expected one of {', '.join(LANGS)}")
    return text, pub, lg


def _export_records(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    from ..export import incidents

    return incidents(store, **f.as_kwargs())


def _csv_chunks(records: Iterator[dict[str, Any]]) -> Iterator[str]:
    from ..export import csv_chunks

    return csv_chunks(records)


def _jsonl_chunks(records: Iterator[dict[str, Any]]) -> Iterator[str]:
    from ..export import jsonl_chunks

    return jsonl_chunks(records)


def _geojson_chunks(records: Iterator[dict[str, Any]]) -> Iterator[str]:
    """The FeatureCollection of `sitrep.export.to_geojson`, written one Feature at a time."""
    from ..export import geojson_chunks

    return geojson_chunks(records)


def _parquet_chunks(records: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    """Parquet needs its footer at the end, so it is written to a temporary file first."""
    from ..export import to_parquet

    with tempfile.TemporaryDirectory(prefix="sitrep-export-") as tmp:
        path = Path(tmp) / "incidents.parquet"
        to_parquet(records, path)
        with path.open("rb") as fh:
            while chunk := fh.read(256 * 1024):
                yield chunk

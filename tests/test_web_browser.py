"""The dashboard in a real headless Chromium (Debian's, driven by playwright) on the scenario.

The scenario reports are ingested with the real extractor, plus one report whose text, title
and URL carry script injections. A screenshot of each page goes to out/screenshots/.
Chromium comes from scripts/chromium.sh (apt-get); playwright never downloads a browser.
Outside CI a missing browser or unbuilt dashboard skips these tests; in CI (CI=true) it fails.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import threading
import time

import pytest

from conftest import ROOT, SCENARIO, build_report

pytest.importorskip("playwright")

SHOTS = ROOT / "out" / "screenshots"
STATIC = ROOT / "src" / "sitrep" / "web" / "static"
XSS_TEXT = (
    "Police detained 12 protesters in Osh on 3 May 2025, local activists said.\n\n"
    '<script>window.__xss = 1</script> <img src=x onerror="window.__xss = 2"> '
    "[read more](javascript:window.__xss=3) "
    '<a href="javascript:window.__xss=4">click</a> <svg onload="window.__xss=5"></svg>'
)
XSS_TITLE = '<img src=x onerror="window.__xss=6">Osh <script>window.__xss=7</script>'


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests need this in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def chromium() -> str:
    if not (STATIC / "index.html").exists():
        _unavailable("dashboard not built (make web; needs node)")
    proc = subprocess.run(
        ["bash", str(ROOT / "scripts" / "chromium.sh")], capture_output=True, text=True, timeout=900
    )
    if proc.returncode != 0:
        _unavailable(f"scripts/chromium.sh failed: {proc.stderr.strip()[-300:]}")
    return proc.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`create_app` under uvicorn in a thread on a free 127.0.0.1 port, over the scenario."""
    import uvicorn

    from sitrep.store import Store
    from sitrep.store.ingest import ingest_paths
    from sitrep.web import create_app

    tmp = tmp_path_factory.mktemp("web")
    db = tmp / "store.db"
    xss = tmp / "xss.jsonl"
    rec = {"text": XSS_TEXT, "title": XSS_TITLE, "published": "2025-05-03T10:00:00+00:00",
           "url": "javascript:window.__xss=8", "outlet": "<b onmouseover=alert(1)>Outlet</b>"}  # fmt: skip
    xss.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    with Store(db) as st:
        summary = ingest_paths(st, [str(SCENARIO), str(xss)], progress=False)
        assert not summary.failed
        # ingest strips markup from texts, so the raw tags are stored as a report could carry them
        raw = build_report(
            "doc-xss", XSS_TEXT, lang="en", published="2025-05-03",
            claims=[dict(id="c1", kind="detained", phrase="detained 12 protesters", value=12,
                         qualifier="exact", low=12, high=12, source="<i>activists</i>")],
            events=[dict(id="e1", type="Riots", sub="Mob violence", date="2025-05-03",
                         place="Osh", claims=["c1"], phrase="Police detained")],
        )  # fmt: skip
        st.add_report(raw, title=XSS_TITLE, url=rec["url"], outlet=rec["outlet"],
                      published_at=rec["published"])  # fmt: skip
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    deadline = time.time() + 30
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "server did not start"
    yield f"http://127.0.0.1:{port}", db
    srv.should_exit = True
    th.join(10)


@pytest.fixture(scope="module")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


def api(base: str, path: str):
    import urllib.request

    with urllib.request.urlopen(base + path) as r:
        return json.load(r)


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def ready(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)


def markers_shown(page) -> int:
    """Markers on the map: single markers plus the counts inside cluster icons."""
    singles = page.locator("path.incident-marker").count()
    clusters = page.locator(".marker-cluster span").all_inner_texts()
    return singles + sum(int(x) for x in clusters)


def test_map_loads_with_every_placed_incident(server, page):
    base, _ = server
    ready(page, base + "/")
    page.wait_for_selector("#map[data-ready='1']")
    expected = len(api(base, "/api/map")["rows"])
    assert expected >= 3
    assert page.locator("#map").get_attribute("data-markers") == str(expected)
    page.wait_for_timeout(500)  # chunked marker loading and the basemap
    assert markers_shown(page) == expected
    page.wait_for_selector("#map[data-basemap]")  # Natural Earth boundaries, on a canvas
    assert page.locator(".leaflet-overlay-pane canvas").count() == 1
    assert page.locator("#incident-rows tr").count() == api(base, "/api/incidents")["total"]
    shot(page, "map")
    assert page.errors == []


def test_zooming_in_draws_admin1_boundaries(server, page):
    """Natural Earth admin-1 lines (states, oblasts) come from the bundled data, not a server."""
    base, _ = server
    ready(page, base + "/")
    page.wait_for_selector("#map[data-ready='1']")
    for _ in range(4):  # whatever the fitted zoom, this passes the admin-1 threshold (zoom 4)
        if page.locator("#map[data-admin1]").count():
            break
        page.click("a.leaflet-control-zoom-in")
        page.wait_for_timeout(1000)
    page.wait_for_selector("#map[data-admin1]", timeout=30_000)
    assert int(page.locator("#map").get_attribute("data-admin1")) > 3000
    assert page.locator("#map").get_attribute("data-basemap") == "50m"
    shot(page, "map-admin1")
    assert page.errors == []


def test_filter_by_country_updates_the_url(server, page):
    base, _ = server
    ready(page, base + "/")
    page.select_option("select[name=country]", "KZ")
    page.wait_for_url("**/?country=KZ")
    page.wait_for_selector("#map[data-ready='1']")
    page.wait_for_function("document.querySelectorAll('#incident-rows tr').length === 1")
    assert "country=KZ" in page.url
    assert page.locator("#map").get_attribute("data-markers") == "1"
    assert "Aktobe" in page.locator("#incident-rows").inner_text()
    export = page.locator("a.export", has_text="csv").get_attribute("href")
    assert export == "/api/export/csv?country=KZ"
    # the URL is the view: opening it again gives the same filter
    ready(page, page.url)
    page.wait_for_selector("#map[data-ready='1']")
    assert page.locator("select[name=country]").input_value() == "KZ"
    assert page.locator("#incident-rows tr").count() == 1
    shot(page, "map-filtered")


def _aktobe(base: str) -> dict:
    inc_id = api(base, "/api/incidents?country=KZ")["items"][0]["id"]
    return api(base, f"/api/incidents/{inc_id}")


def test_incident_page_shows_band_and_points(server, page):
    base, _ = server
    inc = _aktobe(base)
    ready(page, f"{base}/incidents/{inc['id']}")
    assert page.locator("#band").get_attribute("data-kind") == "killed"
    assert page.locator("svg.band-chart polygon.band").count() == 1
    assert page.locator("svg.band-chart polyline.best").count() == 1
    killed = [p for p in inc["timeline"] if p["kind"] == "killed"]
    assert page.locator("svg.band-chart g.point").count() == len(killed) >= 2
    page.locator("svg.band-chart g.point circle").first.hover()
    tip = page.locator("#chart-tooltip")
    assert tip.is_visible() and killed[0]["evidence"] in tip.inner_text()
    assert page.locator("table.members tbody tr").count() == len(inc["members"])
    shot(page, "incident")
    assert page.errors == []


def test_document_page_highlights_a_claims_evidence(server, page):
    base, _ = server
    inc = _aktobe(base)
    claim = next(p for p in inc["timeline"] if p["kind"] == "killed")
    doc_id, claim_id = claim["id"].split(":")
    ready(page, f"{base}/documents/{doc_id}")
    assert page.locator("#doc-text .m-place").count() >= 1
    assert page.locator("#doc-text .m-quantity").count() >= 1
    page.locator(f".claim-btn[data-claim='{claim_id}']").click()
    active = page.locator("#doc-text .ev.active")
    assert active.count() >= 1
    assert "".join(active.all_inner_texts()) == claim["evidence"]
    detail = page.locator("#claim-detail").inner_text()
    assert claim["certainty"] in detail and claim["qualifier"] in detail
    shot(page, "document")
    assert page.errors == []


def test_injected_script_does_not_run(server, page):
    base, _ = server
    doc_id = "doc-xss"
    ready(page, f"{base}/documents/{doc_id}")
    text = page.locator("#doc-text").inner_text()
    assert "<script>window.__xss = 1</script>" in text
    assert "onerror" in page.locator("h1").inner_text()
    assert page.locator("#doc-text img, #doc-text script, h1 img, #doc-text svg").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    shot(page, "document-injected")
    incidents = api(base, f"/api/documents/{doc_id}")["incidents"]
    for url in [base + "/", *(f"{base}/incidents/{i}" for i in incidents)]:
        ready(page, url)
        page.wait_for_timeout(300)
        assert page.locator("a[href^='javascript']").count() == 0
        assert page.evaluate("typeof window.__xss") == "undefined", url
    if incidents:
        shot(page, "incident-injected")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.errors == []


def test_api_docs_page(server, page):
    base, _ = server
    ready(page, base + "/api-docs")
    assert page.locator(".endpoint").count() >= 7
    assert "/api/incidents" in page.locator("main").inner_text()
    shot(page, "api-docs")

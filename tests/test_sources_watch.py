"""`sitrep watch`, `sitrep fetch`, `sitrep sources`, `sitrep alerts` end to end, against feeds
and pages served on 127.0.0.1 (allowed only with --allow-net): new entries once, 304
honoured, a billion-laughs feed refused, redirects re-checked, oversize pages cut off, and
a restarted watch neither re-ingests nor re-alerts."""

from __future__ import annotations

import hashlib
import hmac
import json
import random
from datetime import UTC, datetime

import pytest
from typer.testing import CliRunner

from sitrep.cli import _register, app
from sitrep.sources import state as st
from sitrep.sources.watch import ConfigError, WatchConfig, is_due, load_config, next_poll
from sitrep.store import Store
from webserver import BILLION_LAUGHS, Route, WebServer, rss

_register()
runner = CliRunner()
ALLOW = ["--allow-net", "127.0.0.0/8"]

# reports written for these tests (uk / ru / en), one incident each
ZHANAOZEN = {
    "title": "Shooting in Zhanaozen",
    "link": "https://news.example.org/zhanaozen",
    "date": "Fri, 16 Dec 2011 18:00:00 GMT",
    "text": "At least 12 people were killed and 86 injured when police opened fire on "
    "striking oil workers in Zhanaozen, Kazakhstan, on 16 December.",
}
DUSHANBE = {
    "title": "Интернет отключили",
    "link": "https://news.example.org/dushanbe",
    "date": "Wed, 07 May 2025 12:00:00 GMT",
    "text": "В Душанбе 7 мая власти отключили мобильный интернет и доступ к соцсетям во "
    "время акции протеста.",
}
OSH = {
    "title": "Протест в Оше",
    "link": "https://news.example.org/osh",
    "date": "Fri, 02 May 2025 10:00:00 GMT",
    "text": "В Оше 2 мая торговцы вышли на акцию протеста против повышения налогов.",
}
BISHKEK = {
    "title": "Мітинг у Бішкеку",
    "link": "https://news.example.org/bishkek",
    "date": "Mon, 05 May 2025 09:00:00 GMT",
    "text": "У Бішкеку 5 травня сотні людей вийшли на мітинг біля будівлі парламенту.",
}
ZHANAOZEN_AGAIN = {
    "title": "Zhanaozen toll",
    "link": "https://news.example.org/zhanaozen-2",
    "date": "Sat, 17 Dec 2011 09:00:00 GMT",
    "text": "Officials said 12 people were killed in Zhanaozen, Kazakhstan, on 16 December "
    "when police fired on protesters.",
}


@pytest.fixture
def web():
    w = WebServer()
    yield w
    w.close()


def feeds_file(tmp_path, urls: list[str], **watch) -> str:
    lines = ["[watch]", "interval = 0", "jitter = 0"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in watch.items()]
    for u in urls:
        lines += ["[[feed]]", f'url = "{u}"']
    p = tmp_path / "feeds.toml"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(p)


def watch(feeds: str, db: str, *extra: str, env: dict | None = None):
    return runner.invoke(app, ["watch", feeds, "--db", db, "--once", "-q", *extra], env=env)


def n_docs(db: str) -> int:
    with Store(db) as s:
        return s.counts()["documents"]


def test_new_entries_are_ingested_exactly_once(web, tmp_path):
    web.routes["/feed"] = Route(rss("Wire", [OSH, BISHKEK]))  # no validators: always 200
    feeds, db = feeds_file(tmp_path, [web.url("/feed")]), str(tmp_path / "s.db")
    first = watch(feeds, db, *ALLOW)
    assert first.exit_code == 0, first.output
    assert "2 new of 2 (2 stored" in first.stderr
    again = watch(feeds, db, *ALLOW)
    assert again.exit_code == 0 and "unchanged (2 entries)" in again.stderr
    assert n_docs(db) == 2
    web.routes["/feed"] = Route(rss("Wire", [DUSHANBE, OSH, BISHKEK]))
    third = watch(feeds, db, *ALLOW)
    assert "1 new of 3 (1 stored" in third.stderr
    assert n_docs(db) == 3
    with Store(db) as s:
        doc = s.documents_by_source(DUSHANBE["link"])
        assert len(doc) == 1
        d = s.document(doc[0])
    assert d["title"] == DUSHANBE["title"] and d["outlet"] == "Wire" and d["lang"] == "ru"
    assert d["published_at"] == "2025-05-07T12:00:00Z"


def test_304_is_honoured(web, tmp_path):
    web.routes["/feed"] = Route(
        rss("Wire", [OSH]),
        etag='"v1"',
        headers={"Last-Modified": "Fri, 02 May 2025 10:00:00 GMT"},
    )
    feeds, db = feeds_file(tmp_path, [web.url("/feed")]), str(tmp_path / "s.db")
    assert watch(feeds, db, *ALLOW).exit_code == 0
    res = watch(feeds, db, *ALLOW)
    assert res.exit_code == 0 and f"{web.url('/feed')}: unchanged" in res.stderr
    second = web.requests("/feed")[1]
    assert second.headers["if-none-match"] == '"v1"'
    assert second.headers["if-modified-since"] == "Fri, 02 May 2025 10:00:00 GMT"
    with Store(db) as s:
        state = st.load(s, web.url("/feed"))
    assert state.etag == '"v1"' and state.last_status == "unchanged" and state.failures == 0
    assert n_docs(db) == 1


def test_a_billion_laughs_feed_is_refused_and_the_others_go_on(web, tmp_path):
    web.routes["/bomb"] = Route(BILLION_LAUGHS)
    web.routes["/feed"] = Route(rss("Wire", [OSH]))
    feeds = feeds_file(tmp_path, [web.url("/bomb"), web.url("/feed")])
    db = str(tmp_path / "s.db")
    res = watch(feeds, db, *ALLOW)
    assert res.exit_code == 1
    assert f"{web.url('/bomb')}: refused: entity_expansion" in res.stderr
    assert "1 new of 1 (1 stored" in res.stderr
    assert n_docs(db) == 1
    out = runner.invoke(app, ["sources", "refusals", "--db", db, "-f", "json"])
    (refusal,) = json.loads(out.stdout)
    assert refusal["reason"] == "entity_expansion" and refusal["url"] == web.url("/bomb")
    status = json.loads(runner.invoke(app, ["sources", "status", "--db", db, "-f", "json"]).stdout)
    by_url = {s["url"]: s for s in status}
    assert by_url[web.url("/bomb")]["failures"] == 1
    assert by_url[web.url("/feed")]["failures"] == 0


def test_loopback_is_refused_without_the_explicit_option(web, tmp_path):
    web.routes["/feed"] = Route(rss("Wire", [OSH]))
    feeds, db = feeds_file(tmp_path, [web.url("/feed")]), str(tmp_path / "s.db")
    res = watch(feeds, db)
    assert res.exit_code == 1
    assert "refused: private_address: 127.0.0.1 is a loopback address" in res.stderr
    assert web.log == [] and n_docs(db) == 0


def test_a_feed_redirected_to_a_private_address_is_refused(web, tmp_path):
    web.routes["/feed"] = Route(status=302, headers={"Location": "http://10.20.30.40/feed"})
    feeds, db = feeds_file(tmp_path, [web.url("/feed")]), str(tmp_path / "s.db")
    res = watch(feeds, db, *ALLOW)
    assert res.exit_code == 1 and "10.20.30.40 is a private address" in res.stderr
    with Store(db) as s:
        (r,) = st.refusals(s)
    assert r["reason"] == "private_address" and r["url"] == "http://10.20.30.40/feed"
    assert r["feed_url"] == web.url("/feed")


def test_an_oversize_feed_is_refused(web, tmp_path):
    web.routes["/feed"] = Route(rss("Wire", [OSH, BISHKEK, DUSHANBE]))
    feeds = feeds_file(tmp_path, [web.url("/feed")], max_bytes=500)
    res = watch(feeds, str(tmp_path / "s.db"), *ALLOW)
    assert res.exit_code == 1 and "refused: oversize: feed over 500 bytes" in res.stderr


RULES = """
[[rule]]
name = "deaths in Central Asia"
when = "at_least"
field = "killed_best"
value = 10
countries = ["KZ", "KG", "TJ"]

[[rule]]
name = "shutdown"
when = "new"
types = ["communications_shutdown"]

[[sink]]
type = "jsonl"
path = "fired.jsonl"

[[sink]]
type = "webhook"
url = "{hook}"
secret_env = "SITREP_TEST_HOOK_SECRET"
backoff = 0
"""


def test_a_restarted_watch_neither_reingests_nor_realerts(web, tmp_path):
    web.routes["/feed"] = Route(rss("Wire", [ZHANAOZEN, DUSHANBE, OSH]))
    web.routes["/hook"] = Route(b"ok", fail_first=1)  # the first POST fails, the retry works
    rules = tmp_path / "alerts.toml"
    rules.write_text(RULES.format(hook=web.url("/hook")), encoding="utf-8")
    feeds, db = feeds_file(tmp_path, [web.url("/feed")]), str(tmp_path / "s.db")
    env = {"SITREP_TEST_HOOK_SECRET": "hook-key"}
    first = watch(feeds, db, *ALLOW, "--alerts", str(rules), env=env)
    assert first.exit_code == 0, first.output
    fired = [json.loads(x) for x in (tmp_path / "fired.jsonl").read_text().splitlines()]
    assert sorted((a["rule"], a["incident"]["country"]) for a in fired) == [
        ("deaths in Central Asia", "KZ"),
        ("shutdown", "TJ"),
    ]
    posts = [r for r in web.requests("/hook") if r.body]
    assert len(posts) == 3  # two alerts, one retry
    for p in posts:
        sig = "sha256=" + hmac.new(b"hook-key", p.body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(p.headers["x-sitrep-signature"], sig)
    # restart: the feed now repeats everything and adds a report on the same incident
    web.routes["/feed"] = Route(rss("Wire", [ZHANAOZEN_AGAIN, ZHANAOZEN, DUSHANBE, OSH]))
    second = watch(feeds, db, *ALLOW, "--alerts", str(rules), env=env)
    assert second.exit_code == 0, second.output
    assert "1 new of 4 (1 stored" in second.stderr
    assert n_docs(db) == 4
    assert len((tmp_path / "fired.jsonl").read_text().splitlines()) == 2
    assert len(web.requests("/hook")) == 3
    listed = json.loads(runner.invoke(app, ["alerts", "list", "--db", db, "-f", "json"]).stdout)
    assert len(listed) == 2 and all(a["error"] is None for a in listed)
    dry = runner.invoke(app, ["alerts", "test", str(rules), "--db", db, "-f", "jsonl"])
    assert dry.exit_code == 0 and dry.stdout == ""  # nothing left to fire


def test_alerts_run_fires_over_the_whole_store(web, tmp_path):
    web.routes["/feed"] = Route(rss("Wire", [ZHANAOZEN, OSH]))
    feeds, db = feeds_file(tmp_path, [web.url("/feed")]), str(tmp_path / "s.db")
    assert watch(feeds, db, *ALLOW).exit_code == 0  # no rules yet
    rules = tmp_path / "alerts.toml"
    rules.write_text(RULES.split("[[sink]]")[0] + '[[sink]]\ntype = "stdout"\n', encoding="utf-8")
    dry = runner.invoke(app, ["alerts", "test", str(rules), "--db", db, "-f", "jsonl"])
    assert [json.loads(x)["rule"] for x in dry.stdout.splitlines()] == ["deaths in Central Asia"]
    run = runner.invoke(app, ["alerts", "run", str(rules), "--db", db])
    assert run.exit_code == 0
    (alert,) = [json.loads(x) for x in run.stdout.splitlines()]
    assert alert["incident"]["killed_best"] == 12 and alert["crossing"] == "killed_best>=10"
    rerun = runner.invoke(app, ["alerts", "run", str(rules), "--db", db])
    assert rerun.stdout == "" and "0 alerts fired" in rerun.stderr


# ---------------------------------------------------------------- pages

PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Clashes in Osh | Example Post</title>
<meta name="author" content="Aida Bekova">
<meta property="og:site_name" content="Example Post">
<meta property="article:published_time" content="2025-05-02T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Clashes in Osh</h1>
<p>Police detained 15 traders in Osh on 2 May after a protest against new taxes turned into
clashes near the central bazaar, the city administration said.</p>
{more}
</article>
<footer>Copyright Example Post. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>"""
FILLER = (
    "<p>Traders had gathered in the morning and demanded that the new rules be withdrawn; "
    "officials promised talks with market representatives next week.</p>"
)


def test_a_page_is_stored_with_its_main_text_and_metadata(web, tmp_path):
    web.routes["/osh"] = Route(
        PAGE.format(more=FILLER).encode(), headers={"Content-Type": "text/html; charset=utf-8"}
    )
    db = str(tmp_path / "s.db")
    res = runner.invoke(app, ["fetch", web.url("/osh"), "--db", db, *ALLOW])
    assert res.exit_code == 0, res.output
    with Store(db) as s:
        (doc_id,) = s.documents_by_source(web.url("/osh"))
        d = s.document(doc_id)
    assert d["byline"] == "Aida Bekova" and d["outlet"] == "Example Post"
    assert d["title"].startswith("Clashes in Osh") and d["published"] == "2025-05-02"
    assert "detained 15 traders" in d["text"]
    assert "Subscribe" not in d["text"] and "Sport" not in d["text"]  # boilerplate gone
    claims = d["report"]["claims"]
    assert any(c["kind"] == "detained" and c["low"] == 15 for c in claims)


def test_an_oversize_page_is_cut_off_with_a_message(web, tmp_path):
    web.routes["/long"] = Route(PAGE.format(more=FILLER * 200).encode())
    db = str(tmp_path / "s.db")
    res = runner.invoke(app, ["fetch", web.url("/long"), "--db", db, "--max-bytes", "4000", *ALLOW])
    assert res.exit_code == 0, res.output
    assert "page cut off at 4000 bytes" in res.stderr
    with Store(db) as s:
        (doc_id,) = s.documents_by_source(web.url("/long"))
        flags = {
            f["flag"]: f["detail"] for f in s.document(doc_id)["report"]["document"]["quality"]
        }
    assert "page cut off at 4000 bytes" in flags["truncated"]


def test_fetch_refuses_loopback_with_one_line_and_records_it(web, tmp_path):
    web.routes["/osh"] = Route(PAGE.format(more="").encode())
    db = str(tmp_path / "s.db")
    res = runner.invoke(app, ["fetch", web.url("/osh"), "--db", db])
    assert res.exit_code == 2
    assert res.stderr.startswith("sitrep: error: ") and len(res.stderr.splitlines()) == 1
    assert "private_address" in res.stderr and web.log == []
    with Store(db) as s:
        assert [r["reason"] for r in st.refusals(s)] == ["private_address"]


def test_a_feed_can_fetch_each_entrys_page(web, tmp_path):
    web.routes["/osh"] = Route(PAGE.format(more=FILLER).encode())
    entry = {**OSH, "link": web.url("/osh"), "text": "Short summary."}
    web.routes["/feed"] = Route(rss("Wire", [entry]))
    p = tmp_path / "feeds.toml"
    p.write_text(
        f'[watch]\ninterval = 0\n[[feed]]\nurl = "{web.url("/feed")}"\nfetch_pages = true\n',
        encoding="utf-8",
    )
    db = str(tmp_path / "s.db")
    assert watch(str(p), db, *ALLOW).exit_code == 0
    with Store(db) as s:
        (doc_id,) = s.documents_by_source(web.url("/osh"))
        d = s.document(doc_id)
    assert "detained 15 traders" in d["text"] and d["byline"] == "Aida Bekova"
    assert d["published_at"] == "2025-05-02T10:00:00Z"  # the feed's date


# ---------------------------------------------------------------- schedule and config

T0 = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    "failures, interval, max_backoff, expected",
    [
        (0, 600, 3600, "2026-01-01T00:10:00Z"),
        (1, 600, 3600, "2026-01-01T00:20:00Z"),
        (2, 600, 3600, "2026-01-01T00:40:00Z"),
        (5, 600, 3600, "2026-01-01T01:00:00Z"),  # capped
        (3, 0, 3600, "2026-01-01T00:00:08Z"),  # an interval of 0 still backs off
    ],
)
def test_back_off_doubles_after_each_failure_up_to_the_cap(
    failures, interval, max_backoff, expected
):
    cfg = WatchConfig(interval=interval, jitter=0, max_backoff=max_backoff)
    s = st.State(url="x", failures=failures)
    assert next_poll(s, interval, cfg, T0, random.Random(0)) == expected


def test_jitter_stays_within_its_fraction():
    cfg = WatchConfig(jitter=0.2)
    rng = random.Random(1)
    times = {next_poll(st.State(url="x"), 1000, cfg, T0, rng) for _ in range(200)}
    assert min(times) >= "2026-01-01T00:13:20Z" and max(times) <= "2026-01-01T00:20:00Z"
    assert len(times) > 20  # it does vary


def test_a_feed_is_due_when_never_polled_or_its_time_has_come():
    assert is_due(st.State(url="x"), T0)
    assert is_due(st.State(url="x", next_poll="2026-01-01T00:00:00Z"), T0)
    assert not is_due(st.State(url="x", next_poll="2026-01-01T00:00:01Z"), T0)


def test_a_feed_not_due_is_not_polled_unless_all(web, tmp_path):
    web.routes["/feed"] = Route(rss("Wire", [OSH]))
    p = tmp_path / "feeds.toml"
    p.write_text(f'[watch]\ninterval = 3600\n[[feed]]\nurl = "{web.url("/feed")}"\n')
    db = str(tmp_path / "s.db")
    assert watch(str(p), db, *ALLOW).exit_code == 0
    res = watch(str(p), db, *ALLOW)
    assert len(web.requests("/feed")) == 1 and res.exit_code == 0
    assert watch(str(p), db, *ALLOW, "--all").exit_code == 0
    assert len(web.requests("/feed")) == 2


@pytest.mark.parametrize(
    "text, message",
    [
        ("[watch]\ninterval = 60\n", "no [[feed]] entries"),
        ('[[feed]]\nurl = "file:///etc/passwd"\n', "feed.0.url"),
        ('[[feed]]\nurl = "https://a.example/f"\nevery = 3\n', "feed.0.every"),
        ('[watch]\njitter = 2\n[[feed]]\nurl = "https://a.example/f"\n', "watch.jitter"),
        ('[watch]\nallow_networks = ["lan"]\n[[feed]]\nurl = "https://a.example/f"\n', "lan"),
        (
            '[[feed]]\nurl = "https://a.example/f"\n[[feed]]\nurl = "https://a.example/f"\n',
            "listed twice",
        ),  # fmt: skip
        ("[[feed]\n", "not valid TOML"),
    ],
)
def test_a_bad_feeds_file_is_one_clear_error(tmp_path, text, message):
    p = tmp_path / "feeds.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(p)
    assert message in str(e.value)
    res = runner.invoke(app, ["watch", str(p), "--db", str(tmp_path / "s.db"), "--once"])
    assert res.exit_code == 2 and res.stderr.startswith("sitrep: error: ")
    assert len(res.stderr.splitlines()) == 1


def test_the_example_feeds_file_loads():
    from conftest import ROOT

    cfg = load_config(ROOT / "examples" / "feeds.toml")
    assert len(cfg.feed) == 2 and cfg.watch.allow_networks == []


# ---------------------------------------------------------------- the store, both dialects


def test_feed_state_and_refusals_on_both_dialects(store, web, tmp_path):
    """The cycle itself (no CLI), on SQLite and PostgreSQL: entries once, 304, a refusal."""
    from sitrep.sources.watch import cycle, policy_of

    web.routes["/feed"] = Route(rss("Wire", [OSH, BISHKEK]), etag='"e1"')
    web.routes["/bomb"] = Route(BILLION_LAUGHS)
    cfg = load_config(feeds_file(tmp_path, [web.url("/feed"), web.url("/bomb")]))
    policy = policy_of(cfg.watch, ["127.0.0.0/8"])
    first = cycle(store, cfg, policy, extract=False)
    assert [(r.status, r.stored) for r in first] == [("new", 2), ("refused", 0)]
    second = cycle(store, cfg, policy, extract=False)
    assert [r.status for r in second] == ["unchanged"]  # the bomb backs off (2 s)
    second = cycle(store, cfg, policy, extract=False, every_feed=True)
    assert [r.status for r in second] == ["unchanged", "refused"]
    assert web.requests("/feed")[2].headers["if-none-match"] == '"e1"'
    web.routes["/feed"] = Route(rss("Wire", [DUSHANBE, OSH, BISHKEK]))  # new ETag-less version
    third = cycle(store, cfg, policy, extract=False, every_feed=True)
    assert (third[0].new, third[0].stored) == (1, 1)
    assert store.counts()["documents"] == 3
    states = {s["url"]: s for s in st.all_states(store)}
    assert states[web.url("/bomb")]["failures"] == 3
    assert states[web.url("/feed")]["failures"] == 0 and states[web.url("/feed")]["items_seen"] == 3
    assert [r["reason"] for r in st.refusals(store)] == ["entity_expansion"] * 3


def test_the_loop_sleeps_until_the_next_feed_is_due(store, web, tmp_path):
    from sitrep.sources.watch import policy_of, run

    web.routes["/feed"] = Route(rss("Wire", [OSH]))
    p = tmp_path / "feeds.toml"
    p.write_text(f'[watch]\ninterval = 30\njitter = 0\n[[feed]]\nurl = "{web.url("/feed")}"\n')
    cfg = load_config(p)
    slept: list[float] = []
    cycles: list[list] = []
    run(store, cfg, policy_of(cfg.watch, ["127.0.0.0/8"]), extract=False, sleep=slept.append,
        on_cycle=cycles.append, max_cycles=3)  # fmt: skip
    assert len(cycles) == 3 and len(cycles[0]) == 1
    assert cycles[1] == [] and cycles[2] == []  # the fake sleep did not let 30 s pass
    assert len(slept) == 2 and all(25 <= s <= 30 for s in slept)
    assert len(web.requests("/feed")) == 1


@pytest.mark.parametrize(
    "content_type, body, message",
    [
        ("application/rss+xml", rss("Wire", [OSH]), "this is a feed"),
        ("application/atom+xml; charset=utf-8", b"<feed/>", "this is a feed"),
        (
            "image/png",
            b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
            "not a web page (content-type image/png)",
        ),
        ("application/pdf", b"%PDF-1.4", "not a web page"),
        ("text/html", b"<html><body><script>var a = 1;</script></body></html>", "no main text"),
    ],
)
def test_fetch_says_why_a_url_is_not_a_page(web, tmp_path, content_type, body, message):
    web.routes["/x"] = Route(body, headers={"Content-Type": content_type})
    res = runner.invoke(app, ["fetch", web.url("/x"), "--db", str(tmp_path / "s.db"), *ALLOW])
    assert res.exit_code == 2 and message in res.stderr
    assert len(res.stderr.splitlines()) == 1


def test_a_plain_text_page_is_the_report_as_it_is(web, tmp_path):
    text = "В Оше 2 мая торговцы вышли на акцию протеста против повышения налогов.\n"
    web.routes["/t"] = Route(text.encode(), headers={"Content-Type": "text/plain; charset=utf-8"})
    res = runner.invoke(app, ["fetch", web.url("/t"), "--print", *ALLOW])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    assert report["document"]["text"] == text and report["document"]["lang"] == "ru"


# ---------------------------------------------------------------- a real restart


def _watch_until(cmd: list[str], want: str, timeout: float = 120) -> tuple[int, str]:
    """Run `sitrep watch` (the long-running loop) until stderr shows `want`, then stop it with
    SIGTERM (as systemd or docker would; SIGINT may be ignored when tests run in the
    background)."""
    import signal
    import subprocess
    import sys
    import threading

    proc = subprocess.Popen(
        [sys.executable, "-c", "from sitrep.cli import main; main()", *cmd],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    watchdog = threading.Timer(timeout, proc.kill)  # bounded: never hangs the suite
    watchdog.start()
    lines = []
    try:
        for line in proc.stderr:
            lines.append(line)
            if want in line:
                proc.send_signal(signal.SIGTERM)
                break
        rest = proc.stderr.read()
        code = proc.wait()
    finally:
        watchdog.cancel()
    return code, "".join(lines) + rest


def test_a_killed_watch_resumes_from_the_store(web, tmp_path):
    web.routes["/feed"] = Route(rss("Wire", [OSH, BISHKEK]), etag='"r1"')
    feeds, db = feeds_file(tmp_path, [web.url("/feed")]), str(tmp_path / "s.db")
    cmd = ["watch", feeds, "--db", db, "--no-extract", *ALLOW]
    code, err = _watch_until(cmd, "2 new of 2")
    assert code == 130 and "interrupted" in err, err
    code, err = _watch_until(cmd, f"{web.url('/feed')}: unchanged")
    assert code == 130, err
    assert "new of" not in err  # nothing ingested again after the restart
    assert n_docs(db) == 2
    assert all(r.headers.get("if-none-match") == '"r1"' for r in web.requests("/feed")[1:])


@pytest.mark.parametrize(
    "args, shown",
    [
        (["watch", "--help"], ["[[feed]]", "--allow-net", "--once", "--all", "127.0.0.0/8"]),
        (["fetch", "--help"], ["--max-bytes", "--print", "byline"]),
        (["alerts", "test", "--help"], ["[[rule]]", "at_least"]),
        (["sources", "--help"], ["status", "refusals"]),
    ],
)
def test_help_teaches_the_config_keys(args, shown):
    res = runner.invoke(app, args, env={"COLUMNS": "120"})
    assert res.exit_code == 0
    for s in shown:
        assert s in res.stdout, s

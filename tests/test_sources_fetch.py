"""Safe fetching (sitrep.sources.fetch): which addresses are refused, redirects re-checked,
bounded size and time. Traffic goes only to a server on 127.0.0.1; refused addresses are
refused before any connection is made."""

from __future__ import annotations

import gzip
import ipaddress
import socket
import threading

import pytest

from sitrep.sources.fetch import (
    FetchFailed,
    FetchPolicy,
    FetchRefused,
    address_refusal,
    fetch,
    parse_networks,
)
from webserver import Route, WebServer

LOOPBACK = FetchPolicy(allow_networks=parse_networks(["127.0.0.0/8"]))


@pytest.fixture
def web():
    w = WebServer()
    yield w
    w.close()


@pytest.mark.parametrize(
    "addr, refused",
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped: judged as the IPv4 address
        ("10.0.0.5", "private"),
        ("172.16.3.4", "private"),
        ("192.168.1.1", "private"),
        ("fc00::1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("100.64.0.1", "not a public"),  # carrier-grade NAT
        ("8.8.8.8", None),
        ("93.184.216.34", None),
        ("2001:4860:4860::8888", None),
    ],
)
def test_non_public_addresses_are_refused_by_default(addr, refused):
    why = address_refusal(ipaddress.ip_address(addr), FetchPolicy())
    if refused is None:
        assert why is None
    else:
        assert why is not None and refused in why


@pytest.mark.parametrize(
    "allow, addr, ok",
    [
        (["127.0.0.0/8"], "127.0.0.1", True),
        (["127.0.0.0/8"], "10.0.0.5", False),  # allowing loopback allows nothing else
        (["127.0.0.0/8"], "::1", False),
        (["10.0.0.0/24"], "10.0.0.5", True),
        (["10.0.0.0/24"], "10.0.1.5", False),
        (["::1/128"], "::1", True),
    ],
)
def test_only_the_networks_named_are_allowed(allow, addr, ok):
    policy = FetchPolicy(allow_networks=parse_networks(allow))
    assert (address_refusal(ipaddress.ip_address(addr), policy) is None) is ok


def test_a_bad_network_is_a_clear_error():
    with pytest.raises(ValueError, match="not an IP network: 'localhost'"):
        parse_networks(["localhost"])


def test_loopback_needs_the_explicit_option(web):
    web.routes["/a"] = Route(b"hello")
    with pytest.raises(FetchRefused) as e:
        fetch(web.url("/a"), FetchPolicy())
    assert e.value.reason == "private_address"
    assert web.log == []  # refused before connecting
    assert fetch(web.url("/a"), LOOPBACK).body == b"hello"


def test_a_host_name_is_checked_by_its_addresses(web):
    port = web.httpd.server_address[1]
    with pytest.raises(FetchRefused, match="loopback"):
        fetch(f"http://localhost:{port}/a", FetchPolicy())


@pytest.mark.parametrize(
    "target",
    [
        "http://10.1.2.3/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://192.168.0.1:8080/",
        "http://[fd00::1]/",
    ],
)
def test_a_redirect_to_a_private_address_is_refused(web, target):
    web.routes["/r"] = Route(status=302, headers={"Location": target})
    with pytest.raises(FetchRefused) as e:
        fetch(web.url("/r"), LOOPBACK)
    assert e.value.reason == "private_address"
    assert e.value.url == target
    assert [r.path for r in web.log] == ["/r"]


def test_a_redirect_to_an_allowed_address_is_followed(web):
    web.routes["/r"] = Route(status=301, headers={"Location": "/final"})
    web.routes["/final"] = Route(b"done")
    resp = fetch(web.url("/r"), LOOPBACK)
    assert resp.body == b"done" and resp.url == web.url("/final")
    assert resp.redirects == [web.url("/r")]


def test_redirects_are_bounded(web):
    web.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    policy = FetchPolicy(allow_networks=LOOPBACK.allow_networks, max_redirects=3)
    with pytest.raises(FetchRefused) as e:
        fetch(web.url("/loop"), policy)
    assert e.value.reason == "too_many_redirects"
    assert len(web.requests("/loop")) == 4


@pytest.mark.parametrize(
    "url, reason",
    [
        ("file:///etc/passwd", "scheme"),
        ("ftp://example.org/x", "scheme"),
        ("gopher://example.org/", "scheme"),
        ("http://user:pw@example.org/", "bad_url"),
        ("http:///nohost", "bad_url"),
    ],
)
def test_urls_that_are_not_plain_http_are_refused(url, reason):
    with pytest.raises(FetchRefused) as e:
        fetch(url, FetchPolicy())
    assert e.value.reason == reason


def test_a_redirect_to_another_scheme_is_refused(web):
    web.routes["/r"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchRefused) as e:
        fetch(web.url("/r"), LOOPBACK)
    assert e.value.reason == "scheme"


def test_an_oversize_body_is_cut_at_the_limit(web):
    web.routes["/big"] = Route(b"x" * 50_000)
    policy = FetchPolicy(allow_networks=LOOPBACK.allow_networks, max_bytes=10_000)
    resp = fetch(web.url("/big"), policy)
    assert resp.truncated and len(resp.body) == 10_000
    small = fetch(web.url("/big"), LOOPBACK)
    assert not small.truncated and len(small.body) == 50_000


def test_a_compression_bomb_is_cut_after_decompression(web):
    web.routes["/gz"] = Route(
        gzip.compress(b"\0" * 5_000_000), headers={"Content-Encoding": "gzip"}
    )
    policy = FetchPolicy(allow_networks=LOOPBACK.allow_networks, max_bytes=100_000)
    resp = fetch(web.url("/gz"), policy)
    assert resp.truncated and len(resp.body) == 100_000


def test_gzip_is_decoded(web):
    web.routes["/gz"] = Route(
        gzip.compress("привіт".encode()), headers={"Content-Encoding": "gzip"}
    )
    assert fetch(web.url("/gz"), LOOPBACK).body.decode() == "привіт"


def test_an_error_status_is_a_failure_not_a_refusal(web):
    with pytest.raises(FetchFailed) as e:
        fetch(web.url("/missing"), LOOPBACK)
    assert e.value.reason == "http_status" and "404" in e.value.detail


def test_a_silent_server_times_out():
    """A server that accepts and never answers: the fetch gives up (reason, not duration)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    conns = []
    t = threading.Thread(target=lambda: conns.append(srv.accept()), daemon=True)
    t.start()
    policy = FetchPolicy(allow_networks=LOOPBACK.allow_networks, timeout=0.3)
    try:
        with pytest.raises(FetchFailed) as e:
            fetch(f"http://127.0.0.1:{srv.getsockname()[1]}/", policy)
        assert e.value.reason == "timeout"
    finally:
        for c, _ in conns:
            c.close()
        srv.close()


def test_conditional_get_gets_304(web):
    web.routes["/f"] = Route(b"<rss/>", etag='"v1"')
    first = fetch(web.url("/f"), LOOPBACK)
    assert first.status == 200 and first.headers["etag"] == '"v1"'
    again = fetch(web.url("/f"), LOOPBACK, headers={"If-None-Match": '"v1"'})
    assert again.status == 304 and again.body == b""


def test_a_server_dripping_bytes_cannot_stretch_the_deadline():
    """Headers, then one byte at a time: each byte arrives well within a socket timeout, yet
    the fetch gives up at its deadline (0.5 s), long before the drip ends (10 s). What is
    asserted is the reason and that the client hung up first, not a duration."""
    import time

    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    stop = threading.Event()
    finished = []

    def drip() -> None:
        conn, _ = srv.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
            for _ in range(200):
                if stop.is_set():
                    return
                try:
                    conn.sendall(b"x")
                except OSError:
                    return
                time.sleep(0.05)
            finished.append(True)

    t = threading.Thread(target=drip, daemon=True)
    t.start()
    policy = FetchPolicy(allow_networks=LOOPBACK.allow_networks, timeout=0.5)
    try:
        with pytest.raises(FetchFailed) as e:
            fetch(f"http://127.0.0.1:{srv.getsockname()[1]}/", policy)
        assert e.value.reason == "timeout"
        assert not finished  # the client did not wait for the drip to end
    finally:
        stop.set()
        t.join(timeout=15)
        srv.close()

"""Safe fetching: whether a URL may be fetched, and fetching it within bounds.

A feed list or a link inside a feed is untrusted: it can point at the machine's own
services (127.0.0.1, 169.254.169.254, 10.x) or redirect there. So every connection
resolves the host itself, checks each address, and connects to a checked address only
(no second lookup an attacker could answer differently). That check runs for the first
URL and again for every redirect. Responses are bounded in bytes (also after
decompression), in total time and in the number of redirects. Proxies from the
environment are not used: the check must see the address actually connected to.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

USER_AGENT = "sitrep/0.1 (+https://github.com/sitrep; crisis report reader)"
MAX_BYTES = 5_000_000
TIMEOUT = 20.0  # seconds for the whole fetch, redirects included
MAX_REDIRECTS = 5
REDIRECTS = {301, 302, 303, 307, 308}

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class FetchRefused(Exception):
    """Fetching this URL is refused by policy; `reason` is a short code kept in the store."""

    def __init__(self, url: str, reason: str, detail: str) -> None:
        super().__init__(f"{url}: refused ({reason}): {detail}")
        self.url, self.reason, self.detail = url, reason, detail


class FetchFailed(Exception):
    """The fetch was allowed but did not succeed (network, timeout, HTTP error status)."""

    def __init__(self, url: str, reason: str, detail: str) -> None:
        super().__init__(f"{url}: failed ({reason}): {detail}")
        self.url, self.reason, self.detail = url, reason, detail


def parse_networks(values: Iterable[str]) -> tuple[IPNetwork, ...]:
    """CIDR strings ("127.0.0.0/8", "::1") -> networks; a bad one raises ValueError naming it."""
    out = []
    for v in values:
        try:
            out.append(ipaddress.ip_network(v.strip(), strict=False))
        except ValueError:
            raise ValueError(f"not an IP network: {v!r} (expected e.g. 127.0.0.0/8)") from None
    return tuple(out)


@dataclass(frozen=True)
class FetchPolicy:
    """The bounds of one fetch. `allow_networks`: non-public networks allowed anyway
    (for tests and intranets only: nothing is allowed by default)."""

    allow_networks: tuple[IPNetwork, ...] = ()
    max_bytes: int = MAX_BYTES
    timeout: float = TIMEOUT
    max_redirects: int = MAX_REDIRECTS
    user_agent: str = USER_AGENT


def address_refusal(ip: IPAddress, policy: FetchPolicy) -> str | None:
    """Why connecting to `ip` is refused (loopback, private, link-local ...), or None."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if any(ip in net for net in policy.allow_networks if net.version == ip.version):
        return None
    for test, what in (
        ("is_loopback", "loopback"),
        ("is_unspecified", "unspecified"),
        ("is_link_local", "link-local"),
        ("is_multicast", "multicast"),
        ("is_private", "private"),
        ("is_reserved", "reserved"),
    ):
        if getattr(ip, test):
            return f"{ip} is a {what} address"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


def checked_addresses(host: str, port: int, policy: FetchPolicy, url: str) -> list[tuple]:
    """The resolved socket addresses of `host` that policy allows; refused if none is."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise FetchFailed(url, "dns", f"cannot resolve {host!r}: {e}") from None
    allowed, refused = [], []
    for family, _type, proto, _canon, sockaddr in infos:
        ip = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
        why = address_refusal(ip, policy)
        (refused if why else allowed).append(why or (family, proto, sockaddr))
    if not allowed:
        raise FetchRefused(url, "private_address", refused[0] if refused else f"{host}: no address")
    return allowed


def _connector(policy: FetchPolicy, url: str):
    """A replacement for socket.create_connection that connects to checked addresses only."""

    def create_connection(address, timeout=None, source_address=None, **_kw):
        host, port = address
        err: OSError | None = None
        for family, proto, sockaddr in checked_addresses(host, port, policy, url):
            sock = socket.socket(family, socket.SOCK_STREAM, proto)
            try:
                if timeout is not None:
                    sock.settimeout(timeout)
                sock.connect(sockaddr)
                return sock
            except OSError as e:
                sock.close()
                err = e
        raise err or OSError(f"cannot connect to {host}")

    return create_connection


@dataclass
class Response:
    url: str  # after redirects
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes = b""
    truncated: bool = False  # cut at policy.max_bytes
    redirects: list[str] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            k, _, v = part.partition("=")
            if k.strip().lower() == "charset" and v.strip():
                return v.strip().strip('"')
        return None


def fetch(
    url: str,
    policy: FetchPolicy,
    *,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    body: bytes | None = None,
) -> Response:
    """Fetch `url` within the policy's bounds; 304 and 2xx are returned, the rest raise.

    Raises FetchRefused (policy: scheme, address, redirects) or FetchFailed."""
    deadline = time.monotonic() + policy.timeout
    hops: list[str] = []
    current = url
    while True:
        resp = _one(current, policy, headers or {}, method, body, deadline)
        if resp.status in REDIRECTS and "location" in resp.headers:
            if len(hops) >= policy.max_redirects:
                raise FetchRefused(url, "too_many_redirects", f"more than {policy.max_redirects}")
            hops.append(current)
            current = urljoin(current, resp.headers["location"])
            if resp.status == 303 or (resp.status in (301, 302) and method == "POST"):
                method, body = "GET", None
            continue
        resp.redirects = hops
        if resp.status == 304 or 200 <= resp.status < 300:
            return resp
        raise FetchFailed(current, "http_status", f"HTTP {resp.status}")


def _one(url: str, policy, headers, method, body, deadline) -> Response:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchRefused(url, "scheme", f"only http and https are fetched, not {parts.scheme!r}")
    if not parts.hostname:
        raise FetchRefused(url, "bad_url", "no host")
    if parts.username or parts.password:
        raise FetchRefused(url, "bad_url", "credentials in the URL are not sent")
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchFailed(url, "timeout", f"over {policy.timeout:g}s")
    try:
        port = parts.port
    except ValueError:
        raise FetchRefused(url, "bad_url", "bad port") from None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname  # IPv6 literal
    if parts.scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            host, port, timeout=remaining, context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(host, port, timeout=remaining)
    conn._create_connection = _connector(policy, url)  # every hop re-checks its address
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    send = {"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate", **headers}
    try:
        conn.request(method, path, body=body, headers=send)
        raw = conn.getresponse()
        hdrs = {k.lower(): v for k, v in raw.getheaders()}
        resp = Response(url=url, status=raw.status, headers=hdrs)
        if raw.status not in REDIRECTS and raw.status != 304 and method != "HEAD":
            resp.body, resp.truncated = _read(raw, conn.sock, hdrs, policy, deadline, url)
        return resp
    except (FetchRefused, FetchFailed):
        raise
    except TimeoutError:
        raise FetchFailed(url, "timeout", f"over {policy.timeout:g}s") from None
    except ssl.SSLError as e:
        raise FetchFailed(url, "tls", str(e)) from None
    except (OSError, http.client.HTTPException) as e:
        raise FetchFailed(url, "network", f"{type(e).__name__}: {e}") from None
    finally:
        conn.close()


def _read(raw, sock, hdrs, policy: FetchPolicy, deadline: float, url: str) -> tuple[bytes, bool]:
    """The body, decompressed, cut at max_bytes (True when cut). Time-bounded too: each read
    takes what has arrived (read1) with the time left as its timeout, so a server dripping
    a byte at a time cannot stretch the fetch past the deadline."""
    enc = hdrs.get("content-encoding", "identity").strip().lower()
    if enc in ("gzip", "x-gzip"):
        dec = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif enc == "deflate":
        dec = zlib.decompressobj()
    elif enc in ("identity", ""):
        dec = None
    else:
        raise FetchFailed(url, "encoding", f"unsupported content-encoding {enc!r}")
    out = bytearray()
    limit = policy.max_bytes
    while len(out) <= limit:
        left = deadline - time.monotonic()
        if left <= 0:
            raise FetchFailed(url, "timeout", f"body not read within {policy.timeout:g}s")
        if sock is not None:
            sock.settimeout(left)
        chunk = raw.read1(65536)
        if not chunk:
            break
        if dec is not None:
            try:
                chunk = dec.decompress(chunk, limit + 1 - len(out))
            except zlib.error as e:
                raise FetchFailed(url, "encoding", f"bad {enc} data: {e}") from None
        out += chunk
    if dec is not None and len(out) <= limit:
        out += dec.flush()[: limit + 1 - len(out)]
    truncated = len(out) > limit
    return bytes(out[:limit]), truncated

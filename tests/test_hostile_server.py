"""A hostile web server on 127.0.0.x, port 0: bombs, trickles, loops and lies, by route."""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import brotli
import pytest
import redis

from aggregator.embedded_redis import EmbeddedRedis

MIB = 1024 * 1024
BOMB_SIZE = 17 * MIB  # one MiB over DOWNLOAD_MAXSIZE

ARTICLE_TEXT = (
    "The river authority opened the new dam on Tuesday after nine years of work. "
    "Engineers said the reservoir would supply three towns through the dry months, "
    "and farmers downstream welcomed the steadier flow. The project cost more than "
    "planned, but the regional council approved the final budget without debate."
)
#: The article page the good sources link to.
GOOD_HTML = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Dam opens</title></head>"
    f"<body><article><h1>Dam opens</h1><p>{ARTICLE_TEXT}</p><p>{ARTICLE_TEXT}</p>"
    "</article></body></html>"
)

Route = Callable[["_Handler"], None]


def rss(*links: str, title: str = "Hostile") -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title><link>{link}</link><guid>g{i}</guid></item>"
        for i, link in enumerate(links)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title>{items}</channel></rss>"
    ).encode()


class HostileServer:
    """``routes`` maps a path to a function writing the response; ``log`` lists every path
    requested, so a test can assert that nothing was fetched."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[str] = []
        self.stopping = threading.Event()
        self.httpd = _Server((host, 0), _Handler)
        self.httpd.hostile = self  # type: ignore[attr-defined]
        self.host = host
        self.port = self.httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def fetched(self, path: str) -> bool:
        return any(p.split("?")[0] == path for p in self.log)

    def __enter__(self) -> HostileServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a crawler hanging up on a bomb or a trickle is the point, not an error


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        server: HostileServer = self.server.hostile  # type: ignore[attr-defined]
        server.log.append(self.path)
        route = server.routes.get(urlsplit(self.path).path)
        if route is None:
            self.send(b"not here", status=404, content_type="text/plain")
            return
        # The crawler hanging up on a bomb or a trickle is what should happen.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route(self)

    def send(
        self,
        body: bytes,
        *,
        status: int = 200,
        content_type: str = "application/rss+xml",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send(b"", status=302, content_type="text/plain", headers={"Location": location})

    def query(self, name: str) -> str:
        return parse_qs(urlsplit(self.path).query)[name][0]

    def log_message(self, format: str, *args: object) -> None:
        pass


# Behaviours, each a route function.


def body(data: bytes | str, content_type: str = "application/rss+xml") -> Route:
    raw = data.encode() if isinstance(data, str) else data
    return lambda h: h.send(raw, content_type=content_type)


def bomb(encoding: str) -> Route:
    """A few KiB on the wire that decompress to more than DOWNLOAD_MAXSIZE."""
    zeros = b"\0" * BOMB_SIZE
    compress = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}
    packed = compress[encoding](zeros)
    return lambda h: h.send(packed, headers={"Content-Encoding": encoding})


def oversize(declared: bool) -> Route:
    """More than DOWNLOAD_MAXSIZE, with a Content-Length, or chunked with none."""
    chunk = b"<!-- " + b"x" * (MIB - 9) + b" -->"

    def route(h: _Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        if declared:
            h.send_header("Content-Length", str(BOMB_SIZE))
        else:
            h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        for _ in range(BOMB_SIZE // MIB):
            h.wfile.write(chunk if declared else b"%x\r\n%s\r\n" % (len(chunk), chunk))

    return route


def trickle(h: _Handler) -> None:
    """Headers at once, then one byte every 0.1 s for a minute: never done in time."""
    server: HostileServer = h.server.hostile  # type: ignore[attr-defined]
    h.send_response(200)
    h.send_header("Content-Type", "application/rss+xml")
    h.send_header("Content-Length", "600")
    h.end_headers()
    for _ in range(600):
        if server.stopping.is_set():
            return
        h.wfile.write(b" ")
        h.wfile.flush()
        time.sleep(0.1)


def stall(h: _Handler) -> None:
    """Accepts the request and never answers."""
    server: HostileServer = h.server.hostile  # type: ignore[attr-defined]
    server.stopping.wait(60)


def redirect_to(location: str) -> Route:
    return lambda h: h.redirect(location)


def redirect_chain(server: HostileServer, name: str, length: int, target: str) -> str:
    """``length`` redirects in a row ending at ``target``; returns the first URL."""
    for i in range(length):
        nxt = target if i == length - 1 else server.url(f"/{name}/{i + 1}")
        server.routes[f"/{name}/{i}"] = redirect_to(nxt)
    return server.url(f"/{name}/0")


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private embedded Redis for the hostile modules (import this fixture to use it).

    The shared test Redis may hold a million keys of other suites, and conftest's cleanup
    scans them all after every test; here that scan sees only this module's keys.
    """
    server = EmbeddedRedis(tmp_path_factory.mktemp("hostile-redis"))
    server.start()
    yield server.url
    server.release(redis.Redis.from_url(server.url))


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    with HostileServer() as server:
        yield server


def test_hostile_server_serves_its_routes(hostile: HostileServer) -> None:
    """The server itself: a route answers and the log records it."""
    import urllib.request

    hostile.routes["/good.xml"] = body(rss(hostile.url("/a")))
    with urllib.request.urlopen(hostile.url("/good.xml")) as response:
        assert b"<rss" in response.read()
    assert hostile.fetched("/good.xml")


# Hostile content.

#: The lines a feed parser must never read into an article: /etc/passwd's first line.
PASSWD_MARKER = "root:"


def lying_charset(encoding: str, text: str) -> Route:
    """A page that declares UTF-8 (header and meta) but is really ``encoding``."""
    html = (
        "<!doctype html><html><head><meta charset='utf-8'><title>Lying charset</title>"
        f"</head><body><article><h1>Lying charset</h1><p>{text}</p><p>{text}</p></article>"
        "</body></html>"
    )
    return body(html.encode(encoding), "text/html; charset=utf-8")


def many_links(count: int) -> Route:
    links = "".join(f"<li><a href='/l/{i}'>link {i}</a></li>" for i in range(count))
    return body(f"<html><body><ul>{links}</ul></body></html>", "text/html")


def huge_line(size: int) -> Route:
    words = ("word " * (size // 5)).strip()
    return body(f"<html><body><article><p>{words}</p></article></body></html>", "text/html")


def billion_laughs(root: str, inner: str) -> bytes:
    """Nine levels of ten references each: 10^9 'lol's if expanded."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    return (
        f'<?xml version="1.0"?><!DOCTYPE {root} [{"".join(entities)}]>'
        + inner.replace("LOL", "&lol9;")
    ).encode()


def external_entity(root: str, system_id: str, inner: str) -> bytes:
    """XXE: an entity whose value is read from ``system_id`` if the parser resolves it."""
    return (
        f'<?xml version="1.0"?><!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{system_id}">]>'
        + inner.replace("XXE", "&xxe;")
    ).encode()

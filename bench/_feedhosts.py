"""Many small news sites, one per loopback address, for the many-sources benchmark.

``python -m bench._feedhosts --hosts N --port P [--fresh 20]`` serves, on 127.1.x.y:P for
each of N hosts: ``/robots.txt``, ``/feed.xml`` (RSS 2.0, 20 entries, an ETag, 304 on
If-None-Match) and ``/a/<k>.html`` (a short article). A control port on 127.0.0.1 answers
``/_stats`` (requests by kind and status) and ``/_change?every=20`` (every 20th host's feed
gets one new entry, so its ETag changes). ``--fresh N`` dates N entries of each feed from
yesterday (fetched by a crawl); the others are a year old (too old to fetch).

One asyncio process with a listening socket per address, HTTP/1.1 with keep-alive: cheap
enough to serve thousands of sites from one core, and apart from the crawl it serves.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import time
from collections import Counter
from email.utils import formatdate
from urllib.parse import parse_qs, urlsplit

ENTRIES = 20
_YEAR = 365 * 86400


def host_address(index: int) -> str:
    """The loopback address of host ``index`` (127.1.0.1, 127.1.0.2, ...)."""
    return f"127.1.{index // 250}.{index % 250 + 1}"


class Sites:
    """What every host serves: its feed's version (bumped by /_change) decides the ETag."""

    def __init__(self, hosts: int, port: int, fresh: int) -> None:
        self.hosts = hosts
        self.port = port
        self.fresh = fresh
        self.versions = [0] * hosts
        self.stats: Counter[str] = Counter()
        self.recent = (int(time.time()) // 86400 - 1) * 86400

    def index_of(self, address: str) -> int:
        _, _, high, low = (int(part) for part in address.split("."))
        return high * 250 + low - 1

    def feed(self, index: int) -> bytes:
        items = [
            self._item(index, k, self.recent + k if k < self.fresh else 0) for k in range(ENTRIES)
        ]
        items += [
            self._item(index, 1000 + v, self.recent + 3600 + v)
            for v in range(1, self.versions[index] + 1)
        ]
        channel = f"<title>Site {index}</title><link>{self._base(index)}/</link>"
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"{channel}{''.join(items)}</channel></rss>"
        ).encode()

    def _item(self, index: int, k: int, published: float) -> str:
        when = formatdate(published or self.recent - _YEAR + k, usegmt=True)
        url = f"{self._base(index)}/a/{k}.html"
        return (
            f"<item><title>Story {k} of site {index}</title><link>{url}</link>"
            f"<guid>{url}</guid><pubDate>{when}</pubDate></item>"
        )

    def article(self, index: int, k: str) -> bytes:
        words = " ".join(f"word{(index * 31 + int(k) * 7 + n) % 997}" for n in range(60))
        paragraphs = "".join(
            f"<p>Site {index} reports on story {k}, paragraph {n}: {words}.</p>" for n in range(6)
        )
        return (
            f"<!doctype html><html><head><title>Story {k} of site {index}</title></head>"
            f"<body><article><h1>Story {k} of site {index}</h1>{paragraphs}</article></body></html>"
        ).encode()

    def _base(self, index: int) -> str:
        return f"http://{host_address(index)}:{self.port}"

    def etag(self, index: int) -> str:
        return f'"v{self.versions[index]}"'


async def _serve_site(
    sites: Sites, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    address = writer.get_extra_info("sockname")[0]
    index = sites.index_of(address)
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1]
            headers = {
                k.strip().lower(): v.strip()
                for k, _, v in (line.partition(":") for line in lines[1:] if line)
            }
            status, kind, body, extra = _answer(sites, index, path, headers)
            sites.stats[f"{kind}/{status}"] += 1
            writer.write(
                f"HTTP/1.1 {status} X\r\nContent-Length: {len(body)}\r\n{extra}\r\n".encode() + body
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


def _answer(
    sites: Sites, index: int, path: str, headers: dict[str, str]
) -> tuple[int, str, bytes, str]:
    if path == "/robots.txt":
        return 200, "robots", b"User-agent: *\nAllow: /\n", "Content-Type: text/plain\r\n"
    if path == "/feed.xml":
        etag = sites.etag(index)
        if headers.get("if-none-match") == etag:
            return 304, "feed", b"", f"ETag: {etag}\r\n"
        return (
            200,
            "feed",
            sites.feed(index),
            f"ETag: {etag}\r\nContent-Type: application/rss+xml\r\n",
        )
    if path.startswith("/a/") and path.endswith(".html"):
        return 200, "article", sites.article(index, path[3:-5]), "Content-Type: text/html\r\n"
    return 404, "other", b"not found", ""


async def _serve_control(
    sites: Sites, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    head = await reader.readuntil(b"\r\n\r\n")
    target = urlsplit(head.decode("latin-1").split(" ")[1])
    if target.path == "/_change":
        every = int(parse_qs(target.query).get("every", ["20"])[0])
        for index in range(0, sites.hosts, every):
            sites.versions[index] += 1
        body = json.dumps({"changed": len(range(0, sites.hosts, every))}).encode()
    else:
        body = json.dumps(dict(sites.stats)).encode()
    writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: %d\r\n\r\n" % len(body))
    writer.write(body)
    await writer.drain()
    writer.close()


async def main(hosts: int, port: int, control_port: int, fresh: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 4 * hosts + 1024)), hard))
    sites = Sites(hosts, port, fresh)
    addresses = [host_address(i) for i in range(hosts)]
    await asyncio.start_server(lambda r, w: _serve_site(sites, r, w), addresses, port, backlog=64)
    await asyncio.start_server(lambda r, w: _serve_control(sites, r, w), "127.0.0.1", control_port)
    print("ready", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hosts", type=int, required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--control-port", type=int, required=True)
    parser.add_argument("--fresh", type=int, default=0)
    args = parser.parse_args()
    asyncio.run(main(args.hosts, args.port, args.control_port, args.fresh))

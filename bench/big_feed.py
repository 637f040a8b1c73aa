"""A 100,000-item feed beside a healthy one: how long the healthy source's articles wait.

Two crawls in this process's run, as an operator runs them (``aggregator crawl``, a Redis
of the machine's, pages on 127.0.0.1): the healthy source alone (the baseline), then with
the big feed as its neighbour. The ratio of the two times to the healthy source's last
article says whether a big source delays the others (issue 17: 60 s instead of 5 s).
Results: bench/results/big-feed.md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import redis

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "big-feed.md"
REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
BIG_ITEMS = 100_000
HEALTHY = 20
#: A pass still running after this long is stopped (before issue 17 it would take hours).
LIMIT = 180.0
PARAGRAPH = "<p>" + "The harbour board met on Tuesday to weigh the dredging plan. " * 12 + "</p>"


def _rss(items: list[tuple[str, str, float]]) -> bytes:
    now = time.time()
    entries = "".join(
        f"<item><title>{t}</title><link>{u}</link>"
        f"<pubDate>{formatdate(now - age, usegmt=True)}</pubDate></item>"
        for u, t, age in items
    )
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{entries}"
            "</channel></rss>").encode()  # fmt: skip


class _Handler(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[bytes, str]]] = {}

    def do_GET(self) -> None:
        body, kind = self.pages.get(self.path, (b"not here", "text/plain"))
        self.send_response(200 if self.path in self.pages else 404)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve() -> str:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    healthy = [(f"{base}/h/{i}.html", f"Healthy {i}", i * 60.0) for i in range(HEALTHY)]
    for url, title, _ in healthy:
        page = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        _Handler.pages[url.removeprefix(base)] = (
            (page + PARAGRAPH.replace("Tuesday", title) * 4 + "</article></body></html>").encode(),
            "text/html",
        )
    _Handler.pages["/h/feed.xml"] = (_rss(healthy), "application/rss+xml")
    # A second host name for the big feed's pages: politeness paces hosts separately.
    big = [(f"http://localhost:{server.server_address[1]}/b/{i}", f"B{i}", i * 1.0)
           for i in range(BIG_ITEMS)]  # fmt: skip
    _Handler.pages["/big.xml"] = (_rss(big), "application/rss+xml")
    return base


def _crawl(base: str, with_big: bool) -> tuple[float, float, int]:
    """Seconds to the healthy source's last article, seconds for the pass, exit code."""
    prefix = f"bench:{uuid.uuid4().hex[:8]}:"
    client = redis.Redis.from_url(REDIS, decode_responses=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
    env |= {"REDIS_URL": REDIS, "AGGREGATOR_KEY_PREFIX": prefix,
            "AGGREGATOR_ALLOW_NETWORKS": "127.0.0.0/8,::1/128",
            "AGGREGATOR_DATA_DIR": tempfile.mkdtemp(),
            # No AutoThrottle: its pacing of the big feed's 200 pages (about 1 s each on
            # one host) would hide what the pass itself costs.
            "AGGREGATOR_SETTINGS": "aggregator_scrapy.settings.development"}  # fmt: skip
    add = [sys.executable, "-m", "aggregator", "sources", "import"]
    toml = Path(tempfile.mkdtemp()) / "sources.toml"
    records = [("healthy", f"{base}/h/feed.xml")] + (
        [("big", f"{base}/big.xml")] if with_big else []
    )
    toml.write_text("".join(f'[[sources]]\nname = "{n}"\nurl = "{u}"\n\n' for n, u in records))
    subprocess.run([*add, str(toml)], env=env, check=True, capture_output=True)
    start = time.monotonic()
    crawl = subprocess.Popen([sys.executable, "-m", "aggregator", "crawl"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    last = None
    while crawl.poll() is None or last is None:
        got = sum(1 for _, f in client.xrange(f"{prefix}articles")
                  if json.loads(f["article"])["source"] == "healthy")  # fmt: skip
        if got >= HEALTHY and last is None:
            last = time.monotonic() - start
        if crawl.poll() is not None and last is None:
            last = float("nan")
        if crawl.poll() is None and time.monotonic() - start > LIMIT:
            crawl.kill()  # exit code -9 in the table: stopped at LIMIT
            crawl.wait()
            last = float("nan") if last is None else last
        time.sleep(0.05)
    total = time.monotonic() - start
    for key in client.scan_iter(match=f"{prefix}*"):
        client.delete(key)
    return last, total, crawl.returncode


def main() -> int:
    base = _serve()
    alone = _crawl(base, with_big=False)
    beside = _crawl(base, with_big=True)
    feed_mb = len(_Handler.pages["/big.xml"][0]) / 1e6
    rows = [
        "| crawl | healthy source's 20th article | whole pass | exit |",
        "|---|---|---|---|",
        f"| healthy source alone (baseline) | {alone[0]:.1f} s | {alone[1]:.1f} s | {alone[2]} |",
        f"| beside a {BIG_ITEMS:,}-item feed ({feed_mb:.1f} MB) | {beside[0]:.1f} s "
        f"| {beside[1]:.1f} s | {beside[2]} |",
    ]
    text = (
        "# A big feed beside a healthy one (bench/big_feed.py)\n\n"
        + "\n".join(rows)
        + f"\n\nratio (beside / alone) for the healthy source: {beside[0] / alone[0]:.2f}\n"
        "\nDevelopment settings (no AutoThrottle), FEED_MAX_NEW_ENTRIES = 200 (the big feed's "
        "pages answer 404), feeds parsed in a thread, SCRAPER_SLOT_MAX_ACTIVE_SIZE = 64 MiB. "
        f"A pass still running after {LIMIT:.0f} s is stopped (exit -9).\n"
    )
    if "--no-write" not in sys.argv:  # e.g. run with another checkout's venv to compare
        RESULTS.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Helpers and fixtures for the consumer tests: articles, the schema, PostgreSQL, a proxy."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import psycopg
import pytest

from aggregator.models import Article, Attribution, Evidence

REPO = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((REPO / "schema" / "article.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
POSTGRES_URL = os.environ.get(
    "AGGREGATOR_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
PARAGRAPH = (
    "The council approved the new budget on Tuesday after a debate that lasted well into "
    "the evening, with members arguing over funding for schools, roads and libraries. "
)


def make_article(n: int, *, size: int = 1000, revision: int = 1) -> Article:
    """A realistic article of about ``size`` bytes of text."""
    return Article(
        url=f"https://news.example/{n}/story.html",
        source="example",
        feed_url="https://news.example/feed.xml",
        title=f"Story number {n}",
        text=(PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size],
        authors=["Jane Doe"],
        published="2026-11-25T10:00:00+00:00",
        language="en",
        attribution=Attribution(
            original_publisher="Example Wire",
            credit_lines=("(Example Wire)",),
            evidence=(Evidence("credit_line", "(Example Wire)", "text"),),
        ),
        story_id=f"story-{n}",
        fetched_at="2026-11-25T10:05:00+00:00",
        event="new" if revision == 1 else "update",
        revision=revision,
    )


def assert_valid(message: dict[str, Any]) -> None:
    """Fail with the schema's complaint unless ``message`` is a valid article message."""
    VALIDATOR.validate(message)


def consume_cli(env: dict[str, str], *args: str, **kwargs: Any) -> subprocess.Popen[str]:
    """``python -m aggregator consume ARGS`` in a subprocess."""
    return subprocess.Popen(
        [sys.executable, "-m", "aggregator", "consume", *args],
        env=env,
        cwd=REPO,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def wait_for(condition: Callable[[], bool], timeout: float = 20.0, what: str = "") -> None:
    """Poll ``condition`` until true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what or condition}")
        time.sleep(0.02)


def read_lines(path: Path) -> list[dict[str, Any]]:
    """The complete lines of a JSON lines file (a writer may be in mid-line)."""
    if not path.exists():
        return []
    *complete, _ = path.read_bytes().split(b"\n")
    return [json.loads(line) for line in complete]


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL sink URL naming a table of this test's own, dropped afterwards."""
    try:
        conn = psycopg.connect(POSTGRES_URL, connect_timeout=3, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL at {POSTGRES_URL} (AGGREGATOR_TEST_POSTGRES_URL): {exc}")
    table = f"test_articles_{uuid.uuid4().hex[:12]}"
    sep = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{sep}table={table}"
    conn.execute(f'DROP TABLE IF EXISTS "{table}"')
    conn.close()


def pg_rows(url: str) -> list[tuple[Any, ...]]:
    """(id, revision, message) of every row of the sink URL's table."""
    base, _, table = url.rpartition("table=")
    with psycopg.connect(base.rstrip("?&"), connect_timeout=3) as conn:
        try:
            return conn.execute(f'SELECT id, revision, message FROM "{table}"').fetchall()
        except psycopg.errors.UndefinedTable:
            return []  # the sink has not created it yet


class TcpProxy:
    """Forwards 127.0.0.1:port to ``target``; ``stop()`` cuts every connection and refuses
    new ones until ``start()`` (same port)."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target, self.port = target, 0
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        if self._listener is not None:
            _close(self._listener)  # shutdown() first: close() alone leaves accept() running
            self._listener = None
        with self._lock:
            for conn in self._conns:
                _close(conn)
            self._conns.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pipe, args=(a, b), daemon=True).start()


def _pipe(source: socket.socket, dest: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            dest.sendall(data)
    except OSError:
        pass
    _close(source)
    _close(dest)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()

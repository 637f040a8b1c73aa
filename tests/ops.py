"""Helpers for the operators' view: the JSON Schemas of schema/, and serve on a real port."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import redis
import uvicorn
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from aggregator.config import Config
from aggregator.web.app import create_app

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"


def validate(document: Any, name: str) -> None:
    """Raise jsonschema.ValidationError unless ``document`` fits schema/NAME.schema.json."""
    resources = [
        (path.name, Resource.from_contents(json.loads(path.read_text())))
        for path in SCHEMA_DIR.glob("*.schema.json")
    ]
    registry: Registry[Any] = Registry().with_resources(resources)
    schema = json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text())
    Draft202012Validator(schema, registry=registry).validate(document)


@contextmanager
def serving(client: redis.Redis, config: Config) -> Iterator[str]:
    """``aggregator serve``'s application on 127.0.0.1, a free port; yields its base URL."""
    server = uvicorn.Server(
        uvicorn.Config(create_app(client, config), host="127.0.0.1", port=0, log_config=None)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "serve did not start"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


class HangingProxy:
    """Forwards 127.0.0.1:port to ``target`` until ``hang()``; from then on it accepts
    connections and reads every byte but answers nothing, as a Redis stuck in a fork or a
    host whose TCP stack outlived its server."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.hung = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self._sockets: list[socket.socket] = []

    def hang(self) -> None:
        self.hung.set()

    def __enter__(self) -> HangingProxy:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        for sock in [self.listener, *self._sockets]:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: socket.socket, dest: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                if not self.hung.is_set():
                    dest.sendall(data)

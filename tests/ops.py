"""Helpers for the operators' view: the JSON Schemas of schema/, and serve on a real port."""

from __future__ import annotations

import json
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

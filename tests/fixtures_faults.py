"""Fixtures for the fault tests: a PostgreSQL role and database of the test's own."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from tests.fixtures_consumer import POSTGRES_URL


@dataclass(frozen=True)
class PgRole:
    """A login role owning a database of its own; ``admin`` runs SQL there as postgres."""

    name: str
    url: str  # the sink URL: the role, its database, table ``articles``
    admin: psycopg.Connection[Any]

    def run(self, statement: str) -> None:
        self.admin.execute(statement.format(role=self.name))

    def count(self, table: str = "articles") -> int:
        row = self.admin.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def disconnect(self) -> None:
        """Cut every session of the role (a lost connection, as after a failover)."""
        self.run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'")


@pytest.fixture
def pg_role() -> Iterator[PgRole]:
    """A fresh role and database per test, dropped afterwards; skips without PostgreSQL."""
    try:
        server = psycopg.connect(POSTGRES_URL, connect_timeout=3, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL at {POSTGRES_URL} (AGGREGATOR_TEST_POSTGRES_URL): {exc}")
    name = f"faults_{uuid.uuid4().hex[:10]}"
    server.execute(f"CREATE ROLE {name} LOGIN")
    server.execute(f"CREATE DATABASE {name} OWNER {name}")
    base = psycopg.conninfo.conninfo_to_dict(POSTGRES_URL)
    host, port = base.get("host", "127.0.0.1"), base.get("port", 5432)
    admin = psycopg.connect(
        psycopg.conninfo.make_conninfo(POSTGRES_URL, dbname=name), autocommit=True
    )
    try:
        yield PgRole(name, f"postgresql://{name}@{host}:{port}/{name}?table=articles", admin)
    finally:
        admin.close()
        server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        server.execute(f"DROP ROLE IF EXISTS {name}")
        server.close()

"""The PostgreSQL sink as DBAs hand it out: a table made in advance, a role without CREATE.

Each test runs ``aggregator consume`` in a subprocess against a real Redis and a database
and roles of this run's own, dropped afterwards.
"""

from __future__ import annotations

import re
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
import redis

from aggregator.keys import Keys
from aggregator.stream.articles import publish
from tests.cli import assert_one_line_error, run_cli
from tests.fixtures_consumer import POSTGRES_URL, make_article

DOCS = Path(__file__).resolve().parent.parent / "docs" / "consumers.md"


def doc_sql(name: str) -> str:
    """The SQL block of docs/consumers.md marked ``<!-- sql: NAME -->``: the tests run what
    the docs say, so the docs cannot drift."""
    match = re.search(rf"<!-- sql: {name} -->\n```sql\n(.*?)```", DOCS.read_text(), re.S)
    assert match, f"docs/consumers.md has no SQL block {name}"
    return match[1]


@dataclass(frozen=True)
class Database:
    """A database of this run's own; ``url(role)`` connects as that role (trust auth)."""

    name: str
    role: str

    def url(self, role: str | None = None) -> str:
        parts = urlsplit(POSTGRES_URL)
        user = role or parts.username or "postgres"
        netloc = f"{user}@{parts.hostname}:{parts.port or 5432}"
        return urlunsplit(parts._replace(netloc=netloc, path=f"/{self.name}"))

    def admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.url(), autocommit=True)


@pytest.fixture
def db() -> Iterator[Database]:
    try:
        server = psycopg.connect(POSTGRES_URL, connect_timeout=3, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL at {POSTGRES_URL} (AGGREGATOR_TEST_POSTGRES_URL): {exc}")
    suffix = uuid.uuid4().hex[:10]
    database = Database(f"agg_test_{suffix}", f"agg_writer_{suffix}")
    server.execute(f'CREATE ROLE "{database.role}" LOGIN')
    server.execute(f'CREATE DATABASE "{database.name}"')
    with database.admin() as admin:  # PostgreSQL < 15 lets everyone create in public
        admin.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    yield database
    server.execute(f'DROP DATABASE "{database.name}" WITH (FORCE)')
    server.execute(f'DROP ROLE "{database.role}"')
    server.close()


def published_three(client: redis.Redis, keys: Keys) -> None:
    for n in range(3):
        publish(client, keys, make_article(n))


def consume(
    env: dict[str, str], *args: str, sink: str | None = None
) -> subprocess.CompletedProcess[str]:
    extra = {"AGGREGATOR_SINK": sink} if sink else {}
    return run_cli("consume", "--group", "store", "--idle-exit", "1", *args, env={**env, **extra})


def rows(db: Database) -> list[tuple[object, ...]]:
    with db.admin() as admin:
        return admin.execute(
            "SELECT id, published, fetched_at FROM articles ORDER BY id"
        ).fetchall()


def test_a_precreated_table_and_a_role_with_only_select_insert_update(
    db: Database, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    with db.admin() as admin:
        admin.execute(doc_sql("create-table").replace("TO aggregator", f'TO "{db.role}"'))
    published_three(redis_client, keys)
    done = consume(cli_env, sink=db.url(db.role))  # the URL from AGGREGATOR_SINK
    assert done.returncode == 0, done.stderr
    stored = rows(db)
    assert [r[0] for r in stored] == sorted(make_article(n).id for n in range(3))
    # timestamptz: real instants, not strings
    assert stored[0][1] == datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
    assert stored[0][2] == datetime(2026, 11, 25, 10, 5, tzinfo=UTC)


def test_no_table_and_no_right_to_create_is_one_line_and_nothing_is_consumed(
    db: Database, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    published_three(redis_client, keys)
    for args in ((), ("--create-table",)):
        done = consume(cli_env, *args, sink=db.url(db.role))
        assert_one_line_error(done, "postgresql sink:", "articles")
    assert "may not create" in consume(cli_env, sink=db.url(db.role)).stderr
    assert redis_client.xinfo_groups(keys.stream) == [] or all(
        g["pending"] == 0 and g["last-delivered-id"] == "0-0"
        for g in redis_client.xinfo_groups(keys.stream)
    )


def test_the_table_is_created_when_asked_or_on_a_first_run_with_the_right(
    db: Database, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    published_three(redis_client, keys)
    with db.admin() as admin:
        admin.execute(f'GRANT CREATE ON SCHEMA public TO "{db.role}"')
    done = consume(cli_env, "--create-table", sink=db.url(db.role))
    assert done.returncode == 0, done.stderr
    assert len(rows(db)) == 3
    with db.admin() as admin:
        kinds = dict(admin.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'articles'"
        ).fetchall())  # fmt: skip
    assert kinds["published"] == kinds["fetched_at"] == "timestamp with time zone"


@pytest.mark.parametrize(
    ("prepare", "needles"),
    [
        ("ALTER TABLE articles DROP COLUMN story_id, DROP COLUMN stored_at",
         ("lacks column(s) story_id, stored_at",)),
        ("REVOKE UPDATE ON articles FROM {role}",
         ('lacks UPDATE on "articles"', "GRANT SELECT, INSERT, UPDATE")),
        ("ALTER TABLE articles DROP CONSTRAINT articles_pkey", ("unique index on id",)),
    ],
)  # fmt: skip
def test_a_table_that_cannot_take_the_upsert_is_one_line_naming_what_is_missing(
    db: Database, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys,
    prepare: str, needles: tuple[str, ...],
) -> None:  # fmt: skip
    with db.admin() as admin:
        admin.execute(doc_sql("create-table").replace("TO aggregator", f'TO "{db.role}"'))
        admin.execute(prepare.format(role=f'"{db.role}"'))
    published_three(redis_client, keys)
    done = consume(cli_env, sink=db.url(db.role))
    assert_one_line_error(done, "postgresql sink:", *needles)
    assert rows(db) == []


def test_an_old_text_table_works_warns_and_the_documented_migration_converts_it(
    db: Database, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    old = (
        doc_sql("create-table")
        .replace("timestamptz,", "text,")
        .replace("published timestamptz", "published text")
    )
    with db.admin() as admin:
        admin.execute(old.replace("TO aggregator", f'TO "{db.role}"'))
    published_three(redis_client, keys)
    done = consume(cli_env, sink=db.url(db.role))
    assert done.returncode == 0, done.stderr
    assert "published, fetched_at as text" in done.stderr and "migration" in done.stderr
    assert rows(db)[0][1] == "2026-11-25T10:00:00+00:00"
    with db.admin() as admin:
        admin.execute(doc_sql("migrate-timestamptz"))
    assert rows(db)[0][1] == datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def test_the_sink_from_a_named_variable_and_an_unset_one(
    db: Database, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    with db.admin() as admin:
        admin.execute(doc_sql("create-table").replace("TO aggregator", f'TO "{db.role}"'))
    published_three(redis_client, keys)
    unset = consume(cli_env, "--sink", "env:ARTICLES_DB")
    assert_one_line_error(unset, "env:ARTICLES_DB", "ARTICLES_DB is not set")
    done = consume({**cli_env, "ARTICLES_DB": db.url(db.role)}, "--sink", "env:ARTICLES_DB")
    assert done.returncode == 0, done.stderr
    assert len(rows(db)) == 3

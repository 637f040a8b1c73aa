"""The PostgreSQL sink's table: created only when asked or allowed, else checked, in one line.

DBAs hand out a table created in advance and a role with SELECT, INSERT and UPDATE on it;
the sink must work with exactly that. ``prepare_table`` therefore creates the table only
when it is missing and the operator asked (``--create-table``) or the role may create it
in the schema, and otherwise checks what the upsert needs: every column, a unique index
on ``id`` (ON CONFLICT), and the three privileges. What is missing is one ConfigError.
"""

from __future__ import annotations

import logging
from typing import Any

import psycopg
from psycopg import sql

from aggregator.errors import ConfigError

logger = logging.getLogger(__name__)

#: Every column the upsert writes, besides ``id``, ``message`` and ``stored_at``.
COLUMNS = (
    "revision",
    "event",
    "schema_version",
    "url",
    "canonical_url",
    "source",
    "title",
    "published",
    "language",
    "story_id",
    "duplicate_of",
    "fetched_at",
)
REQUIRED = ("id", *COLUMNS, "message", "stored_at")
#: Columns that hold instants; tables created before they were timestamptz hold text.
TIMESTAMPS = ("published", "fetched_at")
PRIVILEGES = ("SELECT", "INSERT", "UPDATE")
CREATE = """
CREATE TABLE IF NOT EXISTS {table} (
    id text PRIMARY KEY,
    revision integer NOT NULL,
    event text, schema_version integer, url text, canonical_url text, source text,
    title text, published timestamptz, language text, story_id text, duplicate_of text,
    fetched_at timestamptz,
    message jsonb NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now()
)"""
_DOCS = "docs/consumers.md"


def prepare_table(
    conn: psycopg.Connection[Any], names: tuple[str, ...], create: bool, *, first: bool = True
) -> None:
    """Make sure the table (``names``: table, or schema and table) can take the upsert;
    ConfigError saying what is missing if not. Runs in one transaction of its own. Only the
    ``first`` connection may create it: a table that vanishes later was moved by someone,
    and the sink waits for it instead of writing into a new, empty one."""
    table = sql.Identifier(*names)
    name = table.as_string(conn)
    with conn.transaction():
        if _regclass(conn, name) is None:
            if not first:
                raise ConfigError(f"postgresql sink: table {name} is gone")
            _create(conn, table, _schema(conn, names), create)
        else:
            _check(conn, name)


def _check(conn: psycopg.Connection[Any], name: str) -> None:
    columns = _columns(conn, name)
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise ConfigError(
            f"postgresql sink: table {name} lacks column(s) {', '.join(missing)} "
            f"(the columns are in {_DOCS})"
        )
    if not _unique_id(conn, name):
        raise ConfigError(
            f"postgresql sink: table {name} needs a primary key or unique index on id"
        )
    lacking = [p for p in PRIVILEGES if not _may(conn, name, p)]
    if lacking:
        raise ConfigError(
            f"postgresql sink: role {_user(conn)} lacks {', '.join(lacking)} on {name}: "
            f"GRANT SELECT, INSERT, UPDATE ON {name} TO {_user(conn)}"
        )
    text = [c for c in TIMESTAMPS if columns[c] != "timestamp with time zone"]
    if text:
        logger.warning("postgresql sink: %s holds %s as %s, not timestamptz; %s shows the "
                       "migration", name, ", ".join(text), columns[text[0]], _DOCS)  # fmt: skip


def _create(conn: psycopg.Connection[Any], table: sql.Identifier, schema: str, asked: bool) -> None:
    name = table.as_string(conn)
    if not asked and not _may_create(conn, schema):
        raise ConfigError(
            f"postgresql sink: no table {name}, and role {_user(conn)} may not create one in "
            f"schema {schema}: create it as {_DOCS} shows, or run with --create-table as a "
            "role that may"
        )
    try:
        with conn.transaction():
            conn.execute(sql.SQL(CREATE).format(table=table))
    except psycopg.errors.InsufficientPrivilege as exc:
        raise ConfigError(f"postgresql sink: cannot create {name}: {_first_line(exc)}") from None
    except psycopg.errors.UniqueViolation:
        return  # another consumer created it at the same moment
    logger.info("postgresql sink: created table %s", name)


def _regclass(conn: psycopg.Connection[Any], name: str) -> str | None:
    row = conn.execute("SELECT to_regclass(%s)::text", (name,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _columns(conn: psycopg.Connection[Any], name: str) -> dict[str, str]:
    rows = conn.execute(
        "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
        "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
        (name,),
    ).fetchall()
    return {str(column): str(kind) for column, kind in rows}


def _unique_id(conn: psycopg.Connection[Any], name: str) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
        "AND a.attnum = i.indkey[0] WHERE i.indrelid = %s::regclass AND i.indisunique "
        "AND i.indnkeyatts = 1 AND a.attname = 'id'",
        (name,),
    ).fetchone()
    return bool(row and row[0])


def _may(conn: psycopg.Connection[Any], name: str, privilege: str) -> bool:
    row = conn.execute("SELECT has_table_privilege(%s, %s)", (name, privilege)).fetchone()
    return bool(row and row[0])


def _may_create(conn: psycopg.Connection[Any], schema: str) -> bool:
    row = conn.execute(
        "SELECT has_schema_privilege(%s, 'CREATE') FROM pg_namespace WHERE nspname = %s",
        (schema, schema),
    ).fetchone()
    return bool(row and row[0])


def _schema(conn: psycopg.Connection[Any], names: tuple[str, ...]) -> str:
    """The table's schema when named (schema.table), else where CREATE TABLE would put it."""
    if len(names) == 2:
        return str(names[0])
    row = conn.execute("SELECT current_schema()").fetchone()
    return str(row[0]) if row and row[0] else "public"


def _user(conn: psycopg.Connection[Any]) -> str:
    return str(conn.info.user)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]

"""PostgreSQL: one row per article, upserted by article id (psycopg 3)."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import sql

from aggregator.errors import ConfigError
from aggregator.stream.sinks.base import Message, MessageRejected, SinkUnavailable
from aggregator.stream.sinks.pgtable import COLUMNS, prepare_table

logger = logging.getLogger(__name__)

# A redelivery (same revision) rewrites the same row; an older revision arriving late
# never replaces a newer one.
_UPSERT = """
INSERT INTO {table} AS t (id, {columns}, message) VALUES (%s, {values}, %s)
ON CONFLICT (id) DO UPDATE SET {updates}, message = EXCLUDED.message, stored_at = now()
WHERE t.revision <= EXCLUDED.revision"""


class PostgresSink:
    """Upserts every batch in one transaction into ``table``.

    The URL is libpq's; its ``table`` query parameter names the table (``schema.table``
    allowed), default ``articles``. A missing table is created when ``create_table`` or
    when the role may create it; an existing one is checked (``pgtable.prepare_table``).
    Lost connections become ``SinkUnavailable`` (the consumer retries and reconnects);
    values PostgreSQL refuses become ``MessageRejected``.
    """

    def __init__(self, url: str, *, connect_timeout: int = 5, create_table: bool = False) -> None:
        self._url, self._names = _split_table(url)
        self.table = sql.Identifier(*self._names)
        self._create = create_table
        self._timeout = connect_timeout
        self._conn: psycopg.Connection[Any] | None = None
        self._upsert = _upsert_statement(self.table)
        self._connection()  # a wrong URL fails at start-up, not at the first article

    def write(self, messages: Sequence[Message]) -> None:
        conn = self._connection()
        try:
            with conn.transaction(), conn.cursor() as cursor:
                cursor.executemany(self._upsert, [_row(m) for m in messages])
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            self.close()
            raise SinkUnavailable(f"postgresql: {_first_line(exc)}") from exc
        except (psycopg.DataError, psycopg.IntegrityError, psycopg.ProgrammingError) as exc:
            raise MessageRejected(f"postgresql: {_first_line(exc)}") from exc

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _connection(self) -> psycopg.Connection[Any]:
        if self._conn is not None and not self._conn.closed and not self._conn.broken:
            return self._conn
        try:
            conn = psycopg.connect(self._url, connect_timeout=self._timeout)
        except psycopg.OperationalError as exc:
            raise SinkUnavailable(f"postgresql: {_first_line(exc)}") from exc
        try:
            prepare_table(conn, self._names, self._create)
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        return conn


def _split_table(url: str) -> tuple[str, tuple[str, ...]]:
    """libpq's URL without our ``table`` parameter, and the table it names."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    tables = [v for k, v in query if k == "table"] or ["articles"]
    names = tables[-1].split(".")
    if len(names) > 2 or not all(names):
        raise ConfigError(f"postgresql sink: bad table name {tables[-1]!r}")
    rest = urlencode([(k, v) for k, v in query if k != "table"])
    return urlunsplit(parts._replace(query=rest)), tuple(names)


def _upsert_statement(table: sql.Identifier) -> sql.Composed:
    return sql.SQL(_UPSERT).format(
        table=table,
        columns=sql.SQL(", ").join(map(sql.Identifier, COLUMNS)),
        values=sql.SQL(", ").join(sql.Placeholder() * len(COLUMNS)),
        updates=sql.SQL(", ").join(
            sql.SQL("{0} = EXCLUDED.{0}").format(sql.Identifier(c)) for c in COLUMNS
        ),
    )


def _row(message: Message) -> tuple[Any, ...]:
    values = [message.get(c) for c in COLUMNS]
    values[0] = int(message.get("revision") or 1)
    return (str(message["id"]), *values, json.dumps(message, ensure_ascii=False))


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]

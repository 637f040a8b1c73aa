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
from aggregator.stream.sinks.faults import content_sqlstate
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
    when the role may create it; an existing one is checked (``pgtable.prepare_table``): at
    start-up what it lacks is a ConfigError. Values PostgreSQL refuses (SQLSTATE classes 22,
    23, 54) become ``MessageRejected``; every other error is the store's fault (lost
    connection, missing table, permission, read-only, disk full) and becomes
    ``SinkUnavailable``: the consumer keeps the batch pending and retries, reconnecting
    after a connection error.
    """

    def __init__(self, url: str, *, connect_timeout: int = 5, create_table: bool = False) -> None:
        self._url, self._names = _split_table(url)
        self.table = sql.Identifier(*self._names)
        self._create = create_table
        self._timeout = connect_timeout
        self._conn: psycopg.Connection[Any] | None = None
        self._started = False
        self._upsert = _upsert_statement(self.table)
        self._connection()  # a wrong URL fails at start-up, not at the first article

    def write(self, messages: Sequence[Message]) -> None:
        try:
            rows = [_row(m) for m in messages]
        except (KeyError, TypeError, ValueError) as exc:
            raise MessageRejected(f"postgresql: not an article: {exc!r}") from exc
        conn = self._connection()
        try:
            with conn.transaction(), conn.cursor() as cursor:
                cursor.executemany(self._upsert, rows)
        except psycopg.Error as exc:
            raise self._classify(exc) from exc

    def _classify(self, exc: psycopg.Error) -> MessageRejected | SinkUnavailable:
        """Only the data's errors reject; a fault of the store (missing table or schema,
        permission, read-only, disk full, connection) keeps the batch pending."""
        if content_sqlstate(exc.sqlstate) or (
            exc.sqlstate is None and isinstance(exc, psycopg.DataError)  # NUL byte, client side
        ):
            return MessageRejected(f"postgresql: {_first_line(exc)}")
        # Reconnect on the next try: a session can carry the fault (a role made read-only
        # keeps its sessions read-only after the repair) and a new one re-checks the table.
        self.close()
        return SinkUnavailable(f"postgresql: {_fault(exc)}")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _connection(self) -> psycopg.Connection[Any]:
        if self._conn is not None and not self._conn.closed and not self._conn.broken:
            return self._conn
        try:
            conn = psycopg.connect(self._url, connect_timeout=self._timeout)
        except psycopg.Error as exc:
            raise SinkUnavailable(f"postgresql: {_fault(exc)}") from exc
        try:
            prepare_table(conn, self._names, self._create, first=not self._started)
        except psycopg.Error as exc:  # a read-only database, no CREATE right, no schema...
            conn.close()
            raise SinkUnavailable(f"postgresql: {_fault(exc)}") from exc
        except ConfigError as exc:
            conn.close()
            if not self._started:  # at start-up: the operator's table to fix, one line
                raise
            raise SinkUnavailable(str(exc)) from exc  # broke while running: wait for repair
        except BaseException:
            conn.close()
            raise
        self._started = True
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


def _fault(exc: psycopg.Error) -> str:
    """One line naming the store's problem and its SQLSTATE, for the operator."""
    line = _first_line(exc)
    return f"{line} (SQLSTATE {exc.sqlstate})" if exc.sqlstate else line


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]

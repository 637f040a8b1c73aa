"""Whose fault a failed write is: the store's (retry, keep pending) or the message's (reject)."""

from __future__ import annotations

#: SQLSTATE classes caused by the values written: data exceptions (22: a NUL byte, a bad
#: number), integrity constraints (23: NOT NULL, CHECK) and limits a value exceeds (54: an
#: index row too big). Every other class (08 connection, 25 read-only transaction, 42
#: missing table or permission, 53 disk full, 57 shutdown, 3F missing schema, ...) is the
#: store's fault: the same message would be stored once the store is put right.
CONTENT_SQLSTATE_CLASSES = frozenset({"22", "23", "54"})

#: Exceptions a callable sink raises for a message it cannot take (documented on CallableSink).
CONTENT_EXCEPTIONS: tuple[type[Exception], ...] = (ValueError, TypeError, KeyError)


def content_sqlstate(sqlstate: str | None) -> bool:
    """True when a database error with this SQLSTATE rejects the data, not the store."""
    return sqlstate is not None and sqlstate[:2] in CONTENT_SQLSTATE_CLASSES


def content_exception(exc: BaseException) -> bool:
    """True when ``exc`` (raised by a store) says the message is at fault.

    A DB-API driver's error carries its SQLSTATE (psycopg, asyncpg): that decides.
    Otherwise ValueError, TypeError and KeyError (UnicodeError included) mean the data;
    anything else (OSError, a driver's connection or permission error, a bug) is the store's.
    """
    sqlstate = getattr(exc, "sqlstate", None)
    if isinstance(sqlstate, str):
        return content_sqlstate(sqlstate)
    return isinstance(exc, CONTENT_EXCEPTIONS)

"""A Python callable as sink, for custom stores."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from aggregator.errors import SinkError
from aggregator.stream.sinks.base import Message, MessageRejected, SinkUnavailable
from aggregator.stream.sinks.faults import content_exception

Store = Callable[[Sequence[Message]], object]


class CallableSink:
    """Calls ``fn(messages)`` once per batch; returning means committed.

    ``fn`` may raise ``SinkError`` subclasses itself. Otherwise only ``ValueError``,
    ``TypeError`` and ``KeyError`` (or a database error whose SQLSTATE is of the data
    classes 22, 23, 54) mean the store rejected the data: those messages are dead-lettered
    after ``--max-deliveries``. Any other exception (``OSError``, a permission or missing
    table error, a bug) is the store's fault: the batch stays pending and is retried with
    backoff, so a store put right takes every message (``aggregator.stream.sinks.faults``).
    """

    def __init__(self, fn: Store, close: Callable[[], object] | None = None) -> None:
        self._fn = fn
        self._close = close

    def write(self, messages: Sequence[Message]) -> None:
        try:
            self._fn(messages)
        except SinkError:
            raise
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            if content_exception(exc):
                raise MessageRejected(error) from exc
            raise SinkUnavailable(error) from exc

    def close(self) -> None:
        if self._close is not None:
            self._close()

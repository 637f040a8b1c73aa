"""A Python callable as sink, for custom stores."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from aggregator.errors import SinkError
from aggregator.stream.sinks.base import Message, MessageRejected, SinkUnavailable

Store = Callable[[Sequence[Message]], object]


class CallableSink:
    """Calls ``fn(messages)`` once per batch; returning means committed.

    ``fn`` may raise ``SinkError`` subclasses itself. Otherwise ``OSError`` (connection
    refused, timeouts) means the store is unavailable and the batch is retried, and any
    other exception means the store rejected the data.
    """

    def __init__(self, fn: Store, close: Callable[[], object] | None = None) -> None:
        self._fn = fn
        self._close = close

    def write(self, messages: Sequence[Message]) -> None:
        try:
            self._fn(messages)
        except SinkError:
            raise
        except OSError as exc:
            raise SinkUnavailable(f"{type(exc).__name__}: {exc}") from exc
        except Exception as exc:
            raise MessageRejected(f"{type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        if self._close is not None:
            self._close()

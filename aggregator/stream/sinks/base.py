"""What a sink is, and the two ways its writes fail."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from aggregator.errors import MessageRejected, SinkError, SinkUnavailable

__all__ = ["Message", "MessageRejected", "Sink", "SinkError", "SinkUnavailable"]

Message = dict[str, Any]


class Sink(Protocol):
    """A destination for articles.

    ``write`` commits every message of the batch before it returns, or raises
    ``SinkError``: ``SinkUnavailable`` (retry later), ``MessageRejected`` (bad data),
    anything else stops the consumer. Redeliveries happen (at-least-once), so a write
    of an article already stored must be harmless.
    """

    def write(self, messages: Sequence[Message]) -> None: ...

    def close(self) -> None: ...

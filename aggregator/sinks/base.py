"""What a sink is, and the two ways its writes fail."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from aggregator.errors import SinkError

Message = dict[str, Any]


class SinkUnavailable(SinkError):
    """The store is down or unreachable: the consumer retries the batch, acknowledges
    nothing and never dead-letters for this."""

    reason = "sink_unavailable"


class MessageRejected(SinkError):
    """The store refused the data of this batch (a constraint, an invalid value).

    The consumer then writes the batch's messages one at a time to find the refused ones;
    those count as failed deliveries and go to the dead-letter stream after enough tries.
    """

    reason = "message_rejected"


class Sink(Protocol):
    """A destination for articles.

    ``write`` commits every message of the batch before it returns, or raises
    ``SinkError``: ``SinkUnavailable`` (retry later), ``MessageRejected`` (bad data),
    anything else stops the consumer. Redeliveries happen (at-least-once), so a write
    of an article already stored must be harmless.
    """

    def write(self, messages: Sequence[Message]) -> None: ...

    def close(self) -> None: ...

"""JSON lines on standard output."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TextIO

from aggregator.errors import SinkError
from aggregator.stream.sinks.base import Message


class StdoutSink:
    """One compact JSON object per line, flushed per batch (no de-duplication)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stdout

    def write(self, messages: Sequence[Message]) -> None:
        lines = "".join(_line(m) for m in messages)
        try:
            self._stream.write(lines)
            self._stream.flush()
        except BrokenPipeError:
            raise SinkError("standard output was closed") from None

    def close(self) -> None:
        pass


def _line(message: Message) -> str:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n"

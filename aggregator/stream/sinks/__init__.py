"""Sinks the consumer writes articles to, and ``open_sink`` for the CLI's SINK spec."""

from __future__ import annotations

from aggregator.errors import ConfigError
from aggregator.stream.sinks.base import Message, MessageRejected, Sink, SinkUnavailable
from aggregator.stream.sinks.callable import CallableSink
from aggregator.stream.sinks.jsonl import JsonlSink
from aggregator.stream.sinks.stdout import StdoutSink

__all__ = [
    "CallableSink",
    "JsonlSink",
    "Message",
    "MessageRejected",
    "Sink",
    "SinkUnavailable",
    "StdoutSink",
    "open_sink",
]


def open_sink(spec: str) -> Sink:
    """The sink a SINK spec names: ``-`` (stdout), ``jsonl:PATH``, ``postgresql://...``."""
    if spec == "-":
        return StdoutSink()
    if spec.startswith("jsonl:") and len(spec) > len("jsonl:"):
        return JsonlSink(spec.removeprefix("jsonl:"))
    if spec.startswith(("postgresql://", "postgres://")):
        # Imported here: psycopg is only needed by those who use this sink.
        from aggregator.stream.sinks.postgresql import PostgresSink

        return PostgresSink(spec)
    raise ConfigError(f"unknown sink {spec!r}: use -, jsonl:PATH or postgresql://...")

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


def open_sink(spec: str, *, create_table: bool = False) -> Sink:
    """The sink a SINK spec names: ``-`` (stdout), ``jsonl:PATH``, ``postgresql://...``.

    ``create_table``: a PostgreSQL sink creates its table when missing (only that sink)."""
    if create_table and not spec.startswith(("postgresql://", "postgres://")):
        raise ConfigError("--create-table is for a postgresql:// sink")
    if spec == "-":
        return StdoutSink()
    if spec.startswith("jsonl:") and len(spec) > len("jsonl:"):
        return JsonlSink(spec.removeprefix("jsonl:"))
    if spec.startswith(("postgresql://", "postgres://")):
        # Imported here: psycopg is only needed by those who use this sink.
        from aggregator.stream.sinks.postgresql import PostgresSink

        return PostgresSink(spec, create_table=create_table)
    raise ConfigError(f"unknown sink {spec!r}: use -, jsonl:PATH or postgresql://...")

"""The sinks on their own: JSON lines, stdout, callables, PostgreSQL."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from aggregator.errors import ConfigError, SinkError
from aggregator.stream.sinks import (
    CallableSink,
    JsonlSink,
    MessageRejected,
    SinkUnavailable,
    StdoutSink,
    open_sink,
)
from tests.fixtures_consumer import assert_valid, make_article, pg_rows, pg_url, read_lines

__all__ = ["pg_url"]


def messages(count: int, start: int = 0, revision: int = 1) -> list[dict[str, object]]:
    return [make_article(n, revision=revision).to_message() for n in range(start, start + count)]


def test_jsonl_appends_one_valid_article_per_line(tmp_path: Path) -> None:
    path = tmp_path / "out" / "articles.jsonl"
    sink = open_sink(f"jsonl:{path}")
    sink.write(messages(3))
    sink.write(messages(2, start=3))
    sink.close()
    lines = read_lines(path)
    assert [m["id"] for m in lines] == [m["id"] for m in messages(5)]
    for line in lines:
        assert_valid(line)


def test_jsonl_skips_what_the_file_already_holds_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    first = JsonlSink(path)
    first.write(messages(4))
    first.close()
    second = JsonlSink(path)  # a successor that gets the unacknowledged batch again
    second.write(messages(6))
    second.write(messages(2, revision=2))  # updates are new lines
    second.write(messages(2, revision=2))
    second.close()
    keys = [(m["id"], m["revision"]) for m in read_lines(path)]
    assert len(keys) == len(set(keys)) == 8


def test_jsonl_cuts_off_a_line_left_incomplete_by_a_kill(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    whole = json.dumps(messages(1)[0]) + "\n"
    path.write_text(whole + whole[:40])
    sink = JsonlSink(path)
    sink.write(messages(2))
    sink.close()
    lines = read_lines(path)  # every line parses
    assert [m["id"] for m in lines] == [m["id"] for m in messages(2)]


def test_stdout_writes_json_lines() -> None:
    out = io.StringIO()
    StdoutSink(out).write(messages(2))
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == [
        m["id"] for m in messages(2)
    ]


def test_callable_sink_sorts_failures_into_retry_and_reject() -> None:
    got: list[object] = []
    CallableSink(got.extend).write(messages(2))
    assert len(got) == 2

    def down(batch: object) -> None:
        raise ConnectionRefusedError("store down")

    def refuses(batch: object) -> None:
        raise ValueError("bad value")

    with pytest.raises(SinkUnavailable, match="store down"):
        CallableSink(down).write(messages(1))
    with pytest.raises(MessageRejected, match="bad value"):
        CallableSink(refuses).write(messages(1))


class _DriverError(Exception):
    """What a DB-API driver raises: an error carrying its SQLSTATE."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"SQLSTATE {sqlstate}")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (PermissionError("read-only file system"), SinkUnavailable),
        (RuntimeError("the store's own bug"), SinkUnavailable),
        (_DriverError("42501"), SinkUnavailable),  # permission denied
        (_DriverError("42P01"), SinkUnavailable),  # undefined table
        (_DriverError("25006"), SinkUnavailable),  # read-only transaction
        (_DriverError("53100"), SinkUnavailable),  # disk full
        (_DriverError("22P05"), MessageRejected),  # untranslatable character
        (_DriverError("23502"), MessageRejected),  # NOT NULL violated
        (KeyError("id"), MessageRejected),
        (UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogate"), MessageRejected),
    ],
)
def test_callable_sink_blames_the_message_only_for_its_content(
    error: Exception, expected: type[Exception]
) -> None:
    def store(batch: object) -> None:
        raise error

    with pytest.raises(expected):
        CallableSink(store).write(messages(1))


def test_jsonl_rejects_only_the_message_it_cannot_encode(tmp_path: Path) -> None:
    sink = JsonlSink(tmp_path / "a.jsonl")
    bad = make_article(9).to_message() | {"title": "lone \ud800 surrogate"}
    with pytest.raises(MessageRejected, match="cannot write"):
        sink.write([*messages(2), bad])
    sink.write(messages(2))
    sink.close()
    assert len(read_lines(tmp_path / "a.jsonl")) == 2


@pytest.mark.parametrize("spec", ["", "jsonl:", "mysql://x", "file.jsonl"])
def test_open_sink_refuses_unknown_specs_in_one_line(spec: str) -> None:
    with pytest.raises(ConfigError, match="unknown sink"):
        open_sink(spec)


def test_postgresql_creates_its_table_and_upserts_the_highest_revision(pg_url: str) -> None:
    sink = open_sink(pg_url)
    sink.write(messages(3))
    sink.write(messages(3))  # a redelivery is harmless
    sink.write(messages(1, revision=3))
    sink.write(messages(1, revision=2))  # a late older revision does not win
    sink.close()
    rows = pg_rows(pg_url)
    assert len(rows) == 3
    revisions = {row[0]: row[1] for row in rows}
    assert revisions[make_article(0).id] == 3
    stored = {row[0]: row[2] for row in rows}[make_article(0).id]
    assert stored == json.loads(make_article(0, revision=3).to_json())
    for _, _, message in rows:
        assert_valid(message)


def test_postgresql_rejects_values_it_cannot_store(pg_url: str) -> None:
    sink = open_sink(pg_url)
    bad = make_article(9).to_message() | {"title": "nul \x00 byte"}
    with pytest.raises(MessageRejected):
        sink.write([*messages(2), bad])
    sink.write(messages(2))  # the connection is still usable
    sink.close()
    assert len(pg_rows(pg_url)) == 2


def test_postgresql_that_cannot_be_reached_is_a_sink_error() -> None:
    with pytest.raises(SinkError, match="postgresql"):
        open_sink("postgresql://postgres@127.0.0.1:1/postgres")

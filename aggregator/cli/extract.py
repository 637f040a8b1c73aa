"""``aggregator extract``: one article JSON line per HTML input (files, stdin or --batch)."""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from aggregator.config import Config
from aggregator.errors import AggregatorError, InvalidInput
from aggregator.models import Article
from aggregator.processing import process

#: A page: a saved file's bytes (decoded by sniffing: a file has no Content-Type), a batch
#: line's text, or why the input could not be read.
Page = bytes | str | AggregatorError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("extract", help="extract the article of HTML files")
    parser.add_argument("files", nargs="*", metavar="FILE", help="HTML files (.gz allowed)")
    parser.add_argument("--url", help="the page's URL (for relative links and attribution)")
    parser.add_argument(
        "--batch",
        action="store_true",
        help='read JSON lines {"url": ..., "html": ...} on stdin, write one line each',
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    failures = 0
    for url, html in _batch_inputs() if args.batch else _file_inputs(args.files, args.url):
        line, failed = _extract_line(url, html, config)
        failures += failed
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    return 1 if failures else 0


def _extract_line(url: str, page: Page, config: Config) -> tuple[str, bool]:
    """The article JSON, or {"url", "error", "message"} when the input yields none."""
    try:
        if isinstance(page, AggregatorError):
            raise page
        fetched = (
            Article(url=url, body=page) if isinstance(page, bytes) else Article(url, html=page)
        )
        article = process(fetched, publishers_file=config.publishers_file, fingerprinted=False)
        return article.to_json(), False
    except AggregatorError as exc:
        sys.stderr.write(f"aggregator extract: {url}: {exc.reason}: {exc}\n")
        error = {"url": url, "error": exc.reason, "message": str(exc)}
        return json.dumps(error, ensure_ascii=False), True


def _file_inputs(files: list[str], url: str | None) -> Iterator[tuple[str, Page]]:
    if not files:
        yield url or "stdin:", sys.stdin.buffer.read()
        return
    for name in files:
        path = Path(name)
        page_url = url or path.resolve().as_uri()
        try:
            data = path.read_bytes()
            data = gzip.decompress(data) if name.endswith(".gz") else data
        except (OSError, EOFError) as exc:
            yield page_url, InvalidInput(f"cannot read {name}: {exc}")
        else:
            yield page_url, data


def _batch_inputs() -> Iterator[tuple[str, Page]]:
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            yield str(record["url"]), str(record["html"])
        except (ValueError, KeyError, TypeError):
            yield (
                f"stdin:{number}",
                InvalidInput('line is not a JSON object with "url" and "html"'),
            )

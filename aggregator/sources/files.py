"""Source lists as files: the project's TOML or YAML (``[[sources]]`` records) and OPML."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

from aggregator.errors import SourceError
from aggregator.sources.naming import default_name
from aggregator.sources.opml import read_opml, write_opml
from aggregator.sources.registry import Source, format_interval, parse_interval

FORMATS = ("toml", "yaml", "opml")
#: The curated list of real news feeds shipped with the package.
STARTER_SOURCES = Path(__file__).parent.parent / "data" / "starter-sources.toml"


def detect_format(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("yml", "yaml"):
        return "yaml"
    if suffix in ("toml", "opml"):
        return suffix
    return "opml" if b"<opml" in data[:2048] else "toml"


def read_sources(path: Path, taken: frozenset[str] = frozenset()) -> list[Source]:
    """Every source of a TOML, YAML or OPML file; SourceError naming the first bad record.
    Records without a name get one that is not ``taken`` (the registry's) nor the file's."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror}") from None
    records = _records(detect_format(path, data), data, path)
    sources: list[Source] = []
    names: set[str] = set(taken)
    for number, record in enumerate(records, 1):
        try:
            source = source_from_record(record, names)
        except SourceError as exc:
            raise SourceError(f"{path}: source {number}: {exc}") from None
        names.add(source.name)
        sources.append(source)
    return sources


def source_from_record(record: Any, taken: set[str] | frozenset[str] = frozenset()) -> Source:
    """A Source from a file's record: intervals as "15m", names defaulting to a slug."""
    if not isinstance(record, dict) or not record.get("url"):
        raise SourceError("each source needs at least a url")
    record = dict(record)
    if "name" not in record:
        title = _slug(record.get("title"))
        record["name"] = _unique_name(title, taken) if title else default_name(record["url"], taken)
    for field in ("interval", "max_age"):
        if field in record:
            record[field] = parse_interval(record[field])
    if isinstance(record.get("tags"), str):  # tags = "world, europe" reads as meant
        record["tags"] = [t for t in record["tags"].split(",") if t.strip()]
    return Source.from_dict(record)


def write_sources(sources: list[Source], fmt: str) -> str:
    if fmt == "opml":
        return write_opml(sources)
    records = [_record(s) for s in sources]
    if fmt == "yaml":
        return yaml.safe_dump({"sources": records}, sort_keys=False, allow_unicode=True)
    return "\n".join(_toml_table(r) for r in records)


def _records(fmt: str, data: bytes, path: Path) -> list[Any]:
    if fmt == "opml":
        return read_opml(data)
    try:
        text = data.decode("utf-8")
        document = yaml.safe_load(text) if fmt == "yaml" else tomllib.loads(text)
    except (UnicodeDecodeError, yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SourceError(f"{path}: not valid {fmt.upper()}: {first}") from None
    records = document.get("sources") if isinstance(document, dict) else None
    if not isinstance(records, list):
        raise SourceError(f"{path}: no list of sources (a top-level 'sources' array)")
    return records


def _record(source: Source) -> dict[str, Any]:
    record: dict[str, Any] = {"name": source.name, "url": source.url}
    if source.title:
        record["title"] = source.title
    record["interval"] = format_interval(source.interval)
    if source.max_age is not None:
        record["max_age"] = format_interval(source.max_age)
    if source.tags:
        record["tags"] = list(source.tags)
    return record


def _toml_table(record: dict[str, Any]) -> str:
    # JSON strings are valid TOML basic strings.
    body = "".join(f"{k} = {json.dumps(v, ensure_ascii=False)}\n" for k, v in record.items())
    return "[[sources]]\n" + body


def _slug(text: Any) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(text or "").lower()).strip("-")[:60]


def _unique_name(name: str, taken: set[str] | frozenset[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name}-{number}", number + 1
    return candidate

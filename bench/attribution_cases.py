"""The attribution benchmark's cases: blind pages (every ``cases*.jsonl`` in
bench/data/attribution_blind, and every ``transplants*.jsonl`` there: recipes that insert
credit lines into the shared real pages) and hand labels of real pages
(bench/data/attribution_real_labels.json, pages in ../shared/data)."""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
#: The blind sets' folder: the first set in ``cases.jsonl``, later ones in dated files beside
#: it (``cases_2026-12-05.jsonl``), never edited after their first run; each is reported apart.
BLIND = BENCH / "data" / "attribution_blind"
FIRST_BLIND = "cases.jsonl"
REAL = BENCH / "data" / "attribution_real_labels.json"
#: A second sample of real pages, labelled by another helper who never read the code: every
#: page outside the first file that the code credited at its selection, and one in five of the
#: rest (each record's ``stratum`` says which; issue 14).
REAL2 = BENCH / "data" / "attribution_real_labels2.json"
#: A third sample, by a third helper who never read the code: the remaining pages that carry a
#: wire or syndication sign, and a random hundred of the rest (issue 14: real wire pages).
REAL3 = BENCH / "data" / "attribution_real_labels3.json"
SHARED = Path(os.environ.get("AGGREGATOR_SHARED_DATA", BENCH.parent.parent / "shared" / "data"))
#: Categories of pages that only mention an outlet or credit a photo (blind and real labels).
NEGATIVE = frozenset({"negative_mention", "negative_caption", "no_credit", "mention", "caption"})


@dataclass(frozen=True)
class Case:
    """One page, and what attribution should make of it."""

    key: str
    origin: str  # "blind" (the first set), "blind:<file name>" (a later one) or "real"
    url: str
    html: str
    expected: str | None
    accepted: tuple[str, ...]
    credit_lines: tuple[str, ...]
    keep: tuple[str, ...]
    category: str
    language: str
    half: str
    placement: str = ""
    #: the sampling stratum a real page was drawn from (the second real sample only)
    stratum: str = ""


def _first(record: Mapping[str, Any], *keys: str, default: Any = None) -> Any:
    for key in keys:
        if record.get(key) not in (None, ""):
            return record[key]
    return default


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value if v)


def _case(record: Mapping[str, Any], origin: str, html: str, key: str) -> Case:
    expected = _first(record, "expected_publisher", "expected", "publisher", "original_publisher")
    return Case(
        key=key,
        origin=origin,
        url=str(_first(record, "url", default="https://example.invalid/")),
        html=html,
        expected=expected or None,
        accepted=_strings(_first(record, "accepted", "accept", "accepted_spellings", "aliases")),
        credit_lines=_strings(
            _first(record, "credit_lines", "credit_line", "must_leave", "credits")
        ),
        keep=_strings(_first(record, "must_keep", "keep", "must_stay", "sentences_kept")),
        category=str(_first(record, "category", "kind", default="?")),
        language=str(_first(record, "language", "lang", default="?")),
        half=str(_first(record, "half", default="?")),
        placement=str(_first(record, "placement", default="")),
        stratum=str(_first(record, "stratum", default="")),
    )


def blind_files(path: Path = BLIND) -> list[Path]:
    """``path`` itself when it is a file, else every ``cases*.jsonl`` in it, the first set first."""
    if path.is_file():
        return [] if path.name.startswith("transplants") else [path]
    return sorted(path.glob("cases*.jsonl"), key=lambda f: (f.name != FIRST_BLIND, f.name))


def transplant_files(path: Path = BLIND) -> list[Path]:
    """``path`` itself when it is a transplant file, else every ``transplants*.jsonl`` in it."""
    if path.is_file():
        return [path] if path.name.startswith("transplants") else []
    return sorted(path.glob("transplants*.jsonl"))


class TransplantError(ValueError):
    """A transplant recipe whose anchor is missing from its page, or not unique in it."""


def apply_edits(page: str, edits: list[Mapping[str, str]], where: str = "") -> str:
    """A transplant's page: each edit's ``html`` inserted ``after`` or ``before`` its
    ``anchor``, in order, each anchor found exactly once in the page as the earlier edits
    left it."""
    for number, edit in enumerate(edits, start=1):
        anchor = edit["anchor"]
        count = page.count(anchor) if anchor else 0
        if count != 1:
            problem = "not found" if count == 0 else f"found {count} times"
            raise TransplantError(f"{where} edit {number}: anchor {anchor[:60]!r} {problem}")
        at = page.index(anchor)
        if edit["where"] == "after":
            at += len(anchor)
        elif edit["where"] != "before":
            raise TransplantError(f"{where} edit {number}: where must be 'after' or 'before'")
        page = page[:at] + edit["html"] + page[at:]
    return page


def transplant_cases(path: Path = BLIND, shared: Path | None = None) -> Iterator[Case]:
    """The transplant sets: real pages from ``shared`` (``SHARED`` unless given) with the
    recipes' credit lines inserted. A file's cases are skipped, silently, when the shared pages
    are absent (a clone without ``../shared`` still runs the benchmark)."""
    shared = SHARED if shared is None else shared
    for file in transplant_files(path):
        origin = f"blind:{file.name}"
        with file.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        for record in records:
            collection, page_id = str(record["page"]).split("/", 1)
            source = _page_path(shared, collection, page_id)
            if not source.exists():
                continue
            page = gzip.decompress(source.read_bytes()).decode("utf-8")
            key = f"{file.name}:{record['id']}"
            yield _case(record, origin, apply_edits(page, record["edits"], key), key)


def blind_cases(path: Path = BLIND) -> Iterator[Case]:
    """The blind pages, file by file, in file order. A later file's cases carry its name in
    ``origin`` and ``key``, so that its results are reported apart from the first set's.
    The transplant sets (``transplants*.jsonl``: recipes applied to the shared real pages)
    follow, when the shared pages are present."""
    yield from _blind_cases(path)
    yield from transplant_cases(path)


def _blind_cases(path: Path) -> Iterator[Case]:
    for file in blind_files(path):
        origin = "blind" if file.name == FIRST_BLIND else f"blind:{file.name}"
        with file.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                record = json.loads(line)
                key = str(_first(record, "id", "case_id", default=f"blind:{number}"))
                key = key if origin == "blind" else f"{file.name}:{key}"
                yield _case(record, origin, str(record["html"]), key)


def real_cases(path: Path = REAL, shared: Path = SHARED, origin: str = "real") -> Iterator[Case]:
    """The hand-labelled real pages whose HTML is present under ``shared``, as ``origin``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    records = data.get("pages", data.get("labels", data)) if isinstance(data, dict) else data
    items = records.items() if isinstance(records, dict) else enumerate(records)
    for key, record in items:
        page = _page(record, key, shared)
        if page is not None:
            case = _case(record, origin, page, f"{origin}:{_first(record, 'id', default=key)}")
            yield case if case.url.startswith("http") else replace(case, url=_own_url(page))


_OWN_URL = re.compile(
    r"<(?:link[^>]+rel=[\"']canonical[\"'][^>]+href|meta[^>]+property=[\"']og:url[\"']"
    r"[^>]+content)=[\"'](https?://[^\"']+)",
    re.IGNORECASE,
)


def _own_url(html: str) -> str:
    """A page saved without its URL (some trafilatura-eval ids): the URL it gives itself,
    as a user would pass to ``aggregator extract --url``."""
    match = _OWN_URL.search(html)
    return match.group(1) if match else "https://example.invalid/"


def _page(record: Mapping[str, Any], key: Any, shared: Path) -> str | None:
    collection = str(_first(record, "set", "collection", "corpus", default=""))
    page_id = str(_first(record, "id", "page", "page_id", default=key))
    if "/" in page_id and not collection:
        collection, page_id = page_id.split("/", 1)
    path = _page_path(shared, collection, page_id)
    if not path.exists():
        return None
    return gzip.decompress(path.read_bytes()).decode("utf-8", "replace")


def _page_path(shared: Path, collection: str, page_id: str) -> Path:
    """Where a page of the shared extraction corpora lies."""
    return shared / "extraction" / collection / "html" / f"{page_id}.html.gz"

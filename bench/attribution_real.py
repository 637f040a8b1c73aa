"""Attribution on the real pages as served: every page of ../shared/data/extraction with its
own markup (meta, link rel, JSON-LD) and trafilatura's text; lists every page attributed.

Run: .venv/bin/python bench/attribution_real.py   (writes bench/results/attribution-real.md)
No ground truth says who published these pages: the listing is for reading, and the counts
say how often real pages trigger attribution at all.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura

# bench's own modules, then this checkout's aggregator: a worktree sharing another checkout's
# venv would otherwise measure the code that venv's editable install points at
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution_corpus import shared_data

from aggregator.attribution.attribute import attribute

RESULTS = Path(__file__).resolve().parent / "results" / "attribution-real.md"


def markup(html: str) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """Lower-cased <meta name|property> and <link rel> values, and flattened JSON-LD objects."""
    tree = lxml.html.fromstring(html.encode("utf-8"))
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("name") or element.get("property") or "").lower()
        if key and element.get("content"):
            meta.setdefault(key, element.get("content") or "")
    for element in tree.iter("link"):
        for rel in (element.get("rel") or "").lower().split():
            meta.setdefault(rel, element.get("href") or "")
    objects: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                objects.append(item)
                objects.extend(x for x in item.get("@graph", []) if isinstance(x, dict))
    return meta, objects


def main() -> None:
    rows, pages, seconds = [], 0, 0.0
    for name in ("aeb", "fundus", "trafilatura-eval"):
        folder = shared_data() / "extraction" / name
        truth = json.loads((folder / "ground-truth.json").read_text())
        for key in sorted(truth):
            path = folder / "html" / f"{key}.html.gz"
            if not path.exists():
                continue
            html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
            text = trafilatura.extract(html, include_comments=False) or ""
            if not text:
                continue
            meta, jsonld = markup(html)
            started = time.perf_counter()
            url = truth[key].get("url") or ""
            if not url.startswith("http"):  # a few trafilatura-eval ids are not URLs
                url = meta.get("og:url") or meta.get("canonical") or url
            _, found = attribute(text, url=url, meta=meta, jsonld=jsonld)
            seconds += time.perf_counter() - started
            pages += 1
            if found.original_publisher or found.credit_lines:
                why = "; ".join(
                    f"{e.kind}: {e.value[:60]}"
                    for e in found.evidence
                    if e.kind != "image_credit" and "site itself" not in e.where
                )
                rows.append(
                    f"| {truth[key].get('url', '')[:70]} | {found.original_publisher} "
                    f"| {why.replace('|', '/')} |"
                )
    report = (
        f"# Attribution on real pages\n\n{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"`.venv/bin/python bench/attribution_real.py`\n\n{pages} pages, {len(rows)} with a "
        f"credit or an original publisher, {1000 * seconds / max(pages, 1):.3f} ms/page in "
        f"attribute().\n\n| page | original_publisher | evidence |\n|---|---|---|\n"
        + "\n".join(rows)
        + "\n"
    )
    RESULTS.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()

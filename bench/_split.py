"""Tune on one half, report on the other: every benchmark page's half, decided by its site.

The rule, shared with the blind attribution and dedup data: a page belongs to ``tune`` when the
last hex digit of sha1(registrable domain of its URL) is even, else to ``check``. Splitting by
site keeps a site's template out of the half it was not tuned on. ``python -m bench._split``
rewrites bench/data/splits.json from the shared corpora.
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import tldextract

from bench._env import REPO, require_shared

SPLITS = REPO / "bench" / "data" / "splits.json"
SETS = ("aeb", "fundus", "trafilatura-eval")
HALVES = ("check", "tune")


@cache
def _extractor() -> tldextract.TLDExtract:
    # The public-suffix snapshot shipped with tldextract: no download, the same answer offline.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def registrable_domain(url: str) -> str:
    """The site of a URL: news.bbc.co.uk/x -> bbc.co.uk. trafilatura-eval's pseudo-URLs
    "hard::<site>-<slug>.html" name it before the first "-" or as the longest dotted prefix."""
    host = urlsplit(url).hostname if "://" in url else None
    if host:
        return _extractor()(host).top_domain_under_public_suffix or host
    name = url.removeprefix("hard::").removesuffix(".html").split("-")[0]
    labels = name.split(".")
    for n in range(len(labels), 1, -1):
        if domain := _extractor()(".".join(labels[:n])).top_domain_under_public_suffix:
            return domain
    return name


def half_of_domain(domain: str) -> str:
    """``tune`` when sha1(domain)'s last hex digit is even, else ``check``."""
    return "tune" if int(hashlib.sha1(domain.encode()).hexdigest()[-1], 16) % 2 == 0 else "check"


def compute(data: Path) -> dict[str, str]:
    """``{"<set>/<id>": half}`` for every page of every set under ``data``."""
    splits = {}
    for name in SETS:
        truth = json.loads((data / name / "ground-truth.json").read_text(encoding="utf-8"))
        for page_id, record in sorted(truth.items()):
            splits[f"{name}/{page_id}"] = half_of_domain(registrable_domain(record["url"]))
    return splits


def load() -> dict[str, str]:
    """The committed split."""
    splits: dict[str, str] = json.loads(SPLITS.read_text(encoding="utf-8"))
    return splits


def main() -> int:
    splits = compute(require_shared("extraction"))
    SPLITS.write_text(json.dumps(splits, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for name in SETS:
        mine = [h for key, h in splits.items() if key.startswith(f"{name}/")]
        print(f"{name}: " + ", ".join(f"{h} {mine.count(h)}" for h in HALVES))
    return 0


if __name__ == "__main__":
    sys.exit(main())

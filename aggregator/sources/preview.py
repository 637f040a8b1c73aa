"""What ``sources add`` shows before storing a source: the feed found and sample articles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from aggregator.models import Article, FeedEntry
from aggregator.sources.documents import newest, parse_date, recent
from aggregator.sources.registry import Source, format_interval


@dataclass(frozen=True)
class Sample:
    """One article fetched and extracted from the feed, or the reason it could not be."""

    url: str
    title: str | None = None
    published: str | None = None
    words: int = 0
    problem: str | None = None
    credited: str | None = None  # the original publisher attribution found

    @classmethod
    def of(cls, article: Article) -> Sample:
        words = len(article.text.split())
        credited = article.attribution.original_publisher
        return cls(article.url, article.title, article.published, words, credited=credited)


@dataclass(frozen=True)
class Preview:
    """The feed (or sitemap) at ``url``, found from ``discovered_from`` when that is set."""

    url: str
    kind: str
    title: str | None
    entries: tuple[FeedEntry, ...]
    discovered_from: str | None = None
    samples: tuple[Sample, ...] = ()

    def newest_entries(self, count: int) -> list[FeedEntry]:
        """The ``count`` newest entries (undated ones last, in feed order)."""
        dated = sorted(
            (e for e in self.entries if parse_date(e.published)),
            key=lambda e: parse_date(e.published),  # type: ignore[arg-type,return-value]
            reverse=True,
        )
        return [*dated, *(e for e in self.entries if not parse_date(e.published))][:count]

    @property
    def sitemap(self) -> bool:
        return "sitemap" in self.kind

    def too_old(self, max_age: int) -> int:
        """How many entries a crawl would skip as older than ``max_age`` seconds."""
        cutoff = datetime.now(UTC) - timedelta(seconds=max_age)
        return len(self.entries) - len(recent(self.entries, cutoff))

    def lines(self, source: Source | None = None) -> list[str]:
        """The preview as the operator reads it; with the ``source`` to be stored, what its
        age limit would skip."""
        when = newest(self.entries)
        lines = [
            f"{self.kind}: {self.title or '(untitled)'} <{self.url}>",
            f"  {len(self.entries)} items, newest {when.isoformat() if when else 'undated'}",
        ]
        if source is not None:
            limit = source.age_limit(self.sitemap)
            old = self.too_old(limit)
            lines.append(
                f"  {old} of them older than the max age ({format_interval(limit)}): not fetched"
                if old
                else f"  all within the max age ({format_interval(limit)})"
            )
        if self.discovered_from:
            lines.insert(1, f"  discovered from {self.discovered_from}")
        for sample in self.samples:
            if sample.problem:
                lines.append(f"  sample  {sample.url}: not extracted ({sample.problem})")
            else:
                title, date = sample.title or sample.url, sample.published or "undated"
                credit = f" | credited to {sample.credited}" if sample.credited else ""
                lines.append(f"  sample  {title} | {date} | {sample.words} words{credit}")
        return lines

"""De-duplication and story clustering in Redis, shared by every crawler process.

Exact: the same page (URL in any spelling, AMP or a canonical on the same site, or the
source's GUID) or the same normalized text. A page's identity is its own URL: a canonical
link to another site marks a syndicated copy (see ``record.credit``), never the same page.
Near: MinHash-LSH over word shingles with a containment estimate, so a truncated or padded
copy joins the story of its original.
"""

from __future__ import annotations

import json
import math
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import redis

from aggregator.dedup.minhash import (
    BANDS,
    SIGNATURE_BYTES,
    SIGNATURE_VERSION,
    Fingerprint,
    fingerprint,
    resemblance,
)
from aggregator.dedup.record import credit, digest, exact_fields, own_canonical, record_fields
from aggregator.dedup.stories import (
    MEMBER_FIELDS,
    Member,
    choose_original,
    epoch,
    short_id,
)
from aggregator.keys import Keys
from aggregator.models import Article
from aggregator.urls import host_of, page_key

_SCRIPTS = Path(__file__).parent.parent / "data"
#: Exact keys an article adds to its window (URL, alias, GUID, text): sizes the buckets.
_EXACT_PER_ARTICLE = 4
#: Reads and writes of a join before it writes whatever the other checks did meanwhile.
JOIN_ATTEMPTS = 5
_BUCKET_FILL = 100


@dataclass(frozen=True)
class DedupParams:
    """Settings DEDUP_WINDOW, DEDUP_WINDOWS, DEDUP_CAPACITY, DEDUP_THRESHOLD."""

    window: int = 4 * 86400
    windows: int = 2
    capacity: int = 500_000
    threshold: float = 0.5
    min_jaccard: float = 0.1
    #: A candidate needs this many equal signature bytes before its resemblance is computed.
    min_equal: int = 8
    #: Articles of one source share its template text (boilerplate the extractor left), which
    #: alone can make a short text look contained in another: within a source, ask for more.
    #: In bench/dedup.py such false pairs stay below 0.25, truncated copies above 0.45.
    same_source_jaccard: float = 0.4
    #: Joining two stories takes more than joining one: the article must hold nearly all of
    #: a member of the other (a copy of one text), not share a template's lines with it.
    join_containment: float = 0.9

    def same_story(self, jaccard: float, containment: float, same_source: bool) -> bool:
        floor = self.same_source_jaccard if same_source else self.min_jaccard
        return jaccard >= floor and containment >= self.threshold

    @property
    def retention(self) -> int:
        return self.window * self.windows

    def buckets(self, per_article: int) -> int:
        return max(1, math.ceil(self.capacity * per_article / _BUCKET_FILL))


#: The record field dedup_index.lua sets on a new article and the publish clears
#: (aggregator.stream.articles.publish).
UNPUBLISHED = "u"


@dataclass(frozen=True)
class Verdict:
    """What dedup decided: "new", "copy" (of ``duplicate_of``), "update" or "repeat"."""

    kind: str
    article_id: str
    story_id: str | None = None
    duplicate_of: str | None = None
    revision: int = 1


class Deduplicator:
    """Checks each article against the index in Redis and adds it, in one atomic script."""

    def __init__(
        self,
        client: redis.Redis,
        keys: Keys,
        params: DedupParams | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.client = client
        self.keys = keys
        self.params = params or DedupParams()
        self.clock = clock
        members = _read("dedup_members.lua")
        self._index = client.register_script(members + _read("dedup_index.lua"))
        self._story = client.register_script(members + _read("dedup_story.lua"))

    def check(self, article: Article, fp: Fingerprint | None = None) -> Verdict:
        """Classify ``article`` and record it; its text is the cleaned text (credit lines out)."""
        fp = fp or fingerprint(article.text)
        keys, args = self._arguments(article, fp)
        reply: list[Any] = self._index(keys=keys, args=args)
        if reply[0] == "repeat":
            return Verdict("repeat", reply[1])
        if reply[0] == "update":
            return Verdict("update", reply[1], reply[3], reply[4] or None, int(reply[2]))
        found = reply[3 : 3 + int(reply[2])]
        matched = []
        for short, equal, shingles, source in zip(*(found[n::4] for n in range(4)), strict=True):
            jaccard, containment = resemblance(int(equal), fp.shingles, int(shingles))
            if self.params.same_story(jaccard, containment, source == (article.source or "")):
                matched.append((containment, int(short)))
        if not matched:
            return Verdict("new", article.id, article.id)
        best = max(matched)[1]
        story = reply[3 + int(reply[2]) :]  # the script's pick: the most equal bytes
        for attempt in range(JOIN_ATTEMPTS):
            if not story or int(story[1]) != best:
                story = self._story_of(best)
            stories = [story, *self._split(story, matched, best)]
            verdict = self._join(article, int(reply[1]), stories, last=attempt == JOIN_ATTEMPTS - 1)
            if verdict is not None:
                return verdict
            story = []  # another check joined one of the stories meanwhile: read them again
        raise AssertionError("unreachable: the last attempt always writes")

    def _split(self, story: list[str], matched: list[tuple[float, int]], best: int) -> list[Any]:
        """The stories of matches outside ``story``: copies checked at the same moment in two
        processes (or items) each saw no other and started a story of their own; the
        article that matches both joins them into one."""
        width, found = len(MEMBER_FIELDS) + 1, []
        members = {int(story[n]) for n in range(1, len(story), width)} if story else set()
        for containment, short in sorted(matched, reverse=True):
            if containment < self.params.join_containment:
                break
            if short != best and short not in members:
                other = self._story_of(short)
                members |= {int(other[n]) for n in range(1, len(other), width)}
                found.append(other)
        return found

    def _story_of(self, short: int, client: redis.Redis | None = None) -> list[Any]:
        args = [*self._prefixes(), str(short), *MEMBER_FIELDS]
        story: list[Any] = self._story(args=args, client=client)
        return story

    def unpublished(self, article_id: str) -> tuple[str, str] | None:
        """(story id, duplicate of) of an article dedup recorded but nobody published yet
        (the field ``u`` of its record, cleared with the publish), else None. A crawler
        that died between the two leaves such a record: its page, fetched again, must be
        published, not dropped as a repeat of it."""
        key = self.keys.dedup_article(short_id(article_id))
        mark, story, original = self.client.hmget(key, UNPUBLISHED, "s", "d")
        if not mark:
            return None
        return str(story or article_id), str(original or "")

    def is_known(self, url: str) -> bool:
        """Whether the page at ``url`` (in any spelling) is in the index."""
        return bool(self.known_urls([url]))

    def known_urls(self, urls: Sequence[str]) -> set[str]:
        """Those of ``urls`` whose page is in the index, in one round trip (for a feed's
        entries: a re-crawl need not fetch them again)."""
        pipe = self.client.pipeline(transaction=False)
        for url in urls:
            key = digest(page_key(url))
            for field in (f"u{key}", f"v{key}"):
                for window in self._windows():
                    pipe.hexists(self._bucket("x", window, field), field)
        found = pipe.execute()
        per_url = 2 * self.params.windows
        return {u for n, u in enumerate(urls) if any(found[n * per_url : (n + 1) * per_url])}

    def _join(
        self, article: Article, seq: int, stories: list[list[str]], last: bool = False
    ) -> Verdict | None:
        """Add ``article`` to ``stories`` (see dedup_members.lua; several when it joins
        them) and choose the original. The joined story keeps the id of the original's
        story: a member whose story id changes also gets a new original, so the relink
        that tells it the one tells it the other.

        None, and nothing written, when a story changed since it was read: another thread
        or crawler joined it at the same moment, and an original chosen without its member
        would overwrite the one chosen with it. The stories are watched (WATCH) and read
        again before the write, which is one transaction. The ``last`` attempt writes
        whatever happened, so that heavy contention never loses the article.
        """
        stories = [story for story in stories if story]
        if not stories:  # the match expired meanwhile
            return Verdict("new", article.id, article.id)
        own, width = short_id(article.id), len(MEMBER_FIELDS) + 1
        story_of: dict[int, str] = {}
        others: dict[int, Member] = {}
        for story in stories:
            for n in range(1, len(story), width):
                story_of.setdefault(int(story[n]), str(story[0]))
                others[int(story[n])] = Member.from_record(int(story[n]), story[n + 1 : n + width])
        others.pop(own, None)
        members = [*others.values(), self._member(article, own, seq)]
        original = choose_original(members)
        duplicate_of = original.id if original.short != own else None
        story_id = story_of.get(original.short, str(stories[0][0]))
        story_key = self.keys.dedup_story(story_id)
        with self.client.pipeline() as pipe:
            try:
                if not last:
                    watched = {self.keys.dedup_story(str(story[0])) for story in stories}
                    pipe.watch(*watched)  # type: ignore[no-untyped-call]
                    if any(self._story_of(int(s[1]), pipe) != s for s in stories):
                        return None
                pipe.multi()
                record = self.keys.dedup_article(own)
                pipe.hset(record, mapping={"s": story_id, "d": duplicate_of or ""})
                for short, old in story_of.items():
                    if old != story_id and short != own:
                        pipe.hset(self.keys.dedup_article(short), "s", story_id)
                        pipe.delete(self.keys.dedup_story(old))
                mapping = {"i": story_id, "o": str(original.short)}
                mapping.update({str(m.short): m.outlet for m in members})
                pipe.hset(story_key, mapping=mapping)  # type: ignore[arg-type]
                pipe.expire(story_key, self.params.retention)
                pipe.execute()
            except redis.WatchError:
                return None
        return Verdict("copy" if duplicate_of else "new", article.id, story_id, duplicate_of)

    def _member(self, article: Article, own: int, seq: int) -> Member:
        credited, credited_url = credit(article)
        return Member(
            own,
            article.id,
            # The name the page gives itself matches credit lines best ("The Gulf Ledger"),
            # the host where it gives none ("aljazeera.com" ~ "Al Jazeera").
            outlet=article.meta.get("og:site_name")
            or host_of(own_canonical(article) or article.url)
            or "",
            published=epoch(article.published),
            credited=credited,
            credited_url=credited_url,
            url_key=digest(page_key(article.url)),
            seq=seq,
        )

    def _arguments(self, article: Article, fp: Fingerprint) -> tuple[list[str], list[Any]]:
        fields, lookups, inserts = exact_fields(article, fp)
        windows = self._windows()
        band_fields = [str(b) for b in fp.bands]
        keys = [self.keys.dedup_sequence, *self._own_keys(article)]
        keys += [self._bucket("x", w, f) for f in fields for w in windows]
        keys += [self._bucket("b", w, b) for b in band_fields for w in windows]
        header = {
            "w": len(windows),
            "nf": len(fields),
            "nb": len(band_fields),
            "lookups": lookups,
            "inserts": inserts,
            "textf": len(fields),
            "rprefix": self._prefixes()[0],
            "sprefix": self._prefixes()[1],
            "fields": MEMBER_FIELDS,
            "short": str(short_id(article.id)),
            "ttl": self.params.retention,
            "min": self.params.min_equal,
            "full": SIGNATURE_BYTES,
            "expireat": (windows[0] + 1) * self.params.window + self.params.retention,
            **record_fields(article, fp),
        }
        return keys, [json.dumps(header), fp.signature, *fields, *band_fields]

    def _prefixes(self) -> list[str]:
        """Key prefixes of article records and stories, for the scripts."""
        return [self.keys.dedup_article(0)[:-1], self.keys.dedup_story("")]

    def _own_keys(self, article: Article) -> list[str]:
        own = short_id(article.id)
        return [self.keys.dedup_article(own), self.keys.dedup_card(own)]

    def _windows(self) -> list[int]:
        current = int(self.clock() // self.params.window)
        return [current - n for n in range(self.params.windows)]

    def _bucket(self, kind: str, window: int, field: str) -> str:
        if kind == "b":
            bucket = int(field) % self.params.buckets(BANDS)
        else:
            bucket = zlib.crc32(field.encode()) % self.params.buckets(_EXACT_PER_ARTICLE)
        return self.keys.dedup_bucket(f"{kind}{SIGNATURE_VERSION}", window, bucket)


def _read(script: str) -> str:
    return (_SCRIPTS / script).read_text(encoding="utf-8")

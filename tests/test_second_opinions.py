"""trafilatura's second opinions (readability, jusText) are asked only where they can matter."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trafilatura
from trafilatura.utils import load_html

import aggregator.extract.extractor as extractor
from aggregator.errors import NotAnArticle
from aggregator.extract.decoding import decode_html
from aggregator.extract.extractor import SECOND_OPINION_CHARS, _under_extracted, extract
from tests.conftest import require_shared

GOLDEN = Path(__file__).parent / "golden" / "extraction"

WORDS = [
    "harbour",
    "council",
    "ferry",
    "winter",
    "timetable",
    "pier",
    "crossing",
    "tide",
    "island",
    "fare",
]


def paragraph(n: int) -> str:
    """A distinct paragraph (trafilatura drops repeated ones) of about 240 characters."""
    names = " and ".join(WORDS[(n + k) % len(WORDS)] for k in range(3))
    return (
        f"Item {n}: the council weighed the {names} plans on Tuesday. Members said the "
        f"{WORDS[n % len(WORDS)]} budget for the year would be settled at the next meeting, "
        f"after residents of ward {n} asked for later sailings and cheaper tickets for pupils."
    )


def page(paragraphs: int) -> str:
    body = "".join(f"<p>{paragraph(n)}</p>" for n in range(paragraphs))
    return f"<html><head><title>Ferry</title></head><body><article>{body}</article></body></html>"


@pytest.fixture
def passes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every trafilatura pass the extractor runs (the real trafilatura): "first" (no second
    opinions), "second opinions", or "recall" (the fallback for too little text)."""
    seen: list[str] = []
    real = trafilatura.extract

    def spy(*args: Any, **kwargs: Any) -> str | None:
        kind = "first" if kwargs.get("fast") else "second opinions"
        seen.append("recall" if kwargs.get("favor_recall") else kind)
        return real(*args, **kwargs)

    monkeypatch.setattr(extractor.trafilatura, "extract", spy)
    yield seen


def test_a_first_pass_that_kept_the_article_is_final(passes: list[str]) -> None:
    text = extract(page(12), "https://news.example/ferry").text
    assert text.count("the council weighed the") == 12
    assert passes == ["first"]


def test_a_short_first_pass_gets_second_opinions(passes: list[str]) -> None:
    extract(page(1), "https://news.example/ferry")
    assert passes[:2] == ["first", "second opinions"]


def test_fast_never_asks_for_second_opinions(passes: list[str]) -> None:
    extract(page(1), "https://news.example/ferry", fast=True)
    assert "second opinions" not in passes


def test_under_extracted_compares_with_the_paragraphs() -> None:
    tree = load_html(page(12))
    everything = " ".join(paragraph(n) for n in range(12))
    assert not _under_extracted(everything, tree)
    assert _under_extracted(everything[: len(everything) // 5], tree)  # a fifth of the text
    assert _under_extracted("x" * (SECOND_OPINION_CHARS - 1), load_html(page(0)))
    assert not _under_extracted("x" * SECOND_OPINION_CHARS, load_html(page(0)))


def test_the_seed_like_blog_post_needs_no_second_opinion(passes: list[str]) -> None:
    html = (GOLDEN / "seed_like_blog.html").read_text(encoding="utf-8")
    assert "(Courtesy: Harbour Times)" in extract(html, "https://blog.example/post").text
    assert passes == ["first"]


def test_a_first_pass_rejected_as_links_gets_second_opinions() -> None:
    """A real page (aeb, tune half) whose first pass keeps its link lists: the second
    opinions find the story, where the first pass alone is rejected as no article."""
    name = "f6ac15a4d98511396da23e4428deb5605422b1c8bbc8284e771f6896bdccf57f.html.gz"
    path = require_shared("extraction", "aeb", "html", name)
    html = decode_html(gzip.decompress(path.read_bytes()), "text/html")
    with pytest.raises(NotAnArticle, match="list of links"):
        extract(html, fast=True)
    assert "arrombamento de dois dos cinco" in extract(html).text

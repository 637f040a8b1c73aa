"""Attribution on whole pages (issue 14): each class of credit, through the processing entry
point and through ``aggregator extract``, on small pages written for these tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from aggregator.processing import process_page
from tests.cli import run_cli

PAGES = Path(__file__).parent / "fixtures" / "attribution" / "pages"
BLOG = "https://quietharbour.blogspot.com/2024/05/pipes.html"
PAPER = "https://www.valleytimes-online.com/news/2024/05/pipes"
#: A sentence of the story every page must keep.
STORY = "Residents have complained for years about brown water"


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    publisher: str | None
    #: credit lines that decide (or belong to) the attribution and must leave the text
    gone: tuple[str, ...] = ()
    #: text that must stay
    kept: tuple[str, ...] = ()
    #: a phrase the evidence must contain
    why: str = ""


CASES = [
    Page(
        "out_of_table",
        BLOG,
        "Kestrel Valley Bugle",
        ("Source: Kestrel Valley Bugle",),
        why="not in the publisher table",
    ),
    Page(
        "bare_domain",
        BLOG,
        "pinecrest-herald.co.uk",
        ("Via https://news.pinecrest-herald.co.uk",),
        why="not in the publisher table",
    ),
    Page("dateline", PAPER, "Reuters", ("(Reuters) -",), ("The regional water board approved",)),
    Page(
        "sign_off",
        PAPER,
        "Reuters",
        ("Reporting by Ana Lima; Editing by Tom Hale",),
        why="sign-off",
    ),
    Page(
        "copyright_trailer",
        PAPER,
        "Associated Press",
        ("Copyright 2024 The Associated Press", "may not be published, broadcast"),
    ),
    Page("agency_tag", PAPER, "TASR", ("(TASR)",), ("consider a phased timetable.",)),
    Page(
        "inline_credit",
        BLOG,
        "The Harbour Town Courier",
        ("Harbour Town Courier",),
        ("consider a phased timetable.",),
    ),
    Page(
        "head_credit",
        BLOG,
        "Kestrel Valley Bugle",
        ("This story first appeared in the Kestrel Valley Bugle.",),
    ),
    Page(
        "mention",
        PAPER,
        None,
        kept=("first reported by the Kestrel Valley Bugle", "according to Reuters the loan"),
    ),
    Page("caption_only", PAPER, None, why="photo credit"),
    Page(
        "wire_own_page",
        "https://www.reuters.com/world/europe/water-board-pipes-2024-05-02/",
        None,
        kept=("The regional water board approved",),
        why="the site itself",
    ),
    Page(
        "wire_markup_on_newspaper",
        "https://www.sfgate.com/news/article/water-board-pipes-18201.php",
        "Associated Press",
        ("(AP) —",),
    ),
]


def _html(page: Page) -> str:
    return (PAGES / f"{page.name}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("page", CASES, ids=[c.name for c in CASES])
def test_each_class_of_credit_through_processing(page: Page) -> None:
    article = process_page(_html(page), page.url)
    found = article.attribution
    assert found.original_publisher == page.publisher, found.evidence
    assert STORY in article.text
    for line in page.gone:
        assert line not in article.text
        assert any(line in credit for credit in found.credit_lines), found.credit_lines
    for line in page.kept:
        assert line in article.text
    if page.why:
        assert any(page.why in e.where for e in found.evidence), found.evidence


def test_captions_credit_photos_never_the_story() -> None:
    page = next(c for c in CASES if c.name == "caption_only")
    found = process_page(_html(page), page.url).attribution
    assert found.credit_lines == ()
    assert any("AP Photo/Jane Roe" in credit for credit in found.image_credits)
    assert any("Reuters" in credit for credit in found.image_credits)


def test_aggregator_extract_gives_the_same_publishers(cli_env: dict[str, str]) -> None:
    lines = [json.dumps({"url": c.url, "html": _html(c)}) for c in CASES]
    result = run_cli("extract", "--batch", env=cli_env, stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    articles = [json.loads(line) for line in result.stdout.splitlines()]
    got = [a["attribution"]["original_publisher"] for a in articles]
    assert got == [c.publisher for c in CASES]
    for case, article in zip(CASES, articles, strict=True):
        assert all(line not in article["text"] for line in case.gone), case.name

# ruff: noqa: RUF001  (dashes and letters of other scripts are meant)
"""The seventeenth pass (issue 14, the tune halves' last misses), class by class: a
distributor's clause after other handling ("reviewed and distributed by Stacker") leaves the
producer as the original; a sentence whose verb comes before "this week" has no piece for a
subject ("The findings were published this week in The Lancet …" cites a journal); Vietnamese
papers written in sentence case ("Dân trí") are named whole; "This story was produced by X"
credits a name that reads as an outlet's, not only the table's; a German noun followed by its
clause's verb is no outlet ("Übernommen von der Gemeinde wurde auch …"). Each class: the
publisher, the line gone from the text, and a twin that credits no one."""

from __future__ import annotations

import pytest

from aggregator.attribution import resolve
from aggregator.attribution.attribute import attribute
from aggregator.attribution.names import Trust
from aggregator.attribution.publishers import load_table
from aggregator.attribution.resolve import resolver_for
from tests.blogpost import BODY
from tests.blogpost import with_tail as _tail

SITE = "https://www.valley-courier.example/news/2026/03/04/story"


def with_tail(line: str) -> tuple[str, str | None]:
    return _tail(line, url=SITE)


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # the distributor handled the copy after the producer made it
        (
            "This story was produced by Stateline and reviewed and distributed by Stacker.",
            "Stateline",
        ),
        (
            "This article was produced by Tidewater Ledger and edited and distributed by Stacker.",
            "Tidewater Ledger",
        ),
        ("This story was produced by Stateline and distributed by Stacker.", "Stateline"),
        # Vietnamese papers in sentence case, after a credit's wording
        ("Bài viết gốc đăng trên Dân trí.", "Dân trí"),
        ("Nguồn: Người lao động", "Người lao động"),
        ("Theo báo Thanh niên", "Thanh niên"),
        # the German credit sentences beside the twins below
        ("Dieser Beitrag ist zuerst in der Rheinpfalz erschienen.", "Rheinpfalz"),
        ("Übernommen von der Westfalenpost.", "Westfalenpost"),
    ],
)
def test_credit_is_read_and_leaves_the_text(line: str, publisher: str) -> None:
    cleaned, found = with_tail(line)
    assert found == publisher
    assert line not in cleaned
    assert all(sentence in cleaned for sentence in BODY)


@pytest.mark.parametrize(
    "sentence",
    [
        # a journal or a study is cited; the verb's "this week" is no piece
        "The findings were published this week in The Lancet Regional Health – Americas.",
        "The results were published this month in Nature Medicine.",
        "The study was published this spring in the Journal of Rural Health.",
        # a distributor of aid is no distributor of a story
        "The food was collected by volunteers and distributed by the Red Cross.",
        # German capitalises nouns: one followed by its clause's verb is no outlet
        "Übernommen von der Gemeinde wurde auch der Bauhof.",
        "Übernommen von der Stadt wurden zudem zwei Linienbusse.",
        # Vietnamese prose, not a credit: "The people of the province say ..."
        "Người dân trong tỉnh cho biết con đường đã xuống cấp nhiều năm.",
    ],
)
def test_sentence_credits_no_one_and_stays(sentence: str) -> None:
    cleaned, found = with_tail(sentence)
    assert found is None
    assert sentence in cleaned


def test_one_resolver_a_table_remembers_a_bounded_number_of_phrases(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pages share the table's resolver (what a phrase names depends on the table alone), and
    its memory of phrases starts again past its bound, so a long crawl does not grow."""
    table = load_table(None)
    resolver = resolver_for(table)
    assert resolver_for(table) is resolver
    monkeypatch.setattr(resolve, "MAX_REMEMBERED", 3)
    resolver._resolved.clear()
    for name in ("Reuters", "Lakeshore Ledger", "Tidewater Daily", "Harbour Gazette"):
        resolver.resolve(name, Trust.NAMED)
    assert len(resolver._resolved) == 1  # cleared at the bound, then the fourth remembered
    assert resolver.resolve("Reuters", Trust.NAMED) == resolve.Named("Reuters", True)


PORTAL = "https://www.homepagedaily.com/en-us/news/world/school-days/ar-AA1e071cc"


@pytest.mark.parametrize(
    ("side", "publisher"),
    [
        # a byline block with its time stamp run in, or a theme's "By" doubled before it
        ("Story by Kwame Delacroix, Chalkbeat Texas 2026-03-10", "Chalkbeat Texas"),
        ("By Story by Kwame Delacroix, Chalkbeat Texas", "Chalkbeat Texas"),
        ("Story by Daniela Ortiz • The Associated Press 2026-03-22", "Associated Press"),
        # the same blocks naming a person, a place or nothing else credit no one
        ("By Jane Doe 2026-03-10", None),
        ("Story by Jane Doe, New Delhi 2026-03-10", None),
        ("By Story by Jane Doe", None),
    ],
)
def test_a_byline_block_reads_without_what_extraction_ran_into_it(
    side: str, publisher: str | None
) -> None:
    _, found = attribute("\n".join(BODY), url=PORTAL, side_lines=[side])
    assert found.original_publisher == publisher

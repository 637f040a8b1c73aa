"""The phrasebook of credit lines (aggregator/data/credit_phrases.toml, conventions/phrasebook.py):
how a template matches a line, that every bundled template reads its own line back, and that
attribution credits with it where no other pattern reads the line (and not where it must not)."""

# ruff: noqa: RUF001  (colons and quotes of other scripts are meant)

from __future__ import annotations

import tomllib

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.attribution.conventions.phrasebook import (
    ANY,
    OUTLET,
    PHRASES,
    Phrasebook,
    phrasebook,
)

BOOK = Phrasebook(
    {
        "en": [
            "Source: {outlet}",
            "This article was originally published by {outlet}.",
            "The post {any} appeared first on {outlet}.",
        ],
        "ko": ["{outlet} 제공"],
        "zh": ["来源：{outlet}", "本文转载自{outlet}"],
        "fr": ["Cet article a été publié initialement sur {outlet}."],
    }
)


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Source: Lesotho Times", "Lesotho Times"),
        ("Source : Cameroon Tribune", "Cameroon Tribune"),  # the French space before a colon
        ("SOURCE:Matangi Tonga", "Matangi Tonga"),
        ("来源：大众日报", "大众日报"),  # a full-width colon, no space
        ("来源: 大众日报", "大众日报"),
        ("연합뉴스 제공", "연합뉴스"),  # the name before the words
        ("this article was originally published by “The Tyee”", "The Tyee"),  # quotes, case
        ("This article was originally published by The Tyee", "The Tyee"),  # no full stop
        ("The post Floods close the road appeared first on Nile Post.", "Nile Post"),
        ("Cet article a été publié initialement sur RFI.", "RFI"),
        ("本文转载自微信公众号“大理日报”", "微信公众号“大理日报”"),  # its own quotes kept
    ],
)
def test_a_template_reads_its_line_in_the_ways_sites_write_it(line: str, who: str) -> None:
    found = BOOK.read(line)
    assert found is not None and found[0] == who


@pytest.mark.parametrize(
    "line",
    [
        "Sources close to the minister said on Monday.",  # no label, no colon
        "Source NPR",  # a label without its colon, in the text
        "The source: a report nobody has seen, said the mayor, and much more besides that.",
        "This article was originally published by The Tyee and many other outlets later, said "
        "the editor, who added that " + "the copies went far and wide " * 8 + ".",  # too long
        "The council said the post appeared first on Facebook",  # the template's words elsewhere
    ],
)
def test_what_is_no_template_line_is_not_read(line: str) -> None:
    assert BOOK.read(line) is None


def test_beside_the_story_a_label_may_lack_its_colon_but_still_ends_its_word() -> None:
    # a CMS's source field whose colon is drawn by CSS
    assert BOOK.read("SOURCE NPR", beside=True) == (
        "NPR",
        next(p for p in BOOK.candidates("source npr") if p.template == "Source: {outlet}"),
    )
    assert BOOK.read("Sources close to the minister", beside=True) is None
    # only a label's colon may go: a sentence's words stay as written
    assert BOOK.read("This article originally published by The Tyee", beside=True) is None


def _bundled() -> dict[str, list[str]]:
    with PHRASES.open("rb") as handle:
        data = tomllib.load(handle)
    return {lang: table["templates"] for lang, table in data.items()}


def test_the_bundled_phrasebook_is_well_formed() -> None:
    book = _bundled()
    assert len(book) >= 60  # languages
    for language, templates in book.items():
        assert templates, language
        assert len({" ".join(t.split()).casefold() for t in templates}) == len(templates), language
        for template in templates:
            assert template.count(OUTLET) == 1, (language, template)


#: Names of outlets no table holds, one per script a template may want after its words.
_NAMES = {"default": "Northwind Courier", "cjk": "北风日报", "rtl": "صحيفة الريح الشمالية"}


def _rendered(template: str, name: str) -> str:
    return template.replace(ANY, "12 March 2027").replace(OUTLET, name)


def test_every_bundled_template_reads_its_own_line_back() -> None:
    book = phrasebook()
    failed = []
    for language, templates in _bundled().items():
        for template in templates:
            name = _NAMES["default"]
            line = _rendered(template, name)
            found = book.read(line)
            if found is None or found[0] != name:
                failed.append((language, template, found and found[0]))
    assert not failed, failed[:20]


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        # a credit's wording in a language the other patterns lack (Icelandic, Lithuanian)
        (
            "Vegurinn lokaðist í gær vegna snjóflóðs og verður opnaður á morgun.\n"
            "Heimild: Norðurslóð",
            "Norðurslóð",
        ),
        # a name in sentence case, its paper's noun in lower case (unknown_names)
        (
            "Kelias buvo uždarytas vakar dėl potvynio ir bus atidarytas rytoj.\n"
            "Šaltinis: Šiaurės žinios",
            "Šiaurės žinios",
        ),
        (
            "Ceļš vakar tika slēgts plūdu dēļ un rīt tiks atkal atvērts.\nAvots: Kurzemes avīze",
            "Kurzemes avīze",
        ),
        # Urdu: a translation naming its source language ("from Dawn's English report")
        (
            "گوادر میں پانی کی فراہمی کا منصوبہ اگلے سال مکمل ہو گا۔\n"
            "ایکسپریس کی انگریزی رپورٹ سے ترجمہ",
            "The Express Tribune",
        ),
    ],
)
def test_attribution_credits_a_phrasebook_line_the_patterns_miss(text: str, publisher: str) -> None:
    rest, found = attribute(text, url="https://example.org/news/1")
    assert found.original_publisher == publisher
    assert publisher not in rest  # the credit line leaves the text


@pytest.mark.parametrize(
    "text",
    [
        # a mention in a sentence, not a credit line of its own
        "Vegurinn lokaðist í gær, segir Norðurslóð, og verður opnaður á morgun.",
        # a photo's credit is no story's
        "Kelias buvo uždarytas vakar dėl potvynio.\nNuotrauka: Šiaurės žinios",
        # a label over words in sentence case with no paper's noun: a document, no outlet
        "Ceļš vakar tika slēgts plūdu dēļ.\nAvots: Satiksmes ministrijas ziņojums",
    ],
)
def test_attribution_does_not_credit_what_the_phrasebook_does_not_hold(text: str) -> None:
    _, found = attribute(text, url="https://example.org/news/1")
    assert found.original_publisher is None

"""A source label at a story's tail that cites where facts come from credits no one (issue 14,
the fifth blind set's precision traps): a titled person, an institution in the languages the
fifth set added, a statistics office's acronym. Outlets after the same labels still count."""

# ruff: noqa: RUF001  (letters of other scripts are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.attribution.not_credits.citations import cited_not_copied, titled_person
from tests.blogpost import FERRY_BLOG, FERRY_BODY

BLOG, BODY = FERRY_BLOG, FERRY_BODY


def _tail(line: str) -> tuple[str, str | None]:
    cleaned, found = attribute("\n".join([*BODY, line]), url=BLOG)
    return cleaned, found.original_publisher


@pytest.mark.parametrize(
    "line",
    [
        "Source: Dr. Helena Marsh, Northfield General",
        "Source: Prof. Tomasz Wierzba",
        "Fonte: Secretaria de Saúde do Estado",
        "Sursa: Ministerul Transporturilor",
        "Izvor: Ministarstvo mora i prometa",
        "Forrás: Belügyminisztérium",
        "Zdroj: Ministerstvo dopravy",
        "Izvor: DZS",
        "Source: ONS",
        "Fuente: INE",
        "Source: Acme Corp annual report",
        "Source: Harbour Board figures",
        # people in the fifth set's languages, family name first too
        "Izvor: Ivan Horvat",
        "Forrás: Kovács Anna",
        "Sursa: Andrei Popescu",
        "Source: Kim Min-jun",
        "Джерело: Олена Коваль",
        # governments, banks, bodies named by their kind last, statistics offices
        "Source: City of Westmarch",
        "Izvor: Grad Zagreb",
        "Fonte: Banco Central do Brasil",
        "来源：国家统计局",
        "Джерело: Держстат",
        "Kaynak: TÜİK",
        # a wire's picture or graphics desk
        "Source: Reuters Graphics",
        "Fuente: Europa Press Fotos",
    ],
)
def test_a_source_label_citing_a_person_an_institution_or_a_statistics_office_credits_no_one(
    line: str,
) -> None:
    cleaned, publisher = _tail(line)
    assert publisher is None
    assert line in cleaned


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Izvor: Slobodna Dalmacija", "Slobodna Dalmacija"),
        ("Source: Drumlin Courier", "Drumlin Courier"),
        ("Bron: NOS", "NOS"),
        ("Fonte: Gazeta do Vale", "Gazeta do Vale"),
    ],
)
def test_an_outlet_after_the_same_labels_is_still_credited(line: str, expected: str) -> None:
    cleaned, publisher = _tail(line)
    assert publisher == expected
    assert line not in cleaned


def test_a_title_marks_a_person_and_a_title_like_word_in_a_name_does_not() -> None:
    assert titled_person("Dr. Oriel Mackintosh")
    assert titled_person("Dra Ana Lopes")
    assert not titled_person("Drumlin Courier")
    assert not titled_person("Mr")
    assert cited_not_copied("Ministerul Sănătății")
    assert not cited_not_copied("Jutarnji list")

# ruff: noqa: RUF001  (dashes, icons, quotation marks and letters of other languages are meant)
"""The twenty-second pass (issue 14, the fifth conventions round), class by class, in wordings
the round did not use:

- (1) a credit line's decorations: an icon, an emoji or an arrow before its label, curly or
  angle brackets, Markdown's bold (a label alone in bold, the name on the next line), a label
  run into the last sentence with no space after the full stop;
- (2) outlet names holding "and"/"&" between two outlet words, a station's channel number, an
  abbreviation ("St."), all in capitals;
- (3) a date after the name, in brackets, after a comma, after "vom"/"du"; a dash sign-off
  naming "The …" with a date;
- (4) an outlet's account after "via"/"h/t";
- (5) "From:" at the head, a press office's release "issued by", the new languages' credit
  words (Polish, Czech, Turkish, Hungarian, Greek, Russian, Chinese, Korean, Bengali);
- (6) a source line under a figure's title, and a government body after a source label in
  more languages, cite data and credit no one.

Each class: the publisher, the line gone from the text, and twins that credit no one and keep
their line."""

from __future__ import annotations

import pytest

from tests.blogpost import BODY, body_stays
from tests.blogpost import on_member_site as run


# (1) decorations around a credit line
@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        (("🗞️ Source: The Tidewater Ledger",), "The Tidewater Ledger"),
        (("👉 Originally published by Harbour Gazette",), "Harbour Gazette"),
        (("► Via Kestrel Bay Times",), "Kestrel Bay Times"),
        (("› Fuente: Diario del Valle",), "Diario del Valle"),
        (("{Source: Pinecrest Herald}",), "Pinecrest Herald"),
        (("<Courtesy of the Marlow Sentinel>",), "Marlow Sentinel"),
        (("**Source:** Coastline Weekly",), "Coastline Weekly"),
        (("__Via:__", "Harbour Gazette"), "Harbour Gazette"),
    ],
)
def test_1_a_decorated_credit_line_credits_and_leaves(
    tail: tuple[str, ...], publisher: str
) -> None:
    cleaned, found = run(tail=tail)
    assert found == publisher
    assert all(line not in cleaned for line in tail)
    assert body_stays(cleaned)


def test_1_a_label_run_into_the_last_sentence_credits_and_leaves() -> None:
    cleaned, found = run(runin="Courtesy: Marlow Sentinel")
    assert found == "Marlow Sentinel"
    assert "Marlow Sentinel" not in cleaned
    assert BODY[-1] in cleaned


@pytest.mark.parametrize(
    "tail",
    [
        ("» Read our coverage of the last council budget",),  # an arrow before a link's words
        ("📸 Jane Doe",),  # a photographer's icon and name
        ("»Wir bauen jetzt« sagte der Bürgermeister.",),  # German quotes, no icon
        ("{Editor's note: comments are closed}",),
    ],
)
def test_1_twins_decorated_lines_that_credit_no_one_stay(tail: tuple[str, ...]) -> None:
    cleaned, found = run(tail=tail)
    assert found is None
    assert tail[0] in cleaned


def test_1_twin_a_full_stop_run_into_a_lower_case_word_is_no_label() -> None:
    cleaned, found = run(runin="via: the council website")
    assert found is None
    assert "via: the council website" in cleaned


# (2) names with "and"/"&", digits, abbreviations, capitals
@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        (("Source: The News and Observer",), "The News and Observer"),
        (("ORIGINALLY PUBLISHED BY THE JOURNAL AND COURIER",), "THE JOURNAL AND COURIER"),
        (("Courtesy: WBAL 11",), "WBAL 11"),
        (("This story first appeared in the St. Cloud Times.",), "St. Cloud Times"),
    ],
)
def test_2_the_whole_name_is_read(tail: tuple[str, ...], publisher: str) -> None:
    cleaned, found = run(tail=tail)
    assert found is not None and found.casefold() == publisher.casefold()
    assert tail[0] not in cleaned


def test_2_twin_two_outlets_joined_by_and_stay_two() -> None:
    # Two names, not one: the first is the credit.
    _, found = run(tail=("Source: Tidewise and Grist",))
    assert found == "Tidewise"


def test_2_twin_a_number_after_a_name_is_a_date() -> None:
    _, found = run(tail=("Source: Lakeshore Ledger 4",))
    assert found == "Lakeshore Ledger"


# (3) a date after the name
@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        (("Source: Marlow Sentinel (March 4, 2026)",), "Marlow Sentinel"),
        (("Fuente: Diario del Valle, 4 de marzo de 2026",), "Diario del Valle"),
        (("Source : Le Courrier du Lac du 4 mars 2026",), "Le Courrier du Lac"),
        (("Quelle: Weser-Kurier vom 04.03.2026",), "Weser-Kurier"),
        (("— The Kestrel Bay Record, March 4, 2026",), "The Kestrel Bay Record"),
    ],
)
def test_3_the_date_is_cleaned_off(tail: tuple[str, ...], publisher: str) -> None:
    cleaned, found = run(tail=tail)
    assert found == publisher
    assert tail[0] not in cleaned


def test_3_twin_a_person_signs_with_a_date() -> None:
    cleaned, found = run(tail=("— Jane Doe, 04/03/2026",))
    assert found is None
    assert "— Jane Doe, 04/03/2026" in cleaned


# (4) an outlet's account after a tip's word
@pytest.mark.parametrize(
    ("head", "publisher"),
    [(("Via @KQED",), "KQED"), (("H/T @TheTidewaterLedger",), "TheTidewaterLedger")],
)
def test_4_an_outlets_handle_credits(head: tuple[str, ...], publisher: str) -> None:
    cleaned, found = run(head=head)
    assert found == publisher
    assert head[0] not in cleaned


@pytest.mark.parametrize("head", [("h/t @marco_rossi",), ("Via @jdoe",)])
def test_4_twins_a_persons_handle_credits_no_one(head: tuple[str, ...]) -> None:
    cleaned, found = run(head=head)
    assert found is None
    assert head[0] in cleaned


# (5) "From:", a press office's release, more languages' credit words
@pytest.mark.parametrize(
    ("head", "tail", "publisher"),
    [
        (("From: Harbour Gazette",), (), "Harbour Gazette"),
        ((), ("This press release was issued by the City of Westmarch.",), "City of Westmarch"),
        ((), ("Za: Gazeta Pomorska",), "Gazeta Pomorska"),
        ((), ("Převzato z: Jihlavský deník",), "Jihlavský deník"),
        ((), ("Bu haber Ege Postası'ndan alınmıştır.",), "Ege Postası"),
        ((), ("A cikk a Vasárnapi Hírek engedélyével jelent meg.",), "Vasárnapi Hírek"),
        ((), ("Αναδημοσίευση από: Ελεύθερος Τύπος",), "Ελεύθερος Τύπος"),
        ((), ("Перепечатка с разрешения редакции: «Вечерний Ростов»",), "Вечерний Ростов"),
        ((), ("Впервые опубликовано: Коммерсантъ",), "Коммерсантъ"),
        ((), ("轉自：聯合晚報",), "聯合晚報"),
        ((), ("[기사제공=경인일보]",), "경인일보"),
        ((), ("উৎস: ভোরের কাগজ",), "ভোরের কাগজ"),
        ((), ("সৌজন্যে: ইত্তেফাক",), "ইত্তেফাক"),
    ],
)
def test_5_credit_words_credit_and_leave(
    head: tuple[str, ...], tail: tuple[str, ...], publisher: str
) -> None:
    cleaned, found = run(head=head, tail=tail)
    assert found == publisher
    assert all(line not in cleaned for line in (*head, *tail))
    assert body_stays(cleaned)


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        (("From: Jane Doe",), ()),  # an e-mail's header names a person
        ((), ("Za: 3 dni rusza remont.",)),  # Polish "in 3 days": no name
        ((), ("The press release was issued by the council on Monday and criticised.",)),
        ((), ("উৎস: বাংলাদেশ পুলিশ",)),  # the police cite facts
    ],
)
def test_5_twins_credit_no_one(head: tuple[str, ...], tail: tuple[str, ...]) -> None:
    cleaned, found = run(head=head, tail=tail)
    assert found is None
    assert all(line in cleaned for line in (*head, *tail))


# (6) data sources
@pytest.mark.parametrize(
    "tail",
    [
        ("Chart: Potholes reported by ward, 2020–2026", "Source: Harbour Gazette"),
        ("Grafik: Baustellen nach Bezirk", "Quelle: Weser-Kurier"),
        ("Table 2: Road spending per resident", "Sources: Marlow Sentinel; council data"),
        ("Nguồn: Bộ Giao thông Vận tải",),
        ("出典：気象庁",),
        ("출처: 국토교통부",),
        ("स्रोत: स्वास्थ्य मंत्रालय",),
        ("ماخذ: ادارہ شماریات",),
    ],
)
def test_6_a_data_source_credits_no_one_and_stays(tail: tuple[str, ...]) -> None:
    cleaned, found = run(tail=tail)
    assert found is None
    assert all(line in cleaned for line in tail)


def test_6_twin_a_source_line_not_under_a_figure_still_credits() -> None:
    cleaned, found = run(tail=("Potholes reported by ward rose again.", "Source: Harbour Gazette"))
    assert found == "Harbour Gazette"
    assert "Source: Harbour Gazette" not in cleaned

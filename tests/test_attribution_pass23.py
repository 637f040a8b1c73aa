# ruff: noqa: RUF001  (dashes, quotation marks and letters of other languages are meant)
"""The twenty-third pass (issue 14, the sixth conventions round), class by class, in wordings
the round did not use:

- (1) table outlets by their established names in other scripts (publisher_scripts.toml):
  Arabic, Urdu, Hindi, Chinese, Japanese, Korean, Russian;
- (2) inflected table names after the credit words of languages with case endings: Polish
  "za" and the instrumental, Czech "převzato z" and the genitive, Finnish, Hungarian (a
  hyphen before the ending), Turkish (an apostrophe before it); a quoted Russian genitive;
- (3) a table outlet's edition, e-paper, app, language site and language service, a wire's
  regional desk, an AMP cache's address, a French "sur lemonde.fr" keeping its label;
- (4) byline fields beside the text holding wires (with a newsroom's word, a place or a
  stamp), a table outlet's own desk byline, press-release services' trailers.

Each class: the publisher, the line gone from the text, and twins that credit no one."""

from __future__ import annotations

import pytest

from tests.blogpost import body_stays
from tests.blogpost import on_member_site as run


# (1) a table outlet's name in another script
@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("نقلا عن واشنطن بوست", "The Washington Post"),
        ("بشکریہ: واشنگٹن پوسٹ", "The Washington Post"),
        ("स्रोत: द वॉशिंगटन पोस्ट", "The Washington Post"),
        ("来源：华尔街日报", "The Wall Street Journal"),
        ("出典：ワシントン・ポスト", "The Washington Post"),
        ("출처: 가디언", "The Guardian"),
        ("Источник: «Шпигель»", "Der Spiegel"),
        ("来源：经济学人", "The Economist"),
    ],
)
def test_1_a_table_outlet_in_another_script(tail: str, publisher: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == publisher
    assert tail not in cleaned
    assert body_stays(cleaned)


# (2) an inflected table name after its language's credit words
@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("Przedruk za „Financial Timesem”", "Financial Times"),
        ("Převzato z webu BBC", "BBC"),
        ("Artikkeli on alun perin julkaistu BBC:ssä.", "BBC"),
        ("Juttu perustuu AFP:n uutiseen.", "AFP"),
        ("A cikk eredetileg a Guardianben jelent meg.", "The Guardian"),
        ("Az AFP-nél megjelent cikk alapján.", "AFP"),
        ("Bu haber Deutsche Welle'den alınmıştır.", "Deutsche Welle"),
        ("Bu makale Guardian'dan çevrilmiştir.", "The Guardian"),
        ("По материалам «Рейтера»", "Reuters"),
    ],
)
def test_2_an_inflected_table_name(tail: str, publisher: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == publisher
    assert tail not in cleaned
    assert body_stays(cleaned)


@pytest.mark.parametrize(
    ("tail", "accepted"),
    [
        # A name the table lacks keeps its written form (Turkish: before the apostrophe;
        # Polish "-ą" and the Czech plural paper regular endings are turned back).
        ("Bu haber Milliyet'ten alınmıştır.", {"Milliyet"}),
        ("Przedruk za Gazetą Krakowską", {"Gazeta Krakowska"}),
        ("Převzato z Lidových novin", {"Lidové noviny"}),
    ],
)
def test_2_an_unknown_inflected_name_keeps_its_form(tail: str, accepted: set[str]) -> None:
    cleaned, found = run(tail=(tail,))
    assert found in accepted
    assert tail not in cleaned


@pytest.mark.parametrize(
    "middle",
    [
        "Guardianin mukaan hanke on viivästynyt jo kahdesti.",
        "A polgármester a BBC-nek elmondta, hogy a pénz rendelkezésre áll.",
        "Başkan Reuters'a yaptığı açıklamada bütçenin hazır olduğunu söyledi.",
        "Jak pisze za granicą Guardian, podobne problemy ma kilka miast.",
    ],
)
def test_2_twins_a_mention_in_the_story_credits_no_one(middle: str) -> None:
    cleaned, found = run(middle=middle)
    assert found is None
    assert middle in cleaned


# (3) an outlet's forms and a wire's desk
@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("Source: The Washington Post Print Edition", "The Washington Post"),
        ("Source: Financial Times, Asia edition", "Financial Times"),
        ("Source: Dawn e-Paper", "Dawn"),
        ("Sent via the Guardian app", "The Guardian"),
        ("Source: AFP Africa", "AFP"),
        ("Source: Reuters India", "Reuters"),
        ("来源：BBC中文网", "BBC"),
        ("Kaynak: DW Türkçe", "Deutsche Welle"),
        ("This article was licensed from Reuters Connect.", "Reuters"),
        (
            "Source: https://www-theguardian-com.cdn.ampproject.org/c/s/www.theguardian.com/"
            "world/2026/mar/04/council-road-budget",
            "The Guardian",
        ),
        ("Retrouvez l'intégralité de cet article sur lefigaro.fr", "Le Figaro"),
    ],
)
def test_3_an_outlets_form_or_a_wires_desk(tail: str, publisher: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == publisher
    assert tail not in cleaned
    assert body_stays(cleaned)


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        # A franchise under licence is another outlet: a country after an outlet's name stays.
        ("Source: CNN Philippines", "CNN Philippines"),
        ("Source: Forbes Africa", "Forbes Africa"),
    ],
)
def test_3_twins_an_outlets_country_franchise_stays_whole(tail: str, publisher: str) -> None:
    assert run(tail=(tail,))[1] == publisher


def test_3_twin_a_phones_share_footer_credits_no_one() -> None:
    assert run(tail=("Sent from my iPhone",))[1] is None


# (4) byline fields beside the text, a desk byline, press-release services
@pytest.mark.parametrize(
    ("side", "publisher"),
    [
        ("Redação / Agência Brasil", "Agência Brasil"),
        ("EP | Sevilla", "Europa Press"),
        ("Reuters, AFP", "Reuters"),
        ("新華社", "Xinhua"),
        ("Anadolu", "Anadolu Agency"),
        ("Times News Network | Updated: Mar 4, 2026, 10:12 IST", "The Times of India"),
        ("Express News Service | Pune", "The Indian Express"),
    ],
)
def test_4_a_byline_field_beside_the_text(side: str, publisher: str) -> None:
    cleaned, found = run(side_lines=[side])
    assert found == publisher
    assert body_stays(cleaned)


@pytest.mark.parametrize(
    "side",
    [
        "Redacción | Madrid",  # the newsroom and its city: the site's own
        "Petra",  # a wire's name and a given name: a person's byline
        "The Guardian",  # a bare outlet's name beside a story may be a logo
        "共同声明",  # "joint statement"
    ],
)
def test_4_twins_a_byline_field_naming_no_wire(side: str) -> None:
    assert run(side_lines=[side])[1] is None


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        (
            "OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER "
            "VERANTWORTUNG DES AUSSENDERS | OTS0117 | 5. März 2026",
            "APA-OTS",
        ),
        (
            "Original-Content von: Verkehrsverbund Nordtal, übermittelt durch news aktuell",
            "Verkehrsverbund Nordtal",
        ),
    ],
)
def test_4_a_press_release_services_trailer(tail: str, publisher: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == publisher
    assert tail not in cleaned

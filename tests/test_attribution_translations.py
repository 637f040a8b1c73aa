"""Pass 68 (issue 14, the fiftieth blind set's tune half): the credits of translated pieces.

- a translation's note written into the credit's line ("Translated from the French by …;",
  "Переклад з англійської.", "Traducció: redacció.", "，译者：…") is no part of the credit, and
  the whole line leaves the text with it;
- the language before the outlet in a first-published note ("first appeared in German in the
  Frankfurter Allgemeine") is no outlet;
- "Оригинал:" / "Оригінал:" (the original of a translation) labels the outlet;
- a Chinese paper described before its title in marks ("士嘉堡社区报《…》") is the title;
- a Romance paper's name ends with its region's adjective in lower case ("Le Courrier picard");
- a digest's place in brackets after a paper the table lacks ("Kurier Mazowiecki Wschód
  (Poland)") is no part of its name; after a table name it tells a namesake apart and stays.
"""

# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

EN = "The night trains were cut from the timetable in March.\nThe ministry promised a review."
UK = "Міська рада в понеділок закрила міст на ремонт.\nМешканцям запропонували об'їзд."
RU = "Городские власти закрыли мост на ремонт в понедельник.\nЖителям предложили объезд."
CA = "L'ajuntament ha tancat el pont per obres aquest dilluns.\nEls veïns tenen un desviament."
ZH = "市政府周一宣布关闭老桥进行维修。\n工程预计持续三个月。"
FR = "La mairie a fermé le pont lundi pour travaux.\nUne déviation est en place."
URL = "https://translated.example.net/story/1"


@pytest.mark.parametrize(
    ("story", "line", "publisher"),
    [
        (
            EN,
            "Translated from the French by Orla Keaveney; this article first appeared in "
            "La Gazette du Rhône.",
            "La Gazette du Rhône",
        ),
        (UK, "Переклад з англійської. Оригінал: Harbour Ledger", "Harbour Ledger"),
        (RU, "Перевод с иврита. Оригинал опубликован в газете «Голос Галилеи».", "Голос Галилеи"),
        (CA, "Font: Europa Press. Traducció: redacció.", "Europa Press"),
        (
            ZH,
            "本文译自士嘉堡社区报《Scarborough Bluffs Ledger》，译者：陈志坚",
            "Scarborough Bluffs Ledger",
        ),
        (
            EN,
            "This article was automatically translated from French. Original: Le Monde",
            "Le Monde",
        ),
        (
            EN,
            "This commentary first appeared in German in the Frankfurter Allgemeine Zeitung. "
            "Translation: Hannah Lindqvist-Shaw.",
            "Frankfurter Allgemeine Zeitung",
        ),
        (
            EN,
            "This article was originally published in Polish by Gazeta Nadwiślańska.",
            "Gazeta Nadwiślańska",
        ),
        (
            FR,
            "Cet article a été publié initialement dans Le Républicain lorrain.",
            "Le Républicain lorrain",
        ),
        (FR, "Source : Le Courrier picard", "Le Courrier picard"),
    ],
)
def test_a_translations_credit_names_the_original(story: str, line: str, publisher: str) -> None:
    text, found = attribute(f"{story}\n{line}", url=URL)
    assert found.original_publisher == publisher
    assert line not in text  # the note goes with the credit
    assert story.split("\n")[-1] in text


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # a translation from an outlet is the credit itself
        ("Translated from Le Monde", "Le Monde"),
        # a translator alone, and a sentence about translating, name no one
        ("Translated by Jane Doe", None),
        ("The mayor said so on Monday. Translation of the law is pending.", None),
        # a capitalised word after the paper is no adjective of its region
        ("This story first appeared in The Journal on Monday.", "The Journal"),
        ("Source: German", None),
    ],
)
def test_look_alikes_keep_their_answer(line: str, publisher: str | None) -> None:
    _, found = attribute(f"{EN}\n{line}", url=URL)
    assert found.original_publisher == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Source: Kurier Mazowiecki Wschód (Poland), 12 March 2027", "Kurier Mazowiecki Wschód"),
        ("This article first appeared in El Heraldo del Salar (Uyuni).", "El Heraldo del Salar"),
        # an agency's tag in capitals is no place; a table name's country tells a namesake
        ("Source: Harbour Ledger (HL)", "Harbour Ledger"),
        ("Source: The Guardian (Nigeria)", "The Guardian Nigeria"),
    ],
)
def test_a_place_in_brackets_after_an_unknown_paper_goes(line: str, publisher: str) -> None:
    _, found = attribute(f"{EN}\n{line}", url=URL)
    assert found.original_publisher == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # the agency's Chinese name, its short name and the language of its report after it
        ("本文译自加拿大通讯社（加通社）英文报道。", "The Canadian Press"),
        ("来源：加通社", "The Canadian Press"),
        # "新闻", "新聞" end papers' names: no piece's noun
        ("来源：澎湃新闻", "澎湃新闻"),
        ("（毎日新聞）", "毎日新聞"),
    ],
)
def test_a_chinese_translations_source_after_its_short_name_and_language(
    line: str, publisher: str
) -> None:
    _, found = attribute(f"{ZH}\n{line}", url=URL)
    assert found.original_publisher == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # Turkish writes a case's ending onto the name after an apostrophe
        ("Bu haber Anadolu Ajansı'nın İngilizce servisinden çevrilmiştir.", "Anadolu Agency"),
        ("Kaynak: Reuters'ın", "Reuters"),
        # an elided Italian article and an English possessive are no Turkish endings
        ("Fonte: Gazzetta d'Alba", "Gazzetta d'Alba"),
    ],
)
def test_a_turkish_case_ending_after_the_name_goes(line: str, publisher: str) -> None:
    _, found = attribute(f"{EN}\n{line}", url=URL)
    assert found.original_publisher == publisher


@pytest.mark.parametrize(
    ("story", "line", "publisher"),
    [
        # "(reproduced with) permission and was first published by": the publisher follows
        (
            EN,
            "This article is reproduced with permission and was first published by Nature on "
            "18 March 2027.",
            "Nature",
        ),
        (EN, "This article is reproduced with permission.", None),
        # a release's word in brackets: the release reposted, its issuer credited
        (FR, "Source : Université Berry-Sologne (communiqué)", "Université Berry-Sologne"),
        (EN, "Información publicada originalmente en El Mundo.", "El Mundo"),
        # Chinese portals' original headline before the source, a disclaimer after it
        (ZH, "原标题：《松北三条冰雪季公交线路周六恢复原走向》 来源：冰城晚讯", "冰城晚讯"),
        (ZH, "来源：赣东稻花鱼，如有侵权请联系删除", "赣东稻花鱼"),
        (ZH, "原标题：《松北三条冰雪季公交线路周六恢复原走向》", None),
    ],
)
def test_notes_around_a_portals_or_a_partners_credit(
    story: str, line: str, publisher: str | None
) -> None:
    _, found = attribute(f"{story}\n{line}", url=URL)
    assert found.original_publisher == publisher


@pytest.mark.parametrize(
    "line",
    [
        # the licence a text is published under publishes nothing
        "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen "
        "nicht verwendet werden.",
        "Source: Creative Commons licence CC BY 4.0",
    ],
)
def test_a_licence_is_no_publisher(line: str) -> None:
    _, found = attribute(f"{EN}\n{line}", url=URL, side_lines=(line,))
    assert found.original_publisher is None

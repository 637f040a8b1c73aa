"""Pass 48 (issue 14): classes that held across page families, each with twins in other
outlets and languages and look-alikes that must keep their answer. The phrasebook itself is
tested in test_attribution_phrasebook.py."""

# ruff: noqa: RUF001  (brackets and letters of other scripts are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

STORY = (
    "The county closed the lakeside road on Monday after the storm undercut a section of the "
    "embankment, and engineers said repairs would take at least three weeks.\n"
    "Residents were told to use the northern detour, which adds about twenty minutes."
)
JA_STORY = (
    "函館市の漁業関係者は13日、今季のスルメイカ漁の水揚げ量が過去最低になる見通しだと明らかにした。\n"
    "市は漁業者への支援策を検討している。"
)


def _run(text: str, url: str = "https://www.example-local.org/news/1", **kw: object) -> tuple:
    rest, found = attribute(text, url=url, **kw)  # type: ignore[arg-type]
    return rest, found.original_publisher


@pytest.mark.parametrize(
    ("side", "publisher"),
    [
        # a source field's value that is a sentence is read as the sentence it is, never
        # as a name made of its first word
        (["Sources", "Written with information from Reuters."], "Reuters"),
        (["Fuentes", "Redactado con información de medios locales y agencias."], None),
        # a name under the label still is one
        (["Sources", "Northwind Courier"], "Northwind Courier"),
        (["Source", "Agence France-Presse"], "AFP"),
    ],
)
def test_a_source_fields_value_that_is_a_sentence_is_no_name(
    side: list[str], publisher: str | None
) -> None:
    _, found = _run(STORY, side_lines=side)
    assert found == publisher
    assert found != "Written"


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        # the brackets Chinese and Japanese put round a wire's or a paper's name at the end
        (JA_STORY + "\n【時事通信社】", "Jiji Press"),
        (JA_STORY + "\n〔共同〕", "Kyodo News"),
        (JA_STORY + "\n【北海道新聞】", "北海道新聞"),
        # the company's character written onto a table name: the table's outlet
        (JA_STORY + "\n（朝日新聞社）", "The Asahi Shimbun"),
        # no outlet in the brackets: a section's or a writer's label stays
        (JA_STORY + "\n【関連記事】", None),
        ("【記者：山田太郎】\n" + JA_STORY, None),
    ],
)
def test_a_name_in_cjk_brackets_at_the_edge(text: str, publisher: str | None) -> None:
    rest, found = _run(text, url="https://news.example-portal.jp/articles/1")
    assert found == publisher
    if publisher is None:
        assert rest.strip() == text.strip()


def test_a_papers_company_name_on_its_own_site_is_the_site() -> None:
    # "函館みなと新聞社" (the company) on the site named "函館みなと新聞": its own notice
    _, found = _run(
        JA_STORY,
        url="https://www.hakodate-minato-shimbun.example/articles/1",
        meta={"og:site_name": "函館みなと新聞"},
        side_lines=[
            "Copyright © 函館みなと新聞社 All Rights Reserved. 記事・写真の無断転載を禁じます。"
        ],
    )
    assert found is None
    # the same notice of another paper's company on a portal credits that paper
    _, found = _run(
        JA_STORY,
        url="https://news.example-portal.jp/articles/1",
        meta={"og:site_name": "ポータルニュース"},
        side_lines=[
            "Copyright © 函館みなと新聞社 All Rights Reserved. 記事・写真の無断転載を禁じます。"
        ],
    )
    assert found == "函館みなと新聞社"


ROUNDUP = (
    "Resumo da imprensa\n"
    "Avaria na dessalinizadora deixa Mindelo com água racionada\n"
    "Uma avaria numa das unidades obrigou a empresa de águas a racionar o abastecimento.\n"
    "Fonte: Inforpress\n"
    "Deslizamento interdita estrada e isola bairros da serra\n"
    "Um deslizamento de terra interditou a estrada depois de dois dias de chuva forte.\n"
    "Fonte: Diário do Litoral\n"
    "Comboio volta a circular em Benguela\n"
    "O Caminho de Ferro retomou as viagens de passageiros suspensas desde janeiro.\n"
    "Fonte: Jornal de Angola"
)


def test_a_roundups_items_each_with_its_own_source_credit_no_one() -> None:
    rest, found = _run(ROUNDUP, url="https://www.resumo-example.cv/2027/02/resumo")
    assert found is None
    # the sources are the round-up's content: they stay
    assert "Fonte: Inforpress" in rest and "Fonte: Jornal de Angola" in rest


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        # one copy credited at its head and its end: two credits, no round-up
        (
            "Source: Reuters\n" + STORY + "\nMore rain is forecast.\nThe council will meet.\n"
            "Its engineers will report.\n(With inputs from PTI)",
            "Reuters",
        ),
        # one source under one story, however long
        (
            STORY + "\nMore rain is forecast.\nThe council will meet.\nIts engineers will "
            "report.\nSource: Northwind Courier",
            "Northwind Courier",
        ),
    ],
)
def test_a_copy_with_credits_at_its_edges_is_no_roundup(text: str, publisher: str) -> None:
    assert _run(text)[1] == publisher


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (STORY + "\nSource: Theo Tuổi Trẻ Online", "Tuổi Trẻ Online"),
        (STORY + "\nFuente: Según El Tiempo", "El Tiempo"),
        # "Theo" as a person's given name, not a source
        (STORY + "\nTheo Walcott opened the new footbridge.", None),
    ],
)
def test_according_to_opening_a_source_value_is_no_part_of_the_name(
    text: str, publisher: str | None
) -> None:
    assert _run(text)[1] == publisher


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # a line restating the decided publisher under one word of label, in a language the
        # label lists lack, goes with the credit; another outlet's line stays
        (STORY + "\nSource: BBC News\nTushe: BBC Hausa", "Tushe: BBC Hausa", ""),
        (STORY + "\nSource: BBC News\nTushe: Daily Trust", "", "Tushe: Daily Trust"),
    ],
)
def test_a_restating_line_under_any_label_leaves_with_the_credit(
    text: str, gone: str, kept: str
) -> None:
    rest, found = _run(text)
    assert found == "BBC"
    if gone:
        assert gone not in rest
    if kept:
        assert kept in rest


@pytest.mark.parametrize(
    ("side", "publisher"),
    [
        # an English credit sentence names any kind of piece
        (
            ["This match report first appeared in the South Wales Evening Post."],
            "South Wales Evening Post",
        ),
        (["This interview was originally published by The Tyee."], "The Tyee"),
        (["This obituary first appeared in the Northwind Courier."], "Northwind Courier"),
        # a credit's sentence as one part of a byline row
        (
            ["By Dana Whitlock | February 14, 2027 | Originally published by The Tennessean"],
            "The Tennessean",
        ),
        (
            ["By Dana Whitlock · Republished with permission from Northwind Courier"],
            "Northwind Courier",
        ),
        # a row of a writer, a date and a section names no one
        (["By Dana Whitlock | February 14, 2027 | Music | Interviews"], None),
        (["Home | News | Sport | The Tennessean Guide to Nashville | Contact"], None),
        # a credit's name with the site's word after it
        (["Via: Kilmarnock Athletic FC official website"], "Kilmarnock Athletic FC"),
    ],
)
def test_credit_sentences_of_any_piece_and_in_byline_rows(
    side: list[str], publisher: str | None
) -> None:
    assert _run(STORY, side_lines=side)[1] == publisher


@pytest.mark.parametrize(
    ("url", "line"),
    [
        # the domain spells a run of the name's words
        ("https://lite.lagoonpost.tv/text/735313", "© Funafuti Lagoon Post"),
        # a letter no decomposition folds, as the domain writes it
        ("https://www.kiyihaber.com.tr/NewsDetail.aspx?NewsID=9", "Kaynak: Kıyı Haber"),
        ("https://www.glospomorza.example/a/1", "Źródło: Głos Pomorza"),
    ],
)
def test_a_sites_own_name_as_its_domain_spells_it_is_the_site(url: str, line: str) -> None:
    assert _run(STORY + "\n" + line, url=url)[1] is None


@pytest.mark.parametrize(
    ("url", "line", "publisher"),
    [
        # another site's run of words, or a name only partly the domain's
        ("https://www.lagoonnews.example/a/1", "© Funafuti Lagoon Post", "Funafuti Lagoon Post"),
        ("https://www.denizhaber.example/a/1", "Kaynak: Kıyı Haber", "Kıyı Haber"),
    ],
)
def test_another_name_is_not_the_site(url: str, line: str, publisher: str) -> None:
    assert _run(STORY + "\n" + line, url=url)[1] == publisher

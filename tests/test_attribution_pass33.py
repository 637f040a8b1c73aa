"""Attribution pass 33 (issue 14): the nineteenth blind set's tune half, by class, in outlets
and languages the set does not use:

- (1) a table outlet's web or digital edition written in Chinese, Japanese or Korean after its
  name, on or after a space ("日本経済新聞 電子版", "人民日报电子版", "南華早報網路版", "중앙일보
  디지털판"), is that outlet, in a portal's source row and after a source label; a name the
  table lacks keeps its edition's word, and the word alone names no one;
- (2) "資料來源：" / "资料来源：" ("the material's source"), Taiwan's and Hong Kong's plain source
  label, and "稿件來源：" (the traditional spelling of "稿件来源：") credit an outlet as "來源："
  does; the same label before a government body, an association, a company or its papers, a
  reference work, a reporter or the paper's own archive cites facts and credits no one, and
  under a chart's title it is the chart's data note.

Each class: the publisher and the line gone from the text, and twins crediting no one with
the line kept."""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width colons and letters of other scripts are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

PORTAL = "https://kansai-news-digest.example.jp/story/88123/4401"
JA_BODY = [
    "大阪府北浜市の商店街で１０日、老朽化したアーケードの撤去工事が始まった。",
    "市によると、撤去は夜間に行い、来月末までに終える予定だという。",
    "商店会の会長は「新しい屋根ができるまで、雨の日の客足が心配だ」と話した。",
]
TW_SITE = "https://www.harbourline-daily.com.tw/2026/03/06/55120/"
ZH_BODY = [
    "台南市安平區漁港12日清晨發生漁船擱淺，海巡署派員協助，船上6名船員均平安上岸。",
    "漁會表示，近日東北季風增強，港口航道淤沙嚴重，已多次向市府反映。",
    "市府回應，將在本月底前完成航道疏濬，並加裝導航燈號。",
]


def _run(url: str, body: list[str], head: str = "", tail: str = "") -> tuple[str, str | None]:
    lines = [*([head] if head else []), *body, *([tail] if tail else [])]
    cleaned, found = attribute("\n".join(lines), url=url)
    return cleaned, found.original_publisher


# (1) a table outlet's edition in Chinese, Japanese or Korean
@pytest.mark.parametrize(
    ("row", "publisher"),
    [
        ("日本経済新聞 電子版 | 3/10(火) 09:30", "Nikkei Asia"),
        ("日本経済新聞電子版 | 3/10(火) 09:30", "Nikkei Asia"),
        ("중앙일보 디지털판 · 2026-03-10 09:30", "Korea JoongAng Daily"),
    ],
)
def test_1_a_table_outlets_cjk_edition_in_a_portal_row(row: str, publisher: str) -> None:
    cleaned, found = _run(PORTAL, JA_BODY, head=row)
    assert found == publisher
    assert row not in cleaned
    assert all(sentence in cleaned for sentence in JA_BODY)


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("来源：人民日报电子版", "People's Daily"),
        ("來源：南華早報網路版", "South China Morning Post"),
        ("出典：朝日新聞 デジタル版", "The Asahi Shimbun"),
        ("출처: 중앙일보 디지털판", "Korea JoongAng Daily"),
    ],
)
def test_1_a_table_outlets_cjk_edition_after_a_label(line: str, publisher: str) -> None:
    cleaned, found = _run(PORTAL, JA_BODY, tail=line)
    assert found == publisher
    assert line not in cleaned


@pytest.mark.parametrize(
    "row",
    [
        "北浜新報デジタル | 3/10(火) 09:30",  # a paper the table lacks: a row is a table name's
        "デジタル | 3/10(火) 09:30",  # the edition's word alone: a section
        "東洋経済オンライン | 3/10(火) 09:30",  # a web outlet's own name, no table outlet's
    ],
)
def test_1_twins_a_row_naming_no_table_outlet_credits_no_one(row: str) -> None:
    cleaned, found = _run(PORTAL, JA_BODY, head=row)
    assert found is None
    assert row in cleaned


def test_1_twin_a_name_the_table_lacks_keeps_its_editions_word() -> None:
    assert _run(PORTAL, JA_BODY, tail="出典：北浜新報デジタル")[1] == "北浜新報デジタル"


# (2) "資料來源：" and "稿件來源："
@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("資料來源：自由時報", "自由時報"),
        ("资料来源：澎湃新闻", "澎湃新闻"),
        ("資料來源：中央社", "Central News Agency"),
        ("稿件來源：東森新聞", "東森新聞"),
        ("資料來源：南華早報", "South China Morning Post"),
    ],
)
def test_2_the_material_source_label_credits_an_outlet(line: str, publisher: str) -> None:
    for where in ("head", "tail"):
        cleaned, found = _run(TW_SITE, ZH_BODY, **{where: line})
        assert found == publisher
        assert line not in cleaned
        assert all(sentence in cleaned for sentence in ZH_BODY)


@pytest.mark.parametrize(
    "line",
    [
        "資料來源：行政院主計總處",  # a directorate
        "資料來源：中央氣象署",  # an administration
        "资料来源：国家统计局",  # a bureau
        "资料来源：国务院",  # the State Council
        "來源：中央气象台",  # an observatory
        "資料來源：台灣醫學會",  # an association
        "资料来源：中华慈善基金会",  # a foundation
        "資料來源：台積電公司",  # a company
        "资料来源：公司2025年年报",  # a company's annual report
        "資料來源：維基百科",  # an encyclopedia
        "資料來源：記者李明",  # the story's own reporter
        "資料來源：本報資料室",  # the paper's own archive
        "資料來源：網路",  # "the internet"
    ],
)
def test_2_twins_the_label_citing_facts_credits_no_one(line: str) -> None:
    cleaned, found = _run(TW_SITE, ZH_BODY, tail=line)
    assert found is None
    assert line in cleaned


def test_2_twin_the_label_under_a_charts_title_is_its_data_note() -> None:
    lines = [*ZH_BODY[:2], "圖表：安平漁港近五年擱淺事故", "資料來源：自由時報", ZH_BODY[2]]
    cleaned, found = attribute("\n".join(lines), url=TW_SITE)
    assert found.original_publisher is None
    assert "資料來源：自由時報" in cleaned


def test_2_twin_an_outlets_station_is_no_observatory() -> None:
    assert _run(TW_SITE, ZH_BODY, tail="來源：華東電視台")[1] == "華東電視台"

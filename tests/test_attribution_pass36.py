"""Pass 36 (issue 14): each rule beside a twin of the same shape that must credit no one or
keep its line, on outlets, places and languages the thirteenth conventions round does not hold.

- a short story's text, which trafilatura's rescue gives as one run of words, is read in the
  lines of its ``<article>`` blocks: a credit under it is a line of its own, no share row in it;
- a share row ending the text (its label and its buttons, one a line) is no part of the text;
- a portal row naming a place and its region ("Salem, Oregon · 2h") names no outlet;
- an Arabic statistics office, a researcher or research team by their title, the site's own
  newsroom by its kind ("Redação Esportes", "Haber Merkezi") and a paper's kind alone
  ("Source : Quotidien") are cited or the site's own, not credited;
- a link's screen-reader label in Portuguese and Spanish ("(abre em nova aba)") and the
  reporter after a Chinese or Korean outlet's name are no part of the name.
"""

from __future__ import annotations

import html as html_lib

import pytest
from lxml.html import fromstring

from aggregator.attribution.conventions.portal_rows import head_row
from aggregator.attribution.name_shapes import a_desk, without_link_label
from aggregator.attribution.names import cleaned, institution_like
from aggregator.attribution.not_credits.citations import cited_not_copied
from aggregator.attribution.not_credits.generic_names import GENERIC
from aggregator.attribution.publishers import normalize
from aggregator.extract.blocklines import article_lines
from aggregator.extract.boilerplate import strip_boilerplate
from aggregator.processing import process_page


def _short_page(paragraphs: tuple[str, ...], credit: str, share: str) -> str:
    """A short story in a theme that puts its credit and share row inside ``<article>``."""
    paras = "".join(f"<p>{html_lib.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hà Nội mở thêm tuyến buýt điện</title>
<meta property="og:site_name" content="Tin Nhanh Bắc Bộ"></head>
<body><header><nav><a href="/">Trang chủ</a> <a href="/xa-hoi/">Xã hội</a></nav></header>
<main><article class="post"><h1>Hà Nội mở thêm tuyến buýt điện</h1>
<div class="meta"><time datetime="2025-04-02">2025-04-02</time></div>
<div class="entry-content">{paras}{credit}</div>
<div class="share"><span>{share}</span> <a href="https://facebook.com/sharer">Facebook</a>
<a href="https://twitter.com/intent/tweet">X</a> <a href="https://api.whatsapp.com/send">WhatsApp</a></div>
</article></main><footer><p>© 2025 Tin Nhanh Bắc Bộ</p></footer></body></html>"""


_STORY = (
    "Hà Nội sẽ mở thêm hai tuyến buýt điện từ tháng sau.",
    "Mỗi tuyến có mười hai xe chạy từ sáng sớm đến tối.",
    "Giá vé không thay đổi.",
)


def test_a_short_story_s_credit_is_read_as_its_own_line_without_the_share_row() -> None:
    html = _short_page(_STORY, '<p class="source">Nguồn: Báo Hải Phòng Điện Tử</p>', "Chia sẻ")
    article = process_page(html, "https://www.tinnhanhbacbo.vn/xa-hoi/buyt-dien-ha-noi")
    assert article.attribution.original_publisher == "Báo Hải Phòng Điện Tử"
    assert "Nguồn" not in article.text
    assert "WhatsApp" not in article.text
    assert _STORY[0] in article.text and _STORY[-1] in article.text


def test_twin_a_short_story_without_a_credit_credits_no_one_and_loses_its_share_row() -> None:
    html = _short_page(_STORY, "", "Chia sẻ")
    article = process_page(html, "https://www.tinnhanhbacbo.vn/xa-hoi/buyt-dien-ha-noi")
    assert article.attribution.original_publisher is None
    assert "WhatsApp" not in article.text
    assert _STORY[0] in article.text and _STORY[-1] in article.text


def test_one_run_of_words_is_put_back_in_its_article_s_lines() -> None:
    tree = fromstring(
        "<html><body><article><h2>Title here</h2><p>First <b>bold</b> part.</p>"
        "<p>Källa: <a href='#'>Sydsvenskan</a></p></article></body></html>"
    )
    flat = "Title here First bold part. Källa: Sydsvenskan"
    assert article_lines(flat, tree) == "Title here\nFirst bold part.\nKälla: Sydsvenskan"


def test_twin_text_that_is_not_the_article_s_words_is_left_as_it_is() -> None:
    tree = fromstring(
        "<html><body><article><h2>Title here</h2><p>First part.</p></article></body></html>"
    )
    assert article_lines("Something else entirely", tree) == "Something else entirely"
    assert article_lines("Title here\nFirst part.", tree) == "Title here\nFirst part."


def test_a_share_row_ending_the_text_leaves_it() -> None:
    text = "Stadsbussarna får nya linjer.\nBeslutet togs i går.\nDela\nFacebook\nX\nLinkedIn"
    assert strip_boilerplate(text) == "Stadsbussarna får nya linjer.\nBeslutet togs i går."


def test_a_share_row_on_one_line_leaves_the_text() -> None:
    text = "Stadsbussarna får nya linjer.\nDela artikeln Facebook X LinkedIn"
    assert strip_boilerplate(text) == "Stadsbussarna får nya linjer."


def test_twin_a_credit_and_buttons_on_one_line_keep_the_credit() -> None:
    text = "Stadsbussarna får nya linjer.\nKälla: Sydsvenskan Facebook X"
    assert strip_boilerplate(text).endswith("Källa: Sydsvenskan Facebook X")


def test_twin_a_credit_right_before_unlabelled_buttons_stays() -> None:
    text = "Stadsbussarna får nya linjer.\nKälla: Sydsvenskan\nFacebook\nX"
    assert strip_boilerplate(text).endswith("Källa: Sydsvenskan")
    # one network's name ending a story is a word of the story
    assert strip_boilerplate("Han skrev om det.\nFacebook") == "Han skrev om det.\nFacebook"


def test_a_portal_row_naming_a_place_and_its_region_names_no_outlet() -> None:
    assert head_row("Salem, Oregon · 2h") is None
    assert head_row("Cagayan de Oro, Mindanao | 3 hours ago") is None


def test_twin_a_portal_row_naming_an_outlet_names_it() -> None:
    assert head_row("Statesman Journal · 2h") == "Statesman Journal"


def test_an_arabic_statistics_office_is_an_institution() -> None:
    assert institution_like("الجهاز المركزي للإحصاء الفلسطيني")
    assert institution_like("المركز الوطني للإحصاء")


def test_twin_an_arabic_paper_is_no_institution() -> None:
    assert not institution_like("صحيفة الأيام")


@pytest.mark.parametrize(
    "name",
    [
        "이영희 고려대 교수 연구팀",
        "박준호 박사",
        "佐藤教授",
        "李明教授课题组",
        "共同通信世論調査",
    ],
)
def test_a_researcher_or_research_team_by_title_is_cited(name: str) -> None:
    assert cited_not_copied(name)


@pytest.mark.parametrize("name", ["한국일보", "朝日新聞", "新京报"])
def test_twin_an_outlet_in_the_same_scripts_is_not_cited(name: str) -> None:
    assert not cited_not_copied(name)


@pytest.mark.parametrize(
    "name",
    [
        "Redação Esportes",
        "Redakcja Sport",
        "Haber Merkezi",
        "Rédaction Économie",
        "Redazione Cronaca",
    ],
)
def test_the_site_s_own_newsroom_by_its_kind_is_a_desk(name: str) -> None:
    assert a_desk(name)


@pytest.mark.parametrize(
    "name", ["Redacción Clarín", "Redação Folha Vitória", "Merkez Haber", "Redação"]
)
def test_twin_a_newsroom_with_an_outlet_s_name_is_no_desk(name: str) -> None:
    assert not a_desk(name)


@pytest.mark.parametrize("name", ["Zeitung", "Quotidien", "Giornale", "The Daily"])
def test_a_paper_s_kind_alone_names_no_paper(name: str) -> None:
    assert normalize(name) in GENERIC


@pytest.mark.parametrize("name", ["Le Quotidien", "Tageszeitung Neues Deutschland", "Daily Nation"])
def test_twin_a_paper_s_name_with_its_kind_names_it(name: str) -> None:
    assert normalize(name) not in GENERIC


def test_a_screen_reader_s_new_tab_label_in_portuguese_and_spanish_is_no_part_of_the_name() -> None:
    assert without_link_label("Zero Hora (abre em nova aba)") == "Zero Hora"
    assert without_link_label("La Voz del Interior (se abre en nueva pestaña)") == (
        "La Voz del Interior"
    )


def test_twin_words_in_brackets_that_are_the_name_s_stay() -> None:
    assert without_link_label("Diário de Notícias (Madeira)") == "Diário de Notícias (Madeira)"


def test_the_reporter_after_a_chinese_or_korean_outlet_s_name_is_cut() -> None:
    assert cleaned("南方日报 记者 陈静 通讯员 林海") == "南方日报"
    assert cleaned("한국일보 이영희 기자") == "한국일보"


def test_twin_an_outlet_whose_name_holds_a_reporter_s_word_keeps_it() -> None:
    assert cleaned("记者之家") == "记者之家"
    assert cleaned("기자협회보") == "기자협회보"


def test_a_korean_copyright_notice_s_lead_is_no_part_of_the_holder_s_name() -> None:
    assert cleaned("저작권자 ⓒ 서남신문") == "서남신문"


def test_twin_a_name_without_the_lead_keeps_its_words() -> None:
    assert cleaned("저작권위원회소식") == "저작권위원회소식"

# ruff: noqa: RUF001  (the lines are written in their own scripts and punctuation)
"""Attribution pass 41 (issue 14): the fifteenth conventions round's glued heads, glued tails
and split credits, and the twenty-fifth and twenty-sixth blind sets' tune-half classes, each on
examples the cases do not hold (other outlets, other languages), each beside a twin of the
same shape that keeps the old answer or credits no one."""

from __future__ import annotations

from lxml import html as lxml_html

from aggregator.extract.captions import caption_lines
from aggregator.extract.sidelines import side_lines
from tests.harbour_story import STORY, attributed


def run(
    tail: list[str] | None = None,
    *,
    first: str = "",
    side: list[str] | None = None,
    captions: list[str] | None = None,
) -> tuple[str, str | None]:
    cleaned, found = attributed(tail, lead=first, side_lines=side or (), captions=captions or ())
    return cleaned, found.original_publisher


# --- a credit glued to the first line with its separator -------------------------------------


def test_a_labelled_credit_glued_to_the_first_line_leaves_and_the_story_stays() -> None:
    for first, who in [
        ("By Reuters | ", "Reuters"),
        ("Quelle: dpa — ", "dpa"),
        ("(Con EFE) ", "EFE"),
        ("[Source: Reuters] ", "Reuters"),
        ("（来源：人民网）", "People's Daily"),
    ]:
        cleaned, got = run(first=first)
        assert got is not None, first
        assert cleaned.startswith(STORY[0]), first
        assert who.casefold() in got.casefold() or got == "People's Daily Online", (first, got)


def test_a_wires_bare_name_glued_to_the_first_sentence_is_its_byline() -> None:
    for first, who in [("Anadolu Agency – ", "Anadolu"), ("ТАСС. ", "TASS")]:
        cleaned, got = run(first=first)
        assert got is not None and who in got, (first, got)
        assert cleaned.startswith(STORY[0])


def test_twins_a_head_that_is_no_credit_keeps_the_line_whole() -> None:
    for first in [
        "By Jane Doe | ",  # a person's byline
        "Analysis | ",  # a section's label
        "Fuente: Ministerio de Agricultura — ",  # a cited body
        "Harbour Museum – ",  # a name the table lacks, no credit's word
    ]:
        cleaned, got = run(first=first)
        assert got is None, (first, got)
        assert cleaned.startswith(first.strip()[:5]), first


def test_twin_a_wire_named_as_the_subject_of_a_clause_is_a_mention() -> None:
    cleaned, got = run(first="Reuters – which first reported the vote – ")
    assert got is None
    assert cleaned.startswith("Reuters –")


# --- an agency's tag in Arabic letters glued after the last sentence --------------------------


def test_an_arabic_agencys_spaced_initials_close_its_copy() -> None:
    cleaned, got = run(["ويتوقع المهنيون استمرار هذا المنحى خلال الأشهر المقبلة. (ق ن أ)"])
    assert got == "QNA" or got == "ق ن أ" or (got or "").startswith("Qatar")
    assert "(ق ن أ)" not in cleaned


def test_twin_two_arabic_letters_are_a_reporters_initials() -> None:
    cleaned, got = run(["ويتوقع المهنيون استمرار هذا المنحى خلال الأشهر المقبلة. (ع م)"])
    assert got is None
    assert "(ع م)" in cleaned


# --- a label and its name split across elements ----------------------------------------------


def test_a_definition_lists_label_and_value_credit_and_leave() -> None:
    for label, name, who in [("- Fuente:", "- EFE", "EFE"), ("- Källa:", "- TT", "TT")]:
        cleaned, got = run([label, name])
        assert got is not None and who in got, (label, got)
        assert label not in cleaned and name not in cleaned


def test_twin_a_list_of_names_after_a_heading_is_no_credit() -> None:
    cleaned, got = run(["Vu dans", "- Le Monde", "- Le Figaro"])
    assert got is None
    assert "- Le Monde" in cleaned


def test_a_story_courtesy_lead_over_the_name_leaves_with_it() -> None:
    cleaned, got = run(["Article courtesy of", "Agence France-Presse"])
    assert got == "AFP"
    assert "Article courtesy of" not in cleaned


def test_a_provider_label_over_a_wire_credits_it_and_a_sponsor_does_not() -> None:
    cleaned, got = run(["- 提供", "- 時事通信"])
    assert got is not None and ("時事" in got or got == "Jiji Press")
    assert "提供" not in cleaned
    cleaned, got = run(["- 提供", "- トヨタ自動車"])
    assert got is None
    assert "トヨタ自動車" in cleaned


def test_a_story_by_label_ending_the_text_goes_with_the_name_read_beside() -> None:
    cleaned, got = run(["Story by"], side=["Associated Press"])
    assert got == "Associated Press"
    assert "Story by" not in cleaned
    # twin: with no credit beside it, the site's own line stays
    cleaned, got = run(["Story by"])
    assert got is None
    assert "Story by" in cleaned


def test_a_story_credit_block_is_no_caption() -> None:
    page = lxml_html.fromstring(
        "<html><body><div class='credit-label'>Story by</div>"
        "<div class='credit-name'>Associated Press</div>"
        "<div class='photo-credit'>Jane Doe</div></body></html>"
    )
    assert caption_lines(page) == ("Jane Doe",)


def test_a_credit_box_set_in_the_body_is_read_beside_the_text() -> None:
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in STORY)
    page = lxml_html.fromstring(
        "<html><body><div class='entry'>"
        f"<p>{STORY[0]}</p><aside class='box'><p>Fonte: ANSA</p></aside>{paragraphs[-200:]}"
        "</div></body></html>"
    )
    assert "Fonte: ANSA" in side_lines(page, "\n".join(STORY))
    _, got = run(side=["Fonte: ANSA"])
    assert got == "ANSA"


# --- the blind sets' classes ----------------------------------------------------------------


def test_a_masthead_with_its_article_and_a_picture_word_is_a_paper() -> None:
    _, got = run(["Source: The Daily Graphic"])
    assert got == "The Daily Graphic" or got == "Daily Graphic"
    _, got = run(["Source: Reuters Graphics"])  # twin: a wire's graphics desk
    assert got is None


def test_a_marker_word_opening_an_outlets_name_is_part_of_it() -> None:
    _, got = run(["Source: Breaking Harbour News"])
    assert got == "Breaking Harbour News"
    _, got = run(["Source: Breaking News"])  # twin: a section's label
    assert got is None


def test_a_label_before_a_masthead_in_capitals_is_no_photo_credit() -> None:
    _, got = run(["Fuente: MARCA"])
    assert got == "Marca" or got == "MARCA"
    _, got = run(["dpa Bild"])  # twin: an agency's picture
    assert got is None

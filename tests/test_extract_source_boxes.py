"""Source boxes beside the text, read whole (issue 14): a feed plugin's box with the source's
favicon and a label set apart by French typography ("Source : RFI"), a partner's box with its
logo over the republishing sentence, and a name that opens with a label's word. A picture
above a line still makes that line its caption."""

from __future__ import annotations

import lxml.html
import pytest

from aggregator.extract.markedlines import marked_lines
from aggregator.processing import process_page

STORY = [
    "Un glissement de terrain a coupé mardi soir la route nationale entre les deux villes, "
    "après deux jours de pluies abondantes, laissant des dizaines de camions bloqués.",
    "Selon la protection civile, aucune victime n'est à déplorer, mais plusieurs maisons "
    "situées en contrebas ont été évacuées par précaution pendant la nuit.",
    "Les engins des travaux publics ont commencé mercredi matin à dégager la chaussée, et la "
    "circulation devrait reprendre sur une voie d'ici la fin de la semaine.",
    "La protection civile a recommandé aux usagers d'éviter de circuler de nuit sur les routes "
    "de montagne du département jusqu'à la fin de l'alerte.",
]


def page(after: str, lang: str = "fr") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f'<html lang="{lang}"><head><title>La route coupée</title>'
        '<meta property="og:site_name" content="Flux Info Sud"></head><body>'
        '<header><a href="/">Flux Info Sud</a></header>'
        f'<article><h1>La route coupée</h1><div class="entry-content">{paragraphs}</div>'
        f"{after}</article>"
        "<footer><p>© 2027 Flux Info Sud</p></footer></body></html>"
    )


URL = "https://fluxinfosud.example/2027/02/route-coupee/"

FAVICON_BOX = (
    '<div class="wprss-ftp-source"><img class="wprss-favicon" '
    'src="https://www.google.com/s2/favicons?domain=www.rfi.fr&amp;sz=32" alt="" width="16" '
    'height="16"> <span class="src-label">Source :</span> '
    '<a href="https://www.rfi.fr/fr/20270212-route">RFI</a></div>'
)


def test_a_feed_plugins_source_box_with_the_sources_favicon_credits_the_source() -> None:
    article = process_page(page(FAVICON_BOX), URL)
    assert article.attribution.original_publisher == "RFI"
    assert "Source : RFI" in article.attribution.credit_lines


def test_a_partners_box_with_its_logo_over_the_sentence_credits_the_partner() -> None:
    box = (
        '<aside class="republish"><img class="republish__logo" src="/partners/630.svg" '
        'alt="Harbour Health News" width="120" height="32"><p class="republish__text">This '
        "article was reprinted from Harbour Health News, a nonprofit newsroom that covers "
        "health policy, and is republished with permission.</p></aside>"
    )
    article = process_page(page(box, "en"), URL)
    assert article.attribution.original_publisher == "Harbour Health News"


def test_a_line_under_a_photo_is_still_its_caption() -> None:
    photo = (
        '<div class="photo"><img src="/uploads/2027/02/landslide.jpg" width="960" '
        'height="640"></div><p class="credit">Agence Montagne Presse</p>'
    )
    article = process_page(page(photo), URL)
    assert article.attribution.original_publisher is None


@pytest.mark.parametrize(
    ("box", "line"),
    [
        # a name opening with a label's word keeps it: no "reggio Oggi", no "book Weekly"
        ('<div class="post-source">Viareggio Oggi</div>', "Source: Viareggio Oggi"),
        ('<div class="post-source">Sourcebook Weekly</div>', "Source: Sourcebook Weekly"),
        # the box's own label word before the name still goes
        ('<div class="post-source">SOURCE Daily Maverick</div>', "Source: Daily Maverick"),
        ('<div class="post-source">Sources Daily Nation</div>', "Source: Daily Nation"),
        # a labelled line is read as written, a space before its colon or not
        ('<div class="post-source">Source : RFI</div>', "Source : RFI"),
    ],
)
def test_a_source_boxs_label_word_is_taken_off_only_as_a_word(box: str, line: str) -> None:
    tree = lxml.html.fromstring(page(box))
    assert line in marked_lines(tree, "\n".join(STORY), URL)


def test_a_rail_of_another_outlets_links_after_the_story_credits_no_one() -> None:
    rail = (
        '<aside class="network-rail"><h3>From NBC News</h3><ul>'
        '<li><a href="https://www.nbcnews.com/news/us-news/">U.S. News</a></li>'
        '<li><a href="https://www.nbcnews.com/politics/">Politics</a></li>'
        '<li><a href="https://www.nbcnews.com/health/">Health</a></li></ul></aside>'
    )
    article = process_page(page(rail, "en"), URL)
    assert article.attribution.original_publisher is None


def logo_page(after_label: str) -> str:
    """A site builder's page: the story's paragraphs, the credit's lead as the last one,
    then ``after_label``."""
    story = "".join(f"<p>{p}</p>" for p in STORY_EN)
    return (
        '<html lang="en"><head><title>The road reopens</title></head><body><main>'
        f'<h1>The road reopens</h1><div class="rich-text">{story}'
        "<p><span>Republished with permission from</span></p></div>"
        f"{after_label}</main></body></html>"
    )


STORY_EN = [
    "The mountain road above the village reopened on Thursday, two weeks after a landslide "
    "buried it under mud and rock after two days of heavy rain.",
    "Crews worked through the nights to clear the slope, and engineers said a retaining wall "
    "would be built over the summer to stop the hillside moving again.",
    "Residents said the closure had doubled the drive to the town's only supermarket, and "
    "the school bus had run on a detour through the valley.",
]


def test_a_credits_lead_over_the_outlets_logo_credits_the_logos_name() -> None:
    logo = (
        '<div class="image"><img src="/media/partner-logo.png" alt="Harbour Health News" '
        'style="width:180px;height:60px"></div>'
    )
    article = process_page(logo_page(logo), URL)
    assert article.attribution.original_publisher == "Harbour Health News"
    assert "Republished with permission from" not in article.text  # the lead goes with it


def test_a_credits_lead_far_from_any_logo_credits_no_one() -> None:
    # the site's own links first, then a partner's logo far below
    links = "".join(f"<p><a href='/section/{n}'>Section {n}</a></p>" for n in range(4))
    far = f"<nav>{links}</nav><div><img src='/media/logo.png' alt='Harbour Health News'></div>"
    article = process_page(logo_page(far), URL)
    assert article.attribution.original_publisher is None

"""Zero-width joiners are spelling in Persian, Urdu and the Indic scripts: extraction keeps them."""

# ruff: noqa: RUF001  (letters and stops of other scripts are meant)

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from aggregator.extract.extractor import extract
from aggregator.extract.joiners import has_joiners, with_joiners_kept

FILLER = {
    "fa": "کارشناسان می‌گویند برداشت بی‌رویه از آب‌های زیرزمینی کمبود آب را تشدید کرده است.",
    "ur": "حکام نے شہریوں سے پانی کم استعمال کرنے کی اپیل کی ہے اور کہا ہے کہ صورتحال سنگین ہے۔",
    "hi": "अधिकारियों ने कहा कि बाँध का जलस्तर पिछले बीस वर्षों में सबसे नीचे है और नागरिक सावधान रहें।",
    "ml": "അണക്കെട്ടിലെ ജലനിരപ്പ് ഇരുപത് വർഷത്തെ ഏറ്റവും താഴ്ന്ന നിലയിലാണെന്ന് അധികൃതർ അറിയിച്ചു.",
}


def page(lang: str, sentence: str, *, entity: bool = False) -> str:
    body = sentence.replace("\u200c", "&zwnj;") if entity else sentence
    paragraphs = "".join(f"<p>{FILLER[lang]} {n}</p>" for n in range(6))
    return (
        f'<html lang="{lang}" dir="auto"><head><title>t</title></head><body><article>'
        f"<h1>سرخط</h1>{paragraphs}<p>{body}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fa", "مسئولان از شهروندان خواسته\u200cاند در مصرف آب صرفه\u200cجویی کنند."),
        ("fa", "منبع: بی\u200cبی\u200cسی فارسی"),
        ("ur", "یہ خبر بی\u200cبی\u200cسی اردو کی رپورٹ پر مبنی ہے، حکام نے تصدیق کی۔"),
        ("hi", "ज़िला प्रशासन ने क्\u200dष कहा कि पानी की आपूर्ति जारी रहेगी।"),
        ("ml", "ജില്ലാ ഭരണകൂടം അവന്\u200d പറഞ്ഞു കുടിവെള്ള വിതരണം തുടരും."),
    ],
)
def test_joiners_stay_in_the_text(lang: str, sentence: str) -> None:
    assert sentence in extract(page(lang, sentence), "https://example.org/a").text


def test_a_joiner_written_as_an_entity_stays() -> None:
    sentence = "مسئولان از شهروندان خواسته\u200cاند در مصرف آب صرفه\u200cجویی کنند."
    assert sentence in extract(page("fa", sentence, entity=True), "https://example.org/a").text


def test_other_invisible_characters_still_go() -> None:
    """Negative twin: a zero-width space or a bidi override is no spelling, and still leaves."""
    text = extract(page("fa", "بارش\u200bها\u202e کم بود."), "https://example.org/a").text
    assert "بارشها کم بود." in text


def test_the_tree_is_left_as_it_was() -> None:
    html = page("fa", "خواسته\u200cاند صرفه\u200cجویی کنند.")
    tree = load_html(html)
    before = tree.text_content()
    assert with_joiners_kept(tree, lambda: tree.text_content(), present=has_joiners(tree)) == before
    assert tree.text_content() == before


@pytest.mark.parametrize(
    "written",
    ["\u200c", "\u200d", "&zwnj;", "&zwj;", "&#8204;", "&#08205;", "&#x200C;", "&#X200d;"],
)
def test_the_source_settles_whether_a_page_has_joiners(written: str) -> None:
    html = f"<html><body><p>خواسته{written}اند</p></body></html>"
    assert has_joiners(load_html(html), html)
    plain = "<html><body><p>خواسته اند &#8217; &#x2019; &amp; &zeta;</p></body></html>"
    assert not has_joiners(load_html(plain), plain)

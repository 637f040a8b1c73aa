# ruff: noqa: RUF001  (quotation marks and letters of other scripts are meant)
"""Pass 18a (issue 14, the third conventions round's family (d)): newsroom credit phrases by
class, each in wordings beyond the round's own lines and with the twins that must credit no
one. "First published in", "republished with permission", "reprinted, excerpted, adapted or
translated from", "read the full story at" and "with information from", in the languages
``conventions/phrase_credits.py`` reads; a paper's word and the title marks around a name in
scripts without case are no part of the name (``conventions/classifiers.py``). Outlets are
invented unless the table's own."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BLOG, BODY, with_tail

PHRASES = [
    # first published in
    ("Dit stuk is oorspronkelijk gepubliceerd op Veluwse Bode.", "Veluwse Bode"),
    ("Artykuł pierwotnie ukazał się w serwisie Gazeta Nadodrzańska.", "Gazeta Nadodrzańska"),
    ("Tekst został pierwotnie opublikowany w tygodniku „Echo Doliny”.", "Echo Doliny"),
    ("Text původně vyšel v deníku Krkonošské listy.", "Krkonošské listy"),
    ("Článok pôvodne vyšiel na portáli zahorskenoviny.sk.", "zahorskenoviny.sk"),
    ("Članak je izvorno objavljen na portalu Glas Podravine.", "Glas Podravine"),
    ("Материал впервые опубликован на сайте «Северный курьер».", "Северный курьер"),
    ("Πρωτοδημοσιεύθηκε στην εφημερίδα «Φωνή της Άρτας».", "Φωνή της Άρτας"),
    ("Az írás eredetileg a Tiszai Napló oldalán jelent meg.", "Tiszai Napló"),
    ("Texten publicerades ursprungligen i Mälardalens Tidning.", "Mälardalens Tidning"),
    ("Artikkelen ble først publisert på Fjordingen.", "Fjordingen"),
    ("Juttu julkaistiin alun perin LS:ssä.", "LS"),
    ("Rencana ini asalnya diterbitkan dalam Suara Pantai Timur.", "Suara Pantai Timur"),
    ("Tin bài lần đầu được đăng trên báo Đất cảng.", "Đất cảng"),
    ("Makala haya yalichapishwa kwanza katika gazeti la Sauti ya Pwani.", "Sauti ya Pwani"),
    ("هذا المقال نُشر أولاً في جريدة صدى الساحل.", "صدى الساحل"),
    ("این مقاله نخستین بار در سایت پیام ساحل منتشر شد.", "پیام ساحل"),
    ('הכתבה פורסמה לראשונה באתר "קול העמק".', "קול העמק"),
    ("یہ مضمون پہلی بار روزنامہ وادی نیوز میں شائع ہوا تھا۔", "وادی نیوز"),
    ("原文刊载于《东江晚报》。", "东江晚报"),
    ("本文转载自东江晚报，已获授权。", "东江晚报"),
    ("この記事は北浜新報より転載しています。", "北浜新報"),
    ("본 기사는 한빛일보의 허락을 받아 전재했습니다.", "한빛일보"),
    # republished with permission
    (
        "This essay first appeared in Kestrel Bay Times and is republished here with permission.",
        "Kestrel Bay Times",
    ),
    (
        "Zweitveröffentlichung aus der Wendländer Rundschau mit freundlicher Genehmigung.",
        "Wendländer Rundschau",
    ),
    ("Pubblicato su gentile concessione di Eco di Valsesia.", "Eco di Valsesia"),
    ("Gengivet med tilladelse fra Himmerlands Folkeblad.", "Himmerlands Folkeblad"),
    ("Republisert med tillatelse fra Fjellbygda Tidende.", "Fjellbygda Tidende"),
    ("Dimuat ulang atas izin Warta Priangan.", "Warta Priangan"),
    ("Đăng lại với sự cho phép của báo Đất cảng.", "Đất cảng"),
    ("Αναδημοσιεύεται με την άδεια της εφημερίδας «Ηπειρωτικός Λόγος».", "Ηπειρωτικός Λόγος"),
    ("เผยแพร่ซ้ำโดยได้รับอนุญาตจาก ข่าวลุ่มน้ำโขง", "ข่าวลุ่มน้ำโขง"),
    ("नर्मदा टाइम्स से साभार", "नर्मदा टाइम्स"),
    # translated, excerpted, adapted or compiled from
    ("Traducción de un artículo publicado en Harbour Gazette.", "Harbour Gazette"),
    ("Tradução de reportagem publicada no Jornal do Planalto.", "Jornal do Planalto"),
    ("Traduzione di un articolo pubblicato su Eco di Valsesia.", "Eco di Valsesia"),
    ("Extrait d'un article paru dans Vercors Matin.", "Vercors Matin"),
    ("Adaptado de un artículo de Crónica de Tarifa.", "Crónica de Tarifa"),
    ("Dịch từ báo Harbour Gazette", "Harbour Gazette"),
    ("แปลและเรียบเรียงจาก Harbour Gazette", "Harbour Gazette"),
    ("เรียบเรียงจากรายงานของ Harbour Gazette", "Harbour Gazette"),
    # read the full story at
    ("Lisez l'article complet sur Vercors Matin.", "Vercors Matin"),
    ("Cały artykuł przeczytasz w serwisie wartanews.pl.", "wartanews.pl"),
    ("Přečtěte si celý článek na webu Jihočeský zpravodaj.", "Jihočeský zpravodaj"),
    ("Citiți materialul integral pe site-ul Monitorul de Vaslui.", "Monitorul de Vaslui"),
    ("A teljes cikk a szegedihirlap.hu oldalán olvasható.", "szegedihirlap.hu"),
    ("Läs hela artikeln på Vätterbygdens Allehanda.", "Vätterbygdens Allehanda"),
    ("Den vollständigen Artikel lesen Sie bei der Wendländer Rundschau.", "Wendländer Rundschau"),
    ("Полностью читайте на сайте «Заречный вестник».", "Заречный вестник"),
    ("Διαβάστε ολόκληρο το άρθρο στο ipeirotikos.gr.", "ipeirotikos.gr"),
    ("Baca artikel penuh di Suara Pantai Timur.", "Suara Pantai Timur"),
    ("Đọc toàn bộ bài viết tại báo Đất cảng.", "Đất cảng"),
    ("Soma habari kamili kwenye Sauti ya Pwani.", "Sauti ya Pwani"),
    ('לכתבה המלאה באתר "קול העמק"', "קול העמק"),
    # with information from an outlet (the first source, a public body after it)
    ("Cu informații de la Monitorul de Vaslui.", "Monitorul de Vaslui"),
    ("Con información de Crónica de Tarifa y la Policía Nacional.", "Crónica de Tarifa"),
]


@pytest.mark.parametrize(("line", "publisher"), PHRASES)
def test_a_newsroom_phrase_in_another_wording_names_the_outlet(line: str, publisher: str) -> None:
    cleaned, found = with_tail(line)
    assert found == publisher
    assert line not in cleaned
    assert all(sentence in cleaned for sentence in BODY)


#: Lines shaped like the phrases above that name no outlet: a date, a language, a medium, the
#: author or a person, a page, a book, "our site", a public body.
TWINS = [
    "Dit artikel verscheen eerder in het Engels.",
    "Dit artikel verscheen eerder op 4 maart.",
    "Tekst ukazał się pierwotnie w serwisie internetowym.",
    "Článek původně vyšel na serveru v roce 2019.",
    "Впервые опубликовано в газете 4 марта 2026 года.",
    "Το άρθρο δημοσιεύθηκε αρχικά στα αγγλικά.",
    "Saken ble først publisert i fjor.",
    "Artikel ini pertama kali disiarkan pada 4 Mac 2026.",
    "Bài viết được đăng lần đầu trên trang cá nhân của tác giả.",
    "Habari hii ilichapishwa kwa mara ya kwanza na mwandishi wetu.",
    "This article appeared in print and is republished here with permission.",
    "This article is republished with permission.",
    "Nachdruck aus dem Jahr 1998.",
    "Nachdruck aus dem Buch „Die lange Straße“ mit freundlicher Genehmigung des Verlags.",
    "Den ganzen Artikel lesen Sie auf Seite 3.",
    "Ripubblicato per gentile concessione dell'autore.",
    "Ripubblicato per gentile concessione di Giulia Bianchi.",
    "Publicerad med tillstånd från familjen.",
    "Diterbitkan semula dengan kebenaran penulis.",
    "Imechapishwa upya kwa idhini ya mwandishi.",
    "أعيد نشره بإذن من الكاتب.",
    "เรียบเรียงจากหลายแหล่ง",
    "เรียบเรียงจากการสัมภาษณ์",
    "แปลจากภาษาอังกฤษ",
    "อ่านข่าวฉบับเต็มได้ที่เว็บไซต์ของเรา",
    "ইন্টারনেট থেকে সংগৃহীত",
    "इंटरनेट से साभार",
    "本文转载自网络。",
    "本文转载自作者的博客。",
    "本文摘自《长路》。",
    "この記事は以下からの転載です。",
    "Cet article est la traduction d'un article paru dans notre édition anglaise.",
    "Retrouvez l'intégralité de cet article sur notre site.",
    "Lees verder op pagina 5.",
    "Czytaj więcej na stronie 5.",
    "Lue koko juttu: Kunta hyväksyi budjetin",
    "Полностью читайте в следующем номере.",
    "Baca berita lengkapnya di sini.",
    "לכתבה המלאה באתר שלנו",
    "Translated from French by Jane Doe.",
    "Tradotto dall'inglese da Paolo Bianchi.",
    "Lược dịch từ tiếng Pháp",
    "Con información de la Guardia Civil.",
    "Com informações do Corpo de Bombeiros.",
    "Com informações da Prefeitura de Campinas.",
    "Cu informații de la Poliția Română.",
    "Com informações da PM.",
    "Con información de la SSC.",
]


@pytest.mark.parametrize("line", TWINS)
def test_a_phrase_naming_no_outlet_credits_no_one_and_stays(line: str) -> None:
    cleaned, found = with_tail(line)
    assert found is None
    assert line in cleaned


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # the paper's word before a name in a script without case is no part of it
        ("المصدر: جريدة الأيام الساحلية", "الأيام الساحلية"),
        ('מקור: אתר "חדשות העמק"', "חדשות העמק"),
        ("ที่มา: หนังสือพิมพ์ข่าวลุ่มน้ำโขง", "ข่าวลุ่มน้ำโขง"),
        # nor the title marks around a Chinese or Japanese name
        ("来源：《东江晚报》", "东江晚报"),
        ("出典：「北浜新報」", "北浜新報"),
        # an agency's word stays: the table names KUNA so
        ("المصدر: وكالة الأنباء الكويتية", "Kuwait News Agency"),
    ],
)
def test_a_papers_word_and_title_marks_are_no_part_of_the_name(line: str, publisher: str) -> None:
    cleaned, found = with_tail(line)
    assert found == publisher
    assert line not in cleaned


def test_a_phrase_ending_the_last_paragraph_is_read_and_leaves() -> None:
    credit = "Publisert med tillatelse fra Fjellbygda Tidende."
    text = "\n".join([*BODY[:-1], BODY[-1] + " " + credit])
    cleaned, found = attribute(text, url=BLOG)
    assert found.original_publisher == "Fjellbygda Tidende"
    assert cleaned.endswith(BODY[-1])

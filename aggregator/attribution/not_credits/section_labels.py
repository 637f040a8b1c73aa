"""A site's section labels, which are never outlets (issue 14, pass 24): "News", "Local",
"World", "Politik", "Actualités", "新闻", alone on a line or a byline block's field, whatever
a date, a separator or a layout puts beside them ("News 2026-03-04", a block theme's "Written
by … in News 2026-03-04" row, "National | 4 March 2026", "Home / News").

A table outlet whose name is such a word with its article ("The News", "The National", "The
Nation") is named only with the article written: the table's lookup ignores "the", so a
section label alone would otherwise reach it. A word the table itself spells as an outlet's
name ("Welt", Die Welt) names it only where a credit's wording says a publisher follows
("Quelle: Welt") or in the outlet's wordmark in capitals ("WELT"); a name in quotation marks
is read before this (a label is never quoted)."""

# ruff: noqa: RUF001  (letters of other scripts are meant)

from __future__ import annotations

import re
from collections.abc import Callable

from aggregator.attribution.conventions.regex_parts import any_of

#: The words a site's sections and categories are labelled by, in the table's languages.
_LABELS = any_of(
    # en: a WordPress theme's default category and the usual desks
    "news|latest|latest news|top news|top stories|breaking news|headlines|trending|featured|"
    "nation|national|world|international|local|region|regional|state|city|metro|home|"
    "politics|business|economy|markets|opinion|opinions|sport|sports|culture|arts|"
    "entertainment|lifestyle|health|science|tech|technology|education|environment|crime|"
    "weather|features|general|uncategorized|uncategorised|"
    "local news|world news|national news|international news|business news|sports news|"
    "state news|regional news|city news|community news|"
    # de, fr, es, pt, it, nl
    "nachrichten|aktuelles|aktuell|lokales|politik|wirtschaft|kultur|welt|panorama|meinung|"
    "inland|ausland|vermischtes|gesellschaft|"
    "actualités|actualité|actu|monde|politique|économie|société|faits divers|régions|"
    "noticias|actualidad|nacional|internacional|política|economía|deportes|sociedad|mundo|"
    "opinión|sucesos|locales|"
    "notícias|últimas notícias|economia|esportes|desporto|sociedade|opinião|"
    "notizie|cronaca|politica|esteri|attualità|"
    "nieuws|binnenland|buitenland|politiek|economie|cultuur|regio|"
    # tr, id, sw, pl, vi
    "haberler|gündem|dünya|ekonomi|spor|son dakika|yerel|"
    "berita|nasional|internasional|olahraga|daerah|"
    "habari|kitaifa|kimataifa|michezo|siasa|"
    "wiadomości|kraj|świat|polityka|gospodarka|"
    "tin tức|thời sự|thế giới|kinh tế|xã hội|thể thao|"
    # ru, uk, ar, ur, hi
    "новости|политика|экономика|общество|в мире|происшествия|новини|політика|економіка|світ|"
    "أخبار|الأخبار|محليات|سياسة|اقتصاد|رياضة|عربي ودولي|"
    "خبریں|قومی|بین الاقوامی|کھیل|"
    "समाचार|खबरें|ख़बरें|देश|विदेश|राज्य|खेल|राजनीति|"
    # zh, ja, ko
    "新闻|新聞|要闻|要聞|本地|本地新闻|国内|國內|国际|國際|财经|財經|体育|體育|娱乐|社会|社會|"
    "时政|綜合|综合|资讯|地方|ニュース|国内ニュース|経済|政治|スポーツ|地域|뉴스|정치|경제|사회|"
    "국제|스포츠|지역"
)
LABEL = re.compile(_LABELS, re.IGNORECASE)
#: What a layout puts around a label: brackets, quotation marks, dashes, separators.
_AROUND = " .:;,()[]{}«»\"'“”‘’—–-|·•/*#>»"
#: A date or a time beside the label: "2026-03-04", "March 4", "4. März 2026", "12:05".
_DATE_PART = re.compile(r"\d")


#: A table's spellings of a name ("Die Welt", "Welt", "WELT"), none if it has no such name.
Spellings = Callable[[str], tuple[str, ...]]


def a_section_label(piece: str, spellings: Spellings, credit_wording: bool = False) -> bool:
    """Whether ``piece``, whole, is a section's label ("News", "World News", "Politik"), not
    an outlet's name: "The News" is one, and so is a table's own spelling in capitals ("WELT")
    or, after a credit's wording (``credit_wording``), as the table writes it ("Welt")."""
    piece = piece.strip(_AROUND)
    if LABEL.fullmatch(piece) is None:
        return False
    own = piece in spellings(piece)
    return not (own and (credit_wording or piece.isupper()))


def only_labels(pieces: list[str], spellings: Spellings, credit_wording: bool = False) -> bool:
    """Whether a credit's pieces are a section label and its date or other labels ("News",
    "March 4", "Home / News"): no outlet is named."""
    labels = [p for p in pieces if not _DATE_PART.search(p)]
    return bool(labels) and all(a_section_label(p, spellings, credit_wording) for p in labels)

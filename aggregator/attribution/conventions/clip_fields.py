"""A press clipping's field naming the medium it was clipped from: media-monitoring services
and clipping archives show a clip under a metadata grid ("Outlet: Daily Graphic", "Date: …",
"Page: 14", "AVE: …"), in the client's language ("Média : Le Soleil", "Chombo: Nipashe",
"الوسيلة: صحيفة الغد", "Издание: Коммерсантъ"). The medium is the clip's publisher.

Only ``side_credits`` reads these, beside the text: in running text "Publication: 12 May" or
"the newspaper: …" are a story's words. The labels are the field names such services print
(Meltwater-, Cision-, Mention-like clip views and national clipping bureaus), written from
their conventions; a label that is also a common word takes a name-like value only."""

# ruff: noqa: RUF001  (colons of other scripts are meant)

from __future__ import annotations

import re
from collections.abc import Sequence

#: The field's name, in the languages clipping services serve.
_LABELS = (
    # English
    r"outlet|media\s+outlet|news\s+outlet|publication|publication\s+name|newspaper|"
    r"media\s+title|medium|print\s+source|source\s+publication|"
    # French, German, Dutch, Nordic
    r"média|support|titre\s+de\s+presse|publikation|zeitung|medientitel|publicatie|krant|"
    r"tidning|avis|lehti|julkaisu|"
    # Spanish, Portuguese, Italian, Catalan, Romanian
    r"medio|publicación|periódico|veículo|publicação|testata|pubblicazione|mitjà|"
    r"publicație|publicatie|"
    # Central and Eastern Europe
    r"tytuł\s+prasowy|médium|periodikum|kiadvány|médium\s+neve|издание|сми|видання|змі|"
    r"медия|издание\s+сми|"
    # Turkish, Greek
    r"yayın|gazete|mecra|μέσο|εφημερίδα|"
    # Arabic, Persian, Urdu, Hebrew, Kurdish
    r"الوسيلة|الوسيلة\s+الإعلامية|الصحيفة|الجريدة|رسانه|روزنامه|اخبار|اخبار\s+کا\s+نام|"
    r"כלי\s+תקשורת|עיתון|"
    # Swahili, Amharic, Hausa, Somali
    r"chombo|chombo\s+cha\s+habari|gazeti|ጋዜጣ|ሚዲያ|jarida|wargeys|"
    # South Asia
    r"समाचार\s+पत्र|अख़बार|अखबार|पत्रिका|सञ्चारमाध्यम|সংবাদপত্র|পত্রিকা|செய்தித்தாள்|"
    # Southeast and East Asia
    r"surat\s+kabar|koran|akhbar|báo|cơ\s+quan\s+báo\s+chí|หนังสือพิมพ์|pahayagan|"
    r"媒体|媒體|报纸|報紙|刊物|掲載紙|媒体名|매체|언론사|신문"
)
#: "Outlet: Daily Graphic", "ጋዜጣ፦ አዲስ ዘመን": the label, its colon, the medium.
FIELD = re.compile(
    rf"^(?:{_LABELS})\s*[:：፦]\s*(?P<who>[^\W\d_][^\n:：|·•]{{1,59}}?)\s*$",
    re.IGNORECASE,
)
#: The label alone, its value in the next block ("<dt>Outlet:</dt><dd>Daily Graphic</dd>").
LABEL_ALONE = re.compile(rf"^(?:{_LABELS})\s*[:：፦]?\s*$", re.IGNORECASE)
#: A value that is no medium's name: a format or a kind of medium ("Print", "Online", "TV").
_NO_NAME = re.compile(
    r"^(?:print|online|web|tv|radio|press|digital|newspaper|magazine|broadcast|blog|"
    r"social(?:\s+media)?|imprimé|presse|en\s+ligne|impreso|impresso|stampa|druck|gedruckt)$",
    re.IGNORECASE,
)
#: A value longer than this is a sentence, not a name.
_MAX_NAME_CHARS = 60


def medium(lines: Sequence[str], index: int) -> str | None:
    """The medium a clip's field names on line ``index`` ("Outlet: Daily Graphic"), or on it
    when the line before is the field's label alone; None when there is no such field."""
    line = lines[index].strip()
    match = FIELD.match(line)
    if match is not None:
        who = match.group("who")
    elif index > 0 and LABEL_ALONE.match(lines[index - 1].strip()):
        who = line
        if not who[:1].isalpha() or len(who) > _MAX_NAME_CHARS or ":" in who:
            return None
    else:
        return None
    who = who.strip(" .")
    return None if _NO_NAME.match(who) else who


#: A printed page's number as an e-paper's or a clipping archive's row gives it: "3面",
#: "第3版", "3면", "A3", "Page 3", "p. 3", "Seite 3", "S. 3", "Pág. 3", "Стр. 3", "Trang 3",
#: "หน้า 3".
_PAGE = re.compile(
    r"^(?:第?\s*[A-Z]?\d{1,3}\s*(?:面|版|면|ページ|頁)|[A-Z]\d{1,3}|"
    r"(?:page|pg\.?|p\.|seite|s\.|pág\.?|página|pagina|strona|str\.|стр\.?|"
    r"страница|сторінка|trang|หน้า|sayfa|halaman|σελ\.?|σελίδα|صفحة|صفحه)\s*[A-Z]?\d{1,3})$",
    re.IGNORECASE,
)
#: A date as such a row writes it: numeric, with a month's name, or in CJK's year-month-day.
_ROW_DATE = re.compile(
    r"\d{1,4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,4}\s*日?|"
    r"\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일|"
    r"\b\d{1,2}\.?\s+[^\W\d_]{3,12}\.?,?\s+\d{4}\b|\b[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4}\b"
)
_ROW_PARTS = re.compile(r"\s*[|·•]\s*")


def page_row(line: str) -> str | None:
    """The paper an e-paper's or a clipping's header row names between the page and the date
    ("3面 | 北海道新聞 | 2027年2月15日", "Page A3 · The Harbour Ledger · 15 February 2027"):
    the clip's publisher; None for any other line."""
    parts = [part for part in _ROW_PARTS.split(line.strip()) if part]
    if len(parts) != 3:
        return None
    pages = [i for i, part in enumerate(parts) if _PAGE.match(part)]
    dates = [i for i, part in enumerate(parts) if _ROW_DATE.fullmatch(part.strip())]
    if len(pages) != 1 or len(dates) != 1 or pages == dates:
        return None
    who = parts[3 - pages[0] - dates[0]].strip(" .")
    if not who[:1].isalpha() or len(who) > _MAX_NAME_CHARS or _NO_NAME.match(who):
        return None
    return who

"""The kind of publication written before a name in scripts without capital letters, and the
title marks around a name, which are no part of it (issue 14, the third conventions round):
"صحيفة صدى الساحل" (the newspaper Sada al-Sahil), 'בעיתון "קול העמק"' (in the newspaper
"Kol HaEmek"), "روزنامہ X", "روزنامه X", "หนังสือพิมพ์X", and Chinese and Japanese titles in
《》, 「」 or 『』 ("本文首发于《东江晚报》" names 东江晚报).

A capitalised script marks where a name starts (names.without_kind drops "báo", "газеты"
before it); these scripts do not, so the paper's word would stay in the name. Only a
newspaper's, magazine's or website's word goes: an agency's stays ("وكالة الأنباء الكويتية" is
the table's name of KUNA)."""

from __future__ import annotations

import re

#: The paper's word, with the prepositions and article Arabic and Hebrew write onto it
#: ("بصحيفة", "الصحيفة", "בעיתון", "מהאתר"), then the name.
_CLASSIFIER = re.compile(
    r"^(?:"
    # Arabic: newspaper, daily, magazine, weekly
    r"(?:ب|ل|و)?(?:ال)?(?:صحيفة|جريدة|مجلة|يومية|أسبوعية)|"
    # Hebrew: newspaper, site, news site, magazine, monthly, weekly
    r"[בלמה]{0,2}(?:עיתון|אתר(?:\s+החדשות)?|מגזין|ירחון|שבועון)|"
    # Urdu: daily, weekly, monthly; Persian: daily, weekly, monthly, journal, site
    r"روزنامہ|ہفت\s+روزہ|ماہنامہ|روزنامه|هفته‌نامه|ماهنامه|نشریه|سایت|وب‌سایت|وبسایت|"
    # Thai: newspaper, website, magazine
    r"หนังสือพิมพ์|เว็บไซต์|นิตยสาร"
    r")(?:\s+|(?=[\"״“«])|(?<=[ก-๛])(?=\S))"
)
#: A caseless name in quotation marks once its paper's word is gone: '"קול העמק"'.
_QUOTED = re.compile(r"^[\"״“”«'](?P<name>[^\"״“”«»'\n]{2,60})[\"״”“»']?$")
#: A title in Chinese and Japanese marks: 《东江晚报》, 「北浜新報」, 『X』.
_TITLE = re.compile(r"^[《〈「『](?P<name>[^《》〈〉「」『』\n]{1,40})[》〉」』]?$")


def without_classifier(who: str) -> str:
    """``who`` without the paper's word before it (in a script without case) and without the
    title or quotation marks around it; ``who`` itself when nothing is left."""
    name = who.strip()
    if not name or (name[0].isascii() and name[0] != '"'):
        return who  # Latin names (most): no such word to look for (speed)
    bare = _CLASSIFIER.sub("", name, count=1).strip()
    if bare:
        name = bare
    title = _TITLE.match(name)
    if title is not None:
        return title.group("name").strip()
    quoted = _QUOTED.match(name)
    if quoted is not None and not any(c.isupper() or c.islower() for c in quoted.group("name")):
        return quoted.group("name").strip()  # a cased name keeps its marks: names.QUOTED_NAME
    return name

"""A news aggregator's source row around the story it shows (issue 14, pass 26): the outlet's
name and how long ago the story ran, over the story ("Citizen Digital · 2h", "WRAL | 3 hours
ago", "Kurier · vor 2 Std.", "La Nación | hace 2 horas", "東京新聞 | 2時間前", "오마이뉴스 · 3시간
전", "Медиазона · 5 ч назад", "الشروق · منذ ساعتين", "From KTLA 5"), or the link to the
original under it ("Seattle Times — Read original", "Desde El Comercio — Leer original",
"Kurier · Original lesen").

A site dates its own stories with a date; a relative age beside a name is a portal's card, and
the name in it is the outlet whose story the card shows. Read only on the text's first line
(the row above the story) and its last (the link under it), and only as a name: a place
("Kathmandu · 2h", "Desde Lima | hace 2 horas"), a person, a section's label or the site's own
name in the same row credit no one (the resolver refuses them); a headline with its age in a
related-stories list ("Bridge repairs delayed again · 2h") sits in the middle or the tail, where
it is not read, and reads as no name."""

# ruff: noqa: RUF001  (middle dots, dashes and letters of other scripts are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.block_furniture import reading_time, stamp_row
from aggregator.attribution.conventions.regex_parts import FLAGS

#: How long ago, in the words portals print in each language.
_N = r"\d{1,3}"
_AGE = (
    r"(?:"
    # en: "2h", "45m", "3 hours ago", "1 day ago"
    rf"{_N}\s*(?:h|m|d|hrs?|mins?)|{_N}\s+(?:hours?|minutes?|mins?|hrs?|days?)\s+ago|"
    # de "vor 2 Std.", fr "il y a 3 h", es "hace 2 horas", pt "há 1 h", sv "för 2 timmar sedan",
    # cs "před 2 hodinami", ro "acum 2 ore", el "πριν από 2 ώρες", he "לפני 3 שעות",
    # ar "منذ 3 ساعات"
    rf"(?:vor|il\s+y\s+a|hace|há|för|před|acum|πριν(?:\s+από)?|לפני|منذ)\s+{_N}\s*"
    r"(?:std|stunden?|min|minuten?|tagen?|h|heures?|minutes?|jours?|horas?|minutos?|días?|dias?|"
    r"timm(?:e|ar)|minuter|dagar|hodin(?:ami|ou)?|hod|minutami|dny|ore|oră|minute|zile|"
    r"ώρες|ώρα|λεπτά|שעות|שעה|דקות|ساعات|ساعة|دقائق|دقيقة|أيام)\.?(?:\s+sedan)?|"
    r"منذ\s+(?:ساعة|ساعتين|دقيقة|يوم|يومين)|"
    # it "4 ore fa", nl "2 uur geleden", id/ms "2 jam lalu", vi "3 giờ trước", tr "1 saat önce",
    # ru "5 ч назад", uk "5 год тому", pl "2 godz. temu", hi "2 घंटे पहले", fa "۳ ساعت پیش"
    rf"{_N}\s*(?:ore|ora|minuti|giorni|uur|minuten|min|dagen|jam|menit|hari|giờ|phút|ngày|saat|"
    r"dakika|gün|ч|час(?:а|ов)?|мин|минут|дн(?:я|ей)?|год|годин|хв|хвилин|днів|godz|godzin[ya]?|"
    r"minut|dni|घंटे|मिनट|दिन|ساعت|دقیقه|روز)\.?\s+"
    r"(?:fa|geleden|(?:yang\s+)?lalu|trước|önce|назад|тому|temu|पहले|پیش)|"
    # hu "1 órája", ja "2時間前", ko "3시간 전", zh "2小时前", th "2 ชั่วโมงที่แล้ว"
    rf"{_N}\s*(?:órája|perce|napja|時間前|分前|日前|시간\s*전|분\s*전|일\s*전|小时前|分钟前|天前|"
    r"ชั่วโมงที่แล้ว|นาทีที่แล้ว|วันที่แล้ว)"
    r")"
)
#: "Via X · 2h", "From X · 2h", "Desde X | hace 2 horas": the portal's word for where it came
#: from may lead the name.
_FROM = r"(?:(?:from|via|von|de|desde|da|dari|từ|из|z|från|fra)\s+)?"
#: The name: no digit-led clock, no separator; a digit inside is part of it ("TVN24", "KTLA 5").
_NAME = r"(?P<who>[^|·•\n]{2,50}?)"
#: "Citizen Digital · 2h", "WRAL | 3 hours ago": the row above the story.
AGE_ROW = re.compile(rf"^{_FROM}{_NAME}\s*[|·•]\s*{_AGE}$", FLAGS)
#: "Read original" and its translations: the link to the original under a portal's copy.
_READ_ORIGINAL = (
    r"(?:read\s+(?:the\s+)?original(?:\s+(?:story|article))?|view\s+original|"
    r"leer\s+(?:el\s+)?original|ver\s+original|ler\s+(?:o\s+)?original|lire\s+l['’]original|"
    r"leggi\s+l['’]originale|original\s+lesen|zum\s+original|lees\s+(?:het\s+)?origineel|"
    r"baca\s+(?:artikel\s+)?asli|xem\s+bài\s+gốc|orijinalini\s+oku|czytaj\s+oryginał)"
)
#: "Seattle Times — Read original", "Desde El Comercio — Leer original".
ORIGINAL_ROW = re.compile(rf"^{_FROM}{_NAME}\s*[—–|·•-]\s*{_READ_ORIGINAL}\s*[.›»→]?$", FLAGS)


#: "From KTLA 5" alone over the story: a portal's row naming its source without a time; the
#: name's every word capitalised or a number ("From Ashes to Glory" is a headline).
FROM_ROW = re.compile(
    r"^(?:from|via|von|desde|depuis|da|dari)\s+"
    r"(?P<who>(?-i:[A-Z0-9À-ÞĀ-Ž][\w.&'’-]*)(?:\s+(?-i:[A-Z0-9À-ÞĀ-Ž][\w.&'’-]*)){0,3})$",
    FLAGS,
)


#: Japanese portals' row over a partner's story: when it was delivered ("配信") and by whom,
#: "3/23(火) 06:13配信 朝日新聞社", "2027/3/23(火) 6:13配信 共同通信", or the name first. A site
#: says when it published its own stories, never that it "delivered" them.
_DELIVERED = (
    r"(?:\d{4}\s*[/年.]\s*)?\d{1,2}\s*[/月.]\s*\d{1,2}\s*日?\s*(?:[(（][月火水木金土日][)）])?"
    r"\s*(?:\d{1,2}:\d{2})?\s*配信"
)
_DELIVERER = r"[^\s\d|·•:：][^|·•\n:：]{1,30}?"
DELIVERED_ROW = re.compile(
    rf"^(?:{_DELIVERED}\s*(?P<who>{_DELIVERER})|(?P<first>{_DELIVERER})\s*{_DELIVERED})$"
)


def head_row(line: str) -> str | None:
    """The outlet an aggregator's row over the story names ("Kurier · vor 2 Std." -> "Kurier",
    "3/23(火) 06:13配信 朝日新聞社" -> "朝日新聞社"), else None."""
    if len(line) > 80:
        return None
    if "配信" in line and (delivered := DELIVERED_ROW.match(line.strip())):
        return (delivered.group("who") or delivered.group("first")).strip()
    match = AGE_ROW.match(line) if any(mark in line for mark in "|·•") else FROM_ROW.match(line)
    who = match.group("who").strip() if match else None
    # "Kota Kinabalu, Sabah · 3h": a place and its region, a dateline's shape; a portal's row
    # gives an outlet's name alone
    return None if who is None or _PLACE_AND_REGION.match(who) else who


#: A place and its region or country ("Kota Kinabalu, Sabah", "Salem, Oregon").
_PLACE_AND_REGION = re.compile(r"^[^\W\d_][\w .'’-]*,\s*[^\W\d_][\w .'’-]*$")


def original_row(line: str) -> str | None:
    """The outlet a "read original" row under the story names ("Seattle Times — Read original"
    -> "Seattle Times"), else None."""
    folded = line.casefold()
    if len(line) > 80 or not any(word in folded for word in ("orig", "asli", "gốc")):
        return None
    match = ORIGINAL_ROW.match(line)
    return match.group("who").strip() if match else None


#: A stacked row's name: short, a name's characters only (no sentence, no field's colon).
_STACKED_NAME = re.compile(r"^[^\W\d_][^\n.:：!?,;|·•]{1,40}$")


def stacked_head(line: str, below: str) -> str | None:
    """The outlet a portal's provider row names when the row is stacked, its name over its
    time stamp or reading time ("Reuters" / "Wed, March 4, 2026 at 9:12 AM UTC" / "2 min
    read", round 10); None when the line below is neither."""
    name = line.strip()
    if _STACKED_NAME.match(name) is None or not (stamp_row(below) or reading_time(below)):
        return None
    return name

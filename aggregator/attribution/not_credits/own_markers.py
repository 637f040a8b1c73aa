"""A site's marker of its own original story, which credits no one (issue 14, pass 24): a
Chinese CMS's source field "来源：本站原创" ("this site's original"), "原创", "本网", "本报讯",
"独家", "本報資料室" (the paper's own archive); "Quelle: Eigenbericht", "Fuente: Propia",
"Source : Exclusif", "出典：オリジナル", "출처: 자체", "المصدر: خاص", "Kaynak: Özel haber". The
field a republishing site fills with its source holds these on the site's own stories: the
site says it wrote the story, so no other publisher is its original. Only the marker whole
counts: "The Original Gazette" is a name."""

# ruff: noqa: RUF001, RUF002  (full-width colons and dashes of other scripts are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import any_of

#: "本站", "本网", "本报" ("this site", "this net", "this paper"), then what it made there.
_THIS_SITE = r"(?:本站|本网|本網|本报|本報|本台|本刊|本社|本号|本號|本社記者|本紙)"
_MADE = (
    r"(?:原创|原創|独家|獨家|讯|訊|稿|稿件|编辑|編輯|记者|記者|采写|采编|报道|報道|资料室|資料室)"
)
_MARKERS = any_of(
    # en, de, fr, es, pt, it, nl
    "original|exclusive|own|own report|own reporting|in-house|original content|"
    "eigenbericht|eigener bericht|eigene recherche|eigene meldung|exklusiv|"
    "exclusif|exclusive|exclusivité|contenu original|"
    "propia|propio|exclusiva|exclusivo|contenido propio|elaboración propia|"
    "própria|próprio|conteúdo próprio|"
    "esclusiva|originale|propria|"
    "eigen bericht|exclusief|"
    # tr, ru, uk, ar, ur, hi, ja, ko, vi, id
    "özel|özel haber|kendi haberimiz|"
    "собственная информация|собств. инф|эксклюзив|власна інформація|ексклюзив|"
    "خاص|حصري|خاص بالموقع|"
    "خصوصی|"
    "विशेष|एक्सक्लूसिव|"
    "オリジナル|独自|自社|自社取材|"
    "자체|자체 기사|자체 취재|단독|오리지널|"
    "độc quyền|"
    "eksklusif"
)
#: A contribution sent to the site: "作者投稿", "读者投稿", "网友投稿", "投稿" (the site runs it
#: as its own; the contributor is a person, no outlet).
_SUBMITTED = r"(?:作者|读者|讀者|网友|網友|用户|用戶|会员|會員|粉丝|粉絲)?(?:投稿|来稿|來稿|供稿)"
_OWN = re.compile(
    rf"(?:{_THIS_SITE}{_MADE}?|{_MADE}|{_THIS_SITE}?(?:原创|原創)稿件|{_SUBMITTED}|{_MARKERS})",
    re.IGNORECASE,
)


def own_marker(who: str) -> bool:
    """Whether ``who``, whole, is a site's marker of its own story ("本站原创", "Exclusive")."""
    return _OWN.fullmatch(who.strip(" .:;,()[]【】「」")) is not None


#: "المصدر: خاص - محفظة نيوز", "Source: Exclusive | Gulf Ledger": the marker, then the site's
#: own name after a dash, a bar or a slash.
_LEADING = re.compile(rf"^\s*(?:{_MARKERS})(?:\s+[-–—|/]|\s*[:–—])\s+(?=\S)", re.IGNORECASE)


def without_own_marker(who: str) -> str:
    """``who`` without a marker of the site's own story before a name ("خاص - X": "X")."""
    return _LEADING.sub("", who, count=1)

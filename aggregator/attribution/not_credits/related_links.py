"""A pointer to another story inside the text names that story's outlet, not this page's.

"Related: Rents outpace wages (The Guardian)", "Lire aussi : … - Le Monde", "Mehr zum Thema:
Geburtsstationen in Not (Süddeutsche Zeitung)", "Leia também: … - O Globo", "اقرأ أيضا: … -
سكاي نيوز عربية": a site's editors link a story elsewhere and say whose it is. The outlet in
brackets or after a dash is the linked story's publisher; the line credits no one here.
"""

# ruff: noqa: RUF001  (full-width colons and dashes are meant)

from __future__ import annotations

import re

#: A related link's label, in the languages the sites' themes print it in, then its separator.
_RELATED_LABEL = re.compile(
    r"^\W{0,3}(?:related(?:\s+(?:story|stories|article|articles|coverage|reading))?|"
    r"read\s+also|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|"
    r"lire\s+aussi|à\s+lire\s+aussi|à\s+lire\s+également|voir\s+aussi|"
    r"mehr\s+zum\s+thema|mehr\s+dazu|lesen\s+sie\s+auch|siehe\s+auch|auch\s+interessant|"
    r"leia\s+também|leia\s+mais|veja\s+também|lee\s+también|ver\s+también|lea\s+también|"
    r"leggi\s+anche|vedi\s+anche|czytaj\s+(?:też|także|również)|zobacz\s+(?:też|także)|"
    r"lees\s+ook|ayrıca\s+okuyun|ilginizi\s+çekebilir|baca\s+juga|читайте\s+также|"
    r"читайте\s+тоже|дивіться\s+також|читайте\s+також|اقرأ\s+أيضا|اقرأ\s+أيضاً|إقرأ\s+أيضا|"
    r"یہ\s+بھی\s+پڑھیں|ये\s+भी\s+पढ़ें|यह\s+भी\s+पढ़ें|相关阅读|相關閱讀|延伸阅读|延伸閱讀|"
    r"関連記事|관련\s*기사)\s*[:：|»\-–—]",
    re.IGNORECASE,
)


def related_link(line: str) -> bool:
    """Whether ``line`` is a pointer to another story under a related link's label."""
    return _RELATED_LABEL.match(line.strip()) is not None

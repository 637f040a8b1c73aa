"""A reading surface's bar naming the page it shows: a translation proxy's "Original page:
baolamdong.vn", a read-later app's "원문 기사: pohangtoday.kr", a reader view's "Source URL:
https://…". The page shown is the original; its site published the story.

Only ``side_credits`` reads these, beside the text (the bar over a proxied or saved page):
inside a story "the original page" is a sentence's words. The labels are those such tools
print, written from their conventions, in the languages of their interfaces; the value must be
a web address (a name there may be a tool's menu)."""

# ruff: noqa: RUF001, RUF003  (full-width colons of Chinese and Japanese bars are meant)

from __future__ import annotations

import re

from aggregator.urls import host_of, registrable

_LABELS = (
    r"original\s+(?:page|article|url|link|story|site)|source\s+(?:page|url|link)|"
    r"view\s+original\s+at|saved\s+from|"
    r"originalseite|originalartikel|original-url|quell-url|"
    r"page\s+d'origine|article\s+d'origine|page\s+originale|url\s+d'origine|"
    r"página\s+original|artículo\s+original|artigo\s+original|url\s+original|"
    r"pagina\s+originale|articolo\s+originale|"
    r"oorspronkelijke\s+pagina|origineel\s+artikel|"
    r"oryginalny\s+artykuł|strona\s+oryginalna|původní\s+článek|původní\s+stránka|"
    r"eredeti\s+cikk|eredeti\s+oldal|articol\s+original|pagina\s+originală|"
    r"orijinal\s+sayfa|orijinal\s+haber|orijinal\s+makale|"
    r"оригинал\s+статьи|исходная\s+страница|оригінал\s+статті|"
    r"artikel\s+asli|halaman\s+asli|bài\s+gốc|trang\s+gốc|"
    r"원문\s*기사|원문\s*보기|원문\s*링크|원문|元記事|元の記事|元ページ|"
    r"原文链接|原文鏈接|原文地址|原始网页|原始網頁"
)
#: "Original page: baolamdong.vn", "原文链接：https://…": the label, its colon, the address.
FIELD = re.compile(
    rf"^(?:{_LABELS})\s*[:：]\s*(?P<who>(?:https?://)?(?:[\w-]+\.)+[a-z]{{2,}}(?:/\S*)?)\s*$",
    re.IGNORECASE,
)


def original_address(line: str) -> str | None:
    """The site of the page a reading surface's bar says it shows ("baolamdong.vn"), or
    None."""
    match = FIELD.match(line.strip())
    if match is None:
        return None
    address = match.group("who")
    host = host_of(address if "//" in address else f"https://{address}")
    return registrable(host) if host else None

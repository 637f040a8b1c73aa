# ruff: noqa: E501
"""Parts of the fifth blind set beyond the third and fourth sets' (`model3`, `model4`): credits
placed the way CMSs and editors place them (inside the last paragraph after the final sentence,
a styled line at the head, a box after the body, a footnote, a table cell of an old portal, a
label on one line and the outlet on the next), and sentences that open or close the story."""

from __future__ import annotations

from html import escape

from model3 import Part
from model4 import Segment


def _inline(segments: tuple[Segment, ...]) -> tuple[str, str]:
    text = "".join(s if isinstance(s, str) else s[0] for s in segments)
    html = "".join(
        escape(s, quote=False)
        if isinstance(s, str)
        else f'<a href="{escape(s[1])}" target="_blank">{escape(s[0], quote=False)}</a>'
        for s in segments
    )
    return text, html


def in_last_p(*segments: Segment, tag: str = "", credit: bool = True) -> Part:
    """A credit typed into the last paragraph after its final sentence (optionally <em>/<strong>)."""
    text, html = _inline(segments)
    if tag:
        html = f"<{tag}>{html}</{tag}>"
    return Part("lastp", text, html, credit)


def lead(sentence: str) -> Part:
    """A sentence that becomes the story's first: it must stay."""
    return Part("lead", sentence, "", False)


def coda(sentence: str) -> Part:
    """A sentence that becomes the story's last: it must stay."""
    return Part("coda", sentence, "", False)


def box_after(cls: str, *segments: Segment, credit: bool = True) -> Part:
    """A <div> the theme prints after the article body and before the share bar."""
    text, html = _inline(segments)
    return Part("after", text, f'<div class="{cls}"><p>{html}</p></div>', credit)


def boxquote(*segments: Segment, credit: bool = True) -> Part:
    """A note set in a blockquote-styled box at the end of the body."""
    text, html = _inline(segments)
    return Part(
        "tail",
        text,
        f'<blockquote class="wp-block-quote is-style-large editor-note"><p>{html}</p></blockquote>',
        credit,
    )


def footnote(*segments: Segment) -> Part:
    """A footnote at the end, keyed by an asterisk after the headline's first paragraph."""
    text, html = _inline(segments)
    return Part("tail", text, f'<p class="footnote"><small>{html}</small></p>')


def cell(label: str, value: str, href: str = "", credit: bool = True) -> Part:
    """An old portal's source row: label and outlet in two table cells."""
    v = escape(value, quote=False)
    if href:
        v = f'<a href="{escape(href)}">{v}</a>'
    html = (
        f'<table class="news-info" width="100%" cellpadding="2"><tr>\n<td class="label" width="60">{escape(label, quote=False)}</td>\n'
        f'<td class="value">{v}</td>\n</tr></table>'
    )
    return Part("tail", f"{label} {value}", html, credit)


def split(label: str, value: str, href: str = "", where: str = "tail", credit: bool = True) -> Part:
    """A label on one line and the outlet (linked) on the next, as editors type them."""
    v = escape(value, quote=False)
    if href:
        v = f'<a href="{escape(href)}" rel="noopener">{v}</a>'
    return Part(where, f"{label} {value}", f"<p>{escape(label, quote=False)}<br>\n{v}</p>", credit)


def tweet(text: str, name: str, handle: str, date: str) -> Part:
    """An embedded post by an outlet's account at the end of the text: never a credit."""
    html = (
        f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{escape(text, quote=False)}</p>'
        f"&mdash; {escape(name, quote=False)} (@{handle}) "
        f'<a href="https://twitter.com/{handle}/status/1897{sum(map(ord, text)) * 7919:014d}">{date}</a></blockquote>'
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
    )
    return Part("tail", f"{text}— {name} (@{handle}) {date}", html, False)


def logos(site: str, partner: str) -> Part:
    """Two logos over a partner's story: the republisher's and the outlet's."""
    html = (
        f'<div class="partner-logos"><img src="/static/logo.svg" alt="{escape(site)}" height="28">'
        f'<span class="x">&times;</span><img src="/static/partners/{sum(map(ord, partner)) % 997}.png" alt="{escape(partner)}" height="28"></div>'
    )
    return Part("head", "", html, False)

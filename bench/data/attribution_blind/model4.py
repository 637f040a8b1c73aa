# ruff: noqa: E501
"""Parts of the fourth blind set beyond the third set's (`model3`): credit lines mixing text,
links and bold/italic wrappers as editors and CMSs write them, and labelled source fields."""

from __future__ import annotations

from html import escape

from model3 import Part

Segment = str | tuple[str, str]  # plain text, or (anchor text, href)


def rich(where: str, *segments: Segment, tag: str = "", cls: str = "", credit: bool = True) -> Part:
    """A paragraph of text and links, optionally inside <strong>/<em>/<b>/<i>."""
    text = "".join(s if isinstance(s, str) else s[0] for s in segments)
    inner = "".join(
        escape(s, quote=False)
        if isinstance(s, str)
        else f'<a href="{escape(s[1])}" target="_blank" rel="noopener">{escape(s[0], quote=False)}</a>'
        for s in segments
    )
    if tag:
        inner = f"<{tag}>{inner}</{tag}>"
    c = f' class="{cls}"' if cls else ""
    return Part(where, text, f"<p{c}>{inner}</p>", credit)


def labelled(
    where: str, label: str, value: str, cls: str, href: str = "", credit: bool = True
) -> Part:
    """A CMS 'source' field: a label and a value, the value sometimes linked."""
    v = escape(value, quote=False)
    if href:
        v = f'<a href="{escape(href)}" rel="nofollow">{v}</a>'
    html = f'<div class="{cls}"><span class="{cls}__label">{escape(label, quote=False)}</span> <span class="{cls}__value">{v}</span></div>'
    return Part(where, f"{label} {value}", html, credit)


def canonical(url: str) -> Part:
    """A <link rel="canonical"> naming another site's page: the only sign of the copy."""
    return Part("canonical", "", url, False)


def signoff(text: str) -> Part:
    """A wire sign-off pasted onto the end of the last paragraph rather than set apart."""
    return Part("signoff", text, "", True)

# ruff: noqa: E501
"""Page templates of the fifth blind set: the earlier sets' templates plus an old table-layout
news portal, a Wayback Machine copy (toolbar, rewritten links) and a page served from the Google
AMP cache (the original outlet's AMP page at a cdn.ampproject.org address)."""

from __future__ import annotations

import re

from chrome3 import Page3, _e, _head, _html
from chrome4 import render_page4


def oldportal(p: Page3) -> str:
    """A portal built in the 2000s: tables for layout, a left menu, a news box, a visitor counter."""
    byline = p.byline_html or f'<span class="author">{_e(p.author)}</span>'
    menu = "".join(
        f'<tr><td class="menu"><a href="https://{p.host}/{m.lower()}.php">{m}</a></td></tr>'
        for m in ("Home", "News", "Politics", "Business", "Sports", "Archive")
    )
    body = (
        f'<body bgcolor="#ffffff" leftmargin="0" topmargin="0">\n'
        f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="3" class="banner"><a href="https://{p.host}/"><img src="/images/logo.gif" alt="{_e(p.site_name)}" border="0"></a></td></tr>\n'
        f'<tr><td width="160" valign="top"><table width="100%" class="leftmenu">{menu}</table></td>\n'
        f'<td width="620" valign="top" class="content"><table width="100%" cellpadding="6"><tr><td>\n'
        f'<h1 class="newstitle">{_e(p.title)}</h1>\n<div class="newsdate">{byline} | {p.iso_date}</div>\n'
        f'<div class="newsbody">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<div class="tools"><a href="https://{p.host}/print.php">Print</a> | <a href="https://{p.host}/mail.php">Email to a friend</a></div>\n'
        f"</td></tr></table></td>\n"
        f'<td width="200" valign="top" class="right"><div class="box"><b>Most viewed</b><br><a href="https://{p.host}/news.php?id={p.variant}11">Budget passed after long debate</a><br><a href="https://{p.host}/news.php?id={p.variant}12">Rains expected this weekend</a></div><div class="counter">Visitors: 4,81{p.variant},220</div></td></tr>\n'
        f'<tr><td colspan="3" class="footer" align="center">Copyright © 2006-2026 {_e(p.site_name)}. All rights reserved. | <a href="https://{p.host}/contact.php">Contact us</a></td></tr></table>\n</body>'
    )
    return _html(p, _head(p), body)


def wayback(page: str, stamp: str, original: str) -> str:
    """What the Wayback Machine serves: its toolbar first, links rewritten to archived copies."""
    prefix = f"https://web.archive.org/web/{stamp}/"
    page = re.sub(
        r'(href|src)="(https?://[^"]+)"', lambda m: f'{m.group(1)}="{prefix}{m.group(2)}"', page
    )
    toolbar = (
        '<script src="//archive.org/includes/athena.js" type="text/javascript"></script>\n'
        '<script type="text/javascript">window.RufflePlayer=window.RufflePlayer||{};</script>\n'
        f'<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">'
        f'<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;"><div id="wm-ipp-inside"><div id="wm-logo"><a href="/web/" title="Wayback Machine home page">Wayback Machine</a></div>'
        f'<form id="wm-ipp-form" target="_top" action="//web.archive.org/form-submit.jsp"><input id="wm-ipp-url" type="text" name="url" value="{_e(original)}"></form>'
        f'<div id="wm-capinfo">{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]} · 3 captures</div></div></div></div>\n<!-- END WAYBACK TOOLBAR INSERT -->\n'
    )
    return re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + "\n" + toolbar, page, count=1)


def render_page5(chrome: str, p: Page3) -> str:
    if chrome == "oldportal":
        return oldportal(p)
    return render_page4(chrome, p)

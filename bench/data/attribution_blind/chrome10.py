# ruff: noqa: E501, RUF001
"""Page templates of the tenth blind set: the earlier sets' templates plus five kinds of page
that carry other people's stories and that the earlier sets lack: an outlet's AMP page as
Google's AMP viewer shows it (the viewer bar naming the outlet's domain over the document), a
web mirror of a Telegram channel (posts, some "Forwarded from" another channel), a Medium
post (a writer's cross-post, with Medium's import footer when there is one), a LinkedIn
article (a member's newsletter or post) and an e-paper kiosk's article view
(PressReader-like: the paper's masthead, date and page over the text). Laid out from memory
of such pages."""

from __future__ import annotations

from chrome3 import Page3, _e, _head
from chrome4 import _html
from chrome8 import TRENDING_BY_LANG
from chrome9 import READ_ALSO, render_page9

TRENDING_BY_LANG.update(
    {
        "tl": (
            "Ipinagpaliban ng konseho ang botohan sa badyet",
            "Inalis na ang babala ng bagyo sa baybayin",
            "Inilabas ang kalendaryo ng susunod na taong-aralan",
            "Ubos sa loob ng isang oras ang tiket sa finals",
        ),
        "ha": (
            "Majalisa ta dage kada kuri'a kan kasafin kudi",
            "An janye gargadin guguwa a gabar teku",
            "An fitar da kalandar sabuwar shekarar karatu",
            "Tikitin wasan karshe sun kare cikin awa daya",
        ),
        "am": (
            "የከተማው ምክር ቤት የበጀት ድምፅ አሰጣጥን አራዘመ",
            "በባሕር ዳርቻ የተሰጠው የአውሎ ነፋስ ማስጠንቀቂያ ተነሳ",
            "የቀጣዩ የትምህርት ዘመን ቀን መቁጠሪያ ይፋ ሆነ",
            "የዋንጫ ፍጻሜ ትኬቶች በአንድ ሰዓት ተሸጠው አለቁ",
        ),
        "ca": (
            "El ple ajorna la votació del pressupost",
            "Es desactiva l'alerta per temporal a la costa",
            "Publicat el calendari escolar del curs vinent",
            "Exhaurides en una hora les entrades de la final",
        ),
        "nb": (
            "Kommunestyret utsetter budsjettvedtaket",
            "Farevarselet for kysten er opphevet",
            "Skoleruta for neste år er klar",
            "Cupfinalen utsolgt på en time",
        ),
        "bg": (
            "Общинският съвет отложи гласуването на бюджета",
            "Отменено е предупреждението за буря по крайбрежието",
            "Обявен е графикът на следващата учебна година",
            "Билетите за финала свършиха за час",
        ),
        "sk": (
            "Zastupiteľstvo odložilo hlasovanie o rozpočte",
            "Výstraha pred búrkami na pobreží bola odvolaná",
            "Zverejnili harmonogram budúceho školského roka",
            "Lístky na finále sa vypredali za hodinu",
        ),
        "he": (
            "מועצת העיר דחתה את ההצבעה על התקציב",
            "בוטלה אזהרת הסערה בחוף",
            "פורסם לוח החופשות לשנת הלימודים הבאה",
            "הכרטיסים לגמר אזלו בתוך שעה",
        ),
    }
)
READ_ALSO.update({"tl": "Basahin din", "ha": "Karanta kuma", "ca": "Llegiu també"})


def google_amp_viewer(p: Page3) -> str:
    """An outlet's AMP document inside Google's AMP viewer, as a browser saves it: the viewer bar
    shows the outlet's domain and a link to its page; the document is the outlet's own."""
    domain = p.host.removeprefix("www.")
    viewer = (
        f'<div class="amp-viewer-header" role="banner"><button class="amp-viewer-close" aria-label="Close">×</button>'
        f'<a class="amp-viewer-origin" href="{_e(p.url)}">{_e(domain)}</a>'
        f'<button class="amp-viewer-share" aria-label="Share">Share</button></div>'
    )
    body = (
        f'<body class="amp-viewer">\n{viewer}\n<div class="amp-doc" data-origin="{_e(p.url)}">\n'
        f'<header class="amp-header"><a href="https://{p.host}/">{_e(p.site_name)}</a></header>\n'
        f'<article class="amp-article">\n<h1>{_e(p.title)}</h1>\n{p.byline_html or f"<p class=byline>By {_e(p.author)}</p>"}\n'
        f'<p class="dateline-time"><time datetime="{p.iso_date}">{p.iso_date}</time></p>\n'
        f'<div class="article-body">\n{p.body}\n</div>\n{p.after_html}\n</article>\n'
        f"<footer><p>© {_e(p.site_name)} 2026</p></footer>\n</div>\n</body>"
    )
    return _html(p, _head(p), body)


def tgmirror(p: Page3) -> str:
    """A web mirror of a Telegram channel: the channel's header, one post (its text, views and
    time), and the channel's other posts below."""
    channel = p.site_name
    others = "".join(
        f'<div class="tgme_widget_message_wrap"><div class="tgme_widget_message_text">{_e(t)}</div></div>'
        for t in TRENDING_BY_LANG.get(
            p.lang, ("Council budget vote delayed", "Storm warning lifted")
        )[:2]
    )
    body = (
        f'<body class="tgme_channel_history">\n<header class="tgme_channel_info"><div class="tgme_channel_info_header_title"><span>{_e(channel)}</span></div>'
        f'<div class="tgme_channel_info_header_username"><a href="https://{p.host}/">@{_e(p.host.removeprefix("www.").split(".")[0])}</a></div>'
        f'<div class="tgme_channel_info_counter"><span class="counter_value">48.2K</span> <span class="counter_type">subscribers</span></div></header>\n'
        f'<main class="tgme_channel_history js-message_history"><div class="tgme_widget_message" data-post="{_e(p.url.split("/", 3)[-1])}">\n'
        f"{p.byline_html}\n"
        f'<div class="tgme_widget_message_text js-message_text"><h1 class="tgme_post_title">{_e(p.title)}</h1>\n{p.body}\n</div>\n{p.after_html}\n'
        f'<div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">{3 + p.variant}.{p.variant}K</span> '
        f'<a class="tgme_widget_message_date" href="{_e(p.url)}"><time datetime="{p.iso_date}T07:1{p.variant}:00+00:00">{p.iso_date}</time></a></div>\n'
        f"</div>\n{others}</main>\n"
        f'<footer class="tgme_footer"><p>This page mirrors a public Telegram channel. © 2026 {_e(channel)}</p></footer>\n</body>'
    )
    return _html(p, _head(p), body)


def medium(p: Page3) -> str:
    """A Medium story: the writer's name and follow button, reading time, claps, and the
    writer's bio under the post."""
    byline = p.byline_html or (
        f'<div class="pw-author"><a class="author-name" href="https://{p.host}/@{p.variant}">{_e(p.author)}</a> · <button>Follow</button></div>'
    )
    body = (
        f'<body class="medium-story">\n<nav class="metabar"><a class="logo" href="https://{p.host}/">Medium</a><a href="https://{p.host}/new-story">Write</a><a href="https://{p.host}/m/signin">Sign in</a></nav>\n'
        f'<main><article><div class="section-content"><h1 class="pw-post-title">{_e(p.title)}</h1>\n'
        f'<div class="post-meta">{byline}<span class="pw-reading-time">{4 + p.variant} min read</span> · <span class="pw-published-date">{p.iso_date}</span></div>\n'
        f'<section class="pw-post-body-paragraph">\n{p.body}\n</section>\n{p.after_html}\n</div></article>\n'
        f'<div class="post-actions"><button class="clap">{120 + 31 * p.variant}</button><button class="responses">Responses ({p.variant})</button></div>\n'
        f'<aside class="author-bio"><h2>Written by {_e(p.author)}</h2><p>Writes about towns, transport and the public purse.</p></aside></main>\n'
        f'<footer class="medium-footer"><a href="https://{p.host}/about">About</a> <a href="https://help.medium.com">Help</a> <a href="https://policy.medium.com/medium-terms-of-service">Terms</a></footer>\n</body>'
    )
    return _html(p, _head(p, '<meta name="twitter:app:name:iphone" content="Medium">\n'), body)


def linkedin(p: Page3) -> str:
    """A LinkedIn article (a member's post or newsletter edition)."""
    byline = p.byline_html or (
        f'<div class="article-author"><a class="author-name" href="https://{p.host}/in/member-{p.variant}">{_e(p.author)}</a>'
        f'<p class="author-headline">Transport and local government</p><button>+ Follow</button></div>'
    )
    body = (
        f'<body class="pulse-article">\n<header class="global-nav"><a class="li-logo" href="https://{p.host}/">LinkedIn</a><a href="https://{p.host}/login">Sign in</a><a href="https://{p.host}/signup">Join now</a></header>\n'
        f'<main><article class="reader-article"><h1 class="reader-article-header__title">{_e(p.title)}</h1>\n{byline}\n'
        f'<p class="published-date">Published {p.iso_date}</p>\n'
        f'<div class="reader-article-content">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<div class="social-actions"><button>Like</button><button>Comment</button><button>Share</button></div>\n'
        f'<a class="report" href="https://{p.host}/help/report">Report this article</a></article>\n'
        f'<aside class="more-articles"><h2>More articles by {_e(p.author)}</h2><ul><li>What a bus timetable tells you</li><li>Three lessons from a year of free fares</li></ul></aside></main>\n'
        f'<footer class="li-footer"><span>LinkedIn © 2026</span> <a href="https://{p.host}/legal/user-agreement">User Agreement</a></footer>\n</body>'
    )
    return _html(p, _head(p), body)


def epaper(p: Page3) -> str:
    """An e-paper kiosk's article view: the kiosk's bar, the paper's masthead, date and page
    (given as the byline part), the text, and buttons to read the whole issue."""
    body = (
        f'<body class="pr-article-view">\n<header class="pr-toolbar"><a class="pr-logo" href="https://{p.host}/">PressReader</a>'
        f'<a href="https://{p.host}/catalog">Catalog</a><a href="https://{p.host}/signin">Sign in</a></header>\n'
        f'<main class="pr-main"><article class="art">\n{p.byline_html}\n<h1 class="art-title">{_e(p.title)}</h1>\n'
        f'<div class="art-text">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<div class="art-actions"><button>Listen</button><button>Translate</button><button>Read the full issue</button></div></article>\n'
        f'<aside class="pr-related"><h2>More from this issue</h2></aside></main>\n'
        f'<footer class="pr-footer"><p>© 2026 PressReader Inc. All content is protected by copyright of its publishers.</p></footer>\n</body>'
    )
    return _html(p, _head(p), body)


TEMPLATES10 = {
    "gamp": google_amp_viewer,
    "tgmirror": tgmirror,
    "medium": medium,
    "linkedin": linkedin,
    "epaper": epaper,
}


def render_page10(chrome: str, p: Page3) -> str:
    if chrome in TEMPLATES10:
        return TEMPLATES10[chrome](p)
    return render_page9(chrome, p)

# ruff: noqa: E501, RUF001  (markup: one element a line; Greek and Cyrillic interface strings)
"""Page templates of the forty-sixth blind set, written for it from the markup local TV and radio
station sites emit (no earlier set's template was read or reused). Eleven families:

- `affil`    a US network affiliate's story page (Arc-style markup: weather alert bar, closings
             ticker, "Watch Live", share row, lead video or photo, in-article ad slots, "Most Read",
             FCC public file and EEO links in the footer);
- `grpfeed`  a station group's shared "Nation & World" / regional page on one of its stations
             (module class names, "From our stations" list naming sister stations, Taboola slot);
- `vidx`     a video page: player, "Up next" playlist, the story under the player and a
             collapsible transcript (English, Greek, Serbian);
- `wxtr`     a weather or traffic page: current conditions, 7-day strip, radar widget,
             closings or incident list, and the blog entry (English, Dutch, Finnish);
- `radio`    a radio news site: sticky "Listen Live" bar, on-air now, "Listen to this story"
             audio, public-radio donate box and network headlines (English, Swedish, Slovenian);
- `pod`      a podcast episode page: show art, player, platform links, show notes, chapters,
             credits of the episode team, more episodes (English, Norwegian, Danish);
- `hispano`  a Spanish-language US station ("EN VIVO", "Última hora", WhatsApp share,
             "Te puede interesar", FCC links in Spanish);
- `latradio` a Latin-American radio network (live-signal bar, city editions, "Lee también",
             Facebook comments; Spanish and Brazilian Portuguese);
- `regio`    a European regional or local broadcaster (live radio/TV switch, municipality menu,
             "tip the newsroom" box; Dutch, Swedish, Danish, Finnish);
- `nordic`   a Nordic commercial channel (video first, "Les også", press-ethics footer with the
             editor in chief; Swedish, Norwegian, Danish, Finnish);
- `balkan`   a Balkan or Greek commercial channel portal (live badge, views and comments count,
             "Pročitajte još", tags, comment form, impressum; Serbian in both scripts, Croatian,
             Bulgarian, Slovenian, Greek).

Each family is a function of a `Page`; `RENDER` maps family names to them. Slots: `top` (above the
text), `meta` (byline row), `mid` (a box between paragraphs), `end` (under the text), `box`
(a source row after the related links), `desc` (under a player or above show notes).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape


@dataclass
class Page:
    fam: str
    lang: str
    ui: str
    site: str
    host: str
    url: str
    brand: str
    short: str
    city: str
    group: str
    network: str
    title: str
    description: str
    byline: str
    iso: str
    date: str
    time: str
    paras: list[str]  # escaped HTML, one paragraph each
    slots: dict[str, list[str]]  # escaped credit or own lines by slot
    caption: str  # escaped, or ""
    canonical: str
    source_org: str
    related: list[tuple[str, str]]
    seed: int
    show: str = ""
    image: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def a(text: str) -> str:
    """An attribute value."""
    return escape(text, quote=True)


def ld(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=None).replace("</", "<\\/")


def article_ld(p: Page, kind: str = "NewsArticle", publisher: str = "") -> str:
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": p.title,
        "description": p.description,
        "datePublished": p.iso,
        "dateModified": p.iso,
        "inLanguage": p.lang if p.ui in ("", p.lang) else p.ui,
        "mainEntityOfPage": {"@type": "WebPage", "@id": p.canonical},
        "image": [p.image],
        "author": [{"@type": "Person", "name": p.byline}] if p.byline else [],
        "publisher": {
            "@type": "NewsMediaOrganization" if kind != "PodcastEpisode" else "Organization",
            "name": publisher or p.brand,
            "logo": {"@type": "ImageObject", "url": f"https://{p.host}/static/logo-600x60.png"},
        },
    }
    if p.source_org:
        data["sourceOrganization"] = {"@type": "NewsMediaOrganization", "name": p.source_org}
        data["isBasedOn"] = p.canonical
    return f'<script type="application/ld+json">{ld(data)}</script>'


def lines(p: Page, slot: str, css: str, tag: str = "p") -> str:
    return "\n".join(f'<{tag} class="{css}">{x}</{tag}>' for x in p.slots.get(slot, []))


def body(p: Page, para: Callable[[str], str], mid: Callable[[list[str]], str], ad: str = "", ad_after: int = 3) -> str:
    """The paragraphs, the `mid` box after the second one and an ad slot after `ad_after`."""
    out: list[str] = []
    for i, x in enumerate(p.paras):
        out.append(para(x))
        if i == 1 and p.slots.get("mid"):
            out.append(mid(p.slots["mid"]))
        if ad and i == ad_after - 1 and len(p.paras) > ad_after:
            out.append(ad)
    return "\n".join(out)


def figure(p: Page, css: str = "lead-art", alt: str = "") -> str:
    if not p.caption:
        return ""
    return (
        f'<figure class="{css}">\n<img src="{a(p.image)}" alt="{a(alt or p.title)}" width="1280" height="720" loading="eager">\n'
        f'<figcaption>{p.caption}</figcaption>\n</figure>'
    )


def related_list(p: Page, css: str, heading: str, tag: str = "h2") -> str:
    items = "\n".join(f'<li><a href="{a(h)}">{escape(t)}</a></li>' for t, h in p.related)
    return f'<section class="{css}">\n<{tag}>{escape(heading)}</{tag}>\n<ul>\n{items}\n</ul>\n</section>'


def gtag(mid: str) -> str:
    return (
        f'<script async src="https://www.googletagmanager.com/gtag/js?id={mid}"></script>\n'
        f"<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{mid}');</script>"
    )


def mid_id(p: Page) -> str:
    return "G-" + format(p.seed % 0xFFFFFFFFFF, "010X")


# --------------------------------------------------------------------------- affil
NETWORK_SHOWS = {
    "NBC": ["NBC Nightly News", "TODAY", "Meet the Press"],
    "CBS": ["CBS Evening News", "CBS Mornings", "60 Minutes"],
    "ABC": ["World News Tonight", "Good Morning America", "This Week"],
    "FOX": ["FOX NFL Sunday", "The Simpsons", "FOX Weather"],
    "": ["Local programming"],
}


def r_affil(p: Page) -> str:
    shows = "\n".join(f'<li><a href="/watch/{a(s.lower().replace(" ", "-"))}/">{escape(s)}</a></li>' for s in NETWORK_SHOWS[p.network])
    most = "\n".join(f'<li><a href="{a(h)}"><span class="rank">{i}</span> {escape(t)}</a></li>' for i, (t, h) in enumerate(p.related, 1))
    net_rail = ""
    if p.network == "NBC":
        net_rail = """<section class="network-rail">
<h2>From NBC News</h2>
<ul>
<li><a href="https://www.nbcnews.com/news/us-news/">U.S. News</a></li>
<li><a href="https://www.nbcnews.com/politics/">Politics</a></li>
<li><a href="https://www.nbcnews.com/health/">Health</a></li>
</ul>
</section>"""
    bio = ""
    if p.extra.get("bio"):
        bio = f'<div class="author-bio"><img src="/pf/resources/images/staff/{a(p.byline.lower().replace(" ", "-"))}.jpg" alt="" width="64" height="64"><p>{escape(p.extra["bio"])}</p></div>'
    lead = figure(p) or f'''<div class="lead-video" data-component="video-player" data-video-id="{p.seed % 9000000 + 1000000}">
<div class="vjs-poster" style="background-image:url('{a(p.image)}')"></div>
<button class="vjs-big-play-button" type="button" title="Play Video"><span class="vjs-control-text">Play Video</span></button>
</div>'''
    ad = '<div class="ad-container"><div class="ad-label">Advertisement</div><div id="gpt-ad-article-mid" class="gpt-slot" data-sizes="300x250,320x50"></div></div>'
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p.title)}</title>
<meta name="description" content="{a(p.description)}">
<link rel="canonical" href="{a(p.canonical)}">
<link rel="amphtml" href="{a(p.url)}?outputType=amp">
<meta property="og:site_name" content="{a(p.brand)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:description" content="{a(p.description)}">
<meta property="og:url" content="{a(p.url)}">
<meta property="og:image" content="{a(p.image)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@{a(p.short)}">
<meta property="article:published_time" content="{p.iso}">
<meta property="article:section" content="News">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="preconnect" href="https://securepubads.g.doubleclick.net">
<link rel="stylesheet" href="/pf/dist/css/{p.short.lower()}.css?d=412">
{article_ld(p, publisher=p.brand)}
{gtag(mid_id(p))}
<script src="https://sb.scorecardresearch.com/cs/{p.seed % 9000000 + 1000000}/beacon.js" async></script>
</head>
<body class="article-page pb-theme">
<div id="fusion-app">
<a class="skip-to-content" href="#main-content">Skip to content</a>
<div class="alert-bar weather-alert" role="alert"><span class="alert-bar__label">FIRST ALERT WEATHER</span> <a href="/weather/">Track conditions with the {escape(p.short)} First Alert Weather app</a></div>
<header class="site-header">
<div class="site-header__top">
<button class="hamburger" aria-label="Open menu" type="button"><span></span><span></span><span></span></button>
<a class="site-header__logo" href="/"><img src="/pf/resources/images/{p.short.lower()}-logo.svg" alt="{a(p.brand)}" width="160" height="48"></a>
<a class="watch-live-btn" href="/live/"><span class="live-dot"></span> Watch Live</a>
<div class="header-weather"><a href="/weather/"><span class="temp">38&deg;</span> <span class="city">{escape(p.city.split(",")[0])}</span></a></div>
</div>
<nav class="site-nav" aria-label="Main navigation">
<ul>
<li><a href="/news/">News</a></li>
<li><a href="/weather/">Weather</a></li>
<li><a href="/sports/">Sports</a></li>
<li><a href="/traffic/">Traffic</a></li>
<li><a href="/investigations/">Investigates</a></li>
<li><a href="/community/">Community</a></li>
<li><a href="/contests/">Contests</a></li>
<li><a href="/newsletters/">Newsletters</a></li>
</ul>
</nav>
<div class="ticker closings-ticker"><span class="ticker__label">Closings &amp; Delays</span> <a href="/closings/">3 closings or delays reported</a></div>
</header>
<main id="main-content" class="main-content">
<article class="article">
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/news/">News</a> <span aria-hidden="true">&rsaquo;</span> <a href="/news/local/">Local</a></nav>
<h1 class="headline">{escape(p.title)}</h1>
<div class="byline-row">
<span class="byline">By {escape(p.byline)}</span>
<span class="timestamp">Published: <time datetime="{p.iso}">{p.date} at {p.time}</time></span>
{lines(p, "meta", "source-tag", "span")}
</div>
<ul class="share-bar">
<li><a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={a(p.url)}" aria-label="Share on Facebook">Facebook</a></li>
<li><a class="share-x" href="https://x.com/intent/post?url={a(p.url)}" aria-label="Share on X">X</a></li>
<li><a class="share-email" href="mailto:?subject={a(p.title)}&amp;body={a(p.url)}" aria-label="Email">Email</a></li>
<li><button class="share-copy" type="button">Copy Link</button></li>
</ul>
{lead}
<div class="article-body">
{lines(p, "top", "article-note")}
{body(p, lambda x: f'<p class="article-body__paragraph">{x}</p>', lambda xs: "".join(f'<aside class="inline-note"><p>{x}</p></aside>' for x in xs), ad)}
{lines(p, "end", "article-body__paragraph article-tagline")}
</div>
{bio}
<div class="article-footer"><a href="mailto:newsdesk@{p.site}?subject=Typo%20report">Report a typo</a> <span class="sep">|</span> <a href="/news/submit-a-tip/">Submit a news tip</a></div>
</article>
<aside class="right-rail">
<section class="most-read">
<h2>Most Read</h2>
<ol>
{most}
</ol>
</section>
<div class="ad-container rail"><div class="ad-label">Advertisement</div><div id="gpt-ad-rail" class="gpt-slot" data-sizes="300x600"></div></div>
{net_rail}
</aside>
{related_list(p, "more-stories", "More Local News")}
{lines(p, "box", "source-box")}
<section class="newsletter-signup">
<h2>Get the morning headlines</h2>
<form action="/newsletters/subscribe" method="post"><label for="nl-email">Email address</label> <input id="nl-email" type="email" name="email"> <button type="submit">Sign Up</button></form>
</section>
</main>
<footer class="site-footer">
<div class="site-footer__station">
<img src="/pf/resources/images/{p.short.lower()}-logo-white.svg" alt="{a(p.brand)}" width="120" height="36">
<p>{escape(p.short)} &middot; {escape(p.city)}</p>
<p>{escape(p.short)} is {"an" if p.network in ("NBC", "ABC") else "a"} {escape(p.network or "independent")} affiliate.</p>
</div>
<ul class="site-footer__links">
<li><a href="/contact/">Contact Us</a></li>
<li><a href="/advertise/">Advertise with Us</a></li>
<li><a href="/careers/">Careers</a></li>
<li><a href="https://publicfiles.fcc.gov/tv-profile/{p.short.lower()}">FCC Public File</a></li>
<li><a href="/eeo-report/">EEO Report</a></li>
<li><a href="/closed-captioning/">Closed Captioning/Audio Description</a></li>
<li><a href="/terms-of-service/">Terms of Service</a></li>
<li><a href="/privacy-policy/">Privacy Policy</a></li>
<li><a href="/privacy-policy/#ccpa">Do Not Sell or Share My Personal Information</a></li>
</ul>
<ul class="site-footer__shows">
{shows}
</ul>
<p class="site-footer__copyright">&copy; 2027 {escape(p.group)}</p>
</footer>
<div id="consent-banner" class="cmp-banner" role="dialog" aria-label="Cookie consent">
<p>We use cookies and similar technologies to personalize content and ads and to analyze our traffic.</p>
<button type="button" class="cmp-accept">Accept All</button> <button type="button" class="cmp-manage">Manage Preferences</button>
</div>
</div>
<script>window.googletag=window.googletag||{{cmd:[]}};googletag.cmd.push(function(){{googletag.defineSlot('/5678/{p.short.lower()}/news',[300,250],'gpt-ad-article-mid').addService(googletag.pubads());googletag.enableServices();}});</script>
<script src="/pf/dist/engine/react.js?d=412" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- grpfeed
def r_grpfeed(p: Page) -> str:
    sisters = p.extra.get("sisters", "").split("|")
    from_stations = "\n".join(
        f'<li class="StationStory-module_item__x3Ld"><span class="StationStory-module_station__9kWq">{escape(s)}</span> <a href="https://www.{a(s.split()[0].lower())}.com/news/local">{escape(t)}</a></li>'
        for s, (t, _) in zip(sisters, p.related, strict=False)
        if s
    )
    tags = " ".join(f'<a class="Tags-module_tag__p7Qe" href="/tags/{a(t.lower().replace(" ", "-"))}">{escape(t)}</a>' for t in [p.short, "Nation & World", p.extra.get("region", "Regional")])
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="utf-8">
<title>{escape(p.title)} | {escape(p.brand)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{a(p.description)}">
<link rel="canonical" href="{a(p.canonical)}">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:url" content="{a(p.url)}">
<meta property="og:image" content="{a(p.image)}">
<meta property="og:site_name" content="{a(p.brand)}">
<meta name="parsely-section" content="nation-world">
<meta name="parsely-tags" content="{a(p.short)},shared-content">
{article_ld(p, publisher=p.brand)}
<link rel="stylesheet" href="/_next/static/css/{p.seed % 0xFFFFFF:06x}.css">
{gtag(mid_id(p))}
</head>
<body>
<div id="__next">
<div class="Header-module_wrapper__Zq2r">
<a class="Header-module_logo__2kLm" href="/"><img src="/static/logos/{p.short.lower()}.svg" alt="{a(p.brand)}"></a>
<nav class="Header-module_nav__w8Pq">
<a href="/news/local">Local</a>
<a href="/news/nation-world">Nation &amp; World</a>
<a href="/weather">Weather</a>
<a href="/sports">Sports</a>
<a href="/watch">Watch</a>
<a href="/station/contact">Contact</a>
</nav>
<a class="Header-module_live__v1Sd" href="/watch/live">LIVE</a>
</div>
<div class="Layout-module_page__4rTy">
<main class="Layout-module_main__8dJf">
<div class="Section-module_label__Rc5d">Nation &amp; World</div>
<h1 class="Headline-module_headline__5pVd">{escape(p.title)}</h1>
<div class="Byline-module_byline__1bXk">by <span class="Byline-module_author__mq8c">{escape(p.byline)}</span></div>
<div class="Timestamp-module_ts__Ld6w">{p.date}, {p.time}</div>
{lines(p, "meta", "Byline-module_source__k3Hh", "div")}
<div class="Share-module_row__x9Vr"><button aria-label="Share on Facebook">f</button><button aria-label="Share on X">x</button><button aria-label="Copy link">Copy</button></div>
{figure(p, "Lead-module_figure__7cVb")}
<div class="Video-module_player__3aJh" data-playlist="nation-world"><div class="Video-module_loading__e0Pq">Loading ...</div></div>
<div class="StoryText-module_body__Q1vM">
{lines(p, "top", "StoryText-module_note__m2Lw")}
{body(p, lambda x: f'<p class="StoryText-module_paragraph__9xVb">{x}</p>', lambda xs: "".join(f'<div class="StoryText-module_callout__p4Rt">{x}</div>' for x in xs), '<div class="Ad-module_inline__h6Yd" data-ad-unit="nation-world-inline"></div>')}
{lines(p, "end", "StoryText-module_paragraph__9xVb StoryText-module_tagline__s8Wn")}
</div>
<div class="Tags-module_tags__K0aq">{tags}</div>
<section class="StationStory-module_wrap__Dd2z">
<h2>From our stations</h2>
<ul>
{from_stations}
</ul>
</section>
{lines(p, "box", "SourceBox-module_box__Yt5e", "div")}
<div id="taboola-below-article-thumbnails" class="Taboola-module_feed__0pLs"></div>
</main>
<aside class="Layout-module_rail__c7Vw">
<div class="Rail-module_trending__R4dt"><h2>Trending</h2><ol>{"".join(f'<li><a href="{a(h)}">{escape(t)}</a></li>' for t, h in p.related)}</ol></div>
<div class="Ad-module_rail__Jq3s" data-ad-unit="rail-300x600"></div>
</aside>
</div>
<footer class="Footer-module_footer__Nm4e">
<p><a href="/station/contact">Contact {escape(p.short)}</a> &middot; <a href="https://publicfiles.fcc.gov/tv-profile/{p.short.lower()}">FCC Applications and Public File</a> &middot; <a href="/station/eeo">EEO Report</a> &middot; <a href="/station/closed-captioning">Closed Captioning</a> &middot; <a href="/privacy">Privacy Policy</a></p>
<p>&copy; 2027 {escape(p.group)}. All Rights Reserved.</p>
</footer>
</div>
<script>window._taboola=window._taboola||[];_taboola.push({{article:'auto'}});</script>
<script src="https://cdn.taboola.com/libtrc/{p.short.lower()}-network/loader.js" async></script>
<script id="__NEXT_DATA__" type="application/json">{{"page":"/[...slug]","query":{{"slug":["news","nation-world"]}},"buildId":"b{p.seed % 99999}"}}</script>
</body>
</html>
"""


# --------------------------------------------------------------------------- vidx
VIDX_UI = {
    "en": {"up": "Up next", "auto": "Autoplay", "tr": "Read transcript", "anchor": "ANCHOR", "rep": "REPORTER", "share": "Share this video", "more": "More videos", "views": "views", "home": "Home", "video": "Video", "weather": "Weather", "live": "Live", "posted": "Posted", "signoff": "Reporting in {city}, I'm {name}."},
    "el": {"up": "Επόμενο", "auto": "Αυτόματη αναπαραγωγή", "tr": "Απομαγνητοφώνηση", "anchor": "ΠΑΡΟΥΣΙΑΣΤΗΣ", "rep": "ΡΕΠΟΡΤΕΡ", "share": "Κοινοποίηση", "more": "Περισσότερα βίντεο", "views": "προβολές", "home": "Αρχική", "video": "Βίντεο", "weather": "Καιρός", "live": "Live", "posted": "Δημοσιεύθηκε", "signoff": "Από {city}, {name}."},
    "sr-Cyrl": {"up": "Следеће", "auto": "Аутоматски", "tr": "Транскрипт прилога", "anchor": "ВОДИТЕЉ", "rep": "РЕПОРТЕР", "share": "Подели", "more": "Још видео прилога", "views": "прегледа", "home": "Почетна", "video": "Видео", "weather": "Време", "live": "Уживо", "posted": "Објављено", "signoff": "Из {city}, {name}."},
}


def r_vidx(p: Page) -> str:
    u = VIDX_UI[p.ui]
    up = "\n".join(
        f'<li class="playlist__item"><a href="{a(h)}"><img src="https://{p.host}/thumbs/{i}.jpg" alt="" width="160" height="90"><span class="playlist__duration">{1 + i}:{(17 * i + p.seed) % 60:02d}</span> <span class="playlist__title">{escape(t)}</span></a></li>'
        for i, (t, h) in enumerate(p.related, 1)
    )
    tr = "\n".join(
        [
            f'<p><b>{u["anchor"]}:</b> {escape(p.title)}.</p>',
            f'<p><b>{u["rep"]}:</b> {p.extra.get("first", "")}</p>',
            f'<p><b>{u["rep"]}:</b> {escape(u["signoff"].format(city=p.extra.get("place", p.city), name=p.byline))}</p>',
        ]
    )
    video_ld = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": p.title,
        "description": p.description,
        "thumbnailUrl": [p.image],
        "uploadDate": p.iso,
        "duration": f"PT2M{p.seed % 50 + 5}S",
        "contentUrl": f"https://{p.host}/media/{p.seed % 10**8}.mp4",
        "publisher": {"@type": "Organization", "name": p.brand},
    }
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p.title)} | {escape(p.brand)}</title>
<meta name="description" content="{a(p.description)}">
<link rel="canonical" href="{a(p.canonical)}">
<meta property="og:type" content="video.other">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:url" content="{a(p.url)}">
<meta property="og:image" content="{a(p.image)}">
<meta property="og:video" content="https://{p.host}/media/{p.seed % 10**8}.mp4">
<script type="application/ld+json">{ld(video_ld)}</script>
{article_ld(p, publisher=p.brand)}
<link rel="stylesheet" href="https://{p.host}/assets/video-page.{p.seed % 0xFFFF:04x}.css">
<script src="https://cdn.jwplayer.com/libraries/{p.seed % 0xFFFFFFFF:08X}.js"></script>
</head>
<body class="video-page">
<header class="masthead">
<a class="masthead__logo" href="/"><img src="/img/logo.svg" alt="{a(p.brand)}" height="40"></a>
<nav class="masthead__nav"><a href="/">{u["home"]}</a> <a href="/video/">{u["video"]}</a> <a href="/weather/">{u["weather"]}</a> <a class="masthead__live" href="/live/">{u["live"]}</a></nav>
</header>
<main class="video-layout">
<section class="video-main">
<div id="jwplayer-{p.seed % 10**6}" class="jw-wrapper" data-media-id="{p.seed % 10**8:08d}">
<video class="jw-video" poster="{a(p.image)}" preload="none" playsinline></video>
<div class="jw-controlbar"><button class="jw-icon-playback" aria-label="Play"></button><span class="jw-text-elapsed">0:00</span> / <span class="jw-text-duration">2:{p.seed % 50 + 5:02d}</span><button class="jw-icon-cc" aria-label="Closed captions">CC</button></div>
</div>
<div class="autoplay-toggle"><label><input type="checkbox" checked> {u["auto"]}</label></div>
<h1 class="video-title">{escape(p.title)}</h1>
<div class="video-meta"><span>{escape(p.byline)}</span> &middot; <time datetime="{p.iso}">{u["posted"]} {p.date}, {p.time}</time> &middot; <span>{p.seed % 9000 + 800} {u["views"]}</span>
{lines(p, "meta", "video-meta__source", "span")}</div>
{lines(p, "desc", "video-credit")}
{f'<p class="video-credit video-credit--footage">{p.caption}</p>' if p.extra.get("footage") else figure(p, "video-still")}
<div class="video-story">
{lines(p, "top", "video-story__note")}
{body(p, lambda x: f"<p>{x}</p>", lambda xs: "".join(f'<div class="video-story__box">{x}</div>' for x in xs))}
{lines(p, "end", "video-story__tagline")}
</div>
<details class="transcript">
<summary>{u["tr"]}</summary>
{tr}
</details>
<div class="share-video"><span>{u["share"]}:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={a(p.url)}">Facebook</a> <a href="https://x.com/intent/post?url={a(p.url)}">X</a> <a href="https://wa.me/?text={a(p.url)}">WhatsApp</a></div>
</section>
<aside class="playlist">
<h2>{u["up"]}</h2>
<ol class="playlist__list">
{up}
</ol>
</aside>
{lines(p, "box", "video-source-box")}
<section class="more-videos"><h2>{u["more"]}</h2><div class="carousel" data-feed="/api/video/latest?limit=12"></div></section>
</main>
<footer class="site-foot"><p>&copy; 2027 {escape(p.group or p.brand)}</p></footer>
<script>jwplayer("jwplayer-{p.seed % 10**6}").setup({{playlist:"https://cdn.jwplayer.com/v2/media/{p.seed % 10**8:08d}",autostart:"viewable",mute:true}});</script>
</body>
</html>
"""


# --------------------------------------------------------------------------- wxtr
WX_UI = {
    "en": {"now": "Currently", "feels": "Feels like", "wind": "Wind", "seven": "First Alert 7-Day Forecast", "days": ["Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Mon"], "radar": "Interactive Radar", "radar_note": "Radar data provided by Baron Weather", "list": "Closings & Delays", "traffic": "Traffic Incidents", "app": "Download our free weather app", "blog": "Weather Blog", "posted": "Posted", "updated": "Updated", "nav": ["Forecast", "Radar", "Traffic", "Closings", "Weather Blog"], "unit": "\u00b0F", "items": ["Crash cleared on the interstate eastbound near the river bridge", "Right lane closed on the bypass through Friday for pothole repairs", "Two schools report a two-hour delay", "Slow traffic downtown during the noon hour"]},
    "nl": {"now": "Nu", "feels": "Gevoelstemperatuur", "wind": "Wind", "seven": "Weersverwachting 7 dagen", "days": ["di", "wo", "do", "vr", "za", "zo", "ma"], "radar": "Buienradar", "radar_note": "Radarbeelden: KNMI", "list": "Files en wegwerkzaamheden", "traffic": "Verkeersinformatie", "app": "Download onze app voor weer en verkeer", "blog": "Weer & verkeer", "posted": "Gepubliceerd", "updated": "Bijgewerkt", "nav": ["Weer", "Buienradar", "Verkeer", "Werkzaamheden", "Nieuws"], "unit": "\u00b0C", "items": ["Ongeval op de snelweg richting Eindhoven opgeruimd", "Rijstrook dicht op de ring tot vrijdag", "Brug over de Maas 's nachts afgesloten", "Drukte rond het centrum in de middagspits"]},
    "fi": {"now": "Nyt", "feels": "Tuntuu kuin", "wind": "Tuuli", "seven": "Sääennuste 7 vrk", "days": ["ti", "ke", "to", "pe", "la", "su", "ma"], "radar": "Sadetutka", "radar_note": "Tutkakuvat: Ilmatieteen laitos", "list": "Tiesää ja liikennetiedotteet", "traffic": "Liikennetilanne", "app": "Lataa sää- ja liikennesovelluksemme", "blog": "Kelit ja liikenne", "posted": "Julkaistu", "updated": "Päivitetty", "nav": ["Sää", "Tutka", "Liikenne", "Tiesää", "Uutiset"], "unit": "\u00b0C", "items": ["Kolarin jäljet raivattu valtatieltä", "Kaistarajoitus ohikulkutiellä perjantaihin asti", "Liukas keli aamulla koko alueella", "Ruuhkaa keskustassa iltapäivällä"]},
}


def r_wxtr(p: Page) -> str:
    u = WX_UI[p.ui]
    base = 2 + p.seed % 6 if u["unit"] == "\u00b0C" else 34 + p.seed % 10
    strip = "\n".join(
        f'<li class="forecast-strip__day"><span class="dow">{d}</span> <img src="/wx/icons/{["snow", "cloudy", "rain", "partly", "sunny", "fog", "wind"][(i + p.seed) % 7]}.svg" alt="" width="32"> <span class="hi">{base + (i * 3) % 7}&deg;</span> <span class="lo">{base - 6 + (i * 2) % 5}&deg;</span></li>'
        for i, d in enumerate(u["days"])
    )
    incidents = "\n".join(f'<li><span class="incident__type">{"&#9888;" if i % 2 else "&#128679;"}</span> {escape(t)}</li>' for i, t in enumerate(u["items"]))
    nav = " ".join(f'<a href="/{a(x.lower().replace(" ", "-"))}/">{escape(x)}</a>' for x in u["nav"])
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(u["blog"])}: {escape(p.title)} - {escape(p.brand)}</title>
<meta name="description" content="{a(p.description)}">
<link rel="canonical" href="{a(p.canonical)}">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:url" content="{a(p.url)}">
<meta property="og:image" content="{a(p.image)}">
{article_ld(p, kind="BlogPosting", publisher=p.brand)}
<link rel="stylesheet" href="/wx/css/weather-center.css?v={p.seed % 97}">
<script src="/wx/js/radar-widget.js" defer></script>
{gtag(mid_id(p))}
</head>
<body class="weather-center">
<header class="wx-header">
<a class="wx-header__logo" href="/"><img src="/img/{a(p.short.lower().replace(" ", ""))}.svg" alt="{a(p.brand)}"></a>
<nav class="wx-header__nav">{nav}</nav>
</header>
<section class="wx-current" aria-label="{a(u["now"])}">
<div class="wx-current__temp">{base}&deg;</div>
<div class="wx-current__details"><span>{u["now"]}: {escape(p.city.split(",")[0])}</span> <span>{u["feels"]} {base - 4}&deg;</span> <span>{u["wind"]} NW {8 + p.seed % 15}</span></div>
</section>
<section class="forecast-strip"><h2>{u["seven"]}</h2><ol>
{strip}
</ol></section>
<section class="radar-widget"><h2>{u["radar"]}</h2><div class="radar-widget__map" data-lat="0" data-lon="0" data-zoom="7"></div><p class="radar-widget__credit">{u["radar_note"]}</p></section>
<main class="wx-blog">
<article class="wx-entry">
<div class="wx-entry__label">{escape(u["blog"])}</div>
<h1>{escape(p.title)}</h1>
<p class="wx-entry__byline">{escape(p.byline)} &middot; {u["posted"]} <time datetime="{p.iso}">{p.date} {p.time}</time></p>
{lines(p, "meta", "wx-entry__source")}
{figure(p, "wx-entry__photo")}
<div class="wx-entry__text">
{lines(p, "top", "wx-entry__note")}
{body(p, lambda x: f"<p>{x}</p>", lambda xs: "".join(f'<div class="wx-entry__box">{x}</div>' for x in xs))}
{lines(p, "end", "wx-entry__tagline")}
</div>
</article>
<section class="wx-list"><h2>{u["list"]} / {u["traffic"]}</h2><ul>
{incidents}
</ul></section>
{lines(p, "box", "wx-source")}
</main>
<aside class="wx-app"><a href="/apps/">{u["app"]}</a></aside>
<footer class="wx-footer"><p>&copy; 2027 {escape(p.group or p.brand)}</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- radio
RADIO_UI = {
    "en": {"listen": "Listen Live", "now": "On Air Now", "story": "Listen to this story", "tags": "Tags", "related": "Related Stories", "donate": "Support local journalism", "donate_btn": "Donate", "net": "NPR News", "fcc": "FCC Public Inspection File", "eeo": "EEO Report", "contest": "Contest Rules", "menu": ["News", "Programs", "Schedule", "Podcasts", "Events", "About"], "rep": "Republish this story", "rep_note": "You may republish this story for free under a Creative Commons license. Copy the text below.", "by": "By"},
    "sv": {"listen": "Lyssna live", "now": "Nu i sändning", "story": "Lyssna på artikeln", "tags": "Ämnen", "related": "Fler nyheter", "donate": "", "donate_btn": "", "net": "", "fcc": "Integritetspolicy", "eeo": "Om cookies", "contest": "Tävlingsregler", "menu": ["Nyheter", "Program", "Tablå", "Poddar", "Tävlingar", "Kontakt"], "rep": "", "rep_note": "", "by": "Av"},
    "sl": {"listen": "Poslušaj v živo", "now": "Trenutno v etru", "story": "Poslušaj prispevek", "tags": "Oznake", "related": "Sorodne novice", "donate": "", "donate_btn": "", "net": "", "fcc": "Politika zasebnosti", "eeo": "Piškotki", "contest": "Pravila nagradnih iger", "menu": ["Novice", "Oddaje", "Spored", "Podkasti", "Nagradne igre", "Kontakt"], "rep": "", "rep_note": "", "by": "Avtor:"},
}
NPR_HEADLINES = ["Morning Edition", "All Things Considered", "Up First", "Fresh Air"]


def r_radio(p: Page) -> str:
    u = RADIO_UI[p.ui]
    public = p.network == "NPR"
    donate = f'<aside class="donate-box"><h2>{u["donate"]}</h2><p>{escape(p.brand)} is listener-supported.</p><a class="btn" href="/donate/">{u["donate_btn"]}</a></aside>' if public else ""
    npr = ""
    if public:
        npr = f'<section class="network-headlines"><h2>{u["net"]}</h2><ul>' + "".join(f'<li><a href="https://www.npr.org/programs/{a(s.lower().replace(" ", "-"))}/">{s}</a></li>' for s in NPR_HEADLINES) + "</ul></section>"
    republish = ""
    if p.slots.get("box") and p.extra.get("republish"):
        inner = escape("\n".join(f"<p>{x}</p>" for x in p.paras[:2]))
        republish = f'''<section class="republish" id="republish">
<h2>{u["rep"]}</h2>
<p>{u["rep_note"]}</p>
<textarea readonly rows="6" aria-label="{a(u["rep"])}">&lt;h1&gt;{escape(escape(p.title))}&lt;/h1&gt;
{inner}</textarea>
{lines(p, "box", "republish__credit")}
</section>'''
    box = "" if republish else lines(p, "box", "story-source")
    tags = ", ".join(f'<a href="/tag/{a(t.lower().replace(" ", "-"))}/" rel="tag">{escape(t)}</a>' for t in [p.city.split(",")[0], p.extra.get("topic", "Local News")])
    menu = "\n".join(f'<li class="menu-item"><a href="/{a(m.lower())}/">{escape(m)}</a></li>' for m in u["menu"])
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p.title)} &#8211; {escape(p.brand)}</title>
<meta name="description" content="{a(p.description)}">
<link rel="canonical" href="{a(p.canonical)}">
<meta property="og:locale" content="{p.lang}">
<meta property="og:type" content="article">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:url" content="{a(p.url)}">
<meta property="og:site_name" content="{a(p.brand)}">
<meta property="og:image" content="{a(p.image)}">
<meta name="generator" content="WordPress 6.7.2">
<link rel="stylesheet" id="theme-css" href="https://{p.host}/wp-content/themes/stationpress/style.css?ver=3.4.1" media="all">
{article_ld(p, publisher=p.brand)}
<script src="https://{p.host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
{gtag(mid_id(p))}
</head>
<body class="post-template-default single single-post postid-{p.seed % 90000 + 10000} single-format-standard">
<div class="listen-live-bar" id="listen-live">
<button class="listen-live-bar__play" type="button" aria-label="{a(u["listen"])}">&#9654; {u["listen"]}</button>
<span class="listen-live-bar__now"><strong>{u["now"]}:</strong> {escape(p.extra.get("onair", p.brand))}</span>
<audio id="live-stream" preload="none" src="https://stream.{p.site}/live.mp3"></audio>
</div>
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" rel="home"><img src="https://{p.host}/wp-content/uploads/logo.png" alt="{a(p.brand)}" width="220" height="60"></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
{menu}
</ul></nav>
{'<a class="header-donate" href="/donate/">' + u["donate_btn"] + "</a>" if public else ""}
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-{p.seed % 90000 + 10000}" class="post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header">
<h1 class="entry-title">{escape(p.title)}</h1>
<div class="entry-meta"><span class="byline">{u["by"]} <span class="author vcard">{escape(p.byline)}</span></span> <span class="posted-on"><time class="entry-date published" datetime="{p.iso}">{p.date}</time></span>
{lines(p, "meta", "entry-source", "span")}</div>
</header>
<div class="story-audio"><button type="button" class="story-audio__play">&#9654; {u["story"]}</button> <span class="story-audio__duration">{1 + p.seed % 3}:{p.seed % 60:02d}</span><audio preload="none" src="https://{p.host}/audio/{p.seed % 10**7}.mp3"></audio></div>
{figure(p, "wp-block-image size-large")}
<div class="entry-content">
{lines(p, "top", "story-note")}
{body(p, lambda x: f"<p>{x}</p>", lambda xs: "".join(f'<div class="wp-block-group story-box"><p>{x}</p></div>' for x in xs))}
{lines(p, "end", "story-tagline")}
</div>
<footer class="entry-footer"><span class="tags-links">{u["tags"]}: {tags}</span></footer>
</article>
{republish}
{related_list(p, "related-posts", u["related"])}
{box}
</main>
<aside id="secondary" class="widget-area">
{donate}
{npr}
<section class="widget schedule"><h2 class="widget-title">{u["now"]}</h2><p>{escape(p.extra.get("onair", p.brand))}</p></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
<div class="site-info">
<p>&copy; 2027 {escape(p.group or p.brand)}</p>
<p><a href="/public-file/">{u["fcc"]}</a> | <a href="/eeo/">{u["eeo"]}</a> | <a href="/contest-rules/">{u["contest"]}</a></p>
</div>
</footer>
<script src="https://{p.host}/wp-content/themes/stationpress/js/player.js?ver=3.4.1" id="stationpress-player-js"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- pod
POD_UI = {
    "en": {"ep": "Episode", "listen": "Listen on", "notes": "Show notes", "chapters": "Chapters", "credits": "Credits", "host": "Host", "producer": "Producer", "music": "Music", "more": "More episodes", "subscribe": "Subscribe", "transcript": "Transcript (auto-generated)", "ch": ["Intro", "The story", "What comes next"], "min": "min"},
    "nb": {"ep": "Episode", "listen": "Lytt på", "notes": "Om episoden", "chapters": "Kapitler", "credits": "Medvirkende", "host": "Programleder", "producer": "Produsent", "music": "Musikk", "more": "Flere episoder", "subscribe": "Abonner", "transcript": "Transkripsjon (automatisk)", "ch": ["Intro", "Saken", "Veien videre"], "min": "min"},
    "da": {"ep": "Afsnit", "listen": "Lyt på", "notes": "Om afsnittet", "chapters": "Kapitler", "credits": "Medvirkende", "host": "Vært", "producer": "Producer", "music": "Musik", "more": "Flere afsnit", "subscribe": "Abonnér", "transcript": "Transskription (automatisk)", "ch": ["Intro", "Sagen", "Hvad sker der nu"], "min": "min"},
}


def r_pod(p: Page) -> str:
    u = POD_UI[p.ui]
    ep = 100 + p.seed % 200
    mins = 18 + p.seed % 20
    chapters = "\n".join(f"<li><button class=\"chapter\" data-t=\"{t * 60}\">{t:02d}:00</button> {escape(c)}</li>" for t, c in zip((0, 3, mins - 6), u["ch"], strict=True))
    more = "\n".join(f'<li class="episode-card"><a href="{a(h)}"><span class="episode-card__num">{u["ep"]} {ep - i}</span> <span class="episode-card__title">{escape(t)}</span></a></li>' for i, (t, h) in enumerate(p.related, 1))
    pod_ld = {
        "@context": "https://schema.org",
        "@type": "PodcastEpisode",
        "name": p.title,
        "episodeNumber": ep,
        "datePublished": p.iso,
        "timeRequired": f"PT{mins}M",
        "associatedMedia": {"@type": "MediaObject", "contentUrl": f"https://media.{p.site}/{ep}.mp3"},
        "partOfSeries": {"@type": "PodcastSeries", "name": p.show, "url": f"https://{p.host}/podcasts/"},
        "publisher": {"@type": "Organization", "name": p.brand},
    }
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{u["ep"]} {ep}: {escape(p.title)} | {escape(p.show)} | {escape(p.brand)}</title>
<meta name="description" content="{a(p.description)}">
<link rel="canonical" href="{a(p.canonical)}">
<link rel="alternate" type="application/rss+xml" title="{a(p.show)}" href="https://feeds.{p.site}/{a(p.show.lower().replace(" ", "-"))}.xml">
<meta property="og:type" content="music.song">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:url" content="{a(p.url)}">
<meta property="og:image" content="{a(p.image)}">
<meta property="og:audio" content="https://media.{p.site}/{ep}.mp3">
<script type="application/ld+json">{ld(pod_ld)}</script>
<link rel="stylesheet" href="/podcasts/assets/episode.css">
</head>
<body class="episode-page">
<header class="pod-header"><a href="/"><img src="/img/logo.svg" alt="{a(p.brand)}" height="36"></a> <a class="pod-header__show" href="/podcasts/{a(p.show.lower().replace(" ", "-"))}/">{escape(p.show)}</a> <a class="pod-header__sub" href="#subscribe">{u["subscribe"]}</a></header>
<main class="episode">
<div class="episode__hero">
<img class="episode__art" src="{a(p.image)}" alt="{a(p.show)}" width="300" height="300">
<div class="episode__head">
<p class="episode__kicker">{escape(p.show)} &middot; {u["ep"]} {ep}</p>
<h1 class="episode__title">{escape(p.title)}</h1>
<p class="episode__meta"><time datetime="{p.iso}">{p.date}</time> &middot; {mins} {u["min"]} &middot; {escape(p.byline)}</p>
{lines(p, "meta", "episode__source")}
</div>
</div>
<div class="episode__player" data-src="https://media.{p.site}/{ep}.mp3"><audio controls preload="none" src="https://media.{p.site}/{ep}.mp3"></audio><button class="speed" type="button">1x</button> <a class="download" href="https://media.{p.site}/{ep}.mp3" download>&#8681;</a></div>
<ul class="episode__platforms" id="subscribe"><li>{u["listen"]}:</li><li><a href="https://podcasts.apple.com/podcast/id{p.seed % 10**9}">Apple Podcasts</a></li><li><a href="https://open.spotify.com/show/{p.seed % 0xFFFFFFFFFFFF:012x}">Spotify</a></li><li><a href="https://pocketcasts.com/">Pocket Casts</a></li><li><a href="https://feeds.{p.site}/{a(p.show.lower().replace(" ", "-"))}.xml">RSS</a></li></ul>
{figure(p, "episode__cover")}
<section class="episode__notes">
<h2>{u["notes"]}</h2>
{lines(p, "desc", "episode__credit")}
{lines(p, "top", "episode__note")}
{body(p, lambda x: f"<p>{x}</p>", lambda xs: "".join(f'<p class="episode__aside">{x}</p>' for x in xs))}
{lines(p, "end", "episode__tagline")}
</section>
<section class="episode__chapters"><h2>{u["chapters"]}</h2><ol>
{chapters}
</ol></section>
<section class="episode__team"><h2>{u["credits"]}</h2><p>{escape(p.byline)}. {u["producer"]}: {escape(p.extra.get("producer", ""))}. {u["music"]}: {escape(p.extra.get("music", ""))}.</p></section>
<p class="episode__transcript"><a href="/podcasts/transcripts/{ep}.txt">{u["transcript"]}</a></p>
{lines(p, "box", "episode__source-box")}
<section class="episode__more"><h2>{u["more"]}</h2><ul>
{more}
</ul></section>
</main>
<footer class="pod-footer"><p>&copy; 2027 {escape(p.group or p.brand)}</p><p class="ads-note">Podcast ads served by Megaphone.</p></footer>
<script src="/podcasts/assets/player.js" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- hispano
def r_hispano(p: Page) -> str:
    also_t, also_h = p.related[0]
    tags = " ".join(f'<a class="etiqueta" href="/etiquetas/{a(t.lower().replace(" ", "-"))}/">{escape(t)}</a>' for t in [p.city.split(",")[0], "Noticias locales", "Arizona"])
    mid_box = f'<div class="te-puede-interesar"><span>Te puede interesar:</span> <a href="{a(also_h)}">{escape(also_t)}</a></div>'
    return f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p.title)} | {escape(p.brand)}</title>
<meta name="description" content="{a(p.description)}">
<link rel="canonical" href="{a(p.canonical)}">
<meta property="og:locale" content="es_US">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:url" content="{a(p.url)}">
<meta property="og:image" content="{a(p.image)}">
<meta property="og:site_name" content="{a(p.brand)}">
{article_ld(p, publisher=p.brand)}
<link rel="stylesheet" href="/static/css/noticias.min.css">
{gtag(mid_id(p))}
</head>
<body class="nota">
<div class="barra-vivo"><a href="/en-vivo/"><span class="punto-rojo"></span> EN VIVO</a> <span class="barra-vivo__prog">Noticiero de las 6</span></div>
<header class="cabecera">
<a class="cabecera__logo" href="/"><img src="/static/img/logo.svg" alt="{a(p.brand)}"></a>
<nav class="cabecera__menu"><a href="/noticias/">Noticias</a> <a href="/inmigracion/">Inmigración</a> <a href="/el-tiempo/">El Tiempo</a> <a href="/deportes/">Deportes</a> <a href="/entretenimiento/">Entretenimiento</a> <a href="/programacion/">Programación</a> <a href="/contactanos/">Contáctanos</a></nav>
</header>
<div class="ultima-hora"><strong>Última hora:</strong> <a href="{a(p.related[-1][1])}">{escape(p.related[-1][0])}</a></div>
<main class="contenido">
<article class="nota-principal">
<p class="nota__seccion"><a href="/noticias/">Noticias</a> / <a href="/noticias/local/">Local</a></p>
<h1 class="nota__titulo">{escape(p.title)}</h1>
<p class="nota__bajada">{escape(p.description)}</p>
<div class="nota__autor">Por {escape(p.byline)} <span class="nota__fecha">Publicado el {p.date}, {p.time}</span>
{lines(p, "meta", "nota__fuente", "span")}</div>
<div class="compartir"><a class="whatsapp" href="https://wa.me/?text={a(p.url)}">WhatsApp</a> <a class="facebook" href="https://www.facebook.com/sharer/sharer.php?u={a(p.url)}">Facebook</a> <a class="x" href="https://x.com/intent/post?url={a(p.url)}">X</a> <button type="button" class="copiar">Copiar enlace</button></div>
{figure(p, "nota__foto")}
<div class="nota__cuerpo">
{lines(p, "top", "nota__aviso")}
{body(p, lambda x: f"<p>{x}</p>", lambda xs: "".join(f'<div class="recuadro"><p>{x}</p></div>' for x in xs), mid_box, 3)}
{lines(p, "end", "nota__credito")}
</div>
<div class="nota__etiquetas">Etiquetas: {tags}</div>
<div class="google-news"><a href="https://news.google.com/publications/{p.seed % 10**9}">Síguenos en Google Noticias</a></div>
</article>
{related_list(p, "relacionadas", "Más noticias")}
{lines(p, "box", "nota__fuente-caja")}
<aside class="app-promo"><a href="/app/">Descarga nuestra app y recibe alertas de noticias</a></aside>
</main>
<footer class="pie">
<p><a href="https://publicfiles.fcc.gov/tv-profile/{p.short.lower()}">Archivo público de la FCC</a> | <a href="/eeo/">Reporte EEO</a> | <a href="/subtitulos/">Subtítulos / Closed Captioning</a> | <a href="/privacidad/">Política de privacidad</a> | <a href="/privacidad/#no-vender">No vender mi información</a></p>
<p>&copy; 2027 {escape(p.group or p.brand)}. Todos los derechos reservados.</p>
</footer>
<div class="aviso-cookies" role="dialog"><p>Usamos cookies para mejorar tu experiencia.</p><button type="button">Aceptar</button></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- latradio
LAT_UI = {
    "es": {"live": "EN VIVO", "listen": "Escúchanos", "eds": ["Bogotá", "Medellín", "Cali", "Barranquilla", "Lima", "Piura", "Arequipa"], "latest": "Lo último", "also": "Lee también:", "topics": "Temas relacionados", "related": "Noticias relacionadas", "audio": "Escucha la nota", "comments": "Comentarios", "rights": "Todos los derechos reservados", "by": "Por", "nav": ["Actualidad", "Regiones", "Economía", "Deportes", "Programación", "Podcasts"]},
    "pt": {"live": "AO VIVO", "listen": "Ouça agora", "eds": ["Porto Alegre", "Caxias do Sul", "Belo Horizonte", "Juiz de Fora", "São Paulo"], "latest": "Últimas", "also": "Leia também:", "topics": "Assuntos", "related": "Notícias relacionadas", "audio": "Ouça a reportagem", "comments": "Comentários", "rights": "Todos os direitos reservados", "by": "Por", "nav": ["Notícias", "Regiões", "Economia", "Esportes", "Programação", "Podcasts"]},
}


def r_latradio(p: Page) -> str:
    u = LAT_UI[p.lang]
    eds = "".join(f'<option value="{a(e.lower())}"{" selected" if e == p.city else ""}>{escape(e)}</option>' for e in u["eds"])
    nav = " ".join(f'<a href="/{a(n.lower())}/">{escape(n)}</a>' for n in u["nav"])
    also_t, also_h = p.related[1]
    also = f'<p class="lee-tambien"><strong>{u["also"]}</strong> <a href="{a(also_h)}">{escape(also_t)}</a></p>'
    freq = f"{88 + p.seed % 19}.{p.seed % 10} FM"
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p.title)} - {escape(p.brand)}</title>
<meta name="description" content="{a(p.description)}">
<link rel="canonical" href="{a(p.canonical)}">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:url" content="{a(p.url)}">
<meta property="og:image" content="{a(p.image)}">
<meta property="fb:app_id" content="{p.seed % 10**15}">
{article_ld(p, publisher=p.brand)}
<link rel="stylesheet" href="/assets/css/portal.css?v=2027.3">
{gtag(mid_id(p))}
</head>
<body class="single-news">
<div class="senal-vivo"><button type="button" class="senal-vivo__play">&#9654; {u["live"]}</button> <span>{escape(p.brand)} {freq}</span> <a href="/en-vivo/">{u["listen"]}</a>
<select class="ediciones" aria-label="Edición">{eds}</select></div>
<header class="header"><a class="header__logo" href="/"><img src="/assets/img/logo.png" alt="{a(p.brand)}"></a><nav class="header__nav">{nav}</nav></header>
<div class="lo-ultimo"><span>{u["latest"]}</span> <a href="{a(p.related[0][1])}">{escape(p.related[0][0])}</a></div>
<main class="main">
<article class="news">
<h1 class="news__title">{escape(p.title)}</h1>
<h2 class="news__lead">{escape(p.description)}</h2>
<div class="news__info"><span class="news__author">{u["by"]} {escape(p.byline)}</span> <time datetime="{p.iso}">{p.date} | {p.time}</time>
{lines(p, "meta", "news__source", "span")}</div>
<div class="news__audio"><button type="button">&#9654; {u["audio"]}</button></div>
{figure(p, "news__image")}
<div class="news__body">
{lines(p, "top", "news__note")}
{body(p, lambda x: f"<p>{x}</p>", lambda xs: "".join(f'<blockquote class="news__box"><p>{x}</p></blockquote>' for x in xs), also, 3)}
{lines(p, "end", "news__credit")}
</div>
<div class="news__topics"><span>{u["topics"]}:</span> <a href="/tag/{a(p.city.lower().replace(" ", "-"))}/">{escape(p.city)}</a></div>
</article>
{related_list(p, "related", u["related"])}
{lines(p, "box", "news__source-box")}
<section class="comments"><h2>{u["comments"]}</h2><div class="fb-comments" data-href="{a(p.url)}" data-width="100%" data-numposts="5"></div></section>
</main>
<footer class="footer"><p>&copy; 2027 {escape(p.brand)}. {u["rights"]}.</p></footer>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/{"es_LA" if p.lang == "es" else "pt_BR"}/sdk.js#xfbml=1&amp;version=v19.0"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- regio
REGIO_UI = {
    "nl": {"radio": "Luister live", "tv": "Kijk live", "regions": ["Venlo", "Venray", "Horst aan de Maas", "Peel en Maas", "Terneuzen", "Hulst", "Sluis"], "pub": "Gepubliceerd", "share": "Deel dit artikel", "tip": "Tip de redactie", "tip_text": "Heb je een tip of zie je iets gebeuren? Stuur ons een bericht via WhatsApp.", "related": "Meer nieuws uit de regio", "cookies": "Deze website gebruikt cookies.", "accept": "Accepteren", "nav": ["Nieuws", "Sport", "Radio", "TV", "Uitzending gemist"]},
    "sv": {"radio": "Lyssna live", "tv": "Se live", "regions": ["Luleå", "Boden", "Piteå", "Kalix", "Älvsbyn"], "pub": "Publicerad", "share": "Dela", "tip": "Tipsa oss", "tip_text": "Har du ett tips? Hör av dig till redaktionen.", "related": "Fler nyheter från länet", "cookies": "Vi använder kakor.", "accept": "Godkänn", "nav": ["Nyheter", "Sport", "Radio", "TV", "Play"]},
    "da": {"radio": "Lyt live", "tv": "Se live", "regions": ["Esbjerg", "Varde", "Fanø", "Billund", "Vejen"], "pub": "Udgivet", "share": "Del artiklen", "tip": "Tip os", "tip_text": "Har du et tip til redaktionen? Skriv eller ring til os.", "related": "Flere nyheder fra Sydvestjylland", "cookies": "Vi bruger cookies.", "accept": "Accepter", "nav": ["Nyheder", "Sport", "Radio", "TV", "Podcasts"]},
    "fi": {"radio": "Kuuntele suorana", "tv": "Katso suorana", "regions": ["Kuopio", "Siilinjärvi", "Varkaus", "Iisalmi", "Leppävirta"], "pub": "Julkaistu", "share": "Jaa", "tip": "Vinkkaa toimitukselle", "tip_text": "Onko sinulla uutisvinkki? Lähetä se meille.", "related": "Lisää uutisia alueelta", "cookies": "Käytämme evästeitä.", "accept": "Hyväksy", "nav": ["Uutiset", "Urheilu", "Radio", "TV", "Podcastit"]},
}


def r_regio(p: Page) -> str:
    u = REGIO_UI[p.ui]
    regions = "\n".join(f'<li><a href="/regio/{a(r.lower().replace(" ", "-"))}">{escape(r)}</a></li>' for r in u["regions"])
    nav = " ".join(f'<a href="/{a(n.lower().replace(" ", "-"))}">{escape(n)}</a>' for n in u["nav"])
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p.title)} - {escape(p.brand)}</title>
<meta name="description" content="{a(p.description)}">
<link rel="canonical" href="{a(p.canonical)}">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:url" content="{a(p.url)}">
<meta property="og:image" content="{a(p.image)}">
{article_ld(p, publisher=p.brand)}
<link rel="stylesheet" href="/build/app.{p.seed % 0xFFFFFF:06x}.css">
</head>
<body>
<div class="live-switch"><a class="live-switch__radio" href="/radio/live">{u["radio"]}</a> <a class="live-switch__tv" href="/tv/live">{u["tv"]}</a></div>
<header class="top">
<a class="top__logo" href="/"><img src="/build/img/logo.svg" alt="{a(p.brand)}"></a>
<nav class="top__nav">{nav}</nav>
<details class="top__regions"><summary>{escape(p.city)}</summary><ul>
{regions}
</ul></details>
</header>
<main class="page">
<article class="article">
<header class="article__header">
<h1 class="article__title">{escape(p.title)}</h1>
<p class="article__meta"><span class="article__author">{escape(p.byline)}</span> &middot; {u["pub"]}: <time datetime="{p.iso}">{p.date}, {p.time}</time>
{lines(p, "meta", "article__source", "span")}</p>
</header>
{figure(p, "article__media")}
<div class="article__body">
{lines(p, "top", "article__intro-note")}
{body(p, lambda x: f'<p class="article__paragraph">{x}</p>', lambda xs: "".join(f'<div class="article__factbox"><p>{x}</p></div>' for x in xs))}
{lines(p, "end", "article__paragraph article__source-line")}
</div>
<div class="article__share"><span>{u["share"]}:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={a(p.url)}">Facebook</a> <a href="https://wa.me/?text={a(p.url)}">WhatsApp</a> <a href="mailto:?body={a(p.url)}">E-mail</a></div>
</article>
<aside class="tipbox"><h2>{u["tip"]}</h2><p>{u["tip_text"]}</p></aside>
{related_list(p, "related", u["related"])}
{lines(p, "box", "source-row")}
</main>
<footer class="bottom"><p>&copy; 2027 {escape(p.brand)}</p></footer>
<div class="cookiebar" role="dialog"><p>{u["cookies"]}</p><button type="button">{u["accept"]}</button></div>
<script src="/build/app.{p.seed % 0xFFFFFF:06x}.js" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- nordic
NORDIC_UI = {
    "sv": {"live": "Se direkt", "pub": "Publicerad", "upd": "Uppdaterad", "also": "Läs också:", "ad": "Annons", "share": "Dela", "more": "Mest läst", "editor": "Ansvarig utgivare", "ethics": "Vi följer de pressetiska reglerna.", "nav": ["Nyheter", "Sport", "Nöje", "Väder", "Play"], "kl": "kl."},
    "nb": {"live": "Se direkte", "pub": "Publisert", "upd": "Oppdatert", "also": "Les også:", "ad": "Annonse", "share": "Del", "more": "Mest lest", "editor": "Ansvarlig redaktør", "ethics": "Vi arbeider etter Vær Varsom-plakatens regler for god presseskikk.", "nav": ["Nyheter", "Sport", "Underholdning", "Vær", "Play"], "kl": "kl."},
    "da": {"live": "Se live", "pub": "Publiceret", "upd": "Opdateret", "also": "Læs også:", "ad": "Annonce", "share": "Del", "more": "Mest læste", "editor": "Ansvarshavende chefredaktør", "ethics": "Vi følger de vejledende regler for god presseskik.", "nav": ["Nyheder", "Sport", "Underholdning", "Vejret", "Play"], "kl": "kl."},
    "fi": {"live": "Katso suorana", "pub": "Julkaistu", "upd": "Päivitetty", "also": "Lue myös:", "ad": "Mainos", "share": "Jaa", "more": "Luetuimmat", "editor": "Vastaava päätoimittaja", "ethics": "Noudatamme Journalistin ohjeita.", "nav": ["Uutiset", "Urheilu", "Viihde", "Sää", "Katsomo"], "kl": "klo"},
}


def r_nordic(p: Page) -> str:
    u = NORDIC_UI[p.ui]
    also_t, also_h = p.related[0]
    also = f'<p class="teaser-inline"><strong>{u["also"]}</strong> <a href="{a(also_h)}">{escape(also_t)}</a></p>'
    ad = f'<div class="ad ad--inline"><span class="ad__label">{u["ad"]}</span><div id="ad-netboard-1"></div></div>'
    also_ad = also + "\n" + ad
    nav = " ".join(f'<a href="/{a(n.lower())}">{escape(n)}</a>' for n in u["nav"])
    most = "\n".join(f'<li><a href="{a(h)}">{escape(t)}</a></li>' for t, h in p.related)
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p.title)} | {escape(p.brand)}</title>
<meta name="description" content="{a(p.description)}">
<link rel="canonical" href="{a(p.canonical)}">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:url" content="{a(p.url)}">
<meta property="og:image" content="{a(p.image)}">
<meta property="og:site_name" content="{a(p.brand)}">
<meta name="apple-itunes-app" content="app-id={p.seed % 10**9}">
{article_ld(p, publisher=p.brand)}
<link rel="stylesheet" href="/_app/immutable/assets/article.{p.seed % 0xFFFFFF:06x}.css">
</head>
<body>
<header class="site-head">
<a class="site-head__logo" href="/"><img src="/_app/logo.svg" alt="{a(p.brand)}" height="32"></a>
<nav class="site-head__nav">{nav}</nav>
<a class="site-head__live" href="/direkte">&#9679; {u["live"]}</a>
</header>
<main class="article-page">
<article class="article">
<div class="article__video" data-player="{p.seed % 10**7}"><img src="{a(p.image)}" alt="" width="1280" height="720"><button class="article__play" type="button" aria-label="Play">&#9654;</button></div>
<h1 class="article__headline">{escape(p.title)}</h1>
<p class="article__lead">{escape(p.description)}</p>
<div class="article__byline"><span class="article__author">{escape(p.byline)}</span>
<span class="article__dates">{u["pub"]} <time datetime="{p.iso}">{p.date} {u["kl"]} {p.time}</time></span>
{lines(p, "meta", "article__source", "span")}</div>
<div class="article__share"><button type="button">{u["share"]}</button></div>
{figure(p, "article__image")}
<div class="article__body">
{lines(p, "top", "article__note")}
{body(p, lambda x: f'<p class="article__text">{x}</p>', lambda xs: "".join(f'<div class="article__factbox">{x}</div>' for x in xs), also_ad, 2)}
{lines(p, "end", "article__text article__credit")}
</div>
</article>
<aside class="most-read"><h2>{u["more"]}</h2><ol>
{most}
</ol></aside>
{lines(p, "box", "article__source-box")}
</main>
<footer class="site-foot">
<p>{u["editor"]}: {escape(p.extra.get("editor", ""))}</p>
<p>{u["ethics"]}</p>
<p>&copy; 2027 {escape(p.brand)}</p>
</footer>
<script type="module" src="/_app/immutable/entry/start.{p.seed % 0xFFFFFF:06x}.js"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- balkan
BALKAN_UI = {
    "sr-Latn": {"live": "UŽIVO", "latest": "Najnovije", "views": "pregleda", "comments": "Komentari", "also": "Pročitajte još:", "tags": "Tagovi", "most": "Najčitanije", "form": "Ostavite komentar", "name": "Ime", "send": "Pošalji", "imp": "Impresum", "cookies": "Ovaj sajt koristi kolačiće.", "ok": "U redu", "by": "Autor:", "nav": ["Vesti", "Region", "Društvo", "Sport", "Emisije"]},
    "sr-Cyrl": {"live": "УЖИВО", "latest": "Најновије", "views": "прегледа", "comments": "Коментари", "also": "Прочитајте још:", "tags": "Тагови", "most": "Најчитаније", "form": "Оставите коментар", "name": "Име", "send": "Пошаљи", "imp": "Импресум", "cookies": "Овај сајт користи колачиће.", "ok": "У реду", "by": "Аутор:", "nav": ["Вести", "Град", "Друштво", "Спорт", "Емисије"]},
    "hr": {"live": "UŽIVO", "latest": "Najnovije", "views": "pregleda", "comments": "Komentari", "also": "Pročitajte još:", "tags": "Oznake", "most": "Najčitanije", "form": "Ostavite komentar", "name": "Ime", "send": "Pošalji", "imp": "Impressum", "cookies": "Ova stranica koristi kolačiće.", "ok": "Prihvaćam", "by": "Autor:", "nav": ["Vijesti", "Županija", "Društvo", "Sport", "Emisije"]},
    "bg": {"live": "НА ЖИВО", "latest": "Последни", "views": "прочитания", "comments": "Коментари", "also": "Прочетете още:", "tags": "Етикети", "most": "Най-четени", "form": "Напишете коментар", "name": "Име", "send": "Изпрати", "imp": "За нас", "cookies": "Този сайт използва бисквитки.", "ok": "Приемам", "by": "Автор:", "nav": ["Новини", "Регион", "Общество", "Спорт", "Предавания"]},
    "sl": {"live": "V ŽIVO", "latest": "Najnovejše", "views": "ogledov", "comments": "Komentarji", "also": "Preberite še:", "tags": "Oznake", "most": "Najbolj brano", "form": "Dodaj komentar", "name": "Ime", "send": "Pošlji", "imp": "Impresum", "cookies": "Spletna stran uporablja piškotke.", "ok": "Se strinjam", "by": "Avtor:", "nav": ["Novice", "Regija", "Družba", "Šport", "Oddaje"]},
    "el": {"live": "LIVE", "latest": "Τελευταία νέα", "views": "προβολές", "comments": "Σχόλια", "also": "Διαβάστε επίσης:", "tags": "Ετικέτες", "most": "Δημοφιλή", "form": "Αφήστε σχόλιο", "name": "Όνομα", "send": "Αποστολή", "imp": "Ταυτότητα", "cookies": "Ο ιστότοπος χρησιμοποιεί cookies.", "ok": "Αποδοχή", "by": "Συντάκτης:", "nav": ["Ειδήσεις", "Περιφέρεια", "Κοινωνία", "Αθλητικά", "Εκπομπές"]},
}


def r_balkan(p: Page) -> str:
    u = BALKAN_UI[p.ui]
    also_t, also_h = p.related[0]
    also = f'<p class="procitajte"><strong>{u["also"]}</strong> <a href="{a(also_h)}">{escape(also_t)}</a></p>'
    nav = " ".join(f'<a href="/{a(n.lower())}">{escape(n)}</a>' for n in u["nav"])
    latest = "\n".join(f'<li><time>{(7 + i) % 24:02d}:{(p.seed + 13 * i) % 60:02d}</time> <a href="{a(h)}">{escape(t)}</a></li>' for i, (t, h) in enumerate(p.related))
    tags = " ".join(f'<a href="/tag/{a(t.lower())}" rel="tag">{escape(t)}</a>' for t in [p.city, p.extra.get("topic", "")] if t)
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p.title)} | {escape(p.brand)}</title>
<meta name="description" content="{a(p.description)}">
<link rel="canonical" href="{a(p.canonical)}">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:url" content="{a(p.url)}">
<meta property="og:image" content="{a(p.image)}">
<meta property="og:type" content="article">
{article_ld(p, publisher=p.brand)}
<link rel="stylesheet" href="/css/main.css?v={p.seed % 997}">
{gtag(mid_id(p))}
</head>
<body class="single">
<div class="topbar"><a class="topbar__live" href="/uzivo"><span class="blink"></span> {u["live"]}</a> <span class="topbar__date">{p.date}</span></div>
<header class="header"><a class="header__logo" href="/"><img src="/img/logo.png" alt="{a(p.brand)}"></a><nav class="header__nav">{nav}</nav></header>
<div class="container">
<main class="content">
<article class="post">
<h1 class="post__title">{escape(p.title)}</h1>
<div class="post__meta"><span class="post__author">{u["by"]} {escape(p.byline)}</span> <span class="post__date">{p.date} {p.time}</span> <span class="post__views">{p.seed % 4000 + 150} {u["views"]}</span> <a class="post__comments-count" href="#komentari">{u["comments"]} ({p.seed % 30})</a>
{lines(p, "meta", "post__source", "span")}</div>
<div class="post__share"><a href="https://www.facebook.com/sharer/sharer.php?u={a(p.url)}">Facebook</a> <a href="https://x.com/intent/post?url={a(p.url)}">X</a> <a href="viber://forward?text={a(p.url)}">Viber</a></div>
{figure(p, "post__image")}
<div class="post__content">
{lines(p, "top", "post__lead-source")}
{body(p, lambda x: f"<p>{x}</p>", lambda xs: "".join(f'<div class="post__box"><p>{x}</p></div>' for x in xs), also, 2)}
{lines(p, "end", "post__source-line")}
</div>
<div class="post__tags">{u["tags"]}: {tags}</div>
</article>
{lines(p, "box", "post__source-box")}
<section class="comments" id="komentari"><h2>{u["form"]}</h2><form method="post" action="/komentar"><label>{u["name"]} <input type="text" name="ime"></label><textarea name="tekst" rows="4" aria-label="{a(u["comments"])}"></textarea><button type="submit">{u["send"]}</button></form></section>
</main>
<aside class="sidebar"><section class="latest"><h2>{u["latest"]}</h2><ul>
{latest}
</ul></section><section class="most"><h2>{u["most"]}</h2><ol>{"".join(f'<li><a href="{a(h)}">{escape(t)}</a></li>' for t, h in reversed(p.related))}</ol></section></aside>
</div>
<footer class="footer"><p><a href="/impresum">{u["imp"]}</a> &middot; &copy; 2027 {escape(p.brand)}</p></footer>
<div class="cookie-notice" role="dialog"><p>{u["cookies"]}</p><button type="button">{u["ok"]}</button></div>
</body>
</html>
"""


RENDER: dict[str, Callable[[Page], str]] = {
    "affil": r_affil,
    "grpfeed": r_grpfeed,
    "vidx": r_vidx,
    "wxtr": r_wxtr,
    "radio": r_radio,
    "pod": r_pod,
    "hispano": r_hispano,
    "latradio": r_latradio,
    "regio": r_regio,
    "nordic": r_nordic,
    "balkan": r_balkan,
}

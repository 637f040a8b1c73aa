# ruff: noqa: E501, RUF001  (markup one element a line; labels as the sites print them)
"""Page templates of the forty-second blind set, written for it from the markup that regional-language news
portals and news apps of South Asia, Southeast Asia and Africa emit (and their English editions). Not derived
from any earlier set's template, model or renderer.

Ten families (`Page.fam`):
- `apphub`: a news-aggregator app's web view (Dailyhunt-like): app banner, language chips, the publisher's
  card (logo, name, follow button) above the story, "More from this publisher", "Open in app".
- `shorts`: a 60-word shorts app's card (Way2News-like): image, headline, the short text, reporter and place,
  the source line under it, "Swipe for next".
- `vernac`: a regional-language portal (Lokmat-, Eenadu-, Manorama-, Divya Bhaskar-like): date bar with the
  e-paper link, district menu, breadcrumb, font buttons, share row, "also read" box between paragraphs,
  in-article ad slot, tags, "Web Title", related list, footer.
- `epaper`: an e-paper clipping viewer: the paper's masthead over the clip, edition and page, the clip's
  image and its text view, "Share clip".
- `fwd`: a WhatsApp forward pasted into a small local news portal (Blogger-like): the forward's text with
  its stars, emoji and line breaks, the paper's name at its end, "Join our WhatsApp group".
- `lanka`: a Sri Lankan portal (Sinhala or English): breaking-news ticker, trilingual links, comment box,
  "Related News", footer row.
- `mekong`: a Thai, Khmer or Burmese portal: PDPA cookie bar, LINE/Telegram share, font size, tags,
  related-news grid, the credit row under it.
- `pinoy`: a Filipino WordPress news site (JNews-like): "Basahin din" box, "Ulat ni" byline, tags, comments.
- `afri`: an African-language portal (Yoruba, Somali, Zulu) or an English African one: top bar, WordPress
  classic markup or an old table layout, "Xigasho"/"Orísun"/"Umthombo" lines.
- `edition`: the English edition of a regional group (AMP-like): sticky header, "Also Read" box, share row,
  "Follow us on Google News", footer.

Credits are given as (slot, text) pairs; each family puts each slot where such sites put it: `card` (the
app card above the story), `top` (a line above the text), `box` (a box between paragraphs), `end` (a line
after the text), `footer` (a row after the related links), `logo` (a masthead or logo with its alt text and
a visible label), `fwd` (the last line of a forwarded message). A text with ": " is printed as label and
value in two elements where the site does that; the visible text is the same.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from html import escape

LABELS: dict[str, dict[str, str]] = {
    "en": {"home": "Home", "related": "Related stories", "share": "Share", "also": "Also read", "ad": "Advertisement", "updated": "Updated", "tags": "Tags", "follow": "Follow", "comments": "Comments", "latest": "Latest news", "cookie": "We use cookies to improve your experience on our site.", "accept": "Accept", "epaper": "E-Paper", "more": "Read more"},
    "mr": {"home": "मुख्यपृष्ठ", "related": "संबंधित बातम्या", "share": "शेअर करा", "also": "हेही वाचा", "ad": "जाहिरात", "updated": "अपडेटेड", "tags": "टॅग्स", "follow": "फॉलो करा", "comments": "प्रतिक्रिया", "latest": "ताज्या बातम्या", "cookie": "तुमचा अनुभव सुधारण्यासाठी आम्ही कुकीज वापरतो.", "accept": "स्वीकारा", "epaper": "ई-पेपर", "more": "आणखी वाचा"},
    "te": {"home": "హోమ్", "related": "సంబంధిత వార్తలు", "share": "షేర్ చేయండి", "also": "ఇవి కూడా చదవండి", "ad": "ప్రకటన", "updated": "అప్‌డేట్", "tags": "ట్యాగ్స్", "follow": "ఫాలో", "comments": "వ్యాఖ్యలు", "latest": "తాజా వార్తలు", "cookie": "మెరుగైన అనుభవం కోసం మేము కుకీలను ఉపయోగిస్తాము.", "accept": "అంగీకరించు", "epaper": "ఈ-పేపర్", "more": "మరిన్ని"},
    "ml": {"home": "ഹോം", "related": "അനുബന്ധ വാർത്തകൾ", "share": "ഷെയർ ചെയ്യുക", "also": "ഇതുകൂടി വായിക്കൂ", "ad": "പരസ്യം", "updated": "അപ്ഡേറ്റ് ചെയ്തത്", "tags": "ടാഗുകൾ", "follow": "ഫോളോ", "comments": "അഭിപ്രായങ്ങൾ", "latest": "പുതിയ വാർത്തകൾ", "cookie": "മികച്ച അനുഭവത്തിനായി ഞങ്ങൾ കുക്കികൾ ഉപയോഗിക്കുന്നു.", "accept": "ശരി", "epaper": "ഇ-പേപ്പർ", "more": "കൂടുതൽ"},
    "gu": {"home": "હોમ", "related": "સંબંધિત સમાચાર", "share": "શેર કરો", "also": "આ પણ વાંચો", "ad": "જાહેરાત", "updated": "અપડેટ", "tags": "ટૅગ્સ", "follow": "ફોલો કરો", "comments": "પ્રતિભાવ", "latest": "તાજા સમાચાર", "cookie": "વધુ સારા અનુભવ માટે અમે કુકીઝનો ઉપયોગ કરીએ છીએ.", "accept": "સ્વીકારો", "epaper": "ઈ-પેપર", "more": "વધુ વાંચો"},
    "si": {"home": "මුල් පිටුව", "related": "අදාළ පුවත්", "share": "බෙදාගන්න", "also": "මෙයත් කියවන්න", "ad": "දැන්වීම", "updated": "යාවත්කාලීන කළේ", "tags": "ටැග්", "follow": "අනුගමනය", "comments": "අදහස්", "latest": "නවතම පුවත්", "cookie": "ඔබේ අත්දැකීම වැඩිදියුණු කිරීමට අපි කුකීස් භාවිත කරමු.", "accept": "එකඟයි", "epaper": "ඊ-පත්‍රය", "more": "තවත්"},
    "my": {"home": "ပင်မစာမျက်နှာ", "related": "ဆက်စပ်သတင်းများ", "share": "မျှဝေရန်", "also": "ဆက်စပ်ဖတ်ရှုရန်", "ad": "ကြော်ငြာ", "updated": "ပြင်ဆင်ချိန်", "tags": "Tags", "follow": "Follow", "comments": "မှတ်ချက်များ", "latest": "နောက်ဆုံးရသတင်း", "cookie": "ဤဝက်ဘ်ဆိုက်သည် Cookies များကို အသုံးပြုပါသည်။", "accept": "လက်ခံသည်", "epaper": "E-Paper", "more": "ဆက်ဖတ်ရန်"},
    "km": {"home": "ទំព័រដើម", "related": "អត្ថបទពាក់ព័ន្ធ", "share": "ចែករំលែក", "also": "អានបន្ថែម", "ad": "ពាណិជ្ជកម្ម", "updated": "កែប្រែចុងក្រោយ", "tags": "ស្លាក", "follow": "តាមដាន", "comments": "មតិយោបល់", "latest": "ព័ត៌មានថ្មីៗ", "cookie": "គេហទំព័រនេះប្រើខូឃីដើម្បីផ្តល់បទពិសោធន៍ល្អជូនអ្នក។", "accept": "យល់ព្រម", "epaper": "កាសែតឌីជីថល", "more": "អានបន្ត"},
    "th": {"home": "หน้าแรก", "related": "ข่าวที่เกี่ยวข้อง", "share": "แชร์", "also": "อ่านเพิ่มเติม", "ad": "โฆษณา", "updated": "อัปเดต", "tags": "แท็ก", "follow": "ติดตาม", "comments": "ความคิดเห็น", "latest": "ข่าวล่าสุด", "cookie": "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์ที่ดีแก่ผู้ใช้งาน ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)", "accept": "ยอมรับทั้งหมด", "epaper": "หนังสือพิมพ์ออนไลน์", "more": "อ่านต่อ"},
    "tl": {"home": "Home", "related": "Kaugnay na balita", "share": "Ibahagi", "also": "Basahin din", "ad": "Advertisement", "updated": "Na-update", "tags": "Mga tag", "follow": "Sundan", "comments": "Mga komento", "latest": "Pinakabagong balita", "cookie": "Gumagamit ang site na ito ng cookies para sa mas magandang karanasan.", "accept": "Sang-ayon", "epaper": "E-paper", "more": "Magbasa pa"},
    "yo": {"home": "Ojú-ìwé àkọ́kọ́", "related": "Àwọn ìròyìn tó jọmọ́", "share": "Pín", "also": "Ka èyí náà", "ad": "Ìpolówó", "updated": "Àtúnṣe", "tags": "Àkọlé", "follow": "Tẹ̀lé wa", "comments": "Ìdáhùn", "latest": "Ìròyìn tuntun", "cookie": "A ń lo cookies lórí ojú òpó yìí.", "accept": "Mo gbà", "epaper": "Ìwé ìròyìn", "more": "Ka síi"},
    "so": {"home": "Bogga hore", "related": "Wararka la xiriira", "share": "La wadaag", "also": "Sidoo kale akhri", "ad": "Xayeysiis", "updated": "La cusboonaysiiyay", "tags": "Tags", "follow": "Nala soco", "comments": "Faallooyin", "latest": "Wararkii ugu dambeeyay", "cookie": "Boggan wuxuu isticmaalaa cookies.", "accept": "Waan aqbalay", "epaper": "E-Paper", "more": "Akhri wax dheeri ah"},
    "zu": {"home": "Ikhaya", "related": "Izindaba ezihlobene", "share": "Yabelana", "also": "Funda futhi", "ad": "Isikhangiso", "updated": "Kubuyekezwe", "tags": "Omaka", "follow": "Silandele", "comments": "Imibono", "latest": "Izindaba zakamuva", "cookie": "Le sizindalwazi sisebenzisa ama-cookie.", "accept": "Ngiyavuma", "epaper": "Iphephandaba le-digital", "more": "Funda kabanzi"},
}


@dataclass
class Page:
    fam: str
    lang: str
    site_name: str
    host: str
    url: str
    title: str
    date: str
    iso: str
    section: str
    byline: str
    paras: list[str]
    dateline: str = ""
    credits: list[tuple[str, str]] = field(default_factory=list)
    caption: str = ""
    caption_at: int = 0
    related: list[str] = field(default_factory=list)
    place: str = ""
    variant: int = 0


def e(s: str) -> str:
    return escape(s, quote=True)


def _num(*parts: str) -> int:
    return int(hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest(), 16)


def _split(text: str, lab: str = "label", val: str = "value", tag: str = "span") -> str:
    """A credit text as the site prints it: 'Label: Value' in two elements, or one element."""
    if ": " in text:
        label, value = text.split(": ", 1)
        return f'<{tag} class="{lab}">{e(label)}:</{tag}> <{tag} class="{val}">{e(value)}</{tag}>'
    return e(text)


def _slots(p: Page, slot: str) -> list[str]:
    return [t for s, t in p.credits if s == slot]


def _body_paras(p: Page, pcls: str = "", box: str = "", also: str = "", ad: str = "") -> list[str]:
    """Paragraphs with the dateline, the figure and the in-body blocks; `box` goes after the second
    paragraph, `also` (an also-read box) after the third, `ad` after the first."""
    out: list[str] = []
    cls = f' class="{pcls}"' if pcls else ""
    for i, text in enumerate(p.paras):
        if i == 0 and p.dateline:
            out.append(f"<p{cls}><strong class=\"dateline\">{e(p.dateline)}</strong> {e(text)}</p>")
        else:
            out.append(f"<p{cls}>{e(text)}</p>")
        if p.caption and i == p.caption_at:
            out.append(_figure(p))
        if i == 0 and ad:
            out.append(ad)
        if i == 1 and box:
            out.append(box)
        if i == 2 and also:
            out.append(also)
    if len(p.paras) < 2 and box:
        out.append(box)
    return out


def _figure(p: Page) -> str:
    n = _num(p.url, "img") % 90000 + 10000
    return (
        f'<figure class="story-img"><img src="https://{p.host}/images/2027/02/17/{n}.jpg" alt="{e(p.title)}" loading="lazy" width="800" height="450">'
        f"<figcaption>{e(p.caption)}</figcaption></figure>"
    )


def _jsonld(p: Page) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p.title,
        "inLanguage": p.lang,
        "datePublished": p.iso,
        "dateModified": p.iso,
        "mainEntityOfPage": p.url,
        "author": {"@type": "Person", "name": p.byline} if p.byline else {"@type": "Organization", "name": p.site_name},
        "publisher": {"@type": "Organization", "name": p.site_name, "logo": {"@type": "ImageObject", "url": f"https://{p.host}/static/logo.png"}},
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _head(p: Page, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{p.lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(p.title)} | {e(p.site_name)}</title>\n"
        f'<link rel="canonical" href="{e(p.url)}">\n'
        f'<meta property="og:title" content="{e(p.title)}">\n<meta property="og:site_name" content="{e(p.site_name)}">\n'
        f'<meta property="og:url" content="{e(p.url)}">\n<meta property="article:published_time" content="{p.iso}">\n'
        f"{_jsonld(p)}\n{extra}</head>\n"
    )


def _related(p: Page, cls: str, heading: str) -> str:
    items = "".join(
        f'<li><a href="https://{p.host}/news/{_num(t) % 900000 + 100000}">{e(t)}</a></li>' for t in p.related
    )
    return f'<section class="{cls}"><h3>{e(heading)}</h3><ul>{items}</ul></section>'


def _share(p: Page, names: tuple[str, ...]) -> str:
    lab = LABELS[p.lang]["share"]
    links = "".join(f'<a class="share-{n.lower()}" href="#" rel="nofollow" aria-label="{n}">{n}</a>' for n in names)
    return f'<div class="share-row"><span>{e(lab)}</span>{links}</div>'


# --- apphub ------------------------------------------------------------------------------------------

def render_apphub(p: Page) -> str:
    L = LABELS[p.lang]
    card = _slots(p, "card")
    if card:
        name = card[0]
        pub = (
            f'<div class="publisher-card" data-source-type="partner"><img class="publisher-logo" src="https://cdn.{p.host}/pub/{_num(name) % 99999}.png" alt="{e(name)}">'
            f'<div class="publisher-meta"><span class="publisher-name">{e(name)}</span><span class="post-time">{e(p.date)}</span></div>'
            f'<button class="follow-btn" type="button">+ {e(L["follow"])}</button></div>'
        )
    else:
        pub = (
            f'<div class="publisher-card" data-source-type="creator"><img class="publisher-logo avatar" src="https://cdn.{p.host}/creator/{_num(p.byline) % 99999}.jpg" alt="">'
            f'<div class="publisher-meta"><span class="creator-name">{e(p.byline)}</span> <span class="badge">Creator</span><span class="post-time">{e(p.date)}</span></div>'
            f'<button class="follow-btn" type="button">+ {e(L["follow"])}</button></div>'
        )
    chips = "".join(f'<a class="lang-chip" href="/{c}">{c.upper()}</a>' for c in dict.fromkeys(("en", "hi", p.lang)))
    paras = "\n".join(_body_paras(p, "story-p", box="".join(f'<div class="partner-note">{_split(t)}</div>' for t in _slots(p, "box"))))
    tops = "".join(f'<div class="source-strip">{_split(t)}</div>' for t in _slots(p, "top"))
    ends = "".join(f'<p class="source-end">{_split(t)}</p>' for t in _slots(p, "end"))
    foot = "".join(f'<div class="source-foot">{_split(t)}</div>' for t in _slots(p, "footer"))
    return (
        _head(p, '<meta name="apple-itunes-app" content="app-id=1003000420">\n')
        + '<body class="webview news-detail">\n'
        + f'<div class="app-banner"><img src="https://cdn.{p.host}/icon.png" alt="{e(p.site_name)}"><span>{e(p.site_name)}</span><a class="open-app" href="intent://news#Intent;scheme={p.host.split(".")[-2]};end">Open in app</a></div>\n'
        + f'<nav class="lang-chips">{chips}</nav>\n'
        + f'<main class="detail"><article class="news-card" data-lang="{p.lang}">\n{pub}\n'
        + f'<h1 class="news-title">{e(p.title)}</h1>\n{tops}\n<div class="news-content">\n{paras}\n</div>\n{ends}\n'
        + '<div class="reactions"><button>👍 <span>1.2K</span></button><button>💬</button><button>↗</button></div>\n'
        + f'{_related(p, "more-from", L["more"])}\n{foot}\n'
        + f'<div class="ad-slot" data-ad-unit="/2127/{p.lang}_detail_btf"><span>{e(L["ad"])}</span></div>\n'
        + '</article></main>\n'
        + f'<footer class="app-footer"><a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/grievance">Grievance Officer</a><p>© 2027 {e(p.site_name)}</p></footer>\n'
        + "</body>\n</html>\n"
    )


# --- shorts ------------------------------------------------------------------------------------------

def render_shorts(p: Page) -> str:
    L = LABELS[p.lang]
    n = _num(p.url) % 900000 + 100000
    tops = "".join(f'<div class="short-src top">{_split(t)}</div>' for t in _slots(p, "top"))
    ends = "".join(f'<div class="short-src">{_split(t, "src-label", "src-name")}</div>' for t in _slots(p, "end"))
    foot = "".join(f'<div class="short-foot">{_split(t)}</div>' for t in _slots(p, "footer"))
    paras = "\n".join(_body_paras(p, "short-text"))
    return (
        _head(p, f'<meta name="twitter:card" content="summary_large_image">\n<link rel="preload" as="image" href="https://img.{p.host}/s/{n}.webp">\n')
        + '<body class="short-page">\n'
        + f'<header class="sh-head"><a class="logo" href="/">{e(p.site_name)}</a><a class="get-app" href="/app">Get App</a></header>\n'
        + f'<div class="short-card" id="short-{n}">\n<div class="short-img"><img src="https://img.{p.host}/s/{n}.webp" alt=""></div>\n'
        + f'<h1 class="short-title">{e(p.title)}</h1>\n{tops}\n<div class="short-body">\n{paras}\n</div>\n{ends}\n'
        + f'<div class="short-meta"><span class="reporter">{e(p.byline)}</span> · <span class="loc">{e(p.place)}</span> · <time datetime="{p.iso}">{e(p.date)}</time></div>\n'
        + f'<div class="short-actions"><a href="#" class="wa">WhatsApp</a><a href="#" class="copy">Copy link</a></div>\n{foot}\n'
        + '<div class="swipe-hint">Swipe up for next short ↑</div>\n</div>\n'
        + f'{_related(p, "next-shorts", L["latest"])}\n'
        + f'<footer class="sh-foot">© 2027 {e(p.site_name)} · <a href="/terms">Terms</a></footer>\n</body>\n</html>\n'
    )


# --- vernac ------------------------------------------------------------------------------------------

def render_vernac(p: Page) -> str:
    L = LABELS[p.lang]
    box = "".join(f'<div class="source-box"><p>{_split(t, "sb-label", "sb-name", "b")}</p></div>' for t in _slots(p, "box"))
    also = (
        f'<div class="also-read"><span class="also-h">{e(L["also"])} :</span> '
        + "".join(f'<a href="https://{p.host}/{p.section}/{_num(t) % 900000 + 100000}/">{e(t)}</a>' for t in p.related[:2])
        + "</div>"
    )
    ad = f'<div class="inarticle-ad"><small>{e(L["ad"])}</small><div id="div-gpt-ad-{_num(p.url) % 10**8}-0"></div></div>'
    paras = "\n".join(_body_paras(p, "", box=box, also=also, ad=ad))
    tops = "".join(f'<p class="top-source">{_split(t)}</p>' for t in _slots(p, "top"))
    ends = "".join(f'<p class="end-source"><em>{e(t)}</em></p>' for t in _slots(p, "end"))
    foot = "".join(f'<div class="credit-row">{_split(t)}</div>' for t in _slots(p, "footer"))
    districts = "".join(f'<li><a href="/{p.section}/d{i}">{e(d)}</a></li>' for i, d in enumerate((p.place, L["latest"], L["epaper"])))
    last = p.url.rstrip("/").rsplit("/", 1)[-1].rsplit("-a", 1)[0]
    web_title = f'<p class="web-title">Web Title: {e(last.replace("-", " "))}</p>' if len(last.split("-")) > 3 else ""
    return (
        _head(p, '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n')
        + '<body class="article-page">\n'
        + f'<div class="date-bar"><span>{e(p.date)}</span><a href="https://epaper.{p.host.removeprefix("www.")}/">{e(L["epaper"])}</a><a href="/app">App</a></div>\n'
        + f'<header class="site-head"><a class="site-logo" href="/"><img src="https://{p.host}/images/logo.svg" alt="{e(p.site_name)}"></a>'
        + f'<ul class="district-menu">{districts}</ul></header>\n'
        + f'<div class="cookie-consent" role="dialog"><p>{e(L["cookie"])}</p><button>{e(L["accept"])}</button></div>\n'
        + f'<ol class="breadcrumb"><li><a href="/">{e(L["home"])}</a></li><li><a href="/{p.section}">{e(p.place)}</a></li></ol>\n'
        + f'<article class="story">\n<h1>{e(p.title)}</h1>\n'
        + f'<div class="story-meta"><span class="author">{e(p.byline)}</span> | <span class="upd">{e(L["updated"])}: {e(p.date)}</span>'
        + '<span class="font-size"><button>A-</button><button>A+</button></span></div>\n'
        + _share(p, ("WhatsApp", "Facebook", "X", "Telegram")) + "\n"
        + f'<div class="story-body">\n{tops}\n{paras}\n{ends}\n</div>\n'
        + f'<div class="tags"><span>{e(L["tags"])}:</span> <a href="/tag/{p.section}">{e(p.place)}</a></div>\n{web_title}\n'
        + f'</article>\n{_related(p, "related-news", L["related"])}\n{foot}\n'
        + f'<div id="taboola-below-article-thumbnails"></div>\n<footer class="site-foot"><p>Copyright © 2027 {e(p.site_name)}. All rights reserved.</p><a href="/contact">Contact</a> <a href="/privacy-policy">Privacy Policy</a></footer>\n'
        + "</body>\n</html>\n"
    )


# --- epaper ------------------------------------------------------------------------------------------

def render_epaper(p: Page) -> str:
    L = LABELS[p.lang]
    n = _num(p.url) % 9000 + 1000
    logos = _slots(p, "logo")
    if logos:
        head = "".join(
            f'<div class="clip-masthead"><img src="https://{p.host}/mastheads/{_num(t) % 999}.png" alt="{e(t.split(" · ")[0])}"><span class="clip-from">{_split(t)}</span></div>'
            for t in logos
        )
    else:
        head = f'<div class="clip-masthead"><span class="clip-from">{e(p.site_name)}</span></div>'
    ends = "".join(f'<p class="clip-note">{_split(t)}</p>' for t in _slots(p, "end"))
    tops = "".join(f'<p class="clip-note top">{_split(t)}</p>' for t in _slots(p, "top"))
    paras = "\n".join(_body_paras(p, "ocr"))
    return (
        _head(p, '<link rel="stylesheet" href="/static/viewer.css">\n')
        + '<body class="epaper-viewer">\n'
        + f'<div class="viewer-bar"><a href="/">{e(p.site_name)}</a><select class="edition"><option>{e(p.place)}</option></select>'
        + f'<span class="pg">Page 4</span><input type="date" value="{p.iso[:10]}"><a class="login" href="/login">Login</a></div>\n'
        + f'<div class="clip-view" id="clip-{n}">\n{head}\n'
        + f'<div class="clip-image"><img src="https://{p.host}/clips/{p.iso[:10]}/{n}.jpg" alt="clip"></div>\n'
        + f'<div class="clip-text" role="article"><h1>{e(p.title)}</h1>\n{tops}\n{paras}\n{ends}\n</div>\n'
        + f'<div class="clip-share"><span>{e(L["share"])}:</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">Download</a></div>\n</div>\n'
        + '<div class="thumbs">' + "".join(f'<a href="#p{i}">{i}</a>' for i in range(1, 13)) + "</div>\n"
        + f'<footer class="viewer-foot">© 2027 {e(p.site_name)} · Best viewed in Chrome</footer>\n</body>\n</html>\n'
    )


# --- fwd ---------------------------------------------------------------------------------------------

def render_fwd(p: Page) -> str:
    L = LABELS[p.lang]
    lines = []
    lines.append(f"<p>📢 <b>*{e(p.title)}*</b></p>")
    for i, text in enumerate(p.paras):
        if i == 0 and p.dateline:
            lines.append(f"<p><b>{e(p.dateline)}</b> {e(text)}</p>")
        else:
            lines.append(f"<p>{e(text)}</p>")
        if p.caption and i == p.caption_at:
            lines.append(_figure(p))
    for t in _slots(p, "fwd"):
        lines.append(f'<p class="fwd-sign">{e(t)}</p>')
    tops = "".join(f'<p class="post-src">{_split(t)}</p>' for t in _slots(p, "top"))
    ends = "".join(f'<p class="post-src end">{_split(t)}</p>' for t in _slots(p, "end"))
    body = "\n".join(lines)
    return (
        _head(p, "<meta name=\"generator\" content=\"Blogger\">\n")
        + '<body class="item-view">\n'
        + f'<div class="header-outer"><h2 class="blog-title"><a href="/">{e(p.site_name)}</a></h2><p class="description">{e(p.place)} · {e(L["latest"])}</p></div>\n'
        + '<div class="main-outer"><div class="post-outer"><article class="post hentry">\n'
        + f'<h3 class="post-title entry-title">{e(p.title)}</h3>\n'
        + f'<div class="post-header"><span class="byline post-author">{e(p.byline)}</span> <abbr class="published" title="{p.iso}">{e(p.date)}</abbr></div>\n'
        + f'<div class="post-body entry-content">\n{tops}\n<div class="wa-forward" data-forwarded="many">\n<span class="fwd-tag">↪ Forwarded</span>\n{body}\n</div>\n{ends}\n</div>\n'
        + f'<div class="wa-join"><a href="https://chat.whatsapp.com/{_num(p.host) % 10**12:x}">💬 WhatsApp · {e(L["follow"])}</a></div>\n'
        + f'<div class="post-footer"><span class="post-labels">Labels: <a href="/search/label/{e(p.section)}">{e(p.place)}</a></span>'
        + f'<div class="post-share-buttons"><a class="share-button" href="#">{e(L["share"])}</a></div></div>\n'
        + f'</article></div>\n<div class="comments"><h4>{e(L["comments"])}</h4><p>0 comments:</p></div>\n'
        + f'{_related(p, "popular-posts", L["latest"])}\n</div>\n'
        + f'<footer class="footer-outer">Powered by Blogger · Theme images by Michael Elkan · © {e(p.site_name)}</footer>\n</body>\n</html>\n'
    )


# --- lanka -------------------------------------------------------------------------------------------

def render_lanka(p: Page) -> str:
    L = LABELS[p.lang]
    tops = "".join(f'<p class="news-source top">{_split(t)}</p>' for t in _slots(p, "top"))
    ends = "".join(f'<p class="news-source">{_split(t, "src-l", "src-v", "strong")}</p>' for t in _slots(p, "end"))
    foot = "".join(f'<div class="news-source-row">{_split(t)}</div>' for t in _slots(p, "footer"))
    box = "".join(f'<blockquote class="src-quote">{_split(t)}</blockquote>' for t in _slots(p, "box"))
    paras = "\n".join(_body_paras(p, "news-text", box=box))
    tick = " • ".join(e(t) for t in p.related)
    return (
        _head(p)
        + '<body class="news-inner">\n'
        + f'<div class="topbar"><a href="/si">සිංහල</a> | <a href="/ta">தமிழ்</a> | <a href="/en">English</a><span class="date">{e(p.date)}</span></div>\n'
        + f'<header><a class="logo" href="/"><img src="https://{p.host}/assets/img/logo.png" alt="{e(p.site_name)}"></a></header>\n'
        + f'<div class="breaking"><span class="b-label">BREAKING</span><marquee>{tick}</marquee></div>\n'
        + f'<div class="container"><div class="col-md-8"><div class="news-detail">\n<h1 class="news-heading">{e(p.title)}</h1>\n'
        + f'<div class="news-info"><span><i class="fa fa-clock-o"></i> {e(p.date)}</span> <span class="views">👁 {_num(p.url) % 9000 + 500}</span></div>\n'
        + f'<div class="news-body">\n{tops}\n{paras}\n{ends}\n</div>\n'
        + _share(p, ("Facebook", "WhatsApp", "Viber")) + "\n"
        + f'<div class="fb-comments" data-href="{e(p.url)}" data-numposts="5"></div>\n'
        + f'{_related(p, "related-news", L["related"])}\n{foot}\n'
        + f'</div></div><aside class="col-md-4"><div class="ad-300x250">{e(L["ad"])}</div><h4>{e(L["latest"])}</h4></aside></div>\n'
        + f'<footer class="footer"><p>Copyright © 2027 {e(p.site_name)}. All Rights Reserved.</p></footer>\n</body>\n</html>\n'
    )


# --- mekong ------------------------------------------------------------------------------------------

def render_mekong(p: Page) -> str:
    L = LABELS[p.lang]
    tops = "".join(f'<p class="src-top">{_split(t)}</p>' for t in _slots(p, "top"))
    ends = "".join(f'<p class="src-end">{_split(t, "src-l", "src-v")}</p>' for t in _slots(p, "end"))
    foot = "".join(f'<div class="article-credit">{_split(t, "c-label", "c-name")}</div>' for t in _slots(p, "footer"))
    box = "".join(f'<div class="note-box">{_split(t)}</div>' for t in _slots(p, "box"))
    paras = "\n".join(_body_paras(p, "", box=box))
    grid = "".join(
        f'<div class="card"><a href="https://{p.host}/news/{_num(t) % 9000000 + 1000000}"><img src="https://{p.host}/thumb/{_num(t) % 99999}.jpg" alt=""><h4>{e(t)}</h4></a></div>'
        for t in p.related
    )
    return (
        _head(p, '<script src="https://static.line-scdn.net/liff/edge/2/sdk.js"></script>\n')
        + '<body class="news-detail-page">\n'
        + f'<div class="pdpa-bar"><p>{e(L["cookie"])}</p><button class="btn-accept">{e(L["accept"])}</button></div>\n'
        + f'<header class="main-header"><a href="/" class="logo">{e(p.site_name)}</a><nav><a href="/">{e(L["home"])}</a><a href="/{p.section}">{e(p.place)}</a><a href="/latest">{e(L["latest"])}</a></nav></header>\n'
        + f'<main class="content"><article id="article-{_num(p.url) % 10**7}">\n<h1 class="title">{e(p.title)}</h1>\n'
        + f'<div class="meta"><time datetime="{p.iso}">{e(p.date)}</time> <span class="author">{e(p.byline)}</span>'
        + ('<span class="fs"><button>ก-</button><button>ก+</button></span></div>\n' if p.lang == "th" else '<span class="fs"><button>A-</button><button>A+</button></span></div>\n')
        + _share(p, ("Facebook", "LINE", "Telegram", "X")) + "\n"
        + f'<div class="detail">\n{tops}\n{paras}\n{ends}\n</div>\n'
        + f'<div class="tags"><b>{e(L["tags"])}</b> <a href="/tag/{p.section}">#{e(p.place)}</a></div>\n</article>\n'
        + f'<section class="related"><h3>{e(L["related"])}</h3><div class="grid">{grid}</div></section>\n{foot}\n'
        + f'<div class="ads" id="ads-bottom">{e(L["ad"])}</div></main>\n'
        + f'<footer><p>© 2027 {e(p.site_name)}</p><a href="/privacy">Privacy</a></footer>\n</body>\n</html>\n'
    )


# --- pinoy -------------------------------------------------------------------------------------------

def render_pinoy(p: Page) -> str:
    L = LABELS[p.lang]
    tops = "".join(f'<p class="src-top"><em>{e(t)}</em></p>' for t in _slots(p, "top"))
    ends = "".join(f"<p><strong>{_split(t)}</strong></p>" for t in _slots(p, "end"))
    foot = "".join(f'<div class="jeg_source">{_split(t)}</div>' for t in _slots(p, "footer"))
    box = "".join(f'<div class="jeg_note">{_split(t)}</div>' for t in _slots(p, "box"))
    also = (
        f'<div class="jnews_inline_related_post"><span class="jeg_block_title">{e(L["also"])}:</span> '
        + "".join(f'<a href="https://{p.host}/2027/02/{_num(t) % 90 + 10}/{_num(t) % 99999}/">{e(t)}</a>' for t in p.related[:2])
        + "</div>"
    )
    paras = "\n".join(_body_paras(p, "", box=box, also=also))
    return (
        _head(p, f'<link rel="stylesheet" id="jnews-frontend-css" href="https://{p.host}/wp-content/themes/jnews/assets/dist/frontend.min.css" media="all">\n')
        + '<body class="post-template-default single single-post jnews">\n'
        + f'<div class="jeg_topbar"><span class="jeg_top_date">{e(p.date)}</span></div>\n'
        + f'<div class="jeg_header"><div class="jeg_logo"><a href="/"><img src="https://{p.host}/wp-content/uploads/logo.png" alt="{e(p.site_name)}"></a></div></div>\n'
        + f'<div class="jeg_main"><div class="jeg_breadcrumbs"><a href="/">{e(L["home"])}</a> › <a href="/category/{p.section}/">{e(p.place)}</a></div>\n'
        + f'<h1 class="jeg_post_title">{e(p.title)}</h1>\n'
        + f'<div class="jeg_meta_container"><div class="jeg_meta_author">{e(p.byline)}</div><div class="jeg_meta_date"><a href="#">{e(p.date)}</a></div></div>\n'
        + _share(p, ("Facebook", "Twitter", "Messenger", "Viber")) + "\n"
        + f'<div class="entry-content no-share"><div class="content-inner">\n{tops}\n{paras}\n{ends}\n</div></div>\n'
        + f'<div class="jeg_post_tags"><span>{e(L["tags"])}:</span> <a href="/tag/{p.section}/" rel="tag">{e(p.place)}</a></div>\n'
        + f'{_related(p, "jeg_postblock_related", L["related"])}\n{foot}\n'
        + f'<div id="comments" class="comment-respond"><h3>{e(L["comments"])}</h3><textarea name="comment"></textarea></div></div>\n'
        + f'<div class="jeg_footer"><p>© 2027 {e(p.site_name)} · Powered by JNews.</p></div>\n</body>\n</html>\n'
    )


# --- afri --------------------------------------------------------------------------------------------

def render_afri(p: Page) -> str:
    L = LABELS[p.lang]
    tops = "".join(f'<p class="wp-source top">{_split(t)}</p>' for t in _slots(p, "top"))
    ends = "".join(f'<p class="wp-source">{_split(t, "s-l", "s-n", "strong")}</p>' for t in _slots(p, "end"))
    foot = "".join(f'<p class="xigasho">{_split(t)}</p>' for t in _slots(p, "footer"))
    box = "".join(f'<div class="wp-block-group is-style-box">{_split(t)}</div>' for t in _slots(p, "box"))
    paras = "\n".join(_body_paras(p, "", box=box))
    if p.variant % 2:
        # old table layout (Hiiraan-like)
        return (
            _head(p)
            + '<body bgcolor="#ffffff">\n<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">\n'
            + f'<tr><td class="top"><a href="/"><img src="https://{p.host}/images/masthead.gif" alt="{e(p.site_name)}" border="0"></a></td></tr>\n'
            + f'<tr><td class="navbar"><a href="/">{e(L["home"])}</a> | <a href="/{p.section}">{e(p.place)}</a> | <a href="/latest">{e(L["latest"])}</a></td></tr>\n'
            + f'<tr><td valign="top"><table width="100%"><tr><td width="70%" valign="top" class="article">\n<h1>{e(p.title)}</h1>\n'
            + f'<p class="date"><font size="1">{e(p.date)}</font></p>\n{tops}\n{paras}\n{ends}\n'
            + f'<hr><h4>{e(L["related"])}</h4>' + "".join(f'<a href="/{_num(t) % 99999}.aspx">{e(t)}</a><br>' for t in p.related) + f"\n{foot}\n"
            + f'</td><td width="30%" valign="top" class="side"><div class="ad">{e(L["ad"])}</div></td></tr></table></td></tr>\n'
            + f'<tr><td class="footer" align="center"><font size="1">© 2027 {e(p.site_name)}</font></td></tr>\n</table>\n</body>\n</html>\n'
        )
    return (
        _head(p, f"<link rel='stylesheet' id='wp-block-library-css' href='https://{p.host}/wp-includes/css/dist/block-library/style.min.css' media='all'>\n")
        + f'<body class="post-template-default single single-post postid-{_num(p.url) % 99999}">\n'
        + f'<div class="top-bar"><span>{e(p.date)}</span> <a href="/radio">Live</a></div>\n'
        + f'<header id="masthead" class="site-header"><p class="site-title"><a href="/">{e(p.site_name)}</a></p></header>\n'
        + f'<main id="primary"><article class="post type-post status-publish">\n<header class="entry-header"><h1 class="entry-title">{e(p.title)}</h1>\n'
        + f'<div class="entry-meta"><span class="byline"><span class="author vcard">{e(p.byline)}</span></span> <time class="entry-date published" datetime="{p.iso}">{e(p.date)}</time></div></header>\n'
        + f'<div class="entry-content">\n{tops}\n{paras}\n{ends}\n</div>\n'
        + f'<footer class="entry-footer"><span class="cat-links"><a href="/category/{p.section}/">{e(p.place)}</a></span>{_share(p, ("Facebook", "WhatsApp", "X"))}</footer>\n</article>\n'
        + f'{_related(p, "jp-relatedposts", L["related"])}\n{foot}\n'
        + f'<div id="comments"><h3 class="comment-reply-title">{e(L["comments"])}</h3></div></main>\n'
        + f'<footer id="colophon"><div class="site-info">© 2027 {e(p.site_name)} | Proudly powered by WordPress</div></footer>\n</body>\n</html>\n'
    )


# --- edition -----------------------------------------------------------------------------------------

def render_edition(p: Page) -> str:
    L = LABELS[p.lang]
    tops = "".join(f'<p class="story-source">{_split(t)}</p>' for t in _slots(p, "top"))
    ends = "".join(f'<p class="story-end-credit">{e(t)}</p>' for t in _slots(p, "end"))
    foot = "".join(f'<div class="source-attribution">{_split(t)}</div>' for t in _slots(p, "footer"))
    box = "".join(f'<aside class="story-box">{_split(t)}</aside>' for t in _slots(p, "box"))
    also = (
        f'<div class="also-read-box"><strong>{e(L["also"])}</strong> | '
        + "".join(f'<a href="https://{p.host}/{p.section}/{_num(t) % 900000 + 100000}.html">{e(t)}</a>' for t in p.related[:1])
        + "</div>"
    )
    paras = "\n".join(_body_paras(p, "", box=box, also=also))
    return (
        _head(p, f'<link rel="amphtml" href="{e(p.url.replace("https://", "https://amp."))}">\n')
        + '<body class="story-page english-edition">\n'
        + f'<header class="sticky-head"><a class="brand" href="/">{e(p.site_name)}</a><nav><a href="/{p.section}">{e(p.place)}</a><a href="/latest">Latest</a><a href="/e-paper">E-Paper</a></nav></header>\n'
        + f'<main><article class="story-detail">\n<h1 class="headline">{e(p.title)}</h1>\n'
        + f'<div class="byline-row"><span class="by">{e(p.byline)}</span><time datetime="{p.iso}">{e(p.date)}</time></div>\n'
        + _share(p, ("WhatsApp", "Facebook", "X", "LinkedIn")) + "\n"
        + f'<div class="story-content">\n{tops}\n{paras}\n{ends}\n</div>\n'
        + '<div class="gnews-follow"><a href="https://news.google.com/">Follow us on Google News</a></div>\n'
        + f'</article>\n{_related(p, "related-stories", L["related"])}\n{foot}\n</main>\n'
        + f'<footer class="site-footer"><p>© 2027 {e(p.site_name)}. All rights reserved.</p><a href="/about-us">About Us</a> <a href="/terms">Terms of Use</a></footer>\n</body>\n</html>\n'
    )


RENDER = {
    "apphub": render_apphub,
    "shorts": render_shorts,
    "vernac": render_vernac,
    "epaper": render_epaper,
    "fwd": render_fwd,
    "lanka": render_lanka,
    "mekong": render_mekong,
    "pinoy": render_pinoy,
    "afri": render_afri,
    "edition": render_edition,
}


def render_page(p: Page) -> str:
    return RENDER[p.fam](p)

# ruff: noqa: E501, RUF001  (one tag a line)
"""Page templates of the thirty-seventh blind set: the machinery of republication.

Written for this set from what such sites emit (no earlier template, model or renderer was read):
- `feedpost`: a WordPress site fed by a feed-to-post plugin (WP RSS Aggregator- or Feedzy-like): GeneratePress-like
  markup, the source box with the feed's favicon, "Originally posted on", sidebar widgets, a GDPR cookie bar;
- `autoblog`: an autoblog on a Newspaper-like theme (`td-` classes), the feed's own footer copied into the post
  ("The post … appeared first on …" in the site's language), "Source link" after the related-posts block;
- `scraper`: a mirror with heavy ads (AdSense slots between paragraphs, a push prompt, a "You may like" grid), a "Via"
  line, a footer line naming the source, or nothing;
- `airewrite`: an AI summary site (Key takeaways, reading time, an AI disclosure, a sources box or a line under the title);
- `translate`: a translation-repost site (language switcher, "original language" badge, translator's note);
- `ccrepub`: Creative-Commons newsrooms (the original's "Republish this story" modal with the embed code; the partner's
  copy with its republication line and counting pixel);
- `appview`: a news app's webview (publisher chip with logo, Follow, "Open in app", disclaimer, more from the publisher);
- `chanmirror`: a web mirror of a Telegram or WhatsApp channel (channel header, posts with views and times,
  "Forwarded from");
- `digest`: press digests and roundups (items each with the outlet the roundup names);
- `newsroom`: local outlets' own article pages (ticker, photo with caption, byline row, related, footer).

`render_page(page)` returns the full HTML. Stdlib only; deterministic (variation comes from the page's `seed`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape

L10N: dict[str, dict[str, str]] = {
    "en": dict(
        home="Home",
        news="News",
        related="Related posts",
        share="Share",
        comments="Comments",
        search="Search",
        ad="Advertisement",
        subscribe="Subscribe",
        privacy="Privacy policy",
        contact="Contact us",
        views="views",
        follow="Follow",
        open_app="Open in app",
        by="By",
        more="More from",
        cookie="We use cookies to improve your experience on our website.",
        accept="Accept",
        newsletter="Get the morning newsletter",
        takeaways="Key takeaways",
        sources="Sources",
        read="min read",
        translated="Translated",
        original="Original language",
        briefing="Briefing",
        latest="Latest",
        source="Source:",
        tags="Tags",
        you_may="You may like",
        republish="Republish this story",
        ai_note="This summary was produced with the help of AI tools and checked by an editor.",
    ),
    "es": dict(
        home="Inicio",
        news="Noticias",
        related="Artículos relacionados",
        share="Compartir",
        comments="Comentarios",
        search="Buscar",
        ad="Publicidad",
        subscribe="Suscríbete",
        privacy="Política de privacidad",
        contact="Contacto",
        views="vistas",
        follow="Seguir",
        open_app="Abrir en la app",
        by="Por",
        more="Más de",
        cookie="Usamos cookies para mejorar tu experiencia en nuestro sitio.",
        accept="Aceptar",
        newsletter="Recibe el boletín de la mañana",
        takeaways="Puntos clave",
        sources="Fuentes",
        read="min de lectura",
        translated="Traducción",
        original="Idioma original",
        briefing="Resumen",
        latest="Lo último",
        source="Fuente:",
        tags="Etiquetas",
        you_may="Te puede interesar",
        republish="Republica esta nota",
        ai_note="Este resumen se elaboró con ayuda de herramientas de IA y fue revisado por un editor.",
    ),
    "pt": dict(
        home="Início",
        news="Notícias",
        related="Posts relacionados",
        share="Compartilhar",
        comments="Comentários",
        search="Buscar",
        ad="Publicidade",
        subscribe="Assine",
        privacy="Política de privacidade",
        contact="Contato",
        views="visualizações",
        follow="Seguir",
        open_app="Abrir no app",
        by="Por",
        more="Mais de",
        cookie="Usamos cookies para melhorar sua experiência em nosso site.",
        accept="Aceitar",
        newsletter="Receba a newsletter da manhã",
        takeaways="Pontos principais",
        sources="Fontes",
        read="min de leitura",
        translated="Tradução",
        original="Idioma original",
        briefing="Resumo",
        latest="Últimas",
        source="Fonte:",
        tags="Tags",
        you_may="Você pode gostar",
        republish="Republique esta reportagem",
        ai_note="Este resumo foi feito com ajuda de ferramentas de IA e revisado por um editor.",
    ),
    "fr": dict(
        home="Accueil",
        news="Actualités",
        related="Articles similaires",
        share="Partager",
        comments="Commentaires",
        search="Rechercher",
        ad="Publicité",
        subscribe="S'abonner",
        privacy="Politique de confidentialité",
        contact="Nous contacter",
        views="vues",
        follow="Suivre",
        open_app="Ouvrir dans l'appli",
        by="Par",
        more="Plus de",
        cookie="Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
        accept="Accepter",
        newsletter="Recevez la lettre du matin",
        takeaways="À retenir",
        sources="Sources",
        read="min de lecture",
        translated="Traduction",
        original="Langue d'origine",
        briefing="Revue",
        latest="À la une",
        source="Source :",
        tags="Mots-clés",
        you_may="Vous aimerez aussi",
        republish="Republier cet article",
        ai_note="Ce résumé a été produit avec l'aide d'outils d'IA et relu par un éditeur.",
    ),
    "ar": dict(
        home="الرئيسية",
        news="أخبار",
        related="مقالات ذات صلة",
        share="شارك",
        comments="التعليقات",
        search="بحث",
        ad="إعلان",
        subscribe="اشترك",
        privacy="سياسة الخصوصية",
        contact="اتصل بنا",
        views="مشاهدة",
        follow="متابعة",
        open_app="افتح في التطبيق",
        by="بقلم",
        more="المزيد من",
        cookie="نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.",
        accept="موافق",
        newsletter="اشترك في النشرة الصباحية",
        takeaways="أبرز النقاط",
        sources="المصادر",
        read="دقائق للقراءة",
        translated="ترجمة",
        original="اللغة الأصلية",
        briefing="جولة",
        latest="آخر الأخبار",
        source="المصدر:",
        tags="الوسوم",
        you_may="قد يعجبك أيضا",
        republish="أعد نشر هذا المقال",
        ai_note="أُعد هذا الملخص بمساعدة أدوات الذكاء الاصطناعي وراجعه محرر.",
    ),
    "hi": dict(
        home="होम",
        news="समाचार",
        related="संबंधित खबरें",
        share="शेयर करें",
        comments="टिप्पणियां",
        search="खोजें",
        ad="विज्ञापन",
        subscribe="सब्सक्राइब करें",
        privacy="गोपनीयता नीति",
        contact="संपर्क करें",
        views="बार देखा गया",
        follow="फॉलो करें",
        open_app="ऐप में खोलें",
        by="लेखक",
        more="और खबरें:",
        cookie="हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
        accept="स्वीकार करें",
        newsletter="सुबह का न्यूज़लेटर पाएं",
        takeaways="मुख्य बातें",
        sources="स्रोत",
        read="मिनट में पढ़ें",
        translated="अनुवाद",
        original="मूल भाषा",
        briefing="सुर्खियां",
        latest="ताज़ा खबरें",
        source="स्रोत:",
        tags="टैग",
        you_may="आपको ये भी पसंद आ सकता है",
        republish="यह खबर दोबारा प्रकाशित करें",
        ai_note="यह सारांश एआई टूल की मदद से तैयार किया गया और संपादक ने जांचा।",
    ),
    "ur": dict(
        home="صفحہ اول",
        news="خبریں",
        related="متعلقہ خبریں",
        share="شیئر کریں",
        comments="تبصرے",
        search="تلاش",
        ad="اشتہار",
        subscribe="سبسکرائب کریں",
        privacy="رازداری کی پالیسی",
        contact="رابطہ",
        views="مرتبہ دیکھا گیا",
        follow="فالو کریں",
        open_app="ایپ میں کھولیں",
        by="تحریر",
        more="مزید از",
        cookie="ہم آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتے ہیں۔",
        accept="قبول کریں",
        newsletter="صبح کا نیوز لیٹر حاصل کریں",
        takeaways="اہم نکات",
        sources="ذرائع",
        read="منٹ کی پڑھائی",
        translated="ترجمہ",
        original="اصل زبان",
        briefing="خلاصہ",
        latest="تازہ ترین",
        source="ماخذ:",
        tags="ٹیگز",
        you_may="یہ بھی پڑھیں",
        republish="یہ خبر دوبارہ شائع کریں",
        ai_note="یہ خلاصہ مصنوعی ذہانت کی مدد سے تیار کیا گیا اور مدیر نے اس کا جائزہ لیا۔",
    ),
    "bn": dict(
        home="প্রচ্ছদ",
        news="খবর",
        related="আরও পড়ুন",
        share="শেয়ার করুন",
        comments="মন্তব্য",
        search="খুঁজুন",
        ad="বিজ্ঞাপন",
        subscribe="সাবস্ক্রাইব",
        privacy="গোপনীয়তা নীতি",
        contact="যোগাযোগ",
        views="বার দেখা হয়েছে",
        follow="ফলো করুন",
        open_app="অ্যাপে খুলুন",
        by="লেখক",
        more="আরও খবর:",
        cookie="আপনার অভিজ্ঞতা উন্নত করতে আমরা কুকি ব্যবহার করি।",
        accept="সম্মতি দিন",
        newsletter="সকালের নিউজলেটার পান",
        takeaways="মূল বিষয়",
        sources="সূত্রসমূহ",
        read="মিনিটে পড়ুন",
        translated="অনুবাদ",
        original="মূল ভাষা",
        briefing="সংবাদ সংক্ষেপ",
        latest="সর্বশেষ",
        source="সূত্র:",
        tags="ট্যাগ",
        you_may="আপনার ভালো লাগতে পারে",
        republish="এই প্রতিবেদন পুনঃপ্রকাশ করুন",
        ai_note="এই সারসংক্ষেপ এআই টুলের সাহায্যে তৈরি এবং একজন সম্পাদক যাচাই করেছেন।",
    ),
    "sw": dict(
        home="Mwanzo",
        news="Habari",
        related="Habari zinazohusiana",
        share="Shiriki",
        comments="Maoni",
        search="Tafuta",
        ad="Tangazo",
        subscribe="Jiunge",
        privacy="Sera ya faragha",
        contact="Wasiliana nasi",
        views="waliotazama",
        follow="Fuata",
        open_app="Fungua kwenye programu",
        by="Na",
        more="Zaidi kutoka",
        cookie="Tunatumia vidakuzi kuboresha matumizi yako ya tovuti yetu.",
        accept="Kubali",
        newsletter="Pata jarida la asubuhi",
        takeaways="Mambo muhimu",
        sources="Vyanzo",
        read="dakika kusoma",
        translated="Tafsiri",
        original="Lugha asili",
        briefing="Muhtasari",
        latest="Habari mpya",
        source="Chanzo:",
        tags="Lebo",
        you_may="Unaweza pia kupenda",
        republish="Chapisha upya habari hii",
        ai_note="Muhtasari huu uliandaliwa kwa msaada wa zana za AI na kukaguliwa na mhariri.",
    ),
    "ta": dict(
        home="முகப்பு",
        news="செய்திகள்",
        related="தொடர்புடைய செய்திகள்",
        share="பகிர்",
        comments="கருத்துகள்",
        search="தேடல்",
        ad="விளம்பரம்",
        subscribe="சந்தா",
        privacy="தனியுரிமைக் கொள்கை",
        contact="தொடர்புக்கு",
        views="பார்வைகள்",
        follow="பின்தொடர்",
        open_app="செயலியில் திறக்க",
        by="எழுதியவர்",
        more="மேலும்:",
        cookie="உங்கள் அனுபவத்தை மேம்படுத்த குக்கீகளைப் பயன்படுத்துகிறோம்.",
        accept="ஏற்கிறேன்",
        newsletter="காலை செய்திமடலைப் பெறுக",
        takeaways="முக்கிய அம்சங்கள்",
        sources="ஆதாரங்கள்",
        read="நிமிட வாசிப்பு",
        translated="மொழிபெயர்ப்பு",
        original="மூல மொழி",
        briefing="செய்தித் தொகுப்பு",
        latest="சமீபத்திய",
        source="ஆதாரம்:",
        tags="குறிச்சொற்கள்",
        you_may="இதையும் படிக்கலாம்",
        republish="இந்தச் செய்தியை மறுபிரசுரம் செய்க",
        ai_note="இந்தச் சுருக்கம் செயற்கை நுண்ணறிவுக் கருவிகளின் உதவியுடன் தயாரிக்கப்பட்டு ஆசிரியரால் சரிபார்க்கப்பட்டது.",
    ),
    "mr": dict(
        home="मुख्यपृष्ठ",
        news="बातम्या",
        related="संबंधित बातम्या",
        share="शेअर करा",
        comments="प्रतिक्रिया",
        search="शोधा",
        ad="जाहिरात",
        subscribe="सबस्क्राईब करा",
        privacy="गोपनीयता धोरण",
        contact="संपर्क",
        views="वेळा पाहिले",
        follow="फॉलो करा",
        open_app="ॲपमध्ये उघडा",
        by="लेखक",
        more="आणखी बातम्या:",
        cookie="तुमचा अनुभव सुधारण्यासाठी आम्ही कुकीज वापरतो.",
        accept="स्वीकारा",
        newsletter="सकाळचे वृत्तपत्र मिळवा",
        takeaways="महत्त्वाचे मुद्दे",
        sources="स्रोत",
        read="मिनिटांचे वाचन",
        translated="अनुवाद",
        original="मूळ भाषा",
        briefing="बातम्यांचा आढावा",
        latest="ताज्या बातम्या",
        source="स्रोत:",
        tags="टॅग",
        you_may="हेही वाचा",
        republish="ही बातमी पुन्हा प्रसिद्ध करा",
        ai_note="हा सारांश एआय साधनांच्या मदतीने तयार केला असून संपादकाने तपासला आहे.",
    ),
    "ha": dict(
        home="Gida",
        news="Labarai",
        related="Labarai masu alaka",
        share="Raba",
        comments="Sharhi",
        search="Nema",
        ad="Talla",
        subscribe="Yi rajista",
        privacy="Manufar sirri",
        contact="Tuntube mu",
        views="kallo",
        follow="Bi",
        open_app="Bude a manhaja",
        by="Daga",
        more="Karin labarai daga",
        cookie="Muna amfani da kukis domin inganta amfaninku da shafinmu.",
        accept="Amince",
        newsletter="Samu wasikar labarai ta safe",
        takeaways="Muhimman bayanai",
        sources="Majiyoyi",
        read="minti karatu",
        translated="Fassara",
        original="Harshen asali",
        briefing="Takaitattun labarai",
        latest="Sabbin labarai",
        source="Majiya:",
        tags="Alamomi",
        you_may="Kuna iya son",
        republish="Sake wallafa wannan labari",
        ai_note="An shirya wannan takaitawa da taimakon AI kuma edita ya duba.",
    ),
    "ne": dict(
        home="गृहपृष्ठ",
        news="समाचार",
        related="सम्बन्धित समाचार",
        share="सेयर गर्नुहोस्",
        comments="प्रतिक्रिया",
        search="खोज्नुहोस्",
        ad="विज्ञापन",
        subscribe="सदस्यता लिनुहोस्",
        privacy="गोपनीयता नीति",
        contact="सम्पर्क",
        views="पटक हेरिएको",
        follow="फलो गर्नुहोस्",
        open_app="एपमा खोल्नुहोस्",
        by="लेखक",
        more="थप समाचार:",
        cookie="तपाईंको अनुभव सुधार्न हामी कुकीज प्रयोग गर्छौं।",
        accept="स्वीकार",
        newsletter="बिहानको न्युजलेटर पाउनुहोस्",
        takeaways="मुख्य बुँदा",
        sources="स्रोतहरू",
        read="मिनेट पढाइ",
        translated="अनुवाद",
        original="मूल भाषा",
        briefing="समाचार सार",
        latest="ताजा समाचार",
        source="स्रोत:",
        tags="ट्याग",
        you_may="यो पनि पढ्नुहोस्",
        republish="यो समाचार पुनःप्रकाशित गर्नुहोस्",
        ai_note="यो सारांश एआई उपकरणको सहयोगमा तयार गरी सम्पादकले जाँचेका हुन्।",
    ),
}
LANG_NAMES = {
    "en": "English",
    "es": "Español",
    "pt": "Português",
    "fr": "Français",
    "ar": "العربية",
    "hi": "हिन्दी",
    "ur": "اردو",
    "bn": "বাংলা",
    "sw": "Kiswahili",
    "ta": "தமிழ்",
    "mr": "मराठी",
    "ha": "Hausa",
    "ne": "नेपाली",
}


@dataclass
class Line:
    """A line the page shows: a credit line, a page's own credit, or an item's source.

    `label` is the part shown in its own span (label/value markup); `link` the part wrapped in a link to `href`."""

    text: str
    slot: str = "end"
    href: str = ""
    label: str = ""
    link: str = ""


@dataclass
class Page:
    fam: str
    lang: str
    seed: int
    site_name: str
    host: str
    url: str
    title: str
    date: str
    time: str
    author: str
    paras: list[str]
    lines: list[Line] = field(default_factory=list)
    caption: str = ""
    caption_kind: str = "photo"  # photo | video
    related: list[tuple[str, str]] = field(default_factory=list)
    items: list[tuple[str, str]] = field(
        default_factory=list
    )  # roundup: (headline, outlet) per paragraph
    own_republish: bool = False  # an original with the "Republish this story" modal
    pixel: str = ""  # counting pixel of a republished copy: (alt text)
    original_lang: str = ""  # translate: the language translated from
    channel: str = ""  # chanmirror: channel name
    app: str = ""  # appview: app name
    mention_index: int = -1


def _t(p: Page, key: str) -> str:
    return L10N[p.lang][key]


def _line_html(ln: Line) -> str:
    text = ln.text
    if ln.label:
        assert text.startswith(ln.label), text
        rest = text[len(ln.label) :].lstrip()
        assert text == f"{ln.label} {rest}", text
        inner = (
            f'<a href="{escape(ln.href)}" target="_blank" rel="noopener">{escape(rest)}</a>'
            if ln.href
            else f"<strong>{escape(rest)}</strong>"
        )
        return f'<span class="src-label">{escape(ln.label)}</span> {inner}'
    if ln.link and ln.href:
        i = text.index(ln.link)
        return f'{escape(text[:i])}<a href="{escape(ln.href)}" target="_blank" rel="nofollow noopener">{escape(ln.link)}</a>{escape(text[i + len(ln.link) :])}'
    if ln.href:
        return f'<a href="{escape(ln.href)}" target="_blank" rel="nofollow noopener">{escape(text)}</a>'
    return escape(text)


def _slot(p: Page, slot: str) -> list[Line]:
    return [ln for ln in p.lines if ln.slot == slot]


def _doc(p: Page, head_extra: str, body: str, body_class: str) -> str:
    rtl = ' dir="rtl"' if p.lang in ("ar", "ur") else ""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p.title,
        "datePublished": f"2027-02-12T{p.time}:00Z",
        "mainEntityOfPage": p.url,
        "inLanguage": p.lang,
        "publisher": {"@type": "Organization", "name": p.site_name},
    }
    return (
        f'<!DOCTYPE html>\n<html lang="{p.lang}"{rtl}>\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(p.title)} | {escape(p.site_name)}</title>\n"
        f'<link rel="canonical" href="{escape(p.url)}">\n'
        f'<meta property="og:title" content="{escape(p.title)}">\n<meta property="og:url" content="{escape(p.url)}">\n'
        f'<meta property="og:site_name" content="{escape(p.site_name)}">\n<meta property="og:type" content="article">\n'
        f"{head_extra}"
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        f'</head>\n<body class="{body_class}">\n{body}\n</body>\n</html>\n'
    )


def _paras(p: Page, cls: str = "", ads_every: int = 0, ad_html: str = "") -> str:
    out = []
    for i, para in enumerate(p.paras):
        c = f' class="{cls}"' if cls else ""
        out.append(f"<p{c}>{escape(para)}</p>")
        if ads_every and (i + 1) % ads_every == 0 and i + 1 < len(p.paras):
            out.append(ad_html.replace("{n}", str(i)))
    return "\n".join(out)


def _figure(p: Page, cls: str = "wp-block-image") -> str:
    if not p.caption:
        return ""
    if p.caption_kind == "video":
        return (
            f'<figure class="{cls} video-embed"><div class="video-frame"><iframe src="https://player.{p.host.split(".", 1)[-1]}/embed/{p.seed % 99991}" title="video" allowfullscreen></iframe></div>'
            f"<figcaption>{escape(p.caption)}</figcaption></figure>"
        )
    return (
        f'<figure class="{cls}"><img src="https://{p.host}/media/2027/02/{p.seed % 9973}.jpg" alt="" loading="lazy" width="1200" height="675">'
        f"<figcaption>{escape(p.caption)}</figcaption></figure>"
    )


def _related(p: Page, cls: str, head: str) -> str:
    items = "".join(f'<li><a href="{escape(u)}">{escape(t)}</a></li>' for t, u in p.related)
    return f'<div class="{cls}"><h4>{escape(head)}</h4><ul>{items}</ul></div>'


def _adsense(slot: int) -> str:
    return (
        f'<div class="ad-slot ad-inarticle"><span class="ad-label">{{ad}}</span><ins class="adsbygoogle" style="display:block" '
        f'data-ad-client="ca-pub-{7391004417 + slot % 97}" data-ad-slot="{5520000000 + slot}" data-ad-format="auto" data-full-width-responsive="true"></ins>'
        "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>"
    )


# --------------------------------------------------------------------------- feedpost


def feedpost(p: Page) -> str:
    t = L10N[p.lang]
    top = "".join(f'<p class="wprss-original-link">{_line_html(ln)}</p>' for ln in _slot(p, "top"))
    box = "".join(
        f'<div class="wprss-ftp-source"><img class="wprss-favicon" src="https://www.google.com/s2/favicons?domain={escape(ln.href.split("/")[2] if ln.href else p.host)}&amp;sz=32" alt="" width="16" height="16"> {_line_html(ln)}</div>'
        for ln in _slot(p, "box")
    )
    end = "".join(f"<p>{_line_html(ln)}</p>" for ln in _slot(p, "end"))
    cats = ["News", "Regional", "Feeds"] if p.lang == "en" else [t["news"], t["latest"]]
    widgets = (
        f'<aside id="secondary" class="widget-area sidebar"><section class="widget widget_search"><form role="search" class="search-form"><input type="search" class="search-field" placeholder="{escape(t["search"])} …"></form></section>'
        f'<section class="widget widget_recent_entries"><h2 class="widget-title">{escape(t["latest"])}</h2>{_related(p, "recent", "").replace("<h4></h4>", "")}</section>'
        f'<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>{"".join(f"<li class=cat-item><a href=/category/{i}/>{escape(c)}</a></li>" for i, c in enumerate(cats))}</ul></section>'
        f'<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/2027/02/">February 2027</a></li><li><a href="/2027/01/">January 2027</a></li></ul></section></aside>'
    )
    body = (
        f'<div id="page" class="site grid-container container hfeed"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
        f'<header class="site-header" id="masthead"><div class="inside-header"><div class="site-branding"><p class="main-title"><a href="https://{p.host}/" rel="home">{escape(p.site_name)}</a></p></div>'
        f'<nav id="site-navigation" class="main-navigation"><ul class="menu"><li><a href="/">{escape(t["home"])}</a></li><li><a href="/category/news/">{escape(t["news"])}</a></li><li><a href="/contact/">{escape(t["contact"])}</a></li></ul></nav></div></header>'
        f'<div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">'
        f'<article id="post-{p.seed % 90000 + 1000}" class="post-{p.seed % 90000 + 1000} post type-post status-publish format-standard has-post-thumbnail hentry category-news"><div class="inside-article">'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{escape(p.title)}</h1>'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2027-02-12T{p.time}:00+00:00">{escape(p.date)}</time></span> <span class="byline"><span class="author vcard">{escape(p.author)}</span></span></div></header>'
        f"{_figure(p, 'featured-image page-header-image-single')}"
        f'<div class="entry-content" itemprop="text">{top}{_paras(p)}{end}</div>{box}'
        f'<footer class="entry-meta"><span class="cat-links"><a href="/category/news/" rel="category tag">{escape(t["news"])}</a></span></footer>'
        f"</div></article>"
        f'<nav id="nav-below" class="post-navigation"><div class="nav-previous"><a href="{escape(p.related[0][1])}" rel="prev">{escape(p.related[0][0])}</a></div></nav>'
        f'<div id="comments"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><form class="comment-form"><textarea id="comment" name="comment" rows="6"></textarea><input type="submit" value="Post Comment"></form></div></div>'
        f"</main></div>{widgets}</div>"
        f'<div class="site-footer"><footer class="site-info"><div class="copyright-bar">&copy; 2027 {escape(p.site_name)} &bull; Built with <a href="https://generatepress.com">GeneratePress</a></div></footer></div></div>'
        f'<div id="cookie-law-info-bar" data-nosnippet="true"><span>{escape(t["cookie"])} <a role="button" class="cli_action_button wt-cli-accept-btn">{escape(t["accept"])}</a></span></div>'
    )
    head = '<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">\n<meta name="generator" content="WordPress 6.7.1">\n'
    return _doc(
        p,
        head,
        body,
        "post-template-default single single-post single-format-standard wp-embed-responsive right-sidebar",
    )


# --------------------------------------------------------------------------- autoblog


def autoblog(p: Page) -> str:
    t = L10N[p.lang]
    top = "".join(f"<p><em>{_line_html(ln)}</em></p>" for ln in _slot(p, "top"))
    end = "".join(f"<p>{_line_html(ln)}</p>" for ln in _slot(p, "end"))
    after = "".join(
        f'<div class="td-post-source-tags"><p class="td-source">{_line_html(ln)}</p></div>'
        for ln in _slot(p, "after_related")
    )
    share = "".join(
        f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-{n}" href="#"><div class="td-social-but-icon"><i class="td-icon-{n}"></i></div><div class="td-social-but-text">{n.title()}</div></a>'
        for n in ("facebook", "twitter", "whatsapp", "telegram")
    )
    rel = "".join(
        f'<div class="td-related-span4 td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="{escape(u)}" class="td-image-wrap" title="{escape(tt)}"><span class="entry-thumb td-thumb-css"></span></a></div></div>'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{escape(u)}" rel="bookmark">{escape(tt)}</a></h3></div></div>'
        for tt, u in p.related
    )
    body = (
        f'<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">'
        f'<div class="tdc-header-wrap"><div class="td-header-top-menu"><div class="td_data_time">{escape(p.date)}</div><ul class="top-header-menu"><li><a href="/privacy-policy/">{escape(t["privacy"])}</a></li><li><a href="/contact/">{escape(t["contact"])}</a></li></ul></div>'
        f'<div class="td-header-sp-logo"><a class="td-main-logo" href="https://{p.host}/"><span class="td-visual-hidden">{escape(p.site_name)}</span><img class="td-retina-data" src="/wp-content/uploads/2026/logo.png" alt="{escape(p.site_name)}"></a></div>'
        f'<div class="td-header-menu-wrap"><ul class="sf-menu"><li class="menu-item current-menu-item"><a href="/">{escape(t["home"])}</a></li><li class="menu-item"><a href="/category/news/">{escape(t["news"])}</a></li></ul></div></div>'
        f'<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div class="entry-crumbs"><span><a class="entry-crumb" href="/">{escape(t["home"])}</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="/category/news/">{escape(t["news"])}</a></span></div></div>'
        f'<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
        f'<article id="post-{p.seed % 80000 + 20000}" class="post type-post status-publish format-standard has-post-thumbnail category-news">'
        f'<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/news/">{escape(t["news"])}</a></li></ul>'
        f'<header class="td-post-title"><h1 class="entry-title">{escape(p.title)}</h1><div class="td-module-meta-info">'
        f'<div class="td-post-author-name"><div class="td-author-by">{escape(t["by"])}</div> <a href="/author/{p.seed % 7}/">{escape(p.author)}</a><div class="td-author-line"> - </div></div>'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2027-02-12T{p.time}:00+00:00">{escape(p.date)}</time></span>'
        f'<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{p.seed % 90000}">{p.seed % 900 + 12}</span></div></div></header></div>'
        f'<div class="td-post-sharing-top"><div class="td-post-sharing-visible">{share}</div></div>'
        f'<div class="td-post-content tagdiv-type">{_figure(p, "td-post-featured-image")}{top}{_paras(p, ads_every=3, ad_html=_adsense(p.seed % 50).replace("{ad}", t["ad"]))}{end}</div>'
        f'<footer><div class="td-post-sharing-bottom"><div class="td-post-sharing-visible">{share}</div></div></footer></article>'
        f'<div class="td_block_wrap td_block_related_posts tdi_{p.seed % 300}"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item">{escape(t["related"]).upper()}</a><a class="td-related-right">{"MORE FROM AUTHOR" if p.lang == "en" else escape(t["more"])}</a></h4>'
        f'<div class="td_block_inner"><div class="td-related-row">{rel}</div></div></div>{after}'
        f'<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3></div></div>'
        f"</div></div>"
        f'<div class="td-pb-span4 td-main-sidebar"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_social_counter"><div class="td-social-list"><span>{p.seed % 40 + 2},{p.seed % 900 + 100} Fans</span></div></div>{_adsense(p.seed % 50 + 1).replace("{ad}", t["ad"])}</div></div>'
        f"</div></div></div>"
        f'<div class="td-footer-wrapper td-footer-container"><div class="td-footer-bottom-full"><div class="footer-text-wrap">&copy; Copyright 2027 - {escape(p.site_name)}</div></div></div></div>'
    )
    head = '<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.8" media="all">\n<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>\n'
    return _doc(
        p,
        head,
        body,
        "post-template-default single single-post td-standard-pack global-block-template-1 single_template_2 td-full-layout",
    )


# --------------------------------------------------------------------------- scraper


def scraper(p: Page) -> str:
    t = L10N[p.lang]
    via = "".join(f'<div class="via-line">{_line_html(ln)}</div>' for ln in _slot(p, "top"))
    end = "".join(f'<p class="source-credit">{_line_html(ln)}</p>' for ln in _slot(p, "end"))
    foot = "".join(f'<p class="footer-source">{_line_html(ln)}</p>' for ln in _slot(p, "footer"))
    ad = _adsense(p.seed % 60).replace("{ad}", t["ad"])
    grid = "".join(
        f'<a class="tbl-item" href="https://clk.{["adnxsrv.net", "ppcwidget.com"][p.seed % 2]}/r?i={p.seed % 997 + k}"><span class="tbl-thumb"></span><span class="tbl-title">{escape(tt)}</span><span class="tbl-branding">Sponsored</span></a>'
        for k, (tt, _u) in enumerate(p.related)
    )
    body = (
        f'<div id="push-prompt" class="onesignal-slidedown"><div class="slidedown-body-message">Allow notifications to get the latest news first.</div><button>Allow</button><button>Later</button></div>'
        f'<div class="topbar"><a href="/" class="logo">{escape(p.site_name)}</a><form class="s" action="/search"><input name="q" placeholder="{escape(t["search"])}"></form></div>'
        f'<div class="ad-slot ad-leaderboard">{ad}</div>'
        f'<div class="wrap"><div class="main"><div class="post">'
        f'<h1 class="post-title">{escape(p.title)}</h1><div class="post-info"><span class="date">{escape(p.date)}</span> &middot; <span class="hits">{p.seed % 5000 + 200} {escape(t["views"])}</span></div>'
        f'{via}{_figure(p, "post-image")}<div class="entry">{_paras(p, ads_every=2, ad_html=ad)}</div>{end}'
        f'<div class="share-this"><a href="https://www.facebook.com/sharer.php?u={escape(p.url)}">Facebook</a> <a href="https://api.whatsapp.com/send?text={escape(p.url)}">WhatsApp</a></div>'
        f'<div class="ad-slot ad-below">{ad}</div>'
        f'<div class="you-may-like"><h3>{escape(t["you_may"])}</h3><div class="tbl-grid">{grid}</div></div>'
        f"</div></div>"
        f'<div class="sidebar"><div class="ad-slot ad-sky">{ad}</div><div class="popular"><h3>{escape(t["latest"])}</h3>{_related(p, "popular-list", "").replace("<h4></h4>", "")}</div></div></div>'
        f'<div class="footer">{foot}<p>&copy; 2027 {escape(p.site_name)}. <a href="/dmca">DMCA</a> &middot; <a href="/privacy">{escape(t["privacy"])}</a></p></div>'
        f'<script src="https://cdn.{["popadsnet.com", "onclkads.net"][p.seed % 2]}/pop.js" data-zone="{p.seed % 100000}" async></script>'
    )
    head = '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-7391004417" crossorigin="anonymous"></script>\n'
    return _doc(p, head, body, "single")


# --------------------------------------------------------------------------- airewrite


def airewrite(p: Page) -> str:
    t = L10N[p.lang]
    top = "".join(f'<p class="article-basis">{_line_html(ln)}</p>' for ln in _slot(p, "top"))
    end = "".join(f"<li>{_line_html(ln)}</li>" for ln in _slot(p, "end"))
    sources = (
        f'<aside class="sources-box" aria-label="{escape(t["sources"])}"><h2>{escape(t["sources"])}</h2><ul>{end}</ul></aside>'
        if end
        else ""
    )
    bullets = "".join(f"<li>{escape(b)}</li>" for b in _takeaways(p))
    words = sum(len(x.split()) for x in p.paras)
    body = (
        f'<div id="__next"><header class="nav-shell"><a class="brand" href="/">{escape(p.site_name)}</a><nav><a href="/latest">{escape(t["latest"])}</a><a href="/topics">{escape(t["news"])}</a></nav><button class="btn-subscribe">{escape(t["subscribe"])}</button></header>'
        f'<main class="article-shell"><article class="summary" data-ai-assisted="true"><div class="kicker"><span class="badge badge-ai">AI</span> <span>{escape(t["news"])}</span></div>'
        f'<h1 class="headline">{escape(p.title)}</h1>{top}<div class="meta-row"><time datetime="2027-02-12T{p.time}:00Z">{escape(p.date)}</time> <span class="dot">&middot;</span> <span>{max(1, words // 220)} {escape(t["read"])}</span></div>'
        f'<section class="takeaways"><h2>{escape(t["takeaways"])}</h2><ul>{bullets}</ul></section>{_figure(p, "hero")}'
        f'<div class="prose">{_paras(p)}</div>{sources}<p class="ai-disclosure">{escape(t["ai_note"])}</p>'
        f'<div class="share-row"><button data-share="x">X</button><button data-share="facebook">Facebook</button><button data-share="copy">Copy link</button></div></article>'
        f'<section class="more-stories"><h2>{escape(t["latest"])}</h2>{_related(p, "cards", "").replace("<h4></h4>", "")}</section></main>'
        f'<footer class="site-footer"><p>&copy; 2027 {escape(p.site_name)}</p><a href="/privacy">{escape(t["privacy"])}</a></footer></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": {"pageProps": {"slug": p.url.rsplit("/", 1)[-1], "aiAssisted": True, "locale": p.lang}}, "page": "/summaries/[slug]", "buildId": f"b{p.seed % 99999}"})}</script>'
    )
    return _doc(p, "", body, "summary-page")


def _takeaways(p: Page) -> list[str]:
    """Three lines lifted from the story (summary sites quote the text)."""
    out = []
    for para in p.paras[1:4]:
        first = para.split(". ")[0].rstrip(".")
        out.append(first + ("." if p.lang not in ("hi", "mr", "ne", "ur", "bn") else ""))
    return out


# --------------------------------------------------------------------------- translate


def translate(p: Page) -> str:
    t = L10N[p.lang]
    badge = f'<span class="lang-badge">{escape(t["original"])}: {escape(p.original_lang)}</span>'
    top = "".join(f'<p class="translation-note">{_line_html(ln)}</p>' for ln in _slot(p, "top"))
    end = "".join(
        f'<p class="translation-note translation-note--end">{_line_html(ln)}</p>'
        for ln in _slot(p, "end")
    )
    switch = "".join(
        f'<li><a hreflang="{k}" href="/{k}/">{escape(v)}</a></li>'
        for k, v in LANG_NAMES.items()
        if k in ("en", p.lang, "fr", "es")
    )
    body = (
        f'<header class="masthead"><a class="logo" href="/{p.lang}/">{escape(p.site_name)}</a><ul class="lang-switcher">{switch}</ul></header>'
        f'<main class="container"><article class="translated-article"><div class="article-labels"><span class="label-translated">{escape(t["translated"])}</span> {badge}</div>'
        f'<h1>{escape(p.title)}</h1><div class="byline">{escape(p.author)} &middot; <time datetime="2027-02-12">{escape(p.date)}</time></div>'
        f'{top}{_figure(p, "article-figure")}<div class="article-body">{_paras(p)}</div>{end}'
        f'<div class="share">{escape(t["share"])}: <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">Telegram</a></div></article>'
        f'<aside class="related">{_related(p, "related-list", t["related"])}</aside></main>'
        f'<footer class="site-footer"><p>{escape(p.site_name)} &copy; 2027</p></footer>'
    )
    return _doc(
        p,
        f'<link rel="alternate" hreflang="{p.lang}" href="{escape(p.url)}">\n',
        body,
        "translated",
    )


# --------------------------------------------------------------------------- ccrepub


def ccrepub(p: Page) -> str:
    t = L10N[p.lang]
    top = "".join(
        f'<p class="republished-from"><em>{_line_html(ln)}</em></p>' for ln in _slot(p, "top")
    )
    end = "".join(f"<p>{_line_html(ln)}</p>" for ln in _slot(p, "end"))
    pixel = ""
    if p.pixel:
        pixel = (
            f'<img src="https://counter.{p.pixel.split("|")[1]}/content/{p.seed % 300000}/count.gif?distributor=republish-lightbox-basic" alt="{escape(p.pixel.split("|")[0])}" width="1" height="1" '
            'style="border: none !important; box-shadow: none !important; margin: 0 !important; max-height: 1px !important; max-width: 1px !important; min-height: 1px !important; min-width: 1px !important; opacity: 0 !important; outline: none !important; padding: 0 !important" referrerpolicy="no-referrer-when-downgrade">'
        )
    modal = ""
    if p.own_republish:
        own = _slot(p, "modal")
        embed = (
            f"<h1>{p.title}</h1>"
            + "".join(f"<p>{x}</p>" for x in p.paras[:3])
            + "".join(f"<p>{ln.text}</p>" for ln in own)
        )
        modal = (
            f'<div class="wp-block-newspack-republish"><button class="republish-button" aria-haspopup="dialog">{escape(t["republish"])}</button>'
            f'<div class="republication-tracker-tool-modal" role="dialog" aria-hidden="true" hidden><div class="modal-content"><h2>{escape(t["republish"])}</h2>'
            f'<div class="license"><a href="https://creativecommons.org/licenses/by-nd/4.0/" rel="license"><img src="https://i.creativecommons.org/l/by-nd/4.0/88x31.png" alt="Creative Commons License"></a></div>'
            f'<textarea readonly class="republication-tracker-tool-textarea" rows="6">{escape(embed)}</textarea></div></div></div>'
        )
    donate = (
        f'<div class="newspack-donate-banner"><p>{escape(p.site_name)}</p><a class="wp-block-button__link" href="/donate/">Donate</a></div>'
        if p.own_republish
        else ""
    )
    body = (
        f'{donate}<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link"><img src="/wp-content/uploads/logo.svg" alt="{escape(p.site_name)}"></a></div>'
        f'<nav class="main-navigation"><ul><li><a href="/">{escape(t["home"])}</a></li><li><a href="/topics/">{escape(t["news"])}</a></li><li><a href="/newsletter/">{escape(t["subscribe"])}</a></li></ul></nav></header>'
        f'<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post status-publish entry">'
        f'<header class="entry-header"><span class="cat-links"><a href="/topics/">{escape(t["news"])}</a></span><h1 class="entry-title">{escape(p.title)}</h1>'
        f'<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author-prefix">{escape(t["by"])}</span> <span class="author vcard">{escape(p.author)}</span></span> <span class="posted-on"><time class="entry-date published" datetime="2027-02-12T{p.time}:00-00:00">{escape(p.date)}</time></span></div>'
        f'<div class="tags-links"></div></div></header>{_figure(p, "post-thumbnail")}'
        f'<div class="entry-content">{top}{_paras(p)}{end}{pixel}{modal}</div>'
        f'<footer class="entry-footer"><div class="newsletter-signup"><h3>{escape(t["newsletter"])}</h3><form><input type="email"><button>{escape(t["subscribe"])}</button></form></div></footer></article>'
        f"{_related(p, 'jp-relatedposts', t['related'])}</main></div>"
        f'<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://newspack.com/" class="imprint">Proudly powered by Newspack</a> &middot; <a href="/privacy-policy/">{escape(t["privacy"])}</a></div></footer>'
    )
    return _doc(
        p,
        '<meta name="generator" content="WordPress 6.7.1">\n<meta name="generator" content="Newspack 5.9">\n',
        body,
        "post-template-default single single-post newspack-front-page",
    )


# --------------------------------------------------------------------------- appview


def appview(p: Page) -> str:
    t = L10N[p.lang]
    chip = "".join(
        f'<div class="publisher-chip"><img class="publisher-logo" src="https://cdn.{p.host}/logos/{p.seed % 4000}.png" alt="{escape(ln.text)}" width="24" height="24"> <span class="publisher-name">{_line_html(ln)}</span> <button class="follow-btn">{escape(t["follow"])}</button></div>'
        for ln in _slot(p, "chip")
    )
    end = "".join(f'<p class="source-footer">{_line_html(ln)}</p>' for ln in _slot(p, "end"))
    more = _related(p, "more-list", t["related"])
    body = (
        f'<div class="app-bar"><span class="app-name">{escape(p.app or p.site_name)}</span><a class="open-app" href="intent://article/{p.seed % 10**8}#Intent;scheme={p.app.lower().replace(" ", "") or "news"};end">{escape(t["open_app"])}</a></div>'
        f'<article class="wv-article" data-article-id="{p.seed % 10**10}">{chip}<h1 class="wv-title">{escape(p.title)}</h1>'
        f'<div class="wv-meta"><span class="wv-time">{escape(p.date)} {escape(p.time)}</span> <span class="wv-reads">{p.seed % 90 + 3}K {escape(t["views"])}</span></div>'
        f'{_figure(p, "wv-figure")}<div class="wv-body">{_paras(p)}</div>{end}'
        f'<div class="wv-actions"><button class="like">&#128077; {p.seed % 800}</button><button class="comment">{escape(t["comments"])} {p.seed % 60}</button><button class="share">{escape(t["share"])}</button></div></article>'
        f'<section class="wv-more">{more}</section>'
        f'<div class="wv-ad"><div class="native-ad" data-placement="article_bottom">{escape(t["ad"])}</div></div>'
        f'<script>window.__APP_BRIDGE__={{"articleId":"{p.seed % 10**10}","webview":true}};</script>'
    )
    return _doc(p, '<meta name="format-detection" content="telephone=no">\n', body, "webview")


# --------------------------------------------------------------------------- chanmirror


def chanmirror(p: Page) -> str:
    t = L10N[p.lang]
    fwd = "".join(
        f'<div class="tgme_widget_message_forwarded_from accent_color">{_line_html(ln)}</div>'
        for ln in _slot(p, "fwd")
    )
    end = "".join(f"<br>\n<br>\n{_line_html(ln)}" for ln in _slot(p, "end"))
    text = "<br>\n<br>\n".join(escape(x) for x in p.paras)
    n = p.seed % 4000 + 1000
    subs = f"{p.seed % 90 + 5}.{p.seed % 10}K"
    media = ""
    if p.caption:
        media = f'<a class="tgme_widget_message_photo_wrap" style="background-image:url(\'https://cdn4.{p.host}/file/{p.seed % 10**6}.jpg\')"></a><div class="media-caption">{escape(p.caption)}</div>'
    body = (
        f'<header class="tgme_header"><div class="tgme_header_info"><div class="tgme_header_title">{escape(p.channel)}</div><div class="tgme_header_counter">{subs} subscribers</div></div>'
        f'<a class="tgme_action_button" href="https://{p.host}/join/{p.seed % 999}">Join channel</a></header>'
        f'<main class="tgme_channel_history js-message_history">'
        f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap" data-post="{escape(p.channel.replace(" ", ""))}/{n}">'
        f'<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author"><span class="tgme_widget_message_owner_name">{escape(p.channel)}</span></div>{fwd}{media}'
        f'<div class="tgme_widget_message_text js-message_text" dir="auto"><b>{escape(p.title)}</b><br><br>{text}{end}</div>'
        f'<div class="tgme_widget_message_footer"><div class="tgme_widget_message_info"><span class="tgme_widget_message_views">{p.seed % 30 + 1}.{p.seed % 9}K</span> <span class="tgme_widget_message_meta"><time datetime="2027-02-12T{p.time}:00+00:00">{escape(p.time)}</time></span></div></div></div></div></div>'
        f'<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="{escape(p.channel.replace(" ", ""))}/{n + 1}"><div class="tgme_widget_message_text">&#128204; {escape(t["newsletter"])}: <a href="https://{p.host}/join/{p.seed % 999}">{escape(p.host)}/join</a></div></div></div>'
        f"</main>"
        f'<footer class="mirror-footer"><p>{escape(p.site_name)} &middot; {escape(t["latest"])}</p>{_related(p, "other-channels", t["you_may"])}</footer>'
    )
    return _doc(p, '<meta name="robots" content="index">\n', body, "tgme_page widget_frame_base")


# --------------------------------------------------------------------------- digest


def digest(p: Page) -> str:
    t = L10N[p.lang]
    items = []
    if not p.items:  # one copied story presented as the day's briefing
        src = "".join(
            f'<p class="brief-source">{_line_html(ln)}</p>' for ln in p.lines if ln.slot == "item0"
        )
        body_paras = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        items.append(
            f'<section class="brief-item brief-item--lead" id="item-1"><span class="brief-num">1</span><h3>{escape(p.title)}</h3>{body_paras}{src}</section>'
        )
    for i, para in enumerate(p.paras if p.items else []):
        head, outlet = p.items[i] if i < len(p.items) else ("", "")
        own = [ln for ln in p.lines if ln.slot == f"item{i}"]
        src = "".join(f'<p class="brief-source">{_line_html(ln)}</p>' for ln in own)
        if not own and outlet:
            src = f'<p class="brief-source">{escape(t["source"])} <a href="#" rel="nofollow">{escape(outlet)}</a></p>'
        h = f"<h3>{escape(head)}</h3>" if head else ""
        items.append(
            f'<section class="brief-item" id="item-{i + 1}"><span class="brief-num">{i + 1}</span>{h}<p>{escape(para)}</p>{src}</section>'
        )
    body = (
        f'<header class="digest-header"><a href="/" class="digest-logo">{escape(p.site_name)}</a><nav><a href="/">{escape(t["home"])}</a> <a href="/briefings/">{escape(t["briefing"])}</a></nav></header>'
        f'<main class="digest"><div class="digest-kicker">{escape(t["briefing"])} &middot; <time datetime="2027-02-12">{escape(p.date)}</time></div><h1>{escape(p.title)}</h1>'
        f'<p class="digest-curator">{escape(t["by"])} {escape(p.author)}</p>{_figure(p, "digest-figure")}'
        f'<div class="digest-items">{"".join(items)}</div>'
        f'<div class="digest-signup"><h2>{escape(t["newsletter"])}</h2><form><input type="email" placeholder="email"><button>{escape(t["subscribe"])}</button></form></div>'
        f'<nav class="digest-archive">{_related(p, "past-briefings", t["related"])}</nav></main>'
        f"<footer><p>&copy; 2027 {escape(p.site_name)}</p></footer>"
    )
    return _doc(p, "", body, "digest-page")


# --------------------------------------------------------------------------- newsroom


def newsroom(p: Page) -> str:
    t = L10N[p.lang]
    top = "".join(f'<div class="story-kicker">{_line_html(ln)}</div>' for ln in _slot(p, "top"))
    end = "".join(f'<p class="story-endnote">{_line_html(ln)}</p>' for ln in _slot(p, "end"))
    ticker = " &bull; ".join(escape(tt) for tt, _ in p.related[:2])
    body = (
        f'<div class="ticker"><span class="ticker-label">{escape(t["latest"])}</span> {ticker}</div>'
        f'<header class="site-masthead"><a class="masthead-logo" href="/">{escape(p.site_name)}</a><div class="masthead-date">{escape(p.date)}</div>'
        f'<nav class="section-nav"><a href="/">{escape(t["home"])}</a> <a href="/news/">{escape(t["news"])}</a> <a href="/subscribe/">{escape(t["subscribe"])}</a></nav></header>'
        f'<div class="ad-slot ad-top" id="div-gpt-ad-{p.seed % 10**6}-0" data-slot="/2179/{p.host}/article_top"></div>'
        f'<main class="story-page"><article class="story">{top}<h1 class="story-headline">{escape(p.title)}</h1>'
        f'<div class="story-byline"><span class="byline-name">{escape(t["by"])} {escape(p.author)}</span> <time class="story-time" datetime="2027-02-12T{p.time}">{escape(p.date)}, {escape(p.time)}</time></div>'
        f'{_figure(p, "story-lead-media")}<div class="story-body">{_paras(p)}</div>{end}'
        f'<div class="story-share"><a class="share-whatsapp" href="#">WhatsApp</a> <a class="share-facebook" href="#">Facebook</a> <a class="share-x" href="#">X</a></div></article>'
        f'<aside class="story-related">{_related(p, "related-stories", t["related"])}</aside></main>'
        f'<footer class="site-foot"><p>&copy; 2027 {escape(p.site_name)}</p><a href="/about/">{escape(t["contact"])}</a> <a href="/privacy/">{escape(t["privacy"])}</a></footer>'
    )
    return _doc(p, "", body, "article-template")


TEMPLATES = {
    f.__name__: f
    for f in (
        feedpost,
        autoblog,
        scraper,
        airewrite,
        translate,
        ccrepub,
        appview,
        chanmirror,
        digest,
        newsroom,
    )
}


def render_page(p: Page) -> str:
    return TEMPLATES[p.fam](p)

# ruff: noqa: E501, RUF001
"""Page templates of the thirty-first blind set, written for it from what the platforms emit
(Joomla 4, TYPO3 with the news extension, 1C-Bitrix's news.detail, DataLife Engine, WordPress's
Twenty Twenty-x themes with a source plugin, Blogger's classic layout, Weebly and Jimdo, phpBB,
vBulletin and XenForo threads, Telegram's t.me/s/ web preview, Mailchimp's campaign archive,
Vocal/Medium article pages, a news reader app's story page, Reddit- and Lemmy-style link posts,
an AMP cache copy and Beehiiv/Buttondown newsletter posts). Not derived from the earlier sets'
templates: none of them was read.

Every template takes a `Page` and returns the full HTML. Credits sit in named slots
(``Page.credits``) that each template places where its platform puts them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from html import escape

RTL = {"ar", "ur"}

# A few words of each platform's interface, in the page's language.
UI: dict[str, dict[str, str]] = {
    "en": {
        "home": "Home",
        "news": "News",
        "by": "By",
        "written": "Written by",
        "published": "Published",
        "share": "Share",
        "related": "Related stories",
        "comments": "Comments",
        "tags": "Tags",
        "read": "Read more",
        "views": "views",
        "source": "Source",
        "prev": "Previous",
        "next": "Next",
        "search": "Search",
        "contact": "Contact us",
        "cookie": "We use cookies to improve your experience on our website.",
        "accept": "Accept",
        "subscribe": "Subscribe",
    },
    "es": {
        "home": "Inicio",
        "news": "Noticias",
        "by": "Por",
        "written": "Escrito por",
        "published": "Publicado",
        "share": "Compartir",
        "related": "Notas relacionadas",
        "comments": "Comentarios",
        "tags": "Etiquetas",
        "read": "Leer más",
        "views": "visitas",
        "source": "Fuente",
        "prev": "Anterior",
        "next": "Siguiente",
        "search": "Buscar",
        "contact": "Contacto",
        "cookie": "Este sitio utiliza cookies para mejorar la experiencia de navegación.",
        "accept": "Aceptar",
        "subscribe": "Suscribirse",
    },
    "ru": {
        "home": "Главная",
        "news": "Новости",
        "by": "Автор:",
        "written": "Автор:",
        "published": "Опубликовано",
        "share": "Поделиться",
        "related": "Похожие новости",
        "comments": "Комментарии",
        "tags": "Теги",
        "read": "Подробнее",
        "views": "просмотров",
        "source": "Источник",
        "prev": "Назад",
        "next": "Вперёд",
        "search": "Поиск",
        "contact": "Контакты",
        "cookie": "Мы используем файлы cookie, чтобы сайт работал лучше.",
        "accept": "Согласен",
        "subscribe": "Подписаться",
    },
    "ar": {
        "home": "الرئيسية",
        "news": "أخبار",
        "by": "بقلم",
        "written": "كتب",
        "published": "نشر في",
        "share": "شارك",
        "related": "أخبار ذات صلة",
        "comments": "التعليقات",
        "tags": "الوسوم",
        "read": "اقرأ المزيد",
        "views": "مشاهدة",
        "source": "المصدر",
        "prev": "السابق",
        "next": "التالي",
        "search": "بحث",
        "contact": "اتصل بنا",
        "cookie": "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
        "accept": "موافق",
        "subscribe": "اشترك",
    },
    "pt": {
        "home": "Início",
        "news": "Notícias",
        "by": "Por",
        "written": "Escrito por",
        "published": "Publicado em",
        "share": "Compartilhe",
        "related": "Leia também",
        "comments": "Comentários",
        "tags": "Tags",
        "read": "Leia mais",
        "views": "visualizações",
        "source": "Fonte",
        "prev": "Anterior",
        "next": "Próximo",
        "search": "Buscar",
        "contact": "Fale conosco",
        "cookie": "Usamos cookies para melhorar sua experiência em nosso site.",
        "accept": "Aceitar",
        "subscribe": "Assine",
    },
    "hi": {
        "home": "होम",
        "news": "समाचार",
        "by": "द्वारा",
        "written": "लेखक",
        "published": "प्रकाशित",
        "share": "शेयर करें",
        "related": "ये भी पढ़ें",
        "comments": "टिप्पणियां",
        "tags": "टैग",
        "read": "और पढ़ें",
        "views": "बार देखा गया",
        "source": "स्रोत",
        "prev": "पिछला",
        "next": "अगला",
        "search": "खोजें",
        "contact": "संपर्क करें",
        "cookie": "यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करती है।",
        "accept": "स्वीकार करें",
        "subscribe": "सब्सक्राइब करें",
    },
    "tr": {
        "home": "Anasayfa",
        "news": "Haberler",
        "by": "Yazan:",
        "written": "Yazan:",
        "published": "Yayınlanma",
        "share": "Paylaş",
        "related": "İlgili Haberler",
        "comments": "Yorumlar",
        "tags": "Etiketler",
        "read": "Devamını oku",
        "views": "okunma",
        "source": "Kaynak",
        "prev": "Önceki",
        "next": "Sonraki",
        "search": "Ara",
        "contact": "İletişim",
        "cookie": "Sitemizde çerezler kullanılmaktadır.",
        "accept": "Kabul et",
        "subscribe": "Abone ol",
    },
    "bn": {
        "home": "প্রচ্ছদ",
        "news": "খবর",
        "by": "লিখেছেন",
        "written": "লিখেছেন",
        "published": "প্রকাশিত",
        "share": "শেয়ার করুন",
        "related": "আরও পড়ুন",
        "comments": "মন্তব্য",
        "tags": "ট্যাগ",
        "read": "আরও পড়ুন",
        "views": "বার পড়া হয়েছে",
        "source": "সূত্র",
        "prev": "আগের",
        "next": "পরের",
        "search": "খুঁজুন",
        "contact": "যোগাযোগ",
        "cookie": "এই ওয়েবসাইট কুকি ব্যবহার করে।",
        "accept": "ঠিক আছে",
        "subscribe": "সাবস্ক্রাইব",
    },
    "ur": {
        "home": "صفحہ اول",
        "news": "خبریں",
        "by": "تحریر:",
        "written": "تحریر:",
        "published": "شائع",
        "share": "شیئر کریں",
        "related": "مزید خبریں",
        "comments": "تبصرے",
        "tags": "ٹیگز",
        "read": "مزید پڑھیں",
        "views": "مرتبہ دیکھا گیا",
        "source": "ذریعہ",
        "prev": "پچھلا",
        "next": "اگلا",
        "search": "تلاش",
        "contact": "رابطہ",
        "cookie": "یہ ویب سائٹ کوکیز استعمال کرتی ہے۔",
        "accept": "قبول ہے",
        "subscribe": "سبسکرائب",
    },
    "mr": {
        "home": "मुख्यपृष्ठ",
        "news": "बातम्या",
        "by": "लेखक",
        "written": "लेखक",
        "published": "प्रकाशित",
        "share": "शेअर करा",
        "related": "हेही वाचा",
        "comments": "प्रतिक्रिया",
        "tags": "टॅग्स",
        "read": "पुढे वाचा",
        "views": "वाचने",
        "source": "स्रोत",
        "prev": "मागील",
        "next": "पुढील",
        "search": "शोधा",
        "contact": "संपर्क",
        "cookie": "ही वेबसाइट कुकीज वापरते.",
        "accept": "स्वीकारा",
        "subscribe": "सदस्य व्हा",
    },
    "ta": {
        "home": "முகப்பு",
        "news": "செய்திகள்",
        "by": "எழுதியவர்",
        "written": "எழுதியவர்",
        "published": "வெளியிடப்பட்டது",
        "share": "பகிர்",
        "related": "தொடர்புடைய செய்திகள்",
        "comments": "கருத்துகள்",
        "tags": "குறிச்சொற்கள்",
        "read": "மேலும் படிக்க",
        "views": "பார்வைகள்",
        "source": "ஆதாரம்",
        "prev": "முந்தைய",
        "next": "அடுத்த",
        "search": "தேடு",
        "contact": "தொடர்புக்கு",
        "cookie": "இந்த இணையதளம் குக்கீகளைப் பயன்படுத்துகிறது.",
        "accept": "ஏற்கிறேன்",
        "subscribe": "சந்தா",
    },
    "ne": {
        "home": "गृहपृष्ठ",
        "news": "समाचार",
        "by": "लेखक",
        "written": "लेखक",
        "published": "प्रकाशित",
        "share": "सेयर गर्नुहोस्",
        "related": "सम्बन्धित समाचार",
        "comments": "प्रतिक्रिया",
        "tags": "ट्याग",
        "read": "थप पढ्नुहोस्",
        "views": "पटक पढिएको",
        "source": "स्रोत",
        "prev": "अघिल्लो",
        "next": "पछिल्लो",
        "search": "खोज्नुहोस्",
        "contact": "सम्पर्क",
        "cookie": "यो वेबसाइटले कुकिज प्रयोग गर्छ।",
        "accept": "स्वीकार",
        "subscribe": "सदस्यता",
    },
    "uz": {
        "home": "Bosh sahifa",
        "news": "Yangiliklar",
        "by": "Muallif:",
        "written": "Muallif:",
        "published": "Chop etildi",
        "share": "Ulashish",
        "related": "Mavzuga oid",
        "comments": "Izohlar",
        "tags": "Teglar",
        "read": "Batafsil",
        "views": "marta o‘qildi",
        "source": "Manba",
        "prev": "Oldingi",
        "next": "Keyingi",
        "search": "Qidiruv",
        "contact": "Aloqa",
        "cookie": "Sayt cookie-fayllardan foydalanadi.",
        "accept": "Roziman",
        "subscribe": "Obuna bo‘lish",
    },
    "hy": {
        "home": "Գլխավոր",
        "news": "Լուրեր",
        "by": "Հեղինակ՝",
        "written": "Հեղինակ՝",
        "published": "Հրապարակվել է",
        "share": "Կիսվել",
        "related": "Նմանատիպ լուրեր",
        "comments": "Մեկնաբանություններ",
        "tags": "Պիտակներ",
        "read": "Կարդալ ավելին",
        "views": "դիտում",
        "source": "Աղբյուր",
        "prev": "Նախորդ",
        "next": "Հաջորդ",
        "search": "Որոնում",
        "contact": "Կապ",
        "cookie": "Կայքը օգտագործում է թխուկներ։",
        "accept": "Համաձայն եմ",
        "subscribe": "Բաժանորդագրվել",
    },
}

# Headlines of other stories for rails and "related" lists (invented), by language.
OTHER_HEADLINES: dict[str, list[str]] = {
    "en": [
        "County board approves new salt shed after long debate",
        "Library extends winter hours through March",
        "High school wrestlers take second at conference meet",
        "Obituary notices for the week",
        "Fire destroys machine shed; no injuries reported",
    ],
    "es": [
        "Abren la inscripción para los talleres de verano",
        "El municipio licitará la obra de la terminal",
        "Corte de agua programado en el barrio centro",
        "Cronograma de pagos de enero",
        "Resultados de la liga regional de fútbol",
    ],
    "ru": [
        "В районе отремонтируют дорогу к школе",
        "Расписание автобусов изменится с понедельника",
        "Итоги районной спартакиады",
        "Где купить ёлку после праздников",
        "Объявления о плановых отключениях света",
    ],
    "ar": [
        "افتتاح مستوصف جديد في القضاء",
        "توزيع الحصة التموينية لشهر كانون الثاني",
        "نتائج بطولة المدارس لكرة القدم",
        "إغلاق جسر مؤقت للصيانة",
        "مواعيد صرف رواتب المتقاعدين",
    ],
    "pt": [
        "Prefeitura divulga calendário de vacinação",
        "Feira do produtor muda de endereço",
        "Escola estadual abre matrículas",
        "Confira a escala de plantão das farmácias",
        "Time local vence na estreia do regional",
    ],
    "hi": [
        "जिला अस्पताल में नई ओपीडी शुरू",
        "कोहरे के कारण कई ट्रेनें देरी से",
        "स्कूलों के समय में बदलाव",
        "नगर निगम ने अतिक्रमण हटाया",
        "गेहूं की सिंचाई के लिए नहरों में पानी छोड़ा",
    ],
    "tr": [
        "Belediyeden ihtiyaç sahiplerine kömür yardımı",
        "Kent merkezinde su kesintisi",
        "Kaymakamlıkta yeni atama",
        "Amatör lig fikstürü açıklandı",
        "Hal fiyatları güncellendi",
    ],
    "bn": [
        "উপজেলায় শীতবস্ত্র বিতরণ",
        "লবণাক্ততায় ধানের চারা নষ্ট",
        "নতুন সেতুর নির্মাণকাজ শুরু",
        "স্কুলে বই উৎসব",
        "হাটে গরুর দাম কমেছে",
    ],
    "ur": [
        "ضلعی ہسپتال میں نئی ایمبولینس سروس",
        "برفباری کے باعث پروازیں منسوخ",
        "اسکولوں کی سرمائی تعطیلات میں توسیع",
        "بازار میں آٹے کی قیمت میں اضافہ",
        "پولو گراؤنڈ کی مرمت کا آغاز",
    ],
    "mr": [
        "जिल्ह्यात थंडीचा कडाका वाढला",
        "महापालिकेची पाणीपट्टी वाढ",
        "पंचगंगा प्रदूषणप्रश्नी बैठक",
        "कुस्ती स्पर्धेचे निकाल",
        "एसटीच्या नव्या बस दाखल",
    ],
    "ta": [
        "மலை ரயில் சேவை நேர மாற்றம்",
        "தோட்டக்கலைப் பண்ணையில் மலர் நடவு",
        "நகராட்சி கூட்டத்தில் தீர்மானங்கள்",
        "பள்ளி மாணவர்களுக்கு விழிப்புணர்வு",
        "காய்கறி விலை நிலவரம்",
    ],
    "ne": [
        "पोखरामा पर्यटक आगमन बढ्यो",
        "सडक विस्तारका लागि घर भत्काइयो",
        "विद्यालयमा जाडो बिदा",
        "खानेपानी आपूर्ति अवरुद्ध",
        "फुटबल प्रतियोगिता सुरु",
    ],
    "uz": [
        "Xivada yangi maktab qurilmoqda",
        "Urganch–Xiva tramvay qatnovi",
        "Paxta yig‘im-terimi yakunlandi",
        "Bozorda narxlar barqaror",
        "Viloyat teatrida yangi spektakl",
    ],
    "hy": [
        "Գորիսում նոր դպրոց կկառուցվի",
        "Սիսիան–Գորիս ճանապարհին ձյուն է",
        "Մարզային հիվանդանոցը նոր սարքավորումներ ստացավ",
        "Տաթևում հյուրատների թիվն աճում է",
        "Ֆուտբոլային մրցաշարի արդյունքները",
    ],
}


# English rails by place (the page's story), so a Maldivian site's rail is Maldivian.
PLACE_HEADLINES: dict[str, list[str]] = {
    "sandhills": [
        "County board approves new salt shed after long debate",
        "Valentine library extends winter hours through March",
        "Cody-Kilgore wrestlers take second at conference meet",
        "Obituary notices for the week",
        "Fire destroys machine shed near Crookston; no injuries",
    ],
    "ironrange": [
        "Chisholm council delays vote on water rates",
        "Hibbing Bluejackets fall in overtime",
        "Eveleth library hosts winter book sale",
        "Virginia clinic adds walk-in hours",
        "Snowmobile trail grooming resumes after thaw",
    ],
    "ozarks": [
        "Harrison school board sets bond election",
        "Jasper square businesses plan spring market",
        "Elk viewing area closed for repairs",
        "Marshall clinic adds Saturday hours",
        "Game and Fish extends trout stocking on the Buffalo",
    ],
    "sikkim": [
        "Gangtok ropeway resumes after maintenance",
        "Rumtek monastery prepares for Losar",
        "Namchi district launches cardamom census",
        "MG Marg vendors get new kiosks",
        "Rangpo checkpost timing changed for winter",
    ],
    "maldives": [
        "Gan airport runway works to finish in March",
        "Addu ferry schedule changes from Sunday",
        "Hithadhoo school wins inter-atoll quiz",
        "Fishermen report good yellowfin catch",
        "Council approves new harbour lights",
    ],
    "kakheti": [
        "Telavi theatre opens winter season",
        "Sighnaghi guesthouses report busy New Year",
        "Alazani valley farmers plant new orchards",
        "Gurjaani road repairs finished",
        "Kvareli lake festival dates announced",
    ],
    "issykkul": [
        "Karakol bazaar to move to new site",
        "Cholpon-Ata airport adds winter flights",
        "Jeti-Oguz sanatorium reopens after repairs",
        "Issyk-Kul fishermen await new quota",
        "Przhevalsky museum hosts photo exhibition",
    ],
}


@dataclass
class Page:
    template: str
    variant: str
    lang: str
    site_name: str
    host: str
    url: str
    title: str
    paras: list[str]
    author: str
    date: str  # ISO 8601
    section: str
    credits: dict[str, list[str]] = field(default_factory=dict)
    image: tuple[str, str] | None = None  # (alt, caption as shown, credit included)
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def nid(self) -> int:
        return nid_of(self.extra.get("seed", self.url))

    def ui(self, key: str) -> str:
        return UI[self.lang][key]

    def slot(self, name: str) -> list[str]:
        return self.credits.get(name, [])


def nid_of(seed: str) -> int:
    """A stable number for a page (post and node ids in its markup)."""
    return int(hashlib.sha1(seed.encode("utf-8")).hexdigest()[:8], 16) % 900000 + 100000


def e(s: str) -> str:
    return escape(s, quote=False)


def a(s: str) -> str:
    return escape(s, quote=True)


def dir_attr(p: Page) -> str:
    return ' dir="rtl"' if p.lang in RTL else ""


def day(p: Page) -> str:
    return p.date[:10]


def human_date(p: Page) -> str:
    y, m, d = p.date[:10].split("-")
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    return f"{months[int(m) - 1]} {int(d)}, {y}"


def hhmm(p: Page) -> str:
    return p.date[11:16]


def labelled(s: str, cls: str = "source") -> str:
    """A credit as a label and a value ("Source: X" -> two spans), as source fields render."""
    for sep in (": ", "：", ":\u00a0"):
        if sep in s:
            label, value = s.split(sep, 1)
            if 0 < len(label) <= 14:
                return f'<span class="{cls}-label">{e(label)}:</span> <span class="{cls}-value">{e(value)}</span>'
    return e(s)


def jsonld(
    p: Page, kind: str = "NewsArticle", publisher: str | None = None, author: str | None = None
) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": p.title,
        "datePublished": p.date,
        "dateModified": p.date,
        "inLanguage": p.lang,
        "mainEntityOfPage": {"@type": "WebPage", "@id": p.url},
        "publisher": {"@type": "Organization", "name": publisher or p.site_name},
    }
    if author or p.author:
        data["author"] = {"@type": "Person", "name": author or p.author}
    return (
        '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"
    )


def og(p: Page, kind: str = "article") -> str:
    desc = p.paras[0][:150]
    return (
        f'<meta property="og:type" content="{kind}">\n'
        f'<meta property="og:title" content="{a(p.title)}">\n'
        f'<meta property="og:description" content="{a(desc)}">\n'
        f'<meta property="og:url" content="{a(p.url)}">\n'
        f'<meta property="og:site_name" content="{a(p.site_name)}">\n'
        f'<meta name="twitter:card" content="summary_large_image">'
    )


def related(p: Page, n: int = 4) -> list[str]:
    heads = (
        PLACE_HEADLINES.get(p.extra.get("place", ""), OTHER_HEADLINES[p.lang])
        if p.lang == "en"
        else OTHER_HEADLINES[p.lang]
    )
    k = p.nid % len(heads)
    return [heads[(k + i) % len(heads)] for i in range(n)]


def body_paras(p: Page, tag: str = "p", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<{tag}{c}>{e(t)}</{tag}>" for t in p.paras)


def end_lines(p: Page, tag: str = "p", style: str = "") -> str:
    s = f' style="{style}"' if style else ""
    return "\n".join(f"<{tag}{s}><em>{e(t)}</em></{tag}>" for t in p.slot("end"))


# --------------------------------------------------------------------------- Joomla 4 (Cassiopeia)
def joomla(p: Page) -> str:
    rel = related(p)
    fields = "".join(
        f'<li class="field-entry source "><span class="field-label ">{e(s.split(": ", 1)[0])}: </span><span class="field-value ">{e(s.split(": ", 1)[1])}</span></li>'
        if ": " in s
        else f'<li class="field-entry source "><span class="field-value ">{e(s)}</span></li>'
        for s in p.slot("field")
    )
    fields_html = f'<ul class="fields-container">{fields}</ul>' if fields else ""
    author = p.slot("byline")[0] if p.slot("byline") else p.author
    createdby = (
        f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> {e(p.ui("written"))} <span itemprop="name">{e(author)}</span></dd>'
        if author
        else ""
    )
    img = ""
    if p.image:
        img = f'<figure class="left item-image"><img src="/images/{day(p)}/{p.nid}.jpg" alt="{a(p.image[0])}" itemprop="image" width="800" height="533" loading="eager"><figcaption class="caption">{e(p.image[1])}</figcaption></figure>'
    return f"""<!DOCTYPE html>
<html lang="{p.lang}"{dir_attr(p)}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{e(p.title)} - {e(p.site_name)}</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.9" rel="stylesheet">
<link href="/media/system/css/joomla-fontawesome.min.css?4.4.9" rel="stylesheet">
<link rel="canonical" href="{a(p.url)}">
{og(p)}
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Error","MESSAGE":"Message"}},"system.paths":{{"root":"","rootFull":"https://{p.host}/","base":""}}}}</script>
<script src="/media/system/js/core.min.js?4.4.9"></script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-{p.nid % 300 + 101} has-sidebar-right">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="{a(p.site_name)}">{e(p.site_name)}</span></a></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/">{e(p.ui("home"))}</a></li><li class="nav-item item-102 current active"><a href="/{p.section.lower()}" aria-current="location">{e(p.section)}</a></li><li class="nav-item item-110"><a href="/contact">{e(p.ui("contact"))}</a></li></ul>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/search" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">{e(p.ui("search"))}</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" placeholder="{a(p.ui("search"))}..."></form></div></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>{e(p.ui("home"))}</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/{p.section.lower()}" class="pathway"><span>{e(p.section)}</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{e(p.title[:40])}…</span></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{p.lang}">
<div class="page-header"><h1 itemprop="headline">{e(p.title)}</h1></div>
<dl class="article-info text-muted">
<dt class="article-info-term">Details</dt>
{createdby}
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> <a href="/{p.section.lower()}" itemprop="genre">{e(p.section)}</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{p.date}+00:00" itemprop="datePublished">{e(p.ui("published"))}: {day(p)}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{p.nid % 2000}">Hits: {p.nid % 2000}</dd>
</dl>
{img}
<div itemprop="articleBody" class="com-content-article__body">
{body_paras(p)}
{end_lines(p)}
</div>
{fields_html}
<ul class="tags list-inline"><li class="list-inline-item tag-{p.nid % 40} tag-list0"><a href="/tags/{p.nid % 40}" class="btn btn-sm btn-info">{e(p.section)}</a></li></ul>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/{p.section.lower()}/{p.nid - 1}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> {e(p.ui("prev"))}: {e(rel[0])}</a><a class="btn btn-sm btn-secondary next" href="/{p.section.lower()}/{p.nid + 1}" rel="next">{e(p.ui("next"))}: {e(rel[1])} <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">{e(p.ui("related"))}</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{"".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/{p.section.lower()}/{p.nid - 2 - i}" itemprop="url"><span itemprop="name">{e(h)}</span></a></li>' for i, h in enumerate(rel[2:]))}</ul></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>© {p.date[:4]} {e(p.site_name)}</p></div><a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a></div></footer>
<div id="cookiehint"><div class="cookiecontent"><p>{e(p.ui("cookie"))}</p></div><div class="cookiebuttons"><a id="cookiehintsubmit" class="btn">{e(p.ui("accept"))}</a></div></div>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4.4.9" type="module"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- TYPO3 + news extension
def typo3(p: Page) -> str:
    rel = related(p)
    author = p.slot("byline")[0] if p.slot("byline") else p.author
    author_html = (
        f'<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">{e(p.ui("by"))} <span itemprop="name">{e(author)}</span></span>'
        if author
        else ""
    )
    img = ""
    if p.image:
        img = f'<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><a href="/fileadmin/_processed_/{p.nid % 10}/{p.nid % 7}/csm_{p.nid}_c0ffee.jpg" title="" class="lightbox" rel="lightbox[myImageSet]"><img itemprop="image" src="/fileadmin/_processed_/{p.nid % 10}/{p.nid % 7}/csm_{p.nid}_c0ffee.jpg" width="282" height="188" alt="{a(p.image[0])}"></a></div><p class="news-img-caption">{e(p.image[1])}</p></div></div>'
    teaser = p.extra.get("teaser", "")
    teaser_html = (
        f'<div class="teaser-text" itemprop="description"><p>{e(teaser)}</p></div>'
        if teaser
        else ""
    )
    field = "".join(f"<li>{labelled(s)}</li>" for s in p.slot("field"))
    field_html = (
        f'<div class="news-related news-related-links"><h4>{e(p.ui("source"))}</h4><ul>{field}</ul></div>'
        if field
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{p.lang}"{dir_attr(p)}>
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2027 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<title>{e(p.title)}: {e(p.site_name)}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
{og(p)}
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-{p.nid:x}-min.css?1736600000" media="all">
<link rel="canonical" href="{a(p.url)}">
</head>
<body id="p{p.nid % 500}" class="page-{p.nid % 500} pagelevel-2 language-0 backendlayout-subnavigation_right layout-default">
<a class="sr-only sr-only-focusable" href="#page-content"><span>Skip to main content</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top">
<div class="container"><a class="navbar-brand navbar-brand-image" title="{a(p.site_name)}" href="/"><img class="navbar-brand-logo-normal" src="/fileadmin/logo.svg" alt="{a(p.site_name)} logo" height="52" width="180"></a>
<nav id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav"><li class="nav-item"><a href="/" class="nav-link">{e(p.ui("home"))}</a></li><li class="nav-item active"><a href="/{p.section.lower()}/" class="nav-link">{e(p.section)}</a></li><li class="nav-item"><a href="/contact/" class="nav-link">{e(p.ui("contact"))}</a></li></ul></nav></div>
</header>
<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/"><span class="breadcrumb-text">{e(p.ui("home"))}</span></a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/{p.section.lower()}/"><span class="breadcrumb-text">{e(p.section)}</span></a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">{e(p.title[:48])}</span></li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section">
<!--TYPO3SEARCH_begin-->
<div class="section section-default"><div class="container"><div class="section-row"><main class="section-column maincontent-wrap" role="main">
<div id="c{p.nid % 9000}" class="frame frame-default frame-type-list frame-layout-0">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{e(p.title)}</h1></div>
<div class="footer"><p>
<span class="news-list-date"><time itemprop="datePublished" datetime="{day(p)}">{day(p)[8:10]}.{day(p)[5:7]}.{day(p)[:4]}</time></span>
<span class="news-list-category">{e(p.section)}</span>
{author_html}
</p></div>
{teaser_html}
{img}
<div class="news-text-wrap" itemprop="articleBody">
{body_paras(p, cls="bodytext")}
{end_lines(p)}
</div>
{field_html}
<div class="news-related-wrap"><div class="news-related news-related-news"><h4>{e(p.ui("related"))}</h4><ul>{"".join(f'<li><span class="news-related-news-date">{day(p)[8:10]}.{day(p)[5:7]}.{day(p)[:4]}</span><a title="{a(h)}" href="/{p.section.lower()}/detail/{p.nid - 3 - i}/">{e(h)}</a></li>' for i, h in enumerate(rel[:3]))}</ul></div></div>
<div class="news-backlink-wrap"><a href="/{p.section.lower()}/">Back</a></div>
</div></div></div>
</main></div></div></div>
<!--TYPO3SEARCH_end-->
</div>
<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-meta"><div class="container"><div class="section-row"><div class="section-column footer-section-meta-column"><div class="frame frame-meta"><ul class="footer-meta"><li><a href="/imprint/">Imprint</a></li><li><a href="/privacy/">Privacy</a></li></ul></div><div class="frame frame-copyright"><p>© {p.date[:4]} {e(p.site_name)}</p></div></div></div></div></section></footer>
<script src="/typo3temp/assets/compressed/merged-{p.nid + 7:x}-min.js?1736600000"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- 1C-Bitrix news.detail
def bitrix(p: Page) -> str:
    rel = related(p)
    text = "<br />\n<br />\n".join(e(t) for t in p.paras)
    ends = "".join(f"<br />\n<br />\n<i>{e(t)}</i>" for t in p.slot("end"))
    props = "".join(f"{labelled(s, 'prop')}<br />\n" for s in p.slot("field"))
    author = p.slot("byline")[0] if p.slot("byline") else p.author
    author_prop = f"{e(p.ui('by'))}&nbsp;{e(author)}<br />\n" if author else ""
    img = ""
    if p.image:
        img = f'<img class="detail_picture" border="0" src="/upload/iblock/{p.nid % 1000:03d}/{p.nid:x}.jpg" width="700" height="467" alt="{a(p.image[0])}" title="{a(p.image[0])}" />\n<div class="news-detail-caption">{e(p.image[1])}</div>'
    d = day(p)
    return f"""<!DOCTYPE html>
<html xml:lang="{p.lang}" lang="{p.lang}"{dir_attr(p)}>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{e(p.title)}</title>
<meta name="keywords" content="{a(p.section)}" />
<meta name="description" content="{a(p.paras[0][:160])}" />
<script type="text/javascript" data-skip-moving="true">(function(w, d, n) {{var cl = "bx-core";var ht = d.documentElement;var htc = ht ? ht.className : undefined;if (htc === undefined || htc.indexOf(cl) !== -1){{return;}}ht.className = htc ? htc + " " + cl : cl;}})(window, document, navigator);</script>
<link href="/bitrix/cache/css/s1/main/page_{p.nid:x}/page_{p.nid:x}.css?17366{p.nid % 100000}" type="text/css" rel="stylesheet" />
<link href="/bitrix/cache/css/s1/main/template_{p.nid + 3:x}/template_{p.nid + 3:x}.css?17366{p.nid % 100000}" type="text/css" data-template-style="true" rel="stylesheet" />
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'LANGUAGE_ID':'{p.lang}','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'28800','SITE_ID':'s1','SITE_DIR':'/'}});</script>
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1736600000226110"></script>
<link rel="canonical" href="{a(p.url)}" />
{og(p)}
</head>
<body>
<div id="panel"></div>
<div class="wrapper">
<div class="header"><div class="logo"><a href="/"><img src="/local/templates/main/images/logo.png" alt="{a(p.site_name)}" /></a></div>
<div class="top-menu"><ul><li><a href="/">{e(p.ui("home"))}</a></li><li class="selected"><a href="/news/">{e(p.ui("news"))}</a></li><li><a href="/contacts/">{e(p.ui("contact"))}</a></li></ul></div>
<div class="search-form"><form action="/search/index.php"><input type="text" name="q" value="" size="15" maxlength="50" /><input name="s" type="submit" value="{a(p.ui("search"))}" /></form></div></div>
<div class="breadcrumbs"><a href="/" title="{a(p.ui("home"))}">{e(p.ui("home"))}</a> / <a href="/news/" title="{a(p.ui("news"))}">{e(p.ui("news"))}</a> / <span>{e(p.title[:50])}</span></div>
<div class="content">
<div class="news-detail">
	{img}
	<span class="news-date-time">{d[8:10]}.{d[5:7]}.{d[:4]} {hhmm(p)}</span>
	<h3>{e(p.title)}</h3>
	{text}{ends}
	<div style="clear:both"></div>
	<br />
	{author_prop}{props}
	<div class="news-detail-share"><noindex><div class="ya-share2" data-services="vkontakte,odnoklassniki,telegram,whatsapp"></div></noindex></div>
</div>
<p><a href="/news/">← {e(p.ui("news"))}</a></p>
<div class="news-list-side"><h4>{e(p.ui("related"))}</h4>{"".join(f'<p class="news-item"><span class="news-date-time">{d[8:10]}.{d[5:7]}.{d[:4]}</span> <a href="/news/{p.nid - 1 - i}/"><b>{e(h)}</b></a></p>' for i, h in enumerate(rel))}</div>
</div>
<div class="footer"><p>© {p.date[:4]} {e(p.site_name)}. {e(p.ui("contact"))}: <a href="mailto:info@{p.host.removeprefix("www.")}">info@{e(p.host.removeprefix("www."))}</a></p><div class="bx-composite-banner"></div><!-- Yandex.Metrika counter --><noscript><div><img src="https://mc.yandex.ru/watch/{p.nid * 7}" style="position:absolute; left:-9999px;" alt="" /></div></noscript><!-- /Yandex.Metrika counter --></div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- DataLife Engine
def dle(p: Page) -> str:
    rel = related(p)
    text = "<br><br>".join(e(t) for t in p.paras)
    ends = "".join(f"<br><br><b>{e(t)}</b>" for t in p.slot("end"))
    img = ""
    if p.image:
        img = f'<div style="text-align:center;"><!--dle_image_begin:/uploads/posts/{p.date[:7]}/{p.nid}.jpg|--><img src="/uploads/posts/{p.date[:7]}/{p.nid}.jpg" style="max-width:100%;" alt="{a(p.image[0])}"><!--dle_image_end--></div><div style="text-align:center;"><i>{e(p.image[1])}</i></div><br>'
    xf = "".join(f'<div class="xfield-source">{labelled(s, "xf")}</div>' for s in p.slot("field"))
    author = p.slot("byline")[0] if p.slot("byline") else p.author
    d = day(p)
    return f"""<!DOCTYPE html>
<html lang="{p.lang}"{dir_attr(p)}>
<head>
<meta charset="utf-8">
<title>{e(p.title)} » {e(p.site_name)}</title>
<meta name="description" content="{a(p.paras[0][:190])}">
<meta name="keywords" content="{a(p.section)}">
<meta name="generator" content="DataLife Engine (https://dle-news.ru)">
<link rel="search" type="application/opensearchdescription+xml" href="https://{p.host}/index.php?do=opensearch" title="{a(p.site_name)}">
<link rel="canonical" href="{a(p.url)}">
<link rel="alternate" type="application/rss+xml" title="{a(p.site_name)}" href="https://{p.host}/rss.xml">
{og(p)}
<script src="/engine/classes/min/index.php?g=general&amp;v=c2a1f"></script>
<script src="/engine/classes/min/index.php?f=engine/classes/js/jqueryui.js,engine/classes/js/dle_js.js&amp;v=c2a1f" defer></script>
<link href="/templates/Default/style/styles.css" type="text/css" rel="stylesheet">
</head>
<body>
<div class="wrp">
<header class="header"><div class="logotype"><a href="/">{e(p.site_name)}</a></div>
<nav class="topmenu"><a href="/">{e(p.ui("home"))}</a> <a href="/{p.section.lower()}/">{e(p.section)}</a> <a href="/index.php?do=feedback">{e(p.ui("contact"))}</a></nav>
<form method="post" class="q_search"><input id="story" name="story" placeholder="{a(p.ui("search"))}..." type="search"><input type="hidden" name="do" value="search"><input type="hidden" name="subaction" value="search"></form></header>
<div class="speedbar"><span id="dle-speedbar" itemscope itemtype="https://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><meta itemprop="position" content="1"><a href="https://{p.host}/" itemprop="item"><span itemprop="name">{e(p.site_name)}</span></a></span> » <span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><meta itemprop="position" content="2"><a href="https://{p.host}/{p.section.lower()}/" itemprop="item"><span itemprop="name">{e(p.section)}</span></a></span> » {e(p.title[:40])}</span></div>
<div id='dle-content'><article class="box story fullstory">
<div class="box_in">
<h1 class="title">{e(p.title)}</h1>
<div class="story_info"><span class="date"><time datetime="{d}">{d[8:10]}-{d[5:7]}-{d[:4]}, {hhmm(p)}</time></span> <span class="views">{p.nid % 9000} {e(p.ui("views"))}</span> <span class="category"><a href="https://{p.host}/{p.section.lower()}/">{e(p.section)}</a></span></div>
<div class="text">{img}<div id="news-id-{p.nid}" style="display:inline;">{text}{ends}</div></div>
{xf}
<div class="story_tools"><div class="category">{e(p.ui("by"))} <a onclick="ShowProfile('{a(author or "admin")}', 'https://{p.host}/user/{a(author or "admin")}/', '0'); return false;" href="https://{p.host}/user/{a(author or "admin")}/">{e(author or "admin")}</a></div>
<div class="rate"><div class="rate_like"><a href="#" onclick="doRate('plus', '{p.nid}'); return false;"><span class="ratingtypeplus">+{p.nid % 30}</span></a></div></div></div>
</div>
<div class="related"><h4 class="heading">{e(p.ui("related"))}</h4><ul>{"".join(f'<li><a href="https://{p.host}/{p.section.lower()}/{p.nid - 5 - i}-x.html">{e(h)}</a></li>' for i, h in enumerate(rel))}</ul></div>
<div class="box_in dcont"><h3 class="heading">{e(p.ui("comments"))} (0)</h3><div class="berrors">Информация<br>Посетители, находящиеся в группе <b>Гости</b>, не могут оставлять комментарии к данной публикации.</div></div>
</article></div>
<footer class="footer"><div class="copyright">© {p.date[:4]} {e(p.site_name)}</div><!--LiveInternet counter--><a href="https://www.liveinternet.ru/click" target="_blank"><img id="licnt{p.nid % 1000}" width="31" height="31" style="border:0" title="LiveInternet" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt=""></a><!--/LiveInternet--></footer>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- WordPress Twenty Twenty-x
def wptt(p: Page) -> str:
    rel = related(p)
    theme = p.variant or "twentytwentyone"
    author = p.slot("byline")[0] if p.slot("byline") else p.author
    srcbox = ""
    if p.slot("field"):
        inner = " | ".join(
            f'<span class="{"via" if s.lower().startswith("via") else "source"}-link">{labelled(s, "sv")}</span>'
            for s in p.slot("field")
        )
        srcbox = f'<div class="source-via-links"><p>{inner}</p></div>'
    img = ""
    if p.image:
        img = f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/{p.date[:4]}/{p.date[5:7]}/img-{p.nid}-1024x683.jpg" alt="{a(p.image[0])}" class="wp-image-{p.nid % 9000}"/><figcaption class="wp-element-caption">{e(p.image[1])}</figcaption></figure>'
    body = body_paras(p) + "\n" + end_lines(p)
    meta_author = (
        f'<span class="byline"><span class="screen-reader-text">Posted by</span>{e(p.ui("by"))} <a href="/author/{a(author.lower().replace(" ", "-"))}/" rel="author">{e(author)}</a></span>'
        if author
        else ""
    )
    if theme == "twentytwentythree":
        return f"""<!DOCTYPE html>
<html lang="{p.lang}"{dir_attr(p)}>
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{e(p.title)} &#8211; {e(p.site_name)}</title>
<link rel="alternate" type="application/rss+xml" title="{a(p.site_name)} &raquo; Feed" href="https://{p.host}/feed/" />
<style id='wp-block-site-title-inline-css'>.wp-block-site-title a{{color:inherit}}</style>
<link rel='stylesheet' id='wp-block-library-css' href='https://{p.host}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel="canonical" href="{a(p.url)}" />
<meta name="generator" content="WordPress 6.7.1" />
</head>
<body class="post-template-default single single-post postid-{p.nid} single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a href="https://{p.host}" target="_self" rel="home">{e(p.site_name)}</a></p>
<nav class="is-responsive wp-block-navigation is-layout-flex" aria-label="Navigation"><ul class="wp-block-navigation__container"><li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="https://{p.host}/about/">About</a></li><li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="https://{p.host}/{p.section.lower()}/">{e(p.section)}</a></li></ul></nav></div></div>
</header>
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">{e(p.title)}</h1>
{img}
</div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{body}
{srcbox}
</div>
<div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="{p.date}+00:00">{human_date(p)}</time></div>
<div class="wp-block-post-author-name">{e(author)}</div><div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">in </span><a href="https://{p.host}/category/{p.section.lower()}/" rel="tag">{e(p.section)}</a></div></div>
<hr class="wp-block-separator has-alpha-channel-opacity is-style-wide"/>
<nav class="wp-block-group is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="https://{p.host}/{p.nid - 1}/" rel="prev">{e(rel[0])}</a></div><div class="post-navigation-link-next wp-block-post-navigation-link"><a href="https://{p.host}/{p.nid + 1}/" rel="next">{e(rel[1])}</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex"><p class="wp-block-site-title"><a href="https://{p.host}" target="_self" rel="home">{e(p.site_name)}</a></p><p class="has-text-align-right">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></div></footer>
</div>
<script id="wp-block-navigation-view-js" src="https://{p.host}/wp-includes/blocks/navigation/view.min.js?ver=6.7.1"></script>
</body>
</html>
"""
    return f"""<!doctype html>
<html lang="{p.lang}"{dir_attr(p)} class="respect-color-scheme-preference">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>{e(p.title)} &#8211; {e(p.site_name)}</title>
<link rel="canonical" href="{a(p.url)}" />
{og(p)}
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='https://{p.host}/wp-content/themes/twentytwentyone/style.css?ver=2.4' media='all' />
<link rel='stylesheet' id='twenty-twenty-one-print-style-css' href='https://{p.host}/wp-content/themes/twentytwentyone/assets/css/print.css?ver=2.4' media='print' />
<meta name="generator" content="WordPress 6.7.1" />
</head>
<body class="post-template-default single single-post postid-{p.nid} single-format-standard wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu">
<div class="site-branding"><p class="site-title"><a href="https://{p.host}/">{e(p.site_name)}</a></p><p class="site-description">{e(p.extra.get("tagline", ""))}</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="menu-button-container"><button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">Menu</span><span class="dropdown-icon close">Close</span></button></div><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li id="menu-item-10" class="menu-item"><a href="https://{p.host}/">{e(p.ui("home"))}</a></li><li id="menu-item-11" class="menu-item current-post-ancestor"><a href="https://{p.host}/category/{p.section.lower()}/">{e(p.section)}</a></li><li id="menu-item-12" class="menu-item"><a href="https://{p.host}/contact/">{e(p.ui("contact"))}</a></li></ul></div></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{p.nid}" class="post-{p.nid} post type-post status-publish format-standard hentry category-{p.section.lower()} entry">
<header class="entry-header alignwide"><h1 class="entry-title">{e(p.title)}</h1></header>
<div class="entry-content">
{img}
{body}
{srcbox}
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="{p.date}+00:00">{human_date(p)}</time></span>{meta_author}</div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="https://{p.host}/category/{p.section.lower()}/" rel="category tag">{e(p.section)}</a></span></div></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="https://{p.host}/{p.nid - 1}/" rel="prev"><p class="meta-nav">Previous post</p><p class="post-title">{e(rel[0])}</p></a></div><div class="nav-next"><a href="https://{p.host}/{p.nid + 1}/" rel="next"><p class="meta-nav">Next post</p><p class="post-title">{e(rel[1])}</p></a></div></div></nav>
<div id="comments" class="comments-area default-max-width show-avatars"><div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2><form action="https://{p.host}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div>
</main></div></div>
<aside class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>{"".join(f'<li><a href="https://{p.host}/{p.nid - 2 - i}/">{e(h)}</a></li>' for i, h in enumerate(rel))}</ul></nav></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name"><a href="https://{p.host}/">{e(p.site_name)}</a></div><div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer>
</div>
<script>document.body.classList.remove('no-js');</script>
</body>
</html>
"""


# --------------------------------------------------------------------------- Blogger, classic layout
def blogger(p: Page) -> str:
    rel = related(p)
    author = p.slot("byline")[0] if p.slot("byline") else p.author
    inner = "<br />\n<br />\n".join(e(t) for t in p.paras)
    ends = "".join(f"<br />\n<br />\n<b>{e(t)}</b>" for t in p.slot("end"))
    top = "".join(f"<b>{e(t)}</b><br />\n<br />\n" for t in p.slot("top"))
    img = ""
    if p.image:
        img = f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE{p.nid:x}/s1600/img.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="900" data-original-width="1600" height="360" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE{p.nid:x}/w640-h360/img.jpg" width="640" alt="{a(p.image[0])}" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">{e(p.image[1])}</td></tr></tbody></table>'
    return f"""<!DOCTYPE html>
<html class='v2' dir='{"rtl" if p.lang in RTL else "ltr"}' lang='{p.lang}' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://{p.host}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{a(p.url)}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{a(p.site_name)} - Atom" href="https://{p.host}/feeds/posts/default" />
<link rel="service.post" type="application/atom+xml" title="{a(p.site_name)} - Atom" href="https://www.blogger.com/feeds/{p.nid * 9173}/posts/default" />
<meta content='{a(p.url)}' property='og:url'/>
<meta content='{a(p.title)}' property='og:title'/>
<title>{e(p.site_name)}: {e(p.title)}</title>
<style id='page-skin-1' type='text/css'><!--
/* Name: Simple  Designer: Blogger  URL: www.blogger.com */
body {{font: normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #222222; background: #66bbdd none repeat scroll top left;}}
.post-body {{font-size: 110%; line-height: 1.4; position: relative;}}
--></style>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/2577492017-widget_css_bundle.css' />
</head>
<body class='loading variant-simplysimple'>
<div class='navbar no-items section' id='navbar' name='Navbar'></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header-inner'><div class='section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://{p.host}/'>{e(p.site_name)}</a></h1></div><div class='descriptionwrapper'><p class='description'><span>{e(p.extra.get("tagline", ""))}</span></p></div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs-inner'><div class='tabs section' id='crosscol' name='Cross-Column'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'><ul><li class='selected'><a href='https://{p.host}/'>{e(p.ui("home"))}</a></li><li><a href='https://{p.host}/p/contact.html'>{e(p.ui("contact"))}</a></li></ul></div></div></div></div></div>
<div class='main-outer'><div class='main-inner columns-2'><div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>{human_date(p)}</span></h2>
<div class="date-posts"><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='{p.nid * 9173}' itemprop='blogId'/>
<a name='{p.nid * 31}'></a>
<h3 class='post-title entry-title' itemprop='name'>{e(p.title)}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{p.nid * 31}' itemprop='description articleBody'>
{img}<div style="text-align: justify;">{top}{inner}{ends}</div>
<div style='clear: both;'></div>
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><span itemprop='name'>{e(author or p.site_name)}</span></span></span> <span class='post-timestamp'>at <a class='timestamp-link' href='{a(p.url)}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{p.date}+05:30'>{hhmm(p)}</abbr></a></span> <span class='post-comment-link'><a class='comment-link' href='{a(p.url)}#comment-form'>No comments:</a></span></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='https://{p.host}/search/label/{a(p.section)}' rel='tag'>{e(p.section)}</a></span></div>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID={p.nid * 9173}&amp;postID={p.nid * 31}&amp;target=email' target='_blank' title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID={p.nid * 9173}&amp;postID={p.nid * 31}&amp;target=blog' target='_blank' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a></div></div>
</div>
<div class='comments' id='comments'><a name='comments'></a><h4>No comments:</h4><div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'></dl></div><p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/{p.nid * 9173}/{p.nid * 31}' onclick=''>Post a Comment</a></p></div>
</div></div></div></div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='https://{p.host}/{p.date[:4]}/{p.date[5:7]}/newer.html' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://{p.host}/{p.date[:4]}/{p.date[5:7]}/older.html' id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a></span><a class='home-link' href='https://{p.host}/'>Home</a></div>
<div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' href='https://{p.host}/feeds/{p.nid * 31}/comments/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a></div></div>
</div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Popular Posts</h2><div class='widget-content popular-posts'><ul>{"".join(f"<li><div class='item-title'><a href='https://{p.host}/{p.date[:4]}/{p.date[5:7]}/p{p.nid - i}.html'>{e(h)}</a></div></li>" for i, h in enumerate(rel))}</ul></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>▼&nbsp;</span></a><a class='post-count-link' href='https://{p.host}/{p.date[:4]}/'>{p.date[:4]}</a> <span class='post-count' dir='ltr'>({p.nid % 40 + 3})</span></li></ul></div></div></div></div>
</div></aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='footer-inner'><div class='foot section' id='footer-3' name='Footer'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3566091532-widgets.js"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- Weebly blog / Jimdo site
def weebly(p: Page) -> str:
    rel = related(p)
    author = p.slot("byline")[0] if p.slot("byline") else p.author
    para = "<br /><br />".join(e(t) for t in p.paras)
    ends = "".join(f"<br /><br /><em>{e(t)}</em>" for t in p.slot("end"))
    img = ""
    if p.image:
        img = f'<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center"><a><img src="/uploads/{p.nid % 9}/{p.nid}/img_{p.nid % 97}_orig.jpg" alt="{a(p.image[0])}" style="width:auto;max-width:100%" /></a><div style="display:block;font-size:90%">{e(p.image[1])}</div></div></div>'
    if p.variant == "jimdo":
        return f"""<!DOCTYPE html>
<html lang="{p.lang}"{dir_attr(p)}>
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
<title>{e(p.title)} - {e(p.site_name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="canonical" href="{a(p.url)}"/>
<link rel="stylesheet" type="text/css" href="https://assets.jimstatic.com/web.css.6a0b1f.css"/>
<script>var jimdoData = {{"isTestserver":false,"isJimdoHelpCenter":false,"isProtectedPage":false,"cstok":"","cacheJsKey":"b2f7","webPath":"https:\\/\\/assets.jimstatic.com\\/","appPath":"https:\\/\\/assets.jimstatic.com\\/","cmsLanguage":"{p.lang}","isFreePackage":false,"mobile":false,"isDevkitTemplateUsed":true,"isTemplateResponsive":true,"websiteId":"s{p.nid:x}","pageId":{p.nid}}};</script>
</head>
<body class="body cc-page cc-page-blog cc-pagemode-default cc-content-parent" id="page-{p.nid}">
<div id="cc-inner" class="cc-content-parent"><div class="jtpl-main cc-content-parent">
<div class="jtpl-header"><div class="jtpl-logo"><a href="/"><span>{e(p.site_name)}</span></a></div>
<nav class="jtpl-navigation"><ul class="j-nav-level-0"><li class="jmd-nav__list-item-0"><a href="/">{e(p.ui("home"))}</a></li><li class="jmd-nav__list-item-0 cc-nav-current j-nav-current"><a href="/{p.section.lower()}/" class="cc-nav-current j-nav-current">{e(p.section)}</a></li></ul></nav></div>
<div class="jtpl-content content-options cc-content-parent"><div id="content_area" data-container="content"><div id="content_start"></div>
<div class="j-blog-meta j-blog-post--header"><h1 class="j-blog-header j-blog-headline j-blog-post--headline">{e(p.title)}</h1><div class="j-text j-blog-post--date"><span class="day">{day(p)[8:10]}</span> <span class="month">{day(p)[5:7]}</span> <span class="year">{day(p)[:4]}</span></div></div>
<div class="post j-blog-content">
<div id="cc-matrix-{p.nid}"><div class="j-module n j-imageSubtitle ">{img}</div>
<div class="j-module n j-text "><p>{para}{ends}</p></div></div>
</div>
<div class="j-module n j-hr "><hr/></div>
<div class="j-module n j-header "><h2 class="">{e(p.ui("related"))}</h2></div>
<div class="j-module n j-text "><ul>{"".join(f"<li>{e(h)}</li>" for h in rel[:3])}</ul></div>
</div></div>
<div class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="leftrow"><a rel="nofollow" href="/about/">Impressum</a> | <a href="/j/privacy">Privacy Policy</a> | <a rel="nofollow" id="cookie-policy" href="javascript:window.CookieControl.showCookieSettings();">Cookie Policy</a> | <a href="/sitemap/">Sitemap</a></div><div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="/login">Log in</a></span></div></div></div>
</div></div>
<div id="cc-website-footer-ad"><a href="https://www.jimdo.com" rel="nofollow">Create your website for free with Jimdo</a></div>
<script src="https://assets.jimstatic.com/web.js.c4f9ab.js"></script>
</body>
</html>
"""
    return f"""<!DOCTYPE html>
<html lang="{p.lang}"{dir_attr(p)}>
<head>
<title>{e(p.title)} - {e(p.site_name)}</title>
<meta property="og:site_name" content="{a(p.site_name)}" />
<meta property="og:title" content="{a(p.title)}" />
<meta property="og:url" content="{a(p.url)}" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0"/>
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1736200000" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1736600000" title="wsite-theme-css" />
<script>var STATIC_BASE = '//cdn1.editmysite.com/';var ASSETS_BASE = '//cdn2.editmysite.com/';var STYLE_PREFIX = 'wsite';</script>
<link rel="canonical" href="{a(p.url)}" />
</head>
<body class="no-header-page wsite-page-{p.section.lower()} wsite-theme-light">
<div class="wrapper"><div class="dusk-header"><div class="nav-wrap"><div class="container"><div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">{e(p.site_name)}</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default"><li id="pg{p.nid % 999}" class="wsite-menu-item-wrap"><a href="/" class="wsite-menu-item">{e(p.ui("home"))}</a></li><li id="active" class="wsite-menu-item-wrap"><a href="/{p.section.lower()}.html" class="wsite-menu-item">{e(p.section)}</a></li><li class="wsite-menu-item-wrap"><a href="/contact.html" class="wsite-menu-item">{e(p.ui("contact"))}</a></li></ul></div></div></div></div>
<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
<div id="blogTable" class="blogTable"><div class="blog-body"><div id="blog-post-{p.nid}" class="blog-post">
<div class="blog-header"><h2 class="blog-title"><a class="blog-title-link blog-link" href="{a(p.url)}">{e(p.title)}</a></h2><p class="blog-date"><span class="date-text">{day(p)[5:7]}/{day(p)[8:10]}/{day(p)[:4]}</span></p>{f'<p class="blog-author"><span class="author-text">{e(author)}</span></p>' if author else ""}</div>
<div class="blog-content">{img}<div class="paragraph" style="text-align:left;">{para}{ends}</div></div>
<div class="blog-social "><div class="blog-social-item blog-fb-like"></div></div>
<div class="blog-comments-bottom"><a class="blog-link" href="{a(p.url)}#comments">0 Comments</a></div>
</div></div>
<div class="blog-sidebar"><div class="column-blog"><h2 class="wsite-content-title">Archives</h2><ul class="blog-archive-list"><li><a href="/{p.section.lower()}/archives/{p.date[5:7]}-{p.date[:4]}">{human_date(p).split()[0]} {p.date[:4]}</a></li></ul><h2 class="wsite-content-title">{e(p.ui("related"))}</h2><ul>{"".join(f"<li>{e(h)}</li>" for h in rel[:3])}</ul><a href="/{p.section.lower()}/feed" target="_blank"><span>RSS Feed</span></a></div></div>
</div></div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class='wsite-elements wsite-footer'><div class="paragraph" style="text-align:center;">© {p.date[:4]} {e(p.site_name)}</div></div></div></div></div>
</div>
<div id="weebly-footer-signup-container-v3"><a href="https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer" target="_blank" rel="nofollow">Powered by Weebly</a></div>
<script type="text/javascript" src="//cdn2.editmysite.com/js/site/main.js?buildTime=1736200000"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- forums: phpBB, vBulletin, XenForo
def forum(p: Page) -> str:
    user = p.extra.get("user", "member")
    sig = p.extra.get("signature", "")
    replies = [
        (r.split("|", 1)[0], r.split("|", 1)[1])
        for r in p.extra.get("replies", "").split("\n")
        if "|" in r
    ]
    top = "".join(f"{e(t)}<br><br>" for t in p.slot("top"))
    text = "<br><br>".join(e(t) for t in p.paras)
    ends = "".join(f"<br><br>{e(t)}" for t in p.slot("end"))
    sig_lines = [*([sig] if sig else []), *p.slot("signature")]
    d = day(p)
    if p.variant == "vbulletin":
        posts = [
            f"""<li class="postbitlegacy postbitim postcontainer old" id="post_{p.nid}">
<div class="posthead"><span class="postdate old"><span class="date">{d[5:7]}-{d[8:10]}-{d[:4]},&nbsp;<span class="time">{hhmm(p)}</span></span></span><span class="nodecontrols"><a name="post{p.nid}" href="showthread.php?t={p.nid // 3}&amp;p={p.nid}#post{p.nid}" class="postcounter">#1</a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline popupctrl" href="member.php?u={p.nid % 5000}" title="{a(user)} is offline"><strong>{e(user)}</strong></a></div><span class="usertitle">Senior Member</span><dl class="userinfo_extra"><dt>Join Date</dt> <dd>Mar 2011</dd><dt>Posts</dt> <dd>{p.nid % 9000:,}</dd></dl></div>
<div class="postbody"><div class="postrow"><h2 class="title icon">{e(p.title)}</h2><div class="content"><div id="post_message_{p.nid}"><blockquote class="postcontent restore ">{top}{text}{ends}</blockquote></div></div></div>
{"".join(f'<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">{e(s)}</div></blockquote></div>' for s in sig_lines)}</div></div></li>"""
        ]
        for i, (who, msg) in enumerate(replies):
            posts.append(
                f"""<li class="postbitlegacy postbitim postcontainer old" id="post_{p.nid + i + 1}"><div class="posthead"><span class="postdate old"><span class="date">{d[5:7]}-{d[8:10]}-{d[:4]},&nbsp;<span class="time">{hhmm(p)}</span></span></span><span class="nodecontrols"><a class="postcounter">#{i + 2}</a></span></div><div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline popupctrl" href="member.php?u={p.nid % 5000 + i + 1}"><strong>{e(who)}</strong></a></div></div><div class="postbody"><div class="postrow"><div class="content"><div id="post_message_{p.nid + i + 1}"><blockquote class="postcontent restore ">{e(msg)}</blockquote></div></div></div></div></div></li>"""
            )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="{"rtl" if p.lang in RTL else "ltr"}" lang="{p.lang}" id="vbulletin_html">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="vBulletin 4.2.5" />
<title> {e(p.title)}</title>
<link rel="canonical" href="{a(p.url)}" />
<script type="text/javascript">var SECURITYTOKEN = "guest"; var vb_disable_ajax = parseInt("0", 10);</script>
<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style00001l/main-rollup.css?d=1736600000" />
</head>
<body>
<div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/vbulletin4_logo.png" alt="{a(p.site_name)}" /></a></div>
<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">Register</a></li><li><a rel="help" href="faq.php">Help</a></li></ul></div></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected"><a class="navtab" href="forum.php">Forum</a></li><li><a class="navtab" href="search.php">{e(p.ui("search"))}</a></li></ul></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="Home" /></a></li><li class="navbit"><a href="forum.php">{e(p.site_name)}</a></li><li class="navbit"><a href="forumdisplay.php?f={p.nid % 40}">{e(p.section)}</a></li><li class="navbit lastnavbit"><span> {e(p.title[:50])}</span></li></ul></div>
<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="{a(p.url)}" title="Reload this Page">{e(p.title)}</a></span></h1></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">
{"".join(posts)}
</ol></div>
<div id="thread_info" class="thread_info block"><h4 class="threadinfohead blockhead">Thread Information</h4><div class="thread_info_block blockbody formcontrols"><p>There are currently 1 users browsing this thread. <span class="shade">(0 members and 1 guests)</span></p></div></div>
</div>
<div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links"><li><a href="sendmessage.php" rel="nofollow" accesskey="9">{e(p.ui("contact"))}</a></li><li><a href="#top" onclick="document.location.hash='top'; return false;">Top</a></li></ul></div>
<div id="footer_copyright" class="shade footer_copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 4.2.5 <br />Copyright &copy; {p.date[:4]} vBulletin Solutions Inc. All rights reserved. </div>
<div id="footer_time" class="shade footer_time">All times are GMT. The time now is <span class="time">{hhmm(p)}</span>.</div>
</body>
</html>
"""
    if p.variant == "xenforo":
        posts = [
            f"""<article class="message message--post js-post js-inlineModContainer" data-author="{a(user)}" data-content="post-{p.nid}" id="js-post-{p.nid}">
<span class="u-anchorTarget" id="post-{p.nid}"></span>
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/{a(user.lower())}.{p.nid % 9000}/" class="username " dir="auto" data-user-id="{p.nid % 9000}">{e(user)}</a></h4><h5 class="userTitle message-userTitle" dir="auto">Well-known member</h5></div><div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>Jun 14, 2016</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>{p.nid % 7000:,}</dd></dl></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline "><li class="u-concealed"><a href="{a(p.url)}post-{p.nid}" rel="nofollow"><time class="u-dt" dir="auto" datetime="{p.date}+0000" data-time="1736650000">{human_date(p)}</time></a></li></ul><ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="{a(p.url)}post-{p.nid}" rel="nofollow">#1</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer "><article class="message-body js-selectToQuote"><div class="bbWrapper">{top}{text}{ends}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
{"".join(f'<aside class="message-signature"><div class="bbWrapper">{e(s)}</div></aside>' for s in sig_lines)}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="#" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message">Reply</a></div></div></footer></div></div></div></article>"""
        ]
        for i, (who, msg) in enumerate(replies):
            posts.append(
                f"""<article class="message message--post js-post" data-author="{a(who)}" data-content="post-{p.nid + i + 1}" id="js-post-{p.nid + i + 1}"><div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><h4 class="message-name"><a href="/members/{a(who.lower())}.{p.nid % 9000 + i + 1}/" class="username " dir="auto">{e(who)}</a></h4></section></div><div class="message-cell message-cell--main"><div class="message-content js-messageContent"><article class="message-body js-selectToQuote"><div class="bbWrapper">{e(msg)}</div></article></div></div></div></article>"""
            )
        return f"""<!DOCTYPE html>
<html id="XF" lang="{p.lang}" dir="{"RTL" if p.lang in RTL else "LTR"}" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-{p.nid % 60}" data-content-key="thread-{p.nid // 3}" data-logged-in="false" class="has-no-js template-thread_view">
<head>
<meta charset="utf-8" />
<title>{e(p.title)} | {e(p.site_name)}</title>
<link rel="manifest" href="/webmanifest.php">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="canonical" href="{a(p.url)}" />
<meta property="og:site_name" content="{a(p.site_name)}" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{a(p.title)}" />
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1736600000&amp;k=a1b2" />
<script>window.XF = window.XF || {{}}; XF.config = {{"cookie":{{"path":"\\/","domain":"","prefix":"xf_"}},"csrf":"1736650000,0d9a"}};</script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/default/xenforo/xenforo-logo.svg" alt="{a(p.site_name)}" width="100" height="36" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller"><ul class="p-nav-list js-offCanvasNavSource"><li><div class="p-navEl is-selected"><a href="/" class="p-navEl-link ">Forums</a></div></li><li><div class="p-navEl "><a href="/whats-new/" class="p-navEl-link ">What's new</a></div></li><li><div class="p-navEl "><a href="/members/" class="p-navEl-link ">Members</a></div></li></ul></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" rel="nofollow"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" rel="nofollow"><span class="p-navgroup-linkText">Register</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner">
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Forums</span></a></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/{p.nid % 60}/" itemprop="item"><span itemprop="name">{e(p.section)}</span></a></li></ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">{e(p.title)}</h1></div><div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i> <span class="u-srOnly">Thread starter</span> <a href="/members/{a(user.lower())}.{p.nid % 9000}/" class="username u-concealed" dir="auto">{e(user)}</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i> <a href="{a(p.url)}" class="u-concealed"><time class="u-dt" datetime="{p.date}+0000">{human_date(p)}</time></a></li></ul></div></div>
<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post"><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
{"".join(posts)}
</div></div></div>
<div class="blockMessage blockMessage--important blockMessage--iconic">You must log in or register to reply here.</div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList"><li><a href="/misc/contact" data-xf-click="overlay">{e(p.ui("contact"))}</a></li><li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li></ul></div></div><div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2027 XenForo Ltd.</span></a></div></div></footer>
</div>
</body>
</html>
"""
    # phpBB 3.3, prosilver
    posts = [
        f"""<div id="p{p.nid}" class="post has-profile bg2">
<div class="inner">
<dl class="postprofile" id="profile{p.nid}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u={p.nid % 3000}" class="username">{e(user)}</a></dt><dd class="profile-rank">Regular</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id={p.nid % 3000}&amp;sr=posts">{p.nid % 4000}</a></dd><dd class="profile-joined"><strong>Joined:</strong> Tue Feb 08, 2011 6:21 pm</dd></dl>
<div class="postbody"><div id="post_content{p.nid}">
<h3 class="first"><a href="./viewtopic.php?p={p.nid}#p{p.nid}">{e(p.title)}</a></h3>
<p class="author"><a class="unread" href="./viewtopic.php?p={p.nid}#p{p.nid}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u={p.nid % 3000}" class="username">{e(user)}</a></strong> &raquo; </span><time datetime="{p.date}+00:00">{human_date(p)} {hhmm(p)}</time></p>
<div class="content">{top}{text}{ends}</div>
{"".join(f'<div id="sig{p.nid}" class="signature">{e(s)}</div>' for s in sig_lines)}
</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div>
</div></div>
<hr class="divider" />"""
    ]
    for i, (who, msg) in enumerate(replies):
        posts.append(
            f"""<div id="p{p.nid + i + 1}" class="post has-profile {"bg1" if i % 2 == 0 else "bg2"}"><div class="inner"><dl class="postprofile" id="profile{p.nid + i + 1}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u={p.nid % 3000 + i + 1}" class="username">{e(who)}</a></dt></dl><div class="postbody"><div id="post_content{p.nid + i + 1}"><h3><a href="#p{p.nid + i + 1}">Re: {e(p.title[:60])}</a></h3><p class="author"><span class="responsive-hide">by <strong><a class="username">{e(who)}</a></strong> &raquo; </span>{human_date(p)}</p><div class="content">{e(msg)}</div></div></div></div></div><hr class="divider" />"""
        )
    return f"""<!DOCTYPE html>
<html dir="{"rtl" if p.lang in RTL else "ltr"}" lang="{p.lang}">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{e(p.title)} - {e(p.site_name)}</title>
<link rel="canonical" href="{a(p.url)}">
<link href="./assets/css/font-awesome.min.css?assets_version=54" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=54" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>{e(p.site_name)}</h1><p>{e(p.extra.get("tagline", ""))}</p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h"><i class="icon fa-home fa-fw"></i><span itemprop="name">Board index</span></a></span><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f={p.nid % 30}"><span itemprop="name">{e(p.section)}</span></a></span></li></ul></div></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t={p.nid // 3}">{e(p.title)}</a></h2>
<div class="action-bar bar-top"><div class="pagination">{1 + len(replies)} posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
{"".join(posts)}
<div class="action-bar bar-bottom"><div class="pagination">{1 + len(replies)} posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p></div></div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Telegram t.me/s/ preview
def telegram(p: Page) -> str:
    handle = p.extra["handle"]
    post = p.nid % 20000 + 1000
    fwd = ""
    if p.slot("top"):
        name = p.slot("top")[0].removeprefix("Forwarded from ").strip()
        fwd_handle = p.extra.get("fwd_handle", "")
        link = (
            f'<a class="tgme_widget_message_forwarded_from_name" href="https://t.me/{fwd_handle}"><span dir="auto">{e(name)}</span></a>'
            if fwd_handle
            else f'<span class="tgme_widget_message_forwarded_from_name"><span dir="auto">{e(name)}</span></span>'
        )
        fwd = f'<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from {link}</div>'
    text = "<br/><br/>".join(e(t) for t in p.paras)
    ends = "".join(f"<br/><br/>{e(t)}" for t in p.slot("end"))
    head = f"<b>{e(p.title)}</b><br/><br/>" if p.extra.get("bold_title", "1") == "1" else ""
    photo = ""
    if p.image:
        photo = f'<a class="tgme_widget_message_photo_wrap {p.nid:x} blured" href="https://t.me/{handle}/{post}" style="width:800px;background-image:url(\'https://cdn4.cdn-telegram.org/file/{p.nid:x}.jpg\')"><div class="tgme_widget_message_photo" style="padding-top:66.6%"></div></a>'
        text = (
            f"{e(p.image[1])}<br/><br/>" + text
            if p.extra.get("caption_first") == "1"
            else text + f"<br/><br/>{e(p.image[1])}"
        )
    older = "".join(
        f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{handle}/{post - 3 + i}" data-view="eyJjIjotMTAw"><div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{handle}"><span dir="auto">{e(p.site_name)}</span></a></div><div class="tgme_widget_message_text js-message_text" dir="auto">{e(h)}</div><div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_views">{(p.nid >> i) % 40 + 2}.{i}K</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{handle}/{post - 3 + i}"><time datetime="{day(p)}T0{i + 6}:1{i}:00+00:00" class="time">0{i + 6}:1{i}</time></a></span></div></div></div></div></div>'
        for i, h in enumerate(related(p, 3))
    )
    return f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{e(p.site_name)} – Telegram</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta name="format-detection" content="telephone=no" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="MobileOptimized" content="176" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="robots" content="index, follow" />
    <meta property="og:title" content="{a(p.site_name)}">
    <meta property="og:image" content="https://cdn4.cdn-telegram.org/file/{p.nid + 11:x}.jpg">
    <meta property="og:site_name" content="Telegram">
    <meta property="og:description" content="{a(p.extra.get("about", ""))}">
    <meta property="twitter:title" content="{a(p.site_name)}">
    <link rel="canonical" href="https://t.me/s/{handle}/{post}"/>
    <link href="//telegram.org/css/font-roboto.css?1" rel="stylesheet" type="text/css">
    <link href="//telegram.org/css/widget-frame.css?71" rel="stylesheet" media="screen">
    <link href="//telegram.org/css/telegram-web.css?40" rel="stylesheet" media="screen">
  </head>
  <body class="widget_frame_base tgme_webpreview emoji_image no_transitions">
    <header class="tgme_header search_collapsed">
      <div class="tgme_header_search"><form class="tgme_header_search_form" action="" method="get"><input class="tgme_header_search_form_input js-header_search" name="q" placeholder="{a(p.ui("search"))}" autocomplete="off" value=""></form></div>
      <div class="tgme_header_info"><a class="tgme_header_link" href="https://t.me/{handle}"><i class="tgme_page_photo_image bgcolor{p.nid % 7}" data-content="{e(p.site_name[:1])}"><img src="https://cdn4.cdn-telegram.org/file/{p.nid + 11:x}.jpg"></i><div class="tgme_header_title"><span dir="auto">{e(p.site_name)}</span></div><div class="tgme_header_counter">{p.nid % 90 + 5}.{p.nid % 9}K subscribers</div></a></div>
    </header>
    <main class="tgme_main">
      <section class="tgme_channel_history js-message_history">
        {older}
        <div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{handle}/{post}" data-view="eyJjIjotMTAwMTk5" >
  <div class="tgme_widget_message_user"><a href="https://t.me/{handle}"><i class="tgme_widget_message_user_photo bgcolor{p.nid % 7}" style="background-color:#FF5555" data-content="{e(p.site_name[:1])}"><img src="https://cdn4.cdn-telegram.org/file/{p.nid + 11:x}.jpg"></i></a></div>
  <div class="tgme_widget_message_bubble">
    <i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20"><g fill="none"><path class="background" fill="#ffffff" d="M8,1 L9,1 L9,20 L8,20 L8,18 C7.807,15.161 7.124,12.233 5.950,9.218 C5.046,6.893 3.504,4.733 1.325,2.738 L1.325,2.738 C0.917,2.365 0.89,1.732 1.263,1.325 C1.452,1.118 1.72,1 2,1 L8,1 Z"></path></g></svg></i>
    <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{handle}"><span dir="auto">{e(p.site_name)}</span></a></div>
    {fwd}
    {photo}
    <div class="tgme_widget_message_text js-message_text" dir="auto">{head}{text}{ends}</div>
    <div class="tgme_widget_message_reactions js-message_reactions"><span class="tgme_reaction"><i class="emoji" style="background-image:url('//telegram.org/img/emoji/40/F09F918D.png')"><b>👍</b></i>{p.nid % 300 + 12}</span><span class="tgme_reaction"><i class="emoji" style="background-image:url('//telegram.org/img/emoji/40/F09F98A2.png')"><b>😢</b></i>{p.nid % 90 + 3}</span></div>
    <div class="tgme_widget_message_footer compact js-message_footer">
      <div class="tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_views">{p.nid % 80 + 4}.{p.nid % 10}K</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{handle}/{post}"><time datetime="{p.date}+00:00" class="time">{hhmm(p)}</time></a></span></div>
    </div>
  </div>
</div></div>
      </section>
    </main>
    <div class="tgme_channel_join_telegram"><a class="tgme_action_button_new shine" href="https://t.me/{handle}">Join channel</a></div>
    <script src="//telegram.org/js/jquery.min.js?1"></script>
    <script src="//telegram.org/js/widget-frame.js?65"></script>
    <script src="//telegram.org/js/telegram-web.js?14"></script>
  </body>
</html>
"""


# --------------------------------------------------------------------------- Mailchimp campaign archive
def mailchimp(p: Page) -> str:
    text = "\n".join(
        f'<p style="margin:10px 0;padding:0;mso-line-height-rule:exactly;-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;color:#202020;font-family:Helvetica;font-size:16px;line-height:150%;text-align:left;">{e(t)}</p>'
        for t in p.paras
    )
    top = "".join(
        f'<p style="margin:10px 0;padding:0;color:#656565;font-size:13px;"><em>{e(t)}</em></p>'
        for t in p.slot("top")
    )
    ends = "".join(
        f'<p style="margin:10px 0;padding:0;color:#202020;font-family:Helvetica;font-size:16px;"><em>{e(t)}</em></p>'
        for t in p.slot("end")
    )
    button = "".join(
        f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock" style="min-width:100%;"><tbody class="mcnButtonBlockOuter"><tr><td style="padding-top:0; padding-right:18px; padding-bottom:18px; padding-left:18px;" valign="top" align="center" class="mcnButtonBlockInner"><table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse: separate !important;border-radius: 4px;background-color: #2BAADF;"><tbody><tr><td align="center" valign="middle" class="mcnButtonContent" style="font-family: Arial; font-size: 16px; padding: 15px;"><a class="mcnButton " title="{a(t)}" href="{a(p.extra.get("button_href", "#"))}" target="_blank" style="font-weight: bold;letter-spacing: normal;line-height: 100%;text-align: center;text-decoration: none;color: #FFFFFF;">{e(t)}</a></td></tr></tbody></table></td></tr></tbody></table>'
        for t in p.slot("button")
    )
    briefs = "".join(
        f'<li style="mso-line-height-rule:exactly;">{e(h)}</li>' for h in related(p, 3)
    )
    img = ""
    if p.image:
        img = f'<table align="left" width="100%" border="0" cellpadding="0" cellspacing="0" class="mcnCaptionBottomContent"><tbody><tr><td class="mcnCaptionBottomImageContent" align="center" valign="top" style="padding:0 9px 9px 9px;"><img alt="{a(p.image[0])}" src="https://mcusercontent.com/{p.nid:x}a1/images/{p.nid:x}.jpg" width="564" style="max-width:1200px;" class="mcnImage"></td></tr><tr><td class="mcnTextContent" valign="top" style="padding:0 9px 0 9px;color:#656565;font-size:12px;" width="564">{e(p.image[1])}</td></tr></tbody></table>'
    org = p.extra.get("org", p.site_name)
    return f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
    <head>
        <!-- NAME: 1 COLUMN -->
        <!--[if gte mso 15]>
        <xml>
            <o:OfficeDocumentSettings>
            <o:AllowPNG/>
            <o:PixelsPerInch>96</o:PixelsPerInch>
            </o:OfficeDocumentSettings>
        </xml>
        <![endif]-->
        <meta charset="UTF-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{e(p.extra.get("subject", p.title))}</title>
        <meta property="og:title" content="{a(p.extra.get("subject", p.title))}">
        <meta property="og:description" content="{a(p.paras[0][:140])}">
        <meta property="og:url" content="{a(p.url)}">
    <style type="text/css">
        p{{margin:10px 0;padding:0;}} table{{border-collapse:collapse;}} h1,h2,h3,h4,h5,h6{{display:block;margin:0;padding:0;}}
        img,a img{{border:0;height:auto;outline:none;text-decoration:none;}} body,#bodyTable,#bodyCell{{height:100%;margin:0;padding:0;width:100%;}}
        #awesomewrap{{background:#ffffff;}} #awesomebar{{border-bottom:1px solid #e5e5e5;}}
    </style>
    <script>var w=window; if (w.performance||w.mozPerformance||w.msPerformance||w.webkitPerformance) {{var d=document; var AKSB=AKSB||{{}}; AKSB.q=[];}}</script>
    </head>
    <body style="height: 100%;margin: 0;padding: 0;width: 100%;background-color: #FAFAFA;">
<div id="awesomewrap"><div id="awesomebar"><div id="awesomebar-inner"><a href="https://{p.host}/home/?u={p.nid:x}f0&amp;id={p.nid % 999:x}" class="mc-logo" title="Mailchimp"></a><ul id="awesomebar-links"><li><a href="http://eepurl.com/{p.nid:x}" title="Subscribe">Subscribe</a></li><li><a href="https://{p.host}/home/?u={p.nid:x}f0&amp;id={p.nid % 999:x}" title="View previous campaigns">Past Issues</a></li><li class="translate"><a href="#" title="Translate">Translate</a></li><li class="rss"><a href="https://{p.host}/feed?u={p.nid:x}f0&amp;id={p.nid % 999:x}" title="RSS">RSS</a></li></ul></div></div></div>
        <!--*|IF:MC_PREVIEW_TEXT|*-->
        <!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{e(p.extra.get("preview", ""))}</span><!--<![endif]-->
        <!--*|END:IF|*-->
        <center>
            <table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="border-collapse: collapse;height: 100%;margin: 0;padding: 0;width: 100%;background-color: #FAFAFA;">
                <tr>
                    <td align="center" valign="top" id="bodyCell" style="height: 100%;margin: 0;padding: 10px;width: 100%;border-top: 0;">
                        <table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="border-collapse: collapse;border: 0;max-width: 600px !important;">
                            <tr><td valign="top" id="templatePreheader" style="background-color: #FAFAFA;padding-top: 9px;padding-bottom: 9px;"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" style="padding: 0px 18px 9px;color: #656565;font-size: 12px;text-align: center;"><a href="{a(p.url)}" target="_blank">View this email in your browser</a></td></tr></tbody></table></td></tr></tbody></table></td></tr>
                            <tr><td valign="top" id="templateHeader" style="background-color: #FFFFFF;border-top: 0;border-bottom: 0;padding-top: 9px;padding-bottom: 0;"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;"><h1 style="display: block;margin: 0;padding: 0;color: #202020;font-family: Helvetica;font-size: 26px;font-weight: bold;text-align: left;">{e(p.site_name)}</h1><p style="color:#656565;font-size:13px;">{e(p.extra.get("issue", ""))}</p></td></tr></tbody></table></td></tr></tbody></table></td></tr>
                            <tr><td valign="top" id="templateBody" style="background-color: #FFFFFF;border-top: 0;border-bottom: 2px solid #EAEAEA;padding-top: 0;padding-bottom: 9px;">
                            {img}
                            <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;">
<h2 style="display:block;margin:0;padding:0;color:#202020;font-family:Helvetica;font-size:22px;font-weight:bold;">{e(p.title)}</h2>
{top}
{text}
{ends}
</td></tr></tbody></table></td></tr></tbody></table>
                            {button}
                            <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock" style="min-width:100%;"><tbody class="mcnDividerBlockOuter"><tr><td class="mcnDividerBlockInner" style="min-width: 100%;padding: 18px;"><table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width: 100%;border-top: 2px solid #EAEAEA;"><tbody><tr><td><span></span></td></tr></tbody></table></td></tr></tbody></table>
                            <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner"><table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" style="padding: 0px 18px 9px;"><h3>{e(p.extra.get("briefs_head", "In brief"))}</h3><ul>{briefs}</ul></td></tr></tbody></table></td></tr></tbody></table>
                            </td></tr>
                            <tr><td valign="top" id="templateFooter" style="background-color: #FAFAFA;border-top: 0;border-bottom: 0;padding-top: 9px;padding-bottom: 9px;"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;color: #656565;font-family: Helvetica;font-size: 12px;line-height: 150%;text-align: center;">
<em>Copyright © {p.date[:4]} {e(org)}, All rights reserved.</em><br>
{e(p.extra.get("why", "You are receiving this email because you opted in via our website."))}<br>
<br>
<strong>Our mailing address is:</strong><br>
<div class="vcard"><span class="org fn">{e(org)}</span><div class="adr"><div class="street-address">{e(p.extra.get("address", ""))}</div></div></div>
<br>
Want to change how you receive these emails?<br>
You can <a href="https://{p.host}/profile?u={p.nid:x}f0&amp;id={p.nid % 999:x}">update your preferences</a> or <a href="https://{p.host}/unsubscribe?u={p.nid:x}f0&amp;id={p.nid % 999:x}">unsubscribe from this list</a>.<br>
<br>
<a href="http://www.mailchimp.com/email-referral/?utm_source=freemium_newsletter&amp;utm_medium=email&amp;utm_campaign=referral_marketing" title="Mailchimp Email Marketing" target="_blank"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.png" border="0" alt="Email Marketing Powered by Mailchimp" title="Mailchimp Email Marketing" width="139" height="54"></a>
</td></tr></tbody></table></td></tr></tbody></table></td></tr>
                        </table>
                    </td>
                </tr>
            </table>
        </center>
    <script src="https://{p.host}/js/campaign-archive-bundle.min.js"></script>
    </body>
</html>
"""


# --------------------------------------------------------------------------- Vocal / Medium-style article
def longform(p: Page) -> str:
    author = p.slot("byline")[0] if p.slot("byline") else p.author
    paras = "\n".join(
        f'<p class="pw-post-body-paragraph" data-selectable-paragraph="">{e(t)}</p>'
        for t in p.paras
    )
    ends = "\n".join(
        f'<p class="pw-post-body-paragraph" data-selectable-paragraph=""><em>{e(t)}</em></p>'
        for t in p.slot("end")
    )
    top = "\n".join(
        f'<blockquote class="pw-post-body-paragraph"><p>{e(t)}</p></blockquote>'
        for t in p.slot("top")
    )
    img = ""
    if p.image:
        img = f'<figure class="paragraph-image"><div role="button" tabindex="0" class="ab cn cz"><picture><img alt="{a(p.image[0])}" class="bg lz ma c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.com/v2/resize:fit:1400/1*{p.nid:x}.jpeg"/></picture></div><figcaption class="mb fe mc pa pb md me be b bf z dt" data-selectable-paragraph="">{e(p.image[1])}</figcaption></figure>'
    if p.variant == "vocal":
        return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{e(p.title)} | {e(p.extra.get("community", "Journal"))}</title><meta name="description" content="{a(p.paras[0][:150])}"/><link rel="canonical" href="{a(p.url)}"/>{og(p)}<link rel="stylesheet" href="https://vocal.media/_next/static/css/{p.nid:x}.css" data-n-g=""/></head>
<body><div id="__next"><div class="css-1b2x0ps-Layout"><header class="css-n8bm3e-Header"><a class="css-1qqj8hp-Logo" aria-label="Vocal home" href="/"><svg viewBox="0 0 80 24" role="img"><path d="M0 0h80v24H0z"/></svg></a><nav class="css-1l4w6pd-Nav"><a href="/{a(p.extra.get("community", "journal").lower())}">{e(p.extra.get("community", "Journal"))}</a><a href="/resources">Resources</a><a href="/challenges">Challenges</a></nav><div class="css-19dd6e1-Actions"><a href="/login">Sign In</a><a class="css-tw94dg-Button" href="/signup">Join for free</a></div></header>
<main class="css-1bla3fi-Main"><article class="css-p2y3kd-Story"><div class="css-1i0cfn0-StoryHeader"><a class="css-xl0s1d-CommunityLink" href="/{a(p.extra.get("community", "journal").lower())}">{e(p.extra.get("community", "Journal"))}</a><h1 class="css-ilyh9r-Title">{e(p.title)}</h1><h2 class="css-1bu7cg3-Subtitle">{e(p.extra.get("subtitle", ""))}</h2>
<div class="css-1vfsdbw-AuthorRow"><a class="css-4a8pzb-AuthorName" href="/authors/{a(author.lower().replace(" ", "-"))}">By <span>{e(author)}</span></a><span class="css-x5o8as-Published">Published <time dateTime="{p.date}">{human_date(p).replace(", ", " ")}</time></span><span class="css-1r4msdk-ReadTime">{max(2, len(" ".join(p.paras)) // 1300)} min read</span></div></div>
{img}
<div class="css-axufdj-StoryContent">{top}{paras}{ends}</div>
<div class="css-1a7gfi8-StoryFooter"><div class="css-1l6ngl4-Tip"><h4>About the Creator</h4><p>{e(p.extra.get("bio", ""))}</p></div><div class="css-17ebmtu-Reactions"><button aria-label="Like">♥ {p.nid % 50}</button><button aria-label="Comment">Comment</button></div><div class="css-1czm7lt-Tip"><a href="/tip">Tip this creator</a></div></div></article>
<aside class="css-1g9bcp6-MoreStories"><h3>More stories from {e(author)} and writers in {e(p.extra.get("community", "Journal"))}</h3><ul>{"".join(f"<li>{e(h)}</li>" for h in related(p, 3))}</ul></aside></main>
<footer class="css-jdxb7o-Footer"><p>© {p.date[:4]} Creatd, Inc. All Rights Reserved.</p><a href="/privacy-policy">Privacy Policy</a> <a href="/terms">Terms of Use</a></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"story":{{"id":"{p.nid:x}","title":{json.dumps(p.title, ensure_ascii=False)},"slug":"{p.url.rsplit("/", 1)[-1]}"}}}}}},"page":"/[community]/[slug]","buildId":"vocal-{p.nid % 97}"}}</script></body></html>
"""
    # Medium publication on its own domain
    return f"""<!doctype html><html lang="{p.lang}"><head><title>{e(p.title)} | by {e(author)} | {e(p.site_name)}</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="og:title" content="{a(p.title)}"/><meta data-rh="true" property="og:url" content="{a(p.url)}"/><meta data-rh="true" property="article:published_time" content="{p.date}.000Z"/><meta data-rh="true" name="author" content="{a(author)}"/><meta data-rh="true" property="al:android:package" content="com.medium.reader"/><link data-rh="true" rel="canonical" href="{a(p.extra.get("canonical", p.url))}"/><link data-rh="true" rel="author" href="https://{p.host}/@{a(author.lower().replace(" ", ""))}"/>{jsonld(p, "NewsArticle", p.site_name, author)}</head>
<body><div id="root"><div class="a b c"><div class="l c"><div class="l c"><div class="ih ii ij ik il l"><div class="hp bh io ip l"><div class="ab ca ll lm"><a class="ao ap" href="https://{p.host}/?source=post_page-----{p.nid:x}---------------------------------------" rel="noopener follow"><span class="hv">{e(p.site_name)}</span></a></div></div></div>
<article><div class="l"><div class="l"><section><div><div class="gj gk gl gm gn"></div><div class="ab ca"><div class="ch bg ev ew ex ey"><div>
<h1 id="{p.nid:x}" class="pw-post-title hv hw hx be hy hz ia ib ic id ie if ig ih ii ij ik il im in io ip iq ir is it bj" data-testid="storyTitle" data-selectable-paragraph="">{e(p.title)}</h1>
<div class="iu iv iw ix iy"><div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="iz ja jb jc jd ab"><div><div class="ab je"><a href="https://{p.host}/@{a(author.lower().replace(" ", ""))}?source=post_page-----{p.nid:x}--------------------------------" rel="noopener follow"><div class="l jf jg bx jh ji"><img alt="{a(author)}" class="l ep bx dc dd cw" src="https://miro.medium.com/v2/resize:fill:88:88/1*{p.nid + 1:x}.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></div></a></div></div><div class="bm bg l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="jl ab q"><div class="ab q jm"><div class="ab q"><div><div class="bl" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar jp" data-testid="authorName" href="https://{p.host}/@{a(author.lower().replace(" ", ""))}" rel="noopener follow">{e(author)}</a></div></div></div></div></div></span></div></div><div class="l jr"><span class="be b bf z dt"><div class="ab cn js jt ju"><span data-testid="storyReadTime">{max(2, len(" ".join(p.paras)) // 1300)} min read</span><div class="jv jw l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z dt">·</span></span></div><span data-testid="storyPublishDate">{human_date(p).replace(", " + p.date[:4], "")}</span></div></span></div></div></div></div></div></div>
{img}
{top}
{paras}
{ends}
</div></div></div></div></section></div></div></article>
<div class="l jq"><div class="ab ca"><div class="ch bg ev ew ex ey"><div class="mk ab ka ml"><div class="ab q"><span class="pw-multi-vote-count l qz ra rb rc rd re rf"><div class="bl" aria-hidden="false"><p class="be b du z dt"><button class="af ag ah ai aj ak al am an ao ap aq ar as at">{p.nid % 300}</button></p></div></span></div></div><h2 class="be hy iy ja bj">More from {e(p.site_name)}</h2><ul>{"".join(f"<li>{e(h)}</li>" for h in related(p, 3))}</ul></div></div></div>
</div></div></div></div>
<script>window.__BUILD_ID__="main-20270108-173011-0bb3a1a"</script><script>window.__GRAPHQL_URI__ = "https://{p.host}/_/graphql"</script></body></html>
"""


# --------------------------------------------------------------------------- news reader app story page
def reader(p: Page) -> str:
    pub = p.extra.get("publisher_label", "")
    top = "".join(
        f'<div class="story-publisher"><img class="publisher-logo" src="https://{p.host}/logos/{p.nid % 500}.png" alt="" width="24" height="24"><span class="publisher-name">{e(t)}</span></div>'
        for t in p.slot("top")
    )
    labels = p.slot("button") or ([p.extra["button_text"]] if "button_text" in p.extra else [])
    button = "".join(
        f'<a class="read-original" href="{a(p.extra.get("button_href", "#"))}" rel="noopener" target="_blank"><span>{e(t)}</span> <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M3 1h8v8"/></svg></a>'
        for t in labels
    )
    author = p.slot("byline")[0] if p.slot("byline") else p.author
    by = f'<p class="story-byline">{e(author)}</p>' if author else ""
    img = ""
    if p.image:
        img = f'<figure class="story-hero"><img src="https://img.{p.host}/{p.nid:x}/1200x675.jpg" alt="{a(p.image[0])}" width="1200" height="675"><figcaption>{e(p.image[1])}</figcaption></figure>'
    paras = "\n".join(f'<p class="story-p">{e(t)}</p>' for t in p.paras)
    ends = "\n".join(f'<p class="story-p story-p--note"><em>{e(t)}</em></p>' for t in p.slot("end"))
    for_you = "".join(
        f'<li class="card"><a href="https://{p.host}/story/{p.nid + i:x}"><span class="card-title">{e(h)}</span></a></li>'
        for i, h in enumerate(related(p, 3))
    )
    return f"""<!DOCTYPE html>
<html lang="{p.lang}"{dir_attr(p)}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{e(p.title)}{(" — " + e(pub)) if pub else ""} | {e(p.site_name)}</title>
<meta name="apple-itunes-app" content="app-id={p.nid * 13}">
<meta name="google-play-app" content="app-id=app.{p.host.split(".")[0]}.reader">
{og(p)}
<link rel="canonical" href="{a(p.url)}">
<link rel="stylesheet" href="https://static.{p.host}/web/story.{p.nid:x}.css">
</head>
<body class="story-page theme-auto">
<div class="app-banner" role="banner"><span>{e(p.site_name)} — {e(p.extra.get("app_pitch", "Open in the app"))}</span> <a class="app-banner-cta" href="https://{p.host}/get">Open</a></div>
<nav class="topbar"><a class="topbar-logo" href="https://{p.host}/">{e(p.site_name)}</a><a href="https://{p.host}/for-you">For You</a><a href="https://{p.host}/topics">Topics</a><a href="https://{p.host}/login" class="topbar-login">Sign in</a></nav>
<main class="story" data-story-id="{p.nid:x}">
<header class="story-header">{top}<h1 class="story-title">{e(p.title)}</h1>{by}<time class="story-time" datetime="{p.date}Z">{human_date(p)}</time></header>
{img}
<section class="story-body">
{paras}
{ends}
</section>
<footer class="story-footer">{button}<div class="story-actions"><button class="action-like" aria-label="Like">♡ {p.nid % 200}</button><button class="action-save" aria-label="Save">Save</button><button class="action-share" aria-label="Share">{e(p.ui("share"))}</button></div>
<p class="story-disclaimer">{e(p.extra.get("disclaimer", ""))}</p></footer>
</main>
<aside class="more-stories"><h2>More for you</h2><ul class="cards">{for_you}</ul></aside>
<footer class="site-footer"><a href="https://{p.host}/about">About</a> · <a href="https://{p.host}/publishers">For publishers</a> · <a href="https://{p.host}/privacy">Privacy</a><p>© {p.date[:4]} {e(p.extra.get("company", p.site_name))}</p></footer>
<script>window.__STORY__={json.dumps({"id": f"{p.nid:x}", "publisher": pub, "lang": p.lang}, ensure_ascii=False)};</script>
<script src="https://static.{p.host}/web/story.{p.nid:x}.js" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- Reddit-/Lemmy-style link post
def linkpost(p: Page) -> str:
    user = p.extra.get("user", "user")
    comm = p.extra.get("community", "news")
    dom = "".join(
        f'<span class="domain">(<a href="/domain/{a(t)}/">{e(t)}</a>)</span>' for t in p.slot("top")
    )
    text = "\n".join(f"<p>{e(t)}</p>" for t in p.paras)
    ends = "\n".join(f"<p>{e(t)}</p>" for t in p.slot("end"))
    replies = [
        (r.split("|", 1)[0], r.split("|", 1)[1])
        for r in p.extra.get("replies", "").split("\n")
        if "|" in r
    ]
    link = p.extra.get("link", "")
    if p.variant == "lemmy":
        comments = "".join(
            f'<li class="comment"><article class="comment-node py-2"><div class="d-flex flex-wrap align-items-center text-muted small"><a class="person-listing" href="/u/{a(w)}" title="{a(w)}"><span>{e(w)}</span></a><span class="mx-2">•</span><span class="moment-time">{(i + 1) * 3}h</span></div><div class="md-div">{e(m)}</div></article></li>'
            for i, (w, m) in enumerate(replies)
        )
        title_link = (
            f'<a class="text-body" href="{a(link)}" rel="noopener nofollow">{e(p.title)}</a>'
            if link
            else e(p.title)
        )
        url_row = "".join(
            f'<p class="small m-0"><a class="fst-italic link-dark link-opacity-75 link-opacity-100-hover" href="{a(link)}" title="{a(link)}" rel="noopener nofollow">{e(t)}</a></p>'
            for t in p.slot("top")
        )
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p.title)} - {e(p.site_name)}</title>
<link rel="manifest" href="/manifest.webmanifest">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:url" content="{a(p.url)}">
<meta property="og:site_name" content="{a(p.site_name)}">
<link rel="stylesheet" href="/static/{p.nid:x}/styles/styles.css">
</head>
<body class="app-body">
<div id="root"><div class="lemmy-site">
<nav class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg"><a title="{a(p.site_name)}" class="d-flex align-items-center navbar-brand me-md-3" href="/">{e(p.site_name)}</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/communities">Communities</a></li><li class="nav-item"><a class="nav-link" href="/create_post">Create Post</a></li></ul><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/login">Login</a></li></ul></nav>
<main class="mt-4 p-0 fl-1"><div class="post container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3">
<div class="post-listing mt-2"><div class="d-none d-sm-block"><div class="row"><div class="col flex-grow-0"><div class="vote-bar small text-center"><button class="btn-animate btn btn-link p-0" aria-label="Upvote">▲</button><div class="unselectable pointer text-muted post-score">{p.nid % 400 + 20}</div></div></div>
<div class="col flex-grow-1"><div class="d-flex"><h1 class="h5 d-inline text-break">{title_link}</h1></div>{url_row}
<div class="small mb-1 mb-md-0"><a class="person-listing d-inline-flex align-items-baseline text-info" href="/u/{a(user)}" title="{a(user)}"><span>{e(user)}</span></a> to <a class="community-link" href="/c/{a(comm)}" title="{a(comm)}"><span>{e(comm)}</span></a> • <span class="moment-time pointer unselectable">{hhmm(p)}</span></div></div></div></div>
<div class="md-div post-body">{text}
{ends}</div></div>
<div class="comments"><ul class="comments">{comments}</ul></div>
</main><aside class="sidebar col-12 col-md-4 col-lg-3"><div class="card border-secondary mb-3"><div class="card-body"><h5 class="mb-0">{e(comm)}</h5><p>{e(p.extra.get("about", ""))}</p></div></div></aside></div></div></main>
<div class="app-footer container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/modlog">Modlog</a></li><li class="nav-item"><a class="nav-link" href="/instances">Instances</a></li><li class="nav-item"><a class="nav-link" href="/docs">Docs</a></li><li class="nav-item"><a class="nav-link" href="https://github.com/LemmyNet">Code</a></li><li class="nav-item"><a class="nav-link" href="https://join-lemmy.org">join-lemmy.org</a></li></ul></div></div>
</div></div>
<script>window.isoData = {{"path":"/post/{p.nid}","site_res":{{"site_view":{{"site":{{"name":{json.dumps(p.site_name)}}}}}}}}};</script>
</body>
</html>
"""
    comments = "".join(
        f'<div class="thing comment" id="thing_t1_{p.nid + i:x}"><div class="entry unvoted"><p class="tagline"><a href="/user/{a(w)}" class="author may-blank">{e(w)}</a> <span class="score unvoted">{(p.nid >> i) % 60 + 1} points</span> <time class="live-timestamp">{i + 2} hours ago</time></p><form class="usertext"><div class="usertext-body may-blank-within md-container "><div class="md"><p>{e(m)}</p></div></div></form><ul class="flat-list buttons"><li class="first"><a class="bylink" rel="nofollow">permalink</a></li><li><a href="javascript:void(0)">reply</a></li></ul></div></div>'
        for i, (w, m) in enumerate(replies)
    )
    return f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<title>{e(p.title)} : {e(comm)}</title>
<meta name="keywords" content=" {a(comm)} ">
<meta name="description" content="{a(p.paras[0][:150])}">
<meta name="referrer" content="always">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<link rel="canonical" href="{a(p.url)}">
<meta property="og:title" content="{a(p.title)}">
<link rel="stylesheet" type="text/css" href="//static.{p.host}/board.{p.nid:x}.css" media="all">
</head>
<body class="listing-page comments-page">
<div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a><div id="sr-header-area"><div class="width-clip"><div class="sr-list"><ul class="flat-list sr-bar hover"><li><a href="/b/popular/" class="choice">popular</a></li><li><span class="separator">-</span><a href="/b/all/" class="choice">all</a></li></ul></div></div></div>
<div id="header-bottom-left"><a href="/" id="header-img" class="default-header">{e(p.site_name)}</a>&nbsp;<span class="hover pagename redditname"><a href="/b/{a(comm)}/">{e(comm)}</a></span><ul class="tabmenu "><li class="selected"><a href="{a(p.url)}" class="choice">comments</a></li></ul></div>
<div id="header-bottom-right"><span class="user">Want to join? <a href="/login" class="login-required">Log in or sign up</a> in seconds.</span></div></div>
<div class="side"><div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="/b/{a(comm)}/" class="hover">{e(comm)}</a></h1><div class="usertext-body may-blank-within md-container "><div class="md"><p>{e(p.extra.get("about", ""))}</p></div></div></div></div></div>
<a name="content"></a>
<div class="content" role="main"><div class="sitetable linklisting" id="siteTable_t3_{p.nid:x}">
<div class="thing id-t3_{p.nid:x} odd link self" data-domain="{a(p.slot("top")[0] if p.slot("top") else "self." + comm)}" data-author="{a(user)}" data-subreddit="{a(comm)}">
<div class="midcol unvoted"><div class="arrow up login-required access-required" role="button" aria-label="upvote" tabindex="0"></div><div class="score unvoted" title="{p.nid % 900 + 12}">{p.nid % 900 + 12}</div><div class="arrow down login-required access-required" role="button" aria-label="downvote" tabindex="0"></div></div>
<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " href="{a(link or p.url)}" tabindex="1" rel="nofollow ugc">{e(p.title)}</a> {dom}</p><p class="tagline ">submitted <time title="{human_date(p)}" datetime="{p.date}+00:00" class="live-timestamp">5 hours ago</time> by <a href="/user/{a(user)}" class="author may-blank">{e(user)}</a><span class="userattrs"></span> to <a href="/b/{a(comm)}/" class="subreddit hover may-blank">b/{e(comm)}</a></p></div>
<div class="expando"><form class="usertext warn-on-unload"><div class="usertext-body may-blank-within md-container "><div class="md">{text}
{ends}</div></div></form></div>
<ul class="flat-list buttons"><li class="first"><a href="{a(p.url)}" class="bylink comments may-blank" rel="nofollow">{len(replies)} comments</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li class="link-save-button save-button login-required"><a href="#">save</a></li></ul></div><div class="child"></div><div class="clearleft"></div></div>
</div>
<div class="commentarea"><div class="panestack-title"><span class="title">all {len(replies)} comments</span></div><div class="sitetable nestedlisting">{comments}</div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="hover"><li class="flat-vert title">about</li><li><a href="/about/" class="choice">about</a></li><li><a href="/help/contentpolicy/" class="choice">content policy</a></li></ul></div></div><p class="bottommenu">Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © {p.date[:4]} {e(p.site_name)}. All rights reserved.</p></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- AMP cache copy
def ampcache(p: Page) -> str:
    author = p.slot("byline")[0] if p.slot("byline") else p.author
    paras = "\n".join(f"<p>{e(t)}</p>" for t in p.paras)
    ends = "\n".join(f"<p><em>{e(t)}</em></p>" for t in p.slot("end"))
    src = "".join(f'<div class="article-source">{labelled(s)}</div>' for s in p.slot("field"))
    img = ""
    if p.image:
        img = f'<figure class="lead"><amp-img src="https://{p.extra["origin"]}/images/{p.nid}.jpg" width="1200" height="675" layout="responsive" alt="{a(p.image[0])}"></amp-img><figcaption>{e(p.image[1])}</figcaption></figure>'
    origin = p.extra["origin"]
    return f"""<!doctype html>
<html ⚡ lang="{p.lang}"{dir_attr(p)} i-amphtml-layout="" i-amphtml-no-boilerplate="" transformed="bing;v=1">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<link rel="preconnect" href="https://{p.host}">
<style amp-runtime="" i-amphtml-version="012412041925000">html{{overflow-x:hidden!important}}html.i-amphtml-fie{{height:100%!important;width:100%!important}}</style>
<script async src="https://{p.host}/v0.js"></script>
<script async custom-element="amp-analytics" src="https://{p.host}/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://{p.host}/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://{p.host}/v0/amp-sidebar-0.1.js"></script>
<title>{e(p.title)} | {e(p.site_name)}</title>
<link rel="canonical" href="https://{origin}/{p.section.lower()}/{p.nid}-{p.extra.get("slug", "story")}">
{jsonld(p, "NewsArticle", p.site_name, author or None)}
<style amp-custom>body{{font-family:Georgia,serif;color:#222}}.header{{background:#0b3d5c;color:#fff;padding:10px}}.article-source{{font-size:13px;color:#555;border-top:1px solid #ddd;padding-top:8px}}</style>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left" class="i-amphtml-layout-nodisplay" hidden="hidden"><ul><li><a href="https://{origin}/">{e(p.ui("home"))}</a></li><li><a href="https://{origin}/{p.section.lower()}/">{e(p.section)}</a></li></ul></amp-sidebar>
<header class="header"><button on="tap:sidebar.toggle" class="menu" aria-label="Menu">☰</button><a href="https://{origin}/" class="logo">{e(p.site_name)}</a></header>
<main><article>
<p class="kicker">{e(p.section)}</p>
<h1>{e(p.title)}</h1>
<p class="byline">{(e(p.ui("by")) + " " + e(author) + " · ") if author else ""}<time datetime="{p.date}">{human_date(p)}</time></p>
{img}
{paras}
{ends}
{src}
<amp-social-share type="facebook" width="40" height="40" data-param-app_id="{p.nid * 3}" class="i-amphtml-layout-fixed"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40" class="i-amphtml-layout-fixed"></amp-social-share>
</article>
<section class="related"><h2>{e(p.ui("related"))}</h2><ul>{"".join(f'<li><a href="https://{origin}/{p.section.lower()}/{p.nid - i - 1}">{e(h)}</a></li>' for i, h in enumerate(related(p, 3)))}</ul></section></main>
<footer><p>© {p.date[:4]} {e(p.site_name)}</p><a href="https://{origin}/{p.section.lower()}/{p.nid}-{p.extra.get("slug", "story")}">View non-AMP version</a></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-{p.nid:X}","config":{{"G-{p.nid:X}":{{"groups":"default"}}}}}}}}</script></amp-analytics>
</body>
</html>
"""


# --------------------------------------------------------------------------- Beehiiv / Buttondown posts
def newsletter(p: Page) -> str:
    author = p.slot("byline")[0] if p.slot("byline") else p.author
    top = "".join(f'<p style="font-style:italic;">{e(t)}</p>' for t in p.slot("top"))
    paras = "\n".join(f"<p>{e(t)}</p>" for t in p.paras)
    ends = "\n".join(f'<p class="closing"><i>{e(t)}</i></p>' for t in p.slot("end"))
    img = ""
    if p.image:
        img = f'<div class="image"><img alt="{a(p.image[0])}" class="image__image" src="https://media.{p.host.split(".", 1)[-1]}/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/asset/file/{p.nid:x}.jpg"/><div class="image__source"><span class="image__source_text"><p>{e(p.image[1])}</p></span></div></div>'
    if p.variant == "buttondown":
        return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p.title)} • {e(p.site_name)}</title>
<meta name="description" content="{a(p.paras[0][:150])}">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{a(p.url)}">
<link rel="alternate" type="application/rss+xml" title="{a(p.site_name)}" href="https://{p.host}/rss">
<link rel="stylesheet" href="https://assets.buttondown.email/archive.{p.nid:x}.css">
</head>
<body class="archive archive-email">
<main class="container">
<header class="newsletter-header"><a href="https://{p.host}/" class="newsletter-name">{e(p.site_name)}</a><p class="newsletter-description">{e(p.extra.get("tagline", ""))}</p>
<form action="https://buttondown.com/api/emails/embed-subscribe/{a(p.extra.get("handle", "news"))}" method="post" class="embeddable-buttondown-form"><label for="bd-email">Enter your email</label><input type="email" name="email" id="bd-email" /><input type="submit" value="{a(p.ui("subscribe"))}" /></form></header>
<article class="email">
<div class="email-header"><h1 class="subject">{e(p.title)}</h1><div class="email-metadata"><time datetime="{p.date}">{human_date(p)}</time></div></div>
<div class="email-body-content">
{top}
{img}
{paras}
{ends}
{(f"<p>— {e(author)}</p>") if author else ""}
</div>
</article>
<nav class="archive-navigation"><a href="https://{p.host}/archive/">← All issues</a></nav>
</main>
<footer class="powered-by"><a href="https://buttondown.com/refer/{a(p.extra.get("handle", "news"))}">Powered by Buttondown, the easiest way to start and grow your newsletter.</a></footer>
</body>
</html>
"""
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{e(p.title)}</title>
<meta name="description" content="{a(p.paras[0][:150])}"/>
<meta property="og:title" content="{a(p.title)}"/>
<meta property="og:site_name" content="{a(p.site_name)}"/>
<meta property="og:url" content="{a(p.url)}"/>
<meta name="twitter:card" content="summary_large_image"/>
<link rel="canonical" href="{a(p.url)}"/>
<link rel="stylesheet" href="https://static.beehiiv.com/build/_assets/tailwind-{p.nid:x}.css"/>
</head>
<body>
<div class="min-h-screen"><div id="web-header" class="sticky top-0 z-10 w-full"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3"><a class="flex items-center space-x-2" href="/"><span class="font-bold">{e(p.site_name)}</span></a><nav class="flex items-center space-x-4"><a href="/archive">Posts</a><a class="rounded bg-black px-3 py-2 text-white" href="/subscribe">{e(p.ui("subscribe"))}</a><a href="/login">Login</a></nav></div></div>
<main class="mx-auto max-w-2xl px-4">
<div class="space-y-2 py-6"><h1 class="text-3xl font-bold">{e(p.title)}</h1><h2 class="text-lg text-gray-600">{e(p.extra.get("subtitle", ""))}</h2>
<div class="flex items-center space-x-2 text-sm text-gray-500"><span>{e(author)}</span><span>·</span><time datetime="{p.date}">{human_date(p)}</time></div></div>
<div class="rendered-post"><div id="content-blocks" class="dream-post-content-doc">
{top}
{img}
{paras}
{ends}
</div></div>
<div class="my-8 rounded border p-4"><h3 class="font-semibold">{e(p.extra.get("cta", "Enjoyed this? Subscribe for free."))}</h3><form action="/create" method="post"><input type="email" name="email" placeholder="Enter your email"/><button type="submit">{e(p.ui("subscribe"))}</button></form></div>
<div class="flex space-x-3 text-sm"><span>Reply</span><span>·</span><span>{e(p.ui("share"))}</span></div>
</main>
<footer class="mx-auto max-w-6xl px-4 py-8 text-sm text-gray-500"><p>© {p.date[:4]} {e(p.site_name)}.</p><p><a href="https://www.beehiiv.com/?utm_source={a(p.host)}&amp;utm_medium=footer" rel="noopener">Powered by beehiiv</a> · <a href="https://www.beehiiv.com/tou">Terms of Service</a></p></footer>
</div>
<script>window.__remixContext = {{"state":{{"loaderData":{{"routes/p/$slug":{{"post":{{"id":"{p.nid:x}-beeh","web_title":{json.dumps(p.title, ensure_ascii=False)}}}}}}}}}}};</script>
</body>
</html>
"""


TEMPLATES = {
    "joomla": joomla,
    "typo3": typo3,
    "bitrix": bitrix,
    "dle": dle,
    "wptt": wptt,
    "blogger": blogger,
    "weebly": weebly,
    "forum": forum,
    "telegram": telegram,
    "mailchimp": mailchimp,
    "longform": longform,
    "reader": reader,
    "linkpost": linkpost,
    "ampcache": ampcache,
    "newsletter": newsletter,
}


def render(p: Page) -> str:
    return TEMPLATES[p.template](p)

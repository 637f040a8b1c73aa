# ruff: noqa: E501, RUF001
"""Page templates of the thirty-third blind set: vertical and trade sites and the syndication
partners that feed them. New, not derived from any earlier set's templates (none was read).

Each template is written from the markup such sites emit, with the noise their pages carry:
- ``mktwire``: a market-news portal (Benzinga/MarketScreener-like): ticker tape, a provider row
  with logo above the headline, symbol chips, in-body "Related" tickers, the provider's copyright
  line under the text, the quote-delay disclaimer and data-vendor line in the footer;
- ``quotepage``: a quote-site article view (Yahoo Finance/Morningstar-like): ``caas``-style body,
  the provider logo with its alt text and name over the byline, a "Source:" badge, the related
  tickers strip, the Dow Jones trailer block, "Recommended stories", "View comments";
- ``gamecast``: a sports site's game page (ESPN/Yahoo Sports-like): the scoreboard header with
  line score, Gamecast / Recap / Box Score tabs, the recap, the agency credit at the foot, the
  team leaders table, "More women's college basketball";
- ``leaguehub``: a league's or conference's own site: hero image, staff byline, the sponsor strip
  ("Presented by"), share rail, "Related stories" cards;
- ``trades``: an entertainment site carrying trade-press stories (Variety/THR/Deadline credits):
  eyebrow, dek, gallery credit "Courtesy of …", "Must read" rail, "Popular on …";
- ``healthwire``: a health and science site: "Medically reviewed" stamp, the HealthDay-style
  byline and copyright, the "More information" box, the republishing note box, the disclaimer;
- ``agtrade``: an agriculture / energy trade site: the futures widget, a "Source:" badge under
  the headline, tag list, newsletter sign-up, events rail;
- ``roadtrip``: a travel or motoring site: hero photo with credit, the "Fact file"/"At a glance"
  box, the partner box, "This article originally appeared on …";
- ``prrepost``: a tech blog reposting a press release: the "Press Release" label, the wire's
  dateline, the media-contact block, "SOURCE …" and "View original content …" lines;
- ``appview``: a news app's web view (SmartNews/Opera News/UC News-like): "Open in app" bar,
  provider row (logo, name, "· 2h"), reactions, "Read the full story on …", "More from …";
- ``ampportal``: an AMP article of a regional portal (``<html ⚡>``, ``amp-img``, ``amp-ad``,
  ``amp-social-share``), in the portal's language, right to left where it reads so;
- ``bizportal``: a business / regional portal page in its language: breadcrumb, info bar with
  the author and time (and the "Fuente:/Fonte:/Sumber:" slot), "Lee también"-style inline links,
  tags, related box; right to left where the language reads so.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from html import escape

RTL = {"ar", "ur"}

UI: dict[str, dict[str, str]] = {
    "en": dict(
        home="Home",
        related="Related",
        share="Share",
        published="Published",
        updated="Updated",
        cookie="We use cookies to personalise content and ads and to analyse our traffic.",
        accept="Accept all",
        manage="Manage preferences",
        newsletter="Get the morning briefing in your inbox",
        subscribe="Sign up",
        most_read="Most read",
        comments="Comments",
        tags="Topics",
        read_also="Read more:",
        advert="Advertisement",
        privacy="Privacy policy",
        terms="Terms of use",
        about="About us",
        contact="Contact",
        open_app="Open in app",
        read_full="Read the full story on",
        more_from="More from",
        by="By",
        markets="Markets",
        news="News",
        editor="Editor",
    ),
    "es": dict(
        home="Inicio",
        related="Noticias relacionadas",
        share="Compartir",
        published="Publicado",
        updated="Actualizado",
        cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
        accept="Aceptar",
        manage="Configurar",
        newsletter="Recibí el resumen diario en tu correo",
        subscribe="Suscribirme",
        most_read="Lo más leído",
        comments="Comentarios",
        tags="Temas",
        read_also="Lee también:",
        advert="Publicidad",
        privacy="Política de privacidad",
        terms="Aviso legal",
        about="Quiénes somos",
        contact="Contacto",
        open_app="Abrir en la app",
        read_full="Leer la nota completa en",
        more_from="Más de",
        by="Por",
        markets="Mercados",
        news="Noticias",
        editor="Editor",
    ),
    "pt": dict(
        home="Início",
        related="Leia também",
        share="Compartilhar",
        published="Publicado em",
        updated="Atualizado em",
        cookie="Usamos cookies para melhorar sua experiência. Ao continuar, você concorda com a nossa política.",
        accept="Aceitar",
        manage="Configurar",
        newsletter="Receba as notícias do agro no seu e-mail",
        subscribe="Assinar",
        most_read="Mais lidas",
        comments="Comentários",
        tags="Tags",
        read_also="Veja também:",
        advert="Publicidade",
        privacy="Política de privacidade",
        terms="Termos de uso",
        about="Quem somos",
        contact="Fale conosco",
        open_app="Abrir no app",
        read_full="Leia a matéria completa em",
        more_from="Mais de",
        by="Por",
        markets="Mercados",
        news="Notícias",
        editor="Editor",
    ),
    "ar": dict(
        home="الرئيسية",
        related="أخبار ذات صلة",
        share="شارك",
        published="نشر في",
        updated="آخر تحديث",
        cookie="يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
        accept="موافق",
        manage="الإعدادات",
        newsletter="اشترك في النشرة البريدية",
        subscribe="اشترك",
        most_read="الأكثر قراءة",
        comments="التعليقات",
        tags="الوسوم",
        read_also="اقرأ أيضا:",
        advert="إعلان",
        privacy="سياسة الخصوصية",
        terms="شروط الاستخدام",
        about="من نحن",
        contact="اتصل بنا",
        open_app="افتح في التطبيق",
        read_full="اقرأ الخبر كاملا على",
        more_from="المزيد من",
        by="بقلم",
        markets="الأسواق",
        news="أخبار",
        editor="المحرر",
    ),
    "ur": dict(
        home="صفحہ اول",
        related="متعلقہ خبریں",
        share="شیئر کریں",
        published="شائع",
        updated="اپ ڈیٹ",
        cookie="یہ ویب سائٹ آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتی ہے۔",
        accept="قبول ہے",
        manage="ترتیبات",
        newsletter="روزانہ خبرنامہ حاصل کریں",
        subscribe="سبسکرائب",
        most_read="سب سے زیادہ پڑھی گئی",
        comments="تبصرے",
        tags="ٹیگز",
        read_also="یہ بھی پڑھیں:",
        advert="اشتہار",
        privacy="پرائیویسی پالیسی",
        terms="شرائط و ضوابط",
        about="ہمارے بارے میں",
        contact="رابطہ",
        open_app="ایپ میں کھولیں",
        read_full="پوری خبر پڑھیں:",
        more_from="مزید از",
        by="تحریر",
        markets="مارکیٹ",
        news="خبریں",
        editor="ایڈیٹر",
    ),
    "hi": dict(
        home="होम",
        related="संबंधित खबरें",
        share="शेयर करें",
        published="प्रकाशित",
        updated="अपडेटेड",
        cookie="हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
        accept="स्वीकार करें",
        manage="सेटिंग्स",
        newsletter="मंडी भाव सीधे अपने फोन पर पाएं",
        subscribe="सब्सक्राइब करें",
        most_read="सबसे ज्यादा पढ़ी गईं",
        comments="टिप्पणियां",
        tags="टैग",
        read_also="ये भी पढ़ें:",
        advert="विज्ञापन",
        privacy="प्राइवेसी पॉलिसी",
        terms="नियम और शर्तें",
        about="हमारे बारे में",
        contact="संपर्क करें",
        open_app="ऐप में खोलें",
        read_full="पूरी खबर पढ़ें:",
        more_from="और खबरें",
        by="लेखक",
        markets="बाजार",
        news="खबरें",
        editor="संपादक",
    ),
    "bn": dict(
        home="প্রচ্ছদ",
        related="আরও পড়ুন",
        share="শেয়ার করুন",
        published="প্রকাশিত",
        updated="আপডেট",
        cookie="আমরা আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করি।",
        accept="সম্মতি দিন",
        manage="সেটিংস",
        newsletter="প্রতিদিনের খবর পেতে সাবস্ক্রাইব করুন",
        subscribe="সাবস্ক্রাইব",
        most_read="সর্বাধিক পঠিত",
        comments="মন্তব্য",
        tags="ট্যাগ",
        read_also="আরও পড়ুন:",
        advert="বিজ্ঞাপন",
        privacy="গোপনীয়তা নীতি",
        terms="ব্যবহারের শর্তাবলি",
        about="আমাদের সম্পর্কে",
        contact="যোগাযোগ",
        open_app="অ্যাপে খুলুন",
        read_full="পুরো খবর পড়ুন:",
        more_from="আরও খবর",
        by="লেখক",
        markets="বাজার",
        news="খবর",
        editor="সম্পাদক",
    ),
    "id": dict(
        home="Beranda",
        related="Berita Terkait",
        share="Bagikan",
        published="Diterbitkan",
        updated="Diperbarui",
        cookie="Kami menggunakan cookie untuk meningkatkan pengalaman Anda.",
        accept="Setuju",
        manage="Atur",
        newsletter="Dapatkan harga komoditas harian di email Anda",
        subscribe="Langganan",
        most_read="Terpopuler",
        comments="Komentar",
        tags="Tag",
        read_also="Baca juga:",
        advert="Iklan",
        privacy="Kebijakan Privasi",
        terms="Pedoman Media Siber",
        about="Tentang Kami",
        contact="Kontak",
        open_app="Buka di aplikasi",
        read_full="Baca selengkapnya di",
        more_from="Lainnya dari",
        by="Oleh",
        markets="Pasar",
        news="Berita",
        editor="Editor",
    ),
    "tr": dict(
        home="Anasayfa",
        related="İlgili Haberler",
        share="Paylaş",
        published="Yayınlanma",
        updated="Güncelleme",
        cookie="Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.",
        accept="Kabul et",
        manage="Ayarlar",
        newsletter="Günlük piyasa bültenine abone olun",
        subscribe="Abone ol",
        most_read="Çok Okunanlar",
        comments="Yorumlar",
        tags="Etiketler",
        read_also="İlginizi çekebilir:",
        advert="Reklam",
        privacy="Gizlilik Politikası",
        terms="Kullanım Koşulları",
        about="Künye",
        contact="İletişim",
        open_app="Uygulamada aç",
        read_full="Haberin devamı için",
        more_from="Daha fazla",
        by="Yazan",
        markets="Piyasalar",
        news="Haberler",
        editor="Editör",
    ),
    "vi": dict(
        home="Trang chủ",
        related="Tin liên quan",
        share="Chia sẻ",
        published="Đăng lúc",
        updated="Cập nhật",
        cookie="Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.",
        accept="Đồng ý",
        manage="Tùy chỉnh",
        newsletter="Đăng ký nhận bản tin năng lượng",
        subscribe="Đăng ký",
        most_read="Đọc nhiều",
        comments="Bình luận",
        tags="Từ khóa",
        read_also="Xem thêm:",
        advert="Quảng cáo",
        privacy="Chính sách bảo mật",
        terms="Điều khoản",
        about="Giới thiệu",
        contact="Liên hệ",
        open_app="Mở trong ứng dụng",
        read_full="Đọc bài gốc tại",
        more_from="Thêm từ",
        by="Bài",
        markets="Thị trường",
        news="Tin tức",
        editor="Biên tập",
    ),
    "th": dict(
        home="หน้าแรก",
        related="ข่าวที่เกี่ยวข้อง",
        share="แชร์",
        published="เผยแพร่",
        updated="อัปเดต",
        cookie="เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ",
        accept="ยอมรับ",
        manage="ตั้งค่า",
        newsletter="รับข่าวเกษตรทุกเช้า",
        subscribe="สมัคร",
        most_read="ยอดนิยม",
        comments="ความคิดเห็น",
        tags="แท็ก",
        read_also="อ่านเพิ่มเติม:",
        advert="โฆษณา",
        privacy="นโยบายความเป็นส่วนตัว",
        terms="ข้อกำหนด",
        about="เกี่ยวกับเรา",
        contact="ติดต่อเรา",
        open_app="เปิดในแอป",
        read_full="อ่านต่อที่",
        more_from="เพิ่มเติมจาก",
        by="โดย",
        markets="ตลาด",
        news="ข่าว",
        editor="บรรณาธิการ",
    ),
    "tl": dict(
        home="Home",
        related="Kaugnay na balita",
        share="Ibahagi",
        published="Inilathala",
        updated="Na-update",
        cookie="Gumagamit kami ng cookies para mapabuti ang iyong karanasan.",
        accept="Tanggapin",
        manage="Ayusin",
        newsletter="Mag-subscribe sa aming newsletter",
        subscribe="Mag-subscribe",
        most_read="Pinakabinasa",
        comments="Mga komento",
        tags="Mga tag",
        read_also="Basahin din:",
        advert="Advertisement",
        privacy="Privacy Policy",
        terms="Terms",
        about="Tungkol sa amin",
        contact="Makipag-ugnayan",
        open_app="Buksan sa app",
        read_full="Basahin ang buong balita sa",
        more_from="Iba pa mula sa",
        by="Ni",
        markets="Merkado",
        news="Balita",
        editor="Editor",
    ),
    "ms": dict(
        home="Utama",
        related="Berita Berkaitan",
        share="Kongsi",
        published="Diterbitkan",
        updated="Dikemas kini",
        cookie="Laman ini menggunakan kuki untuk meningkatkan pengalaman anda.",
        accept="Terima",
        manage="Tetapan",
        newsletter="Langgan buletin harian kami",
        subscribe="Langgan",
        most_read="Paling Dibaca",
        comments="Komen",
        tags="Tag",
        read_also="Baca juga:",
        advert="Iklan",
        privacy="Dasar Privasi",
        terms="Terma",
        about="Tentang Kami",
        contact="Hubungi Kami",
        open_app="Buka dalam aplikasi",
        read_full="Baca penuh di",
        more_from="Lagi dari",
        by="Oleh",
        markets="Pasaran",
        news="Berita",
        editor="Editor",
    ),
}


@dataclass
class Page:
    tpl: str
    lang: str
    site_name: str
    host: str
    url: str
    title: str
    iso: str  # 2027-03-18T09:14:00-05:00
    shown: str  # the date as the site shows it
    section: str
    paras: list[str]
    byline: str = ""
    top: str = ""  # provider row / provider header
    top_time: str = ""
    logo_alt: str = ""
    badge: str = ""
    end: list[str] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)
    box: str = ""
    caption: str = ""
    related: list[str] = field(default_factory=list)
    variant: int = 0


def _n(s: str, mod: int) -> int:
    """A stable number for asset paths (``hash`` is salted per process)."""
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:8], 16) % mod


def _e(s: str) -> str:
    return escape(s, quote=False)


def _a(s: str) -> str:
    return escape(s, quote=True)


def _head(p: Page, extra: str = "", amp: bool = False) -> str:
    d = ' dir="rtl"' if p.lang in RTL else ""
    html = f'<html ⚡ lang="{p.lang}"{d}>' if amp else f'<html lang="{p.lang}"{d}>'
    amp_bits = (
        '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
        '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>\n'
        '<script async custom-element="amp-social-share" '
        'src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>\n'
        "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>\n"
        if amp
        else ""
    )
    canon = p.url.replace("/amp/", "/") if amp else p.url
    return (
        f'<!DOCTYPE html>\n{html}\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f"<title>{_e(p.title)} | {_e(p.site_name)}</title>\n"
        f'<link rel="canonical" href="{_a(canon)}">\n'
        f'<meta property="og:title" content="{_a(p.title)}">\n'
        f'<meta property="og:site_name" content="{_a(p.site_name)}">\n'
        f'<meta property="article:published_time" content="{p.iso}">\n'
        f"{amp_bits}{extra}</head>\n"
    )


def _ld(p: Page, kind: str = "NewsArticle") -> str:
    author = p.byline.removeprefix("By ").strip() or p.site_name
    return (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"'
        + kind
        + '",'
        f'"headline":"{_a(p.title)}","datePublished":"{p.iso}",'
        f'"author":{{"@type":"Person","name":"{_a(author)}"}},'
        f'"publisher":{{"@type":"Organization","name":"{_a(p.site_name)}"}}}}</script>\n'
    )


def _cookie(p: Page, cls: str = "cmp-banner") -> str:
    u = UI[p.lang]
    return (
        f'<div class="{cls}" role="dialog" aria-label="cookies"><p>{_e(u["cookie"])}</p>'
        f'<button type="button">{_e(u["accept"])}</button> <button type="button">{_e(u["manage"])}</button></div>\n'
    )


def _paras(paras: list[str], cls: str = "", inject: dict[int, str] | None = None) -> str:
    c = f' class="{cls}"' if cls else ""
    out = []
    for i, para in enumerate(paras):
        out.append(f"<p{c}>{_e(para)}</p>")
        if inject and i in inject:
            out.append(inject[i])
    return "\n".join(out) + "\n"


def _end(p: Page, cls: str, tag: str = "p") -> str:
    lines = [f'<{tag} class="{cls}">{_e(x)}</{tag}>' for x in p.end]
    lines += [f'<{tag} class="{cls}-meta">{_e(x)}</{tag}>' for x in p.tail]
    return "\n".join(lines) + ("\n" if lines else "")


def _figure(p: Page, cls: str = "wp-caption", img: str = "photo.jpg") -> str:
    if not p.caption:
        return ""
    return (
        f'<figure class="{cls}"><img src="https://{p.host}/media/2027/03/{img}" alt="" loading="lazy" width="1200" height="675">'
        f"<figcaption>{_e(p.caption)}</figcaption></figure>\n"
    )


def _related(p: Page, cls: str, heading: str) -> str:
    items = "".join(
        f'<li><a href="https://{p.host}/news/{i + 3071}">{_e(t)}</a></li>'
        for i, t in enumerate(p.related)
    )
    return f'<section class="{cls}"><h3>{_e(heading)}</h3><ul>{items}</ul></section>\n'


# --- finance ---------------------------------------------------------------------------------

TICKERS = [
    ("DJIA", "42,118.31", "+0.42%"),
    ("S&P 500", "5,902.77", "+0.35%"),
    ("Nasdaq", "18,644.09", "+0.51%"),
    ("Russell 2000", "2,231.56", "+0.88%"),
    ("10-Yr", "4.112%", "-0.021"),
    ("Crude", "71.84", "-0.63%"),
]


def mktwire(p: Page) -> str:
    u = UI[p.lang]
    tape = "".join(
        f'<li class="tape__item"><span class="tape__sym">{_e(s)}</span> <span class="tape__px">{px}</span> '
        f'<span class="tape__chg {"up" if ch.startswith("+") else "down"}">{ch}</span></li>'
        for s, px, ch in TICKERS
    )
    provider = ""
    if p.top:
        provider = (
            '<div class="article-provider">'
            f'<img class="article-provider__logo" src="https://{p.host}/static/providers/{_n(p.top, 97)}.svg" '
            f'alt="{_a(p.logo_alt or p.top)}" width="24" height="24">'
            f'<span class="article-provider__name">{_e(p.top)}</span> · '
            f'<time class="article-provider__time" datetime="{p.iso}">{_e(p.top_time)}</time></div>\n'
        )
    chips = (
        '<div class="symbol-chips"><a class="chip" href="/quote/PRLN">PRLN <span class="up">+6.40%</span></a>'
        '<a class="chip" href="/quote/KRE">KRE <span class="up">+1.12%</span></a></div>\n'
        if p.lang == "en"
        else ""
    )
    badge = f'<span class="source-label">{_e(p.badge)}</span>\n' if p.badge else ""
    byline = (
        f'<div class="article-byline"><span class="author">{_e(p.byline)}</span></div>\n'
        if p.byline
        else ""
    )
    mid = len(p.paras) // 2
    ad = f'<div class="in-article-ad" data-slot="mid"><span class="ad-label">{_e(u["advert"])}</span></div>'
    body = _paras(p.paras, "article-text", {mid: ad} if len(p.paras) > 3 else None)
    foot_vendor = {
        "en": "Quotes delayed at least 15 minutes. Market data and fundamentals provided by Tickwell Data Services.",
        "es": "Cotizaciones con un retraso mínimo de 15 minutos. Datos de mercado provistos por Tickwell Data Services.",
        "pt": "Cotações com atraso de 15 minutos. Dados de mercado fornecidos por Tickwell Data Services.",
        "tr": "Veriler en az 15 dakika gecikmelidir. Piyasa verileri Tickwell Data Services tarafından sağlanmaktadır.",
        "id": "Data harga tertunda minimal 15 menit. Data pasar disediakan oleh Tickwell Data Services.",
        "ar": "الأسعار متأخرة 15 دقيقة على الأقل. بيانات السوق مقدمة من Tickwell Data Services.",
    }[p.lang]
    return (
        _head(p)
        + '<body class="page-article layout--markets">\n'
        + _cookie(p, "consent-bar")
        + f'<header class="site-header"><a class="logo" href="https://{p.host}/">{_e(p.site_name)}</a>'
        + f'<nav><a href="/">{_e(u["home"])}</a> <a href="/markets">{_e(u["markets"])}</a> <a href="/news">{_e(u["news"])}</a></nav></header>\n'
        + f'<ul class="tape" aria-label="market tape">{tape}</ul>\n'
        + '<main class="article-layout"><article class="article">\n'
        + provider
        + f'<h1 class="article-title">{_e(p.title)}</h1>\n'
        + badge
        + byline
        + f'<div class="article-date">{_e(p.shown)}</div>\n'
        + chips
        + '<div class="article-content">\n'
        + _figure(p, "article-chart", "chart.png")
        + body
        + _end(p, "article-copyright")
        + "</div>\n"
        + f'<div class="article-share">{_e(u["share"])}: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>\n'
        + "</article>\n"
        + f'<aside class="rail">{_related(p, "rail-news", u["most_read"])}</aside></main>\n'
        + f'<footer class="site-footer"><p class="disclaimer">{_e(foot_vendor)}</p>'
        + f'<p>© 2027 {_e(p.site_name)} · <a href="/privacy">{_e(u["privacy"])}</a> · <a href="/terms">{_e(u["terms"])}</a></p></footer>\n'
        + "</body>\n</html>\n"
    )


def quotepage(p: Page) -> str:
    provider = ""
    if p.top or p.logo_alt:
        provider = (
            '<div class="caas-attr-meta"><div class="caas-logo">'
            f'<img src="https://s.{p.host}/providers/logo-{_n(p.logo_alt or p.top, 89)}.png" alt="{_a(p.logo_alt or p.top)}" '
            'height="20"></div>'
            + (f'<span class="caas-attr-provider">{_e(p.top)}</span>' if p.top else "")
            + "</div>\n"
        )
    badge = f'<div class="source-badge"><span>{_e(p.badge)}</span></div>\n' if p.badge else ""
    tickers = (
        '<div class="caas-xray-wrapper"><span class="xray-label">Related tickers</span>'
        '<a href="/quote/PRLN/">PRLN <fin-streamer data-field="change-pct">+6.40%</fin-streamer></a>'
        '<a href="/quote/USB/">USB <fin-streamer data-field="change-pct">+0.31%</fin-streamer></a></div>\n'
    )
    recos = "".join(
        f'<li class="stream-item"><h3><a href="/news/{i + 51}">{_e(t)}</a></h3></li>'
        for i, t in enumerate(p.related)
    )
    return (
        _head(p)
        + '<body id="atomic" class="finance-article">\n'
        + f'<div id="ybar"><a class="logo" href="https://{p.host}/">{_e(p.site_name)}</a>'
        + '<form class="search"><input placeholder="Search for news, symbols or companies"></form>'
        + '<a class="signin" href="/login">Sign in</a></div>\n'
        + '<nav class="subnav"><a href="/">Finance</a> <a href="/watchlists">My Portfolio</a> '
        + '<a href="/topic/news">News</a> <a href="/markets">Markets</a> <a href="/research">Research</a></nav>\n'
        + '<div id="module-article" class="caas-container"><header class="caas-header">\n'
        + provider
        + f'<h1 data-test-locator="headline">{_e(p.title)}</h1></header>\n'
        + badge
        + '<div class="caas-attr">'
        + (f'<div class="caas-attr-item-author">{_e(p.byline)}</div>' if p.byline else "")
        + f'<div class="caas-attr-time-style"><time datetime="{p.iso}">{_e(p.shown)}</time> · 4 min read</div></div>\n'
        + tickers
        + '<div class="caas-body">\n'
        + _figure(p, "caas-figure", "chart.png")
        + _paras(p.paras)
        + _end(p, "caas-trailer")
        + "</div>\n"
        + '<button class="caas-comment-button">View comments</button>\n'
        + "</div>\n"
        + f'<div id="recommended"><h2>Recommended Stories</h2><ul>{recos}</ul></div>\n'
        + '<footer id="footer"><p>Data Disclaimer · Help · Suggestions · Privacy Dashboard</p>'
        + f"<p>© 2027 {_e(p.site_name)}. All rights reserved.</p></footer>\n"
        + "</body>\n</html>\n"
    )


# --- sports ----------------------------------------------------------------------------------


def gamecast(p: Page) -> str:
    score = (
        '<section class="Gamestrip"><div class="Gamestrip__Team Gamestrip__Team--away">'
        '<span class="ScoreCell__TeamName">Palouse Christian</span><span class="ScoreCell__Record">22-10</span>'
        '<div class="Gamestrip__Score">71</div></div>'
        '<div class="Gamestrip__Overview"><span class="ScoreCell__Time">Final</span>'
        '<table class="Table Table--linescore"><thead><tr><th></th><th>1</th><th>2</th><th>3</th><th>4</th><th>T</th></tr></thead>'
        "<tbody><tr><td>PCU</td><td>20</td><td>21</td><td>15</td><td>15</td><td>71</td></tr>"
        "<tr><td>CSU</td><td>16</td><td>17</td><td>23</td><td>22</td><td>78</td></tr></tbody></table></div>"
        '<div class="Gamestrip__Team Gamestrip__Team--home"><span class="ScoreCell__TeamName">Cascade State</span>'
        '<span class="ScoreCell__Record">26-6</span><div class="Gamestrip__Score">78</div></div></section>\n'
    )
    tabs = (
        '<nav class="Nav__Secondary"><a href="#">Gamecast</a> <a class="active" href="#">Recap</a> '
        '<a href="#">Box Score</a> <a href="#">Play-by-Play</a> <a href="#">Team Stats</a></nav>\n'
    )
    leaders = (
        '<aside class="GameLeaders"><h3>Game Leaders</h3><table><tr><th>Points</th><td>I. Okafor 26</td><td>K. Brandvold 22</td></tr>'
        "<tr><th>Rebounds</th><td>S. Reyes-Tuilagi 11</td><td>J. Amundsen 8</td></tr>"
        "<tr><th>Assists</th><td>I. Okafor 5</td><td>L. Manning 4</td></tr></table></aside>\n"
    )
    byline = f'<div class="Byline"><span class="Byline__Author">{_e(p.byline)}</span><span class="Byline__Meta">{_e(p.shown)}</span></div>\n'
    return (
        _head(p, _ld(p))
        + '<body class="sport-ncaaw page-recap">\n'
        + f'<header class="global-nav"><a class="logo" href="https://{p.host}/">{_e(p.site_name)}</a>'
        + '<nav><a href="/nfl/">NFL</a> <a href="/nba/">NBA</a> <a href="/mens-college-basketball/">NCAAM</a> '
        + '<a href="/womens-college-basketball/">NCAAW</a> <a href="/mlb/">MLB</a> <a href="/nhl/">NHL</a></nav></header>\n'
        + score
        + tabs
        + '<main class="PageLayout"><article class="Story">\n'
        + f'<h1 class="Story__Headline">{_e(p.title)}</h1>\n'
        + (
            byline
            if p.byline
            else f'<div class="Byline"><span class="Byline__Meta">{_e(p.shown)}</span></div>\n'
        )
        + _figure(p, "Story__Figure", "recap.jpg")
        + '<div class="Story__Body">\n'
        + _paras(p.paras)
        + _end(p, "Story__Credit")
        + "</div></article>\n"
        + leaders
        + "</main>\n"
        + _related(p, "MoreHeadlines", "More women's college basketball")
        + '<footer class="Footer"><p>Terms of Use · Privacy Policy · Your US State Privacy Rights · Interest-Based Ads</p>'
        + f"<p>Copyright © 2027 {_e(p.site_name)}. All rights reserved.</p></footer>\n"
        + "</body>\n</html>\n"
    )


def leaguehub(p: Page) -> str:
    sponsors = (
        '<div class="sponsor-strip"><span>Presented by</span> <img src="/img/sponsors/coastal-credit.svg" alt="Coastal Credit Union">'
        ' <img src="/img/sponsors/evergreen-motors.svg" alt="Evergreen Motors"></div>\n'
    )
    return (
        _head(p, _ld(p, "Article"))
        + '<body class="sidearm-page story-page">\n'
        + f'<div class="top-bar"><a href="https://{p.host}/">{_e(p.site_name)}</a> <a href="/tickets">Tickets</a> '
        + '<a href="/shop">Shop</a> <a href="/watch">Watch Live</a></div>\n'
        + '<nav class="main-menu"><a href="/sports/womens-basketball">Women\'s Basketball</a> <a href="/schedule">Schedule</a> '
        + '<a href="/roster">Roster</a> <a href="/stats">Stats</a> <a href="/news">News</a></nav>\n'
        + '<main id="main-content"><article class="story">\n'
        + f'<div class="story__hero"><img src="https://{p.host}/images/2027/3/18/hero.jpg" alt="{_a(p.title)}"></div>\n'
        + f'<h1 class="story__title">{_e(p.title)}</h1>\n'
        + f'<div class="story__meta"><span class="story__byline">{_e(p.byline)}</span> <time datetime="{p.iso}">{_e(p.shown)}</time></div>\n'
        + sponsors
        + '<ul class="share-rail"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Email</a></li></ul>\n'
        + _figure(p, "story__figure", "action.jpg")
        + '<div class="story__content">\n'
        + _paras(p.paras)
        + _end(p, "story__footer-note")
        + "</div></article>\n"
        + _related(p, "related-stories", "Related Stories")
        + "</main>\n"
        + f'<footer class="site-footer"><p>© 2027 {_e(p.site_name)}</p><p>Privacy Policy · Accessibility · Non-Discrimination</p></footer>\n'
        + "</body>\n</html>\n"
    )


# --- entertainment, health, trade ------------------------------------------------------------


def trades(p: Page) -> str:
    box = f'<aside class="partner-note"><p>{_e(p.box)}</p></aside>\n' if p.box else ""
    provider = (
        f'<div class="syndication-row"><span class="via">{_e(p.top)}</span></div>\n'
        if p.top
        else ""
    )
    return (
        _head(p, _ld(p))
        + '<body class="single single-post pmc-core">\n'
        + _cookie(p, "ot-sdk-banner")
        + f'<header class="header"><a class="header__logo" href="https://{p.host}/">{_e(p.site_name)}</a>'
        + '<nav><a href="/c/film/">Film</a> <a href="/c/tv/">TV</a> <a href="/c/music/">Music</a> '
        + '<a href="/c/awards/">Awards</a> <a href="/c/business/">Business</a></nav></header>\n'
        + '<main><article class="article">\n'
        + f'<span class="article__eyebrow">{_e(p.section)}</span>\n'
        + provider
        + f'<h1 class="article__title">{_e(p.title)}</h1>\n'
        + (f'<div class="article__byline">{_e(p.byline)}</div>\n' if p.byline else "")
        + f'<time class="article__date" datetime="{p.iso}">{_e(p.shown)}</time>\n'
        + _figure(p, "article__gallery-lead", "still.jpg")
        + '<div class="article__body">\n'
        + _paras(
            p.paras,
            "",
            {
                1: '<div class="must-read"><span>Must Read</span><a href="/t/tiff/">Festival lineup: the Canadian features to watch</a></div>'
            },
        )
        + _end(p, "article__origin")
        + "</div>\n"
        + box
        + '<div class="tags"><a href="/t/kamloops/">Kamloops</a> <a href="/t/canadian-film/">Canadian Film</a> <a href="/t/production/">Production</a></div>\n'
        + "</article></main>\n"
        + _related(p, "popular-on", f"Popular on {p.site_name}")
        + f"<footer><p>© 2027 {_e(p.site_name)} Media. Powered by WordPress.com VIP</p><p>Our Sites · Advertise · Privacy Policy · Your Privacy Choices</p></footer>\n"
        + "</body>\n</html>\n"
    )


def healthwire(p: Page) -> str:
    box = f'<div class="republish-note"><p>{_e(p.box)}</p></div>\n' if p.box else ""
    info = (
        '<div class="more-info"><h3>More information</h3><p>Kidney Health Australia has more on '
        '<a href="https://kidney.org.au/">living with kidney failure</a>.</p></div>\n'
    )
    return (
        _head(p, _ld(p, "MedicalWebPage"))
        + '<body class="article-template health">\n'
        + _cookie(p)
        + f'<header class="masthead"><a href="https://{p.host}/">{_e(p.site_name)}</a>'
        + '<nav><a href="/conditions/">Conditions</a> <a href="/wellness/">Wellness</a> <a href="/news/">Health News</a> '
        + '<a href="/find-a-doctor/">Find a Doctor</a></nav></header>\n'
        + '<main class="content"><article>\n'
        + f'<nav class="crumbs"><a href="/">Home</a> › <a href="/news/">Health News</a> › {_e(p.section)}</nav>\n'
        + f"<h1>{_e(p.title)}</h1>\n"
        + (f'<p class="byline">{_e(p.byline)}</p>\n' if p.byline else "")
        + f'<p class="dateline-meta"><time datetime="{p.iso}">{_e(p.shown)}</time></p>\n'
        + '<div class="reviewed-badge">Medically reviewed by our editorial board</div>\n'
        + _figure(p, "article-image", "clinic.jpg")
        + '<div class="article-body">\n'
        + _paras(p.paras)
        + info
        + _end(p, "copyright-line")
        + "</div>\n"
        + box
        + "</article></main>\n"
        + _related(p, "related-health", "Related Health News")
        + '<footer><p class="disclaimer">The information on this site is for general purposes only and is not a '
        + "substitute for professional medical advice.</p>"
        + f"<p>© 2027 {_e(p.site_name)}</p></footer>\n"
        + "</body>\n</html>\n"
    )


FUTURES = {
    "en": [
        ("Corn (May)", "452'6", "+3'2"),
        ("Soybeans (May)", "1,012'0", "-4'4"),
        ("Live Cattle (Apr)", "198.35", "+0.80"),
        ("WTI Crude", "71.84", "-0.45"),
        ("Nat Gas", "3.219", "+0.042"),
    ],
    "es": [
        ("Soja Rosario", "US$ 298", "+2"),
        ("Maíz Rosario", "US$ 181", "-1"),
        ("Trigo", "US$ 207", "0"),
        ("Dólar BNA", "$ 1.182", "+4"),
    ],
    "pt": [
        ("Soja Paranaguá", "R$ 138,40", "+0,6%"),
        ("Milho B3", "R$ 71,15", "-0,3%"),
        ("Boi gordo", "R$ 312,80", "+0,2%"),
        ("Dólar", "R$ 5,41", "-0,1%"),
    ],
    "ar": [("برنت", "74.12", "+0.3%"), ("الذهب", "2,918", "-0.2%"), ("تاسي", "11,842", "+0.5%")],
    "hi": [
        ("सोयाबीन (इंदौर)", "₹4,410", "-20"),
        ("चना", "₹5,620", "+35"),
        ("गेहूं", "₹2,480", "+10"),
        ("सरसों", "₹5,890", "-15"),
    ],
    "id": [
        ("Karet SGX", "US$ 1,72/kg", "+0,8%"),
        ("CPO KLCE", "RM 4.210", "-0,4%"),
        ("Kopi Robusta", "US$ 4.820", "+1,1%"),
    ],
    "tr": [
        ("BIST 100", "10.482", "+0,9%"),
        ("Dolar", "38,42", "+0,1%"),
        ("Altın (gr)", "3.542", "-0,3%"),
    ],
    "vi": [
        ("Giá điện bán lẻ", "2.103 đ/kWh", "0"),
        ("VN-Index", "1.318", "+0,6%"),
        ("Dầu Brent", "74,12", "+0,3%"),
    ],
    "th": [
        ("ทุเรียนหมอนทอง", "165 บาท", "+5"),
        ("มังคุด", "80 บาท", "0"),
        ("ยางแผ่นดิบ", "62.50 บาท", "+0.40"),
    ],
    "bn": [("বাগদা (২০-৩০ গ্রেড)", "৳ ১,২০০", "+৫০"), ("গলদা", "৳ ৯৫০", "০")],
}


def agtrade(p: Page) -> str:
    u = UI[p.lang]
    rows = "".join(
        f"<tr><td>{_e(a)}</td><td>{_e(b)}</td><td>{_e(c)}</td></tr>" for a, b, c in FUTURES[p.lang]
    )
    badge = f'<p class="source-badge">{_e(p.badge)}</p>\n' if p.badge else ""
    box = f'<div class="syndication-box">{_e(p.box)}</div>\n' if p.box else ""
    d = ' dir="rtl"' if p.lang in RTL else ""
    return (
        _head(p, _ld(p))
        + f'<body class="td-theme article"{d}>\n'
        + f'<header class="td-header"><a class="td-logo" href="https://{p.host}/">{_e(p.site_name)}</a>'
        + f'<nav class="td-menu"><a href="/">{_e(u["home"])}</a> <a href="/markets/">{_e(u["markets"])}</a> '
        + f'<a href="/news/">{_e(u["news"])}</a></nav></header>\n'
        + f'<div class="markets-widget"><h4>{_e(u["markets"])}</h4><table>{rows}</table><p class="delay">*</p></div>\n'
        + '<main class="td-main"><article class="td-post">\n'
        + f'<span class="td-category">{_e(p.section)}</span>\n'
        + f'<h1 class="entry-title">{_e(p.title)}</h1>\n'
        + badge
        + '<div class="td-post-meta">'
        + (f'<span class="td-post-author">{_e(p.byline)}</span> ' if p.byline else "")
        + f'<time class="entry-date" datetime="{p.iso}">{_e(p.shown)}</time></div>\n'
        + _figure(p, "td-post-featured-image", "field.jpg")
        + '<div class="td-post-content">\n'
        + _paras(p.paras)
        + _end(p, "td-credit")
        + "</div>\n"
        + box
        + f'<div class="td-tags"><span>{_e(u["tags"])}</span> <a href="/tag/{p.section.lower()}/">{_e(p.section)}</a></div>\n'
        + f'<div class="newsletter-box"><p>{_e(u["newsletter"])}</p><input type="email"> <button>{_e(u["subscribe"])}</button></div>\n'
        + "</article>\n"
        + _related(p, "td-related", u["related"])
        + "</main>\n"
        + f'<footer class="td-footer"><p>© 2027 {_e(p.site_name)}</p><p><a href="/privacy/">{_e(u["privacy"])}</a> · <a href="/contact/">{_e(u["contact"])}</a></p></footer>\n'
        + "</body>\n</html>\n"
    )


def roadtrip(p: Page) -> str:
    box = f'<aside class="partner-box"><p>{_e(p.box)}</p></aside>\n' if p.box else ""
    facts = (
        '<div class="factfile"><h3>Fact file</h3><dl><dt>Getting there</dt><dd>Direct flights from Auckland take about '
        "four hours; from Sydney and Brisbane about six.</dd><dt>Currency</dt><dd>New Zealand dollar</dd></dl></div>\n"
        if p.section == "Travel"
        else '<div class="factfile"><h3>At a glance</h3><dl><dt>Chargers</dt><dd>16 × up to 350 kW</dd>'
        "<dt>Location</dt><dd>Bundaberg Ring Road</dd><dt>Price</dt><dd>59c/kWh</dd></dl></div>\n"
    )
    return (
        _head(p, _ld(p))
        + '<body class="post-template-default single">\n'
        + f'<header class="site-head"><a class="brand" href="https://{p.host}/">{_e(p.site_name)}</a>'
        + '<nav><a href="/news/">News</a> <a href="/reviews/">Reviews</a> <a href="/destinations/">Destinations</a> '
        + '<a href="/deals/">Deals</a></nav></header>\n'
        + '<main><article class="post">\n'
        + f'<p class="post-kicker">{_e(p.section)}</p>\n'
        + f'<h1 class="post-title">{_e(p.title)}</h1>\n'
        + '<div class="post-meta">'
        + (f'<span class="post-author">{_e(p.byline)}</span> · ' if p.byline else "")
        + f'<time datetime="{p.iso}">{_e(p.shown)}</time></div>\n'
        + _figure(p, "post-hero", "hero.jpg")
        + '<div class="post-body">\n'
        + _paras(p.paras, "", {2: '<div class="inline-ad"><span>Advertisement</span></div>'})
        + facts
        + _end(p, "post-origin")
        + "</div>\n"
        + box
        + "</article></main>\n"
        + _related(p, "more-stories", "You might also like")
        + f"<footer><p>© 2027 {_e(p.site_name)}. Prices and schedules correct at time of publication.</p></footer>\n"
        + "</body>\n</html>\n"
    )


def prrepost(p: Page) -> str:
    contact = (
        '<div class="pr-contact"><p><strong>Media contact:</strong></p><p>Julie Arsenault, Loyalist Systems Inc.</p>'
        "<p>media@loyalistsystems.example · +1 506 555 0142</p></div>\n"
    )
    top = (
        f'<div class="pr-provider"><span class="pr-provider__name">{_e(p.top)}</span></div>\n'
        if p.top
        else ""
    )
    return (
        _head(p, _ld(p))
        + '<body class="single-post category-press-releases">\n'
        + f'<header id="masthead"><a class="site-title" href="https://{p.host}/">{_e(p.site_name)}</a>'
        + '<nav><a href="/category/security/">Security</a> <a href="/category/agtech/">AgTech</a> '
        + '<a href="/category/press-releases/">Press Releases</a> <a href="/events/">Events</a></nav></header>\n'
        + '<main id="primary"><article class="post type-post">\n'
        + '<span class="cat-label">Press Release</span>\n'
        + top
        + f'<h1 class="entry-title">{_e(p.title)}</h1>\n'
        + f'<div class="entry-meta">Posted by {_e(p.byline or "Newsdesk")} on <time datetime="{p.iso}">{_e(p.shown)}</time></div>\n'
        + '<div class="entry-content">\n'
        + _paras(p.paras)
        + contact
        + _end(p, "pr-trailer")
        + "</div>\n"
        + '<div class="post-disclaimer"><em>Press releases are published as received. The views expressed are those of the issuing organisation.</em></div>\n'
        + "</article></main>\n"
        + _related(p, "widget_recent_entries", "Recent Posts")
        + f"<footer><p>© 2027 {_e(p.site_name)} · Proudly powered by WordPress</p></footer>\n"
        + "</body>\n</html>\n"
    )


# --- apps and portals ------------------------------------------------------------------------


def appview(p: Page) -> str:
    u = UI[p.lang]
    d = ' dir="rtl"' if p.lang in RTL else ""
    more = "".join(
        f'<li><a href="/a/{i + 880417}">{_e(t)}</a></li>' for i, t in enumerate(p.related)
    )
    reactions = '<div class="reactions"><button>👍 <span>214</span></button><button>😮 <span>12</span></button><button>💬 <span>38</span></button></div>\n'
    read_full = (
        f'<a class="read-original" href="#">{_e(u["read_full"])} {_e(p.top)}</a>\n'
        if p.variant % 2
        else ""
    )
    return (
        _head(p)
        + f'<body class="webview"{d}>\n'
        + f'<div class="app-banner"><span class="app-name">{_e(p.site_name)}</span> <a class="open-app" href="#">{_e(u["open_app"])}</a></div>\n'
        + '<article class="wv-article">\n'
        + '<div class="wv-provider">'
        + f'<img class="wv-provider__logo" src="https://img.{p.host}/publisher/{_n(p.top, 503)}.png" alt="{_a(p.logo_alt or p.top)}">'
        + f'<span class="wv-provider__name">{_e(p.top)}</span><span class="wv-provider__time"> · {_e(p.top_time)}</span></div>\n'
        + f'<h1 class="wv-title">{_e(p.title)}</h1>\n'
        + (f'<div class="wv-author">{_e(p.byline)}</div>\n' if p.byline else "")
        + _figure(p, "wv-figure", "cover.jpg")
        + '<div class="wv-body">\n'
        + _paras(p.paras)
        + _end(p, "wv-note")
        + "</div>\n"
        + read_full
        + reactions
        + "</article>\n"
        + f'<section class="wv-more"><h3>{_e(u["more_from"])} {_e(p.top)}</h3><ul>{more}</ul></section>\n'
        + "</body>\n</html>\n"
    )


def ampportal(p: Page) -> str:
    u = UI[p.lang]
    badge = f'<p class="amp-source">{_e(p.badge)}</p>\n' if p.badge else ""
    cap = ""
    if p.caption:
        cap = (
            f'<figure class="amp-fig"><amp-img src="https://{p.host}/uploads/2027/03/foto.jpg" width="800" height="450" '
            f'layout="responsive" alt=""></amp-img><figcaption>{_e(p.caption)}</figcaption></figure>\n'
        )
    mid = min(2, len(p.paras) - 1)
    ad = (
        f'<div class="amp-ad-wrap"><span>{_e(u["advert"])}</span><amp-ad width="300" height="250" type="doubleclick" '
        'data-slot="/2187/amp_article_mid"></amp-ad></div>'
    )
    return (
        _head(p, amp=True)
        + "<body>\n"
        + f'<header class="amp-header"><a href="https://{p.host}/">{_e(p.site_name)}</a></header>\n'
        + '<amp-sidebar id="menu" layout="nodisplay"><ul>'
        + f'<li><a href="/">{_e(u["home"])}</a></li><li><a href="/news/">{_e(u["news"])}</a></li></ul></amp-sidebar>\n'
        + '<article class="amp-article">\n'
        + f'<p class="amp-cat">{_e(p.section)}</p>\n'
        + f"<h1>{_e(p.title)}</h1>\n"
        + '<div class="amp-meta">'
        + (f'<span class="amp-author">{_e(p.byline)}</span> ' if p.byline else "")
        + f'<span class="amp-date">{_e(p.shown)}</span></div>\n'
        + badge
        + cap
        + '<div class="amp-body">\n'
        + _paras(p.paras, "", {mid: ad})
        + _end(p, "amp-credit")
        + "</div>\n"
        + '<div class="amp-share"><amp-social-share type="facebook" width="40" height="40"></amp-social-share>'
        + '<amp-social-share type="whatsapp" width="40" height="40"></amp-social-share>'
        + '<amp-social-share type="twitter" width="40" height="40"></amp-social-share></div>\n'
        + "</article>\n"
        + _related(p, "amp-related", u["related"])
        + f'<footer class="amp-footer"><p>© 2027 {_e(p.site_name)}</p><p><a href="/privacy">{_e(u["privacy"])}</a></p></footer>\n'
        + "</body>\n</html>\n"
    )


def bizportal(p: Page) -> str:
    u = UI[p.lang]
    d = ' dir="rtl"' if p.lang in RTL else ""
    badge = f'<span class="info-source">{_e(p.badge)}</span>' if p.badge else ""
    top = f'<div class="kicker-source">{_e(p.top)}</div>\n' if p.top else ""
    readalso = (
        f'<p class="read-also"><strong>{_e(u["read_also"])}</strong> '
        f'<a href="https://{p.host}/news/{len(p.title) * 37 + 1200}">{_e(p.related[0] if p.related else p.section)}</a></p>'
    )
    return (
        _head(p, _ld(p))
        + f'<body class="portal-article"{d}>\n'
        + _cookie(p, "cookie-notice")
        + f'<div class="topbar"><span class="today">{_e(p.shown.split(" ")[0] if p.lang == "th" else p.shown)}</span></div>\n'
        + f'<header class="portal-header"><a class="logo" href="https://{p.host}/">{_e(p.site_name)}</a>'
        + f'<nav><a href="/">{_e(u["home"])}</a> <a href="/economia/">{_e(p.section)}</a> <a href="/ultimas/">{_e(u["news"])}</a></nav></header>\n'
        + f'<ol class="breadcrumb"><li><a href="/">{_e(u["home"])}</a></li><li><a href="/seccion/">{_e(p.section)}</a></li></ol>\n'
        + '<main class="portal-main"><article class="nota">\n'
        + top
        + f'<h1 class="nota-titulo">{_e(p.title)}</h1>\n'
        + '<div class="nota-info">'
        + (f'<span class="info-author">{_e(p.byline)}</span> ' if p.byline else "")
        + f'<time datetime="{p.iso}">{_e(p.shown)}</time> {badge}</div>\n'
        + _figure(p, "nota-foto", "portada.jpg")
        + '<div class="nota-cuerpo">\n'
        + _paras(p.paras, "", {1: readalso})
        + _end(p, "nota-fuente")
        + "</div>\n"
        + f'<div class="nota-tags"><span>{_e(u["tags"])}:</span> <a href="/tag/1">{_e(p.section)}</a></div>\n'
        + f'<div class="share-bar">{_e(u["share"])}: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>\n'
        + "</article>\n"
        + _related(p, "related-box", u["related"])
        + f'<aside class="mas-leidas">{_related(p, "ranking", u["most_read"])}</aside>\n'
        + "</main>\n"
        + f'<footer class="portal-footer"><p><a href="/about">{_e(u["about"])}</a> · <a href="/contact">{_e(u["contact"])}</a> · '
        + f'<a href="/privacy">{_e(u["privacy"])}</a></p><p>© 2027 {_e(p.site_name)}</p></footer>\n'
        + "</body>\n</html>\n"
    )


TEMPLATES = {
    "mktwire": mktwire,
    "quotepage": quotepage,
    "gamecast": gamecast,
    "leaguehub": leaguehub,
    "trades": trades,
    "healthwire": healthwire,
    "agtrade": agtrade,
    "roadtrip": roadtrip,
    "prrepost": prrepost,
    "appview": appview,
    "ampportal": ampportal,
    "bizportal": bizportal,
}


def render_page33(p: Page) -> str:
    return TEMPLATES[p.tpl](p)

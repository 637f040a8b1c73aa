# ruff: noqa: E501, RUF001
"""Page templates of the twenty-ninth blind set, written new for it (not derived from `chrome*.py`).

Each template is modelled on what a CMS family's real output looks like: WordPress themes
(tagDiv's Newspaper, Soledad, GeneratePress, Astra), Arc XP, Brightspot, Drupal 10, Ghost,
Squarespace, Wix, Substack, Medium, a local TV station group's site, a radio group's site, an
MSN/Yahoo-style partner portal, a NewsBreak/SmartNews-style aggregator, a Naver/Daum-style Korean
portal, a Rambler/Mail.ru-style Russian portal and a Dailyhunt-style Indian aggregator. Pages carry
the chrome real pages carry: consent banners, breadcrumbs, ad slots with text, "Read also" links
inside the article, embedded posts, galleries with credits, author boxes, share bars, newsletter
boxes, "Most read" and "More from" rails whose items carry the wire tags of other stories,
readers' comments that quote outlets, footers with the group's copyright notice, OpenGraph and
twitter meta and JSON-LD NewsArticle (publisher = the site; author = the wire on some wire copy).

`render(page)` returns the whole HTML page. Stdlib only, deterministic.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape


@dataclass
class Page:
    cms: str
    lang: str
    site_name: str
    host: str
    url: str
    title: str
    ymd: tuple[int, int, int]
    hm: tuple[int, int]
    section: str
    byline: str | None
    paras: list[str]  # plain text; the first may start with a dateline
    dateline: str = ""  # the first paragraph's dateline (plain text), rendered in it
    top: str | None = None  # a credit line over the body
    end: list[str] = field(default_factory=list)  # lines after the body
    end_style: str = "p"  # p | strong | em | small
    source: str | None = None  # the CMS's source field (tagDiv SOURCE, Drupal field, portals)
    caption: str = ""  # lead photo caption (with its credit)
    embed: tuple[str, str, str, str] | None = None  # kind, account, handle, text
    rails: list[tuple[str, str]] = field(default_factory=list)  # other stories, wire tags
    more_from: tuple[str, list[tuple[str, str]]] | None = None  # a wire's other stories
    comments: list[tuple[str, str]] = field(default_factory=list)
    readalso: list[tuple[str, str]] = field(default_factory=list)  # (headline, href) on the site
    ld_author: str | None = None  # JSON-LD author (a person, or the wire's name)
    ld_author_org: bool = False
    bio: tuple[str, str] | None = None  # author box (name, text)
    gallery: list[str] = field(default_factory=list)  # captions with credits
    live: list[tuple[str, str]] = field(default_factory=list)  # live-blog entries (time, text)
    variant: int = 0
    group: str = ""  # the site group named in the footer's copyright notice
    desc: str = ""


UI: dict[str, dict[str, str]] = {
    "en": dict(home="Home", news="News", local="Local", most="Most read", related="Related", also="Read also", share="Share", comments="Comments", nl="Get the morning briefing", nl_text="Local news in your inbox every weekday at 6 a.m.", sub="Subscribe", email="Email address", cookie="We use cookies and similar technologies to personalise content and ads, and to analyse our traffic. You can change your choices at any time.", accept="Accept all", reject="Reject all", prefs="Manage preferences", ad="Advertisement", more="More from", about="About the author", gallery="Photo gallery", rights="All rights reserved.", privacy="Privacy Policy", terms="Terms of Use", contact="Contact us", leave="Leave a comment", follow="Follow", updated="Updated", published="Published", live="Live updates", source="Source", provided="Provided by", via="Via", trending="Trending", top="Top stories", weather="Weather", sports="Sports"),
    "es": dict(home="Inicio", news="Noticias", local="Regional", most="Lo más leído", related="Relacionadas", also="Lea también", share="Compartir", comments="Comentarios", nl="Suscríbase al boletín", nl_text="Las noticias del Pacífico en su correo, cada mañana.", sub="Suscribirme", email="Correo electrónico", cookie="Utilizamos cookies propias y de terceros para mejorar su experiencia y mostrar publicidad relacionada con sus preferencias.", accept="Aceptar todo", reject="Rechazar", prefs="Configurar", ad="Publicidad", more="Más de", about="Sobre el autor", gallery="Galería de fotos", rights="Todos los derechos reservados.", privacy="Política de privacidad", terms="Términos y condiciones", contact="Contacto", leave="Deja un comentario", follow="Seguir", updated="Actualizado", published="Publicado", live="En vivo", source="Fuente", provided="Proporcionado por", via="Vía", trending="Tendencias", top="Destacadas", weather="Clima", sports="Deportes"),
    "pt": dict(home="Início", news="Notícias", local="Cidades", most="Mais lidas", related="Relacionadas", also="Leia também", share="Compartilhe", comments="Comentários", nl="Receba a newsletter", nl_text="As principais notícias de Mato Grosso do Sul no seu e-mail.", sub="Quero receber", email="Seu e-mail", cookie="Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.", accept="Aceitar", reject="Recusar", prefs="Personalizar", ad="Publicidade", more="Mais de", about="Sobre o autor", gallery="Galeria de fotos", rights="Todos os direitos reservados.", privacy="Política de Privacidade", terms="Termos de uso", contact="Fale conosco", leave="Deixe um comentário", follow="Seguir", updated="Atualizado em", published="Publicado em", live="Ao vivo", source="Fonte", provided="Fornecido por", via="Via", trending="Em alta", top="Destaques", weather="Tempo", sports="Esportes"),
    "ca": dict(home="Inici", news="Notícies", local="Territori", most="El més llegit", related="Relacionades", also="Llegiu també", share="Comparteix", comments="Comentaris", nl="Subscriu-te al butlletí", nl_text="Les notícies de les Terres de l'Ebre, cada matí al teu correu.", sub="Subscriu-m'hi", email="Adreça electrònica", cookie="Aquest lloc web utilitza galetes pròpies i de tercers per millorar els nostres serveis i mostrar publicitat.", accept="Accepta-les totes", reject="Rebutja", prefs="Configura", ad="Publicitat", more="Més de", about="Sobre l'autor", gallery="Galeria de fotos", rights="Tots els drets reservats.", privacy="Política de privadesa", terms="Avís legal", contact="Contacte", leave="Deixa un comentari", follow="Segueix", updated="Actualitzat", published="Publicat", live="En directe", source="Font", provided="Proporcionat per", via="Via", trending="Tendències", top="Destacats", weather="El temps", sports="Esports"),
    "tr": dict(home="Ana Sayfa", news="Haberler", local="Yerel", most="En çok okunanlar", related="İlgili haberler", also="Bunlar da ilginizi çekebilir", share="Paylaş", comments="Yorumlar", nl="Bültenimize abone olun", nl_text="Hatay'dan son dakika haberleri e-postanıza gelsin.", sub="Abone ol", email="E-posta adresiniz", cookie="Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.", accept="Kabul et", reject="Reddet", prefs="Ayarlar", ad="Reklam", more="Daha fazlası:", about="Yazar hakkında", gallery="Foto galeri", rights="Tüm hakları saklıdır.", privacy="Gizlilik Politikası", terms="Kullanım Koşulları", contact="İletişim", leave="Yorum yap", follow="Takip et", updated="Güncelleme", published="Yayınlanma", live="Canlı", source="Kaynak", provided="Sağlayan", via="Aracılığıyla", trending="Gündem", top="Manşet", weather="Hava durumu", sports="Spor"),
    "id": dict(home="Beranda", news="Berita", local="Daerah", most="Terpopuler", related="Berita terkait", also="Baca juga", share="Bagikan", comments="Komentar", nl="Langganan newsletter", nl_text="Berita pilihan dari Flores dan NTT setiap pagi.", sub="Langganan", email="Alamat email", cookie="Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui kebijakan privasi kami.", accept="Setuju", reject="Tolak", prefs="Pengaturan", ad="Iklan", more="Lainnya dari", about="Tentang penulis", gallery="Galeri foto", rights="Hak cipta dilindungi undang-undang.", privacy="Kebijakan Privasi", terms="Pedoman Media Siber", contact="Kontak", leave="Tinggalkan komentar", follow="Ikuti", updated="Diperbarui", published="Diterbitkan", live="Langsung", source="Sumber", provided="Disediakan oleh", via="Via", trending="Trending", top="Berita utama", weather="Cuaca", sports="Olahraga"),
    "vi": dict(home="Trang chủ", news="Tin tức", local="Địa phương", most="Đọc nhiều", related="Tin liên quan", also="Xem thêm", share="Chia sẻ", comments="Bình luận", nl="Đăng ký bản tin", nl_text="Nhận tin nóng vùng cao mỗi sáng qua email.", sub="Đăng ký", email="Địa chỉ email", cookie="Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách của chúng tôi.", accept="Đồng ý", reject="Từ chối", prefs="Tùy chỉnh", ad="Quảng cáo", more="Thêm từ", about="Về tác giả", gallery="Ảnh", rights="Bản quyền thuộc về tòa soạn.", privacy="Chính sách bảo mật", terms="Điều khoản sử dụng", contact="Liên hệ", leave="Gửi bình luận", follow="Theo dõi", updated="Cập nhật", published="Đăng lúc", live="Trực tiếp", source="Nguồn", provided="Cung cấp bởi", via="Theo", trending="Nổi bật", top="Tiêu điểm", weather="Thời tiết", sports="Thể thao"),
    "ar": dict(home="الرئيسية", news="أخبار", local="محليات", most="الأكثر قراءة", related="أخبار ذات صلة", also="اقرأ أيضاً", share="شارك", comments="التعليقات", nl="اشترك في النشرة البريدية", nl_text="أبرز أخبار الشمال في بريدك كل صباح.", sub="اشترك", email="بريدك الإلكتروني", cookie="نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتقديم محتوى وإعلانات مخصصة.", accept="قبول الكل", reject="رفض", prefs="الإعدادات", ad="إعلان", more="المزيد من", about="عن الكاتب", gallery="معرض الصور", rights="جميع الحقوق محفوظة.", privacy="سياسة الخصوصية", terms="شروط الاستخدام", contact="اتصل بنا", leave="أضف تعليقاً", follow="تابع", updated="آخر تحديث", published="نشر في", live="مباشر", source="المصدر", provided="بواسطة", via="عبر", trending="الأكثر تداولاً", top="أبرز الأخبار", weather="الطقس", sports="رياضة"),
    "fa": dict(home="صفحه اصلی", news="اخبار", local="استانی", most="پربازدیدترین‌ها", related="اخبار مرتبط", also="بیشتر بخوانید", share="اشتراک‌گذاری", comments="نظرات", nl="عضویت در خبرنامه", nl_text="مهم‌ترین خبرهای خوزستان را هر روز دریافت کنید.", sub="عضویت", email="نشانی ایمیل", cookie="این وب‌سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند.", accept="می‌پذیرم", reject="رد", prefs="تنظیمات", ad="آگهی", more="بیشتر از", about="درباره نویسنده", gallery="گزارش تصویری", rights="کلیه حقوق محفوظ است.", privacy="حریم خصوصی", terms="قوانین و مقررات", contact="تماس با ما", leave="ارسال نظر", follow="دنبال کنید", updated="به‌روزرسانی", published="انتشار", live="زنده", source="منبع", provided="ارائه از", via="از طریق", trending="داغ", top="خبرهای برگزیده", weather="آب و هوا", sports="ورزش"),
    "ur": dict(home="ہوم", news="خبریں", local="سندھ", most="سب سے زیادہ پڑھی گئی", related="متعلقہ خبریں", also="یہ بھی پڑھیں", share="شیئر کریں", comments="تبصرے", nl="نیوز لیٹر کے لیے سائن اپ کریں", nl_text="تھر اور سندھ کی اہم خبریں روزانہ اپنے ای میل پر حاصل کریں۔", sub="سبسکرائب", email="ای میل ایڈریس", cookie="ہم آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتے ہیں۔", accept="قبول کریں", reject="مسترد", prefs="ترتیبات", ad="اشتہار", more="مزید از", about="مصنف کے بارے میں", gallery="تصاویر", rights="جملہ حقوق محفوظ ہیں۔", privacy="پرائیویسی پالیسی", terms="شرائط و ضوابط", contact="رابطہ", leave="تبصرہ کریں", follow="فالو کریں", updated="اپ ڈیٹ", published="شائع", live="لائیو", source="ماخذ", provided="بشکریہ", via="بذریعہ", trending="ٹرینڈنگ", top="اہم خبریں", weather="موسم", sports="کھیل"),
    "hi": dict(home="होम", news="समाचार", local="छत्तीसगढ़", most="सबसे ज्यादा पढ़ी गईं", related="संबंधित खबरें", also="यह भी पढ़ें", share="शेयर करें", comments="टिप्पणियां", nl="न्यूज़लेटर सब्सक्राइब करें", nl_text="बस्तर की हर बड़ी खबर सीधे आपके ईमेल पर।", sub="सब्सक्राइब", email="ईमेल पता", cookie="हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।", accept="स्वीकार करें", reject="अस्वीकार", prefs="सेटिंग्स", ad="विज्ञापन", more="और पढ़ें", about="लेखक के बारे में", gallery="फोटो गैलरी", rights="सर्वाधिकार सुरक्षित।", privacy="प्राइवेसी पॉलिसी", terms="नियम और शर्तें", contact="संपर्क करें", leave="टिप्पणी लिखें", follow="फॉलो करें", updated="अपडेटेड", published="प्रकाशित", live="लाइव", source="स्रोत", provided="प्रस्तुति", via="के जरिए", trending="ट्रेंडिंग", top="टॉप न्यूज़", weather="मौसम", sports="खेल"),
    "ru": dict(home="Главная", news="Новости", local="Путешествия", most="Самое читаемое", related="По теме", also="Читайте также", share="Поделиться", comments="Комментарии", nl="Подпишитесь на рассылку", nl_text="Главное о путешествиях раз в неделю.", sub="Подписаться", email="Ваш e-mail", cookie="Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с политикой обработки данных.", accept="Принять", reject="Отклонить", prefs="Настроить", ad="Реклама", more="Ещё от", about="Об авторе", gallery="Фотогалерея", rights="Все права защищены.", privacy="Политика конфиденциальности", terms="Пользовательское соглашение", contact="Контакты", leave="Написать комментарий", follow="Подписаться", updated="Обновлено", published="Опубликовано", live="Онлайн", source="Источник", provided="Материал предоставлен", via="Via", trending="Популярное", top="Главное", weather="Погода", sports="Спорт"),
    "ko": dict(home="홈", news="뉴스", local="국제", most="많이 본 뉴스", related="관련 기사", also="함께 볼 기사", share="공유하기", comments="댓글", nl="뉴스레터 구독", nl_text="매일 아침 주요 뉴스를 메일로 받아보세요.", sub="구독", email="이메일 주소", cookie="이 사이트는 서비스 개선을 위해 쿠키를 사용합니다.", accept="동의", reject="거부", prefs="설정", ad="광고", more="언론사 주요뉴스", about="기자 소개", gallery="포토", rights="All rights reserved.", privacy="개인정보처리방침", terms="이용약관", contact="고객센터", leave="댓글 쓰기", follow="구독", updated="수정", published="입력", live="실시간", source="출처", provided="제공", via="via", trending="랭킹", top="주요 뉴스", weather="날씨", sports="스포츠"),
    "th": dict(home="หน้าแรก", news="ข่าว", local="ข่าวภูมิภาค", most="ข่าวยอดนิยม", related="ข่าวที่เกี่ยวข้อง", also="อ่านเพิ่มเติม", share="แชร์", comments="ความคิดเห็น", nl="สมัครรับจดหมายข่าว", nl_text="ข่าวภาคใต้ส่งตรงถึงอีเมลของคุณทุกเช้า", sub="สมัคร", email="อีเมล", cookie="เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ", accept="ยอมรับทั้งหมด", reject="ปฏิเสธ", prefs="ตั้งค่า", ad="โฆษณา", more="เพิ่มเติมจาก", about="เกี่ยวกับผู้เขียน", gallery="แกลเลอรี", rights="สงวนลิขสิทธิ์", privacy="นโยบายความเป็นส่วนตัว", terms="ข้อกำหนดการใช้งาน", contact="ติดต่อเรา", leave="แสดงความคิดเห็น", follow="ติดตาม", updated="อัปเดต", published="เผยแพร่", live="สด", source="ที่มา", provided="โดย", via="ผ่าน", trending="มาแรง", top="ข่าวเด่น", weather="สภาพอากาศ", sports="กีฬา"),
}
RTL = {"ar", "fa", "ur"}
ABBR_MONTH = ["Jan.", "Feb.", "March", "April"]


def e(text: str) -> str:
    return escape(text, quote=False)


def a(text: str) -> str:
    return escape(text, quote=True)


def iso(p: Page) -> str:
    y, m, d = p.ymd
    hh, mm = p.hm
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00Z"


def human(p: Page) -> str:
    y, m, d = p.ymd
    hh, mm = p.hm
    if p.lang == "en":
        ampm = "a.m." if hh < 12 else "p.m."
        return f"{ABBR_MONTH[m - 1]} {d}, {y} {(hh - 1) % 12 + 1}:{mm:02d} {ampm}"
    if p.lang in ("ko",):
        return f"{y}.{m:02d}.{d:02d}. 오전 {hh:02d}:{mm:02d}" if hh < 12 else f"{y}.{m:02d}.{d:02d}. 오후 {hh - 12:02d}:{mm:02d}"
    return f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}"


def short_date(p: Page) -> str:
    y, m, d = p.ymd
    if p.lang == "en":
        return f"{ABBR_MONTH[m - 1].rstrip('.')} {d}, {y}"
    return f"{d:02d}.{m:02d}.{y}"


#: The word a template prints before the byline's names (English: the theme's own wording).
BYLINE_PREFIX = {"tagdiv": "By", "arc": "By", "astra": "By", "generatepress": "by", "soledad": "by", "squarespace": "Written by"}
BY_WORD = {"en": "", "es": "Por", "pt": "Por", "ca": "Per", "tr": "", "id": "Oleh", "vi": "", "ar": "", "fa": "", "ur": "", "hi": "", "ru": "", "ko": "", "th": "โดย"}


def by_word(p: Page) -> str:
    """The prefix a template prints before the byline ("" for none)."""
    if p.cms not in BYLINE_PREFIX:
        return ""
    return BYLINE_PREFIX[p.cms] if p.lang == "en" else BY_WORD[p.lang]


def byline_visible(p: Page) -> str:
    """The byline as the page's visible text reads it."""
    w = by_word(p)
    return f"{w} {p.byline}" if w else str(p.byline)


def slug_host(p: Page) -> str:
    return f"https://{p.host}"


# ---------------------------------------------------------------- shared head and noise


def head(p: Page, generator: str = "", title_sep: str = " - ", extra: str = "") -> str:
    author: dict[str, object]
    if p.ld_author_org:
        author = {"@type": "Organization", "name": p.ld_author}
    else:
        author = {"@type": "Person", "name": p.ld_author or p.site_name}
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p.title,
        "datePublished": iso(p),
        "dateModified": iso(p),
        "mainEntityOfPage": {"@type": "WebPage", "@id": p.url},
        "image": [f"https://{p.host}/media/{abs(hash_id(p.url)) % 90000 + 10000}-1200x675.jpg"],
        "author": [author],
        "publisher": {
            "@type": "Organization",
            "name": p.site_name,
            "logo": {"@type": "ImageObject", "url": f"https://{p.host}/static/logo-600x60.png"},
        },
        "inLanguage": p.lang,
        "articleSection": p.section,
    }
    gen = f'\n<meta name="generator" content="{a(generator)}">' if generator else ""
    desc = p.desc or p.paras[0][:150]
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p.title)}{title_sep}{e(p.site_name)}</title>{gen}
<link rel="canonical" href="{a(p.url)}">
<meta name="description" content="{a(desc)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{a(p.site_name)}">
<meta property="og:title" content="{a(p.title)}">
<meta property="og:url" content="{a(p.url)}">
<meta property="og:description" content="{a(desc)}">
<meta property="og:locale" content="{p.lang}">
<meta property="article:published_time" content="{iso(p)}">
<meta property="article:section" content="{a(p.section)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{a(p.title)}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>{extra}
</head>"""


def hash_id(text: str) -> int:
    n = 0
    for ch in text:
        n = (n * 131 + ord(ch)) % 1_000_000_007
    return n


def html_open(p: Page, body_class: str) -> str:
    d = ' dir="rtl"' if p.lang in RTL else ""
    return f'<!DOCTYPE html>\n<html lang="{p.lang}"{d}>'


def consent(p: Page, kind: str) -> str:
    u = UI[p.lang]
    if kind == "onetrust":
        return f"""<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><p id="onetrust-policy-text">{e(u['cookie'])} <a href="/privacy">{e(u['privacy'])}</a></p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">{e(u['prefs'])}</button><button id="onetrust-reject-all-handler">{e(u['reject'])}</button><button id="onetrust-accept-btn-handler">{e(u['accept'])}</button></div></div></div></div>"""
    if kind == "cookieyes":
        return f"""<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">Cookies</p><div class="cky-notice-des"><p>{e(u['cookie'])}</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">{e(u['prefs'])}</button><button class="cky-btn cky-btn-reject">{e(u['reject'])}</button><button class="cky-btn cky-btn-accept">{e(u['accept'])}</button></div></div></div></div>"""
    if kind == "tcf":
        return f"""<div id="qc-cmp2-container" class="qc-cmp2-container"><div class="qc-cmp2-summary-section"><p class="qc-cmp2-summary-info">{e(u['cookie'])}</p><div class="qc-cmp2-footer"><button mode="secondary">{e(u['prefs'])}</button><button mode="primary">{e(u['accept'])}</button></div></div></div>"""
    if kind == "complianz":
        return f"""<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title">{e(u['prefs'])}</div></div><div class="cmplz-body"><div class="cmplz-message">{e(u['cookie'])}</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">{e(u['accept'])}</button><button class="cmplz-btn cmplz-deny">{e(u['reject'])}</button></div></div>"""
    return f"""<div class="cookie-notice" role="dialog"><span>{e(u['cookie'])}</span> <button>{e(u['accept'])}</button></div>"""


def tagged(item: tuple[str, str]) -> str:
    """A rail item: another story's headline with its wire tag as the site shows it."""
    head_, tag = item
    if tag.startswith("(") or tag.startswith("—") or tag.startswith("-"):
        return f"{e(head_)} {e(tag)}"
    return f'{e(head_)} <span class="source-label">{e(tag)}</span>'


def rail(p: Page, cls: str, title: str, items: list[tuple[str, str]], *, ol: bool = True) -> str:
    if not items:
        return ""
    tag = "ol" if ol else "ul"
    lis = "\n".join(
        f'<li><a href="{slug_host(p)}/{cls}/{i + 1}-{hash_id(h) % 99991}">{tagged((h, t))}</a></li>'
        for i, (h, t) in enumerate(items)
    )
    return f'<section class="{cls}"><h3>{e(title)}</h3>\n<{tag}>\n{lis}\n</{tag}></section>'


def more_from(p: Page, cls: str) -> str:
    if not p.more_from:
        return ""
    wire, items = p.more_from
    lis = "\n".join(
        f'<li><a href="{slug_host(p)}/wire/{hash_id(h) % 99991}">{tagged((h, t))}</a></li>'
        for h, t in items
    )
    return f'<aside class="{cls}"><h3>{e(UI[p.lang]["more"])} {e(wire)}</h3><ul>\n{lis}\n</ul></aside>'


def newsletter(p: Page, cls: str) -> str:
    u = UI[p.lang]
    return f"""<div class="{cls}"><h4>{e(u['nl'])}</h4><p>{e(u['nl_text'])}</p><form action="/newsletter" method="post"><input type="email" placeholder="{a(u['email'])}"><button type="submit">{e(u['sub'])}</button></form></div>"""


def comments_html(p: Page, cls: str) -> str:
    if not p.comments:
        return ""
    u = UI[p.lang]
    items = "\n".join(
        f'<li class="comment"><div class="comment-author"><b>{e(n)}</b></div><div class="comment-content"><p>{e(t)}</p></div></li>'
        for n, t in p.comments
    )
    return f'<div id="comments" class="{cls}"><h3>{e(u["comments"])} ({len(p.comments)})</h3><ol class="comment-list">\n{items}\n</ol><p class="leave">{e(u["leave"])}</p></div>'


def share(p: Page, cls: str) -> str:
    u = UI[p.lang]
    return f'<div class="{cls}"><span>{e(u["share"])}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={a(p.url)}">Facebook</a> <a href="https://twitter.com/intent/tweet?url={a(p.url)}">X</a> <a href="https://wa.me/?text={a(p.url)}">WhatsApp</a> <a href="mailto:?subject={a(p.title)}">Email</a></div>'


def ad(p: Page, cls: str, n: int) -> str:
    u = UI[p.lang]
    return f'<div class="{cls}" data-slot="div-gpt-ad-{n}"><span class="ad-label">{e(u["ad"])}</span><div id="div-gpt-ad-{1700000000 + n}"></div></div>'


def embed_html(p: Page, wrap: str) -> str:
    if not p.embed:
        return ""
    kind, account, handle, text = p.embed
    if kind == "tweet":
        inner = f'<blockquote class="twitter-tweet" data-dnt="true"><p lang="{p.lang}" dir="auto">{e(text)}</p>&mdash; {e(account)} (@{e(handle)}) <a href="https://twitter.com/{a(handle)}/status/{1_890_000_000_000_000_000 + hash_id(text)}">{e(short_date(p))}</a></blockquote>'
    elif kind == "insta":
        inner = f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{hash_id(text) % 10**9}/" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/C{hash_id(text) % 10**9}/" target="_blank">View this post on Instagram</a></div><p>{e(text)}</p><p>A post shared by {e(account)} (@{e(handle)})</p></blockquote>'
    elif kind == "fb":
        inner = f'<div class="fb-post" data-href="https://www.facebook.com/{a(handle)}/posts/{hash_id(text)}"><blockquote cite="https://www.facebook.com/{a(handle)}" class="fb-xfbml-parse-ignore"><p>{e(text)}</p>Posted by <a href="https://www.facebook.com/{a(handle)}">{e(account)}</a></blockquote></div>'
    else:  # youtube
        inner = f'<iframe width="560" height="315" src="https://www.youtube.com/embed/{hash_id(text) % 10**8:08d}" title="{a(text)}" frameborder="0" allowfullscreen></iframe>'
    if wrap == "wp":
        prov = {"tweet": "twitter", "insta": "instagram", "fb": "facebook"}.get(kind, "youtube")
        return f'<figure class="wp-block-embed is-type-rich is-provider-{prov} wp-block-embed-{prov}"><div class="wp-block-embed__wrapper">\n{inner}\n</div></figure>'
    if wrap == "ghost":
        return f'<figure class="kg-card kg-embed-card">{inner}</figure>'
    if wrap == "sqs":
        return f'<div class="sqs-block embed-block sqs-block-embed" data-block-type="22"><div class="sqs-block-content">{inner}</div></div>'
    if wrap == "substack":
        if kind == "tweet":
            return f'<div class="tweet" data-attrs="{a(json.dumps({"username": handle}))}"><a class="tweet-link-top" href="https://twitter.com/{a(handle)}"><div class="tweet-header"><span class="tweet-author-name">{e(account)}</span> <span class="tweet-author-handle">@{e(handle)}</span></div></a><div class="tweet-text">{e(text)}</div></div>'
        return f'<div class="embedded-post-wrap">{inner}</div>'
    return f'<div class="embed embed--{kind}">{inner}</div>'


def fig(p: Page, cls: str, cap_cls: str, n: int = 1, caption: str | None = None) -> str:
    cap = p.caption if caption is None else caption
    src = f"https://{p.host}/wp-content/uploads/2026/03/img-{hash_id(p.url + str(n)) % 999999:06d}.jpg"
    capt = f'<figcaption class="{cap_cls}">{e(cap)}</figcaption>' if cap else ""
    return f'<figure class="{cls}"><img src="{src}" alt="" width="1200" height="800" loading="lazy">{capt}</figure>'


def gallery_html(p: Page, cls: str) -> str:
    if not p.gallery:
        return ""
    items = "\n".join(
        f'<figure class="{cls}-item"><img src="https://{p.host}/gallery/{hash_id(c) % 99999}.jpg" alt=""><figcaption>{e(c)}</figcaption></figure>'
        for c in p.gallery
    )
    return f'<div class="{cls}"><h3>{e(UI[p.lang]["gallery"])}</h3>\n{items}\n</div>'


def readalso(p: Page, i: int, fmt: str) -> str:
    if i >= len(p.readalso):
        return ""
    h, href = p.readalso[i]
    u = UI[p.lang]
    return fmt.format(label=e(u["also"]), href=a(href), title=e(h))


def end_lines(p: Page, fmt: str) -> list[str]:
    out = []
    for line in p.end:
        inner = e(line)
        if p.end_style == "strong":
            inner = f"<strong>{inner}</strong>"
        elif p.end_style == "em":
            inner = f"<em>{inner}</em>"
        elif p.end_style == "small":
            inner = f"<small>{inner}</small>"
        out.append(fmt.format(inner))
    return out


def body_blocks(p: Page, P: str, *, fig_html: str, ad_fn, ra_fmt: str, embed: str, first_fmt: str | None = None) -> list[str]:
    """The article's blocks in reading order: lead photo, credit over the body, paragraphs
    (the first carrying the dateline), a "Read also" link after the second, an ad slot after
    the third, the embed after the fourth, a second "Read also" near the end, the end lines."""
    blocks: list[str] = []
    if fig_html:
        blocks.append(fig_html)
    if p.top:
        blocks.append(P.format(f"<strong>{e(p.top)}</strong>"))
    n = len(p.paras)
    for i, text in enumerate(p.paras):
        if i == 0 and p.dateline:
            inner = f"{e(p.dateline)}{e(text)}" if first_fmt is None else first_fmt.format(dl=e(p.dateline), rest=e(text))
        else:
            inner = e(text)
        blocks.append(P.format(inner))
        if i == 1 and n > 3:
            blocks.append(readalso(p, 0, ra_fmt))
        if i == 2 and n > 4:
            blocks.append(ad_fn(p, i))
        if i == 3 and n > 5 and embed:
            blocks.append(embed)
        if i == n - 3 and n > 8:
            blocks.append(readalso(p, 1, ra_fmt))
    if p.live:
        blocks.append(live_blocks(p, "liveblog"))
    blocks.extend(end_lines(p, P))
    return [b for b in blocks if b]


def live_blocks(p: Page, cls: str) -> str:
    if not p.live:
        return ""
    items = "\n".join(
        f'<article class="{cls}-entry"><time>{e(t)}</time><div class="{cls}-body"><p>{e(x)}</p></div></article>'
        for t, x in p.live
    )
    return f'<section class="{cls}"><h2>{e(UI[p.lang]["live"])}</h2>\n{items}\n</section>'


def source_line(cms: str, lang: str, name: str) -> str:
    """The visible text a template's source field renders (the page's credit line)."""
    u = UI[lang]
    if cms == "tagdiv":
        return f"{u['source'].upper()} {name}"
    if cms == "drupal":
        return f"{u['source']} {name}"
    if cms == "partner":
        return f"{u['provided']} {name}"
    if cms == "newsbreak":
        return f"{name} · 3h"
    if cms == "naver":
        return f"Copyright ⓒ {name}. All rights reserved. 무단 전재 및 재배포, AI 학습 및 활용 금지."
    if cms == "rambler":
        return f"{u['source']}: {name}"
    if cms == "dailyhunt":
        return name
    if cms == "soledad":
        return f"{u['source']}: {name}"
    raise ValueError(cms)


def footer(p: Page, cls: str, extra: str = "") -> str:
    u = UI[p.lang]
    y = p.ymd[0]
    owner = p.group or p.site_name
    return f"""<footer class="{cls}"><nav class="footer-links"><a href="/about">{e(p.site_name)}</a> <a href="/contact">{e(u['contact'])}</a> <a href="/privacy">{e(u['privacy'])}</a> <a href="/terms">{e(u['terms'])}</a></nav><p class="copyright">© {y} {e(owner)}. {e(u['rights'])}</p>{extra}</footer>"""


def nav(p: Page, cls: str) -> str:
    u = UI[p.lang]
    return f'<nav class="{cls}"><ul><li><a href="/">{e(u["home"])}</a></li><li><a href="/news/">{e(u["news"])}</a></li><li><a href="/local/">{e(u["local"])}</a></li><li><a href="/weather/">{e(u["weather"])}</a></li><li><a href="/sports/">{e(u["sports"])}</a></li></ul></nav>'


def crumbs(p: Page, cls: str, sep: str = " › ") -> str:
    u = UI[p.lang]
    return f'<nav class="{cls}" aria-label="breadcrumb"><a href="/">{e(u["home"])}</a>{e(sep)}<a href="/{a(p.section.lower())}/">{e(p.section)}</a>{e(sep)}<span>{e(p.title[:40])}…</span></nav>'


def bio_html(p: Page, cls: str) -> str:
    if not p.bio:
        return ""
    name, text = p.bio
    return f'<div class="{cls}"><img src="https://{p.host}/avatars/{hash_id(name) % 9999}.jpg" alt="{a(name)}"><div><h4>{e(UI[p.lang]["about"])}: {e(name)}</h4><p>{e(text)}</p></div></div>'


def byline_text(p: Page) -> str:
    return e(p.byline) if p.byline else ""


# ---------------------------------------------------------------- WordPress: tagDiv Newspaper


def r_tagdiv(p: Page) -> str:
    u = UI[p.lang]
    fig_html = fig(p, "td-post-featured-image", "wp-caption-text")
    blocks = body_blocks(
        p, "<p>{}</p>", fig_html=fig_html,
        ad_fn=lambda p, n: f'<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- {e(u["ad"])} -</span><ins class="adsbygoogle" data-ad-slot="{n}"></ins></div>',
        ra_fmt='<div class="td_block_wrap tdb_single_related"><p><strong>{label}:</strong> <a href="{href}">{title}</a></p></div>',
        embed=embed_html(p, "wp"),
    )
    src = ""
    if p.source:
        src = f'<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>{e(u["source"].upper())}</span></li>\n<li><a rel="nofollow" href="#">{e(p.source)}</a></li></ul></div>'
    return f"""{html_open(p, '')}
{head(p, 'WordPress 6.7.2', ' | ', '<link rel="stylesheet" href="/wp-content/themes/Newspaper/style.css?ver=12.6.8">')}
<body class="post-template-default single single-post td-standard-pack global-block-template-1 tdb_template">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu"><div class="td-header-sp-top-widget"><span class="td_data_time">{e(human(p))}</span></div></div><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><span class="td-visual-hidden">{e(p.site_name)}</span></a></div>{nav(p, 'td-header-main-menu')}</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
<div class="td-crumb-container">{crumbs(p, 'entry-crumbs', ' » ')}</div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article class="post type-post status-publish format-standard has-post-thumbnail">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/{a(p.section.lower())}/">{e(p.section)}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{e(p.title)}</h1>
<div class="td-module-meta-info">{('<div class="td-post-author-name">' + (('<div class="td-author-by">' + e(by_word(p)) + '</div> ') if by_word(p) else '') + '<a href="/author/">' + byline_text(p) + '</a></div>') if p.byline else ''}<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(p)}">{e(human(p))}</time></span><div class="td-post-views"><span class="td-nr-views-{hash_id(p.url) % 99999}">{hash_id(p.url) % 4000 + 120}</span></div></div></header></div>
<div class="td-post-sharing-top">{share(p, 'td-post-sharing-visible')}</div>
<div class="td-post-content tagdiv-type">
{chr(10).join(blocks)}
</div>
<footer>{src}
{bio_html(p, 'td-author-name-wrap author-box-wrap')}
{gallery_html(p, 'td-gallery')}
<div class="td-post-sharing-bottom">{share(p, 'td-post-sharing-classic')}</div></footer>
</article>
{comments_html(p, 'comments')}
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
{rail(p, 'td_block_popular', u['most'], p.rails)}
{more_from(p, 'td_block_wire')}
{newsletter(p, 'td_block_newsletter_subscribe')}
<div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- {e(u['ad'])} -</span></div>
</div></div></div></div></div>
{footer(p, 'td-footer-wrapper td-sub-footer-container', '<p class="td-sub-footer-copy">Designed by tagDiv</p>')}
{consent(p, 'cookieyes')}
</body>
</html>"""


# ---------------------------------------------------------------- WordPress: Soledad


def r_soledad(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, "<p>{}</p>", fig_html="",
        ad_fn=lambda p, n: f'<div class="penci-google-adsense-1"><small>{e(u["ad"])}</small><ins class="adsbygoogle"></ins></div>',
        ra_fmt='<div class="penci-ilrltpost-insert penci-ilrltpost-beauti"><div class="penci-ilrltpost-inner"><span class="penci-ilrltpost-title">{label}</span> <a href="{href}" class="penci-ilrltpost-link">{title}</a></div></div>',
        embed=embed_html(p, "wp"),
    )
    src = f'<div class="penci-source-via"><p>{e(source_line("soledad", p.lang, p.source))}</p></div>' if p.source else ""
    return f"""{html_open(p, '')}
{head(p, 'WordPress 6.6.2', ' - ', '<link rel="stylesheet" id="penci-soledad-parent-style-css" href="/wp-content/themes/soledad/style.css?ver=8.5.9">')}
<body class="post-template-default single single-post penci-body-single-style-1 soledad-ver-8-5-9">
<div class="wrapper-boxed header-style-header-6"><header id="header" class="header-header-6 has-bottom-line"><div class="inner-header penci-header-second"><div id="logo"><a href="/"><img class="penci-mainlogo" src="/logo.png" alt="{a(p.site_name)}"></a></div></div>{nav(p, 'navigation menu-style-2 penci-main-menu')}</header>
<div class="penci-single-wrapper"><div class="container container-single penci_sidebar right-sidebar"><div id="main" class="penci-main-single-page">
<div class="penci-breadcrumb single-breadcrumb">{crumbs(p, 'penci-bread', ' / ')}</div>
<article class="post type-post hentry"><div class="header-standard header-classic single-header"><div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name" href="#">{e(p.section)}</a></span></div>
<h1 class="post-title single-post-title entry-title">{e(p.title)}</h1>
<div class="post-box-meta-single">{('<span class="author-post byline"><span class="author vcard">' + e(by_word(p)) + ' <a class="author-url url fn n" href="/author/">' + byline_text(p) + '</a></span></span>') if p.byline else ''}<span><time class="entry-date published" datetime="{iso(p)}">{e(human(p))}</time></span></div></div>
<div class="post-image">{fig(p, 'wp-caption', 'penci-featured-caption')}</div>
<div class="post-entry blockquote-style-1"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">
{chr(10).join(blocks)}
{src}
<div class="penci-single-link-pages"></div></div></div>
<div class="tags-share-box single-post-share tags-share-box-2_3">{share(p, 'post-share')}</div>
{bio_html(p, 'post-author')}
{gallery_html(p, 'penci-post-gallery-container')}
<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">You may also like</h4></div>{rail(p, 'penci-related-carousel', u['related'], p.rails[:3], ol=False)}</div>
{comments_html(p, 'post-comments')}
</article></div>
<div id="sidebar" class="penci-sidebar-right penci-sidebar-content">{rail(p, 'widget penci_latest_news_widget', u['most'], p.rails[3:])}{more_from(p, 'widget penci-wire')}{newsletter(p, 'widget widget_mc4wp_form_widget')}</div>
</div></div>
{footer(p, 'footer-copyright-area', '<div class="penci-go-to-top-floating"></div>')}
{consent(p, 'complianz')}
</div></body>
</html>"""


# ---------------------------------------------------------------- WordPress: GeneratePress


def r_generatepress(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, "<p>{}</p>", fig_html=fig(p, "wp-block-image size-large", "wp-element-caption"),
        ad_fn=lambda p, n: f'<div class="gb-container gb-container-ad"><p class="has-small-font-size">{e(u["ad"])}</p><div class="code-block code-block-{n}"></div></div>',
        ra_fmt='<p class="has-background has-pale-cyan-blue-background-color"><strong>{label}:</strong> <a href="{href}">{title}</a></p>',
        embed=embed_html(p, "wp"),
    )
    return f"""{html_open(p, '')}
{head(p, 'WordPress 6.7.1', ' - ')}
<body class="post-template-default single single-post right-sidebar nav-below-header separate-containers header-aligned-left">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="/" rel="home">{e(p.site_name)}</a></p><p class="site-description">{e(u['local'])} · {e(u['news'])}</p></div></div></header>
{nav(p, 'main-navigation sub-menu-right')}
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article class="post type-post status-publish format-standard has-post-thumbnail hentry" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
{crumbs(p, 'rank-math-breadcrumb', ' » ')}
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(p.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso(p)}" itemprop="datePublished">{e(human(p))}</time></span> {('<span class="byline">' + e(by_word(p)) + ' <span class="author vcard" itemprop="author"><a class="url fn n" href="/author/" itemprop="url"><span class="author-name" itemprop="name">' + byline_text(p) + '</span></a></span></span>') if p.byline else ''}</div></header>
<div class="entry-content" itemprop="text">
{chr(10).join(blocks)}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="#" rel="category tag">{e(p.section)}</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="{slug_host(p)}/prev/" rel="prev">{e(p.rails[0][0]) if p.rails else ''}</a></span></div></nav></footer>
</div></article>
{gallery_html(p, 'wp-block-gallery has-nested-images')}
{comments_html(p, 'comments-area')}
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside class="widget inner-padding widget_recent_entries">{rail(p, 'recent', u['most'], p.rails, ol=False)}</aside>
{more_from(p, 'widget inner-padding widget_text')}
<aside class="widget inner-padding widget_block">{newsletter(p, 'wp-block-group newsletter')}</aside>
</div></div>
</div></div>
<div class="site-footer"><div class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; {p.ymd[0]} {e(p.group or p.site_name)}</span> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></div></div>
{consent(p, 'complianz')}
</body>
</html>"""


# ---------------------------------------------------------------- WordPress: Astra


def r_astra(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, "<p>{}</p>", fig_html=fig(p, "wp-block-image aligncenter", "wp-element-caption"),
        ad_fn=lambda p, n: f'<div class="ast-advertisement" style="text-align:center"><p><small>{e(u["ad"])}</small></p><div class="adsense"></div></div>',
        ra_fmt='<blockquote class="wp-block-quote is-style-plain"><p>{label}: <a href="{href}">{title}</a></p></blockquote>',
        embed=embed_html(p, "wp"),
    )
    return f"""{html_open(p, '')}
{head(p, 'WordPress 6.5.5', ' – ')}
<body class="post-template-default single single-post ast-single-post ast-inherit-site-logo-transparent ast-right-sidebar astra-4.8.3">
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity"><span class="site-title"><a href="/" rel="home">{e(p.site_name)}</a></span></div>{nav(p, 'site-navigation ast-flex-grow-1 navigation-accessibility')}</div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
{crumbs(p, 'ast-breadcrumbs-wrapper', ' » ')}
<main id="main" class="site-main"><article class="post type-post status-publish ast-article-single" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(p.title)}</h1>
<div class="entry-meta">{('<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author"> ' + e(by_word(p)) + ' <a title="View all posts" href="/author/" class="url fn n"><span class="author-name" itemprop="name">' + byline_text(p) + '</span></a></span> / ') if p.byline else ''}<span class="posted-on"><span class="published" itemprop="datePublished">{e(human(p))}</span></span></div></header>
<div class="entry-content clear" itemprop="text">
{chr(10).join(blocks)}
</div></div>
{share(p, 'ast-post-social-sharing')}
{bio_html(p, 'ast-single-author-box ast-author-meta')}
<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">{e(u['related'])}</h2></div>{rail(p, 'ast-related-posts-wrapper', '', p.rails[:3], ol=False)}</div>
{comments_html(p, 'comments-area')}
</article></main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main">{rail(p, 'widget widget_block', u['most'], p.rails[3:])}{more_from(p, 'widget wire-box')}{newsletter(p, 'widget widget_block newsletter')}</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div class="ast-footer-copyright"><p>Copyright &copy; {p.ymd[0]} {e(p.group or p.site_name)} | Powered by <a href="https://wpastra.com/" rel="nofollow noopener">Astra WordPress Theme</a></p></div></div></footer>
{consent(p, 'cookieyes')}
</div></body>
</html>"""


# ---------------------------------------------------------------- Arc XP newspaper


def r_arc(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, '<p class="c-paragraph">{}</p>', fig_html="",
        ad_fn=lambda p, n: f'<div class="arcad-feature b-ad" data-slot="inline-{n}"><p class="advertisement-label">{e(u["ad"].upper())}</p><div id="arcad_inline{n}"></div></div>',
        ra_fmt='<div class="c-interstitial-link"><span class="c-interstitial-label">{label}</span> <a href="{href}" class="c-link">{title}</a></div>',
        embed=embed_html(p, "arc"),
    )
    bl = f'<div class="c-byline ts-byline"><span class="ts-byline__by">{e(by_word(p))}</span> <span class="ts-byline__names">{byline_text(p)}</span></div>' if p.byline else ""
    return f"""{html_open(p, '')}
{head(p, '', ' | ', '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="site";Fusion.deployment="1042";</script>')}
<body><div id="fusion-app" class="layout-section">
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><a class="b-header-nav-chain__logo" href="/"><img alt="{a(p.site_name)}" src="/pf/resources/images/logo.svg"></a><button class="b-header-nav-chain__subscribe">{e(u['sub'])}</button></div>{nav(p, 'b-links-bar')}</header>
<div class="b-alert-bar"><a href="/live/">{e(u['live'])}: {e(p.rails[0][0]) if p.rails else ''}</a></div>
<main class="b-right-rail-advanced"><div class="b-right-rail-advanced__main">
<article class="b-article-body">
<div class="b-overline"><a class="c-overline" href="/{a(p.section.lower())}/">{e(p.section)}</a></div>
<h1 class="b-headline c-heading">{e(p.title)}</h1>
<div class="b-byline-date">{bl}<time class="c-date" datetime="{iso(p)}">{e(u['published'])} {e(human(p))}</time></div>
<div class="b-share-bar">{share(p, 'c-share')}</div>
<figure class="c-media-item b-lead-art"><img src="https://{p.host}/resizer/v2/{hash_id(p.url) % 10**9}.jpg" alt=""><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">{e(p.caption)}</span></figcaption></figure>
{chr(10).join(blocks)}
</article>
{gallery_html(p, 'b-gallery')}
{comments_html(p, 'b-comments')}
</div>
<aside class="b-right-rail-advanced__rail">{rail(p, 'b-top-table-list b-most-read', u['most'], p.rails)}{more_from(p, 'b-wire-list')}{newsletter(p, 'b-newsletter-signup')}<div class="arcad-feature"><p class="advertisement-label">{e(u['ad'].upper())}</p></div></aside>
</main>
{footer(p, 'b-footer')}
{consent(p, 'onetrust')}
</div></body>
</html>"""


# ---------------------------------------------------------------- Brightspot


def r_brightspot(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, "<p>{}</p>", fig_html="",
        ad_fn=lambda p, n: f'<div class="GoogleDfpAd-wrap" data-module><ps-htlad class="htlad-inline"><span class="GoogleDfpAd-label">{e(u["ad"])}</span></ps-htlad></div>',
        ra_fmt='<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="Link"><span class="Link-label">{label}:</span> <a class="Link" href="{href}">{title}</a></div></div></div>',
        embed=f'<div class="Enhancement"><div class="Enhancement-item">{embed_html(p, "bsp")}</div></div>',
    )
    bl = f'<div class="Page-byline"><div class="Page-authors">{byline_text(p)}</div></div>' if p.byline else ""
    return f"""{html_open(p, '')}
{head(p, '', ' | ', '<meta name="brightspot.contentId" content="00000194-' + str(hash_id(p.url) % 10**8) + '">')}
<body class="Page-body" data-bsp-template="ArticlePage">
<bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/"><span>{e(p.site_name)}</span></a>{nav(p, 'Page-header-navigation NavigationItem')}</div></bsp-header>
<main class="Page-main"><div class="Page-above">{crumbs(p, 'BreadcrumbNavigation', ' / ')}</div>
<div class="Page-content"><div class="Page-articleLead"><h1 class="Page-headline">{e(p.title)}</h1>{bl}<div class="Page-datePublished">{e(human(p))}</div>
<div class="Page-actions">{share(p, 'ActionBar')}</div></div>
<figure class="Figure Page-lead"><img class="Image" src="https://{p.host}/dims4/default/{hash_id(p.url) % 10**7}/2147483647/strip/true/crop/1200x800" alt=""><div class="Figure-content"><div class="Figure-caption">{e(p.caption)}</div></div></figure>
<div class="RichTextArticleBody RichTextBody">
{chr(10).join(blocks)}
</div>
{bio_html(p, 'AuthorBio')}
{gallery_html(p, 'Gallery')}
</div>
<aside class="Page-aside">{rail(p, 'List MostPopular', u['most'], p.rails)}{more_from(p, 'List WireStories')}{newsletter(p, 'NewsletterSignupInline')}</aside>
</main>
{footer(p, 'Page-footer')}
{consent(p, 'onetrust')}
</body>
</html>"""


# ---------------------------------------------------------------- Drupal 10


def r_drupal(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, "<p>{}</p>", fig_html="",
        ad_fn=lambda p, n: f'<div class="block block-dfp block-dfp-ad-inline{n}"><div class="dfp-tag-wrapper"><p class="dfp-label">{e(u["ad"])}</p></div></div>',
        ra_fmt='<aside class="paragraph paragraph--type--related-content"><div class="field field--name-field-related"><span class="related-label">{label}:</span> <a href="{href}" hreflang="' + p.lang + '">{title}</a></div></aside>',
        embed=f'<div class="media media--type-remote-video">{embed_html(p, "drupal")}</div>',
    )
    src = ""
    if p.source:
        src = f'<div class="field field--name-field-source field--type-string field--label-inline clearfix">\n<div class="field__label">{e(u["source"])}</div>\n<div class="field__item">{e(p.source)}</div>\n</div>'
    bl = f'<div class="field field--name-field-author field--label-hidden field__item">{byline_text(p)}</div>' if p.byline else ""
    return f"""{html_open(p, '')}
{head(p, 'Drupal 10 (https://www.drupal.org)', ' | ', '<link rel="shortlink" href="https://' + p.host + '/node/' + str(hash_id(p.url) % 90000 + 10000) + '">')}
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/site/logo.svg" alt="{a(u['home'])}"></a><div class="site-name"><a href="/" rel="home">{e(p.site_name)}</a></div></div></div>{nav(p, 'region region-primary-menu menu--main')}</header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block">{crumbs(p, 'breadcrumb', ' / ')}</div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<article role="article" class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(p.title)}</span></h1>
<div class="node__meta">{bl}<span class="field field--name-created field--type-created field--label-hidden"><time datetime="{iso(p)}">{e(human(p))}</time></span></div>
<div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item">{fig(p, 'image-field', 'field--name-field-image-caption')}</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{chr(10).join(blocks)}
</div>
{src}
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/{hash_id(p.section) % 900}">{e(p.section)}</a></div></div></div>
{share(p, 'block block-better-social-sharing-buttons')}
</div>
{gallery_html(p, 'paragraph paragraph--type--gallery')}
{comments_html(p, 'field field--name-comment field--type-comment')}
</article></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">{rail(p, 'block block-views block-views-blockmost-read-block-1', u['most'], p.rails)}{more_from(p, 'block block-block-content wire-feed')}{newsletter(p, 'block block-simplenews block-simplenews-subscription-block')}</div></aside>
</main>
{footer(p, 'site-footer region region-footer')}
{consent(p, 'tcf')}
</div></div>
</body>
</html>"""


# ---------------------------------------------------------------- Ghost


def r_ghost(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, "<p>{}</p>", fig_html="",
        ad_fn=lambda p, n: f'<div class="kg-card kg-html-card"><div class="sponsor-slot"><small>{e(u["ad"])}</small> <a href="/sponsors/">{e(p.site_name)} is supported by local businesses.</a></div></div>',
        ra_fmt='<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{href}"><div class="kg-bookmark-content"><div class="kg-bookmark-title">{title}</div><div class="kg-bookmark-description">{label}</div></div></a></figure>',
        embed=embed_html(p, "ghost"),
    )
    author = f'<div class="gh-article-meta"><div class="gh-article-author-image"></div><div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/">{byline_text(p)}</a></h4><div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="{iso(p)}">{e(human(p))}</time></div></div></div>' if p.byline else f'<time class="gh-article-meta-date" datetime="{iso(p)}">{e(human(p))}</time>'
    return f"""{html_open(p, '')}
{head(p, 'Ghost 5.101', ' ', '<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1e2c">')}
<body class="post-template tag-{a(p.section.lower().replace(' ', '-'))} has-sans-title has-serif-body">
<div class="gh-site"><header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{e(p.site_name)}</a></div>{nav(p, 'gh-head-menu')}<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a> <a class="gh-head-button" href="#/portal/signup" data-portal="signup">{e(u['sub'])}</a></div></div></header>
<main id="gh-main" class="gh-main"><article class="gh-article post tag-{a(p.section.lower())}">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/{a(p.section.lower())}/">{e(p.section)}</a><h1 class="gh-article-title is-title">{e(p.title)}</h1>{author}
{fig(p, 'gh-article-image', 'gh-article-image-caption')}</header>
<section class="gh-content gh-canvas is-body">
{chr(10).join(blocks)}
{gallery_html(p, 'kg-card kg-gallery-card kg-width-wide')}
</section>
<section class="gh-cta gh-canvas"><div class="gh-cta-inner"><h2>{e(u['nl'])}</h2><p>{e(u['nl_text'])}</p><form data-members-form="signup"><input data-members-email type="email" placeholder="{a(u['email'])}"><button class="gh-button" type="submit">{e(u['sub'])}</button></form></div></section>
{comments_html(p, 'gh-comments gh-canvas')}
</article>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">{e(u['related'])}</h2>{rail(p, 'gh-feed', '', p.rails, ol=False)}{more_from(p, 'gh-wire')}</div></section>
</main>
<footer class="gh-foot gh-outer"><div class="gh-foot-inner gh-inner"><div class="gh-copyright">{e(p.group or p.site_name)} © {p.ymd[0]}</div><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div></body>
</html>"""


# ---------------------------------------------------------------- Squarespace


def r_squarespace(p: Page) -> str:
    u = UI[p.lang]
    P = '<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">{}</p></div></div></div>'
    blocks = body_blocks(
        p, P, fig_html=f'<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">{fig(p, "image-block-outer-wrapper layout-caption-below", "image-caption-wrapper")}</div></div>',
        ad_fn=lambda p, n: f'<div class="sqs-block button-block"><div class="sqs-block-content"><a class="sqs-block-button-element" href="/support">{e(u["ad"])}: support local news</a></div></div>',
        ra_fmt='<div class="sqs-block summary-v2-block"><div class="sqs-block-content"><p><strong>{label}:</strong> <a href="{href}">{title}</a></p></div></div>',
        embed=embed_html(p, "sqs"),
    )
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="{p.lang}"{' dir="rtl"' if p.lang in RTL else ''}>
<!-- This is Squarespace. --><!-- {a(p.host)} -->
{head(p, '', ' — ', '<script>Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101"};</script>')}
<body id="item-{hash_id(p.url) % 10**9}" class="collection-type-blog-basic-grid view-item header-layout-nav-right tweak-blog-item-width-medium">
<header id="header" class="header theme-col--primary"><div class="header-title-text"><a href="/">{e(p.site_name)}</a></div>{nav(p, 'header-nav-list')}</header>
<main id="page" class="container" role="main"><article class="sections" id="sections"><section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><time class="dt-published blog-meta-item blog-meta-item--date" datetime="{iso(p)}">{e(human(p))}</time> {('<span class="blog-author blog-meta-item">' + e(by_word(p)) + ' <a href="/author/" class="blog-author-name">' + byline_text(p) + '</a></span>') if p.byline else ''}</div>
<h1 class="entry-title entry-title--large p-name">{e(p.title)}</h1></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
{chr(10).join(blocks)}
</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper">{bio_html(p, 'blog-item-author-profile')}</div>
<div class="blog-share-buttons">{share(p, 'blog-share-actions')}</div>
<section class="item-pagination item-pagination--prev-next">{rail(p, 'item-pagination-links', u['related'], p.rails[:2], ol=False)}</section>
{comments_html(p, 'squarespace-comments')}
</article></div></div></div></section></article>
<section class="page-section newsletter-section">{newsletter(p, 'newsletter-form-wrapper')}</section>
</main>
<footer class="sections" id="footer-sections"><div class="sqs-html-content"><p>© {p.ymd[0]} {e(p.group or p.site_name)}</p><p>{rail(p, 'footer-most-read', u['most'], p.rails[2:], ol=False)}</p></div><div class="sqs-block-content"><a href="https://www.squarespace.com">Powered by Squarespace</a></div></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2"><p>{e(u['cookie'])}</p><button class="sqs-cookie-banner-v2-accept">{e(u['accept'])}</button><button class="sqs-cookie-banner-v2-deny">{e(u['reject'])}</button></div></div>
</body>
</html>"""


# ---------------------------------------------------------------- Wix


def r_wix(p: Page) -> str:
    u = UI[p.lang]
    P = '<p class="_2qJYG _1bd52 wixui-rich-text__text" dir="auto"><span class="_3aFgB">{}</span></p>'
    blocks = body_blocks(
        p, P, fig_html=f'<div data-hook="imageViewer" class="_3OI3R">{fig(p, "ricos-image", "_1bwdX")}</div>',
        ad_fn=lambda p, n: f'<div class="_1cbpA" data-hook="divider-{n}"><p class="wixui-rich-text__text">{e(u["ad"])}</p></div>',
        ra_fmt='<p class="_2qJYG wixui-rich-text__text" dir="auto"><span>{label}: </span><a class="_3Lp0U" href="{href}" target="_top">{title}</a></p>',
        embed=f'<div data-hook="html-component">{embed_html(p, "wix")}</div>',
    )
    return f"""{html_open(p, '')}
{head(p, 'Wix.com Website Builder', ' | ', '<meta http-equiv="X-Wix-Meta-Site-Id" content="' + str(hash_id(p.host)) + '">')}
<body><div id="SITE_CONTAINER"><div id="main_MF"><div id="SCROLL_TO_TOP"></div>
<header id="SITE_HEADER" class="wixui-header"><div data-testid="richTextElement" class="wixui-rich-text"><h2 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">{e(p.site_name)}</span></h2></div>{nav(p, 'wixui-horizontal-menu')}</header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div data-hook="post-page"><article data-hook="post">
<div data-hook="post-header"><div data-hook="post-metadata">{('<span data-hook="user-name" class="tQ0Q1A user-name">' + byline_text(p) + '</span> · ') if p.byline else ''}<span data-hook="time-ago">{e(human(p))}</span> · <span data-hook="time-to-read">4 min read</span></div>
<h1 data-hook="post-title" class="H3vOVf"><span class="post-title">{e(p.title)}</span></h1></div>
<div data-hook="post-description" class="post-content__body"><div class="moHCnT" data-id="rich-content-viewer"><div class="_1-6iD">
{chr(10).join(blocks)}
</div></div></div>
{gallery_html(p, 'pro-gallery')}
<div data-hook="post-footer"><div data-hook="post-main-actions-desktop">{share(p, 'share-buttons')}</div></div>
</article>
<section data-hook="recent-posts"><h2 data-hook="recent-posts-title">Recent Posts</h2>{rail(p, 'recent-post-list', '', p.rails, ol=False)}</section>
{comments_html(p, 'comments-widget')}
</div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div data-testid="richTextElement" class="wixui-rich-text"><p class="font_9 wixui-rich-text__text">© {p.ymd[0]} by {e(p.group or p.site_name)}. Proudly created with Wix.com</p></div>{newsletter(p, 'wixui-form')}</footer>
<div data-hook="consent-banner-root" class="consent-banner"><p>{e(u['cookie'])}</p><button data-hook="consent-banner-apply-button">{e(u['accept'])}</button><button data-hook="consent-banner-settings-button">{e(u['prefs'])}</button></div>
</div></div></body>
</html>"""


# ---------------------------------------------------------------- Substack


def r_substack(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, "<p>{}</p>", fig_html=f'<div class="captioned-image-container">{fig(p, "image-link image2 is-viewable-img", "image-caption")}</div>',
        ad_fn=lambda p, n: f'<div class="subscription-widget-wrap-editor" data-attrs="{{}}"><div class="subscription-widget show-subscribe"><div class="preamble"><p>{e(p.site_name)} is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div>',
        ra_fmt='<div class="embedded-post-wrap"><a class="embedded-post" href="{href}"><div class="embedded-post-title">{title}</div><div class="embedded-post-cta"><span>{label}</span></div></a></div>',
        embed=embed_html(p, "substack"),
    )
    return f"""{html_open(p, '')}
{head(p, '', ' - ', '<link rel="alternate" type="application/rss+xml" href="/feed" title="' + a(p.site_name) + '">')}
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">{e(p.site_name)}</a><div class="navbar-buttons"><button class="button primary subscribe-btn">{e(u['sub'])}</button> <a class="button sign-in-link" href="/sign-in">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{e(p.title)}</h1><h3 class="subtitle">{e(p.desc or p.paras[0][:90])}…</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a class="pencraft pc-reset link" href="/profile">{byline_text(p) if p.byline else e(p.site_name)}</a></div><div class="pencraft pc-reset color-pub-secondary-text">{e(short_date(p))}</div></div>
<div class="post-ufi"><a class="post-ufi-button like-button" role="button">{hash_id(p.url) % 90 + 4}</a> <a class="post-ufi-button comment-button" href="#comments">{len(p.comments)}</a> <a class="post-ufi-button share-button" role="button">{e(u['share'])}</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{chr(10).join(blocks)}
</div></div>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><p class="preamble">Thanks for reading {e(p.site_name)}! Subscribe for free to receive new posts and support my work.</p><button class="button primary">{e(u['sub'])}</button></div></div>
<div class="post-footer">{share(p, 'post-footer-share')}<a class="button comment" href="#comments">{e(u['leave'])}</a></div>
</article>
{comments_html(p, 'comments-page')}
<div class="post-recommendations"><h4>Recommended</h4>{rail(p, 'portable-archive-list', '', p.rails, ol=False)}{more_from(p, 'recommendations-list')}</div>
</div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">© {p.ymd[0]} {e(p.group or p.site_name)}</div><div class="footerLinks"><a href="https://substack.com/privacy">{e(u['privacy'])}</a> ∙ <a href="https://substack.com/tos">{e(u['terms'])}</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><div class="footer-substack-cta"><a href="https://substack.com/signup">Start Writing</a> <a href="https://substack.com/app">Get the app</a></div><p class="footer-slogan">Substack is the home for great culture</p></div></div>
</div></div></body>
</html>"""


# ---------------------------------------------------------------- Medium


def r_medium(p: Page) -> str:
    u = UI[p.lang]
    n = hash_id(p.url) % 10**4
    P = '<p id="p' + str(n) + '" class="pw-post-body-paragraph mv mw fr mx b my mz na nb nc nd ne nf ng nh ni nj nk nl nm nn no np nq nr ns fk bk" data-selectable-paragraph="">{}</p>'
    blocks = body_blocks(
        p, P, fig_html=f'<figure class="nt nu nv nw nx ny nq nr paragraph-image"><div role="button" tabindex="0" class="nz oa ed ob bh oc"><img alt="" class="bh ks od c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.com/v2/resize:fit:1400/1*{hash_id(p.url) % 10**9}.jpeg"></div><figcaption class="oe ff of nq nr og oh be b bf z dt">{e(p.caption)}</figcaption></figure>' if p.caption else "",
        ad_fn=lambda p, n: "",
        ra_fmt='<p class="pw-post-body-paragraph"><em>{label}: </em><a class="af ou" href="{href}" rel="noopener">{title}</a></p>',
        embed="",
    )
    return f"""{html_open(p, '')}
{head(p, '', ' | by ' + (p.byline or '') + ' | ', '<meta name="referrer" content="unsafe-url"><meta property="al:android:package" content="com.medium.reader">')}
<body><div id="root"><div class="a b c"><div class="d e f g h i j k">
<div class="l ab"><div class="metabar"><a href="https://medium.com/" aria-label="Homepage">Medium</a> <a href="/m/signin">Sign in</a> <a href="/m/signin?operation=register">Get started</a></div></div>
<div class="l ac"><article><div class="l"><section><div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg fz ga gb gc">
<div><h1 id="{n}" class="pw-post-title gd ge gf be gg gh gi gj gk gl gm gn go gp gq gr gs gt" data-testid="storyTitle" data-selectable-paragraph="">{e(p.title)}</h1></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="hm hn ho hp hq ab"><div><div class="ab hr"><a href="/@author" rel="noopener follow"><div class="l ht hu by hv hw"><img alt="" class="l eq by dd de cx" src="https://miro.medium.com/v2/resize:fill:88:88/1*avatar.jpeg"></div></a></div></div><div class="bm bg l"><div class="ab"><div style="flex:1"><span class="be b bf z bk"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="authorName" href="/@author" rel="noopener follow">{byline_text(p)}</a></span></div> <span class="ib"> · </span><span><a class="af ag" href="/follow">{e(u['follow'])}</a></span></div>
<div class="l hx"><span class="be b bf z dt"><div class="ab cn ic id ie"><span data-testid="storyReadTime">6 min read</span><div class="if ig l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z dt">·</span></span></div><span data-testid="storyPublishDate">{e(short_date(p))}</span></div></span></div></div></div></div></div>
{chr(10).join(blocks)}
</div></div></div></section></div></article></div>
<div class="ab ca"><div class="ch bg fz ga gb gc"><div class="pw-multi-vote-count l"><span>{hash_id(p.url) % 900 + 12}</span></div><div class="ab"><span>{len(p.comments)} responses</span></div></div></div>
<div class="ab ca"><div class="ch bg"><div class="ab cp"><h2 class="be sk sl sm fk">Written by {byline_text(p)}</h2></div><p>{e(p.bio[1]) if p.bio else ''}</p></div></div>
<div class="ab ca"><div class="ch bg"><h2 class="be">{e(u['more'])} {byline_text(p)}</h2>{rail(p, 'pw-more-from-author', '', p.rails, ol=False)}</div></div>
{comments_html(p, 'pw-responses')}
<div class="ab ca footer"><a href="https://help.medium.com/hc/en-us">Help</a> <a href="https://medium.statuspage.io/">Status</a> <a href="https://medium.com/about?autoplay=1">About</a> <a href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9">{e(u['privacy'])}</a> <a href="https://speechify.com/medium">Text to speech</a></div>
</div></div></div></body>
</html>"""


# ---------------------------------------------------------------- local TV station group site


def r_tvgroup(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, '<p class="article-paragraph">{}</p>', fig_html="",
        ad_fn=lambda p, n: f'<div class="ad-container gam-ad" data-ad-pos="mid{n}"><span class="ad-label">{e(u["ad"])}</span></div>',
        ra_fmt='<div class="related-story-inline"><span class="related-label">{label}:</span> <a href="{href}">{title}</a></div>',
        embed=embed_html(p, "tv"),
    )
    bl = f'<div class="byline"><span class="author-name">{byline_text(p)}</span></div>' if p.byline else ""
    return f"""{html_open(p, '')}
{head(p, '', ' | ', '<meta name="station-call-letters" content="' + a(p.site_name) + '">')}
<body class="article-page station-site"><div id="app">
<div class="weather-alert-banner"><a href="/weather/alerts/">{e(u['weather'])}: Red Flag Warning in effect until 8 p.m.</a></div>
<header class="site-header"><a class="station-logo" href="/"><img alt="{a(p.site_name)}" src="/pf/resources/logo.svg"></a>{nav(p, 'site-nav')}<a class="watch-live" href="/live/">Watch Live</a></header>
<div class="breaking-news-ticker"><span>{e(u['top'])}</span> {rail(p, 'ticker', '', p.rails[:3], ol=False)}</div>
<main class="article-layout"><article class="article">
<div class="article-headline"><h1 class="headline">{e(p.title)}</h1>{bl}<div class="article-dates"><span class="published-date">{e(u['published'])}: {e(human(p))}</span></div></div>
<div class="share-bar">{share(p, 'share-buttons')}</div>
<div class="video-player-container"><div class="video-player" data-video-id="{hash_id(p.url) % 10**6}"><p class="video-title">{e(p.title)}</p><span class="video-duration">2:14</span></div></div>
<div class="article-body">
{chr(10).join(blocks)}
</div>
{gallery_html(p, 'photo-gallery')}
<div class="report-typo"><a href="mailto:news@{a(p.host)}">See a spelling or grammar error? Report it to us.</a></div>
{comments_html(p, 'article-comments')}
</article>
<aside class="article-rail">{rail(p, 'most-read-list', u['most'], p.rails)}{more_from(p, 'national-news-list')}{newsletter(p, 'newsletter-signup')}<div class="app-promo"><p>Download the {e(p.site_name)} News app for breaking news alerts.</p></div></aside>
</main>
{footer(p, 'site-footer', '<p class="eeo">EEO Report · FCC Public File · Closed Captioning</p>')}
{consent(p, 'onetrust')}
</div></body>
</html>"""


# ---------------------------------------------------------------- radio group site


def r_radiogroup(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, "<p>{}</p>", fig_html="",
        ad_fn=lambda p, n: f'<div class="component-ad-unit ad-unit-inline" data-position="{n}"><span class="ad-label">{e(u["ad"])}</span></div>',
        ra_fmt='<p class="related-link"><strong>{label}:</strong> <a href="{href}">{title}</a></p>',
        embed=embed_html(p, "radio"),
    )
    bl = f'<span class="component-author-name">{byline_text(p)}</span>' if p.byline else ""
    return f"""{html_open(p, '')}
{head(p, '', ' | ')}
<body class="page-content-detail"><div id="page">
<header class="component-site-header"><div class="header-logo"><a href="/">{e(p.site_name)}</a></div>{nav(p, 'header-menu')}<div class="component-live-player"><button class="listen-live">Listen Live</button><span class="now-playing">On Air Now: The Morning Show</span></div></header>
<main class="component-content-detail"><section class="content-header"><div class="content-eyebrow"><a href="/{a(p.section.lower())}/">{e(p.section)}</a></div><h1 class="content-title">{e(p.title)}</h1>
<div class="content-byline">{bl}<time class="content-date" datetime="{iso(p)}">{e(human(p))}</time></div>{share(p, 'component-social-share')}</section>
<article class="component-article-body content-body">
{fig(p, 'component-image lead-image', 'image-attribution')}
{chr(10).join(blocks)}
</article>
<section class="component-podcast-promo"><h3>Listen to the newscast</h3><p>Hourly local news updates, on air and on the app.</p></section>
{gallery_html(p, 'component-gallery')}
{comments_html(p, 'component-comments')}
<aside class="component-sidebar">{rail(p, 'component-trending', u['trending'], p.rails)}{more_from(p, 'component-wire-news')}{newsletter(p, 'component-newsletter')}</aside>
</main>
{footer(p, 'component-site-footer', '<p class="fcc">FCC Applications · EEO Public File · Contest Rules</p>')}
{consent(p, 'onetrust')}
</div></body>
</html>"""


# ---------------------------------------------------------------- MSN/Yahoo-style partner portal


def r_partner(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, "<p>{}</p>", fig_html="",
        ad_fn=lambda p, n: f'<div class="native-ad" data-m="{n}"><span class="ad-choice">{e(u["ad"])}</span><p>Sponsored content</p></div>',
        ra_fmt='<p class="read-more-inline"><a href="{href}">{title}</a></p>',
        embed="",
    )
    prov = f'<div class="attribution-wrapper"><img class="provider-logo" alt="" src="https://img-s-msn-com.akamaized.net/logo/{hash_id(p.source or "") % 9999}.png"><span class="provider-name">{e(source_line("partner", p.lang, p.source))}</span></div>' if p.source else ""
    bl = f'<div class="byline"><span>{byline_text(p)}</span></div>' if p.byline else ""
    return f"""{html_open(p, '')}
{head(p, '', ' | ', '<meta name="robots" content="noindex">')}
<body class="article-reader"><div id="root">
<header class="portal-header"><a class="portal-logo" href="/">{e(p.site_name)}</a><form class="search"><input type="search" placeholder="Search the web"></form>{nav(p, 'portal-nav')}</header>
<main class="reading-view"><article class="article-content">
{prov}
<h1 class="article-title">{e(p.title)}</h1>{bl}<div class="article-time"><time datetime="{iso(p)}">{e(human(p))}</time></div>
<div class="article-actions">{share(p, 'share-menu')}<button class="follow-provider">{e(u['follow'])}</button></div>
{fig(p, 'article-image', 'image-caption')}
<div class="article-body">
{chr(10).join(blocks)}
</div>
<div class="reactions"><button>👍 {hash_id(p.url) % 300}</button><button>😮 {hash_id(p.title) % 40}</button><button>💬 {len(p.comments)}</button></div>
{comments_html(p, 'comments-module')}
</article>
<aside class="river">{rail(p, 'trending-now', u['trending'], p.rails)}{more_from(p, 'more-from-provider')}<div class="native-ad-river"><span>{e(u['ad'])}</span></div></aside>
</main>
{footer(p, 'portal-footer')}
{consent(p, 'tcf')}
</div></body>
</html>"""


# ---------------------------------------------------------------- NewsBreak/SmartNews-style aggregator


def r_newsbreak(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, "<p>{}</p>", fig_html="",
        ad_fn=lambda p, n: f'<div class="nb-ad-card"><span class="nb-ad-tag">{e(u["ad"])}</span><p>Local deals near you</p></div>',
        ra_fmt="",
        embed="",
    )
    src = ""
    if p.source:
        src = f'<div class="source-row"><a class="source-name" href="/s/{hash_id(p.source) % 99999}">{e(p.source)}</a> <span class="dot">·</span> <span class="time-ago">3h</span></div>'
    return f"""{html_open(p, '')}
{head(p, '', ' | ', '<meta name="apple-itunes-app" content="app-id=1132762804">')}
<body class="nb-article"><div id="__next">
<header class="nb-header"><a class="nb-logo" href="/">{e(p.site_name)}</a><span class="nb-location">{e(p.section)}</span><a class="nb-open-app" href="/app">Open in app</a></header>
<main class="nb-main"><article class="nb-article-card">
{src}
<h1 class="nb-title">{e(p.title)}</h1>
{('<div class="nb-byline">' + byline_text(p) + '</div>') if p.byline else ''}
{fig(p, 'nb-cover', 'nb-cover-caption')}
<div class="nb-content">
{chr(10).join(blocks)}
</div>
<div class="nb-article-footer"><a class="nb-read-original" href="#">Read full story at original source</a> {share(p, 'nb-share')}</div>
{comments_html(p, 'nb-comments')}
</article>
<section class="nb-feed"><h3>{e(u['top'])}</h3>{rail(p, 'nb-feed-list', '', p.rails, ol=False)}{more_from(p, 'nb-more-from-source')}</section>
</main>
{footer(p, 'nb-footer')}
{consent(p, 'tcf')}
</div></body>
</html>"""


# ---------------------------------------------------------------- Naver/Daum-style Korean portal


def r_naver(p: Page) -> str:
    u = UI[p.lang]
    P = "{}<br><br>"
    blocks = body_blocks(
        p, P, fig_html=f'<span class="end_photo_org"><img src="https://imgnews.pstatic.net/image/{hash_id(p.url) % 999:03d}/2026/03/12/{hash_id(p.title) % 10**6}.jpg" alt=""><em class="img_desc">{e(p.caption)}</em></span>' if p.caption else "",
        ad_fn=lambda p, n: "",
        ra_fmt="",
        embed="",
    )
    src = ""
    if p.source:
        src = f'<div class="c_text">{e(source_line("naver", p.lang, p.source))}</div>'
    press = f'<div class="media_end_head_top"><a href="#" class="media_end_head_top_logo"><img alt="{a(p.source or p.site_name)}" class="media_end_head_top_logo_img" src="https://mimgnews.pstatic.net/image/upload/office_logo/{hash_id(p.source or "") % 999}.png"></a></div>'
    return f"""{html_open(p, '')}
{head(p, '', ' : ', '<meta property="og:article:author" content="' + a(p.source or p.site_name) + ' | 네이버">')}
<body><div id="wrap">
<div id="ct_wrap"><header class="Nlnb"><a class="Nlogo" href="/">{e(p.site_name)}</a><ul class="Nlnb_menu"><li><a href="/section/100">정치</a></li><li><a href="/section/101">경제</a></li><li><a href="/section/102">사회</a></li><li><a href="/section/104">세계</a></li></ul></header>
<div id="ct" class="ct _GRID_TEMPLATE_COLUMN _STICKY_CONTENT"><div class="media_end_head go_trans">{press}
<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>{e(p.title)}</span></h2></div>
<div class="media_end_head_info nv_notrans"><div class="media_end_head_info_datestamp"><div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">{e(u['published'])}</span><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="{iso(p)}">{e(human(p))}</span></div></div>
<div class="media_end_head_info_variety"><div class="media_end_head_journalist">{('<em class="media_end_head_journalist_name">' + byline_text(p) + '</em>') if p.byline else ''}</div><div class="media_end_head_info_variety_right"><span class="u_likeit_text _count">{hash_id(p.url) % 300}</span> <a class="media_end_head_cmtcount_button" href="#cbox">{len(p.comments)}</a> <button class="media_end_head_autosummary_button">요약봇</button> <button class="media_end_head_fontsize_trigger">본문 글씨 크기</button></div></div></div></div>
<div id="contents" class="newsct_body"><div id="newsct_article" class="newsct_article _article_body"><article id="dic_area" class="go_trans _article_content">
{chr(10).join(blocks)}
</article></div>
<div class="byline"><p class="byline_p"><span class="byline_s">{byline_text(p)}</span></p></div>
<div class="copyright"><div class="c_text_wrap">{src}</div></div>
<div class="media_end_linked_more"><h4 class="media_end_linked_more_title">{e(p.source or p.site_name)} {e(u['more'])}</h4>{rail(p, 'media_end_linked_more_list', '', p.rails[:4], ol=False)}</div>
<div class="media_end_categorize"><span>이 기사를 추천합니다</span> <button>쏠쏠정보</button> <button>흥미진진</button> <button>공감백배</button> <button>분석탁월</button> <button>후속강추</button></div>
<div id="cbox" class="u_cbox">{comments_html(p, 'u_cbox_content_wrap')}</div>
</div></div>
<aside class="_PERSIST_CONTENT"><div class="ranking_list">{rail(p, 'press_ranking_list', u['most'], p.rails[4:])}</div>{more_from(p, 'aside_related_wire')}</aside>
</div>
<footer id="footer"><div class="footer_inner"><p class="footer_notice">각 기사의 저작권은 해당 언론사에 있습니다. {e(p.site_name)}는 기사를 편집하지 않습니다.</p><address>© {e(p.group or p.site_name)} Corp.</address></div></footer>
</div></body>
</html>"""


# ---------------------------------------------------------------- Rambler/Mail.ru-style Russian portal


def r_rambler(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, '<p class="paragraph">{}</p>', fig_html="",
        ad_fn=lambda p, n: f'<div class="ad-inread" data-ad-slot="inread-{n}"><span class="ad-mark">{e(u["ad"])}</span><div class="adfox"></div></div>',
        ra_fmt='<div class="read-also-block"><span class="read-also-title">{label}:</span> <a href="{href}">{title}</a></div>',
        embed=embed_html(p, "rambler"),
    )
    src = ""
    if p.source:
        src = f'<div class="source-block"><a class="source-link" href="#" rel="nofollow noopener" target="_blank"><span>{e(source_line("rambler", p.lang, p.source))}</span></a></div>'
    return f"""{html_open(p, '')}
{head(p, '', ' — ', '<meta name="yandex-verification" content="' + str(hash_id(p.host)) + '">')}
<body class="topic-page"><div id="app"><div class="rambler-topline"><a href="/">{e(p.site_name)}</a> <a href="/mail">Почта</a> <a href="/weather">{e(u['weather'])}</a> <a href="/horoscope">Гороскопы</a></div>
<header class="portal-header">{nav(p, 'rubrics-menu')}</header>
<main class="layout"><div class="content-col">{crumbs(p, 'breadcrumbs', ' / ')}
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="article-title" itemprop="headline">{e(p.title)}</h1>
<div class="article-info"><time datetime="{iso(p)}">{e(human(p))}</time>{(' <span class="article-author">' + byline_text(p) + '</span>') if p.byline else ''}</div>
{fig(p, 'article-image', 'article-image-caption')}
<div class="article-text" itemprop="articleBody">
{chr(10).join(blocks)}
</div>
{src}
<div class="article-social">{share(p, 'share-vk-ok-tg')}</div>
<div class="subscribe-dzen"><a href="https://dzen.ru/">Подписывайтесь на нас в Дзен</a></div>
{comments_html(p, 'article-comments')}
</article>
<section class="infinite-feed">{rail(p, 'feed-next', u['top'], p.rails[:3], ol=False)}</section></div>
<aside class="right-col">{rail(p, 'top-news', u['most'], p.rails[3:])}{more_from(p, 'partner-news')}<div class="ad-240x400"><span>{e(u['ad'])}</span></div></aside>
</main>
{footer(p, 'portal-footer', '<p class="age-mark">18+</p>')}
<div class="cookie-warning">{e(u['cookie'])} <button>OK</button></div>
</div></body>
</html>"""


# ---------------------------------------------------------------- Dailyhunt-style Indian aggregator


def r_dailyhunt(p: Page) -> str:
    u = UI[p.lang]
    blocks = body_blocks(
        p, '<p class="dh-para">{}</p>', fig_html="",
        ad_fn=lambda p, n: f'<div class="dh-ad-container"><span class="dh-ad-label">{e(u["ad"])}</span></div>',
        ra_fmt='<div class="dh-related-inline"><span>{label}:</span> <a href="{href}">{title}</a></div>',
        embed="",
    )
    pub = ""
    if p.source:
        pub = f'<div class="dh-publisher"><img class="dh-pub-logo" alt="" src="https://assets-cdn.dailyhunt.in/logos/{hash_id(p.source) % 9999}.png"><span class="dh-pub-name">{e(p.source)}</span> <button class="dh-follow">{e(u["follow"])}</button></div>'
    return f"""{html_open(p, '')}
{head(p, '', ' | ', '<meta name="apple-itunes-app" content="app-id=338525188">')}
<body class="dh-story"><div id="root">
<header class="dh-header"><a class="dh-logo" href="/">{e(p.site_name)}</a><div class="dh-lang-switch">हिन्दी | English | मराठी</div>{nav(p, 'dh-tabs')}</header>
<main class="dh-main"><article class="dh-story-card">
{pub}
<div class="dh-time"><time datetime="{iso(p)}">{e(human(p))}</time></div>
<h1 class="dh-title">{e(p.title)}</h1>
{fig(p, 'dh-cover', 'dh-cover-caption')}
<div class="dh-story-body">
{chr(10).join(blocks)}
</div>
<div class="dh-disclaimer"><p>Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited by {e(p.site_name)}.</p></div>
<div class="dh-actions">{share(p, 'dh-share')}</div>
{comments_html(p, 'dh-comments')}
</article>
<aside class="dh-rail">{rail(p, 'dh-trending', u['trending'], p.rails)}{more_from(p, 'dh-more-from-publisher')}</aside>
</main>
{footer(p, 'dh-footer')}
{consent(p, 'cookie')}
</div></body>
</html>"""


TEMPLATES = {
    "tagdiv": r_tagdiv,
    "soledad": r_soledad,
    "generatepress": r_generatepress,
    "astra": r_astra,
    "arc": r_arc,
    "brightspot": r_brightspot,
    "drupal": r_drupal,
    "ghost": r_ghost,
    "squarespace": r_squarespace,
    "wix": r_wix,
    "substack": r_substack,
    "medium": r_medium,
    "tvgroup": r_tvgroup,
    "radiogroup": r_radiogroup,
    "partner": r_partner,
    "newsbreak": r_newsbreak,
    "naver": r_naver,
    "rambler": r_rambler,
    "dailyhunt": r_dailyhunt,
}


def render(p: Page) -> str:
    return TEMPLATES[p.cms](p)

# ruff: noqa: E501, RUF001
"""Templates of the forty-eighth blind set: print e-editions, archives and reference pages.

Written for this set from the markup such sites emit (not derived from the earlier sets'
templates). Ten families, one function each, all taking a `Page`:

- ``replica``: a print-replica e-Edition's article view (issue picker, page thumbnails, page/article
  toggle, section and page label, "Continued on page …" jump lines, clipping tools);
- ``eptext``: a regional daily's e-paper text view (city edition select, page strip, the clip image
  above its text, clip share tools);
- ``archive``: a digitised archive page (decade/year navigation, the record's field list, page scan
  viewer, OCR notice, "more from this day");
- ``yearsago``: a "looking back / N years ago" column;
- ``corrx``: a corrections and clarifications page (or an article under a correction box) with the
  corrections policy;
- ``briefs``: a briefs column ("in brief") with its footer line;
- ``obit``: an obituary or death-notice page (life dates, service details, guest book, flowers,
  funeral home);
- ``blotter``: a police or court log with its disclaimer;
- ``notices``: a local paper's council and school notices page;
- ``explainer``: an explainer or reference page of a news site (contents box, questions, FAQ JSON-LD).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

ON = ' class="on"'
CURRENT = ' class="current"'


def e(text: str) -> str:
    return escape(text, quote=True)


def num(text: str, mod: int) -> int:
    """A stable number for ``text`` (ids in paths), below ``mod``."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16) % mod


@dataclass
class Page:
    fam: str
    lang: str  # the <html lang> value
    code: str  # the case's language
    rtl: bool
    site: str
    host: str
    name: str
    url: str
    canonical: str
    title: str
    deck: str
    iso: str  # published, ISO 8601 with offset
    date: str  # the visible date of the page
    time: str  # the visible time of day
    author: str
    bio: str
    paras: list[str]  # HTML paragraphs of the text (dateline and mention in place)
    slots: dict[str, list[str]]  # slot -> plain texts (credits and own lines)
    caption: str
    image: str
    ui: dict[str, str]
    related: list[tuple[str, str]]
    partners: tuple[str, list[tuple[str, str]]]
    extra: dict[str, str] = field(default_factory=dict)
    source_org: str = ""  # JSON-LD sourceOrganization (markup-only credits)
    based_on: str = ""  # JSON-LD isBasedOn


# ---------------------------------------------------------------- UI strings
_EN = {
    "home": "Home", "news": "News", "local": "Local", "obits_nav": "Obituaries", "epaper_nav": "e-Edition",
    "archive_nav": "Archives", "search": "Search", "subscribe": "Subscribe", "signin": "Sign in",
    "share": "Share", "print": "Print", "related": "Related", "most_read": "Most read",
    "newsletter": "Get the morning headlines in your inbox.", "newsletter_btn": "Sign up", "email_ph": "Email address",
    "rights": "All rights reserved.", "privacy": "Privacy policy", "terms": "Terms of use", "contact": "Contact us",
    "advertise": "Advertise", "cookie": "We use cookies to improve your experience and to measure our audience.",
    "cookie_ok": "Accept", "by": "By", "published": "Published", "updated": "Updated", "partners": "From our partners",
    "page": "Page", "pages": "Pages", "edition": "Edition", "continued_on": "Continued on page {p}",
    "continued_from": "Continued from page {p}", "page_view": "Page view", "article_view": "Article view",
    "text_size": "Text size", "listen": "Listen", "prev_issue": "Previous issue", "next_issue": "Next issue",
    "in_edition": "In this edition", "section": "Main news", "city_edition": "Edition", "clip": "Clip",
    "download": "Download", "archive": "Archive", "from_archives": "From the archives",
    "ocr_note": "This text was produced by optical character recognition from the printed page and may contain errors.",
    "view_scan": "View the original page", "record": "Record", "pg": "Page", "more_day": "More from this day",
    "looking_back": "Looking back", "years_ago": "{n} years ago", "corrections": "Corrections and clarifications",
    "corr_policy": "We correct errors of fact as soon as we learn of them. Corrections appear on this page and with the article online.",
    "corr_report": "Report an error", "corr_label": "Correction", "briefs": "In brief", "obits": "Obituaries",
    "guestbook": "Guest book", "sign_gb": "Sign the guest book", "flowers": "Send flowers", "arrangements": "Arrangements",
    "service": "Service information", "log_kicker": "Police & courts",
    "log_note": "Arrests are not convictions. Everyone charged with a crime is presumed innocent unless proven guilty in court.",
    "notices": "Community notices", "submit_notice": "Submit a notice", "explained": "Explained", "toc": "In this article",
    "date": "Wednesday, March 17, 2027", "weekday": "Wednesday",
    "gb": "Our thoughts are with the family at this difficult time.|He will be missed by everyone who knew him.",
    "old_date": "{d}",
}

UI: dict[str, dict[str, str]] = {
    "en-US": _EN,
    "en-CA": {**_EN, "date": "Wednesday, March 17, 2027"},
    "en-AU": {**_EN, "date": "Wednesday, 17 March 2027"},
    "en-NZ": {**_EN, "date": "Wednesday, 17 March 2027"},
    "en-GB": {**_EN, "date": "Wednesday 17 March 2027", "most_read": "Most read", "obits_nav": "Family notices"},
    "zh-CN": {
        "home": "首页", "news": "新闻", "local": "本地", "obits_nav": "讣告", "epaper_nav": "数字报", "archive_nav": "旧报新读",
        "search": "搜索", "subscribe": "订阅", "signin": "登录", "share": "分享", "print": "打印", "related": "相关阅读",
        "most_read": "热门", "newsletter": "订阅每日早报", "newsletter_btn": "订阅", "email_ph": "电子邮箱", "rights": "版权所有",
        "privacy": "隐私政策", "terms": "用户协议", "contact": "联系我们", "advertise": "广告服务",
        "cookie": "本网站使用Cookie以改善您的浏览体验。", "cookie_ok": "同意", "by": "记者", "published": "发布时间",
        "updated": "更新", "partners": "合作媒体", "page": "版", "pages": "版面导航", "edition": "期",
        "city_edition": "版本", "page_n": "第{n}版", "clip": "剪报", "download": "下载", "article_view": "文字版", "page_view": "版面图",
        "archive": "档案", "from_archives": "旧报新读", "ocr_note": "本文由扫描版面经文字识别生成，可能存在错漏。",
        "view_scan": "查看原版面", "record": "档案信息", "pg": "版次", "more_day": "同日其他报道", "briefs": "简讯",
        "explained": "一文读懂", "toc": "本文目录", "date": "2027年3月17日 星期三", "weekday": "星期三",
        "old_date": "{d}",
    },
    "zh-TW": {
        "home": "首頁", "news": "新聞", "local": "地方", "obits_nav": "訃聞", "epaper_nav": "電子報", "archive_nav": "舊報",
        "search": "搜尋", "subscribe": "訂閱", "signin": "登入", "share": "分享", "print": "列印", "related": "延伸閱讀",
        "most_read": "熱門新聞", "newsletter": "訂閱每日新聞電子報", "newsletter_btn": "訂閱", "email_ph": "電子信箱",
        "rights": "版權所有，禁止轉載", "privacy": "隱私權政策", "terms": "服務條款", "contact": "聯絡我們", "advertise": "廣告刊登",
        "cookie": "本網站使用Cookie以提供更好的瀏覽體驗。", "cookie_ok": "我知道了", "by": "記者", "published": "發布時間",
        "updated": "更新", "partners": "合作夥伴", "page": "版", "page_n": "{n}版", "pages": "版面", "city_edition": "版別", "clip": "剪報",
        "download": "下載", "article_view": "文字版", "page_view": "版面", "obits": "訃聞", "guestbook": "留言追思",
        "sign_gb": "留下追思", "flowers": "致贈花籃", "arrangements": "治喪處", "service": "告別式資訊",
        "date": "2027年3月17日（星期三）", "weekday": "星期三", "gb": "陳奶奶一路好走。|感謝您多年來的照顧，永遠懷念。",
    },
    "th": {
        "home": "หน้าแรก", "news": "ข่าว", "local": "ข่าวท้องถิ่น", "obits_nav": "ข่าวมรณกรรม", "epaper_nav": "หนังสือพิมพ์ดิจิทัล",
        "archive_nav": "คลังข่าว", "search": "ค้นหา", "subscribe": "สมัครสมาชิก", "signin": "เข้าสู่ระบบ", "share": "แชร์",
        "print": "พิมพ์", "related": "ข่าวที่เกี่ยวข้อง", "most_read": "ข่าวยอดนิยม", "newsletter": "รับข่าวเช้าทางอีเมล",
        "newsletter_btn": "สมัคร", "email_ph": "อีเมล", "rights": "สงวนลิขสิทธิ์", "privacy": "นโยบายความเป็นส่วนตัว",
        "terms": "ข้อกำหนดการใช้งาน", "contact": "ติดต่อเรา", "advertise": "ลงโฆษณา",
        "cookie": "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ", "cookie_ok": "ยอมรับ", "by": "โดย",
        "published": "เผยแพร่", "updated": "ปรับปรุง", "partners": "ข่าวจากพันธมิตร", "page": "หน้า", "pages": "หน้า",
        "edition": "ฉบับ", "continued_on": "อ่านต่อหน้า {p}", "continued_from": "ต่อจากหน้า {p}", "page_view": "ดูทั้งหน้า",
        "article_view": "ดูเฉพาะข่าว", "text_size": "ขนาดตัวอักษร", "listen": "ฟังข่าว", "prev_issue": "ฉบับก่อน",
        "next_issue": "ฉบับถัดไป", "in_edition": "ในฉบับนี้", "section": "ข่าวหน้าหนึ่ง", "city_edition": "ฉบับ",
        "clip": "ตัดข่าว", "download": "ดาวน์โหลด", "briefs": "ข่าวสั้น", "obits": "ไว้อาลัย", "guestbook": "สมุดไว้อาลัย",
        "sign_gb": "ร่วมแสดงความอาลัย", "flowers": "ส่งพวงหรีด", "arrangements": "สถานที่ตั้งศพ", "service": "กำหนดการ",
        "explained": "อธิบาย", "toc": "ในบทความนี้", "date": "วันพุธที่ 17 มีนาคม 2570", "weekday": "วันพุธ",
        "gb": "ขอให้ดวงวิญญาณของคุณครูสู่สุคติ|ศิษย์เก่ารุ่น 2515 ขอร่วมไว้อาลัย",
    },
    "ms": {
        "home": "Utama", "news": "Berita", "local": "Setempat", "obits_nav": "Obituari", "epaper_nav": "e-Akhbar",
        "archive_nav": "Arkib", "search": "Cari", "subscribe": "Langgan", "signin": "Log masuk", "share": "Kongsi",
        "print": "Cetak", "related": "Berita berkaitan", "most_read": "Paling dibaca", "newsletter": "Terima berita pagi melalui e-mel.",
        "newsletter_btn": "Daftar", "email_ph": "Alamat e-mel", "rights": "Hak cipta terpelihara.", "privacy": "Dasar privasi",
        "terms": "Terma penggunaan", "contact": "Hubungi kami", "advertise": "Iklan",
        "cookie": "Laman ini menggunakan kuki untuk menambah baik pengalaman anda.", "cookie_ok": "Setuju", "by": "Oleh",
        "published": "Diterbitkan", "updated": "Dikemas kini", "partners": "Daripada rakan kami", "page": "Muka surat",
        "pages": "Halaman", "edition": "Edisi", "continued_on": "Bersambung di muka surat {p}",
        "continued_from": "Sambungan dari muka surat {p}", "page_view": "Paparan halaman", "article_view": "Paparan artikel",
        "text_size": "Saiz teks", "listen": "Dengar", "prev_issue": "Edisi sebelum", "next_issue": "Edisi seterusnya",
        "in_edition": "Dalam edisi ini", "section": "Berita utama", "city_edition": "Edisi", "clip": "Keratan",
        "download": "Muat turun", "corrections": "Pembetulan", "corr_label": "Pembetulan",
        "corr_note": "Versi awal artikel ini tersilap menyatakan tarikh kerja dimulakan. Kesilapan itu telah dibetulkan.",
        "corr_policy": "Kami membetulkan kesilapan fakta sebaik sahaja ia dikenal pasti.", "corr_report": "Laporkan kesilapan",
        "briefs": "Berita ringkas", "log_kicker": "Jenayah", "log_note": "Semua suspek dianggap tidak bersalah sehingga dibuktikan sebaliknya oleh mahkamah.",
        "explained": "Penjelasan", "toc": "Kandungan", "date": "Rabu, 17 Mac 2027", "weekday": "Rabu",
    },
    "tl": {
        "home": "Home", "news": "Balita", "local": "Probinsiya", "obits_nav": "Obitwaryo", "epaper_nav": "E-Diyaryo",
        "archive_nav": "Arkibo", "search": "Maghanap", "subscribe": "Mag-subscribe", "signin": "Mag-login", "share": "Ibahagi",
        "print": "I-print", "related": "Kaugnay na balita", "most_read": "Pinakabinasa", "newsletter": "Tumanggap ng balita sa inyong email.",
        "newsletter_btn": "Mag-sign up", "email_ph": "Email", "rights": "Lahat ng karapatan ay nakalaan.",
        "privacy": "Patakaran sa privacy", "terms": "Mga tuntunin", "contact": "Makipag-ugnayan", "advertise": "Mag-anunsiyo",
        "cookie": "Gumagamit ang site na ito ng cookies para mapabuti ang inyong karanasan.", "cookie_ok": "Sige",
        "by": "Ni", "published": "Inilathala", "updated": "Binago", "partners": "Mula sa aming mga katuwang",
        "page": "Pahina", "pages": "Mga pahina", "edition": "Isyu", "continued_on": "Itutuloy sa pahina {p}",
        "continued_from": "Karugtong mula sa pahina {p}", "page_view": "Buong pahina", "article_view": "Artikulo",
        "text_size": "Laki ng teksto", "listen": "Pakinggan", "prev_issue": "Nakaraang isyu", "next_issue": "Susunod na isyu",
        "in_edition": "Sa isyung ito", "section": "Pangunahing balita", "briefs": "Balitang probinsiya",
        "obits": "Pakikiramay", "guestbook": "Mga mensahe ng pakikiramay", "sign_gb": "Mag-iwan ng mensahe",
        "flowers": "Magpadala ng bulaklak", "arrangements": "Burol", "service": "Mga detalye ng burol at libing",
        "log_kicker": "Police blotter", "log_note": "Ang mga suspek ay itinuturing na walang sala hanggang mapatunayan ng hukuman.",
        "notices": "Mga anunsiyo", "submit_notice": "Magpadala ng anunsiyo", "date": "Miyerkules, Marso 17, 2027",
        "weekday": "Miyerkules", "gb": "Taos-pusong pakikiramay sa pamilya.|Salamat po sa lahat ng kabutihan, Lola Saring.",
    },
    "hi": {
        "home": "होम", "news": "समाचार", "local": "शहर", "obits_nav": "श्रद्धांजलि", "epaper_nav": "ई-पेपर", "archive_nav": "आर्काइव",
        "search": "खोजें", "subscribe": "सब्सक्राइब करें", "signin": "लॉग इन", "share": "शेयर करें", "print": "प्रिंट",
        "related": "संबंधित खबरें", "most_read": "सबसे ज्यादा पढ़ी गईं", "newsletter": "सुबह की खबरें ईमेल पर पाएं",
        "newsletter_btn": "सदस्य बनें", "email_ph": "ईमेल", "rights": "सर्वाधिकार सुरक्षित।", "privacy": "गोपनीयता नीति",
        "terms": "उपयोग की शर्तें", "contact": "संपर्क करें", "advertise": "विज्ञापन",
        "cookie": "यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करती है।", "cookie_ok": "स्वीकार करें",
        "by": "संवाददाता", "published": "प्रकाशित", "updated": "अपडेट", "partners": "सहयोगी वेबसाइटों से", "page": "पृष्ठ",
        "pages": "पृष्ठ", "edition": "संस्करण", "continued_on": "शेष पृष्ठ {p} पर", "continued_from": "पृष्ठ {p} का शेष",
        "page_view": "पूरा पेज", "article_view": "खबर पढ़ें", "text_size": "अक्षर का आकार", "listen": "सुनें",
        "prev_issue": "पिछला अंक", "next_issue": "अगला अंक", "in_edition": "इस अंक में", "section": "मुख्य समाचार",
        "city_edition": "संस्करण चुनें", "clip": "क्लिप", "download": "डाउनलोड", "looking_back": "इतिहास के पन्नों से",
        "years_ago": "{n} साल पहले", "obits": "श्रद्धांजलि", "guestbook": "शोक संदेश", "sign_gb": "श्रद्धांजलि दें",
        "flowers": "पुष्पांजलि", "arrangements": "अंतिम संस्कार", "service": "अंतिम संस्कार की जानकारी",
        "log_kicker": "अपराध", "log_note": "गिरफ्तारी का अर्थ दोषसिद्धि नहीं है।", "date": "बुधवार, 17 मार्च 2027",
        "weekday": "बुधवार", "gb": "विनम्र श्रद्धांजलि।|रंगमंच ने एक सच्चा साधक खो दिया।",
    },
    "ur": {
        "home": "صفحۂ اول", "news": "خبریں", "local": "مقامی", "obits_nav": "تعزیت", "epaper_nav": "ای پیپر", "archive_nav": "آرکائیو",
        "search": "تلاش", "subscribe": "سبسکرائب", "signin": "لاگ ان", "share": "شیئر کریں", "print": "پرنٹ", "related": "متعلقہ خبریں",
        "most_read": "سب سے زیادہ پڑھی گئی", "newsletter": "صبح کی خبریں ای میل پر حاصل کریں", "newsletter_btn": "رجسٹر کریں",
        "email_ph": "ای میل", "rights": "جملہ حقوق محفوظ ہیں۔", "privacy": "رازداری کی پالیسی", "terms": "شرائط و ضوابط",
        "contact": "رابطہ", "advertise": "اشتہارات", "cookie": "یہ ویب سائٹ بہتر تجربے کے لیے کوکیز استعمال کرتی ہے۔",
        "cookie_ok": "قبول ہے", "by": "رپورٹ", "published": "شائع", "updated": "اپ ڈیٹ", "partners": "ہمارے شراکت داروں سے",
        "page": "صفحہ", "pages": "صفحات", "edition": "اشاعت", "continued_on": "بقیہ صفحہ {p} پر", "continued_from": "بقیہ: صفحہ {p}",
        "page_view": "مکمل صفحہ", "article_view": "خبر", "text_size": "فونٹ سائز", "listen": "سنیں", "prev_issue": "پچھلا شمارہ",
        "next_issue": "اگلا شمارہ", "in_edition": "اس شمارے میں", "section": "صفحۂ اول", "city_edition": "ایڈیشن",
        "clip": "تراشہ", "download": "ڈاؤن لوڈ", "archive": "آرکائیو", "from_archives": "پرانے اخبارات سے",
        "ocr_note": "یہ متن اسکین شدہ صفحے سے خودکار طریقے سے حاصل کیا گیا ہے، اس میں غلطیاں ہو سکتی ہیں۔",
        "view_scan": "اصل صفحہ دیکھیں", "record": "ریکارڈ", "pg": "صفحہ", "more_day": "اسی دن کی مزید خبریں",
        "briefs": "مختصر خبریں", "notices": "اعلانات", "submit_notice": "اعلان بھیجیں", "date": "بدھ، 17 مارچ 2027",
        "weekday": "بدھ",
    },
    "ar": {
        "home": "الرئيسية", "news": "أخبار", "local": "محليات", "obits_nav": "وفيات", "epaper_nav": "النسخة الورقية",
        "archive_nav": "الأرشيف", "search": "بحث", "subscribe": "اشترك", "signin": "تسجيل الدخول", "share": "شارك", "print": "طباعة",
        "related": "أخبار ذات صلة", "most_read": "الأكثر قراءة", "newsletter": "اشترك في النشرة الصباحية",
        "newsletter_btn": "اشترك", "email_ph": "البريد الإلكتروني", "rights": "جميع الحقوق محفوظة.", "privacy": "سياسة الخصوصية",
        "terms": "شروط الاستخدام", "contact": "اتصل بنا", "advertise": "أعلن معنا",
        "cookie": "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.", "cookie_ok": "موافق", "by": "بقلم",
        "published": "نُشر في", "updated": "آخر تحديث", "partners": "من شركائنا", "page": "صفحة", "pages": "الصفحات",
        "edition": "العدد", "continued_on": "التتمة في الصفحة {p}", "continued_from": "تتمة الصفحة {p}", "page_view": "الصفحة كاملة",
        "article_view": "نص المقال", "text_size": "حجم الخط", "listen": "استمع", "prev_issue": "العدد السابق",
        "next_issue": "العدد التالي", "in_edition": "في هذا العدد", "section": "وطنية", "city_edition": "الطبعة",
        "clip": "قص", "download": "تنزيل", "archive": "الأرشيف", "from_archives": "من الأرشيف",
        "ocr_note": "تم استخراج هذا النص آلياً من الصفحة الممسوحة ضوئياً وقد يتضمن أخطاء.", "view_scan": "عرض الصفحة الأصلية",
        "record": "بطاقة المادة", "pg": "الصفحة", "more_day": "المزيد من هذا اليوم", "corrections": "تصحيحات",
        "corr_label": "تصحيح", "corr_note": "ورد في نسخة سابقة من هذا المقال أن كلفة المشروع تبلغ ثلاثين مليون دينار، والصحيح ثلاثة ملايين دينار.",
        "corr_policy": "نلتزم بتصحيح الأخطاء فور التأكد منها.", "corr_report": "أبلغ عن خطأ", "obits": "وفيات",
        "guestbook": "سجل التعازي", "sign_gb": "اكتب تعزية", "flowers": "أرسل إكليلاً", "arrangements": "العزاء",
        "service": "مواعيد العزاء", "explained": "شرح مبسط", "toc": "محتويات المقال", "date": "الأربعاء 17 مارس 2027",
        "weekday": "الأربعاء", "gb": "رحمه الله وأسكنه فسيح جناته.|خالص العزاء لأسرة الفقيد ولطلابه.",
    },
    "ru": {
        "home": "Главная", "news": "Новости", "local": "Город", "obits_nav": "Некрологи", "epaper_nav": "Электронная версия",
        "archive_nav": "Архив", "search": "Поиск", "subscribe": "Подписаться", "signin": "Войти", "share": "Поделиться",
        "print": "Печать", "related": "Читайте также", "most_read": "Самое читаемое", "newsletter": "Утренние новости на вашу почту",
        "newsletter_btn": "Подписаться", "email_ph": "Электронная почта", "rights": "Все права защищены.",
        "privacy": "Политика конфиденциальности", "terms": "Пользовательское соглашение", "contact": "Контакты",
        "advertise": "Реклама", "cookie": "Мы используем файлы cookie, чтобы сайт работал лучше.", "cookie_ok": "Понятно",
        "by": "Автор", "published": "Опубликовано", "updated": "Обновлено", "partners": "Новости партнёров", "page": "Полоса",
        "pages": "Полосы", "edition": "Номер", "continued_on": "Окончание на с. {p}", "continued_from": "Начало на с. {p}",
        "page_view": "Полоса целиком", "article_view": "Текст статьи", "text_size": "Размер шрифта", "listen": "Слушать",
        "prev_issue": "Предыдущий номер", "next_issue": "Следующий номер", "in_edition": "В номере", "section": "Город",
        "archive": "Архив", "from_archives": "Из архива", "ocr_note": "Текст распознан автоматически со скана газетной полосы и может содержать ошибки.",
        "view_scan": "Смотреть полосу", "record": "Описание", "pg": "Полоса", "more_day": "Другие материалы этого дня",
        "looking_back": "Листая старые подшивки", "years_ago": "{n} лет назад", "log_kicker": "Происшествия",
        "log_note": "Лицо считается невиновным, пока его вина не доказана в суде.", "explained": "Объясняем", "toc": "Содержание",
        "date": "17 марта 2027, среда", "weekday": "среда",
    },
    "uk": {
        "home": "Головна", "news": "Новини", "local": "Місто", "obits_nav": "Некрологи", "epaper_nav": "Електронна версія",
        "archive_nav": "Архів", "search": "Пошук", "subscribe": "Підписатися", "signin": "Увійти", "share": "Поділитися",
        "print": "Друк", "related": "Читайте також", "most_read": "Найпопулярніше", "newsletter": "Ранкові новини на вашу пошту",
        "newsletter_btn": "Підписатися", "email_ph": "Електронна пошта", "rights": "Усі права захищено.",
        "privacy": "Політика конфіденційності", "terms": "Умови користування", "contact": "Контакти", "advertise": "Реклама",
        "cookie": "Ми використовуємо файли cookie, щоб сайт працював краще.", "cookie_ok": "Зрозуміло", "by": "Автор",
        "published": "Опубліковано", "updated": "Оновлено", "partners": "Новини партнерів", "page": "Сторінка", "pages": "Сторінки",
        "edition": "Номер", "city_edition": "Випуск", "clip": "Вирізка", "download": "Завантажити", "article_view": "Текст",
        "page_view": "Сторінка", "corrections": "Виправлення", "corr_label": "Виправлення",
        "corr_note": "У попередній версії цього матеріалу помилково вказано дату завершення робіт. Ми виправили помилку.",
        "corr_policy": "Ми виправляємо фактичні помилки, щойно дізнаємося про них.", "corr_report": "Повідомити про помилку",
        "briefs": "Коротко", "log_kicker": "Кримінал", "log_note": "Особа вважається невинуватою, доки її вину не доведено в суді.",
        "looking_back": "Гортаючи старі підшивки", "years_ago": "{n} років тому", "date": "17 березня 2027, середа",
        "weekday": "середа",
    },
    "pt-PT": {
        "home": "Início", "news": "Notícias", "local": "Região", "obits_nav": "Necrologia", "epaper_nav": "Edição digital",
        "archive_nav": "Arquivo", "search": "Pesquisar", "subscribe": "Assinar", "signin": "Entrar", "share": "Partilhar",
        "print": "Imprimir", "related": "Leia também", "most_read": "Mais lidas", "newsletter": "Receba as notícias da manhã no seu e-mail.",
        "newsletter_btn": "Subscrever", "email_ph": "Endereço de e-mail", "rights": "Todos os direitos reservados.",
        "privacy": "Política de privacidade", "terms": "Termos de utilização", "contact": "Contactos", "advertise": "Publicidade",
        "cookie": "Este site utiliza cookies para melhorar a sua experiência de navegação.", "cookie_ok": "Aceitar", "by": "Por",
        "published": "Publicado", "updated": "Atualizado", "partners": "Dos nossos parceiros", "page": "Página", "pages": "Páginas",
        "edition": "Edição", "continued_on": "Continua na página {p}", "continued_from": "Continuação da página {p}",
        "page_view": "Ver página", "article_view": "Ver artigo", "text_size": "Tamanho do texto", "listen": "Ouvir",
        "prev_issue": "Edição anterior", "next_issue": "Edição seguinte", "in_edition": "Nesta edição", "section": "Região",
        "archive": "Arquivo", "from_archives": "Do nosso arquivo", "ocr_note": "Texto obtido por reconhecimento ótico de caracteres a partir da página impressa; pode conter erros.",
        "view_scan": "Ver a página original", "record": "Ficha", "pg": "Página", "more_day": "Mais deste dia",
        "looking_back": "Há meio século", "years_ago": "Há {n} anos", "corrections": "Correções", "corr_label": "Correção",
        "corr_note": "Numa versão anterior deste artigo indicava-se que as obras terminariam em maio. Terminam no final de junho.",
        "corr_policy": "Corrigimos os erros de facto logo que deles tomamos conhecimento.", "corr_report": "Comunicar um erro",
        "briefs": "Breves", "obits": "Necrologia", "guestbook": "Livro de condolências", "sign_gb": "Deixar uma mensagem",
        "flowers": "Enviar flores", "arrangements": "Funeral", "service": "Cerimónias fúnebres",
        "date": "quarta-feira, 17 de março de 2027", "weekday": "quarta-feira",
        "gb": "Sentidas condolências à família.|Obrigado por tudo o que nos ensinou, mestre.",
    },
    "ca": {
        "home": "Portada", "news": "Notícies", "local": "Comarca", "obits_nav": "Esqueles", "epaper_nav": "Edició impresa",
        "archive_nav": "Hemeroteca", "search": "Cerca", "subscribe": "Subscriu-t'hi", "signin": "Inicia la sessió", "share": "Comparteix",
        "print": "Imprimeix", "related": "També et pot interessar", "most_read": "El més llegit",
        "newsletter": "Rep les notícies del matí al teu correu.", "newsletter_btn": "Subscriu-m'hi", "email_ph": "Adreça electrònica",
        "rights": "Tots els drets reservats.", "privacy": "Política de privacitat", "terms": "Avís legal", "contact": "Contacte",
        "advertise": "Publicitat", "cookie": "Aquest web utilitza galetes per millorar la teva experiència.", "cookie_ok": "Accepto",
        "by": "Per", "published": "Publicat", "updated": "Actualitzat", "partners": "Dels nostres col·laboradors", "page": "Pàgina",
        "pages": "Pàgines", "edition": "Edició", "continued_on": "Continua a la pàgina {p}", "continued_from": "Ve de la pàgina {p}",
        "page_view": "Pàgina sencera", "article_view": "Article", "text_size": "Mida del text", "listen": "Escolta",
        "prev_issue": "Edició anterior", "next_issue": "Edició següent", "in_edition": "En aquesta edició", "section": "Manresa",
        "archive": "Hemeroteca", "from_archives": "De l'hemeroteca", "ocr_note": "Text obtingut per reconeixement òptic de caràcters de la pàgina impresa; pot contenir errors.",
        "view_scan": "Mostra la pàgina original", "record": "Fitxa", "pg": "Pàgina", "more_day": "Més d'aquest dia",
        "briefs": "Breus", "obits": "Obituaris", "guestbook": "Llibre de condol", "sign_gb": "Deixa un missatge de condol",
        "flowers": "Envia flors", "arrangements": "Cerimònia", "service": "Cerimònia de comiat", "notices": "Avisos",
        "submit_notice": "Envia'ns un avís", "explained": "Ho expliquem", "toc": "En aquest article",
        "date": "dimecres, 17 de març de 2027", "weekday": "dimecres",
        "gb": "Una abraçada molt forta a tota la família.|Descansa en pau, Josep.",
    },
    "he": {
        "home": "ראשי", "news": "חדשות", "local": "מקומי", "obits_nav": "הודעות אבל", "epaper_nav": "העיתון המודפס",
        "archive_nav": "ארכיון", "search": "חיפוש", "subscribe": "הרשמה למינוי", "signin": "התחברות", "share": "שיתוף",
        "print": "הדפסה", "related": "כתבות נוספות", "most_read": "הנקראים ביותר", "newsletter": "קבלו את חדשות הבוקר למייל",
        "newsletter_btn": "הרשמה", "email_ph": "כתובת מייל", "rights": "כל הזכויות שמורות", "privacy": "מדיניות פרטיות",
        "terms": "תנאי שימוש", "contact": "צור קשר", "advertise": "פרסום באתר",
        "cookie": "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה.", "cookie_ok": "אישור", "by": "מאת",
        "published": "פורסם", "updated": "עודכן", "partners": "מהשותפים שלנו", "page": "עמוד", "pages": "עמודים",
        "edition": "גיליון", "city_edition": "מהדורה", "clip": "גזיר", "download": "הורדה", "article_view": "טקסט",
        "page_view": "עמוד מלא", "archive": "ארכיון", "from_archives": "מן הארכיון",
        "ocr_note": "הטקסט הופק בזיהוי תווים אוטומטי מסריקת העמוד המודפס ועשוי לכלול שגיאות.", "view_scan": "לצפייה בעמוד המקורי",
        "record": "פרטי הפריט", "pg": "עמוד", "more_day": "עוד מאותו יום", "looking_back": "מבט לאחור",
        "years_ago": "לפני {n} שנה", "corrections": "תיקונים והבהרות", "corr_label": "תיקון",
        "corr_note": "בגרסה קודמת של הכתבה נכתב כי העבודות יימשכו שנה. העבודות צפויות להימשך כשמונה חודשים.",
        "corr_policy": "אנו מתקנים טעויות עובדתיות מיד כשהן מתבררות.", "corr_report": "דיווח על טעות", "obits": "הודעות אבל",
        "guestbook": "ספר תנחומים", "sign_gb": "כתיבת תנחומים", "flowers": "שליחת זר", "arrangements": "הלוויה",
        "service": "פרטי ההלוויה והשבעה", "explained": "מסבירים", "toc": "בכתבה", "date": "יום רביעי, 17 במרץ 2027",
        "weekday": "יום רביעי", "gb": "יהי זכרו ברוך.|משפחת לוי מהשכונה משתתפת בצערכם.",
    },
}


# ---------------------------------------------------------------- shared parts
def head(p: Page, kind: str, extra: str = "", ld: dict | None = None) -> str:
    data: dict = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": p.title,
        "datePublished": p.iso,
        "inLanguage": p.lang,
        "url": p.canonical,
        "mainEntityOfPage": p.canonical,
        "publisher": {"@type": "Organization", "name": p.name, "url": f"https://{p.host}/"},
    }
    if p.author:
        data["author"] = {"@type": "Person", "name": p.author}
    if p.source_org:
        data["sourceOrganization"] = {"@type": "Organization", "name": p.source_org}
    if p.based_on:
        data["isBasedOn"] = p.based_on
    if ld:
        data.update(ld)
    dir_attr = ' dir="rtl"' if p.rtl else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{p.lang}"{dir_attr}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(p.title)} | {e(p.name)}</title>\n"
        f'<meta name="description" content="{e(p.deck)}">\n'
        f'<link rel="canonical" href="{e(p.canonical)}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:site_name" content="{e(p.name)}">\n'
        f'<meta property="og:title" content="{e(p.title)}">\n<meta property="og:url" content="{e(p.canonical)}">\n'
        f'<meta property="og:image" content="https://{p.host}/media/{p.image}">\n'
        f'<meta property="article:published_time" content="{p.iso}">\n'
        f'<link rel="icon" href="/favicon.ico">\n{extra}'
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'
        "</head>\n"
    )


def cookie(p: Page) -> str:
    return (
        f'<div id="consent" class="consent" role="dialog" aria-live="polite"><p>{e(p.ui["cookie"])}</p>'
        f'<button type="button" class="consent-ok">{e(p.ui["cookie_ok"])}</button></div>\n'
    )


def footer(p: Page, cls: str, extra: str = "") -> str:
    ui = p.ui
    return (
        f'<footer class="{cls}">\n{extra}<nav class="{cls}-links"><a href="/about/">{e(p.name)}</a> '
        f'<a href="/contact/">{e(ui["contact"])}</a> <a href="/advertise/">{e(ui["advertise"])}</a> '
        f'<a href="/privacy/">{e(ui["privacy"])}</a> <a href="/terms/">{e(ui["terms"])}</a></nav>\n'
        f'<p class="{cls}-copy">© 2027 {e(p.name)}. {e(ui["rights"])}</p>\n</footer>\n'
    )


def partner_rail(p: Page, cls: str) -> str:
    heading, items = p.partners
    lis = "".join(f'<li><a href="{e(u)}" rel="noopener" target="_blank">{e(t)}</a></li>' for t, u in items)
    return f'<aside class="{cls}"><h2>{e(heading)}</h2><ul>{lis}</ul></aside>\n'


def related(p: Page, cls: str, label: str = "related") -> str:
    lis = "".join(f'<li><a href="{e(u)}">{e(t)}</a></li>' for t, u in p.related)
    return f'<section class="{cls}"><h2>{e(p.ui[label])}</h2><ul>{lis}</ul></section>\n'


def page_label(ui: dict[str, str], n: str) -> str:
    return ui.get("page_n", "{page} {n}").format(page=ui["page"], n=n)


def lines(texts: list[str], tag: str, cls: str) -> str:
    return "".join(f'<{tag} class="{cls}">{e(t)}</{tag}>\n' for t in texts)


def figure(p: Page, cls: str) -> str:
    if not p.caption:
        return f'<figure class="{cls}"><img src="https://{p.host}/media/{p.image}" alt="" width="960" height="640" loading="eager"></figure>\n'
    return (
        f'<figure class="{cls}"><img src="https://{p.host}/media/{p.image}" alt="" width="960" height="640" loading="eager">'
        f"<figcaption>{e(p.caption)}</figcaption></figure>\n"
    )


def share(p: Page, cls: str) -> str:
    u = e(p.canonical)
    return (
        f'<div class="{cls}" aria-label="{e(p.ui["share"])}"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a> '
        f'<a class="x" href="https://x.com/intent/post?url={u}">X</a> <a class="wa" href="https://wa.me/?text={u}">WhatsApp</a> '
        f'<a class="mail" href="mailto:?body={u}">Email</a> <button type="button" onclick="window.print()">{e(p.ui["print"])}</button></div>\n'
    )


def nav(p: Page, cls: str, active: str) -> str:
    ui = p.ui
    items = [("home", "/"), ("news", "/news/"), ("local", "/local/"), ("obits_nav", "/obituaries/"), ("epaper_nav", "/e-edition/"), ("archive_nav", "/archives/")]
    links = " ".join(
        f'<a href="{href}"{ON if key == active else ""}>{e(ui[key])}</a>' for key, href in items
    )
    return (
        f'<header class="{cls}"><div class="{cls}-top"><a class="logo" href="/">{e(p.name)}</a>\n'
        f'<span class="today">{e(ui["date"])}</span>\n<form class="search" action="/search"><input name="q" placeholder="{e(ui["search"])}"></form>\n'
        f'<a class="btn-sub" href="/subscribe/">{e(ui["subscribe"])}</a> <a class="btn-in" href="/account/">{e(ui["signin"])}</a></div>\n'
        f'<nav class="{cls}-nav">{links}</nav></header>\n'
    )


def newsletter(p: Page, cls: str) -> str:
    ui = p.ui
    return (
        f'<form class="{cls}" action="/newsletters/subscribe" method="post"><p>{e(ui["newsletter"])}</p>'
        f'<input type="email" name="email" placeholder="{e(ui["email_ph"])}"><button type="submit">{e(ui["newsletter_btn"])}</button></form>\n'
    )


def bio(p: Page, cls: str) -> str:
    return f'<div class="{cls}"><p>{e(p.bio)}</p></div>\n' if p.bio else ""


def byline(p: Page, cls: str, meta: list[str]) -> str:
    ui = p.ui
    who = f'<span class="author">{e(ui["by"])} <a href="/staff/{num(p.author, 997)}/">{e(p.author)}</a></span>' if p.author else ""
    cred = "".join(f'\n<span class="credit">{e(t)}</span>' for t in meta)
    return (
        f'<div class="{cls}">{who}{cred}\n<span class="when">{e(ui["published"])} <time datetime="{p.iso}">{e(ui["date"])} {e(p.time)}</time></span></div>\n'
    )


def body(p: Page, cls: str, items: bool = False) -> str:
    if items:
        return f'<ul class="{cls}">' + "".join(f"<li>{x}</li>\n" for x in p.paras) + "</ul>\n"
    return f'<div class="{cls}">\n' + "".join(f"<p>{x}</p>\n" for x in p.paras) + "</div>\n"


def tail(p: Page) -> str:
    return (
        cookie(p)
        + f'<script src="https://{p.host}/static/js/site.min.js" defer></script>\n'
        + "<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({event:'pageview'});</script>\n"
        + "</body>\n</html>\n"
    )


# ---------------------------------------------------------------- families
def replica(p: Page) -> str:
    ui, x = p.ui, p.extra
    pg, jump = x.get("page", "1"), x.get("jump", "2")
    half = max(1, len(p.paras) // 2)
    first = "".join(f"<p>{t}</p>\n" for t in p.paras[:half])
    rest = "".join(f"<p>{t}</p>\n" for t in p.paras[half:])
    thumbs = "".join(
        f'<li{CURRENT if str(n) == pg.lstrip("A") else ""}><a href="?page={n}"><img src="https://{p.host}/issues/20270317/thumb-{n:02d}.jpg" alt=""><span>{n}</span></a></li>'
        for n in range(1, 9)
    )
    config = json.dumps({"publication": p.name, "issue": "2027-03-17", "page": pg, "view": "article", "zoom": 1.0}, ensure_ascii=False)
    hd = head(p, "NewsArticle", f'<script>window.EEDITION_CONFIG = {config};</script>\n', {"printEdition": p.ui["date"], "printPage": pg})
    return (
        hd
        + '<body class="ee ee-article-view">\n'
        + f'<header class="ee-toolbar"><a class="ee-logo" href="/">{e(p.name)} <small>{e(ui["epaper_nav"])}</small></a>\n'
        + f'<nav class="ee-issue"><a href="?issue=2027-03-16">‹ {e(ui["prev_issue"])}</a> <select name="issue"><option selected>{e(ui["date"])}</option></select> <a href="?issue=2027-03-18">{e(ui["next_issue"])} ›</a></nav>\n'
        + f'<div class="ee-tools"><button type="button">{e(ui["page_view"])}</button><button type="button" aria-pressed="true">{e(ui["article_view"])}</button>'
        + f'<button type="button">{e(ui["text_size"])}</button><button type="button">{e(ui["listen"])}</button><button type="button">{e(ui["print"])}</button></div></header>\n'
        + f'<aside class="ee-thumbs"><h2>{e(ui["pages"])}</h2><ol>{thumbs}</ol></aside>\n'
        + f'<main class="ee-reader"><p class="ee-crumb">{e(ui["section"])} · {e(ui["page"])} {e(pg)}</p>\n'
        + '<article class="ee-article">\n'
        + lines(p.slots.get("top", []), "p", "ee-note")
        + f"<h1>{e(p.title)}</h1>\n"
        + byline(p, "ee-byline", p.slots.get("meta", []))
        + figure(p, "ee-photo")
        + f'<div class="ee-text">\n{first}<p class="ee-jump">{e(ui["continued_on"].format(p=jump))}</p>\n'
        + f'<p class="ee-jump-from">{e(ui["continued_from"].format(p=pg))}</p>\n{rest}</div>\n'
        + lines(p.slots.get("end", []), "p", "ee-endnote")
        + "</article>\n"
        + bio(p, "ee-bio")
        + f'<section class="ee-more"><h2>{e(ui["in_edition"])}</h2><ul>'
        + "".join(f'<li><a href="{e(u)}">{e(t)}</a> <span>{e(ui["page"])} {i + 2}</span></li>' for i, (t, u) in enumerate(p.related))
        + "</ul></section>\n"
        + partner_rail(p, "ee-partners")
        + "</main>\n"
        + footer(p, "ee-foot", f'<p class="ee-powered">{e(p.name)} {e(ui["epaper_nav"])} · Replica viewer 6.4</p>\n')
        + tail(p)
    )


def eptext(p: Page) -> str:
    ui, x = p.ui, p.extra
    pg, ed = x.get("page", "1"), x.get("edition", "")
    strip = "".join(
        f'<a href="?pg={n}"{ON if str(n) == pg.lstrip("A0") else ""}>{e(page_label(ui, str(n)))}</a>' for n in range(1, 13)
    )
    return (
        head(p, "NewsArticle", f'<meta name="epaper:edition" content="{e(ed)}">\n<meta name="epaper:page" content="{e(pg)}">\n')
        + '<body class="epaper textview">\n'
        + f'<div class="ep-head"><a class="ep-logo" href="/">{e(p.name)}</a> <span class="ep-label">{e(ui["epaper_nav"])}</span>\n'
        + f'<form class="ep-picker" action="/"><label>{e(ui["city_edition"])} <select name="edition"><option selected>{e(ed)}</option></select></label> '
        + '<input type="date" name="date" value="2027-03-17"></form>\n'
        + f'<a class="ep-sub" href="/subscribe">{e(ui["subscribe"])}</a></div>\n'
        + f'<nav class="ep-strip">{strip}</nav>\n'
        + '<div class="ep-wrap"><section class="ep-clipview">\n'
        + f'<div class="ep-tabs"><a href="?view=page">{e(ui["page_view"])}</a> <a class="on" href="?view=text">{e(ui["article_view"])}</a></div>\n'
        + f'<div class="ep-clip"><img src="https://{p.host}/clips/20270317/{e(pg)}/{num(p.url, 100000)}.jpg" alt="{e(p.title)}"></div>\n'
        + f'<div class="ep-cliptools"><a href="#">{e(ui["clip"])}</a> <a href="#">{e(ui["download"])}</a> <a href="#">{e(ui["share"])}</a></div>\n'
        + '<article class="ep-text">\n'
        + lines(p.slots.get("top", []), "p", "ep-note")
        + f"<h1>{e(p.title)}</h1>\n"
        + f'<div class="ep-meta"><span>{e(ed)}</span> | <span>{e(page_label(ui, pg))}</span> | <span>{e(ui["date"])}</span>'
        + "".join(f' | <span class="ep-src">{e(t)}</span>' for t in p.slots.get("meta", []))
        + "</div>\n"
        + (f'<p class="ep-author">{e(ui["by"])}: {e(p.author)}</p>\n' if p.author else "")
        + (figure(p, "ep-photo") if p.caption else "")
        + body(p, "ep-body")
        + lines(p.slots.get("end", []), "p", "ep-endnote")
        + "</article></section>\n"
        + f'<aside class="ep-side">{related(p, "ep-more", "most_read")}{partner_rail(p, "ep-partners")}</aside></div>\n'
        + footer(p, "ep-foot")
        + tail(p)
    )


def _old(p: Page) -> str:
    return p.extra.get("old_display", "")


def archive(p: Page) -> str:
    ui, x = p.ui, p.extra
    year = x.get("old_iso", "1977")[:4]
    decades = " ".join(f'<a href="/archive/{d}s/"{ON if str(d) == year[:3] + "0" else ""}>{d}s</a>' for d in range(1940, 2030, 10))
    rec = [(ui["published"], _old(p)), (ui["pg"], x.get("old_page", "1")), (ui["edition"] if "edition" in ui else ui["record"], p.name)]
    dl = "".join(f"<dt>{e(k)}</dt> <dd>{e(v)}</dd>\n" for k, v in rec)
    return (
        head(p, "NewsArticle", f'<meta name="archive:original-date" content="{e(x.get("old_iso", ""))}">\n', {"dateCreated": x.get("old_iso", ""), "isPartOf": {"@type": "Periodical", "name": p.name}})
        + '<body class="archive item">\n'
        + nav(p, "ar-head", "archive_nav")
        + f'<div class="ar-bar"><a href="/archive/">{e(ui["archive"])}</a> › <a href="/archive/{year}/">{year}</a> › <span>{e(_old(p))}</span></div>\n'
        + f'<nav class="ar-decades">{decades}</nav>\n'
        + '<main class="ar-main"><article class="ar-item">\n'
        + f'<p class="ar-label">{e(ui["from_archives"])}</p>\n'
        + lines(p.slots.get("top", []), "p", "ar-note")
        + f"<h1>{e(p.title)}</h1>\n"
        + f'<dl class="ar-record" aria-label="{e(ui["record"])}">{dl}</dl>\n'
        + lines(p.slots.get("meta", []), "p", "ar-source")
        + f'<figure class="ar-scan"><img src="https://{p.host}/scans/{year}/{x.get("old_iso", "")}/p{x.get("old_page", "1")}.jpg" alt="" width="1200" height="1800">'
        + f'<a class="ar-view" href="/scans/{year}/{x.get("old_iso", "")}/">{e(ui["view_scan"])}</a></figure>\n'
        + (figure(p, "ar-photo") if p.caption else "")
        + f'<p class="ar-ocr">{e(ui["ocr_note"])}</p>\n'
        + body(p, "ar-text")
        + lines(p.slots.get("end", []), "p", "ar-endnote")
        + "</article>\n"
        + related(p, "ar-day", "more_day")
        + partner_rail(p, "ar-partners")
        + "</main>\n"
        + footer(p, "ar-foot")
        + tail(p)
    )


def yearsago(p: Page) -> str:
    ui, x = p.ui, p.extra
    n = x.get("years", "50")
    label = ui["years_ago"].format(n=n)
    return (
        head(p, "NewsArticle")
        + '<body class="column looking-back">\n'
        + nav(p, "site-head", "news")
        + '<main class="col-main"><article class="col">\n'
        + f'<p class="col-kicker"><a href="/looking-back/">{e(ui["looking_back"])}</a></p>\n'
        + f"<h1>{e(label)}: {e(p.title)}</h1>\n"
        + f'<p class="col-date">{e(p.extra.get("old_display", ""))}</p>\n'
        + byline(p, "col-byline", p.slots.get("meta", []))
        + share(p, "col-share")
        + figure(p, "col-photo")
        + lines(p.slots.get("top", []), "p", "col-intro")
        + body(p, "col-body")
        + lines(p.slots.get("end", []), "p", "col-end")
        + "</article>\n"
        + bio(p, "col-bio")
        + related(p, "col-related")
        + partner_rail(p, "col-partners")
        + newsletter(p, "col-news")
        + "</main>\n"
        + footer(p, "site-foot")
        + tail(p)
    )


def corrx(p: Page) -> str:
    ui, x = p.ui, p.extra
    mode = x.get("corr", "corrected")
    column = mode == "column"
    if column:
        main = (
            f'<h1>{e(ui["corrections"])}</h1>\n<p class="cx-date">{e(ui["date"])}</p>\n'
            + lines(p.slots.get("top", []), "p", "cx-note")
            + body(p, "cx-list", items=True)
        )
    else:
        box = f'<aside class="cx-box" role="note"><strong>{e(ui["corr_label"])}:</strong> {e(ui["corr_note"])}</aside>\n' if mode == "corrected" else f'<p class="cx-kicker">{e(ui["corrections"])}</p>\n'
        main = (
            box
            + lines(p.slots.get("top", []), "p", "cx-note")
            + f"<h1>{e(p.title)}</h1>\n"
            + byline(p, "cx-byline", p.slots.get("meta", []))
            + figure(p, "cx-photo")
            + body(p, "cx-body")
        )
    return (
        head(p, "NewsArticle" if not column else "WebPage")
        + f'<body class="corrections{" column" if column else " corrected"}">\n'
        + nav(p, "site-head", "news")
        + '<main class="cx-main"><article class="cx">\n'
        + main
        + lines(p.slots.get("end", []), "p", "cx-end")
        + "</article>\n"
        + f'<aside class="cx-policy"><h2>{e(ui["corrections"])}</h2><p>{e(ui["corr_policy"])}</p><a href="/corrections/report/">{e(ui["corr_report"])}</a></aside>\n'
        + related(p, "cx-related", "most_read")
        + partner_rail(p, "cx-partners")
        + "</main>\n"
        + footer(p, "site-foot")
        + tail(p)
    )


def briefs(p: Page) -> str:
    ui = p.ui
    return (
        head(p, "NewsArticle")
        + '<body class="section briefs">\n'
        + nav(p, "site-head", "local")
        + '<main class="br-main"><article class="br">\n'
        + f'<p class="br-kicker">{e(ui["briefs"])}</p>\n'
        + f"<h1>{e(p.title)}</h1>\n"
        + f'<p class="br-date"><time datetime="{p.iso}">{e(ui["date"])}</time></p>\n'
        + lines(p.slots.get("top", []), "p", "br-note")
        + figure(p, "br-photo")
        + body(p, "br-items", items=True)
        + lines(p.slots.get("foot", []), "p", "br-foot")
        + "</article>\n"
        + share(p, "br-share")
        + related(p, "br-related", "most_read")
        + partner_rail(p, "br-partners")
        + newsletter(p, "br-news")
        + "</main>\n"
        + footer(p, "site-foot")
        + tail(p)
    )


def obit(p: Page) -> str:
    ui, x = p.ui, p.extra
    gb = "".join(
        f'<div class="gb-entry"><p>{e(t)}</p><span class="gb-by">{e(w)}</span></div>'
        for t, w in zip(ui["gb"].split("|"), x.get("gb_by", "|").split("|"), strict=False)
    )
    return (
        head(p, "Article", "", {"about": {"@type": "Person", "name": x.get("person", p.title)}})
        + '<body class="obituaries obit-detail">\n'
        + nav(p, "site-head", "obits_nav")
        + '<main class="ob-main"><article class="ob">\n'
        + f'<p class="ob-kicker"><a href="/obituaries/">{e(ui["obits"])}</a></p>\n'
        + f'<header class="ob-head"><h1>{e(p.title)}</h1><p class="ob-dates">{e(x.get("dates", ""))}</p><p class="ob-where">{e(x.get("where", ""))}</p></header>\n'
        + figure(p, "ob-photo")
        + f'<div class="ob-actions"><a class="gb" href="#guestbook">{e(ui["sign_gb"])}</a> <a class="fl" href="/flowers/">{e(ui["flowers"])}</a> <a class="sh" href="#share">{e(ui["share"])}</a></div>\n'
        + lines(p.slots.get("top", []), "p", "ob-note")
        + body(p, "ob-text")
        + lines(p.slots.get("end", []), "p", "ob-pub")
        + f'<section class="ob-service"><h2>{e(ui["service"])}</h2><p>{e(ui["arrangements"])}: {e(x.get("home", ""))}</p></section>\n'
        + "</article>\n"
        + f'<section id="guestbook" class="ob-gb"><h2>{e(ui["guestbook"])}</h2>{gb}<a class="gb-sign" href="#sign">{e(ui["sign_gb"])}</a></section>\n'
        + partner_rail(p, "ob-partners")
        + "</main>\n"
        + footer(p, "site-foot")
        + tail(p)
    )


def blotter(p: Page) -> str:
    ui, x = p.ui, p.extra
    return (
        head(p, "NewsArticle")
        + '<body class="article public-safety">\n'
        + nav(p, "site-head", "news")
        + '<main class="lg-main"><article class="lg">\n'
        + f'<p class="lg-kicker">{e(ui["log_kicker"])}</p>\n'
        + f"<h1>{e(p.title)}</h1>\n"
        + byline(p, "lg-byline", p.slots.get("meta", []))
        + lines(p.slots.get("top", []), "p", "lg-note")
        + (f'<p class="lg-source">{e(x["source"])}</p>\n' if x.get("source") else "")
        + figure(p, "lg-photo")
        + body(p, "lg-entries", items=True)
        + lines(p.slots.get("end", []), "p", "lg-end")
        + f'<p class="lg-disclaimer"><em>{e(ui["log_note"])}</em></p>\n'
        + "</article>\n"
        + share(p, "lg-share")
        + related(p, "lg-related")
        + partner_rail(p, "lg-partners")
        + "</main>\n"
        + footer(p, "site-foot")
        + tail(p)
    )


def notices(p: Page) -> str:
    ui, x = p.ui, p.extra
    return (
        head(p, "NewsArticle")
        + '<body class="community notices">\n'
        + nav(p, "site-head", "local")
        + '<main class="nt-main"><article class="nt">\n'
        + f'<p class="nt-kicker">{e(ui["notices"])}</p>\n'
        + f"<h1>{e(p.title)}</h1>\n"
        + f'<p class="nt-date"><time datetime="{p.iso}">{e(ui["date"])}</time></p>\n'
        + lines(p.slots.get("top", []), "p", "nt-note")
        + (f'<p class="nt-source">{e(x["source"])}</p>\n' if x.get("source") else "")
        + figure(p, "nt-photo")
        + body(p, "nt-items")
        + lines(p.slots.get("end", []), "p", "nt-end")
        + "</article>\n"
        + f'<aside class="nt-submit"><a href="/community/submit/">{e(ui["submit_notice"])}</a></aside>\n'
        + related(p, "nt-related", "most_read")
        + partner_rail(p, "nt-partners")
        + "</main>\n"
        + footer(p, "site-foot")
        + tail(p)
    )


def explainer(p: Page) -> str:
    ui = p.ui
    questions = [q for q in p.extra.get("questions", "").split("|") if q]
    toc = "".join(f'<li><a href="#q{i + 1}">{e(q)}</a></li>' for i, q in enumerate(questions))
    faq = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [{"@type": "Question", "name": q} for q in questions],
    }
    extra = f'<script type="application/ld+json">{json.dumps(faq, ensure_ascii=False)}</script>\n' if questions else ""
    return (
        head(p, "NewsArticle", extra)
        + '<body class="article explainer">\n'
        + nav(p, "site-head", "news")
        + '<main class="xp-main"><article class="xp">\n'
        + f'<p class="xp-label">{e(ui["explained"])}</p>\n'
        + f"<h1>{e(p.title)}</h1>\n"
        + byline(p, "xp-byline", p.slots.get("meta", []))
        + lines(p.slots.get("top", []), "p", "xp-note")
        + figure(p, "xp-photo")
        + (f'<nav class="xp-toc"><h2>{e(ui["toc"])}</h2><ol>{toc}</ol></nav>\n' if toc else "")
        + body(p, "xp-body")
        + lines(p.slots.get("end", []), "p", "xp-end")
        + "</article>\n"
        + bio(p, "xp-bio")
        + share(p, "xp-share")
        + related(p, "xp-related")
        + partner_rail(p, "xp-partners")
        + "</main>\n"
        + footer(p, "site-foot")
        + tail(p)
    )


RENDER: dict[str, Callable[[Page], str]] = {
    "replica": replica,
    "eptext": eptext,
    "archive": archive,
    "yearsago": yearsago,
    "corrx": corrx,
    "briefs": briefs,
    "obit": obit,
    "blotter": blotter,
    "notices": notices,
    "explainer": explainer,
}

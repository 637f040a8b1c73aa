# ruff: noqa: E501, RUF001  (markup and UI strings, one a line)
"""Page templates of the forty-fifth blind set: ten families of sites that re-post other outlets'
coverage (written for this set from the markup such sites emit; no earlier template was read).

- ``newsroom``: a company's newsroom (WordPress corporate theme): 'In the news' items and releases;
- ``campus``: a university's 'In the media' / news pages (Drupal 10 markup, field lists);
- ``clinic``: a hospital's news pages (emergency bar, appointment button, departments);
- ``clipview``: a media-monitoring service: a clip's web view (outlet, page, circulation, reach,
  AVE, sentiment, highlighted keywords), a coverage report, and the service's public 'Insights';
- ``revue``: a daily press review site (round-ups, a 'story of the day', front pages);
- ``relief``: a humanitarian information portal (ReliefWeb-like report pages with Source, Format,
  Country and Theme fields, dates, 'View original', PDF attachments);
- ``diaspora``: a diaspora community portal's 'Home news' (events, classifieds, remittance rates);
- ``embassy``: an embassy's or mission's site ('News from home', press releases, notices);
- ``ngo``: an NGO's site (stories, 'in the media', a 'Republish this story' box);
- ``digest``: the web archive of an e-mailed media digest (table markup of an e-mail campaign).

`render_page(page)` returns a full HTML document. Stdlib only; deterministic.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

RTL = {"ar", "he", "fa", "ckb", "ps"}


@dataclass
class Page:
    fam: str
    kind: str
    lang: str
    site_name: str
    host: str
    url: str
    title: str
    desc: str
    iso: str
    date_text: str
    time_text: str
    author: str
    paras: list[str]
    slots: dict[str, list[str]]
    caption: str | None
    markup: dict[str, str]
    extra: dict[str, str]
    related: list[tuple[str, str]]
    tags: list[str]
    num: int
    image: str
    canonical: str = ""
    crumbs: list[str] = field(default_factory=list)

    @property
    def rtl(self) -> bool:
        return self.lang in RTL


def e(text: str) -> str:
    return escape(text, quote=False)


def a(text: str) -> str:
    return escape(text, quote=True)


# --------------------------------------------------------------------------- UI strings
_COMMON_KEYS = ["home", "news", "search", "menu", "share", "print", "related", "comments", "leave_comment", "cookie", "accept", "privacy", "terms", "contact", "about", "rights", "subscribe", "email", "published", "tags", "read_more", "skip", "more", "latest", "back"]

_COMMON: dict[str, list[str]] = {
    "en": ["Home", "News", "Search", "Menu", "Share", "Print", "Related", "Comments", "Leave a comment",
           "We use cookies to improve your experience and to measure how our site is used.", "Accept", "Privacy policy",
           "Terms of use", "Contact us", "About us", "All rights reserved.", "Subscribe", "Email address", "Published",
           "Tags", "Read more", "Skip to content", "More", "Latest", "Back"],
    "sw": ["Mwanzo", "Habari", "Tafuta", "Menyu", "Shiriki", "Chapisha", "Habari zinazohusiana", "Maoni", "Acha maoni",
           "Tunatumia vidakuzi kuboresha huduma zetu na kupima matumizi ya tovuti.", "Kubali", "Sera ya faragha",
           "Masharti ya matumizi", "Wasiliana nasi", "Kuhusu sisi", "Haki zote zimehifadhiwa.", "Jiunge", "Barua pepe",
           "Imechapishwa", "Lebo", "Soma zaidi", "Ruka hadi maudhui", "Zaidi", "Za hivi punde", "Rudi"],
    "am": ["መነሻ", "ዜና", "ፈልግ", "ማውጫ", "አጋራ", "አትም", "ተዛማጅ ዜናዎች", "አስተያየቶች", "አስተያየት ይስጡ",
           "ይህ ድረ ገጽ አገልግሎቱን ለማሻሻል ኩኪዎችን ይጠቀማል።", "እስማማለሁ", "የግላዊነት ፖሊሲ", "የአጠቃቀም ደንቦች", "ያግኙን",
           "ስለ እኛ", "መብቱ በሕግ የተጠበቀ ነው።", "ይመዝገቡ", "ኢሜይል", "የታተመበት", "መለያዎች", "ተጨማሪ ያንብቡ", "ወደ ይዘቱ ይለፉ",
           "ተጨማሪ", "የቅርብ ጊዜ", "ተመለስ"],
    "ha": ["Gida", "Labarai", "Nema", "Menu", "Raba", "Buga", "Labarai masu alaka", "Sharhi", "Bar sharhi",
           "Muna amfani da kukis don inganta shafinmu da auna yadda ake amfani da shi.", "Na yarda", "Manufar sirri",
           "Ka'idojin amfani", "Tuntube mu", "Game da mu", "Duk hakkoki na mallaka ne.", "Yi rajista", "Adireshin imel",
           "An wallafa", "Alamomi", "Kara karantawa", "Tsallaka zuwa abun ciki", "Karin bayani", "Sabbin labarai", "Koma baya"],
    "fr": ["Accueil", "Actualités", "Rechercher", "Menu", "Partager", "Imprimer", "À lire aussi", "Commentaires",
           "Laisser un commentaire", "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience du site.",
           "Accepter", "Politique de confidentialité", "Conditions d'utilisation", "Contact", "À propos", "Tous droits réservés.",
           "S'abonner", "Adresse e-mail", "Publié le", "Mots-clés", "Lire la suite", "Aller au contenu", "Plus",
           "Dernières actualités", "Retour"],
    "ar": ["الرئيسية", "أخبار", "بحث", "القائمة", "شارك", "طباعة", "أخبار ذات صلة", "التعليقات", "أضف تعليقا",
           "نستخدم ملفات تعريف الارتباط لتحسين تجربتك وقياس استخدام الموقع.", "موافق", "سياسة الخصوصية", "شروط الاستخدام",
           "اتصل بنا", "من نحن", "جميع الحقوق محفوظة.", "اشترك", "البريد الإلكتروني", "نشر في", "الوسوم", "اقرأ المزيد",
           "انتقل إلى المحتوى", "المزيد", "آخر الأخبار", "رجوع"],
    "he": ["דף הבית", "חדשות", "חיפוש", "תפריט", "שיתוף", "הדפסה", "כתבות נוספות", "תגובות", "הוספת תגובה",
           "אתר זה משתמש בעוגיות לשיפור חוויית הגלישה ולמדידת השימוש באתר.", "אישור", "מדיניות פרטיות", "תנאי שימוש",
           "צור קשר", "אודות", "כל הזכויות שמורות.", "הרשמה", "כתובת דוא״ל", "פורסם", "תגיות", "להמשך קריאה", "דלג לתוכן",
           "עוד", "עדכונים אחרונים", "חזרה"],
    "fa": ["صفحه اصلی", "اخبار", "جستجو", "منو", "اشتراک‌گذاری", "چاپ", "مطالب مرتبط", "دیدگاه‌ها", "ارسال دیدگاه",
           "این وب‌سایت برای بهبود تجربه شما از کوکی استفاده می‌کند.", "پذیرفتن", "حریم خصوصی", "شرایط استفاده", "تماس با ما",
           "درباره ما", "تمامی حقوق محفوظ است.", "عضویت", "نشانی ایمیل", "تاریخ انتشار", "برچسب‌ها", "ادامه مطلب",
           "رفتن به محتوا", "بیشتر", "تازه‌ترین‌ها", "بازگشت"],
    "ckb": ["سەرەکی", "هەواڵ", "گەڕان", "لیست", "بڵاوکردنەوە", "چاپکردن", "بابەتی پەیوەندیدار", "کۆمێنتەکان",
            "کۆمێنت بنووسە", "ئەم ماڵپەڕە کووکی بەکاردەهێنێت بۆ باشترکردنی ئەزموونی بەکارهێنەران.", "ڕازیم",
            "سیاسەتی تایبەتمەندی", "مەرجەکانی بەکارهێنان", "پەیوەندی", "دەربارەی ئێمە", "هەموو مافەکان پارێزراون.",
            "بەشداربوون", "ئیمەیڵ", "بڵاوکراوەتەوە", "تاگەکان", "زیاتر بخوێنەوە", "بڕۆ بۆ ناوەڕۆک", "زیاتر",
            "دوایین هەواڵەکان", "گەڕانەوە"],
    "ps": ["کور پاڼه", "خبرونه", "لټون", "مینو", "شریکول", "چاپ", "اړوند مطالب", "تبصرې", "تبصره ولیکئ",
           "دا وېبپاڼه ستاسو د تجربې د ښه کولو لپاره کوکیز کاروي.", "منم", "د محرمیت تګلاره", "د کارونې شرطونه", "اړیکه",
           "زموږ په اړه", "ټول حقونه خوندي دي.", "ګډون", "برېښنالیک", "خپور شوی", "ټګونه", "نور ولولئ",
           "منځپانګې ته لاړ شئ", "نور", "وروستي", "شاته"],
    "bn": ["প্রচ্ছদ", "খবর", "খুঁজুন", "মেনু", "শেয়ার করুন", "প্রিন্ট", "সম্পর্কিত খবর", "মন্তব্য", "মন্তব্য করুন",
           "আপনার অভিজ্ঞতা উন্নত করতে এই ওয়েবসাইট কুকি ব্যবহার করে।", "সম্মত", "গোপনীয়তা নীতি", "ব্যবহারের শর্তাবলি",
           "যোগাযোগ", "আমাদের সম্পর্কে", "সর্বস্বত্ব সংরক্ষিত।", "সাবস্ক্রাইব", "ইমেইল", "প্রকাশ", "ট্যাগ", "আরও পড়ুন",
           "মূল বিষয়ে যান", "আরও", "সর্বশেষ", "ফিরে যান"],
    "ne": ["गृहपृष्ठ", "समाचार", "खोज्नुहोस्", "मेनु", "सेयर गर्नुहोस्", "प्रिन्ट", "सम्बन्धित समाचार", "प्रतिक्रिया",
           "प्रतिक्रिया दिनुहोस्", "यो वेबसाइटले तपाईंको अनुभव सुधार गर्न कुकी प्रयोग गर्छ।", "स्वीकार्नुहोस्", "गोपनीयता नीति",
           "प्रयोगका सर्तहरू", "सम्पर्क", "हाम्रो बारेमा", "सर्वाधिकार सुरक्षित।", "सदस्यता लिनुहोस्", "इमेल ठेगाना", "प्रकाशित",
           "ट्याग", "थप पढ्नुहोस्", "सामग्रीमा जानुहोस्", "थप", "ताजा", "फर्कनुहोस्"],
    "ta": ["முகப்பு", "செய்திகள்", "தேடல்", "பட்டி", "பகிர்", "அச்சிடு", "தொடர்புடைய செய்திகள்", "கருத்துகள்",
           "கருத்து தெரிவிக்க", "உங்கள் அனுபவத்தை மேம்படுத்த இந்தத் தளம் குக்கீகளைப் பயன்படுத்துகிறது.", "ஏற்கிறேன்",
           "தனியுரிமைக் கொள்கை", "பயன்பாட்டு விதிமுறைகள்", "தொடர்புக்கு", "எங்களைப் பற்றி",
           "அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.", "பதிவு செய்க", "மின்னஞ்சல்", "வெளியிடப்பட்டது", "குறிச்சொற்கள்",
           "மேலும் படிக்க", "உள்ளடக்கத்துக்குச் செல்க", "மேலும்", "சமீபத்தியவை", "பின்செல்"],
}


def _fam(keys: str, table: dict[str, list[str]]) -> dict[str, dict[str, str]]:
    names = keys.split()
    out = {}
    for lang, values in table.items():
        assert len(values) == len(names), (lang, keys, len(values))
        out[lang] = dict(zip(names, values, strict=True))
    return out


UI: dict[str, dict[str, str]] = {lang: dict(zip(_COMMON_KEYS, v, strict=True)) for lang, v in _COMMON.items()}

NEWSROOM = _fam("products investors careers newsroom in_news releases media_contact press_kit read_article featured about_co", {
    "en": ["Products", "Investors", "Careers", "Newsroom", "In the news", "Press releases", "Media contact", "Press kit", "Read the article", "As featured in", "About"],
    "sw": ["Huduma", "Wawekezaji", "Ajira", "Habari za kampuni", "Tulionekana kwenye vyombo vya habari", "Taarifa kwa vyombo vya habari", "Mawasiliano kwa wanahabari", "Nyaraka kwa wanahabari", "Soma makala", "Tumeangaziwa na", "Kuhusu"],
    "fr": ["Nos produits", "Investisseurs", "Emplois", "Espace presse", "On parle de nous", "Communiqués", "Contact presse", "Dossier de presse", "Lire l'article", "Vu dans", "À propos"],
    "he": ["מוצרים", "משקיעים", "דרושים", "חדר חדשות", "החברה בתקשורת", "הודעות לעיתונות", "קשר עם התקשורת", "ערכת תקשורת", "לכתבה המלאה", "סיקרו אותנו", "אודות"],
    "ckb": ["بەرهەمەکان", "وەبەرهێنەران", "هەلی کار", "هەواڵی کۆمپانیا", "ئێمە لە میدیاکان", "ڕاگەیەندراوەکان", "پەیوەندی میدیا", "فایلی ڕۆژنامەوانی", "خوێندنەوەی بابەت", "باسکراوین لە", "دەربارە"],
    "bn": ["পণ্য", "বিনিয়োগকারী", "ক্যারিয়ার", "নিউজরুম", "গণমাধ্যমে আমরা", "প্রেস বিজ্ঞপ্তি", "মিডিয়া যোগাযোগ", "প্রেস কিট", "পুরো খবর পড়ুন", "যেসব গণমাধ্যমে", "পরিচিতি"],
})

CAMPUS = _fam("study research faculties admissions alumni students staff library in_media media_office news_events outlet_lbl", {
    "en": ["Study", "Research", "Faculties", "Admissions", "Alumni", "Students", "Staff", "Library", "In the media", "Media relations office", "News and events", "Outlet"],
    "sw": ["Masomo", "Utafiti", "Ndaki", "Udahili", "Wahitimu", "Wanafunzi", "Wafanyakazi", "Maktaba", "Kwenye vyombo vya habari", "Ofisi ya uhusiano", "Habari na matukio", "Chombo"],
    "am": ["ትምህርት", "ምርምር", "ኮሌጆች", "ቅበላ", "ምሩቃን", "ተማሪዎች", "ሠራተኞች", "ቤተ መጻሕፍት", "በመገናኛ ብዙኃን", "የሕዝብ ግንኙነት ጽሕፈት ቤት", "ዜናና ሁነቶች", "ሚዲያ"],
    "fr": ["Études", "Recherche", "Départements", "Inscriptions", "Alumni", "Étudiants", "Personnel", "Bibliothèque", "Dans la presse", "Service communication", "Actualités et agenda", "Média"],
    "he": ["לימודים", "מחקר", "פקולטות", "הרשמה", "בוגרים", "סטודנטים", "סגל", "ספרייה", "המכללה בתקשורת", "דוברות", "חדשות ואירועים", "כלי תקשורת"],
    "fa": ["آموزش", "پژوهش", "دانشکده‌ها", "پذیرش", "دانش‌آموختگان", "دانشجویان", "کارکنان", "کتابخانه", "دانشگاه در رسانه‌ها", "اداره روابط عمومی", "اخبار و رویدادها", "رسانه"],
    "ne": ["अध्ययन", "अनुसन्धान", "संकाय", "भर्ना", "पूर्व विद्यार्थी", "विद्यार्थी", "कर्मचारी", "पुस्तकालय", "सञ्चारमाध्यममा", "सूचना शाखा", "समाचार तथा कार्यक्रम", "माध्यम"],
    "ta": ["படிப்புகள்", "ஆராய்ச்சி", "துறைகள்", "சேர்க்கை", "முன்னாள் மாணவர்கள்", "மாணவர்கள்", "பணியாளர்கள்", "நூலகம்", "ஊடகங்களில்", "மக்கள் தொடர்பு அலுவலகம்", "செய்திகளும் நிகழ்வுகளும்", "ஊடகம்"],
})

CLINIC = _fam("find_doctor appointment emergency departments patients hospital_news careers emergency_line featured", {
    "en": ["Find a doctor", "Book an appointment", "Emergency", "Departments", "Patients and visitors", "Hospital news", "Careers", "Emergency and ambulance, 24 hours", "As featured in"],
    "am": ["ሐኪም ይፈልጉ", "ቀጠሮ ያስይዙ", "ድንገተኛ", "ክፍሎች", "ታካሚዎችና ጎብኚዎች", "የሆስፒታሉ ዜና", "የሥራ ማስታወቂያ", "ድንገተኛና አምቡላንስ፣ 24 ሰዓት", "በሚዲያ"],
    "ha": ["Nemi likita", "Yi alkawari", "Gaggawa", "Sassa", "Marasa lafiya da baki", "Labaran asibiti", "Ayyuka", "Gaggawa da motar asibiti, awa 24", "An ambace mu a"],
    "he": ["איתור רופא", "זימון תור", "מיון", "מחלקות", "מטופלים ומבקרים", "חדשות המוקד", "דרושים", "מוקד חירום 24/7", "סיקרו אותנו"],
    "ps": ["ډاکټر ومومئ", "وخت ونیسئ", "بیړني", "څانګې", "ناروغان او لیدونکي", "د روغتون خبرونه", "دندې", "بیړنۍ او امبولانس، ۲۴ ساعته", "په رسنیو کې"],
})

CLIP = _fam("dashboard clips reports alerts logout back_results download add_report outlet date page section circulation reach ave sentiment keywords clip_text client analyst_note insights services book_demo", {
    "en": ["Dashboard", "Clips", "Reports", "Alerts", "Log out", "Back to results", "Download PDF", "Add to report", "Outlet", "Date", "Page", "Section", "Circulation", "Reach", "AVE", "Sentiment", "Keywords", "Clip text", "Client", "Analyst note", "Insights", "Services", "Book a demo"],
    "sw": ["Dashibodi", "Vipande", "Ripoti", "Tahadhari", "Toka", "Rudi kwenye matokeo", "Pakua PDF", "Ongeza kwenye ripoti", "Chombo", "Tarehe", "Ukurasa", "Sehemu", "Nakala", "Wasomaji", "Thamani ya tangazo", "Mwelekeo", "Maneno muhimu", "Maandishi ya kipande", "Mteja", "Maelezo ya mchambuzi", "Uchambuzi", "Huduma", "Omba maonyesho"],
    "am": ["ዳሽቦርድ", "ቁርጥራጮች", "ሪፖርቶች", "ማንቂያዎች", "ውጣ", "ወደ ውጤቶች ተመለስ", "PDF አውርድ", "ወደ ሪፖርት ጨምር", "ጋዜጣ", "ቀን", "ገጽ", "ዓምድ", "ስርጭት", "ተደራሽነት", "የማስታወቂያ ዋጋ", "አቅጣጫ", "ቁልፍ ቃላት", "የቁርጥራጩ ጽሑፍ", "ደንበኛ", "የተንታኙ ማስታወሻ", "ትንታኔዎች", "አገልግሎቶች", "ማሳያ ይጠይቁ"],
    "ar": ["لوحة التحكم", "القصاصات", "التقارير", "التنبيهات", "خروج", "العودة إلى النتائج", "تنزيل PDF", "إضافة إلى تقرير", "الوسيلة", "التاريخ", "الصفحة", "القسم", "التوزيع", "الوصول", "القيمة الإعلانية", "الاتجاه", "الكلمات المفتاحية", "نص القصاصة", "العميل", "ملاحظة المحلل", "تحليلات", "خدماتنا", "اطلب عرضا"],
    "bn": ["ড্যাশবোর্ড", "ক্লিপ", "রিপোর্ট", "সতর্কবার্তা", "লগ আউট", "ফলাফলে ফিরুন", "পিডিএফ ডাউনলোড", "রিপোর্টে যোগ করুন", "পত্রিকা", "তারিখ", "পৃষ্ঠা", "বিভাগ", "প্রচারসংখ্যা", "পাঠক", "বিজ্ঞাপনমূল্য", "প্রবণতা", "কিওয়ার্ড", "ক্লিপের লেখা", "গ্রাহক", "বিশ্লেষকের মন্তব্য", "বিশ্লেষণ", "সেবা", "ডেমো নিন"],
    "ne": ["ड्यासबोर्ड", "क्लिपहरू", "प्रतिवेदन", "सूचना", "लग आउट", "नतिजामा फर्कनुहोस्", "पीडीएफ डाउनलोड", "प्रतिवेदनमा थप्नुहोस्", "पत्रिका", "मिति", "पृष्ठ", "खण्ड", "वितरण", "पहुँच", "विज्ञापन मूल्य", "धारणा", "मुख्य शब्द", "क्लिपको पाठ", "ग्राहक", "विश्लेषकको टिप्पणी", "विश्लेषण", "सेवाहरू", "डेमो माग्नुहोस्"],
})

REVUE = _fam("press_review archive fronts by_date yesterday newsletter_cta story_day", {
    "en": ["Press review", "Archive", "Today's front pages", "Reviews by date", "Yesterday's review", "Get the review in your inbox every morning", "Story of the day"],
    "sw": ["Mapitio ya magazeti", "Kumbukumbu", "Kurasa za mbele leo", "Mapitio kwa tarehe", "Mapitio ya jana", "Pokea mapitio kila asubuhi kwa barua pepe", "Habari ya siku"],
    "ha": ["Sharhin jaridu", "Ma'ajiya", "Shafukan farko na yau", "Sharhi ta kwanan wata", "Sharhin jiya", "Karbi sharhin a imel kowace safiya", "Labarin rana"],
    "fr": ["Revue de presse", "Archives", "Les unes du jour", "Revues par date", "La revue d'hier", "Recevez la revue chaque matin par e-mail", "L'article du jour"],
    "ar": ["جولة الصحف", "الأرشيف", "الصفحات الأولى اليوم", "الجولات حسب التاريخ", "جولة الأمس", "احصل على الجولة في بريدك كل صباح", "خبر اليوم"],
    "fa": ["مرور مطبوعات", "آرشیو", "صفحه اول روزنامه‌ها", "مرورها بر اساس تاریخ", "مرور دیروز", "مرور مطبوعات را هر صبح در ایمیل خود بخوانید", "خبر روز"],
    "ckb": ["ڕۆژنامەکان", "ئەرشیف", "لاپەڕەی یەکەمی ڕۆژنامەکان", "بەپێی ڕێکەوت", "کورتەی دوێنێ", "کورتەکە هەموو بەیانییەک لە ئیمەیڵەکەتدا وەربگرە", "هەواڵی ڕۆژ"],
    "ps": ["د ورځپاڼو کتنه", "آرشیف", "د نن ورځې لومړي مخونه", "د نېټې له مخې", "پرونۍ کتنه", "هر سهار کتنه په برېښنالیک کې ترلاسه کړئ", "د ورځې خبر"],
    "bn": ["পত্রিকা পর্যালোচনা", "আর্কাইভ", "আজকের প্রথম পাতা", "তারিখ অনুযায়ী", "গতকালের পর্যালোচনা", "প্রতিদিন সকালে ইমেইলে পর্যালোচনা পান", "আজকের খবর"],
})

RELIEF = _fam("updates countries disasters organizations topics jobs training format_news format_analysis posted orig_pub origin view_original country theme attachments download_report source_lbl related_content language_lbl lang_name subscribe_cta format_lbl", {
    "en": ["Updates", "Countries", "Disasters", "Organizations", "Topics", "Jobs", "Training", "News and Press Release", "Analysis", "Posted", "Originally published", "Origin", "View original", "Country", "Theme", "Attachments", "Download report", "Source", "Related content", "Language", "English", "Sign up for daily updates", "Format"],
    "fr": ["Actualités", "Pays", "Catastrophes", "Organisations", "Thèmes", "Emplois", "Formations", "Communiqué", "Analyse", "Mis en ligne", "Publication d'origine", "Origine", "Voir l'original", "Pays", "Thème", "Pièces jointes", "Télécharger le rapport", "Source", "Contenus liés", "Langue", "Français", "Recevoir les mises à jour quotidiennes", "Format"],
    "ar": ["المستجدات", "البلدان", "الكوارث", "المنظمات", "المواضيع", "وظائف", "تدريب", "خبر وبيان صحفي", "تحليل", "نشر في", "تاريخ النشر الأصلي", "الأصل", "عرض الأصل", "البلد", "الموضوع", "المرفقات", "تنزيل التقرير", "المصدر", "محتوى ذو صلة", "اللغة", "العربية", "اشترك في التحديثات اليومية", "النوع"],
    "fa": ["تازه‌ها", "کشورها", "بلایا", "سازمان‌ها", "موضوع‌ها", "فرصت‌های شغلی", "آموزش", "خبر و بیانیه", "تحلیل", "انتشار در سایت", "انتشار اصلی", "اصل", "مشاهده اصل", "کشور", "موضوع", "پیوست‌ها", "دریافت گزارش", "منبع", "مطالب مرتبط", "زبان", "فارسی", "عضویت در خبرنامه روزانه", "قالب"],
    "ps": ["تازه معلومات", "هېوادونه", "پېښې", "ادارې", "موضوعګانې", "دندې", "روزنه", "خبر او اعلامیه", "شننه", "خپور شوی", "لومړی خپور شوی", "اصلي سرچینه", "اصلي متن وګورئ", "هېواد", "موضوع", "ضمیمې", "راپور ښکته کړئ", "سرچینه", "اړوند مطالب", "ژبه", "پښتو", "ورځني خبرتیاوې ترلاسه کړئ", "بڼه"],
    "bn": ["হালনাগাদ", "দেশ", "দুর্যোগ", "সংস্থা", "বিষয়", "চাকরি", "প্রশিক্ষণ", "সংবাদ ও বিজ্ঞপ্তি", "বিশ্লেষণ", "পোস্ট", "মূল প্রকাশ", "উৎস লিংক", "মূল লেখা দেখুন", "দেশ", "বিষয়", "সংযুক্তি", "রিপোর্ট ডাউনলোড", "উৎস", "সম্পর্কিত", "ভাষা", "বাংলা", "প্রতিদিনের হালনাগাদ পেতে নিবন্ধন করুন", "ধরন"],
    "ne": ["अद्यावधिक", "देशहरू", "विपद्", "संस्थाहरू", "विषय", "रोजगारी", "तालिम", "समाचार तथा विज्ञप्ति", "विश्लेषण", "पोस्ट गरिएको", "मूल प्रकाशन", "मूल स्रोत", "मूल हेर्नुहोस्", "देश", "विषय", "संलग्न", "प्रतिवेदन डाउनलोड", "स्रोत", "सम्बन्धित सामग्री", "भाषा", "नेपाली", "दैनिक अद्यावधिक पाउन दर्ता गर्नुहोस्", "ढाँचा"],
    "ta": ["புதுப்பிப்புகள்", "நாடுகள்", "பேரிடர்கள்", "அமைப்புகள்", "தலைப்புகள்", "வேலைவாய்ப்பு", "பயிற்சி", "செய்தி மற்றும் அறிக்கை", "பகுப்பாய்வு", "பதிவேற்றம்", "முதல் வெளியீடு", "மூலத் தளம்", "மூலத்தைப் பார்க்க", "நாடு", "தலைப்பு", "இணைப்புகள்", "அறிக்கையைப் பதிவிறக்க", "மூலம்", "தொடர்புடையவை", "மொழி", "தமிழ்", "தினசரி புதுப்பிப்புகளுக்குப் பதிவு செய்க", "வகை"],
})

DIASPORA = _fam("community events classifieds home_news donate members join helpline rates forum upcoming", {
    "en": ["Community", "Events", "Classifieds", "Home news", "Donate", "Members", "Join us", "Community helpline", "Money transfer rates today", "Forum", "Upcoming events"],
    "am": ["ማኅበረሰብ", "ሁነቶች", "ማስታወቂያዎች", "የአገር ቤት ዜና", "ይለግሱ", "አባላት", "አባል ይሁኑ", "የማኅበረሰቡ የእርዳታ መስመር", "የዛሬ የገንዘብ ዝውውር ምንዛሪ", "መድረክ", "የሚመጡ ሁነቶች"],
    "ha": ["Al'umma", "Taruka", "Tallace-tallace", "Labaran gida", "Ba da gudummawa", "Mambobi", "Shiga cikinmu", "Layin taimakon al'umma", "Farashin aika kudi a yau", "Dandali", "Taruka masu zuwa"],
    "fr": ["Communauté", "Événements", "Petites annonces", "Nouvelles du pays", "Faire un don", "Membres", "Adhérer", "Ligne d'entraide", "Taux de transfert du jour", "Forum", "Événements à venir"],
    "ar": ["الجالية", "فعاليات", "إعلانات مبوبة", "أخبار الوطن", "تبرع", "الأعضاء", "انضم إلينا", "خط مساعدة الجالية", "أسعار التحويل اليوم", "المنتدى", "فعاليات قادمة"],
    "he": ["קהילה", "אירועים", "לוח מודעות", "חדשות מהארץ", "תרומה", "חברים", "הצטרפות", "קו סיוע קהילתי", "שערי העברה היום", "פורום", "אירועים קרובים"],
    "fa": ["جامعه", "رویدادها", "نیازمندی‌ها", "خبرهای وطن", "کمک مالی", "اعضا", "عضویت", "خط کمک جامعه", "نرخ حواله امروز", "انجمن", "رویدادهای پیش رو"],
    "ckb": ["کۆمەڵگا", "چالاکییەکان", "ڕیکلامەکان", "هەواڵی وڵات", "بەخشین", "ئەندامان", "ببە بە ئەندام", "هێڵی یارمەتی کۆمەڵگا", "نرخی حەواڵە ئەمڕۆ", "مەکۆ", "چالاکییەکانی داهاتوو"],
    "ps": ["ټولنه", "غونډې", "اعلانونه", "د هېواد خبرونه", "مرسته وکړئ", "غړي", "له موږ سره یوځای شئ", "د ټولنې د مرستې کرښه", "د نن ورځې د حوالې نرخ", "بحث", "راتلونکې غونډې"],
    "bn": ["কমিউনিটি", "অনুষ্ঠান", "শ্রেণিবদ্ধ বিজ্ঞাপন", "দেশের খবর", "দান করুন", "সদস্য", "যোগ দিন", "কমিউনিটি হেল্পলাইন", "আজকের রেমিট্যান্স রেট", "ফোরাম", "আসন্ন অনুষ্ঠান"],
    "ne": ["समुदाय", "कार्यक्रम", "वर्गीकृत", "स्वदेश समाचार", "सहयोग गर्नुहोस्", "सदस्य", "सदस्य बन्नुहोस्", "सामुदायिक सहायता लाइन", "आजको रेमिट्यान्स दर", "फोरम", "आगामी कार्यक्रम"],
    "ta": ["சமூகம்", "நிகழ்வுகள்", "விளம்பரங்கள்", "தாயகச் செய்திகள்", "நன்கொடை", "உறுப்பினர்கள்", "இணையுங்கள்", "சமூக உதவி எண்", "இன்றைய பணப் பரிமாற்ற விகிதம்", "கருத்துக்களம்", "வரவிருக்கும் நிகழ்வுகள்"],
})

EMBASSY = _fam("consular visa passport trade tourism news_from_home press_releases address hours notice emergency_nat about_emb", {
    "en": ["Consular services", "Visa", "Passport", "Trade and investment", "Tourism", "News from home", "Press releases", "Address", "Opening hours: Monday to Friday, 09:00–16:00", "Notice: the consular section will be closed on public holidays.", "Emergency line for nationals", "About the mission"],
    "sw": ["Huduma za kibalozi", "Viza", "Pasipoti", "Biashara na uwekezaji", "Utalii", "Habari za nyumbani", "Taarifa kwa umma", "Anwani", "Saa za kazi: Jumatatu hadi Ijumaa, 09:00–16:00", "Tangazo: sehemu ya kibalozi itafungwa siku za sikukuu.", "Simu ya dharura kwa raia", "Kuhusu ubalozi"],
    "am": ["የቆንስላ አገልግሎት", "ቪዛ", "ፓስፖርት", "ንግድና ኢንቨስትመንት", "ቱሪዝም", "የአገር ቤት ዜና", "መግለጫዎች", "አድራሻ", "የሥራ ሰዓት፦ ከሰኞ እስከ ዓርብ፣ 09:00–16:00", "ማስታወቂያ፦ የቆንስላ ክፍሉ በበዓላት ቀናት ዝግ ይሆናል።", "ለዜጎች የአስቸኳይ ጊዜ ስልክ", "ስለ ኤምባሲው"],
    "fr": ["Services consulaires", "Visa", "Passeport", "Commerce et investissement", "Tourisme", "Actualités du pays", "Communiqués", "Adresse", "Horaires : du lundi au vendredi, 9 h – 16 h", "Avis : la section consulaire sera fermée les jours fériés.", "Numéro d'urgence pour les ressortissants", "L'ambassade"],
    "ar": ["الخدمات القنصلية", "التأشيرات", "جوازات السفر", "التجارة والاستثمار", "السياحة", "أخبار من الوطن", "بيانات صحفية", "العنوان", "ساعات العمل: من الأحد إلى الخميس، 09:00–15:00", "تنويه: يغلق القسم القنصلي في أيام العطل الرسمية.", "رقم الطوارئ للمواطنين", "عن السفارة"],
    "fa": ["خدمات کنسولی", "روادید", "گذرنامه", "تجارت و سرمایه‌گذاری", "گردشگری", "اخبار ایران", "اطلاعیه‌ها", "نشانی", "ساعات کاری: دوشنبه تا جمعه، ۹ تا ۱۶", "اطلاعیه: بخش کنسولی در روزهای تعطیل رسمی بسته است.", "تلفن اضطراری اتباع", "درباره سفارت"],
    "ckb": ["خزمەتگوزارییەکان", "ڤیزا", "پاسپۆرت", "بازرگانی و وەبەرهێنان", "گەشتوگوزار", "هەواڵی هەرێم", "ڕاگەیەندراوەکان", "ناونیشان", "کاتی کار: دووشەممە تا هەینی، 09:00–16:00", "ئاگاداری: نووسینگەکە لە ڕۆژانی پشوودا داخراوە.", "ژمارەی فریاگوزاری بۆ هاووڵاتییان", "دەربارەی نوێنەرایەتی"],
    "bn": ["কনস্যুলার সেবা", "ভিসা", "পাসপোর্ট", "বাণিজ্য ও বিনিয়োগ", "পর্যটন", "বাংলাদেশের খবর", "প্রেস বিজ্ঞপ্তি", "ঠিকানা", "অফিস সময়: রবি থেকে বৃহস্পতিবার, সকাল ৮টা–বিকেল ৩টা", "বিজ্ঞপ্তি: সরকারি ছুটির দিনে কনস্যুলার শাখা বন্ধ থাকবে।", "প্রবাসীদের জরুরি হেল্পলাইন", "দূতাবাস পরিচিতি"],
    "ne": ["कन्सुलर सेवा", "भिसा", "राहदानी", "व्यापार तथा लगानी", "पर्यटन", "स्वदेशका समाचार", "प्रेस विज्ञप्ति", "ठेगाना", "कार्यालय समय: सोमबारदेखि शुक्रबार, ०९:००–१६:००", "सूचना: सार्वजनिक बिदाका दिन कन्सुलर शाखा बन्द रहनेछ।", "नेपाली नागरिकका लागि आपत्कालीन नम्बर", "दूतावासको बारेमा"],
})

NGO = _fam("our_work programmes donate get_involved stories in_media resources republish_h republish_btn newsletter_h charity", {
    "en": ["Our work", "Programmes", "Donate", "Get involved", "Stories", "In the media", "Resources", "Republish this story", "Copy the HTML", "Stay in touch", "Registered charity"],
    "sw": ["Kazi yetu", "Programu", "Changia", "Shiriki nasi", "Simulizi", "Kwenye vyombo vya habari", "Nyaraka", "Chapisha tena habari hii", "Nakili HTML", "Endelea kuwasiliana", "Shirika lililosajiliwa"],
    "ha": ["Ayyukanmu", "Shirye-shirye", "Ba da gudummawa", "Shiga ciki", "Labarai", "A kafafen yada labarai", "Takardu", "Sake wallafa wannan labari", "Kwafi HTML", "Mu ci gaba da tuntuba", "Kungiya mai rajista"],
    "ar": ["عملنا", "البرامج", "تبرع", "شارك معنا", "قصص", "في الإعلام", "مصادر", "أعد نشر هذه القصة", "انسخ الرمز", "ابق على تواصل", "جمعية مسجلة"],
    "he": ["הפעילות שלנו", "תוכניות", "תרומה", "הצטרפות", "סיפורים", "בתקשורת", "מקורות מידע", "פרסום חוזר של הכתבה", "העתקת HTML", "הישארו מעודכנים", "עמותה רשומה"],
    "ckb": ["کارەکانمان", "پرۆگرامەکان", "بەخشین", "بەشداربە", "چیرۆکەکان", "ئێمە لە میدیا", "سەرچاوەکان", "ئەم چیرۆکە بڵاوبکەرەوە", "HTML کۆپی بکە", "لە پەیوەندیدا بە", "ڕێکخراوی تۆمارکراو"],
    "ps": ["زموږ کار", "پروګرامونه", "مرسته", "ګډون وکړئ", "کیسې", "په رسنیو کې", "سرچینې", "دا کیسه بیا خپره کړئ", "HTML کاپي کړئ", "له موږ سره اړیکه", "ثبت شوې موسسه"],
    "ne": ["हाम्रो काम", "कार्यक्रमहरू", "सहयोग", "सहभागी हुनुहोस्", "कथाहरू", "सञ्चारमाध्यममा", "स्रोत सामग्री", "यो सामग्री पुनः प्रकाशन गर्नुहोस्", "HTML कपी गर्नुहोस्", "सम्पर्कमा रहनुहोस्", "दर्ता भएको संस्था"],
    "ta": ["எங்கள் பணி", "திட்டங்கள்", "நன்கொடை", "இணைந்து செயல்பட", "கதைகள்", "ஊடகங்களில்", "ஆவணங்கள்", "இந்தக் கட்டுரையை மீள்பிரசுரிக்க", "HTML நகலெடு", "தொடர்பில் இருங்கள்", "பதிவுசெய்யப்பட்ட அமைப்பு"],
})

DIGEST = _fam("view_browser unsubscribe forward prefs because past_issues top_clip also_today archive_bar", {
    "en": ["View this email in your browser", "Unsubscribe", "Forward to a colleague", "Update your preferences", "You are receiving this email because your organisation subscribes to our monitoring service.", "Past issues", "Top clip", "Also in today's digest", "Subscribe"],
    "he": ["לצפייה בדפדפן", "הסרה מרשימת התפוצה", "העבר לעמית", "עדכון העדפות", "קיבלת דוא״ל זה כי הארגון שלך מנוי על שירות הסקירה שלנו.", "גיליונות קודמים", "הכתבה המובילה", "עוד בסקירה היום", "הרשמה"],
    "fa": ["مشاهده این ایمیل در مرورگر", "لغو اشتراک", "ارسال برای همکار", "تغییر تنظیمات", "این ایمیل را دریافت می‌کنید چون مشترک خبرنامه ما هستید.", "شماره‌های پیشین", "خبر اصلی", "دیگر مطالب امروز", "عضویت"],
    "ta": ["இந்த மின்னஞ்சலை உலாவியில் பார்க்க", "விலகுக", "சக ஊழியருக்கு அனுப்பு", "விருப்பங்களை மாற்று", "உங்கள் அமைப்பு எங்கள் ஊடகக் கண்காணிப்புச் சேவைக்குச் சந்தா செலுத்தியுள்ளதால் இந்த மின்னஞ்சல் உங்களுக்கு வருகிறது.", "முந்தைய இதழ்கள்", "முதன்மைச் செய்தி", "இன்றைய தொகுப்பில் மேலும்", "பதிவு செய்க"],
})

# --------------------------------------------------------------------------- shared pieces

_LABEL = re.compile(r"^(.{1,40}?[:：፦])\s(.+)$")


def credit_html(text: str, cls: str, href: str = "", tag: str = "p") -> str:
    """A visible credit line: 'Label: Name' with the label and the name in their own elements,
    the name linked to the outlet when the page links it; other lines as they stand."""
    m = _LABEL.match(text)
    if m:
        label, value = m.groups()
        name = f'<a href="{a(href)}" target="_blank" rel="noopener">{e(value)}</a>' if href else f"<strong>{e(value)}</strong>"
        return f'<{tag} class="{cls}"><span class="{cls}__label">{e(label)}</span> {name}</{tag}>'
    return f'<{tag} class="{cls}"><em>{e(text)}</em></{tag}>'


def head(p: Page, css: list[str], extra: str = "", title_sep: str = " - ", jsonld: dict | None = None) -> str:
    direction = ' dir="rtl"' if p.rtl else ""
    metas = []
    for key in ("original-source", "syndication-source"):
        if key in p.markup:
            metas.append(f'<meta name="{key}" content="{a(p.markup[key])}">')
    ld = ""
    if jsonld is not None:
        ld = f'<script type="application/ld+json">{json.dumps(jsonld, ensure_ascii=False)}</script>\n'
    links = "\n".join(f'<link rel="stylesheet" href="{a(h)}" media="all">' for h in css)
    return (
        f'<!DOCTYPE html>\n<html lang="{p.lang}"{direction}>\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(p.title)}{e(title_sep)}{e(p.site_name)}</title>\n"
        f'<meta name="description" content="{a(p.desc)}">\n'
        f'<link rel="canonical" href="{a(p.canonical or p.url)}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{a(p.title)}">\n'
        f'<meta property="og:url" content="{a(p.url)}">\n<meta property="og:site_name" content="{a(p.site_name)}">\n'
        f'<meta property="og:image" content="{a(p.image)}">\n<meta property="article:published_time" content="{p.iso}">\n'
        + "".join(m + "\n" for m in metas)
        + f"{links}\n{ld}{extra}</head>\n"
    )


def article_ld(p: Page, kind: str = "NewsArticle", publisher_type: str = "Organization") -> dict:
    ld: dict = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": p.title,
        "datePublished": p.iso,
        "dateModified": p.iso,
        "inLanguage": p.lang,
        "mainEntityOfPage": {"@type": "WebPage", "@id": p.canonical or p.url},
        "image": [p.image],
        "author": {"@type": "Person" if p.author and p.author != p.site_name else "Organization", "name": p.author or p.site_name},
        "publisher": {"@type": publisher_type, "name": p.site_name, "logo": {"@type": "ImageObject", "url": f"https://{p.host}/logo.png"}},
    }
    if "isBasedOn" in p.markup:
        ld["isBasedOn"] = {"@type": "NewsArticle", "url": p.markup["isBasedOn"],
                           "publisher": {"@type": "NewsMediaOrganization", "name": p.markup.get("isBasedOnPublisher", "")}}
    return ld


def body_blocks(p: Page, p_cls: str = "", figure: Callable[[Page], str] | None = None,
                between: Callable[[str], str] | None = None, sub_tag: str = "h3", mark: list[str] | None = None) -> list[str]:
    """The article's paragraphs (subheads as `sub_tag`), the figure after the first paragraph and the
    'between' slot's lines after the second (or the last but one on short texts)."""
    out: list[str] = []
    text_paras = [i for i, t in enumerate(p.paras) if not t.startswith("§")]
    after = text_paras[min(1, len(text_paras) - 2)] if len(text_paras) > 2 else text_paras[0]
    cls = f' class="{p_cls}"' if p_cls else ""
    for i, t in enumerate(p.paras):
        if t.startswith("§"):
            out.append(f"<{sub_tag}>{e(t[1:])}</{sub_tag}>\n")
            continue
        html = e(t)
        for word in mark or []:
            html = html.replace(e(word), f"<mark>{e(word)}</mark>")
        out.append(f"<p{cls}>{html}</p>\n")
        if i == text_paras[0] and p.caption and figure is not None:
            out.append(figure(p) + "\n")
        if i == after and between is not None:
            for line in p.slots.get("between", []):
                out.append(between(line) + "\n")
    return out


def share_links(p: Page, names: tuple[str, ...] = ("Facebook", "X", "WhatsApp", "LinkedIn", "Email")) -> str:
    targets = {
        "Facebook": f"https://www.facebook.com/sharer/sharer.php?u={p.url}",
        "X": f"https://x.com/intent/post?url={p.url}",
        "WhatsApp": f"https://wa.me/?text={p.url}",
        "LinkedIn": f"https://www.linkedin.com/sharing/share-offsite/?url={p.url}",
        "Telegram": f"https://t.me/share/url?url={p.url}",
        "Viber": f"viber://forward?text={p.url}",
        "Email": f"mailto:?subject={p.title}&body={p.url}",
    }
    return "\n".join(f'<li><a class="share-{n.lower()}" href="{a(targets[n])}" target="_blank" rel="noopener nofollow">{n}</a></li>' for n in names)


def related_list(p: Page, cls: str) -> str:
    return "\n".join(f'<li class="{cls}"><a href="{a(h)}">{e(t)}</a></li>' for t, h in p.related)


def lines(p: Page, slot: str, cls: str, href: str = "", tag: str = "p") -> str:
    return "".join(credit_html(t, cls, href, tag) + "\n" for t in p.slots.get(slot, []))


def plain_lines(p: Page, slot: str, cls: str, tag: str = "div") -> str:
    return "\n".join(f'<{tag} class="{cls}">{e(t)}</{tag}>' for t in p.slots.get(slot, []))


def cookie_bar(p: Page, cls: str, ui: dict[str, str]) -> str:
    return (f'<div id="{cls}" class="{cls}" role="dialog" aria-live="polite">\n<p>{e(ui["cookie"])} '
            f'<a href="https://{p.host}/privacy/">{e(ui["privacy"])}</a></p>\n'
            f'<button type="button" class="{cls}__accept">{e(ui["accept"])}</button>\n</div>\n')


def gtag(ident: str) -> str:
    return (f'<script async src="https://www.googletagmanager.com/gtag/js?id={ident}"></script>\n'
            f"<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{ident}');</script>\n")


def logo_img(p: Page, cls: str) -> str:
    """An outlet's logo over a reproduced item (its name only in the alt text)."""
    if "logo" not in p.markup:
        return ""
    slug = re.sub(r"[^a-z0-9]+", "-", p.markup["logo"].lower()).strip("-") or "outlet"
    return f'<img class="{cls}" src="https://{p.host}/media/outlets/{slug}-{p.num % 97}.png" alt="{a(p.markup["logo"])}" width="160" height="40" loading="lazy">'


def read_button(p: Page, text: str, cls: str) -> str:
    if "read" not in p.markup:
        return ""
    return f'<p class="{cls}"><a class="button" href="{a(p.markup["read"])}" target="_blank" rel="noopener">{e(text)} →</a></p>'


def href_of(p: Page) -> str:
    return p.extra.get("href", "")


def comment_block(p: Page, ui: dict[str, str], cls: str, people: list[tuple[str, str]]) -> str:
    items = "\n".join(
        f'<li class="{cls}__item"><article><footer><b class="fn">{e(n)}</b> <time>{e(p.date_text)}</time></footer><div class="{cls}__text"><p>{e(t)}</p></div></article></li>'
        for n, t in people)
    return (f'<section id="comments" class="{cls}">\n<h2>{e(ui["comments"])} ({len(people)})</h2>\n<ol class="{cls}__list">\n{items}\n</ol>\n'
            f'<form class="{cls}__form" action="https://{p.host}/wp-comments-post.php" method="post"><h3>{e(ui["leave_comment"])}</h3>'
            f'<textarea name="comment" rows="5"></textarea><input type="email" name="email" placeholder="{a(ui["email"])}"><button type="submit">{e(ui["leave_comment"])}</button></form>\n</section>\n')


# --------------------------------------------------------------------------- newsroom (company, WordPress)

def render_newsroom(p: Page) -> str:
    ui, nr = UI[p.lang], NEWSROOM[p.lang]
    release = p.kind == "release"
    section = nr["releases"] if release else nr["in_news"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": f"https://{p.host}/#organization", "name": p.site_name, "url": f"https://{p.host}/",
         "logo": {"@type": "ImageObject", "url": f"https://{p.host}/wp-content/uploads/2026/03/logo.svg"}},
        {"@type": "WebPage", "@id": p.canonical or p.url, "url": p.url, "name": p.title, "inLanguage": p.lang,
         "breadcrumb": {"@id": f"{p.url}#breadcrumb"}},
        {**{k: v for k, v in article_ld(p, "Article").items() if k != "@context"}, "publisher": {"@id": f"https://{p.host}/#organization"},
         "articleSection": section},
    ]}
    theme = p.host.split(".")[1] if p.host.count(".") > 1 else "corporate"
    css = [f"https://{p.host}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2",
           f"https://{p.host}/wp-content/themes/{theme}-corporate/assets/css/main.min.css?ver=3.1.4",
           f"https://{p.host}/wp-content/plugins/cookie-law-info/legacy/public/css/cookie-law-info-public.css?ver=3.2.8"]
    extra = (f'<script src="https://{p.host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>\n'
             f'<link rel="alternate" type="application/rss+xml" title="{a(p.site_name)} &raquo; Feed" href="https://{p.host}/feed/">\n'
             f'<link rel="shortlink" href="https://{p.host}/?p={p.num}">\n' + gtag(f"G-{p.num % 9000 + 1000}KX{p.num % 7}"))
    out = [head(p, css, extra, " | ", ld)]
    out.append(f'<body class="post-template-default single single-post postid-{p.num} single-format-standard wp-embed-responsive category-{"press-releases" if release else "in-the-news"}">\n')
    out.append(f'<a class="skip-link screen-reader-text" href="#primary">{e(ui["skip"])}</a>\n')
    out.append(f'<div id="cookie-law-info-bar" data-nosnippet="true"><span>{e(ui["cookie"])} <a role="button" id="cookie_action_close_header" class="cli_action_button wt-cli-accept-btn">{e(ui["accept"])}</a> <a href="https://{p.host}/privacy-policy/" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">{e(ui["privacy"])}</a></span></div>\n')
    out.append(f'''<div id="page" class="site">
<div class="top-bar"><div class="container"><ul class="top-links">
<li><a href="https://{p.host}/investors/">{e(nr["investors"])}</a></li>
<li><a href="https://{p.host}/careers/">{e(nr["careers"])}</a></li>
<li><a href="https://{p.host}/contact/">{e(ui["contact"])}</a></li>
</ul></div></div>
<header id="masthead" class="site-header" role="banner"><div class="container">
<div class="site-branding"><a href="https://{p.host}/" rel="home"><img src="https://{p.host}/wp-content/uploads/2026/03/logo.svg" class="custom-logo" alt="{a(p.site_name)}" width="180" height="48"></a></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">{e(ui["menu"])}</button>
<ul id="primary-menu" class="menu nav-menu">
<li class="menu-item"><a href="https://{p.host}/">{e(ui["home"])}</a></li>
<li class="menu-item menu-item-has-children"><a href="https://{p.host}/about/">{e(nr["about_co"])}</a></li>
<li class="menu-item menu-item-has-children"><a href="https://{p.host}/products/">{e(nr["products"])}</a></li>
<li class="menu-item menu-item-has-children current-menu-ancestor"><a href="https://{p.host}/newsroom/">{e(nr["newsroom"])}</a>
<ul class="sub-menu">
<li class="menu-item{" current-menu-item" if release else ""}"><a href="https://{p.host}/newsroom/press-releases/">{e(nr["releases"])}</a></li>
<li class="menu-item{"" if release else " current-menu-item"}"><a href="https://{p.host}/newsroom/in-the-news/">{e(nr["in_news"])}</a></li>
<li class="menu-item"><a href="https://{p.host}/newsroom/press-kit/">{e(nr["press_kit"])}</a></li>
</ul></li>
<li class="menu-item"><a href="https://{p.host}/contact/">{e(ui["contact"])}</a></li>
</ul></nav>
<form role="search" method="get" class="search-form" action="https://{p.host}/"><input type="search" class="search-field" name="s" placeholder="{a(ui["search"])}"></form>
</div></header>
<div id="content" class="site-content">
<div class="page-hero"><div class="container"><nav class="breadcrumbs" id="breadcrumb"><a href="https://{p.host}/">{e(ui["home"])}</a> › <a href="https://{p.host}/newsroom/">{e(nr["newsroom"])}</a> › <span>{e(section)}</span></nav></div></div>
<div class="container grid">
<main id="primary" class="site-main">
<article id="post-{p.num}" class="post-{p.num} post type-post status-publish format-standard has-post-thumbnail">
<header class="entry-header">
''')
    if p.slots.get("label") or "logo" in p.markup:
        out.append(f'<div class="coverage-source">{logo_img(p, "coverage-source__logo")}\n')
        for t in p.slots.get("label", []):
            out.append(f'<span class="coverage-source__name">{e(t)}</span>\n')
        out.append("</div>\n")
    out.append(f'<span class="cat-links"><a href="https://{p.host}/newsroom/{"press-releases" if release else "in-the-news"}/" rel="category tag">{e(section)}</a></span>\n')
    out.append(f'<h1 class="entry-title">{e(p.title)}</h1>\n<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{p.iso}">{e(p.date_text)}</time></span>')
    if p.author:
        out.append(f' <span class="byline"><span class="author vcard">{e(p.author)}</span></span>')
    for t in p.slots.get("byline", []):
        out.append(f' <span class="byline-source">{e(t)}</span>')
    out.append("</div>\n</header>\n")
    out.append(f'<div class="post-thumbnail"><img width="1200" height="675" src="{a(p.image)}" class="attachment-post-thumbnail wp-post-image" alt="" decoding="async"></div>\n')
    out.append('<div class="entry-content">\n')
    out.append(lines(p, "above", "coverage-note", href_of(p)))

    def fig(q: Page) -> str:
        return f'<figure class="wp-block-image size-large"><img src="https://{q.host}/wp-content/uploads/2027/04/IMG_{q.num % 9000 + 1000}.jpg" alt=""><figcaption class="wp-element-caption">{e(q.caption or "")}</figcaption></figure>'

    out.extend(body_blocks(p, figure=fig, between=lambda t: credit_html(t, "coverage-note coverage-note--inline", href_of(p))))
    out.append(lines(p, "below", "coverage-source-line", href_of(p)))
    out.append(read_button(p, nr["read_article"], "coverage-read-more"))
    if "boiler" in p.extra:
        out.append(f'<h4>###</h4>\n<p class="boilerplate"><strong>{e(p.extra["boiler"])}</strong></p>\n')
    out.append("</div>\n")
    if p.slots.get("meta"):
        out.append('<ul class="coverage-meta">' + "".join(f"<li>{e(t)}</li>" for t in p.slots["meta"]) + "</ul>\n")
    out.append(f'<footer class="entry-footer"><div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{e(ui["share"])}:</h3><ul>\n{share_links(p, ("LinkedIn", "X", "Facebook", "Email"))}\n</ul></div></footer>\n</article>\n')
    if "featured" in p.extra:
        names = p.extra["featured"].split("|")
        out.append(f'<section class="as-featured"><h2>{e(nr["featured"])}</h2><ul>' + "".join(f'\n<li><img src="https://{p.host}/wp-content/uploads/2026/11/press-{i}.png" alt=""> <span>{e(n)}</span></li>' for i, n in enumerate(names)) + "</ul></section>\n")
    out.append(f'''<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://{p.host}/newsroom/" rel="prev">← {e(ui["back"])}</a></div></div></nav>
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_media_contact"><h2 class="widget-title">{e(nr["media_contact"])}</h2>\n<p>press@{p.host.removeprefix("www.")}<br>+{260 + p.num % 40} {p.num % 900 + 100} {p.num % 9000 + 1000}</p></section>
<section class="widget widget_press_kit"><h2 class="widget-title">{e(nr["press_kit"])}</h2>\n<p><a href="https://{p.host}/wp-content/uploads/2027/01/press-kit.zip">ZIP, 24 MB</a></p></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">{e(ui["latest"])}</h2><ul>
{related_list(p, "recent-post")}
</ul></section>
''')
    out.append(lines(p, "box", "coverage-source-box", href_of(p)))
    out.append(f'''</aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="container">
<div class="footer-widgets"><section><h3>{e(nr["about_co"])}</h3>\n<ul><li><a href="https://{p.host}/about/">{e(ui["about"])}</a></li><li><a href="https://{p.host}/careers/">{e(nr["careers"])}</a></li><li><a href="https://{p.host}/investors/">{e(nr["investors"])}</a></li></ul></section>
<section><h3>{e(nr["newsroom"])}</h3>\n<ul><li><a href="https://{p.host}/newsroom/press-releases/">{e(nr["releases"])}</a></li><li><a href="https://{p.host}/newsroom/in-the-news/">{e(nr["in_news"])}</a></li></ul></section></div>
<div class="site-info">© 2027 {e(p.site_name)}. {e(ui["rights"])} <a href="https://{p.host}/privacy-policy/">{e(ui["privacy"])}</a> · <a href="https://{p.host}/terms/">{e(ui["terms"])}</a></div>
</div></footer>
</div>
<script src="https://{p.host}/wp-content/themes/{theme}-corporate/assets/js/navigation.min.js?ver=3.1.4" id="theme-navigation-js"></script>
<script src="https://{p.host}/wp-content/plugins/cookie-law-info/legacy/public/js/cookie-law-info-public.js?ver=3.2.8" id="cookie-law-info-js"></script>
</body>
</html>
''')
    return "".join(out)


# --------------------------------------------------------------------------- campus (university, Drupal 10)

def render_campus(p: Page) -> str:
    ui, cp = UI[p.lang], CAMPUS[p.lang]
    mention = p.kind != "news"
    section = cp["in_media"] if mention else cp["news_events"]
    node_type = "media-mention" if mention else "news-article"
    settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": f"node/{p.num}", "currentLanguage": p.lang, "isFront": False},
                "pluralDelimiter": "\u0003", "ajaxTrustedUrl": {"/search": True}, "user": {"uid": 0, "permissionsHash": f"{p.num:x}c0ffee"}}
    css = [f"https://{p.host}/sites/default/files/css/css_{p.num % 99991:05d}Qx.css?delta=0&language={p.lang}&theme=campus_base&include=eJxtj1EK",
           f"https://{p.host}/sites/default/files/css/css_{p.num % 88883:05d}Zk.css?delta=1&language={p.lang}&theme=campus_base&include=eJxtj1EK"]
    extra = (f'<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n<meta name="MobileOptimized" content="width">\n'
             f'<link rel="shortlink" href="https://{p.host}/node/{p.num}">\n<link rel="icon" href="/themes/custom/campus_base/favicon.ico" type="image/vnd.microsoft.icon">\n'
             f'<script type="application/json" data-drupal-selector="drupal-settings-json">{json.dumps(settings, ensure_ascii=False)}</script>\n')
    out = [head(p, css, extra, " | ", article_ld(p, "NewsArticle", "CollegeOrUniversity"))]
    out.append(f'<body class="path-node page-node-type-{node_type} lang-{p.lang}">\n<a href="#main-content" class="visually-hidden focusable skip-link">{e(ui["skip"])}</a>\n')
    out.append(f'''<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<div class="region region-alert"><div class="alert-banner" role="status">{e(cp["admissions"])} 2027/28 · <a href="https://{p.host}/admissions">{e(ui["read_more"])}</a></div></div>
<header role="banner" class="site-header">
<div class="region region-header-top"><nav role="navigation" aria-label="Utility" class="menu--utility"><ul class="menu">
<li class="menu-item"><a href="https://{p.host}/students">{e(cp["students"])}</a></li>
<li class="menu-item"><a href="https://{p.host}/staff">{e(cp["staff"])}</a></li>
<li class="menu-item"><a href="https://{p.host}/alumni">{e(cp["alumni"])}</a></li>
<li class="menu-item"><a href="https://library.{p.host.removeprefix("www.")}/">{e(cp["library"])}</a></li>
</ul></nav></div>
<div class="region region-header">
<div id="block-campus-base-branding" class="block block-system block-system-branding-block"><a href="https://{p.host}/" rel="home" class="site-logo"><img src="https://{p.host}/themes/custom/campus_base/logo.svg" alt="{a(ui["home"])}" fetchpriority="high"></a><div class="site-name"><a href="https://{p.host}/" rel="home">{e(p.site_name)}</a></div></div>
<nav role="navigation" aria-labelledby="block-campus-base-main-menu" id="block-campus-base-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-campus-base-main-menu">Main navigation</h2>
<ul class="menu">
<li class="menu-item menu-item--expanded"><a href="https://{p.host}/study">{e(cp["study"])}</a></li>
<li class="menu-item menu-item--expanded"><a href="https://{p.host}/research">{e(cp["research"])}</a></li>
<li class="menu-item menu-item--expanded"><a href="https://{p.host}/faculties">{e(cp["faculties"])}</a></li>
<li class="menu-item menu-item--active-trail"><a href="https://{p.host}/news">{e(cp["news_events"])}</a></li>
</ul></nav>
<div class="search-block-form block block-search" role="search"><form action="https://{p.host}/search/node" method="get"><input title="{a(ui["search"])}" type="search" name="keys" size="15" maxlength="128" class="form-search"><input type="submit" value="{a(ui["search"])}" class="button js-form-submit form-submit"></form></div>
</div>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>
<li><a href="https://{p.host}/">{e(ui["home"])}</a></li>
<li><a href="https://{p.host}/news">{e(cp["news_events"])}</a></li>
<li><a href="https://{p.host}/news/{"in-the-media" if mention else "stories"}">{e(section)}</a></li>
</ol></nav></div>
<main role="main" class="page-main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="{p.num}" role="article" about="/node/{p.num}" class="node node--type-{node_type} node--promoted node--view-mode-full">
''')
    for t in p.slots.get("label", []):
        out.append(f'<div class="field field--name-field-outlet-label field--type-string field--label-hidden field__item">{e(t)}</div>\n')
    out.append(f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(p.title)}</span></h1>\n')
    out.append(f'<div class="node__meta"><span class="field field--name-field-date field--type-datetime"><time datetime="{p.iso}">{e(p.date_text)}</time></span>')
    if p.author:
        out.append(f' <span class="field field--name-field-byline">{e(p.author)}</span>')
    for t in p.slots.get("byline", []):
        out.append(f" <span class=\"field field--name-field-source-byline\">{e(t)}</span>")
    out.append("</div>\n")
    for t in p.slots.get("meta", []):
        m = _LABEL.match(t)
        if m:
            out.append(f'<div class="field field--name-field-outlet field--type-string field--label-inline clearfix">\n<div class="field__label">{e(m.group(1))}</div>\n<div class="field__item">{e(m.group(2))}</div>\n</div>\n')
        else:
            out.append(f'<div class="field field--name-field-outlet field--label-hidden">{e(t)}</div>\n')
    out.append(f'<div class="field field--name-field-image field--type-image"><img loading="lazy" src="{a(p.image)}" width="960" height="540" alt=""></div>\n')
    out.append('<div class="node__content">\n<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n')
    out.append(lines(p, "above", "source-note", href_of(p)))

    def fig(q: Page) -> str:
        return f'<figure role="group" class="caption caption-img align-center"><img src="https://{q.host}/sites/default/files/inline-images/photo-{q.num % 900 + 100}.jpg" alt="" loading="lazy"><figcaption>{e(q.caption or "")}</figcaption></figure>'

    out.extend(body_blocks(p, figure=fig, between=lambda t: credit_html(t, "source-note", href_of(p)), sub_tag="h2"))
    out.append(lines(p, "below", "source-note source-note--trailer", href_of(p)))
    out.append("</div>\n</div>\n")
    out.append(f'<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">{e(ui["tags"])}</div><div class="field__items">'
               + "".join(f'<div class="field__item"><a href="https://{p.host}/taxonomy/term/{100 + i}" hreflang="{p.lang}">{e(t)}</a></div>' for i, t in enumerate(p.tags)) + "</div></div>\n")
    out.append(f'<div class="social-share"><span>{e(ui["share"])}</span><ul>{share_links(p, ("Facebook", "X", "LinkedIn", "Email"))}</ul></div>\n</article>\n</div>\n</div>\n')
    out.append(f'''<aside class="layout-sidebar-second" role="complementary">
<div class="region region-sidebar-second">
<div class="block block-block-content"><h2>{e(cp["media_office"])}</h2><p>media@{p.host.removeprefix("www.")}</p></div>
<div class="views-element-container block block-views"><h2>{e(section)}</h2><div class="view view-news view-display-id-block_related"><div class="view-content item-list"><ul>
{related_list(p, "views-row")}
</ul></div></div></div>
</div>
''')
    out.append(lines(p, "box", "source-box", href_of(p)))
    out.append(f'''</aside>
</main>
<footer role="contentinfo" class="site-footer">
<div class="region region-footer-first"><p>{e(p.site_name)}</p><p><a href="https://{p.host}/contact">{e(ui["contact"])}</a> · <a href="https://{p.host}/about">{e(ui["about"])}</a></p></div>
<div class="region region-footer-second"><nav><ul class="menu"><li><a href="https://{p.host}/privacy">{e(ui["privacy"])}</a></li><li><a href="https://{p.host}/terms">{e(ui["terms"])}</a></li></ul></nav><p>© 2027 {e(p.site_name)}. {e(ui["rights"])}</p></div>
</footer>
</div>
</div>
<script src="https://{p.host}/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="https://{p.host}/core/misc/drupalSettingsLoader.js?v=10.3.6"></script>
<script src="https://{p.host}/core/misc/drupal.js?v=10.3.6"></script>
<script src="https://{p.host}/themes/custom/campus_base/js/navigation.js?sq{p.num % 997}"></script>
</body>
</html>
''')
    return "".join(out)


# --------------------------------------------------------------------------- clinic (hospital site, Bootstrap)

def render_clinic(p: Page) -> str:
    ui, cl = UI[p.lang], CLINIC[p.lang]
    css = ["https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css", f"https://{p.host}/assets/css/hospital.css?v=2027.04"]
    extra = (f'<link rel="icon" href="https://{p.host}/assets/img/favicon.png">\n'
             f'<script src="https://{p.host}/assets/js/vendor/jquery-3.7.1.min.js"></script>\n' + gtag(f"G-H{p.num % 90000 + 10000}"))
    ld = article_ld(p, "NewsArticle", "Hospital")
    out = [head(p, css, extra, " – ", ld)]
    out.append(f'<body class="page-news-detail">\n<a class="visually-hidden-focusable" href="#main">{e(ui["skip"])}</a>\n')
    out.append(f'''<div class="emergency-bar bg-danger text-white"><div class="container d-flex justify-content-between">
<span><strong>{e(cl["emergency"])}:</strong> {e(cl["emergency_line"])} · 0{700 + p.num % 99} {p.num % 900 + 100} {p.num % 900 + 100}</span>
<a class="btn btn-sm btn-light" href="https://{p.host}/appointments">{e(cl["appointment"])}</a>
</div></div>
<header class="site-header border-bottom"><nav class="navbar navbar-expand-lg"><div class="container">
<a class="navbar-brand" href="https://{p.host}/"><img src="https://{p.host}/assets/img/logo.png" alt="{a(p.site_name)}" height="52"></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-label="{a(ui["menu"])}"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto">
<li class="nav-item"><a class="nav-link" href="https://{p.host}/">{e(ui["home"])}</a></li>
<li class="nav-item"><a class="nav-link" href="https://{p.host}/about">{e(ui["about"])}</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="https://{p.host}/departments">{e(cl["departments"])}</a></li>
<li class="nav-item"><a class="nav-link" href="https://{p.host}/patients-visitors">{e(cl["patients"])}</a></li>
<li class="nav-item"><a class="nav-link" href="https://{p.host}/doctors">{e(cl["find_doctor"])}</a></li>
<li class="nav-item active"><a class="nav-link" aria-current="page" href="https://{p.host}/news">{e(cl["hospital_news"])}</a></li>
<li class="nav-item"><a class="nav-link" href="https://{p.host}/careers">{e(cl["careers"])}</a></li>
</ul></div></div></nav></header>
<main id="main" class="py-5"><div class="container"><div class="row g-5">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="https://{p.host}/">{e(ui["home"])}</a></li>
<li class="breadcrumb-item"><a href="https://{p.host}/news">{e(cl["hospital_news"])}</a></li></ol></nav>
<article class="news-detail">
''')
    if p.slots.get("label"):
        out.append('<div class="featured-in"><span class="featured-in__tag">' + e(cl["featured"]) + "</span>\n")
        for t in p.slots["label"]:
            out.append(f'<span class="featured-in__outlet">{e(t)}</span>\n')
        out.append("</div>\n")
    out.append(f'<h1 class="news-detail__title">{e(p.title)}</h1>\n<p class="news-detail__meta text-muted"><i class="bi bi-calendar3"></i> {e(p.date_text)}')
    if p.author:
        out.append(f' · <span class="news-detail__author">{e(p.author)}</span>')
    for t in p.slots.get("byline", []):
        out.append(f' · <span class="news-detail__source">{e(t)}</span>')
    out.append("</p>\n")
    out.append(f'<img class="img-fluid rounded mb-4" src="{a(p.image)}" alt="">\n<div class="news-detail__body">\n')
    out.append(lines(p, "above", "news-detail__courtesy fst-italic", href_of(p)))
    if p.slots.get("meta"):
        out.append('<ul class="list-unstyled news-detail__facts">' + "".join(f"<li>{e(t)}</li>" for t in p.slots["meta"]) + "</ul>\n")

    def fig(q: Page) -> str:
        return f'<figure class="figure w-100"><img class="figure-img img-fluid rounded" src="https://{q.host}/uploads/news/{q.num % 9000 + 1000}-2.jpg" alt=""><figcaption class="figure-caption">{e(q.caption or "")}</figcaption></figure>'

    out.extend(body_blocks(p, figure=fig, between=lambda t: f'<div class="alert alert-secondary small" role="note">{e(t)}</div>'))
    out.append(lines(p, "below", "news-detail__source small", href_of(p)))
    out.append(f'''</div>
<div class="news-detail__share d-flex gap-2 mt-4"><span>{e(ui["share"])}:</span><ul class="list-inline">{share_links(p, ("Facebook", "X", "WhatsApp"))}</ul> <a href="javascript:window.print()">{e(ui["print"])}</a></div>
</article>
</div>
<aside class="col-lg-4">
<div class="card mb-4"><div class="card-body"><h2 class="h5">{e(cl["appointment"])}</h2><form action="https://{p.host}/appointments" method="get"><select name="department" class="form-select mb-2"><option>{e(cl["departments"])}</option></select><button class="btn btn-primary w-100">{e(cl["appointment"])}</button></form></div></div>
<div class="card mb-4"><div class="card-body"><h2 class="h5">{e(ui["latest"])}</h2><ul class="list-unstyled">
{related_list(p, "mb-2")}
</ul></div></div>
''')
    out.append(lines(p, "box", "card card-body small", href_of(p)))
    out.append(f'''</aside>
</div></div></main>
<footer class="site-footer bg-dark text-light py-4"><div class="container">
<div class="row"><div class="col-md-6"><h3 class="h6">{e(p.site_name)}</h3><p>{e(cl["emergency_line"])}</p></div>
<div class="col-md-6"><ul class="list-inline"><li class="list-inline-item"><a href="https://{p.host}/privacy">{e(ui["privacy"])}</a></li><li class="list-inline-item"><a href="https://{p.host}/contact">{e(ui["contact"])}</a></li></ul></div></div>
<p class="small mb-0">© 2027 {e(p.site_name)}. {e(ui["rights"])}</p>
</div></footer>
{cookie_bar(p, "cookie-consent", ui)}<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
<script src="https://{p.host}/assets/js/site.js?v=2027.04"></script>
</body>
</html>
''')
    return "".join(out)


# --------------------------------------------------------------------------- clipview (media monitoring)

def _clip_app_header(p: Page, ui: dict[str, str], cv: dict[str, str]) -> str:
    client = p.extra.get("client", "")
    return f'''<header class="app-header">
<a class="app-logo" href="https://{p.host}/app/"><img src="https://{p.host}/static/img/logo-mark.svg" alt="{a(p.site_name)}" height="28"></a>
<nav class="app-nav" aria-label="App"><a href="https://{p.host}/app/dashboard">{e(cv["dashboard"])}</a> <a class="is-active" href="https://{p.host}/app/clips">{e(cv["clips"])}</a> <a href="https://{p.host}/app/reports">{e(cv["reports"])}</a> <a href="https://{p.host}/app/alerts">{e(cv["alerts"])}</a></nav>
<div class="app-user"><span class="app-user__client">{e(cv["client"])}: {e(client)}</span> <a href="https://{p.host}/accounts/logout/">{e(cv["logout"])}</a></div>
</header>
'''


def render_clipview(p: Page) -> str:
    ui, cv = UI[p.lang], CLIP[p.lang]
    if p.kind == "insight":
        return _render_insight(p, ui, cv)
    css = [f"https://{p.host}/static/css/app.{p.num % 65535:04x}.css", f"https://{p.host}/static/css/clip-viewer.{p.num % 4093:03x}.css"]
    extra = (f'<meta name="robots" content="noindex, nofollow">\n<meta name="csrf-token" content="{p.num * 7919 % 10**12:012d}">\n'
             f'<script src="https://{p.host}/static/js/runtime.{p.num % 4099:03x}.js" defer></script>\n<script src="https://{p.host}/static/js/app.{p.num % 4091:03x}.js" defer></script>\n')
    out = [head(p, css, extra, " · ", None)]
    out.append(f'<body class="app {"clip-view" if p.kind == "clip" else "report-view"}" data-clip-id="{p.num}">\n')
    out.append(_clip_app_header(p, ui, cv))
    kw = [w for w in p.extra.get("keywords", "").split("|") if w]
    out.append(f'''<div class="app-body">
<aside class="app-sidebar"><h2>{e(cv["keywords"])}</h2>
<ul class="saved-searches">{"".join(f"<li><a href='https://{p.host}/app/clips?q={a(w)}'>{e(w)}</a></li>" for w in kw)}</ul>
<h2>{e(cv["clips"])}</h2><ul class="recent-clips">
{related_list(p, "folder")}
</ul></aside>
<main class="clip-main">
<div class="clip-toolbar"><a class="btn btn-link" href="https://{p.host}/app/clips">← {e(cv["back_results"])}</a> <button type="button" class="btn" data-action="pdf">{e(cv["download"])}</button> <button type="button" class="btn" data-action="report">{e(cv["add_report"])}</button> <button type="button" class="btn" data-action="share">{e(ui["share"])}</button></div>
<section class="clip-header">
''')
    for t in p.slots.get("label", []):
        out.append(f'<div class="clip-header__outlet">{e(t)}</div>\n')
    out.append(f'<h1 class="clip-header__title">{e(p.title)}</h1>\n')
    for t in p.slots.get("byline", []):
        out.append(f'<div class="clip-header__byline">{e(t)}</div>\n')
    out.append("</section>\n")
    if p.kind == "clip":
        page_, section, circ, reach, ave, sentiment = p.extra["clip"].split("|")
        rows = []
        for t in p.slots.get("meta", []):
            m = _LABEL.match(t)
            if m:
                rows.append(f'<div class="meta-row meta-row--outlet">\n<dt>{e(m.group(1))}</dt>\n<dd>{e(m.group(2))}</dd>\n</div>')
        fields = ((cv["date"], p.date_text), (cv["page"], page_), (cv["section"], section), (cv["circulation"], circ),
                  (cv["reach"], reach), (cv["ave"], ave), (cv["sentiment"], sentiment), (cv["keywords"], ", ".join(kw)))
        rows += [f'<div class="meta-row">\n<dt>{e(k)}:</dt>\n<dd>{e(v)}</dd>\n</div>' for k, v in fields]
        out.append('<section class="clip-meta"><dl class="meta-grid">\n' + "\n".join(rows) + "\n</dl></section>\n")
        out.append(f'<section class="clip-image"><img src="https://cdn.{p.host.removeprefix("www.")}/clips/2027/04/27/{p.num}.jpg" alt="" width="640"></section>\n')
        out.append(f'<section class="clip-text"><h2>{e(cv["clip_text"])}</h2>\n')
    else:
        out.append(f'<section class="report-meta"><p>{e(cv["client"])}: {e(p.extra.get("client", ""))}</p><p>{e(cv["date"])}: {e(p.date_text)}</p></section>\n<section class="report-text">\n')
    out.append(lines(p, "above", "clip-source", href_of(p)))

    def fig(q: Page) -> str:
        return f'<figure class="clip-figure"><img src="https://cdn.{q.host.removeprefix("www.")}/img/{q.num}.jpg" alt=""><figcaption>{e(q.caption or "")}</figcaption></figure>'

    out.extend(body_blocks(p, figure=fig, between=lambda t: f'<p class="clip-source">{e(t)}</p>', mark=kw))
    if "endmark" in p.extra:
        out.append(f'<p class="clip-endmark">{e(p.extra["endmark"])}</p>\n')
    out.append(lines(p, "below", "clip-source clip-source--end", href_of(p)))
    out.append("</section>\n")
    out.append(f'<section class="clip-notes"><h2>{e(cv["analyst_note"])}</h2><textarea rows="3" placeholder="{a(cv["analyst_note"])}"></textarea></section>\n')
    out.append(lines(p, "box", "clip-source-box", href_of(p)))
    out.append(f'''</main>
</div>
<footer class="app-footer"><p>© 2027 {e(p.site_name)}. {e(ui["rights"])} <a href="https://{p.host}/terms/">{e(ui["terms"])}</a> · <a href="https://{p.host}/privacy/">{e(ui["privacy"])}</a></p></footer>
<script>window.__CLIP__ = {json.dumps({"id": p.num, "lang": p.lang, "kind": p.kind})};</script>
</body>
</html>
''')
    return "".join(out)


def _render_insight(p: Page, ui: dict[str, str], cv: dict[str, str]) -> str:
    css = [f"https://{p.host}/wp-content/themes/monitor/style.css?ver=1.8.2"]
    out = [head(p, css, gtag(f"G-M{p.num % 90000 + 10000}"), " – ", article_ld(p, "BlogPosting"))]
    out.append(f'''<body class="post-template-default single single-post insights">
<header class="site-header"><div class="wrap">
<a class="brand" href="https://{p.host}/"><img src="https://{p.host}/wp-content/uploads/logo.svg" alt="{a(p.site_name)}" width="170"></a>
<nav class="nav-primary"><ul>
<li><a href="https://{p.host}/services/">{e(cv["services"])}</a></li>
<li class="current-menu-item"><a href="https://{p.host}/insights/">{e(cv["insights"])}</a></li>
<li><a href="https://{p.host}/about/">{e(ui["about"])}</a></li>
<li><a href="https://{p.host}/contact/">{e(ui["contact"])}</a></li>
</ul></nav>
<a class="button button--ghost" href="https://{p.host}/app/login">{e(cv["client"])} login</a> <a class="button" href="https://{p.host}/demo/">{e(cv["book_demo"])}</a>
</div></header>
<main class="content"><article class="entry">
<header class="entry-header"><p class="entry-category"><a href="https://{p.host}/insights/">{e(cv["insights"])}</a></p><h1 class="entry-title">{e(p.title)}</h1>
<p class="entry-meta"><time datetime="{p.iso}">{e(p.date_text)}</time>{(" · " + e(p.author)) if p.author else ""}</p></header>
<div class="entry-content">
''')

    def fig(q: Page) -> str:
        return f'<figure class="wp-block-image"><img src="https://{q.host}/wp-content/uploads/2027/04/front-{q.num % 97}.jpg" alt=""><figcaption>{e(q.caption or "")}</figcaption></figure>'

    out.extend(body_blocks(p, figure=fig))
    out.append(f'''</div>
<footer class="entry-footer"><div class="share"><span>{e(ui["share"])}</span><ul>{share_links(p, ("LinkedIn", "X", "Email"))}</ul></div></footer>
</article>
<aside class="sidebar"><section class="widget"><h2>{e(cv["insights"])}</h2><ul>
{related_list(p, "insight")}
</ul></section>
<section class="widget widget-cta"><h2>{e(cv["book_demo"])}</h2><form action="https://{p.host}/demo/" method="post"><input type="email" placeholder="{a(ui["email"])}"><button>{e(ui["subscribe"])}</button></form></section></aside>
</main>
<footer class="site-footer"><p>© 2027 {e(p.site_name)}. {e(ui["rights"])}</p><p><a href="https://{p.host}/privacy/">{e(ui["privacy"])}</a></p></footer>
{cookie_bar(p, "cky-consent", ui)}</body>
</html>
''')
    return "".join(out)


# --------------------------------------------------------------------------- revue (daily press review)

_MORE_FRONTS = {"en": ["Front page of O País, Tuesday 27 April 2027", "Front page of Savana, Friday 23 April 2027"]}


def render_revue(p: Page) -> str:
    ui, rv = UI[p.lang], REVUE[p.lang]
    css = [f"https://{p.host}/assets/build/app.{p.num % 65521:04x}.css", "https://fonts.googleapis.com/css2?family=Merriweather:wght@400;700&display=swap"]
    extra = (f'<link rel="alternate" type="application/rss+xml" href="https://{p.host}/feed.xml" title="{a(rv["press_review"])}">\n'
             f'<script defer data-domain="{p.host.removeprefix("www.")}" src="https://plausible.io/js/script.js"></script>\n')
    out = [head(p, css, extra, " — ", article_ld(p, "NewsArticle" if p.kind == "story" else "Article"))]
    out.append(f'''<body class="review review--{p.kind}">
<a class="skip" href="#article">{e(ui["skip"])}</a>
<div class="datebar"><div class="wrap"><span class="datebar__date">{e(p.date_text)}</span> <a href="https://{p.host}/newsletter">{e(rv["newsletter_cta"])}</a></div></div>
<header class="masthead"><div class="wrap">
<a class="masthead__logo" href="https://{p.host}/">{e(p.site_name)}</a>
<nav class="masthead__nav"><ul>
<li><a href="https://{p.host}/">{e(rv["press_review"])}</a></li>
<li><a href="https://{p.host}/fronts">{e(rv["fronts"])}</a></li>
<li><a href="https://{p.host}/archive">{e(rv["archive"])}</a></li>
<li><a href="https://{p.host}/about">{e(ui["about"])}</a></li>
</ul></nav>
<form class="masthead__search" action="https://{p.host}/search"><input name="q" type="search" placeholder="{a(ui["search"])}"></form>
</div></header>
''')
    if p.kind == "fronts" and p.caption:
        caps = [p.caption, *_MORE_FRONTS.get(p.lang, [])]
        out.append(f'<section class="fronts"><div class="wrap"><h2>{e(rv["fronts"])}</h2><div class="fronts__grid">\n'
                   + "\n".join(f'<figure class="fronts__item"><img src="https://{p.host}/fronts/2027-04-27/{i}.jpg" alt="" loading="lazy"><figcaption>{e(c)}</figcaption></figure>' for i, c in enumerate(caps))
                   + "\n</div></div></section>\n")
    out.append('<main id="article" class="wrap"><article class="review-article">\n')
    if p.kind == "story":
        out.append(f'<p class="review-article__kicker">{e(rv["story_day"])}</p>\n')
    for t in p.slots.get("label", []):
        out.append(f'<p class="review-article__source-label">{e(t)}</p>\n')
    out.append(f'<h1>{e(p.title)}</h1>\n<p class="review-article__meta"><time datetime="{p.iso}">{e(p.date_text)}, {e(p.time_text)}</time>')
    if p.author:
        out.append(f" · {e(p.author)}")
    for t in p.slots.get("byline", []):
        out.append(f' · <span class="review-article__byline-source">{e(t)}</span>')
    out.append("</p>\n")
    out.append(lines(p, "above", "review-article__source", href_of(p)))
    out.append('<div class="review-article__body">\n')
    out.extend(body_blocks(p, figure=None if p.kind == "fronts" else (lambda q: f'<figure><img src="https://{q.host}/img/{q.num}.jpg" alt=""><figcaption>{e(q.caption or "")}</figcaption></figure>'),
                           between=lambda t: f'<aside class="review-article__note">{e(t)}</aside>', sub_tag="h3"))
    out.append("</div>\n")
    out.append(lines(p, "below", "review-article__source review-article__source--end", href_of(p)))
    out.append(f'''<div class="review-article__share"><span>{e(ui["share"])}</span><ul>{share_links(p, ("Facebook", "X", "WhatsApp", "Telegram", "Email"))}</ul></div>
</article>
<aside class="review-aside"><h2>{e(rv["by_date"])}</h2><ul>
<li><a href="https://{p.host}/archive/2027-04-26">{e(rv["yesterday"])}</a></li>
{related_list(p, "review-aside__item")}
</ul>
''')
    out.append(lines(p, "box", "review-aside__source", href_of(p)))
    out.append(f'''<div class="newsletter"><p>{e(rv["newsletter_cta"])}</p><form action="https://{p.host}/subscribe" method="post"><input type="email" name="email" placeholder="{a(ui["email"])}"><button>{e(ui["subscribe"])}</button></form></div>
</aside>
</main>
<footer class="site-footer"><div class="wrap"><p>© 2027 {e(p.site_name)}. {e(ui["rights"])}</p><p><a href="https://{p.host}/privacy">{e(ui["privacy"])}</a> · <a href="https://{p.host}/contact">{e(ui["contact"])}</a></p></div></footer>
{cookie_bar(p, "consent-banner", ui)}<script src="https://{p.host}/assets/build/app.{p.num % 65521:04x}.js" defer></script>
</body>
</html>
''')
    return "".join(out)


# --------------------------------------------------------------------------- relief (humanitarian information portal)

def render_relief(p: Page) -> str:
    ui, rf = UI[p.lang], RELIEF[p.lang]
    report = p.kind == "report"
    fmt = rf["format_news"] if report else rf["format_analysis"]
    css = [f"https://{p.host}/themes/custom/common_design/css/cd.css?t{p.num % 9973}", f"https://{p.host}/themes/custom/portal/components/article/article.css?t{p.num % 9967}"]
    extra = (f'<link rel="alternate" type="application/rss+xml" href="https://{p.host}/updates/rss.xml">\n'
             f'<meta name="twitter:card" content="summary_large_image">\n')
    out = [head(p, css, extra, " - ", article_ld(p, "Report" if report else "AnalysisNewsArticle", "NGO"))]
    out.append(f'''<body class="rw-page rw-page--node rw-page--{p.kind}">
<a href="#main-content" class="visually-hidden focusable skip-link">{e(ui["skip"])}</a>
<header class="cd-header" role="banner"><div class="cd-header__inner cd-container">
<div class="cd-site-logo"><a href="https://{p.host}/" rel="home"><img src="https://{p.host}/themes/custom/portal/logo.svg" alt="{a(p.site_name)}" width="190"></a></div>
<nav class="cd-nav" aria-label="Main"><ul class="cd-nav__menu">
<li><a href="https://{p.host}/updates">{e(rf["updates"])}</a></li>
<li><a href="https://{p.host}/countries">{e(rf["countries"])}</a></li>
<li><a href="https://{p.host}/disasters">{e(rf["disasters"])}</a></li>
<li><a href="https://{p.host}/organizations">{e(rf["organizations"])}</a></li>
<li><a href="https://{p.host}/topics">{e(rf["topics"])}</a></li>
<li><a href="https://{p.host}/jobs">{e(rf["jobs"])}</a></li>
<li><a href="https://{p.host}/training">{e(rf["training"])}</a></li>
</ul></nav>
<form class="cd-search" action="https://{p.host}/updates" method="get" role="search"><input type="search" name="search" placeholder="{a(ui["search"])}"><button type="submit">{e(ui["search"])}</button></form>
</div></header>
<main id="main-content" class="cd-container"><div class="cd-layout">
<article class="rw-article rw-article--{p.kind}" lang="{p.lang}">
<header class="rw-article__header">
''')
    for t in p.slots.get("label", []):
        out.append(f'<p class="rw-article__source-line">{e(t)}</p>\n')
    if not p.slots.get("label"):
        out.append(f'<p class="rw-article__format rw-entity-meta__tag-value--format">{e(fmt)}</p>\n')
    out.append(f'<h1 class="rw-article__title rw-page-title">{e(p.title)}</h1>\n</header>\n')
    if "pdf" in p.extra:
        name, size = p.extra["pdf"].split("|")
        out.append(f'<section class="rw-attachment"><h2 class="visually-hidden">{e(rf["attachments"])}</h2><ul><li><a class="rw-file-link" href="https://{p.host}/attachments/{p.num:x}/{a(name)}" download><span class="rw-file-link__label">{e(rf["download_report"])}</span> <span class="rw-file-link__description">(PDF | {e(size)})</span></a></li></ul><img class="rw-attachment__preview" src="https://{p.host}/attachments/{p.num:x}/preview-p1.png" alt=""></section>\n')
    out.append('<div class="rw-article__content">\n')
    out.append(lines(p, "above", "rw-article__note", href_of(p)))

    def fig(q: Page) -> str:
        return f'<figure class="rw-figure"><img src="https://{q.host}/sites/default/files/images/{q.num % 99991}.jpg" alt=""><figcaption>{e(q.caption or "")}</figcaption></figure>'

    out.extend(body_blocks(p, figure=fig, between=lambda t: f'<div class="rw-article__note">{e(t)}</div>', sub_tag="h3"))
    out.append(lines(p, "below", "rw-article__note rw-article__note--end", href_of(p)))
    out.append("</div>\n<footer class=\"rw-article__footer\">\n<dl class=\"rw-entity-meta\">\n")
    countries = [c for c in p.extra.get("country", "").split("|") if c]
    themes = [t for t in p.extra.get("theme", "").split("|") if t]
    rows = [f'<div class="rw-entity-meta__tag">\n<dt>{e(rf["country"])}:</dt>\n<dd>{", ".join(e(c) for c in countries)}</dd>\n</div>']
    for t in p.slots.get("meta", []):
        m = _LABEL.match(t)
        value = m.group(2) if m else t
        link = href_of(p) or f"https://{p.host}/organization/{p.num % 9000 + 1000}"
        rows.append(f'<div class="rw-entity-meta__tag rw-entity-meta__tag--source">\n<dt>{e(m.group(1) if m else rf["source_lbl"] + ":")}</dt>\n<dd><a href="{a(link)}">{e(value)}</a></dd>\n</div>')
    if p.author and not report:
        rows.append(f'<div class="rw-entity-meta__tag">\n<dt>✎</dt>\n<dd>{e(p.author)}</dd>\n</div>')
    rows.append(f'<div class="rw-entity-meta__tag">\n<dt>{e(rf["theme"])}:</dt>\n<dd>{", ".join(e(t) for t in themes)}</dd>\n</div>')
    rows.append(f'<div class="rw-entity-meta__tag">\n<dt>{e(rf["format_lbl"])}:</dt>\n<dd>{e(fmt)}</dd>\n</div>')
    rows.append(f'<div class="rw-entity-meta__tag">\n<dt>{e(rf["language_lbl"])}:</dt>\n<dd>{e(rf["lang_name"])}</dd>\n</div>')
    out.append("\n".join(rows) + "\n</dl>\n")
    out.append(f'<dl class="rw-article__dates"><div><dt>{e(rf["posted"])}</dt> <dd><time datetime="{p.iso}">{e(p.date_text)}</time></dd></div>')
    if report:
        out.append(f'<div><dt>{e(rf["orig_pub"])}</dt> <dd><time datetime="{p.iso[:10]}">{e(p.date_text)}</time></dd></div>')
        if href_of(p):
            out.append(f'<div><dt>{e(rf["origin"])}</dt> <dd><a href="{a(href_of(p))}" target="_blank" rel="noopener">{e(rf["view_original"])}</a></dd></div>')
    out.append("</dl>\n")
    out.append(f'<div class="rw-share"><span>{e(ui["share"])}</span><ul>{share_links(p, ("Facebook", "X", "LinkedIn", "Email"))}</ul></div>\n</footer>\n</article>\n')
    out.append(f'''<aside class="rw-related"><h2>{e(rf["related_content"])}</h2><ul class="rw-river">
{related_list(p, "rw-river-article")}
</ul>
''')
    out.append(lines(p, "box", "rw-related__source", href_of(p)))
    out.append(f'''</aside>
</div></main>
<footer class="cd-footer"><div class="cd-container">
<div class="cd-footer__subscribe"><a class="cd-button" href="https://{p.host}/user/register">{e(rf["subscribe_cta"])}</a></div>
<nav class="cd-footer__menu"><a href="https://{p.host}/about">{e(ui["about"])}</a> · <a href="https://{p.host}/terms">{e(ui["terms"])}</a> · <a href="https://{p.host}/privacy">{e(ui["privacy"])}</a> · <a href="https://{p.host}/contact">{e(ui["contact"])}</a></nav>
<p class="cd-footer__copyright">© 2027 {e(p.site_name)}</p>
</div></footer>
<script src="https://{p.host}/themes/custom/common_design/js/cd-dropdown.js?t{p.num % 9973}"></script>
</body>
</html>
''')
    return "".join(out)


# --------------------------------------------------------------------------- diaspora (community portal, WordPress magazine theme)

_DIASPORA_LOCAL: dict[str, tuple[list[tuple[str, str]], list[str], str]] = {
    # comments (name, text), upcoming events, a remittance rate line
    "en": ([("Kofi A.", "Good news at last. My aunt lost her stall in that fire."), ("Esi", "Does anyone know if the loans are open to traders who were not registered?")],
           ["Community health day, Saturday 8 May", "Annual dinner and dance, Saturday 22 May"], "1 GBP = 19.42 GHS · 1 GBP = 171.30 KES · 1 GBP = 161.85 BDT"),
    "am": ([("ሰላማዊት", "ጥሩ ዜና ነው፤ ገበሬዎቹ ቢጠቀሙ ደስ ይለኛል።"), ("ዳዊት ገ.", "የሠራተኛ ክፍያ መጨመሩ ግን አሳሳቢ ነው።")],
           ["የማኅበረሰብ የቡና ሥነ ሥርዓት፣ ቅዳሜ ግንቦት 2", "የወጣቶች የእግር ኳስ ውድድር፣ እሑድ ግንቦት 10"], "1 USD = 131.40 ETB"),
    "ha": ([("Musa Dan Kano", "Allah ya kawo sauki, farashin hatsi ya yi yawa a gida."), ("Hauwa", "Gaskiya gwamnati ta yi kokarin sayar da hatsi a farashi mai rahusa.")],
           ["Taron al'umma a Paris, Asabar 8 ga Mayu", "Bikin karamar Sallah na al'umma, Lahadi 16 ga Mayu"], "1 EUR = 655.96 CFA · 1 EUR = 1,742 NGN"),
    "fr": ([("Aya K.", "Courage à nos parents producteurs, le prix plancher doit être respecté."), ("Serge", "Il faut que les coopératives aient enfin leurs camions.")],
           ["Soirée culturelle ivoirienne à Ixelles, samedi 8 mai", "Assemblée générale de l'association, dimanche 16 mai"], "1 EUR = 655,957 FCFA"),
    "ar": ([("أبو علي", "الحمد لله، السوق رجع أحسن من قبل."), ("نور", "نتمنى أن تصرف التعويضات لأصحاب المحال قريبا.")],
           ["أمسية موصلية في مانشستر، السبت 8 أيار", "لقاء الجالية الشهري، الأحد 16 أيار"], "1 GBP = 1,742 IQD"),
    "he": ([("אורית", "סוף סוף, אמא שלי גרה בכרמיאל והייתה נוסעת לנהריה בכל לילה."), ("דני ל.", "מקווה שיוסיפו גם רפואת ילדים כמו שהבטיחו.")],
           ["ערב שירי ארץ ישראל בקרויצברג, שבת 8 במאי", "מפגש הורים וילדים דוברי עברית, יום ראשון 16 במאי"], "1 EUR = 3.98 ILS"),
    "fa": ([("احمد ه.", "دل آدم به درد می‌آید، خانواده ما هم زعفران‌کار است."), ("مریم", "امیدوارم راه صادرات زودتر باز شود.")],
           ["شب شعر فارسی در هامبورگ، شنبه ۸ مه", "نشست ماهانه جامعه افغان‌ها، یکشنبه ۱۶ مه"], "1 EUR = 76.40 AFN"),
    "ckb": ([("هێمن", "هیوادارم ئاوەکە بمێنێت و ماسیگران سوودی لێ وەربگرن."), ("ئاراس", "دوکان زۆر جوانە ئەمساڵ.")],
            ["ئاهەنگی نەورۆزی دواخراو، شەممە 8ی ئایار", "کۆبوونەوەی مانگانەی کۆمەڵە، یەکشەممە 16ی ئایار"], "1 EUR = 1,520 IQD"),
    "ps": ([("محمد ګل", "ښه خبر دی، خدای دې د خوست خلکو ته اسانتیا راولي."), ("زرمینه", "د برېښنا ستونزه دې ژر حل شي.")],
           ["د پښتو شعر مشاعره، شنبه د مۍ ۸مه", "د ټولنې میاشتنۍ غونډه، یکشنبه د مۍ ۱۶مه"], "1 GBP = 89.60 AFN"),
    "bn": ([("শাহীন আহমেদ", "আমাদের গ্রামের বাড়িও কুমারখালীতে, খুব দুশ্চিন্তায় আছি।"), ("রুমানা", "স্থায়ী বাঁধ দ্রুত অনুমোদন দেওয়া হোক।")],
           ["বৈশাখী মেলা, হোয়াইটচ্যাপেল, শনিবার ৮ মে", "কমিউনিটি স্বাস্থ্য ক্যাম্প, রবিবার ১৬ মে"], "1 GBP = 161.85 BDT"),
    "ne": ([("राजु गुरुङ", "हाम्रो घर पनि इलाममै हो, किसानको पीडा सुनिदिनुपर्‍यो।"), ("सुनिता", "चियाको न्यूनतम मूल्य तोक्नैपर्छ।")],
           ["बैशाखे भेटघाट, आल्डरसट, शनिबार ८ मे", "नेपाली भाषा कक्षा, आइतबार १६ मे"], "1 GBP = 178.20 NPR"),
    "ta": ([("சுரேஷ்", "எங்கள் ஊர் மீனவர்களுக்கு விரைவில் தீர்வு கிடைக்க வேண்டும்."), ("கலா", "முகத்துவாரத்தை நிரந்தரமாகத் திறக்க நடவடிக்கை வேண்டும்.")],
           ["தமிழ்ப் புத்தாண்டு கலை நிகழ்வு, சனி மே 8", "இளையோர் கிரிக்கெட் போட்டி, ஞாயிறு மே 16"], "1 CAD = 217.30 LKR"),
}

_EN_COMMENTS = {
    "en_kakamega": [("Achieng O.", "My sister delivered early at Kakamega two years ago and they had to rush the baby to Eldoret. Thank God for this."), ("Brian W.", "Now fix the generator before the rains.")],
    "en_barishal": [("Rahim U.", "My family in Bhola would not go to the shelter last year because of the cattle. This is the right change."), ("Nasreen", "Who will maintain the solar pumps after the project ends?")],
}


def render_diaspora(p: Page) -> str:
    ui, dg = UI[p.lang], DIASPORA[p.lang]
    comments, events, rate = _DIASPORA_LOCAL[p.lang]
    comments = _EN_COMMENTS.get(p.extra.get("story", ""), comments)
    css = [f"https://{p.host}/wp-content/themes/newsmag-child/style.css?ver=4.9.3", f"https://{p.host}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.5"]
    extra = (f'<script src="https://{p.host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>\n'
             '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-' + f"{p.num * 104729 % 10**16:016d}" + '" crossorigin="anonymous"></script>\n')
    out = [head(p, css, extra, " | ", article_ld(p, "NewsArticle"))]
    out.append(f'''<body class="post-template-default single single-post postid-{p.num} single-format-standard td-standard-pack">
<div class="td-top-bar"><div class="td-container"><span class="td-date">{e(p.date_text)}</span> <span class="td-helpline">{e(dg["helpline"])}: 0{p.num % 900 + 7100} {p.num % 900 + 100} {p.num % 900 + 100}</span>
<ul class="td-social"><li><a href="https://www.facebook.com/{p.host.split(".")[1] if p.host.count(".") > 1 else p.host}">Facebook</a></li><li><a href="https://t.me/{p.num:x}">Telegram</a></li></ul></div></div>
<header class="td-header-wrap"><div class="td-container td-header-main">
<div class="td-logo"><a href="https://{p.host}/"><img src="https://{p.host}/wp-content/uploads/2025/09/banner-logo.png" alt="{a(p.site_name)}"> <span class="td-logo-text">{e(p.site_name)}</span></a></div>
<div class="td-header-ad"><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-slot="{p.num % 9000000000 + 1000000000}"></ins></div>
</div>
<nav class="td-header-menu"><ul id="menu-main" class="sf-menu">
<li class="menu-item"><a href="https://{p.host}/">{e(ui["home"])}</a></li>
<li class="menu-item current-post-ancestor"><a href="https://{p.host}/category/home-news/">{e(dg["home_news"])}</a></li>
<li class="menu-item"><a href="https://{p.host}/category/community/">{e(dg["community"])}</a></li>
<li class="menu-item"><a href="https://{p.host}/events/">{e(dg["events"])}</a></li>
<li class="menu-item"><a href="https://{p.host}/classifieds/">{e(dg["classifieds"])}</a></li>
<li class="menu-item"><a href="https://{p.host}/forum/">{e(dg["forum"])}</a></li>
<li class="menu-item menu-donate"><a href="https://{p.host}/donate/">{e(dg["donate"])}</a></li>
</ul></nav></header>
<div class="td-main-content-wrap"><div class="td-container">
<div class="td-crumb-container"><div class="entry-crumbs"><a href="https://{p.host}/">{e(ui["home"])}</a> <i class="td-icon-right"></i> <a href="https://{p.host}/category/home-news/">{e(dg["home_news"])}</a></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
<article id="post-{p.num}" class="post-{p.num} post type-post status-publish">
<header class="td-post-title">
<ul class="td-category"><li class="entry-category"><a href="https://{p.host}/category/home-news/">{e(dg["home_news"])}</a></li></ul>
''')
    for t in p.slots.get("label", []):
        out.append(f'<div class="td-post-source-label">{e(t)}</div>\n')
    out.append(f'<h1 class="entry-title">{e(p.title)}</h1>\n<div class="td-module-meta-info">')
    if p.author:
        out.append(f'<div class="td-post-author-name">{e(p.author)}</div> ')
    for t in p.slots.get("byline", []):
        out.append(f'<div class="td-post-author-name td-post-source">{e(t)}</div> ')
    out.append(f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{p.iso}">{e(p.date_text)}</time></span></div>\n</header>\n')
    out.append(f'<div class="td-post-sharing-top"><ul>{share_links(p, ("Facebook", "WhatsApp", "Telegram", "Viber"))}</ul></div>\n')
    out.append(f'<div class="td-post-featured-image"><img width="696" height="392" class="entry-thumb" src="{a(p.image)}" alt=""></div>\n<div class="td-post-content">\n')
    out.append(lines(p, "above", "source-line", href_of(p)))

    def fig(q: Page) -> str:
        return f'<figure class="wp-caption aligncenter"><img src="https://{q.host}/wp-content/uploads/2027/04/{q.num % 99991}.jpg" alt=""><figcaption class="wp-caption-text">{e(q.caption or "")}</figcaption></figure>'

    out.extend(body_blocks(p, figure=fig, between=lambda t: credit_html(t, "source-line source-line--inline", href_of(p))))
    out.append(lines(p, "below", "source-line source-line--end", href_of(p)))
    out.append(f'''</div>
<footer><div class="td-post-source-tags"><ul class="td-tags">{"".join(f'<li><a href="https://{p.host}/tag/{i}/">{e(t)}</a></li>' for i, t in enumerate(p.tags))}</ul></div>
<div class="td-post-sharing-bottom"><ul>{share_links(p, ("Facebook", "WhatsApp", "Telegram", "Viber"))}</ul></div></footer>
</article>
<div class="td_block_related_posts"><h4 class="td-related-title">{e(ui["related"])}</h4><ul>
{related_list(p, "td-related-span4")}
</ul></div>
''')
    out.append(lines(p, "box", "source-box", href_of(p)))
    out.append(comment_block(p, ui, "comments", comments))
    out.append(f'''</div></div>
<div class="td-pb-span4 td-main-sidebar"><aside class="td-ss-main-sidebar">
<div class="widget widget_events"><h4 class="block-title">{e(dg["upcoming"])}</h4><ul>{"".join(f"<li>{e(x)}</li>" for x in events)}</ul></div>
<div class="widget widget_rates"><h4 class="block-title">{e(dg["rates"])}</h4><p>{e(rate)}</p></div>
<div class="widget widget_membership"><h4 class="block-title">{e(dg["members"])}</h4><a class="btn" href="https://{p.host}/join/">{e(dg["join"])}</a></div>
<div class="widget widget_ad"><ins class="adsbygoogle" style="display:block" data-ad-format="auto" data-ad-slot="{p.num % 7000000000 + 2000000000}"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>
</aside></div>
</div></div></div>
<footer class="td-footer-wrapper"><div class="td-container"><p>{e(p.site_name)} · <a href="https://{p.host}/about/">{e(ui["about"])}</a> · <a href="https://{p.host}/contact/">{e(ui["contact"])}</a> · <a href="https://{p.host}/privacy/">{e(ui["privacy"])}</a></p>
<p class="td-sub-footer-copy">© 2027 {e(p.site_name)}. {e(ui["rights"])}</p></div></footer>
{cookie_bar(p, "cookie-notice", ui)}<script src="https://{p.host}/wp-content/themes/newsmag-child/js/tagdiv_theme.min.js?ver=4.9.3"></script>
</body>
</html>
''')
    return "".join(out)


# --------------------------------------------------------------------------- embassy (mission website)

def render_embassy(p: Page) -> str:
    ui, em = UI[p.lang], EMBASSY[p.lang]
    release = p.kind == "release"
    section = em["press_releases"] if release else em["news_from_home"]
    css = [f"https://{p.host}/templates/gov2/css/template.css?v={p.num % 997}", f"https://{p.host}/media/system/css/joomla-fontawesome.min.css"]
    extra = (f'<meta name="generator" content="Joomla! - Open Source Content Management">\n'
             f'<script src="https://{p.host}/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>\n')
    out = [head(p, css, extra, " - ", article_ld(p, "NewsArticle", "GovernmentOrganization"))]
    out.append(f'''<body class="site com_content view-article layout-blog itemid-{p.num % 400 + 100}">
<div class="gov-strip"><div class="container"><span>{e(p.site_name)}</span> <ul class="lang-switch"><li class="active"><a href="https://{p.host}/{p.lang}/">{p.lang.upper()}</a></li>
<li><a href="https://{p.host}/en/">EN</a></li></ul></div></div>
<header class="header container-header full-width"><div class="grid-child">
<div class="navbar-brand"><a class="brand-logo" href="https://{p.host}/"><img src="https://{p.host}/images/coat-of-arms.png" alt="" width="72" height="72"><span class="site-title">{e(p.site_name)}</span></a></div>
</div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md"><ul class="mod-menu mod-list nav">
<li class="nav-item"><a href="https://{p.host}/">{e(ui["home"])}</a></li>
<li class="nav-item"><a href="https://{p.host}/about">{e(em["about_emb"])}</a></li>
<li class="nav-item deeper parent"><a href="https://{p.host}/consular">{e(em["consular"])}</a><ul class="mod-menu__sub list-unstyled small"><li><a href="https://{p.host}/consular/visa">{e(em["visa"])}</a></li><li><a href="https://{p.host}/consular/passport">{e(em["passport"])}</a></li></ul></li>
<li class="nav-item"><a href="https://{p.host}/trade">{e(em["trade"])}</a></li>
<li class="nav-item"><a href="https://{p.host}/tourism">{e(em["tourism"])}</a></li>
<li class="nav-item{" current active" if not release else ""}"><a href="https://{p.host}/news-from-home">{e(em["news_from_home"])}</a></li>
<li class="nav-item{" current active" if release else ""}"><a href="https://{p.host}/press">{e(em["press_releases"])}</a></li>
<li class="nav-item"><a href="https://{p.host}/contact">{e(ui["contact"])}</a></li>
</ul></nav></div></header>
<div class="notice-banner alert alert-warning" role="alert">{e(em["notice"])}</div>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="https://{p.host}/">{e(ui["home"])}</a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{e(section)}</span></li></ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{p.lang}">
''')
    for t in p.slots.get("label", []):
        out.append(f'<p class="article-source-label">{e(t)}</p>\n')
    out.append(f'<div class="page-header"><h1 itemprop="headline">{e(p.title)}</h1></div>\n<dl class="article-info text-muted"><dd class="category-name">{e(section)}</dd> <dd class="published"><time datetime="{p.iso}" itemprop="datePublished">{e(p.date_text)}</time></dd>')
    for t in p.slots.get("byline", []):
        out.append(f' <dd class="createdby">{e(t)}</dd>')
    out.append(f'</dl>\n<div class="icons"><a href="javascript:window.print()" class="print-icon">{e(ui["print"])}</a></div>\n<div itemprop="articleBody" class="com-content-article__body">\n')
    out.append(lines(p, "above", "article-source", href_of(p)))
    if p.slots.get("meta"):
        out.append('<ul class="article-facts">' + "".join(f"<li>{e(t)}</li>" for t in p.slots["meta"]) + "</ul>\n")

    def fig(q: Page) -> str:
        return f'<figure class="image-center"><img src="https://{q.host}/images/news/2027/{q.num % 9999}.jpg" alt="" itemprop="image"><figcaption>{e(q.caption or "")}</figcaption></figure>'

    out.extend(body_blocks(p, figure=fig, between=lambda t: credit_html(t, "article-source", href_of(p))))
    out.append(lines(p, "below", "article-source article-source--end", href_of(p)))
    out.append(f'''</div>
<div class="share-buttons"><span>{e(ui["share"])}:</span><ul>{share_links(p, ("Facebook", "X", "WhatsApp", "Email"))}</ul></div>
</div></main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">{e(ui["latest"])}</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">
{related_list(p, "mod-articles-item")}
</ul></div></div>
''')
    out.append(lines(p, "box", "article-source-box card card-body", href_of(p)))
    out.append(f'''<div class="card"><h3 class="card-header">{e(em["emergency_nat"])}</h3><div class="card-body"><p>+{p.num % 90 + 10} {p.num % 900 + 100} {p.num % 9000 + 1000}</p></div></div>
</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child">
<div class="footer-address"><h4>{e(em["address"])}</h4><p>{e(p.site_name)}</p><p>{e(em["hours"])}</p></div>
<div class="footer-links"><a href="https://{p.host}/privacy">{e(ui["privacy"])}</a> · <a href="https://{p.host}/contact">{e(ui["contact"])}</a></div>
<p class="copyright">© 2027 {e(p.site_name)}. {e(ui["rights"])}</p>
</div></footer>
<script src="https://{p.host}/media/templates/site/gov2/js/template.min.js?{p.num % 997}"></script>
</body>
</html>
''')
    return "".join(out)


# --------------------------------------------------------------------------- ngo (charity site, WordPress block theme)

def render_ngo(p: Page) -> str:
    ui, ng = UI[p.lang], NGO[p.lang]
    media = p.kind == "media"
    section = ng["in_media"] if media else ng["stories"]
    css = [f"https://{p.host}/wp-content/themes/kadence/assets/css/all.min.css?ver=1.2.9", f"https://{p.host}/wp-content/plugins/give/assets/dist/css/give.css?ver=3.17.1"]
    extra = (f'<link rel="https://api.w.org/" href="https://{p.host}/wp-json/">\n<link rel="alternate" type="application/json" href="https://{p.host}/wp-json/wp/v2/posts/{p.num}">\n'
             f'<script src="https://{p.host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>\n' + gtag(f"G-N{p.num % 90000 + 10000}"))
    out = [head(p, css, extra, " – ", article_ld(p, "Article", "NGO"))]
    out.append(f'''<body class="wp-singular post-template-default single single-post postid-{p.num} wp-theme-kadence">
<a class="skip-link screen-reader-text" href="#main">{e(ui["skip"])}</a>
<div class="donate-bar"><a class="button" href="https://{p.host}/donate/">{e(ng["donate"])}</a></div>
<header id="masthead" class="site-header"><div class="site-header-inner-wrap">
<div class="site-branding"><a class="brand has-logo-image" href="https://{p.host}/" rel="home"><img src="https://{p.host}/wp-content/uploads/2025/11/logo.png" class="custom-logo" alt="{a(p.site_name)}" width="200" height="60"></a></div>
<nav id="site-navigation" class="main-navigation header-navigation" aria-label="Primary"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="https://{p.host}/our-work/">{e(ng["our_work"])}</a></li>
<li class="menu-item"><a href="https://{p.host}/programmes/">{e(ng["programmes"])}</a></li>
<li class="menu-item{"" if media else " current-menu-item"}"><a href="https://{p.host}/stories/">{e(ng["stories"])}</a></li>
<li class="menu-item{" current-menu-item" if media else ""}"><a href="https://{p.host}/in-the-media/">{e(ng["in_media"])}</a></li>
<li class="menu-item"><a href="https://{p.host}/resources/">{e(ng["resources"])}</a></li>
<li class="menu-item"><a href="https://{p.host}/get-involved/">{e(ng["get_involved"])}</a></li>
</ul></nav>
</div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear">
<main id="main" class="site-main" role="main"><div class="content-container site-container">
<article id="post-{p.num}" class="entry content-bg single-entry post-{p.num} post type-post">
<div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit">
<div class="entry-taxonomies"><span class="category-links term-links"><a href="https://{p.host}/{"in-the-media" if media else "stories"}/" rel="tag">{e(section)}</a></span></div>
''')
    for t in p.slots.get("label", []):
        out.append(f'<p class="media-outlet-label">{e(t)}</p>\n')
    out.append(f'<h1 class="entry-title">{e(p.title)}</h1>\n<div class="entry-meta entry-meta-divider-dot"><span class="posted-on"><time class="entry-date published" datetime="{p.iso}">{e(p.date_text)}</time></span>')
    if p.author:
        out.append(f' <span class="posted-by"><span class="author vcard">{e(p.author)}</span></span>')
    for t in p.slots.get("byline", []):
        out.append(f' <span class="posted-by posted-by--source">{e(t)}</span>')
    out.append(f'</div>\n</header>\n<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-behind"><img src="{a(p.image)}" alt="" width="1024" height="576"></div>\n<div class="entry-content single-content">\n')
    out.append(lines(p, "above", "media-credit", href_of(p)))

    def fig(q: Page) -> str:
        return f'<figure class="wp-block-image size-large"><img src="https://{q.host}/wp-content/uploads/2027/04/field-{q.num % 997}.jpg" alt=""><figcaption class="wp-element-caption">{e(q.caption or "")}</figcaption></figure>'

    out.extend(body_blocks(p, figure=fig, between=lambda t: f'<div class="wp-block-group media-credit-box"><p>{e(t)}</p></div>'))
    out.append(lines(p, "below", "media-credit media-credit--end", href_of(p)))
    out.append("</div>\n")
    if "bio" in p.extra:
        out.append(f'<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar"><img src="https://{p.host}/wp-content/uploads/2026/02/staff-{p.num % 37}.jpg" alt="" width="80"></div><b class="entry-author-name author-name fn">{e(p.author)}</b><div class="entry-author-description author-bio"><p>{e(p.extra["bio"])}</p></div></div></div>\n')
    out.append(f'<footer class="entry-footer"><div class="entry-actions"><div class="post-share"><span>{e(ui["share"])}</span><ul>{share_links(p, ("Facebook", "X", "LinkedIn", "WhatsApp", "Email"))}</ul></div></div></footer>\n')
    if p.extra.get("republish"):
        code = f'<p>{p.slots.get("box", [""])[0]}</p><img src="https://{p.host}/republish-pixel.gif?post={p.num}" width="1" height="1">'
        out.append(f'<div class="republish-box" id="republish"><h2>{e(ng["republish_h"])}</h2>\n')
        out.append("\n".join(f'<p class="republish-box__text">{e(t)}</p>' for t in p.slots.get("box", [])))
        out.append(f'\n<textarea readonly rows="4" aria-label="HTML">{e(code)}</textarea>\n<button type="button" class="button">{e(ng["republish_btn"])}</button></div>\n')
    out.append(f'''</div>
</article>
<div class="entry-related alignfull entry-related-style-wide"><h2 class="entry-related-title">{e(ui["related"])}</h2><ul class="entry-related-carousel">
{related_list(p, "entry-related-item")}
</ul></div>
''')
    if not p.extra.get("republish"):
        out.append(lines(p, "box", "media-credit-box", href_of(p)))
    out.append(f'''<section class="newsletter-signup"><h2>{e(ng["newsletter_h"])}</h2><form action="https://{p.host}/subscribe" method="post"><input type="email" name="EMAIL" placeholder="{a(ui["email"])}"><button type="submit">{e(ui["subscribe"])}</button></form></section>
</div></main>
<footer id="colophon" class="site-footer"><div class="site-footer-wrap">
<p>{e(p.site_name)} · {e(ng["charity"])} No. {p.num % 90000 + 10000}</p>
<p><a href="https://{p.host}/privacy-policy/">{e(ui["privacy"])}</a> · <a href="https://{p.host}/contact/">{e(ui["contact"])}</a> · <a href="https://{p.host}/donate/">{e(ng["donate"])}</a></p>
<p>© 2027 {e(p.site_name)}. {e(ui["rights"])}</p>
</div></footer>
</div>
{cookie_bar(p, "cmplz-cookiebanner", ui)}<script src="https://{p.host}/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js"></script>
</body>
</html>
''')
    return "".join(out)


# --------------------------------------------------------------------------- digest (e-mail campaign archive)

def render_digest(p: Page) -> str:
    ui, dg = UI[p.lang], DIGEST[p.lang]
    direction = ' dir="rtl"' if p.rtl else ""
    align = "right" if p.rtl else "left"
    roundup = any(t.startswith("§") for t in p.paras)
    out = [f'''<!doctype html>
<html lang="{p.lang}"{direction} xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p.site_name)}: {e(p.title)}</title>
<meta property="og:title" content="{a(p.title)}">
<meta property="og:description" content="{a(p.desc)}">
<meta property="og:url" content="{a(p.url)}">
<link rel="canonical" href="{a(p.canonical or p.url)}">
<style type="text/css">
p{{margin:10px 0;padding:0;}} table{{border-collapse:collapse;}} h1,h2,h3{{display:block;margin:0;padding:0;}}
img,a img{{border:0;height:auto;outline:none;text-decoration:none;}} body,#bodyTable,#bodyCell{{height:100%;margin:0;padding:0;width:100%;}}
.mcnPreviewText{{display:none !important;}} #templateHeader{{background-color:#12355b;}} .mcnTextContent{{font-family:Helvetica;font-size:16px;line-height:150%;text-align:{align};}}
@media only screen and (max-width:480px){{.templateContainer{{max-width:600px !important;width:100% !important;}}}}
</style>
</head>
<body>
<div id="awesomewrap"><div id="awesomebar"><span class="awesomebar-name">{e(p.site_name)}</span> <a href="https://{p.host}/subscribe">{e(dg["archive_bar"])}</a> <a href="https://{p.host}/archive">{e(dg["past_issues"])}</a> <a href="https://{p.host}/archive/feed">RSS</a></div></div>
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none;font-size:0;line-height:0;max-height:0;max-width:0;opacity:0;overflow:hidden;visibility:hidden;">{e(p.desc)}</span><!--<![endif]-->
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="max-width:600px;">
<tr><td valign="top" id="templatePreheader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner">
<table align="{align}" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextContentContainer"><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;"><a href="{a(p.url)}" target="_blank">{e(dg["view_browser"])}</a></td></tr></table>
</td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tr><td class="mcnImageContent" valign="top" style="padding:9px;text-align:center;"><img align="center" alt="{a(p.site_name)}" src="https://{p.host}/images/email-logo.png" width="240" style="max-width:240px;" class="mcnImage"></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" style="color:#ffffff;padding:0 18px 9px;"><p>{e(p.date_text)}{(" · " + e(p.extra["client"])) if p.extra.get("client") else ""}</p></td></tr></table></td></tr>
<tr><td valign="top" id="templateBody"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner"><table align="{align}" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextContentContainer"><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;">
''']
    if not roundup:
        out.append(f'<h3 style="text-transform:uppercase;letter-spacing:1px;font-size:12px;">{e(dg["top_clip"])}</h3>\n')
    for t in p.slots.get("label", []):
        out.append(f'<p class="clip-outlet" style="font-variant:small-caps;color:#6b7785;">{e(t)}</p>\n')
    out.append(f'<h1 style="font-size:24px;">{e(p.title)}</h1>\n')
    for t in p.slots.get("byline", []):
        out.append(f"<p><em>{e(t)}</em></p>\n")
    if p.author and not roundup:
        out.append(f'<p style="color:#6b7785;">{e(p.author)}</p>\n')
    out.append(lines(p, "above", "clip-source", href_of(p)))

    def fig(q: Page) -> str:
        return (f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnCaptionBlock"><tr><td class="mcnCaptionBottomContent" valign="top">'
                f'<img alt="" src="https://{q.host}/images/{q.num % 99991}.jpg" width="564" class="mcnImage"><div class="mcnTextContent"><p style="font-size:12px;">{e(q.caption or "")}</p></div></td></tr></table>')

    out.extend(body_blocks(p, figure=fig, between=lambda t: f'<p style="background:#f1f4f7;padding:8px;">{e(t)}</p>', sub_tag="h2"))
    out.append(lines(p, "below", "clip-source", href_of(p)))
    out.append(f'''</td></tr></table></td></tr></tbody></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;"><h2 style="font-size:18px;">{e(dg["also_today"])}</h2><ul>
{related_list(p, "digest-item")}
</ul>
''')
    out.append(lines(p, "box", "clip-source-box", href_of(p)))
    out.append(f'''</td></tr></table></td></tr>
<tr><td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;font-size:12px;color:#656565;text-align:center;">
<em>© 2027 {e(p.site_name)}. {e(ui["rights"])}</em><br>
{e(dg["because"])}<br><br>
<a href="https://{p.host}/profile?u={p.num:x}">{e(dg["prefs"])}</a> · <a href="https://{p.host}/unsubscribe?u={p.num:x}">{e(dg["unsubscribe"])}</a> · <a href="https://{p.host}/forward?u={p.num:x}">{e(dg["forward"])}</a>
</td></tr></table></td></tr>
</table>
</td></tr></table>
</center>
<script src="https://{p.host}/archive/js/archivebar-desktop.js"></script>
</body>
</html>
''')
    return "".join(out)


RENDER: dict[str, Callable[[Page], str]] = {
    "newsroom": render_newsroom,
    "campus": render_campus,
    "clinic": render_clinic,
    "clipview": render_clipview,
    "revue": render_revue,
    "relief": render_relief,
    "diaspora": render_diaspora,
    "embassy": render_embassy,
    "ngo": render_ngo,
    "digest": render_digest,
}


def render_page(p: Page) -> str:
    return RENDER[p.fam](p)

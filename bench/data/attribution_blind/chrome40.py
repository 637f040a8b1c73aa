# ruff: noqa: E501, RUF001, RUF002  (markup a line)
"""Page templates of the fortieth blind attribution set (`cases_2027-01-11.jsonl`), written for it.

Legacy and unusual markup that crawlers still meet, each template written from what such pages emit
(not from any earlier set's template, model or renderer, none of which was read):
`oldstatic` (a static HTML news site of the early 2000s: font tags, nested tables, spacer gifs,
<center>, a marquee ticker, hit counter), `webforms` (an ASP.NET WebForms portal: __VIEWSTATE,
ctl00_ ids, label spans), `frameset` (a frameset/iframe site whose frames an archiver flattened into
one page), `epaper` (an e-paper's "text view"), `mobile` (an m. subdomain page), `lite` (a text-only
edition), `gsites` (a Google-Sites-like community page), `wix` (a Wix-like community page),
`newsletter` (a Mailchimp-like campaign archive page), `forum` (a bulletin board thread with a
pasted story), `pdfexport` (a newspaper page exported from PDF to HTML, one line a positioned div),
`print` (a print-friendly page). Stdlib only; deterministic.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from html import escape

RTL = {"ar", "fa", "ur"}
CJK = {"zh", "ja"}


@dataclass
class Page:
    fam: str
    lang: str
    site: str
    host: str
    url: str
    name: str  # the site's own name, as its masthead spells it
    title: str
    paras: list[str]  # story text, dateline and mention already in place
    slot: str = ""
    credit: tuple[str, ...] = ()
    logo: str = ""  # a credit logo's alt/title text
    caption: str = ""
    date: str = ""
    related: list[str] = field(default_factory=list)
    section: str = ""


#: Interface words a template of each language shows (menus, buttons, labels).
UI: dict[str, dict[str, str]] = {
    "en": {
        "home": "Home",
        "news": "News",
        "local": "Local",
        "sport": "Sport",
        "opinion": "Opinion",
        "contact": "Contact Us",
        "about": "About Us",
        "related": "Related stories",
        "print": "Print",
        "share": "Share",
        "email": "Email this story",
        "search": "Search",
        "back": "Back",
        "top": "Back to top",
        "posted": "Posted",
        "page": "Page",
        "comments": "Comments",
        "subscribe": "Subscribe",
        "weather": "Weather",
        "archive": "Archive",
        "date": "Date",
        "views": "Views",
        "reply": "Reply",
        "close": "Close window",
        "full": "Full site",
        "latest": "Latest",
    },
    "ar": {
        "home": "الرئيسية",
        "news": "أخبار",
        "local": "محليات",
        "sport": "رياضة",
        "opinion": "رأي",
        "contact": "اتصل بنا",
        "about": "من نحن",
        "related": "أخبار ذات صلة",
        "print": "طباعة",
        "share": "مشاركة",
        "email": "أرسل الخبر",
        "search": "بحث",
        "back": "رجوع",
        "top": "أعلى الصفحة",
        "posted": "نشر في",
        "page": "الصفحة",
        "comments": "التعليقات",
        "subscribe": "اشترك",
        "weather": "الطقس",
        "archive": "الأرشيف",
        "date": "التاريخ",
        "views": "المشاهدات",
        "reply": "رد",
        "close": "إغلاق النافذة",
        "full": "النسخة الكاملة",
        "latest": "آخر الأخبار",
    },
    "fr": {
        "home": "Accueil",
        "news": "Actualités",
        "local": "Régions",
        "sport": "Sport",
        "opinion": "Opinions",
        "contact": "Contact",
        "about": "Qui sommes-nous",
        "related": "À lire aussi",
        "print": "Imprimer",
        "share": "Partager",
        "email": "Envoyer à un ami",
        "search": "Rechercher",
        "back": "Retour",
        "top": "Haut de page",
        "posted": "Publié le",
        "page": "Page",
        "comments": "Commentaires",
        "subscribe": "S'abonner",
        "weather": "Météo",
        "archive": "Archives",
        "date": "Date",
        "views": "Lectures",
        "reply": "Répondre",
        "close": "Fermer la fenêtre",
        "full": "Version complète",
        "latest": "Dernière minute",
    },
    "zh": {
        "home": "首頁",
        "news": "新聞",
        "local": "地方",
        "sport": "體育",
        "opinion": "評論",
        "contact": "聯絡我們",
        "about": "關於我們",
        "related": "相關新聞",
        "print": "列印",
        "share": "分享",
        "email": "轉寄",
        "search": "搜尋",
        "back": "回上頁",
        "top": "回頂端",
        "posted": "發布時間",
        "page": "版",
        "comments": "留言",
        "subscribe": "訂閱",
        "weather": "天氣",
        "archive": "歷史新聞",
        "date": "日期",
        "views": "點閱",
        "reply": "回覆",
        "close": "關閉視窗",
        "full": "電腦版",
        "latest": "即時",
    },
    "ja": {
        "home": "ホーム",
        "news": "ニュース",
        "local": "地域",
        "sport": "スポーツ",
        "opinion": "社説",
        "contact": "お問い合わせ",
        "about": "会社案内",
        "related": "関連記事",
        "print": "印刷",
        "share": "共有",
        "email": "メールで送る",
        "search": "検索",
        "back": "戻る",
        "top": "ページの先頭へ",
        "posted": "掲載日",
        "page": "面",
        "comments": "コメント",
        "subscribe": "購読",
        "weather": "天気",
        "archive": "過去の記事",
        "date": "日付",
        "views": "閲覧数",
        "reply": "返信",
        "close": "閉じる",
        "full": "PC版",
        "latest": "速報",
    },
    "id": {
        "home": "Beranda",
        "news": "Berita",
        "local": "Daerah",
        "sport": "Olahraga",
        "opinion": "Opini",
        "contact": "Kontak",
        "about": "Tentang Kami",
        "related": "Berita Terkait",
        "print": "Cetak",
        "share": "Bagikan",
        "email": "Kirim ke teman",
        "search": "Cari",
        "back": "Kembali",
        "top": "Ke atas",
        "posted": "Diterbitkan",
        "page": "Halaman",
        "comments": "Komentar",
        "subscribe": "Berlangganan",
        "weather": "Cuaca",
        "archive": "Arsip",
        "date": "Tanggal",
        "views": "Dibaca",
        "reply": "Balas",
        "close": "Tutup jendela",
        "full": "Versi lengkap",
        "latest": "Terkini",
    },
    "tr": {
        "home": "Ana Sayfa",
        "news": "Haberler",
        "local": "Yerel",
        "sport": "Spor",
        "opinion": "Yazarlar",
        "contact": "İletişim",
        "about": "Künye",
        "related": "İlgili Haberler",
        "print": "Yazdır",
        "share": "Paylaş",
        "email": "Arkadaşına gönder",
        "search": "Ara",
        "back": "Geri",
        "top": "Başa dön",
        "posted": "Yayınlanma",
        "page": "Sayfa",
        "comments": "Yorumlar",
        "subscribe": "Abone ol",
        "weather": "Hava durumu",
        "archive": "Arşiv",
        "date": "Tarih",
        "views": "Okunma",
        "reply": "Yanıtla",
        "close": "Pencereyi kapat",
        "full": "Tam sürüm",
        "latest": "Son dakika",
    },
    "hi": {
        "home": "मुखपृष्ठ",
        "news": "समाचार",
        "local": "प्रदेश",
        "sport": "खेल",
        "opinion": "विचार",
        "contact": "संपर्क करें",
        "about": "हमारे बारे में",
        "related": "संबंधित खबरें",
        "print": "प्रिंट करें",
        "share": "शेयर करें",
        "email": "ईमेल करें",
        "search": "खोजें",
        "back": "वापस",
        "top": "ऊपर जाएं",
        "posted": "प्रकाशित",
        "page": "पृष्ठ",
        "comments": "टिप्पणियां",
        "subscribe": "सदस्यता लें",
        "weather": "मौसम",
        "archive": "पुरालेख",
        "date": "दिनांक",
        "views": "बार पढ़ा गया",
        "reply": "जवाब दें",
        "close": "विंडो बंद करें",
        "full": "पूरा संस्करण",
        "latest": "ताजा खबरें",
    },
    "fa": {
        "home": "صفحه اصلی",
        "news": "اخبار",
        "local": "استانی",
        "sport": "ورزشی",
        "opinion": "یادداشت",
        "contact": "تماس با ما",
        "about": "درباره ما",
        "related": "اخبار مرتبط",
        "print": "چاپ",
        "share": "اشتراک‌گذاری",
        "email": "ارسال به دوستان",
        "search": "جستجو",
        "back": "بازگشت",
        "top": "بالای صفحه",
        "posted": "تاریخ انتشار",
        "page": "صفحه",
        "comments": "نظرات",
        "subscribe": "عضویت",
        "weather": "آب و هوا",
        "archive": "آرشیو",
        "date": "تاریخ",
        "views": "بازدید",
        "reply": "پاسخ",
        "close": "بستن پنجره",
        "full": "نسخه کامل",
        "latest": "آخرین اخبار",
    },
    "vi": {
        "home": "Trang chủ",
        "news": "Tin tức",
        "local": "Địa phương",
        "sport": "Thể thao",
        "opinion": "Bình luận",
        "contact": "Liên hệ",
        "about": "Giới thiệu",
        "related": "Tin liên quan",
        "print": "In bài",
        "share": "Chia sẻ",
        "email": "Gửi bài viết",
        "search": "Tìm kiếm",
        "back": "Quay lại",
        "top": "Lên đầu trang",
        "posted": "Đăng ngày",
        "page": "Trang",
        "comments": "Bình luận",
        "subscribe": "Đăng ký",
        "weather": "Thời tiết",
        "archive": "Lưu trữ",
        "date": "Ngày",
        "views": "Lượt xem",
        "reply": "Trả lời",
        "close": "Đóng cửa sổ",
        "full": "Phiên bản đầy đủ",
        "latest": "Tin mới",
    },
    "ur": {
        "home": "صفحہ اول",
        "news": "خبریں",
        "local": "مقامی",
        "sport": "کھیل",
        "opinion": "کالم",
        "contact": "رابطہ",
        "about": "ہمارے بارے میں",
        "related": "متعلقہ خبریں",
        "print": "پرنٹ",
        "share": "شیئر کریں",
        "email": "ای میل کریں",
        "search": "تلاش",
        "back": "واپس",
        "top": "اوپر جائیں",
        "posted": "شائع شدہ",
        "page": "صفحہ",
        "comments": "تبصرے",
        "subscribe": "سبسکرائب",
        "weather": "موسم",
        "archive": "آرکائیو",
        "date": "تاریخ",
        "views": "مرتبہ پڑھا گیا",
        "reply": "جواب",
        "close": "ونڈو بند کریں",
        "full": "مکمل ورژن",
        "latest": "تازہ ترین",
    },
    "bn": {
        "home": "প্রচ্ছদ",
        "news": "সংবাদ",
        "local": "সারাদেশ",
        "sport": "খেলা",
        "opinion": "মতামত",
        "contact": "যোগাযোগ",
        "about": "আমাদের সম্পর্কে",
        "related": "আরও পড়ুন",
        "print": "প্রিন্ট",
        "share": "শেয়ার করুন",
        "email": "ইমেইল করুন",
        "search": "খুঁজুন",
        "back": "ফিরে যান",
        "top": "উপরে যান",
        "posted": "প্রকাশিত",
        "page": "পাতা",
        "comments": "মন্তব্য",
        "subscribe": "সাবস্ক্রাইব",
        "weather": "আবহাওয়া",
        "archive": "আর্কাইভ",
        "date": "তারিখ",
        "views": "বার পড়া হয়েছে",
        "reply": "উত্তর দিন",
        "close": "উইন্ডো বন্ধ করুন",
        "full": "পূর্ণ সংস্করণ",
        "latest": "সর্বশেষ",
    },
    "sw": {
        "home": "Mwanzo",
        "news": "Habari",
        "local": "Mikoani",
        "sport": "Michezo",
        "opinion": "Maoni",
        "contact": "Wasiliana nasi",
        "about": "Kuhusu sisi",
        "related": "Habari zinazohusiana",
        "print": "Chapisha",
        "share": "Shiriki",
        "email": "Tuma kwa barua pepe",
        "search": "Tafuta",
        "back": "Rudi",
        "top": "Juu",
        "posted": "Imechapishwa",
        "page": "Ukurasa",
        "comments": "Maoni ya wasomaji",
        "subscribe": "Jiunge",
        "weather": "Hali ya hewa",
        "archive": "Kumbukumbu",
        "date": "Tarehe",
        "views": "Imesomwa",
        "reply": "Jibu",
        "close": "Funga dirisha",
        "full": "Toleo kamili",
        "latest": "Habari mpya",
    },
}


def e(text: str) -> str:
    return escape(text, quote=True)


def _n(p: Page, salt: str, mod: int) -> int:
    return int(hashlib.sha1(f"{p.site}|{salt}".encode()).hexdigest(), 16) % mod


def _hex(p: Page, salt: str, k: int) -> str:
    return hashlib.sha1(f"{p.site}|{salt}".encode()).hexdigest()[:k]


def _b64ish(p: Page, salt: str, k: int) -> str:
    h = "".join(
        hashlib.sha1(f"{p.site}|{salt}|{i}".encode()).hexdigest() for i in range(2 * k // 40 + 1)
    )
    table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(table[int(h[i : i + 2], 16) % 64] for i in range(0, 2 * k, 2))[:k]


_LABEL = re.compile(r"^(.{1,40}?(?::|：| :))( ?)(\S.*)$")


def split_label(line: str) -> tuple[str, str, str] | None:
    """A credit line written as a label and a value ("Source: X", "Source : X", "來源：X")."""
    m = _LABEL.match(line)
    return (m.group(1), m.group(2), m.group(3)) if m else None


def _html_open(p: Page, doctype: str = "<!DOCTYPE html>", extra: str = "") -> str:
    d = ' dir="rtl"' if p.lang in RTL else ""
    return f'{doctype}\n<html lang="{p.lang}"{d}{extra}>'


def _u(p: Page, k: str) -> str:
    return e(UI[p.lang][k])


# ---------------------------------------------------------------------------------------------
# 1. oldstatic


def _oldstatic(p: Page) -> str:
    u = UI[p.lang]
    align = "right" if p.lang in RTL else "left"
    paras = "\n".join(f"<p>{e(t)}</p>" for t in p.paras)
    ticker = " &nbsp;&nbsp;<b>***</b>&nbsp;&nbsp; ".join(e(t) for t in p.related)
    credit_top = credit_font = credit_cell = credit_hr = ""
    if p.credit:
        if p.slot == "top":
            credit_top = "".join(
                f'<font face="Arial" size="2"><b>{e(c)}</b></font><br>\n' for c in p.credit
            )
        elif p.slot == "font":
            credit_font = "<br>\n".join(
                f'<font face="Arial, Helvetica" size="1" color="#666666">{e(c)}</font>'
                for c in p.credit
            )
        elif p.slot == "cell":
            rows = []
            for c in p.credit:
                sp = split_label(c)
                if sp:
                    rows.append(
                        f'<tr><td width="90" bgcolor="#EEEEEE" valign="top"><font face="Arial" size="2"><b>{e(sp[0])}</b></font></td>{chr(10) if sp[1] else ""}<td><font face="Arial" size="2">{e(sp[2])}</font></td></tr>'
                    )
                else:
                    rows.append(
                        f'<tr><td colspan="2"><font face="Arial" size="2">{e(c)}</font></td></tr>'
                    )
            credit_cell = (
                '<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC">\n'
                + "\n".join(rows)
                + "\n</table>"
            )
        elif p.slot == "hr":
            credit_hr = '<hr size="1" noshade color="#999999">\n' + "<br>\n".join(
                f'<font face="Verdana" size="2"><i>{e(c)}</i></font>' for c in p.credit
            )
    cap = ""
    if p.caption:
        cap = f'''<table border="0" cellspacing="0" cellpadding="2" align="{"left" if align == "right" else "right"}" width="250">
<tr><td><img src="/images/news/{_hex(p, "img", 8)}.jpg" width="250" height="170" border="0" alt=""></td></tr>
<tr><td bgcolor="#F2F2F2"><font face="Arial" size="1">{e(p.caption)}</font></td></tr>
</table>'''
    nav = "\n".join(
        f'<tr><td><img src="/images/arrow.gif" width="7" height="7"> <a href="/{k}.htm"><font face="Verdana" size="2" color="#003366">{e(u[k])}</font></a></td></tr>'
        for k in ("home", "news", "local", "sport", "opinion", "weather", "archive", "contact")
    )
    count = f"{_n(p, 'hits', 900000) + 100000:06d}"
    return f'''{_html_open(p, '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')}
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(p.name)} - {e(p.title)}</title>
<meta name="keywords" content="{e(p.name)}, {e(u["news"])}">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array(); }} }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#003366" vlink="#663366" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('/images/nav_on.gif')">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td bgcolor="#003366"><a href="/"><img src="/images/masthead.gif" width="780" height="90" border="0" alt="{e(p.name)}"></a></td></tr>
<tr><td bgcolor="#CCCCCC" height="22"><marquee behavior="scroll" direction="{"right" if align == "right" else "left"}" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font face="Verdana" size="2" color="#990000"><b>{e(u["latest"])}:</b> {ticker}</font></marquee></td></tr>
<tr><td><img src="/images/spacer.gif" width="1" height="6" alt=""></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="150" valign="top" bgcolor="#EEEEEE">
<table width="100%" border="0" cellspacing="2" cellpadding="3">
{nav}
</table>
<img src="/images/spacer.gif" width="150" height="20" alt=""><br>
<center><a href="/advertise.htm"><img src="/images/banner_120x240.gif" width="120" height="240" border="0" alt="Advertisement"></a></center>
</td>
<td width="1" bgcolor="#999999"><img src="/images/spacer.gif" width="1" height="1" alt=""></td>
<td width="10"><img src="/images/spacer.gif" width="10" height="1" alt=""></td>
<td valign="top" align="{align}">
{credit_top}<font face="Georgia, Times New Roman, Times, serif" size="5" color="#003366"><b>{e(p.title)}</b></font><br>
<font face="Arial, Helvetica, sans-serif" size="1" color="#666666">{e(u["posted"])}: {e(p.date)}</font><br>
<img src="/images/spacer.gif" width="1" height="8" alt=""><br>
{cap}
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">
{paras}
</font>
{credit_font}
{credit_cell}
{credit_hr}
<br>
<table border="0" cellspacing="0" cellpadding="2"><tr>
<td><a href="javascript:window.print()"><img src="/images/print.gif" width="16" height="16" border="0" alt="{e(u["print"])}"></a></td><td><font face="Arial" size="1"><a href="javascript:window.print()">{e(u["print"])}</a></font></td>
<td><img src="/images/spacer.gif" width="12" height="1" alt=""></td>
<td><a href="/cgi-bin/mailfriend.pl?id={_n(p, "id", 99999)}"><img src="/images/mail.gif" width="16" height="16" border="0" alt="{e(u["email"])}"></a></td><td><font face="Arial" size="1"><a href="/cgi-bin/mailfriend.pl?id={_n(p, "id", 99999)}">{e(u["email"])}</a></font></td>
</tr></table>
</td>
<td width="10"><img src="/images/spacer.gif" width="10" height="1" alt=""></td>
</tr>
</table>
</td></tr>
<tr><td bgcolor="#003366"><img src="/images/spacer.gif" width="1" height="3" alt=""></td></tr>
<tr><td>
<center>
<font face="Arial" size="1" color="#666666">
<a href="/">{e(u["home"])}</a> | <a href="/about.htm">{e(u["about"])}</a> | <a href="/contact.htm">{e(u["contact"])}</a> | <a href="/archive.htm">{e(u["archive"])}</a><br>
Copyright &copy; 2001-2027 {e(p.name)}. All rights reserved.<br>
Best viewed at 800 x 600 with Internet Explorer 5.0 or higher.<br>
<img src="/cgi-bin/counter.cgi?df={_hex(p, "ctr", 6)}.dat&amp;dd=C" alt="{count}" border="0">
</font>
</center>
</td></tr>
</table>
</body>
</html>
'''


# ---------------------------------------------------------------------------------------------
# 2. webforms


def _webforms(p: Page) -> str:
    u = UI[p.lang]
    cp = "ctl00_ContentPlaceHolder1"
    body = "<br /><br />\r\n".join(e(t) for t in p.paras)
    span_credit = end_credit = ""
    if p.credit:
        parts = []
        for i, c in enumerate(p.credit):
            sp = split_label(c)
            if sp:
                parts.append(
                    f'<span id="{cp}_lblSourceCaption{i or ""}" class="lblCaption">{e(sp[0])}</span>{sp[1]}<span id="{cp}_lblSource{i or ""}" class="lblValue">{e(sp[2])}</span>'
                )
            else:
                parts.append(f'<span id="{cp}_lblCredit{i or ""}" class="lblValue">{e(c)}</span>')
        if p.slot == "span":
            span_credit = '<div class="newsMeta">' + "<br />".join(parts) + "</div>"
        else:
            end_credit = (
                '<div id="'
                + cp
                + '_pnlSource" class="newsSource">'
                + "<br />".join(parts)
                + "</div>"
            )
    cap = ""
    if p.caption:
        cap = f'<div id="{cp}_pnlImage" class="newsImage"><img id="{cp}_imgNews" src="UploadImages/News/{_hex(p, "img", 12)}.jpg" alt="" style="width:420px;" /><br />\r\n<span id="{cp}_lblImageCaption" class="imgCaption">{e(p.caption)}</span></div>'
    menu = "\r\n".join(
        f'<li><a id="ctl00_rptMenu_ctl{i:02d}_hlMenu" href="Category.aspx?CatID={i + 1}">{e(u[k])}</a></li>'
        for i, k in enumerate(("home", "news", "local", "sport", "opinion", "contact"))
    )
    rel = "\r\n".join(
        f'<tr><td><a id="{cp}_gvRelated_ctl{i + 2:02d}_hlTitle" href="NewsDetail.aspx?NewsID={_n(p, t, 90000) + 10000}">{e(t)}</a></td></tr>'
        for i, t in enumerate(p.related)
    )
    nid = _n(p, "nid", 90000) + 10000
    vs = _b64ish(p, "vs", 360)
    return f'''{_html_open(p, '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">', ' xmlns="http://www.w3.org/1999/xhtml"')}
<head id="ctl00_Head1"><title>
	{e(p.title)} - {e(p.name)}
</title><link href="App_Themes/Default/Site.css" type="text/css" rel="stylesheet" /><meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" /></head>
<body>
    <form name="aspnetForm" method="post" action="./NewsDetail.aspx?NewsID={nid}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{vs}==" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d={_b64ish(p, "wr", 44)}&amp;t=638412345678901234" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{_hex(p, "vsg", 8).upper()}" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA{_b64ish(p, "ev", 80)}" />
</div>
    <div id="wrapper">
        <div id="ctl00_divHeader" class="header">
            <a id="ctl00_hlLogo" href="Default.aspx"><img id="ctl00_imgLogo" src="Images/logo.png" alt="{e(p.name)}" style="border-width:0px;" /></a>
            <span id="ctl00_lblToday" class="today">{e(p.date)}</span>
            <div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txtSearch" /><input type="submit" name="ctl00$btnSearch" value="{e(u["search"])}" id="ctl00_btnSearch" class="btn" /></div>
        </div>
        <div id="ctl00_pnlMenu" class="menu">
<ul>
{menu}
</ul>
</div>
        <div id="content">
            <div id="ctl00_ContentPlaceHolder1_pnlNews" class="newsDetail">
	<span id="{cp}_lblCategory" class="lblCategory">{e(p.section or u["news"])}</span><br />
    <h1><span id="{cp}_lblTitle" class="newsTitle">{e(p.title)}</span></h1>
    <span id="{cp}_lblDateCaption" class="lblCaption">{e(u["date"])}:</span> <span id="{cp}_lblDate" class="lblValue">{e(p.date)}</span>
    &nbsp;|&nbsp; <span id="{cp}_lblViewsCaption" class="lblCaption">{e(u["views"])}:</span> <span id="{cp}_lblViews" class="lblValue">{_n(p, "views", 9000) + 120}</span>
    {span_credit}
    {cap}
    <div class="newsBody"><span id="{cp}_lblBody">{body}</span></div>
    {end_credit}
    <div class="tools"><a id="{cp}_lnkPrint" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkPrint','')">{e(u["print"])}</a> | <a id="{cp}_lnkSend" href="SendToFriend.aspx?NewsID={nid}">{e(u["email"])}</a></div>
    <div class="related"><span id="{cp}_lblRelated" class="lblHeading">{e(u["related"])}</span>
    <div>
	<table cellspacing="0" border="0" id="{cp}_gvRelated" style="border-collapse:collapse;">
{rel}
	</table>
</div></div>
</div>
        </div>
        <div id="ctl00_divFooter" class="footer">
            <span id="ctl00_lblCopyright">&copy; 2027 {e(p.name)}</span> | <a id="ctl00_hlContact" href="Contact.aspx">{e(u["contact"])}</a> | <span id="ctl00_lblOnline">Online: {_n(p, "on", 300) + 12}</span>
        </div>
    </div>
    </form>
</body>
</html>
'''


# ---------------------------------------------------------------------------------------------
# 3. frameset (frames flattened by an archiver into one document)


def _frameset(p: Page) -> str:
    u = UI[p.lang]
    top = end = ""
    if p.credit:
        if p.slot == "top":
            top = "".join(f"<b>{e(c)}</b><br>\n" for c in p.credit)
        else:
            end = "".join(f'<p align="right"><i>{e(c)}</i></p>\n' for c in p.credit)
    paras = "\n".join(f"<p>{e(t)}</p>" for t in p.paras)
    cap = (
        f'<div align="center"><img src="../../photos/{_hex(p, "img", 6)}.jpg" width="300" height="200"><br><small>{e(p.caption)}</small></div>\n'
        if p.caption
        else ""
    )
    menu = "<br>\n".join(
        f'<a href="../../{k}.html" target="main">{e(u[k])}</a>'
        for k in ("home", "news", "local", "opinion", "archive", "contact")
    )
    rel = "\n".join(
        f'<li><a href="../{_n(p, t, 900) + 100}.html" target="main">{e(t)}</a></li>'
        for t in p.related
    )
    path = f"news/2027/0215/{_n(p, 'story', 9000) + 1000}.html"
    return f'''{_html_open(p, '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">')}
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(p.name)}</title>
<!-- saved from url=(0042)http://{e(p.host)}/index.html -->
<!-- frames of index.html flattened into one document: top=header.html, left=menu.html, main={path} -->
<style>.frame{{border:0;margin:0}}.frame-left{{float:left;width:160px}}.frame-main{{margin-left:170px}}</style>
</head>
<body>
<div class="frame frame-top" data-frame-name="top" data-frame-src="header.html">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#800000"><tr><td><img src="img/logo.gif" alt="{e(p.name)}" width="400" height="70"></td><td align="right"><font color="#FFFFFF" size="2">{e(p.date)}</font></td></tr></table>
</div>
<div class="frame frame-left" data-frame-name="left" data-frame-src="menu.html">
<font face="Tahoma" size="2">
{menu}
</font>
</div>
<div class="frame frame-main" data-frame-name="main" data-frame-src="{path}">
<table width="100%" cellpadding="6"><tr><td>
{top}<h2>{e(p.title)}</h2>
{cap}{paras}
{end}<hr>
<p><b>{e(u["related"])}</b></p>
<ul>
{rel}
</ul>
<p><a href="../../index.html" target="_top">{e(u["home"])}</a> | <a href="javascript:history.back()">{e(u["back"])}</a></p>
</td></tr></table>
</div>
<noframes>
<p>This page uses frames, but your browser doesn't support them. <a href="{path}">{e(p.title)}</a></p>
</noframes>
</body>
</html>
'''


# ---------------------------------------------------------------------------------------------
# 4. epaper text view


def _epaper(p: Page) -> str:
    u = UI[p.lang]
    header = end = ""
    if p.credit:
        if p.slot == "header":
            header = "".join(f'<div class="ep-pagehead">{e(c)}</div>\n' for c in p.credit)
        else:
            end = "".join(f'<p class="ep-note">{e(c)}</p>\n' for c in p.credit)
    pg = _n(p, "page", 8) + 2
    paras = "\n".join(f'<p class="ep-para">{e(t)}</p>' for t in p.paras)
    thumbs = "\n".join(
        f'<a class="ep-thumb{" active" if i == pg else ""}" href="?pg={i}"><img src="/ep/thumb/20270215/{i}.jpg" alt="{e(u["page"])} {i}"><span>{i}</span></a>'
        for i in range(1, 13)
    )
    clips = "\n".join(
        f'<li><a href="?pg={pg}&amp;art={j}">{e(t)}</a></li>' for j, t in enumerate(p.related, 2)
    )
    cap = (
        f'<figure class="ep-photo"><img src="/ep/crop/20270215/{pg}_{_hex(p, "img", 5)}.jpg" alt=""><figcaption>{e(p.caption)}</figcaption></figure>\n'
        if p.caption
        else ""
    )
    return f"""{_html_open(p)}
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p.title)} | ePaper</title>
<link rel="stylesheet" href="/ep/assets/viewer.css?v=4.2.1">
<script>window.__EP__={{"edition":"main","date":"2027-02-15","page":{pg},"mode":"text"}};</script>
</head>
<body class="ep-textview">
<header class="ep-top">
<a class="ep-brand" href="/ep/"><img src="/ep/assets/brand.png" alt="ePaper"></a>
<form class="ep-nav" action="/ep/view" method="get">
<label>Edition <select name="ed"><option selected>Main</option><option>City</option></select></label>
<label>{e(u["date"])} <input type="date" name="d" value="2027-02-15"></label>
</form>
<nav class="ep-modes"><a href="?mode=page&amp;pg={pg}">Page view</a> <a class="on" href="?mode=text&amp;pg={pg}">Text view</a> <a href="/ep/clip?pg={pg}">Clip</a> <a href="/ep/pdf/20270215_{pg}.pdf">PDF</a></nav>
</header>
<main class="ep-main">
{header}<article class="ep-article" id="art_{pg}_1">
<h2 class="ep-headline">{e(p.title)}</h2>
{cap}<div class="ep-body">
{paras}
</div>
{end}</article>
<aside class="ep-clips"><h3>{e(u["related"])}</h3><ul>
{clips}
</ul></aside>
</main>
<nav class="ep-thumbs">
{thumbs}
</nav>
<footer class="ep-foot"><a href="/ep/subscribe">{e(u["subscribe"])}</a> · <a href="/ep/help">Help</a> · Powered by PageFlip ePaper Suite</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 5. mobile (m. subdomain)


def _mobile(p: Page) -> str:
    u = UI[p.lang]
    top = end = ""
    if p.credit:
        if p.slot == "top":
            top = "".join(
                f'<div class="m-credit"><strong>{e(c)}</strong></div>\n' for c in p.credit
            )
        else:
            end = "".join(f'<p class="m-source"><small>{e(c)}</small></p>\n' for c in p.credit)
    paras = "\n".join(f"<p>{e(t)}</p>" for t in p.paras)
    half = max(2, len(p.paras) // 2)
    paras_a = "\n".join(f"<p>{e(t)}</p>" for t in p.paras[:half])
    paras_b = "\n".join(f"<p>{e(t)}</p>" for t in p.paras[half:])
    del paras
    cap = (
        f'<figure class="m-fig"><amp-img layout="responsive" width="4" height="3" src="https://{e(p.host)}/i/{_hex(p, "img", 10)}_m.jpg"></amp-img><figcaption>{e(p.caption)}</figcaption></figure>\n'
        if p.caption
        else ""
    )
    rel = "\n".join(
        f'<li><a href="/a/{_n(p, t, 900000) + 100000}">{e(t)}</a></li>' for t in p.related
    )
    full = p.host[2:] if p.host.startswith("m.") else p.host
    return f'''{_html_open(p)}
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{e(p.title)}</title>
<link rel="canonical" href="https://www.{e(full)}/">
<meta name="apple-mobile-web-app-capable" content="yes">
<link rel="stylesheet" href="/static/m/app.min.css?20270110">
</head>
<body class="m-article">
<header class="m-header"><button class="m-burger" aria-label="menu">&#9776;</button><a class="m-logo" href="/"><img src="/static/m/logo.svg" alt="{e(p.name)}" height="28"></a><a class="m-search" href="/search" aria-label="{e(u["search"])}">&#128269;</a></header>
<nav class="m-drawer" hidden>
<a href="/">{e(u["home"])}</a>
<a href="/news">{e(u["news"])}</a>
<a href="/local">{e(u["local"])}</a>
<a href="/sport">{e(u["sport"])}</a>
</nav>
<main>
{top}<h1 class="m-title">{e(p.title)}</h1>
<div class="m-meta"><time datetime="2027-02-15">{e(p.date)}</time></div>
{cap}<div class="m-body">
{paras_a}
<div class="m-ad"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-{_n(p, "ad", 10**15):015d}" data-ad-slot="{_n(p, "slot", 10**9)}" data-ad-format="auto"></ins></div>
{paras_b}
</div>
{end}<div class="m-share"><a class="wa" href="whatsapp://send?text={e(p.url)}">WhatsApp</a> <a class="fb" href="https://www.facebook.com/sharer.php?u={e(p.url)}">Facebook</a> <a class="x" href="https://x.com/intent/post?url={e(p.url)}">X</a></div>
<section class="m-related"><h2>{e(u["related"])}</h2><ul>
{rel}
</ul></section>
</main>
<footer class="m-footer"><a href="https://www.{e(full)}/?nomobile=1">{e(u["full"])}</a> · <a href="/contact">{e(u["contact"])}</a><br>&copy; 2027 {e(p.name)}</footer>
<div class="m-sticky-ad"><ins class="adsbygoogle" data-ad-slot="{_n(p, "slot2", 10**9)}"></ins><button class="close">&times;</button></div>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
</body>
</html>
'''


# ---------------------------------------------------------------------------------------------
# 6. lite (text-only edition)


def _lite(p: Page) -> str:
    u = UI[p.lang]
    paras = "\n".join(f"<p>{e(t)}</p>" for t in p.paras)
    hr = end = ""
    if p.credit:
        if p.slot == "hr":
            hr = "<hr>\n" + "".join(f"<p>{e(c)}</p>\n" for c in p.credit)
        else:
            end = "".join(f"<p><small>{e(c)}</small></p>\n" for c in p.credit)
    cap = f"<p>[{e(p.caption)}]</p>\n" if p.caption else ""
    rel = "\n".join(
        f'<li><a href="/text/{_n(p, t, 90000) + 10000}">{e(t)}</a></li>' for t in p.related
    )
    return f"""{_html_open(p)}
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{e(p.title)} - {e(p.name)} (text)</title>
</head>
<body>
<p><a href="/text/">{e(p.name)}</a> | <a href="https://{e(p.host.split(".", 1)[1])}/">{e(u["full"])}</a></p>
<hr>
<h1>{e(p.title)}</h1>
<p>{e(p.date)}</p>
{cap}{paras}
{end}{hr}<hr>
<p><b>{e(u["latest"])}</b></p>
<ul>
{rel}
</ul>
<hr>
<p><a href="#">{e(u["top"])}</a> | <a href="/text/">{e(u["home"])}</a> | <a href="/text/contact">{e(u["contact"])}</a></p>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 7. gsites (Google-Sites-like community page)


def _gsites(p: Page) -> str:
    u = UI[p.lang]
    d = ' dir="auto"'
    blocks = "\n".join(
        f'<div class="tyJCtd mGzaTb Depvyb baZpAe"><p class="zfr3Q CDt4Ke"{d}><span class="C9DxTc">{e(t)}</span></p></div>'
        for t in p.paras
    )
    hr = ""
    if p.credit:
        hr = (
            '<div class="oKdM2c ZZyype"><div class="hJDwNd-AhqUyc-uQSCkd"><hr class="YJ4Syc"></div></div>\n'
            + "".join(
                f'<div class="tyJCtd mGzaTb Depvyb baZpAe"><p class="zfr3Q CDt4Ke"{d}><span class="C9DxTc" style="font-style: italic;">{e(c)}</span></p></div>\n'
                for c in p.credit
            )
        )
    cap = (
        f'<div class="t3iYD"><img src="https://lh{_n(p, "lh", 6) + 3}.googleusercontent.com/{_b64ish(p, "lh", 40)}=w1280" class="CENy8b" role="img"></div><div class="tyJCtd mGzaTb Depvyb baZpAe"><p class="zfr3Q CDt4Ke"><span class="C9DxTc" style="font-size: 10pt;">{e(p.caption)}</span></p></div>\n'
        if p.caption
        else ""
    )
    nav = "\n".join(
        f'<li class="VsJjtf"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/view/{e(p.site.split(".")[0])}/{k}">{e(u[k])}</a></li>'
        for k in ("home", "news", "contact")
    )
    return f'''{_html_open(p, extra=' itemscope itemtype="http://schema.org/WebPage"')}
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p.name)} - {e(p.title)}</title>
<meta property="og:title" content="{e(p.title)}">
<link rel="stylesheet" href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.{_hex(p, "ss", 8)}.L.W.O/d=1/rs=AGEqA5n.css">
<script nonce="{_b64ish(p, "nonce", 22)}">_at_config = [null,null,null,null,null,null,null,null,null,null,null,null,null,null,"SITES_{_n(p, "sid", 10**9)}",null,null,null,null,null,null,null,null,null,null,null,null,null,0,0];</script>
</head>
<body>
<div class="UtePc RCETm" role="banner"><div class="BbxBP HP6J1d K5Zlne"><a class="Zjiec" href="/view/{e(p.site.split(".")[0])}/home"><span class="QTKDff">{e(p.name)}</span></a>
<nav><ul class="jYxBte Fpy8Db">
{nav}
</ul></nav></div></div>
<div role="main" tabindex="-1" class="UtePc RCETm SSPGKf">
<section id="h.{_hex(p, "sec", 20)}" class="yaqOZd LB7kq nyKByd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me">
<div class="tyJCtd mGzaTb Depvyb baZpAe"><h1 id="h.{_hex(p, "h1", 13)}" dir="auto" class="zfr3Q duRjpb CDt4Ke"><span class="C9DxTc">{e(p.title)}</span></h1></div>
<div class="tyJCtd mGzaTb Depvyb baZpAe"><p class="zfr3Q CDt4Ke"><span class="C9DxTc" style="color: #666666;">{e(p.date)}</span></p></div>
{cap}{blocks}
{hr}</div></div></div></div></div></div></div></section>
</div>
<div class="dZA9kd ynRLnc" data-last-updated-at-time="1802649600000"><div class="LqzjUe ynRLnc"><a class="Ms2Ysd" href="https://www.google.com/recaptcha">Report abuse</a><span class="zXLbd">Page details</span><span class="I6A8xd">Page updated</span></div><div class="BuY5Fd"><a class="dKgTJd" href="https://sites.google.com/new">Google Sites</a></div></div>
</body>
</html>
'''


# ---------------------------------------------------------------------------------------------
# 8. wix (Wix-like community page)


def _wix(p: Page) -> str:
    u = UI[p.lang]

    def comp(salt: str) -> str:
        return "comp-" + _b64ish(p, salt, 8).lower().replace("+", "a").replace("/", "b")

    blocks = "\n".join(
        f'<p class="font_8 wixui-rich-text__text" style="line-height:1.6em;"><span class="wixui-rich-text__text">{e(t)}</span></p>'
        for t in p.paras
    )
    logo = end = ""
    if p.credit:
        if p.slot == "logo":
            logo = (
                f'<div id="{comp("logo")}" class="BaOVQ8 tz5f0K wixui-rich-text" data-testid="richTextElement">'
                + "".join(
                    f'<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">{e(c)}</span></p>'
                    for c in p.credit
                )
                + f'</div>\n<div id="{comp("logoimg")}" class="j7pOnl"><wix-image class="HlRz5e BI8PVQ" data-image-info=\'{{"containerId":"{comp("logoimg")}","alignType":"center","displayMode":"fit"}}\'><img src="https://static.wixstatic.com/media/{_hex(p, "logo", 6)}_{_hex(p, "logo2", 32)}~mv2.png/v1/fill/w_180,h_60,al_c,q_85/logo.png" alt="{e(p.logo)}" title="{e(p.logo)}" style="width:180px;height:60px;object-fit:contain"></wix-image></div>\n'
            )
        else:
            end = (
                f'<div id="{comp("cred")}" class="BaOVQ8 tz5f0K wixui-rich-text" data-testid="richTextElement">'
                + "".join(
                    f'<p class="font_9 wixui-rich-text__text"><span style="font-style:italic;" class="wixui-rich-text__text">{e(c)}</span></p>'
                    for c in p.credit
                )
                + "</div>\n"
            )
    cap = (
        f'<div id="{comp("img")}" class="MazNVa wixui-image"><wix-image class="HlRz5e"><img src="https://static.wixstatic.com/media/{_hex(p, "im", 6)}_{_hex(p, "im2", 32)}~mv2.jpg/v1/fill/w_740,h_420,al_c,q_85/photo.jpg" alt="" style="width:740px;height:420px;object-fit:cover"></wix-image></div>\n<div id="{comp("capt")}" class="BaOVQ8 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">{e(p.caption)}</span></p></div>\n'
        if p.caption
        else ""
    )
    menu = "".join(
        f'<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://{e(p.host)}/{k}" class="UiHgGh"><div class="gIbEBg"><p class="wixui-dropdown-menu__item">{e(u[k])}</p></div></a></li>'
        for k in ("home", "news", "about", "contact")
    )
    menu = menu.replace("</li><li", "</li>\n<li")
    return f'''{_html_open(p)}
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>{e(p.title)} | {e(p.name)}</title>
<meta property="og:site_name" content="{e(p.name)}">
<script type="application/json" id="wix-viewer-model">{{"siteFeatures":["dynamicPages","seo","tpaCommons"],"site":{{"metaSiteId":"{_hex(p, "msid", 8)}-{_hex(p, "msid2", 4)}-{_hex(p, "msid3", 4)}-{_hex(p, "msid4", 4)}-{_hex(p, "msid5", 12)}","isResponsive":false}},"language":"{p.lang}"}}</script>
</head>
<body class="">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="_C0cVf">
<div id="{comp("hdr")}" class="BaOVQ8 wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">{e(p.name)}</span></h2></div>
<nav id="{comp("menu")}" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="itemsContainer">
{menu}
</ul></nav>
</div></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="JsJXaX"><section id="{comp("sect")}" class="Oqnisf wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="{comp("ttl")}" class="BaOVQ8 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">{e(p.title)}</span></h1></div>
<div id="{comp("date")}" class="BaOVQ8 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text"><span style="color:#7F7F7F;" class="wixui-rich-text__text">{e(p.date)}</span></p></div>
{cap}<div id="{comp("body")}" class="BaOVQ8 tz5f0K wixui-rich-text" data-testid="richTextElement">
{blocks}
</div>
{logo}{end}<div id="{comp("share")}" class="wixui-social-bar"><ul aria-label="Social Bar"><li><a href="https://www.facebook.com/" target="_blank"><img alt="Facebook" src="https://static.wixstatic.com/media/0fdef751204647a3bbd7eaa2827ed4f9.png"></a></li><li><a href="https://wa.me/" target="_blank"><img alt="WhatsApp" src="https://static.wixstatic.com/media/wa.png"></a></li></ul></div>
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div id="{comp("ftr")}" class="BaOVQ8 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">© 2027 by {e(p.name)}. Proudly created with Wix.com</span></p></div></footer>
</div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.0f0b5c3e.bundle.min.js" async></script>
</body>
</html>
'''


# ---------------------------------------------------------------------------------------------
# 9. newsletter (Mailchimp-like campaign archive)


def _newsletter(p: Page) -> str:
    u = UI[p.lang]
    pst = (
        "margin: 10px 0;padding: 0;color: #202020;font-family: Helvetica;font-size: 16px;line-height: 150%;text-align: left;"
        if p.lang not in RTL
        else "margin: 10px 0;padding: 0;color: #202020;font-size: 16px;line-height: 150%;text-align: right;"
    )
    paras = "\n".join(f'<p style="{pst}">{e(t)}</p>' for t in p.paras)
    sig = end = ""
    if p.credit:
        if p.slot == "sig":
            sig = '<p style="' + pst + '">' + "<br>\n".join(e(c) for c in p.credit) + "</p>\n"
        else:
            end = "".join(f'<p style="{pst}"><em>{e(c)}</em></p>\n' for c in p.credit)
    cap = (
        f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody class="mcnImageBlockOuter"><tr><td valign="top" style="padding:9px" class="mcnImageBlockInner"><img align="center" alt="" src="https://mcusercontent.com/{_hex(p, "mcu", 25)}/images/{_hex(p, "mci", 8)}.jpg" width="564" style="max-width:1200px;padding-bottom:0;display:inline !important;vertical-align:bottom;" class="mcnImage"></td></tr><tr><td class="mcnCaptionBottomContent" style="padding:0 9px;font-size:12px;color:#656565;">{e(p.caption)}</td></tr></tbody></table>\n'
        if p.caption
        else ""
    )
    rel = "".join(f"<li>{e(t)}</li>" for t in p.related)
    return f'''{_html_open(p, extra=' xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')}
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p.title)}</title>
<meta property="og:title" content="{e(p.title)}">
<meta property="og:description" content="{e(p.name)}">
<style type="text/css">p{{margin:10px 0;padding:0;}}table{{border-collapse:collapse;}}#bodyTable{{background-color:#FAFAFA;}}.mcnTextContent{{word-break:break-word;}}#awesomewrap{{position:fixed;top:0;width:100%;}}</style>
<script type="text/javascript">var w=window; if(w.performance||w.mozPerformance||w.msPerformance||w.webkitPerformance){{var d=document;}}</script>
</head>
<body>
<div id="awesomewrap"><div id="awesomebar"><ul id="awesomeshare"><li class="first"><a href="https://{e(p.host)}/subscribe?u={_hex(p, "u", 25)}&amp;id={_hex(p, "lid", 10)}">{e(u["subscribe"])}</a></li><li><a href="https://{e(p.host)}/home/?u={_hex(p, "u", 25)}&amp;id={_hex(p, "lid", 10)}">Past Issues</a></li><li><a href="#" class="translate">Translate</a></li><li class="last"><a href="https://{e(p.host)}/feed?u={_hex(p, "u", 25)}&amp;id={_hex(p, "lid", 10)}">RSS</a></li></ul></div></div>
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">
<tr><td align="center" valign="top" id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner"><table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;font-size:12px;"><a href="https://{e(p.host)}/?u={_hex(p, "u", 25)}&amp;id={_hex(p, "cid", 10)}" target="_blank">View this email in your browser</a></td></tr></tbody></table></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody class="mcnImageBlockOuter"><tr><td valign="top" class="mcnImageBlockInner"><img align="center" alt="{e(p.name)}" src="https://mcusercontent.com/{_hex(p, "mcu", 25)}/images/header.png" width="600" class="mcnImage"></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%;min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr>
<td valign="top" class="mcnTextContent" style="padding-top:0;padding-right:18px;padding-bottom:9px;padding-left:18px;">
<h1>{e(p.title)}</h1>
<p style="{pst}color:#656565;font-size:13px;">{e(p.date)}</p>
{cap}{paras}
{end}{sig}</td>
</tr></tbody></table></td></tr></tbody></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;"><h3>{e(u["latest"])}</h3><ul>{rel}</ul></td></tr></tbody></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock"><tbody class="mcnFollowBlockOuter"><tr><td align="center" valign="top" style="padding:9px" class="mcnFollowBlockInner"><a href="https://www.facebook.com/" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-facebook-48.png" alt="Facebook" style="display:block;" height="24" width="24" class=""></a></td></tr></tbody></table>
</td></tr>
<tr><td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;color:#656565;font-size:12px;line-height:150%;text-align:center;">
<em>Copyright © 2027 {e(p.name)}, All rights reserved.</em><br>
You are receiving this email because you signed up on our website.<br>
<br>
<strong>Our mailing address is:</strong><br>
<div class="vcard"><span class="org fn">{e(p.name)}</span><div class="adr"><div class="street-address">PO Box {_n(p, "pob", 900) + 100}</div></div></div>
<br>
Want to change how you receive these emails?<br>
You can <a href="https://{e(p.host)}/profile?u={_hex(p, "u", 25)}">update your preferences</a> or <a href="https://{e(p.host)}/unsubscribe?u={_hex(p, "u", 25)}">unsubscribe from this list</a>.
</td></tr></tbody></table></td></tr>
</table>
</td></tr>
</table>
</center>
<script src="https://{e(p.host)}/js/archive.js"></script>
</body>
</html>
'''


# ---------------------------------------------------------------------------------------------
# 10. forum (phpBB-like bulletin board)

_FORUM_USERS = (
    "islandboy77",
    "kaveka_m",
    "senior_reader",
    "dustydriver",
    "LakeWatcher",
    "old_hand",
    "mamatuni",
    "coastie_22",
    "night_owl_99",
    "bluewater",
)
_FORUM_REPLIES = {
    "en": (
        "Thanks for posting this.",
        "Same story every year, nothing changes.",
        "Does anyone know if the road is open yet?",
    ),
    "ar": ("شكراً على النقل.", "نفس المشكلة كل سنة.", "هل من جديد اليوم؟"),
    "fr": (
        "Merci pour le partage.",
        "Toujours la même histoire chaque année.",
        "Quelqu'un a des nouvelles de ce matin ?",
    ),
    "zh": ("感謝分享。", "每年都一樣，沒有改變。", "請問今天有最新消息嗎？"),
    "ja": (
        "共有ありがとうございます。",
        "毎年同じことの繰り返しですね。",
        "今日は何か新しい情報ありますか？",
    ),
    "id": ("Makasih infonya gan.", "Tiap tahun begini terus.", "Ada update hari ini?"),
    "tr": ("Paylaşım için teşekkürler.", "Her yıl aynı hikaye.", "Bugün yeni bir gelişme var mı?"),
    "hi": ("जानकारी के लिए धन्यवाद।", "हर साल यही हाल होता है।", "आज कोई नई खबर है क्या?"),
    "fa": ("ممنون از اشتراک.", "هر سال همین داستان است.", "کسی خبر تازه‌ای دارد؟"),
    "vi": ("Cảm ơn bạn đã chia sẻ.", "Năm nào cũng vậy.", "Hôm nay có tin gì mới không?"),
    "ur": ("شیئر کرنے کا شکریہ۔", "ہر سال یہی حال ہوتا ہے۔", "آج کوئی نئی خبر ہے؟"),
    "bn": ("শেয়ার করার জন্য ধন্যবাদ।", "প্রতি বছর একই অবস্থা।", "আজ নতুন কোনো খবর আছে?"),
    "sw": ("Asante kwa taarifa.", "Kila mwaka ni hadithi ile ile.", "Kuna habari mpya leo?"),
}


def _forum(p: Page) -> str:
    u = UI[p.lang]
    k = _n(p, "user", len(_FORUM_USERS))
    poster = _FORUM_USERS[k]
    top = end = ""
    if p.credit:
        if p.slot == "top":
            top = "".join(f"<strong>{e(c)}</strong><br>\n" for c in p.credit) + "<br>\n"
        else:
            end = "<br>\n" + "<br>\n".join(e(c) for c in p.credit) + "\n"
    cap = (
        f'<img src="https://i.imgur.com/{_b64ish(p, "imgur", 7).replace("+", "x").replace("/", "y")}.jpg" class="postimage" alt="Image"><br>\n<span style="font-size: 85%; line-height: normal">{e(p.caption)}</span><br><br>\n'
        if p.caption
        else ""
    )
    body = "<br><br>\n".join(e(t) for t in p.paras)
    pid = _n(p, "pid", 900000) + 100000
    replies = []
    for i, r in enumerate(_FORUM_REPLIES[p.lang]):
        who = _FORUM_USERS[(k + i + 1) % len(_FORUM_USERS)]
        replies.append(f"""<div id="p{pid + i + 1}" class="post has-profile {"bg1" if i % 2 == 0 else "bg2"}">
<div class="inner"><dl class="postprofile" id="profile{pid + i + 1}"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u={_n(p, who, 9000)}" class="username">{who}</a></dt>
<dd><strong>Posts:</strong> {_n(p, who + "n", 3000) + 12}</dd></dl>
<div class="postbody"><div id="post_content{pid + i + 1}"><h3><a href="#p{pid + i + 1}">Re: {e(p.title)}</a></h3>
<p class="author"><a class="unread" href="./viewtopic.php?p={pid + i + 1}#p{pid + i + 1}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i></a> <span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u={_n(p, who, 9000)}" class="username">{who}</a></strong> &raquo; </span>{e(p.date)}</p>
<div class="content">{e(r)}</div></div></div></div></div>
<hr class="divider">""")
    rel = "\n".join(
        f'<li class="row"><a href="./viewtopic.php?t={_n(p, t, 90000)}" class="topictitle">{e(t)}</a></li>'
        for t in p.related
    )
    return f'''{_html_open(p)}
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p.title)} - {e(p.name)}</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="{e(u["home"])}"><span class="site_logo"></span></a><h1>{e(p.name)}</h1>
<p>Discussion board</p></div></div></div>
<div class="navbar" role="navigation"><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb"><a href="./index.php" itemprop="item"><span itemprop="name">Board index</span></a></span> <span class="crumb"><a href="./viewforum.php?f={_n(p, "f", 40) + 2}"><span>{e(p.section or u["news"])}</span></a></span></li></ul></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t={pid // 7}">{e(p.title)}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t={pid // 7}" class="button" title="Post a reply"><span>Post Reply</span></a><div class="pagination">{len(replies) + 1} posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
<div id="p{pid}" class="post has-profile bg2">
<div class="inner"><dl class="postprofile" id="profile{pid}"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u={_n(p, poster, 9000)}" class="username-coloured" style="color: #00AA00;">{poster}</a></dt>
<dd class="profile-rank">Moderator</dd>
<dd class="profile-posts"><strong>Posts:</strong> {_n(p, "posts", 20000) + 800}</dd>
<dd class="profile-joined"><strong>Joined:</strong> Mar 2011</dd></dl>
<div class="postbody"><div id="post_content{pid}"><h3 class="first"><a href="#p{pid}">{e(p.title)}</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u={_n(p, poster, 9000)}" class="username-coloured" style="color: #00AA00;">{poster}</a></strong> &raquo; </span>{e(p.date)}</p>
<div class="content">{top}{cap}{body}
{end}</div>
</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">{e(u["top"])}</a></div></div></div>
<hr class="divider">
{chr(10).join(replies)}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t={pid // 7}" class="button"><span>Post Reply</span></a></div>
<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header">Similar topics</li></ul><ul class="topiclist topics">
{rel}
</ul></div></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</div></div>
</div>
</body>
</html>
'''


# ---------------------------------------------------------------------------------------------
# 11. pdfexport (pdf2htmlEX-like: one line a positioned div)


def _wrap(text: str, width: int, cjk: bool) -> list[str]:
    if cjk:
        return [text[i : i + width] for i in range(0, len(text), width)]
    lines: list[str] = []
    cur = ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def _pdfexport(p: Page) -> str:
    cjk = p.lang in CJK
    width = 24 if cjk else 58
    sep = "" if cjk else "\n"
    groups: list[list[str]] = []  # a paragraph's lines, or one line of a heading, caption or credit
    y = [120]

    def line(text: str, cls: str, x: int = 72, step: int = 17, new: bool = True) -> None:
        n = sum(len(g) for g in groups) + 1
        div = f'<div class="t m0 x{1 + (x // 100)} h{2 if cls == "body" else 4} y{n:x} ff{1 if cls == "body" else 2} fs{0 if cls == "body" else 3} fc0 sc0 ls0 ws0" style="left:{x}px;bottom:{1100 - y[0]}px">{e(text)}</div>'
        if new or not groups:
            groups.append([div])
        else:
            groups[-1].append(div)
        y[0] += step

    if p.credit and p.slot == "header":
        for c in p.credit:
            line(c, "head", 72, 30)
    else:
        line(p.name, "head", 72, 30)
    line(p.date, "head", 560, 24)
    for i, t in enumerate(_wrap(p.title, 16 if cjk else 34, cjk)):
        line(t, "title", 72, 34, new=i == 0 or not cjk)
    if p.caption:
        line(p.caption, "head", 72, 22)
    for para in p.paras:
        for i, ln in enumerate(_wrap(para, width, cjk)):
            line(ln, "body", new=i == 0 or not cjk)
        y[0] += 6
    if p.credit and p.slot != "header":
        for c in p.credit:
            line(c, "body", 300)
    divs = [sep.join(g) for g in groups]
    pages = (
        '<div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0"><img class="bi x0 y0 w1 h1" alt="" src="bg1.png"/>\n'
        + "\n".join(divs)
        + '\n</div><div class="pi" data-data=\'{"ctm":[1.500000,0.000000,0.000000,1.500000,0.000000,0.000000]}\'></div></div>'
    )
    return f"""{_html_open(p)}
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<title>{e(p.title)}</title>
<style type="text/css">
.pf{{position:relative;background-color:white;overflow:hidden;margin:0;border:0;}}
.pc{{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;transform-origin:0% 0%;}}
.t{{position:absolute;white-space:pre;font-size:1px;transform-origin:0% 100%;unicode-bidi:bidi-override;-webkit-font-feature-settings:"liga" 0;}}
.ff1{{font-family:ff1;line-height:0.938;font-style:normal;font-weight:normal;visibility:visible;}}
.ff2{{font-family:ff2;line-height:1.012;font-style:normal;font-weight:bold;visibility:visible;}}
.fs0{{font-size:36.000000px;}}.fs3{{font-size:54.000000px;}}
.w0{{width:918.000000px;}}.h0{{height:1188.000000px;}}
</style>
<script>try{{pdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({{}});}}catch(e){{}}</script>
</head>
<body>
<div id="sidebar"><div id="outline"></div></div>
<div id="page-container">
{pages}
</div>
<div class="loading-indicator"><img alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="/></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 12. print (a print-friendly page)


def _print(p: Page) -> str:
    u = UI[p.lang]
    top = cell = ""
    if p.credit:
        if p.slot == "top":
            logo = (
                f'<img src="/print/logo-partner.png" alt="{e(p.logo)}" height="24"> '
                if p.logo
                else ""
            )
            top = "".join(
                f'<p class="print-credit">{logo}<strong>{e(c)}</strong></p>\n' for c in p.credit
            )
        else:
            rows = []
            for c in p.credit:
                sp = split_label(c)
                if sp:
                    rows.append(
                        f"<tr><th>{e(sp[0])}</th>{chr(10) if sp[1] else ''}<td>{e(sp[2])}</td></tr>"
                    )
                else:
                    rows.append(f'<tr><td colspan="2">{e(c)}</td></tr>')
            cell = '<table class="print-meta">\n' + "\n".join(rows) + "\n</table>\n"
    paras = "\n".join(f"<p>{e(t)}</p>" for t in p.paras)
    cap = (
        f'<div class="print-img"><img src="/uploads/2027/02/{_hex(p, "img", 10)}-600x400.jpg" alt=""><p class="wp-caption-text">{e(p.caption)}</p></div>\n'
        if p.caption
        else ""
    )
    return f'''{_html_open(p)}
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<title>{e(p.name)} &raquo; {e(p.title)} &raquo; Print</title>
<link rel="canonical" href="{e(p.url.replace("/print/", "/"))}">
<style>body{{font-family:Georgia,serif;font-size:12pt;margin:2em}}#print-header a,#print-links{{font-family:Arial,sans-serif;font-size:9pt}}@media print{{#print-header,.noprint{{display:none}}}}</style>
</head>
<body onload="window.print();">
<div id="print-header" class="noprint"><a href="javascript:window.print()">{e(u["print"])}</a> | <a href="javascript:window.close()">{e(u["close"])}</a></div>
<p id="print-logo"><img src="/wp-content/themes/news/images/logo-print.png" alt="{e(p.name)}"></p>
<div id="Post">
{top}<p id="BlogTitle">{e(p.title)}</p>
<p id="BlogDate">{e(u["posted"])}: {e(p.date)}</p>
{cell}{cap}<div id="BlogContent">
{paras}
</div>
</div>
<hr class="Divider" style="text-align: center;">
<p>Article printed from {e(p.name)}: <strong dir="ltr">https://{e(p.host)}</strong></p>
<p>URL to article: <strong dir="ltr">{e(p.url.replace("/print/", "/"))}</strong></p>
<p style="text-align: center;">Copyright &copy; 2027 {e(p.name)}. All rights reserved.</p>
</body>
</html>
'''


RENDER = {
    "oldstatic": _oldstatic,
    "webforms": _webforms,
    "frameset": _frameset,
    "epaper": _epaper,
    "mobile": _mobile,
    "lite": _lite,
    "gsites": _gsites,
    "wix": _wix,
    "newsletter": _newsletter,
    "forum": _forum,
    "pdfexport": _pdfexport,
    "print": _print,
}
FAMILIES = tuple(RENDER)


def render_page(p: Page) -> str:
    return RENDER[p.fam](p)

# ruff: noqa: E501, RUF001  (data: one site or page a call, credit and mention wordings verbatim)
"""Data of the thirty-fourth blind set: sites (institutions, public broadcasters, community
radio, local TV) and the pages they carry. Prose is in `stories34.py`, templates in
`chrome34.py`. All names of people, figures and quotations are invented; outlets named in
credits, mentions and captions are real or invented as each case's note says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# --------------------------------------------------------------------------- site furniture
NAV = {
    ("govpress", "en"): ["News", "Publications", "Services", "About us", "Contact"],
    ("govpress", "ru"): ["Новости", "Документы", "Правительство", "Обращения граждан", "Контакты"],
    ("govpress", "zh"): ["首页", "政务公开", "新闻中心", "政策文件", "办事服务", "互动交流"],
    ("govpress", "ko"): ["군정소식", "보도자료", "고시공고", "민원안내", "군청안내"],
    ("municipal", "en"): ["Residents", "Business", "Visitors", "Your Council", "News Flash"],
    ("municipal", "de"): ["Bürgerservice", "Rathaus", "Wirtschaft", "Tourismus", "Pressemitteilungen"],
    ("municipal", "fr"): ["Ma mairie", "Vie pratique", "Culture et loisirs", "Actualités", "Démarches"],
    ("municipal", "it"): ["Amministrazione", "Servizi", "Novità", "Vivere il Comune", "Albo pretorio"],
    ("municipal", "pl"): ["Gmina", "Urząd", "Aktualności", "Turystyka", "BIP"],
    ("municipal", "nl"): ["Inwoners", "Ondernemers", "Bestuur", "Nieuws", "Afval"],
    ("municipal", "cs"): ["Obec", "Úřad", "Aktuality", "Turistika", "Úřední deska"],
    ("municipal", "hu"): ["Önkormányzat", "Ügyintézés", "Hírek", "Turizmus", "Hirdetmények"],
    ("municipal", "ro"): ["Primăria", "Consiliul local", "Noutăți", "Informații publice", "Turism"],
    ("municipal", "ru"): ["Администрация", "Новости", "Документы", "Благоустройство", "Приёмная"],
    ("municipal", "ja"): ["くらし・手続き", "子育て・教育", "健康・福祉", "観光・文化", "市政情報"],
    ("municipal", "zh"): ["首页", "政务动态", "乡镇动态", "政府信息公开", "政民互动"],
    ("uninews", "en"): ["Latest news", "In the news", "Research stories", "Media enquiries", "Experts"],
    ("uninews", "de"): ["Aktuelles", "Pressemitteilungen", "Pressespiegel", "Expertinnen und Experten", "Kontakt"],
    ("uninews", "fr"): ["Actualités", "Communiqués", "Revue de presse", "Nos experts", "Contact presse"],
    ("uninews", "it"): ["Notizie", "Comunicati stampa", "Rassegna stampa", "Eventi", "Ufficio stampa"],
    ("uninews", "nl"): ["Nieuws", "Persberichten", "In de media", "Experts", "Contact"],
    ("uninews", "ru"): ["Новости", "СМИ о нас", "Пресс-релизы", "Эксперты", "Пресс-служба"],
    ("uninews", "ja"): ["ニュース", "プレスリリース", "メディア掲載", "研究成果", "広報室"],
    ("uninews", "zh"): ["学校要闻", "媒体报道", "学术动态", "校园文化", "通知公告"],
    ("uninews", "am"): ["ዜና", "ምርምር", "ማስታወቂያዎች", "ዝግጅቶች", "ያግኙን"],
    ("ngo", "en"): ["Our work", "News", "Reports", "Get involved", "About"],
    ("ngo", "de"): ["Über uns", "Aktuelles", "Projekte", "Mitmachen", "Spenden"],
    ("ngo", "fr"): ["L'association", "Actualités", "Nos actions", "Adhérer", "Contact"],
    ("ngo", "it"): ["Chi siamo", "Notizie", "Progetti", "Sostienici", "Contatti"],
    ("ngo", "pl"): ["O nas", "Aktualności", "Projekty", "Wesprzyj", "Kontakt"],
    ("ngo", "nl"): ["Over ons", "Nieuws", "Projecten", "Word lid", "Contact"],
    ("ngo", "ru"): ["О нас", "Новости", "Проекты", "Помочь", "Контакты"],
    ("ngo", "ja"): ["会について", "お知らせ", "活動報告", "入会案内", "お問い合わせ"],
    ("ngo", "zh"): ["协会概况", "新闻动态", "保护项目", "志愿服务", "联系我们"],
    ("ngo", "ko"): ["단체소개", "소식", "활동", "후원하기", "오시는 길"],
    ("ngo", "cs"): ["O nás", "Aktuality", "Projekty", "Podpořte nás", "Kontakt"],
    ("ngo", "ro"): ["Despre noi", "Noutăți", "Proiecte", "Donează", "Contact"],
    ("ngo", "am"): ["ስለ እኛ", "ዜና", "ፕሮጀክቶች", "ይደግፉን", "ያግኙን"],
    ("diocese", "en"): ["News", "Parishes", "Bishop", "Schools", "Safeguarding"],
    ("diocese", "de"): ["Nachrichten", "Bistum", "Pfarreien", "Glaube", "Kontakt"],
    ("diocese", "fr"): ["Actualités", "Diocèse", "Paroisses", "Agenda", "Contact"],
    ("diocese", "it"): ["Attualità", "Diocesi", "Parrocchie", "Cultura", "Abbonamenti"],
    ("diocese", "pl"): ["Wiadomości", "Diecezja", "Parafie", "Duszpasterstwo", "Kontakt"],
    ("diocese", "hu"): ["Hírek", "Főegyházmegye", "Plébániák", "Liturgia", "Kapcsolat"],
    ("diocese", "ru"): ["Новости", "Епархия", "Приходы", "Расписание богослужений", "Контакты"],
    ("trade", "en"): ["About", "Membership", "Industry news", "Events", "Policy"],
    ("trade", "de"): ["Service", "Recht & Steuern", "Branchennews", "Veranstaltungen", "Mitgliedschaft"],
    ("trade", "fr"): ["La filière", "Actualités", "Adhérents", "Agenda", "Contact"],
    ("trade", "it"): ["Associazione", "Notizie di settore", "Servizi", "Formazione", "Contatti"],
    ("trade", "pl"): ["Zrzeszenie", "Aktualności branżowe", "Członkowie", "Szkolenia", "Kontakt"],
    ("trade", "nl"): ["Over ons", "Branchenieuws", "Leden", "Agenda", "Contact"],
    ("trade", "ru"): ["О палате", "Новости отрасли", "Услуги", "Члены палаты", "Контакты"],
    ("trade", "ja"): ["協会概要", "業界ニュース", "会員一覧", "イベント", "お問い合わせ"],
    ("trade", "zh"): ["协会简介", "行业资讯", "会员单位", "政策法规", "联系我们"],
    ("trade", "ko"): ["상의소개", "경제소식", "회원사", "교육", "문의"],
    ("trade", "hu"): ["Egyesület", "Ágazati hírek", "Tagok", "Események", "Kapcsolat"],
    ("trade", "ro"): ["Asociația", "Știri din domeniu", "Membri", "Evenimente", "Contact"],
    ("pubreg", "en"): ["Home", "News", "Sport", "Weather", "Radio", "TV"],
    ("pubreg", "de"): ["Nachrichten", "Politik", "Panorama", "Sport", "Kultur", "Wetter"],
    ("pubreg", "fr"): ["Info", "Société", "Environnement", "Sports", "Replay", "Météo"],
    ("pubreg", "it"): ["Notizie", "Edizioni", "Programmi", "Meteo", "Podcast"],
    ("pubreg", "pl"): ["Wiadomości", "Region", "Sport", "Program", "Wideo"],
    ("pubreg", "nl"): ["Nieuws", "Sport", "Verkeer", "Weer", "Programma's"],
    ("pubreg", "cs"): ["Zprávy", "Region", "Kultura", "Sport", "Pořady"],
    ("pubreg", "ro"): ["Știri", "Regional", "Emisiuni", "Video", "Program TV"],
    ("pubreg", "ru"): ["Новости", "Видео", "Программы", "Радио", "Телепрограмма"],
    ("pubreg", "ja"): ["ニュース", "天気", "防災", "番組", "ライブ"],
    ("pubreg", "zh"): ["新闻", "视频", "直播", "栏目", "广播"],
    ("pubreg", "ko"): ["뉴스", "지역뉴스", "날씨", "편성표", "다시보기"],
    ("commradio", "en"): ["Home", "News", "Shows", "Volunteer", "About"],
    ("commradio", "de"): ["Start", "Nachrichten", "Sendungen", "Mitmachen", "Über uns"],
    ("commradio", "fr"): ["Accueil", "Infos locales", "Émissions", "Podcasts", "L'association"],
    ("commradio", "it"): ["Home", "Notizie", "Programmi", "Podcast", "Chi siamo"],
    ("commradio", "pl"): ["Start", "Wiadomości", "Audycje", "Podcasty", "O radiu"],
    ("commradio", "nl"): ["Home", "Nieuws", "Programma's", "Uitzending gemist", "Vrijwilligers"],
    ("commradio", "ja"): ["ホーム", "ニュース", "番組表", "パーソナリティ", "局について"],
    ("commradio", "am"): ["መነሻ", "ዜና", "ፕሮግራሞች", "ቀጥታ", "ስለ እኛ"],
    ("localtv", "de"): ["Nachrichten", "Mediathek", "Sendungen", "Livestream", "Kontakt"],
    ("localtv", "fr"): ["Info", "Replay", "Émissions", "Direct", "Contact"],
    ("localtv", "it"): ["Tg", "Video", "Programmi", "Diretta", "Contatti"],
    ("localtv", "ru"): ["Новости", "Видео", "Программы", "Прямой эфир", "Контакты"],
    ("localtv", "ja"): ["ニュース", "番組", "アナウンサー", "イベント", "会社情報"],
    ("localtv", "zh"): ["新闻", "视频", "直播", "专题", "政务"],
    ("localtv", "ko"): ["뉴스", "프로그램", "다시보기", "생방송", "고객센터"],
    ("localtv", "cs"): ["Zprávy", "Videa", "Pořady", "Živě", "Kontakt"],
    ("localtv", "hu"): ["Hírek", "Videók", "Műsorok", "Élő adás", "Kapcsolat"],
}

LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("govpress", "en"): dict(kind="Press release", notes="Notes to editors", useful="Is this page useful?", yes="Yes", no="No"),
    ("govpress", "ru"): dict(kind="Новость", skip="Перейти к содержанию"),
    ("govpress", "zh"): dict(kind="政务动态", skip="跳过导航"),
    ("govpress", "ko"): dict(kind="보도자료", skip="본문 바로가기", useful="이 페이지에서 제공하는 정보에 만족하십니까?", yes="만족", no="불만족"),
    ("municipal", "en"): dict(return_="Return to full list", posted="Posted on", notify="Notify Me®", tools="Tools"),
    ("municipal", "de"): dict(kind="Pressemitteilung", office="Pressestelle"),
    ("municipal", "fr"): dict(kind="Actualité", office="Service communication"),
    ("municipal", "it"): dict(kind="Comunicato", office="Ufficio stampa"),
    ("municipal", "pl"): dict(kind="Aktualność", office="Referat promocji"),
    ("municipal", "nl"): dict(kind="Nieuwsbericht", office="Team communicatie"),
    ("municipal", "cs"): dict(kind="Aktualita", office="Obecní úřad"),
    ("municipal", "hu"): dict(kind="Hír", office="Polgármesteri Hivatal"),
    ("municipal", "ro"): dict(kind="Comunicat de presă", office="Biroul de presă"),
    ("municipal", "ru"): dict(kind="Новость", office="Пресс-служба"),
    ("municipal", "zh"): dict(kind="工作动态", office="县政府办公室"),
    ("uninews", "en"): dict(in_news="In the news", kind="News", orig="Read the original article", newsroom="Newsroom", media="Media contact"),
    ("uninews", "de"): dict(in_news="Pressespiegel", kind="Pressemitteilung", orig="Zum Originalartikel", newsroom="Presse und Kommunikation", study="Studium", research="Forschung", media="Pressekontakt"),
    ("uninews", "fr"): dict(in_news="Revue de presse", kind="Actualité", orig="Lire l'article original", newsroom="Espace presse", study="Formation", research="Recherche", media="Contact presse"),
    ("uninews", "it"): dict(in_news="Rassegna stampa", kind="Notizia", orig="Leggi l'articolo originale", newsroom="Ufficio stampa", study="Didattica", research="Ricerca", media="Contatti stampa"),
    ("uninews", "nl"): dict(in_news="In de media", kind="Nieuws", orig="Lees het originele artikel", newsroom="Nieuws en pers", study="Onderwijs", research="Onderzoek", media="Persvoorlichting"),
    ("uninews", "ru"): dict(in_news="СМИ о нас", kind="Новости", orig="Читать оригинал", newsroom="Пресс-центр", study="Абитуриентам", research="Наука", media="Пресс-служба"),
    ("uninews", "ja"): dict(in_news="メディア掲載", kind="ニュース", orig="元の記事を読む", newsroom="広報", study="入試情報", research="研究", media="広報室"),
    ("uninews", "zh"): dict(in_news="媒体报道", kind="学校要闻", orig="查看原文", newsroom="新闻网", study="招生", research="科学研究", media="党委宣传部"),
    ("uninews", "am"): dict(in_news="መገናኛ ብዙኃን", kind="ዜና", orig="ዋናውን ያንብቡ", newsroom="ዜና", study="ትምህርት", research="ምርምር", media="ኮሙኒኬሽን"),
    ("ngo", "en"): dict(cat="News roundup", donate="Donate", band="Our work depends on supporters like you.", newsletter="Sign up to our newsletter"),
    ("ngo", "de"): dict(cat="Aktuelles", donate="Jetzt spenden", band="Unsere Arbeit lebt von Ihrer Unterstützung.", newsletter="Newsletter abonnieren"),
    ("ngo", "fr"): dict(cat="Actualités", donate="Faire un don", band="Notre action dépend de vos dons.", newsletter="Lettre d'information"),
    ("ngo", "it"): dict(cat="Notizie", donate="Dona ora", band="Sostieni il nostro lavoro sul territorio.", newsletter="Iscriviti alla newsletter"),
    ("ngo", "pl"): dict(cat="Aktualności", donate="Wesprzyj nas", band="Przekaż 1,5% podatku na naszą fundację.", newsletter="Zapisz się do newslettera"),
    ("ngo", "nl"): dict(cat="Nieuws", donate="Doneer", band="Steun ons werk voor de Geulvallei.", newsletter="Nieuwsbrief"),
    ("ngo", "ru"): dict(cat="Новости", donate="Помочь", band="Наша работа держится на поддержке земляков.", newsletter="Подписаться на рассылку"),
    ("ngo", "ja"): dict(cat="お知らせ", donate="寄付する", band="会の活動へのご支援をお願いします。", newsletter="会報の申し込み"),
    ("ngo", "zh"): dict(cat="新闻动态", donate="我要捐赠", band="感谢您对野生动物保护的支持。", newsletter="订阅简报"),
    ("ngo", "ko"): dict(cat="소식", donate="후원하기", band="섬 주민들과 함께해 주세요.", newsletter="소식지 신청"),
    ("ngo", "cs"): dict(cat="Aktuality", donate="Darujte", band="Podpořte ochranu Šumavy.", newsletter="Odebírat novinky"),
    ("ngo", "ro"): dict(cat="Noutăți", donate="Donează", band="Ajută-ne să păstrăm mocănița pe șine.", newsletter="Abonează-te"),
    ("ngo", "am"): dict(cat="ዜና", donate="ይለግሱ", band="ሥራችንን ይደግፉ።", newsletter="ለዜና መጽሔታችን ይመዝገቡ"),
    ("diocese", "en"): dict(section="News", prev="Prev", next="Next", bishop="From the Bishop", mass="Mass times"),
    ("diocese", "de"): dict(section="Nachrichten", prev="Zurück", next="Weiter", bishop="Wort des Bischofs", mass="Gottesdienste"),
    ("diocese", "fr"): dict(section="Actualités", prev="Précédent", next="Suivant", bishop="Le mot de l'évêque", mass="Horaires des messes"),
    ("diocese", "it"): dict(section="Attualità", prev="Precedente", next="Successivo", bishop="La parola del Vescovo", mass="Orari delle Messe"),
    ("diocese", "pl"): dict(section="Wiadomości", prev="Poprzedni", next="Następny", bishop="Słowo Biskupa", mass="Porządek Mszy"),
    ("diocese", "hu"): dict(section="Hírek", prev="Előző", next="Következő", bishop="Érseki gondolatok", mass="Miserend"),
    ("diocese", "ru"): dict(section="Новости", prev="Назад", next="Вперёд", bishop="Слово архипастыря", mass="Расписание богослужений"),
    ("trade", "en"): dict(login="Member login", join="Join", kind="Industry news", dir="Find a member", events="Events"),
    ("trade", "de"): dict(login="Mitgliederbereich", join="Mitglied werden", kind="Branchennews", dir="Firmensuche", events="Veranstaltungen"),
    ("trade", "fr"): dict(login="Espace adhérents", join="Adhérer", kind="Revue de presse", dir="Annuaire", events="Agenda"),
    ("trade", "it"): dict(login="Area soci", join="Associati", kind="Notizie di settore", dir="Cerca un associato", events="Eventi"),
    ("trade", "pl"): dict(login="Strefa członka", join="Dołącz", kind="Z prasy", dir="Baza członków", events="Wydarzenia"),
    ("trade", "nl"): dict(login="Inloggen leden", join="Lid worden", kind="Branchenieuws", dir="Zoek een lid", events="Agenda"),
    ("trade", "ru"): dict(login="Личный кабинет", join="Вступить в палату", kind="Новости отрасли", dir="Реестр членов", events="Мероприятия"),
    ("trade", "ja"): dict(login="会員ログイン", join="入会案内", kind="業界ニュース", dir="会員検索", events="イベント"),
    ("trade", "zh"): dict(login="会员登录", join="申请入会", kind="行业资讯", dir="会员查询", events="活动"),
    ("trade", "ko"): dict(login="회원 로그인", join="회원가입", kind="경제소식", dir="회원사 검색", events="행사"),
    ("trade", "hu"): dict(login="Tagoknak", join="Csatlakozás", kind="Ágazati hírek", dir="Tagkereső", events="Események"),
    ("trade", "ro"): dict(login="Autentificare membri", join="Devino membru", kind="Știri din domeniu", dir="Caută un membru", events="Evenimente"),
    ("pubreg", "en"): dict(player="Watch: the damage on the seafront", live="Live", more="More from this region"),
    ("pubreg", "de"): dict(player="Video: Braune Spree", live="Livestream", more="Mehr zum Thema", region_pick="Region wählen"),
    ("pubreg", "fr"): dict(player="Le reportage", live="Le direct", more="À lire aussi", region_pick="Choisir votre région"),
    ("pubreg", "it"): dict(player="Il servizio del TGR", live="Diretta", more="Altre notizie dalla regione", region_pick="Scegli la regione"),
    ("pubreg", "pl"): dict(player="Materiał wideo", live="Na żywo", more="Zobacz także"),
    ("pubreg", "nl"): dict(player="Bekijk de video", live="Live", more="Meer nieuws"),
    ("pubreg", "cs"): dict(player="Poslechněte si reportáž", live="Živě", more="Další zprávy z regionu"),
    ("pubreg", "ro"): dict(player="Reportaj video", live="Live", more="Alte știri"),
    ("pubreg", "ru"): dict(player="Видеосюжет", live="Прямой эфир", more="Другие новости"),
    ("pubreg", "ja"): dict(player="動画", live="ライブ", more="関連ニュース"),
    ("pubreg", "zh"): dict(player="视频", live="直播", more="相关新闻"),
    ("pubreg", "ko"): dict(player="영상", live="온에어", more="지역 뉴스"),
    ("commradio", "en"): dict(listen="Listen Live", onair="On air now", schedule="Schedule", volunteer="We are run by volunteers. Get involved!"),
    ("commradio", "de"): dict(listen="Live hören", onair="Jetzt on air", schedule="Programm", volunteer="Mach mit bei unserem Bürgerradio!"),
    ("commradio", "fr"): dict(listen="Écouter en direct", onair="En ce moment", schedule="Grille des programmes", volunteer="Radio associative : rejoignez nos bénévoles !"),
    ("commradio", "it"): dict(listen="Ascolta in diretta", onair="Ora in onda", schedule="Palinsesto", volunteer="Radio comunitaria: diventa volontario!"),
    ("commradio", "pl"): dict(listen="Słuchaj na żywo", onair="Teraz na antenie", schedule="Ramówka", volunteer="Radio tworzą wolontariusze."),
    ("commradio", "nl"): dict(listen="Luister live", onair="Nu op de radio", schedule="Programmering", volunteer="Onze omroep draait op vrijwilligers."),
    ("commradio", "ja"): dict(listen="放送を聴く", onair="ただいま放送中", schedule="番組表", volunteer="番組ボランティア募集中"),
    ("commradio", "am"): dict(listen="ቀጥታ ያዳምጡ", onair="አሁን በአየር ላይ", schedule="የፕሮግራም ሰሌዳ", volunteer="በጎ ፈቃደኞችን እንቀበላለን።"),
    ("localtv", "de"): dict(live="LIVE", programme="Lausitz-Journal", grid="Heute im Programm"),
    ("localtv", "fr"): dict(live="DIRECT", programme="Le Journal du Haut-Jura", grid="Ce soir"),
    ("localtv", "it"): dict(live="DIRETTA", programme="Tg Valle", grid="Palinsesto di oggi"),
    ("localtv", "ru"): dict(live="ЭФИР", programme="Новости Двины", grid="Программа передач"),
    ("localtv", "ja"): dict(live="LIVE", programme="ニュースワイド", grid="本日の番組"),
    ("localtv", "zh"): dict(live="直播", programme="海晏新闻", grid="今日节目"),
    ("localtv", "ko"): dict(live="LIVE", programme="HCN 뉴스", grid="오늘의 편성"),
    ("localtv", "cs"): dict(live="ŽIVĚ", programme="Zprávy z Pošumaví", grid="Dnes vysíláme"),
    ("localtv", "hu"): dict(live="ÉLŐ", programme="Balatoni Híradó", grid="Mai műsor"),
}

FOOTER = {
    "en": ["Contact us", "Accessibility", "Privacy notice", "Cookies", "Freedom of information"],
    "de": ["Impressum", "Datenschutz", "Barrierefreiheit", "Kontakt"],
    "fr": ["Mentions légales", "Données personnelles", "Accessibilité", "Plan du site"],
    "it": ["Note legali", "Privacy", "Accessibilità", "Amministrazione trasparente"],
    "pl": ["Polityka prywatności", "Deklaracja dostępności", "RODO", "Kontakt"],
    "nl": ["Privacy", "Cookies", "Toegankelijkheid", "Contact"],
    "cs": ["Ochrana osobních údajů", "Prohlášení o přístupnosti", "Kontakty"],
    "hu": ["Impresszum", "Adatkezelési tájékoztató", "Kapcsolat"],
    "ro": ["Termeni și condiții", "Politica de confidențialitate", "Contact"],
    "ru": ["О сайте", "Политика конфиденциальности", "Карта сайта", "Контакты"],
    "ja": ["サイトポリシー", "個人情報保護方針", "ウェブアクセシビリティ", "サイトマップ"],
    "zh": ["网站地图", "联系我们", "网站声明"],
    "ko": ["개인정보처리방침", "저작권정책", "이메일무단수집거부", "찾아오시는 길"],
    "am": ["ያግኙን", "የግላዊነት ፖሊሲ", "የጣቢያ ካርታ"],
}

RELATED = {
    "en": ["Consultation opens on new parking charges", "Recycling centre opening hours change", "Grants for community groups now open",
           "Road resurfacing programme announced", "Library celebrates fifty years", "Volunteers honoured at annual awards",
           "New defibrillators installed in rural halls", "Spring bulb planting along the riverside"],
    "de": ["Neue Öffnungszeiten im Bürgerbüro", "Sanierung der Grundschule beginnt", "Förderprogramm für Vereine verlängert",
           "Kreistag beschließt Haushalt", "Ehrenamtspreis ausgeschrieben", "Radweg nach Lübben freigegeben"],
    "fr": ["Ouverture des inscriptions scolaires", "Travaux de voirie rue du Pré", "Le marché de producteurs revient",
           "Conseil municipal : l'ordre du jour", "Collecte des encombrants en mars", "Bienvenue aux nouveaux habitants"],
    "it": ["Aperte le iscrizioni al centro estivo", "Lavori sulla strada regionale", "Bando per le associazioni sportive",
           "Consiglio comunale convocato", "Nuovi orari della biblioteca", "Raccolta differenziata, il calendario"],
    "pl": ["Harmonogram odbioru odpadów", "Nabór do przedszkola", "Remont ulicy Portowej", "Sesja rady gminy",
           "Dni Morza – zaproszenie", "Nowy rozkład jazdy autobusów"],
    "nl": ["Nieuwe openingstijden gemeentehuis", "Afvalkalender 2027 beschikbaar", "Subsidie voor verenigingen",
           "Raadsvergadering in maart", "Wegwerkzaamheden Cauberg", "Vrijwilligersprijs uitgereikt"],
    "cs": ["Svoz odpadu v únoru", "Zasedání zastupitelstva", "Oprava místní komunikace", "Masopust na návsi",
           "Nové jízdní řády autobusů"],
    "hu": ["Képviselő-testületi ülés", "Szemétszállítási rend", "Felújítják a kikötői sétányt", "Farsangi bál a faluházban",
           "Pályázat civil szervezeteknek"],
    "ro": ["Program de audiențe", "Ședința consiliului local", "Lucrări de asfaltare", "Înscrieri la grădiniță",
           "Colectarea deșeurilor voluminoase"],
    "ru": ["Приём граждан в феврале", "Ремонт дорог в Соломбале", "Итоги конкурса «Лучший двор»",
           "Графики вывоза мусора", "Изменения в расписании автобусов"],
    "ja": ["確定申告の相談会を開催します", "雪置き場の開設について", "市民文化祭の作品募集", "ごみ収集日の変更",
           "児童センターの利用案内"],
    "zh": ["县政府召开常务会议", "春节期间安全生产检查", "牧区冬春饲草料储备工作推进会", "生态管护员培训班开班",
           "全县乡村振兴工作会议召开"],
    "ko": ["울릉군, 설 연휴 종합대책 추진", "군민 건강검진 안내", "도동항 정비사업 착공", "어업인 지원사업 공고",
           "독도 사랑 글짓기 대회"],
    "am": ["የከተማው የጽዳት ዘመቻ ተጀመረ", "አዲስ የጤና ጣቢያ ተመረቀ", "የወጣቶች ስልጠና ተሰጠ", "የመንገድ ግንባታ ተጠናቀቀ"],
}


def site(domain: str, tpl: str, lang: str, org: str, **kw: Any) -> dict[str, Any]:
    """A site: its template, language and furniture (defaults by template and language)."""
    s: dict[str, Any] = dict(domain=domain, tpl=tpl, lang=lang, org=org, name=kw.pop("name", org))
    s["host"] = kw.pop("host", f"www.{domain}")
    s["nav"] = kw.pop("nav", NAV[(tpl, lang)])
    s["footer"] = kw.pop("footer", FOOTER[lang])
    rel = RELATED[lang]
    k = sum(map(ord, domain)) % len(rel)
    s["related"] = kw.pop("related", (rel[k:] + rel[:k])[:4])
    s["labels"] = {**LABELS.get((tpl, lang), {}), **kw.pop("labels", {})}
    if "return_" in s["labels"]:
        s["labels"]["return"] = s["labels"].pop("return_")
    s["copyright"] = kw.pop("copyright", f"© 2027 {org}")
    s.setdefault("address", "")
    s.setdefault("theme", domain.split(".")[0])
    s.setdefault("tags", [])
    s.update(kw)
    return s


SITES34: dict[str, dict[str, Any]] = {}


def add(*sites: dict[str, Any]) -> None:
    for s in sites:
        assert s["domain"] not in SITES34, s["domain"]
        SITES34[s["domain"]] = s


# --------------------------------------------------------------------------- pages
@dataclass
class Case34:
    site: str
    story: str
    category: str
    credits: list[tuple[str, str]] = field(default_factory=list)
    furniture: list[tuple[str, str]] = field(default_factory=list)
    expected: str | None = None
    accept: list[str] = field(default_factory=list)
    dateline: str = ""
    mention: tuple[int, str] | None = None
    caption: str = ""
    n: int | None = None
    head: int = 0
    note: str = ""

    @property
    def lang(self) -> str:
        return SITES34[self.site]["lang"]


CASES34: list[Case34] = []


def P(site_: str, story: str, category: str, **kw: Any) -> None:
    CASES34.append(Case34(site_, story, category, **kw))


# =========================================================================== English
# --- Fermanagh (erne): the long story; default pages carry 12 of its paragraphs
add(
    site("rivers-agency-ni.gov.uk", "govpress", "en", "Rivers and Lakes Agency NI", dept="Department for Infrastructure",
         contact="Media enquiries to the Executive Information Service press office on 028 9052 0000. Out of office hours, contact the duty press officer on 028 9037 8110.",
         notes_items=["Flood updates are posted on the agency's social media channels.", "Sandbags are available from council depots; the agency does not supply sandbags to individual homes."]),
    site("fermanaghlakeland-council.gov.uk", "municipal", "en", "Fermanagh Lakeland District Council", var="civic",
         address="Townhall Street, Enniskillen, BT74 7BA", copyright="Government Websites by CivicPlus®"),
    site("ulsterlakeland.ac.uk", "uninews", "en", "Ulster Lakeland Institute", tags=["Geography", "Environment", "Community"],
         contact="Press office, Ulster Lakeland Institute: press@ulsterlakeland.ac.uk"),
    site("clogherrecord.org", "diocese", "en", "The Clogher Record", tagline="Newspaper of the Diocese of Clogher",
         topbar="Diocese of Clogher · Monaghan · Fermanagh · Tyrone", bishop_text="A Lenten reflection on hospitality and welcome.",
         mass_text="Find Mass times for every parish in the diocese.", address="Diocesan Office, Park Street, Monaghan"),
    site("fermanaghfarmersnetwork.org.uk", "trade", "en", "Fermanagh Farmers' Network",
         events=["Slurry storage workshop, 18 February", "Lakeland beef discussion group, 2 March"], address="Drumclay Road, Enniskillen"),
    site("ernefm.org", "commradio", "en", "Erne FM Community Radio", theme="radioplayer", freq="97.4 FM",
         onair="The Lakeland Breakfast with Gerry", schedule=["07:00 Lakeland Breakfast", "10:00 Farm Hour", "12:00 Lunchtime Requests"],
         licence="Licensed by Ofcom as a community radio service."),
    site("ernecatchmenttrust.org", "ngo", "en", "Erne Catchment Trust", theme="kadence", tagline="Working for a healthy Erne",
         tags=["Flooding", "Lough Erne", "Farming"], copyright="© 2027 Erne Catchment Trust. Registered charity NIC 104317."),
    site("garrisoncommunity.org.uk", "municipal", "en", "Garrison Community Council", var="civic",
         address="Main Street, Garrison, Co Fermanagh", copyright="© 2027 Garrison Community Council"),
    site("lakelands-tourism.org", "trade", "en", "Lakelands Tourism Alliance",
         events=["Spring trade showcase, 4 March"], address="Wellington Road, Enniskillen"),
    site("rte.ie", "pubreg", "en", "RTÉ", name="RTÉ News", var="bbcreg", region="North West",
         labels=dict(player="Watch: Lough Erne at its highest in eleven years"), copyright="© RTÉ 2027"),
)
P("rivers-agency-ni.gov.uk", "erne", "own_page", furniture=[("end", "Ends")], head=1,
  note="A government agency's own press release (its Notes to editors and press office contact): null.")
P("fermanaghlakeland-council.gov.uk", "erne", "out_of_table", credits=[("end", "This article appeared in The Impartial Reporter.")],
  expected="The Impartial Reporter", accept=["Impartial Reporter"], note="A council news flash reposting the Enniskillen weekly.")
P("ulsterlakeland.ac.uk", "erne", "in_table", credits=[("media", "BBC News NI · 9 February 2027")], n=0,
  expected="BBC", accept=["BBC News NI"], note="A university's 'In the news' item: the outlet and date over the reposted story (long).")
P("clogherrecord.org", "erne", "negative_mention",
  mention=(6, "Fr Seamus Dolan told BBC Radio Ulster that the parish halls in Belleek and Garrison were ready to take in families if they were needed."),
  note="The diocesan paper's own report, a priest speaking to a BBC station: a mention.")
P("fermanaghfarmersnetwork.org.uk", "erne", "negative_mention",
  mention=(5, "The network's chair told Farming Life on Monday that members had been moving cattle off low ground since before Christmas."),
  note="A farmers' group's own update; the farm weekly named as the one its chair spoke to.")
P("ernefm.org", "erne", "wire", credits=[("byline", "By PA Reporter")], expected="PA Media", accept=["PA"],
  note="A community station's page carrying PA copy, credited in the byline.")
P("ernecatchmenttrust.org", "erne", "out_of_table", credits=[("top", "Reprinted with permission from The Irish News.")], n=0,
  expected="The Irish News", accept=["Irish News"], note="An NGO's news roundup reposting a Belfast daily (long).")
P("garrisoncommunity.org.uk", "erne", "no_credit", n=3, head=1, note="A community council's notice: a brief, naming no outlet.")
P("lakelands-tourism.org", "erne", "negative_caption", n=0,
  caption="Cruisers moved to sheltered berths at Carrybridge. Photo: Stephen Hamilton/Press Eye",
  note="A tourism body's own update (long); only a photo agency's credit in the caption.")
P("rte.ie", "erne", "own_page", furniture=[("byline", "By Orla McGurk, North West Correspondent")], head=2,
  note="The public broadcaster's own regional report: null.")

# --- Isle of Man (manx)
add(
    site("gov.im", "govpress", "en", "Isle of Man Government", dept="Department of Infrastructure",
         contact="Government press office: pressoffice@gov.im, telephone 01624 685203.",
         notes_items=["Road closure information is published on the Department's travel updates page."]),
    site("manxradio.com", "pubreg", "en", "Manx Radio", var="bbcreg", region="Isle of Man",
         labels=dict(player="Listen: the morning after the surge"), copyright="© Radio Manx Ltd 2027"),
    site("douglascitycouncil.im", "municipal", "en", "Douglas City Council", var="civic",
         address="Town Hall, Ridgeway Street, Douglas IM1 1AD", copyright="© 2027 Douglas City Council"),
    site("manxheritagetrust.org", "ngo", "en", "Manx Heritage Trust", theme="astra", tagline="Caring for the island's heritage",
         tags=["Horse trams", "Douglas"], copyright="© 2027 Manx Heritage Trust. Registered charity no. 1287."),
    site("iomchamber.im", "trade", "en", "Isle of Man Chamber of Commerce",
         events=["Business breakfast, 16 February", "Retail forum, 3 March"], address="Prospect House, Douglas"),
    site("manxcommunityradio.im", "commradio", "en", "Manx Community Radio", theme="soundwave", freq="DAB+ and online",
         onair="Island Drive", schedule=["09:00 Island Morning", "13:00 Manx Music Hour", "16:00 Island Drive"],
         licence="A not-for-profit community station."),
    site("collegeisleofman.ac.im", "uninews", "en", "College of the Isle of Man", tags=["Marine science", "Engineering"],
         contact="Communications team: comms@collegeisleofman.ac.im"),
    site("sodorandmandiocese.org", "diocese", "en", "Sodor and Man Diocesan News", tagline="Church of England in the Isle of Man",
         topbar="Diocese of Sodor and Man", bishop_text="The Bishop's letter for February.", mass_text="Service times across the island.",
         labels=dict(mass="Service times"), address="Bishop's Office, Peel"),
    site("iomharbours.im", "govpress", "en", "Isle of Man Harbours", node_type="news",
         contact="Harbour Master's office, Sea Terminal, Douglas."),
    site("manxwildlifecoast.org", "ngo", "en", "Manx Coast Watch", theme="neve", tagline="Volunteers watching our shores",
         tags=["Coast", "Storms"]),
)
P("gov.im", "manx", "own_page", furniture=[("end", "Issued by the Department of Infrastructure.")],
  note="The government's own press release, signed by its department: null.")
P("manxradio.com", "manx", "negative_caption", caption="The gap in the sea wall near Derby Castle. Image: Isle of Man Government",
  note="The public-service station's own report; the caption credits the government.")
P("douglascitycouncil.im", "manx", "out_of_table", credits=[("top", "This article appeared in the Isle of Man Examiner.")],
  expected="Isle of Man Examiner", note="A city council reposting the weekly's report.")
P("manxheritagetrust.org", "manx", "in_table", credits=[("field", "Source: BBC Isle of Man")], expected="BBC",
  accept=["BBC Isle of Man"], note="A heritage charity's roundup crediting a BBC local service.")
P("iomchamber.im", "manx", "no_credit", n=6, note="The chamber's own note to members, naming no outlet.")
P("manxcommunityradio.im", "manx", "no_credit", n=4, note="A community station's own brief.")
P("collegeisleofman.ac.im", "manx", "negative_mention",
  mention=(4, "Dr Peter Kinvig, who lectures in coastal engineering at the college, told Manx Radio that older sea walls around the island faced the same risk."),
  note="A college news item whose lecturer spoke to the island's station.")
P("sodorandmandiocese.org", "manx", "negative_mention",
  mention=(5, "The vicar of Onchan told Energy FM that the church hall had been opened for anyone who needed to dry out."),
  note="A diocesan news page's own report; a commercial station named as interviewer.")
P("iomharbours.im", "manx", "negative_caption", caption="Shingle on the promenade on Tuesday morning. Photo: Isle of Man Steam Packet Company",
  note="The harbours authority's own update; a company's photo credit.")
P("manxwildlifecoast.org", "manx", "no_credit", n=3, head=2, note="A volunteer group's brief.")

# --- Troodos (troodos)
add(
    site("wdd-press.gov.cy", "govpress", "en", "Water Development Department", dept="Ministry of Agriculture, Rural Development and Environment",
         contact="Press and Information Office, Nicosia."),
    site("platres-community.org.cy", "municipal", "en", "Platres Community Council", var="press",
         labels=dict(kind="Announcement", office="Community secretary"), address="Platres, Limassol District"),
    site("mediwater.ac.cy", "uninews", "en", "Mediterranean Institute of Water Studies", tags=["Water", "Climate"],
         contact="Communications office, Mediterranean Institute of Water Studies"),
    site("cypruswaterwatch.org", "ngo", "en", "Cyprus Water Watch", theme="generatepress", tagline="Independent monitoring of the island's water",
         tags=["Drought", "Reservoirs"]),
    site("troodoshoteliers.org", "trade", "en", "Troodos Hoteliers Association", events=["Spring walking festival, 21 March"],
         address="Spyrou Kyprianou Street, Platres"),
    site("radiomarathasa.org", "commradio", "en", "Radio Marathasa", theme="onair", freq="88.2 FM",
         onair="Valley Voices", schedule=["08:00 Morning in the Valley", "18:00 Valley Voices"], licence="Community radio, Marathasa valley."),
    site("cypruscountryside.org", "ngo", "en", "Cyprus Countryside Network", theme="blocksy", tagline="Rural communities, together",
         tags=["Mountain villages", "Water"]),
    site("troodosfarmers.org.cy", "trade", "en", "Troodos Fruit Growers' Union", events=["Irrigation briefing, 12 February"],
         address="Pedoulas, Nicosia District"),
    site("troodos-geopark-news.org", "uninews", "en", "Troodos Geopark Research Centre", tags=["Geology", "Springs"]),
    site("kakopetria-council.org.cy", "municipal", "en", "Kakopetria Community Council", var="press",
         labels=dict(kind="Notice", office="Community secretary"), address="Kakopetria, Nicosia District"),
)
P("wdd-press.gov.cy", "troodos", "own_page", furniture=[("end", "Water Development Department, Press Office")], head=1,
  note="The water authority's own announcement: null.")
P("platres-community.org.cy", "troodos", "out_of_table", credits=[("top", "Source: Cyprus Mail")], expected="Cyprus Mail",
  note="A community council reposting the English-language daily.")
P("mediwater.ac.cy", "troodos", "out_of_table", credits=[("media", "in-cyprus · 9 February 2027")], expected="in-cyprus",
  note="A research institute's media-coverage item.")
P("cypruswaterwatch.org", "troodos", "wire", credits=[("end", "Reporting by Andreas Charalambous; Editing by Helen Pike")],
  dateline="NICOSIA, Feb 9 (Reuters) - ", expected="Reuters", note="An NGO reposting Reuters copy: dateline kept, the reporting line credited.")
P("troodoshoteliers.org", "troodos", "negative_mention",
  mention=(6, "The association's president, Maria Georgiou, told the Cyprus Broadcasting Corporation that hotels would bring in their own water if necessary."),
  note="A trade body's own update; its president spoke to the public broadcaster.")
P("radiomarathasa.org", "troodos", "no_credit", n=4, note="A community station's own brief.")
P("cypruscountryside.org", "troodos", "in_table", credits=[("field", "Source: Euronews")], expected="Euronews",
  note="An NGO page crediting the outlet in a source field.")
P("troodosfarmers.org.cy", "troodos", "negative_mention",
  mention=(5, "The union's secretary, Kostas Hadjipetrou, told Phileleftheros that growers in Pedoulas were already carrying water to young trees by hand."),
  note="A growers' union's own update; a Greek-language daily named as the one a source spoke to.")
P("troodos-geopark-news.org", "troodos", "negative_mention",
  mention=(4, "A hydrogeologist at the centre told Reuters last month that several springs above Prodromos had dried up completely."),
  note="A research centre's own news: a table wire named as a source's interviewer.")
P("kakopetria-council.org.cy", "troodos", "negative_caption", n=5,
  caption="A tanker filling the village tank in Kakopetria. Photo: Water Development Department",
  note="A community council notice; the photo credit names the water authority.")

# --- Mokhotlong (mokhotlong)
add(
    site("dma.gov.ls", "govpress", "en", "Disaster Management Authority", dept="Office of the Prime Minister",
         contact="Public relations office, Disaster Management Authority, Maseru."),
    site("mokhotlongdistrict.gov.ls", "municipal", "en", "Mokhotlong District Council", var="civic",
         address="District Administrator's Office, Mokhotlong", copyright="© 2027 Mokhotlong District Council"),
    site("lnbs.org.ls", "pubreg", "en", "Lesotho National Broadcasting Service", var="bbcreg", region="Highlands",
         labels=dict(player="Watch: snow in the highlands"), player=False),
    site("nul-news.ac.ls", "uninews", "en", "National University of Lesotho", tags=["Agriculture", "Climate"]),
    site("highlandsrelief.org.ls", "ngo", "en", "Highlands Relief Trust", theme="charitable", tagline="Help for mountain communities",
         tags=["Snow", "Herders"]),
    site("woolmohairgrowers.org.ls", "trade", "en", "Lesotho Wool and Mohair Growers' Association", events=["Shearing shed inspections, March"],
         address="Maseru"),
    site("mokhotlongradio.org", "commradio", "en", "Mokhotlong Community Radio", theme="radiostation", freq="104.9 FM",
         onair="Mountain Morning", schedule=["06:00 Mountain Morning", "12:00 News in Sesotho"], licence="Community broadcasting licence, LCA."),
    site("qachasnekdiocese.org.ls", "diocese", "en", "Diocese of Qacha's Nek News", tagline="Catholic Church in the southern highlands",
         topbar="Diocese of Qacha's Nek", bishop_text="The Bishop thanks parishes for their help to herders.", mass_text="Mass times in the mission stations.",
         address="Qacha's Nek"),
    site("agriculture-press.gov.ls", "govpress", "en", "Ministry of Agriculture Press Office", dept="Ministry of Agriculture, Food Security and Nutrition"),
    site("sanipass-community.org", "ngo", "en", "Sani Highlands Community Forum", theme="astra", tagline="News from the top of the pass",
         tags=["Sani Pass", "Roads"]),
)
P("dma.gov.ls", "mokhotlong", "negative_mention", head=2,
  mention=(3, "The authority's chief executive told Lesotho Television that more flights were planned as soon as the cloud lifted."),
  note="The disaster authority's own statement; the national TV named as the one its chief spoke to.")
P("mokhotlongdistrict.gov.ls", "mokhotlong", "out_of_table", credits=[("field", "Source: Lesotho Times")], expected="Lesotho Times",
  note="A district council reposting the weekly's report.")
P("lnbs.org.ls", "mokhotlong", "negative_caption", caption="A defence force helicopter at Mokhotlong airstrip. Photo: Lesotho Defence Force",
  note="The public broadcaster's own report; the photo credit names the army.")
P("nul-news.ac.ls", "mokhotlong", "negative_mention",
  mention=(6, "A lecturer in animal science at the university told Public Eye that mohair from stressed goats lost much of its value at auction."),
  note="A university's own news; a weekly named as the one a lecturer spoke to.")
P("highlandsrelief.org.ls", "mokhotlong", "wire", credits=[("end", "© Agence France-Presse")], dateline="MASERU (AFP) - ",
  expected="AFP", accept=["Agence France-Presse"], note="An NGO reposting AFP: dateline kept, the copyright line credited.")
P("woolmohairgrowers.org.ls", "mokhotlong", "in_table", credits=[("end", "Source: News24")], expected="News24",
  note="A growers' association carrying the South African outlet's story.")
P("mokhotlongradio.org", "mokhotlong", "no_credit", n=4, note="A community station's own brief.")
P("qachasnekdiocese.org.ls", "mokhotlong", "out_of_table", credits=[("byline", "By Lerato Mokhele, OSV News")], expected="OSV News",
  note="A diocesan page carrying OSV News copy (a Catholic agency outside the table).")
P("agriculture-press.gov.ls", "mokhotlong", "negative_mention",
  mention=(5, "The minister told the BBC's Focus on Africa programme that the government would replace animals lost by the poorest herders."),
  note="A ministry's own update: the minister spoke to a BBC programme.")
P("sanipass-community.org", "mokhotlong", "negative_mention",
  mention=(3, "A police spokesperson told Radio Lesotho on Tuesday that the Sani road would stay closed to all vehicles until the drifts were cleared."),
  note="A community forum's own report naming the national radio as the one a source spoke to.")

# --- Musanze (musanze)
add(
    site("emergency-minema.gov.rw", "govpress", "en", "Ministry in charge of Emergency Management", dept="MINEMA"),
    site("musanzedistrict.gov.rw", "municipal", "en", "Musanze District", var="civic", address="Musanze District Office, Northern Province",
         copyright="© 2027 Musanze District"),
    site("rba-northern.co.rw", "pubreg", "en", "RBA Northern Province", var="bbcreg", region="Northern Province",
         labels=dict(player="Watch: landslides in Kinigi")),
    site("ur-newsroom.ac.rw", "uninews", "en", "University of the Rwandan Highlands", tags=["Geology", "Disaster risk"]),
    site("virungacommunities.org", "ngo", "en", "Virunga Communities Foundation", theme="hello", tagline="People and parks together",
         tags=["Landslides", "Kinigi"]),
    site("rwandatourismchamber.org", "trade", "en", "Rwanda Chamber of Tourism Operators", events=["Gorilla permit forum, 25 February"],
         address="KG 9 Avenue, Kigali"),
    site("radiomusanze-community.org", "commradio", "en", "Musanze Community Radio", theme="podcaster", freq="96.3 FM",
         onair="Amakuru y'Akarere", schedule=["07:00 Morning Show", "19:00 District News"], licence="Community radio licensed by RURA."),
    site("ruhengeridiocese.org", "diocese", "en", "Diocese of Ruhengeri", tagline="Catholic Church in the Northern Province",
         topbar="Diocese of Ruhengeri", bishop_text="The Bishop calls for solidarity with displaced families.", mass_text="Parish Mass times.",
         address="Ruhengeri, Musanze"),
    site("meteorwanda-news.gov.rw", "govpress", "en", "Rwanda Meteorology Agency", dept="Ministry of Environment"),
    site("rwandaredcross-north.org", "ngo", "en", "Red Cross Northern Branch", theme="charity", tagline="Volunteers in the Northern Province",
         tags=["Relief"]),
)
P("emergency-minema.gov.rw", "musanze", "out_of_table", credits=[("field", "Source: The New Times")], expected="The New Times",
  accept=["New Times"], note="A ministry reposting the Kigali daily's story in a source field.")
P("musanzedistrict.gov.rw", "musanze", "no_credit", head=1, n=7, note="The district's own statement, naming no outlet.")
P("rba-northern.co.rw", "musanze", "negative_caption", caption="Residents digging through mud in Nyange. Photo: Musanze District",
  note="A public broadcaster's regional report with a photo credit naming the district.")
P("ur-newsroom.ac.rw", "musanze", "out_of_table", credits=[("media", "KT Press · 9 February 2027")], expected="KT Press",
  note="A university's in-the-news item.")
P("virungacommunities.org", "musanze", "wire", credits=[("tail", "Enditem")], dateline="KIGALI, Feb. 9 (Xinhua) -- ",
  expected="Xinhua", note="An NGO reposting Xinhua: the dateline kept, the 'Enditem' sign-off credited.")
P("rwandatourismchamber.org", "musanze", "negative_caption", caption="Trekkers waiting at the park headquarters in Kinigi. Photo: Rwanda Development Board",
  note="A tourism chamber's own update; the photo credit names a government board.")
P("radiomusanze-community.org", "musanze", "no_credit", n=4, note="A community station's own brief.")
P("ruhengeridiocese.org", "musanze", "negative_mention",
  mention=(5, "The parish priest of Kinigi told Radio Maria Rwanda that the church would shelter families for as long as necessary."),
  note="A diocesan page's own report naming a Catholic radio as the one a priest spoke to.")
P("meteorwanda-news.gov.rw", "musanze", "no_credit", n=3, head=2, note="A meteorological agency's brief.")
P("rwandaredcross-north.org", "musanze", "negative_caption", caption="Volunteers carrying mattresses to a school in Kinigi. Photo: Red Cross Northern Branch",
  note="An NGO's own update with its own photo credit.")

# --- Khövsgöl (khovsgol)
add(
    site("emergency-nema.gov.mn", "govpress", "en", "National Emergency Management Agency", dept="Public relations division"),
    site("mofa-news.gov.mn", "govpress", "en", "Ministry of Food, Agriculture and Light Industry", dept="Press and public relations"),
    site("khuvsgul-aimag.gov.mn", "municipal", "en", "Khövsgöl Province Governor's Office", var="civic", address="Mörön, Khövsgöl Province",
         copyright="© 2027 Khövsgöl Province Governor's Office"),
    site("mnb-english.mn", "pubreg", "en", "MNB World", var="bbcreg", region="Provinces", labels=dict(player="Watch: fodder arrives in Mörön")),
    site("num-newsroom.edu.mn", "uninews", "en", "National University of the Steppe", tags=["Pastoralism", "Climate"]),
    site("steppeaid.org", "ngo", "en", "Steppe Aid", theme="oceanwp", tagline="Standing with herding families", tags=["Dzud", "Herders"]),
    site("mongolcashmere-assoc.mn", "trade", "en", "Mongolian Cashmere Producers' Association", events=["Spring combing season briefing"],
         address="Peace Avenue, Ulaanbaatar"),
    site("moron-community-radio.mn", "commradio", "en", "Mörön Community Radio", theme="sonaar", freq="102.5 FM",
         onair="Herders' Hour", schedule=["07:00 Herders' Hour", "20:00 Evening News"], licence="Community radio, Khövsgöl."),
    site("catholic-mongolia-news.org", "diocese", "en", "Catholic Church in Mongolia News", tagline="Apostolic Prefecture of Ulaanbaatar",
         topbar="Catholic Church in Mongolia", bishop_text="A message of solidarity with herders.", mass_text="Sunday Mass in Ulaanbaatar and the provinces.",
         address="Ulaanbaatar"),
    site("herdersfuture.org", "ngo", "en", "Herders' Future Network", theme="twentytwentyfour", tagline="Research and advocacy for pastoralists",
         tags=["Policy", "Dzud"]),
)
P("emergency-nema.gov.mn", "khovsgol", "wire", credits=[("field", "Source: MONTSAME")], dateline="Ulaanbaatar, February 9 (MONTSAME). ",
  expected="Montsame", accept=["MONTSAME"], note="An agency's page reposting the national agency: its dateline kept, the source field credited.")
P("mofa-news.gov.mn", "khovsgol", "negative_caption", head=1, caption="Fodder pellets loaded for the northern provinces. Photo: Ministry of Food, Agriculture and Light Industry",
  note="A ministry's own news; only its photo credit names a body.")
P("khuvsgul-aimag.gov.mn", "khovsgol", "out_of_table", credits=[("end", "Source: Ikon.mn")], expected="Ikon.mn",
  note="The province's news flash reposting a news site.")
P("mnb-english.mn", "khovsgol", "negative_caption", caption="Hay from the state reserve unloaded in Mörön. Photo: Khövsgöl Province Emergency Department",
  note="The public broadcaster's English page; a photo credit names an emergency department.")
P("num-newsroom.edu.mn", "khovsgol", "wire", credits=[("media", "Reuters · 9 February 2027")], expected="Reuters",
  note="A university's in-the-news item reposting a wire story.")
P("steppeaid.org", "khovsgol", "in_table", credits=[("end", "This article appeared in Al Jazeera.")], expected="Al Jazeera",
  note="An NGO's roundup carrying the outlet's report.")
P("mongolcashmere-assoc.mn", "khovsgol", "no_credit", n=6, note="A trade association's note to members.")
P("moron-community-radio.mn", "khovsgol", "no_credit", n=4, note="A community station's own brief.")
P("catholic-mongolia-news.org", "khovsgol", "out_of_table", credits=[("field", "Source: Agenzia Fides")], expected="Agenzia Fides",
  accept=["Fides"], note="A Catholic news page crediting the Vatican missionary agency (outside the table).")
P("herdersfuture.org", "khovsgol", "negative_mention",
  mention=(5, "A provincial official told Mongolian National Broadcaster on Monday that more fodder would leave the capital by the end of the week."),
  note="A think tank's own note: the public broadcaster named as the one an official spoke to.")

# --- Almaty (almaty)
add(
    site("almaty-akimat-news.gov.kz", "govpress", "en", "Almaty City Akimat", dept="Press service"),
    site("ecogeo-press.gov.kz", "govpress", "en", "Ministry of Ecology Press Centre", dept="Press centre"),
    site("alatau-district.gov.kz", "municipal", "en", "Alatau District Akimat", var="civic", address="Alatau district, Almaty",
         copyright="© 2027 Alatau District Akimat"),
    site("qazaq-regional-tv.kz", "pubreg", "en", "Qazaq Regional TV", var="bbcreg", region="Almaty", labels=dict(player="Watch: smog over the city")),
    site("kaznu-newsroom.kz", "uninews", "en", "Almaty State University", tags=["Public health", "Environment"]),
    site("cleanairalmaty.org", "ngo", "en", "Clean Air Almaty", theme="twentytwentyfive", tagline="Citizens for breathable air", tags=["Air quality", "Coal"]),
    site("almatybusiness-assoc.kz", "trade", "en", "Almaty Business Association", events=["Energy efficiency forum, 27 February"],
         address="Abay Avenue, Almaty"),
    site("eco-kazakhstan-network.org", "ngo", "en", "Eco Network Kazakhstan", theme="kadence", tagline="Environmental news and advocacy", tags=["Pollution"]),
    site("nauryzbay-district.gov.kz", "municipal", "en", "Nauryzbay District Akimat", var="civic", address="Nauryzbay district, Almaty",
         copyright="© 2027 Nauryzbay District Akimat"),
    site("kazmed-university-news.kz", "uninews", "en", "Almaty Medical University", tags=["Medicine", "Air quality"]),
)
P("almaty-akimat-news.gov.kz", "almaty", "wire", credits=[("field", "Source: Kazinform")], dateline="ALMATY. KAZINFORM – ",
  expected="Kazinform", accept=["KAZINFORM"], note="The city's page reposting the national agency.")
P("ecogeo-press.gov.kz", "almaty", "negative_mention",
  mention=(3, "A ministry spokesperson told Khabar 24 that inspections of the power plant's filters would begin next week."),
  note="A ministry's own news naming a TV channel a spokesperson spoke to.")
P("alatau-district.gov.kz", "almaty", "out_of_table", credits=[("field", "Source: Tengrinews")], expected="Tengrinews",
  accept=["Tengrinews.kz"], note="A district akimat reposting a news site.")
P("qazaq-regional-tv.kz", "almaty", "negative_caption", caption="Smog over the lower districts on Monday evening. Photo: Kazhydromet",
  note="A broadcaster's regional page; the photo credit names the weather service.")
P("kaznu-newsroom.kz", "almaty", "out_of_table", credits=[("media", "The Astana Times · 9 February 2027")], expected="The Astana Times",
  accept=["Astana Times"], note="A university's in-the-news item.")
P("cleanairalmaty.org", "almaty", "in_table", credits=[("top", "Reprinted with permission from Radio Free Europe/Radio Liberty.")],
  expected="Radio Free Europe/Radio Liberty", note="An NGO reposting RFE/RL under its reprint note.")
P("almatybusiness-assoc.kz", "almaty", "wire", credits=[("byline", "By Daniyar Seitkazy, Reuters")], expected="Reuters",
  note="A business association carrying Reuters copy, credited in the byline.")
P("eco-kazakhstan-network.org", "almaty", "negative_mention",
  mention=(4, "The group's coordinator told Vlast.kz that the monitors in the western districts had shown red on every evening this month."),
  note="An NGO's own note naming a news site a source spoke to.")
P("nauryzbay-district.gov.kz", "almaty", "no_credit", n=3, head=2, note="A district notice: a brief.")
P("kazmed-university-news.kz", "almaty", "negative_caption", caption="Children's outdoor lessons were cancelled. Photo: Almaty City Akimat press service",
  note="A university news item; the photo credit names the city.")


# =========================================================================== other languages
# --- German: the Spreewald (spree)
add(
    site("rbb24.de", "pubreg", "de", "rbb24", var="ard", region="Brandenburg", host="www.rbb24.de",
         regions=["Berlin", "Brandenburg", "Cottbus", "Frankfurt (Oder)", "Potsdam"],
         labels=dict(sendung="Sendung: Antenne Brandenburg, 09.02.2027, 16:30 Uhr"), copyright="© Rundfunk Berlin-Brandenburg"),
    site("stadt-luebbenau-spreewald.de", "municipal", "de", "Stadt Lübbenau/Spreewald", var="press",
         address="Kirchplatz 1, 03222 Lübbenau/Spreewald", contact="Pressestelle der Stadt, Telefon 03542 85-0"),
    site("bistumsblatt-goerlitz.de", "diocese", "de", "Tag des Herrn – Bistumsblatt Görlitz", tagline="Katholische Wochenzeitung für das Bistum Görlitz",
         topbar="Bistum Görlitz", bishop_text="Gedanken zur Fastenzeit.", mass_text="Gottesdienstzeiten in der Lausitz.", address="Carl-von-Ossietzky-Straße, Görlitz"),
    site("kirchenkreis-niederlausitz.de", "diocese", "de", "Evangelischer Kirchenkreis Niederlausitz", tagline="Nachrichten aus den Gemeinden",
         topbar="Evangelische Kirche in der Niederlausitz", bishop_text="Wort der Superintendentin zur Schöpfungszeit.",
         mass_text="Gottesdienste im Spreewald.", labels=dict(bishop="Wort der Superintendentin"), address="Lübben (Spreewald)"),
    site("wirtschaft-suedbrandenburg.de", "trade", "de", "Wirtschaftsforum Südbrandenburg", events=["Tourismusbörse Spreewald, 12. März"],
         address="Goethestraße 1, Cottbus"),
    site("hochschule-lausitz-news.de", "uninews", "de", "Hochschule Lausitz", tags=["Umwelt", "Wasser", "Bergbaufolgen"]),
    site("spreewald-naturwacht.de", "ngo", "de", "Spreewald-Naturwacht e. V.", theme="astra", tagline="Für lebendige Fließe", tags=["Spree", "Eisenocker"]),
    site("ok-lausitz.de", "commradio", "de", "Offener Kanal Lausitz", theme="radio", freq="UKW 91,4", onair="Lausitzer Abend",
         schedule=["17:00 Spreewald-Magazin", "19:00 Lausitzer Abend"], licence="Bürgerrundfunk nach dem Brandenburgischen Mediengesetz."),
    site("landkreis-spreewald-info.de", "municipal", "de", "Landkreis Oberspreewald", var="press", address="Dubinaweg 1, Lübben",
         contact="Pressestelle des Landkreises"),
    site("lausitz-tv.de", "localtv", "de", "Lausitz TV", duration="02:41", grid=["18:00 Lausitz-Journal", "18:30 Sport regional"]),
    site("klare-spree-buendnis.de", "ngo", "de", "Bündnis Klare Spree", theme="kadence", tagline="Gegen die Verockerung", tags=["Spree"]),
    site("spreewald-kahnfahrer.de", "trade", "de", "Verband der Spreewälder Kahnfährleute", events=["Saisoneröffnung, 28. März"],
         address="Hafen Lübbenau"),
)
P("rbb24.de", "spree", "wire", credits=[("end", "Mit Material von dpa")], expected="dpa",
  note="The ARD regional site's text with the agency's material credited under it; its Sendung line is its own.")
P("rbb24.de", "spree", "own_page", furniture=[("byline", "Beitrag von Anja Kiesewetter")], head=1,
  note="The ARD regional site's own report (reporter's byline, Sendung line): null.")
P("stadt-luebbenau-spreewald.de", "spree", "out_of_table", credits=[("field", "Quelle: Lausitzer Rundschau")],
  expected="Lausitzer Rundschau", note="A town hall reposting the regional daily.")
P("bistumsblatt-goerlitz.de", "spree", "wire", credits=[("end", "© KNA")], dateline="Lübbenau (KNA) ",
  expected="KNA", accept=["Katholische Nachrichten-Agentur"], note="A diocesan weekly carrying KNA copy: dateline kept, '© KNA' credited.")
P("kirchenkreis-niederlausitz.de", "spree", "wire", credits=[("tail", "(epd)")], expected="epd",
  note="A Protestant church district's page with the epd sign-off.")
P("wirtschaft-suedbrandenburg.de", "spree", "out_of_table", credits=[("end", "Mit freundlicher Genehmigung von Niederlausitz aktuell")],
  expected="Niederlausitz aktuell", note="A business forum's page reprinting a local news site with permission.")
P("hochschule-lausitz-news.de", "spree", "in_table", credits=[("media", "tagesschau.de · 09.02.2027")], expected="Tagesschau",
  accept=["tagesschau.de"], note="A university's Pressespiegel item.")
P("spreewald-naturwacht.de", "spree", "negative_mention",
  mention=(4, "Gegenüber dem rbb sagte eine Sprecherin des Vereins, man zähle seit Herbst deutlich weniger Eisvögel an den Fließen."),
  note="An association's own news; the broadcaster named as the one a source spoke to.")
P("ok-lausitz.de", "spree", "no_credit", n=4, note="A community broadcaster's own brief.")
P("landkreis-spreewald-info.de", "spree", "negative_caption", head=2, caption="Verockertes Fließ bei Leipe. Foto: Landkreis Oberspreewald/Pressestelle",
  note="A county's press release; the photo credit names its press office.")
P("lausitz-tv.de", "spree", "negative_caption", caption="Eisenocker an der Schleuse Leipe. Foto: LMBV/Peter Radke",
  note="A local TV page; the photo credit names the mining rehabilitation company.")
P("klare-spree-buendnis.de", "spree", "in_table", credits=[("end", "Dieser Artikel erschien zuerst in der Süddeutschen Zeitung.")],
  expected="Süddeutsche Zeitung", accept=["Süddeutschen Zeitung"], note="An alliance reposting a national daily's report.")

# --- French: the Haut-Jura (jura)
add(
    site("francetvinfo.fr", "pubreg", "fr", "France 3 Bourgogne-Franche-Comté", var="f3", host="france3-regions.francetvinfo.fr",
         region="Jura", regions=["Bourgogne-Franche-Comté", "Auvergne-Rhône-Alpes", "Grand Est"], copyright="© France Télévisions"),
    site("rts.ch", "pubreg", "fr", "RTS Info régions", var="rcreg", region="Arc jurassien", copyright="© RTS – Radio Télévision Suisse"),
    site("saint-claude-mairie-info.fr", "municipal", "fr", "Ville de Saint-Claude", var="press", address="Hôtel de ville, 39200 Saint-Claude"),
    site("haut-jura-catholique.fr", "diocese", "fr", "Église catholique en Haut-Jura", tagline="Diocèse de Saint-Claude",
         topbar="Diocèse de Saint-Claude", bishop_text="Message de l'évêque pour le Carême.", mass_text="Horaires des messes du doyenné.", address="Saint-Claude"),
    site("interpro-fromages-jura.fr", "trade", "fr", "Interprofession des fromages du Haut-Jura", events=["Assemblée générale, 20 mars"],
         address="Septmoncel, 39310"),
    site("radio-haut-jura.fr", "commradio", "fr", "Radio Haut-Jura", theme="radio-asso", freq="96,7 FM", onair="Le 17-19",
         schedule=["07h Le réveil du Haut-Jura", "17h Le 17-19"], licence="Radio associative autorisée par l'Arcom."),
    site("prefecture-jura-communiques.fr", "municipal", "fr", "Préfecture du Jura", var="press", address="8 rue de la Préfecture, Lons-le-Saunier"),
    site("jura-tele-locale.fr", "localtv", "fr", "Jura Télé", duration="01:47", grid=["18h30 Le Journal du Haut-Jura", "19h Sports"]),
    site("parc-haut-jura-actus.fr", "ngo", "fr", "Amis du Parc du Haut-Jura", theme="oceanwp", tagline="Association de sauvegarde", tags=["Routes", "Gorges du Flumen"]),
    site("univ-jura-revuedepresse.fr", "uninews", "fr", "Université du Jura et des Lacs", tags=["Géotechnique", "Risques naturels"]),
)
P("francetvinfo.fr", "jura", "wire", credits=[("byline", "Écrit par Julie Rameau avec AFP")], expected="AFP",
  note="France 3's regional page written with AFP copy: the byline's 'avec AFP' credits the agency.")
P("francetvinfo.fr", "jura", "negative_mention", head=1,
  mention=(2, "Le maire de Septmoncel a expliqué au micro d'ici Besançon que la déviation était impraticable pour les cars en cas de neige."),
  note="France 3's own regional report; a local radio named as interviewer.")
P("rts.ch", "jura", "out_of_table", credits=[("end", "Avec les informations du Progrès")], expected="Le Progrès", accept=["Progrès"],
  note="A Swiss public broadcaster's regional page, Radio-Canada-like sourcing line naming the Lyon daily.")
P("saint-claude-mairie-info.fr", "jura", "out_of_table", credits=[("top", "Source : La Voix du Jura")], expected="La Voix du Jura",
  note="A town hall reposting the weekly.")
P("haut-jura-catholique.fr", "jura", "negative_mention",
  mention=(6, "Le curé de Septmoncel a confié à RCF Jura que les paroissiens s'organisaient pour conduire les personnes âgées à la messe."),
  note="A diocesan page's own report; the Catholic radio named as interviewer.")
P("interpro-fromages-jura.fr", "jura", "no_credit", n=6, note="A cheese interprofession's own note to its members.")
P("radio-haut-jura.fr", "jura", "no_credit", n=4, note="An associative station's own brief.")
P("prefecture-jura-communiques.fr", "jura", "own_page", furniture=[("end", "Préfecture du Jura – Bureau de la communication interministérielle")], head=2,
  note="The prefecture's own communiqué: null.")
P("jura-tele-locale.fr", "jura", "negative_caption", caption="La chaussée emportée au-dessus des gorges du Flumen. Photo : Département du Jura",
  note="A local TV page; the photo credit names the département.")
P("univ-jura-revuedepresse.fr", "jura", "negative_mention",
  mention=(5, "Interrogé par franceinfo, un enseignant-chercheur en géotechnique a estimé que d'autres talus des gorges pourraient céder."),
  note="A university news item: a table outlet named as interviewer.")

# --- Russian: Arkhangelsk (dvina)
add(
    site("arhcity-adm-news.ru", "govpress", "ru", "Администрация городского округа «Город Архангельск»", dept="Пресс-служба администрации"),
    site("dvinaland-minstroy.ru", "govpress", "ru", "Министерство транспорта Архангельской области", dept="Пресс-служба министерства"),
    site("vesti29.ru", "pubreg", "ru", "ГТРК «Поморье»", var="gtrk", region="Архангельская область", copyright="© ГТРК «Поморье»"),
    site("solombala-okrug.ru", "municipal", "ru", "Администрация Соломбальского округа", var="press", address="Архангельск, пр. Никольский, 29"),
    site("pomor-university.ru", "uninews", "ru", "Поморский университет", tags=["Арктика", "Транспорт"]),
    site("pomorie-zemlyaki.ru", "ngo", "ru", "Поморское землячество", theme="pomor", tagline="Общественная организация", tags=["Острова", "Переправа"]),
    site("dvina-tv.ru", "localtv", "ru", "Двина ТВ", duration="01:52", grid=["19:00 Новости Двины", "19:30 Город"]),
    site("tpp-arkhangelsk-news.ru", "trade", "ru", "Торгово-промышленная палата Архангельской области", events=["Форум перевозчиков, 3 марта"],
         address="Архангельск, ул. Воскресенская"),
    site("arh-eparhia-news.ru", "diocese", "ru", "Архангельская епархия", tagline="Русская православная церковь", topbar="Архангельская митрополия",
         bishop_text="Слово митрополита к Великому посту.", mass_text="Расписание богослужений в храмах города.", address="Архангельск"),
)
P("arhcity-adm-news.ru", "dvina", "own_page", furniture=[("end", "Пресс-служба администрации города")], head=1,
  note="The city administration's own news: null.")
P("dvinaland-minstroy.ru", "dvina", "wire", credits=[("field", "Источник: ТАСС")], dateline="АРХАНГЕЛЬСК, 9 февраля. /ТАСС/. ",
  expected="TASS", accept=["ТАСС"], note="A regional ministry reposting TASS: dateline kept, the source field credited.")
P("vesti29.ru", "dvina", "negative_caption", caption="Шлагбаум у спуска к переправе. Фото: пресс-служба ГУ МЧС России по Архангельской области",
  note="The state regional broadcaster's own report; the photo credit names an emergencies office.")
P("solombala-okrug.ru", "dvina", "out_of_table", credits=[("field", "Источник: «Правда Северо-Запада»")],
  expected="Правда Северо-Запада", note="A district administration reposting a regional paper.")
P("pomor-university.ru", "dvina", "wire", credits=[("media", "Интерфакс · 9 февраля 2027")], expected="Interfax", accept=["Интерфакс"],
  note="A university's 'СМИ о нас' item reposting an Interfax story.")
P("pomorie-zemlyaki.ru", "dvina", "negative_mention",
  mention=(3, "Председатель землячества в эфире радио «Поморье» попросила продлить работу переправы хотя бы для пешеходов."),
  note="An association's own news; a radio named as the place a source spoke.")
P("dvina-tv.ru", "dvina", "no_credit", n=4, note="A local TV brief.")
P("tpp-arkhangelsk-news.ru", "dvina", "negative_mention",
  mention=(5, "Вице-президент палаты рассказал ИА «Эхо Севера», что перевозчики теряют до трети выручки в период распутицы."),
  note="A chamber's own news; a regional agency named as the one an official spoke to.")
P("arh-eparhia-news.ru", "dvina", "no_credit", n=3, head=2, note="A diocesan notice: a brief naming no outlet.")

# --- Japanese: Hirosaki (hirosaki)
add(
    site("hirosaki-city-kouhou.jp", "municipal", "ja", "弘前市", var="jp", contact="弘前市 道路維持課　電話：0172-35-1111"),
    site("aomori-tv-news.jp", "pubreg", "ja", "青森テレビジョン", var="nhk", region="青森", region_slug="aomori"),
    site("tsugaru-univ.ac.jp", "uninews", "ja", "津軽大学", tags=["農学", "雪氷"]),
    site("aomori-ringo-kyokai.jp", "trade", "ja", "青森りんご生産者協会", events=["剪定講習会　2月20日"], address="青森県弘前市"),
    site("ja-tsugaru-news.jp", "trade", "ja", "JA津軽ひろさき", events=["営農相談会　3月5日"], address="弘前市"),
    site("fm-tsugaru-wave.jp", "commradio", "ja", "FMつがるウェーブ", theme="fmwave", freq="78.9MHz", onair="お昼のつがる便り",
         schedule=["7:00 おはようつがる", "12:00 お昼のつがる便り"], licence="コミュニティ放送局"),
    site("tsugaru-ringoen.org", "ngo", "ja", "津軽のりんご園を守る会", theme="cocoon", tagline="りんご園の未来のために", tags=["雪害", "りんご"]),
    site("itayanagi-town-info.jp", "municipal", "ja", "板柳町", var="jp", contact="板柳町 産業振興課"),
)
P("hirosaki-city-kouhou.jp", "hirosaki", "own_page", furniture=[("end", "（報道発表　弘前市建設部）")], head=1,
  note="The city's own press release: null.")
P("aomori-tv-news.jp", "hirosaki", "negative_caption", caption="雪の重みで折れたりんごの枝（弘前市提供）",
  note="A local station's NHK-like regional page; the photo is credited to the city.")
P("tsugaru-univ.ac.jp", "hirosaki", "out_of_table", credits=[("media", "東奥日報 2027年2月9日")], expected="東奥日報",
  note="A university's メディア掲載 item.")
P("aomori-ringo-kyokai.jp", "hirosaki", "out_of_table", credits=[("field", "出典：陸奥新報")], expected="陸奥新報",
  note="A growers' association reposting the Hirosaki daily.")
P("ja-tsugaru-news.jp", "hirosaki", "wire", credits=[("tail", "（時事）")], expected="Jiji Press", accept=["時事", "時事通信"],
  note="A farm co-operative carrying Jiji copy with its sign-off.")
P("fm-tsugaru-wave.jp", "hirosaki", "no_credit", n=4, note="A community FM station's own brief.")
P("tsugaru-ringoen.org", "hirosaki", "negative_mention", mention=(4, "同会の代表はNHKの取材に対し「今年の剪定は例年の倍の手間がかかる」と話した。"),
  note="An association's own notice; a table outlet named as interviewer.")
P("itayanagi-town-info.jp", "hirosaki", "in_table", credits=[("field", "出典：朝日新聞デジタル")], expected="The Asahi Shimbun",
  accept=["朝日新聞デジタル", "朝日新聞"], note="A town hall page crediting the national daily's digital edition.")

# --- Chinese: Qinghai Lake (qinghai)
add(
    site("qhlinye.gov.cn", "govpress", "zh", "青海省林业和草原局", host="lcj.qhlinye.gov.cn"),
    site("gangchaxian.gov.cn", "govpress", "zh", "刚察县人民政府"),
    site("haiyan-rongmei.cn", "localtv", "zh", "海晏县融媒体中心", duration="02:06", grid=["19:30 海晏新闻", "20:00 农牧天地"]),
    site("qhu-news.edu.cn", "uninews", "zh", "青海高原大学新闻网", host="news.qhu-news.edu.cn", tags=["生态", "野生动物"]),
    site("qhbtv-region.cn", "pubreg", "zh", "青海广播电视台", var="cnreg", region="海北"),
    site("qh-wildlife-ngo.org.cn", "ngo", "zh", "青海湖野生动物保护协会", theme="qhwild", tagline="守护高原精灵", tags=["普氏原羚"]),
    site("qh-tourism-assoc.cn", "trade", "zh", "青海省旅游协会", events=["春季旅游推介会"], address="西宁市城西区"),
    site("gangcha-xiangzhen.cn", "municipal", "zh", "刚察县沙柳河镇", var="press", address="青海省海北州刚察县"),
)
P("qhlinye.gov.cn", "qinghai", "out_of_table", credits=[("field", "来源：青海日报")], expected="青海日报",
  note="A provincial bureau's page reposting the provincial daily (its 来源 field).")
P("gangchaxian.gov.cn", "qinghai", "wire", credits=[("field", "来源：新华社")], dateline="新华社西宁2月9日电（记者 李晓东） ",
  expected="Xinhua", accept=["新华社"], note="A county government reposting Xinhua: the dateline kept, the 来源 field credited.")
P("haiyan-rongmei.cn", "qinghai", "own_page", furniture=[("field", "来源：海晏县融媒体中心")], head=1,
  note="A county media centre's own report, its 来源 naming itself: null.")
P("qhu-news.edu.cn", "qinghai", "in_table", credits=[("media", "人民网 2027-02-09")], expected="People's Daily", accept=["人民网"],
  note="A university's 媒体报道 item.")
P("qhbtv-region.cn", "qinghai", "negative_mention", mention=(5, "保护区一名工作人员在接受央视新闻采访时表示，今冬原羚的越冬状况总体良好。"),
  note="A provincial broadcaster's own report; a national broadcaster named as interviewer.")
P("qh-wildlife-ngo.org.cn", "qinghai", "negative_caption", caption="刚察县境内的普氏原羚群（图片来源：青海湖国家级自然保护区管理局）",
  note="An association's page; the photo credit names the reserve.")
P("qh-tourism-assoc.cn", "qinghai", "in_table", credits=[("field", "来源：中国日报网")], expected="China Daily", accept=["中国日报网", "中国日报"],
  note="A tourism association reposting the national daily's site.")
P("gangcha-xiangzhen.cn", "qinghai", "no_credit", n=4, head=2, note="A township's brief.")

# --- Italian: Courmayeur (aosta)
add(
    site("rainews.it", "pubreg", "it", "TGR Valle d'Aosta", var="rai", region="Valle d'Aosta", regions=["Valle d'Aosta", "Piemonte", "Liguria"],
         copyright="© Rai – Radiotelevisione Italiana"),
    site("comune-courmayeur-notizie.it", "municipal", "it", "Comune di Courmayeur", var="press", address="Piazzale Monte Bianco, Courmayeur"),
    site("ascom-valdigne.it", "trade", "it", "Confcommercio Valdigne", events=["Assemblea dei soci, 14 marzo"], address="Courmayeur"),
    site("settimanale-diocesi-aosta.it", "diocese", "it", "La Voce della Valle – Settimanale diocesano", tagline="Diocesi di Aosta",
         topbar="Diocesi di Aosta", bishop_text="Messaggio del Vescovo per la Quaresima.", mass_text="Orari delle Messe in Valdigne.", address="Aosta"),
    site("univ-valdostana.it", "uninews", "it", "Università Valdostana", tags=["Trasporti", "Economia alpina"]),
    site("radio-monte-bianco.it", "commradio", "it", "Radio Monte Bianco", theme="radio-mb", freq="FM 99,1", onair="Buongiorno Valdigne",
         schedule=["07:00 Buongiorno Valdigne", "13:00 Notiziario"], licence="Emittente comunitaria."),
    site("ambiente-valdigne.it", "ngo", "it", "Ambiente Valdigne", theme="astra", tagline="Associazione ambientalista", tags=["Traffico", "Monte Bianco"]),
    site("tv-valle-tg.it", "localtv", "it", "TeleValle", duration="02:20", grid=["19:30 Tg Valle", "20:00 Montagna oggi"]),
)
P("rainews.it", "aosta", "own_page", furniture=[("byline", "di Paolo Jorioz")], head=1, note="The RAI regional newsroom's own report: null.")
P("comune-courmayeur-notizie.it", "aosta", "wire", credits=[("field", "Fonte: ANSA")], expected="ANSA",
  note="A commune reposting the national agency (source field).")
P("ascom-valdigne.it", "aosta", "out_of_table", credits=[("top", "Articolo tratto da La Stampa")], expected="La Stampa",
  note="A traders' association reposting the Turin daily.")
P("settimanale-diocesi-aosta.it", "aosta", "out_of_table", credits=[("field", "Fonte: SIR")], expected="SIR", accept=["Agenzia SIR"],
  note="A diocesan weekly carrying the Catholic agency's copy (outside the table).")
P("univ-valdostana.it", "aosta", "in_table", credits=[("media", "Corriere della Sera · 9 febbraio 2027")], expected="Corriere della Sera",
  note="A university's rassegna stampa item.")
P("radio-monte-bianco.it", "aosta", "no_credit", n=4, note="A community station's own brief.")
P("ambiente-valdigne.it", "aosta", "negative_mention",
  mention=(4, "Il presidente dell'associazione ha dichiarato al Corriere della Sera che la chiusura notturna riduce anche il rumore in valle."),
  note="An association's own note; a table outlet named as interviewer.")
P("tv-valle-tg.it", "aosta", "negative_caption", caption="L'imbocco italiano del traforo. Foto: GEIE-TMB", note="A local TV page; the photo credit names the tunnel operator.")

# --- Polish: Jastarnia (jastarnia)
add(
    site("tvp.pl", "pubreg", "pl", "TVP3 Gdańsk", var="tvp3", host="gdansk.tvp.pl", region="Pomorze", copyright="© Telewizja Polska S.A."),
    site("gmina-jastarnia-info.pl", "municipal", "pl", "Gmina Jastarnia", var="press", address="ul. Portowa 24, 84-140 Jastarnia"),
    site("diecezja-pelplin-info.pl", "diocese", "pl", "Diecezja Pelplińska – Wiadomości", tagline="Serwis informacyjny diecezji", topbar="Diecezja Pelplińska",
         bishop_text="List pasterski na Wielki Post.", mass_text="Porządek Mszy w dekanacie helskim.", address="Pelplin"),
    site("rybacy-helscy.pl", "trade", "pl", "Zrzeszenie Rybaków Helskich", events=["Walne zebranie, 7 marca"], address="Jastarnia"),
    site("morze-i-wydmy.org.pl", "ngo", "pl", "Fundacja Morze i Wydmy", theme="neve", tagline="Chronimy polskie wybrzeże", tags=["Erozja", "Hel"]),
    site("radio-mierzeja.pl", "commradio", "pl", "Radio Mierzeja", theme="radiopl", freq="FM 89,9", onair="Poranek na Helu",
         schedule=["06:00 Poranek na Helu", "16:00 Popołudnie z Mierzeją"], licence="Nadawca społeczny."),
)
P("tvp.pl", "jastarnia", "own_page", furniture=[("byline", "Autor: Marta Wenta")], head=1, note="The public broadcaster's regional report: null.")
P("gmina-jastarnia-info.pl", "jastarnia", "wire", credits=[("field", "Źródło: PAP")], expected="Polish Press Agency", accept=["PAP"],
  note="A gmina reposting the national agency.")
P("diecezja-pelplin-info.pl", "jastarnia", "out_of_table", credits=[("field", "Źródło: KAI")], expected="KAI",
  accept=["Katolicka Agencja Informacyjna"], note="A diocesan site carrying the Catholic agency (outside the table).")
P("rybacy-helscy.pl", "jastarnia", "out_of_table", credits=[("end", "Artykuł ukazał się w „Dzienniku Bałtyckim”.")],
  expected="Dziennik Bałtycki", accept=["Dzienniku Bałtyckim"], note="A fishermen's association reposting the Gdańsk daily (inflected).")
P("morze-i-wydmy.org.pl", "jastarnia", "negative_caption", caption="Podmyta wydma przy wejściu nr 64. Fot. Urząd Morski w Gdyni",
  note="A foundation's page; the photo credit names the maritime office.")
P("radio-mierzeja.pl", "jastarnia", "negative_mention",
  mention=(2, "Burmistrz Jastarni powiedział w rozmowie z Radiem Gdańsk, że gmina pokryje koszt naprawy schodów."),
  note="A community station's own report; a regional radio named as the one the mayor spoke to.")

# --- Dutch: Valkenburg (geul)
add(
    site("l1.nl", "pubreg", "nl", "L1", var="l1", region="Limburg", copyright="© L1 – Limburgse omroep"),
    site("valkenburg-gemeentenieuws.nl", "municipal", "nl", "Gemeente Valkenburg aan de Geul", var="press", address="Geulhemmerweg 6, Valkenburg"),
    site("horeca-heuvelland.nl", "trade", "nl", "Horeca Heuvelland", events=["Ledenavond, 11 maart"], address="Valkenburg"),
    site("um-nieuws-limburg.nl", "uninews", "nl", "Universiteit Zuid-Limburg", tags=["Water", "Klimaat"]),
    site("lokale-omroep-geuldal.nl", "commradio", "nl", "Lokale Omroep Geuldal", theme="omroep", freq="105,6 FM", onair="Geuldal Vandaag",
         schedule=["08:00 Geuldal Vandaag", "17:00 Middageditie"], licence="Lokale publieke omroep."),
    site("stichting-geulvallei.nl", "ngo", "nl", "Stichting Geulvallei", theme="generatepress", tagline="Voor een levende Geul", tags=["Geul", "Hoogwater"]),
)
P("l1.nl", "geul", "own_page", furniture=[("byline", "Door Ruud Vanderhoven")], head=1, note="The regional public broadcaster's own report: null.")
P("valkenburg-gemeentenieuws.nl", "geul", "wire", credits=[("field", "Bron: ANP")], expected="ANP", note="A municipality reposting the national agency.")
P("horeca-heuvelland.nl", "geul", "out_of_table", credits=[("end", "Dit artikel verscheen eerder in De Limburger.")], expected="De Limburger",
  accept=["Dagblad De Limburger"], note="A hospitality association reposting the regional daily.")
P("um-nieuws-limburg.nl", "geul", "negative_caption", caption="De Geul bij de Grendelpoort. Foto: Waterschap Limburg",
  note="A university news item; the photo credit names the water board.")
P("lokale-omroep-geuldal.nl", "geul", "no_credit", n=4, note="A local broadcaster's own brief.")
P("stichting-geulvallei.nl", "geul", "negative_mention",
  mention=(3, "De voorzitter van de stichting zei tegen NOS Nieuws dat de waterbuffer bij Schin op Geul jaren te laat komt."),
  note="A foundation's own news; a broadcaster named as interviewer.")

# --- Korean: Ulleungdo (ulleung)
add(
    site("ulleung-press.go.kr", "govpress", "ko", "울릉군청", dept="기획감사실 홍보팀"),
    site("kbs.co.kr", "pubreg", "ko", "KBS 포항", var="kbs", host="news.kbs.co.kr", region="대구·경북", copyright="© KBS"),
    site("hcn-gyeongbuk.co.kr", "localtv", "ko", "HCN 경북방송", duration="01:38", grid=["18:30 HCN 뉴스", "21:00 우리동네"]),
    site("pohang-cci-news.kr", "trade", "ko", "포항상공회의소", events=["기업인 간담회 2월 24일"], address="경북 포항시 남구"),
    site("ulleung-islanders.or.kr", "ngo", "ko", "울릉섬사람들", theme="ulleung", tagline="섬 주민 공동체", tags=["여객선", "울릉"]),
)
P("ulleung-press.go.kr", "ulleung", "own_page", furniture=[("end", "담당부서: 기획감사실 홍보팀")], head=2, note="The county's own press release: null.")
P("kbs.co.kr", "ulleung", "negative_caption", caption="결항 안내문이 붙은 도동항 여객선 터미널 (사진 제공: 울릉군)",
  note="The public broadcaster's regional report; the photo is credited to the county.")
P("hcn-gyeongbuk.co.kr", "ulleung", "wire", credits=[("end", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>")],
  dateline="(울릉=연합뉴스) 김태훈 기자 = ", expected="Yonhap", accept=["연합뉴스"],
  note="A local cable station carrying Yonhap: its head kept, the copyright trailer credited.")
P("pohang-cci-news.kr", "ulleung", "out_of_table", credits=[("field", "출처: 경북일보")], expected="경북일보", note="A chamber reposting a regional daily.")
P("ulleung-islanders.or.kr", "ulleung", "no_credit", n=4, head=1, note="An islanders' group's brief.")

# --- Czech: Šumava (sumava)
add(
    site("rozhlas.cz", "pubreg", "cs", "Český rozhlas České Budějovice", var="cro", host="budejovice.rozhlas.cz", region="Jižní Čechy",
         copyright="© Český rozhlas"),
    site("obec-modrava-info.cz", "municipal", "cs", "Obec Modrava", var="press", address="Modrava 1, 341 92"),
    site("pratele-sumavy.cz", "ngo", "cs", "Přátelé Šumavy, z. s.", theme="hestia", tagline="Spolek pro ochranu Šumavy", tags=["Šumava", "Kůrovec"]),
    site("tv-posumavi.cz", "localtv", "cs", "TV Pošumaví", duration="02:05", grid=["18:00 Zprávy z Pošumaví", "18:20 Sport"]),
)
P("rozhlas.cz", "sumava", "own_page", furniture=[("byline", "Jana Kolářová")], head=1, note="The public radio's regional report: null.")
P("obec-modrava-info.cz", "sumava", "wire", credits=[("field", "Zdroj: ČTK")], expected="ČTK", note="A village site reposting the national agency.")
P("pratele-sumavy.cz", "sumava", "negative_mention",
  mention=(3, "Předseda spolku řekl Českobudějovickému deníku, že polomy v první zóně by se měly nechat ležet."),
  note="An association's own news; the regional daily named as interviewer.")
P("tv-posumavi.cz", "sumava", "negative_caption", caption="Polomy v údolí Vydry. Foto: Správa NP Šumava", note="A local TV page; the photo credit names the park.")

# --- Hungarian: Tihany (tihany)
add(
    site("tihany-onkormanyzat-hirek.hu", "municipal", "hu", "Tihany Község Önkormányzata", var="press", address="8237 Tihany, Kossuth Lajos utca 12."),
    site("balaton-tv-hirek.hu", "localtv", "hu", "Balaton TV", duration="02:33", grid=["19:00 Balatoni Híradó", "19:30 Magazin"]),
    site("veszpremi-egyhazmegye-hirek.hu", "diocese", "hu", "Veszprémi Főegyházmegye – Hírek", tagline="Egyházmegyei hírportál",
         topbar="Veszprémi Főegyházmegye", bishop_text="Az érsek nagyböjti gondolatai.", mass_text="Miserend a Balaton-felvidéken.", address="Veszprém"),
    site("balatoni-turisztikai-egyesulet.hu", "trade", "hu", "Balatoni Turisztikai Egyesület", events=["Szezonnyitó fórum, március 15."], address="Balatonfüred"),
)
P("tihany-onkormanyzat-hirek.hu", "tihany", "wire", credits=[("field", "Forrás: MTI")], expected="MTI", note="A village site reposting the national agency.")
P("balaton-tv-hirek.hu", "tihany", "own_page", furniture=[("byline", "A Balaton TV híradójából")], head=1,
  note="A local TV's own report, its bulletin named: null.")
P("veszpremi-egyhazmegye-hirek.hu", "tihany", "out_of_table", credits=[("field", "Forrás: Magyar Kurír")], expected="Magyar Kurír",
  note="A diocesan portal reposting the Catholic news service (outside the table).")
P("balatoni-turisztikai-egyesulet.hu", "tihany", "negative_mention",
  mention=(2, "Az egyesület elnöke az M1 Híradónak azt nyilatkozta, hogy a kerülőút miatt a hétvégi vendégek egy része elmaradhat."),
  note="A tourism association's own news; a public TV bulletin named as interviewer.")

# --- Romanian: Vișeu de Sus (mocanita)
add(
    site("tvrcluj.ro", "pubreg", "ro", "TVR Cluj", var="tvr", region="Maramureș", copyright="© Societatea Română de Televiziune"),
    site("primaria-viseu-info.ro", "municipal", "ro", "Primăria Orașului Vișeu de Sus", var="press", address="Str. 22 Decembrie nr. 2, Vișeu de Sus"),
    site("asociatia-pensiunilor-maramures.ro", "trade", "ro", "Asociația Pensiunilor din Maramureș", events=["Târgul de turism, 20 martie"], address="Sighetu Marmației"),
    site("prietenii-mocanitei.ro", "ngo", "ro", "Asociația Prietenii Mocăniței", theme="astra", tagline="Pentru calea ferată forestieră", tags=["Mocănița", "Vaser"]),
)
P("tvrcluj.ro", "mocanita", "wire", credits=[("field", "Sursa: AGERPRES")], expected="Agerpres", accept=["AGERPRES"],
  note="A regional public TV page crediting the national agency.")
P("primaria-viseu-info.ro", "mocanita", "own_page", furniture=[("end", "Biroul de presă al Primăriei Vișeu de Sus")], head=1,
  note="The town hall's own press release: null.")
P("asociatia-pensiunilor-maramures.ro", "mocanita", "out_of_table", credits=[("end", "Articol preluat de pe Gazeta de Maramureș")],
  expected="Gazeta de Maramureș", note="A guesthouse association reposting a county paper.")
P("prietenii-mocanitei.ro", "mocanita", "negative_caption", caption="Locomotiva pregătită în depoul de la Vișeu de Sus. Foto: CFF Vișeu de Sus",
  note="An association's page; the photo credit names the railway operator.")

# --- Amharic: Bahir Dar (tana)
add(
    site("tana-fm-community.org", "commradio", "am", "ጣና ማኅበረሰብ ሬዲዮ", theme="tanafm", freq="ኤፍ ኤም 93.1", onair="የጠዋት ዜና",
         schedule=["1:00 የጠዋት ዜና", "6:00 የቀትር ፕሮግራም"], licence="የማኅበረሰብ ሬዲዮ"),
    site("bahirdar-uni-news.edu.et", "uninews", "am", "የባሕር ዳር ከፍተኛ ትምህርት ተቋም", tags=["ዓሣ ሀብት", "ጣና"]),
    site("tana-lake-association.org", "ngo", "am", "የጣና ሐይቅ ጥበቃ ማኅበር", theme="tana", tagline="ሐይቃችንን እንጠብቅ", tags=["ጣና"]),
)
P("tana-fm-community.org", "tana", "out_of_table", credits=[("end", "ምንጭ፡ ኢዜአ")], expected="ኢዜአ", accept=["Ethiopian News Agency"],
  note="A community station reposting the Ethiopian News Agency (filed outside the table, as earlier sets file it).")
P("bahirdar-uni-news.edu.et", "tana", "own_page", furniture=[("end", "የተቋሙ ኮሙኒኬሽን ዳይሬክቶሬት")], head=1,
  note="An institute's own news, signed by its communication directorate: null.")
P("tana-lake-association.org", "tana", "negative_mention", mention=(2, "የማኅበሩ ሰብሳቢ ለአማራ ሚዲያ ኮርፖሬሽን እንደተናገሩት፣ የሐይቁ ዳርቻ ጥበቃ አስቸኳይ ትኩረት ይፈልጋል።"),
  note="An association's own news; a regional broadcaster named as interviewer.")

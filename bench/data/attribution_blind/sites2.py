# ruff: noqa: RUF001
"""Sites of the second blind set: none of them appears in the first set (build2.py checks)."""

from __future__ import annotations

from model2 import Site2

SITES2: dict[str, Site2] = {
    # English: Ghost, Substack-like and Medium-like publications
    "harbourlines.news": Site2("Harbour Lines", "ghost", "harbourlines.news"),
    "signalnoise.press": Site2("Signal & Noise", "ghost", "signalnoise.press"),
    "thequietdesk.org": Site2("The Quiet Desk", "ghost", "thequietdesk.org"),
    "northfieldnotes.substack.com": Site2("Northfield Notes", "substack"),
    "thedispatchroom.substack.com": Site2("The Dispatch Room", "substack"),
    "marginaliaweekly.substack.com": Site2("Marginalia Weekly", "substack"),
    "thepolicylens.inkwell.pub": Site2("The Policy Lens", "medium"),
    # English: AMP pages
    "coastlinegazette.com": Site2("Coastline Gazette", "amp"),
    "kolkatacaller.in": Site2("Kolkata Caller", "amp"),
    "metrodigest.ng": Site2("Metro Digest", "amp"),
    # English: WordPress "Newspaper" autoblogs and news sites
    "newsviral24.com": Site2("News Viral 24", "wpnews"),
    "globalheadlinehub.com": Site2("Global Headline Hub", "wpnews"),
    "africadailybrief.com": Site2("Africa Daily Brief", "wpnews"),
    "pakistanupdate.pk": Site2("Pakistan Update", "wpnews"),
    "asiawirenow.com": Site2("Asia Wire Now", "wpnews"),
    # English: Blogger Contempo
    "saharapulse.blogspot.com": Site2("Sahara Pulse", "blogger2"),
    "islandthoughts.blogspot.com": Site2("Island Thoughts", "blogger2"),
    "desitimesdigest.blogspot.com": Site2("Desi Times Digest", "blogger2"),
    # English: portals
    "eveningmeridian.com": Site2("The Evening Meridian", "portal2"),
    "capitalpost.co.tz": Site2("The Capital Post", "portal2"),
    "lakeregiontribune.com": Site2("Lake Region Tribune", "portal2"),
    "tradewindsmonitor.com": Site2("Tradewinds Monitor", "portal2"),
    "metroweekly-sg.com": Site2("Metro Weekly SG", "portal2"),
    # outlets' and wires' own pages
    "kyodonews.net": Site2("Kyodo News", "portal2", "english.kyodonews.net"),
    "en.yna.co.kr": Site2("Yonhap News Agency", "portal2", "en.yna.co.kr"),
    "tass.com": Site2("TASS", "portal2", "tass.com"),
    "bernama.com": Site2("BERNAMA", "portal2", "www.bernama.com"),
    "bloomberg.com": Site2("Bloomberg", "portal2", "www.bloomberg.com"),
    "civileats.com": Site2("Civil Eats", "portal2", "civileats.com"),
    "channelnewsasia.com": Site2("CNA", "portal2", "www.channelnewsasia.com"),
    "prensa-latina.cu": Site2("Prensa Latina", "portal2", "www.prensa-latina.cu"),
    "ansa.it": Site2("ANSA", "portal2", "www.ansa.it"),
    "wam.ae": Site2("وكالة أنباء الإمارات", "portal2", "www.wam.ae"),
    "antaranews.com": Site2("ANTARA News", "portal2", "www.antaranews.com"),
    "iha.com.tr": Site2("İhlas Haber Ajansı", "portal2", "www.iha.com.tr"),
    # French
    "lequotidiendulac.fr": Site2("Le Quotidien du Lac", "portal2"),
    "levigie-hebdo.fr": Site2("La Vigie Hebdo", "wpnews"),
    "infos-brousse.blogspot.com": Site2("Infos Brousse", "blogger2"),
    # Spanish
    "diarioelmirador.com.ve": Site2("Diario El Mirador", "portal2"),
    "noticiaslibres24.com": Site2("Noticias Libres 24", "wpnews"),
    "cronicapampeana.blogspot.com": Site2("Crónica Pampeana", "blogger2"),
    # German
    "tagesblick-online.de": Site2("Tagesblick", "portal2"),
    "nachrichten-nordost.de": Site2("Nachrichten Nordost", "wpnews"),
    "derkiezreporter.de": Site2("Der Kiezreporter", "ghost", "derkiezreporter.de"),
    # Portuguese
    "jornaldoplanalto.com.br": Site2("Jornal do Planalto", "portal2"),
    "gazetadoribatejo.pt": Site2("Gazeta do Ribatejo", "wpnews"),
    "blogdosertao.blogspot.com": Site2("Blog do Sertão", "blogger2"),
    # Italian
    "lagazzettadellavalle.it": Site2("La Gazzetta della Valle", "portal2"),
    "notizieflash24.it": Site2("Notizie Flash 24", "wpnews"),
    "ilcronistadiprovincia.blogspot.com": Site2("Il Cronista di Provincia", "blogger2"),
    # Arabic
    "alwaha-news.com": Site2("أخبار الواحة", "portal2"),
    "sada-almadina.net": Site2("صدى المدينة", "wpnews"),
    "mudawwanat-alkhabar.blogspot.com": Site2("مدونة الخبر", "blogger2"),
    # Urdu
    "roshni-news.pk": Site2("روشنی نیوز", "portal2"),
    "sada-e-watan.com": Site2("صدائے وطن", "wpnews"),
    "urdu-diary.blogspot.com": Site2("اردو ڈائری", "blogger2"),
    # Hindi
    "khabar-express.in": Site2("खबर एक्सप्रेस", "amp"),
    "apna-zila.com": Site2("अपना ज़िला", "wpnews"),
    "gaon-ki-awaaz.blogspot.com": Site2("गांव की आवाज़", "blogger2"),
    # Indonesian
    "kabarnusantara24.id": Site2("Kabar Nusantara 24", "portal2"),
    "beritaterkini-online.com": Site2("Berita Terkini Online", "wpnews"),
    "catatanwarga.blogspot.com": Site2("Catatan Warga", "blogger2"),
    # Turkish
    "karadenizgundem.com": Site2("Karadeniz Gündem", "portal2"),
    "sonhaber24.com.tr": Site2("Son Haber 24", "wpnews"),
    "kentgunlugu.blogspot.com": Site2("Kent Günlüğü", "blogger2"),
}

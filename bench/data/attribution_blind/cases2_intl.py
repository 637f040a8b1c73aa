# ruff: noqa: E501, RUF001
"""Non-English cases of the second blind set: fr, es, de, pt, it, ar, ur, hi, id, tr.

Credit wordings are each language's own reprint conventions ("Artikel ini telah tayang di",
"Estadão Conteúdo", "Erstveröffentlichung", "(hi.s.)", "(DHA)", ...), written without reading
the attribution code. Append only: ids follow list order.
"""

from __future__ import annotations

from model import chart, dateline, figure, head, inline, link, tail
from model2 import Case2, case2, source_box

# fmt: off
# Hand-aligned data: one case per call, credit parts on the following line(s).
FR: list[Case2] = [
    case2("in_table", "fr", "lequotidiendulac.fr", "fr_tramway", "Le Figaro", ["Le Figaro", "Figaro"], "head-em",
          head("Article initialement paru dans Le Figaro", "em")),
    case2("out_of_table", "fr", "levigie-hebdo.fr", "fr_boulangerie", "L'Écho du Lac", ["L'Écho du Lac", "L'Echo du Lac", "Écho du Lac"], "tail-p",
          tail("Avec l'aimable autorisation de L'Écho du Lac")),
    case2("out_of_table", "fr", "infos-brousse.blogspot.com", "fr_vendanges", "lavoixdesvallees.fr", ["lavoixdesvallees.fr", "La Voix des Vallées"], "tail-link",
          link("Lire la suite sur ", "lavoixdesvallees.fr", "https://www.lavoixdesvallees.fr/2026/03/vendanges-precoces-corvanne/")),
    case2("out_of_table", "fr", "lequotidiendulac.fr", "fr_vendanges", "Le Petit Vigneron", ["Le Petit Vigneron", "Petit Vigneron"], "tail-p",
          tail("Cet article a d'abord été publié sur Le Petit Vigneron.")),
    case2("wire", "fr", "levigie-hebdo.fr", "fr_tramway", "Keystone-SDA", ["Keystone-SDA", "Keystone-ATS", "ATS", "SDA"], "dateline",
          dateline("Lausanne (ATS) -"), note="Swiss agency in its French name"),
    case2("wire", "fr", "infos-brousse.blogspot.com", "fr_boulangerie", "Belga", ["Belga", "Agence Belga"], "tail-p",
          tail("(Avec Belga)")),
    case2("negative_mention", "fr", "lequotidiendulac.fr", "fr_boulangerie", None, [], "none",
          insert=((2, "Selon Le Monde, près de trois cents communes du département n'ont plus aucun commerce alimentaire. « C'est une partie de notre vie qui s'en va », a confié à Reuters une cliente fidèle, venue acheter une dernière baguette samedi matin."),),
          keep=("Selon Le Monde, près de trois cents communes du département n'ont plus aucun commerce alimentaire.", "a confié à Reuters une cliente fidèle")),
    case2("negative_caption", "fr", "levigie-hebdo.fr", "fr_vendanges", None, [], "caption",
          figure("Des vendangeurs au travail de nuit près de Corvanne, le 20 août.", "© Photo AFP")),
]

ES: list[Case2] = [
    case2("in_table", "es", "diarioelmirador.com.ve", "es_cafe", "Infobae", ["Infobae"], "tail-p",
          tail("Cortesía de Infobae")),
    case2("out_of_table", "es", "noticiaslibres24.com", "es_incendio", "El Faro de la Sierra", ["El Faro de la Sierra", "Faro de la Sierra"], "tail-em",
          tail("Este artículo se publicó originalmente en El Faro de la Sierra.", "em")),
    case2("out_of_table", "es", "cronicapampeana.blogspot.com", "es_metro", "Agencia Ocote", ["Agencia Ocote"], "tail-p",
          tail("Reproducido con autorización de Agencia Ocote."), note="'Agencia' in an outlet's name, not a wire"),
    case2("out_of_table", "es", "diarioelmirador.com.ve", "es_incendio", "diariodelsur.com.uy", ["diariodelsur.com.uy", "Diario del Sur"], "tail-p",
          tail("Vía: diariodelsur.com.uy")),
    case2("wire", "es", "noticiaslibres24.com", "es_cafe", "Prensa Latina", ["Prensa Latina", "PL"], "dateline",
          dateline("La Habana, 4 mar (Prensa Latina)")),
    case2("wire", "es", "cronicapampeana.blogspot.com", "es_incendio", "Notimex", ["Notimex", "NTX"], "dateline+sign-off",
          dateline("Ciudad de México, 4 Mar (Notimex).-"), tail("NTX/RML/MVC", credit=False)),
    case2("negative_mention", "es", "noticiaslibres24.com", "es_metro", None, [], "none",
          insert=((2, "Según informó la agencia EFE, otras tres ciudades del país estudian medidas similares. El concejal de Movilidad declaró a Europa Press que el servicio nocturno se financiará sin subir el precio del billete sencillo."),),
          keep=("Según informó la agencia EFE, otras tres ciudades del país estudian medidas similares.", "El concejal de Movilidad declaró a Europa Press")),
    case2("own_page", "es", "prensa-latina.cu", "es_cafe", None, [], "own-dateline",
          dateline("La Habana, 4 mar (Prensa Latina)")),
]

DE: list[Case2] = [
    case2("in_table", "de", "tagesblick-online.de", "de_brucke", "Süddeutsche Zeitung", ["Süddeutsche Zeitung", "SZ", "Sueddeutsche Zeitung"], "tail-p",
          tail("Erstveröffentlichung: Süddeutsche Zeitung")),
    case2("out_of_table", "de", "derkiezreporter.de", "de_radweg", "kiezblatt-nordost.de", ["kiezblatt-nordost.de", "Kiezblatt Nordost"], "tail-em",
          tail("Dieser Text erschien zuerst auf kiezblatt-nordost.de.", "em")),
    case2("out_of_table", "de", "nachrichten-nordost.de", "de_pflege", "Der Oberland-Bote", ["Der Oberland-Bote", "Oberland-Bote"], "markup-article-source",
          source_box("Quelle:", "Der Oberland-Bote")),
    case2("wire", "de", "tagesblick-online.de", "de_pflege", "KNA", ["KNA", "Katholische Nachrichten-Agentur"], "dateline",
          dateline("Bonn (KNA)")),
    case2("wire", "de", "nachrichten-nordost.de", "de_radweg", "epd", ["epd", "Evangelischer Pressedienst"], "dateline",
          dateline("Hannover (epd).")),
    case2("wire", "de", "derkiezreporter.de", "de_brucke", "dpa", ["dpa", "Deutsche Presse-Agentur", "DPA"], "byline-author",
          tail("Von Miriam Schlosser, dpa"), note="dpa byline line at the end of the text"),
    case2("negative_mention", "de", "tagesblick-online.de", "de_radweg", None, [], "none",
          insert=((2, "„Das ist ein guter Tag für alle, die Rad fahren“, sagte die Oberbürgermeisterin dem „Tagesspiegel“. Wie die „Bild“-Zeitung berichtete, hatten Anwohner zuvor vergeblich gegen die Fällung der alten Bäume am Ufer geklagt."),),
          keep=("sagte die Oberbürgermeisterin dem „Tagesspiegel“.", "Wie die „Bild“-Zeitung berichtete")),
    case2("negative_caption", "de", "nachrichten-nordost.de", "de_brucke", None, [], "caption",
          figure("Die gesperrte Talbrücke bei Ebersfeld.", "Foto: picture alliance/dpa | Jonas Brenner")),
]

PT: list[Case2] = [
    case2("in_table", "pt", "jornaldoplanalto.com.br", "pt_favela", "O Globo", ["O Globo", "Globo"], "tail-em",
          tail("Este artigo foi publicado originalmente em O Globo.", "em")),
    case2("out_of_table", "pt", "gazetadoribatejo.pt", "pt_seca", "Jornal da Serra", ["Jornal da Serra"], "tail-p",
          tail("Conteúdo cedido por Jornal da Serra")),
    case2("out_of_table", "pt", "blogdosertao.blogspot.com", "pt_favela", "correiodoagreste.com.br", ["correiodoagreste.com.br", "Correio do Agreste"], "tail-link",
          link("Leia a matéria completa em ", "correiodoagreste.com.br", "https://correiodoagreste.com.br/cidades/moradores-ganham-posse-das-casas")),
    case2("wire", "pt", "jornaldoplanalto.com.br", "pt_surf", "Estadão Conteúdo", ["Estadão Conteúdo", "Estadão", "Estadao Conteudo"], "tail-p",
          tail("Estadão Conteúdo"), note="Brazilian portals' syndication credit, alone on a line"),
    case2("wire", "pt", "blogdosertao.blogspot.com", "pt_seca", "Reuters", ["Reuters"], "tail-p",
          tail("(Com Reuters)")),
    case2("negative_mention", "pt", "gazetadoribatejo.pt", "pt_surf", None, [], "none",
          insert=((2, "Segundo a Folha, a organização do circuito já manifestou interesse em regressar no próximo ano. O presidente da junta disse à Lusa que a vila precisa de mais parques de estacionamento antes de receber um evento desta dimensão."),),
          keep=("Segundo a Folha, a organização do circuito já manifestou interesse em regressar no próximo ano.", "O presidente da junta disse à Lusa")),
    case2("no_credit", "pt", "jornaldoplanalto.com.br", "pt_seca", None, [], "none",
          tail("Com informações da assessoria de imprensa da prefeitura", credit=False),
          note="a press office as the information source, not a publisher"),
]

IT: list[Case2] = [
    case2("in_table", "it", "lagazzettadellavalle.it", "it_olio", "Corriere della Sera", ["Corriere della Sera", "Corriere"], "tail-p",
          tail("Fonte: Corriere della Sera")),
    case2("out_of_table", "it", "notizieflash24.it", "it_ponte", "Il Giornale di Valdiriva", ["Il Giornale di Valdiriva", "Giornale di Valdiriva"], "tail-em",
          tail("Articolo tratto da Il Giornale di Valdiriva", "em")),
    case2("out_of_table", "it", "ilcronistadiprovincia.blogspot.com", "it_museo", "L'Eco del Serchio", ["L'Eco del Serchio", "Eco del Serchio"], "head-em",
          head("Per gentile concessione di L'Eco del Serchio", "em")),
    case2("out_of_table", "it", "lagazzettadellavalle.it", "it_museo", "borgorivaoggi.it", ["borgorivaoggi.it", "Borgoriva Oggi"], "tail-link",
          link("", "Leggi l'articolo originale", "https://www.borgorivaoggi.it/cultura/affresco-ritrovato-museo-civico")),
    case2("wire", "it", "notizieflash24.it", "it_olio", "AGI", ["AGI", "Agenzia Italia", "Agenzia Giornalistica Italia"], "dateline",
          dateline("(AGI) - Firenze, 4 mar. -"), note="agency not in the table"),
    case2("wire", "it", "ilcronistadiprovincia.blogspot.com", "it_ponte", "ANSA", ["ANSA", "Agenzia ANSA"], "dateline+sign-off",
          dateline("(ANSA) - LUCCA, 04 MAR -"), tail("(ANSA).")),
    case2("negative_mention", "it", "notizieflash24.it", "it_museo", None, [], "none",
          insert=((2, "La scoperta era stata anticipata dall'ANSA lo scorso anno, e la direttrice ha raccontato a Repubblica di aver pianto quando sono emersi i primi volti dei mercanti. Anche il Corriere della Sera aveva dedicato un servizio al cantiere."),),
          keep=("La scoperta era stata anticipata dall'ANSA lo scorso anno", "Anche il Corriere della Sera aveva dedicato un servizio al cantiere.")),
    case2("own_page", "it", "ansa.it", "it_olio", None, [], "own-dateline",
          dateline("(ANSA) - FIRENZE, 04 MAR -")),
]

AR: list[Case2] = [
    case2("in_table", "ar", "alwaha-news.com", "ar_tamr", "Asharq Al-Awsat", ["Asharq Al-Awsat", "الشرق الأوسط", "Asharq Al Awsat"], "tail-p",
          tail("بتصرف عن الشرق الأوسط"), note="'adapted from'"),
    case2("out_of_table", "ar", "sada-almadina.net", "ar_tahlia", "المنصة", ["المنصة", "Al Manassa", "موقع المنصة"], "tail-p",
          tail("نشر هذا المقال أولا في موقع المنصة")),
    case2("out_of_table", "ar", "mudawwanat-alkhabar.blogspot.com", "ar_madaris", "alwadi-today.com", ["alwadi-today.com", "الوادي اليوم"], "tail-link",
          link("", "للاطلاع على الخبر من المصدر اضغط هنا", "https://www.alwadi-today.com/news/2026/03/04/schools-reopen"),
          note="Arabic 'Source link': click here for the source"),
    case2("wire", "ar", "alwaha-news.com", "ar_madaris", "Kuwait News Agency", ["Kuwait News Agency", "KUNA", "كونا"], "dateline",
          dateline("الكويت - 4 - 3 (كونا) --")),
    case2("wire", "ar", "sada-almadina.net", "ar_tamr", "Middle East News Agency", ["Middle East News Agency", "MENA", "أ ش أ"], "dateline",
          dateline("القاهرة (أ ش أ) -")),
    case2("negative_mention", "ar", "alwaha-news.com", "ar_tahlia", None, [], "none",
          insert=((2, "وبحسب ما نقلته وكالة رويترز عن مسؤول في الشركة المنفذة، فإن المرحلة الثانية من المشروع ستبدأ العام المقبل. وقال المهندس العبيدي لقناة الجزيرة إن المحطة ستغطي احتياجات المدينة حتى عام ألفين وأربعين على الأقل."),),
          keep=("وبحسب ما نقلته وكالة رويترز عن مسؤول في الشركة المنفذة", "وقال المهندس العبيدي لقناة الجزيرة")),
    case2("negative_caption", "ar", "sada-almadina.net", "ar_madaris", None, [], "chart",
          chart("المدارس المرممة حسب المديرية", [("الشمال", "12"), ("الوسط", "11"), ("الجنوب", "9")], "المصدر: وزارة التربية والتعليم"),
          note="ministry as the data source"),
    case2("own_page", "ar", "wam.ae", "ar_tamr", None, [], "own-dateline",
          dateline("أبوظبي في 4 مارس/ وام/")),
]

UR: list[Case2] = [
    case2("in_table", "ur", "roshni-news.pk", "ur_metro", "Deutsche Welle", ["Deutsche Welle", "DW", "DW Urdu", "ڈی ڈبلیو اردو"], "tail-p",
          tail("ماخذ: ڈی ڈبلیو اردو")),
    case2("out_of_table", "ur", "sada-e-watan.com", "ur_gandum", "روزنامہ آفتاب", ["روزنامہ آفتاب", "آفتاب", "Daily Aftab"], "tail-p",
          tail("یہ مضمون پہلے روزنامہ آفتاب میں شائع ہوا")),
    case2("out_of_table", "ur", "urdu-diary.blogspot.com", "ur_hospital", "qaumiawaz.pk", ["qaumiawaz.pk", "قومی آواز"], "tail-link",
          link("", "اصل خبر یہاں پڑھیں", "https://www.qaumiawaz.pk/health/2026/03/district-hospital-maternity-ward")),
    case2("wire", "ur", "roshni-news.pk", "ur_hospital", "Sana News", ["Sana News", "ثناء نیوز", "SANA News Agency"], "dateline",
          dateline("اسلام آباد (ثناء نیوز)"), note="Pakistani agency not in the table"),
    case2("wire", "ur", "sada-e-watan.com", "ur_metro", "Xinhua", ["Xinhua", "شنہوا"], "dateline",
          dateline("بیجنگ (شنہوا)")),
    case2("negative_mention", "ur", "roshni-news.pk", "ur_gandum", None, [], "none",
          insert=((2, "وائس آف امریکہ سے گفتگو کرتے ہوئے ایک زرعی ماہر نے کہا کہ حکومت کو خریداری کی پالیسی بروقت جاری کرنی چاہیے، جبکہ جیو نیوز کی ایک رپورٹ کے مطابق کئی اضلاع میں باردانہ اب تک تقسیم نہیں کیا گیا۔"),),
          keep=("وائس آف امریکہ سے گفتگو کرتے ہوئے ایک زرعی ماہر نے کہا", "جیو نیوز کی ایک رپورٹ کے مطابق")),
    case2("negative_caption", "ur", "urdu-diary.blogspot.com", "ur_metro", None, [], "caption",
          figure("الیکٹرک بس کے افتتاح کے موقع پر شہری سفر کر رہے ہیں۔", "فوٹو: اے پی پی")),
]

HI: list[Case2] = [
    case2("in_table", "hi", "khabar-express.in", "hi_school", "Dainik Jagran", ["Dainik Jagran", "दैनिक जागरण", "Jagran"], "tail-p",
          tail("यह लेख मूल रूप से दैनिक जागरण पर प्रकाशित हुआ था।")),
    case2("out_of_table", "hi", "apna-zila.com", "hi_sadak", "ग्रामीण टाइम्स", ["ग्रामीण टाइम्स", "Gramin Times"], "tail-p",
          tail("सौजन्य: ग्रामीण टाइम्स")),
    case2("out_of_table", "hi", "gaon-ki-awaaz.blogspot.com", "hi_mandi", "mewarmail.in", ["mewarmail.in", "मेवाड़ मेल", "Mewar Mail"], "tail-link",
          link("", "मूल खबर पढ़ने के लिए यहां क्लिक करें", "https://www.mewarmail.in/mandi/onion-prices-fall-farmers-protest")),
    case2("wire", "hi", "khabar-express.in", "hi_mandi", "Hindusthan Samachar", ["Hindusthan Samachar", "हिन्दुस्थान समाचार", "हि.स."], "sign-off",
          inline("(हि.स.)"), note="Hindusthan Samachar's sign-off, not in the table"),
    case2("wire", "hi", "apna-zila.com", "hi_school", "United News of India", ["United News of India", "UNI", "यूएनआई", "यूनीवार्ता"], "dateline",
          dateline("भोपाल, 4 मार्च (यूएनआई)")),
    case2("negative_mention", "hi", "gaon-ki-awaaz.blogspot.com", "hi_sadak", None, [], "none",
          insert=((2, "ग्राम प्रधान ने समाचार एजेंसी एएफपी के एक संवाददाता को भी सड़क की हालत दिखाई थी। एनडीटीवी की एक रिपोर्ट के मुताबिक राज्य में पिछले दो वर्षों में बनी कई ग्रामीण सड़कों की गुणवत्ता पर सवाल उठे हैं।"),),
          keep=("ग्राम प्रधान ने समाचार एजेंसी एएफपी के एक संवाददाता को भी सड़क की हालत दिखाई थी।", "एनडीटीवी की एक रिपोर्ट के मुताबिक")),
    case2("negative_caption", "hi", "khabar-express.in", "hi_sadak", None, [], "caption",
          figure("बारिश में बह गई सड़क का एक हिस्सा।", "फोटो: पीटीआई")),
]

ID: list[Case2] = [
    case2("in_table", "id", "kabarnusantara24.id", "id_kereta", "The Jakarta Post", ["The Jakarta Post", "Jakarta Post"], "tail-p",
          tail("Sumber: The Jakarta Post")),
    case2("out_of_table", "id", "beritaterkini-online.com", "id_banjir", "Kompas.com", ["Kompas.com", "Kompas"], "tail-p",
          tail('Artikel ini telah tayang di Kompas.com dengan judul "Banjir Rendam Ribuan Rumah di Tiga Kecamatan". Klik untuk baca: https://regional.kompas.com/read/2026/03/04/banjir-rendam-ribuan-rumah'),
          note="the Indonesian syndication trailer"),
    case2("out_of_table", "id", "catatanwarga.blogspot.com", "id_kopi", "detikcom", ["detikcom", "detikNews", "detik.com", "detiknews"], "tail-p",
          tail('Baca artikel detiknews, "Petani Kopi Muda Raup Untung dari Ekspor" selengkapnya https://news.detik.com/berita/d-7212345/petani-kopi-muda'),
          note="detik's copy trailer"),
    case2("wire", "id", "beritaterkini-online.com", "id_kereta", "Antara", ["Antara", "ANTARA", "Antara News"], "dateline",
          dateline("Tanjung Karang Baru (ANTARA) -")),
    case2("wire", "id", "catatanwarga.blogspot.com", "id_banjir", "Reuters", ["Reuters"], "tail-p",
          tail("Sumber: Reuters via ANTARA"), note="'X via Y' with two wires: X is the source"),
    case2("negative_mention", "id", "kabarnusantara24.id", "id_banjir", None, [], "none",
          insert=((2, "Kepada Antara, seorang warga mengatakan air naik sangat cepat pada tengah malam. Menurut laporan Tempo, izin pembukaan lahan di hulu sungai telah dipersoalkan oleh aktivis lingkungan sejak beberapa tahun lalu."),),
          keep=("Kepada Antara, seorang warga mengatakan air naik sangat cepat pada tengah malam.", "Menurut laporan Tempo")),
    case2("negative_caption", "id", "beritaterkini-online.com", "id_kopi", None, [], "caption",
          figure("Petani menjemur biji kopi di rumah pengering. (ANTARA FOTO/Budi Santoso)")),
    case2("own_page", "id", "antaranews.com", "id_kereta", None, [], "own-dateline",
          dateline("Tanjung Karang Baru (ANTARA) -")),
]

TR: list[Case2] = [
    case2("in_table", "tr", "karadenizgundem.com", "tr_kutuphane", "Deutsche Welle", ["Deutsche Welle", "DW", "DW Türkçe", "Deutsche Welle Türkçe"], "tail-p",
          tail("Bu haber ilk olarak Deutsche Welle Türkçe'de yayımlandı."), note="Turkish case suffix after the name"),
    case2("out_of_table", "tr", "sonhaber24.com.tr", "tr_findik", "Karadeniz'in Sesi", ["Karadeniz'in Sesi", "Karadeniz'in Sesi Gazetesi"], "tail-p",
          tail("Kaynak: Karadeniz'in Sesi Gazetesi")),
    case2("out_of_table", "tr", "kentgunlugu.blogspot.com", "tr_deprem", "kentmanset.com.tr", ["kentmanset.com.tr", "Kent Manşet"], "tail-link",
          link("Haberin devamı için: ", "kentmanset.com.tr", "https://www.kentmanset.com.tr/gundem/deprem-konutlari-teslim-edildi")),
    case2("wire", "tr", "karadenizgundem.com", "tr_findik", "Demirören Haber Ajansı", ["Demirören Haber Ajansı", "DHA"], "sign-off",
          tail("(DHA)"), note="Turkish agency sign-off, not in the table"),
    case2("wire", "tr", "sonhaber24.com.tr", "tr_deprem", "Anadolu Agency", ["Anadolu Agency", "Anadolu Ajansı", "AA", "Anadolu"], "dateline",
          dateline("KAHRAMANMARAŞ (AA) -")),
    case2("wire", "tr", "kentgunlugu.blogspot.com", "tr_kutuphane", "İhlas Haber Ajansı", ["İhlas Haber Ajansı", "İHA", "IHA"], "tail-p",
          tail("Kaynak: İHA")),
    case2("negative_mention", "tr", "sonhaber24.com.tr", "tr_kutuphane", None, [], "none",
          insert=((2, "AFP'ye konuşan bir restorasyon uzmanı, taş işçiliğinin bölgedeki en iyi örneklerden biri olduğunu söyledi. Kütüphane açılışı, Anadolu Ajansı'nın geçen yıl yayımladığı bir belgeselde de yer almıştı. Restorasyon sürecinde binanın avlusunda bulunan eski yazıtlar da uzmanlar tarafından tek tek belgelendi."),),
          keep=("AFP'ye konuşan bir restorasyon uzmanı", "Anadolu Ajansı'nın geçen yıl yayımladığı bir belgeselde de yer almıştı.")),
    case2("negative_caption", "tr", "karadenizgundem.com", "tr_deprem", None, [], "caption",
          figure("Yeni konutların anahtarları törenle teslim edildi.", "Fotoğraf: AA")),
    case2("own_page", "tr", "iha.com.tr", "tr_findik", None, [], "own-sign-off",
          tail("(İHA)", credit=False)),
]

CASES_INTL: list[Case2] = [*FR, *ES, *DE, *PT, *IT, *AR, *UR, *HI, *ID, *TR]

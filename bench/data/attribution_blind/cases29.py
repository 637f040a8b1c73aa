# ruff: noqa: E501, RUF001
"""Cases of the twenty-ninth blind set: sites, the chrome's noise by language, and the pages.

Labels follow newsroom conventions: who really published the story. Wire copy on another site
credits the wire; an outlet's or wire's own page is null (own_page); an original that mentions,
quotes or pictures an outlet is null. Every line that credits the original is a credit line; a
dateline is not (its paragraph's words are kept). Names, places and figures are invented; real
outlets are named as outlets only.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Site:
    name: str
    cms: str
    lang: str
    region: str
    group: str = ""
    host: str = ""  # "" = www.<site>


@dataclass
class C:
    site: str
    story: str
    category: str
    publisher: str | None = None
    accept: tuple[str, ...] = ()
    by: str | None = None  # byline names (the template adds its own "By")
    bc: bool = False  # the byline credits the original
    dl: str = ""  # dateline opening the first paragraph
    top: str | None = None  # credit line over the body
    end: tuple[str, ...] = ()  # lines after the body
    es: str = "p"  # style of the end lines
    src: str | None = None  # the template's source field
    cap: str | None = None  # the lead photo's credit (caption pages), or another credit
    men: tuple[int, str] | None = None  # (paragraph, sentence) a mention appended to it
    n: int | None = None  # paragraphs used (None = all)
    ld: str | None = None  # JSON-LD author as an Organization (some CMSs emit the wire)
    gal: tuple[str, ...] = ()
    live: tuple[tuple[str, str], ...] = ()
    note: str = ""
    lang: str = field(default="")


SITES29: dict[str, Site] = {
    # Louisiana's Acadiana
    "katc.com": Site("KATC", "tvgroup", "en", "acadiana", "Scripps Media, Inc."),
    "bayoutecheledger.com": Site("Bayou Teche Ledger", "tagdiv", "en", "acadiana"),
    "acadiana-crawfishreport.com": Site("Acadiana Crawfish Report", "generatepress", "en", "acadiana"),
    "thecrawfishletter.com": Site("The Crawfish Letter", "substack", "en", "acadiana", "Rémy Boudreaux"),
    "cajunradio1017.com": Site("Cajun 101.7", "radiogroup", "en", "acadiana", "Teche Broadcasting Group"),
    # Arizona's White Mountains
    "wmicentral.com": Site("White Mountain Independent", "arc", "en", "whitemtn", "White Mountain Publishing Co."),
    "mogollonrimdaily.com": Site("Mogollon Rim Daily", "astra", "en", "whitemtn"),
    "showlowtoday.com": Site("Show Low Today", "ghost", "en", "whitemtn"),
    "whitemountainsnow.com": Site("White Mountains Now", "brightspot", "en", "whitemtn", "Rim Country Media"),
    # Yukon
    "yukon-news.com": Site("Yukon News", "drupal", "en", "yukon", "Black Press Media"),
    "yukonrivercurrent.ca": Site("Yukon River Current", "soledad", "en", "yukon"),
    "dawsonbulletin.ca": Site("The Dawson Bulletin", "ghost", "en", "yukon"),
    "northernlights983.ca": Site("Northern Lights 98.3", "radiogroup", "en", "yukon", "Midnight Sun Radio Group"),
    # South Australia's Eyre Peninsula
    "portlincolntimes.com.au": Site("Port Lincoln Times", "arc", "en", "eyre", "Australian Community Media"),
    "eyrepeninsulafarmer.com.au": Site("Eyre Peninsula Farmer", "generatepress", "en", "eyre"),
    "spencergulfnews.com.au": Site("Spencer Gulf News", "brightspot", "en", "eyre", "Gulf Coast Media Pty Ltd"),
    "tumbybaytimes24.com.au": Site("Tumby Bay Times", "wix", "en", "eyre"),
    # Samoa's Savai'i
    "samoaobserver.ws": Site("Samoa Observer", "arc", "en", "savaii", "Samoa Observer Company Ltd"),
    "savaiinews.ws": Site("Savai'i News", "tagdiv", "en", "savaii"),
    "salelologa-online.com": Site("Salelologa Online", "wix", "en", "savaii"),
    "moanaweekly.com": Site("Moana Weekly", "substack", "en", "savaii", "Leota Faleafaga"),
    # Grenada's Carriacou
    "nowgrenada.com": Site("NOW Grenada", "tagdiv", "en", "grenada"),
    "carriacouvoice.com": Site("Carriacou Voice", "wix", "en", "grenada"),
    "spicemarketnews.com": Site("Spice Market News", "squarespace", "en", "grenada"),
    "grenadinesdigest.com": Site("Grenadines Digest", "astra", "en", "grenada"),
    # Dominica's north
    "dominicanewsonline.com": Site("Dominica News Online", "soledad", "en", "dominica"),
    "portsmouthdm.com": Site("Portsmouth DM", "ghost", "en", "dominica"),
    "natureislandpost.com": Site("Nature Island Post", "medium", "en", "dominica"),
    # English portals and aggregators (stories from several regions)
    "homepage-news.com": Site("Homepage News", "partner", "en", "", "Homepage Interactive"),
    "localpulse.app": Site("LocalPulse", "newsbreak", "en", "", "LocalPulse Inc."),
    # Spanish: Chocó
    "quibdoaldia.com": Site("Quibdó al Día", "tagdiv", "es", "choco"),
    "chocoenlinea.co": Site("Chocó en Línea", "generatepress", "es", "choco"),
    "atratoestereo.com": Site("Atrato Estéreo", "radiogroup", "es", "choco", "Cadena Radial del Pacífico"),
    "pacificoinforma.com": Site("Pacífico Informa", "drupal", "es", "choco"),
    # Portuguese: Pantanal
    "campograndenews.com.br": Site("Campo Grande News", "brightspot", "pt", "pantanal"),
    "corumbaagora.com.br": Site("Corumbá Agora", "tagdiv", "pt", "pantanal"),
    "pantanalhoje.com.br": Site("Pantanal Hoje", "soledad", "pt", "pantanal"),
    "diariodoamolar.com.br": Site("Diário do Amolar", "astra", "pt", "pantanal"),
    # Arabic: Akkar
    "annahar.com": Site("النهار", "arc", "ar", "akkar", "دار النهار للنشر"),
    "akkar-today.com": Site("عكار اليوم", "tagdiv", "ar", "akkar"),
    "qoubaiyat-news.com": Site("القبيات نيوز", "generatepress", "ar", "akkar"),
    "shamal-lb.com": Site("شمال لبنان", "drupal", "ar", "akkar"),
    # Russian: Nha Trang (a Rambler-style portal, Lenta.ru of the same group)
    "lenta.ru": Site("Лента.ру", "rambler", "ru", "nhatrang", "Rambler&Co"),
    "kolobok-portal.ru": Site("Колобок.Новости", "rambler", "ru", "nhatrang", "ООО «Колобок Медиа»", host="news.kolobok-portal.ru"),
    "turizm-segodnya24.ru": Site("Туризм сегодня", "tagdiv", "ru", "nhatrang"),
    # Turkish: İskenderun
    "hurriyet.com.tr": Site("Hürriyet", "arc", "tr", "hatay", "Demirören Medya"),
    "iskenderun-haber.com": Site("İskenderun Haber", "tagdiv", "tr", "hatay"),
    "hatayekspres.com.tr": Site("Hatay Ekspres", "soledad", "tr", "hatay"),
    "dortyolgazetesi.com": Site("Dörtyol Gazetesi", "astra", "tr", "hatay"),
    # Indonesian: Labuan Bajo
    "labuanbajopos.com": Site("Labuan Bajo Pos", "tagdiv", "id", "flores"),
    "floresinfo.id": Site("Flores Info", "generatepress", "id", "flores"),
    "mabar-news.com": Site("Mabar News", "astra", "id", "flores"),
    "komodoterkini.com": Site("Komodo Terkini", "wix", "id", "flores"),
    # Hindi: Bastar (a Dailyhunt-style aggregator among them)
    "amarujala.com": Site("अमर उजाला", "drupal", "hi", "bastar", "Amar Ujala Limited"),
    "khabarsetu.app": Site("खबरसेतु", "dailyhunt", "hi", "bastar", "Khabarsetu Technologies Pvt Ltd"),
    "bastarkhabar.in": Site("बस्तर खबर", "tagdiv", "hi", "bastar"),
    "jagdalpurlive.com": Site("जगदलपुर लाइव", "generatepress", "hi", "bastar"),
    # Korean: Bohol (a Naver-style portal)
    "chosun.com": Site("조선일보", "arc", "ko", "bohol", "조선일보사"),
    "dalbit.kr": Site("달빛뉴스", "naver", "ko", "bohol", "Dalbit", host="news.dalbit.kr"),
    "travel-news-k.co.kr": Site("트래블뉴스K", "astra", "ko", "bohol"),
    # Vietnamese: Hà Giang
    "tuoitre.vn": Site("Tuổi Trẻ Online", "brightspot", "vi", "hagiang", "Báo Tuổi Trẻ"),
    "hagiangtoday.vn": Site("Hà Giang Today", "tagdiv", "vi", "hagiang"),
    "dongvan24h.com": Site("Đồng Văn 24h", "soledad", "vi", "hagiang"),
    "vungcao-news.com": Site("Vùng Cao News", "generatepress", "vi", "hagiang"),
    # Persian: Ahvaz
    "khuzestan-khabar.ir": Site("خوزستان خبر", "tagdiv", "fa", "khuzestan"),
    "ahvaz-emrooz.ir": Site("اهواز امروز", "drupal", "fa", "khuzestan"),
    "karun-news.ir": Site("کارون نیوز", "astra", "fa", "khuzestan"),
    # Urdu: Tharparkar
    "tharnews.pk": Site("تھر نیوز", "tagdiv", "ur", "thar"),
    "mithi-times.pk": Site("مٹھی ٹائمز", "generatepress", "ur", "thar"),
    "sindh-akhbar.com": Site("سندھ اخبار", "soledad", "ur", "thar"),
    # Thai: Pak Phanang
    "nakhonnews.com": Site("นครนิวส์", "tagdiv", "th", "nakhon"),
    "pakphanangnews.com": Site("ปากพนังนิวส์", "wix", "th", "nakhon"),
    "southernthai-news.com": Site("ข่าวใต้วันนี้", "astra", "th", "nakhon"),
    # Catalan: the Ebro delta
    "ara.cat": Site("Ara", "arc", "ca", "ebre", "Ara Llibres SCCL"),
    "delta-ebre-noticies.cat": Site("Delta de l'Ebre Notícies", "drupal", "ca", "ebre"),
    "rapita-digital.cat": Site("La Ràpita Digital", "ghost", "ca", "ebre"),
}

#: Per story: section, lead photo caption (without credit), an embedded post, the site's other
#: stories linked as "Read also".
META: dict[str, dict] = {
    "acadiana": dict(section="Business", caption="A farmer empties a crawfish trap into a sack on a pond near Henderson.", embed=("fb", "Louisiana Crawfish Promotion Board", "LaCrawfishBoard", "Growers: the board's spring survey opens April 1. Tell us how the freeze hit your ponds."), also=["Lafayette council delays vote on drainage tax", "Rayne Frog Festival names new grand marshal"]),
    "whitemtn": dict(section="News", caption="Smoke from the Hog Canyon Fire rises over the ridge south of Pinetop-Lakeside.", embed=("tweet", "Apache-Sitgreaves NFs", "A_SNFs", "#HogCanyonFire is estimated at 2,300 acres. Crews held the fire north of the 260 overnight. Please stay out of the closure area."), also=["Show Low schools add two snow days to calendar", "Pinetop-Lakeside approves new trailhead parking"]),
    "yukon": dict(section="News", caption="Water covers Front Street at the north end of Dawson City.", embed=("tweet", "Yukon EMO", "YukonEMO", "Dawson City: flood evacuation centre open at Robert Service School. Stay off the dike and the riverbank."), also=["Whitehorse council approves budget with 3% tax increase", "Yukon Quest start moved to Fairbanks"]),
    "eyre": dict(section="Rural", caption="Sheep in the pens at the Cummins saleyards.", embed=("insta", "Cummins Saleyards", "cumminssaleyards", "Big yarding today, 9,000 head through the pens. Thanks to all the agents and truckies."), also=["Port Lincoln tuna festival confirms headline act", "Cleve council backs new aged care beds"]),
    "savaii": dict(section="Local", caption="Trucks queue outside the Salelologa wharf.", embed=("fb", "Samoa Shipping Corporation", "SamoaShipping", "NOTICE: The Lady Samoa IV will not sail today due to a mechanical fault. The MV Fotu o Samoa will run additional trips."), also=["Apia market vendors get new stalls", "Manu Samoa name squad for Pacific Nations Cup"]),
    "grenada": dict(section="Environment", caption="Sargassum piled on the beach at Windward, Carriacou.", embed=("insta", "Carriacou Dive Shop", "carriacoudive", "Leeward side still crystal clear this morning. Windward is a different story."), also=["Carriacou regatta dates announced", "Hillsborough jetty repairs to start in May"]),
    "dominica": dict(section="News", caption="Floodwater on Bay Street in Portsmouth.", embed=("fb", "Office of Disaster Management Dominica", "ODMDominica", "Shelters are open at Portsmouth Secondary School and Paix Bouche community centre. Avoid river crossings."), also=["Roseau cruise berth welcomes season's largest ship", "Dominica Festivals Committee unveils Creole Day plans"]),
    "atrato": dict(section="Regional", caption="Vecinos del barrio La Yesquita sacan enseres de sus casas inundadas.", embed=("tweet", "Gestión del Riesgo Chocó", "RiesgoChoco", "Alerta roja en la cuenca media del río Atrato. Evite acercarse a las orillas."), also=["Quibdó inaugura nuevo puerto para lanchas", "Abren convocatoria de becas para jóvenes del Chocó"]),
    "amolar": dict(section="Meio Ambiente", caption="Brigadistas combatem as chamas na região da Serra do Amolar.", embed=("insta", "Corpo de Bombeiros MS", "bombeirosms", "Equipes seguem no combate ao incêndio na Serra do Amolar. Denuncie queimadas: 193."), also=["Corumbá abre inscrições para festival de inverno", "Ponte sobre o rio Paraguai recebe obras de manutenção"]),
    "akkar": dict(section="لبنان", caption="جرافة تعمل على فتح طريق القموعة المغطاة بالثلوج.", embed=("tweet", "الدفاع المدني اللبناني", "LebCivilDefense", "عناصرنا يعملون على سحب السيارات العالقة على طريق القموعة."), also=["بلدية حلبا تطلق مشروعاً لإنارة الطرقات", "افتتاح مستوصف جديد في وادي خالد"]),
    "nhatrang": dict(section="Путешествия", caption="Красные флаги на пляже Нячанга.", embed=("youtube", "", "", "Шторм в Нячанге: волны на набережной Чан Фу"), also=["Во Вьетнаме упростили получение электронной визы", "Туроператоры назвали самые дешёвые направления весны"]),
    "iskenderun": dict(section="Yerel", caption="İskenderun sahil yolunda mahsur kalan araçlar.", embed=("tweet", "Hatay Valiliği", "HatayValiligi", "Kuvvetli yağış nedeniyle İskenderun'da okullar yarın tatil edilmiştir."), also=["İskenderun'da yeni sahil parkı açıldı", "Hatay'da narenciye hasadı başladı"]),
    "labuanbajo": dict(section="Daerah", caption="Kapal-kapal wisata bersandar di pelabuhan Labuan Bajo.", embed=("insta", "Info Labuan Bajo", "infolabuanbajo", "Update: semua kapal wisata belum boleh berlayar hari ini. Tetap pantau info resmi KSOP."), also=["Festival Golo Koe kembali digelar tahun ini", "Bandara Komodo tambah rute penerbangan baru"]),
    "indravati": dict(section="छत्तीसगढ़", caption="चित्रकोट के पास उफनती इंद्रावती नदी।", embed=("tweet", "Collector Bastar", "CollectorBastar", "इंद्रावती का जलस्तर खतरे के निशान से ऊपर है। कृपया नदी-नालों को पार न करें।"), also=["जगदलपुर में बस्तर दशहरा की तैयारियां शुरू", "दंतेवाड़ा में नया कृषि विज्ञान केंद्र खुला"]),
    "panglao": dict(section="국제", caption="태풍 영향으로 운항이 중단된 보홀 팡라오 국제공항.", embed=("youtube", "", "", "보홀 팡라오 공항 결항 현장 영상"), also=["세부 노선 증편…봄 성수기 앞두고 항공권 경쟁", "필리핀 여행 시 주의해야 할 우기 대비 요령"]),
    "mapileng": dict(section="Thời sự", caption="Hiện trường vụ sạt lở trên đèo Mã Pí Lèng.", embed=("fb", "Công an tỉnh Hà Giang", "conganhagiang", "Thông báo phân luồng giao thông qua khu vực sạt lở trên quốc lộ 4C."), also=["Hà Giang đón lượng khách kỷ lục dịp lễ hội hoa tam giác mạch", "Đồng Văn khánh thành trường học mới"]),
    "ahvaz": dict(section="استانی", caption="آسمان اهواز در روز توفان گرد و خاک.", embed=("tweet", "هواشناسی خوزستان", "KhuzestanMet", "هشدار نارنجی: تداوم وزش باد شدید و گرد و خاک تا ظهر چهارشنبه."), also=["آغاز برداشت گندم در شمال خوزستان", "بازگشایی پل سفید اهواز پس از مرمت"]),
    "tharparkar": dict(section="سندھ", caption="مٹھی کے سول اسپتال کا بچوں کا وارڈ۔", embed=("youtube", "", "", "تھر میں خشک سالی: مٹھی سے رپورٹ"), also=["تھر کول منصوبے کے دوسرے مرحلے کا افتتاح", "مٹھی میں نئی واٹر سپلائی اسکیم منظور"]),
    "pakphanang": dict(section="ข่าวภูมิภาค", caption="ชาวบ้านใช้เรือสัญจรในพื้นที่น้ำท่วม อำเภอปากพนัง", embed=("fb", "ปภ.นครศรีธรรมราช", "ddpmnakhon", "ประกาศจุดอพยพและศูนย์พักพิงชั่วคราวในอำเภอปากพนัง 12 แห่ง"), also=["นครศรีธรรมราชเตรียมจัดงานเทศกาลเดือนสิบ", "เปิดถนนเลียบชายฝั่งสายใหม่ในปากพนัง"]),
    "trabucador": dict(section="Territori", caption="La bretxa oberta a la barra del Trabucador.", embed=("tweet", "Protecció Civil", "emergenciescat", "Temporal de llevant: eviteu acostar-vos a la primera línia de mar a les Terres de l'Ebre."), also=["Amposta estrena un nou carril bici fins al Poble Nou", "L'arròs del Delta, a punt per a la nova campanya"]),
}

#: Photo galleries (captions with their credits) shown on some pages.
GALLERIES: dict[str, list[str]] = {
    "acadiana": ["Sacks of live crawfish at the Henderson docks. (Photo: Annelise Duhon)", "A boil shop's sign on Ambassador Caffery Parkway. (Photo: Annelise Duhon)"],
    "yukon": ["Sandbags outside the Dawson City Museum. (Photo: Lindsay Kerr)", "Ice blocks on the riverbank below Front Street. (Photo courtesy of Gail Fortier)"],
    "eyre": ["Agents at the Cummins saleyards. (Photo: Kerwin Baptiste)", "A dry dam near Lock. (Photo supplied)"],
    "atrato": ["Familias en el albergue del coliseo Niño Jesús. (Foto: Cruz Roja Colombiana)", "El malecón de Quibdó bajo el agua. (Foto: Óscar Mosquera)"],
    "iskenderun": ["Sahil yolunda su tahliyesi. (Fotoğraf: İskenderun İtfaiyesi)", "Konteyner kentte su baskını. (Fotoğraf: Elif Koç)"],
    "labuanbajo": ["Truk mengantre di pelabuhan. (Foto: Yohanes Jehadu)", "Nelayan memperbaiki jaring di Pulau Mesa. (Foto: Maria Ngganggus)"],
}

#: "Most read" items: other stories with their wire tags, as sites print them.
RAILS: dict[str, list[tuple[str, str]]] = {
    "en": [("Storms knock out power to 200,000 across the Midwest", "(AP)"), ("Oil prices slip as OPEC+ weighs output increase", "Reuters"), ("Wildfire smoke prompts air quality alerts in three provinces", "— The Canadian Press"), ("Pope names new archbishop for Caribbean diocese", "— AFP"), ("Treasury yields climb ahead of jobs report", "Bloomberg"), ("Cyclone season outlook warns of above-average activity", "AAP")],
    "es": [("El dólar cierra a la baja en Colombia", "(EFE)"), ("Petro anuncia cambios en su gabinete", "— Colprensa"), ("Sismo de magnitud 5,1 sacude el Eje Cafetero", "AFP"), ("Mundial de clubes: así quedaron los grupos", "Europa Press"), ("Precio de la gasolina sube en marzo", "(Reuters)"), ("Hallan nueva especie de rana en el Darién", "EFE")],
    "pt": [("Dólar fecha em queda com exterior favorável", "(Reuters)"), ("Lula sanciona lei de incentivo ao turismo rural", "Agência Brasil"), ("Frente fria derruba temperaturas no Sul", "Estadão Conteúdo"), ("Gasolina fica mais barata nas refinarias", "Folhapress"), ("Petrobras anuncia descoberta na Margem Equatorial", "(AFP)"), ("Senado aprova reforma do setor elétrico", "— Agência Senado")],
    "ca": [("El Govern aprova el decret de sequera", "(ACN)"), ("El Barça tanca el fitxatge d'un migcampista", "EFE"), ("Les Rodalies recuperen la freqüència a la R4", "— Europa Press"), ("Puja l'atur a Catalunya al febrer", "ACN"), ("Mor un excursionista al Montsec", "(EFE)"), ("El preu de l'habitatge toca sostre", "Europa Press")],
    "tr": [("Merkez Bankası faiz kararını açıkladı", "(AA)"), ("İstanbul'da trafik yoğunluğu rekor kırdı", "DHA"), ("Ege'de 4,6 büyüklüğünde deprem", "İHA"), ("Akaryakıta indirim geldi", "— AA"), ("Süper Lig'de derbi heyecanı", "DHA"), ("Altın fiyatları yükselişte", "(Reuters)")],
    "id": [("Harga beras naik jelang Ramadan", "(ANTARA)"), ("Gempa magnitudo 5,2 guncang Maluku", "Antara"), ("Rupiah menguat terhadap dolar AS", "— Reuters"), ("Timnas U-20 lolos ke putaran final", "Antara"), ("KPK tetapkan tersangka baru kasus korupsi", "(ANTARA)"), ("Pemerintah umumkan libur lebaran", "AFP")],
    "vi": [("Giá vàng trong nước tăng mạnh", "(TTXVN)"), ("Quốc hội thông qua luật đất đai sửa đổi", "TTXVN"), ("Xuất khẩu cà phê đạt kỷ lục", "— Reuters"), ("Bão số 2 đổ bộ vào Philippines", "AFP"), ("Hà Nội điều chỉnh giờ học mùa hè", "(TTXVN)"), ("Giá xăng giảm từ chiều nay", "TTXVN")],
    "ar": [("الليرة تتراجع أمام الدولار في السوق الموازية", "(رويترز)"), ("مجلس الوزراء يقر مشروع الموازنة", "الوكالة الوطنية"), ("غارة تستهدف سيارة في الجنوب", "— أ ف ب"), ("أسعار المحروقات ترتفع مجدداً", "الوكالة الوطنية"), ("الأمم المتحدة تحذر من أزمة غذاء", "(أ ف ب)"), ("برشلونة يفوز في الكلاسيكو", "رويترز")],
    "fa": [("قیمت دلار در بازار آزاد کاهش یافت", "(ایرنا)"), ("مجلس طرح مالیات بر خانه‌های خالی را تصویب کرد", "تسنیم"), ("زلزله ۴.۸ ریشتری هرمزگان را لرزاند", "— ایسنا"), ("پرسپولیس صدرنشین شد", "فارس"), ("افزایش قیمت بلیت هواپیما در نوروز", "(مهر)"), ("بارش برف در جاده چالوس", "ایرنا")],
    "ur": [("اسٹیٹ بینک نے شرح سود برقرار رکھی", "(اے پی پی)"), ("کراچی میں بارش کا امکان", "آن لائن"), ("پٹرول کی قیمت میں کمی", "— اے پی پی"), ("قومی ٹیم کا اسکواڈ اعلان", "(رائٹرز)"), ("گندم کی امدادی قیمت مقرر", "این این آئی"), ("سونے کی قیمت میں اضافہ", "اے پی پی")],
    "hi": [("सेंसेक्स 600 अंक चढ़ा, निफ्टी नई ऊंचाई पर", "(भाषा)"), ("दिल्ली में बारिश से पारा लुढ़का", "आईएएनएस"), ("आईपीएल का शेड्यूल जारी", "— एजेंसी"), ("रेलवे ने 40 नई ट्रेनों को दी मंजूरी", "(पीटीआई)"), ("सोने के दाम में तेजी", "वार्ता"), ("चुनाव आयोग ने की तारीखों की घोषणा", "एएनआई")],
    "ru": [("Курс доллара снизился на открытии торгов", "ТАСС"), ("В Москве ожидается до +12 градусов", "РИА Новости"), ("Аэрофлот возобновит рейсы во Вьетнам", "— Интерфакс"), ("ЦБ сохранил ключевую ставку", "(Reuters)"), ("В Приморье открыли новый паромный маршрут", "ТАСС"), ("Туроператоры сообщили о росте цен на Таиланд", "РБК")],
    "ko": [("코스피, 외국인 매수에 2,700선 회복", "연합뉴스"), ("내일 전국 흐리고 비…강원 산지 눈", "뉴시스"), ("국제유가 하락…WTI 배럴당 70달러", "(로이터)"), ("서울 아파트값 3주 연속 상승", "뉴스1"), ("정부, 봄철 산불 위기경보 '주의' 발령", "연합뉴스"), ("일본 규슈 규모 5.0 지진", "AFP")],
    "th": [("ตลาดหุ้นไทยปิดบวก 12 จุด", "(สำนักข่าวไทย)"), ("ครม.อนุมัติงบฟื้นฟูน้ำท่วมภาคใต้", "— ไทยพีบีเอส"), ("ราคาทองคำวันนี้ปรับขึ้น", "เอเอฟพี"), ("กรมอุตุฯ เตือนพายุฤดูร้อน", "สำนักข่าวไทย"), ("บาทแข็งค่าเทียบดอลลาร์", "(รอยเตอร์)"), ("ทีมชาติไทยประกาศรายชื่อนักเตะ", "สยามกีฬา")],
}

#: A wire's other stories ("More from <wire>").
MORE_FROM: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "en": ("AP", [("Flights resume at Fiji airport after cyclone", "(AP)"), ("Judge blocks Louisiana coastal permit", "(AP)"), ("Snowpack in the Rockies near record low", "(AP)")]),
    "es": ("EFE", [("Bolivia declara emergencia por lluvias", "(EFE)"), ("Ecuador recupera el suministro eléctrico", "(EFE)")]),
    "pt": ("Agência Brasil", [("Governo amplia Bolsa Família no Norte", "Agência Brasil"), ("Inmet prevê chuva forte no Sudeste", "Agência Brasil")]),
    "ar": ("أ ف ب", [("فيضانات في جنوب العراق", "(أ ف ب)"), ("الأردن يعلن خطة للمياه", "(أ ف ب)")]),
    "ru": ("ТАСС", [("В Якутии начался ледоход", "ТАСС"), ("На Камчатке проснулся вулкан Шивелуч", "ТАСС")]),
    "ko": ("연합뉴스", [("베트남 다낭 노선 증편", "연합뉴스"), ("태국 방콕 폭염 경보", "연합뉴스")]),
    "hi": ("भाषा", [("ओडिशा में बारिश से फसल प्रभावित", "(भाषा)"), ("केरल में मानसून की दस्तक जल्द", "(भाषा)")]),
}

COMMENTS: dict[str, list[tuple[str, str]]] = {
    "en": [("Dwight L.", "Saw this on the news last night. KATC had the best pictures."), ("Marie-Claire", "Reuters had a piece on this too but it got the numbers wrong."), ("bayoubob", "Praying for everyone affected. Stay safe out there.")],
    "es": [("Yeison M.", "Según El Tiempo ya van más de cinco mil familias afectadas."), ("Luz Dary", "Que Dios proteja a nuestra gente del Chocó.")],
    "pt": [("Carlos R.", "Vi no Jornal Nacional ontem, situação muito triste."), ("Mariana", "Precisamos de mais brigadistas lá.")],
    "tr": [("Ahmet K.", "NTV de aynı haberi verdi, belediye nerede?"), ("Zeynep", "Geçmiş olsun İskenderun.")],
    "ru": [("Игорь_В", "В прошлом году тоже так было, РБК писал."), ("Светлана", "Мы там сейчас, море правда страшное.")],
    "ko": [("여행러버", "작년에도 이런 일이 있었는데 항공사 대응이 너무 느림"), ("seoulmom", "KBS 뉴스에서도 나왔네요. 다들 무사히 귀국하시길")],
    "hi": [("रमेश साहू", "दैनिक भास्कर में भी यही खबर थी, प्रशासन को जल्दी करना चाहिए।"), ("Anita", "बस्तर के लोगों के लिए प्रार्थना।")],
    "ar": [("أبو علي", "نقلت قناة الجديد الصور نفسها مساء أمس."), ("ريما", "الله يحمي أهل عكار.")],
}

#: Staff and contributor names by language (for bylines that credit no one).
AUTHORS: dict[str, list[str]] = {
    "en": ["Renee Fontenot", "Marcus Hale", "Lindsay Kerr", "Bec Whitehead", "Sialai Tuilagi", "Kerwin Baptiste", "Jolene Pascal", "Graham Petit", "Tavita Leaupepe", "Annelise Duhon"],
    "es": ["Yamileth Rentería", "Óscar Mosquera", "Redacción Pacífico Informa"],
    "pt": ["Aline dos Santos", "Rodrigo Benites", "Thaís Miranda"],
    "ca": ["Marta Arasa", "Joan Forcadell"],
    "tr": ["Serkan Aydemir", "Elif Koç"],
    "id": ["Yohanes Jehadu", "Maria Ngganggus"],
    "vi": ["HOÀNG ANH", "Lò Văn Thắng"],
    "ar": ["ميشال حلاق", "رنا الأسعد"],
    "fa": ["مریم عباسی", "حمید سواری"],
    "ur": ["رمیش کمار", "نور محمد سمیجو"],
    "hi": ["अमर उजाला ब्यूरो, जगदलपुर", "संवाददाता, जगदलपुर"],
    "ru": ["Ольга Смирнова", "Денис Ковалёв"],
    "ko": ["김지훈 기자", "박성민 기자", "정다은 기자"],
    "th": ["ทีมข่าวภูมิภาค", "สมศักดิ์ ทองคำ"],
}

AP_TRAILER = "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."

CASES29: list[C] = [
    # ------------------------------------------------------------------ Acadiana
    C("katc.com", "acadiana", "own_page", by="Renee Fontenot", end=("Copyright 2026 Scripps Media, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.",), n=17, note="The station's own report: its reporter's byline and its owner's copyright line."),
    C("katc.com", "acadiana", "wire", "Associated Press", ("Associated Press", "The Associated Press", "AP"), by="By: The Associated Press", bc=True, dl="HENDERSON, La. (AP) — ", end=(AP_TRAILER,), n=15, ld="The Associated Press", note="AP copy on a TV station's site: the station's byline field names AP and the AP trailer closes the story; the JSON-LD author is AP; the dateline is kept."),
    C("bayoutecheledger.com", "acadiana", "in_table", "NPR", ("NPR", "National Public Radio"), by="Ledger Staff", src="NPR", n=19, note="tagDiv's SOURCE box names NPR; the staff byline only posted it."),
    C("bayoutecheledger.com", "acadiana", "negative_caption", by="Annelise Duhon", cap="(Photo by Claire Broussard/The Daily Advertiser)", n=13, note="Only the lead photo credit names an outlet (the photographer's paper): a caption."),
    C("acadiana-crawfishreport.com", "acadiana", "negative_mention", by="Graham Petit", men=(9, "Buyers told KATC on Monday that a few docks had stopped posting prices altogether."), note="The full long story; an outlet named as the one buyers spoke to is a mention."),
    C("thecrawfishletter.com", "acadiana", "out_of_table", "The Acadiana Advocate", ("The Acadiana Advocate", "Acadiana Advocate"), by="Rémy Boudreaux", end=("This piece first appeared in The Acadiana Advocate and is republished here with permission.",), es="em", n=18, note="A newsletter republishing a paper's story with its republication note."),
    C("thecrawfishletter.com", "acadiana", "no_credit", by="Rémy Boudreaux", n=6, note="The newsletter's own short take; nobody credited."),
    C("cajunradio1017.com", "acadiana", "negative_mention", by="Cajun 101.7 News", men=(3, "Thibodeaux told KLFY News 10 the same thing a week earlier, when the first sacks came up light."), n=11, note="A station's brief naming a TV station as the one a farmer spoke to."),
    C("cajunradio1017.com", "acadiana", "no_credit", by="Cajun 101.7 News", n=4, note="A radio newsroom brief; no credit."),
    C("localpulse.app", "acadiana", "in_table", "CBS News", ("CBS News", "CBS"), src="CBS News", n=15, note="An aggregator's source row (outlet · age) names the original."),
    # ------------------------------------------------------------------ White Mountains
    C("wmicentral.com", "whitemtn", "own_page", by="Marcus Hale, White Mountain Independent", n=16, note="The paper's own story; its name in the reporter's byline."),
    C("wmicentral.com", "whitemtn", "negative_caption", by="Jolene Pascal", cap="(Photo courtesy of the Apache-Sitgreaves National Forests)", gal=("Crews on Route 260 overnight. (Photo: Navajo County Sheriff's Office)", "Retardant drop above Porter Mountain. (Photo: Jolene Pascal/White Mountain Independent)"), n=15, note="Photo credits name an agency, a sheriff's office and the paper's own photographer: captions."),
    C("mogollonrimdaily.com", "whitemtn", "in_table", "CNN", ("CNN",), by="Rim Daily Staff", end=("This story was originally published by CNN.",), es="em", n=16, note="A closing line naming the original publisher."),
    C("mogollonrimdaily.com", "whitemtn", "wire", "Associated Press", ("Associated Press", "The Associated Press", "AP"), by="FELIPE ARCHULETA Associated Press", bc=True, dl="PINETOP-LAKESIDE, Ariz. (AP) — ", end=("Associated Press writer Dana Whitfield in Phoenix contributed to this report.",), n=15, note="AP byline (Astra prints 'By') and AP's contributor line; the dateline is kept."),
    C("showlowtoday.com", "whitemtn", "negative_mention", by="Show Low Today", men=(6, "Fire managers told KJZZ that the Type 3 team would hand the fire to a larger team if it crossed the highway."), n=16, note="A radio station named as the one officials spoke to."),
    C("showlowtoday.com", "whitemtn", "no_credit", by="Show Low Today", n=6, note="A short original; the Ghost site's own name as author."),
    C("homepage-news.com", "whitemtn", "in_table", "NBC News", ("NBC News", "NBC"), by="Story by Maya Ortega", src="NBC News", n=16, note="A partner portal's 'Provided by' line names the original."),
    C("whitemountainsnow.com", "whitemtn", "out_of_table", "Arizona Mirror", ("Arizona Mirror",), by="Dylan Hosteen, Arizona Mirror", bc=True, end=("This story was first published by the Arizona Mirror, an independent nonprofit newsroom, and is republished under a Creative Commons license.",), n=16, note="A nonprofit's story republished with its byline and republication note."),
    C("whitemountainsnow.com", "whitemtn", "negative_mention", by="White Mountains Now staff", n=5, live=(("6:10 a.m.", "Navajo County moved Bucksprings, Timber Mesa and Porter Mountain to GO status. Source: Navajo County Sheriff's Office."), ("7:45 a.m.", "APS says about 1,400 customers are without power as a precaution."), ("9:20 a.m.", "Route 260 has reopened between Pinetop-Lakeside and McNary, ADOT says.")), men=(4, "Arizona's Family reported that a second evacuation shelter was being considered in Snowflake."), note="A live blog whose entries cite officials; one paragraph mentions a TV station's report."),
    # ------------------------------------------------------------------ Yukon
    C("yukon-news.com", "yukon", "own_page", by="Lindsay Kerr", end=("Contact Lindsay Kerr at lindsay.kerr@yukon-news.com",), note="The paper's own story and its reporter's contact line."),
    C("yukon-news.com", "yukon", "wire", "The Canadian Press", ("The Canadian Press", "Canadian Press", "CP"), src="The Canadian Press", dl="DAWSON CITY, Yukon — ", n=15, note="CP copy with no author field: Drupal's Source field (its label and the name; the colon is added by CSS) names CP; the dateline is kept."),
    C("yukonrivercurrent.ca", "yukon", "in_table", "CBC News", ("CBC News", "CBC", "CBC North"), by="Current staff", src="CBC North", n=17, note="Soledad's source box names CBC North, a regional service of the table's CBC News."),
    C("yukonrivercurrent.ca", "yukon", "negative_caption", by="Graham Petit", cap="(Photo: Yukon Emergency Measures Organization)", n=12, note="A government photo credit: a caption."),
    C("dawsonbulletin.ca", "yukon", "out_of_table", "CKRW", ("CKRW", "CKRW The Rush"), by="Bulletin staff", end=("Source: CKRW The Rush",), es="strong", n=15, note="A bold source line naming a Whitehorse radio station."),
    C("dawsonbulletin.ca", "yukon", "negative_mention", by="Bulletin staff", men=(3, "Doiron told the Whitehorse Star later in the day that the pumps were keeping up."), n=13, note="A paper named as the one the fire chief spoke to."),
    C("northernlights983.ca", "yukon", "wire", "The Canadian Press", ("The Canadian Press", "Canadian Press", "CP"), by="By The Canadian Press", bc=True, dl="DAWSON CITY, Yukon — ", end=("This report by The Canadian Press was first published March 12, 2026.",), n=13, note="CP byline and CP's 'first published' trailer on a radio site; the dateline is kept."),
    C("northernlights983.ca", "yukon", "negative_caption", by="Northern Lights News", cap="(Photo: Town of the City of Dawson/Facebook)", n=10, note="A town's photo credit: a caption."),
    C("homepage-news.com", "yukon", "in_table", "CTV News", ("CTV News", "CTV"), by="Story by Brent Kuzyk", src="CTV News", n=17, note="A partner portal's 'Provided by' line."),
    # ------------------------------------------------------------------ Eyre Peninsula
    C("portlincolntimes.com.au", "eyre", "own_page", by="Bec Whitehead", n=15, note="The paper's own story with its reporter's byline."),
    C("portlincolntimes.com.au", "eyre", "wire", "Australian Associated Press", ("Australian Associated Press", "AAP"), by="Callum Reyes, AAP", bc=True, n=14, note="AAP copy on a regional paper: the byline names AAP."),
    C("eyrepeninsulafarmer.com.au", "eyre", "in_table", "ABC Australia", ("ABC Australia", "ABC Rural", "ABC"), by="Farmer staff", end=("Source: ABC Rural",), n=15, note="ABC Rural is a desk of the table's ABC Australia; answered by the table's name."),
    C("eyrepeninsulafarmer.com.au", "eyre", "negative_caption", by="Kerwin Baptiste", cap="Picture: Eyre Peninsula Landscape Board", n=12, note="A board's photo credit: a caption."),
    C("spencergulfnews.com.au", "eyre", "out_of_table", "InDaily", ("InDaily",), by="Spencer Gulf News", end=("This article first appeared on InDaily.",), n=15, note="A closing line naming an Adelaide site as the original."),
    C("spencergulfnews.com.au", "eyre", "no_credit", by="Spencer Gulf News", n=10, note="The site's own short story."),
    C("tumbybaytimes24.com.au", "eyre", "negative_mention", by="Tumby Bay Times", men=(8, "Schwarz said on ABC Radio Adelaide that the phone had not stopped ringing since the sales began."), n=15, note="A table outlet named as the programme a source spoke on: a mention."),
    C("tumbybaytimes24.com.au", "eyre", "no_credit", by="Tumby Bay Times", n=5, note="A short original on Wix."),
    C("localpulse.app", "eyre", "in_table", "The Guardian", ("The Guardian", "Guardian Australia", "Guardian"), src="Guardian Australia", n=15, note="An aggregator's source row; Guardian Australia is the table's Guardian."),
    # ------------------------------------------------------------------ Savai'i
    C("samoaobserver.ws", "savaii", "own_page", by="Sialai Tuilagi", n=15, note="The paper's own story."),
    C("samoaobserver.ws", "savaii", "wire", "AFP", ("AFP", "Agence France-Presse"), by="AFP", bc=True, dl="Apia (AFP) - ", end=("© 2026 AFP",), n=12, note="AFP copy: the author field names AFP and AFP's copyright line closes it; the dateline is kept."),
    C("savaiinews.ws", "savaii", "in_table", "RNZ", ("RNZ", "RNZ Pacific", "Radio New Zealand"), by="Savai'i News", src="RNZ Pacific", n=15, note="tagDiv's SOURCE box; RNZ Pacific is a service of the table's RNZ."),
    C("savaiinews.ws", "savaii", "negative_caption", by="Tavita Leaupepe", cap="Photo: Samoa Shipping Corporation/Facebook", n=13, note="A shipping company's photo credit: a caption."),
    C("salelologa-online.com", "savaii", "out_of_table", "Talamua Online", ("Talamua Online", "Talamua"), by="Admin", end=("Source: Talamua Online",), n=15, note="A source line on a Wix site."),
    C("salelologa-online.com", "savaii", "no_credit", by="Admin", n=5, note="A community site's own brief."),
    C("moanaweekly.com", "savaii", "negative_mention", by="Leota Faleafaga", men=(6, "Tupuola told Radio Polynesia on Friday evening that the engineer's flight had been confirmed."), n=15, note="A newsletter naming a radio station as the one an official spoke to."),
    # ------------------------------------------------------------------ Carriacou
    C("nowgrenada.com", "grenada", "own_page", by="NOW Grenada", end=("NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.",), n=15, note="The site's own story under its desk byline, with its standing disclaimer."),
    C("nowgrenada.com", "grenada", "out_of_table", "Government Information Service", ("Government Information Service", "GIS"), by="NOW Grenada", src="GIS", n=11, note="tagDiv's SOURCE box names the government's information service (a release run as news), filed outside the table like the earlier sets' government news services."),
    C("carriacouvoice.com", "grenada", "negative_caption", by="Carriacou Voice", cap="(Photo: Ministry of Carriacou and Petite Martinique Affairs)", n=14, note="A ministry's photo credit: a caption."),
    C("carriacouvoice.com", "grenada", "out_of_table", "The New Today", ("The New Today", "New Today"), by="Carriacou Voice", end=("Source: The New Today",), n=15, note="A source line naming a St George's weekly."),
    C("spicemarketnews.com", "grenada", "in_table", "BBC", ("BBC", "BBC News"), by="Spice Market News", end=("This article was first published by the BBC.",), n=15, note="A closing line naming the original publisher."),
    C("spicemarketnews.com", "grenada", "negative_mention", by="Spice Market News", men=(13, "Noel told GBN's evening news that the cooperative had written to the minister twice."), note="A broadcaster named as the one a source spoke to."),
    C("grenadinesdigest.com", "grenada", "out_of_table", "Caribbean Media Corporation", ("Caribbean Media Corporation", "CMC"), by="Digest Desk", dl="ST GEORGE'S, Grenada, Mar 12, CMC – ", end=("CMC/gn/ir/2026",), n=13, note="CMC's dateline is kept; its desk slug is the credit line; the agency is outside the table and filed out_of_table as the earlier sets file such agencies."),
    C("grenadinesdigest.com", "grenada", "no_credit", by="Digest Desk", n=6, note="The site's own brief."),
    # ------------------------------------------------------------------ Portsmouth, Dominica
    C("dominicanewsonline.com", "dominica", "own_page", by="Dominica News Online", end=("Copyright 2026 Dominica News Online. All Rights Reserved.",), n=15, note="The site's own story, its name as byline and its copyright line."),
    C("dominicanewsonline.com", "dominica", "negative_caption", by="Dominica News Online", cap="(Photo credit: Office of Disaster Management)", n=12, note="A disaster office's photo credit: a caption."),
    C("portsmouthdm.com", "dominica", "out_of_table", "Emo News", ("Emo News",), by="Portsmouth DM", end=("Source: Emo News",), es="strong", n=15, note="A bold source line naming a Dominican site."),
    C("portsmouthdm.com", "dominica", "negative_mention", by="Portsmouth DM", men=(11, "Charles told Kairi FM that the project's first phase would cover the river mouth."), n=15, live=(("5:50 a.m.", "Bay Street under about a metre of water. Source: residents on Bay Street."), ("7:15 a.m.", "DOWASCO says supply to the north is suspended; trucks will serve the shelters."), ("8:30 a.m.", "ODM: shelters at Portsmouth Secondary School and Paix Bouche are open.")), note="A radio station named as the one a minister spoke to; a live-updates box whose entries cite residents, the water company and the disaster office."),
    C("natureislandpost.com", "dominica", "wire", "Reuters", ("Reuters",), by="Nature Island Post", dl="ROSEAU, Dominica, March 12 (Reuters) - ", end=("Reporting by Nelson Phillip in Roseau; Editing by Sandra Maler",), n=12, note="Reuters copy on a Medium publication: the reporting line is the credit line; the dateline is kept."),
    C("natureislandpost.com", "dominica", "no_credit", by="Nature Island Post", n=11, note="The publication's own piece."),
    C("natureislandpost.com", "dominica", "negative_caption", by="Nature Island Post", cap="Photo by Alwin Laudat on Unsplash", n=6, note="A stock photo credit: a caption."),
    C("homepage-news.com", "dominica", "wire", "Associated Press", ("Associated Press", "The Associated Press", "AP"), by="Story by KEISHA RICHARDS", src="Associated Press", dl="PORTSMOUTH, Dominica (AP) — ", n=13, ld="Associated Press", note="A partner portal's 'Provided by Associated Press'; the dateline is kept."),
    # ------------------------------------------------------------------ Spanish: Chocó
    C("quibdoaldia.com", "atrato", "in_table", "El País", ("El País", "El Pais"), by="Redacción", src="El País", n=14, note="tagDiv's source box, labelled FUENTE on a Spanish site."),
    C("quibdoaldia.com", "atrato", "wire", "EFE", ("EFE", "Agencia EFE"), by="EFE", bc=True, dl="Quibdó (Colombia), 12 mar (EFE).- ", end=("© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A.",), n=13, note="EFE copy: byline, dateline (kept) and EFE's redistribution notice."),
    C("chocoenlinea.co", "atrato", "out_of_table", "Caracol Radio", ("Caracol Radio",), by="Chocó en Línea", end=("Con información de Caracol Radio.",), n=14, note="'Con información de' credits the outlet named."),
    C("chocoenlinea.co", "atrato", "negative_caption", by="Yamileth Rentería", cap="Foto: Defensa Civil Colombiana", n=14, note="A civil defence photo credit: a caption."),
    C("atratoestereo.com", "atrato", "negative_mention", by="Óscar Mosquera", men=(6, "En diálogo con Blu Radio, el secretario insistió en que la prioridad es el agua potable."), n=14, note="A radio network named as the one an official spoke to."),
    C("atratoestereo.com", "atrato", "no_credit", by="Redacción Atrato Estéreo", n=5, note="A station's brief."),
    C("pacificoinforma.com", "atrato", "out_of_table", "Colprensa", ("Colprensa",), by="Redacción Pacífico Informa", src="Colprensa", n=14, note="Drupal's Source field (Fuente) names Colombia's regional press agency, outside the table."),
    C("pacificoinforma.com", "atrato", "negative_caption", by="Redacción Pacífico Informa", cap="(Foto: Alcaldía de Quibdó)", n=12, note="A town hall's photo credit: a caption."),
    # ------------------------------------------------------------------ Portuguese: Pantanal
    C("campograndenews.com.br", "amolar", "own_page", by="Aline dos Santos", n=14, note="The site's own story."),
    C("campograndenews.com.br", "amolar", "negative_caption", by="Rodrigo Benites", cap="(Foto: Corpo de Bombeiros Militar de MS/Divulgação)", n=13, note="A fire brigade's handout photo credit: a caption."),
    C("corumbaagora.com.br", "amolar", "wire", "Agência Brasil", ("Agência Brasil", "Agencia Brasil"), by="Redação", src="Agência Brasil", n=14, note="tagDiv's source box (FONTE) names the state agency."),
    C("corumbaagora.com.br", "amolar", "out_of_table", "Campo Grande News", ("Campo Grande News",), by="Redação", src="Campo Grande News", n=14, note="tagDiv's source box names a state news site."),
    C("pantanalhoje.com.br", "amolar", "negative_mention", by="Thaís Miranda", men=(3, "Em entrevista à TV Morena, o tenente-coronel disse que o fogo já ameaça uma reserva particular."), n=14, note="A TV station named as the one an officer spoke to."),
    C("pantanalhoje.com.br", "amolar", "no_credit", by="Thaís Miranda", n=6, note="A short original."),
    C("diariodoamolar.com.br", "amolar", "wire", "Estadão Conteúdo", ("Estadão Conteúdo", "Estadao Conteudo"), by="Estadão Conteúdo", bc=True, n=14, note="The byline (Astra's 'Por') names the agency."),
    # ------------------------------------------------------------------ Arabic: Akkar
    C("annahar.com", "akkar", "own_page", by="ميشال حلاق", n=9, note="The paper's own story."),
    C("annahar.com", "akkar", "wire", "AFP", ("AFP", "فرانس برس", "أ ف ب"), by="فرانس برس", bc=True, dl="بيروت (أ ف ب) - ", n=9, ld="فرانس برس", note="AFP copy on a paper's site: the author field names AFP; the dateline is kept."),
    C("akkar-today.com", "akkar", "out_of_table", "الوكالة الوطنية للإعلام", ("الوكالة الوطنية للإعلام", "National News Agency"), by="عكار اليوم", src="الوكالة الوطنية للإعلام", n=9, note="tagDiv's source box (المصدر) names Lebanon's state agency, outside the table."),
    C("akkar-today.com", "akkar", "negative_caption", by="رنا الأسعد", cap="(صورة: الدفاع المدني اللبناني)", n=9, note="A civil defence photo credit: a caption."),
    C("qoubaiyat-news.com", "akkar", "negative_mention", by="رنا الأسعد", men=(1, "وقال رئيس البلدية في حديث إلى إذاعة صوت لبنان إن الجرافات تعمل بلا توقف."), n=9, note="A radio station named as the one a mayor spoke to."),
    C("qoubaiyat-news.com", "akkar", "in_table", "Sky News", ("Sky News", "سكاي نيوز عربية"), by="القبيات نيوز", end=("المصدر: سكاي نيوز عربية",), es="strong", n=9, note="A bold source line; Sky News Arabia is in the table under Sky News."),
    C("shamal-lb.com", "akkar", "no_credit", by="شمال لبنان", n=6, note="A regional site's own story."),
    # ------------------------------------------------------------------ Russian: Nha Trang
    C("lenta.ru", "nhatrang", "own_page", by="Ольга Смирнова", n=8, note="The site's own story on its group's portal template."),
    C("kolobok-portal.ru", "nhatrang", "wire", "TASS", ("TASS", "ТАСС"), src="ТАСС", dl="ХАНОЙ, 12 марта. /ТАСС/. ", n=8, note="A portal's 'Источник: ТАСС' line; the dateline is kept."),
    C("kolobok-portal.ru", "nhatrang", "out_of_table", "АТОР", ("АТОР", "ATOR", "Ассоциация туроператоров"), src="АТОР", n=6, note="The portal's source line names the tour operators' association's news service."),
    C("kolobok-portal.ru", "nhatrang", "negative_caption", cap="Фото: пресс-служба народного комитета провинции Кханьхоа", n=5, note="A provincial press service's photo credit, on a portal page without a source line."),
    C("turizm-segodnya24.ru", "nhatrang", "negative_mention", by="Денис Ковалёв", men=(2, "Об этом в беседе с «Известиями» рассказала вице-президент ассоциации туроператоров."), n=8, note="A paper named as the one a source spoke to."),
    C("turizm-segodnya24.ru", "nhatrang", "no_credit", by="Денис Ковалёв", n=4, note="A short original."),
    # ------------------------------------------------------------------ Turkish: İskenderun
    C("hurriyet.com.tr", "iskenderun", "own_page", by="Serkan Aydemir", n=13, note="The paper's own story."),
    C("iskenderun-haber.com", "iskenderun", "wire", "İhlas Haber Ajansı", ("İhlas Haber Ajansı", "İHA", "IHA"), by="İskenderun Haber", src="İHA", n=13, note="tagDiv's source box (KAYNAK) names the agency."),
    C("iskenderun-haber.com", "iskenderun", "negative_caption", by="Elif Koç", cap="(Fotoğraf: İskenderun Belediyesi)", n=11, note="A town hall's photo credit: a caption."),
    C("hatayekspres.com.tr", "iskenderun", "wire", "Anadolu Agency", ("Anadolu Agency", "AA", "Anadolu Ajansı"), by="Hatay Ekspres", src="AA", n=13, note="Soledad's source box (Kaynak: AA)."),
    C("hatayekspres.com.tr", "iskenderun", "negative_mention", by="Elif Koç", men=(4, "Kaya, yaşadıklarını Habertürk muhabirine de anlattı."), n=13, note="A channel named as the one a shopkeeper spoke to."),
    C("dortyolgazetesi.com", "iskenderun", "no_credit", by="Elif Koç", n=6, note="A local paper's own story."),
    # ------------------------------------------------------------------ Indonesian: Labuan Bajo
    C("labuanbajopos.com", "labuanbajo", "wire", "Antara", ("Antara", "ANTARA"), by="Labuan Bajo Pos", src="Antara", n=13, note="tagDiv's source box (SUMBER) names the agency."),
    C("labuanbajopos.com", "labuanbajo", "negative_caption", by="Yohanes Jehadu", cap="(Foto: KSOP Labuan Bajo)", n=12, note="A port authority's photo credit: a caption."),
    C("floresinfo.id", "labuanbajo", "out_of_table", "Pos-Kupang.com", ("Pos-Kupang.com", "Pos Kupang", "pos-kupang.com"), by="Maria Ngganggus", end=("Sumber: Pos-Kupang.com",), n=13, note="A source line naming a Kupang site by its branded domain."),
    C("floresinfo.id", "labuanbajo", "negative_mention", by="Maria Ngganggus", men=(5, "Kepada Kompas.com, ia mengatakan pihaknya menunggu kabar dari BMKG setiap pagi."), n=13, note="A site named as the one an official spoke to."),
    C("mabar-news.com", "labuanbajo", "no_credit", by="Yohanes Jehadu", n=6, note="A local site's own story."),
    C("komodoterkini.com", "labuanbajo", "negative_caption", by="Komodo Terkini", cap="Foto: Balai Taman Nasional Komodo", n=11, note="A park authority's photo credit: a caption."),
    # ------------------------------------------------------------------ Hindi: Bastar
    C("amarujala.com", "indravati", "own_page", by="अमर उजाला ब्यूरो, जगदलपुर", n=7, note="The paper's own story under its bureau byline (the paper is in the table)."),
    C("khabarsetu.app", "indravati", "in_table", "Dainik Bhaskar", ("Dainik Bhaskar", "दैनिक भास्कर"), src="दैनिक भास्कर", n=7, note="An aggregator's publisher header names the original."),
    C("khabarsetu.app", "indravati", "out_of_table", "हरिभूमि", ("हरिभूमि", "Haribhoomi"), src="हरिभूमि", n=5, note="An aggregator's publisher header naming a Raipur paper."),
    C("khabarsetu.app", "indravati", "wire", "IANS", ("IANS", "आईएएनएस"), src="आईएएनएस", n=6, note="An aggregator's publisher header naming the agency."),
    C("bastarkhabar.in", "indravati", "negative_caption", by="संवाददाता, जगदलपुर", cap="(फोटो: जिला प्रशासन बस्तर)", n=6, note="A district office's photo credit: a caption."),
    C("bastarkhabar.in", "indravati", "negative_mention", by="संवाददाता, जगदलपुर", men=(4, "एसडीएम ने एनडीटीवी से बातचीत में कहा कि राहत शिविरों में पर्याप्त राशन है।"), n=7, note="A channel named as the one an official spoke to."),
    C("jagdalpurlive.com", "indravati", "wire", "Press Trust of India", ("Press Trust of India", "PTI", "भाषा"), by="जगदलपुर लाइव", end=("इनपुट: भाषा",), n=7, note="'इनपुट: भाषा' credits PTI's Hindi service."),
    # ------------------------------------------------------------------ Korean: Bohol
    C("chosun.com", "panglao", "own_page", by="김지훈 기자", n=12, note="The paper's own story (not in the table)."),
    C("dalbit.kr", "panglao", "wire", "Yonhap", ("Yonhap", "연합뉴스", "Yonhap News Agency"), by="박성민 기자", src="연합뉴스", dl="(서울=연합뉴스) 박성민 기자 = ", end=("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",), n=12, note="Yonhap copy on a portal: the dateline names the agency and is kept; the agency's rights line and the portal's copyright box are credit lines."),
    C("dalbit.kr", "panglao", "wire", "Newsis", ("Newsis", "뉴시스"), by="이수진 기자", src="뉴시스", dl="[서울=뉴시스]이수진 기자 = ", end=("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>",), n=11, note="Newsis copy on a portal; the dateline is kept."),
    C("dalbit.kr", "panglao", "out_of_table", "KBS", ("KBS", "KBS 뉴스"), by="정다은 기자", src="KBS", n=10, note="A broadcaster's copy on a portal: the copyright box names it."),
    C("travel-news-k.co.kr", "panglao", "negative_mention", by="트래블뉴스K", men=(6, "한 여행사 관계자는 MBC와의 통화에서 현지 숙소는 아직 여유가 있다고 말했다."), n=12, note="A broadcaster named as the one a source spoke to."),
    C("travel-news-k.co.kr", "panglao", "negative_caption", by="트래블뉴스K", cap="(사진=필리핀 보홀주 재난관리청 제공)", n=11, note="A handout photo credit: a caption."),
    # ------------------------------------------------------------------ Vietnamese: Hà Giang
    C("tuoitre.vn", "mapileng", "own_page", by="HOÀNG ANH", n=11, note="The paper's own story."),
    C("hagiangtoday.vn", "mapileng", "wire", "Vietnam News Agency", ("Vietnam News Agency", "TTXVN", "VNA"), by="Hà Giang Today", src="TTXVN", n=11, note="tagDiv's source box (NGUỒN) names the agency."),
    C("hagiangtoday.vn", "mapileng", "negative_caption", by="Lò Văn Thắng", cap="Ảnh: Ban Chỉ huy PCTT tỉnh Hà Giang", n=10, note="A disaster board's photo credit: a caption."),
    C("dongvan24h.com", "mapileng", "out_of_table", "Dân trí", ("Dân trí", "Dân Trí", "Dan Tri"), by="Đồng Văn 24h", src="Dân trí", n=11, note="Soledad's source box names a national site."),
    C("vungcao-news.com", "mapileng", "negative_mention", by="Lò Văn Thắng", men=(5, "Trao đổi với VnExpress, lãnh đạo Sở cho biết máy móc đã được huy động từ sáng sớm."), n=11, note="A site named as the one an official spoke to."),
    C("vungcao-news.com", "mapileng", "no_credit", by="Lò Văn Thắng", n=5, note="A short original."),
    # ------------------------------------------------------------------ Persian: Ahvaz
    C("khuzestan-khabar.ir", "ahvaz", "wire", "IRNA", ("IRNA", "ایرنا"), by="خوزستان خبر", src="ایرنا", n=10, note="tagDiv's source box (منبع) names the agency."),
    C("khuzestan-khabar.ir", "ahvaz", "negative_caption", by="مریم عباسی", cap="عکس: اداره کل هواشناسی خوزستان", n=10, note="A weather office's photo credit: a caption."),
    C("ahvaz-emrooz.ir", "ahvaz", "wire", "Tasnim News Agency", ("Tasnim News Agency", "Tasnim", "خبرگزاری تسنیم", "تسنیم"), by="اهواز امروز", src="خبرگزاری تسنیم", n=10, note="Drupal's Source field (منبع) names the agency."),
    C("ahvaz-emrooz.ir", "ahvaz", "negative_mention", by="حمید سواری", men=(2, "یکی از پزشکان در گفت‌وگو با ایسنا گفت مراجعه بیماران تا عصر ادامه داشت."), n=10, note="An agency named as the one a source spoke to (ISNA, outside the table)."),
    C("karun-news.ir", "ahvaz", "no_credit", by="حمید سواری", n=6, note="A local site's own story."),
    C("karun-news.ir", "ahvaz", "in_table", "BBC", ("BBC", "بی‌بی‌سی فارسی", "BBC Persian"), by="کارون نیوز", end=("منبع: بی‌بی‌سی فارسی",), n=10, note="BBC Persian is a service of the table's BBC."),
    # ------------------------------------------------------------------ Urdu: Tharparkar
    C("tharnews.pk", "tharparkar", "wire", "Associated Press of Pakistan", ("Associated Press of Pakistan", "APP", "اے پی پی"), by="تھر نیوز", src="اے پی پی", n=10, note="tagDiv's source box (ماخذ) names the state agency."),
    C("tharnews.pk", "tharparkar", "negative_caption", by="نور محمد سمیجو", cap="(تصویر: محکمہ صحت تھرپارکر)", n=6, note="A health office's photo credit: a caption."),
    C("mithi-times.pk", "tharparkar", "in_table", "Geo News", ("Geo News", "جیو نیوز"), by="مٹھی ٹائمز", end=("بشکریہ: جیو نیوز",), n=10, note="'بشکریہ' credits the outlet named."),
    C("mithi-times.pk", "tharparkar", "negative_mention", by="رمیش کمار", men=(5, "ڈپٹی کمشنر نے ڈان نیوز سے گفتگو میں کہا کہ گندم کا ذخیرہ موجود ہے۔"), n=10, note="A table outlet named as the one an official spoke to: a mention."),
    C("sindh-akhbar.com", "tharparkar", "no_credit", by="نور محمد سمیجو", n=6, note="A regional site's own story."),
    # ------------------------------------------------------------------ Thai: Pak Phanang
    C("nakhonnews.com", "pakphanang", "out_of_table", "ไทยรัฐออนไลน์", ("ไทยรัฐออนไลน์", "ไทยรัฐ", "Thairath"), by="นครนิวส์", src="ไทยรัฐออนไลน์", n=7, note="tagDiv's source box (ที่มา) names a national site."),
    C("nakhonnews.com", "pakphanang", "negative_caption", by="สมศักดิ์ ทองคำ", cap="ภาพ: สำนักงาน ปภ.จังหวัดนครศรีธรรมราช", n=6, note="A disaster office's photo credit: a caption."),
    C("pakphanangnews.com", "pakphanang", "negative_mention", by="ปากพนังนิวส์", men=(4, "นายอำเภอปากพนังให้สัมภาษณ์กับไทยพีบีเอสว่าได้เร่งแจกถุงยังชีพแล้ว"), n=7, note="A broadcaster named as the one an official spoke to."),
    C("pakphanangnews.com", "pakphanang", "no_credit", by="ปากพนังนิวส์", n=4, note="A short original."),
    C("southernthai-news.com", "pakphanang", "out_of_table", "สำนักข่าวไทย อสมท", ("สำนักข่าวไทย อสมท", "สำนักข่าวไทย", "TNA"), by="ทีมข่าวภูมิภาค", end=("ที่มา: สำนักข่าวไทย อสมท",), n=7, note="A source line naming MCOT's news agency, outside the table."),
    # ------------------------------------------------------------------ Catalan: the Ebro delta
    C("ara.cat", "trabucador", "own_page", by="Marta Arasa", n=12, note="The paper's own story."),
    C("delta-ebre-noticies.cat", "trabucador", "out_of_table", "Agència Catalana de Notícies", ("Agència Catalana de Notícies", "ACN"), by="Redacció", src="ACN", n=12, note="Drupal's Source field (Font) names the Catalan agency, outside the table."),
    C("rapita-digital.cat", "trabucador", "negative_caption", by="Joan Forcadell", cap="(Foto: Ajuntament de Sant Carles de la Ràpita)", n=11, note="A town hall's photo credit: a caption."),
    C("rapita-digital.cat", "trabucador", "wire", "Europa Press", ("Europa Press",), by="Europa Press", bc=True, dl="SANT CARLES DE LA RÀPITA (TARRAGONA), 12 (EUROPA PRESS) ", n=12, note="The author field names the agency; its capitalised dateline is kept."),
]

# ruff: noqa: E501, RUF001  (one paragraph a line; scripts other than Latin)
"""Prose of the fiftieth blind set: invented stories (people, places and figures are made up), as a
translation desk, a language service or a community paper would carry them. Each language's stories
are reused across its pages with different credits; mentions, captions and credits are in `cases50.py`."""

from __future__ import annotations

STORIES50: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "tram": ("Porto's tram drivers back a four-day rota after a two-year dispute", [
            "Drivers on Porto's three heritage tram lines voted by a wide margin to accept a four-day rota that the operator first offered in the spring of 2025.",
            "The new schedule keeps the 38-hour week but spreads it over longer shifts, which the union says will cut the number of split duties that left drivers waiting for hours at the Massarelos depot between the morning and evening peaks.",
            "Passenger groups were less enthusiastic. They fear that longer shifts on the steep Batalha climb will mean more cancellations when drivers reach their legal limit, and they asked the city to publish monthly figures on missed departures.",
            "The operator said recruitment of eleven new drivers would begin in April and that the first rota would take effect on the first Monday of June.",
        ]),
        "bakery": ("A village bakery outlasts the motorway that bypassed it", [
            "When the S7 expressway opened past Wiśniówka in 2023, the lorries that had stopped at Halina Zając's bakery every morning for thirty years vanished within a week.",
            "She cut the night shift, sold one of the two ovens and began delivering rye loaves to petrol stations along the new road, where drivers now buy them in vacuum bags that keep for five days.",
            "Her turnover is still a third below what it was, she says, but the bakery employs six people again and the village council has painted a sign for it at the expressway exit.",
            "Two other shops on the old road were less lucky: the butcher closed last year, and the bar by the bus stop opens only on weekends.",
        ]),
        "brine": ("Salt-flat cooperatives ration brine as a lithium plant expands", [
            "Eight salt cooperatives on the southern edge of the Uyuni flats have agreed to share a single brine allowance after the state lithium plant doubled its evaporation ponds.",
            "Cooperative leaders say the water table under their harvesting beds has dropped by almost forty centimetres in two years, leaving crusts too thin to cut in the dry months.",
            "Under the agreement each cooperative will pump on fixed days, and a committee of three members will check the meters every Friday at the Colchani weighing station.",
            "The plant's management said it would fund a hydrological survey, but it gave no date, and the cooperatives plan to raise the matter with the departmental assembly in May.",
        ]),
        "nighttram": ("Kraków's night trams split residents of the old quarter", [
            "A trial of all-night trams through Kraków's Kazimierz district has drawn more complaints in its first month than the city's transport office received in the whole of last year.",
            "Residents of Józefa Street say the cars pass their windows every twenty minutes until dawn and the wheels squeal on the tight curve by the synagogue.",
            "Bar owners and hospital staff, who make up most of the riders after midnight, have started a petition to keep the service, which has collected four thousand signatures.",
            "The transport office promised to grease the curve weekly and to publish noise readings before the council votes on the trial in September.",
            "Night tram ridership has averaged about 1,900 passengers a night, the office said, which is more than the night buses it replaced carried in a week.",
        ]),
        "harbour": ("Council approves repairs to Aberporth's storm-damaged harbour wall", [
            "Councillors in Ceredigion approved a repair plan for the harbour wall at Aberporth, which lost a section of its parapet in the January storms.",
            "The work, estimated at 1.4 million pounds, will replace the parapet with reinforced stone facing and raise the slipway by half a metre.",
            "Fishermen who use the harbour asked that the slipway stay open during the works; the council said boats would be able to launch at high tide on most days.",
            "Contractors are expected on site in late April, and the council aims to finish before the summer holidays.",
            "The harbour master said the temporary barriers placed after the storms would stay until the new parapet is complete, and asked walkers to keep off the damaged section at high water.",
        ]),
        "ferry": ("Shannon estuary ferry adds an early sailing for hospital staff", [
            "The car ferry between Killimer and Tarbert will add a 6.30 sailing from next month, after nurses and porters at Limerick's hospitals asked for a crossing that reaches the Kerry side before the morning shift.",
            "The operator said the extra sailing would run on weekdays for a six-month trial and would cost about 2,000 euros a week in crew and fuel.",
            "Commuters who now drive through Limerick city say the ferry would cut their journey by forty minutes each way.",
            "If the early sailing carries at least thirty cars a day on average, the operator says it will keep it through the winter timetable.",
            "Kerry County Council has offered to pay for a shuttle bus from the Tarbert slipway to the town, which would run only when the ferry docks.",
        ]),
        "oped": ("Europe's night trains need timetables, not nostalgia", [
            "Every winter someone writes a fond column about the sleeper train, and every spring another overnight line quietly disappears from the timetable.",
            "I have taken the night train from Geneva to Barcelona, and later the one that replaced it with two changes and a bus, often enough to know that romance does not fill couchettes; reliable departures do.",
            "Operators blame track fees, which are charged as if a sleeper were a high-speed train, and border rules that still require a second crew at some frontiers, while ministers blame the operators.",
            "What passengers need is dull: a published timetable a year in advance, tickets that can be bought on one website, and a promise that the train will run on a Tuesday in February as well as on a Friday in August.",
            "If governments want people out of planes, they should stop cutting ribbons for new routes and start guaranteeing the old ones for ten years at a time.",
        ]),
    },
    "fr": {

        "ferry": ("Sur l'Oder, le dernier bac à chaîne résiste aux crues", [
            "Le bac à chaîne de Güstebiese, qui relie l'Allemagne et la Pologne au-dessus de l'Oder, a repris son service mardi après six semaines d'arrêt dû aux hautes eaux.",
            "Ses deux passeurs, un Allemand et un Polonais, se relaient sur le pont depuis 2019 et règlent les tarifs dans les deux monnaies, faute d'un accord entre les communes riveraines.",
            "Les maires des deux rives demandent depuis des années une subvention pour remplacer la chaîne, rongée par la rouille, mais le dossier est bloqué entre deux administrations régionales.",
            "En attendant, le bac transporte chaque jour une centaine de cyclistes et une trentaine de voitures, dans un silence que les habitués disent ne trouver nulle part ailleurs.",
        ]),
        "vignes": ("Dans le Valais, les vignerons testent des filets contre la grêle", [
            "Une vingtaine de vignerons de la région de Sierre ont tendu cet hiver des filets anti-grêle sur près de quinze hectares de coteaux, une première dans le canton.",
            "Les filets coûtent environ 25 000 francs par hectare, dont un tiers est pris en charge par un fonds cantonal créé après les orages de juillet 2025.",
            "Les plus anciens restent sceptiques : les filets compliquent les vendanges sur les terrasses étroites et changent, disent-ils, la maturation du raisin.",
            "Un premier bilan sera présenté en novembre à la station agronomique de Conthey.",
            "Le canton voisin de Vaud suit l'expérience de près et pourrait lancer son propre programme dès l'an prochain si les résultats sont concluants.",
        ]),
    },
    "de": {
        "ferry": ("Warum in Lissabon die Fähren über den Tejo ausfallen", [
            "Auf den Fährlinien zwischen Lissabon und dem Südufer des Tejo ist in diesem Winter fast jede zehnte Abfahrt ausgefallen.",
            "Der Betreiber macht fehlende Ersatzteile für die elf Jahre alten Schiffe verantwortlich, die Gewerkschaft dagegen den Mangel an Maschinisten, die in der Privatwirtschaft besser verdienen.",
            "Pendler aus Seixal und Barreiro stehen morgens oft eine halbe Stunde am Anleger, bevor eine Durchsage die Abfahrt streicht.",
            "Die Regierung hat vier neue Elektrofähren bestellt, die erste soll aber frühestens im Herbst 2028 in Dienst gehen.",
            "Bis dahin sollen zwei gecharterte Schiffe aus Galicien aushelfen, doch auch deren Besatzungen müssen erst für die Strömungen im Tejo geschult werden.",
        ]),
        "bahn": ("Eine Dorfbahn im Allgäu sucht ehrenamtliche Lokführer", [
            "Der Verein, der die Museumsbahn zwischen Nesselwang und Pfronten betreibt, sucht für die kommende Saison dringend ehrenamtliche Lokführer.",
            "Von den zwölf Männern und Frauen mit Berechtigung für die Dampflok sind fünf über siebzig, und zwei haben angekündigt, nach diesem Sommer aufzuhören.",
            "Die Ausbildung dauert zwei Jahre und kostet den Verein rund 8000 Euro je Person, die er zum Teil über Sonderfahrten zu Weihnachten finanziert.",
            "Im Mai lädt der Verein Interessierte zu einem Schnuppertag in den Lokschuppen ein.",
            "Wer mitmachen will, braucht keine Vorkenntnisse, sagt der Vorsitzende, wohl aber Geduld, gute Augen und die Bereitschaft, an Sommerwochenenden früh aufzustehen.",
        ]),
        "gastbeitrag": ("Grenzregionen brauchen mehr als neue Brücken", [
            "Wer an einem Montagmorgen von Straßburg nach Kehl pendelt, merkt schnell, dass Europa an den Grenzen nicht an Beton scheitert, sondern an Formularen.",
            "Die neue Tramverbindung über den Rhein ist ein Erfolg, doch wer auf der anderen Seite arbeitet, muss sich noch immer mit zwei Steuererklärungen, zwei Krankenkassen und zwei Schulkalendern herumschlagen.",
            "Seit Jahren versprechen beide Regierungen einen gemeinsamen Ansprechpartner für Grenzgänger, doch das Büro in Kehl hat nur an zwei Vormittagen in der Woche geöffnet.",
            "Die Grenzregionen sollten eigene Befugnisse erhalten, um kleine Regeln gemeinsam zu ändern, ohne auf Paris und Berlin zu warten.",
            "Sonst bleibt die Brücke über den Rhein ein schönes Bild für Sonntagsreden, und der Alltag der Pendler ändert sich nicht.",
        ]),
    },
    "es": {
        "agua": ("Los huertos de Vallecas se reparten el agua por turnos", [
            "Los huertos urbanos del sureste de Madrid han acordado repartir el agua de riego por turnos de dos horas después de que el Ayuntamiento redujera el caudal de la toma comunitaria.",
            "Cada parcela tendrá asignado un día fijo, y un cuaderno colgado junto a la caseta de herramientas registrará quién abre y quién cierra la llave.",
            "Los hortelanos más veteranos temen que las tomateras no aguanten las tardes de julio con solo dos riegos por semana.",
            "La asociación de vecinos pedirá en el próximo pleno de distrito que se instale un depósito para recoger el agua de lluvia.",
            "Mientras tanto, varios hortelanos han empezado a cubrir la tierra con paja y a plantar variedades de tomate que necesitan menos agua.",
        ]),
        "mina": ("Un pueblo minero de Asturias convierte su pozo en archivo", [
            "El antiguo pozo de carbón de Santa Bárbara, en el valle del Nalón, guardará desde el verano el archivo histórico de la cuenca minera.",
            "La casa de máquinas, cerrada desde 2018, se ha rehabilitado con fondos de transición justa y albergará unos cuarenta mil expedientes de trabajadores.",
            "Los antiguos mineros han donado fotografías, lámparas y libretas de jornales, y un grupo de voluntarios las está catalogando desde enero.",
            "La apertura al público está prevista para el 4 de diciembre, día de la patrona de los mineros.",
            "El archivo contará con una sala de consulta y con un programa de visitas guiadas que conducirán antiguos vigilantes del pozo.",
        ]),
        "astillero": ("El último astillero de madera de Bermeo busca aprendices", [
            "El astillero Arrantzale de Bermeo, el último de la costa vizcaína que construye barcos de madera, ha abierto un programa de aprendices para no cerrar cuando se jubilen sus dos carpinteros de ribera.",
            "Los aprendices pasarán dieciocho meses en el taller y cobrarán un sueldo financiado a medias por la Diputación y por la cofradía de pescadores.",
            "El taller tiene encargos hasta 2029, sobre todo restauraciones de traineras y de lanchas de recreo.",
            "Las solicitudes pueden presentarse hasta el 30 de abril en el ayuntamiento de Bermeo.",
            "Los carpinteros, de 64 y 67 años, dicen que enseñarán el oficio como lo aprendieron ellos: con la azuela en la mano y sin planos.",
        ]),
    },
    "it": {
        "laguna": ("Nella laguna di Marano i pescatori contano le vongole perse", [
            "I pescatori della laguna di Marano hanno chiesto lo stato di calamità dopo che un'estate di acque troppo calde ha decimato gli allevamenti di vongole.",
            "Secondo la cooperativa locale, la produzione è scesa da novecento a meno di trecento tonnellate, e venti soci hanno già chiesto la cassa integrazione.",
            "I biologi dell'università di Trieste stanno monitorando l'ossigeno in dodici punti della laguna per capire se la moria si ripeterà.",
            "La Regione ha promesso un primo fondo di emergenza entro aprile, ma i pescatori chiedono anche il dragaggio dei canali.",
            "Alcuni allevatori stanno già provando a spostare le vongole giovani nelle zone più profonde, dove l'acqua resta più fresca anche ad agosto.",
        ]),
        "treno": ("Il treno dei pendolari tra Cuneo e Nizza torna dopo tre anni", [
            "Il treno regionale che collega Cuneo a Nizza attraverso la val Roia tornerà a circolare da lunedì dopo tre anni di lavori nelle gallerie.",
            "Le corse saranno quattro al giorno per senso di marcia, con un orario pensato per chi lavora sulla costa e rientra la sera.",
            "I sindaci della valle chiedono una quinta corsa serale e biglietti unici validi sui due lati del confine.",
            "Le ferrovie dei due paesi hanno promesso di valutare la richiesta dopo i primi sei mesi di servizio.",
            "Durante i lavori i pendolari hanno dovuto usare autobus sostitutivi che impiegavano quasi il doppio del tempo sulla strada del colle di Tenda.",
        ]),
    },
    "pl": {
        "czynsze": ("Polscy najemcy w Birmingham skarżą się na podwyżki czynszów", [
            "Polscy najemcy w dzielnicy Small Heath w Birmingham zawiązali grupę, która ma pomagać w sporach z właścicielami mieszkań o coraz wyższe czynsze.",
            "Według jej założycielki w ciągu roku czynsze w okolicy wzrosły średnio o czternaście procent, a wielu lokatorów nie zna swoich praw.",
            "Grupa organizuje co drugą sobotę dyżury w sali parafialnej, gdzie wolontariusze pomagają czytać umowy i pisać pisma do rady miasta.",
            "Na pierwszy dyżur przyszło ponad czterdzieści osób, głównie rodziny z dziećmi.",
            "Grupa chce też przygotować dwujęzyczny poradnik dla najemców i rozdawać go w polskich sklepach oraz w szkołach sobotnich w całym mieście.",
        ]),
        "most": ("Nowy most na Odrze połączy dwa miasteczka", [
            "Budowa mostu drogowego na Odrze między Kostrzynem a niemieckim Küstrin-Kietz ma się zakończyć jesienią przyszłego roku.",
            "Most zastąpi wąską przeprawę, na której w godzinach szczytu ciężarówki czekają w kolejce nawet godzinę.",
            "Mieszkańcy obu miasteczek liczą na więcej turystów, ale obawiają się też hałasu i ruchu tranzytowego.",
            "Koszt inwestycji, wynoszący około 160 milionów złotych, pokryją oba państwa i fundusze unijne.",
            "Do czasu otwarcia mostu ciężarówki powyżej dwudziestu ton nadal będą kierowane na przejście w Słubicach, oddalone o ponad trzydzieści kilometrów.",
        ]),
    },
    "tr": {
        "kira": ("Duisburg'da kiracılar ısınma faturasına karşı birleşti", [
            "Duisburg'un Marxloh semtinde yaşayan yüzlerce kiracı, yüksek ısınma faturalarına itiraz etmek için ortak bir dilekçe hazırladı.",
            "Kiracılar, bina yönetiminin geçen kış için istediği ek ödemenin bazı dairelerde 900 euroyu aştığını söylüyor.",
            "Mahalledeki dernek, her salı akşamı faturaları inceleyen gönüllü bir danışma masası kurdu.",
            "Belediye, konuyu nisan ayındaki meclis toplantısında görüşeceğini açıkladı.",
            "Dernek yöneticileri, faturalarını kontrol ettirmek isteyen kiracıların kira sözleşmelerini ve son iki yılın ödeme belgelerini yanlarında getirmelerini istiyor.",
        ]),
        "liman": ("Karadeniz'de balıkçılar hamsi kotasına tepkili", [
            "Sinop'taki balıkçı kooperatifleri, yeni sezonda uygulanacak hamsi kotasının küçük tekneleri cezalandırdığını söylüyor.",
            "Kooperatif başkanına göre büyük gırgır tekneleri kotanın yarısından fazlasını alırken kıyı balıkçıları yalnızca yüzde on beşlik paya sahip.",
            "Balıkçılar, limandaki soğuk hava deposunun da yetersiz kaldığını ve av fazlasının düşük fiyatla satıldığını belirtiyor.",
            "Kooperatifler, talepleri için önümüzdeki ay Ankara'da bakanlık yetkilileriyle görüşecek.",
            "Balıkçılar ayrıca sezon açılışının iki hafta ertelenmesini ve küçük teknelere yakıt desteği verilmesini talep ediyor.",
        ]),
    },
    "zh": {
        "fangzu": ("多伦多华人租户联合抗议房租上涨", [
            "多伦多士嘉堡区一栋公寓楼的华人租户本周联合向房东提出抗议，反对明年上调百分之九的房租。",
            "租户委员会负责人说，楼内三百多户中有一半是退休老人，依靠养老金生活，难以承受连续三年的涨幅。",
            "委员会每周六在楼下活动室开会，并请来社区法律诊所的义工讲解安大略省的租赁法规。",
            "房东管理公司表示，涨租是为了支付电梯和锅炉的维修费用，愿意与租户代表见面商谈。",
            "租户委员会已向省房东与租户委员会提交申请，要求审查涨租理由，并希望在夏天之前举行听证。",
        ]),
        "chaye": ("福建茶农试种耐旱新品种", [
            "福建安溪的数十户茶农今年春天开始试种一种耐旱的乌龙茶新品种，以应对连续两年的夏季干旱。",
            "当地农业技术站说，新品种的根系更深，在缺水的山坡上成活率比传统品种高出约三成。",
            "不过，一些老茶农担心新茶的香气不如铁观音，收购商未必愿意出高价。",
            "技术站计划在秋茶采摘后组织品鉴会，再决定是否扩大种植面积。",
            "部分年轻茶农则认为，新品种产量稳定，可以用来制作价格较低的日常口粮茶，并通过网络直播销售。",
        ]),
    },
    "ru": {
        "avtobus": ("В Ашдоде продлят ночные автобусные маршруты", [
            "Муниципалитет Ашдода объявил, что с апреля три автобусных маршрута будут работать до двух часов ночи.",
            "Решение приняли после обращения жителей южных кварталов, которые возвращаются со смены из порта и промышленной зоны.",
            "По данным мэрии, ночными рейсами в первые месяцы будут пользоваться около восьмисот человек в сутки.",
            "Если спрос окажется ниже, расписание пересмотрят в конце лета.",
        ]),
        "vino": ("Виноделы Галилеи опасаются нехватки сезонных работников", [
            "Небольшие винодельни Верхней Галилеи предупреждают, что к сбору урожая им может не хватить сезонных работников.",
            "По словам владельцев, в прошлом году часть винограда осталась на лозах, потому что бригады приехали на две недели позже.",
            "Несколько хозяйств договорились нанимать студентов и пенсионеров и делить между собой технику для сбора.",
            "Ассоциация виноделов просит министерство сельского хозяйства увеличить квоту на иностранных рабочих.",
        ]),
    },
    "uk": {
        "mist": ("У Чернігові відновлюють міст через Десну", [
            "У Чернігові розпочали відновлення автомобільного мосту через Десну, який був пошкоджений навесні 2022 року.",
            "Роботи виконує місцева компанія, а фінансування надходить з державного фонду відновлення та від міжнародних партнерів.",
            "Поки триває ремонт, мешканці лівобережних сіл користуються тимчасовою понтонною переправою, де в години пік утворюються черги.",
            "Міська рада розраховує відкрити рух мостом до кінця жовтня.",
        ]),
        "shkola": ("Сільська школа на Волині отримала сонячні панелі", [
            "Школа в селі Заболоття на Волині отримала сонячну електростанцію, яка має забезпечити її світлом під час відключень.",
            "Панелі встановили на даху спортзалу, а акумулятори розмістили в колишній котельні.",
            "Директорка школи каже, що тепер уроки не доведеться переривати, а ввечері в приміщенні зможуть збиратися мешканці села.",
            "Громада планує обладнати так само ще дві школи до початку наступного навчального року.",
        ]),
    },
    "ca": {
        "port": ("El port de Palamós amplia la llotja per a la gamba", [
            "La confraria de pescadors de Palamós ampliarà la llotja per poder subhastar més caixes de gamba al mateix temps.",
            "L'obra, pressupostada en 1,8 milions d'euros, afegirà una segona línia de subhasta i una cambra frigorífica.",
            "Els pescadors diuen que a l'estiu les caixes esperen massa estona al moll i el producte perd valor.",
            "Les obres començaran a l'octubre, quan acabi la temporada alta.",
            "Mentre durin els treballs, la subhasta es farà en una carpa provisional al costat del moll de ponent, amb horaris ajustats per no coincidir amb l'arribada de les barques d'encerclament. La confraria calcula que la nova llotja permetrà subhastar fins a un trenta per cent més de caixes cada tarda.",
        ]),
        "tren": ("Els veïns del Berguedà reclamen més trens a Barcelona", [
            "Una vintena d'ajuntaments del Berguedà han signat un manifest que reclama més freqüències de tren i bus cap a Barcelona.",
            "Denuncien que el primer servei del matí arriba massa tard per als qui comencen a treballar a les vuit.",
            "La plataforma veïnal ha recollit més de sis mil signatures i les lliurarà al Departament de Territori.",
            "El Govern ha dit que estudiarà un nou horari a partir del setembre.",
            "Els alcaldes recorden que molts estudiants del Berguedà han de llogar un pis a Barcelona perquè no poden arribar a temps a les classes del matí. També demanen que el bus exprés que surt de Berga a les sis faci parada a Gironella i a Puig-reig, on ara passa de llarg.",
        ]),
    },
    "id": {
        "pasar": ("Pedagang pasar terapung Banjarmasin beralih ke perahu listrik", [
            "Puluhan pedagang di pasar terapung Lok Baintan, Banjarmasin, mulai mengganti perahu bermesin bensin dengan perahu listrik.",
            "Program ini didanai koperasi setempat dengan pinjaman lunak, dan setiap perahu dilengkapi baterai yang bisa diisi di dermaga.",
            "Para pedagang mengatakan biaya harian mereka turun hampir separuh, meskipun baterai hanya cukup untuk satu pagi berdagang.",
            "Pemerintah kota berencana membangun dua titik pengisian tambahan di sepanjang sungai tahun depan.",
            "Beberapa pedagang senior awalnya ragu karena perahu listrik lebih berat didayung saat baterai habis, tetapi kini hampir semua pedagang sayur di pasar itu ikut mendaftar. Koperasi juga melatih anak-anak muda setempat untuk merawat baterai dan mesin.",
        ]),
        "kopi": ("Petani kopi Gayo mencoba pengeringan tenaga surya", [
            "Sekelompok petani kopi di dataran tinggi Gayo, Aceh, mulai menggunakan rumah pengering bertenaga surya untuk menjemur biji kopi.",
            "Dengan atap plastik khusus, biji kopi tetap kering meskipun hujan turun hampir setiap sore pada musim panen.",
            "Menurut ketua kelompok tani, mutu kopi mereka kini lebih stabil dan pembeli dari Medan bersedia membayar lebih mahal.",
            "Dinas pertanian kabupaten berjanji membantu pembangunan sepuluh rumah pengering lagi tahun ini.",
            "Para petani juga mencatat suhu dan kelembapan setiap hari di buku kecil yang digantung di pintu rumah pengering, agar pembeli bisa melihat riwayat setiap karung kopi. Kelompok tani berharap catatan itu membantu mereka mendapat sertifikat mutu dari pembeli luar negeri.",
        ]),
    },
}

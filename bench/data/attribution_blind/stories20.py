# ruff: noqa: E501, RUF001
"""Invented stories of the twentieth blind set: (headline, paragraphs) by language and key.

Six English stories from six English-speaking regions (a tornado in a Mississippi town, cliff-top
homes lost to the sea on the Holderness coast, a winter road closed early in northern Manitoba,
a bridge washed out on New Zealand's East Coast, a matatu strike over fuel prices in Nakuru,
a downpour flooding Bengaluru's tech corridor) and one in each of thirteen other languages (a
wildfire in Chubut, an ice storm in the Eastern Townships, a rockfall threatening a Grisons
village, floods in the Itajaí valley, an ice jam on the Lena, flash floods near Shobak, ash from
Sakurajima, a blizzard in Heilongjiang, Etna closing Catania's airport, haze over Pekanbaru,
snow cutting off villages in Erzurum, the Kosi in flood, heavy snow in Gangneung), written as
local news, regional portals and agency copy read. Names, places and figures are made up; none
of this prose is in the earlier sets (build20.py checks).
"""

from __future__ import annotations

STORIES20: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "tornado": (
            "Tornado tears through Harlow Springs, damaging dozens of homes and a school",
            [
                "A tornado cut a path about eight miles long through Harlow Springs late Wednesday, tearing roofs from dozens of homes, flattening a gas station and damaging the town's only elementary school, Tallant County officials said.",
                "No deaths were reported, but at least 11 people were taken to hospitals in Meridian and Jackson with injuries ranging from cuts to broken bones, according to the county's emergency management director, Carla Whitten.",
                "The National Weather Service said a preliminary survey pointed to an EF-2 tornado with peak winds near 125 mph, and that a second team would examine damage north of the town on Thursday.",
                '"We heard the sirens, got the kids in the bathtub and held a mattress over them. When we came out, the carport was in the neighbor\'s yard," said Dwayne Pickett, who lives on Cypress Street.',
                "Power was out for about 4,000 customers Thursday morning, and crews from neighboring counties were helping clear fallen trees from roads.",
                "Harlow Springs Elementary will be closed for the rest of the week while engineers inspect its gym, where part of the roof collapsed.",
                "The governor's office said state emergency officials were assessing whether the damage met the threshold for federal aid.",
            ],
        ),
        "erosion": (
            "Cliff-top homes in Holmsea to be demolished as the sea edges closer",
            [
                "Four more homes on the cliff top at Holmsea are to be demolished after storms last month took almost six metres of land in a single night, East Riding of Yorkshire Council has said.",
                "The bungalows on Seaview Road were declared unsafe after a survey found the cliff edge now lies less than three metres from their back gardens.",
                "Residents have been offered temporary accommodation and help through the council's coastal relocation scheme, which pays towards the cost of moving inland.",
                '"We bought this place to retire by the sea, and we knew it would go one day, but nobody thought it would be this year," said Margaret Coultas, 74, who has lived on the road since 2009.',
                "The Holderness coast is among the fastest-eroding coastlines in northern Europe, losing around two metres a year on average, though a single storm can take far more.",
                "Campaigners have called for rock armour along the most exposed stretch, but the council said the cost would run into tens of millions of pounds.",
                "Demolition is expected to begin within three weeks, once the homes have been cleared and their services disconnected.",
            ],
        ),
        "iceroad": (
            "Warm spell forces early closure of winter road to four northern Manitoba communities",
            [
                "The winter road linking four First Nations in northern Manitoba to the provincial highway network has been closed weeks early after a stretch of unusually mild weather softened the ice on several lake crossings.",
                "The province said Wednesday the road north of Kettle Rapids would stay shut to all traffic until further notice, with the crossings at Whitefish Narrows and Birch Lake considered unsafe for heavy trucks.",
                "Communities along the route rely on the road, built each winter over frozen lakes and muskeg, to bring in fuel, building materials and a year's worth of groceries at a fraction of the cost of air freight.",
                '"We had 30 loads of lumber for new houses still waiting in Thompson. Now it will sit there until next winter unless somebody pays to fly it in," said Chief Raymond Muswagon.',
                "Leaders say the road's season has been getting shorter for a decade, and they have asked Ottawa and the province to speed up plans for an all-weather road.",
                "The province said it would work with the communities on emergency fuel deliveries and review whether some loads can be moved by air.",
                "Store managers in two of the communities said prices for milk and fresh produce had already risen as retailers braced for months of flown-in supplies.",
            ],
        ),
        "cyclone": (
            "Whareroa bridge swept away as ex-tropical cyclone lashes Tairāwhiti",
            [
                "The Whareroa Stream bridge on State Highway 35 was swept away early on Thursday as the remains of a tropical cyclone dropped more than 250mm of rain on parts of Tairāwhiti, cutting road access to several East Coast settlements.",
                "Civil Defence said about 1800 people north of the bridge were isolated and that helicopters would fly in water, food and medical supplies once the weather allowed.",
                "The transport agency said a temporary crossing could take weeks to build, and that slips had closed the highway at three other points.",
                '"The stream came up so fast the cows were swimming. By first light there was just a gap where the bridge used to be," said farmer Hemi Kerekere, who lives beside the crossing.',
                "MetService lifted its red warning on Thursday afternoon but said heavy showers would continue into Friday.",
                "The region is still rebuilding roads and bridges damaged in storms three years ago, and the district council said the new damage would add to a repair bill already in the hundreds of millions of dollars.",
                "Schools north of the washout will stay closed until at least Monday, and the local marae has opened its doors to travellers stranded on the wrong side of the stream.",
            ],
        ),
        "fuel": (
            "Matatu operators in Nakuru strike over fuel prices, leaving commuters stranded",
            [
                "Thousands of commuters in Nakuru were left stranded on Thursday after matatu operators pulled their vehicles off the roads in protest against the latest rise in fuel prices.",
                "The strike, called by an association of owners and crews, began at dawn, and by mid-morning the town's main stage was almost empty.",
                "The energy regulator raised the pump price of diesel by nine shillings a litre this week, citing higher import costs and a weaker shilling.",
                "\"We cannot carry passengers at yesterday's fare with today's diesel. Either the government listens or the vehicles stay parked,\" said Peter Njoroge Kariuki, who chairs the operators' group.",
                "Some passengers walked several kilometres to work, while others paid double the usual fare for boda boda rides.",
                "County officials urged the operators to call off the strike and said they would raise the matter with the national government, while police said they had stepped up patrols at the stages.",
                "Traders at the municipal market said the number of customers had fallen sharply by noon.",
                "A similar strike in the town two years ago lasted three days before the operators agreed to return to the roads after talks with the county government.",
            ],
        ),
        "rain": (
            "Overnight downpour floods Bengaluru's tech corridor, traffic crawls for hours",
            [
                "Heavy overnight rain flooded several stretches of Bengaluru's Outer Ring Road on Thursday, leaving office-goers stuck in traffic for hours and water entering homes in low-lying layouts in the city's east.",
                "The city received about 110 mm of rain in six hours, the heaviest single spell so far this year, according to the India Meteorological Department.",
                "Civic workers used pumps to clear water from underpasses, two of which were closed to vehicles until the afternoon, and several technology companies asked staff to work from home.",
                '"The water in our basement was up to the bonnets of the cars. We complain about the storm drain every year," said Lakshmi Narayanan, a resident of an apartment complex near Bellandur.',
                "The municipal corporation said encroachments on storm-water drains and ongoing metro work had slowed the flow of water along the corridor.",
                "The weather office has forecast more thunderstorms over the next three days and issued a yellow alert for the city and nearby districts.",
                "Residents of several layouts near the lake said they had been without drinking water since the early hours after the pumps feeding their tanks were switched off as a precaution.",
            ],
        ),
    },
    "es": {
        "incendio": (
            "Un incendio forestal obliga a evacuar a 300 familias en Villa Arrayanes, Chubut",
            [
                "Un incendio forestal que comenzó el martes en el cerro Piltriquitrón Chico obligó a evacuar a unas 300 familias de Villa Arrayanes, en la comarca andina de Chubut, mientras el viento empujaba las llamas hacia las chacras de la zona.",
                "Según el Servicio Provincial de Manejo del Fuego, el foco ya afectó unas 2.400 hectáreas de bosque nativo y plantaciones de pino, y trabajan en el lugar más de 180 brigadistas con el apoyo de dos aviones hidrantes.",
                "Los evacuados fueron alojados en el gimnasio municipal y en una escuela técnica, donde voluntarios reciben donaciones de agua, alimentos y ropa.",
                "“Vimos el humo detrás de la loma a la siesta y a las dos horas ya teníamos el fuego en el alambrado”, contó Norma Quilaqueo, que cría ovejas a cuatro kilómetros del pueblo.",
                "La ruta provincial 16 permanece cortada entre el acceso al pueblo y el puente sobre el arroyo Las Minas.",
                "El gobierno provincial declaró la emergencia ígnea en la comarca y pidió a los vecinos no acercarse a la zona del incendio.",
                "Los productores de la zona advierten que el fuego destruyó galpones, corrales y parte del forraje que tenían guardado para el invierno.",
            ],
        ),
    },
    "fr": {
        "verglas": (
            "Verglas en Estrie : près de 60 000 clients privés d'électricité",
            [
                "Une tempête de pluie verglaçante a privé d'électricité près de 60 000 clients en Estrie dans la nuit de mercredi à jeudi, les branches alourdies par la glace ayant arraché des fils dans plusieurs municipalités.",
                "À Saint-Ambroise-des-Monts, la quasi-totalité des résidences étaient toujours dans le noir jeudi midi, et la municipalité a ouvert un centre d'hébergement au sous-sol de l'église.",
                "Hydro-Québec a déployé plus de 400 monteurs dans la région, mais prévient que certains secteurs ruraux pourraient attendre jusqu'à samedi avant d'être rebranchés.",
                "« On a passé la nuit à entendre les arbres craquer autour de la maison. Ce matin, le chemin était bloqué par trois érables », a raconté Ginette Beaudoin, qui habite le rang des Érables.",
                "Plusieurs écoles du centre de services scolaire sont fermées pour la journée, et la Sûreté du Québec demande aux automobilistes d'éviter les routes secondaires.",
                "Environnement Canada prévoit un redoux vendredi, ce qui pourrait faire tomber d'autres branches fragilisées.",
                "Les propriétaires d'érablières de la région craignent aussi pour leurs tubulures, à quelques semaines du début de la saison des sucres.",
            ],
        ),
    },
    "de": {
        "felssturz": (
            "Felssturzgefahr: Weiler Sur Crap wird erneut evakuiert",
            [
                "Wegen akuter Felssturzgefahr müssen die rund 40 Bewohnerinnen und Bewohner des Weilers Sur Crap im Bündner Val Mulegn ihre Häuser erneut verlassen. Das hat der Gemeindeführungsstab am Mittwochabend entschieden.",
                "Die Messgeräte am Piz Curvér zeigen seit dem Wochenende eine deutlich schnellere Bewegung der instabilen Felsmasse. Die Geologen rechnen mit einem Abbruch von bis zu 200'000 Kubikmetern Gestein innerhalb der nächsten Tage.",
                "Die Kantonsstrasse durch das Tal ist zwischen Tinizong Sot und der Abzweigung nach Sur Crap gesperrt. Der Postautokurs verkehrt nur noch bis zur Talstation.",
                "«Wir haben im Herbst schon einmal gepackt. Dass wir jetzt wieder gehen müssen, ist für die älteren Leute im Dorf sehr schwer», sagte Gemeindepräsidentin Annatina Caduff.",
                "Die Evakuierten kommen bei Verwandten oder in Ferienwohnungen im Nachbardorf unter. Die Gemeinde übernimmt die Kosten.",
                "Ein Helikopter überwacht den Hang täglich, und die Gemeinde informiert die Bevölkerung am Freitag an einem Informationsabend.",
                "Bereits im vergangenen Jahr waren mehrere kleinere Felsbrocken bis an den Waldrand oberhalb der Häuser gestürzt. Ein Schutzdamm ist geplant, doch der Bau dürfte mehrere Jahre dauern.",
            ],
        ),
    },
    "pt": {
        "enchente": (
            "Cheia do rio Itajaí-Mirim deixa 2 mil desalojados em São Bento do Itajaí",
            [
                "A cheia do rio Itajaí-Mirim deixou cerca de 2 mil pessoas desalojadas em São Bento do Itajaí, no Vale do Itajaí, depois de três dias de chuva forte em Santa Catarina, segundo a Defesa Civil do município.",
                "O nível do rio chegou a 8,9 metros na madrugada desta quinta-feira, quase três metros acima da cota de transbordamento, e alagou ruas dos bairros Barra do Rio e Vila Operária.",
                "Escolas e igrejas foram transformadas em abrigos, e voluntários organizam a entrega de colchões, água potável e refeições.",
                "“A água entrou na casa às duas da manhã. Deu tempo só de subir a geladeira em cima dos tijolos e sair com as crianças”, contou a costureira Rosângela Schmitt, moradora da Barra do Rio.",
                "A prefeitura decretou situação de emergência e suspendeu as aulas da rede municipal até segunda-feira.",
                "A Defesa Civil estadual alerta para risco de deslizamentos nas encostas da região, mesmo com a previsão de trégua na chuva a partir de sexta-feira.",
                "Comerciantes do centro da cidade contabilizam prejuízos com mercadorias perdidas, e a associação empresarial local pede uma linha de crédito emergencial para a reconstrução.",
            ],
        ),
    },
    "ru": {
        "zator": (
            "Затор на Лене подтопил село Кыллах в Якутии",
            [
                "Ледовый затор на Лене привёл к подтоплению села Кыллах в Якутии: вода вышла на улицы в ночь на четверг и зашла во дворы более чем 120 домов, сообщили в администрации района.",
                "По данным спасателей, уровень воды у села за сутки поднялся почти на два метра. Из зоны подтопления эвакуированы 86 человек, в том числе 19 детей.",
                "Для разрушения затора ниже по течению работают подрывники, также к работе привлечена авиация, которая сбрасывает на лёд специальные бомбы.",
                "«Мы ждали воду, но не такую. Скотину успели угнать на сопку, а сено всё осталось в сараях», — рассказала жительница села Айталина Степанова.",
                "В районе введён режим чрезвычайной ситуации. Эвакуированные размещены в школе соседнего села, там организовано питание.",
                "Гидрологи предупреждают, что в ближайшие дни вода может подняться ещё выше.",
            ],
        ),
    },
    "ar": {
        "suyul": (
            "سيول جارفة تقطع طرقا وتحاصر عائلات في لواء الشوبك",
            [
                "حاصرت سيول جارفة عددا من العائلات في مناطق متفرقة من لواء الشوبك جنوبي المملكة مساء الأربعاء، بعد هطول أمطار غزيرة خلال ساعات قليلة، وفق ما أفادت به كوادر الدفاع المدني.",
                "وقال مصدر في الدفاع المدني إن فرق الإنقاذ أخلت 37 شخصا من منازلهم في وادي النجل، بينهم أطفال وكبار في السن، ونقلت ثلاثة منهم إلى المستشفى لتلقي العلاج.",
                "وأغلقت السيول الطريق الرئيسي بين الشوبك ووادي موسى لعدة ساعات، فيما عملت آليات وزارة الأشغال على إزالة الأتربة والحجارة التي جرفتها المياه.",
                "وقال المزارع سالم الحسنات: «المياه دخلت البيت خلال دقائق، ولم نتمكن من إخراج المواشي من الحظيرة».",
                "ودعت إدارة الأرصاد الجوية المواطنين إلى الابتعاد عن مجاري الأودية والمناطق المنخفضة، متوقعة استمرار الحالة الماطرة حتى مساء الخميس.",
                "وقررت مديرية التربية تعليق الدوام في مدارس اللواء يوم الخميس.",
            ],
        ),
    },
    "ja": {
        "kouhai": (
            "桜島で爆発的噴火　鹿児島市中心部に大量の降灰、市電が一部運休",
            [
                "鹿児島市の桜島・南岳山頂火口で１２日午前、爆発的噴火が発生し、噴煙は火口から約４２００メートルの高さまで上がった。気象台によると、噴煙が４０００メートルを超えたのは約２年ぶり。",
                "風に流された火山灰は市中心部に降り積もり、市電は線路上の灰を取り除くため一部区間で運転を見合わせた。",
                "市は路面清掃車を出して幹線道路の灰の除去を進めているほか、各家庭に指定の袋で灰を出すよう呼びかけている。",
                "天文館で店を営む７０代の男性は「洗濯物を外に干せないのはいつものことだが、今日の灰は量が多く、店の前を何度掃いても追いつかない」と話した。",
                "気象台は噴火警戒レベル３（入山規制）を継続し、火口から約２キロの範囲では大きな噴石に警戒するよう求めている。",
                "鹿児島空港では一部の便に遅れが出たが、欠航はなかった。",
                "市内の小中学校では、児童生徒にマスクの着用を呼びかけ、体育の授業を屋内に切り替えるなどの対応をとった。",
            ],
        ),
    },
    "zh": {
        "baoxue": (
            "黑龙江东南部遭遇强降雪 多条公路临时封闭",
            [
                "12日，黑龙江省东南部出现大范围强降雪，牡丹江市所辖青岭县部分乡镇积雪深度超过40厘米，多条国省干线公路临时封闭，部分客运班线停运。",
                "据当地气象部门介绍，此次降雪过程自11日夜间开始，青岭县累计降雪量达到28毫米，为今冬以来最强的一次降雪。",
                "青岭县组织除雪车辆和人员连夜作业，优先保障通往医院、学校和供热企业的道路畅通。",
                "在县城经营超市的刘先生说：“早上起来门都推不开，蔬菜进不来，只能先卖库存。”",
                "交通运输部门提醒，降雪过后路面易结冰，请驾驶员减速慢行，非必要不出行。",
                "目前，当地中小学已调整到校时间，部分农村地区的学生暂停到校。",
                "县供电部门表示，部分线路因积雪覆冰出现故障，抢修人员正在逐段排查，力争尽快恢复供电。",
                "气象部门预计，13日起降雪逐渐减弱，但气温将明显下降，最低气温可达零下25摄氏度，请群众注意防寒保暖。",
            ],
        ),
    },
    "it": {
        "etna": (
            "Etna, nube di cenere: chiuso lo scalo di Catania, voli dirottati",
            [
                "Una nuova fase eruttiva dell'Etna ha costretto alla chiusura parziale dell'aeroporto di Catania nella notte tra mercoledì e giovedì: la nube di cenere sprigionata dal cratere di Sud-Est si è spinta verso la costa ionica.",
                "La società di gestione dello scalo ha comunicato che gli arrivi sono stati sospesi fino alle 14 e che diversi voli sono stati dirottati su Palermo e Comiso.",
                "Nei comuni di Zafferana Etnea e Milo la cenere ha ricoperto strade e auto, e i sindaci hanno vietato la circolazione dei mezzi a due ruote fino alla pulizia delle carreggiate.",
                "«Alle tre di notte sentivamo i boati, poi la mattina le strade erano nere. Abbiamo spazzato il balcone tre volte», ha raccontato Concetta Privitera, residente a Milo.",
                "L'Istituto nazionale di geofisica e vulcanologia ha segnalato una fontana di lava durata circa due ore, ora in diminuzione.",
                "La Protezione civile regionale invita i residenti a non lasciare la cenere nei tombini e a raccoglierla negli appositi sacchi.",
                "Gli agricoltori della zona temono danni ai vigneti e agli agrumeti, già provati da un inverno molto secco.",
            ],
        ),
    },
    "id": {
        "asap": (
            "Kabut Asap Selimuti Pekanbaru, Sekolah Diliburkan Dua Hari",
            [
                "Kabut asap dari kebakaran hutan dan lahan kembali menyelimuti Kota Pekanbaru, Riau, sejak Rabu malam. Jarak pandang di sejumlah ruas jalan turun hingga kurang dari 500 meter pada Kamis pagi.",
                "Dinas Pendidikan Kota Pekanbaru meliburkan siswa PAUD, SD, dan SMP selama dua hari karena kualitas udara berada pada kategori tidak sehat.",
                "Badan Penanggulangan Bencana Daerah mencatat titik api terbanyak berada di Kabupaten Pelalawan dan Siak, dengan luas lahan terbakar sekitar 900 hektare sejak awal bulan.",
                '"Anak saya batuk-batuk sejak kemarin, jadi kami pilih di rumah saja dan pakai masker," kata Yusnidar, warga Kecamatan Tampan.',
                "Pemerintah provinsi telah meminta bantuan helikopter pengebom air untuk memadamkan api di lahan gambut yang sulit dijangkau petugas darat.",
                "Puskesmas di Pekanbaru membagikan masker gratis dan membuka posko kesehatan untuk warga yang mengalami sesak napas.",
                "Sejumlah penerbangan di Bandara Sultan Syarif Kasim II juga tertunda pada Kamis pagi karena jarak pandang di landasan belum memenuhi batas aman.",
            ],
        ),
    },
    "tr": {
        "kar": (
            "Erzurum'da kar ve tipi: 212 mahalle yolu ulaşıma kapandı",
            [
                "Erzurum'da etkili olan yoğun kar yağışı ve tipi nedeniyle 212 kırsal mahallenin yolu ulaşıma kapandı. Büyükşehir Belediyesi ekipleri kapanan yolları açmak için gece boyunca çalıştı.",
                "Kar kalınlığının bazı yüksek kesimlerde 80 santimetreyi aştığı bildirildi. Palandöken ile Tortum arasındaki karayolunda tipi nedeniyle görüş mesafesi zaman zaman 20 metreye kadar düştü.",
                "Valilik, kent genelinde okulların bir gün süreyle tatil edildiğini duyurdu.",
                'Yolu kapanan Yeşilyayla Mahallesi\'nde yaşayan Mehmet Kaya, "Hayvanlarımızın yemi var ama ekmek ve ilaç için ilçeye inemiyoruz" dedi.',
                "Ekipler, hastaneye ulaşması gereken hastalar için paletli araçlarla köylere ulaştı. Son 24 saatte 14 hasta hastaneye kaldırıldı.",
                "Meteoroloji, kar yağışının cuma gününe kadar aralıklarla süreceğini ve çığ riskine karşı dikkatli olunması gerektiğini bildirdi.",
                "Kent merkezinde de kaldırımlarda biriken kar nedeniyle yayalar yürümekte zorlandı, bazı otobüs seferleri gecikmeli yapıldı.",
            ],
        ),
    },
    "hi": {
        "kosi": (
            "कोसी का जलस्तर बढ़ा, सुपौल के 40 गांवों में घुसा पानी",
            [
                "नेपाल के जलग्रहण क्षेत्रों में लगातार बारिश के बाद कोसी नदी का जलस्तर तेजी से बढ़ गया है। सुपौल जिले के तटबंध के भीतर बसे करीब 40 गांवों में पानी घुस गया है।",
                "जिला प्रशासन के अनुसार, बराज से गुरुवार सुबह करीब दो लाख क्यूसेक पानी छोड़ा गया, जो इस मौसम का सबसे अधिक है।",
                "प्रभावित गांवों में नावों की व्यवस्था की गई है और ऊंचे स्थानों पर सामुदायिक रसोई शुरू की गई है।",
                'बसहा गांव की रीता देवी ने कहा, "रात में पानी आंगन तक आ गया। बच्चों और बकरियों को लेकर बांध पर आ गए हैं।"',
                "जल संसाधन विभाग के इंजीनियर तटबंध के संवेदनशील स्थानों पर लगातार निगरानी कर रहे हैं।",
                "मौसम विभाग ने अगले दो दिनों तक उत्तर बिहार के कई जिलों में भारी बारिश का अलर्ट जारी किया है।",
            ],
        ),
    },
    "ko": {
        "daeseol": (
            "강릉 등 영동 지역에 50㎝ 넘는 폭설…산간 마을 고립",
            [
                "강원 영동 지역에 이틀째 많은 눈이 내리면서 강릉 산간 지역에 50㎝가 넘는 눈이 쌓였다. 일부 산간 마을은 도로가 끊겨 고립됐다.",
                "강릉시는 제설 차량과 장비 120여 대를 투입해 밤새 제설 작업을 벌였지만, 눈이 계속 내리면서 시내 도로 곳곳에서 차량 정체가 이어졌다.",
                "강릉 왕산면의 한 마을에서는 노인 10여 명이 사는 주택가로 통하는 도로가 막혀 공무원들이 생필품을 직접 전달했다.",
                "주민 김모(78)씨는 \u201c이렇게 많이 온 건 몇 년 만이다. 약이 떨어질까 걱정했는데 면사무소에서 가져다줬다\u201d고 말했다.",
                "기상청은 13일 오전까지 영동 지역에 10∼30㎝의 눈이 더 내릴 것으로 예보했다.",
                "도교육청은 폭설 피해가 큰 지역 학교 20여 곳의 등교 시간을 늦추거나 원격수업으로 전환했다.",
                "한편 동해고속도로 일부 구간에서는 눈길 교통사고가 잇따라 차량 여러 대가 부서지고 운전자 3명이 가벼운 부상을 입었다.",
            ],
        ),
    },
}

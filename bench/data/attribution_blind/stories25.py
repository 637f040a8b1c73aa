# ruff: noqa: E501, RUF001
"""Invented stories of the twenty-fifth blind set: (headline, paragraphs) by language and key.

Seven English stories from seven English-speaking regions (an ice storm cutting power across
Vermont's Northeast Kingdom; a gale felling trees across Kielder and the North Tyne in
Northumberland; a gorse fire in Killarney National Park in County Kerry; sea ice holding back the
lobster season on Prince Edward Island's North Shore; floods stranding travellers on the Gibb River
Road in the Kimberley; sargassum swamping the beaches of Placencia in Belize; a bridge on the M1
washed away north of Mzuzu in northern Malawi) and one in each of thirteen other languages (snow
cutting the Carretera Austral near Coyhaique in Chile's Aysén; wadis in flood around Salalah in
Oman's Dhofar; a late snowfall stranding cars on the Sanriku coast of Iwate; a storm closing the
railway to Oberstdorf in the Allgäu; a storm cutting power across Finistère; the Jari in flood at
Laranjal do Jari in Amapá; avalanche danger closing roads in the Khibiny near Kirovsk, Murmansk
oblast; a rainstorm cutting roads in Rongjiang, Guizhou; a landslide blocking the road to Sauris in
Friuli's Carnia; a rainstorm stranding campers in Gapyeong, Gyeonggi; a flash flood in Arhavi,
Artvin; a flash flood in Bima on Sumbawa; a cloudburst in Kullu, Himachal Pradesh), written as
local news, regional portals and agency copy read. Names, places and figures are made up; none of
this prose is in the earlier sets (build25.py checks).
"""

from __future__ import annotations

STORIES25: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "icestorm": (
            "Ice storm leaves thousands without power across Northeast Kingdom",
            [
                "Freezing rain coated trees and lines across Vermont's Northeast Kingdom overnight Sunday, leaving more than 14,000 homes and businesses in Caledonia and Orleans counties without electricity on Monday morning.",
                "Utility crews said the worst damage was on back roads between St. Johnsbury and Lyndonville, where birches bent under the weight of the ice and brought down wires across driveways.",
                "The state opened a warming shelter at the Lyndon town hall, and several school districts cancelled classes because buses could not get past fallen limbs.",
                '"You could hear branches cracking all night, like gunshots in the woods," said Armand Thibodeau, who heats his farmhouse in Sutton with a wood stove and had no power by midnight.',
                "Line workers from New Hampshire and Quebec were on their way to help, and the utility warned that some customers at the end of long rural lines might wait until Thursday.",
                "Vermont Emergency Management asked residents using generators to keep them outside and away from windows. Two people were treated for carbon monoxide exposure in Newport on Sunday night.",
                "Temperatures are forecast to stay below freezing through Wednesday, which means the ice will stay on the trees for days.",
            ],
        ),
        "kielder": (
            "Gale brings down hundreds of trees across Kielder and the North Tyne",
            [
                "Hundreds of trees came down across west Northumberland on Friday night as gusts of more than 80mph swept through the Kielder and North Tyne valleys, blocking roads and cutting power to remote farms.",
                "The road between Bellingham and Kielder village was closed at both ends on Saturday morning while forestry teams worked along it with chainsaws and a tractor.",
                "Northern Powergrid said about 3,000 properties lost electricity, many of them in hamlets served by a single overhead line that runs through plantation forest.",
                '"We were cut off at both ends of the lane. The only way out was a footpath across the fields," said Hazel Charlton, who keeps sheep near Falstone.',
                "Volunteers at Bellingham's community centre handed out hot meals and charged mobile phones, and a mountain rescue team checked on elderly residents in outlying cottages.",
                "Forestry England said several of its walking trails would stay closed for weeks because of the risk from trees that had been loosened but not yet felled. Parish councillors asked for a backup generator at the village school.",
                "The Met Office said the wind would ease on Sunday but that more rain was on its way early next week.",
            ],
        ),
        "gorsefire": (
            "Gorse fire burns across mountainside in Killarney National Park",
            [
                "A large gorse fire burned across the slopes of Torc Mountain in Killarney National Park on Tuesday, sending smoke over the town and forcing the closure of walking trails around Muckross.",
                "Fire crews from Killarney and Kenmare worked through the afternoon with beaters and water from tankers, while an Air Corps helicopter dropped water taken from the lakes.",
                "Park rangers said the fire had spread across an area of bog, heather and young oak woodland that had been replanted after a blaze on the same slopes several years ago.",
                '"You could see the flames moving up the hill from the road. It was frightening how quickly it went," said Bríd Cronin, who runs a guesthouse on the Muckross Road.',
                "Gardaí closed part of the N71 towards Moll's Gap for several hours as smoke drifted across it, and visitors were asked to stay away from the area.",
                "The Minister of State with responsibility for heritage described the fire as an act of vandalism if it was found to have been started deliberately. Landowners are not allowed to burn vegetation on uncultivated land between March and the end of August.",
                "Rangers will assess the damage to wildlife habitats once the ground has cooled.",
            ],
        ),
        "lobster": (
            "Lingering sea ice delays start of lobster season on P.E.I.'s North Shore",
            [
                "Lobster fishers on Prince Edward Island's North Shore will have to wait at least another week to set their traps after sea ice lingered in harbours and along the coast well past the planned opening day.",
                "Fisheries and Oceans Canada said it had agreed with fishing associations to push back the start of the spring season in the area between North Rustico and Tignish.",
                "Satellite images showed thick pack ice jammed against the coast and in the mouths of several harbours, where boats loaded with traps have been waiting at the wharves.",
                '"Everything is ready, the bait is bought, and the crew is sitting at home," said Glendon Arsenault, who fishes out of Malpeque.',
                "Fishers said every day of delay costs them money, because the season has a fixed closing date and prices tend to drop once catches from other areas reach the market.",
                "The fishermen's association said it would ask the federal department to consider extending the season at the other end. Processing plants in the western part of the province said they had told workers to expect a late start.",
                "A decision on the new opening date is expected after an ice flight on Monday.",
            ],
        ),
        "gibbriver": (
            "Floodwaters strand travellers on the Gibb River Road",
            [
                "More than forty tourists were stranded at stations and campgrounds along the Gibb River Road on Wednesday after heavy late-season rain sent rivers across the Kimberley over their crossings.",
                "The Pentecost River was running more than a metre above the causeway near El Questro, and the road was closed between Derby and Kununurra while Main Roads crews waited for the water to fall.",
                "Station owners said they had enough food and fuel for the visitors, several of whom had set out in four-wheel-drives before the road was officially opened for the dry season.",
                '"We had a booking for two nights and it has turned into a week. Nobody is complaining about the view," said Tessa Vandenberg, who is travelling with her partner from Adelaide.',
                "Police said one couple was rescued from the roof of their vehicle on Tuesday night after trying to cross a creek that had risen quickly in the dark.",
                "The Shire of Derby/West Kimberley asked travellers to check road reports before leaving town and warned that crossings could stay dangerous for days. Tour operators said some trips would have to be rebooked.",
                "The weather bureau expects drier conditions across the region by the end of the week.",
            ],
        ),
        "sargassum": (
            "Sargassum piles up on Placencia beaches as tourism season peaks",
            [
                "Thick mats of sargassum seaweed have washed up along the beaches of the Placencia peninsula over the past week, leaving piles of brown weed in front of hotels at the height of the tourist season.",
                "The smell of rotting seaweed has reached homes in Seine Bight and Maya Beach, and some resorts said guests had asked to move to properties further inland.",
                "The village council hired workers with rakes and a tractor to clear the main public beach, but said the weed came back with every high tide.",
                '"We clean it in the morning and by the afternoon it is knee high again," said Delroy Usher, who rents kayaks near the sidewalk in Placencia village.',
                "Fishermen said the seaweed was clogging outboard engines and covering the shallows where they catch bait, and that some had stopped going out altogether.",
                "The Belize Tourism Board said it was looking at floating barriers that have been used in Mexico to keep the weed offshore. Scientists expect the season to continue into the summer.",
                "Businesses on the peninsula are asking the government for help with the cost of the clean-up.",
            ],
        ),
        "m1bridge": (
            "Floods wash away bridge on M1 north of Mzuzu, cutting off Karonga",
            [
                "A bridge on the M1 road between Mzuzu and Rumphi junction was washed away on Sunday night after heavy rains, cutting the main road link between the Northern Region's capital and Karonga.",
                "The Roads Authority said the swollen river had undermined the bridge's foundations and that a temporary crossing could not be built until the water went down.",
                "Buses and trucks travelling north were diverted onto a gravel road through Rumphi, adding several hours to the journey, and some drivers said their vehicles had become stuck in the mud.",
                '"We have been here since morning with a load of cement. Nobody is telling us when the road will open," said Yotamu Nyirenda, a truck driver from Lilongwe.',
                "Traders in Mzuzu said the price of fish from Lake Malawi had gone up because fewer vehicles were reaching the markets from the lakeshore.",
                "The Department of Disaster Management Affairs said it was assessing damage in Mzimba and Rumphi districts, where several homes had also collapsed. Local leaders asked the government to build a stronger bridge.",
                "More rain is forecast over the northern highlands this week.",
            ],
        ),
    },
    "es": {
        "aysen": (
            "Nevazón corta la Carretera Austral y aísla a localidades de Aysén",
            [
                "Una intensa nevazón obligó a cerrar este martes varios tramos de la Carretera Austral en la región de Aysén, dejando aisladas a localidades al sur de Coyhaique y a decenas de camiones detenidos en la ruta.",
                "La Dirección de Vialidad informó que la nieve acumulada superó el metro de altura en el sector del cerro Castillo, donde las máquinas despejadoras trabajaron durante toda la noche.",
                "En Villa Cerro Castillo y Puerto Ibáñez se suspendieron las clases y el municipio habilitó un albergue para conductores que no pudieron continuar el viaje.",
                "«Llevamos dos días en el camión y ya se nos está acabando la leña», contó Osvaldo Catalán, transportista que esperaba con su carga de combustible a la salida de Coyhaique.",
                "La delegación presidencial pidió a la población evitar viajes que no sean urgentes y recordó que es obligatorio llevar cadenas en los tramos de montaña.",
                "En Coyhaique, el municipio dispuso camionetas para repartir leña y agua a adultos mayores que viven en sectores rurales de difícil acceso.",
                "Según la Dirección Meteorológica, las temperaturas seguirán bajo cero durante el fin de semana, lo que podría formar hielo en la calzada.",
            ],
        ),
    },
    "ar": {
        "dhofar": (
            "أمطار غزيرة تجرف الأودية في ظفار وإغلاق طرق جبلية",
            [
                "شهدت محافظة ظفار أمس هطول أمطار غزيرة أدت إلى جريان عدد من الأودية وإغلاق طرق جبلية بين صلالة ونيابات ولاية طاقة.",
                "وقالت هيئة الدفاع المدني والإسعاف إن فرقها تعاملت مع عدد من البلاغات لمركبات علقت في مجاري الأودية، وتم إنقاذ جميع من كانوا فيها دون إصابات.",
                "وأوضحت الهيئة العامة للطيران المدني أن كمية الأمطار في بعض المناطق الجبلية تجاوزت ثمانين مليمترا خلال ساعات قليلة.",
                "وقال المواطن سالم بن مستهيل المعشني إن المياه غمرت مزرعته في وادي دربات وجرفت جزءا من السور الحجري المحيط بها.",
                "ودعت الجهات المختصة المواطنين والمقيمين إلى عدم المجازفة بعبور الأودية والابتعاد عن أماكن تجمع المياه، مع توقع استمرار الحالة الجوية حتى نهاية الأسبوع.",
                "كما أعلنت المديرية العامة للتربية والتعليم تعليق الدراسة في عدد من المدارس بالمناطق الجبلية ليوم واحد.",
            ],
        ),
    },
    "ja": {
        "iwate": (
            "三陸沿岸で季節外れの大雪　国道で車立ち往生",
            [
                "岩手県の三陸沿岸で１２日未明から季節外れの大雪となり、釜石市と大槌町を結ぶ国道４５号で車約３０台が一時立ち往生した。",
                "盛岡地方気象台によると、釜石市では午前９時までの６時間に２５センチの降雪を観測した。",
                "県は除雪車を集中して投入し、昼過ぎまでに立ち往生は解消したが、一部の区間では片側交互通行が続いている。",
                "大槌町の漁業者、佐々木勝也さんは「ワカメの収穫が始まったばかりなのに、港まで行けない」と話した。",
                "沿岸部の小中学校の一部は臨時休校となり、路線バスも運休や遅れが相次いだ。",
                "釜石市では停電も一時発生し、東北電力ネットワークによると最大で約１８００戸が影響を受けた。市は避難所を２カ所開設し、暖房の使えない高齢者の受け入れを始めた。",
                "気象台は１３日にかけても雪が降るおそれがあるとして、路面の凍結やなだれに注意するよう呼びかけている。",
            ],
        ),
    },
    "de": {
        "allgaeu": (
            "Sturm im Oberallgäu: Bahnstrecke nach Oberstdorf gesperrt",
            [
                "Ein schwerer Sturm hat in der Nacht zum Donnerstag im Oberallgäu zahlreiche Bäume umgeworfen und die Bahnstrecke zwischen Immenstadt und Oberstdorf lahmgelegt.",
                "Nach Angaben der Polizei stürzten allein zwischen Sonthofen und Fischen mehr als zwanzig Bäume auf Straßen und Gleise, verletzt wurde niemand.",
                "Die Feuerwehren im Landkreis waren bis zum Morgen mit mehr als dreihundert Kräften im Einsatz, mehrere Ortsteile waren stundenlang ohne Strom.",
                "„So etwas habe ich in dreißig Jahren nicht erlebt, der Wald hinter unserem Hof sieht aus wie nach einem Bombenangriff“, sagte Landwirt Anton Hindelang aus Ofterschwang.",
                "Die Bahn richtete einen Ersatzverkehr mit Bussen ein und rechnet damit, dass die Strecke frühestens am Wochenende wieder befahrbar ist.",
                "Auch auf der B19 zwischen Sonthofen und Oberstdorf kam es am Morgen zu langen Staus, weil Einsatzkräfte umgestürzte Bäume von der Fahrbahn räumen mussten. Die Schulen im südlichen Landkreis blieben geschlossen.",
                "Das Landratsamt warnte Spaziergänger davor, in den nächsten Tagen die Wälder zu betreten, weil weiterhin Äste und angeschobene Bäume herabfallen könnten.",
            ],
        ),
    },
    "fr": {
        "finistere": (
            "Tempête dans le Finistère : 45 000 foyers privés d'électricité",
            [
                "Une tempête a balayé le Finistère dans la nuit de mercredi à jeudi, avec des rafales dépassant 130 km/h à la pointe du Raz, privant d'électricité quelque 45 000 foyers au plus fort de l'épisode.",
                "Les pompiers ont effectué plus de quatre cents interventions, principalement pour des arbres tombés sur les routes et des toitures arrachées dans le Cap Sizun et le pays bigouden.",
                "À Douarnenez, la mer est passée par-dessus les quais au moment de la pleine mer et plusieurs commerces du port du Rosmeur ont été inondés.",
                "« On a entendu la tôle du hangar partir vers deux heures du matin, puis plus rien, le courant était coupé », raconte Maïwenn Le Gall, maraîchère à Plozévet.",
                "Le gestionnaire du réseau a mobilisé des équipes venues d'autres régions et espère rétablir la majorité des clients d'ici vendredi soir.",
                "Dans le nord du département, plusieurs lignes de car scolaire ont été suspendues et la liaison maritime vers l'île de Sein n'a pas pu être assurée jeudi matin.",
                "La préfecture a demandé aux habitants de limiter leurs déplacements et de ne pas s'approcher du littoral, où la houle restera forte jusqu'à samedi.",
            ],
        ),
    },
    "pt": {
        "amapa": (
            "Cheia do rio Jari deixa bairros alagados em Laranjal do Jari",
            [
                "A cheia do rio Jari atingiu nesta semana o nível mais alto dos últimos cinco anos e deixou bairros inteiros de Laranjal do Jari, no sul do Amapá, debaixo d'água.",
                "Segundo a Defesa Civil do município, mais de 1.200 famílias foram afetadas e cerca de 300 pessoas estão em abrigos montados em escolas da cidade.",
                "Nas áreas de palafitas às margens do rio, moradores usam canoas para se deslocar e muitos suspenderam os móveis em jiraus improvisados.",
                "“A água subiu quase meio metro numa noite só. Tiramos o que deu e o resto ficou”, disse a feirante Raimunda Gonçalves, que mora no bairro Agreste.",
                "A prefeitura decretou situação de emergência e pediu apoio do governo estadual para o envio de cestas básicas, água potável e kits de higiene.",
                "O comércio do centro funciona com horário reduzido e a travessia de balsa para Monte Dourado, no Pará, foi suspensa por causa da força da correnteza.",
                "A Defesa Civil informou que o rio continua subindo, ainda que de forma mais lenta, e que a equipe de saúde reforçou a vigilância contra doenças transmitidas pela água.",
            ],
        ),
    },
    "ru": {
        "khibiny": (
            "В Хибинах из-за лавинной опасности закрыли дорогу на Кировск",
            [
                "В Мурманской области из-за угрозы схода лавин во вторник закрыли участок автодороги между Кировском и рудником в Хибинах.",
                "Как сообщили в региональном центре лавинной безопасности, за последние двое суток в горах выпало больше метра снега при сильном ветре.",
                "Специалисты провели принудительный спуск лавин на нескольких склонах, после чего движение частично восстановили для служебного транспорта.",
                "«Снега столько, что машину у подъезда пришлось откапывать целый час», — рассказал житель Кировска Виктор Лапшин.",
                "Горнолыжные склоны курорта временно закрыты, туристов попросили не выходить за пределы подготовленных трасс.",
                "Синоптики предупреждают, что метель в горах продлится как минимум до конца недели, а лавинная опасность сохранится.",
            ],
        ),
    },
    "zh": {
        "rongjiang": (
            "榕江遭遇强降雨　多条道路中断",
            [
                "受强降雨影响，贵州省黔东南州榕江县12日凌晨起出现大范围积水，县城部分街道和多条乡村道路中断。",
                "据县气象部门统计，当日凌晨至上午9时，榕江县城累计降雨量超过150毫米，为今年以来最强的一次降雨过程。",
                "县应急管理部门连夜组织消防、武警和民兵转移低洼地带群众2300余人，目前暂无人员伤亡报告。",
                "家住古州镇的居民杨秀芬说：“水一下子就漫进了一楼，我们赶紧把老人背到了楼上。”",
                "交通部门已调派机械设备抢修受损路段，并在塌方点设置警示标志，提醒过往车辆绕行。",
                "目前，县城供水、供电已基本恢复，受灾群众安置点已发放食品、饮用水和衣被等救灾物资，各乡镇正在逐户排查房屋受损情况。",
                "当地农业部门表示，部分稻田和蔬菜基地被淹，将在洪水退去后组织农户及时补种，尽量减少损失。",
                "气象部门预计未来三天黔东南州仍有较强降雨，提醒群众注意防范山洪和地质灾害。",
            ],
        ),
    },
    "it": {
        "carnia": (
            "Frana in Carnia, isolata Sauris: strada chiusa per giorni",
            [
                "Una frana si è staccata nella notte tra mercoledì e giovedì lungo la strada regionale che porta a Sauris, in Carnia, isolando il paese e le sue frazioni.",
                "Secondo la Protezione civile regionale, circa duemila metri cubi di roccia e terra sono scesi sulla carreggiata poco dopo la galleria sopra il lago.",
                "I tecnici hanno escluso la presenza di persone o veicoli sotto il materiale, ma la strada resterà chiusa almeno fino a lunedì per permettere la messa in sicurezza del versante.",
                "«Abbiamo scorte per qualche giorno, ma i turisti del fine settimana dovranno rinunciare», ha detto Lucia Petris, titolare di un albergo diffuso in paese.",
                "Per le urgenze sanitarie è stato organizzato un servizio di elisoccorso, mentre i residenti possono scendere a valle lungo una strada forestale solo con mezzi fuoristrada.",
                "Le scuole del paese sono rimaste chiuse e gli alunni delle medie, che frequentano a valle, seguiranno le lezioni a distanza fino alla riapertura.",
                "Il sindaco ha chiesto alla Regione un intervento rapido, ricordando che negli ultimi anni il versante ha già ceduto più volte dopo le piogge.",
            ],
        ),
    },
    "ko": {
        "gapyeong": (
            "가평 집중호우로 계곡 펜션 고립…야영객 40여명 구조",
            [
                "경기 가평군에 12일 새벽부터 시간당 60㎜가 넘는 집중호우가 쏟아져 계곡 인근 펜션과 야영장이 한때 고립됐다.",
                "가평소방서에 따르면 북면 일대 계곡물이 갑자기 불어나면서 야영객과 펜션 투숙객 40여명이 구조됐으며 인명 피해는 없었다.",
                "군은 오전 6시를 기해 주요 계곡 출입을 통제하고, 하천 주변 저지대 주민들에게 대피를 권고했다.",
                '펜션을 운영하는 김정호 씨는 "30분 만에 다리 위까지 물이 차올라 손님들을 모두 2층으로 올려보냈다"고 말했다.',
                "도로 일부 구간은 토사가 흘러내려 통행이 제한됐으며, 군은 장비를 투입해 복구 작업을 벌이고 있다.",
                "가평군은 피해 주민들을 위해 마을회관 등 4곳에 임시 대피소를 마련하고 구호물품을 지원했다. 주택 침수 10여건과 농경지 침수 피해도 접수됐다.",
                "기상청은 13일까지 경기 북부에 최대 150㎜의 비가 더 내릴 것으로 보고 산사태와 계곡 물 불어남에 주의해 달라고 당부했다.",
            ],
        ),
    },
    "tr": {
        "artvin": (
            "Artvin'de sağanak: Arhavi'de dereler taştı, iş yerlerini su bastı",
            [
                "Artvin'in Arhavi ilçesinde gece saatlerinde başlayan sağanak yağış nedeniyle Kapisre Deresi taştı, ilçe merkezindeki çok sayıda iş yerini ve evi su bastı.",
                "AFAD ekipleri ile itfaiye, sabaha kadar süren çalışmalarda mahsur kalan 15 kişiyi botlarla güvenli bölgelere taşıdı.",
                "Karadeniz Sahil Yolu'nun Arhavi geçişinde bir süre kontrollü ulaşım sağlanırken, bazı köy yolları heyelan nedeniyle kapandı.",
                'Çarşıda bakkal işleten Nurettin Kalafat, "Dükkânın içinde diz boyu su vardı, raflardaki her şey çamur oldu" dedi.',
                "Kaymakamlık, okulların bir gün süreyle tatil edildiğini ve hasar tespit çalışmalarının başladığını açıkladı.",
                "Belediye ekipleri, su çekilen sokaklarda çamur ve moloz temizliğine başladı. Elektrik kesintisi yaşanan mahallelerde enerji öğle saatlerinde yeniden verildi.",
                "Meteoroloji, yağışların hafta sonuna kadar aralıklarla sürmesinin beklendiğini belirterek vatandaşları dere yataklarından uzak durmaları konusunda uyardı.",
            ],
        ),
    },
    "id": {
        "bima": (
            "Banjir bandang terjang Kota Bima, ratusan rumah terendam",
            [
                "Banjir bandang melanda sejumlah kelurahan di Kota Bima, Nusa Tenggara Barat, pada Kamis dini hari setelah hujan deras mengguyur wilayah itu selama lebih dari lima jam.",
                "Badan Penanggulangan Bencana Daerah setempat mencatat sedikitnya 640 rumah terendam dengan ketinggian air mencapai satu setengah meter di beberapa titik.",
                "Warga di bantaran sungai mengungsi ke masjid dan sekolah terdekat, sementara petugas gabungan mengevakuasi lansia dan anak-anak menggunakan perahu karet.",
                '"Air datang tiba-tiba bersama lumpur, kami hanya sempat menyelamatkan surat-surat penting," kata Siti Aminah, warga Kelurahan Paruga.',
                "Pemerintah kota membuka dapur umum dan meminta bantuan air bersih karena jaringan PDAM di beberapa kawasan ikut rusak.",
                "Akses jalan menuju sejumlah desa di pinggiran kota sempat terputus karena tertimbun material lumpur dan batang kayu yang terbawa arus.",
                "Wali kota meninjau lokasi pengungsian pada Kamis siang dan meminta dinas terkait segera mendata kerusakan rumah warga untuk diusulkan mendapat bantuan.",
                "BMKG memperkirakan hujan dengan intensitas sedang hingga lebat masih akan terjadi di Pulau Sumbawa hingga akhir pekan.",
            ],
        ),
    },
    "hi": {
        "kullu": (
            "कुल्लू में बादल फटा, कई वाहन बहे और सड़कें बंद",
            [
                "हिमाचल प्रदेश के कुल्लू जिले में बुधवार देर रात बादल फटने से एक नाले में अचानक बाढ़ आ गई, जिसमें कई वाहन बह गए और दो मकानों को नुकसान पहुंचा।",
                "जिला प्रशासन के अनुसार घटना में किसी की जान नहीं गई, लेकिन नाले के किनारे बसे बीस से अधिक परिवारों को सुरक्षित स्थानों पर पहुंचाया गया।",
                "मलबा आने से कुल्लू-मनाली मार्ग कई घंटे तक बंद रहा और दोनों ओर वाहनों की लंबी कतारें लग गईं।",
                "स्थानीय निवासी हेमराज ठाकुर ने बताया कि रात को तेज आवाज सुनकर वे परिवार के साथ घर से बाहर भागे।",
                "लोक निर्माण विभाग की मशीनें सुबह से मलबा हटाने में जुटी हैं और बिजली आपूर्ति भी बहाल की जा रही है।",
                "मौसम विभाग ने अगले दो दिनों तक प्रदेश के कई जिलों में भारी बारिश का अलर्ट जारी किया है और लोगों से नदी-नालों से दूर रहने को कहा है।",
            ],
        ),
    },
}

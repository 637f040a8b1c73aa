# ruff: noqa: E501, RUF001
"""Invented stories of the twenty-seventh blind set: (headline, paragraphs) by language and key.

Seven English stories from seven English-speaking regions (an ice jam sending the Yellowstone
into homes near Big Timber in Montana; cliff falls closing the beach and the coast path at
Sidmouth in Devon; storm swells breaking through the sea wall at Lahinch in County Clare; a
blizzard closing the Trans-Canada Highway between Kenora and Dryden in northwestern Ontario; a slip
closing the Kawarau Gorge road in Central Otago; landslides cutting the west coast road at
Soufrière in Saint Lucia; the Thamalakane in flood in Maun, Botswana) and one in each of thirteen
other languages (a windstorm across Neuquén and Plottier in Argentina; a storm sinking fishing
boats in the port of Tyre in southern Lebanon; heavy snow stopping trains at Chizu in Tottori; snow
breaking trees across the Rennsteig in the Thuringian Forest; high tides cutting Route 132 in
Haute-Gaspésie; the Ribeira de Iguape in flood at Registro and Eldorado in São Paulo's Vale do
Ribeira; a blizzard closing the Kolyma highway at Magadan; a gale wrecking fish farms off Xiapu in
Fujian; a storm surge stopping ferries to Elba; swells flooding the coast road at Gijang in Busan;
a landslide in Tirebolu, Giresun; a flash flood in Sembalun on Lombok; hail ruining crops around
Ambikapur in Chhattisgarh's Surguja), written as local news, regional portals and agency copy
read. Names, places and figures are made up; none of this prose is in the earlier sets
(build27.py checks).
"""

from __future__ import annotations

STORIES27: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "icejam": (
            "Ice jam pushes Yellowstone River into homes near Big Timber",
            [
                "An ice jam on the Yellowstone River sent water and slabs of ice into a dozen homes east of Big Timber on Tuesday, forcing families along the river road to leave before dawn.",
                "Sweet Grass County officials said the jam formed overnight below the Interstate 90 bridge after a stretch of warm chinook wind broke up ice that had been frozen solid since December.",
                "Deputies went door to door on Boulder Road with megaphones, and the county opened the fairgrounds exhibit hall as a shelter for residents and their horses.",
                '"The ice came up over the bank like a bulldozer and just kept coming," said Wade Lindquist, whose machine shed filled with a foot of water in less than an hour.',
                "The Montana Department of Transportation closed a frontage road and kept a close watch on the bridge piers, where blocks of ice as thick as a pickup bed had piled up.",
                "Hydrologists said another jam could form downstream near Greycliff if temperatures drop again this weekend. The county commission declared a local emergency so it could ask the state for help with debris.",
                "Residents were told not to walk out on the ice to take photos, because the jam could shift without warning.",
            ],
        ),
        "sidmouth": (
            "Cliff falls close beach and coast path at Sidmouth",
            [
                "Two large cliff falls brought thousands of tonnes of red sandstone down onto the beach at Sidmouth on Sunday, and the South West Coast Path east of the town has been closed until further notice.",
                "East Devon District Council fenced off the eastern end of the esplanade and the steps to Pennington Point, where a crack several metres long has opened near the top of the cliff.",
                "Coastguard teams from Beer and Exmouth checked the rock piles with a drone for anyone who might have been caught, and found no one.",
                '"We heard a roar like thunder and then the whole beach disappeared in a cloud of dust," said Pauline Ashworth, who was walking her dog on the promenade.',
                "Weeks of heavy rain have soaked the cliffs along this part of the Jurassic Coast, and geologists say more falls are likely as the rock dries out in spring.",
                "Hoteliers on the seafront said the timing was poor, with bookings for the Easter holidays already strong. The council said it would review its plans for rock armour beneath the cliff at a meeting next month.",
                "Walkers heading for Salcombe Regis are being sent on an inland diversion through the Byes.",
            ],
        ),
        "lahinch": (
            "Storm swells break through sea wall at Lahinch",
            [
                "Huge Atlantic swells broke through part of the sea wall at Lahinch on Monday night, flooding the promenade car park and leaving the surf school buildings on the seafront full of sand and stones.",
                "Clare County Council closed the promenade and the road past the golf links while engineers checked a section of wall that was undermined during the last winter storms.",
                "Met Éireann had issued an orange wave warning for the west coast, with high tides coinciding with gusts of more than 100km/h along the Clare coastline.",
                '"I have lived here forty years and I have never seen the waves come so far up the street," said Máire Considine, who runs a café across from the promenade.',
                "Traders estimated the clean-up would take the rest of the week, and several asked for help from the council before the first surfers and tourists arrive for the season.",
                "Councillors said the county had been seeking funding for stronger coastal defences for years. The Office of Public Works is due to report on options for the bay this summer.",
                "People were asked to stay off the beach and away from the wall while the swell remains high.",
            ],
        ),
        "kenora": (
            "Blizzard shuts Trans-Canada Highway between Kenora and Dryden",
            [
                "A late-winter blizzard closed the Trans-Canada Highway between Kenora and Dryden on Wednesday, leaving dozens of transport trucks parked along the shoulders and in truck stops across northwestern Ontario.",
                "Ontario Provincial Police said whiteout conditions and drifting snow made Highway 17 impassable in several places, including the stretch near Vermilion Bay where three trucks went into the ditch.",
                "The Ministry of Transportation pulled its plows off the road overnight after visibility fell to almost nothing, and said the closure would last until the wind dropped.",
                '"I have been driving this road for twenty years and I have not seen a storm like this in March," said Harjit Dhaliwal, a trucker from Winkler who spent the night in his cab at a service station.',
                "Restaurants and motels in Kenora stayed open late for stranded drivers, and the local legion hall offered cots and hot soup to anyone who needed a place to stay.",
                "Environment Canada said up to 40 centimetres of snow fell in parts of the region. School buses were cancelled in the Keewatin-Patricia district for a second day.",
                "Police urged drivers to check the province's road report before setting out, even once the highway reopens.",
            ],
        ),
        "kawarau": (
            "Slip closes Kawarau Gorge road after heavy rain",
            [
                "A large slip closed State Highway 6 through the Kawarau Gorge on Thursday, cutting the main road between Cromwell and Queenstown after a night of heavy rain in Central Otago.",
                "NZ Transport Agency Waka Kotahi said rocks and mud covered both lanes near the Roaring Meg power station, and contractors could not start clearing until geotechnical engineers had checked the slope above.",
                "Traffic was sent over the Crown Range road, adding close to an hour to trips between the Wakatipu basin and the rest of Central Otago.",
                '"We had three tour buses booked to come through this morning and all of them had to go the long way," said Ngaire Pemberton, who manages a winery cellar door near Gibbston.',
                "Truck drivers said the detour over the Crown Range was a worry for heavy vehicles, because the road is steep and winding and has sharp hairpin bends near Cardrona.",
                "Otago Regional Council said some rivers in the area rose quickly overnight but stayed within their banks. The Kawarau was running high and brown past the bungy bridge.",
                "Waka Kotahi expected to give an update on when the road could reopen by Friday afternoon.",
            ],
        ),
        "soufriere": (
            "Landslides cut west coast road at Soufrière after heavy rain",
            [
                "Several landslides blocked the west coast road near Soufrière on Tuesday after a night of torrential rain across Saint Lucia, cutting off communities between Canaries and the town.",
                "The Ministry of Infrastructure said crews with excavators were working at two sites near Anse La Raye, where mud and boulders came down from the hillside onto the road.",
                "Schools in the Soufrière district were closed for the day, and the National Emergency Management Organisation opened two shelters for families whose homes were damaged.",
                '"The water came down the ravine so fast we could not save anything from the kitchen," said Theresa Joseph, a mother of three who lives near the river in Fond St Jacques.',
                "Tour operators said cruise passengers bound for the Pitons and the sulphur springs were being taken by sea instead of by road until the route is cleared.",
                "The Meteorological Services Department said more than 150 millimetres of rain fell in the south-west in twelve hours. Farmers in the area reported damage to banana fields and cocoa trees.",
                "Motorists were told to avoid the west coast road unless their journey was essential.",
            ],
        ),
        "maun": (
            "Thamalakane River floods homes in Maun",
            [
                "The Thamalakane River burst its banks in Maun this week, flooding homes in low-lying wards and cutting several sandy roads on the edge of the Okavango Delta.",
                "The North West District Council said more than 200 households had been affected, with the worst flooding in Boyei and along the road to Shorobe.",
                "Officials moved families to a primary school and a church hall, and the Botswana Defence Force used trucks to carry people and their belongings through the deeper water.",
                '"Last year the river was low and we were praying for rain. Now the water is inside the house," said Kelebogile Moremi, who lives near the old bridge.',
                "Safari lodges said some mokoro trips had been cancelled because the current in the channels was too strong, while others were running as usual further into the delta.",
                "The Department of Water and Sanitation said floodwater from heavy rains in Angola had arrived earlier than usual. The river at Maun is expected to keep rising for another two weeks.",
                "Residents near the river were told to boil drinking water and to keep children away from the flooded channels.",
            ],
        ),
    },
    "es": {
        "neuquen": (
            "Un temporal de viento derriba árboles y deja sin luz a miles en Neuquén",
            [
                "Un fuerte temporal de viento con ráfagas de más de 100 kilómetros por hora derribó árboles, postes y techos este martes en Neuquén capital y Plottier, y dejó a miles de usuarios sin energía eléctrica.",
                "La Confluencia fue una de las zonas más afectadas: en el barrio Alta Barda cayeron varios álamos sobre la calle y dos autos estacionados quedaron aplastados.",
                "Defensa Civil de la provincia informó que recibió más de 300 llamados en pocas horas y que las cuadrillas trabajaron hasta la madrugada para despejar las avenidas.",
                "«Se voló medio techo de chapa y el agua de la lluvia entró a las habitaciones», contó Miriam Huenchupán, vecina de Plottier, mientras acomodaba colchones mojados en la vereda.",
                "La cooperativa eléctrica explicó que el viento cortó tres líneas de media tensión y que la reposición del servicio sería gradual durante el miércoles.",
                "En las chacras de la zona, los productores evaluaban los daños en las mallas antigranizo y en los frutales, a pocas semanas del final de la cosecha de peras.",
                "El Servicio Meteorológico Nacional mantuvo el alerta amarilla por viento para la región hasta la noche del miércoles.",
            ],
        ),
    },
    "ar": {
        "tyre": (
            "عاصفة تغرق مراكب صيد في ميناء صور",
            [
                "أدت العاصفة التي ضربت الساحل الجنوبي ليل الاثنين إلى غرق خمسة مراكب صيد صغيرة وتضرر عشرات غيرها في ميناء صور، وسط رياح قوية وأمواج تجاوز ارتفاعها أربعة أمتار.",
                "وقال نقيب صيادي صور إن الأمواج تخطت حاجز الميناء القديم وقطعت حبال الرسو، فارتطمت المراكب بعضها ببعض قبل أن يتمكن الصيادون من الوصول إليها.",
                "وعمل عناصر الدفاع المدني حتى ساعات الفجر على سحب المراكب المتضررة إلى الرصيف، فيما غمرت المياه عددا من المحال في السوق القريب من الميناء.",
                "وقال الصياد حسن عيتاني إن مركبه هو مصدر رزق عائلته الوحيد، وإنه لا يملك المال لإصلاح المحرك الذي غمرته المياه المالحة.",
                "وطالبت بلدية صور الهيئة العليا للإغاثة بالكشف على الأضرار وتعويض الصيادين في أسرع وقت، مشيرة إلى أن موسم الصيد في أوله.",
                "وتوقعت مصلحة الأرصاد الجوية أن تتراجع سرعة الرياح تدريجيا اعتبارا من بعد ظهر الأربعاء، مع استمرار هطول الأمطار على المناطق الجنوبية.",
            ],
        ),
    },
    "ja": {
        "chizu": (
            "鳥取・智頭町で大雪　ＪＲ因美線が終日運休",
            [
                "強い冬型の気圧配置の影響で、鳥取県東部の山間部では１１日夜から雪が強まり、智頭町では１２日朝までの１２時間に４０センチ以上の雪が降った。",
                "ＪＲ西日本によると、因美線は線路への倒木や積雪のため鳥取―智頭間で終日運転を見合わせ、特急「スーパーはくと」も一部が運休した。",
                "国道５３号では大型トラックが坂道で動けなくなり、一時約３キロにわたって車の列ができた。県は除雪車を増やして対応に当たった。",
                "智頭町の小中学校は臨時休校となり、町は一人暮らしの高齢者宅を職員が訪ねて安否を確認した。",
                "駅前で足止めされた会社員の男性は「３月にこれほど降るとは思わなかった。今日中に岡山へ戻れるか分からない」と話した。",
                "鳥取地方気象台は、１３日にかけて山間部を中心に雪が続くとして、路面の凍結やなだれへの注意を呼びかけている。",
            ],
        ),
    },
    "de": {
        "rennsteig": (
            "Schneebruch im Thüringer Wald: Straßen am Rennsteig gesperrt",
            [
                "Nasser, schwerer Schnee hat in der Nacht zum Dienstag im Thüringer Wald Hunderte Bäume umknicken lassen und mehrere Straßen rund um den Rennsteig blockiert.",
                "Besonders betroffen war die Landesstraße zwischen Oberhof und Schmiedefeld, die nach Angaben der Polizei bis zum Mittag voll gesperrt blieb.",
                "Die Feuerwehren im Ilm-Kreis und im Landkreis Schmalkalden-Meiningen rückten zu mehr als 80 Einsätzen aus, meist wegen umgestürzter Fichten auf Fahrbahnen und Stromleitungen.",
                "„Man hörte die ganze Nacht die Stämme krachen, wie Schüsse im Wald“, sagte Revierförster Jens Heinemann, der am Morgen mit der Motorsäge unterwegs war.",
                "In Frauenwald und Stützerbach fiel für einige Stunden der Strom aus, weil Äste auf Freileitungen gefallen waren. Der Netzbetreiber schickte zusätzliche Trupps in die Kammlagen.",
                "ThüringenForst warnte Wanderer und Wintersportler davor, die Wälder zu betreten, solange noch gebrochene Kronen in den Bäumen hängen.",
                "Der Deutsche Wetterdienst erwartet für Mittwoch Tauwetter, das die Lage an den Hängen aber zunächst nicht entschärft.",
            ],
        ),
    },
    "fr": {
        "gaspesie": (
            "Les grandes marées coupent la route 132 en Haute-Gaspésie",
            [
                "Les grandes marées combinées à de forts vents du nord-est ont forcé la fermeture de la route 132 à plusieurs endroits en Haute-Gaspésie, mardi, isolant pendant quelques heures les villages entre Mont-Saint-Pierre et Grande-Vallée.",
                "Le ministère des Transports a dépêché des équipes pour dégager les galets et le bois de grève projetés sur la chaussée par les vagues près de Gros-Morne.",
                "À Rivière-Madeleine, l'eau a envahi le sous-sol de quelques maisons situées le long du littoral, et la municipalité a ouvert la salle communautaire aux sinistrés.",
                "« Les vagues passaient par-dessus l'enrochement comme s'il n'existait pas », a raconté Ghislain Lemieux, un retraité qui habite face au fleuve depuis trente ans.",
                "Les élus de la MRC réclament depuis plusieurs années un plan pour protéger ce tronçon de la route 132, qui est le seul lien routier pour de nombreuses communautés du nord de la péninsule.",
                "Le ministère a rouvert une voie en fin de journée, mais prévient que d'autres fermetures sont possibles lors des marées de mercredi et jeudi.",
                "Environnement Canada maintient un avis de risque d'onde de tempête pour la côte nord de la Gaspésie.",
            ],
        ),
    },
    "pt": {
        "ribeira": (
            "Cheia do Rio Ribeira de Iguape deixa famílias desalojadas em Registro e Eldorado",
            [
                "A cheia do Rio Ribeira de Iguape deixou cerca de 1.200 pessoas desalojadas em Registro e Eldorado, no Vale do Ribeira, depois de uma semana de chuva forte no interior de São Paulo e no Paraná.",
                "Segundo a Defesa Civil estadual, o rio subiu mais de oito metros acima do nível normal em Eldorado, e bairros inteiros próximos às margens ficaram debaixo d'água.",
                "Em Registro, as famílias foram levadas para ginásios e escolas municipais, e a prefeitura montou um ponto de arrecadação de roupas, colchões e água potável.",
                "«A gente tirou o que deu de dentro de casa com o barco do vizinho, o resto ficou tudo lá», contou a agricultora Rosângela Nakamura, moradora do bairro Arapongal.",
                "Trechos da rodovia que liga Eldorado a Iporanga foram interditados por causa de deslizamentos de terra, e comunidades quilombolas da região ficaram isoladas.",
                "Produtores de banana e de palmito calculam prejuízos nas plantações que ficaram submersas. O governo estadual anunciou o envio de cestas básicas e kits de limpeza aos municípios.",
                "A Defesa Civil mantém o alerta para novas elevações do rio nos próximos dias, principalmente em Iguape, perto da foz.",
            ],
        ),
    },
    "ru": {
        "magadan": (
            "Пурга закрыла трассу «Колыма» под Магаданом",
            [
                "Сильная пурга, начавшаяся в ночь на вторник, парализовала движение в Магадане и закрыла для транспорта участок федеральной трассы «Колыма» до посёлка Палатка.",
                "По данным регионального управления МЧС, порывы ветра достигали 30 метров в секунду, а видимость на дорогах местами падала почти до нуля.",
                "В городе отменили занятия в школах, перестали ходить автобусы, а коммунальные службы всю ночь расчищали главные улицы от снежных заносов.",
                "«Машину замело по самую крышу, откапывали всем подъездом два часа», — рассказал житель улицы Пролетарской Виктор Гусейнов.",
                "На трассе в районе перевала остались несколько грузовиков с продуктами для северных посёлков. К водителям отправили вездеход с горячей едой и топливом.",
                "В аэропорту Сокол задержали рейсы в Москву и Хабаровск. Синоптики обещают, что ветер начнёт стихать только к вечеру четверга.",
            ],
        ),
    },
    "zh": {
        "xiapu": (
            "霞浦沿海遭遇大风　多处海上渔排受损",
            [
                "受强冷空气影响，福建宁德霞浦县沿海11日夜间出现9级以上大风，部分海域浪高超过3米，多处海上养殖渔排被吹散受损。",
                "据霞浦县海洋与渔业部门初步统计，全县约有400口网箱受损，三沙、长春等镇的鲍鱼和大黄鱼养殖户损失较重。",
                "大风来临前，当地组织近千名养殖人员撤离上岸，渔船全部回港避风，未造成人员伤亡。",
                "三沙镇养殖户陈阿伯说，自己家的渔排有一半被浪打散，鱼苗跑了不少，“这几年的投入都在海上”。",
                "12日上午风力减弱后，当地组织船只和人员出海打捞、加固渔排，并派出技术人员指导养殖户做好病害防治。",
                "县里还组织保险公司工作人员到各镇查勘定损，对参加水产养殖保险的渔户加快理赔进度。",
                "长春镇一位养殖大户说，今年春节后刚刚投放了一批新苗，本想着五月份就能上市，现在只能重新补苗。",
                "气象部门提醒，未来两天沿海仍有6到7级阵风，海上作业人员需注意安全。",
            ],
        ),
    },
    "it": {
        "elba": (
            "Mareggiata all'Elba, sospesi i traghetti per Portoferraio",
            [
                "Una violenta mareggiata ha colpito martedì le coste dell'isola d'Elba, costringendo le compagnie di navigazione a sospendere per l'intera giornata i collegamenti tra Piombino e Portoferraio.",
                "Le onde hanno superato il muro del lungomare a Marina di Campo, allagando alcuni negozi e portando sabbia e tronchi fino alla strada principale del paese.",
                "A Portoferraio diversi camion carichi di merci sono rimasti fermi sulla banchina del porto in attesa che il mare si calmasse, così come decine di pendolari diretti sul continente.",
                "«Non ricordo onde così alte a marzo, hanno portato via metà della spiaggia», ha detto Sergio Bertucci, titolare di uno stabilimento balneare a Marina di Campo.",
                "Il sindaco ha chiesto alla Regione Toscana il riconoscimento dello stato di calamità per i danni alle spiagge e alle strutture che stanno preparando la stagione estiva.",
                "A Cavo e a Rio Marina i pescatori hanno tirato a secco le barche già lunedì sera, dopo l'allerta arancione diramata dalla protezione civile regionale.",
                "Le previsioni indicano un miglioramento a partire da mercoledì pomeriggio, quando dovrebbero ripartire le prime corse dei traghetti.",
            ],
        ),
    },
    "ko": {
        "gijang": (
            "기장 해안도로 너울성 파도에 침수…차량 통제",
            [
                "12일 새벽 부산 기장군 해안가에 강한 너울성 파도가 밀려들면서 해안도로 곳곳이 침수되고 차량 통행이 통제됐다.",
                "기장군에 따르면 대변항과 일광해수욕장 인근 도로에 바닷물과 자갈이 쏟아져 들어와 오전 한때 양방향 차량 운행이 전면 중단됐다.",
                "항구에 정박해 있던 소형 어선 3척이 파도에 부서지고, 해안가 횟집 여러 곳이 물에 잠기는 피해가 났다.",
                '대변항에서 30년째 횟집을 운영하는 김순자 씨는 "수족관이 넘어지고 가게 안까지 물이 들어와 장사를 못 하게 됐다"고 말했다.',
                "군은 중장비를 투입해 도로 위 자갈과 쓰레기를 치우고 있으며, 피해 상인들에 대한 지원 방안을 검토하기로 했다.",
                "일광면 주민들은 해마다 겨울과 봄철 너울 피해가 되풀이되고 있다며 방파제를 높이는 근본 대책을 마련해 달라고 요구했다.",
                "기상청은 13일까지 동해남부 앞바다에 높은 물결이 이어질 것으로 보고 해안가 접근을 자제해 달라고 당부했다.",
            ],
        ),
    },
    "tr": {
        "tirebolu": (
            "Tirebolu'da heyelan: Karadeniz Sahil Yolu bir şeritte ulaşıma kapandı",
            [
                "Giresun'un Tirebolu ilçesinde etkili olan şiddetli yağışın ardından meydana gelen heyelan nedeniyle Karadeniz Sahil Yolu'nun bir şeridi ulaşıma kapandı.",
                "Yamaçtan kopan toprak ve kaya parçaları yol kenarındaki iki evin bahçesine ve park halindeki bir otomobilin üzerine düştü, olayda yaralanan olmadı.",
                "Karayolları ekipleri iş makineleriyle bölgede çalışma başlatırken, trafik kontrollü olarak tek şeritten sağlanıyor.",
                "Heyelan bölgesindeki evlerden birinde yaşayan Hatice Şahin, gece yarısı büyük bir gürültüyle uyandıklarını ve evden çıkarak komşularına sığındıklarını anlattı.",
                "AFAD ekipleri, yamaçta yeni kaymalar olabileceği uyarısıyla çevredeki beş evi tedbir amacıyla boşalttı.",
                "Kaymakamlık, boşaltılan evlerde yaşayan ailelerin ilçedeki öğretmenevinde misafir edildiğini ve ihtiyaçlarının karşılandığını açıkladı.",
                "Bölgede fındık bahçelerinin de zarar gördüğünü belirten üreticiler, hasar tespitinin bir an önce yapılmasını istedi.",
                "Meteoroloji, Doğu Karadeniz'de kuvvetli yağışların hafta sonuna kadar aralıklarla süreceğini bildirdi.",
            ],
        ),
    },
    "id": {
        "sembalun": (
            "Banjir bandang terjang Sembalun, puluhan rumah dan lahan pertanian rusak",
            [
                "Banjir bandang menerjang Kecamatan Sembalun, Kabupaten Lombok Timur, Selasa sore, setelah hujan deras mengguyur kawasan lereng Gunung Rinjani selama beberapa jam.",
                "Badan Penanggulangan Bencana Daerah Lombok Timur mencatat sedikitnya 45 rumah terendam lumpur dan dua jembatan desa rusak diterjang arus.",
                "Air bercampur batu dan kayu juga merusak puluhan hektare lahan bawang putih dan sayuran milik petani di Desa Sembalun Bumbung dan Sembalun Lawang.",
                '"Air datang tiba-tiba dari arah bukit, kami hanya sempat menyelamatkan anak-anak," kata Baiq Rohani, warga Sembalun Bumbung yang rumahnya dipenuhi lumpur.',
                "Balai Taman Nasional Gunung Rinjani menutup sementara jalur pendakian Sembalun demi keselamatan pendaki.",
                "Petugas gabungan bersama warga membersihkan material lumpur dari jalan utama, sementara bantuan makanan dan selimut mulai disalurkan ke posko pengungsian.",
                "Bupati Lombok Timur meminta warga yang tinggal di dekat aliran sungai untuk waspada karena hujan diperkirakan masih turun hingga akhir pekan.",
                "Sejumlah petani mengaku baru saja menanam bibit bawang putih dan kini harus menanggung kerugian hingga puluhan juta rupiah.",
            ],
        ),
    },
    "hi": {
        "ambikapur": (
            "सरगुजा में ओलावृष्टि से फसलें बर्बाद, किसान परेशान",
            [
                "छत्तीसगढ़ के सरगुजा जिले में मंगलवार शाम तेज आंधी के साथ हुई ओलावृष्टि से अंबिकापुर और आसपास के कई गांवों में गेहूं, चना और सब्जियों की फसल बर्बाद हो गई।",
                "किसानों के मुताबिक करीब आधे घंटे तक बेर के आकार के ओले गिरे, जिससे खेतों में खड़ी फसल जमीन पर बिछ गई।",
                "लुंड्रा और बतौली विकासखंड में कई घरों की खपरैल और टीन की छतें टूट गईं, वहीं बिजली के खंभे गिरने से रात भर आपूर्ति बाधित रही।",
                "ग्राम रघुनाथपुर के किसान रामप्रसाद पैकरा ने बताया कि उन्होंने कर्ज लेकर चार एकड़ में गेहूं बोया था और अब कटाई से पहले ही सब खत्म हो गया।",
                "कलेक्टर ने राजस्व अमले को नुकसान का सर्वे कर जल्द रिपोर्ट देने के निर्देश दिए हैं, ताकि प्रभावित किसानों को मुआवजा मिल सके।",
                "मौसम विभाग ने अगले दो दिनों तक उत्तरी छत्तीसगढ़ में गरज-चमक के साथ बारिश की संभावना जताई है।",
            ],
        ),
    },
}

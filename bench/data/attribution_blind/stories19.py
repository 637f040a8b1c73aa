# ruff: noqa: E501, RUF001
"""Invented stories of the nineteenth blind set: (headline, paragraphs) by language and key.

Six English stories from six English-speaking regions (a Wisconsin paper mill closing, a
Cumbrian town flooded by its river, a wildfire evacuation in northern Alberta, Queensland
cattle stations cut off by floodwater, a Gauteng township without tap water, floods in Assam)
and one in each of thirteen other languages (an earthquake in Oaxaca, a bus strike in
Wallonia, avalanche danger in a Tyrolean valley, the Mondego in flood near Coimbra, a spring
flood in Orenburg oblast, snow cutting off villages in Azilal, bears near houses in Akita, a
landslide on a Hualien mountain road, a landslide on a Ligurian road, tidal floods in
Pekalongan, a landslide in Rize, forest fires in Almora, a wildfire in Uiseong), written as
local news, regional portals and agency copy read. Names, places and figures are made up; none
of this prose is in the earlier sets (build19.py checks).
"""

from __future__ import annotations

STORIES19: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "mill": (
            "Tamarack Falls paper mill to close in June, putting 410 jobs at risk",
            [
                "The paper mill that has anchored Tamarack Falls for more than a century will close in June, its owner told employees Wednesday, eliminating about 410 jobs in a town of fewer than 6,000 people.",
                "Northway Fibre said falling demand for the coated paper used in magazines and catalogs had left the mill running at barely half its capacity for most of the past two years.",
                "Workers will be offered severance based on their years of service, and the company said it would try to place some of them at its packaging plant about 90 miles south.",
                '"My dad worked that machine, and so did his dad. Nobody here has ever known this town without the mill," said Rick Halvorsen, a pipefitter who has been there 27 years.',
                "The mill is the largest taxpayer in Lanner County and buys wood from dozens of loggers and trucking firms across the northern part of the state.",
                "The county board has called a special meeting for next week, and the state's economic development agency said it would send a rapid response team to help laid-off workers.",
                "It is the fourth paper mill in the region to close or announce a closure since 2020.",
            ],
        ),
        "flood": (
            "Homes evacuated in Ashby Bridge as River Kell bursts its banks",
            [
                "Dozens of homes in Ashby Bridge were evacuated overnight after the River Kell burst its banks following more than 24 hours of heavy rain across the western fells.",
                "Firefighters used boats to reach residents on Mill Lane and Beck Side, where water was almost a metre deep by the early hours of Thursday, Cumbria Fire and Rescue Service said.",
                "A rest centre was opened at the town's secondary school, and the main road through the town was closed after part of the pavement on the old bridge was washed away.",
                '"We put the flood boards up at ten o\'clock and by midnight the water was coming in under the back door anyway," said Helen Tweddle, who has lived on Beck Side for 30 years.',
                "The Environment Agency said a severe flood warning remained in place for the river and that levels were expected to peak again on Thursday evening.",
                "The town's flood defences were raised after severe flooding in 2015, but residents said the new walls had not stopped water coming up through drains.",
                "Engineers will inspect the bridge once the river falls before deciding when it can reopen.",
            ],
        ),
        "wildfire": (
            "Fort Kerrigan residents ordered to leave as wildfire jumps highway",
            [
                "About 3,200 people in Fort Kerrigan, Alta., were ordered to leave their homes Wednesday evening after a wildfire burning west of the town jumped the highway and pushed to within five kilometres of its edge.",
                "Alberta Wildfire said strong winds and unusually dry conditions had allowed the fire to grow from about 800 hectares to more than 4,000 in a single afternoon.",
                "Residents were told to drive south to Prairie Lake, where the community hall and an arena have been set up as a reception centre with cots, meals and pet kennels.",
                '"You could see the smoke come over the ridge like a wall. We grabbed the kids, the dog and the passports and that was it," said Marlene Cardinal, who left with her family just before 7 p.m.',
                "Firefighters, helicopters and heavy equipment crews were working overnight to build guards around the town's water treatment plant and the hospital.",
                "Officials said it was too early to say whether any homes had been damaged, and that residents should not try to return until the order is lifted.",
                "The province has already recorded more than 120 wildfires this season, well above the five-year average for March.",
            ],
        ),
        "stations": (
            "Graziers cut off for a second week as floodwaters spread across the Wirrabilla channel country",
            [
                "Cattle stations across the Wirrabilla Shire remain cut off for a second week as floodwater from last month's monsoon rain spreads slowly through the channel country towards South Australia.",
                "Some properties have been surrounded by water for 12 days, and graziers are relying on helicopters to drop fodder to stranded stock and to bring in food, fuel and medicine.",
                "The shire council said more than 400 kilometres of unsealed road had been damaged and that repairs could not begin until the ground had dried out, which may take months.",
                '"The grass will come back beautifully after this, but right now we are feeding cattle out of a chopper and counting the ones we cannot reach," said Bronwyn Keogh, who runs a station north of Mulga Creek.',
                "The state government has activated disaster funding for the shire, allowing freight subsidies and concessional loans for producers who lost fences, pumps and stock.",
                "The Royal Flying Doctor Service has moved a nurse to the Mulga Creek clinic until the main road reopens.",
                "Forecasters expect the water to reach the border in about three weeks.",
            ],
        ),
        "taps": (
            "Residents of Thabong Extension 4 go ten days without tap water",
            [
                "Thousands of residents of Thabong Extension 4 have gone ten days without running water after a pump station supplying the township broke down, leaving families queueing at tankers that arrive once a day, if at all.",
                "The Rietspruit Local Municipality said a motor at the station had burnt out during a power surge and that a replacement had to be ordered from a supplier in Johannesburg.",
                "Residents say the tankers are not enough for a township of more than 20,000 people, and that many families have started buying water from private sellers at R20 for 25 litres.",
                '"I wake up at four to stand in the line with my buckets. By the time the truck comes, the old people at the back get nothing," said Nomvula Dlamini, a mother of three.',
                "Two schools in the area sent pupils home early this week because their toilets could not be flushed.",
                "Ward councillors have called a community meeting for Saturday, and residents have threatened to march to the municipal offices if the supply is not restored by the end of the week.",
                "The municipality said the new motor was expected to be installed by Friday.",
            ],
        ),
        "assam": (
            "Flood situation worsens in Assam's Dhemaji, over 60,000 people affected",
            [
                "The flood situation in Assam's Dhemaji district worsened on Thursday as the Jiadhal and several other tributaries of the Brahmaputra rose after heavy rain in the hills of Arunachal Pradesh, affecting over 60,000 people in 84 villages.",
                "The district administration has opened 31 relief camps, where more than 9,000 people have taken shelter, officials of the state disaster management authority said.",
                "Teams of the state disaster response force used boats to move families from low-lying villages, and a stretch of the national highway was submerged near Sissiborgaon.",
                '"The water came into the house at night. We could only take the rice and the goats," said Rupali Doley, who is staying in a relief camp at a school with her four children.',
                "Standing crops on over 3,500 hectares of farmland have been damaged, and officials said the figure was likely to rise once the water recedes.",
                "The regional meteorological centre in Guwahati has forecast more heavy rain over the upper Assam districts for the next three days.",
                "Early floods in March are unusual in the region, and farmers had only recently sown their spring paddy.",
            ],
        ),
    },
    "es": {
        "sismo": (
            "Sismo de magnitud 5.9 sacude la Mixteca de Oaxaca; reportan daños en escuelas y templos",
            [
                "Un sismo de magnitud 5.9 sacudió la madrugada de este jueves la región Mixteca de Oaxaca y causó daños en al menos catorce escuelas y cinco templos coloniales, informó la Coordinación Estatal de Protección Civil.",
                "El Servicio Sismológico Nacional ubicó el epicentro a 22 kilómetros al sur de Santa María Yucunduchi, a una profundidad de 41 kilómetros, y registró más de 60 réplicas en las primeras horas.",
                "No se reportaron personas fallecidas, aunque tres habitantes resultaron con lesiones leves por la caída de bardas y tejas en la cabecera municipal.",
                "«Se escuchó un tronido muy fuerte y luego todo empezó a moverse. Salimos a la calle con los niños envueltos en cobijas», relató Genoveva Santiago, vecina del barrio de San Sebastián.",
                "La Secretaría de Educación estatal suspendió las clases en los planteles afectados hasta que sean revisados por personal de protección civil.",
                "Brigadas del gobierno estatal recorren las comunidades para evaluar los daños en viviendas de adobe, las más vulnerables de la zona.",
                "El gobierno estatal pidió a la población no ingresar a inmuebles con grietas y reportar cualquier daño a los números de emergencia.",
            ],
        ),
    },
    "fr": {
        "greve": (
            "Grève au TEC : aucun bus dans la région de Charleroi ce jeudi",
            [
                "Aucun bus du TEC ne circulait ce jeudi matin dans la région de Charleroi, où les chauffeurs ont cessé le travail pour protester contre les nouveaux horaires de service entrés en vigueur le mois dernier.",
                "Selon les syndicats, les nouveaux roulements imposent des journées coupées de plus de douze heures à une partie du personnel, sans compensation suffisante.",
                "La direction affirme que les horaires ont été négociés en commission paritaire et qu'ils étaient nécessaires pour améliorer la ponctualité sur les lignes les plus fréquentées.",
                "« On commence à cinq heures, on termine à dix-huit heures, et entre les deux on attend au dépôt sans être payés », explique Fabrice, chauffeur depuis dix-neuf ans.",
                "De nombreux élèves et travailleurs ont dû se rabattre sur le covoiturage ou le train, et des embouteillages importants ont été signalés sur le ring de Charleroi.",
                "Une réunion de conciliation est prévue vendredi au SPF Emploi, et les syndicats n'excluent pas de nouveaux arrêts de travail la semaine prochaine.",
                "Les abonnés scolaires touchés par la grève pourront demander un remboursement partiel, a indiqué la société de transport.",
            ],
        ),
    },
    "de": {
        "lawine": (
            "Lawinenwarnstufe 4: Straße ins Pitzerbachtal gesperrt, 600 Gäste eingeschlossen",
            [
                "Wegen großer Lawinengefahr ist die Landesstraße ins hintere Pitzerbachtal seit Mittwochabend gesperrt, rund 600 Urlaubsgäste und 250 Einheimische sitzen in den Orten oberhalb der Sperre fest.",
                "Nach ergiebigen Neuschneefällen und starkem Wind hat der Lawinenwarndienst für die Region die Warnstufe 4 ausgegeben, die zweithöchste auf der fünfteiligen Skala.",
                "Die Versorgung sei gesichert, die Lebensmittelgeschäfte und Hotels hätten genug Vorräte, und im Notfall stehe ein Hubschrauber bereit, teilte die Bezirkshauptmannschaft mit.",
                "„Die Gäste nehmen es großteils gelassen, viele verlängern einfach ihren Urlaub um ein, zwei Tage“, sagte Bürgermeister Alois Kathrein.",
                "Die Lawinenkommission will am Donnerstagvormittag nach einem Erkundungsflug entscheiden, ob die Straße mit Sprengungen gesichert und zumindest zeitweise geöffnet werden kann.",
                "Skitourengeher werden dringend ersucht, im freien Gelände auf Touren zu verzichten, bis sich die Schneedecke gesetzt hat.",
                "Für Donnerstag sind im Tal weitere 30 bis 50 Zentimeter Neuschnee angesagt, erst am Wochenende soll sich das Wetter beruhigen.",
            ],
        ),
    },
    "pt": {
        "cheia": (
            "Cheia do Mondego obriga a retirar 40 pessoas de casa nos campos de Montemor-o-Velho",
            [
                "A subida do caudal do rio Mondego obrigou esta quinta-feira a retirar de casa cerca de 40 pessoas em três aldeias dos campos de Montemor-o-Velho, no distrito de Coimbra, informou a proteção civil municipal.",
                "A chuva intensa dos últimos dias e as descargas da barragem da Aguieira fizeram o rio galgar um dos diques na zona da Ereira, inundando campos de arroz e alguns arruamentos.",
                "As pessoas retiradas, na maioria idosos, foram levadas para casa de familiares ou alojadas num pavilhão municipal, onde a autarquia garantiu refeições e apoio médico.",
                "«Nunca vi a água chegar tão depressa. Às oito da manhã já estava à porta e ao meio-dia entrava na cozinha», contou Albertina Lopes, de 78 anos.",
                "A estrada nacional que liga Montemor-o-Velho à Figueira da Foz esteve cortada durante a manhã num troço de dois quilómetros.",
                "O IPMA mantém o aviso amarelo para precipitação no distrito até sexta-feira, e os técnicos da Agência Portuguesa do Ambiente acompanham a evolução do caudal a cada hora.",
                "Os agricultores da zona temem perder as sementeiras de arroz, que deveriam começar dentro de poucas semanas.",
            ],
        ),
    },
    "ru": {
        "pavodok": (
            "Паводок в Оренбургской области: подтоплены 120 домов в Красноярском сельсовете",
            [
                "Из-за резкого подъёма воды в реке Сакмаре в Красноярском сельсовете Оренбургской области подтоплены 120 жилых домов и более 300 приусадебных участков, сообщили в региональном управлении МЧС.",
                "По данным спасателей, за сутки уровень воды у села Никольского поднялся на 1,6 метра, и в нескольких местах вода перелилась через дорогу.",
                "Из зоны подтопления эвакуированы 86 человек, в том числе 19 детей; большинство из них разместились у родственников, остальных приняли в пункте временного размещения в школе.",
                "«Ночью вода пошла через огороды, к утру стояла уже у крыльца. Успели вывести корову и поднять вещи на чердак», — рассказала местная жительница Галина Пономарёва.",
                "В районе введён режим чрезвычайной ситуации, в сёла доставлены питьевая вода, продукты и дизельное топливо для генераторов.",
                "Гидрологи ожидают, что пик паводка на Сакмаре придётся на выходные, после чего вода начнёт медленно спадать.",
            ],
        ),
    },
    "ar": {
        "thuluj": (
            "الثلوج تعزل عشرات الدواوير بإقليم أزيلال وتوقف الدراسة في مدارس جبلية",
            [
                "عزلت التساقطات الثلجية الكثيفة التي شهدتها المرتفعات منذ يوم الثلاثاء عشرات الدواوير بإقليم أزيلال، وأدت إلى انقطاع عدد من الطرق الإقليمية وتوقف الدراسة في مدارس جماعات جبلية.",
                "وبلغ سمك الثلوج في بعض المناطق المرتفعة أكثر من متر، فيما تواصل آليات وزارة التجهيز العمل لإزاحة الثلوج وإعادة فتح الطرق المؤدية إلى الجماعات المتضررة.",
                "وقالت السلطات الإقليمية إنها وزعت مواد غذائية وأغطية وحطب التدفئة على الأسر المعزولة، وإن فرقًا طبية متنقلة توجهت إلى الدواوير الأكثر تضررًا.",
                "وقال محمد أوبلا، أحد سكان دوار آيت وانركي: «منذ ثلاثة أيام لم نستطع الخروج، والأطفال والمسنون يحتاجون إلى الدواء والحليب».",
                "وأعلنت المديرية الإقليمية للتعليم تعليق الدراسة مؤقتًا في المؤسسات التي يتعذر على التلاميذ والأساتذة الوصول إليها.",
                "وتتوقع المديرية العامة للأرصاد الجوية استمرار الطقس البارد وتساقط الثلوج على المرتفعات حتى نهاية الأسبوع.",
            ],
        ),
    },
    "ja": {
        "kuma": (
            "住宅地近くでクマ目撃相次ぐ　冬眠明け早く、市が注意呼びかけ　秋田・北森市",
            [
                "秋田県北森市で今月に入り、住宅地近くでクマの目撃情報が相次いでいる。市によると、１２日までに寄せられた目撃情報は１１件に上り、例年より１か月ほど早いという。",
                "市内では１１日夕、小学校から約３００メートルの市道をクマ１頭が横切るのを、車で通りかかった男性が目撃した。けが人は出ていない。",
                "市は学校や町内会を通じて注意を呼びかけているほか、目撃が多い地区に箱わなを設置し、猟友会と連携してパトロールを強化している。",
                "近くに住む６０代の女性は「朝、ごみを出しに行くのも怖い。今年は雪が少なかったからか、出てくるのが早い」と話した。",
                "県自然保護課によると、今冬は気温が高く積雪も少なかったため、冬眠から早く目覚めた個体がいる可能性があるという。",
                "市は、山菜採りなどで山に入る際は鈴やラジオで音を出し、複数人で行動するよう求めている。",
                "市内の小中学校では、登下校時に保護者や地域のボランティアが通学路に立ち、見守りを続けている。",
            ],
        ),
    },
    "zh": {
        "tafang": (
            "花蓮山區連日豪雨 台8線砂卡礑段坍方 預計封閉一週",
            [
                "花蓮山區連日降下豪雨，台8線中橫公路砂卡礑段12日清晨發生大規模坍方，土石掩埋約50公尺路面，公路局宣布即日起雙向封閉，預計搶修一週。",
                "公路局花蓮工務段表示，坍方處邊坡仍有落石，工程人員須待雨勢減緩後，才能以大型機具清除土石並加設防護網。",
                "受封路影響，進入太魯閣國家公園的遊客須改道，部分民宿業者也陸續接到旅客取消訂房的電話，園區內多條步道也暫停開放。",
                "在當地經營民宿的林姓業者說：「清明連假快到了，房間幾乎都訂滿，現在只能一間一間打電話跟客人說明。」",
                "中央氣象署預估，東部山區未來兩天仍有局部大雨，提醒民眾避免前往山區及溪流。",
                "花蓮縣政府已在替代道路沿線加派人力指揮交通，並請用路人隨時留意最新路況。",
                "地方人士指出，這處邊坡近十年已多次崩落，希望中央能編列經費進行長期整治，避免每逢豪雨就封路。",
            ],
        ),
    },
    "it": {
        "frana": (
            "Frana sulla provinciale della Val Trebbiola, isolate quattro frazioni",
            [
                "Una frana di grandi dimensioni si è staccata nella notte dal versante sopra la strada provinciale della Val Trebbiola, isolando quattro frazioni dell'entroterra con circa 300 abitanti.",
                "Secondo i tecnici della Provincia, il movimento franoso ha interessato un fronte di una cinquantina di metri e ha travolto il guardrail, senza coinvolgere veicoli in transito.",
                "Il Comune ha attivato il centro operativo e organizzato un servizio di navetta lungo una strada comunale alternativa, percorribile solo da mezzi leggeri.",
                "«Siamo abituati alle frane, ma così grande non si era mai vista. Gli anziani sono preoccupati per le visite mediche e per la spesa», ha detto la sindaca Marina Ottonello.",
                "I geologi hanno avviato un monitoraggio del versante, che potrebbe restare instabile per giorni dopo le piogge abbondanti della settimana scorsa.",
                "La Regione ha annunciato un primo stanziamento per la messa in sicurezza e la riapertura, almeno parziale, della provinciale.",
                "Nel frattempo gli scuolabus raggiungeranno le frazioni passando per la strada comunale, con orari anticipati di mezz'ora.",
            ],
        ),
    },
    "id": {
        "rob": (
            "Banjir Rob Rendam Ratusan Rumah di Pesisir Pekalongan, Warga Mengungsi",
            [
                "Banjir rob kembali merendam ratusan rumah di sejumlah kelurahan di pesisir utara Kota Pekalongan, Jawa Tengah, sejak Rabu malam dengan ketinggian air mencapai 60 sentimeter.",
                "Badan Penanggulangan Bencana Daerah setempat mencatat sedikitnya 740 rumah terdampak, dan 120 warga memilih mengungsi ke balai kelurahan dan masjid terdekat.",
                "Air laut pasang yang bersamaan dengan hujan deras membuat tanggul darurat di beberapa titik jebol, sehingga air masuk ke permukiman dan area tambak.",
                "\u201cSudah tiga hari air tidak surut. Kami masak di lantai dua dan anak-anak tidak bisa berangkat sekolah,\u201d kata Siti Rohmah, warga Kelurahan Panjang Wetan.",
                "Pemerintah kota menyiagakan pompa air dan membuka dapur umum untuk warga terdampak, sementara petugas kesehatan memeriksa warga yang mulai mengeluhkan gatal-gatal.",
                "BMKG memperkirakan pasang air laut masih akan tinggi hingga akhir pekan, sehingga warga diminta tetap waspada.",
                "Warga berharap pembangunan tanggul laut yang dijanjikan pemerintah pusat segera dimulai agar banjir rob tidak terus berulang setiap tahun.",
            ],
        ),
    },
    "tr": {
        "heyelan": (
            "Rize'de heyelan: Köy yolu ulaşıma kapandı, 3 ev boşaltıldı",
            [
                "Rize'nin Çayeli ilçesinde etkili olan sağanak yağışın ardından meydana gelen heyelan nedeniyle Yukarıhemşin köyünün yolu ulaşıma kapandı, tehlike altındaki 3 ev tedbir amacıyla boşaltıldı.",
                "Yamaçtan kopan toprak ve kaya parçaları yaklaşık 40 metrelik yol bölümünü kapatırken, bir ahır ve iki çay bahçesi de zarar gördü.",
                "Bölgeye sevk edilen İl Özel İdaresi ekipleri iş makineleriyle yolu açmak için çalışma başlattı, AFAD ekipleri ise bölgede inceleme yaptı.",
                "Köy muhtarı Hasan Karaköse, \u201cGece bir gürültü duyduk, sabah baktığımızda yol yoktu. Allah'tan kimsenin başına bir şey gelmedi\u201d dedi.",
                "Evleri boşaltılan aileler, köydeki yakınlarının yanına yerleşti.",
                "Meteoroloji, Doğu Karadeniz'in iç kesimlerinde yağışların hafta sonuna kadar aralıklarla süreceğini bildirdi ve vatandaşları heyelan riskine karşı uyardı.",
                "Yetkililer, yolun iş makineleriyle açılmasının ardından yamaçta kalıcı bir istinat duvarı yapılması için proje hazırlanacağını açıkladı.",
            ],
        ),
    },
    "hi": {
        "vanagni": (
            "अल्मोड़ा के जंगलों में लगी आग, 30 हेक्टेयर वन क्षेत्र जला",
            [
                "अल्मोड़ा जिले के जंगलों में बुधवार को लगी आग ने कई इलाकों को अपनी चपेट में ले लिया। वन विभाग के अनुसार अब तक करीब 30 हेक्टेयर वन क्षेत्र जल चुका है।",
                "आग सबसे ज्यादा लमगड़ा और धौलादेवी क्षेत्र के चीड़ के जंगलों में फैली, जहां सूखी पत्तियों और तेज हवा के कारण लपटें तेजी से आगे बढ़ीं।",
                "वन कर्मियों और ग्रामीणों ने देर रात तक आग बुझाने का प्रयास किया। कुछ गांवों के पास तक आग पहुंचने से लोगों में दहशत रही।",
                "ग्रामीण हरीश बिष्ट ने बताया, \u201cरात भर हम लोग झाड़ियों से आग पीटते रहे। अगर हवा नहीं रुकती तो आग घरों तक आ जाती।\u201d",
                "प्रभागीय वनाधिकारी ने बताया कि फायर सीजन को देखते हुए सभी क्रू स्टेशनों को अलर्ट पर रखा गया है और कर्मचारियों की छुट्टियां रद्द कर दी गई हैं।",
                "विभाग ने लोगों से अपील की है कि खेतों में पराली या कूड़ा न जलाएं और आग की सूचना तुरंत टोल फ्री नंबर पर दें।",
            ],
        ),
    },
    "ko": {
        "sanbul": (
            "의성 야산서 산불…헬기 14대 투입해 3시간 만에 주불 진화",
            [
                "12일 오후 경북 의성군 단촌면의 한 야산에서 불이 나 산림당국이 헬기 14대와 진화인력 380여 명을 투입해 3시간 만에 주불을 잡았다.",
                "산림당국은 이 불로 산림 약 8헥타르가 탄 것으로 추정하고 있으며, 인명 피해는 없는 것으로 파악됐다. 불은 인근 사찰과 민가 쪽으로 번지지는 않았다.",
                "불이 나자 의성군은 인근 마을 주민 40여 명에게 마을회관으로 대피하라는 안내 문자를 보냈다.",
                "한 주민은 \u201c연기가 마을 쪽으로 넘어와 숨쉬기가 힘들 정도였다\u201d며 \u201c바람이 조금만 더 셌으면 큰일 날 뻔했다\u201d고 말했다.",
                "산림당국은 잔불 정리를 마치는 대로 정확한 발화 원인과 피해 면적을 조사할 계획이다.",
                "경북 지역에는 건조주의보가 내려져 있어 당국은 논·밭두렁 태우기 등 불법 소각을 자제해 달라고 당부했다.",
                "이번 봄 들어 경북에서 발생한 산불은 이날까지 모두 27건으로, 지난해 같은 기간보다 크게 늘었다.",
            ],
        ),
    },
}

# ruff: noqa: E501, RUF001
"""Invented stories of the thirteenth blind set: (headline, paragraphs) by language and key.

Five English stories (a small town in the US Northwest, a school district in Texas, a cannery
town in Alaska, a city in Maharashtra, villages in Nigeria's Niger State) and one in each of
thirteen other languages, written as local and regional news and agency copy read (figures
attributed, officials and residents quoted by name). Names, places and figures are made up;
none of this prose is in the earlier sets (build13.py checks).
"""

from __future__ import annotations

STORIES13: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "swingbridge": (
            "Pellham Falls swing bridge to close for 14 months, adding a 30-mile detour",
            [
                "The 1931 swing bridge that carries Highway 47 over the Tamsey River at Pellham Falls will close to all traffic on April 20 for a $38 million rehabilitation, the state transportation department said Monday.",
                "Drivers will be sent on a detour of about 30 miles through Ostrander and the Kilby Road overpass, adding close to 40 minutes to a trip that now takes five.",
                "Engineers found corroded gears and cracked steel in the span's turning mechanism during an inspection last fall, and the bridge has been stuck open twice since December, stranding traffic for hours.",
                '"We would rather close it on a schedule than have it close itself," said project manager Ruth Ankeny, who told a crowded meeting at the Pellham Falls Grange that crews would work through the winter.',
                "School buses and emergency vehicles will be allowed across a temporary footbridge for pedestrians only, so the district plans to run separate routes on each bank of the river.",
                'Business owners on the east side fear the long detour will keep summer visitors away. "Half my customers come across that bridge," said Dwight Oyelaran, who runs a bait shop and diner near the marina.',
            ],
        ),
        "measles": (
            "Measles cases at Caddo Springs elementary school rise to 11, vaccination clinics added",
            [
                "Health officials in Larrabee County confirmed four more measles cases on Wednesday linked to Pinecrest Elementary School in Caddo Springs, bringing the outbreak to 11 children in two weeks.",
                "None of the infected children had received both doses of the measles, mumps and rubella vaccine, according to the county health department, and two of them were briefly hospitalized.",
                "Students without proof of vaccination have been told to stay home for 21 days after their last possible exposure, a rule that applies to about 60 of the school's 410 pupils.",
                '"Measles is one of the most contagious diseases we know of, and it moves fast through a classroom," said Dr. Anita Farrokh, the county\'s health authority.',
                "The department will hold free walk-in clinics on Saturday and next Tuesday at the Caddo Springs Community Center, and pharmacies in the county have reported a sharp rise in requests for the shot.",
                'Parent Lorena Whitsett said she had been unsure about vaccinating her youngest son but booked an appointment this week. "Seeing it in our own school changed things," she said.',
            ],
        ),
        "cannery": (
            "Kestrel Bay cannery will not reopen this summer, leaving 300 seasonal workers without jobs",
            [
                "The owner of the largest salmon cannery in Kestrel Bay said Thursday it will not operate the plant this season, ending more than a century of summer processing on the town's waterfront.",
                "Norland Seafoods blamed low prices for canned and frozen salmon, high fuel and shipping costs and a glut of fish from last year that is still sitting in warehouses.",
                "The plant employed about 300 seasonal workers last summer, many of them from outside the state, and bought fish from roughly 120 boats that deliver to its dock.",
                'Fishermen said they were scrambling to find another buyer before the season opens in June. "If nobody takes our fish, we don\'t go out," said longtime gillnetter Tomas Ridley.',
                "The borough expects to lose about $1.1 million in raw fish tax revenue, a fifth of its annual budget, and will meet next week to discuss cuts to its harbor and school spending.",
                "Some workers had already bought plane tickets for the season, said Marisol Apodaca, who has spent nine summers on the plant's slime line and was told of the decision by text message.",
                "Norland said it would keep a small crew on site to maintain equipment and did not rule out reopening in 2027 if market conditions improve.",
            ],
        ),
        "tanker": (
            "Bhoranpur to get piped water only on alternate days as dam stock falls to 18 per cent",
            [
                "The Bhoranpur Municipal Corporation will supply piped water to the city's 11 lakh residents only on alternate days from Monday, after stock in the Velgaon dam dropped to 18 per cent of its capacity.",
                "Officials said the reserve must last until the monsoon arrives in June, and that daily supply would empty the dam by the middle of May.",
                "Civic chief Sanjana Deshmukh said 140 water tankers would be sent to wards on the city's eastern edge, where many housing societies have no wells or borewells of their own.",
                "Residents of Shivaji Nagar blocked a road near the ward office on Sunday, complaining that private tanker operators had doubled their rates to Rs 1,800 for a 5,000-litre load.",
                '"We are paying for water three times, in the tax, to the tanker and in our time," said homemaker Vaishali Kadam, who queues with her neighbours each morning.',
                "Tanker trips will be tracked by GPS and logged on a public dashboard, the corporation said, after complaints that some wards received far fewer loads than they were promised last summer.",
                "The corporation has asked builders to stop using treated water for construction and said it will fine car washing centres that use piped supply.",
            ],
        ),
        "minigrid": (
            "Solar mini-grids bring round-the-clock power to 14 villages in Niger State",
            [
                "Fourteen farming villages in the Kwandara area of Niger State now have electricity around the clock after three solar mini-grids were switched on last week, officials of the state's rural electrification board said.",
                "The grids, built with a loan from a development bank and run by a private operator, supply about 2,600 homes, two health centres and a rice milling cluster that until now relied on diesel generators.",
                "Households pay for power with prepaid meters at a tariff of about N210 per kilowatt-hour, higher than the national grid's but, residents say, cheaper than buying fuel for a generator.",
                '"The clinic can keep vaccines cold now, and women no longer deliver babies by torchlight," said Hajiya Rakiya Umar, the midwife in charge of the Kwandara primary health centre.',
                "Rice millers said they were already working longer hours. One of them, Yakubu Gana, said his output had doubled in a week because he no longer shut down when diesel ran out.",
                "The board said it plans to connect 30 more communities in the state by the end of the year if it can raise the remaining funding.",
            ],
        ),
    },
    "es": {
        "almazara": (
            "La cooperativa de Almendral del Zújar cierra la campaña del aceite con un 40 % menos de producción",
            [
                "La cooperativa olivarera de Almendral del Zújar dio por terminada este lunes la campaña de molienda con 3,1 millones de kilos de aceituna, un 40 % menos que el año pasado por la sequía del verano.",
                "Los 620 socios entregaron la fruta durante apenas diez semanas, cuando lo habitual es que la almazara trabaje sin parar desde noviembre hasta bien entrado febrero.",
                "El presidente de la cooperativa, Isidoro Cabanillas, explicó que el rendimiento graso fue bueno, pero que muchos olivos de secano no llegaron a cuajar el fruto.",
                "«Hay agricultores que este año no cubren ni los gastos de la poda y del abono», lamentó Remedios Ortuño, que cultiva veinte hectáreas junto a la carretera de Castuera.",
                "La entidad pagará un anticipo de 4,20 euros por kilo de aceite virgen extra y ha pedido a la Junta que incluya la comarca en las ayudas por daños climáticos.",
                "En la comarca hay otras seis almazaras, y todas coinciden en que la campaña ha sido una de las más cortas que se recuerdan.",
                "La almazara aprovechará la parada para renovar la línea de envasado, una inversión de 380.000 euros que estará lista antes de la próxima cosecha.",
            ],
        ),
    },
    "de": {
        "dorfladen": (
            "Hallstedt bekommt wieder einen Dorfladen – betrieben von den Bürgern",
            [
                "Sieben Jahre nach der Schließung des letzten Lebensmittelgeschäfts hat Hallstedt wieder einen Laden: Am Samstag eröffnete der genossenschaftlich geführte Dorfladen im ehemaligen Feuerwehrhaus.",
                "Rund 280 Einwohnerinnen und Einwohner haben Anteile zu je 100 Euro gezeichnet, die Gemeinde stellt das Gebäude für eine symbolische Miete zur Verfügung.",
                "Im Sortiment sind etwa 1.800 Artikel, darunter Brot vom Bäcker aus dem Nachbarort, Eier und Kartoffeln von drei Höfen aus der Umgebung sowie ein kleines Café mit sechs Tischen.",
                "„Viele Ältere mussten bisher jedes Mal jemanden bitten, sie zum Supermarkt nach Lammingen zu fahren“, sagte Vorstandsmitglied Gertrud Ebersbach.",
                "Zwei Verkäuferinnen in Teilzeit und ein Dutzend Ehrenamtliche teilen sich die Schichten, geöffnet ist montags bis samstags von sieben bis zwölf und nachmittags an drei Tagen.",
                "Wer keinen Anteil gezeichnet hat, kann trotzdem einkaufen; Mitglieder bekommen lediglich drei Prozent Rabatt an der Kasse.",
                "Bürgermeister Lothar Wienholt sprach von einem „Treffpunkt, den das Dorf lange vermisst hat“, und hofft, dass sich der Laden nach zwei Jahren selbst trägt.",
            ],
        ),
    },
    "fr": {
        "classe": (
            "À Lespinasse-sur-Tarn, les parents se mobilisent contre la fermeture d'une classe",
            [
                "Une cinquantaine de parents d'élèves ont occupé lundi matin la cour de l'école primaire de Lespinasse-sur-Tarn pour protester contre la fermeture annoncée d'une de ses quatre classes à la rentrée.",
                "La direction académique justifie cette décision par la baisse des effectifs : l'école compterait 71 élèves en septembre, contre 88 il y a trois ans.",
                "Les familles contestent ces prévisions et affirment que plusieurs enfants de lotissements récents ne sont pas encore inscrits.",
                "« Avec trois classes, on aura des cours à trois niveaux et près de 25 élèves chacune, ce n'est pas tenable pour les plus petits », estime Magali Roucayrol, présidente de l'association des parents.",
                "Le maire, Jean-Pierre Escoubès, a écrit à l'inspecteur d'académie pour demander un nouveau comptage en juin et rappelle que la commune vient de rénover le bâtiment pour 420 000 euros.",
                "Le syndicat d'enseignants a apporté son soutien aux parents et demande un moratoire sur les fermetures en zone rurale.",
                "Un rassemblement est prévu mercredi devant la direction académique à Albi, et une pétition en ligne a déjà recueilli plus de 900 signatures.",
            ],
        ),
    },
    "pt": {
        "enchente": (
            "Cheia do rio Taquaraçu deixa 1,2 mil desalojados em São Bento do Vale",
            [
                "A cheia do rio Taquaraçu deixou cerca de 1,2 mil pessoas fora de casa em São Bento do Vale, no interior do Rio Grande do Sul, depois de dois dias de chuva forte na região.",
                "O nível do rio chegou a 9,4 metros na madrugada desta segunda-feira, quase quatro metros acima da cota de inundação, segundo a Defesa Civil do município.",
                "As famílias foram levadas para três ginásios e para o salão da paróquia, onde voluntários organizaram a distribuição de colchões, roupas e refeições.",
                "“A água entrou em menos de uma hora, só deu tempo de subir os móveis”, contou a costureira Neusa Pacheco, que mora a duas quadras da margem.",
                "A prefeitura decretou situação de emergência e pediu ao governo do estado o envio de caminhões-pipa, já que a estação de tratamento de água foi atingida.",
                "Escolas da rede municipal suspenderam as aulas até quarta-feira, e duas delas também estão servindo de abrigo para as famílias.",
                "A previsão é de que o rio comece a baixar na terça-feira, mas a Defesa Civil pede que os moradores só voltem para casa depois da vistoria das equipes.",
            ],
        ),
    },
    "ru": {
        "pereprava": (
            "В Усть-Кежме открыли ледовую переправу через Ангару",
            [
                "В селе Усть-Кежма открыли ледовую переправу через Ангару, по которой жители правого берега впервые с ноября смогут добраться до районной больницы и магазинов на машине.",
                "Толщина льда на трассе длиной 870 метров достигла 62 сантиметров, сообщили в районной администрации, поэтому по переправе разрешено движение автомобилей массой до пяти тонн.",
                "До этого людей перевозили на вездеходе на воздушной подушке, который делал не больше шести рейсов в день и часто стоял из-за поломок.",
                "«Три месяца мы жили как на острове, за хлебом ходили пешком по тропе вдоль промоин», — рассказала жительница Заречной улицы Валентина Горбунова.",
                "Переправу будут ежедневно проверять спасатели, а в тёплые дни движение могут закрывать уже с обеда.",
                "По словам главы района Николая Сметанина, переправа проработает примерно до конца марта, если не начнётся ранняя оттепель.",
            ],
        ),
    },
    "zh": {
        "shitang": (
            "南屏街道开设第四家社区长者食堂 老人午餐一份十元",
            [
                "南屏街道第四家社区长者食堂9日在梧桐里社区正式开业，辖区60岁以上老人凭身份证就餐，两荤一素的午餐每份10元。",
                "食堂由街道提供场地，委托一家餐饮企业运营，每天可供应约300份餐食，80岁以上和独居老人还可以预约送餐上门。",
                "街道民政科负责人周慧敏介绍，前三家食堂开业一年来累计服务老人超过11万人次，不少老人反映“吃得热乎，也省心”。",
                "72岁的居民柳国栋开业第一天就来排队，他说老伴去年住院后，自己做饭常常凑合，“现在中午有个固定去处，还能跟老邻居聊聊天”。",
                "为了控制成本，食堂晚上也对周边上班族开放，价格按市场价收取，所得用于补贴老人餐。",
                "食堂的菜单每周更新一次，并标注每道菜的盐和油用量，患有糖尿病、高血压的老人还可以选择低糖少盐套餐。",
                "街道计划年内再建两家食堂，让辖区老人步行15分钟内就能吃上一顿热饭。",
            ],
        ),
    },
    "ja": {
        "kuma": (
            "住宅地でクマの目撃相次ぐ　北鹿市が小学校の登下校に見守り員",
            [
                "北鹿市の住宅地で今月に入りクマの目撃が相次ぎ、市は9日から市内3つの小学校の登下校時に見守り員を配置した。",
                "市によると、今月の目撃件数は8日までに14件で、昨年同月の3件を大きく上回っている。",
                "7日夕方には、北鹿第二小学校から約200メートルの市道を体長1メートルほどのクマが横切るのを住民が目撃した。",
                "冬眠明けが早まっているとみられ、市農林課の大川健吾課長は「生ごみや収穫しなかった柿の実を屋外に放置しないでほしい」と呼びかけている。",
                "見守り員は市の職員と地元の猟友会員の計18人で、鈴や爆竹を持って通学路を巡回する。",
                "市は、クマを目撃した場合は近づかずにすぐ市や警察に通報するよう求めており、目撃場所は市のホームページの地図で公開している。",
                "小学4年の長男を持つ母親は「子どもが一人で歩く時間が一番心配。しばらくは車で送り迎えする」と話した。",
            ],
        ),
    },
    "ar": {
        "tumur": (
            "مهرجان التمور في واحة الرملة يستقبل 42 ألف زائر في أسبوعه الأول",
            [
                "استقبل مهرجان التمور في واحة الرملة أكثر من 42 ألف زائر خلال أسبوعه الأول، بمشاركة 260 مزارعاً يعرضون أكثر من 70 صنفاً من التمور المحلية.",
                "وقال مدير المهرجان سالم الظاهري إن مبيعات الأيام السبعة الأولى بلغت نحو 3.8 مليون درهم، بزيادة الربع تقريباً مقارنة بالدورة الماضية.",
                "ويتضمن المهرجان مسابقة لأفضل نخلة وأجود صنف من الخلاص والفرض، إضافة إلى ركن للحرف التقليدية تشارك فيه نساء من الواحة.",
                "وقال المزارع حمد المنصوري، الذي يشارك للمرة العاشرة، إن المهرجان أصبح «السوق الأهم لنا طوال العام، فهنا نلتقي التجار والزبائن مباشرة».",
                "وخصصت اللجنة المنظمة جلسات توعوية حول الري بالتنقيط ومكافحة سوسة النخيل الحمراء، بالتعاون مع مركز الإرشاد الزراعي.",
                "ويستمر المهرجان حتى السادس عشر من مارس، ويفتح أبوابه يومياً من الرابعة عصراً حتى العاشرة مساءً.",
            ],
        ),
    },
    "it": {
        "frana": (
            "Frana sulla provinciale, Roccaviva resta isolata: navetta e ponte radio per i residenti",
            [
                "Una frana di circa ottomila metri cubi ha invaso domenica notte la strada provinciale 62, l'unico collegamento tra Roccaviva e il fondovalle, lasciando isolati i 340 abitanti del borgo.",
                "Nessuno è rimasto ferito, ma la carreggiata è stata travolta per un tratto di quasi cento metri e i tecnici della Provincia stimano almeno tre settimane di lavori.",
                "Nel frattempo il Comune ha organizzato una navetta su una vecchia strada forestale, percorribile solo da fuoristrada, per le visite mediche e per chi deve andare al lavoro.",
                "«Abbiamo anziani che fanno la dialisi due volte alla settimana, non possiamo aspettare», ha spiegato la sindaca Ornella Pedrazzini.",
                "La Protezione civile ha installato un ponte radio perché anche la linea telefonica è stata danneggiata, e un elicottero ha portato viveri e farmaci alla farmacia del paese.",
                "I bambini delle elementari seguono le lezioni a distanza, mentre i ragazzi delle medie sono ospitati da parenti e amici a valle.",
                "Secondo i geologi, il versante era già sotto osservazione dal 2023, dopo le piogge intense di quell'autunno.",
            ],
        ),
    },
    "id": {
        "rob": (
            "Banjir rob rendam ratusan rumah di pesisir Tanjung Lesung Baru",
            [
                "Banjir rob merendam sedikitnya 430 rumah di tiga desa pesisir Kecamatan Tanjung Lesung Baru sejak Minggu malam, dengan ketinggian air mencapai 60 sentimeter.",
                "Kepala Pelaksana Badan Penanggulangan Bencana Daerah setempat, Hendra Saputro, mengatakan air laut pasang bersamaan dengan angin kencang dari arah utara.",
                "Warga memindahkan barang-barang ke tempat yang lebih tinggi, sementara sebagian anak-anak dan lansia diungsikan ke balai desa dan masjid.",
                '"Setiap tahun rob makin parah, dulu hanya sampai teras, sekarang masuk ke dapur," ujar Sumiati, warga Desa Pasir Putih, sambil membersihkan lumpur.',
                "Pemerintah kabupaten menyiapkan dapur umum dan mengirim dua unit pompa untuk mempercepat surutnya genangan, serta membagikan air bersih karena sumur warga tercemar air laut.",
                "Sejumlah nelayan memilih tidak melaut karena gelombang tinggi, sementara tambak bandeng milik warga ikut terendam dan sebagian ikannya hanyut.",
                "Petugas memperkirakan pasang tinggi masih akan terjadi hingga Rabu, sehingga warga diminta tetap waspada terutama pada malam hari.",
            ],
        ),
    },
    "tr": {
        "kar": (
            "Yoğun kar yağışı nedeniyle Karapınar'da 46 köy yolu ulaşıma kapandı",
            [
                "Karapınar ilçesinde etkili olan yoğun kar yağışı nedeniyle 46 köy yolu ulaşıma kapandı, ilçedeki okullarda eğitime bir gün ara verildi.",
                "İl Özel İdaresi ekipleri 22 iş makinesiyle gece boyunca çalışarak kapanan yolların 19'unu yeniden ulaşıma açtı, öncelik sağlık ocağı ve fırın bulunan köylere verildi.",
                "Kar kalınlığının yer yer 80 santimetreyi bulduğu yüksek kesimlerde mahsur kalan bir hasta, paletli ambulansla ilçe devlet hastanesine ulaştırıldı.",
                'Kalkanlı köyünde yaşayan 68 yaşındaki Hatice Yıldırım, "Kırk yıldır böyle kar görmedim, hayvanlara yem taşımakta zorlanıyoruz" dedi.',
                "Kaymakam Selim Arıkan, ekiplerin kalan yolları açmak için çalışmalarını sürdürdüğünü ve vatandaşların zorunlu olmadıkça yola çıkmamasını istedi.",
                "İlçe Milli Eğitim Müdürlüğü, yolların durumuna göre okulların perşembe günü açılıp açılmayacağına ayrıca karar verileceğini açıkladı.",
                "Meteoroloji, kar yağışının çarşamba gününe kadar aralıklarla devam edeceğini bildirdi.",
            ],
        ),
    },
    "hi": {
        "mandi": (
            "रामपुरा मंडी में गेहूं की सरकारी खरीद शुरू, पहले दिन 1,200 क्विंटल की आवक",
            [
                "रामपुरा कृषि उपज मंडी में सोमवार से गेहूं की सरकारी खरीद शुरू हो गई और पहले ही दिन करीब 1,200 क्विंटल गेहूं की आवक हुई।",
                "इस बार गेहूं का समर्थन मूल्य 2,585 रुपये प्रति क्विंटल तय किया गया है, जो पिछले साल से 160 रुपये अधिक है।",
                "मंडी सचिव राजेंद्र मीणा ने बताया कि किसानों को पंजीयन के बाद मोबाइल पर संदेश भेजकर तुलाई की तारीख दी जा रही है, ताकि भीड़ न हो।",
                "ढाणी गोपालपुरा से आए किसान हरिराम जाट ने कहा कि नमी जांच में ज्यादा समय लग रहा है और कई किसानों को रात मंडी में ही गुजारनी पड़ी।",
                "खरीद केंद्र पर छह कांटे लगाए गए हैं और भुगतान 72 घंटे के भीतर सीधे बैंक खातों में करने का दावा किया गया है।",
                "प्रशासन ने कहा है कि बारदाने की कमी नहीं होने दी जाएगी और जरूरत पड़ने पर दो और खरीद केंद्र खोले जाएंगे।",
            ],
        ),
    },
    "ko": {
        "camping": (
            "문 닫은 산골 초등학교, 마을이 운영하는 캠핑장으로 다시 문 연다",
            [
                "2019년 학생이 없어 문을 닫은 청운군 솔치면의 옛 솔치초등학교가 주민들이 직접 운영하는 캠핑장으로 다음 달 문을 연다.",
                "군은 도비와 군비 등 14억 원을 들여 교실 네 곳을 숙박 시설과 공동 취사장으로 고치고, 운동장에는 텐트 자리 32면을 만들었다.",
                "캠핑장 운영은 솔치면 주민 60여 명이 출자한 마을 협동조합이 맡고, 수익금 일부는 마을 노인 목욕비와 장학금으로 쓰기로 했다.",
                '조합장 김옥순 씨는 "아이들 웃음소리가 끊긴 학교에 다시 사람이 모이는 것만으로도 마을 분위기가 달라졌다"고 말했다.',
                "군은 주말마다 지역 농산물 장터를 함께 열어 캠핑객이 마을에서 장을 보도록 할 계획이다.",
                "협동조합은 주민 여섯 명을 관리인으로 채용했으며, 옛 교무실은 마을 역사와 졸업생 사진을 모은 작은 전시실로 꾸몄다.",
                "예약은 이달 20일부터 군 관광 누리집에서 받으며, 1박 이용료는 텐트 자리 기준 3만 원이다.",
            ],
        ),
    },
}

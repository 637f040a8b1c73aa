# ruff: noqa: E501, RUF001
"""Invented stories of the twenty-third blind set: (headline, paragraphs) by language and key.

Seven English stories from seven English-speaking regions (a broken ferry stranding an island in
Maine's Penobscot Bay, a storm breaching a Cornish harbour wall, a wharf collapsing in Cape
Breton, a cyclone cutting power in Darwin, water rationing in Windhoek, a heatwave and power
cuts in Karachi, a sinkhole swallowing a road in Msida) and one in each of thirteen other
languages (the Mamoré in flood around Trinidad, Beni; green algae closing beaches in the
Saint-Brieuc bay; a cliff fall at Cape Arkona on Rügen; the price of açaí in Belém; a storm
eating the beach at Zelenogradsk; a typhoon cutting power on Miyako; a mudslide closing a
highway in Ya'an; a winter storm flooding Alexandria; water rationing in Nuoro; driftwood and
plastic on Kuta beach; a landslide in the hills above Trabzon; a tiger near a village in Umaria;
gales grounding flights at Jeju), written as local news, regional portals and agency copy read.
Names, places and figures are made up; none of this prose is in the earlier sets (build23.py
checks).
"""

from __future__ import annotations

STORIES23: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "islandferry": (
            "Broken ferry leaves Vinalhaven islanders without a boat for a week",
            [
                "Residents of Vinalhaven were left without regular ferry service on Thursday after the larger of the two boats on the route was taken out of the water with a cracked propeller shaft.",
                "The state ferry service said the replacement vessel could carry only eight vehicles a trip, and that priority would go to fuel trucks, groceries and medical appointments on the mainland.",
                "Lobstermen said they were struggling to get bait across the bay and that two dealers had already stopped buying from the island until the schedule returned to normal.",
                '"We plan our whole week around that boat. When it goes down, the island goes quiet," said Noreen Haskell, who runs the hardware store near the landing.',
                "Town officials asked the state for a second boat on loan from another route and said a water taxi would run for students who attend school in Rockland.",
                "The service said parts had been ordered from a yard in Washington state and could take up to ten days to arrive. It added that crew members from the idle boat would help load freight at both landings.",
                "A public meeting on the ferry schedule is set for Monday evening at the town hall.",
            ],
        ),
        "harbourwall": (
            "Storm punches hole in Porthleven harbour wall as waves flood quay",
            [
                "A section of Porthleven's harbour wall gave way during Wednesday night's storm, letting waves pour onto the quay and flood three shops and a pub along the inner harbour.",
                "The harbour commissioners said a gap about six metres wide had opened in the western pier, which was built in the 1850s and was last repaired after the winter storms of 2014.",
                "Fishermen moved their boats to the inner basin before the high tide, and no one was hurt, though a car parked on the quay was swept against the lifeboat slipway.",
                '"I have lived here sixty years and never seen the sea come over like that. It was like standing behind a waterfall," said Derek Trewin, a retired crabber.',
                "Cornwall Council closed the quay road and said engineers would inspect the pier once the swell dropped, with temporary concrete blocks to be placed in the gap.",
                "Business owners said they feared the repairs would not be finished before Easter, when most visitors start to arrive. The pub's landlord said his cellar had filled with seawater to the height of the barrels.",
                "The Met Office has issued a yellow wind warning for the far south-west until Friday morning.",
            ],
        ),
        "wharf": (
            "Cape Breton wharf collapse threatens start of lobster season in Ingonish",
            [
                "Part of the government wharf at Ingonish Harbour collapsed into the water on Tuesday night, leaving about 30 fishing crews unsure where they will land their catch when the lobster season opens next month.",
                "The harbour authority said the timber crib under the outer section had been rotting for years and that it had warned federal officials about the damage as far back as 2021.",
                "No boats were tied up at the section that fell, but a bait shed and two hoists went into the harbour with it, and divers were checking on Wednesday for fuel leaks.",
                '"We have been patching that wharf with our own money and our own hands. Now we have got nowhere to put a boat," said Darlene MacKinnon, who fishes with her two sons.',
                "The federal fisheries department said engineers would assess the structure this week and that it was looking at a temporary floating dock.",
                "Fishers said moving to another harbour would add an hour of steaming each way and more fuel at a time when prices for their catch have fallen.",
                "The harbour authority plans to meet with crews on Saturday to talk about the options.",
            ],
        ),
        "cyclone": (
            "Cyclone leaves thousands without power in Darwin's northern suburbs",
            [
                "About 18,000 homes in Darwin's northern suburbs were still without power on Thursday after a category two cyclone crossed the coast overnight, bringing down trees and power lines across Casuarina, Nightcliff and Rapid Creek.",
                "The territory's power utility said crews from Katherine and Alice Springs had been flown in and that most customers should be reconnected within three days, though some streets could wait longer.",
                "Emergency services received more than 400 calls for help, mostly about fallen trees on roofs and cars, and a man was treated in hospital for a cut to his arm from broken glass.",
                '"The noise at about two in the morning was unbelievable. We sat in the bathroom with the dog and waited for it to pass," said Tahnee Wilcox, who lives in Wanguri.',
                "Schools in the northern suburbs will stay closed until Monday, and the council has opened its waste transfer station free of charge for green waste.",
                "Forecasters said the system had weakened to a tropical low as it moved inland over Arnhem Land, but heavy rain was still expected over the Top End.",
                "Residents were asked to treat every fallen line as live and to report them to the utility.",
            ],
        ),
        "rationing": (
            "Windhoek residents face water cuts as dams fall below 12 percent",
            [
                "The City of Windhoek will cut water supply to residential suburbs for eight hours a day from next week, after the dams that feed the capital fell below 12 percent of their capacity.",
                "The municipality said the cuts would run on a rotating timetable across the city's suburbs and that households using more than 200 litres a day would face a penalty tariff.",
                "The rainy season has brought less than half the usual rainfall to the central highlands, and the bulk water utility said it had increased pumping from boreholes to keep up with demand.",
                '"We already carry buckets on weekends. Now we will have to fill everything we own before the taps go dry," said Selma Nangolo, a teacher in Khomasdal.',
                "Businesses including car washes and nurseries have been told to cut consumption by a third or face temporary disconnection.",
                "Engineers said the city's reclamation plant, which turns treated sewage into drinking water, was running at full capacity. The city also plans to put water tankers in informal settlements where residents rely on communal taps.",
                "The council said it would review the timetable at the end of April, depending on rain.",
            ],
        ),
        "heatwave": (
            "Karachi heatwave and power cuts fill hospitals with heatstroke cases",
            [
                "Hospitals in Karachi admitted more than 300 people with heatstroke and dehydration over two days as temperatures reached 43 degrees Celsius and long power cuts shut down fans and water pumps across the city.",
                "The provincial health department said emergency wards at two large public hospitals had set up extra beds in corridors and that ice and oral rehydration salts had been sent to smaller clinics.",
                "Residents of Lyari, Korangi and Orangi Town said their electricity had gone off for up to ten hours a day, and protesters blocked a main road on Wednesday night.",
                '"My mother is 70. We sat with wet cloths on her head all night because there was no light and no water," said Farhan Qureshi, a rickshaw driver.',
                "The power utility blamed the outages on high demand and said it was shedding load in areas where many bills were unpaid.",
                "Charities set up heatwave relief camps at bus stops offering water and shade, and the city's welfare group said it had collected 19 bodies from the streets in two days.",
                "The weather office said the hot, humid conditions would ease slightly by Sunday as sea breezes return.",
            ],
        ),
        "sinkhole": (
            "Sinkhole swallows part of road in Msida after heavy rain",
            [
                "A sinkhole about four metres deep opened in a road in Msida on Tuesday morning after a night of heavy rain, swallowing part of a parked van and forcing the evacuation of two apartment blocks.",
                "The civil protection department said the ground had given way above an old culvert that carries rainwater from the valley to the sea and that the blocks' foundations were being checked.",
                "Nobody was hurt, but about 40 residents spent the night with relatives or in a hotel paid for by the local council.",
                '"I heard a bang and then the whole van tilted. Ten minutes earlier I was standing right there," said Josephine Camilleri, who lives on the ground floor.',
                "The infrastructure agency said the road would stay closed for at least two weeks and diverted traffic through the nearby university campus.",
                "Residents said they had complained for years about water pooling on the street every time it rained. A shopkeeper on the corner said customers had stopped parking there long before the road gave way.",
                "An inquiry into the state of the culvert has been ordered by the minister responsible for public works.",
            ],
        ),
    },
    "es": {
        "beni": (
            "El río Mamoré se desborda y deja a 3.000 familias damnificadas en Trinidad",
            [
                "La crecida del río Mamoré inundó este miércoles varios barrios periféricos de Trinidad, la capital del departamento del Beni, y dejó a unas 3.000 familias damnificadas según el Centro de Operaciones de Emergencia.",
                "El nivel del agua subió casi un metro en 48 horas tras las lluvias de la última semana en la cabecera de la cuenca, y el terraplén de circunvalación presentaba filtraciones en al menos dos puntos.",
                "Las autoridades habilitaron albergues en tres unidades educativas y pidieron a los vecinos de las zonas bajas que trasladen su ganado a las lomas.",
                "«Sacamos lo que pudimos en canoa, pero las camas y la cocina se quedaron bajo el agua», contó Rosmery Vaca, vecina del barrio Pompeya.",
                "La gobernación declaró alerta roja y solicitó al Gobierno nacional alimentos, agua segura y motobombas.",
                "Los ganaderos advirtieron que miles de cabezas de ganado están aisladas en las pampas y que el pasto empieza a escasear. La Asociación de Ganaderos pidió puentes aéreos para llevar forraje a las estancias más alejadas.",
                "El servicio de meteorología prevé nuevas lluvias hasta el fin de semana.",
            ],
        ),
    },
    "fr": {
        "algues": (
            "Algues vertes : trois plages de la baie de Saint-Brieuc fermées par arrêté",
            [
                "Trois plages de la baie de Saint-Brieuc ont été fermées au public mardi par arrêté municipal, après la découverte d'importants dépôts d'algues vertes en décomposition sur le sable.",
                "Des capteurs installés par l'agence régionale de santé ont mesuré des taux d'hydrogène sulfuré supérieurs au seuil d'alerte à Hillion et à Saint-Brieuc, près de l'embouchure du Gouessant.",
                "Les services de ramassage ont retiré plus de 600 mètres cubes d'algues depuis le début du mois, un chiffre précoce pour la saison selon les élus.",
                "« On ne peut plus promener le chien sur la grève. L'odeur arrive jusque dans le lotissement », explique Gwenaëlle Le Bihan, qui habite à deux cents mètres de la plage.",
                "Les associations de défense de l'environnement demandent un renforcement des contrôles sur les rejets d'azote agricole dans les bassins versants. Les professionnels du tourisme redoutent un nouvel été de plages fermées.",
                "La préfecture rappelle qu'il est interdit de marcher sur les amas d'algues, dont la croûte peut céder sous le poids d'une personne.",
                "Un nouveau point sur la situation est prévu vendredi en mairie.",
            ],
        ),
    },
    "de": {
        "kreide": (
            "Kreideabbruch am Kap Arkona: Uferweg auf Rügen gesperrt",
            [
                "Am Kap Arkona auf Rügen sind in der Nacht zu Mittwoch mehrere tausend Kubikmeter Kreide und Geröll von der Steilküste abgebrochen und auf den Strand gestürzt.",
                "Der Landkreis Vorpommern-Rügen sperrte den Uferweg zwischen Vitt und dem Leuchtturm sowie den Abstieg zum Strand auf unbestimmte Zeit.",
                "Verletzt wurde nach Angaben der Polizei niemand, ein Spaziergänger hatte den Abbruch am frühen Morgen gemeldet.",
                "„Ein Teil der Kante, an der wir im Sommer noch Fotos gemacht haben, liegt jetzt unten im Wasser“, sagte Ortsvorsteherin Heike Lübcke.",
                "Geologen führen die Abbrüche auf den Wechsel von Frost und Tauwetter sowie auf die Nässe der vergangenen Wochen zurück. Bereits im vergangenen Winter waren an mehreren Stellen der Nordküste Teile der Kante abgerutscht, ein Wanderweg musste damals verlegt werden.",
                "Der Landkreis warnte Urlauber eindringlich davor, Absperrungen zu übersteigen oder unter der Steilküste entlangzugehen.",
                "Die Gemeinde Putgarten will nach einer Begutachtung entscheiden, ob der Weg landeinwärts verlegt wird.",
            ],
        ),
    },
    "pt": {
        "acai": (
            "Preço do açaí dispara em Belém e lata chega a R$ 60 nas feiras",
            [
                "O preço do litro do açaí chegou a R$ 60 nas feiras de Belém nesta semana, quase o dobro do cobrado no fim do ano passado, segundo levantamento do Dieese no Pará.",
                "Batedores e feirantes atribuem a alta à entressafra, que neste ano começou mais cedo por causa das chuvas fortes nas ilhas do Marajó e do baixo Tocantins.",
                "No Ver-o-Peso, o movimento de barcos com rasas do fruto caiu pela metade, e parte da produção tem seguido direto para indústrias de polpa de outros estados.",
                "“Tem freguês que levava dois litros e agora leva meio. Açaí para o paraense não é sobremesa, é comida”, disse o batedor Raimundo Ferreira, da Pedreira.",
                "A Secretaria de Desenvolvimento Agropecuário informou que acompanha a situação e que a safra deve normalizar o abastecimento a partir de julho.",
                "Consumidores reclamam também da qualidade, com relatos de açaí mais ralo sendo vendido pelo mesmo preço. Nas periferias, famílias trocaram o açaí do almoço por farinha com peixe.",
                "A Vigilância Sanitária municipal anunciou fiscalização nos pontos de venda nas próximas semanas.",
            ],
        ),
    },
    "ru": {
        "zelenogradsk": (
            "Шторм размыл пляж в Зеленоградске, набережная под угрозой",
            [
                "Сильный шторм в ночь на среду размыл пляж в Зеленоградске Калининградской области на протяжении почти километра, волны подошли вплотную к опорам набережной.",
                "По данным администрации округа, море унесло до полутора метров песка, на отдельных участках обнажились бетонные сваи и старые берегоукрепительные конструкции.",
                "Спасатели закрыли проход к воде у центрального спуска и попросили жителей и туристов не подходить к краю набережной.",
                "«Каждую зиму отсыпаем песок, а море забирает его за одну ночь», — рассказал местный житель Геннадий Шульц, который гуляет здесь каждое утро.",
                "Региональное министерство природных ресурсов заявило, что специалисты оценят ущерб и подготовят предложения по срочной отсыпке пляжа до начала сезона.",
                "Предприниматели, арендующие павильоны на променаде, опасаются, что летний сезон окажется под угрозой.",
                "Синоптики предупреждают о новом усилении ветра до 25 метров в секунду в выходные.",
            ],
        ),
    },
    "ja": {
        "miyako": (
            "台風で宮古島の約１万２千戸が停電　復旧に数日か",
            [
                "台風１号の接近に伴う暴風で、宮古島市では１２日未明から約１万２千戸が停電した。沖縄電力によると、同日夕方時点で半数近くが復旧していない。",
                "市内では電柱の倒壊や倒木が相次ぎ、平良地区の一部では信号機が消えたため、警察官が交差点で交通整理に当たった。",
                "宮古空港を発着する全便が欠航し、那覇や石垣との間の船便も終日運休となった。",
                "「夜中に窓がずっと鳴っていて眠れなかった。冷蔵庫の中のものが心配だ」と、下地地区に住む７０代の女性は話した。",
                "市は公民館など５カ所に避難所を開設し、１２日朝までに約８０人が身を寄せた。市内のスーパーでは飲料水や電池を買い求める客が列をつくり、一部の店舗では午前中に品切れとなった。",
                "沖縄電力は本島から作業員を派遣する予定だが、船便の運休で到着が遅れる可能性があるとしている。",
                "気象台は高波に引き続き警戒するよう呼びかけている。",
            ],
        ),
    },
    "zh": {
        "yaan": (
            "雅安强降雨引发泥石流 国道318线一度中断",
            [
                "受持续强降雨影响，雅安市天全县境内国道318线一处路段12日凌晨发生泥石流，约200米路面被泥沙和石块掩埋，交通一度中断。",
                "当地公路部门第一时间调集挖掘机和装载机进场抢通，截至12日下午，道路已恢复单向放行。",
                "据天全县应急管理局介绍，泥石流发生前，当地已提前转移沿线群众80余人，未造成人员伤亡。",
                "“半夜听见山上轰隆隆地响，村干部挨家挨户敲门叫我们走。”家住附近的村民杨秀英说。",
                "气象部门预计，未来三天雅安仍有中到大雨，局部暴雨，地质灾害风险等级较高。当地已启动地质灾害三级应急响应，对全县32处隐患点实行24小时监测，并安排专人值守。沿线多家农家乐和民宿暂停营业，部分游客已在当地政府协助下安全转移。",
                "交警部门提醒，途经川藏线的车辆应提前了解路况，避免夜间通行，服从现场指挥。",
                "目前，抢险工作仍在进行中。",
            ],
        ),
    },
    "ar": {
        "nawwa": (
            "نوة الكرم تغرق شوارع الإسكندرية وتعطل حركة المرور",
            [
                "أغرقت الأمطار الغزيرة المصاحبة لنوة الكرم شوارع عدة في الإسكندرية منذ فجر الأربعاء، وتعطلت حركة المرور في مناطق العصافرة وسيدي بشر وميامي.",
                "وقالت محافظة الإسكندرية إنها رفعت حالة الطوارئ، ودفعت بأكثر من مئة سيارة لشفط المياه المتراكمة في الأنفاق والشوارع المنخفضة.",
                "وأعلنت مديرية التربية والتعليم تعليق الدراسة في المدارس يوما واحدا حفاظا على سلامة الطلاب.",
                "وقال محمود عبد الرازق، صاحب محل بقالة في العصافرة: «المياه دخلت المحل للمرة الثانية هذا الشهر، والبضاعة كلها تلفت».",
                "وأغلقت إدارة الميناء بوغازي الإسكندرية والدخيلة أمام حركة السفن بسبب ارتفاع الأمواج وسرعة الرياح.",
                "وتوقعت هيئة الأرصاد استمرار سقوط الأمطار على السواحل الشمالية حتى مساء الخميس.",
                "ودعت المحافظة المواطنين إلى الابتعاد عن أعمدة الإنارة وتجنب الخروج إلا للضرورة.",
            ],
        ),
    },
    "it": {
        "siccita": (
            "Siccità, a Nuoro acqua razionata: rubinetti chiusi di notte in dieci quartieri",
            [
                "Da lunedì l'acqua sarà razionata a Nuoro: in dieci quartieri della città l'erogazione verrà sospesa ogni notte dalle 22 alle 6, ha annunciato Abbanoa.",
                "Il gestore del servizio idrico spiega che l'invaso che alimenta la città è sceso al 18 per cento della capacità, il livello più basso degli ultimi vent'anni in questo periodo.",
                "Il Comune ha chiesto ai cittadini di evitare di lavare auto e terrazze e di usare la lavatrice solo a pieno carico.",
                "«Abbiamo già comprato due cisterne sul tetto, ma con gli anziani in casa è difficile organizzarsi», racconta Maria Antonietta Sanna, residente a Sant'Onofrio.",
                "Gli allevatori del Nuorese segnalano difficoltà ad abbeverare le greggi e chiedono alla Regione lo stato di calamità. Alcuni pastori hanno iniziato a portare l'acqua agli ovili con le autobotti, a proprie spese.",
                "La Regione ha convocato per giovedì un tavolo con i sindaci del territorio per valutare interventi urgenti sulla rete.",
                "Le perdite delle condotte cittadine, secondo le stime, superano il 50 per cento dell'acqua immessa.",
            ],
        ),
    },
    "id": {
        "sampah": (
            "Sampah kiriman kembali menumpuk di Pantai Kuta, petugas angkut 40 ton sehari",
            [
                "Sampah kiriman kembali menumpuk di sepanjang Pantai Kuta, Badung, sejak Selasa pagi, terbawa arus dan angin barat yang bertiup kencang beberapa hari terakhir.",
                "Dinas Lingkungan Hidup dan Kebersihan Badung mengerahkan ratusan petugas dan alat berat untuk membersihkan pantai, dengan volume sampah mencapai sekitar 40 ton per hari.",
                "Sebagian besar sampah berupa kayu, ranting, dan plastik, yang diduga berasal dari sungai-sungai di sekitar Bali dan pulau lain.",
                '"Setiap musim hujan begini, tapi tahun ini datangnya lebih banyak. Tamu jadi enggan berjemur," kata Made Suartana, penyewa papan selancar di pantai itu.',
                "Petugas memperkirakan fenomena tersebut masih akan berlangsung hingga akhir Maret seiring puncak musim angin barat. Sejumlah hotel di sepanjang pantai juga mengerahkan karyawan mereka untuk membantu membersihkan pasir di depan penginapan.",
                "Pemerintah daerah mengimbau wisatawan tetap berhati-hati karena banyak benda tajam tersembunyi di antara tumpukan kayu.",
                "Sampah yang terkumpul dibawa ke tempat pembuangan akhir Suwung di Denpasar.",
            ],
        ),
    },
    "tr": {
        "heyelan": (
            "Trabzon'da heyelan: Maçka'da köy yolu ulaşıma kapandı",
            [
                "Trabzon'un Maçka ilçesinde etkili olan sağanak yağışın ardından meydana gelen heyelan nedeniyle bir köy yolu ulaşıma kapandı.",
                "Yamaçtan kopan toprak ve kaya parçaları yaklaşık 150 metrelik yol bölümünü kapatırken, bölgedeki iki ev tedbir amacıyla boşaltıldı.",
                "İl Özel İdaresi ekipleri iş makineleriyle yolu açmak için çalışma başlattı, ancak yağışın sürmesi çalışmaları yavaşlattı.",
                '"Gece gürültüyle uyandık, sabah baktık ki fındık bahçesinin yarısı yolun üstünde" diyen köy sakini Hasan Karaca, hasarın büyük olduğunu söyledi.',
                "AFAD yetkilileri, heyelan riski bulunan bölgelerde vatandaşların yamaç altlarından uzak durmasını istedi. Köylüler, bölgede son iki yılda üçüncü kez heyelan yaşandığını belirterek yolun kalıcı olarak güçlendirilmesini talep etti.",
                "Meteoroloji, Doğu Karadeniz için kuvvetli yağış uyarısının cuma gününe kadar sürdüğünü bildirdi.",
                "Yolun birkaç gün içinde tek şeritli olarak ulaşıma açılması bekleniyor.",
            ],
        ),
    },
    "hi": {
        "bagh": (
            "उमरिया में गांव के पास दिखा बाघ, ग्रामीणों में दहशत",
            [
                "उमरिया जिले के मानपुर क्षेत्र में एक गांव के पास बुधवार सुबह बाघ दिखने से ग्रामीणों में दहशत फैल गई।",
                "वन विभाग के अनुसार बाघ ने रात में एक बछड़े का शिकार किया और सुबह खेत के किनारे झाड़ियों में बैठा दिखाई दिया।",
                "सूचना मिलते ही वन अमले की टीम मौके पर पहुंची और लोगों को खेतों की ओर न जाने की हिदायत दी।",
                "ग्रामीण रामसजीवन बैगा ने बताया, “रात भर मवेशी बेचैन थे, सुबह पंजों के निशान देखे तो पूरा गांव घरों में बंद हो गया।”",
                "वन विभाग ने गांव के आसपास कैमरा ट्रैप लगाए हैं और गश्त बढ़ा दी है।",
                "अधिकारियों ने पशुपालकों को मुआवजा दिलाने का भरोसा दिया है।",
                "ग्रामीणों से रात में अकेले बाहर न निकलने की अपील की गई है।",
            ],
        ),
    },
    "ko": {
        "jejuwind": (
            "제주 강풍에 항공편 무더기 결항…관광객 수천 명 발 묶여",
            [
                "제주 전역에 강풍 특보가 내려진 12일 제주국제공항을 오가는 항공편이 무더기로 결항해 관광객 수천 명의 발이 묶였다.",
                "한국공항공사 제주지역본부에 따르면 이날 오후 3시 기준 출발과 도착 항공편 140여 편이 결항하고 수십 편이 지연됐다.",
                "공항 대합실에는 대체 항공편을 구하려는 승객들이 몰리면서 항공사 카운터마다 긴 줄이 늘어섰다.",
                '서울에서 가족여행을 온 한 관광객은 "내일 출근해야 하는데 언제 떠날 수 있을지 모르겠다"고 말했다.',
                "제주와 다른 지역을 잇는 여객선도 대부분 운항을 멈췄다. 제주항과 목포, 완도 등을 오가는 여객선 승객들도 터미널에서 발길을 돌려야 했다. 항공사들은 기상이 나아지는 대로 임시 항공편을 투입해 체류객을 수송할 계획이다.",
                "기상청은 강풍이 13일 오전까지 이어질 것으로 내다봤다.",
                "제주도는 체류객 지원을 위해 공항에 모포와 생수를 준비했다.",
            ],
        ),
    },
}

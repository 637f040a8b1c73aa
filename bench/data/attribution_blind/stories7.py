# ruff: noqa: E501, RUF001
"""Invented stories of the seventh blind set: (headline, paragraphs) by language and key.

Written as agency copy reads (news first, attributed figures, no scene-setting), since most pages
of this set run it as wire copy. Names, places and figures are made up; none of this prose is in
the earlier sets (build7.py checks).
"""

from __future__ import annotations

STORIES7: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "ferry_strike": (
            "Ferry crews walk out over rosters, stranding island travellers",
            [
                "Crews on the state ferry service to the Quarrin Islands walked off the job on Tuesday in a dispute over new rosters, leaving about 9,000 passengers without a crossing on one of the busiest weeks of the year.",
                "The Maritime Workers Union said the new rosters would cut rest periods between shifts from twelve hours to nine. Union secretary Delphine Okafor-Reyes said crews had been asked to accept the change without any extra pay.",
                "The ferry operator said it had offered talks on three occasions and called the stoppage reckless. Two of its five vessels were tied up in the port of Helvard, and a third sailed with a reduced crew carrying freight only.",
                "Island businesses said the walkout had come as hotels were filling up for a spring festival. One hotel owner on Little Quarrin said about a third of her guests had cancelled by Tuesday afternoon.",
                "The transport minister, Aurelio Pendegrast, urged both sides to meet an independent mediator on Wednesday. The union said the stoppage would last 48 hours unless the rosters were withdrawn.",
            ],
        ),
        "dam_cracks": (
            "Engineers find cracks in spillway of ageing hydro dam",
            [
                "Engineers inspecting the Marrowgate hydroelectric dam have found cracks up to four metres long in its concrete spillway, and the operator will lower the reservoir by six metres as a precaution, officials said on Thursday.",
                "The dam, finished in 1961, holds back a reservoir that supplies drinking water to about 240,000 people downstream. The regional water authority said there was no immediate danger and that the cracks had been found during a routine inspection with underwater drones.",
                "Lowering the reservoir will take about three weeks and will cut the plant's electricity output by roughly a quarter, the operator said. Chief engineer Tomasz Ellery-Vance said repairs could not begin until the spillway was dry.",
                "Residents of Lower Brenning, the nearest town below the dam, were told at a public meeting that the evacuation plan had been checked and that sirens would be tested next Monday.",
                "An independent panel will review the inspection data and report to the energy ministry within two months. The operator said the repairs could cost as much as 35 million dollars.",
            ],
        ),
        "cattle_vaccine": (
            "Farm regulator approves first vaccine against lumpy skin disease",
            [
                "The national farm regulator on Monday approved a vaccine against lumpy skin disease in cattle, clearing the way for a vaccination campaign in border districts where the virus has killed more than 3,200 animals since last summer.",
                "The vaccine, developed by a state veterinary institute with a university partner, protected 94 percent of animals in field trials involving 18,000 cattle on 210 farms, the regulator said in a statement.",
                "Farmers' federation president Gwendolyn Achterberg said the approval came late for many herds but would spare farmers the culls that had been ordered in two provinces. Exports of live cattle have been suspended since October.",
                "The agriculture ministry said the first two million doses would be free for farmers in the affected districts. Vets will begin vaccinating in the northern provinces next week and expect to reach every herd there by June.",
                "Trading partners will be told of the campaign at a meeting of the regional animal health commission later this month. Officials hope exports can resume before the end of the year.",
            ],
        ),
        "runway_closure": (
            "Capital's main airport to close a runway for six months of repairs",
            [
                "The country's busiest airport will close one of its two runways for six months from September to replace the concrete surface, forcing airlines to cut about 80 flights a day, the airport operator said on Friday.",
                "The runway, opened in 1988, has been patched repeatedly since cracks were found in its surface three years ago. The operator said it would lay a new surface designed to last at least 40 years.",
                "Airlines were told to trim their winter schedules by about one in eight flights. The largest carrier said it would move some services to a regional airport 90 kilometres away and run coaches between the two terminals.",
                "Residents under the remaining runway's flight path will hear more aircraft during the works. A residents' group led by Hyacinth Moorcroft said it would ask for a ban on night landings while the repairs are under way.",
                "The repairs will cost about 410 million dollars, the operator said, and will be paid for with a rise in passenger charges that the aviation authority approved last year.",
            ],
        ),
        "museum_theft": (
            "Thieves take gold coins from national museum in night raid",
            [
                "Thieves broke into the national history museum overnight and took more than 120 gold coins from a display of medieval treasure, police said on Sunday, calling the raid carefully planned.",
                "The thieves entered through a skylight on the roof and were inside for about seven minutes before an alarm went off, according to police spokeswoman Ingrid Vasquez-Holm. Officers found a rope and cutting tools on the roof.",
                "The coins, minted between the twelfth and fourteenth centuries, were found by a farmer in 1934 and form one of the museum's best known collections. Museum director Lionel Abernathy-Cole said their value to historians could not be measured in money.",
                "Police have asked dealers and auction houses to watch for the coins and have published photographs of the most distinctive pieces. Investigators fear the thieves may try to melt them down.",
                "The museum will stay closed on Monday while forensic teams work in the gallery. The culture minister said security at national museums would be reviewed within a month.",
            ],
        ),
    },
    "de": {
        "bahn_bruecke": (
            "Marode Eisenbahnbrücke: Strecke zwischen Hallweiler und Obersteg monatelang gesperrt",
            [
                "Wegen schwerer Schäden an einer Eisenbahnbrücke bleibt die Strecke zwischen Hallweiler und Obersteg bis mindestens Ende Juli gesperrt. Das teilte der Netzbetreiber am Mittwoch mit.",
                "Bei einer Prüfung seien Risse in zwei Stahlträgern der 1912 gebauten Brücke über die Selde entdeckt worden, sagte ein Sprecher. Täglich fahren auf der Strecke rund 140 Züge, darunter viele Pendlerverbindungen.",
                "Reisende müssen auf Busse umsteigen, die Fahrzeit verlängert sich dadurch um etwa 40 Minuten. Der Fahrgastverband kritisierte, dass die Schäden seit Jahren bekannt gewesen seien.",
                "Landesverkehrsministerin Cordula Wendling-Brast forderte einen schnellen Neubau. Der Netzbetreiber kündigte an, noch in diesem Jahr mit der Planung einer neuen Brücke zu beginnen.",
                "Auch der Güterverkehr ist betroffen: Nach Angaben des Netzbetreibers werden täglich etwa 25 Güterzüge über eine deutlich längere Strecke umgeleitet.",
                "Die Kosten für den Neubau schätzt das Unternehmen auf rund 60 Millionen Euro. Bis dahin soll die alte Brücke provisorisch verstärkt werden.",
            ],
        ),
    },
    "fr": {
        "greve_controleurs": (
            "Grève des contrôleurs aériens : des centaines de vols annulés dans le Sud",
            [
                "Plusieurs centaines de vols ont été annulés mardi dans les aéroports du sud du pays en raison d'une grève des contrôleurs aériens, a annoncé l'autorité de l'aviation civile.",
                "Le mouvement, lancé par deux syndicats, porte sur les effectifs du centre de contrôle de Montbrézac, où une vingtaine de postes restent vacants selon les grévistes. La direction parle de douze postes.",
                "À l'aéroport de Saint-Orlane, près d'un vol sur deux a été supprimé dans la matinée. Des passagers ont dénoncé un manque d'information, certains ayant appris l'annulation à l'embarquement.",
                "Le ministre des Transports, Hugues Vallerand, a appelé les syndicats à reprendre le dialogue et promis l'ouverture de quinze postes supplémentaires d'ici l'automne.",
                "Selon la direction de l'aviation civile, environ 45 000 passagers ont été touchés par les annulations et les retards sur l'ensemble de la journée.",
                "Les syndicats ont prévu une assemblée générale mercredi matin pour décider de la suite du mouvement. Les compagnies conseillent aux voyageurs de vérifier l'état de leur vol avant de se rendre à l'aéroport.",
            ],
        ),
    },
    "es": {
        "sequia_embalses": (
            "Los embalses del sureste caen por debajo del 20 % y el Gobierno amplía las restricciones",
            [
                "Los embalses de la cuenca del río Almendral se encuentran al 18 % de su capacidad, el nivel más bajo en tres décadas, según los datos publicados este lunes por la confederación hidrográfica.",
                "El Gobierno regional aprobó una ampliación de las restricciones de agua a otros catorce municipios, que deberán reducir el consumo urbano un 15 % y prohibir el riego de jardines públicos.",
                "Las organizaciones agrarias calculan que las pérdidas en los cultivos de regadío superan ya los 200 millones de euros. Su portavoz, Rosendo Alcalá, pidió ayudas directas para los agricultores más afectados.",
                "La consejera de Medio Ambiente, Inmaculada Ferrando, anunció la puesta en marcha de una planta desaladora portátil en la costa y la perforación de cinco pozos de emergencia.",
                "En algunas pedanías del interior, los camiones cisterna abastecen ya a unos 3.000 vecinos dos veces por semana.",
                "Los meteorólogos no prevén lluvias importantes antes del otoño. La confederación revisará las medidas a principios de junio.",
            ],
        ),
    },
    "it": {
        "frana_valle": (
            "Frana in Val Corvara, isolati tre paesi: evacuate duecento persone",
            [
                "Una frana ha bloccato nella notte l'unica strada di accesso alla Val Corvara, lasciando isolati tre paesi e costringendo le autorità a evacuare circa duecento persone, ha reso noto la Protezione civile.",
                "Il movimento del terreno, provocato dalle piogge degli ultimi giorni, ha interessato un fronte di circa trecento metri sopra l'abitato di San Lucerio. Non si registrano feriti.",
                "Il sindaco di San Lucerio, Ottavio Pellizzari, ha detto che gli sfollati sono stati ospitati in un albergo e nella palestra comunale del capoluogo. Un elicottero ha trasportato medicinali agli anziani rimasti nelle case.",
                "I geologi della Regione hanno installato sensori per controllare il versante. Secondo i tecnici serviranno almeno due settimane per riaprire la strada in sicurezza.",
                "Secondo i dati della Protezione civile, nelle ultime 48 ore sono caduti sulla valle oltre 160 millimetri di pioggia.",
                "La Regione ha chiesto al governo lo stato di emergenza. La decisione è attesa per la riunione del Consiglio dei ministri di giovedì.",
            ],
        ),
    },
    "pt": {
        "incendio_serra": (
            "Incêndio na Serra do Alvaredo consome 3 mil hectares e obriga a retirar moradores",
            [
                "Um incêndio florestal na Serra do Alvaredo já consumiu cerca de 3 mil hectares e obrigou à retirada de moradores de quatro aldeias, informou nesta quarta-feira a Proteção Civil.",
                "Mais de 400 bombeiros, apoiados por oito meios aéreos, combatiam as chamas ao início da tarde. O vento forte e as temperaturas acima dos 38 graus dificultaram o trabalho das equipas.",
                "O comandante distrital, Gervásio Lameirinhas, disse que duas casas de segunda habitação foram atingidas e que um bombeiro recebeu assistência por exaustão.",
                "As autoridades abriram um pavilhão na sede do concelho para acolher as cerca de 150 pessoas retiradas. A estrada nacional que atravessa a serra continua cortada ao trânsito.",
                "Segundo o Instituto Português do Mar e da Atmosfera, o risco de incêndio vai manter-se máximo em grande parte do distrito até ao fim de semana. A população foi aconselhada a evitar qualquer uso de fogo.",
                "A Polícia Judiciária vai investigar as causas do fogo, que começou numa zona de mato perto de uma estrada de terra.",
            ],
        ),
    },
    "ja": {
        "shinkansen_teiden": (
            "新幹線が停電で3時間運転見合わせ、約4万人に影響",
            [
                "6日午前、北陵新幹線の架線設備で停電が発生し、上下線で約3時間にわたり運転を見合わせた。運行会社によると、約4万人に影響が出た。",
                "停電は午前7時すぎ、沢宮駅と東原駅の間で起きた。車内に閉じ込められた乗客のうち、体調不良を訴えた2人が病院に運ばれたが、いずれも軽症という。",
                "運行会社は変電設備の部品が劣化していた可能性があるとみて原因を調べている。広報担当の森川直樹さんは「ご迷惑をおかけし、おわびします」と話した。",
                "運転再開後も列車の遅れは夕方まで続き、上下線で計52本が運休した。沢宮駅では振り替え輸送を求める乗客が長い列をつくった。",
                "沿線の自治体からは、たび重なる停電に不安の声が上がっている。",
                "国土交通省は運行会社に対し、原因の究明と再発防止策の報告を求めた。同じ区間では昨年秋にも停電が起きていた。",
            ],
        ),
    },
    "ko": {
        "jihacheol_pari": (
            "지하철 노조 내일 파업 예고…출근길 혼잡 우려",
            [
                "한솔시 지하철 노동조합이 인력 감축안에 반발해 7일 첫차부터 파업에 들어가겠다고 밝혔다. 노조는 6일 오후 사측과의 마지막 협상이 결렬됐다고 설명했다.",
                "노조는 사측이 2028년까지 역무원 600여 명을 줄이려 한다며 안전 문제를 제기했다. 사측은 무인 발권기 도입에 따른 조정이라고 맞서고 있다.",
                "시는 파업에 대비해 출근 시간대 운행률을 평소의 80% 수준으로 유지하고 시내버스 200여 대를 추가로 투입하기로 했다.",
                "노조에 따르면 이번 파업에는 조합원 약 4천 명이 참여할 예정이다. 시는 파업이 길어질 경우 대체 인력을 추가로 투입하는 방안도 검토하고 있다.",
                "시민단체들은 노사 양측에 시민 불편을 최소화할 것을 촉구했다.",
                "교통국장 윤재희 씨는 시민들에게 가급적 대중교통 이용 시간을 분산해 달라고 당부했다. 노사는 파업 중에도 협상을 이어가기로 했다.",
            ],
        ),
    },
    "zh": {
        "daqiao_tongche": (
            "跨海大桥建成通车 两岸车程缩短至二十分钟",
            [
                "连接临澄市与北岚岛的跨海大桥6日正式建成通车，两地之间的车程由原来的一个半小时缩短至约二十分钟。",
                "大桥全长十四点二公里，双向六车道，设计时速一百公里，历时五年建成，总投资约一百六十亿元。",
                "建设指挥部负责人周启明介绍，大桥主塔高二百一十米，可抵御十七级台风。施工期间共有三千多名工人参与建设。",
                "北岚岛居民许晓燕说，过去去市区看病要坐轮渡，遇到大风天还会停航，现在开车很快就能到。",
                "据介绍，通车首日上午约有八千辆车次通过大桥，收费站前一度排起长队。管理部门表示，通车前三个月小型客车将减半收费。",
                "大桥建成后，北岚岛的水产品可以更快运往市区市场。当地渔民合作社负责人表示，海鲜运输时间缩短后，损耗将明显减少，渔民收入有望提高。岛上多家民宿也表示，近期预订量明显增加。",
                "当地交通部门表示，大桥通车后原有轮渡航线将保留，但班次将逐步减少。",
            ],
        ),
    },
    "ar": {
        "amtar_fayadan": (
            "أمطار غزيرة تغمر أحياء في مدينة الساحل وتعليق الدراسة يومين",
            [
                "أعلنت السلطات المحلية في مدينة الساحل تعليق الدراسة في المدارس لمدة يومين بعد أمطار غزيرة أدت إلى غمر عدد من الأحياء المنخفضة بالمياه.",
                "وقال المتحدث باسم الدفاع المدني، العقيد سامر الحداد، إن فرق الإنقاذ أجلت نحو 300 شخص من منازلهم خلال الليل، ولم تسجل أي إصابات خطيرة.",
                "وبلغت كمية الأمطار في بعض المناطق 95 ملم خلال ست ساعات، وهي أعلى كمية تسجل في يوم واحد منذ عشر سنوات، بحسب هيئة الأرصاد.",
                "وأغلقت الشرطة ثلاثة أنفاق رئيسية أمام حركة المرور، فيما دعت البلدية السكان إلى تجنب الخروج إلا للضرورة.",
                "وتتوقع هيئة الأرصاد استمرار هطول الأمطار حتى مساء الخميس، مع تحسن تدريجي في الأحوال الجوية نهاية الأسبوع.",
            ],
        ),
    },
    "hi": {
        "pul_dhaha": (
            "निर्माणाधीन पुल का हिस्सा गिरा, दो मजदूर घायल",
            [
                "रामगढ़ जिले में गंगेली नदी पर बन रहे पुल का एक हिस्सा मंगलवार सुबह गिर गया, जिसमें दो मजदूर घायल हो गए। पुलिस ने यह जानकारी दी।",
                "जिला अधिकारी सुनीता बघेल ने बताया कि घायलों को जिला अस्पताल में भर्ती कराया गया है और उनकी हालत स्थिर है। हादसे के समय पुल पर करीब बीस मजदूर काम कर रहे थे।",
                "यह पुल करीब 180 करोड़ रुपये की लागत से बनाया जा रहा है और इसे अगले साल तक पूरा होना था। स्थानीय लोगों ने निर्माण की गुणवत्ता पर सवाल उठाए हैं।",
                "राज्य सरकार ने हादसे की जांच के लिए तीन सदस्यों की समिति बनाई है, जो पंद्रह दिनों में अपनी रिपोर्ट देगी।",
            ],
        ),
    },
    "tr": {
        "deprem_tatbikat": (
            "Kıyı kentinde 4,9 büyüklüğünde deprem: okullar bir gün tatil edildi",
            [
                "Akçakoy ilçesinde salı sabahı 4,9 büyüklüğünde deprem meydana geldi. Valilik, hasar tespit çalışmaları nedeniyle okulların bir gün tatil edildiğini açıkladı.",
                "Deprem, yerin yaklaşık 8 kilometre derinliğinde kaydedildi ve çevre illerden de hissedildi. İlk belirlemelere göre iki eski binanın duvarlarında çatlaklar oluştu.",
                "Vali Kemalettin Sarıgül, can kaybı ya da ağır yaralı bulunmadığını, paniğe kapılarak balkondan atlayan bir kişinin hafif yaralandığını söyledi.",
                "Afet ekipleri köylerdeki evleri tek tek kontrol ediyor. Geceyi dışarıda geçirmek isteyen vatandaşlar için ilçe stadyumuna çadırlar kuruldu.",
                "Yetkililer, ilçede hasar gören 14 yapının boşaltıldığını ve uzmanların incelemesinin ardından yeniden kullanıma açılıp açılmayacağına karar verileceğini bildirdi.",
                "Belediye, ihtiyaç sahibi ailelere sıcak yemek dağıtımına başladı.",
                "Uzmanlar, bölgede önümüzdeki günlerde artçı sarsıntıların sürebileceği konusunda uyardı.",
            ],
        ),
    },
    "id": {
        "banjir_rob": (
            "Banjir rob rendam ribuan rumah di pesisir utara Sendawa",
            [
                "Banjir rob merendam sekitar 2.400 rumah di empat kecamatan pesisir utara Kabupaten Sendawa sejak Senin malam, kata Badan Penanggulangan Bencana Daerah setempat.",
                "Ketinggian air mencapai 60 sentimeter di beberapa permukiman. Kepala pelaksana BPBD, Hendra Wicaksono, mengatakan pasang laut kali ini lebih tinggi dari biasanya karena bersamaan dengan angin kencang.",
                "Sebanyak 350 warga mengungsi ke balai desa dan masjid. Pemerintah kabupaten mengirim bantuan makanan, air bersih, dan obat-obatan ke lokasi pengungsian.",
                "Warga meminta pembangunan tanggul laut yang sudah direncanakan sejak tiga tahun lalu segera dilaksanakan.",
                "Sejumlah sekolah di kecamatan terdampak meliburkan siswanya karena ruang kelas tergenang. Akses jalan menuju pelabuhan perikanan juga terputus sehingga nelayan tidak bisa melaut.",
                "Dinas Kesehatan membuka posko kesehatan di tiga titik pengungsian. Petugas mencatat sebagian besar pengungsi mengeluhkan gatal-gatal dan demam ringan.",
                "Badan meteorologi memperkirakan pasang tinggi masih akan terjadi hingga akhir pekan ini.",
            ],
        ),
    },
    "ru": {
        "moroz_avaria": (
            "Авария на теплотрассе оставила без отопления 40 тысяч жителей",
            [
                "Около 40 тысяч жителей города Северогорска остались без отопления после аварии на магистральной теплотрассе, сообщили в среду в городской администрации.",
                "Порыв трубы произошел ночью при температуре воздуха минус 27 градусов. Без тепла остались 180 жилых домов, две больницы и девять школ.",
                "Глава города Аркадий Лесовой заявил, что ремонтные бригады работают круглосуточно и подача тепла будет восстановлена к вечеру четверга.",
                "В школах отменены занятия, для жителей открыты пункты обогрева. Прокуратура начала проверку состояния теплосетей.",
                "По данным администрации, трубопровод был проложен в 1974 году и должен был быть заменен еще пять лет назад.",
            ],
        ),
    },
}

# ruff: noqa: E501, RUF001
"""Invented stories of the eleventh blind set: (headline, paragraphs) by language and key.

One story per language, written as that language's regional news reads (figures attributed,
officials and residents quoted by name). Names, places and figures are made up; none of this
prose is in the earlier sets (build11.py checks).
"""

from __future__ import annotations

STORIES11: dict[str, dict[str, tuple[str, list[str]]]] = {
    "es": {
        "racionamiento": (
            "Valdecarra raciona el agua por las noches tras seis meses sin lluvias",
            [
                "El ayuntamiento de Valdecarra cortará el suministro de agua entre las once de la noche y las seis de la mañana a partir del lunes, después de que el embalse que abastece a la comarca cayera por debajo del 18 por ciento de su capacidad.",
                "La alcaldesa, Remedios Quintanar, explicó que la medida afectará a unos 23.000 vecinos y que se mantendrá al menos hasta finales de abril. «No hay otra forma de llegar al verano con reservas», dijo en una rueda de prensa.",
                "Los hospitales, la residencia de mayores y los bomberos quedarán conectados a un depósito propio y no sufrirán cortes, según el consistorio.",
                "Los agricultores de la vega, que riegan con pozos, han pedido a la confederación hidrográfica que controle las extracciones ilegales, que según su asociación superan los cuarenta pozos sin licencia.",
                "La oposición municipal reprocha al gobierno local que no renovara a tiempo la tubería principal, que pierde cerca de un tercio del agua antes de llegar a los grifos.",
                "El ayuntamiento repartirá folletos con consejos de ahorro y habilitará un teléfono para avisar de fugas. La próxima revisión de la medida está prevista para el 15 de abril.",
            ],
        ),
    },
    "pt": {
        "manguezal": (
            "Pescadores replantam 40 mil mudas de mangue no litoral de Barra do Itaúna",
            [
                "Cerca de 300 pescadores e estudantes terminaram no sábado o replantio de 40 mil mudas de mangue numa área de 60 hectares em Barra do Itaúna, destruída há dez anos pela abertura de tanques de camarão.",
                "O projeto foi organizado pela colônia de pescadores local com apoio da universidade estadual, que produziu as mudas num viveiro montado ao lado da escola municipal.",
                "Segundo a bióloga Lucimar Prates, coordenadora do trabalho, a sobrevivência das mudas plantadas no ano passado chegou a 78 por cento, acima do esperado. “O caranguejo já voltou aos trechos mais antigos”, disse.",
                "Os pescadores contam que a captura de siri e de robalo caiu pela metade depois do desmatamento e esperam que o mangue recuperado devolva os peixes ao estuário.",
                "Moradores antigos lembram que, antes dos tanques, o mangue abastecia de caranguejo as feiras de três municípios vizinhos.",
                "A prefeitura prometeu fiscalizar a área e proibir novos tanques na margem do rio, mas ainda não publicou o decreto.",
                "A próxima etapa, prevista para setembro, deve cobrir mais 25 hectares na margem sul. Os organizadores buscam voluntários e doações de sacos para as mudas.",
            ],
        ),
    },
    "fr": {
        "boulangerie": (
            "À Saint-Aubrac-des-Prés, les habitants rachètent la dernière boulangerie du village",
            [
                "Les habitants de Saint-Aubrac-des-Prés ont rouvert samedi la seule boulangerie du village, fermée depuis quatorze mois, après l'avoir rachetée ensemble sous la forme d'une coopérative.",
                "Au total, 212 sociétaires ont apporté 96 000 euros, des parts de 50 euros pour la plupart, auxquels s'ajoute un prêt de la région. La mairie a pris en charge la mise aux normes du four.",
                "Le nouveau boulanger, Anatole Rigaudière, 29 ans, a quitté Clermont-Ferrand pour s'installer au village. « Ici, on connaît le prénom de chaque client », sourit-il.",
                "Depuis la fermeture, les personnes âgées dépendaient d'un dépôt de pain au café, ouvert trois matins par semaine, ou d'un voisin qui descendait en ville.",
                "Le pain sera vendu au même prix qu'avant la fermeture, et les sociétaires ont droit à une remise de cinq pour cent.",
                "La coopérative prévoit aussi une petite épicerie dans l'arrière-boutique et une tournée en camionnette vers les hameaux deux fois par semaine.",
                "Le maire, Gisèle Fabregoule, espère que l'exemple donnera des idées aux communes voisines. Une assemblée des sociétaires se tiendra en juin pour faire un premier bilan.",
            ],
        ),
    },
    "de": {
        "freibad": (
            "Streit um das Freibad: Lindenhagen will Becken verkleinern",
            [
                "Der Gemeinderat von Lindenhagen hat am Dienstagabend mit knapper Mehrheit beschlossen, das 1962 eröffnete Freibad zu sanieren und dabei das große Schwimmbecken um ein Drittel zu verkleinern.",
                "Die Sanierung soll rund 6,8 Millionen Euro kosten, das Land übernimmt davon etwa die Hälfte. Bürgermeisterin Annegret Vosskuhl sagte, ohne kleineres Becken seien die Betriebskosten auf Dauer nicht zu tragen.",
                "Der Förderverein des Bades hat bereits mehr als 3.100 Unterschriften gegen die Pläne gesammelt. Vereinsvorsitzender Holger Brinkmeier warnt, Schwimmvereine und Schulen hätten künftig zu wenig Bahnen.",
                "Im vergangenen Sommer zählte das Bad nach Angaben der Stadtwerke gut 74.000 Besucher, so viele wie seit Jahren nicht.",
                "Kritik kommt auch vom Schwimmverein, der im Sommer Kurse für rund 400 Kinder anbietet und fürchtet, dass Wartelisten entstehen.",
                "Die Bauarbeiten sollen im Herbst beginnen, das Bad bleibt deshalb in der Saison 2027 geschlossen. Die Stadt prüft einen Busverkehr zum Hallenbad im Nachbarort.",
                "Der Förderverein will nun ein Bürgerbegehren starten. Dafür braucht er die Unterschriften von sieben Prozent der Wahlberechtigten.",
            ],
        ),
    },
    "it": {
        "ponte": (
            "Riapre il ponte romano di Castel Ferrandino dopo tre anni di restauri",
            [
                "È stato riaperto domenica ai pedoni il ponte romano di Castel Ferrandino, chiuso da tre anni dopo che una piena del torrente aveva danneggiato due delle sue cinque arcate.",
                "Il restauro è costato 2,4 milioni di euro, in gran parte fondi regionali, e ha richiesto il lavoro di una squadra di scalpellini che hanno sostituito a mano 340 blocchi di pietra.",
                "Il sindaco Ottavio Cerruglio ha parlato di una giornata storica per il paese. «Per i nostri nonni questo ponte era la strada per il mercato», ha detto durante la cerimonia.",
                "La soprintendenza ha deciso di lasciare visibili alcune pietre annerite dall'incendio di un mulino vicino, avvenuto nell'Ottocento, come traccia della storia del ponte.",
                "Durante i lavori sono emerse anche due monete d'argento e i resti di una vecchia passerella in legno, ora conservati nel museo civico.",
                "Il traffico delle auto resterà vietato. Un sensore misurerà ogni giorno i movimenti delle arcate e invierà i dati al comune.",
                "La pro loco organizzerà visite guidate ogni sabato da aprile a ottobre. Le prenotazioni si apriranno la prossima settimana.",
            ],
        ),
    },
    "ru": {
        "zimnik": (
            "В Северореченском районе раньше срока закрыли зимник из-за оттепели",
            [
                "Власти Северореченского района закрыли в понедельник зимнюю дорогу по льду реки Кемчуги на две недели раньше обычного из-за аномальной оттепели.",
                "По словам главы района Тимофея Лукашова, толщина льда у посёлка Верхняя Кемчуга опустилась до 38 сантиметров при норме для грузовиков не менее 60.",
                "Зимник длиной 140 километров связывает с райцентром четыре посёлка, где живут около 2800 человек. Летом туда можно добраться только по воде или вертолётом.",
                "Магазины в посёлках успели завезти муку, крупы и топливо примерно на три месяца, сообщили в администрации. Лекарства будут доставлять вертолётом раз в неделю.",
                "Жители жалуются, что не успели вывезти дрова и стройматериалы, заказанные на весну. Часть грузов осталась на складе в райцентре.",
                "Навигация на реке обычно открывается в конце мая. До этого в район будут летать два рейса в неделю.",
            ],
        ),
    },
    "tr": {
        "zeytin": (
            "Yeşilkaya'da zeytin üreticileri ortak sıkımhane kurdu",
            [
                "Yeşilkaya köyünde 140 zeytin üreticisi, yıllardır ürünlerini uzaktaki fabrikalara düşük fiyatla vermek yerine kendi sıkımhanelerini kurdu ve ilk yağı cumartesi günü aldı.",
                "Kooperatif başkanı Necati Karamollaoğlu, tesisin 9 milyon liraya mal olduğunu, bunun yarısının kalkınma ajansının hibesiyle karşılandığını söyledi.",
                "Üreticiler daha önce zeytinin kilosunu aracılara 38 liradan satıyordu. Kooperatif, yağı doğrudan satarak bu gelirin en az iki katına çıkmasını bekliyor.",
                "Tesiste günde 25 ton zeytin işlenebiliyor. Köyün gençlerinden altı kişi makinelerin bakımı için bir kursa gönderildi.",
                "Köyün muhtarı Saadet Akgündüz, kooperatifin kurulmasından sonra şehre göç eden iki ailenin köye geri döndüğünü anlattı. Üreticiler ayrıca hasat döneminde birbirlerine işçi ve traktör desteği veriyor.",
                "Zeytin karasuyunun dereye akıtılmaması için bir bekletme havuzu da yapıldı. Çevre örgütleri bu adımı olumlu karşıladı.",
                "Kooperatif ilk yılın sonunda üyelerine kâr payı dağıtmayı planlıyor. Yağlar şimdilik köy pazarında ve internet üzerinden satılacak.",
            ],
        ),
    },
    "id": {
        "dermaga": (
            "Dermaga Baru Tanjung Kelor Dibuka, Waktu Tempuh ke Pulau Sapeken Dipangkas",
            [
                "Dermaga penyeberangan baru di Tanjung Kelor resmi dioperasikan pada Sabtu pagi, memangkas waktu perjalanan kapal ke Pulau Sapeken dari lima jam menjadi sekitar tiga jam.",
                "Bupati Rahmat Widjanarko mengatakan pembangunan dermaga menelan biaya Rp48 miliar dari anggaran provinsi dan kabupaten. Dermaga itu mampu disandari dua kapal sekaligus.",
                "Selama ini warga pulau harus berangkat dari pelabuhan lama di kota kabupaten yang lebih jauh dan sering ditutup saat gelombang tinggi.",
                "Nelayan setempat, Sumiati, berharap harga ikan naik karena hasil tangkapan kini bisa tiba di pasar dalam keadaan segar. Ia juga menyebut anak-anak pulau lebih mudah bersekolah di daratan.",
                "Kepala desa Tanjung Kelor, Marzuki, mengatakan warga menyambut dermaga itu dengan syukuran sederhana. Menurut dia, pedagang dari pulau kini bisa membawa hasil kebun ke daratan tanpa menginap.",
                "Dinas perhubungan akan menambah jadwal keberangkatan menjadi dua kali sehari mulai bulan depan. Tarif penumpang ditetapkan Rp65.000 sekali jalan.",
                "Pemerintah daerah juga menyiapkan lahan parkir dan kios untuk pedagang kecil di sekitar dermaga. Pembangunannya ditargetkan selesai akhir tahun.",
            ],
        ),
    },
    "ar": {
        "tahlia": (
            "محطة تحلية جديدة تنهي أزمة العطش في رأس الصوان",
            [
                "بدأت محطة تحلية مياه البحر الجديدة في بلدة رأس الصوان العمل يوم الأحد، لتضخ نحو 12 ألف متر مكعب يوميا وتنهي انقطاع المياه الذي عانى منه السكان طوال ثلاثة صيفيات.",
                "وقال رئيس البلدية سالم بن عيسى الحضرمي إن المحطة كلفت نحو 40 مليون دولار، وإنها تعمل جزئيا بالطاقة الشمسية من حقل ألواح أقيم على تلة قريبة.",
                "وكان الأهالي يعتمدون على صهاريج تبيع المتر المكعب بأسعار مرتفعة، فيما اضطرت مدرستان إلى تقليص ساعات الدوام في الصيف الماضي بسبب نقص المياه.",
                "وأبدى صيادون قلقهم من تأثير المياه المالحة المرتجعة على الشعاب القريبة، فيما أكدت إدارة المحطة أنها تصرفها عبر أنبوب يمتد كيلومترين داخل البحر.",
                "ومن المقرر أن تتوسع المحطة في مرحلة ثانية لتغطي قريتين مجاورتين بحلول نهاية العام المقبل.",
            ],
        ),
    },
    "zh": {
        "yebanche": (
            "临川市开通四条夜班公交线路 末班车延至凌晨两点",
            [
                "临川市公交集团宣布，自3月9日起开通四条夜班公交线路，运营时间为每晚十一点至次日凌晨两点，票价两元。",
                "据介绍，四条线路覆盖火车站、两家三甲医院和城东工业园区，全程共设站点八十六个，发车间隔约二十分钟。",
                "公交集团副总经理韩立伟表示，此前市民热线每月接到约四百件要求延长公交时间的建议，其中多数来自夜班工人和医护人员。",
                "在城东工业园上班的李女士说，过去下夜班只能打车回家，一个月车费要六七百元。“有了夜班车，一个月能省下一大笔钱。”",
                "市交通运输局表示，夜班车全部使用新能源车辆，车内配有监控设备，驾驶员均经过专门的夜间安全培训。部分站点还将增设照明设施和候车亭，方便乘客夜间候车。市民可通过手机应用实时查询车辆到站时间。",
                "公交集团表示，将根据前三个月的客流数据调整线路和班次，客流较少的站点可能取消。",
            ],
        ),
    },
    "ja": {
        "tetsudo": (
            "赤沢線の廃止決まる　来春からバスに転換",
            [
                "赤沢市と沿線の二町でつくる協議会は7日、利用者の減少が続く赤沢線を来年3月末で廃止し、バスに転換することを正式に決めた。",
                "赤沢線は全長32キロで、1日の平均利用者はピーク時の約8分の1にあたる410人まで落ち込んでいた。運営会社の赤字は年間4億円を超えている。",
                "転換後のバスは現在の列車より1日あたり6便多く走らせ、高校や病院の前にも停留所を設ける。運賃は当面、鉄道と同じ水準に据え置く。",
                "沿線の高校に通う生徒の保護者からは、冬の積雪で定時運行ができるのか不安の声が上がっている。協議会は除雪体制を強化するとしている。",
                "協議会の会長を務める赤沢市の森下孝雄市長は「鉄道を残したいという思いは皆同じだったが、将来の負担を考えると苦渋の決断だった」と述べた。線路跡の一部は遊歩道やサイクリングロードとして整備する案も出ている。",
                "駅舎のうち3棟は地域の集会所や観光案内所として残す方向で検討する。",
            ],
        ),
    },
    "ko": {
        "doseogwan": (
            "하동읍 폐교, 청소년 도서관으로 다시 문 열어",
            [
                "학생 수 감소로 6년 전 문을 닫은 하동읍 서림초등학교가 청소년 도서관으로 새단장해 지난 7일 개관했다.",
                "군은 사업비 38억 원을 들여 교실 12칸을 열람실과 동아리방, 작은 영화관으로 바꿨다. 장서는 기증받은 책을 포함해 2만 1천여 권이다.",
                "도서관은 평일 밤 10시까지 문을 열고, 주말에는 청소년 진로 상담과 코딩 교실을 운영한다. 군은 버스 노선도 도서관 앞을 지나도록 조정했다.",
                "개관식에 참석한 졸업생 박순례 씨는 아이들 목소리가 다시 학교에 울리니 눈물이 난다고 말했다.",
                "도서관 운영은 지역 청소년 단체가 맡는다. 군은 방학 기간에 인근 면 지역 학생들을 위한 통학 버스도 운행할 계획이다. 학교 운동장은 잔디를 새로 깔아 주민 체육 공간으로 개방했고, 옛 교무실은 마을 어르신들의 사랑방으로 꾸몄다.",
                "군 관계자는 이용자 의견을 들어 운영 시간과 프로그램을 계속 보완하겠다고 밝혔다.",
            ],
        ),
    },
    "pl": {
        "rowery": (
            "Rowery miejskie wracają do Złotorzecza, tym razem elektryczne",
            [
                "Po dwóch latach przerwy do Złotorzecza wracają rowery miejskie: od poniedziałku mieszkańcy mogą wypożyczać 240 rowerów elektrycznych z 36 stacji.",
                "Operator systemu, wybrany w przetargu za 7,2 mln zł na cztery lata, zapewnia, że rowery będą ładowane na stacjach, a nie zwożone do magazynu.",
                "Pierwsze 20 minut jazdy jest darmowe, każda kolejna minuta kosztuje 30 groszy. Uczniowie i seniorzy dostaną zniżkę po rejestracji w aplikacji.",
                "Poprzedni system upadł, gdy jego operator zbankrutował, a setki rowerów stały przez miesiące porzucone na osiedlach.",
                "Radni opozycji pytają, czy miasto nie powinno najpierw dokończyć ścieżek rowerowych w centrum. Urząd odpowiada, że trzy nowe odcinki powstaną jeszcze w tym roku.",
                "Mieszkańcy mogą zgłaszać w aplikacji miejsca, w których chcieliby nowych stacji. Do piątku wpłynęło już ponad 600 propozycji, najwięcej z osiedli na północy miasta.",
                "Stacje pojawią się także przy dworcu i szpitalu wojewódzkim. Miasto planuje ocenić system po pierwszym sezonie.",
            ],
        ),
    },
    "nl": {
        "dijk": (
            "Dijkversterking bij Oosterhaven duurt twee jaar langer",
            [
                "De versterking van de zeedijk bij Oosterhaven loopt zeker twee jaar vertraging op, omdat de ondergrond op een lengte van drie kilometer zwakker blijkt dan verwacht.",
                "Dat heeft het waterschap woensdag bekendgemaakt. De kosten stijgen daardoor van 86 naar ruim 110 miljoen euro, zegt dijkgraaf Wietske Hoogendijk.",
                "Aannemers moeten op het zwakke deel eerst damwanden slaan en de grond laten inklinken voordat de nieuwe dijk kan worden opgehoogd.",
                "Bewoners van de dijkwoningen zijn teleurgesteld. Zij hadden gehoopt dat de zware vrachtwagens volgend voorjaar uit hun straat zouden verdwijnen.",
                "Het waterschap benadrukt dat de dijk in de tussentijd veilig is en dat er bij storm extra wordt gecontroleerd.",
                "Om de overlast te beperken mogen de vrachtwagens voortaan alleen tussen zeven uur 's ochtends en zes uur 's avonds rijden. Ook komt er een tijdelijke fietsroute langs de bouwplaats, zodat scholieren niet over de dijk hoeven. Het waterschap betaalt bewoners met schade aan hun huis een vergoeding.",
                "Volgende maand houdt het waterschap een informatieavond in het dorpshuis van Oosterhaven.",
            ],
        ),
    },
    "vi": {
        "kebien": (
            "Hoàn thành 4 km kè biển bảo vệ làng chài Cửa Lạch",
            [
                "Công trình kè biển dài 4 km bảo vệ làng chài Cửa Lạch đã hoàn thành và bàn giao cho địa phương vào sáng thứ Bảy, sau gần hai năm thi công.",
                "Theo ông Trần Văn Khiêm, Phó chủ tịch UBND huyện, tổng vốn đầu tư của công trình là 185 tỷ đồng, trong đó phần lớn từ ngân sách trung ương.",
                "Trước đây, mỗi mùa mưa bão, sóng biển đánh sập hàng chục mét bờ cát, nhiều hộ dân phải di dời đồ đạc lên nhà văn hóa thôn.",
                "Bà Nguyễn Thị Lành, một người dân trong làng, cho biết năm ngoái nước biển tràn vào tận sân nhà bà ba lần.",
                "Ngư dân trong làng cho biết từ khi có kè, thuyền thúng được neo đậu an toàn hơn và việc mua bán hải sản trên bãi cũng thuận tiện hơn.",
                "Huyện sẽ trồng thêm hai hàng phi lao phía sau kè và lắp đèn chiếu sáng dọc tuyến đường ven biển. Các hạng mục này dự kiến xong trước mùa mưa bão năm nay.",
            ],
        ),
    },
    "fa": {
        "qanat": (
            "لایروبی قنات ششصد ساله دهکده سیاه‌کوه به پایان رسید",
            [
                "لایروبی قنات قدیمی دهکده سیاه‌کوه که نزدیک به ششصد سال قدمت دارد، پس از هشت ماه کار به پایان رسید و آب آن دوباره به باغ‌های روستا رسید.",
                "دهیار روستا، محمود نیک‌سرشت، گفت که هزینه این کار حدود چهار میلیارد تومان بوده و بخشی از آن را اهالی خودشان پرداخته‌اند.",
                "به گفته او، آبدهی قنات از دو لیتر در ثانیه به حدود یازده لیتر رسیده و کشاورزان امسال می‌توانند باغ‌های انار را کامل آبیاری کنند.",
                "استادکاران مقنی از یزد به روستا آمدند و دو جوان روستا نیز در کنار آنان کار را یاد گرفتند.",
                "اهالی امیدوارند با بازگشت آب، خانواده‌هایی که در سال‌های خشکسالی به شهر رفته بودند، به روستا برگردند.",
            ],
        ),
    },
    "hi": {
        "talab": (
            "रामगढ़ी गांव का सौ साल पुराना तालाब फिर से भरा, किसानों में खुशी",
            [
                "रामगढ़ी गांव में करीब सौ साल पुराने तालाब की खुदाई और मरम्मत का काम पूरा होने के बाद इस बार की बारिश में वह पूरी तरह भर गया है।",
                "ग्राम प्रधान सुखदेव यादव ने बताया कि तालाब की मरम्मत पर लगभग 38 लाख रुपये खर्च हुए, जिसमें से एक हिस्सा गांव वालों ने श्रमदान से पूरा किया।",
                "तालाब भरने से आसपास के करीब 60 कुओं का जलस्तर बढ़ गया है। किसानों का कहना है कि अब वे गेहूं के साथ सब्जियों की खेती भी कर सकेंगे।",
                "गांव की बुजुर्ग महिला कमला देवी ने कहा कि बचपन में उन्होंने इस तालाब को लबालब देखा था और अब पोते-पोतियों के साथ फिर से वही नजारा देख रही हैं।",
                "पंचायत ने तालाब के किनारे पेड़ लगाने और उसमें कचरा फेंकने पर जुर्माना लगाने का फैसला भी किया है।",
            ],
        ),
    },
    "uk": {
        "mist": (
            "У Зарічному відкрили відбудований міст через Случ",
            [
                "У селищі Зарічне в неділю відкрили для руху відбудований міст через річку Случ, який був зруйнований навесні два роки тому.",
                "За словами селищного голови Оксани Дячук, роботи коштували близько 96 мільйонів гривень, більшу частину коштів надав міжнародний фонд.",
                "Доки мосту не було, мешканцям лівого берега доводилося їхати в об'їзд понад 40 кілометрів, щоб дістатися лікарні та ринку.",
                "Новий міст розрахований на вантажівки масою до 40 тонн і має окремий тротуар для пішоходів та велосипедистів.",
                "Місцевий фермер Василь Гнатюк сказав, що тепер зможе возити молоко на переробне підприємство щодня, а не двічі на тиждень.",
                "Громада планує встановити на мосту освітлення та камери спостереження до кінця літа.",
            ],
        ),
    },
}

# ruff: noqa: E501, RUF001
"""Invented stories of the eighteenth blind set: (headline, paragraphs) by language and key.

Six English stories from six English-speaking regions (a rural Ohio hospital ending births, a
landslip on a Welsh coast railway, a storm-wrecked wharf in Nova Scotia, blue-green algae in a
Murray River town's water, a collapsed bridge in Kogi State, a heatwave and school hours in
Nagpur) and one in each of fourteen other languages (water rationing in a Boyacá city, a Hallig
ferry and a silting channel, the last doctor of an Aveyron village, water trucks in the Agreste of
Pernambuco, an ice crossing on Lake Onega, a Kochi rail line, bamboo shoots in Anji, the wheat
harvest in Sohag, drought in Ogliastra, a dry season in Ende, pearl mullet at Lake Van, hail in
Mandsaur, tangerine prices in Seogwipo, a Kashubian lake), written as local news, regional
portals and agency copy read. Names, places and figures are made up; none of this prose is in the
earlier sets (build18.py checks).
"""

from __future__ import annotations

STORIES18: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "maternity": (
            "Carrow Falls hospital to stop delivering babies, leaving expectant mothers an hour from care",
            [
                "Raccoon Valley Medical Center in Carrow Falls will stop delivering babies at the end of May, hospital officials said Tuesday, leaving expectant mothers in Ashmore County about an hour's drive from the nearest labor and delivery unit.",
                "The hospital delivered 212 babies last year, down from more than 400 a decade ago, and has struggled to keep enough obstetric nurses and anesthetists on call around the clock.",
                "Prenatal visits and postpartum checks will continue at the hospital's women's clinic, and the emergency department will still handle births that cannot wait, chief executive Dana Whitcomb said.",
                '"We did not make this decision lightly. We simply cannot staff a safe unit twenty-four hours a day with the people we have," Whitcomb said at a meeting with county commissioners.',
                "Local doulas and midwives said the change would hit women without reliable cars hardest, especially in the winter months when the ridge roads ice over.",
                "The county commissioners asked the hospital to help fund a transport program for women in late pregnancy, and the health department said it would look at a grant to pay for it.",
                "At least nine rural hospitals in the state have closed their maternity units since 2020, according to the state hospital association.",
            ],
        ),
        "landslip": (
            "Cambrian Coast line to stay shut until May after landslip above Llanfair Morfa",
            [
                "Trains on the Cambrian Coast line between Barmouth and Harlech will not run again until at least the middle of May after a landslip brought hundreds of tonnes of rock and soil down onto the track near Llanfair Morfa.",
                "Network Rail said engineers had found the slope above the line still moving after two weeks of heavy rain and would have to stabilise it with soil nails and netting before the track could be cleared.",
                "Replacement buses are running between the stations, but passengers say the journey takes almost twice as long and that the buses cannot take bicycles or large prams.",
                '"This line is how our children get to college and how half the village gets to work. Every week it is shut costs people money," said Gwen Roberts, who runs a guest house near the station.',
                "Transport for Wales said it was also looking at running extra trains on the northern part of the line once the Easter timetable begins.",
                "Local councillors have asked the Welsh Government to fund a long-term study of the cliffs along the route, which have slipped four times in the past decade.",
                "The line carried about 700,000 passenger journeys last year, many of them tourists heading for the beaches and castles of the coast.",
            ],
        ),
        "wharf": (
            "Port Ellery fishers scramble for berths after storm wrecks government wharf",
            [
                "Lobster fishers in Port Ellery, N.S., are looking for somewhere to tie up their boats before the spring season opens after a winter storm tore away a large section of the community's only wharf.",
                "The federal small craft harbours program said an engineer's report found the damage too severe for a quick repair and that a new wharf could take two years to design and build.",
                "About 40 boats fish out of the harbour, and the local harbour authority says at least 25 of them will have nowhere to land their catch when the season opens in late April.",
                '"We have been landing lobster here for a hundred years. Nobody is going to drive an hour each way to another wharf and still make a living," said harbour authority chair Wade Comeau.',
                "Some fishers have been offered temporary space at two neighbouring harbours, but those wharves are already crowded in the spring.",
                "The local member of Parliament said she had asked the fisheries minister to find money for a temporary floating dock before the season starts.",
                "The storm also damaged several fish plants and roads along the South Shore, where crews are still repairing washed-out culverts.",
            ],
        ),
        "algae": (
            "Morgan Bend residents told not to drink tap water as blue-green algae spreads along the Murray",
            [
                "Residents of Morgan Bend have been told not to drink their tap water, even if it is boiled, after high levels of blue-green algae were found at the river pump that supplies the town.",
                "SA Water said the bloom had spread along a 60-kilometre stretch of the Murray after weeks of hot, still weather and low flows from upstream.",
                "Bottled water is being handed out at the town hall every morning, and tankers are filling tanks at the hospital, the aged care home and the primary school.",
                "\"You can smell it from the bank. My grandkids can't swim, the dogs can't go in, and now we can't even make a cup of tea,\" said Noreen Hartigan, who has lived in the town for fifty years.",
                "Health authorities warned that toxins from the algae can cause skin rashes, stomach upsets and liver damage, and that boiling the water does not remove them.",
                "Irrigators have also been told not to use river water on crops eaten raw, such as lettuce and table grapes, until the bloom clears.",
                "Authorities expect the warning to stay in place for at least two weeks, depending on the weather.",
            ],
        ),
        "bridge": (
            "Traders stranded as bridge on Ojuwo-Ayetoro road collapses in Kogi",
            [
                "Hundreds of traders and farmers were stranded on Wednesday after a section of the bridge linking Ojuwo and Ayetoro in Kogi State collapsed into the river following days of heavy rain.",
                "No lives were lost, but a loaded truck carrying yams was trapped on the broken section for several hours before it was pulled back by a tractor.",
                "The bridge is the only road link between more than 20 farming communities and the weekly market at Ojuwo, where yam, cassava and palm oil are sold to buyers from Abuja and Lokoja.",
                '"Since morning we have been standing here with our goods. If we cannot cross by Friday, everything we harvested this week will spoil," said Mrs Funmilayo Adejoh, a yam seller.',
                "Residents said they had warned local officials for two years that the pillars were cracking, and that heavy trucks had continued to use the bridge despite a weight limit.",
                "The state's commissioner for works said engineers had been sent to the site and that a temporary crossing would be built while a new bridge is designed.",
                "Some traders have started using canoes to move goods across the river, charging passengers 500 naira for each trip.",
            ],
        ),
        "heat": (
            "Nagpur schools to run morning shifts as mercury crosses 44 degrees",
            [
                "All schools in Nagpur district will hold classes only from 7 am to 11.30 am from Monday after the temperature in the city crossed 44 degrees Celsius for the third day in a row.",
                "The order by the district collector applies to government, aided and private schools, and bars outdoor assemblies and sports periods until the end of the academic year.",
                "The regional meteorological centre has forecast a heatwave over Vidarbha for the rest of the week, with night temperatures staying above 28 degrees.",
                '"Children were coming home at two in the afternoon with headaches and nosebleeds. The morning shift should have started a week ago," said Sunita Wankhede, whose son is in Class 6.',
                "Hospitals in the city have set up cool rooms for heatstroke patients, and the municipal corporation has opened drinking water points at bus stops and markets.",
                "Doctors have advised people to avoid going out between noon and 4 pm, to drink water regularly and to wear light cotton clothing.",
                "Farm labourers in the district have also started working in the early morning and stopping before noon.",
            ],
        ),
    },
    "es": {
        "racionamiento": (
            "Sogamoso amplía el racionamiento de agua por la sequía: cortes de 14 horas en doce barrios",
            [
                "La empresa de acueducto de Sogamoso anunció que a partir del lunes los cortes de agua en doce barrios del norte de la ciudad pasarán de ocho a catorce horas diarias, por el bajo nivel de la quebrada que abastece la planta de tratamiento.",
                "Según la empresa, el caudal de la fuente ha caído a menos de la mitad de lo habitual tras casi tres meses sin lluvias significativas en el valle.",
                "Los carrotanques de la alcaldía recorrerán los sectores afectados tres veces por semana y darán prioridad a los colegios, el hospital regional y los hogares de adultos mayores.",
                "\u201cLlenamos baldes en la madrugada y con eso tenemos que cocinar, lavar y bañar a los niños. Así no se puede vivir mucho tiempo\u201d, dijo María Eugenia Cárdenas, habitante del barrio El Oriente.",
                "La administración municipal pidió a los comerciantes no lavar andenes ni vehículos con agua potable y advirtió que habrá multas para quienes llenen piscinas.",
                "El Ideam prevé que las lluvias regresen de manera gradual a finales de abril, pero los técnicos advierten que la recuperación de la quebrada podría tardar varias semanas más.",
            ],
        ),
    },
    "de": {
        "hallig": (
            "Fähre zur Hallig Wittfeld fällt wochenlang aus – Fahrrinne versandet",
            [
                "Die Fähre zur Hallig Wittfeld kann bis auf Weiteres nur noch bei Springtide fahren, weil die Fahrrinne vor dem Anleger stark versandet ist.",
                "Nach Angaben der Reederei liegt die Wassertiefe an mehreren Stellen bei Niedrigwasser nur noch bei gut einem Meter, zu wenig für das Schiff mit seinem Tiefgang.",
                "Die rund 60 Bewohnerinnen und Bewohner sollen vorerst mit einem kleineren Versorgungsboot und bei Bedarf mit dem Hubschrauber erreicht werden, teilte das Amt mit.",
                "\u201eWir sind hier einiges gewohnt, aber wenn der Schulweg von der Tide und vom Wetter abhängt, wird es schwierig\u201c, sagte Hallig-Bürgermeisterin Kerstin Paulsen.",
                "Der Landesbetrieb für Küstenschutz will ab April einen Baggerschiff-Einsatz prüfen, muss dafür aber erst die Genehmigung der Nationalparkverwaltung einholen.",
                "Für die Vermieter von Ferienwohnungen kommt der Ausfall zur Unzeit: Ostern gehört zu den wichtigsten Wochen der Saison, viele Gäste haben bereits storniert.",
                "Der Kreistag will in seiner nächsten Sitzung über einen Zuschuss für die zusätzlichen Fahrten des Versorgungsbootes beraten.",
            ],
        ),
    },
    "fr": {
        "medecin": (
            "Sainte-Radegonde-du-Causse perd son dernier médecin, la mairie cherche un remplaçant",
            [
                "Après trente-deux ans d'exercice, le docteur Alain Vabre, dernier médecin généraliste de Sainte-Radegonde-du-Causse, prendra sa retraite à la fin du mois de juin, sans successeur à ce jour.",
                "Près de 1 800 patients, dont beaucoup de personnes âgées, vont devoir trouver un autre médecin traitant, alors que les cabinets des communes voisines ne prennent plus de nouveaux patients.",
                "La mairie propose depuis l'automne un cabinet rénové et un logement gratuit pendant deux ans, mais l'annonce n'a reçu que deux réponses, restées sans suite.",
                "\u00ab J'ai repoussé mon départ deux fois. Aujourd'hui, je ne peux plus, mais je pars avec le sentiment d'abandonner mes patients \u00bb, confie le médecin.",
                "La communauté de communes étudie l'ouverture d'un centre de santé avec des médecins salariés, sur le modèle de celui créé il y a trois ans dans le bassin voisin.",
                "En attendant, une infirmière en pratique avancée assurera deux demi-journées de consultations par semaine à partir de septembre.",
                "Les élus rappellent que la pharmacie du bourg, qui dépend en grande partie des ordonnances du cabinet, pourrait elle aussi être menacée.",
            ],
        ),
    },
    "pt": {
        "carropipa": (
            "Seca deixa 14 comunidades rurais de São Benedito do Agreste dependentes de carro-pipa",
            [
                "Quatorze comunidades rurais de São Benedito do Agreste, no interior de Pernambuco, dependem desde janeiro do abastecimento por carros-pipa, depois que os açudes e as cisternas secaram.",
                "Segundo a Defesa Civil do município, cerca de 3.200 famílias recebem água a cada dez dias, mas a quantidade nem sempre chega para cozinhar, beber e dar aos animais.",
                "A prefeitura decretou situação de emergência em fevereiro e aguarda o reconhecimento do governo federal para ampliar a frota de caminhões.",
                "\u201cA gente guarda a água num tambor e vai contando os dias. Quando o carro atrasa, tem que comprar de quem tem poço, e é caro\u201d, conta a agricultora Josefa Alves, do sítio Lagoa Rasa.",
                "Produtores de leite da região dizem que já venderam parte do rebanho porque não há pasto nem água suficiente para os animais.",
                "A Apac prevê chuvas abaixo da média no Agreste até o fim de abril.",
                "O Sindicato dos Trabalhadores Rurais pede que o estado perfure novos poços e recupere as adutoras que estão paradas há anos.",
                "Enquanto isso, a Secretaria de Agricultura distribui ração e palma forrageira para ajudar os criadores a manter o gado.",
            ],
        ),
    },
    "ru": {
        "ledovaya": (
            "Ледовую переправу на остров Кузаранда закрыли раньше срока",
            [
                "Ледовую переправу через Онежское озеро на остров Кузаранда закрыли на две недели раньше обычного из-за оттепели и трещин во льду, сообщили в администрации района.",
                "Толщина льда на отдельных участках трассы опустилась ниже допустимых 30 сантиметров, а у берега появились промоины.",
                "На острове живут около 120 человек, и до открытия навигации продукты, лекарства и почту будут доставлять на судне на воздушной подушке два раза в неделю.",
                "\u00abМы каждый год ждём этот лёд, по нему и дрова, и продукты возим. В этом году толком и не поездили\u00bb, \u2014 рассказала жительница острова Валентина Ершова.",
                "В районной больнице заверили, что в случае необходимости экстренных пациентов будут вывозить санитарным вертолётом.",
                "Спасатели напоминают, что выход на лёд в районе закрытой переправы запрещён, а за нарушение грозит штраф.",
            ],
        ),
    },
    "ja": {
        "tetsudo": (
            "土佐川線、一部区間をバスに転換へ　沿線町長「苦渋の決断」",
            [
                "ＪＲ土佐川線の利用者減少を受け、沿線３町と県でつくる協議会は１２日、利用が特に少ない区間の鉄道を廃止し、バスに転換する方針を決めた。",
                "対象となるのは山間部の約２８キロで、１日の平均利用者は一昨年度、１キロあたり４０人を下回っていた。",
                "バスは鉄道の倍近い１日１６往復を運行し、高校や病院の前にも停留所を設ける。運行開始は早くても２０２８年度になる見通し。",
                "沿線の町長は会合後、「鉄道を残したい思いは今も変わらないが、住民の足を確保するための苦渋の決断だ」と述べた。",
                "一方、沿線の住民団体は「観光列車を走らせるなど、まだ打つ手はある」として、方針の再考を求める署名を集めている。",
                "協議会は来月から住民説明会を開き、停留所の位置や運賃について意見を聞く。",
                "ＪＲ側は、転換後の１０年間にわたりバスの運行費の一部を負担する考えを示している。",
                "沿線の高校に通う生徒の保護者からは、通学時間が長くなることを心配する声も上がっている。",
            ],
        ),
    },
    "zh": {
        "zhusun": (
            "安吉春笋上市价格走低　笋农拓展线上销路",
            [
                "随着气温回升，安吉县山区的春笋进入集中上市期，但今年收购价格比去年同期下降约三成，不少笋农面临增产不增收的局面。",
                "据当地农业部门统计，全县今年春笋产量预计比去年增加一成以上，部分收购点每公斤价格已跌至四元左右。",
                "为缓解销售压力，县里组织电商企业和村集体合作，通过直播和冷链物流把鲜笋直接销往上海、杭州等城市。",
                "\u201c以前都是等老板上门收，现在我们自己拍视频、接订单，一天能多卖两三百斤。\u201d报福镇笋农陈建华说。",
                "部分加工企业也扩大了笋干和即食笋的生产线，收购量比去年增加近一半。",
                "农业专家提醒，笋农要合理控制采挖量，注意保护竹林，避免影响来年产量。",
                "县农业农村局表示，将继续联系外地商超和食品企业，并为合作社提供冷库和运输补贴。",
                "据了解，春笋集中上市期将持续到四月中旬。",
                "多个村还组织村民把卖不完的春笋统一交给合作社加工，尽量减少损失。",
            ],
        ),
    },
    "ar": {
        "qamh": (
            "بدء موسم توريد القمح في سوهاج وسط مطالب المزارعين برفع سعر الأردب",
            [
                "بدأت شون وصوامع محافظة سوهاج صباح الأربعاء استقبال محصول القمح من المزارعين، مع انطلاق موسم الحصاد في مراكز جنوب المحافظة.",
                "وأعلنت مديرية الزراعة أن المساحة المزروعة بالقمح هذا العام بلغت نحو 210 آلاف فدان، بزيادة طفيفة عن الموسم الماضي.",
                "وخصصت المحافظة 34 موقعا للتوريد، مع تشكيل لجان لمراجعة درجات النظافة والرطوبة وصرف المستحقات خلال 48 ساعة.",
                "وقال الحاج عبد الرحيم فرغلي، وهو مزارع من قرية العرابة، إن تكاليف الأسمدة والعمالة ارتفعت كثيرا، وإن المزارعين يأملون في زيادة سعر الأردب.",
                "وشددت المحافظة على منع نقل القمح خارج حدودها دون تصريح، وعلى متابعة المطاحن للتأكد من الالتزام بالكميات المقررة.",
                "ويستمر موسم التوريد حتى منتصف يونيو المقبل.",
            ],
        ),
    },
    "it": {
        "siccita": (
            "Siccità in Ogliastra, il consorzio taglia l'acqua per l'irrigazione",
            [
                "Il consorzio di bonifica dell'Ogliastra ha deciso di ridurre di un terzo l'acqua destinata all'irrigazione per la prossima stagione, dopo un inverno con piogge ben sotto la media.",
                "L'invaso principale del territorio è oggi al 38 per cento della capacità, contro il 70 per cento dello stesso periodo dell'anno scorso.",
                "I turni irrigui saranno organizzati per zone e la priorità andrà agli orti, ai vigneti e ai frutteti già in produzione.",
                "\u00abCon questa acqua non possiamo seminare il mais da foraggio. Molti di noi dovranno comprare il fieno fuori dall'isola\u00bb, spiega Gianfranco Loi, allevatore di Tortolì.",
                "Le organizzazioni agricole chiedono alla Regione di dichiarare lo stato di calamità e di anticipare i fondi per i pozzi aziendali.",
                "Il consorzio ha avviato anche un piano per riparare le perdite della rete, che secondo i tecnici disperde quasi un quarto dell'acqua.",
                "Una nuova riunione con i sindaci del territorio è prevista entro la fine del mese per decidere il calendario dei turni.",
                "Per i prossimi mesi la Protezione civile non esclude limitazioni anche all'uso domestico nei comuni dell'interno.",
            ],
        ),
    },
    "id": {
        "kemarau": (
            "Warga Tiga Desa di Ende Antre Air Bersih, Mata Air Mulai Mengering",
            [
                "Warga di tiga desa di Kecamatan Nangapanda, Kabupaten Ende, harus antre berjam-jam untuk mendapatkan air bersih sejak mata air utama di kawasan itu mulai mengering pada awal bulan ini.",
                "Badan Penanggulangan Bencana Daerah setempat mencatat sekitar 1.400 kepala keluarga terdampak kekeringan dan kini bergantung pada distribusi air dengan mobil tangki.",
                "Mobil tangki datang dua kali seminggu, tetapi setiap keluarga hanya mendapat jatah sekitar 200 liter.",
                '"Kami harus jalan kaki hampir dua kilometer ke kali untuk mencuci. Air dari tangki hanya cukup untuk minum dan masak," kata Maria Goreti, warga Desa Ndeturea.',
                "Pemerintah kabupaten berencana membangun dua sumur bor baru dan memperbaiki pipa dari mata air cadangan di perbukitan.",
                "Badan meteorologi memperkirakan musim kemarau di wilayah itu akan berlangsung hingga akhir Oktober.",
                "Kepala desa setempat meminta warga menghemat air dan tidak menggunakan air tangki untuk menyiram kebun.",
                "Sejumlah gereja dan sekolah juga membuka bak penampungan air mereka untuk warga sekitar.",
                "Warga berharap bantuan air bisa ditambah menjadi tiga kali seminggu selama puncak kemarau.",
            ],
        ),
    },
    "tr": {
        "inci": (
            "İnci kefalinin göçü başladı, avlanma yasağı 15 Haziran'a kadar sürecek",
            [
                "Van Gölü'nde yaşayan inci kefali, üreme için göle dökülen derelere doğru göç etmeye başladı.",
                "Tarım ve Orman Bakanlığının kararıyla balığın avlanması 15 Haziran'a kadar yasak; dere ağızlarında ve göl kıyısında ekipler gece gündüz denetim yapıyor.",
                "Yetkililer, yasak döneminde ağ veya başka bir yöntemle balık avlayanlara ağır para cezası kesileceğini, araç ve malzemelere de el konulacağını hatırlattı.",
                'Erciş\'te balıkçılık yapan Mehmet Aslan, "Bu balık bizim ekmeğimiz. Yasağa uyarsak birkaç yıl sonra daha çok balık olacak" dedi.',
                "Göçü izlemek için dere kenarlarına gelen ziyaretçiler için seyir noktaları hazırlandı ve bilgilendirme tabelaları kondu.",
                "Uzmanlar, son yıllarda alınan önlemler sayesinde inci kefali stoklarında belirgin bir artış olduğunu söylüyor.",
                "Göç dönemi boyunca dere yataklarında çalışan iş makinelerinin de faaliyetine ara verildi.",
                "Yasak sona erdiğinde balıkçıların yeniden ruhsatlı ağlarla göle açılması bekleniyor.",
                "Valilik, yasağa uymayanların ihbar hattı üzerinden bildirilmesini istedi.",
            ],
        ),
    },
    "hi": {
        "ola": (
            "मंदसौर में ओलावृष्टि से गेहूं और लहसुन की फसल को भारी नुकसान, सर्वे के निर्देश",
            [
                "मंदसौर जिले के कई गांवों में मंगलवार शाम तेज आंधी के साथ हुई ओलावृष्टि से गेहूं, चना और लहसुन की खड़ी फसल को भारी नुकसान पहुंचा है।",
                "प्रारंभिक आकलन के अनुसार जिले की तीन तहसीलों के करीब 45 गांव प्रभावित हुए हैं, जहां कई खेतों में फसल पूरी तरह बिछ गई है।",
                "कलेक्टर ने राजस्व और कृषि विभाग के अमले को तीन दिन के भीतर नुकसान का सर्वे पूरा कर रिपोर्ट भेजने के निर्देश दिए हैं।",
                "गांव के किसान रामेश्वर पाटीदार ने कहा कि कटाई में दस दिन बचे थे और अब लागत निकालना भी मुश्किल हो गया है।",
                "किसान संगठनों ने मांग की है कि फसल बीमा का भुगतान जल्द किया जाए और कर्ज की वसूली फिलहाल रोकी जाए।",
                "मौसम विभाग ने अगले दो दिन तक जिले में गरज-चमक के साथ बारिश की संभावना जताई है।",
            ],
        ),
    },
    "ko": {
        "gamgyul": (
            "서귀포 만감류 가격 하락에 농가 '한숨'…선과장 출하 조절 나서",
            [
                "서귀포 지역에서 재배되는 한라봉과 천혜향 등 만감류 가격이 지난해보다 크게 떨어지면서 농가들이 어려움을 겪고 있다.",
                "지역 농협에 따르면 이달 들어 한라봉 3㎏ 한 상자의 도매가격은 평균 1만4천원 선으로, 지난해 같은 기간보다 20% 이상 낮다.",
                "따뜻한 겨울 날씨로 출하 시기가 한꺼번에 몰린 데다 소비 부진까지 겹친 것이 원인으로 꼽힌다.",
                '남원읍에서 20년째 감귤 농사를 짓는 한 농민은 "비료값과 인건비는 계속 오르는데 가격은 떨어져 올해는 적자를 면하기 어렵다"고 말했다.',
                "농협 선과장들은 품질이 낮은 상품의 출하를 자제하고 하루 출하량을 조절하기로 했다.",
                "도는 다음 달까지 수도권 대형마트와 함께 판촉 행사를 열어 소비를 늘릴 계획이다.",
                "또 저장성이 좋은 품종은 저온 창고에 보관했다가 가격이 회복되면 출하하도록 농가에 보관비 일부를 지원하기로 했다.",
                '농협 관계자는 "이번 주말 이후 출하량이 줄면 가격도 다소 오를 것으로 본다"고 설명했다.',
            ],
        ),
    },
    "pl": {
        "jezioro": (
            "Sinice w jeziorze pod Kartuzami. Sanepid odradza kąpiel i wędkowanie z pomostów",
            [
                "Na jeziorze Wielkie Brodno pod Kartuzami pojawił się zakwit sinic, a sanepid zalecił mieszkańcom i turystom, by na razie nie wchodzili do wody.",
                "Próbki pobrane w trzech miejscach wykazały wysokie stężenie toksyn, zwłaszcza przy zachodnim brzegu, gdzie woda jest płytka i ciepła.",
                "Gmina ustawiła tablice ostrzegawcze przy plaży i pomostach oraz odwołała zaplanowane na weekend zawody pływackie dla dzieci.",
                "\u2013 Przyjeżdżamy tu od lat i pierwszy raz widzę, żeby woda była tak zielona już na początku sezonu \u2013 mówi pani Barbara, która wynajmuje domki letniskowe.",
                "Naukowcy z Gdańska tłumaczą, że zakwitom sprzyja upał i spływ nawozów z okolicznych pól.",
                "Sanepid zapowiada kolejne badania wody w przyszłym tygodniu.",
                "Wyniki mają zostać opublikowane na stronie internetowej urzędu gminy oraz na tablicach przy kąpielisku.",
                "Gmina prosi też rolników z okolicznych wsi, by ograniczyli nawożenie pól położonych najbliżej brzegu.",
                "Jeśli zakwit nie ustąpi, sezon na kąpielisku może zacząć się dopiero w połowie lipca.",
            ],
        ),
    },
}

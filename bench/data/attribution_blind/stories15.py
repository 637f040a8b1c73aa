# ruff: noqa: E501, RUF001
"""Invented stories of the fifteenth blind set: (headline, paragraphs) by language and key.

Five English stories (a school district in rural Missouri, bus routes in south Lincolnshire,
turtle nesting on the Odisha coast, a hailstorm in Kenya's tea country, an emergency room in a
Saskatchewan town) and one in each of thirteen other languages (sargassum on Mexico's
Caribbean coast, a village inn in Baden-Württemberg, a school class in the Doubs, a dam drill
in Minas Gerais, an ice crossing in Altai Krai, spring tea in Yunnan, a demand-responsive bus
in a Shimane town, a water plant in Minya, a doctor for a Piedmont mountain village, tidal
flooding in Central Java, a dam running dry in the Aegean hinterland, forest fires in
Uttarakhand, a 100-won bus in a Korean county), written as local and regional news and agency
copy read (figures attributed, officials and residents quoted by name). Names, places and
figures are made up; none of this prose is in the earlier sets (build15.py checks).
"""

from __future__ import annotations

STORIES15: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "fourday": (
            "Bramwell R-II school board votes to move to a four-day week next fall",
            [
                "The Bramwell R-II School District will hold classes four days a week starting in August after its board voted 5-2 on Tuesday night, joining more than a third of Missouri districts that have dropped Mondays or Fridays.",
                "Superintendent Karen Holloway said the change would save about $210,000 a year in bus fuel, substitute pay and utilities, but that the main aim was to stop losing teachers to larger districts across the state line in Kansas.",
                "The district lost 11 of its 64 teachers last year, and its starting salary of $38,400 is among the lowest in the region, according to figures presented at the meeting.",
                '"I\'ve got two kids in this district and I work Mondays. Somebody tell me where they go," said parent Tasha Greer, one of about 40 people who spoke during a public comment period that ran past 10 p.m.',
                "The district plans to run a supervised program at the elementary school on Mondays for $20 a day, with reduced rates for families who qualify for free lunch.",
                "Board members said they would review test scores and attendance after two years before deciding whether to keep the schedule.",
            ],
        ),
        "buses": (
            "Fourteen rural bus routes in south Lincolnshire face axe as county cuts subsidy",
            [
                "Fourteen bus routes serving villages between Sleaford and Bourne could be withdrawn in June after Lincolnshire County Council proposed ending £1.3m a year in subsidies, leaving some communities with no public transport at all.",
                "The council's executive will make a decision on 2 April, after a six-week consultation that drew more than 3,100 responses, the most for any transport proposal in a decade.",
                "Among the routes at risk is the 27 between Aswarby Fen and Sleaford, a twice-daily service used mostly by pensioners and sixth-form students, which the operator says carries about 90 passengers a week.",
                "\"If the 27 goes, I go into a care home. That's not a joke, that's the choice,\" said Margaret Tolley, 81, who does not drive and takes the bus to hospital appointments.",
                "The council said minibuses booked by phone or app could replace some of the fixed routes, but campaigners said a similar pilot in the north of the county had struggled to find drivers.",
                "Operators have blamed rising wage and fuel costs, and passenger numbers that have not recovered to pre-pandemic levels on several rural routes.",
            ],
        ),
        "turtles": (
            "Over 5 lakh olive ridleys nest at Kalaghai rookery in Ganjam, fishing ban extended",
            [
                "More than 5.2 lakh olive ridley turtles came ashore to lay eggs at the Kalaghai rookery in Ganjam district over six nights, forest officials said on Thursday, the largest mass nesting recorded at the site since 2023.",
                "Divisional forest officer Sasmita Rath said the arribada began on March 5 and peaked on the third night, when about 1.4 lakh turtles nested along a 4.5-km stretch between Kalaghai and Bhakarpalli.",
                "The state government has extended the ban on fishing within 20 km of the coast until May 31 to protect turtles gathering offshore, a decision fishing unions have asked it to review.",
                '"Every night we chase away dogs and jackals with torches. The eggs are our village\'s pride now," said Bijay Behera, a volunteer with a local turtle protection committee.',
                "Forest staff have fenced the nesting beach and posted guards to keep out vehicles and people, and the hatchlings are expected to emerge in about 45 days.",
                "Fishermen in the coastal villages receive compensation of ₹15,000 per family for the ban period, which several of them said was paid late last year.",
            ],
        ),
        "hail": (
            "Hailstorm flattens tea bushes across 600 acres in Kapsiwon, farmers count losses",
            [
                "Tea farmers in Kapsiwon, Nandi County, are counting losses after a hailstorm on Monday afternoon stripped leaves from bushes on more than 600 acres, cutting deliveries to the local factory by nearly half.",
                "The storm lasted about 40 minutes and left hailstones piled to ankle height on some farms, according to residents of Kapsiwon and the neighbouring village of Chemomi.",
                "Kapsiwon Tea Factory chairman Wilson Kiprotich said the factory received 38,000 kilogrammes of green leaf on Tuesday, down from about 70,000 kilogrammes on a normal day at this time of year.",
                '"We had just applied fertiliser with a loan from the sacco. Now the bushes need three months to recover and the loan is still there," said Esther Jeptoo, who farms two acres.',
                "The county agriculture officer said extension staff would assess the damage this week and advise farmers on pruning, but that the county had no fund to compensate them.",
                "Farmers called on the Tea Board of Kenya to push for crop insurance that covers hail, which most smallholders in the area do not have.",
            ],
        ),
        "erclosure": (
            "Wolseley Creek emergency department to close overnight for 30 days over nurse shortage",
            [
                "The emergency department at Wolseley Creek Union Hospital will close overnight for 30 days starting Friday because there are not enough nurses to staff it, the Saskatchewan Health Authority said Wednesday.",
                "The department will be closed between 5 in the evening and 8 in the morning, and patients needing care during those hours are told to call 911 or go to the hospital in Ravensdale, about 55 kilometres away on a highway that residents say is often icy until April.",
                "The health authority said it had tried to fill three vacant registered nurse positions for more than a year and that agency nurses were not available for the period.",
                "\"My husband had his heart attack at two in the morning. If this had happened then, I don't know that he'd be here,\" said Doreen Kowalchuk, who has lived in the town for 46 years.",
                "It is the fourth temporary disruption at the hospital in the past 12 months, according to a list the health authority posts online.",
                "Mayor Trent Haldorson said council would meet health authority officials next week to ask for a plan to keep the emergency department open around the clock.",
            ],
        ),
    },
    "es": {
        "sargazo": (
            "Recale masivo de sargazo obliga a cerrar tres playas de Punta Arenosa",
            [
                "Las autoridades municipales de Punta Arenosa, en el sur de Quintana Roo, cerraron este martes tres playas públicas por la llegada masiva de sargazo, que en algunos tramos forma una capa de más de un metro de altura.",
                "La Secretaría de Marina estimó que en la última semana arribaron cerca de 2.800 toneladas de la macroalga a la costa del municipio, la cifra más alta para un mes de marzo desde que se lleva registro.",
                "Cuadrillas de 180 trabajadores retiran el sargazo con palas y maquinaria ligera desde las seis de la mañana, pero la descomposición del alga despide un fuerte olor a huevo podrido que ha alejado a los turistas.",
                "«Tenemos la mitad de las mesas vacías y apenas empieza la temporada», dijo Rosaura Canché, dueña de un restaurante de mariscos frente al malecón.",
                "El ayuntamiento pidió al gobierno estatal instalar barreras antisargazo frente a la bahía, como las que ya operan en otros puntos del litoral.",
                "Investigadores del centro local de estudios marinos advirtieron que el fenómeno podría intensificarse en mayo y junio por el calentamiento del mar.",
            ],
        ),
    },
    "de": {
        "dorfwirt": (
            "Genossenschaft rettet den „Adler“: Kleinaltinger übernehmen ihr Dorfgasthaus",
            [
                "Der „Adler“ in Kleinaltingen bleibt offen: 214 Bürgerinnen und Bürger haben eine Genossenschaft gegründet und das Gasthaus im Ortskern für 640.000 Euro von der Brauerei gekauft, die es Ende Januar schließen wollte.",
                "Die Mitglieder zeichneten Anteile zu je 500 Euro, dazu kommen ein Kredit der örtlichen Volksbank und ein Zuschuss aus dem Landesprogramm für die Entwicklung des ländlichen Raums.",
                "Geführt wird der „Adler“ künftig von einem angestellten Pächterpaar aus dem Nachbarort, das ab Mai wieder an fünf Tagen in der Woche warme Küche anbieten will.",
                "„Wenn die Wirtschaft zumacht, hat das Dorf kein Wohnzimmer mehr“, sagte Genossenschaftsvorstand Jürgen Maier bei der Gründungsversammlung in der Turnhalle.",
                "Der Saal im Obergeschoss soll wieder für Vereinsfeste, Hochzeiten und Sitzungen des Ortschaftsrats vermietet werden, was seit der Pandemie kaum noch vorkam.",
                "Nach Angaben des Hotel- und Gaststättenverbands hat in Baden-Württemberg in den vergangenen zehn Jahren mehr als ein Drittel der Dorfgasthäuser aufgegeben.",
            ],
        ),
    },
    "fr": {
        "classe": (
            "Fermeture de classe à Montferrand-le-Haut : les parents occupent l'école",
            [
                "Une trentaine de parents d'élèves ont occupé lundi soir l'école primaire de Montferrand-le-Haut, dans le Doubs, pour protester contre la fermeture d'une des quatre classes annoncée pour la rentrée de septembre.",
                "L'inspection académique justifie la mesure par la baisse des effectifs : l'école compterait 71 élèves à la rentrée, contre 84 cette année, selon les prévisions transmises à la mairie.",
                "Les parents contestent ces chiffres et affirment que onze enfants de familles récemment installées dans le nouveau lotissement des Vergers n'ont pas été comptés.",
                "« Avec la fermeture, on aurait des classes de trois niveaux avec vingt-quatre enfants, ce n'est pas possible pour les petits », estime Aurélie Jeunet, présidente de l'association des parents d'élèves.",
                "Le maire, Gérard Vuillemin, a écrit au directeur académique pour demander un nouveau comptage en juin, avant la décision définitive.",
                "Les parents prévoient de reconduire l'occupation chaque lundi soir jusqu'à la réunion du conseil départemental de l'Éducation nationale, prévue début avril.",
            ],
        ),
    },
    "pt": {
        "barragem": (
            "Moradores de São Joaquim das Pedras participam de simulado de rompimento de barragem",
            [
                "Cerca de 1.300 moradores de São Joaquim das Pedras, na região central de Minas Gerais, participaram na manhã deste sábado de um simulado de evacuação em caso de rompimento da barragem de rejeitos da mineradora que opera na cidade.",
                "As sirenes foram acionadas às 9h e, segundo a Defesa Civil municipal, os moradores levaram em média 14 minutos para chegar aos quatro pontos de encontro instalados em áreas altas do bairro Vila Operária.",
                "A barragem está em nível 2 de emergência desde o ano passado, quando uma inspeção apontou problemas de drenagem, e a empresa é obrigada por lei a realizar o exercício com a comunidade.",
                "“A gente faz o simulado, mas a cabeça fica pensando se um dia vai ser de verdade”, disse a aposentada Maria das Graças Ferreira, de 68 anos, que mora a 900 metros da estrutura.",
                "A mineradora informou que as obras de descaracterização da barragem devem ser concluídas em 2028 e que a estrutura é monitorada 24 horas por dia.",
                "A Defesa Civil pretende repetir o exercício em agosto, desta vez à noite, a pedido da associação de moradores.",
            ],
        ),
    },
    "ru": {
        "pereprava": (
            "В Верхнеобском районе досрочно закрыли ледовую переправу у села Луговое",
            [
                "Ледовую переправу через Обь у села Луговое в Верхнеобском районе закрыли в понедельник, на две недели раньше обычного, из-за оттепели и истончения льда.",
                "По данным районной администрации, толщина льда у берегов уменьшилась до 28 сантиметров, тогда как для легковых автомобилей допускается не меньше 35 сантиметров.",
                "Жителям пяти сёл на правом берегу теперь приходится добираться до райцентра в объезд через мост в соседнем районе, а это около 140 километров вместо 12.",
                "«Хлеб и лекарства берём сразу на две недели, в больницу едем, только если совсем прижмёт», — рассказала жительница Лугового Галина Шевчук.",
                "Администрация пообещала пустить по вторникам и пятницам бесплатный автобус до райцентра, пока не откроется паромная переправа.",
                "Паром начнёт работать после ледохода, обычно это происходит в конце апреля, уточнили в районном отделе по делам гражданской обороны и чрезвычайным ситуациям.",
            ],
        ),
    },
    "zh": {
        "chuncha": (
            "西岭县春茶开采 首批明前茶每公斤卖到一千二百元",
            [
                "3月10日，西岭县2026年春茶正式开采，全县约12万亩茶园陆续进入采摘期，首批明前茶鲜叶收购价达到每公斤60元，比去年同期高出约一成。",
                "县茶叶产业发展中心负责人介绍，今年冬季气温偏高、降水适中，茶树发芽比去年提前了一周左右，预计全县春茶产量将增长一成以上。",
                "在勐岗村的茶叶初制所里，制茶师傅们连夜杀青、揉捻、晒青，加工好的毛茶当天就被外地客商订走，一级品每公斤售价一千二百元。",
                "“今年天气好，芽头壮，价钱也比去年高一些。”茶农岩香说，她家8亩茶园一天能采鲜叶40多公斤，全家人天不亮就上山。",
                "为保障采摘用工，县里组织了三千多名周边村民到茶区务工，并开通了茶区至县城的临时班车，每天往返四趟。",
                "县市场监管局同时启动春茶质量抽检，对农药残留不合格的茶叶一律不准上市，并公布了举报电话。",
                "县里还在勐岗村举办了第一届春茶品鉴会，来自省内外的四十多家茶企现场签约，意向采购金额超过八千万元。",
            ],
        ),
    },
    "ja": {
        "demand": (
            "雲川町、町営バスを予約制の乗り合いタクシーに切り替え　4月から",
            [
                "島根県雲川町は11日、赤字が続く町営バスの定期路線を3月末で廃止し、4月から予約制の乗り合いタクシーに切り替えると発表した。",
                "町によると、町営バスの年間利用者はこの10年で半分以下の約1万4千人に減り、昨年度の運行経費は約4800万円に上った。",
                "新しい乗り合いタクシーは前日までに電話やスマートフォンで予約すれば自宅前まで迎えに来る仕組みで、運賃は町内一律300円とする。",
                "週に2回病院に通うという80代の女性は「家の前から乗れるのは助かるけど、電話の予約がうまくできるか心配」と話した。",
                "町は予約の受け付けを役場の福祉課でも行い、操作に不慣れな高齢者向けに各地区の集会所で説明会を開く予定だ。",
                "運行は町内のタクシー会社2社に委託し、ワゴン車4台を用意する。通学に使う中高生向けには、朝夕の便を定時で運行する。",
                "町長は記者会見で「空気を運ぶバスから、人を運ぶ仕組みに変えたい」と述べ、半年ごとに利用状況を検証して改善する考えを示した。",
            ],
        ),
    },
    "ar": {
        "mahatta": (
            "تشغيل محطة مياه شرب جديدة في مركز أبو النور بالمنيا تخدم 60 ألف نسمة",
            [
                "بدأ اليوم الأربعاء التشغيل التجريبي لمحطة مياه الشرب الجديدة بقرية دير الريح التابعة لمركز أبو النور بمحافظة المنيا، بطاقة إنتاجية تبلغ 200 لتر في الثانية.",
                "وقال رئيس مجلس مدينة أبو النور إن المحطة تخدم نحو 60 ألف نسمة في سبع قرى كانت تعاني من ضعف المياه وانقطاعها خلال أشهر الصيف.",
                "وأوضح أن تكلفة المشروع بلغت 145 مليون جنيه، وشملت مد خطوط طرد بطول 18 كيلومتراً وإنشاء خزان علوي بسعة ألف متر مكعب.",
                "وقال الحاج عبد الستار محمود، أحد أهالي القرية: «كنا نشتري المياه من العربات في الصيف، والحمد لله وصلت المياه إلى البيوت أخيراً».",
                "وأشار رئيس المجلس إلى أن شركة مياه الشرب والصرف الصحي ستتسلم المحطة بعد انتهاء فترة التشغيل التجريبي التي تستمر ثلاثة أشهر.",
                "ومن المقرر الانتهاء من محطتين أخريين في المركز قبل نهاية العام الجاري، ضمن خطة لرفع نسبة التغطية بمياه الشرب في قرى المحافظة.",
            ],
        ),
    },
    "it": {
        "medico": (
            "Roccaverde torna ad avere un medico di base dopo due anni",
            [
                "Dopo due anni senza un medico di famiglia, da lunedì Roccaverde, nell'alta Val Roccasca, avrà di nuovo un ambulatorio aperto tre giorni a settimana nei locali dell'ex scuola elementare.",
                "L'incarico è stato affidato a una dottoressa di 34 anni, Giulia Ferrero, che seguirà anche i pazienti di altri due comuni della valle, per un totale di circa 1.100 assistiti.",
                "Finora gli abitanti dovevano scendere fino a Borgo San Michele, a 26 chilometri di tornanti, anche solo per farsi rinnovare una ricetta.",
                "«Per noi anziani era diventato un viaggio: senza la corriera della mattina non si andava da nessuna parte», racconta Teresa Giordano, 82 anni.",
                "Il Comune ha ristrutturato l'ambulatorio con 40 mila euro di fondi propri e mette a disposizione della dottoressa un alloggio a canone agevolato.",
                "L'azienda sanitaria ha annunciato che lo stesso modello potrebbe essere esteso ad altri comuni montani rimasti senza medico.",
                "Nei giorni di chiusura dell'ambulatorio resterà attivo un servizio di consegna dei farmaci a domicilio, gestito dai volontari della pro loco in accordo con la farmacia di valle.",
            ],
        ),
    },
    "id": {
        "rob": (
            "Banjir rob rendam 1.200 rumah di pesisir Kecamatan Sigandul",
            [
                "Banjir rob kembali merendam sedikitnya 1.200 rumah di lima desa di pesisir Kecamatan Sigandul, Jawa Tengah, sejak Senin malam dengan ketinggian air mencapai 60 sentimeter.",
                "Kepala Pelaksana Badan Penanggulangan Bencana Daerah setempat, Slamet Riyadi, mengatakan air laut pasang bersamaan dengan hujan deras sehingga saluran drainase tidak mampu menampung debit air.",
                "Warga Desa Tambakrejo terpaksa meninggikan perabot dan memindahkan barang-barang ke tempat yang lebih tinggi, sementara sebagian anak tidak bisa berangkat sekolah.",
                '"Setiap tahun lantai rumah saya tinggikan, tapi airnya tetap masuk. Sekarang pintunya tinggal separuh," kata Suparmi (54), warga Tambakrejo.',
                "Pemerintah kabupaten mendirikan dapur umum di balai desa dan menyiagakan dua pompa air portabel untuk mempercepat surutnya genangan.",
                "BPBD memperkirakan rob masih akan terjadi hingga akhir pekan seiring puncak pasang air laut.",
                "Warga berharap pembangunan tanggul laut yang dijanjikan pemerintah provinsi sejak tiga tahun lalu segera dimulai, karena genangan kini sudah mencapai jalan utama desa.",
            ],
        ),
    },
    "tr": {
        "baraj": (
            "Akçaova Barajı'nda doluluk yüzde 11'e geriledi, ilçede su kesintisi başladı",
            [
                "Akçaova ilçesine içme ve sulama suyu sağlayan Akçaova Barajı'ndaki doluluk oranı yüzde 11'e geriledi, belediye gece saatlerinde planlı su kesintisine başladı.",
                "Devlet Su İşleri verilerine göre barajda geçen yıl aynı dönemde doluluk yüzde 46 seviyesindeydi ve kış aylarında yağışlar mevsim normallerinin yarısında kaldı.",
                "Belediye Başkanı Hüseyin Aksoy, kesintilerin her gece 23.00 ile 05.00 arasında uygulanacağını belirterek vatandaşlara su deposu kullanmalarını tavsiye etti.",
                '"Elli yıldır burada yaşıyorum, barajı hiç bu kadar boş görmedim. Eskiden kayıkla girdiğimiz yerlerde şimdi traktör geziyor," dedi emekli çiftçi Mehmet Kaya.',
                "İlçedeki çiftçiler, sulama birliğinin bu yıl pamuk ve mısır ekimi için su verip veremeyeceğini bir an önce açıklamasını istiyor.",
                "Yetkililer, yeni bir derin kuyu projesinin haziran ayına kadar tamamlanmasının planlandığını açıkladı.",
                "Belediye, kesinti saatlerinde hastane ve okulların tankerlerle desteklenmesi için bir kriz masası kurduğunu, su israfı yapanlara ise ceza uygulanacağını duyurdu.",
            ],
        ),
    },
    "hi": {
        "vanagni": (
            "गढ़ीधार के जंगलों में तीसरे दिन भी धधकी आग, 40 हेक्टेयर वन क्षेत्र राख",
            [
                "पौड़ी जिले के गढ़ीधार वन क्षेत्र में लगी आग बुधवार को तीसरे दिन भी पूरी तरह नहीं बुझ सकी और अब तक करीब 40 हेक्टेयर जंगल जलकर राख हो चुका है।",
                "वन क्षेत्राधिकारी दिनेश नेगी ने बताया कि आग चीड़ की सूखी पत्तियों के कारण तेजी से फैली और तेज हवा ने उसे बुझाने का काम मुश्किल बना दिया।",
                "वन विभाग की चार टीमों के साथ आसपास के गांवों के करीब 60 लोग भी आग बुझाने में जुटे हैं, जबकि दो गांवों के पास फायर लाइन काटी गई है।",
                'ग्राम प्रधान कमला बिष्ट ने कहा, "रात भर धुआं घरों में भरा रहा, बच्चों और बुजुर्गों को सांस लेने में दिक्कत हो रही है।"',
                "विभाग ने इस फायर सीजन में जिले में अब तक आग की 23 घटनाएं दर्ज की हैं, जो पिछले साल की इसी अवधि से लगभग दोगुनी हैं।",
                "जिलाधिकारी ने वन पंचायतों को निगरानी बढ़ाने और जानबूझकर आग लगाने वालों के खिलाफ सख्त कार्रवाई के निर्देश दिए हैं।",
            ],
        ),
    },
    "ko": {
        "bus100": (
            "운봉군, 4월부터 '100원 버스' 전 노선 확대",
            [
                "운봉군은 다음 달 1일부터 군내 모든 농어촌버스 노선에 요금 100원을 적용하는 '100원 버스'를 확대 시행한다고 11일 밝혔다.",
                "군은 지난해 7월부터 면 지역 6개 노선에서 시범 운영한 결과 하루 평균 이용객이 38% 늘었다고 설명했다.",
                "이번 확대로 군은 버스 운송업체에 연간 약 9억원의 손실 보전금을 추가로 지원하게 된다.",
                '장날마다 버스를 타고 읍내에 나온다는 박순례(79) 할머니는 "예전엔 왕복 삼천원이 부담돼서 장을 거르곤 했는데 이제는 매번 나온다"고 말했다.',
                "군은 버스가 들어가지 않는 오지 마을 12곳에는 같은 요금으로 부를 수 있는 호출형 택시를 함께 운영할 계획이다.",
                "운봉군의 65세 이상 인구 비율은 41%로, 군은 면허를 반납한 고령 운전자에게 1년 치 버스 요금도 지원하고 있다.",
                '군 관계자는 "고령 주민이 병원과 장터에 부담 없이 다닐 수 있게 하는 것이 가장 기본적인 복지"라며 "이용 실태를 분석해 노선도 손보겠다"고 밝혔다.',
            ],
        ),
    },
}

# ruff: noqa: E501, RUF001
"""Invented stories of the sixteenth blind set: (headline, paragraphs) by language and key.

Five English stories (a levee in an Iowa river town, island ferry cancellations in western
Scotland, dengue in Kozhikode, a battery recycling plant in rural Georgia, a study of bed nets
in northern Ghana) and one in each of thirteen other languages (goose-barnacle harvesters on the
Costa da Morte, a town pool in Lower Saxony, a maternity ward in Lorraine, a bridge in Paraná, gas
for villages in Tatarstan, the sugarcane harvest in a Guangxi county, snow in a Niigata town,
dry wells in the Souss, a cable car in the Veneto, a market fire in West Sumatra, hazelnut
prices on the Black Sea coast, wheat procurement in Bihar, a county clinic without a doctor in
South Jeolla), written as local news, regional chains, releases and agency copy read. Names,
places and figures are made up; none of this prose is in the earlier sets (build16.py checks).
"""

from __future__ import annotations

STORIES16: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "levee": (
            "Harlan Ferry council votes to raise levee by three feet before spring floods",
            [
                "The Harlan Ferry City Council voted 6-1 on Monday to raise a 1.8-mile stretch of the town's Cedar River levee by three feet, a $4.6 million project the city hopes to finish before the river crests in late April.",
                "City engineer Dwight Sandoval told council members the levee was built in 1967 for a crest of 24 feet, and the river has come within a foot of its top twice in the past five years.",
                "About 310 homes and the town's only grocery store sit behind the levee, according to a map the city prepared for the meeting.",
                '"My basement has been wet three springs out of five. I just want to know the wall will hold," said Rhonda Kessler, who has lived on Front Street since 1991.',
                "The city will pay for the work with a state flood mitigation grant and a bond that will add about $9 a month to the average sewer bill for ten years.",
                "Two residents asked the council to consider a buyout of the lowest homes instead, saying the town would only be fighting the river again in twenty years.",
                "Construction crews are expected to begin hauling clay from a borrow pit north of town next week, weather permitting.",
            ],
        ),
        "ferry": (
            "Islanders stranded as Kilbrannan ferry cancelled for ninth day in a fortnight",
            [
                "Residents of the Isle of Kilbrannan have been left without a ferry for a ninth day in two weeks after the ageing vessel serving the route broke down again on Sunday, forcing the cancellation of all sailings until at least Thursday.",
                "The operator said a fault had been found in the ship's steering gear and that engineers were waiting for a part to arrive from Norway.",
                "The island, home to about 640 people, relies on the crossing for food deliveries, hospital appointments and the daily commute of 40 secondary pupils to the mainland.",
                '"We have had weddings, funerals and chemotherapy all cancelled this month. People are at the end of their tether," said Fiona MacAulay, chair of the island community council.',
                "A replacement vessel offered by the operator can carry only foot passengers and cannot berth at the island's slipway at low tide.",
                "Local businesses say the cancellations have already cost the island's two hotels dozens of bookings, and the shop has twice run out of milk and bread this month.",
                "The Scottish Government said two new ferries for the network were due to enter service next year and that it was in talks about leasing a vessel in the meantime.",
            ],
        ),
        "dengue": (
            "Dengue cases cross 900 in Kozhikode, health department steps up fogging",
            [
                "Kozhikode district has recorded 934 confirmed dengue cases since January 1, more than twice the number in the same period last year, the district medical officer said on Wednesday.",
                "Three deaths have been confirmed, all of them in people above the age of 60 with other illnesses, and 48 patients are currently admitted to the Government Medical College Hospital.",
                "The worst-hit areas are the coastal wards of the corporation and the panchayats of Feroke and Olavanna, where water collected in discarded containers has become a breeding ground for mosquitoes.",
                '"Every house has a coconut shell or a plastic tub lying in the yard. One week of rain and the larvae are everywhere," said ASHA worker Sreeja Balan, who visits around 60 homes a day.',
                "Health workers will conduct fogging and source reduction drives in 120 wards this week, and schools have been asked to run a dry day every Friday.",
                "Officials said the number of fever cases reported at primary health centres had also risen, though many patients were not being tested.",
                "The department has urged people with high fever, severe body pain or bleeding to seek treatment at once and not to take painkillers without a doctor's advice.",
            ],
        ),
        "plant": (
            "Battery recycler to build $310 million plant in Tift County, hire 420 workers",
            [
                "Volterra Cycle Inc. will build a $310 million battery recycling plant in Tift County, Georgia, and hire about 420 workers over five years, the company and state officials said Tuesday.",
                "The plant, on a 140-acre site at the county's industrial park near Interstate 75, will recover lithium, nickel and cobalt from used electric vehicle batteries and factory scrap.",
                "Construction is expected to begin this summer, with the first production line opening in late 2027, according to the company.",
                '"This is the largest single investment our county has ever seen, and these are jobs our young people will not have to leave home for," said Tift County Commission chairman Lamar Whitlock.',
                "Average pay at the plant will be about $58,000 a year, and the company has agreed to train workers with the local technical college.",
                "Company executives said the site was chosen for its access to the interstate, a rail spur and a workforce already trained in manufacturing at nearby plants.",
                "The state and county offered tax breaks, a road extension and a job training grant, the full value of which will be disclosed when the incentive agreement is signed.",
            ],
        ),
        "nets": (
            "Study finds new bed nets halved malaria cases in children in Northern Ghana districts",
            [
                "Children in 40 communities of Ghana's Northern Region who slept under a new type of insecticide-treated bed net had about half as many malaria cases as those under standard nets, a two-year study has found.",
                "The research team followed 3,200 children under the age of ten in the Savelugu and Tolon districts, where malaria remains the leading cause of hospital visits during the rainy season.",
                "The newer nets are treated with two insecticides instead of one, which researchers say helps them overcome mosquitoes that have grown resistant to the older chemical.",
                '"Mothers told us the difference before we saw it in the numbers. Fewer children were being carried to the clinic at night," said Dr. Abena Owusu-Mensah, who led the field work.',
                "The new nets cost about $1 more each than standard ones, and the authors estimate that the savings on treatment would cover the difference within a single season.",
                "The study was funded by a global health foundation and carried out with the regional health directorate, which supplied the nets through its clinics.",
                "The team plans to share its results with the national malaria programme ahead of the next mass distribution campaign in 2027.",
            ],
        ),
    },
    "es": {
        "percebe": (
            "Los percebeiros de Arnela paran la campaña por la invasión de furtivos",
            [
                "Los 63 percebeiros de la cofradía de Arnela, en la Costa da Morte, suspendieron este lunes la campaña de extracción durante una semana en protesta por la presencia de furtivos en las rocas que tienen asignadas.",
                "Según la cofradía, en lo que va de marzo se han detectado al menos once incursiones nocturnas y los vigilantes han decomisado más de 90 kilos de percebe extraído sin control.",
                "El precio en lonja rondaba los 48 euros el kilo la semana pasada, aunque la pieza de mejor calidad llegó a pagarse a 110 euros en las subastas de Semana Santa del año pasado.",
                "«Nos jugamos la vida en cada marea y luego vemos cómo otros venden en negro lo que no les pertenece», dijo el patrón mayor, Xosé Manuel Lema.",
                "El colectivo reclama a la Xunta más agentes de guardacostas y la instalación de cámaras térmicas en los puntos de acceso a la costa.",
                "La cofradía calcula que la pesca ilegal le ha costado este invierno más de 60.000 euros en ventas perdidas.",
                "La consellería del Mar anunció que reforzará las inspecciones en restaurantes y mercados de la comarca durante las próximas semanas.",
            ],
        ),
    },
    "de": {
        "hallenbad": (
            "Hallenbad in Wesendorf-Nord schließt im Juni – Schwimmunterricht wird knapp",
            [
                "Das Hallenbad in Wesendorf-Nord wird Ende Juni geschlossen: Der Rat der Samtgemeinde hat am Dienstagabend mit 17 zu 12 Stimmen beschlossen, das 1974 eröffnete Bad nicht mehr zu sanieren.",
                "Ein Gutachten hatte die Kosten für Dach, Lüftung und Technik auf rund 7,8 Millionen Euro beziffert, mehr als das Dreifache des jährlichen Investitionshaushalts der Kommune.",
                "Betroffen sind vor allem die sechs Grundschulen der Umgebung, deren Klassen bisher im Hallenbad Schwimmunterricht hatten, sowie die DLRG-Ortsgruppe mit rund 200 Mitgliedern.",
                "„Schon jetzt kann jedes dritte Kind am Ende der vierten Klasse nicht sicher schwimmen“, sagte die Vorsitzende der Ortsgruppe, Kerstin Bode.",
                "Die Verwaltung verhandelt mit der Nachbarstadt über Wasserzeiten im dortigen Bad und will einen Bus für die Schulen bezahlen.",
                "Der Kreissportbund warnte, dass im Umkreis von 25 Kilometern dann kein Hallenbad mehr für Vereine zur Verfügung stehe.",
                "Eine Bürgerinitiative kündigte an, Unterschriften für ein Bürgerbegehren gegen die Schließung zu sammeln.",
            ],
        ),
    },
    "fr": {
        "maternite": (
            "La maternité de Saint-Aubéric fermée tout l'été faute de médecins",
            [
                "La maternité de l'hôpital de Saint-Aubéric, en Moselle, fermera ses portes du 1er juillet au 31 août faute d'obstétriciens et d'anesthésistes pour assurer les gardes, a annoncé mardi l'agence régionale de santé.",
                "Les futures mères seront orientées vers les hôpitaux de Sarreguemines et de Metz, situés à 45 et 70 kilomètres, et une ambulance supplémentaire sera stationnée sur place jour et nuit.",
                "L'établissement a enregistré 412 accouchements l'an dernier, un chiffre en baisse de près d'un quart en dix ans.",
                "« On nous dit que c'est provisoire, mais on a déjà entendu ça ailleurs avant une fermeture définitive », a déclaré Sandrine Keller, sage-femme et déléguée syndicale.",
                "Le maire a appelé les habitants à se rassembler samedi devant l'hôpital et demandé un rendez-vous au ministère de la Santé.",
                "Les élus du territoire rappellent que la commune la plus éloignée du secteur se trouve déjà à plus d'une heure de route d'une autre maternité.",
                "L'agence assure que le service rouvrira en septembre si deux praticiens en cours de recrutement prennent leur poste comme prévu.",
            ],
        ),
    },
    "pt": {
        "ponte": (
            "Ponte sobre o rio Tibagi é interditada e desvio aumenta viagem em 60 km",
            [
                "A ponte da PR-340 sobre o rio Tibagi, entre Campo Sereno e Lajeado do Sul, foi interditada nesta segunda-feira depois que uma vistoria encontrou rachaduras em dois pilares, segundo o Departamento de Estradas de Rodagem do Paraná.",
                "Com o bloqueio, motoristas precisam usar um desvio por estradas rurais que acrescenta cerca de 60 quilômetros ao trajeto entre as duas cidades.",
                "A ponte tem 180 metros de extensão, foi construída em 1978 e recebe por dia cerca de 4 mil veículos, boa parte caminhões que levam soja aos armazéns da região.",
                "“Eu levava vinte minutos para chegar ao trabalho, agora levo uma hora e meia”, disse o eletricista Adenir Moraes, que mora em Lajeado do Sul.",
                "O órgão informou que vai contratar uma empresa em caráter emergencial para reforçar os pilares e que a obra deve durar ao menos quatro meses.",
                "Segundo comerciantes de Lajeado do Sul, o movimento nas lojas caiu pela metade desde o início da semana.",
                "As prefeituras pediram a instalação de uma balsa provisória para veículos leves e ambulâncias enquanto durar a interdição.",
            ],
        ),
    },
    "ru": {
        "gaz": (
            "В шесть сёл Заречного района до конца года проведут газ",
            [
                "Газ до конца 2026 года придёт в шесть сёл Заречного района, где сейчас живут около 2,3 тысячи человек, сообщили в администрации района во вторник.",
                "Общая протяжённость новых газопроводов составит 48 километров, строительство начнётся в мае, как только подсохнут грунтовые дороги.",
                "Подключение домов до границы участка будет бесплатным по программе социальной газификации, а прокладку труб внутри двора жители оплачивают сами.",
                "«Каждую осень покупаем по две машины дров, это почти сто тысяч рублей. С газом станет легче», — рассказала жительница села Верхние Ключи Гульнара Хасанова.",
                "По данным районной администрации, заявки на подключение уже подали более 600 домохозяйств, ещё около 200 семей пока не определились.",
                "В следующем году газопровод планируют довести ещё до четырёх деревень на левом берегу реки.",
            ],
        ),
    },
    "zh": {
        "ganzhe": (
            "龙江县甘蔗榨季收官 蔗农户均增收八千元",
            [
                "3月12日，龙江县2025/2026年榨季正式收官，全县四家糖厂共入榨甘蔗186万吨，产糖23.4万吨，均创近五年新高。",
                "县糖业发展办公室介绍，本榨季甘蔗收购价为每吨560元，比上个榨季提高20元，全县蔗农户均增收约八千元。",
                "在那坡村，机械化收割已经覆盖了六成以上的蔗地，一台收割机一天能收一百多吨，相当于过去五十个人的工作量。",
                "“以前砍蔗要请人，现在机器一开进地里，两天就收完了。”种了30亩甘蔗的蔗农黄德明说。",
                "县里还引导蔗农使用良种和滴灌设施，新种植的高糖品种平均亩产比老品种高出一吨多。",
                "糖厂负责人表示，榨季期间糖厂及时兑付蔗款，截至目前已向蔗农支付蔗款超过十亿元，未出现拖欠现象。",
                "县农业农村局表示，下一步将加快建设甘蔗良种繁育基地，推广测土配方施肥，力争三年内全县甘蔗平均亩产提高到六吨以上。",
                "据了解，县里计划今年再新增双高糖料蔗基地两万亩，并为购买收割机的合作社提供补贴。",
            ],
        ),
    },
    "ja": {
        "yuki": (
            "大雪で集落孤立、除雪追いつかず　妻有町で住民120人",
            [
                "新潟県妻有町で10日から降り続いた大雪の影響で、山間部の3集落に通じる町道が通行止めとなり、12日午後現在、住民約120人が孤立状態となっている。",
                "町によると、町役場の積雪は12日朝に2メートル43センチに達し、平年の約1.5倍となった。",
                "町は除雪車を増やして道路の復旧を急いでいるが、雪崩の危険がある区間があり、開通は早くても13日夕方になる見通しだという。",
                "孤立した集落に住む70代の男性は電話取材に「食料は1週間分あるが、薬が切れそうな人がいるので心配だ」と話した。",
                "町は県に防災ヘリの派遣を要請し、持病のある住民の搬送や食料の空輸を検討している。",
                "町内の小中学校は12日、全校が臨時休校となり、13日も休校を続けるかどうかは朝の道路状況を見て判断するという。",
                "気象台は13日にかけて山沿いを中心にさらに60センチの降雪が予想されるとして、雪崩や屋根からの落雪に注意を呼びかけている。",
            ],
        ),
    },
    "ar": {
        "abar": (
            "جفاف الآبار يدفع أسراً في دواوير سوس إلى شراء الماء بالصهاريج",
            [
                "اضطرت عشرات الأسر في دواوير جماعة تيغرمت بإقليم تارودانت إلى شراء مياه الشرب من الصهاريج بعد جفاف أغلب الآبار التقليدية، في ظل توالي سنوات الجفاف.",
                "وأفاد مسؤول بالجماعة أن 14 بئراً من أصل 22 جفت كلياً منذ الصيف الماضي، فيما انخفض منسوب الباقي إلى مستويات لا تكفي حاجيات السكان والماشية.",
                "ويصل ثمن الصهريج الواحد سعة خمسة أمتار مكعبة إلى 250 درهماً، وهو مبلغ يثقل كاهل الأسر التي تعيش من الفلاحة المعيشية.",
                "وقال الحسين أوبلا، وهو فلاح من دوار إيمي نتاكات: «بعنا نصف القطيع لنشتري الماء والعلف، ولم يبق لنا ما نبيعه إذا استمر الحال هكذا».",
                "وأعلنت السلطات الإقليمية عن برنامج لحفر ثلاثة أثقاب مائية جديدة وتزويد الدواوير بشاحنات صهريجية مجانية مرتين في الأسبوع.",
                "ويطالب السكان بربط المنطقة بشبكة الماء الصالح للشرب انطلاقاً من السد المجاور، وهو مشروع معلن منذ سنوات ولم ينطلق بعد.",
            ],
        ),
    },
    "it": {
        "funivia": (
            "Riapre la funivia del Monte Coltrondo dopo tre anni di lavori",
            [
                "Dopo tre anni di chiusura riapre sabato la funivia che collega il paese di Valcerna alla cima del Monte Coltrondo, nel Bellunese, rinnovata con un investimento di 14,2 milioni di euro.",
                "Le nuove cabine possono trasportare 65 persone ciascuna e coprono i 1.100 metri di dislivello in poco più di sei minuti, contro i dodici dell'impianto precedente.",
                "I lavori, finanziati per due terzi dalla Regione Veneto, erano stati rallentati dal rincaro dei materiali e da un ricorso al Tar di una delle ditte escluse dalla gara.",
                "«Senza la funivia d'inverno qui non sale nessuno, e in paese avevano chiuso due alberghi su cinque», ha detto il sindaco Renzo De Bortoli.",
                "Il biglietto di andata e ritorno costerà 28 euro, con riduzioni per residenti, ragazzi sotto i quattordici anni e possessori dello skipass stagionale.",
                "Nei prossimi mesi saranno completati anche il nuovo parcheggio a valle e il rifugio accanto alla stazione di arrivo.",
                "La società di gestione conta di superare le 180 mila presenze all'anno entro il 2028, grazie anche all'apertura estiva per escursionisti e ciclisti.",
            ],
        ),
    },
    "id": {
        "pasar": (
            "Kebakaran Hanguskan 140 Kios di Pasar Lubuk Sianok",
            [
                "Sebanyak 140 kios di Pasar Lubuk Sianok, Kabupaten Agam, Sumatera Barat, hangus terbakar pada Selasa dini hari, menyebabkan kerugian yang ditaksir mencapai Rp 9 miliar.",
                "Api diduga berasal dari korsleting listrik di salah satu kios pakaian di blok B, lalu merambat cepat karena sebagian besar bangunan terbuat dari kayu.",
                "Enam unit mobil pemadam kebakaran dikerahkan dan api baru bisa dipadamkan sekitar pukul 05.30 WIB, tiga jam setelah pertama kali dilaporkan warga.",
                '"Semua barang dagangan saya habis, padahal baru saja menambah stok untuk Lebaran," kata Nurhayati, pedagang kain yang sudah berjualan di pasar itu selama 20 tahun.',
                "Tidak ada korban jiwa dalam peristiwa itu, namun dua pedagang dilarikan ke puskesmas karena sesak napas saat berusaha menyelamatkan barang.",
                "Polisi masih menyelidiki penyebab pasti kebakaran dan telah memeriksa lima orang saksi, termasuk penjaga malam pasar.",
                "Kepala dinas perdagangan setempat mengatakan pasar itu menampung sekitar 400 pedagang dan menjadi pusat jual beli hasil bumi bagi warga di tiga kecamatan.",
                "Pemerintah kabupaten berjanji menyediakan lokasi penampungan sementara bagi para pedagang dalam waktu satu minggu.",
            ],
        ),
    },
    "tr": {
        "findik": (
            "Fındık üreticisi düşük fiyat ve don tehlikesi arasında sıkıştı",
            [
                "Karadere ilçesinde fındık üreticileri, piyasada kilogram fiyatının 118 liraya gerilemesi ve son günlerde etkili olan soğuk hava nedeniyle zor günler geçiriyor.",
                "İlçe Tarım ve Orman Müdürlüğü verilerine göre ilçede yaklaşık 9 bin 400 dekar alanda fındık yetiştiriliyor ve 2 bin 100 aile geçimini bu üründen sağlıyor.",
                "Meteoroloji, hafta sonu yüksek kesimlerde sıcaklığın sıfırın altına düşebileceğini ve çiçeklenme dönemindeki bahçelerde don riski bulunduğunu açıkladı.",
                'Üretici Hasan Yılmaz, "Gübre, işçilik, mazot derken maliyet her yıl artıyor ama fındığın fiyatı yerinde sayıyor" dedi.',
                "Ziraat odası başkanı, üreticilerin zarar görmemesi için açıklanacak taban fiyatın maliyetlerin altında kalmaması gerektiğini söyledi.",
                "Tüccarlar ise fiyatların yeni sezon öncesinde stokların erimesiyle birlikte bir miktar toparlanabileceğini belirtiyor.",
                "Uzmanlar, don riskine karşı bahçelerde gece saatlerinde sulama yapılmasını ve ilaçlamanın ertelenmesini tavsiye ediyor.",
            ],
        ),
    },
    "hi": {
        "gehu": (
            "सोनबरसा में गेहूं खरीद केंद्र समय पर नहीं खुले, किसान औने-पौने दाम पर बेचने को मजबूर",
            [
                "सोनबरसा प्रखंड में सरकारी गेहूं खरीद केंद्र अब तक नहीं खुलने से किसान अपनी उपज बिचौलियों को न्यूनतम समर्थन मूल्य से करीब तीन सौ रुपये प्रति क्विंटल कम पर बेचने को मजबूर हैं।",
                "प्रखंड की 18 पंचायतों में इस बार करीब 11 हजार हेक्टेयर में गेहूं की बुआई हुई थी और कटाई का काम लगभग आधा पूरा हो चुका है।",
                "किसानों का कहना है कि पैक्स अध्यक्षों को अब तक भंडारण के लिए गोदाम और बोरे नहीं मिले हैं, इसलिए खरीद शुरू नहीं हो पाई है।",
                'किसान रामबाबू यादव ने कहा, "घर में अनाज रखने की जगह नहीं है और महाजन का कर्ज चुकाना है, इसलिए जो दाम मिल रहा है उसी पर बेच रहे हैं।"',
                "प्रखंड सहकारिता पदाधिकारी ने बताया कि अगले सप्ताह से सभी पंचायतों में खरीद शुरू कर दी जाएगी।",
            ],
        ),
    },
    "ko": {
        "uisa": (
            "보성군 보건지소 3곳 공중보건의 없어 순회진료로 버텨",
            [
                "전남 보성군의 보건지소 3곳이 이달부터 공중보건의사를 배치받지 못해 다른 지소 의사가 일주일에 한두 번 찾아가는 순회진료로 운영되고 있다.",
                "군에 따르면 올해 전남도에 새로 배치된 공중보건의는 지난해보다 40명가량 줄었고, 보성군 몫도 11명에서 7명으로 감소했다.",
                "해당 지소를 이용하는 주민은 하루 평균 30~40명으로, 대부분 고혈압이나 당뇨 약을 정기적으로 처방받는 70대 이상 노인이다.",
                '한 주민은 "의사 선생님이 오는 날을 달력에 적어놓고 기다린다"며 "읍내 병원까지는 버스로 한 시간이 넘게 걸린다"고 말했다.',
                "군은 원격진료 장비를 도입하고 은퇴한 의사를 계약직으로 채용하는 방안을 검토하고 있다고 밝혔다.",
                "군의회는 다음 달 임시회에서 의료 취약지 지원 예산을 추가로 편성하는 방안을 논의할 예정이다.",
                "의료계에서는 군 복무 기간이 짧은 현역 입대를 택하는 의대생이 늘면서 공중보건의 부족이 해마다 심해질 것으로 보고 있다.",
            ],
        ),
    },
}

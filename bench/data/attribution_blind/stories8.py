# ruff: noqa: E501, RUF001
"""Invented stories of the eighth blind set: (headline, paragraphs) by language and key.

Written as the news reads on the open web: short paragraphs, figures attributed, quotes named.
Names, places and figures are made up; none of this prose is in the earlier sets (build8.py
checks).
"""

from __future__ import annotations

STORIES8: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "bus_fares": (
            "Regional council freezes bus fares for two years after commuter petition",
            [
                "The Tarnholm regional council voted on Wednesday to freeze bus fares until the spring of 2028, reversing a planned rise of 14 percent after a petition signed by nearly 31,000 commuters.",
                "Councillors backed the freeze by 23 votes to 9. The council's transport chair, Beatrix Oyelowo-Strand, said the rise would have hit shift workers hardest, since most of them have no train line near their homes.",
                "The freeze will cost the council about 6.8 million dollars a year, to be covered by a levy on parking at the three largest shopping centres in the region. Retailers' association head Corwin Ashby called the levy a tax on customers.",
                "Bus use in the region has recovered to 92 percent of its level before the pandemic, according to council figures. The operator said it would add eleven buses to its busiest routes in September.",
                "A second vote, on a discount for students, was postponed until May after councillors asked for a full estimate of its cost.",
                "The council will review the freeze after the first year. Petition organiser Mireya Castellane said commuters would keep pressing for a cheaper weekly pass.",
            ],
        ),
        "orchard_frost": (
            "Late frost wipes out much of valley's apricot crop",
            [
                "A late frost on the weekend destroyed up to two thirds of the apricot blossom in the Vellmar valley, growers said on Monday, days before the harvest season was due to start taking on pickers.",
                "Temperatures fell to minus four degrees on Saturday night, well below the level at which blossom is damaged. Growers lit straw fires and ran wind machines through the night, but many orchards on the valley floor were lost.",
                "Growers' co-operative chairman Anselm Wickremasinghe said about 140 farms had reported damage and that some would lose their whole crop. The valley usually produces about 38,000 tonnes of apricots a year.",
                "The agriculture department said farmers could apply for low-interest loans and that inspectors would visit the worst-hit orchards this week. Seasonal workers who had been promised jobs from June were told to wait for news.",
                "Shoppers should expect higher prices for fresh apricots this summer, the co-operative said. It will decide next month whether to buy fruit from other regions to keep its canning plant running.",
            ],
        ),
        "hospital_wait": (
            "Waiting times at city hospital's emergency ward reach record high",
            [
                "Patients at the emergency ward of Corrigan General Hospital waited a median of seven hours and forty minutes to be seen last month, the longest since records began, figures released on Thursday showed.",
                "The hospital's medical director, Dr. Henrietta Malabanan, said the ward had treated 11,400 patients in February, a fifth more than a year earlier, while two wards for older patients were closed for repairs.",
                "Nurses' union representative Caspar Obuya said staff were working double shifts and that eight experienced nurses had resigned since January. The union has asked for talks on staffing levels.",
                "The health authority said one of the closed wards would reopen in April and that a new unit for minor injuries would take some patients away from the emergency ward by the summer.",
                "Ambulance crews said they had waited outside the ward for more than an hour on several nights in February before patients could be handed over.",
                "Patient groups said the figures showed the hospital needed more beds, not only more staff. The authority's board will discuss the figures at a public meeting next week.",
            ],
        ),
        "library_app": (
            "Public libraries launch app that lends tools, seeds and sewing machines",
            [
                "Public libraries in the Eastmere district have launched an app that lets members borrow drills, seed packets, sewing machines and more than 2,000 other items besides books, the district said on Tuesday.",
                "The scheme began two years ago as a shelf of donated tools at a single branch. Head librarian Oswin Kaczmarek-Lee said it became so popular that members were queuing before the branch opened on Saturday mornings.",
                "The app shows which branch holds each item and lets members reserve it for up to a week. Items are checked for safety when they come back, and members pay a small fee only for late returns.",
                "The district has spent about 180,000 dollars on the project, much of it on the app and on storage. A local hardware chain has donated ladders and garden tools to the branches.",
                "Members must be over 18 to borrow power tools, and a volunteer shows first-time borrowers how to use them safely.",
                "Librarians said the most borrowed items so far were a carpet cleaner and a pasta machine. The district hopes to add musical instruments to the catalogue by the end of the year.",
            ],
        ),
    },
    "fr": {
        "marche_couvert": (
            "Le marché couvert de Belvézac rouvre après deux ans de travaux",
            [
                "Le marché couvert de Belvézac a rouvert ses portes samedi matin après vingt-six mois de travaux, en présence de plusieurs centaines d'habitants venus retrouver leurs commerçants.",
                "La halle, construite en 1912, a été entièrement désamiantée et dotée d'une nouvelle charpente. Le chantier a coûté 4,2 millions d'euros, financés pour moitié par la région, a précisé la maire, Armelle Duvignaud.",
                "Trente-quatre étals sont désormais occupés, contre vingt-huit avant la fermeture. Plusieurs jeunes producteurs de la vallée y vendent pour la première fois, notamment un fromager et une maraîchère bio.",
                "Les clients pourront aussi se garer sur un nouveau parking de quatre-vingts places ouvert derrière la halle, gratuit pendant la première heure.",
                "Les commerçants avaient été relogés sur la place de l'église pendant les travaux. Certains disent avoir perdu jusqu'à un tiers de leur chiffre d'affaires pendant cette période.",
                "Le marché sera ouvert du mardi au dimanche. La municipalité prévoit des nocturnes le vendredi soir à partir du mois de juin.",
            ],
        ),
    },
    "es": {
        "tren_costa": (
            "El tren de la costa recupera el servicio tras cinco meses de obras",
            [
                "El tren que une Puerto Alcaraz con las localidades de la costa norte recuperó este lunes el servicio completo tras cinco meses de obras en la vía, con retrasos de hasta veinte minutos en las primeras horas.",
                "Las obras, que costaron 38 millones de euros, renovaron doce kilómetros de vía y dos puentes. Durante los trabajos, unos 9.000 viajeros diarios tuvieron que usar autobuses que tardaban casi el doble.",
                "La consejera de Movilidad, Remedios Salcedo, dijo que los trenes podrán circular a 120 kilómetros por hora en el nuevo tramo y que el viaje completo se acortará en siete minutos.",
                "Las asociaciones de usuarios celebraron la reapertura, pero pidieron más frecuencias por la tarde. El último tren sale ahora de Puerto Alcaraz a las 21.40 horas.",
                "Los vecinos de Cala Ferrán, donde se renovó la estación, se quejaron del ruido de las obras nocturnas durante el invierno y pidieron que se instalen pantallas acústicas junto a la vía.",
                "La compañía ferroviaria anunció que en verano añadirá cuatro trenes diarios los fines de semana para atender a los turistas.",
            ],
        ),
    },
    "de": {
        "freibad": (
            "Freibad in Hollwangen bleibt wegen Personalmangels geschlossen",
            [
                "Das Freibad in Hollwangen wird in diesem Sommer nicht öffnen, weil die Gemeinde keine Rettungsschwimmer gefunden hat. Das teilte Bürgermeister Gerold Brandstetter am Dienstag mit.",
                "Für den Betrieb seien mindestens sechs ausgebildete Kräfte nötig, es hätten sich aber nur zwei beworben. Auch ein Aufruf an Vereine und Studierende habe keinen Erfolg gehabt, sagte Brandstetter.",
                "Im vergangenen Jahr hatte das Bad rund 41.000 Besucher. Der Förderverein hatte erst im Winter 90.000 Euro für eine neue Rutsche gesammelt, die nun ungenutzt bleibt.",
                "Eltern äußerten sich enttäuscht. Das nächste Freibad liegt 18 Kilometer entfernt und ist mit dem Bus nur schwer zu erreichen.",
                "Der Schwimmverein, der im Freibad trainiert, muss für den Sommer in die Halle der Nachbarstadt ausweichen. Die Miete dafür übernimmt vorerst die Gemeinde, für die Fahrten sollen Eltern Fahrgemeinschaften bilden.",
                "Die Gemeinde will im Herbst selbst Rettungsschwimmer ausbilden lassen und die Kosten übernehmen, damit das Bad im nächsten Jahr wieder öffnen kann.",
            ],
        ),
    },
    "pt": {
        "ponte_rio": (
            "Ponte sobre o rio Jacuarana é interditada após rachaduras",
            [
                "A ponte sobre o rio Jacuarana, que liga os municípios de Santa Ilíria e Porto Velho do Sul, foi interditada nesta quarta-feira depois que engenheiros encontraram rachaduras em dois pilares.",
                "Cerca de 14 mil veículos passam pela ponte todos os dias. O desvio mais próximo acrescenta 46 quilômetros ao trajeto, segundo o departamento estadual de estradas.",
                "O engenheiro responsável pela vistoria, Joaquim Sarmento, disse que as rachaduras foram provocadas pela erosão da base dos pilares durante as cheias do ano passado.",
                "A prefeita de Santa Ilíria, Iolanda Barreto, pediu ao governo do estado uma balsa provisória para os moradores que trabalham do outro lado do rio.",
                "Comerciantes das duas cidades temem perder clientes durante a interdição. A associação comercial de Porto Velho do Sul disse que as vendas já caíram nos primeiros dias e pediu a isenção de taxas municipais enquanto a ponte estiver fechada.",
                "O governo estadual prometeu iniciar os reparos em até trinta dias. A obra deve custar cerca de 12 milhões de reais e durar quatro meses.",
            ],
        ),
    },
    "ar": {
        "mahatat_tahlia": (
            "افتتاح محطة جديدة لتحلية المياه في مدينة الرمال",
            [
                "افتتحت السلطات المحلية في مدينة الرمال يوم الأحد محطة جديدة لتحلية مياه البحر بطاقة تبلغ 90 ألف متر مكعب يوميا، في خطوة تهدف إلى إنهاء انقطاع المياه في الأحياء الشرقية.",
                "وقال مدير هيئة المياه، المهندس سامر الحلواني، إن المحطة ستغطي احتياجات نحو 300 ألف نسمة، وإن تكلفتها بلغت 140 مليون دولار.",
                "وتعمل المحطة جزئيا بالطاقة الشمسية، إذ أقيمت بجوارها ألواح شمسية على مساحة 40 هكتارا توفر ثلث احتياجاتها من الكهرباء.",
                "وعانى سكان الأحياء الشرقية خلال الصيف الماضي من انقطاع المياه لساعات طويلة، واضطر كثيرون إلى شراء المياه من الصهاريج بأسعار مرتفعة.",
                "ومن المقرر أن تبدأ المرحلة الثانية من المشروع العام المقبل لمضاعفة طاقة المحطة.",
            ],
        ),
    },
    "hi": {
        "sadak_yojana": (
            "पहाड़ी गांवों को जोड़ने के लिए 140 किलोमीटर नई सड़कें बनेंगी",
            [
                "राज्य सरकार ने सोमवार को घोषणा की कि पहाड़ी जिलों के 86 गांवों को जोड़ने के लिए 140 किलोमीटर नई सड़कें बनाई जाएंगी, जिन पर करीब 620 करोड़ रुपये खर्च होंगे।",
                "लोक निर्माण मंत्री हरिप्रसाद नौटियाल ने बताया कि इनमें से ज्यादातर गांव अभी भी कच्चे रास्तों पर निर्भर हैं और बारिश के मौसम में कई हफ्तों तक कटे रहते हैं।",
                "सड़कों का काम दो चरणों में पूरा होगा। पहले चरण में उन गांवों को प्राथमिकता दी जाएगी जहां स्कूल और स्वास्थ्य केंद्र तक पहुंचने में सबसे ज्यादा दिक्कत है।",
                "ग्रामीणों ने इस घोषणा का स्वागत किया, लेकिन कहा कि पहले भी कई बार ऐसे वादे किए गए थे जो पूरे नहीं हुए।",
                "सरकार का कहना है कि पहले चरण का काम अगले साल मार्च तक पूरा कर लिया जाएगा।",
            ],
        ),
    },
    "ru": {
        "most_reka": (
            "В Зареченске открыли новый мост через реку Вельму",
            [
                "В Зареченске в пятницу открыли движение по новому мосту через реку Вельму, строительство которого продолжалось три года и обошлось в 2,7 миллиарда рублей.",
                "Длина моста составляет 640 метров, на нем по две полосы движения в каждую сторону и отдельная велодорожка. По словам мэра города Аркадия Полозова, мост разгрузит старую переправу, по которой ежедневно проезжало около 30 тысяч машин.",
                "Старый мост, построенный в 1967 году, закроют на капитальный ремонт летом. Работы на нем продлятся около полутора лет.",
                "Жители правобережья говорят, что раньше в часы пик дорога до центра занимала у них до часа. Теперь, по расчетам городской администрации, время в пути сократится вдвое.",
                "Вдоль набережной у нового моста до конца года планируют обустроить парк и пешеходную зону.",
            ],
        ),
    },
    "zh": {
        "laojie_gaizao": (
            "青川古镇老街改造完成 重新对游客开放",
            [
                "青川县古镇老街经过一年半的改造，于本周六重新对游客开放，当天吸引了约两万名游客前来参观。",
                "县文旅局局长周文涛介绍，此次改造共修缮明清时期古建筑四十三栋，更换了老街的排水管道和电线，总投资约一亿两千万元。",
                "改造期间，老街上的一百多家商户被临时安置到新区经营。不少商户表示，生意比改造前下降了三成左右，希望重新开街后能尽快恢复。",
                "为了保护古建筑，老街今后将实行限流，节假日每天最多接待三万名游客，游客需要提前在网上预约。",
                "不少游客表示，改造后的老街保留了原有的风貌，石板路和木门窗都按照老样子修复，晚上的灯光也比以前柔和。一些老住户说，排水改好以后，下雨天门口再也不会积水了。",
                "县政府表示，下一步还将修复古镇周边的两座石桥，并在年底前开通连接县城的旅游专线公交，方便外地游客往返。",
            ],
        ),
    },
    "ja": {
        "shuttle_bus": (
            "山間部の高齢者向けに予約制乗り合いバス 来月から運行",
            [
                "北杉町は、山間部に住む高齢者の通院や買い物を支援するため、予約制の乗り合いバスを来月一日から運行すると発表した。",
                "バスは十人乗りの車両三台で、町内の十二の集落と町立病院、スーパーなどを結ぶ。利用者は前日までに電話かスマートフォンで予約する仕組みだ。",
                "町によると、山間部の住民の約四割が六十五歳以上で、路線バスの廃止後は家族の送迎に頼る人が多かった。運賃は一回二百円とする。",
                "運行にかかる年間約三千八百万円の費用は、国の補助金と町の予算でまかなう。町長の森田康弘氏は「免許を返納しても安心して暮らせる町にしたい」と話した。",
                "集落の住民からは「病院に行く日を自分で決められるのがありがたい」と歓迎する声が上がる一方、予約の仕方が分からないという声もあり、町は公民館で説明会を開く。",
                "町は半年後に利用状況を調べ、運行日や停留所の見直しを検討する。",
            ],
        ),
    },
}

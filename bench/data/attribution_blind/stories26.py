# ruff: noqa: E501, RUF001
"""Invented stories of the twenty-sixth blind set: (headline, paragraphs) by language and key.

Seven English stories from seven English-speaking regions (a ground blizzard closing Interstate 80
between Laramie and Rawlins, Wyoming; a cliff fall forcing homes at Hemsby in Norfolk to be
abandoned; the Crana bursting its banks in Buncrana, County Donegal; ice breakup flooding the Hay
River in the Northwest Territories; the Mataura rising through Gore and Mataura in Southland, New
Zealand; rolling power cuts on New Providence in the Bahamas; the road to Solwezi washed out in
Zambia's North-Western Province) and one in each of thirteen other languages (the Coatán in flood
at Tapachula, Chiapas; a flash flood in Wadi Yutm above Aqaba; a poor firefly-squid season in
Toyama Bay; the Weiße Elster in flood at Plauen in the Vogtland; a closure of the Route du
Littoral in Réunion; wind closing Madeira's airport; a forest fire near Sayanogorsk in Khakassia;
a landslide on the South Link Highway in Taitung (Chinese in traditional characters); the
Petacciato landslide moving again in Molise; the Prut in flood at Yaremche in Ivano-Frankivsk
oblast; an ice jam on the Kalix River in Norrbotten; Lipno reservoir at a record low in South
Bohemia; a flash flood in Chania on Crete), written as local news, regional portals and agency
copy read. Names, places and figures are made up; none of this prose is in the earlier sets
(build26.py checks).
"""

from __future__ import annotations

STORIES26: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "i80": (
            "Ground blizzard shuts I-80 between Laramie and Rawlins, stranding hundreds of truckers",
            [
                "Interstate 80 was closed in both directions between Laramie and Rawlins for most of Wednesday after wind gusts above 60 mph whipped fresh snow into a ground blizzard across the Elk Mountain stretch.",
                "The Wyoming Department of Transportation said four tractor-trailers had blown over near Arlington before the closure, and that light, high-profile vehicles would face restrictions even after the road reopened.",
                "Hundreds of trucks lined the shoulders and truck stops in Laramie, where the parking lots filled by mid-morning and drivers were sent to wait on the frontage roads.",
                '"You get a forecast that says breezy, and then you are sitting here for nineteen hours," said Ray Dominguez, a driver hauling produce from Salinas to Omaha.',
                "The Highway Patrol said no one was seriously hurt in the blowovers, but one driver was taken to the hospital in Laramie with a shoulder injury.",
                "State lawmakers from Carbon County renewed calls for more truck parking and a variable speed system along the corridor. WYDOT said the stretch between Arlington and Walcott is closed more often than any other part of the interstate in the state.",
                "The road reopened to all traffic shortly before 10 p.m., with chain laws in effect over the summit.",
            ],
        ),
        "hemsby": (
            "Three more Hemsby homes to be demolished after overnight cliff fall",
            [
                "Three more homes on The Marrams in Hemsby will be demolished after a stretch of the dunes fell onto the beach overnight, leaving the buildings a few feet from the edge.",
                "Great Yarmouth Borough Council said it had served notices on the owners on Tuesday morning and that demolition crews would move in by the end of the week.",
                "The coastguard closed the beach below the gap and taped off the track that runs along the top of the dunes, which is the only road to several of the remaining chalets.",
                '"We bought this place twelve years ago and were told we had fifty years. We have had twelve," said Pauline Garrod, whose bungalow is one of the three.',
                "Local volunteers who have spent years placing concrete blocks at the foot of the dunes said the last two storms had taken out most of their work.",
                "The council said it was still pressing the government for money towards a rock berm along the frontage. It has estimated the cost at about £15 million and says the village cannot raise a local share of that size.",
                "The Environment Agency said a further tidal surge was possible along the Norfolk coast on Thursday.",
            ],
        ),
        "buncrana": (
            "Buncrana homes and businesses flooded as the Crana bursts its banks",
            [
                "Dozens of homes and businesses in Buncrana were flooded on Saturday night after the Crana River burst its banks following more than ten hours of heavy rain across Inishowen.",
                "Donegal County Council said the river rose faster than at any time since the floods of 2017, with water running through Main Street and the lower end of the town by midnight.",
                "The fire service used pumps at the health centre and a nursing home on the Cockhill Road, and several families were taken to a rest centre set up in the leisure centre.",
                '"We had the sandbags out at nine and by eleven the water was coming in under the back door anyway," said Martina Doherty, who runs a pharmacy on Main Street.',
                "Two bridges on the road to Clonmany were closed while engineers checked them for damage, and drivers were asked to avoid unnecessary travel in the peninsula.",
                "Traders said they would ask the minister for a humanitarian support scheme like the one set up after the last floods. The council said its crews would begin clearing debris from the river channel as soon as water levels fell.",
                "Met Éireann has issued a further orange rainfall warning for Donegal for Monday.",
            ],
        ),
        "hayriver": (
            "Hay River residents ordered out as ice breakup pushes water into town",
            [
                "Residents of Vale Island and the old town in Hay River were ordered to leave on Thursday as ice jams on the Hay River pushed water over the banks during breakup.",
                "The town said water levels at the West Channel rose more than two metres in six hours, and that the road to the island would be closed once the water reached the causeway.",
                "About 300 people registered at the evacuation centre at the high school, and buses took elderly residents and patients from the health centre to Yellowknife.",
                '"You watch the ice every spring and you think you know what it will do, and then it does something else," said Gord Lafferty, who has a house near the fish plant.',
                "The territorial government said it was monitoring conditions upstream at the Alberta border and that more ice was still moving down the river.",
                "Officials said the Kátł’odeeche First Nation across the river was also watching water levels closely. A second evacuation centre would open at the community hall in Enterprise if needed.",
                "The town said it would give its next update at 7 a.m. on Friday.",
            ],
        ),
        "mataura": (
            "Mataura River peaks at Gore as Southland farmers count stock losses",
            [
                "The Mataura River peaked at Gore early on Sunday after two days of heavy rain in northern Southland, with water spreading across farmland between Gore and the town of Mataura.",
                "Environment Southland said the river reached a flow of about 1400 cubic metres a second at the Gore bridge, the highest since the floods of 2020, and that the stopbanks had held.",
                "Several rural roads between Waikaka and Wyndham remained closed, and contractors were checking a section of State Highway 1 near Edendale where water had crossed the road overnight.",
                '"We shifted the ewes up the hill on Friday, but we have lost some calves on the flats," said Hamish Dickie, who farms near the river south of Gore.',
                "Rural Support Trust staff said they would visit farms in the worst-hit areas this week, and the council opened a welfare centre in Mataura for residents who had left their homes.",
                "Gore District Council said the town's water supply was safe but asked people to conserve water while a pump station was checked. Farmers said the clean-up of fences and silt could take weeks.",
                "More rain is forecast for Fiordland and the Southland hills from Tuesday.",
            ],
        ),
        "bpl": (
            "Load shedding returns to New Providence as BPL engines fail",
            [
                "Bahamas Power and Light began rotating power cuts across New Providence on Tuesday after two engines at its main station broke down during the first hot spell of the year.",
                "The utility said customers in some areas could be without power for up to four hours at a time, and that a schedule of affected neighbourhoods would be posted each morning.",
                "Businesses on Bay Street and in Palmdale ran generators through the afternoon, while several schools sent students home early after classrooms lost air conditioning.",
                '"It is March and we are already back to this. What happens in August?" said Tamika Rolle, who runs a bakery on Wulff Road.',
                "The company said replacement parts for one of the engines were due to arrive from Florida by the weekend and that rented generation units were being brought in.",
                "Opposition members said the outages showed that promised upgrades to the grid were behind schedule. The energy minister told reporters that the government expected a new plant at Clifton to come online later in the year.",
                "BPL has asked customers to reduce their use of air conditioning between 2 p.m. and 8 p.m.",
            ],
        ),
        "solwezi": (
            "Washout on Solwezi road leaves copper trucks stranded for days",
            [
                "Hundreds of trucks carrying copper and mine supplies have been stuck for three days after a section of the T5 road between Mutanda and Solwezi was washed away by heavy rain.",
                "The Road Development Agency said a culvert collapsed at the Kifubwa crossing on Sunday night, leaving a gap of about twelve metres in the road.",
                "Drivers queued for more than twenty kilometres, and traders said prices of mealie meal and fuel in Solwezi had risen as deliveries from the Copperbelt stopped.",
                '"We have no food here and no toilets. Some of us have been on this road since Sunday," said Moses Chanda, a driver for a transport company in Kitwe.',
                "Mining companies in the province said their operations were continuing but that shipments of copper cathode had been delayed.",
                "The agency said engineers were building a temporary bypass and expected light vehicles to use it by Thursday. Heavy trucks would have to wait until a new culvert was installed, which could take two weeks.",
                "The provincial minister asked drivers to follow instructions from police at the site.",
            ],
        ),
    },
    "es": {
        "coatan": (
            "Se desborda el río Coatán en Tapachula; cientos de familias en albergues",
            [
                "El río Coatán se desbordó la madrugada de este miércoles a su paso por Tapachula tras más de doce horas de lluvias intensas en la región del Soconusco, e inundó al menos cinco colonias de la zona sur de la ciudad.",
                "Protección Civil del estado informó que unas 400 familias fueron trasladadas a albergues instalados en escuelas y en la unidad deportiva, y que no se reportan personas lesionadas.",
                "El agua alcanzó más de un metro de altura en calles de las colonias Las Palmas y Los Reyes, donde vecinos subieron muebles y electrodomésticos a las azoteas.",
                "«A las tres de la mañana ya teníamos el agua en la cama. Sacamos a los niños y a mi mamá como pudimos», contó Rosa Elvira Gómez, vecina de la colonia Las Palmas.",
                "El ayuntamiento suspendió las clases en las escuelas de las zonas afectadas y pidió a la población no cruzar puentes ni vados mientras siga lloviendo.",
                "Productores de café y plátano de la zona baja reportaron daños en caminos y plantaciones. La Comisión Nacional del Agua mantiene la vigilancia sobre los ríos Cahoacán y Suchiate, que también crecieron durante la noche.",
                "Se prevén más lluvias fuertes en la costa de Chiapas hasta el viernes.",
            ],
        ),
    },
    "ar": {
        "aqaba": (
            "سيول وادي اليتم تغلق الطريق الصحراوي وتغمر مواقع في العقبة",
            [
                "أغلقت الأجهزة المعنية مساء الثلاثاء الطريق الصحراوي عند مدخل العقبة الشمالي بعد أن جرفت سيول وادي اليتم كميات كبيرة من الأتربة والحجارة إلى مسارب الطريق.",
                "وقالت سلطة منطقة العقبة الاقتصادية الخاصة إن كميات الأمطار التي هطلت على المرتفعات الشرقية خلال ساعتين تجاوزت المعدلات المعتادة لشهر كامل.",
                "وغمرت المياه عددا من المحلات والمستودعات في المنطقة الصناعية، فيما علقت عشرات الشاحنات القادمة من الميناء على جانبي الطريق حتى ساعات الليل.",
                "وقال السائق محمود الحويطات: «كنا ننتظر منذ العصر، والمياه كانت تجري بسرعة كبيرة فوق الجسر، لم يكن أحد يستطيع العبور».",
                "وأكدت مديرية الدفاع المدني أن فرقها أخلت عائلات من منازل قريبة من مجرى الوادي، ولم تسجل إصابات بشرية.",
                "وأعيد فتح الطريق أمام حركة المركبات الصغيرة بعد منتصف الليل، بينما تواصل الآليات إزالة الركام من مسارب الشاحنات. ودعت الأرصاد الجوية المواطنين إلى الابتعاد عن مجاري الأودية.",
                "ويتوقع أن يستمر عدم الاستقرار الجوي حتى مساء الخميس.",
            ],
        ),
    },
    "ja": {
        "hotaruika": (
            "富山湾のホタルイカ、解禁後の水揚げ低調　滑川や魚津の漁業者ら肩落とす",
            [
                "富山湾で今季のホタルイカ漁が解禁されて３週間がたったが、水揚げ量が例年の３割ほどにとどまり、漁業者や観光関係者から不安の声が上がっている。",
                "県水産研究所によると、滑川、魚津両漁協の今月１１日までの水揚げは合わせて約１８トンで、過去１０年の同じ時期の平均を大きく下回った。",
                "定置網を引き揚げても網に入るのは数十匹という日もあり、市場では１キロ当たりの価格が昨年の倍近くまで上がった。",
                "滑川市の漁師、石黒智之さん（５８）は「この時期にここまで取れないのは初めてだ。燃料代も出ない」と話した。",
                "研究所は、冬の間に湾の水温が高い状態が続いたことが影響している可能性があるとみて、調査を続けている。",
                "観光船「ほたるいか海上観光」は、発光が見られない日が続いているとして一部の便を取りやめた。滑川市は４月に予定しているイベントを予定通り開くとしている。",
                "漁は５月末まで続く。",
            ],
        ),
    },
    "de": {
        "elster": (
            "Weiße Elster tritt in Plauen über die Ufer – Keller und Straßen überflutet",
            [
                "Nach tagelangem Dauerregen ist die Weiße Elster in Plauen am Dienstagabend über die Ufer getreten und hat mehrere Straßen im Stadtteil Preißelpöhl überflutet.",
                "Der Pegel erreichte nach Angaben des Landeshochwasserzentrums am Abend die Alarmstufe drei, kurz nach Mitternacht begann das Wasser wieder zu sinken.",
                "Feuerwehren aus dem gesamten Vogtlandkreis pumpten bis in die Nacht Keller leer, in einer Gartenanlage an der Elster standen Lauben bis zu den Fenstern im Wasser.",
                "„Wir haben um acht die ersten Sandsäcke gelegt, um zehn war das Wasser trotzdem im Keller“, sagte Anwohner Frank Seidel.",
                "Die Stadt sperrte mehrere Brücken und eine Zufahrt zur Innenstadt, Schulen in den betroffenen Gebieten blieben am Mittwoch geschlossen.",
                "Landrat und Oberbürgermeister kündigten an, die Schäden rasch aufzunehmen und Hilfen beim Freistaat zu beantragen. Die Talsperre Pöhl gibt nach Angaben der Landestalsperrenverwaltung derzeit mehr Wasser ab als üblich.",
                "Für Donnerstag rechnet der Deutsche Wetterdienst mit weiteren Niederschlägen im Vogtland.",
            ],
        ),
    },
    "fr": {
        "littoral": (
            "Houle et éboulis : la route du Littoral fermée, la circulation basculée sur une voie",
            [
                "La route du Littoral entre Saint-Denis et La Possession a été fermée mardi matin après la chute de plusieurs blocs de roche sur la chaussée côté montagne, dans la nuit.",
                "La direction des routes a expliqué que les fortes pluies des derniers jours avaient fragilisé la falaise et que des géologues devaient inspecter les filets de protection avant toute réouverture.",
                "Des bouchons de plusieurs kilomètres se sont formés sur la route de la Montagne, seul itinéraire de délestage, où les bus ont mis plus de deux heures à relier les deux communes.",
                "« J'ai quitté Le Port à six heures, je suis arrivée au travail à neuf heures et demie », raconte Sandrine Payet, aide-soignante au CHU de Bellepierre.",
                "La préfecture a demandé aux employeurs de favoriser le télétravail et a maintenu l'alerte fortes pluies pour le nord et l'ouest de l'île.",
                "Les élus de l'ouest réclament une nouvelle fois l'achèvement de la nouvelle route du Littoral, dont le dernier tronçon est toujours en attente. La Région assure que les travaux reprendront dans l'année.",
                "Une réouverture en basculement sur deux voies côté mer est envisagée pour mercredi soir.",
            ],
        ),
    },
    "pt": {
        "ventos": (
            "Vento forte obriga a cancelar dezenas de voos no aeroporto da Madeira",
            [
                "Mais de quarenta voos de e para o aeroporto da Madeira foram cancelados ou desviados esta terça-feira devido a rajadas de vento acima dos limites de operação na pista.",
                "A ANA – Aeroportos de Portugal informou que vários aviões tentaram aterrar sem sucesso e seguiram para o Porto Santo, Lisboa e as Canárias.",
                "Centenas de passageiros passaram a noite no terminal ou em hotéis do Funchal, enquanto as companhias procuravam lugares em voos dos próximos dias.",
                "«Estamos aqui desde as seis da manhã e ninguém nos diz nada. Tenho consulta em Lisboa amanhã», contou Lurdes Freitas, natural de Machico.",
                "O IPMA manteve o aviso laranja para a costa norte e as regiões montanhosas da ilha, com rajadas que podem chegar aos 100 quilómetros por hora.",
                "Os empresários do turismo voltaram a pedir soluções para as limitações de vento do aeroporto, que todos os invernos deixam milhares de pessoas em terra. O Governo Regional diz que o assunto está a ser estudado com a ANA.",
                "A situação deverá melhorar a partir de quinta-feira.",
            ],
        ),
    },
    "ru": {
        "sayan": (
            "Под Саяногорском потушили крупный лесной пожар",
            [
                "Лесной пожар, вспыхнувший в воскресенье в нескольких километрах от Саяногорска, локализован на площади около 350 гектаров, сообщили в республиканском минлесхозе.",
                "Огонь шёл по сухой траве и молодняку в сторону дачных массивов у посёлка Майна, ветер порывами достигал пятнадцати метров в секунду.",
                "К тушению привлекли более ста человек и около тридцати единиц техники, с воздуха работал вертолёт авиалесоохраны.",
                "«Дым было видно из города ещё днём, а к вечеру пламя подошло к самой дороге на дачи», — рассказал житель Саяногорска Виктор Кызласов.",
                "По данным МЧС, жилые дома и дачи не пострадали, эвакуация не потребовалась.",
                "В Хакасии с начала месяца действует особый противопожарный режим, выжигание травы запрещено. Специалисты называют основной причиной пожаров неосторожное обращение с огнём.",
                "Синоптики предупреждают о сохранении высокой пожароопасности до конца недели.",
            ],
        ),
    },
    "zh": {
        "nanhui": (
            "豪雨致南迴公路坍方　臺東大武路段雙向封閉",
            [
                "受連日豪雨影響，臺9線南迴公路大武路段今天清晨發生邊坡坍方，大量土石與落石阻斷雙向車道，公路局緊急封閉道路搶修。",
                "公路局南區養護工程分局表示，坍方範圍長約四十公尺，現場仍有零星落石，須等邊坡穩定後才能派機具進場清理。",
                "往返屏東與臺東的車輛被迫改道，不少返鄉民眾與貨車在大武與達仁一帶等候，當地商家表示生意受到影響。",
                "在大武經營早餐店的陳姓老闆說：「一早就聽到山上轟一聲，整條路都被石頭堵住了。」",
                "臺東縣政府已開設緊急應變小組，並提醒民眾避免前往山區與溪流，注意氣象局發布的豪雨特報。",
                "公路局預估最快明天中午可先搶通單線車道，並將視天候實施交通管制。臺鐵南迴線目前正常行駛，並加開部分班次疏運旅客，鐵路局也提醒旅客提早購票。",
                "氣象署預報，東南部地區明天仍有局部大雨，山區請特別注意坍方與落石。",
            ],
        ),
    },
    "it": {
        "petacciato": (
            "Petacciato, la frana torna a muoversi: chiusa la statale 16",
            [
                "La frana di Petacciato è tornata a muoversi dopo le piogge degli ultimi giorni e l'Anas ha chiuso nella notte un tratto della statale 16 tra Termoli e il confine con l'Abruzzo.",
                "I tecnici della Regione hanno rilevato nuove fessure sull'asfalto e sui binari della linea ferroviaria adriatica, dove la circolazione dei treni è stata rallentata.",
                "Il traffico pesante è stato deviato sull'autostrada, mentre le auto percorrono strade provinciali strette e piene di curve nell'entroterra.",
                "«Sono trent'anni che ci dicono che la frana sarà messa in sicurezza, e ogni inverno siamo di nuovo qui», ha detto Antonio Di Lisio, titolare di un'azienda agricola della zona.",
                "Il sindaco ha convocato il centro operativo comunale e chiesto alla Regione lo stato di emergenza.",
                "La Protezione civile sta monitorando anche alcune abitazioni a valle del movimento franoso. Non sono state necessarie evacuazioni, ma ai residenti è stato chiesto di segnalare subito qualsiasi crepa nei muri.",
                "Un nuovo sopralluogo dei geologi è previsto per venerdì.",
            ],
        ),
    },
    "uk": {
        "prut": (
            "Прут вийшов з берегів у Яремчі: підтоплено десятки садиб",
            [
                "Через сильні дощі в горах річка Прут у Яремчі та навколишніх селах у ніч на середу вийшла з берегів і підтопила кілька десятків садиб.",
                "За даними обласного центру з гідрометеорології, рівень води в Пруті за добу піднявся майже на два метри.",
                "Рятувальники відкачували воду з підвалів і допомагали мешканцям вивозити речі, в одному з сіл вода зруйнувала пішохідний міст.",
                "«Такого не було з двадцятого року. Вода прийшла за годину, ми ледве встигли вивести корів», — розповіла мешканка Дори Марія Федорук.",
                "Рух автомобільною дорогою на Буковель було частково обмежено через розмив узбіччя біля Ворохти.",
                "В обласній військовій адміністрації повідомили, що постраждалим виплатять допомогу після обстеження будинків комісіями. Місцеві жителі скаржаться, що берегоукріплення, про яке говорили кілька років, так і не зробили.",
                "Синоптики прогнозують, що рівень води почне спадати до вечора четверга.",
            ],
        ),
    },
    "sv": {
        "kalix": (
            "Isdämning i Kalixälven – vatten över vägar vid Överkalix",
            [
                "En isdämning i Kalixälven har fått vattnet att stiga kraftigt uppströms Överkalix, och flera vägar och tomter längs älven stod på tisdagen under vatten.",
                "Räddningstjänsten säger att vattennivån steg med nästan två meter under natten när isen packades ihop vid en krök nedanför byn.",
                "Trafikverket stängde en sträcka av väg 392 och boende i ett tiotal hus har fått hjälp att flytta bilar och båtar till högre mark.",
                "– Jag har bott här i fyrtio år och sett många vårflöden, men aldrig att isen lägger sig så här tidigt, säger Birgitta Lantto som bor vid älvstranden.",
                "Kommunen har öppnat en samlingslokal i skolan för den som behöver lämna sitt hem, men hittills har ingen evakuerats.",
                "SMHI varnar för att nivåerna kan stiga ytterligare om dämningen inte släpper. Länsstyrelsen i Norrbotten följer utvecklingen och har kontakt med kommunerna nedströms, där man förbereder sandsäckar vid de mest utsatta fastigheterna.",
                "Räddningstjänsten uppmanar allmänheten att hålla sig borta från isen.",
            ],
        ),
    },
    "cs": {
        "lipno": (
            "Hladina Lipna klesla na rekordní minimum, majitelé lodí jsou bez přístavu",
            [
                "Hladina vodní nádrže Lipno klesla po suché zimě na nejnižší úroveň od jejího napuštění a u břehů se objevily pruhy bahna široké desítky metrů.",
                "Podle Povodí Vltavy chybí v nádrži zhruba metr a půl vody oproti obvyklému stavu na konci zimy a přítoky ze Šumavy jsou výrazně slabší.",
                "Provozovatelé přístavů ve Frymburku a v Lipně nad Vltavou nemohou spustit mola na vodu a odkládají zahájení sezony.",
                "„Loď mám přivázanou v blátě. Pokud nezaprší, letos se na vodu asi nedostanu,“ řekl majitel plachetnice Pavel Kučera z Českých Budějovic.",
                "Povodí zároveň omezilo odtok z nádrže, aby udrželo minimální průtok ve Vltavě pod hrází a v Českém Krumlově.",
                "Vodohospodáři upozorňují, že situaci může zlepšit jen vydatný déšť a tání sněhu na Šumavě. Obce kolem nádrže se obávají dopadů na turistický ruch, protože léto je pro ně hlavní zdroj příjmů.",
                "Další vyhodnocení stavu vody chystá povodí na začátek dubna, kdy by mělo být jasné, zda nádrž letos doplní jarní tání.",
            ],
        ),
    },
    "el": {
        "chania": (
            "Πλημμύρες στα Χανιά μετά από καταιγίδα – εγκλωβισμένοι οδηγοί",
            [
                "Σοβαρά προβλήματα προκάλεσε στα Χανιά η ισχυρή καταιγίδα που έπληξε την περιοχή από τα ξημερώματα της Τρίτης, με δρόμους να μετατρέπονται σε χείμαρρους.",
                "Η Πυροσβεστική δέχθηκε δεκάδες κλήσεις για αντλήσεις υδάτων και για απεγκλωβισμό οδηγών που ακινητοποιήθηκαν μέσα στα νερά.",
                "Στην περιοχή των Κουνουπιδιανών και στην παλιά εθνική οδό προς το Καστέλι τα νερά παρέσυραν αυτοκίνητα και πλημμύρισαν ισόγεια καταστημάτων.",
                "«Το νερό ανέβηκε μέσα σε δέκα λεπτά, δεν προλάβαμε να βγάλουμε τίποτα», είπε η Ελένη Μαρκάκη, ιδιοκτήτρια καφενείου.",
                "Τα σχολεία του δήμου παρέμειναν κλειστά με απόφαση του δημάρχου, ενώ κλειστές ήταν και ορισμένες αγροτικές οδοί.",
                "Η Περιφέρεια Κρήτης ζήτησε να κηρυχθεί η περιοχή σε κατάσταση έκτακτης ανάγκης. Συνεργεία του δήμου καθαρίζουν φερτά υλικά από τα ρέματα.",
                "Νέα επιδείνωση του καιρού αναμένεται την Πέμπτη.",
            ],
        ),
    },
}

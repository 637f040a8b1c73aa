# ruff: noqa: E501, RUF001
"""Invented stories of the twenty-fourth blind set: (headline, paragraphs) by language and key.

Seven English stories from seven English-speaking regions (a flash flood off a burn scar near
Ruidoso, New Mexico; the Cleddau Bridge shut in Pembrokeshire; a spring tide flooding Salthill and
the Spanish Arch in Galway; an ice jam flooding homes on the Miramichi in New Brunswick; a landslip
closing the Kuranda Range Road above Cairns; a seawall breach on the East Coast of Demerara in
Guyana; the Nyamwamba bursting its banks in Kasese, Uganda) and one in each of twelve other
languages (a storm eating the coast at La Paloma, Rocha; a rockfall cutting the Val d'Anniviers
road in Valais; a mudslide closing a road in the Montafon, Vorarlberg; an earthquake swarm on
São Jorge in the Azores; an ice jam at Veliky Ustyug, Vologda; an oyster die-off in Hiroshima
Bay; hail flattening crops in Linxia, Gansu; a flash flood in Inezgane near Agadir; a storm surge
eating the beach at Porto Cesareo in Salento; a gale cutting power around Giżycko in Masuria; a
gas-field earthquake felt in Loppersum, Groningen; floods in the streets of Huế), written as
local news, regional portals and agency copy read. Names, places and figures are made up; none
of this prose is in the earlier sets (build24.py checks).
"""

from __future__ import annotations

STORIES24: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "burnscar": (
            "Flash flood off burn scar closes highway and swamps homes near Ruidoso",
            [
                "A wall of muddy water and burned logs came down a canyon west of Ruidoso on Tuesday afternoon, closing U.S. 70 for several hours and pushing mud into at least a dozen homes along the Rio Ruidoso.",
                "The National Weather Service said a thunderstorm dropped more than an inch of rain in forty minutes over ground left bare by the wildfire two summers ago, which no longer soaks up water.",
                "Firefighters pulled two people from a pickup that stalled in a low-water crossing, and a mobile home park near the river was evacuated as the flow rose toward its access road.",
                '"It sounded like a freight train and then the whole yard was brown," said Lorena Baca, who watched the water carry her neighbor\'s propane tank past her porch.',
                "Village crews spent the night clearing boulders from culverts and asked residents to stay away from arroyos while more storms are forecast over the mountains.",
                "County officials said sandbags were available at three fire stations and that a disaster declaration would be requested if damage estimates pass the state threshold. The highway reopened to one lane late Tuesday.",
                "Forecasters say the monsoon pattern will bring afternoon storms through the weekend.",
            ],
        ),
        "cleddau": (
            "Cleddau Bridge shut after inspection finds damaged bearing, forcing 30-mile detour",
            [
                "The Cleddau Bridge between Pembroke Dock and Neyland was closed to all traffic on Monday morning after engineers found a damaged bearing beneath the southern span.",
                "Pembrokeshire County Council said the fault was spotted during a routine inspection and that the bridge would stay shut until specialist contractors had assessed it.",
                "Drivers heading between the two sides of the Haven face a diversion of about thirty miles through Haverfordwest, and the council put on a shuttle bus for pedestrians and cyclists.",
                '"My shift starts at six at the refinery. I will be leaving home before four now," said Gethin Morgan, a pipefitter who lives in Pembroke Dock.',
                "Schools on both banks said they would be flexible about late arrivals, and the health board said community nurses would be reorganised so that fewer of them need to cross.",
                "Councillors said the closure showed how much of south Pembrokeshire depends on a single crossing. The ferry operator at Pembroke Dock said freight to and from the port would not be affected.",
                "The council expects to give an update on the likely length of the closure by Friday.",
            ],
        ),
        "salthill": (
            "Spring tide and storm surge flood Salthill promenade and Spanish Arch",
            [
                "A spring tide driven by strong southerly winds flooded parts of Galway city on Sunday night, with seawater pouring over the Spanish Arch and along the Salthill promenade.",
                "Galway City Council said the water reached the Fishmarket and the lower end of Dominick Street at around 9pm, less than an hour after high tide was forecast.",
                "Several businesses on the quays had moved stock off the floor and put up flood barriers, but two restaurants reported water coming up through drains at the back of their kitchens.",
                '"We have done this so often we have the sandbags by the door all winter," said Caoimhe Ní Fhlatharta, who runs a café near the Claddagh.',
                "Part of the promenade was closed overnight while council crews cleared stones and seaweed thrown up by the waves, and motorists were asked to avoid the coast road.",
                "Traders renewed calls for the long-delayed city flood relief scheme to be fast-tracked. The council said planning for the scheme was at an advanced stage and that a public consultation would open in the spring.",
                "Met Éireann has kept a yellow wind warning in place for Galway and Clare until Monday evening.",
            ],
        ),
        "icejam": (
            "Ice jam on the Miramichi floods homes and cuts road to Sunny Corner",
            [
                "An ice jam on the Northwest Miramichi River pushed water into more than twenty homes on Wednesday and cut off Route 425 near Sunny Corner, New Brunswick.",
                "The province's River Watch program said the water rose nearly two metres in three hours after a mild spell and heavy rain loosened ice upstream.",
                "Volunteer firefighters used a boat to reach an older couple whose driveway was under water, and the Red Cross opened a reception centre at the community hall.",
                '"The ice was stacked as high as my shed. I have never seen it back up this far," said Doris Fitzpatrick, who has lived beside the river for forty years.',
                "The Emergency Measures Organization warned that water levels could rise again if the jam shifts, and asked people to keep away from the riverbank.",
                "Crews from the Transportation department were waiting for the water to drop before checking a culvert that may have been damaged. Residents on the far side of the closure were being sent around by way of Red Bank.",
                "Farmers upstream said they had moved cattle to higher ground and were checking fences carried off by the ice.",
                "River Watch is expected to issue its next forecast on Thursday morning.",
            ],
        ),
        "kuranda": (
            "Landslip closes Kuranda Range Road after heavy rain above Cairns",
            [
                "The Kuranda Range Road was closed in both directions on Thursday after a landslip brought soil and trees down onto the highway above Smithfield following a night of heavy rain.",
                "Transport and Main Roads said geotechnical engineers were on site and that the road would stay shut until the slope above it had been made safe.",
                "More than 250 millimetres of rain fell on the range in twenty-four hours, and the Barron River rose quickly below the falls, closing several low crossings on the tablelands.",
                '"I drive down to Cairns for dialysis three times a week. Going round through Mareeba adds an hour and a half," said Kuranda resident Bev Tranter.',
                "The Kuranda Scenic Railway suspended its services for the day while track workers checked cuttings along the line.",
                "The department said traffic should use the Gillies Range or the Rex Range as detours, and warned that both roads were also wet and slippery. Local businesses said a long closure would hurt them at the start of the dry season.",
                "Tour operators said visitors booked on the Skyrail cableway would still be able to travel once weather allowed.",
                "An update on the road is expected on Friday afternoon.",
            ],
        ),
        "seawall": (
            "Seawall breach floods East Coast Demerara villages at high tide",
            [
                "Residents of several East Coast Demerara villages woke on Saturday to knee-deep saltwater in their yards after a section of the seawall gave way during the early morning high tide.",
                "The Ministry of Public Works said the breach, about forty metres long, was at a stretch near Mahaica where wave action had been scouring the toe of the wall for months.",
                "Kitchen gardens and rice nurseries were flooded, and farmers said saltwater in the drainage canals could harm crops across a much wider area.",
                '"The water came in quiet, quiet and then it was in the house. We had to put the children on the bed," said Savitri Persaud of Mahaica.',
                "Engineers placed boulders and sandbags at the breach before the next high tide, and the Civil Defence Commission distributed cleaning kits and drinking water.",
                "Regional officials said the drainage authority would run pumps through the weekend to clear the canals. Residents said they had complained about cracks in the wall to the neighbourhood council last year.",
                "Spring tides are expected to continue until the middle of the week.",
            ],
        ),
        "nyamwamba": (
            "River Nyamwamba bursts its banks in Kasese, displacing hundreds of families",
            [
                "Hundreds of families in Kasese Municipality were forced from their homes on Monday after the River Nyamwamba burst its banks following a night of heavy rain in the Rwenzori mountains.",
                "Local leaders said the river changed course near Bulembia, carrying boulders and mud through houses, a market and part of the road to the border at Mpondwe.",
                "Two schools were closed after their classrooms were flooded, and the municipal council said a water supply line had been broken, leaving several wards without piped water.",
                '"I heard the stones knocking in the river at night and we ran with the children. Now everything is covered," said Jovia Biira, a mother of four.',
                "The Uganda Red Cross Society set up a camp at a primary school and said it was registering families for food and blankets.",
                "District officials said the riverbanks had been weakened by sand mining and by gardens planted too close to the water. They asked residents to keep away from the channel while rain continues in the mountains.",
                "A team from the Office of the Prime Minister is expected in Kasese on Wednesday.",
            ],
        ),
    },
    "es": {
        "lapaloma": (
            "Un temporal se come la costa de La Paloma y obliga a cerrar la rambla",
            [
                "El temporal de viento sur que azotó la costa de Rocha durante la madrugada del martes provocó una fuerte erosión en las playas de La Paloma y obligó a cerrar un tramo de la rambla.",
                "El Centro Coordinador de Emergencias Departamental informó que el mar avanzó más de diez metros en la playa Anaconda y dejó al descubierto los cimientos de dos paradores.",
                "Las ráfagas superaron los 90 kilómetros por hora y varios árboles cayeron sobre el tendido eléctrico, por lo que unos 1.500 hogares quedaron sin luz durante la mañana.",
                "«Nunca vi el agua tan cerca de las casas. El médano desapareció en una noche», dijo Walter Pereyra, pescador artesanal del puerto.",
                "La Intendencia colocó vallas en la rambla y pidió a los vecinos no acercarse a la barranca, que presenta grietas en al menos dos puntos.",
                "Técnicos del Ministerio de Ambiente recorrerán la zona esta semana para evaluar el daño en las dunas. Los comerciantes temen que las obras no estén terminadas antes de la temporada.",
                "El Instituto Uruguayo de Meteorología mantiene la alerta amarilla por vientos hasta el miércoles.",
            ],
        ),
    },
    "fr": {
        "anniviers": (
            "Un éboulement coupe la route du val d'Anniviers",
            [
                "Un éboulement d'environ 2000 mètres cubes a coupé mercredi matin la route principale du val d'Anniviers, entre Sierre et Vissoie, isolant plusieurs villages de la vallée.",
                "Selon la police cantonale valaisanne, personne n'a été blessé. Un automobiliste a pu freiner à quelques mètres des blocs tombés sur la chaussée peu avant 7 heures.",
                "Le géologue cantonal s'est rendu sur place en hélicoptère et a estimé que d'autres blocs instables menaçaient encore le tronçon touché.",
                "« On entendait les pierres rouler depuis la maison, puis un grand bruit sourd », raconte Mathilde Zufferey, habitante de Niouc.",
                "Une déviation par la route de Chandolin a été mise en place pour les véhicules légers, tandis que les cars postaux ne circulent plus que jusqu'à Vissoie.",
                "Les remontées mécaniques de la vallée restent ouvertes, mais les commerçants craignent une baisse de fréquentation. Les travaux de purge pourraient durer plusieurs jours selon le service des routes.",
                "Les écoles de la vallée restent ouvertes, mais les élèves qui descendent au cycle d'orientation de Sierre sont pris en charge par un bus spécial.",
                "Un nouveau point de situation est prévu jeudi après-midi.",
            ],
        ),
    },
    "de": {
        "montafon": (
            "Mure verschüttet Landesstraße im Montafon",
            [
                "Eine Mure hat am Dienstagabend die Silvretta-Straße zwischen Gaschurn und Partenen verschüttet und mehrere Ortsteile im inneren Montafon von der Außenwelt abgeschnitten.",
                "Nach Angaben der Landeswarnzentrale waren nach tagelangem Regen Schlamm, Geröll und Bäume aus einem Seitengraben auf die Fahrbahn gerutscht.",
                "Verletzt wurde niemand. Rund 400 Einwohner und mehrere hundert Urlauber können das Tal vorerst nur zu Fuß über einen Forstweg verlassen.",
                "„Wir haben es rumpeln gehört und dann war die Straße einfach weg“, sagte Andrea Tschofen, die ein Gasthaus in Partenen führt.",
                "Die Landesstraßenverwaltung begann noch in der Nacht mit den Räumarbeiten. Ein Geologe soll am Mittwoch prüfen, ob der Hang weiter in Bewegung ist.",
                "Die Gemeinde richtete im Gemeindeamt eine Anlaufstelle ein und organisierte die Versorgung mit Lebensmitteln. Bei Bedarf steht ein Hubschrauber für Krankentransporte bereit.",
                "Mehrere Hotels im Tal meldeten, dass abreisende Gäste ihre Autos vorerst stehen lassen müssen. Die Bergbahnen bieten den Urlaubern einen kostenlosen Transfer über die Bielerhöhe an, sobald die Passstraße geräumt ist.",
                "Wann die Straße wieder befahrbar ist, lässt sich laut Land noch nicht abschätzen.",
            ],
        ),
    },
    "pt": {
        "saojorge": (
            "Crise sísmica em São Jorge leva Proteção Civil a reforçar meios na ilha",
            [
                "Uma crise sísmica que se prolonga desde domingo na ilha de São Jorge levou o Serviço Regional de Proteção Civil a reforçar os meios no concelho das Velas.",
                "O Centro de Informação e Vigilância Sismovulcânica dos Açores registou mais de 300 sismos, dos quais uma dezena foi sentida pela população, o maior com magnitude 3,6.",
                "Algumas casas antigas na freguesia do Rosais apresentam fissuras nas paredes e duas famílias pernoitaram no pavilhão municipal por precaução.",
                "«A loiça tremeu no armário e os cães não pararam de ladrar a noite toda», contou Maria do Céu Silveira, moradora nas Velas.",
                "O Governo Regional mantém o nível de alerta vulcânico V3 e pediu aos habitantes que preparem uma mochila de emergência.",
                "As escolas continuam a funcionar normalmente, mas a câmara municipal suspendeu as atividades nos edifícios mais antigos. Técnicos do LNEC vão avaliar as casas afetadas durante a semana.",
                "Os bombeiros voluntários das Velas mantêm uma equipa de prevenção em permanência e a Santa Casa da Misericórdia disponibilizou camas no lar para idosos que não queiram dormir em casa.",
                "A Proteção Civil promete um novo ponto de situação na quinta-feira.",
            ],
        ),
    },
    "ru": {
        "ustyug": (
            "В Великом Устюге из-за ледяного затора подтопило дома",
            [
                "В Великом Устюге Вологодской области в среду из-за ледяного затора на Сухоне вода вышла на улицы нижней части города и подтопила около 80 жилых домов.",
                "По данным регионального управления МЧС, уровень воды за сутки поднялся почти на два метра и превысил опасную отметку.",
                "Жителей подтопленных домов пригласили в пункт временного размещения в одной из школ. Там уже находятся около 40 человек.",
                "«Вода пришла ночью, мы успели только поднять вещи на чердак», — рассказала местная жительница Галина Попова.",
                "Спасатели на лодках доставляют продукты и лекарства пожилым людям, которые отказались покидать свои дома.",
                "Для разрушения затора специалисты готовят взрывные работы ниже по течению. В районе введён режим чрезвычайной ситуации муниципального характера.",
                "Гидрологи ожидают, что вода начнёт спадать не раньше выходных.",
            ],
        ),
    },
    "ja": {
        "kaki": (
            "広島湾でカキ大量死　養殖業者「過去最悪」",
            [
                "広島湾で養殖されているカキが大量に死んでいることが分かり、県は１２日、漁業者への聞き取り調査を始めた。",
                "県によると、江田島市や呉市の沿岸の養殖いかだで、水揚げしたカキの半数以上が死んでいる例もあるという。",
                "夏場の高い海水温と雨の少なさによる塩分濃度の上昇が影響した可能性があるとみて、水産海洋技術センターが原因を調べている。",
                "江田島市の養殖業者、沖本和也さんは「四十年やってきて、こんなにひどいのは初めてだ」と肩を落とした。",
                "出荷量の減少で、年末に向けて殻付きカキの価格が上がるとの見方も出ている。",
                "県は資金繰りに困る業者向けの相談窓口を設けた。漁協は来季に向けて稚貝の確保を急ぐとしている。",
                "地元の飲食店からは「冬の書き入れ時に地元産のカキが出せないのはつらい」との声も上がっている。県漁連は、被害を受けた業者の名簿づくりを進めている。",
                "県は今月中に被害の全体像をまとめる方針だ。",
            ],
        ),
    },
    "zh": {
        "bingbao": (
            "临夏突降冰雹 多地农作物受灾",
            [
                "12日下午，临夏回族自治州东乡县、和政县等地突降冰雹，持续时间约二十分钟，部分乡镇农作物受灾严重。",
                "据当地应急管理部门初步统计，全州受灾农作物面积超过一万二千亩，其中马铃薯、玉米和花椒受损最重。",
                "冰雹最大直径约两厘米，部分农户的温室大棚被砸破，一些乡村道路因积水一度中断。",
                "和政县农民马建国说：“刚出苗的玉米全被打倒了，今年只能补种。”",
                "灾害发生后，当地组织农技人员深入田间，指导农户开展补种和病虫害防治。",
                "保险公司已启动理赔程序，工作人员正在逐户查勘定损。气象部门提醒，近期强对流天气仍然多发。",
                "东乡县一位花椒种植户说，今年的花椒刚刚挂果，被冰雹打落了一大半，损失至少两万元。当地农业农村部门表示，将协调发放受灾农户补助资金，并组织专家评估减产情况。",
                "目前，各项救灾工作正在有序进行。",
            ],
        ),
    },
    "ar": {
        "inezgane": (
            "سيول مفاجئة تغرق أحياء في إنزكان وتشل حركة السير",
            [
                "غمرت سيول مفاجئة مساء الثلاثاء عددا من الأحياء الشعبية بمدينة إنزكان، بعد تساقطات رعدية قوية شهدتها منطقة سوس ماسة لأكثر من ساعتين.",
                "وتسربت المياه إلى عشرات المنازل والمحلات التجارية، فيما توقفت حركة السير في الطريق الرابطة بين إنزكان وأكادير لساعات.",
                "وتدخلت عناصر الوقاية المدنية لإجلاء أسر محاصرة في الطوابق السفلية، دون تسجيل خسائر في الأرواح.",
                "وقال الحسين أيت بها، صاحب محل للخضر بالسوق: «دخل الماء في دقائق، وضاعت السلعة كلها».",
                "وانتقد سكان ضعف قنوات تصريف مياه الأمطار، مطالبين بإعادة تأهيل الشبكة قبل موسم الأمطار المقبل.",
                "وأعلنت السلطات المحلية تعبئة آليات لشفط المياه وتنظيف الشوارع من الأوحال. كما تقرر تعليق الدراسة يوم الأربعاء في عدد من المؤسسات التعليمية.",
                "وتتوقع المديرية العامة للأرصاد الجوية استمرار الزخات الرعدية إلى غاية نهاية الأسبوع.",
            ],
        ),
    },
    "it": {
        "cesareo": (
            "Mareggiata a Porto Cesareo, la spiaggia arretra di otto metri",
            [
                "La mareggiata di scirocco che ha colpito la costa ionica nella notte tra lunedì e martedì ha divorato un lungo tratto di spiaggia a Porto Cesareo, nel Salento.",
                "Secondo i tecnici comunali, in alcuni punti la linea di costa è arretrata di otto metri e le onde hanno raggiunto le dune, distruggendo passerelle e recinzioni.",
                "Due stabilimenti balneari hanno subito danni alle strutture in legno, mentre il lungomare è stato chiuso al traffico per la presenza di sabbia e detriti.",
                "«Il mare è arrivato fino alla strada, non era mai successo in trent'anni», racconta Cosimo Marzano, titolare di un lido.",
                "Il sindaco ha chiesto alla Regione Puglia lo stato di calamità e un intervento urgente di ripascimento prima dell'estate.",
                "Gli ambientalisti ricordano che il tratto è tra i più esposti all'erosione di tutta la provincia di Lecce. La Capitaneria di porto ha vietato l'accesso alle zone a rischio crollo.",
                "Le associazioni dei balneari chiedono di poter iniziare subito i lavori di ricostruzione delle passerelle, per non perdere le prenotazioni di Pasqua.",
                "Un sopralluogo dei tecnici regionali è previsto per giovedì.",
            ],
        ),
    },
    "pl": {
        "gizycko": (
            "Wichura na Mazurach. Tysiące odbiorców bez prądu w powiecie giżyckim",
            [
                "Silny wiatr, który w nocy z poniedziałku na wtorek przeszedł nad Mazurami, pozbawił prądu ponad 12 tysięcy odbiorców w powiecie giżyckim i węgorzewskim.",
                "Strażacy interweniowali ponad 150 razy, głównie przy usuwaniu powalonych drzew z dróg i linii energetycznych.",
                "Na jeziorze Niegocin wiatr zerwał z cumowania kilka łodzi, a w Giżycku uszkodzony został dach hali sportowej.",
                "– Drzewo przewróciło się tuż przed naszym domem, w ostatniej chwili zdążyłem cofnąć samochód – mówi Tomasz Wróblewski z Wilkas.",
                "Energetycy pracowali całą noc, ale część mniejszych miejscowości może czekać na prąd do środy.",
                "Wojewoda warmińsko-mazurski zapowiedział pomoc dla poszkodowanych rodzin. Gminy zbierają zgłoszenia o zniszczonych budynkach.",
                "W Węgorzewie wiatr zerwał fragment dachu szkoły podstawowej, dlatego lekcje w środę odbędą się zdalnie. Właściciele przystani żeglarskich liczą straty i sprawdzają, czy ich łodzie nadają się do naprawy przed sezonem.",
                "Synoptycy ostrzegają przed kolejnymi silnymi podmuchami w czwartek.",
            ],
        ),
    },
    "nl": {
        "loppersum": (
            "Beving van 2,7 bij Garrelsweer ook in Loppersum goed gevoeld",
            [
                "Een aardbeving met een kracht van 2,7 op de schaal van Richter heeft dinsdagavond de omgeving van Garrelsweer opgeschrikt.",
                "Het KNMI meldde dat de beving om 21.14 uur plaatsvond op een diepte van ongeveer drie kilometer, boven het Groningenveld.",
                "Inwoners van Loppersum, Wirdum en Garrelsweer meldden rammelende ramen en vallende spullen. Er kwamen binnen een uur ruim tweehonderd schademeldingen binnen.",
                "„Het hele huis schudde en de kast met borden ging open. Je schrikt je elke keer weer kapot,” zegt Jolanda Bakker uit Loppersum.",
                "Het Instituut Mijnbouwschade Groningen roept bewoners op schade zo snel mogelijk te melden, ook als die klein lijkt.",
                "Hoewel de gaskraan dicht is, waarschuwen deskundigen dat er nog jaren bevingen kunnen volgen. De gemeente Eemsdelta houdt woensdag een inloopavond in het dorpshuis.",
                "Bewoners die al jaren wachten op versterking van hun huis reageren geïrriteerd. Volgens de dorpsraad van Garrelsweer zitten nog tientallen gezinnen in een woning die niet aan de veiligheidsnorm voldoet.",
                "Het is de zwaarste beving in de regio sinds vorig voorjaar.",
            ],
        ),
    },
    "vi": {
        "hue": (
            "Mưa lớn kéo dài, nhiều tuyến phố ở TP Huế ngập sâu",
            [
                "Do ảnh hưởng của đợt mưa lớn kéo dài từ đêm qua, nhiều tuyến phố ở thành phố Huế bị ngập sâu từ 0,3 đến 0,6 mét, giao thông bị chia cắt cục bộ.",
                "Theo Đài Khí tượng Thủy văn, lượng mưa tại Huế trong 24 giờ qua phổ biến từ 200 đến 300 mm, mực nước sông Hương đã vượt mức báo động 2.",
                "Các tuyến đường Lê Duẩn, Trần Hưng Đạo và khu vực quanh Đại Nội bị nước tràn vào, nhiều hộ dân phải kê đồ đạc lên cao.",
                "“Nước lên nhanh quá, nhà tôi chỉ kịp đưa xe máy lên gác”, bà Nguyễn Thị Hoa ở phường Phú Hội cho biết.",
                "Chính quyền địa phương đã cho học sinh nghỉ học và bố trí lực lượng túc trực tại các điểm ngập sâu.",
                "Ban Chỉ huy phòng chống thiên tai khuyến cáo người dân không đi qua các ngầm tràn và khu vực nước chảy xiết. Các hồ thủy điện thượng nguồn đang điều tiết nước theo quy trình.",
                "Dự báo mưa sẽ giảm dần từ ngày mai.",
            ],
        ),
    },
}

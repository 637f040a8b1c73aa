# ruff: noqa: E501, RUF001  (prose: one paragraph a line, typographic quotes and dashes as the languages write them)
"""Prose of the thirty-fourth blind set: seven English stories and one per other language.

All names, figures and quotations are invented. Each story is (headline, paragraphs); pages
use all of a story or its first paragraphs (briefs). The English Fermanagh story is long.
"""

from __future__ import annotations

STORIES34_EN: dict[str, tuple[str, list[str]]] = {
    "erne": (
        "Lough Erne rises to its highest level in eleven years as Fermanagh roads go under",
        [
            "Lough Erne has risen to its highest level in eleven years, closing more than twenty roads across Fermanagh and leaving several island farms reachable only by boat after a week of rain that followed the wettest January on the county's records.",
            "The gauge at Enniskillen's East Bridge read 47.3 metres above datum on Monday evening, some 1.4 metres above the normal winter level, and river engineers said the lower lough was still rising by about two centimetres an hour because water from the upper lough and the Cavan hills had not yet passed through.",
            "Among the roads closed on Tuesday morning were the Belleek to Garrison road at Corry, the lower lough shore road near Castle Archdale, the Derrylin road at Carrybridge and a stretch of the A32 approach to Enniskillen, where motorists were turned back by police after two cars stalled in water that had crossed the carriageway overnight.",
            "Boa Island, which is linked to the mainland by two short bridges, remained open, but the approach on the western side was down to a single lane with temporary lights and a pump working beside the verge. Residents were told the link could close at short notice if the water rose another ten centimetres.",
            "The sluice gates at Portora, which control the outflow from the upper lough, have been fully open since Friday, and the hydroelectric barrage at Cliff downstream in Donegal is running at full discharge. Engineers said both were doing what they were designed to do but could not move water out faster than the catchment was delivering it.",
            "\"There is simply more water coming into the system than any structure on the Erne can pass,\" said Declan Mulrooney, a senior rivers engineer who has worked on the lough for twenty-six years. \"The gates have been open for five days. What we need now is four or five dry days in a row, and the forecast is not offering us that.\"",
            "At Cleenish, where a causeway links a cluster of farms to the shore, the road has been under half a metre of water since Sunday. Three families there are being supplied by a council boat, and a farmer who keeps ninety suckler cows on the island said he had moved forty of them to rented ground near Bellanaleck before the causeway flooded.",
            "\"You watch the water creeping up the lane every morning and you make your decisions a day early, because if you wait you are loading cattle onto a trailer in a flood,\" said Martina Keown, whose family has farmed at Cleenish for four generations. \"We have fodder for the ones that stayed, but the yard is an island now.\"",
            "Four primary schools closed on Tuesday because buses could not reach them, and the education authority said a fifth, near Kesh, would open later than usual while drivers took a longer route around the north shore. Teachers at two of the closed schools set work online for pupils at home.",
            "In Enniskillen, the car parks beside the Round O and at the Broadmeadow have been closed and a section of the lakeside walkway fenced off. The water has reached the lower steps of several boat clubs, and the town's rowing club moved its boats to higher ground on Saturday after the pontoon lifted off its posts.",
            "The district council opened its sandbag depot at the Lackaghboy depot on Friday and said more than 6,000 bags had been collected by Monday night. Staff were also delivering filled bags to older residents in Belleek, Kesh and Lisnaskea who had asked for help through the council's flooding line.",
            "A caravan park on the lower lough was evacuated on Sunday when water reached the service road, and the owners of two marinas said they had never seen the water so close to the top of the harbour walls. Several cruisers that had been left afloat over the winter were moved to sheltered berths.",
            "Tourism businesses said the timing was less damaging than a summer flood would have been, but warned that the cost of repairs to jetties and shoreline paths could delay the opening of some sites at Easter. The heritage body that runs the monastic site on Devenish said its ferry would not run until the water had fallen.",
            "Farmers' representatives said the bigger concern was the ground itself. Land along the lough shore and the Colebrooke and Arney rivers has been waterlogged since October, and they warned that slurry storage on many farms was close to capacity with no prospect of spreading before the closed period ends.",
            "\"People outside the county see the pictures of the lough and think it is a problem for a few lakeside houses,\" said Owen Maguire, who chairs a local farming group. \"It is every farm on low ground. We have had cattle indoors since September and the tanks are full.\"",
            "The Met Office's rainfall figures for the county show that January brought 196 millimetres of rain at Lough Navar, more than twice the long-term average, and that only three days of the month were dry. A further 30 to 40 millimetres is forecast between Wednesday and Friday.",
            "Flood-risk maps published in 2023 identified about 340 properties around the lough as at risk in a one-in-a-hundred-year flood. Engineers said the current level was not yet at that mark, and only a handful of homes had reported water inside, most of them in outbuildings and garages.",
            "Local representatives have asked for the long-discussed study of the Erne's drainage to be brought forward. Previous reviews concluded that widening the channel below Belleek would lower flood peaks by only a few centimetres, and that the lough's level in a wet winter is set largely by the narrow rock reach at the outflow.",
            "Emergency planners said a multi-agency group would meet daily until the water started to fall, and asked people not to drive through flooded roads, not to walk on the lakeside paths and to keep away from the water's edge at slipways and jetties, where the banks were soft and the current strong.",
            "The lough is expected to peak on Thursday or Friday, depending on how much of the forecast rain falls on the upper catchment. Engineers said it would then take at least two weeks of mostly dry weather for levels to return to normal.",
        ],
    ),
    "manx": (
        "Storm surge breaches Douglas promenade wall and floods horse tram depot",
        [
            "A storm surge driven by north-easterly gales breached a section of the sea wall on Douglas promenade early on Tuesday, flooding the lower floor of the horse tram depot and leaving a stretch of the seafront road covered in shingle and debris.",
            "The breach, about fourteen metres long, opened near the Derby Castle end of the promenade shortly after high tide at 5.40am, when waves overtopped the wall and loosened a section of stonework that engineers had marked for repair last spring. No one was injured.",
            "Water flowed across the carriageway and into the tram depot, where it reached a depth of about forty centimetres in the stabling area. The tram horses are kept at a separate farm outside the town during the winter and were not affected, but staff said the repair workshop and stored harness had been soaked.",
            "The infrastructure department closed the northbound carriageway between the Villa Marina and Summerhill and diverted traffic along the upper roads. Contractors spent the morning clearing shingle and placing rock-filled bags in the gap before the evening tide, which was forecast to be about half a metre lower.",
            "\"The wall has done its job for more than a century, but it was never built for the combination of a high spring tide and a long easterly fetch,\" said Alison Creer, the department's coastal engineer. \"The temporary repair will hold tonight. A permanent repair will take weeks.\"",
            "Businesses along the seafront said sandbags had kept water out of most premises, although two guesthouses reported flooded cellars. Residents of Summerhill said the sea had thrown stones as large as a fist across the road and against their front doors.",
            "The ferry sailing to Heysham was cancelled for a second day and the afternoon flight to Liverpool was delayed while the runway lights were checked after the overnight winds. The harbour authority said the linkspan in Douglas had not been damaged.",
            "The department said a full survey of the promenade walls would be carried out this week, and that the breach would be added to a programme of sea-defence works already planned for the next three years.",
        ],
    ),
    "troodos": (
        "Troodos villages face rationed water as reservoirs fall to a record low",
        [
            "Hill villages in the Troodos mountains will have piped water for only four days a week from next Monday after the island's reservoirs fell to their lowest February level on record, the water authorities announced on Tuesday.",
            "The reservoirs together held 17.6 per cent of their capacity on Monday, compared with 31 per cent a year earlier, after a winter in which rainfall in the mountains reached barely half of the average. The Kouris dam, the largest, was below 11 per cent.",
            "Villages that depend on springs and boreholes rather than on the main network, including Platres, Pedoulas and several communities in the Marathasa valley, will be supplied in rotation, with tankers sent to homes for the elderly and to the clinic in Kakopetria on the days when the mains are off.",
            "Community leaders said the plan was unavoidable but came too early in the year. \"If we are rationing in February, what do we do in August, when the village has three times as many people?\" asked Andreas Pitsillides, the head of a community council in the valley. \"People here remember the summer of 2008.\"",
            "The water development department said spring flows in the high villages had fallen by about a third since November, and that two boreholes near Prodromos had been taken out of use because their level had dropped below the pumps.",
            "Farmers growing apples, cherries and vines on the terraces said irrigation quotas for the season had not yet been set but they expected cuts. A cooperative in Pedoulas said several of its members had already delayed planting new trees.",
            "Hoteliers in Platres asked that the rationing plan take account of weekends, when ski and walking visitors fill the village. The authorities said the rota would be reviewed at the end of March and that desalinated water could not be pumped up to the mountain communities.",
            "Officials urged households to repair leaks, collect rainwater and avoid washing cars and yards. Fines for watering gardens during the day, introduced last summer, remain in force.",
        ],
    ),
    "mokhotlong": (
        "Herders stranded at Mokhotlong cattle posts after heaviest snow in a decade",
        [
            "Dozens of herders and several thousand sheep and goats were cut off at cattle posts in the Mokhotlong highlands on Tuesday after the heaviest snowfall in a decade closed mountain roads and the passes leading to the lowlands.",
            "Snow more than a metre deep fell over two days on the high ground around the upper Senqu valley, and drifts closed the road between Mokhotlong town and Sani Top as well as the route over the Kotisephola pass. Police said several vehicles had been abandoned in the drifts.",
            "District officials said about 60 herders, many of them young men, were believed to be at posts above 2,800 metres with limited food. Relatives in the villages below said they had not heard from some of them since Sunday, when the mobile network went down.",
            "A helicopter from the defence force flew food, blankets and paraffin to four posts on Tuesday morning and returned with two herders who had frostbite. The disaster management authority said further flights would depend on the cloud clearing from the peaks.",
            "\"We lost eleven sheep in the first night,\" said Thabo Mokoena, a herder who walked down to the village of Linakeng through knee-deep snow. \"The kraal was full of snow by morning. The older men stayed with the animals, and they need maize meal and matches.\"",
            "Wool and mohair farmers fear heavy losses in a season that had started well. Shearing was due to begin in the coming weeks, and a livestock officer said animals weakened by cold and hunger produced less and poorer fibre.",
            "The district administrator appealed to anyone with a four-by-four vehicle and chains to help clear access to the clinics at Mapholaneng and Molika-liko, and said schools in the highlands would remain closed until Friday.",
        ],
    ),
    "musanze": (
        "Musanze landslides force families from slopes below the volcanoes",
        [
            "More than 140 families in Musanze district have been moved from their homes after landslides brought down mud and rock on hillside villages below the volcanoes overnight on Monday, local authorities said on Tuesday.",
            "The slides followed 96 millimetres of rain in less than twelve hours, the heaviest fall recorded in the district this season. Most of the damage was in Kinigi and Nyange sectors, where a number of houses built on steep terraces were destroyed or cracked.",
            "Three people were injured and taken to Ruhengeri hospital. No deaths had been reported by Tuesday afternoon, though officials said a woman from Nyange was still unaccounted for and searchers were digging through mud with hoes and spades.",
            "The road from Musanze town towards Kinigi and the park headquarters was closed for several hours while mud was cleared, and traffic on the main road to Rubavu was slowed by debris at two places. Tour operators postponed gorilla treks for the morning.",
            "\"We heard the hill moving before we saw it,\" said Jeanne Uwimana, a farmer whose house was buried to the windows. \"We ran with the children to the church. In the morning the potatoes were gone and the field was a river of stones.\"",
            "The district said displaced families were being sheltered in two schools and a parish hall and would receive food, mattresses and cooking fuel. Residents of homes classed as high-risk will be asked to relocate permanently to planned settlements further down the valley.",
            "Meteorologists forecast more heavy rain over the Northern Province until the end of the week and urged people living on steep slopes to move to safer places when it rains at night.",
            "Potato growers said harvest losses in the two sectors could run into hundreds of tonnes, raising prices at the Musanze market, which supplies much of the capital.",
        ],
    ),
    "khovsgol": (
        "Dzud deepens in Khövsgöl as herders lose livestock to extreme cold",
        [
            "Herders in Khövsgöl province have lost more than 180,000 head of livestock since the start of the winter, provincial officials said on Tuesday, as temperatures below minus 45 degrees and deep snow leave animals unable to reach grass.",
            "The province is one of the worst hit by this year's dzud, the combination of a dry summer and a harsh winter that has struck much of northern Mongolia. Officials said the losses were highest in Tsagaannuur, Rinchinlkhümbe and Ulaan-Uul, where the snow lies more than 60 centimetres deep.",
            "Fifteen trucks carrying hay and fodder pellets from the state reserve reached Mörön on Monday after a four-day journey from the capital, but the roads from the provincial centre to many soums are passable only by tracked vehicles, and some herding families have been cut off since January.",
            "\"We feed the weak animals first and the others wait,\" said Batbold Gantumur, a herder in Ulaan-Uul who has lost 140 of his 600 sheep and goats. \"The hay we stored lasted until the end of January. After that we have been buying from the soum centre at twice the price.\"",
            "The provincial emergency department has sent teams with snowmobiles to check on families in remote winter camps, and doctors have visited camps where children and older herders have been ill. Two herders were treated for frostbite after searching for lost horses.",
            "Officials said carcasses would be collected and buried once the ground thaws to prevent disease in the spring. International aid groups have begun cash transfers to the poorest herding households, who rely on livestock for both food and income.",
            "Forecasters expect the cold to ease slightly next week, but warned that the spring thaw in March and April often brings the heaviest losses, when animals weakened by winter give birth.",
        ],
    ),
    "almaty": (
        "Almaty smog prompts health warning as power plant switch lags behind schedule",
        [
            "Almaty's health authorities advised residents on Tuesday to limit time outdoors as a layer of smog settled over the city for the sixth consecutive day, with fine-particle levels in the lower districts reaching more than eight times the recommended limit.",
            "The city's network of air monitors recorded PM2.5 concentrations of up to 210 micrograms per cubic metre in the Alatau and Nauryzbay districts on Monday evening, where many private houses are still heated with coal. Still, cold air trapped by the mountains has kept the pollution close to the ground.",
            "Schools were told to cancel outdoor physical education lessons and kindergartens to keep children indoors. Clinics reported more visits from people with asthma and bronchitis, although officials said there had been no unusual rise in hospital admissions.",
            "The smog has renewed criticism of delays in converting the city's second combined heat and power plant from coal to gas. The project was due to be completed last autumn, but the operator said this month that the first of the new gas units would not start until the end of the year.",
            "\"Every winter we are told it is the last winter of coal,\" said Aigerim Seitkali, who runs a residents' group in the western districts. \"We check the map of the monitors every morning before we take the children out. Most mornings it is red.\"",
            "City officials said more than 9,000 homes in the outer districts had been connected to the gas network last year and that subsidies for connection would be extended. They also announced free public transport on days when pollution warnings are in force.",
            "Meteorologists expect a change in the weather on Thursday, when wind from the north-west should clear the air over the city for several days.",
        ],
    ),
}

STORIES34_INTL: dict[str, dict[str, tuple[str, list[str]]]] = {
    "de": {
        "spree": (
            "Braune Spree: Eisenocker erreicht die Fließe bei Lübbenau",
            [
                "Die braune Färbung der Spree hat erstmals seit Beginn der Messungen die Fließe rund um Lübbenau erreicht. Nach Angaben des Landesamtes für Umwelt lag der Eisengehalt an der Messstelle am Wotschofsker Wehr in der vergangenen Woche bei 4,8 Milligramm pro Liter, fast doppelt so hoch wie im Vorjahr.",
                "Das Eisen stammt aus dem Grundwasser ehemaliger Braunkohletagebaue im Süden der Lausitz. Wenn es mit Sauerstoff in Berührung kommt, fällt es als rotbrauner Schlamm aus, der sich auf dem Gewässergrund absetzt und Kleinstlebewesen und Fischlaich erstickt.",
                "Bislang hatten die Absetzbecken und Kalkungsanlagen im Raum Vetschau und Spremberg den größten Teil des Eisenockers zurückgehalten. Nach den starken Niederschlägen im Januar seien die Anlagen jedoch an ihre Grenzen gestoßen, teilte das zuständige Bergbausanierungsunternehmen mit.",
                "Kahnfährleute im Oberspreewald sehen die Entwicklung mit Sorge. „Wenn die Gäste im April auf braunes Wasser schauen, steigen sie nicht in den Kahn“, sagte Heiko Wendisch, der seit zwanzig Jahren Touristen durch die Fließe stakt. Schon im Herbst hätten Stammgäste nach der Wasserfarbe gefragt.",
                "Auch die Verwaltung des Biosphärenreservats warnt vor den Folgen für die Natur. In einigen Seitenarmen sei der Bestand an Bachneunaugen und Schmerlen bereits deutlich zurückgegangen, sagte eine Sprecherin. Die Schlammschicht sei stellenweise mehr als zwanzig Zentimeter dick.",
                "Das Land will nun zusätzliche Gelder bereitstellen. Geplant sind ein weiteres Absetzbecken am Südumfluter sowie eine mobile Anlage, die den Schlamm aus besonders belasteten Fließen absaugen soll. Die Arbeiten sollen vor Beginn der Kahnsaison Ende März beginnen.",
                "Umweltverbände fordern dagegen, die Ursachen stärker anzugehen. Die Belastung werde in den kommenden Jahrzehnten eher zunehmen, weil der Grundwasserspiegel in den alten Tagebaugebieten weiter steige, heißt es in einer gemeinsamen Stellungnahme.",
                "Der Landkreis kündigte für März eine Informationsveranstaltung in Lübbenau an, bei der Fachleute die Messwerte und die geplanten Maßnahmen vorstellen wollen.",
            ],
        ),
    },
    "fr": {
        "jura": (
            "Jura : un glissement de terrain coupe la route entre Saint-Claude et Septmoncel",
            [
                "Un glissement de terrain a emporté une partie de la chaussée de la RD 436 entre Saint-Claude et Septmoncel dans la nuit de lundi à mardi, coupant l'un des principaux accès au Haut-Jura. Aucun véhicule ne circulait au moment de l'effondrement.",
                "Selon les services du département, environ 800 mètres cubes de terre et de roches ont glissé sur une trentaine de mètres, à la sortie d'un virage au-dessus des gorges du Flumen. Le talus était surveillé depuis les fortes pluies de janvier, qui avaient provoqué de premières fissures.",
                "La route restera fermée pour une durée indéterminée. Une déviation est mise en place par Lajoux et Les Moussières, ce qui rallonge le trajet d'une vingtaine de minutes pour les habitants du plateau qui travaillent dans la vallée.",
                "« On savait que ça bougeait, on voyait les fissures s'élargir à chaque pluie », raconte Sylvie Grenard, qui tient une fromagerie à Septmoncel. « Pour nos livraisons de comté et de bleu de Gex, c'est un vrai casse-tête, surtout avec la neige sur la déviation. »",
                "Les transports scolaires ont été réorganisés dès mardi matin. Les collégiens du plateau inscrits à Saint-Claude partiront une demi-heure plus tôt, a indiqué la région, qui gère les lignes de cars.",
                "Un géotechnicien doit inspecter le site cette semaine pour déterminer l'ampleur des travaux. Les premières estimations évoquent un chantier de plusieurs mois, avec la construction d'un mur de soutènement ancré dans la roche.",
                "Les élus du Haut-Jura demandent que le chantier soit traité en priorité. La route est empruntée chaque jour par environ 3 200 véhicules, dont de nombreux frontaliers se rendant en Suisse par la vallée de la Valserine.",
            ],
        ),
    },
    "ru": {
        "dvina": (
            "В Архангельске закрыли ледовую переправу на острова из-за оттепели",
            [
                "Ледовую переправу через Северную Двину между Архангельском и островом Кего закрыли во вторник из-за оттепели, сообщили в администрации города. Толщина льда на отдельных участках уменьшилась до 28 сантиметров, а на поверхности появилась вода.",
                "Переправа открылась лишь в середине января, на три недели позже обычного. За это время по ней успели проехать более 11 тысяч автомобилей. Теперь жители островов смогут добраться до города только на судне на воздушной подушке.",
                "Судно будет курсировать по расписанию шесть раз в день, первый рейс отправляется в 6:40. Стоимость проезда для жителей островов не изменится, для остальных пассажиров она составит 90 рублей.",
                "«Утром ещё ездили машины, а к обеду уже поставили шлагбаум», рассказала жительница Кего Галина Шестакова. По её словам, многие островитяне успели заранее закупить продукты и топливо, но пенсионерам, которые ездят в поликлинику, будет тяжело.",
                "Сотрудники МЧС предупредили, что выходить на лёд пешком и выезжать на снегоходах сейчас опасно. За последнюю неделю спасатели дважды вытаскивали из воды рыбаков в районе Соломбалы.",
                "Синоптики прогнозируют, что тёплая погода сохранится до конца недели. Если морозы вернутся, переправу могут открыть снова, но только для легковых автомобилей массой до двух тонн.",
                "В администрации напомнили, что продукты и лекарства в магазины на островах будут доставлять по графику. Для экстренной помощи на острове Кего дежурит бригада скорой помощи.",
            ],
        ),
    },
    "ja": {
        "hirosaki": (
            "弘前市、記録的な大雪で除雪費が底をつく　補正予算を編成へ",
            [
                "記録的な大雪が続く青森県弘前市で、今年度の除雪費が当初予算の12億円をほぼ使い切ったことが分かった。市は追加の除雪費として約6億円を盛り込んだ補正予算案を今月中に市議会に提出する方針だ。",
                "弘前市では1月下旬から断続的に雪が降り続き、8日には市内の積雪が149センチに達した。2月としては観測史上2番目の深さで、市は1月末に豪雪対策本部を設置している。",
                "市によると、今季の除雪車の出動は既に延べ52回に上り、例年の2倍近いペースだという。住宅街の狭い道路では排雪が追いつかず、道幅が狭まって車のすれ違いができない場所も多い。",
                "りんご園の被害も広がっている。雪の重みで枝が折れたり、木が裂けたりする被害が市内各地で確認されており、生産者は園地に入って雪下ろしや枝の掘り出しに追われている。",
                "「これほど枝が折れたのは初めてだ。春の剪定の前に、まず雪を掘らないといけない」と、市内で40年近くりんごを栽培する工藤正雄さん（68）は話す。",
                "市は高齢者世帯の屋根の雪下ろしを支援する補助金の上限を引き上げたほか、市民に対して、道路に雪を出さないよう協力を呼びかけている。",
                "気象台によると、県内では今後1週間も平年より気温が低く、雪の日が多い見込みだという。",
            ],
        ),
    },
    "zh": {
        "qinghai": (
            "青海湖冰面禁止游客进入 普氏原羚越冬监测数量创新高",
            [
                "青海湖景区管理部门9日发布通告，因近期气温回升、湖面冰层出现裂缝，即日起禁止游客及车辆进入青海湖冰面，二郎剑、黑马河等景区的冰上游览项目全部暂停。",
                "据景区工作人员介绍，今年青海湖封湖时间较往年推迟约一周，部分湖湾冰层厚度不足20厘米。近日白天气温升至零度以上，湖东岸已发现多条长度超过百米的裂缝。",
                "通告发布后，景区在主要入湖路口设置了围挡和警示牌，并安排巡查人员沿湖岸巡逻，劝阻拍照和在冰面上行走的游客。",
                "与此同时，青海湖国家级自然保护区发布的越冬监测结果显示，今冬在刚察县、海晏县等地共监测到普氏原羚3860只，比去年同期增加约300只，数量创有监测记录以来新高。",
                "保护区监测人员表示，近年来当地拆除了部分影响原羚迁移的围栏，并在越冬区补饲草料，原羚种群数量持续恢复。“以前一个群里只能看到十几只，现在上百只的大群也常见了。”一名在刚察县工作了十多年的监测员说。",
                "保护区提醒，冬季是野生动物觅食困难时期，游客在环湖公路行驶时应减速慢行，不要下车追赶或投喂野生动物。",
            ],
        ),
    },
    "it": {
        "aosta": (
            "Traforo del Monte Bianco, tre mesi di chiusure notturne: Courmayeur teme per la stagione",
            [
                "Il traforo del Monte Bianco chiuderà ogni notte dalle 22 alle 6 per tre mesi a partire dal 1° marzo, per consentire i lavori di rifacimento della volta in un tratto di circa seicento metri sul lato italiano. Lo ha comunicato martedì la società che gestisce il tunnel.",
                "Durante le chiusure il traffico pesante sarà deviato sul Fréjus, con un aggravio di oltre due ore per gli autotrasportatori diretti in Francia. Le autovetture potranno utilizzare il colle del Piccolo San Bernardo solo dopo la riapertura primaverile della strada.",
                "A Courmayeur albergatori e commercianti temono ripercussioni sulla coda della stagione sciistica. «Molti clienti arrivano da Chamonix per una giornata e rientrano la sera tardi», spiega Marco Bertolin, titolare di un ristorante in via Roma. «Con il tunnel chiuso dopo le dieci, quella clientela la perdiamo.»",
                "Le associazioni degli autotrasportatori chiedono che le finestre di chiusura siano ridotte nel fine settimana, quando il traffico di mezzi pesanti è minore, e che sia garantito un passaggio notturno per i mezzi di soccorso.",
                "La società di gestione ha assicurato che le ambulanze e i mezzi dei vigili del fuoco potranno transitare anche di notte, con un preavviso alla sala di controllo. Ha aggiunto che i lavori sono indispensabili e che rimandarli comporterebbe in futuro chiusure totali più lunghe.",
                "La Regione ha annunciato un tavolo con i sindaci della Valdigne e le categorie economiche per concordare misure di sostegno, tra cui un potenziamento delle corse serali degli autobus verso Aosta.",
            ],
        ),
    },
    "pl": {
        "jastarnia": (
            "Sztorm zabrał plażę w Jastarni. Urząd morski zapowiada refulację",
            [
                "Sztorm, który w nocy z niedzieli na poniedziałek przeszedł nad Zatoką Gdańską i otwartym morzem, zabrał znaczną część plaży w Jastarni. W kilku miejscach fale podmyły wydmę na wysokość ponad dwóch metrów, a zejścia na plażę zostały zamknięte.",
                "Jak poinformował urząd morski, najbardziej ucierpiał odcinek między wejściami nr 62 i 68. Morze zabrało tam szacunkowo 40 tysięcy metrów sześciennych piasku. Uszkodzone zostały też drewniane schody i fragment ścieżki pieszo-rowerowej wzdłuż wydmy.",
                "„Woda doszła do samej podstawy wydmy. Takiego sztormu nie pamiętam od lat”, mówi Bogdan Konkol, rybak z Jastarni, który od rana sprawdzał łodzie w porcie. Jak dodaje, w porcie obyło się bez większych szkód.",
                "Urząd morski zapowiedział, że przed sezonem letnim na zniszczonym odcinku przeprowadzi refulację, czyli uzupełnienie plaży piaskiem wydobytym z dna morza. Prace mają się rozpocząć w kwietniu i potrwać około sześciu tygodni.",
                "Samorząd Jastarni apeluje do mieszkańców i turystów, by nie wchodzili na podmytą wydmę i nie schodzili na plażę w miejscach oznaczonych taśmą. Straż gminna sprawdza zamknięte zejścia.",
                "Synoptycy ostrzegają, że w środę nad wybrzeże może dotrzeć kolejny niż z silnym wiatrem z północnego zachodu.",
            ],
        ),
    },
    "nl": {
        "geul": (
            "Werkzaamheden aan de Geul in Valkenburg gaan deze maand van start",
            [
                "In het centrum van Valkenburg beginnen eind februari de werkzaamheden om de Geul meer ruimte te geven. Het waterschap en de gemeente willen daarmee voorkomen dat het centrum bij hoogwater opnieuw onder water loopt, zoals in de zomer van 2021.",
                "Langs een traject van ongeveer achthonderd meter wordt de rivier verbreed en worden lage muren en keerwanden gebouwd. Bij de Grendelpoort komt een nieuwe brug met een hogere doorvaarthoogte, zodat aangespoeld hout zich minder snel ophoopt.",
                "Stroomopwaarts wordt bij Schin op Geul een waterbuffer aangelegd die bij extreme regen ruim 200.000 kubieke meter water kan vasthouden. Boeren in het gebied krijgen een vergoeding als hun grasland daarvoor wordt gebruikt.",
                "Ondernemers in de Grotestraat zijn blij dat er iets gebeurt, maar maken zich zorgen over de bereikbaarheid. „We hebben na de overstroming alles opnieuw opgebouwd. Als de straat straks maanden openligt, blijven de bezoekers weg”, zegt Ingrid Huppertz, eigenaar van een lunchroom.",
                "De gemeente belooft dat winkels en horeca tijdens de werkzaamheden bereikbaar blijven voor voetgangers. Het werk wordt in fases uitgevoerd en moet in het voorjaar van 2028 klaar zijn.",
                "Het waterschap houdt op 24 februari een inloopavond in de schouwburg, waar bewoners de tekeningen kunnen bekijken en vragen kunnen stellen.",
            ],
        ),
    },
    "ko": {
        "ulleung": (
            "울릉도 여객선 닷새째 결항…생필품 품귀에 주민 불편",
            [
                "동해 먼바다에 풍랑경보가 이어지면서 경북 울릉도를 오가는 여객선 운항이 닷새째 전면 중단됐다. 울릉군에 따르면 9일 포항과 후포, 강릉을 잇는 여객선 4척이 모두 결항했다.",
                "여객선이 끊기면서 섬 안 상점에서는 우유와 채소, 달걀 등 신선식품이 거의 떨어졌다. 도동항 인근 한 마트 주인은 \"지난주 목요일 이후 물건이 한 번도 들어오지 않았다\"며 \"라면과 생수도 곧 바닥날 것 같다\"고 말했다.",
                "뭍에 나갔다가 돌아오지 못한 주민과 관광객도 수백 명에 이른다. 포항 여객터미널에는 섬으로 돌아가려는 주민들이 매일 아침 운항 여부를 확인하기 위해 모여들고 있다.",
                "울릉군은 군 보유 비축 물자를 점검하고, 기상이 나아지는 대로 화물선을 우선 투입해 생필품을 실어 나르기로 했다. 투석 환자 등 응급 환자는 해경 헬기로 이송할 계획이다.",
                "기상청은 동해 먼바다의 풍랑경보가 11일 오전까지 이어질 것으로 내다봤다. 여객선 운항은 빨라야 11일 오후에나 재개될 것으로 보인다.",
                "주민들은 대형 여객선 취항과 울릉공항 개항이 늦어지면서 겨울철 고립이 반복되고 있다며 대책 마련을 요구하고 있다.",
            ],
        ),
    },
    "cs": {
        "sumava": (
            "Vichřice polámala stromy na Šumavě, část turistických tras u Modravy je uzavřená",
            [
                "Správa Národního parku Šumava uzavřela několik turistických tras a lyžařských běžeckých okruhů v okolí Modravy a Kvildy. Silný vítr o víkendu polámal a vyvrátil tisíce stromů, především v porostech oslabených kůrovcem.",
                "Nárazy větru dosahovaly na hřebenech až 130 kilometrů v hodině. Nejvíce postižené jsou lesy v údolí Vydry a v okolí Březníku, kde popadané kmeny zablokovaly cesty na několika kilometrech.",
                "„Projít teď do těch míst je životu nebezpečné, stromy jsou zaklíněné a mohou se kdykoli pohnout,“ uvedl mluvčí parku Jiří Vondruška. Pracovníci parku podle něj nejprve uvolní hlavní cesty a běžecké tratě.",
                "Uzavřená zůstane i silnice z Modravy na Březník, kterou v zimě využívají skialpinisté a běžkaři. Správa parku žádá návštěvníky, aby respektovali zákazy a sledovali aktuální mapu uzavírek na webu parku.",
                "Podle odhadu lesníků vítr poškodil přes 40 tisíc kubíků dřeva. V první zóně parku zůstanou padlé stromy ležet, na ostatních místech je lesníci zpracují do jara, aby se v nich nepřemnožil kůrovec.",
            ],
        ),
    },
    "hu": {
        "tihany": (
            "Alacsony vízállás miatt szünetel a tihanyi komp",
            [
                "A Balaton alacsony vízállása miatt kedden leállt a Szántód és Tihany közötti kompjárat. A hajózási társaság közlése szerint a tó vízszintje a siófoki mércén 82 centiméterre csökkent, a kompkikötőknél pedig már nem biztonságos a kikötés.",
                "A komp télen is a legfontosabb kapcsolat a déli és az északi part között, naponta több száz autó és kerékpáros kel át rajta. Leállása miatt az utazóknak Balatonfüreden vagy Keszthelyen keresztül kell megkerülniük a tavat, ami akár egyórás kerülőt jelent.",
                "„Reggel még átmentem, délután már kiírták, hogy nincs komp” – mondta Szalai Krisztina, aki Szántódon lakik és Tihanyban dolgozik egy panzióban. Szerinte sok ingázó csak az utolsó pillanatban értesült a változásról.",
                "A vízügyi igazgatóság szerint a tó vízszintje a csapadékszegény ősz és a száraz január miatt jóval elmarad az ilyenkor szokásostól. A Sió-zsilipet már hónapokkal ezelőtt lezárták, hogy a tó megtartsa a vizét.",
                "A hajózási társaság a kikötők kotrását tervezi, és azt ígéri, hogy a komp a vízszint emelkedésével azonnal újraindul. Addig a menetrendi hajók sem járnak a tihanyi kikötőbe.",
            ],
        ),
    },
    "ro": {
        "mocanita": (
            "Mocănița de pe Valea Vaserului își reia cursele după repararea podului",
            [
                "Mocănița de pe Valea Vaserului își reia de sâmbătă cursele turistice, după ce podul de la Novăț, avariat de viitura din toamnă, a fost reparat. Trenul cu abur va circula de la Vișeu de Sus până la stația Paltin, în weekend și în zilele de sărbătoare.",
                "Podul a fost afectat în octombrie, când apele Vaserului au luat pe sus doi piloni și o parte din terasament. Reparațiile au durat aproape patru luni și au costat peste 1,2 milioane de lei, potrivit administratorului căii ferate forestiere.",
                "„Iarna este o perioadă bună pentru noi, vin turiști care vor să vadă trenul prin zăpadă”, spune Ioan Pop, unul dintre mecanicii mocăniței. „Am pregătit locomotiva de câteva săptămâni și abia așteptăm să o pornim.”",
                "Biletele se pot cumpăra online sau de la gara din Vișeu de Sus. Organizatorii recomandă rezervarea din timp, pentru că numărul de locuri este limitat, iar trenul are doar cinci vagoane în sezonul rece.",
                "Autoritățile locale din Maramureș spun că repornirea trenului este importantă pentru pensiunile din zonă, care au avut o scădere a rezervărilor după viitură.",
            ],
        ),
    },
    "am": {
        "tana": (
            "የጣና ሐይቅ የዓሣ ምርት መቀነሱን ዓሣ አስጋሪዎች ገለጹ",
            [
                "በጣና ሐይቅ ላይ የሚሰሩ ዓሣ አስጋሪዎች ባለፉት ሁለት ዓመታት የዓሣ ምርት በከፍተኛ ሁኔታ መቀነሱን ገለጹ። በባሕር ዳር ከተማ ዙሪያ የሚገኙ አስጋሪዎች በቀን የሚያገኙት ዓሣ ከግማሽ በላይ መቀነሱን ተናግረዋል።",
                "ለሃያ ዓመታት በሐይቁ ላይ ዓሣ ሲያጠምዱ የቆዩት አቶ ሙሉጌታ አበበ እንደሚሉት፣ ቀደም ሲል በአንድ ሌሊት እስከ ሰላሳ ኪሎ ግራም ዓሣ ያገኙ ነበር። «አሁን አሥር ኪሎ ማግኘትም ከባድ ሆኗል» ብለዋል።",
                "የዓሣ ሀብት ባለሙያዎች ለምርቱ መቀነስ ዋነኛ ምክንያት ሕገ ወጥ የዓሣ ማጥመጃ መረቦች፣ የዓሣ መራቢያ ቦታዎች መውደምና የእምቦጭ አረም መስፋፋት መሆናቸውን ይገልጻሉ።",
                "የክልሉ የእንስሳትና ዓሣ ሀብት ቢሮ ጥቃቅን ዓይን ያላቸውን መረቦች ለመቆጣጠር ቁጥጥር እንደሚያጠናክርና በመራቢያ ወቅት ዓሣ ማጥመድ እንደሚከለከል አስታውቋል።",
                "ዓሣ አስጋሪዎቹ በበኩላቸው የተሻሉ መረቦችና የቀዝቃዛ ማከማቻ ድጋፍ እንዲደረግላቸው ጠይቀዋል።",
            ],
        ),
    },
}

#: Headlines other pages of a story carry (an institution's own wording of the same story).
ALT_HEADS: dict[str, list[str]] = {
    "erne": [
        "Flooding update: road closures around Lough Erne",
        "Erne levels highest since 2016 as islands cut off",
    ],
    "manx": ["Promenade sea wall damaged in overnight surge", "Sea wall breach closes Douglas seafront road"],
    "troodos": ["Water supply rota for mountain communities from Monday", "Reservoirs at record February low"],
    "mokhotlong": ["Snow cuts off Mokhotlong highlands", "Airlift to stranded herders in the highlands"],
    "musanze": ["Families relocated after landslides in Kinigi and Nyange", "Heavy rain triggers landslides in Musanze"],
    "khovsgol": ["Fodder reaches Mörön as dzud losses mount", "Khövsgöl herders count losses in deep snow"],
    "almaty": ["Air quality warning extended in Almaty", "Almaty residents urged to stay indoors as smog lingers"],
    "spree": ["Eisenocker: Spree bei Lübbenau so braun wie nie", "Braune Spree bedroht die Kahnsaison im Spreewald"],
    "jura": ["RD 436 coupée : la déviation par Lajoux mise en place", "Haut-Jura : la route de Septmoncel emportée"],
    "dvina": ["Переправу на Кего закрыли", "Жителей островов пересадят на «воздушку»"],
    "hirosaki": ["弘前市　除雪費が枯渇、補正予算へ", "大雪　りんご園で枝折れ被害相次ぐ"],
    "qinghai": ["青海湖暂停冰面游览", "普氏原羚越冬种群数量创新高"],
    "aosta": ["Monte Bianco, chiusure notturne da marzo", "Traforo chiuso di notte, Courmayeur in allarme"],
    "jastarnia": ["Sztorm podmył wydmę w Jastarni", "Jastarnia: zamknięte zejścia na plażę po sztormie"],
    "geul": ["Start werkzaamheden Geul Valkenburg", "Geul krijgt meer ruimte in centrum Valkenburg"],
    "ulleung": ["울릉 여객선 결항 장기화", "울릉군, 생필품 수송 대책 마련"],
    "sumava": ["Polomy uzavřely trasy u Modravy", "Vítr na Šumavě vyvrátil tisíce stromů"],
    "tihany": ["Leállt a tihanyi komp", "Kerülőre kényszerülnek az ingázók a Balatonnál"],
    "mocanita": ["Mocănița repornește de sâmbătă", "Podul de la Novăț a fost reparat"],
    "tana": ["የጣና ሐይቅ የዓሣ ምርት ቀነሰ", "ዓሣ አስጋሪዎች ድጋፍ ጠየቁ"],
}

#: Paragraphs each story carries before its last one (kept apart so the stories read in order).
EXTRA: dict[str, list[str]] = {
    "erne": [
        "On the upper lough, the water has covered the jetties at Crom and the low fields around Derryvore, and the ferry to the island graveyard at Inishfendra has been tied up since the weekend. Anglers' huts along the Knockninny shore are standing in water to the door frames.",
        "Engineers said the Arney river was the main worry on the southern side of the county. It drains the limestone uplands around Florencecourt, responds quickly to heavy rain and was running above its banks at Drumane on Tuesday, flooding a minor road and a yard used for storing silage bales.",
        "Emergency services said they had been called to three cars in floodwater since Saturday. In each case the occupants got out unharmed, but one car was carried several metres off the road at Tully before it came to rest against a hedge.",
        "\"The water looks still on a flooded road, but there can be a strong current underneath and you cannot see where the edge of the road is,\" said a police inspector in Enniskillen. \"Every one of those drivers thought they could get through.\"",
        "At Belleek, where the lough narrows into the river before the border, the water reached the car park below the pottery on Monday night. Staff moved stock and equipment from the lower floor of a storage building as a precaution, and the visitor centre stayed open with a shortened route.",
        "Council staff said calls to the flooding line had more than doubled since Sunday, and most came from people asking about road closures, bin collections and whether they could get to work. Bin lorries were not able to reach about 300 rural households on Monday and Tuesday.",
        "Volunteers from a rowing club and two angling associations have helped move boats and fuel tanks away from the shore, and a local boatyard has lent a flat-bottomed workboat to take feed to cattle on an island near Killadeas.",
        "The last comparable flood on the lough, in the winter of 2015 and 2016, lasted for almost six weeks and cost the county's roads and public buildings several million pounds in repairs. Several of the flood walls built after it are being tested for the first time this week.",
        "Health officials said district nurses were using boats and longer routes to reach patients on the islands and along the shore, and that no appointments had been missed. Pharmacies in Enniskillen were arranging deliveries for people who could not travel.",
    ],
    "manx": [
        "The section that failed was last rebuilt in the 1930s, and a survey in 2024 found voids behind the facing stones along about forty metres of the wall. Repairs had been scheduled for this spring, and the department said the work would now have to be redesigned.",
        "Tram staff spent the day pumping out the depot and drying out the cars stored there. The heritage tramway is due to open for the season at Easter, and its manager said the timetable should not be affected if the electrical equipment in the workshop can be dried and tested in time.",
        "Coastguard teams closed the promenade walkway and the steps down to the beach between the Sea Terminal and Onchan Head, and asked people not to go near the sea wall to take photographs while waves were still breaking over it.",
        "Weather forecasters said the gale had brought gusts of 74 miles an hour at the airport, the strongest this winter. Winds were forecast to ease overnight, but a further band of strong easterly wind could arrive at the weekend.",
    ],
    "troodos": [
        "In Kakopetria, the community council has asked residents to fill containers on the evenings before the supply is cut and has set up a telephone list so that volunteers can carry water to older people who live alone in the upper part of the village.",
        "Engineers said water losses from old pipes in several mountain villages ran to more than a third of the supply. A programme to replace the oldest pipes in the Solea and Marathasa valleys has been approved, but the work will not start until next year.",
        "The last time the island's reservoirs fell this low, in 2008, water was shipped from Greece in tankers. Officials said that option was not being considered, because desalination plants on the coast now supply most of the towns.",
        "Climate researchers said winters with little rain had become more frequent over the past thirty years, and that the mountain communities, which rely on springs fed by rain and snow, were more exposed than the coastal towns.",
    ],
    "mokhotlong": [
        "The snow also brought down power lines between Mokhotlong and Thaba-Tseka, leaving most of the district without electricity for a second day. The utility said crews could not reach the damaged lines until the roads were cleared.",
        "In Mokhotlong town, shops ran short of paraffin and candles on Monday, and taxi operators suspended services to the villages. A nurse at the district hospital said staff who live outside the town had been sleeping at the hospital since Sunday.",
        "Road workers with a grader and a loader began clearing the main road towards Sani Top on Tuesday afternoon, but officials said it could take several days to reopen the pass, where drifts lie across the hairpin bends.",
        "\"We have enough food for a week, but the animals need to move,\" said a village chief near Linakeng, who asked for hay to be flown to the posts. \"If the cold continues, we will lose more sheep than we can count.\"",
        "Meteorologists said the snowfall was the heaviest in the highlands since 2013, when several herders died at cattle posts. They expect clear but very cold weather for the rest of the week, with night temperatures of minus 15 degrees on the high ground.",
    ],
    "musanze": [
        "Rescue teams from the district, the police and volunteers from the Red Cross worked through the night to move families from houses that had cracked walls or stood below loosened slopes. Residents carried mattresses, goats and sacks of potatoes down to the road.",
        "In Nyange, a footbridge over a stream that had swollen with runoff from the slopes was swept away, cutting a path used by pupils to reach the primary school. Classes at two schools were suspended for the day.",
        "\"The soil on these slopes is volcanic and very fertile, but when it is full of water it moves like porridge,\" said a geologist who visited the area on Tuesday. \"The terraces help, but they cannot hold the hill when it rains like this.\"",
        "The district's mayor said the government would help pay for new houses for families relocated from high-risk zones, and that a survey of all homes on slopes steeper than 30 degrees would be completed within a month.",
        "Officials said the heavy rain had also damaged a water pipeline serving parts of Musanze town, and that households in three cells would receive water by tanker until repairs were finished.",
    ],
    "khovsgol": [
        "In Tsagaannuur, in the far north of the province, reindeer herding families who move between the taiga and the lake basin said snow had buried the lichen their herds feed on. Officials said fodder for the reindeer was being flown in by a light aircraft.",
        "Prices of hay in the provincial centre have more than doubled since December, to about 25,000 tugriks a bale. The provincial government has capped the price of hay from the state reserve and limited each household to twenty bales.",
        "\"This is the third hard winter in five years,\" said a veterinary officer in Mörön. \"The families who lost many animals two years ago had not rebuilt their herds, and now they are losing again. Some will move to the city in the spring.\"",
        "Teachers said several children from herding families had not returned to boarding schools after the winter break because their parents needed them at the camps. The education department said it would allow pupils to catch up later in the year.",
        "The national emergency agency said dzud conditions covered about two thirds of the country's territory, and that livestock losses nationwide had passed 1.4 million animals.",
    ],
    "almaty": [
        "The city's air quality map showed the worst readings between 7pm and midnight, when private houses light their stoves and traffic is heaviest. Readings in the upper districts near the foothills were about half those in the lower parts of the city.",
        "Doctors advised people with heart and lung conditions to keep windows closed in the evenings, and recommended masks with filters for people who have to spend long periods outdoors. Pharmacies reported strong demand for masks and air purifiers.",
        "Environmental groups said the city's growing number of cars was adding to the problem, and called for restrictions on older vehicles and more buses. City officials said 300 new electric and gas buses would be delivered by the summer.",
        "The operator of the power plant said the conversion to gas was delayed by problems with the delivery of turbines and by the construction of a new gas pipeline, and that it had agreed a new schedule with the energy ministry.",
        "Residents in the Alatau district said they could smell coal smoke indoors on most evenings. \"You close the windows and it still comes in,\" said a teacher who lives near the ring road. \"The children cough all night.\"",
    ],
}

EXTRA.update({
    "spree": [
        "Wie stark die Belastung ist, zeigt sich besonders an den Schleusen. An der Schleuse Leipe hat sich nach Angaben von Anwohnern in wenigen Wochen eine dicke, orangefarbene Schicht an den Holzpfählen gebildet. Bei Sonnenschein sei das Wasser in manchen Fließen fast undurchsichtig.",
        "Die Spreewaldgemeinden sorgen sich auch um das Trinkwasser, obwohl die Wasserwerke ihr Wasser aus tieferen Brunnen fördern. Der Wasserverband teilte mit, dass die Trinkwasserqualität bislang nicht beeinträchtigt sei und regelmäßig überprüft werde.",
        "Fischer berichten von deutlich geringeren Fängen. „Der Schlamm legt sich auf die Laichplätze, da kommt kein Hecht mehr hoch“, sagte ein Berufsfischer aus Lehde. Er habe in diesem Winter nur etwa ein Drittel der üblichen Menge gefangen.",
        "Fachleute rechnen damit, dass die Reinigung der betroffenen Fließe mehrere Jahre dauern wird. Allein im Oberspreewald müssten mehrere zehntausend Kubikmeter Schlamm entnommen und entsorgt werden, heißt es in einem Gutachten im Auftrag des Landes.",
        "Im vergangenen Sommer hatten bereits mehrere Kahnfährhäfen in Burg und Lübben Schautafeln aufgestellt, die Gästen die Herkunft der braunen Färbung erklären. Die Tourismusverbände wollen diese Aufklärung in der kommenden Saison ausweiten.",
    ],
    "jura": [
        "Les agents des routes ont posé dès mardi des capteurs sur le talus pour mesurer les mouvements de terrain. Selon le département, la zone a encore bougé de quelques centimètres dans la journée, ce qui interdit pour l'instant toute intervention des engins.",
        "Sur la déviation, le déneigement a été renforcé. Le col de la Croix de la Serra, emprunté par certains automobilistes pour éviter les bouchons, est fermé à la circulation des poids lourds et nécessite des équipements spéciaux.",
        "Les commerçants de Septmoncel craignent une baisse de la fréquentation pendant les vacances d'hiver. « Les skieurs qui descendent à Saint-Claude le soir ne passeront plus devant chez nous », regrette un boulanger du village.",
        "Ce n'est pas la première fois que la RD 436 est touchée. En 2018, un éboulement avait déjà fermé la route pendant trois semaines, quelques kilomètres plus bas. Les élus estiment que l'ensemble du tracé dans les gorges mérite une étude complète.",
        "Les services de secours ont adapté leurs délais d'intervention : une ambulance supplémentaire est positionnée sur le plateau le temps des travaux, a précisé l'agence régionale de santé.",
    ],
    "dvina": [
        "На берегу у спуска к переправе дежурит патруль. За первые часы после закрытия несколько водителей пытались объехать шлагбаум, их остановили сотрудники ГИБДД. Штраф за выезд на закрытую переправу составляет до пяти тысяч рублей.",
        "Жители островов давно просят построить постоянный мост. В администрации отвечают, что проект моста оценивается в несколько миллиардов рублей и пока не включён в региональные программы.",
    ],
    "hirosaki": [
        "市内の小中学校では、通学路の歩道が雪で埋まり、児童が車道を歩かざるを得ない場所も出ている。市教育委員会は、登下校の時間帯に地域の見守り隊の協力を求めた。",
        "路線バスにも影響が出ている。道路の幅が狭くなったため、一部の路線では大型バスが通行できず、市内の事業者は小型車両での運行に切り替えた。",
        "市の担当者は「除雪業者の人手も限界に近い。重機のオペレーターが連日夜中から作業している」と話し、市民に理解を求めた。",
        "県によると、県内のりんご園での雪害は今月に入って急増しており、被害面積の調査を急いでいる。被害が大きい場合は、苗木の購入費などを支援する方針だ。",
        "弘前城の雪燈籠まつりは予定通り開催されるが、会場周辺の駐車場の一部は雪捨て場として使われるため、市は公共交通機関の利用を呼びかけている。",
    ],
    "qinghai": [
        "据了解，每年冬季青海湖封冻后，都有不少游客到冰面上拍照游玩。去年曾发生游客驾车驶上冰面后冰层破裂的险情，所幸未造成人员伤亡。",
        "景区管理部门表示，禁止进入冰面的措施将持续到湖面完全解冻。在此期间，游客可在湖岸观景台观赏冰景，二郎剑景区的湖岸步道照常开放。",
        "普氏原羚是我国特有的珍稀物种，仅分布在青海湖周边地区，被列为国家一级重点保护野生动物。上世纪九十年代，其数量一度不足300只。",
        "监测人员介绍，此次越冬监测共设置了23条样线，覆盖刚察县、海晏县、共和县和天峻县的主要栖息地，监测人员在零下二十多度的环境中连续工作了十天。",
        "专家指出，原羚数量增长的同时，其与家畜争夺草场的矛盾也逐渐显现，下一步将研究制定草场合理利用和生态补偿办法。",
        "当地牧民表示，近年来在草场上看到原羚的次数明显增多，有时一早出门就能看到几十只在围栏外吃草。",
    ],
    "aosta": [
        "Il tratto interessato dai lavori è quello più vicino all'imbocco italiano, dove le infiltrazioni d'acqua hanno danneggiato il rivestimento della volta. Gli interventi prevedono la rimozione del calcestruzzo ammalorato e la posa di una nuova impermeabilizzazione.",
        "Secondo i dati della società, nel 2026 il traforo è stato attraversato da circa 1,8 milioni di veicoli, di cui oltre 600 mila mezzi pesanti. Nelle ore notturne transitano in media 350 camion.",
        "Il sindaco di Courmayeur ha chiesto che la chiusura venga sospesa durante le settimane di Pasqua e nei fine settimana di marzo, quando l'afflusso di sciatori francesi e svizzeri è più alto.",
        "I lavori di quest'anno sono i primi di una serie che dovrebbe durare fino al 2030 e che comprende anche il rifacimento completo della soletta. Per le fasi successive si valuta la costruzione di una galleria di servizio parallela.",
        "Gli autotrasportatori valdostani lamentano che la deviazione sul Fréjus comporterà costi aggiuntivi per carburante e pedaggi, oltre a tempi di guida più lunghi per gli autisti.",
    ],
    "jastarnia": [
        "Według danych Instytutu Meteorologii i Gospodarki Wodnej wiatr w porywach osiągał na Helu 110 kilometrów na godzinę, a poziom morza podniósł się o ponad metr powyżej stanu średniego.",
        "Sztorm uszkodził również kilka drzew w lesie na mierzei i zerwał fragment ogrodzenia przy campingu. Strażacy kilkanaście razy wyjeżdżali do połamanych konarów, które blokowały drogę wojewódzką nr 216.",
        "Przedstawiciele branży turystycznej obawiają się, że zniszczona plaża może odstraszyć wczasowiczów. „Ludzie przyjeżdżają tu dla szerokiej plaży. Jeśli refulacja się opóźni, stracimy początek sezonu” – mówi właścicielka pensjonatu w Juracie.",
        "Urząd morski przypomina, że w ostatnich latach refulację na Półwyspie Helskim prowadzi się niemal co roku. Bez niej morze mogłoby w najwęższych miejscach przerwać mierzeję.",
        "W przyszłym tygodniu pracownicy urzędu mają przeprowadzić dokładne pomiary brzegu, które pozwolą ocenić, ile piasku trzeba będzie dostarczyć na plażę.",
    ],
    "geul": [
        "Tijdens de werkzaamheden wordt de Geul op sommige plekken tijdelijk omgeleid. Bewoners langs de rivier krijgen vooraf een brief over de planning en mogelijke overlast van trillingen en geluid.",
        "Het project kost ruim 38 miljoen euro. Het Rijk betaalt het grootste deel uit het programma voor herstel na de overstromingen, de provincie en de gemeente dragen samen ongeveer een kwart bij.",
        "Volgens het waterschap zijn de maatregelen berekend op een afvoer die groter is dan die van juli 2021. Toen kwam er binnen een dag zoveel regen dat de Geul tot ver buiten haar oevers trad en honderden woningen en bedrijven in het centrum beschadigd raakten.",
        "Ook de kabelbaan en de grotten blijven gedurende de werkzaamheden open. De gemeente zet bewegwijzering neer zodat bezoekers de omleidingen voor voetgangers kunnen volgen.",
        "Natuurorganisaties zijn positief over de plannen voor de waterbuffer, omdat die ook ruimte biedt aan nieuwe natte graslanden waar weidevogels kunnen broeden.",
    ],
    "ulleung": [
        "울릉군에 따르면 현재 섬 안에 머물고 있는 관광객은 30여 명으로, 대부분 숙박업소에서 기상이 나아지기를 기다리고 있다. 군은 관광객에게 숙박비 일부를 지원하는 방안을 검토하고 있다.",
        "주유소 기름도 넉넉하지 않은 상황이다. 군은 난방용 등유를 우선 공급하고, 차량용 연료는 1인당 구매량을 제한하기로 했다.",
        "울릉 주민 박모(62)씨는 \"겨울마다 이런 일이 반복되니 노인들은 아예 뭍에 있는 자식 집에 가서 겨울을 난다\"며 \"섬에 남은 사람들만 고생한다\"고 말했다.",
        "해양수산부는 겨울철 기상 악화에도 운항할 수 있는 대형 여객선을 투입하는 방안을 선사와 협의하고 있다고 밝혔다.",
        "울릉공항은 당초 계획보다 개항이 늦어져 내년 하반기에나 문을 열 것으로 예상된다.",
    ],
    "sumava": [
        "Nejhůře zasažené jsou smrkové porosty, které v minulých letech oslabilo sucho. Vítr je lámal v polovině výšky nebo je vyvracel i s kořeny, které v rozmáčené půdě neměly dost opory.",
        "Běžkařské trasy mezi Kvildou a Modravou by podle správy parku mohly být znovu otevřeny do konce týdne, pokud nebude dál sněžit. Lyžařská magistrála na Březník zůstane zavřená déle.",
        "Provozovatelé ubytování na Modravě uvádějí, že někteří hosté již rušili pobyty. „Jarní prázdniny jsou pro nás nejdůležitější období zimy. Doufáme, že cesty budou včas průchozí,“ řekla majitelka penzionu.",
        "Vichřice přerušila také dodávky elektřiny do několika osad. Energetici obnovili proud ve většině domácností během neděle, v odlehlých místech až v pondělí večer.",
        "Meteorologové varují, že další silný vítr může přijít ve čtvrtek. Správa parku proto doporučuje odložit výlety do lesa až na dobu, kdy se počasí uklidní.",
    ],
    "tihany": [
        "A szántódi kikötőben kedd délelőtt még álltak autók a sorompó előtt, a sofőrök többsége a helyszínen értesült arról, hogy a komp nem indul. A hajózási társaság azóta táblákat helyezett ki a 7-es főúton is.",
        "A Balaton vízszintje az elmúlt évtizedekben többször is ilyen alacsonyra süllyedt, legutóbb 2022-ben, amikor a nyári szezonban is gondot okozott a kikötőkben.",
        "A tihanyi önkormányzat szerint a leállás a téli időszakban elsősorban az ingázókat és a szállítókat érinti. A település boltjai és vendéglátóhelyei a kerülőút miatt drágábban jutnak áruhoz.",
        "Szakemberek szerint a vízszint tavaszig csak akkor emelkedhet érdemben, ha a következő hetekben az átlagosnál több csapadék hullik a vízgyűjtő területen.",
        "A hajózási társaság közölte, hogy a kotrás engedélyezése folyamatban van, és a munkák a szükséges engedélyek megérkezése után néhány héten belül elkezdődhetnek.",
    ],
    "mocanita": [
        "Pe lângă pod, muncitorii au refăcut și aproximativ trei sute de metri de terasament între Novăț și Glod, unde viitura a luat o parte din rambleu. Șinele au fost reașezate pe o fundație nouă de piatră.",
        "În sezonul de vară, trenul transportă peste 80.000 de turiști, mulți dintre ei străini. Iarna numărul este mult mai mic, dar cursele cu zăpadă au devenit tot mai căutate în ultimii ani.",
        "Administratorul căii ferate spune că la reparații au lucrat și voluntari din Germania și Elveția, membri ai unor asociații care sprijină de mulți ani mocănița de pe Valea Vaserului.",
        "Calea ferată forestieră de pe Valea Vaserului este una dintre ultimele din Europa pe care se mai transportă lemn cu trenul, iar locomotivele cu abur sunt încălzite cu lemne din pădurile din jur.",
        "Primăria Vișeu de Sus a anunțat că în weekend vor circula și autobuze suplimentare între centrul orașului și gară, pentru turiștii care sosesc cu trenul de la Sighetu Marmației.",
    ],
    "tana": [
        "በሐይቁ ዙሪያ ከሃያ ሺህ በላይ ዓሣ አስጋሪዎች እንደሚኖሩ የሚገመት ሲሆን፣ አብዛኞቹ ቤተሰቦቻቸውን የሚያስተዳድሩት ከዓሣ ማጥመድ በሚያገኙት ገቢ ነው።",
        "የባሕር ዳር ዩኒቨርሲቲ ተመራማሪዎች በቅርቡ ባደረጉት ጥናት፣ በሐይቁ ውስጥ የሚገኙ አንዳንድ የዓሣ ዝርያዎች ቁጥር ባለፉት አሥር ዓመታት በግማሽ ያህል መቀነሱን አመልክተዋል።",
        "በከተማዋ የዓሣ ገበያ ዋጋው በእጥፍ ጨምሯል። አንድ ኪሎ ቆሮሶ ቀደም ሲል በሰማንያ ብር ይሸጥ የነበረ ሲሆን፣ አሁን ከአንድ መቶ ስልሳ ብር በላይ እየተሸጠ ነው።",
        "ባለሙያዎቹ የሐይቁን ዳርቻ ሸምበቆዎችና ረግረጋማ ቦታዎች መጠበቅ ዓሣዎቹ እንዲራቡ ወሳኝ መሆኑን አሳስበዋል።",
    ],
})


def _with_extra(story: tuple[str, list[str]], key: str) -> tuple[str, list[str]]:
    head, paras = story
    extra = EXTRA.get(key, [])
    return head, [*paras[:-1], *extra, paras[-1]]


STORIES34_EN = {k: _with_extra(v, k) for k, v in STORIES34_EN.items()}
STORIES34_INTL = {lang: {k: _with_extra(v, k) for k, v in d.items()} for lang, d in STORIES34_INTL.items()}
STORIES34: dict[str, dict[str, tuple[str, list[str]]]] = {"en": STORIES34_EN, **STORIES34_INTL}

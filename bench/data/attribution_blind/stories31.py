# ruff: noqa: E501, RUF001
"""Prose of the thirty-first blind set: seven English stories and one in each of thirteen other
languages. Every name, figure and quotation is invented; places are real."""

from __future__ import annotations

EN: dict[str, tuple[str, list[str]]] = {
    "sandhills": (
        "Sandhills ranchers haul hay across three states as second blizzard buries winter range",
        [
            "Ranchers across Nebraska's Sandhills were hauling hay from as far away as western Iowa and southern South Dakota on Monday, after a second blizzard in ten days buried the winter range in Cherry and Grant counties under drifts that in places reached the eaves of calving sheds.",
            "The storm brought about 14 inches of snow to Valentine between Friday night and Sunday morning, according to the county emergency manager, Royce Adamek, but wind gusts of up to 58 miles an hour piled it into drifts that closed stretches of U.S. Highway 83 and Nebraska Highway 97 for most of the weekend.",
            "“The snow itself we can handle,” said Marlys Tjaden, who runs about 600 cow-calf pairs with her son northwest of Merriman. “It's the wind. It packs the drifts so hard you can walk a horse across the top of a fence and never know the fence was there. The cattle can't get to the grass, and the grass is what we planned the whole winter around.”",
            "Sandhills operations typically winter their herds on standing grass, feeding hay only in the worst weeks. After a dry summer cut the hay crop by roughly a third in much of the region, many ranchers went into December with thinner stacks than usual, and the two storms have forced them to feed every day since Christmas.",
            "At the Valentine Livestock Auction, hay brokers on Monday were asking $185 a ton for large round bales of grass hay delivered, up from about $120 in October. Alfalfa was quoted at $240 a ton and rising, said the barn's manager, Dale Friesen, and several buyers had booked trucks for loads that would not arrive until the end of the month.",
            "“I've had three phone calls this morning from people asking if I know anybody with hay to sell,” Friesen said. “I tell them the same thing: call Iowa, call the Dakotas, and be ready to pay for the trucking, because the trucking is half the bill now.”",
            "Freight has become its own problem. With several county roads still drifted shut, trucks bringing hay in from the east have had to wait at Ainsworth or Thedford until plows open a route, and some drivers have refused loads bound for ranches that sit more than ten miles off a paved road.",
            "Cherry County, the largest county in Nebraska by area at nearly 6,000 square miles, has eleven motor graders for about 2,400 miles of county roads. The road superintendent, Wes Kaltenbach, said crews had been working sixteen-hour shifts since Friday and were concentrating on school bus routes, mail routes and the roads that lead to ranch headquarters with calving under way.",
            "“We are getting to everybody, but we are not getting to everybody at once,” Kaltenbach said. “Some of these roads we open in the morning and the wind has them closed again by three in the afternoon. You can't get ahead of it until the wind lays down.”",
            "Early calving is the ranchers' other worry. A growing number of Sandhills herds now calve in March and April rather than February, a shift many producers made after the losses of the 2019 and 2023 storms, but first-calf heifers on many places are bred to start earlier, and some of those calves are already on the ground.",
            "Jolene Harter, a large-animal veterinarian in Valentine, said her clinic had seen a handful of frostbitten calves and two cases of cows down after getting stuck in drifts along creek bottoms. “Mostly people are doing a good job, bringing heifers into the sheds, bedding them deep,” she said. “What worries me is if this keeps going into February, when the body condition on those cows starts to slip.”",
            "The Nebraska Department of Agriculture said on Monday that it was compiling reports of livestock losses and road closures from county emergency managers and would decide later in the week whether to ask for an emergency declaration. A declaration would open low-interest loans to producers and allow some conservation acres to be hayed or grazed outside the normal season.",
            "In Grant County, the commissioners met by telephone on Sunday evening and agreed to ask the state to let ranchers cut hay from roadside ditches once the snow melts, a measure Nebraska used after the drought of 2012. The county's emergency manager, Tess Bolyard, said the request would be sent on Tuesday.",
            "Some ranchers are already making harder decisions. At Tuesday's regular cattle sale in Valentine, the auction barn expects about 2,800 head, nearly double a normal January sale, with a large share of older cows that owners have decided not to carry through the winter.",
            "“You sell the old girls now, while they still bring something, or you feed them hay you don't have,” said Curtis Mundt, who ranches south of Kilgore and planned to sell about 40 cows on Tuesday. “Neither one feels very good. But my dad did it in '49 and he always said the grass comes back. You just have to still be here when it does.”",
            "Forecasters with the National Weather Service office in North Platte said a ridge of high pressure would bring calmer, sunnier weather to the Sandhills from Wednesday, with highs near freezing by the weekend. They warned, however, that another system could bring snow and wind to the region around January 21.",
            "The Cherry County Extension office has scheduled a meeting on winter feeding and hay budgeting for Thursday evening at the Valentine Rural High School commons, and will stream it for ranchers who cannot get to town. The office said anyone with hay to sell could list it on the University of Nebraska's online hay directory free of charge.",
        ],
    ),
    "ironrange": (
        "Hibbing taconite plant to idle two lines, 410 workers face layoffs",
        [
            "The operator of the Hibbing Taconite plant said on Monday it would idle two of its three pellet lines from the middle of February, a move that will put about 410 hourly and salaried workers on indefinite layoff across Minnesota's Iron Range.",
            "In a letter to employees, the company blamed weak demand for blast-furnace pellets from its steelmaking customers in the Great Lakes and higher natural gas prices for the decision. It said the third line would keep running at reduced rates and that it expected to review the situation “no later than the end of the second quarter.”",
            "The announcement came three weeks before contract talks between the company and United Steelworkers Local 2705 were due to begin. Local president Duane Kivisto said the union had been told of the plan on Friday afternoon and had not been given production figures to back it up.",
            "“Our members have heard ‘temporary’ before,” Kivisto said outside the union hall in Hibbing. “We want to see the order book. If the customers aren't buying, show us. If this is about squeezing the contract, say so, and we'll deal with it at the table.”",
            "The plant, which ships pellets by rail to the port of Allouez in Superior, Wisconsin, produced about 7.1 million tons in 2026, according to state figures. It is one of six taconite operations on the Mesabi Range, which together supply most of the iron ore used in American blast furnaces.",
            "Hibbing mayor Ann-Marie Lukkari said the city had been through idlings before and would open a resource centre at the Memorial Building to help laid-off workers with unemployment claims, health insurance and job training. “Every one of those jobs supports another two or three on Howard Street,” she said. “We'll feel it in the restaurants and the hardware stores by March.”",
            "The Iron Range Resources and Rehabilitation Board, the state agency that spends taconite production taxes on economic development in the region, said a drop in output would also reduce the tax revenue that flows to local schools and city budgets, because the tax is paid per ton shipped.",
            "State Senator Rob Hakala, whose district includes Hibbing, said he had asked the Department of Employment and Economic Development to send a rapid-response team. He said he would also push for an extension of unemployment benefits for Iron Range miners, as the Legislature approved during the last idling in 2020.",
            "Workers leaving the afternoon shift on Monday were split between anger and resignation. Jesse Perpich, a haul-truck driver with eleven years at the mine, said he would look for work in the Bakken oil fields if the layoff lasted past the summer. “My grandfather did that in the eighties,” he said. “I hoped I wouldn't have to.”",
            "The company said salaried staff affected by the idling would receive severance under existing policy and that hourly workers would keep their health coverage for six months under the current contract.",
        ],
    ),
    "ozarks": (
        "Ice storm leaves thousands in Newton County without power for a fourth day",
        [
            "More than 5,200 homes and businesses in Newton and Searcy counties were still without electricity on Monday, four days after an ice storm coated the Arkansas Ozarks with up to three-quarters of an inch of ice and brought down trees and power lines across the Buffalo River country.",
            "Carroll-Boone Rural Electric Cooperative said its crews and about 90 line workers from cooperatives in Missouri and Oklahoma had replaced more than 140 broken poles since Friday, but that the steep, wooded terrain along Highway 7 and Highway 74 was slowing the work.",
            "“We are setting poles on hillsides where you cannot get a bucket truck within a quarter mile,” said the co-op's operations manager, Travis Yocham. “Some of these we are setting by hand, with a crew and a digger on tracks, the way they did it in 1950.”",
            "The cooperative said it hoped to restore power to most members by Wednesday night but warned that some homes at the ends of long lines in the Boxley Valley and around Deer could be out until the weekend.",
            "Newton County Judge Darla Pruett opened warming centres at the Jasper school cafeteria and the Western Grove community building on Friday. About 60 people spent Sunday night at the two sites, many of them older residents who heat with electric pumps on propane or wood stoves with blowers.",
            "Volunteers from the Jasper Volunteer Fire Department have been going door to door on the county's gravel roads to check on residents who live alone. Fire chief Lonnie Ledbetter said they had found two people with mild hypothermia and taken both to the hospital in Harrison.",
            "The Buffalo National River said in a statement that campgrounds at Steel Creek, Kyles Landing and Ozark were closed, and that downed trees blocked several trails, including the route to Hemmed-In Hollow. It asked visitors to stay away from the park until crews had cleared the roads.",
            "The storm also closed schools in Jasper, Deer and Mount Judea for the rest of the week. Superintendent Kelly Villines said the buildings had generators but many bus routes ran along roads still blocked by fallen timber.",
            "At the Low Gap store on Highway 74, owner Glenda Harp said she had been running the coolers on a generator and selling gasoline, bottled water and chain-saw oil to neighbours. “People out here are used to taking care of themselves,” she said. “But four days is a long time when you're eighty and your well pump runs on electricity.”",
        ],
    ),
    "sikkim": (
        "Snow traps 600 tourists near Tsomgo lake; army opens shelters",
        [
            "About 600 tourists travelling to Tsomgo lake and the Nathu La pass in East Sikkim spent Sunday night in army shelters and roadside homes after heavy snowfall blocked the Jawaharlal Nehru Marg between the 15th Mile and the lake, officials said on Monday.",
            "The stranded visitors, most of them families from West Bengal, Odisha and Maharashtra on winter holidays, had set out from Gangtok in about 160 shared taxis on Sunday morning. Snow began falling heavily around noon, and by mid-afternoon vehicles were unable to climb beyond the 17th Mile checkpost, police said.",
            "Soldiers of the army's Trishakti Corps and personnel of the Border Roads Organisation's Project Swastik cleared a single lane on Monday morning and escorted the vehicles back to Gangtok in convoys. The army said it had served hot meals and tea to the tourists and provided blankets and medical checks at its transit camp.",
            "“We were told it would be a day trip,” said Ritwika Sen, a schoolteacher from Howrah travelling with her husband and two children. “By four o'clock the taxi could not move. The soldiers took us to a hall with heaters and gave the children soup. Without them I don't know what we would have done.”",
            "East Sikkim district collector Pema Tshering Bhutia said permits for Tsomgo and Nathu La had been suspended until further notice and that the administration would decide on reopening the route after an assessment by the Border Roads Organisation on Wednesday.",
            "The Sikkim tourism department has asked tour operators and taxi syndicates not to accept bookings for the lake until the road is declared safe. The state's travel agents' association said more than 2,000 bookings for the coming week would have to be cancelled or changed.",
            "The India Meteorological Department's Gangtok centre forecast further light to moderate snow over the higher reaches of East and North Sikkim until Wednesday, with clear skies expected from Thursday.",
            "In North Sikkim, the road to Lachung and Yumthang remained open, though police advised drivers to carry chains and start their return before 2 pm.",
        ],
    ),
    "maldives": (
        "Addu City rations water after desalination plant breaks down",
        [
            "Households in Addu City, the Maldives' southernmost atoll, are receiving piped water for only four hours a day after the main desalination plant on Hithadhoo broke down last week, the state utility said on Monday.",
            "Fenaka Corporation said a fault in one of the plant's high-pressure pumps had cut production to about 40 per cent of normal, and that a replacement part was being flown in from Singapore. It expected full supply to resume by the end of the week.",
            "Until then, water is being supplied to Hithadhoo, Maradhoo, Maradhoo-Feydhoo and Feydhoo on a rotating schedule between 6 am and 10 am, with bowsers sent to the regional hospital, schools and the guesthouses near Gan airport.",
            "Residents queued with plastic jerry cans at the tanker stops on Monday morning. “We have a rainwater tank, but it is nearly empty because it has hardly rained since November,” said Aishath Shiuna, a mother of three in Hithadhoo. “We are using the tap water only for cooking and drinking now.”",
            "City council president Ibrahim Nashid said the breakdown showed the need for a second plant, which the council has requested from the national government since 2022. “One pump fails and forty thousand people are carrying water in buckets,” he said. “This is not acceptable in 2027.”",
            "Fenaka said it had asked households to use water sparingly and to report leaks. The utility's chief operating officer, Mohamed Arshad, said engineers were working around the clock and that an emergency unit brought from Fuvahmulah was producing about 150 tonnes a day.",
            "Guesthouse owners near Gan said the timing was poor, with the tourist season at its peak. Several said they had bought bottled water for guests and asked them to take shorter showers.",
        ],
    ),
    "kakheti": (
        "Gas pipeline rupture leaves Telavi villages without heating in freezing weather",
        [
            "Around 9,000 households in villages around Telavi in Georgia's Kakheti region were without natural gas for heating and cooking for a second day on Monday, after a landslip ruptured a distribution pipeline near the village of Kurdgelauri.",
            "The gas distribution company said the break, on a high-pressure section crossing a slope above the Alazani valley road, had been found on Saturday evening and that repair crews expected to weld the new section by Tuesday night, weather permitting.",
            "Night-time temperatures in the valley have fallen to minus eight degrees this week. Residents of Kondoli, Tsinandali and Ruispiri said they were relying on wood stoves, and that firewood sellers had raised prices from 140 to 190 lari a cubic metre since the weekend.",
            "“My mother is 84 and she sleeps next to the stove now,” said Nino Gogichaishvili, who lives in Kondoli and works at a wine cellar in Tsinandali. “We had a stove from the old times, thank God. Many young families took theirs out when the gas came.”",
            "The Telavi municipality said it had opened two heated halls, at the Kurdgelauri school and the Telavi culture centre, and was distributing electric heaters to families with small children and elderly residents living alone.",
            "Telavi's mayor, Levan Chakhnashvili, said the municipality would ask the company to compensate residents for the days without gas. The company said compensation would be decided by the energy regulator.",
            "Geologists from the regional administration said the slope had been weakened by heavy rain in December and that the pipeline route would need to be moved.",
        ],
    ),
    "issykkul": (
        "Avalanche closes road to Karakol ski base on busiest weekend",
        [
            "An avalanche blocked the road to the Karakol ski base in Kyrgyzstan's Issyk-Kul region on Saturday, stranding about 350 skiers and staff at the resort overnight on what operators said was the busiest weekend of the season.",
            "The slide came down across the 12-kilometre access road from the city of Karakol at about 2 pm, burying a 60-metre stretch under snow up to four metres deep. No one was hurt, the Ministry of Emergency Situations said, though two cars parked at a bend were damaged.",
            "Rescuers and road crews with two bulldozers worked through the night and opened one lane at about 10 am on Sunday. Buses then took guests down to Karakol in convoy.",
            "The resort's manager, Azamat Dzhumabaev, said guests who could not get down had been given rooms and meals free of charge. “Some people slept in the café on mattresses, but everyone was warm and fed,” he said.",
            "Tourists from Kazakhstan made up about half of those stranded. Aigerim Sadykova, who had driven from Almaty with friends, said the group had been told about the avalanche risk on Friday. “They closed the upper lift because of the wind, and then the road went,” she said. “We will come back, but maybe not in January.”",
            "The emergencies ministry said avalanche danger in the Issyk-Kul and Naryn regions would remain high until Wednesday after heavy snowfall in the Terskey Ala-Too range, and asked drivers to avoid mountain roads after dark.",
            "Karakol's tourism office said the ski base had received about 41,000 visitors last season and was expecting more this winter after a new chairlift opened in December.",
        ],
    ),
}

OTHER: dict[str, dict[str, tuple[str, list[str]]]] = {
    "es": {
        "humahuaca": (
            "Un alud cortó la ruta 9 en la Quebrada de Humahuaca y cientos de turistas quedaron varados",
            [
                "Un alud de barro y piedras cortó el domingo por la tarde la ruta nacional 9 entre Tilcara y Huacalera, en la Quebrada de Humahuaca, y dejó varados durante varias horas a cientos de turistas y vecinos que viajaban hacia el norte de Jujuy.",
                "El deslave se produjo después de una tormenta de más de una hora sobre los cerros del oeste, que desbordó el arroyo Huasamayo y arrastró material sobre unos 200 metros de calzada, según informó Vialidad Nacional.",
                "Máquinas viales trabajaron durante la noche y habilitaron un carril a media mañana del lunes. Hasta entonces, los vehículos que intentaban seguir hacia Humahuaca y La Quiaca debieron esperar en Tilcara o volver a San Salvador de Jujuy.",
                "“Estuvimos seis horas en el auto con los chicos, sin poder avanzar ni volver”, contó Verónica Ledesma, una turista de Rosario que viajaba con su familia. “La gente de Tilcara nos trajo mate y pan, y a la noche nos dejaron dormir en el salón de la escuela.”",
                "El intendente de Tilcara, Ramiro Cruz, dijo que el municipio abrió dos escuelas y el polideportivo para recibir a las personas varadas y que unas 180 durmieron en esos lugares. “Es enero, la Quebrada está llena y la lluvia de verano es así. Hay que estar preparados”, señaló.",
                "Protección Civil de Jujuy pidió a los conductores no circular por la ruta 9 al norte de Purmamarca durante las tormentas de la tarde y consultar el estado de los caminos antes de salir. El Servicio Meteorológico Nacional mantiene un alerta amarilla por tormentas para la Quebrada y la Puna hasta el miércoles.",
                "Los operadores turísticos de Humahuaca estiman que la ocupación hotelera ronda el 85 por ciento y temen cancelaciones si los cortes se repiten durante la temporada.",
            ],
        ),
    },
    "ru": {
        "olkhon": (
            "Ледовую переправу на Ольхон не откроют до конца января",
            [
                "Ледовая переправа на остров Ольхон через пролив Ольхонские Ворота не откроется раньше конца января: толщина льда в проливе пока не превышает 20 сантиметров, сообщили в понедельник в ГУ МЧС по Иркутской области.",
                "Для открытия переправы для легковых автомобилей лёд должен быть толщиной не менее 30 сантиметров, для автобусов — не менее 40. Из-за тёплого декабря и сильных ветров пролив замерзал неравномерно, и в нескольких местах остаются промоины.",
                "Пока жителей и туристов перевозят на судах на воздушной подушке. По словам главы Ольхонского района Сергея Бадмаева, два хивуса делают до 30 рейсов в день, но в ветреную погоду движение приостанавливают.",
                "«Продукты на остров завозим с перебоями, хлеб в Хужир привозят через день», — рассказала продавщица магазина в Хужире Татьяна Ербанова. По её словам, цены на овощи и молоко за последние две недели выросли на треть.",
                "Туроператоры жалуются на отмены: многие туристы, которые собирались на Байкал на новогодние праздники, перенесли поездки на февраль. «В прошлом году к этому времени машины уже шли по льду, а сейчас мы возим людей по 8–10 человек на хивусе», — сказал владелец турбазы в Хужире Алексей Шагдуров.",
                "Спасатели напоминают, что самостоятельный выезд на лёд Байкала запрещён. С начала января инспекторы ГИМС составили 14 протоколов на водителей, пытавшихся проехать по неокрепшему льду.",
            ],
        ),
    },
    "ar": {
        "chibayish": (
            "ملوحة المياه تقتل الجواميس في أهوار الجبايش",
            [
                "نفق أكثر من 300 رأس من الجواميس خلال الأسابيع الثلاثة الماضية في أهوار الجبايش جنوبي العراق، بعد ارتفاع نسبة الملوحة في المياه إلى مستويات غير مسبوقة، بحسب ما أفاد مربون ومسؤولون محليون يوم الاثنين.",
                "وقال مدير دائرة البيطرة في قضاء الجبايش، حيدر كاظم الأسدي، إن نسبة الأملاح في بعض مناطق الهور تجاوزت سبعة آلاف جزء في المليون، وهو ما لا تتحمله الجواميس لفترة طويلة، مشيراً إلى أن الفرق البيطرية تعالج يومياً عشرات الحالات.",
                "ويعزو المسؤولون ارتفاع الملوحة إلى انخفاض الإطلاقات المائية في نهر الفرات وقلة الأمطار خلال الشتاء، ما أدى إلى تراجع منسوب المياه في الأهوار إلى أدنى مستوى منذ سنوات.",
                "وقال المربي جبار عودة الساعدي، الذي فقد 17 جاموسة منذ بداية الشهر: «نشتري الماء العذب بالصهاريج لنسقي ما تبقى، والصهريج الواحد صار بخمسين ألف دينار. لم يعد لدينا مال ولا ماء».",
                "وأضاف أن عدداً من العائلات بدأت بنقل مواشيها إلى أطراف مدينة الناصرية والديوانية بحثاً عن الماء والعلف، وأن بعضها يفكر في ترك الهور نهائياً.",
                "ودعا قائممقام الجبايش، علي حسين الشاوي، وزارة الموارد المائية إلى زيادة الإطلاقات باتجاه الأهوار بشكل عاجل، وإلى تعويض المربين عن خسائرهم، مؤكداً أن «الأهوار مدرجة على لائحة التراث العالمي، وأهلها يستحقون أكثر من الوعود».",
            ],
        ),
    },
    "pt": {
        "lencois": (
            "Chuvas antecipam lagoas e Barreirinhas tem janeiro de recorde nos Lençóis Maranhenses",
            [
                "As chuvas que começaram mais cedo no litoral do Maranhão encheram as primeiras lagoas do Parque Nacional dos Lençóis Maranhenses ainda em janeiro, e Barreirinhas, principal porta de entrada do parque, registra a maior movimentação de turistas para o mês desde que a cidade passou a contar os visitantes.",
                "Segundo a Secretaria Municipal de Turismo, cerca de 38 mil pessoas passaram pela cidade nas duas primeiras semanas do ano, alta de 22% em relação ao mesmo período de 2026. A ocupação das pousadas chegou a 93% no fim de semana.",
                "Normalmente, as lagoas entre as dunas só atingem bom nível a partir de março. Neste ano, a Lagoa Azul e a Lagoa Bonita já têm água suficiente para banho, de acordo com os guias credenciados pelo ICMBio.",
                "“A gente costumava dizer para o turista não vir em janeiro, que ia encontrar as lagoas secas. Agora o telefone não para”, disse a guia Rosilene Castro, que trabalha há 15 anos com passeios de caminhonete 4x4 no parque.",
                "O movimento, porém, expôs problemas antigos. Moradores reclamam de falta d'água em bairros de Barreirinhas e de filas de até duas horas na balsa que atravessa o rio Preguiças. A prefeitura informou que vai colocar uma segunda balsa em operação até o fim do mês.",
                "O ICMBio lembrou que o acesso às lagoas só é permitido com guias e veículos cadastrados e que a fiscalização foi reforçada nos circuitos mais procurados.",
                "A previsão do Instituto Nacional de Meteorologia é de chuva acima da média no norte do Maranhão até março.",
            ],
        ),
    },
    "hi": {
        "bundelkhand": (
            "झांसी में पाले से सरसों और मटर की फसल चौपट, किसानों ने मांगा मुआवजा",
            [
                "बुंदेलखंड में पिछले चार दिनों से पड़ रहे पाले ने झांसी जिले के मऊरानीपुर, बबीना और गुरसराय क्षेत्रों में सरसों, मटर और चने की फसल को भारी नुकसान पहुंचाया है। कृषि विभाग के शुरुआती आकलन के अनुसार जिले में करीब 18 हजार हेक्टेयर फसल प्रभावित हुई है।",
                "सोमवार सुबह झांसी में न्यूनतम तापमान 1.8 डिग्री सेल्सियस दर्ज किया गया, जो इस मौसम का सबसे कम तापमान है। कई गांवों में खेतों में खड़ी फसल की पत्तियों पर बर्फ की परत जमी दिखाई दी।",
                "मऊरानीपुर के किसान रामसेवक कुशवाहा ने बताया कि उनकी चार बीघा मटर की फसल पूरी तरह झुलस गई है। उन्होंने कहा, “फूल आ गए थे, दाने बनने वाले थे। एक रात में सब काला पड़ गया। कर्ज लेकर बीज डाला था, अब कैसे चुकाएंगे?”",
                "जिला कृषि अधिकारी सुनील कुमार वर्मा ने बताया कि लेखपालों और कृषि कर्मचारियों की टीमें गांव-गांव जाकर नुकसान का सर्वे कर रही हैं और रिपोर्ट एक सप्ताह में शासन को भेजी जाएगी। उन्होंने किसानों को सलाह दी कि शाम को खेतों में हल्की सिंचाई करें और मेड़ों पर धुआं करें।",
                "भारतीय किसान यूनियन के जिलाध्यक्ष शिवनारायण परिहार ने मांग की कि प्रभावित किसानों को प्रति बीघा कम से कम दस हजार रुपये मुआवजा दिया जाए और फसल बीमा का भुगतान जल्द कराया जाए।",
                "मौसम विभाग ने अगले तीन दिनों तक बुंदेलखंड में शीतलहर और पाला पड़ने की चेतावनी जारी की है।",
            ],
        ),
    },
    "tr": {
        "kars": (
            "Kars'ta kar ve tipi: Ardahan yolu ulaşıma kapandı, 42 köy yolu açılamıyor",
            [
                "Kars'ta etkili olan kar yağışı ve tipi nedeniyle Kars-Ardahan kara yolu pazartesi sabahından itibaren ulaşıma kapatıldı, kent genelinde 42 köy yolunda ulaşım sağlanamıyor.",
                "Karayolları 18. Bölge Müdürlüğü, Kars ile Ardahan arasındaki yolun özellikle Ağzıaçık ve Çıldır kavşağı mevkilerinde tipinin görüş mesafesini 10 metreye kadar düşürdüğünü, ekiplerin yolda mahsur kalan 30'dan fazla aracı kurtardığını açıkladı.",
                "Kars'ta gece en düşük sıcaklık sıfırın altında 27 derece olarak ölçüldü. Sarıkamış'ta ise termometreler sıfırın altında 29 dereceyi gösterdi.",
                "Turistik Doğu Ekspresi ile Kars'a gelen yolcular da soğuk ve kardan etkilendi. Ankara'dan gelen turist Elif Demirtaş, “Kars'ı karlı görmek için geldik ama bu kadarını beklemiyorduk. Kaleye çıkamadık, yollar kapalı” dedi.",
                "İl Özel İdaresi ekipleri köy yollarını açmak için 46 iş makinesiyle çalışma yürütüyor. Kars Valiliği, zorunlu olmadıkça şehirlerarası yolculuk yapılmaması uyarısında bulundu.",
                "Meteoroloji, kar yağışının salı akşamına kadar aralıklarla süreceğini, ardından havanın açacağını ve soğukların artacağını bildirdi.",
            ],
        ),
    },
    "bn": {
        "sundarbans": (
            "সুন্দরবনে কাঁকড়া ধরতে গিয়ে বাঘের আক্রমণে জেলে আহত",
            [
                "সাতক্ষীরার শ্যামনগর উপজেলার সুন্দরবনে কাঁকড়া ধরতে গিয়ে বাঘের আক্রমণে এক জেলে গুরুতর আহত হয়েছেন। রোববার বিকেলে পশ্চিম সুন্দরবনের মালঞ্চ নদীসংলগ্ন একটি খালে এ ঘটনা ঘটে।",
                "আহত জেলের নাম আব্দুল হামিদ গাজী (৪৬)। তিনি মুন্সিগঞ্জ ইউনিয়নের হরিনগর গ্রামের বাসিন্দা। সঙ্গী জেলেরা লাঠি ও বৈঠা দিয়ে চিৎকার করলে বাঘটি তাঁকে ছেড়ে বনের ভেতরে চলে যায়।",
                "সঙ্গী জেলে মোস্তফা সরদার বলেন, ‘আমরা তিনজন নৌকা থেকে নেমে চরে কাঁকড়া ধরছিলাম। হঠাৎ পেছন থেকে বাঘ এসে হামিদ ভাইয়ের কাঁধে কামড় দেয়। আমরা সবাই একসঙ্গে চিৎকার করলে বাঘ পালিয়ে যায়।’",
                "পরে তাঁকে উদ্ধার করে শ্যামনগর উপজেলা স্বাস্থ্য কমপ্লেক্সে নেওয়া হয়। অবস্থার অবনতি হলে রাতে তাঁকে খুলনা মেডিকেল কলেজ হাসপাতালে স্থানান্তর করা হয়।",
                "বুড়িগোয়ালিনী স্টেশন কর্মকর্তা জিয়াউর রহমান বলেন, আহত জেলেরা বন বিভাগের বৈধ পাস নিয়ে বনে গিয়েছিলেন। বন বিভাগের নিয়ম অনুযায়ী তাঁর চিকিৎসার জন্য সহায়তা দেওয়া হবে।",
                "স্থানীয় জেলেরা জানান, গত এক বছরে এই এলাকায় বাঘের আক্রমণে অন্তত পাঁচজন আহত ও দুজন নিহত হয়েছেন।",
            ],
        ),
    },
    "ur": {
        "skardu": (
            "اسکردو میں شدید سردی، بجلی کی لوڈشیڈنگ 20 گھنٹے تک پہنچ گئی",
            [
                "اسکردو اور گردونواح میں درجہ حرارت منفی 16 ڈگری تک گرنے کے بعد دریاؤں میں پانی کم ہونے سے بجلی کی پیداوار متاثر ہوئی ہے اور شہر میں لوڈشیڈنگ کا دورانیہ 20 گھنٹے تک پہنچ گیا ہے۔",
                "محکمہ برقیات گلگت بلتستان کے مطابق سدپارہ پاور ہاؤس سمیت علاقے کے پن بجلی گھر اس وقت اپنی گنجائش کے ایک تہائی سے بھی کم بجلی پیدا کر رہے ہیں، کیونکہ ندی نالوں کا پانی جم چکا ہے۔",
                "اسکردو بازار کے دکاندار محمد علی بلتی نے بتایا کہ دن میں صرف چار گھنٹے بجلی آتی ہے اور وہ بھی وقفے وقفے سے۔ ان کا کہنا تھا، ’’ہیٹر چلانا تو دور کی بات، موبائل فون بھی چارج نہیں ہوتا۔ لکڑی کی قیمت دوگنی ہو چکی ہے۔‘‘",
                "ضلعی انتظامیہ نے بتایا کہ ہسپتالوں اور پانی کی فراہمی کے منصوبوں کو جنریٹروں سے بجلی دی جا رہی ہے، جبکہ سرکاری دفاتر کے اوقات کم کر دیے گئے ہیں۔",
                "شہریوں نے پیر کو یادگار چوک پر احتجاج کیا اور مطالبہ کیا کہ سردیوں کے لیے تھرمل جنریٹر لگائے جائیں اور زیر تعمیر بجلی منصوبے جلد مکمل کیے جائیں۔",
                "محکمہ موسمیات نے آئندہ ہفتے کے دوران بلتستان میں سردی کی شدت برقرار رہنے کی پیش گوئی کی ہے۔",
            ],
        ),
    },
    "mr": {
        "kolhapur": (
            "एफआरपीच्या थकबाकीवरून कोल्हापुरात ऊस उत्पादकांचे आंदोलन",
            [
                "गळीत हंगाम सुरू होऊन दोन महिने उलटले तरी अनेक साखर कारखान्यांनी ऊस उत्पादकांना एफआरपीची पूर्ण रक्कम दिलेली नाही, याच्या निषेधार्थ सोमवारी कोल्हापूर जिल्हाधिकारी कार्यालयावर शेतकऱ्यांनी मोर्चा काढला.",
                "जिल्ह्यातील सतरा कारखान्यांकडे सुमारे ४१२ कोटी रुपयांची थकबाकी असल्याचा दावा आंदोलकांनी केला. मोर्चात कागल, हातकणंगले, शिरोळ आणि करवीर तालुक्यांतील दोन हजारांहून अधिक शेतकरी सहभागी झाले होते.",
                "शिरोळ तालुक्यातील शेतकरी दत्तात्रय पाटील म्हणाले, “ऊस तुटून दोन महिने झाले. खताचे पैसे, मजुरांचे पैसे, सगळे उधारीवर चालू आहे. कारखाने पैसे कधी देणार, हे कोणी सांगत नाही.”",
                "निवासी उपजिल्हाधिकारी संजय गायकवाड यांनी शिष्टमंडळाशी चर्चा केली आणि थकबाकी असलेल्या कारखान्यांना पंधरा दिवसांत रक्कम देण्याबाबत नोटीस पाठवण्याचे आश्वासन दिले.",
                "साखर कारखानदारांच्या संघटनेच्या म्हणण्यानुसार साखरेचे दर आणि निर्यात धोरण अनिश्चित असल्याने कारखान्यांकडे रोख रकमेचा तुटवडा आहे.",
                "थकबाकी मिळाली नाही तर जानेवारीअखेर ऊसतोड बंद पाडण्याचा इशारा शेतकरी संघटनांनी दिला आहे.",
            ],
        ),
    },
    "ta": {
        "nilgiris": (
            "உதகையில் உறைபனி: பூஜ்ஜியம் டிகிரிக்கு சரிந்த வெப்பநிலை, தேயிலைச் செடிகள் கருகின",
            [
                "நீலகிரி மாவட்டம் உதகையில் திங்கள்கிழமை அதிகாலை வெப்பநிலை பூஜ்ஜியம் டிகிரி செல்சியஸாகப் பதிவானது. தாவரவியல் பூங்கா, குதிரைப் பந்தய மைதானம், காந்தல் பகுதிகளில் புல்வெளிகள் வெண்ணிறப் போர்வை போர்த்தியது போல் காட்சியளித்தன.",
                "தொடர்ந்து ஐந்தாவது நாளாக உறைபனி பொழிவதால் தலைகுந்தா, அவலாஞ்சி, எமரால்டு பகுதிகளில் தேயிலைச் செடிகளின் இளந்தளிர்கள் கருகியுள்ளன. சுமார் 1,200 ஏக்கர் தேயிலைத் தோட்டங்கள் பாதிக்கப்பட்டுள்ளதாக சிறு தேயிலை விவசாயிகள் சங்கம் தெரிவித்துள்ளது.",
                "தலைகுந்தாவைச் சேர்ந்த விவசாயி கே. ராமன் கூறுகையில், “இந்த மாதம் கிடைக்க வேண்டிய பச்சைத் தேயிலை முழுவதும் போய்விட்டது. மறுபடி தளிர் வர இரண்டு மாதம் ஆகும்” என்றார்.",
                "உறைபனியால் கேரட், முட்டைக்கோஸ் போன்ற மலைக் காய்கறிப் பயிர்களும் பாதிக்கப்பட்டுள்ளன. இழப்பைக் கணக்கிட வேளாண்மை மற்றும் தோட்டக்கலைத் துறை அலுவலர்கள் ஆய்வு மேற்கொண்டு வருகின்றனர்.",
                "குளிரைப் பொருட்படுத்தாமல் ஏராளமான சுற்றுலாப் பயணிகள் அதிகாலையிலேயே உறைபனியைக் காண குதிரைப் பந்தய மைதானத்தில் குவிந்தனர்.",
                "அடுத்த சில நாள்களுக்கும் உறைபனி தொடரும் என வானிலை ஆய்வு மையம் தெரிவித்துள்ளது.",
            ],
        ),
    },
    "ne": {
        "pokhara": (
            "फेवातालमा जलकुम्भी हटाउन अभियान, दैनिक ४० टन झिकिँदै",
            [
                "पोखराको फेवातालमा फैलिएको जलकुम्भी हटाउन पोखरा महानगरपालिकाले सोमबारदेखि विशेष अभियान सुरु गरेको छ। अभियानमा दुईवटा मेसिन र करिब १५० जना स्वयंसेवक परिचालित छन्।",
                "महानगरका अनुसार तालको करिब ३० प्रतिशत भाग जलकुम्भीले ढाकेको छ र दैनिक करिब ४० टन झार झिकिँदै छ। पछिल्ला वर्षहरूमा ढल र मल मिसिएको पानी तालमा पस्दा जलकुम्भी तीव्र रूपमा फैलिएको विज्ञहरू बताउँछन्।",
                "ताल किनारका डुंगा व्यवसायी रामबहादुर जलारी भन्छन्, “जलकुम्भीले गर्दा डुंगा चलाउनै गाह्रो भएको छ। पर्यटक तालबाराही मन्दिर जान पनि डराउँछन्।”",
                "पोखराका प्रमुखले जलकुम्भी हटाउने काम अस्थायी समाधान मात्र भएको र तालमा ढल मिसाउने होटल तथा घरहरूलाई कारबाही गरिने बताए।",
                "झिकिएको जलकुम्भीबाट प्राङ्गारिक मल बनाउने योजना रहेको महानगरले जनाएको छ।",
            ],
        ),
    },
    "uz": {
        "khiva": (
            "Xorazmda gaz taqchilligi: Xiva mahallalarida bosim pasaydi",
            [
                "Qish sovuqlari kuchaygach, Xorazm viloyatining Xiva shahri va Xiva tumanidagi qator mahallalarda tabiiy gaz bosimi keskin pasaydi. Aholi kechqurun soat 18:00 dan 23:00 gacha gaz plitalari deyarli yonmayotganini aytmoqda.",
                "“Hududgaztaminot” AJ Xorazm filiali ma’lumotiga ko‘ra, so‘nggi bir haftada viloyatda gaz iste’moli 30 foizga oshgan, magistral quvurdagi bosim esa me’yordan past bo‘lmoqda.",
                "Xivaning Chodra havli mahallasida yashovchi Gulnora Rahimova: “Bolalar sovqotmasin deb elektr isitgich yoqamiz, lekin kechqurun chiroq ham o‘chib-yonib turadi. Ovqatni tandirda pishiryapmiz”, dedi.",
                "Xiva shahar hokimligi ijtimoiy himoyaga muhtoj 1 200 dan ortiq oilaga ko‘mir va o‘tin tarqatilishini ma’lum qildi.",
                "Filial vakillari bosim muammosi yanvar oxirigacha hal etilishini, buning uchun qo‘shimcha kompressor stansiyasi ishga tushirilayotganini bildirishdi.",
            ],
        ),
    },
    "hy": {
        "goris": (
            "«Տաթևի թևեր» ճոպանուղին ձմեռային վերանորոգման համար կփակվի",
            [
                "«Տաթևի թևեր» ճոպանուղին հունվարի 18-ից մինչև փետրվարի 8-ը կդադարեցնի աշխատանքը՝ պլանային ձմեռային վերանորոգման համար, հայտնում են ճոպանուղին շահագործող հիմնադրամից։",
                "Վերանորոգման ընթացքում կփոխարինվեն մալուխների ամրակները և կստուգվեն տաղավարների արգելակային համակարգերը։ Աշխատանքներին կմասնակցեն նաև արտասահմանցի մասնագետներ։",
                "Գորիսի և Տաթևի հյուրատների սեփականատերերն անհանգստացած են, որ դադարը կհամընկնի ձմեռային արձակուրդների հետ։ «Մեր հյուրերի կեսը գալիս է հենց ճոպանուղու համար», ասաց Հալիձոր գյուղում հյուրատուն ունեցող Արմեն Սարգսյանը։",
                "Տաթևի վանք այցելել ցանկացողները կարող են օգտվել Գորիս–Տաթև ավտոճանապարհից, որը ձմռանը մաքրվում է ձյունից, տեղեկացնում են Սյունիքի մարզպետարանից։",
                "Ճոպանուղին անցած տարի սպասարկել է շուրջ 170 հազար ուղևոր։",
            ],
        ),
    },
}


# Later paragraphs, kept apart so the briefs (a story's first paragraphs) read as the wires send them.
MORE: dict[str, list[str]] = {
    "sandhills": [
        "The first of the two storms, on New Year's Day, had already stretched supplies. It dropped about eight inches of snow on Cherry County with less wind, and most ranchers were able to get feed trucks and tractors out to their herds within a day. The second storm undid that work, refilling the lanes and burying windbreaks that had been dug out.",
        "On the Hanna ranch south of Valentine, Clay Hanna and two hired men spent Saturday pulling a tractor out of a drift with another tractor while trying to reach a bunch of 180 bred heifers on a meadow along the Snake River. “We got to them about dark,” Hanna said. “They were bunched up behind the cedar breaks, which is what you want. They knew more about what to do than we did.”",
        "Ranch families say the work does not stop when the snow does. Every morning means thawing stock-tank heaters, chopping ice from windmill tanks where the heaters have failed, and starting diesel tractors that do not want to start at fifteen below. Several said they had not been to town since before the storm.",
        "Schools in Valentine, Cody-Kilgore and Thedford were closed on Monday and will start two hours late on Tuesday. The Cherry County Hospital said it had moved two nurses and a doctor into rooms at the hospital for the weekend so that staff would be on hand if roads closed again.",
        "The Nebraska National Guard said it had not been asked to drop hay by helicopter, as it did for stranded herds in 2019, but that it had crews on standby. State Senator Tanya Storer, whose district covers much of the Sandhills, said she had spoken with the governor's office on Sunday and expected a decision on state help within days.",
        "Hay dealers in eastern Nebraska said demand from the Sandhills had pushed up prices across the state. Wayne Hoefs, who sells hay out of Norfolk, said he had shipped twenty semi loads west since New Year's and could not keep up. “Everybody who has a stack is getting calls,” he said. “Guys who were going to feed it themselves are selling some because the price is too good.”",
        "The Sandhills are one of the largest grass-stabilized dune systems in the world, covering about a quarter of Nebraska, and the region's ranches depend almost entirely on cattle. A bad winter in the region is felt in feedlots and packing plants across the Plains when the calf crop comes to market the following autumn.",
        "For now, ranchers say they are counting bales and watching the sky. “We'll make it to grass,” Tjaden said. “It's going to cost us, and it's going to cost some of the neighbours more than they can afford. But we'll make it. Ask me again in March.”",
        "Readers with road closures or livestock emergencies should call the Cherry County emergency management office. The county's road department posts plowing updates on its Facebook page each morning.",
    ],
    "ironrange": [
        "The idling will also affect contractors and suppliers. Mesabi Fabrication, a machine shop in Chisholm that repairs crusher parts for the plant, said about a third of its work came from Hibbing Taconite and that it would cut hours for its 38 employees if the idling lasted more than two months.",
        "Local economists say the region has become more diverse since the steep cuts of the 1980s, when employment in the mines fell from about 15,000 to fewer than 4,000, but that mining still pays the highest wages in most Range towns. A production worker at the plant earns about $34 an hour before overtime, according to the union.",
        "Hibbing Community College said it would offer laid-off workers tuition-free places in its welding, electrical and nursing assistant programmes starting in March, paid for with a state grant already set aside for dislocated workers.",
        "The company did not say how many of the 410 affected employees were salaried staff. It said it would hold meetings with workers at the plant on Wednesday and Thursday to explain benefits and recall rights.",
    ],
    "ozarks": [
        "The ice storm was the worst in the region since the winter of 2009, when a storm left parts of northern Arkansas without power for more than two weeks. Forecasters said this storm's ice was thinner but fell over a longer period, from Wednesday night until Friday morning, loading trees that were still in full growth after a wet autumn.",
        "The Arkansas Department of Transportation said crews had cleared fallen trees from all state highways in Newton County by Sunday evening, but dozens of county roads remained blocked. County road foreman Dwight Villines said his crews had cut more than 400 trees off roads since Friday and were working from the county seat outward.",
        "The Newton County Sheriff's Office warned residents running generators to keep them outdoors and away from windows after a family near Parthenon was treated for carbon monoxide exposure on Saturday. The family recovered, deputies said.",
        "Volunteers from churches in Harrison and Marshall were delivering hot meals to the warming centres and to homebound residents. The Ozark Food Bank said it would send a truck of water, canned food and baby supplies to Jasper on Tuesday.",
        "Carroll-Boone asked members who still had no power to report outages through its phone line rather than social media, and said crews would be working each day from first light until 10 pm until all lines were back up.",
    ],
    "sikkim": [
        "Tourism is one of Sikkim's biggest sources of income, and the Tsomgo–Nathu La excursion is among the most sold packages in Gangtok, with taxi syndicates running several hundred vehicles on the route each day in season. Permits are issued through registered travel agents and checked at the police checkpost near the 15th Mile.",
        "Taxi drivers said they had warned that weather on the route could change quickly in January. “We tell the tourists to start early and come back early, but everyone wants photographs in the snow,” said Karma Lepcha, a driver who has worked on the route for twelve years. “On Sunday the snow came faster than anyone thought.”",
        "A team from the state health department checked the returning tourists at Gangtok's taxi stand on Monday afternoon. Officials said eleven people had been treated for altitude sickness and mild cold injuries, and none needed to be admitted to hospital.",
        "The chief minister's office said in a statement that the government would review the system for issuing permits during the winter months and would consider allowing vehicles to start only after a morning weather check by the district administration.",
        "Hoteliers on MG Marg in Gangtok said most stranded tourists had simply extended their stay by a day, and several hotels offered the extra night at a discount.",
    ],
    "maldives": [
        "Addu City has a population of around 35,000, and its islands are linked by a causeway that carries the water mains as well as the road. The desalination plant on Hithadhoo, which has a capacity of about 1,200 tonnes a day, supplies all four linked islands.",
        "The breakdown comes less than a year after a similar fault in April left parts of the city on reduced supply for nine days. The council said at the time that Fenaka had promised to keep spare pumps on site; the utility said on Monday that the spare had been used for repairs in another atoll in October and had not been replaced.",
        "The Ministry of Environment said it was sending bottled water to Addu through the National Disaster Management Authority and would help the city with a plan for a second plant when the budget for next year is drawn up.",
        "At the Hithadhoo regional hospital, staff said the water supply for surgery and dialysis had not been affected because the hospital had its own storage tanks, which were being refilled by bowser twice a day.",
        "Fenaka said it would publish the daily supply schedule on its social media accounts and at the city council office until the plant was fully repaired.",
    ],
    "kakheti": [
        "Kakheti, the country's main wine region, has been connected to the national gas network village by village over the past fifteen years, and most households now cook and heat with gas. Officials said that made outages harder to cope with than in the past, when almost every home kept a wood stove.",
        "At the Tsinandali estate and other wineries in the area, managers said production had not been affected because the cellars heat their fermentation rooms with electricity. But several small family wine cellars said they had stopped receiving visitors for the week.",
        "The energy regulator said it would examine whether the company had responded quickly enough. Under Georgian rules, distributors must pay compensation to customers for supply interruptions that last longer than a set time, unless they are caused by natural disasters.",
        "Residents said this was the second long gas outage in the area in three winters. “In 2025 it was four days,” said Davit Kochlamazashvili, a retired teacher in Ruispiri. “Then they told us the pipe would be moved away from the slope. Nothing was moved.”",
        "The company said the relocated section of pipeline would be built in the spring, once the ground has dried, and that it would keep a repair team stationed in Telavi until then.",
    ],
    "issykkul": [
        "The Karakol ski base, built in the Soviet era and modernised over the past decade, lies at about 2,300 metres above sea level in a valley of the Terskey Ala-Too. It is the largest ski resort in the country and draws visitors from Kazakhstan, Russia and increasingly from Europe and China.",
        "Local officials said the avalanche had come down a gully that had been identified as dangerous, and that a programme of controlled blasting planned for this winter had been postponed because explosives had not been delivered.",
        "The head of the Karakol city administration, Nurlan Asanov, said the city would ask the government for funds to build an avalanche gallery over the most exposed stretch of road. “We cannot bring forty thousand tourists up a road that closes every time there is a big snowfall,” he said.",
        "Taxi drivers in Karakol said they had taken hundreds of skiers back to the city on Sunday. Hotels in Karakol said they had received many calls from guests wanting to know whether the road would be open next weekend.",
        "The emergencies ministry said it had sent an additional team of avalanche specialists to the region and was monitoring snow conditions at several points along the road.",
    ],
    "humahuaca": [
        "No hubo heridos, aunque dos autos que estaban estacionados a la vera del camino quedaron cubiertos de barro hasta las ventanillas. Sus ocupantes, una pareja de Córdoba y un grupo de jóvenes de Buenos Aires, habían bajado a sacar fotos cuando empezó la tormenta y alcanzaron a refugiarse en una casa cercana.",
        "Los cortes por aludes son frecuentes en la Quebrada durante el verano, cuando las lluvias se concentran en pocas horas sobre cerros sin vegetación. En enero de 2025 un deslave similar en Volcán mantuvo la ruta cerrada durante casi dos días.",
        "Vecinos de Huacalera reclamaron obras de defensa en los cauces que cruzan la ruta. “Cada año es lo mismo: se limpia, se abre, y a la semana vuelve a bajar el río”, dijo Eulogia Cruz, que tiene un puesto de artesanías frente a la iglesia del pueblo.",
        "Vialidad Nacional informó que tiene previstas obras de alcantarillado en tres cruces de la ruta entre Tilcara y Humahuaca, pero que no podrán hacerse hasta que termine la temporada de lluvias.",
    ],
    "olkhon": [
        "Паромная переправа на остров закрылась в конце декабря, как обычно, когда пролив начал покрываться льдом. В администрации района напоминают, что в отдельные годы ледовую переправу открывали уже в середине января, а в 2024 году — только в начале февраля.",
        "На острове живут около 1700 человек. Медицинскую помощь в экстренных случаях оказывают с помощью санитарной авиации, школа и больница в Хужире работают в обычном режиме.",
    ],
    "chibayish": [
        "وتعد أهوار جنوب العراق من أكبر المسطحات المائية الداخلية في الشرق الأوسط، وتعتمد آلاف العائلات فيها على تربية الجواميس وصيد الأسماك وصناعة القصب مصدراً رئيسياً للعيش.",
        "وقال مسؤول في مديرية الموارد المائية في ذي قار، طلب عدم الكشف عن اسمه، إن الوزارة تعمل على جدولة إطلاقات إضافية خلال الأسابيع المقبلة، لكن الخزين المائي في السدود «محدود جداً» هذا العام.",
        "وحذر ناشطون بيئيون من أن استمرار الجفاف سيؤدي إلى هجرة ما تبقى من سكان الأهوار، بعد أن غادرها المئات خلال السنوات الثلاث الماضية.",
    ],
    "lencois": [
        "Com a cidade cheia, restaurantes da avenida Beira-Rio passaram a abrir mais cedo e a contratar temporários. O Sindicato de Hotéis, Bares e Restaurantes da região estima que cerca de 600 vagas temporárias foram abertas em dezembro e janeiro.",
        "A Associação dos Guias de Turismo de Barreirinhas pediu à prefeitura que amplie o estacionamento na entrada do circuito da Lagoa Azul, onde se formam filas de caminhonetes no fim da tarde, e que melhore a sinalização da estrada de areia.",
        "Para os moradores, a alta temporada antecipada traz renda, mas também custo. “O preço do peixe e da farinha subiu no mercado, porque tudo vai para as pousadas”, disse a aposentada Maria das Dores Silva, moradora do bairro Cruzeiro.",
        "A prefeitura disse ainda que vai reforçar a coleta de lixo nos bairros próximos ao rio Preguiças até o Carnaval.",
    ],
    "kars": [
        "Kar nedeniyle kent merkezinde de yaşam olumsuz etkilendi. Belediye ekipleri ana caddelerde kar temizleme ve tuzlama çalışması yaptı, kaldırımlarda oluşan buzlanma nedeniyle düşen iki kişi hastanede tedavi altına alındı.",
        "Köylerde mahsur kalan hastalar için ekipler seferber oldu. Digor ilçesine bağlı bir köyde rahatsızlanan 78 yaşındaki bir kadın, paletli ambulansla ilçe devlet hastanesine ulaştırıldı.",
        "Hayvancılıkla geçinen köylerde ise yem taşınamadığı için üreticiler zor günler geçiriyor. Kars Damızlık Sığır Yetiştiricileri Birliği, yolu kapalı köylere yem ulaştırılması için valilikten destek istediklerini açıkladı.",
        "Kars'ta eğitime salı günü de ara verildi. Valilik, çarşamba günü için kararın salı akşamı duyurulacağını bildirdi.",
    ],
    "sundarbans": [
        "বন বিভাগের তথ্য অনুযায়ী, সর্বশেষ জরিপে সুন্দরবনের বাংলাদেশ অংশে ১২৫টি বাঘের অস্তিত্ব পাওয়া গেছে। বনজীবীদের নিরাপত্তায় বিভিন্ন এলাকায় ভিলেজ টাইগার রেসপন্স টিম কাজ করছে।",
    ],
    "skardu": [
        "گلگت بلتستان حکومت کے ترجمان نے بتایا کہ مسئلے کے مستقل حل کے لیے نئے بجلی گھروں پر کام جاری ہے اور عارضی طور پر شہر کے لیے اضافی جنریٹر فراہم کیے جائیں گے۔",
        "اسکردو کے ہسپتال میں سردی سے متاثرہ بچوں اور بزرگوں کی تعداد میں اضافہ ہوا ہے۔ ڈاکٹروں نے شہریوں کو ہدایت کی ہے کہ کمروں میں کوئلے کی انگیٹھیاں جلا کر نہ سوئیں کیونکہ اس سے دم گھٹنے کا خطرہ ہوتا ہے۔",
    ],
    "pokhara": [
        "फेवाताल पोखराको मुख्य पर्यटकीय आकर्षण हो। पर्यटन व्यवसायीहरूले तालको सफाइ नियमित नहुँदा पर्यटक घट्न सक्ने चिन्ता व्यक्त गरेका छन्।",
        "स्थानीय वातावरणविद् डा. सुमन पौडेलका अनुसार जलकुम्भी हटाउँदा पानीमा अक्सिजनको मात्रा बढ्ने र माछा तथा अन्य जलचरलाई फाइदा पुग्ने छ। तर ढल व्यवस्थापन नगरेसम्म समस्या दोहोरिइरहने उनको भनाइ छ।",
    ],
    "khiva": [
        "Viloyat energetika boshqarmasi aholini elektr isitgichlardan ehtiyotkorlik bilan foydalanishga chaqirdi, chunki kechki soatlarda tarmoqqa yuklama ortib, ayrim mahallalarda transformatorlar ishdan chiqmoqda.",
        "Xivadagi mehmonxonalar esa turistlar oqimiga ta’sir qilmaganini aytmoqda. “Ichan qal’a” atrofidagi mehmonxonalar asosan suyultirilgan gaz va elektr qozonlardan foydalanadi.",
        "Mahalla faollari gaz bosimi eng past bo‘lgan ko‘chalar ro‘yxatini tuzib, hokimlikka topshirganini ma’lum qildi. Hokimlik vakili ro‘yxatdagi xonadonlarga navbatdan tashqari yordam ko‘rsatilishini aytdi.",
    ],
    "goris": [
        "Ճոպանուղին, որը Հալիձորից Տաթև է տանում 5,7 կմ երկարությամբ, Սյունիքի զբոսաշրջության գլխավոր գրավչություններից է։ Վերանորոգումն անցկացվում է ամեն տարի՝ ամենաքիչ այցելուներ ունեցող շաբաթներին։",
        "Գորիսի համայնքապետարանից հայտնել են, որ վերանորոգման շաբաթներին զբոսաշրջիկների համար կկազմակերպվեն էքսկուրսիաներ Խնձորեսկի քարայրային բնակավայր և Գորիսի հին թաղամասեր։",
    ],
}

STORIES31: dict[str, dict[str, tuple[str, list[str]]]] = {
    lang: {key: (title, paras + MORE.get(key, [])) for key, (title, paras) in stories.items()}
    for lang, stories in {"en": EN, **OTHER}.items()
}

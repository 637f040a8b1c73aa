# ruff: noqa: E501, RUF001  (prose: one paragraph a line, typographic quotes and dashes)
"""Invented prose of the forty-sixth blind set: local news as local TV and radio stations, their
networks and their station groups' feeds carry it. No real event; people, figures and quotes are
invented. Keys are `<language>_<place>`; each value is (headline, paragraphs)."""

from __future__ import annotations

Story = tuple[str, list[str]]

EN: dict[str, Story] = {
    "en_yakima": (
        "Slumped canal wall pushes back irrigation start for Lower Valley growers",
        [
            "Growers in the Lower Yakima Valley will wait at least nine extra days for irrigation water this spring after a 140-foot section of canal wall slumped into the channel east of Zillah, the Toppenish Ridge Irrigation District said Tuesday.",
            "District manager Allan Petrosky said crews found the damage during a routine walk of the empty canal on Friday. Frost had pushed soil against the back of the panels all winter, and one stretch gave way when the ground thawed over the weekend.",
            "Water had been scheduled to enter the canal on March 22. The district now expects to start filling it on March 31 at the earliest, provided the contractor can pour new panels during a dry stretch of weather.",
            "About 410 farms draw from the canal, most of them apple and cherry orchards, along with a few hop yards. Petrosky said the trees are still dormant, so a short delay should not hurt this year's crop, but growers who planned to run frost-protection sprinklers will have to lean on wind machines instead.",
            "Orchardist Renata Villaseñor, who farms 60 acres near Buena, said she had already hired a crew to repair her drip lines in the last week of March. \u201cWe will move them to pruning for now,\u201d she said. \u201cWhat worries me is if the fix slips into April.\u201d",
            "The repair is expected to cost about $380,000. The district board will meet Thursday to decide whether to cover it from reserves or through a one-time assessment on landowners.",
        ],
    ),
    "en_bismarck": (
        "Ice jam south of Bismarck pushes Missouri River toward flood stage",
        [
            "An ice jam on the Missouri River south of Bismarck pushed water levels up nearly four feet overnight, and a flood warning is in effect for low-lying neighborhoods along the river until Thursday morning.",
            "The jam formed late Monday near the mouth of the Heart River, where chunks of ice broken loose by two days of thawing piled up against ice that was still solid downstream. By dawn on Tuesday the river gauge at Bismarck read 14.2 feet, against a flood stage of 16 feet.",
            "Burleigh County emergency manager Tessa Moltke said residents of the Fox Island and Riverwood areas should move vehicles and equipment to higher ground today. Sandbags are available at the county highway shop, and volunteers will fill them there until 8 in the evening.",
            "No evacuations have been ordered. Moltke said the county is most concerned about the overnight hours, when temperatures drop below freezing and slush can lock the jam in place.",
            "Forecasters expect highs in the mid-40s through Wednesday, which should slowly weaken the ice. A second, smaller jam was reported near Washburn, about 40 miles upstream, but it was not causing problems Tuesday.",
            "The Army Corps of Engineers said it has cut releases from Garrison Dam to 12,000 cubic feet per second to keep extra water out of the channel while the ice clears.",
        ],
    ),
    "en_paducah": (
        "Ohio River lock repair leaves barges waiting near Paducah",
        [
            "More than 60 towboats were waiting on the lower Ohio River near Paducah on Tuesday after an emergency repair closed the main chamber at a lock downstream of the city for the second time this winter.",
            "The Army Corps of Engineers said divers found a cracked hinge on one of the lower miter gates during an inspection on Sunday. Traffic is moving through the smaller auxiliary chamber, which takes about three times as long to pass a full tow.",
            "Corps spokesperson Delia Hargrove said the repair could take until March 19. \u201cWe know the backlog is costly for the industry, and crews are working around the clock,\u201d she said.",
            "Shippers said the delays come at a bad time for grain. Elevators along the river had hoped to move corn stored over the winter before spring planting begins, and several have stopped buying until barges arrive.",
            "Tom Akers, who manages a terminal in Ballard County, said his site has four empty barges tied up and waiting to load. \u201cEvery day they sit there costs somebody money,\u201d Akers said.",
            "The Corps said it will post daily updates on the queue and expects the wait at the auxiliary chamber to shrink once ice-related slowdowns upstream come to an end.",
        ],
    ),
    "en_dothan": (
        "Dothan City Schools merge 11 bus routes as driver shortage deepens",
        [
            "Dothan City Schools will combine 11 bus routes into five starting Monday because the district is short 14 drivers, leaving some students with morning pickups as early as 5:55.",
            "Transportation director Kendrick Moseley said the district has raised pay, offered signing bonuses and paid for commercial license training, but it still cannot fill the openings. Mechanics and office staff have been driving routes several days a week since January.",
            "The combined routes mostly serve neighborhoods on the city's north and west sides. Families will get new pickup times by text message and phone call on Thursday.",
            "Parent Latisha Grimsley said her two children already catch the bus at 6:20. \u201cMoving that up another half hour means they are up at five,\u201d she said. \u201cI understand the problem, but that is a long day for a first grader.\u201d",
            "The district said it will open a drop-off lane at each elementary school at 7 o'clock for families who would rather drive. The school board is also weighing a plan to stagger start times at the middle and high schools next fall.",
            "Anyone interested in driving can apply online or attend a hiring event at the transportation office on Westgate Parkway on Saturday from 9 until noon.",
        ],
    ),
    "en_houma": (
        "Stuck lift bridge sends Houma drivers on long detour",
        [
            "A lift bridge over the Houma Navigation Canal will stay closed to cars at least through the weekend after it jammed in the raised position on Monday afternoon, the state transportation department said.",
            "The bridge carries about 18,000 vehicles a day between Houma and communities to the west. With it closed, drivers are being sent to the next crossing two miles north, which adds as much as 20 minutes at rush hour.",
            "Engineers believe a motor in the lifting system failed while a supply boat was passing underneath. Crews lowered the span part of the way overnight so marine traffic could keep moving, but it cannot yet be locked in place for cars.",
            "Terrebonne Parish sheriff's deputies are directing traffic at the busiest intersections along the detour. Parish President Corinne Thibodaux asked drivers to leave early and to avoid the area when they can.",
            "School buses that normally use the bridge will run on modified routes, and the parish school district said students on those routes will not be counted tardy this week.",
            "A replacement motor is being trucked in from Texas. The department said it will announce a reopening time once the part is installed and tested.",
            "Shrimpers who dock west of the canal said the closure has also made it harder for buyers to reach them. “The boats are fine, it's the trucks that can't get to us,” said shrimper Andre Guidry.",
        ],
    ),
    "en_medford": (
        "Burn ban extended as smoky inversion settles over Rogue Valley",
        [
            "Jackson County extended its ban on woodstoves and outdoor burning through Friday as a temperature inversion kept smoke trapped over the Rogue Valley for a sixth straight day.",
            "Air quality readings in Medford reached the range considered unhealthy for sensitive groups on Monday night and again early Tuesday. Cold air has settled on the valley floor under a layer of warmer air, which acts like a lid and holds chimney smoke close to the ground.",
            "County health officer Priya Halvorsen said people with asthma, heart conditions or lung disease should limit time outdoors in the morning, when the smoke is at its worst.",
            "Homes that rely on a woodstove as their only source of heat are exempt, but they must register with the county. About 1,100 households have done so this winter, up from 840 last year.",
            "Forecasters say a storm system due Thursday should bring wind and rain that will break up the inversion. Until then, afternoon highs will stay in the low 40s, with fog in the valley most mornings.",
            "Breaking the ban can bring a warning for a first offense and fines of up to $150 after that. The county said it has issued 37 warnings since the ban began last Wednesday.",
            "The valley had 11 days of unhealthy air during inversions last winter, according to county figures, and the county has been handing out vouchers to help households replace older stoves with cleaner heating.",
        ],
    ),
    "en_presqueisle": (
        "Presque Isle hospital to stop delivering babies this summer",
        [
            "The only hospital in central Aroostook County that still delivers babies will close its birthing unit on June 30, leaving expectant parents in Presque Isle with a drive of more than an hour to give birth.",
            "Northern Pines Medical Center said it delivered 212 babies last year, down from about 330 a decade ago, and has been unable to recruit a third obstetrician since one retired in 2025. Its two remaining doctors take call every other night.",
            "Chief executive Harold Beaulieu said the hospital will keep its prenatal clinic and will continue to see patients for checkups until about 36 weeks. After that, most will be referred to hospitals to the south.",
            "\u201cThis was the hardest decision our board has made,\u201d Beaulieu said. \u201cWe simply cannot staff it safely.\u201d",
            "Midwife Carla Desjardins, who has worked on the unit for 19 years, said nurses learned of the decision at a staff meeting on Monday. She worries most about families who live farther north and already face long winter drives.",
            "The hospital said it will keep an emergency team trained for deliveries that cannot wait, and it will hold a community meeting in its auditorium on March 23 at 6 in the evening.",
        ],
    ),
    "en_terrehaute": (
        "Terre Haute begins knocking on doors to find lead water lines",
        [
            "Terre Haute's water utility will begin visiting homes on the city's south side next week to check what their water service lines are made of, the first step in replacing an estimated 6,400 lead pipes.",
            "Inspectors will wear blue vests and carry city identification. They will ask to see where the water line enters the basement or crawl space and will take a photo of the pipe near the meter.",
            "Utility director Samuel Oyelaran said records for about a third of the city's service lines are missing or list the material as unknown. \u201cWe cannot replace what we cannot find,\u201d he said.",
            "Homes with lead lines will have them replaced at no cost to the owner under a program paid for with a state loan and federal grants. The city hopes to finish the work within eight years.",
            "Residents who do not want an inspector inside can send the utility a photo of the pipe instead. Instructions are printed on door hangers that will be left at each home before the visits.",
            "The city said lead levels in tap water samples remain below federal action limits, but it recommends running the cold tap for a minute before drinking water that has sat in the pipes overnight.",
        ],
    ),
    "en_siouxcity": (
        "Sioux City airport loses its second daily flight to Chicago",
        [
            "Sioux Gateway Airport will lose one of its two daily flights to Chicago on April 6, leaving the city with a single round trip a day to a major hub.",
            "Airport director Kenneth Albrecht said the airline told the city last week that the afternoon flight had been filling only about half its seats since the fall. The morning departure will stay on the schedule.",
            "Business leaders had lobbied to keep the second flight, which lets travelers reach the West Coast the same day. The local chamber of commerce said some companies already drive employees to Omaha, about 90 minutes away, for cheaper fares and more connections.",
            "\u201cOne flight means one chance,\u201d said chamber president Monica Ferraro. \u201cIf it is canceled, you are not going anywhere that day.\u201d",
            "The city council is expected to vote next month on a revenue guarantee that would pay the airline if a restored second flight falls short of an agreed amount. Similar deals have brought service back to other airports in the region.",
            "Albrecht said the terminal's parking lots and restaurant will keep their hours, and passengers holding tickets on the dropped flight will be rebooked or refunded.",
        ],
    ),
    "en_rapidcity": (
        "Short on plow drivers, Rapid City asks for patience on side streets",
        [
            "Rapid City says residential streets could wait up to three days for a plow after this week's storm because the street department is nine equipment operators short of a full crew.",
            "Snow began falling Monday evening, and 10 to 14 inches are expected in the city by Wednesday morning, with more in the Black Hills. Main roads, hills and routes to the hospital and schools will be cleared first.",
            "Public works director Garrett Lindahl said the department has had openings since the fall and has borrowed workers from the parks division to run smaller trucks. Crews are working 12-hour shifts.",
            "Residents are asked to park off the street when they can so plows can reach the curb. Cars left on snow routes after the city declares a snow alert can be towed.",
            "Retired plow driver Dale Winterhalter, 68, said he came back for the season after the city called. \u201cI know those routes better than my own yard,\u201d he said. \u201cThey needed the help.\u201d",
            "The city posts the status of its plow routes on an online map that is refreshed every 15 minutes. Residents can report a missed street through the city's app or by calling the street department.",
        ],
    ),
    "en_lethbridge": (
        "Chinook gusts topple trailers, close highway west of Lethbridge",
        [
            "Wind gusts of up to 130 kilometres an hour blew over at least six semi-trailers west of Lethbridge on Tuesday, forcing police to close a stretch of Highway 3 for most of the morning.",
            "The chinook winds began before dawn and were expected to ease by evening. Environment Canada had issued a wind warning for much of southern Alberta on Monday.",
            "RCMP said no one was seriously hurt in the rollovers, all of which happened between Fort Macleod and Monarch. Drivers hauling empty trailers were told to stay off the road until the warning ends.",
            "In the city, the winds knocked down fences and tree branches, and about 2,300 customers lost power for part of the morning. The city asked residents to tie down garbage and recycling bins.",
            "Trucker Gurpreet Sandhu said he pulled over near Pincher Creek after he felt his trailer lift. \u201cYou could see the dust coming across the fields like a wall,\u201d he said.",
            "Highway 3 reopened shortly after noon, but the province warned that travel conditions could change quickly through the afternoon.",
            "Lethbridge sees dozens of chinook days each winter, but forecasters said gusts this strong usually arrive only a few times a year. Another warm, windy stretch is possible on the weekend.",
        ],
    ),
    "en_letterkenny": (
        "Letterkenny commuters face longer waits as Derry bus route is cut back",
        [
            "Commuters between Letterkenny and Derry will have four fewer buses a day from next month after the operator of the cross-border route confirmed it is cutting its midday services.",
            "The change takes effect on April 5 and leaves 11 return journeys on weekdays, with no buses between eleven in the morning and half two in the afternoon. Weekend timetables are unchanged.",
            "The operator said passenger numbers on the midday buses have fallen since a park and ride opened outside Derry last year, and that it is struggling to hire drivers on both sides of the border.",
            "Councillor Siobhán Mac Giolla Bhríde said the cut would hit students, hospital patients and older people who do not drive. \u201cA lot of people rely on that lunchtime bus to get to their appointments,\u201d she said.",
            "The National Transport Authority said it is aware of the change and is reviewing rural services across Donegal.",
            "A public meeting on the cuts will be held in the community hall on the Port Road on Thursday at eight o'clock.",
            "Students at the college campus in the town said the midday buses are the only way some of them can get home between lectures. Their union plans to collect signatures for a petition this week.",
        ],
    ),
}

ES: dict[str, Story] = {
    "es_yuma": (
        "Largas filas en la garita de San Luis afectan a trabajadores de la lechuga en Yuma",
        [
            "Miles de trabajadores agrícolas que cruzan cada madrugada por la garita de San Luis para llegar a los campos de lechuga de Yuma enfrentan esperas de hasta tres horas desde que se cerraron dos carriles peatonales por obras.",
            "La Oficina de Aduanas y Protección Fronteriza informó que los carriles permanecerán cerrados hasta finales de marzo mientras se instalan nuevos equipos de revisión. Durante la temporada alta, cerca de 9 mil jornaleros cruzan entre las dos y las cinco de la mañana.",
            "Rosalba Quintero, quien corta lechuga desde hace 22 años, dijo que ahora sale de su casa en San Luis Río Colorado a la medianoche. \u201cLlegamos al campo cansados y todavía nos faltan ocho horas de trabajo\u201d, comentó.",
            "Los productores también sienten el impacto. Varias cuadrillas han empezado tarde esta semana y algunas empresas tuvieron que cambiar los horarios de los autobuses que recogen a los trabajadores del lado estadounidense.",
            "El alcalde de San Luis, Arizona, Gerardo Sotelo, pidió a las autoridades federales que abran carriles adicionales en la madrugada. Una portavoz de la agencia dijo que se asignarán más oficiales al turno nocturno a partir del lunes.",
            "La temporada de lechuga en el valle de Yuma termina a principios de abril.",
        ],
    ),
    "es_barranquilla": (
        "Cortes de energía de hasta diez horas tienen en vilo a barrios del suroccidente de Barranquilla",
        [
            "Habitantes de al menos doce barrios del suroccidente de Barranquilla denunciaron cortes de energía de hasta diez horas diarias durante la última semana, en medio de temperaturas que superan los 34 grados.",
            "Los sectores más afectados son El Bosque, Carrizal y Las Malvinas, donde los vecinos aseguran que el servicio se va en la tarde y no regresa sino hasta la madrugada.",
            "\u201cAquí nadie duerme. Los niños están enfermos por el calor y se nos dañó la comida de la nevera\u201d, contó Yaneth Orozco, líder comunal de Carrizal.",
            "La empresa prestadora del servicio atribuyó las fallas a la sobrecarga de tres transformadores y a conexiones ilegales en la zona. Según un comunicado, sus cuadrillas trabajan en el cambio de los equipos y el servicio debería normalizarse el fin de semana.",
            "La Personería Distrital anunció que instalará una mesa de seguimiento con la empresa y los líderes de los barrios, y pidió a los usuarios afectados que radiquen sus quejas para solicitar compensaciones.",
            "Mientras tanto, algunos vecinos han bloqueado vías en horas de la noche para exigir soluciones.",
        ],
    ),
    "es_piura": (
        "Lluvias intensas activan quebradas y aíslan caseríos en la sierra de Piura",
        [
            "Las lluvias intensas que cayeron durante la noche del lunes activaron al menos cuatro quebradas en la provincia de Huancabamba y dejaron aislados a seis caseríos de la sierra de Piura, informó el Centro de Operaciones de Emergencia Regional.",
            "El agua y el lodo bloquearon varios tramos de la carretera que une Huancabamba con Canchaque, por donde se abastecen de alimentos varios distritos de la zona.",
            "El jefe del centro de operaciones, Wilmer Chunga, indicó que maquinaria del gobierno regional trabaja desde la madrugada para despejar la vía. \u201cCalculamos que el tránsito se restablecerá en dos días si las lluvias lo permiten\u201d, señaló.",
            "En uno de los caseríos afectados, una decena de viviendas de adobe sufrieron daños. Las familias han sido albergadas en el local comunal y en la escuela.",
            "El servicio meteorológico pronosticó lluvias de moderada a fuerte intensidad en la sierra piurana hasta el jueves, por lo que las autoridades recomendaron no cruzar las quebradas cuando estén cargadas.",
            "Los agricultores de la zona temen además perder sus cultivos de papa y maíz, que se encuentran en plena etapa de crecimiento.",
        ],
    ),
}

PT: dict[str, Story] = {
    "pt_caxias": (
        "Falta de mão de obra atrasa colheita da uva na Serra gaúcha",
        [
            "Produtores de uva de Caxias do Sul e de municípios vizinhos estão com dificuldade para encontrar trabalhadores para a colheita, e parte das frutas corre o risco de passar do ponto nos parreirais.",
            "Segundo o sindicato rural, faltam cerca de 1,2 mil safristas na região nesta safra. Muitos trabalhadores que vinham de outros estados preferiram empregos na construção civil, que pagam melhor e não dependem do clima.",
            "O viticultor Ernesto Dall'Agnol, que cultiva 14 hectares no interior do município, contou que a família está colhendo sozinha desde a semana passada. \u201cJá perdemos uns dois dias de uva bordô por causa da chuva. Se não aparecer gente, vai sobrar fruta no pé\u201d, disse.",
            "As vinícolas afirmam que, por enquanto, o recebimento de uva segue normal, mas admitem que a qualidade pode cair se a colheita se estender até o fim de março.",
            "A prefeitura anunciou que vai divulgar vagas de safristas no seu portal de empregos e estuda oferecer transporte gratuito aos trabalhadores do interior do município.",
            "A estimativa é de que a região colha cerca de 600 mil toneladas de uva neste ano, volume semelhante ao da safra passada.",
        ],
    ),
    "pt_juizdefora": (
        "Tarifa de ônibus em Juiz de Fora pode subir para R$ 5,40 em abril",
        [
            "A passagem de ônibus em Juiz de Fora pode passar de R$ 4,95 para R$ 5,40 a partir de abril, segundo proposta apresentada pelas empresas do transporte coletivo à prefeitura nesta terça-feira.",
            "O consórcio que opera as linhas alega que o preço do diesel e os reajustes salariais dos motoristas elevaram o custo do sistema em quase 12% no último ano, enquanto o número de passageiros pagantes caiu.",
            "A Secretaria de Mobilidade Urbana informou que vai analisar as planilhas antes de decidir o valor final. O secretário Fábio Rezende disse que a prefeitura estuda aumentar o subsídio para evitar um reajuste tão alto.",
            "Usuários ouvidos pela reportagem criticaram a proposta. \u201cO ônibus vive atrasado e lotado. Pagar mais por isso não dá\u201d, afirmou a auxiliar de enfermagem Sueli Marques, que usa duas linhas por dia para chegar ao trabalho.",
            "O Conselho Municipal de Transporte deve se reunir na próxima semana para discutir o pedido. Uma audiência pública na Câmara Municipal foi marcada para o dia 23.",
            "Se aprovado, será o segundo reajuste em pouco mais de um ano. Em janeiro do ano passado, a tarifa havia subido de R$ 4,60 para o valor atual.",
        ],
    ),
}

NL: dict[str, Story] = {
    "nl_venlo": (
        "Venlo wil vrachtwagens weren uit woonstraten in Blerick",
        [
            "De gemeente Venlo wil vrachtwagens verbieden om 's nachts te parkeren in woonstraten in Blerick. Bewoners klagen al maanden over draaiende motoren, afval en chauffeurs die in hun cabine overnachten.",
            "Volgens wethouder Mark Peeters staan er op doordeweekse avonden soms meer dan veertig trucks in de wijk. Veel chauffeurs wachten daar op een laadtijd bij de distributiecentra op de bedrijventerreinen rond de stad.",
            "\u2018We snappen dat die mannen ergens moeten staan, maar niet onder mijn slaapkamerraam\u2019, zegt bewoonster Ingrid Hendrix, die al sinds 1998 in de wijk woont.",
            "De gemeente onderzoekt ook of er extra plekken kunnen komen op een beveiligd truckparkeerterrein langs de snelweg. Daar is nu plaats voor ongeveer honderd vrachtwagens, maar het terrein is vaak vol.",
            "Transportorganisaties vinden een verbod alleen zinvol als er tegelijk genoeg andere parkeerplekken komen. Ze willen daarover met de gemeente in gesprek.",
            "De gemeenteraad praat volgende maand over het voorstel. Als de raad instemt, gaat het verbod op 1 juni in en kunnen overtreders een boete krijgen.",
            "Vorig jaar deelde de politie in de wijk al waarschuwingen uit aan chauffeurs die hun motor urenlang lieten draaien.",
        ],
    ),
    "nl_terneuzen": (
        "Ouders in actie tegen schrappen vroege schoolbus Axel-Terneuzen",
        [
            "Ouders uit Axel en omliggende dorpen komen in actie tegen het schrappen van een vroege busrit naar Terneuzen. Zonder die bus komen tientallen scholieren volgens hen te laat op school.",
            "De vervoerder haalt de rit van 7.12 uur vanaf de nieuwe dienstregeling in april uit het schema. Volgens het bedrijf zitten er gemiddeld minder dan twaalf reizigers in de bus.",
            "\u2018Die twaalf reizigers zijn allemaal kinderen die naar school moeten\u2019, zegt moeder Karin de Witte. Zij is een petitie begonnen die inmiddels ruim zeshonderd keer is ondertekend.",
            "De volgende bus vertrekt pas een halfuur later en komt om 8.20 uur aan bij het busstation in Terneuzen. Veel lessen beginnen om 8.15 uur.",
            "De provincie, die het busvervoer aanbesteedt, laat weten dat ze met de vervoerder en de scholen in gesprek gaat. Een van de mogelijkheden is een kleinere bus die alleen in de ochtendspits rijdt.",
            "Volgens de ouders is de bus in de winter extra belangrijk, omdat fietsen over de dijk bij harde wind en gladheid gevaarlijk is. Ze willen de petitie volgende week aanbieden aan de gedeputeerde.",
        ],
    ),
}

SV: dict[str, Story] = {
    "sv_sundsvall": (
        "Snöröjningen i Sundsvall har redan kostat 20 miljoner över budget",
        [
            "Sundsvalls kommun har redan gjort av med mer än dubbelt så mycket pengar på snöröjning som planerat för hela året, och vintern är inte över.",
            "Budgeten för vinterväghållningen var 18 miljoner kronor. Fram till slutet av februari hade kostnaden nått 38 miljoner, enligt gatuavdelningen.",
            "\u2013 Vi har haft ovanligt många snöfall på kort tid och flera perioder med töväder och frost, vilket betyder att vi har fått sanda och skrapa om och om igen, säger gatuchefen Henrik Byström.",
            "Överskridandet måste täckas av andra delar av nämndens budget. Enligt Byström kan det betyda att en del asfaltering som planerats till sommaren skjuts upp.",
            "Oppositionen kräver att kommunen ser över avtalen med de privata entreprenörer som sköter en stor del av plogningen. Frågan ska tas upp på kommunfullmäktiges möte i slutet av mars.",
            "Under vintern har kommunen fått in drygt 1 400 klagomål om snöröjningen, nästan dubbelt så många som förra året.",
            "Kommunen har också fått köpa in extra sand och salt två gånger under vintern, eftersom lagren tog slut redan i januari.",
        ],
    ),
    "sv_lulea": (
        "Isvägen till Hindersöstallarna stängd efter sprickor",
        [
            "Isvägen mellan Hindersön och Hindersöstallarna i Luleå skärgård stängs från i dag efter att kontrollanter hittat sprickor i isen nära farleden.",
            "Isen mättes i helgen till mellan 38 och 45 centimeter på de flesta ställen, men vid två punkter har vatten trängt upp genom sprickor och gjort ytan svag.",
            "\u2013 Det är inte värt risken. Vi öppnar igen så fort vi ser att isen har läkt, säger Anna-Karin Nordmark som ansvarar för isvägarna på kommunen.",
            "De övriga isvägarna i skärgården är öppna för personbilar med en vikt på högst 3,5 ton. Kommunen uppmanar alla som kör på isen att hålla sig till den plogade och utmärkta leden.",
            "Boende på Hindersöstallarna hänvisas under tiden till svävaren, som går två gånger i veckan och tar med sig post och varor.",
            "Säsongen för isvägarna brukar pågå till början av april, beroende på vädret.",
            "Förra vintern var isvägen till Hindersöstallarna öppen i 74 dagar. I år har den hittills varit öppen i 39 dagar.",
            "Kommunen lägger ut aktuell information om isvägarna på sin webbplats varje morgon.",
        ],
    ),
}

NB: dict[str, Story] = {
    "nb_alesund": (
        "Ferjesambandet Magerholm\u2013Ørsneset innstilt etter motorhavari",
        [
            "Ferjesambandet mellom Magerholm og Ørsneset er innstilt til og med onsdag etter et motorhavari på ferja som går i sambandet.",
            "Ferjeselskapet opplyser at det ikke har noen reserveferje ledig før torsdag. Reisende mellom Ålesund og Sykkylven må derfor kjøre om Stranda eller Ørskog, en omvei på over en time.",
            "\u2013 Vi beklager sterkt ulempene dette gir for pendlere og næringslivet. Mannskapet jobber med å finne feilen, men vi må vente på deler fra leverandøren, sier driftssjef Marit Skjelbred.",
            "Møbelprodusentene i Sykkylven er blant dem som merker stansen. Flere av bedriftene har ansatte som bor i Ålesund og tar ferja hver dag.",
            "Fylkeskommunen vurderer å sette inn en hurtigbåt for gående i rushtiden. Avklaringen kommer i løpet av tirsdag kveld, opplyser fylkets samferdselsavdeling.",
            "Ferja i sambandet er fra 2011 og har hatt flere driftsstans de siste årene. Fylkeskommunen har tidligere varslet at den skal erstattes av en elektrisk ferje innen 2029.",
            "Pendlere som tok kontakt med redaksjonen tirsdag morgen, forteller om kø ved Ørskog og lange reisetider.",
        ],
    ),
    "nb_lillehammer": (
        "Lysgårdsbakkene trenger oppgradering for 90 millioner kroner",
        [
            "Hoppanlegget i Lysgårdsbakkene i Lillehammer trenger en oppgradering til rundt 90 millioner kroner dersom byen skal beholde verdenscuprenn etter 2029, viser en ny tilstandsrapport.",
            "Rapporten peker på slitte tilløpsspor, et utdatert kjøleanlegg og et dommertårn som ikke lenger oppfyller kravene fra det internasjonale skiforbundet.",
            "\u2013 Dette er et anlegg som betyr mye for identiteten til byen. Men 90 millioner er mye penger for en kommune på vår størrelse, sier ordfører Trond Halvorsrud.",
            "Kommunen håper staten og skiforbundet vil være med og dele regningen. Et første møte med departementet er planlagt i april.",
            "Lillehammer har arrangert verdenscuprenn i hopp nesten hvert år siden 1990-tallet. Rennet i desember samlet rundt 9000 tilskuere over tre dager.",
            "Anlegget ble bygget til de olympiske vinterlekene i 1994 og har siden vært brukt både til konkurranser og til trening for klubbene i regionen. Flere av de unge hopperne i byen trener der nesten hver dag gjennom vinteren.",
            "Rapporten skal behandles i formannskapet før påske.",
        ],
    ),
}

DA: dict[str, Story] = {
    "da_esbjerg": (
        "Esbjerg Havn vil bygge ny kaj til havvindmøller for 600 millioner",
        [
            "Esbjerg Havn vil bygge en ny kaj til udskibning af havvindmøller. Projektet skal koste omkring 600 millioner kroner og kan stå klar tidligst i 2030.",
            "Ifølge havnen er efterspørgslen efter plads steget så meget, at den nuværende kapacitet ikke slår til, når flere store havvindprojekter i Nordsøen skal bygges i de kommende år.",
            "\u2013 Hvis vi ikke udvider, risikerer vi, at opgaverne ryger til havne i Tyskland og Holland, siger havnedirektør Lene Kjærgaard.",
            "Byggeriet kræver, at et område på omkring 15 hektar bliver fyldt op. Naboer i den gamle bydel har tidligere klaget over støj fra havnens arbejde om natten, og de vil nu have garanti for, at det ikke bliver værre.",
            "Havnens bestyrelse forventer at træffe endelig beslutning inden sommerferien, når miljøvurderingen er færdig.",
            "Esbjerg er i dag landets største havn for udskibning af havvind, og omkring 2.000 mennesker arbejder med vindmøller på havneområdet. Kommunen støtter planerne, men vil først se en trafikplan for de tunge transporter gennem byen.",
        ],
    ),
    "da_vejle": (
        "Vejle Å gik over sine bredder: kældre i midtbyen under vand",
        [
            "Kraftig regn natten til tirsdag fik Vejle Å til at gå over sine bredder flere steder, og beredskabet har siden klokken fire pumpet vand ud af kældre i midtbyen.",
            "Værst ramt er området omkring åens udløb ved havnen, hvor vandet nåede op på fortovene. Flere butikker åbnede først sent på formiddagen.",
            "\u2013 Vi fik 41 millimeter regn på seks timer oven på en i forvejen våd februar. Jorden kan simpelthen ikke tage mere, siger vagtchef Thomas Bech fra det lokale beredskab.",
            "Kommunen har lagt sandsække ud ved de mest udsatte adresser og opfordrer borgerne til at holde sig væk fra åbredden, hvor strømmen er stærk.",
            "Ifølge prognoserne aftager regnen i løbet af onsdagen, men vandstanden i åen ventes at forblive høj resten af ugen.",
            "Det er fjerde gang på fem år, at åen går over sine bredder i midtbyen. Kommunen arbejder på en plan for et nyt dige og et bassin, der kan opsamle regnvand fra de omkringliggende marker, men projektet ventes tidligst færdigt om tre år.",
            "Beredskabet har i alt været ude ved 63 adresser siden natten.",
        ],
    ),
}

FI: dict[str, Story] = {
    "fi_kuopio": (
        "Kuopion jäätie suljettiin \u2013 lämmin sää heikensi jäätä",
        [
            "Kallavedelle aurattu jäätie Vehmersalmen ja Kuopion keskustan välillä suljettiin tiistaiaamuna, koska lämmin sää on heikentänyt jäätä.",
            "Jään paksuus mitattiin maanantaina 32 senttimetriksi, mutta sen pinnalla on vettä ja jää on paikoin haurasta. Tien ylläpitäjän mukaan tie pysyy kiinni ainakin viikonlopun yli.",
            "\u2013 Emme ota riskiä, kun jään kantavuudesta ei ole varmuutta. Autoilijoiden kannattaa käyttää maantietä, vaikka matka pitenee, sanoo tiemestari Juha Karhunen.",
            "Jäätie lyhentää matkaa Vehmersalmelta Kuopion keskustaan noin 15 kilometrillä. Se avattiin tänä talvena tammikuun lopussa, ja sitä käytti arkipäivisin noin 400 autoa.",
            "Jos pakkaset palaavat, tie voidaan avata uudelleen. Muuten tämän talven jäätiekausi jää lyhyeksi.",
            "Jäälle ei saa ajaa muualta kuin merkittyä reittiä pitkin, muistuttaa tien ylläpitäjä.",
            "Viime talvena jäätie oli auki yli kaksi kuukautta. Kuopion seudulla on tänä talvena ollut tavallista vähemmän pakkaspäiviä, ja myös monet retkiluistelureitit ovat olleet suljettuina.",
        ],
    ),
    "fi_joensuu": (
        "Joensuun bussilinjoilta karsitaan iltavuoroja",
        [
            "Joensuun seudun joukkoliikenne karsii iltavuoroja useilta linjoilta huhtikuun alusta, koska matkustajamäärät ovat jääneet odotettua pienemmiksi ja kustannukset ovat nousseet.",
            "Muutos koskee erityisesti Niinivaaran ja Karsikon suuntia, joilla viimeinen bussi lähtee jatkossa keskustasta jo puoli kymmeneltä illalla.",
            "\u2013 Jouduimme tekemään vaikeita valintoja, sillä polttoaineen ja kuljettajien palkkojen nousu näkyy suoraan liikenteen hinnassa, kertoo joukkoliikennepäällikkö Sanna Hyvönen.",
            "Opiskelijat ovat arvostelleet päätöstä. Ylioppilaskunnan mukaan moni kulkee iltaisin töihin tai harrastuksiin bussilla, eikä kaikilla ole muuta vaihtoehtoa.",
            "Kaupunki lupaa selvittää kutsuliikenteen laajentamista iltaisin niillä alueilla, joilta vuorot poistuvat.",
            "Lipputuloilla katetaan noin kolmannes liikenteen kustannuksista, ja loppu maksetaan kuntien verovaroista. Muutokset on tarkoitus arvioida uudelleen syksyllä, kun uudet matkustajaluvut ovat käytettävissä.",
            "Uudet aikataulut julkaistaan joukkoliikenteen verkkosivuilla maaliskuun lopussa.",
        ],
    ),
}

EL: dict[str, Story] = {
    "el_larisa": (
        "Λάρισα: Σε κινητοποιήσεις οι αγρότες για το κόστος του ρεύματος στις γεωτρήσεις",
        [
            "Σε νέες κινητοποιήσεις προχωρούν από την Πέμπτη οι αγρότες του νομού Λάρισας, ζητώντας μείωση του κόστους του ρεύματος για τις αρδευτικές γεωτρήσεις πριν ξεκινήσει η νέα καλλιεργητική περίοδος.",
            "Σύμφωνα με τον αγροτικό σύλλογο της περιοχής, οι λογαριασμοί για τις γεωτρήσεις έχουν αυξηθεί κατά σχεδόν 40% μέσα σε δύο χρόνια, με αποτέλεσμα πολλοί βαμβακοπαραγωγοί να σκέφτονται να μειώσουν τις εκτάσεις τους.",
            "«Αν δεν υπάρξει λύση, φέτος πολλά χωράφια θα μείνουν ακαλλιέργητα», δήλωσε ο πρόεδρος του συλλόγου, Βασίλης Τσιαμούλης.",
            "Οι αγρότες σκοπεύουν να συγκεντρωθούν με τα τρακτέρ τους σε κόμβο έξω από την πόλη, χωρίς όμως να κλείσουν την κυκλοφορία. Η Τροχαία έχει ενημερωθεί.",
            "Το υπουργείο αναφέρει ότι εξετάζει πρόγραμμα στήριξης για το αγροτικό ρεύμα, χωρίς να δίνει χρονοδιάγραμμα.",
        ],
    ),
    "el_kalamata": (
        "Καλαμάτα: Αδιάθετο μένει το ελαιόλαδο στις αποθήκες των παραγωγών",
        [
            "Μεγάλες ποσότητες ελαιολάδου παραμένουν αδιάθετες στις αποθήκες των παραγωγών της Μεσσηνίας, καθώς οι τιμές που προσφέρουν οι έμποροι έχουν πέσει αισθητά σε σχέση με πέρσι.",
            "Σύμφωνα με τους συνεταιρισμούς της περιοχής, η τιμή για το εξαιρετικό παρθένο ελαιόλαδο κυμαίνεται φέτος γύρω στα 4,20 ευρώ το κιλό, ενώ πριν από έναν χρόνο ξεπερνούσε τα 7 ευρώ.",
            "«Το κόστος της καλλιέργειας δεν έπεσε. Λίπασμα, μεροκάματα και πετρέλαιο κοστίζουν όσο και πέρσι», λέει ο παραγωγός Γιώργος Πετρόπουλος.",
            "Αρκετοί παραγωγοί επιλέγουν να κρατήσουν το λάδι τους, ελπίζοντας σε άνοδο των τιμών την άνοιξη. Οι έμποροι αποδίδουν την πτώση στη μεγάλη παραγωγή σε άλλες χώρες.",
            "Η Περιφέρεια ανακοίνωσε ότι θα χρηματοδοτήσει την προβολή του μεσσηνιακού ελαιολάδου σε εκθέσεις του εξωτερικού.",
        ],
    ),
}

SR: dict[str, Story] = {
    "sr_kragujevac": (
        "Крагујевац: нове линије градског превоза од првог априла",
        [
            "Град Крагујевац од првог априла уводи три нове линије градског превоза, које ће повезати приградска насеља са центром града.",
            "Према речима члана Градског већа задуженог за саобраћај Милоша Стевановића, аутобуси ће на новим линијама саобраћати на сваких сат времена радним данима, а викендом на свака два сата.",
            "„Мештани ових насеља годинама су тражили бољу везу са градом, пре свега због деце која иду у средње школе и запослених у индустријској зони“, рекао је Стевановић.",
            "Цена појединачне карте остаје иста, 90 динара, а ђаци и пензионери и даље ће имати право на повлашћене месечне карте.",
            "Град је за набавку шест нових аутобуса издвојио 180 милиона динара. Возила би требало да стигну до краја марта.",
        ],
    ),
    "sr_subotica": (
        "Subotica: počinje izmuljivanje Palićkog jezera",
        [
            "Radovi na izmuljivanju Palićkog jezera počinju sledeće nedelje i trajaće do kraja juna, saopštilo je javno preduzeće koje upravlja jezerom.",
            "Iz jezera bi trebalo da bude izvađeno oko 120.000 kubnih metara mulja, koji se godinama taložio na dnu i pogoršavao kvalitet vode. Projekat vredan 310 miliona dinara finansiraju grad i pokrajina.",
            "„Posle ovih radova očekujemo da se voda razbistri i da se smanji neprijatan miris koji je leti smetao i meštanima i turistima“, rekla je direktorka preduzeća Marija Kovač.",
            "Tokom radova deo šetališta uz jezero biće zatvoren za posetioce. Ugostitelji na Paliću strahuju da bi to moglo da odbije goste na početku sezone.",
            "Mulj će biti odložen na zemljištu nedaleko od jezera, gde će se sušiti pre dalje upotrebe u poljoprivredi.",
            "Prethodno izmuljivanje jezera završeno je pre više od dve decenije.",
            "Meštani koji žive uz obalu pozdravili su početak radova, ali traže da se buka mašina ograniči na dnevne sate. Iz preduzeća kažu da se radovi neće izvoditi noću ni vikendom.",
        ],
    ),
}

HR: dict[str, Story] = {
    "hr_osijek": (
        "Drava kod Osijeka porasla, na snazi izvanredne mjere obrane od poplava",
        [
            "Vodostaj Drave kod Osijeka u utorak je ujutro dosegnuo 512 centimetara, zbog čega su proglašene izvanredne mjere obrane od poplava na dionici od Belišća do ušća u Dunav.",
            "Rijeka je porasla nakon obilnih kiša u Sloveniji i Austriji te otapanja snijega u Alpama, a vrhunac vodnog vala u Osijeku očekuje se u srijedu poslijepodne.",
            "„Nasipi su u dobrom stanju i zasad nema razloga za paniku, ali ljudi su na terenu danonoćno“, rekao je rukovoditelj obrane od poplava Željko Matić.",
            "Zatvorena je šetnica uz Dravu u Donjem gradu, a gradske službe postavile su pregrade uz dio obale kod Zimske luke.",
            "Građanima se savjetuje da se ne približavaju rijeci i da ne parkiraju automobile uz obalu dok opasnost ne prođe.",
            "Posljednji put Drava je kod Osijeka bila ovako visoka prije šest godina.",
            "U Belišću i Valpovu stanovnici su od jutra punili vreće pijeskom, a vatrogasci su ispumpavali vodu iz nekoliko podruma u naseljima uz rijeku. Policija je zatvorila i jednu lokalnu cestu koju je voda djelomično poplavila.",
        ],
    ),
    "hr_zadar": (
        "Zadarski otoci zimi bez jutarnjih brodskih linija",
        [
            "Stanovnici Iža i Rave upozoravaju da zimski red plovidbe ne odgovara njihovim potrebama jer prvi brod za Zadar isplovljava tek nakon osam sati.",
            "Zbog toga učenici i zaposleni moraju prespavati u gradu ili putovati privatnim brodicama, što je po lošem vremenu opasno, kažu mještani.",
            "„Imamo djecu koja cijeli tjedan žive kod rodbine u Zadru samo zato što nema jutarnje linije“, rekla je predsjednica mjesnog odbora Ana Ljubičić.",
            "Iz agencije koja upravlja obalnim linijama poručuju da je red plovidbe dogovoren s lokalnom samoupravom te da su izmjene moguće od ljetne sezone.",
            "Zadarska županija najavila je da će zatražiti uvođenje dodatne jutarnje brzobrodske linije tri dana u tjednu.",
            "Na oba otoka zimi živi manje od četiristo stanovnika.",
            "Mještani su prošle godine potpisali peticiju za jutarnju liniju, ali odgovor nisu dobili. Kažu da bez redovite veze s gradom mlade obitelji odlaze s otoka.",
            "Zimski red plovidbe vrijedi do kraja svibnja, kada počinje ljetni s više polazaka. Do tada će otočani, kažu, i dalje ovisiti o dobroj volji susjeda s brodicama.",
        ],
    ),
}

BG: dict[str, Story] = {
    "bg_ruse": (
        "Ремонтът на Дунав мост при Русе удължава опашките от камиони",
        [
            "Опашката от товарни автомобили пред Дунав мост при Русе достигна 14 километра във вторник заради ремонта на настилката, при който движението се осъществява само в една лента.",
            "Шофьорите чакат между пет и седем часа, за да преминат към Гюргево. За едно денонощие мостът се преминава от около 2800 камиона.",
            "„Разбираме, че ремонтът е необходим, но трябваше да се работи и нощем, за да свърши по-бързо“, коментира превозвачът Стефан Маринов.",
            "От пътната агенция съобщиха, че работите по българската част на моста ще приключат до края на април. Леките автомобили се пропускат с предимство.",
            "Общината е поставила химически тоалетни и контейнери за отпадъци по крайпътните площадки.",
        ],
    ),
    "bg_burgas": (
        "Бурята отне части от плажа в Крайморие, рибари искат защитна стена",
        [
            "Силната буря през уикенда отнесе части от плажната ивица в бургаския квартал Крайморие и повреди кея, използван от местните рибари.",
            "Вълни с височина до четири метра заляха крайбрежната улица, а морето отне на места до пет метра от плажа, съобщиха от районната администрация.",
            "„Тридесет години ловя риба тук и не помня такава буря. Ако не се построи защитна стена, следващата зима няма да има кей“, каза рибарят Димитър Костов.",
            "Общината е изпратила техника за разчистване на наносите и е поискала от министерството средства за спешно укрепване на брега.",
            "Специалисти по брегова защита ще огледат участъка през следващата седмица.",
        ],
    ),
}

SL: dict[str, Story] = {
    "sl_maribor": (
        "Na Pohorju zaradi toplega vremena predčasen konec smučarske sezone",
        [
            "Mariborsko Pohorje bo smučarsko sezono zaradi toplega vremena in pomanjkanja snega končalo že to nedeljo, skoraj tri tedne prej, kot je bilo načrtovano.",
            "Na spodnjem delu smučišča snega skoraj ni več, na zgornjih progah pa ga je v povprečju le še okoli 30 centimetrov. Zasneževanje zaradi visokih temperatur ni mogoče.",
            "»Letos smo imeli komaj 71 smučarskih dni, kar je eden najslabših izidov v zadnjih dvajsetih letih,« je povedal direktor žičnic Andrej Klemenčič.",
            "Kabinska žičnica bo za pohodnike in kolesarje obratovala naprej po običajnem urniku. Smučarji s sezonskimi vozovnicami bodo dobili popust pri nakupu za prihodnjo sezono.",
            "Na Pohorju se medtem nadaljujejo pogovori o naložbah v zasneževalni sistem, ki bi smučišču omogočil daljšo sezono tudi v toplejših zimah.",
            "Lani je smučišče obratovalo 96 dni. Upravljavec ocenjuje, da je letošnja sezona prinesla za tretjino manj prihodkov, zato bo moral preložiti del načrtovanih vzdrževalnih del.",
            "Do nedelje bodo smučarji lahko smučali le na zgornjih progah.",
        ],
    ),
    "sl_koper": (
        "Tovornjaki pred pristaniščem v Kopru znova zastavili promet",
        [
            "Kolona tovornjakov pred vhodom v koprsko pristanišče je v torek zjutraj segala skoraj do državne meje, zato je bil promet na obvoznici več ur močno oviran.",
            "Vzrok za gnečo je bila okvara informacijskega sistema na vhodnem terminalu, zaradi katere so morali delavci dokumente preverjati ročno.",
            "»V vrsti čakam že od petih zjutraj. Takšne zamude nas stanejo veliko denarja,« je povedal voznik Goran Pavlović, ki je vozil avtomobile za izvoz.",
            "V pristanišču so sporočili, da so sistem popravili okoli desete ure in da se promet postopoma umirja. Voznikom in prebivalcem so se opravičili.",
            "Mestna občina Koper že več let opozarja, da pristanišče potrebuje nov vhod za tovorna vozila, ki bi promet preusmeril stran od mesta.",
            "Podobne zastoje so vozniki doživeli že januarja, ko je zaradi močne burje za več ur zastal pretovor. Prebivalci bližnjih naselij pravijo, da tovornjaki ob takšnih dneh parkirajo tudi v njihovih ulicah.",
            "Na policiji so voznike pozvali, naj upoštevajo obvoz in ne ustavljajo na odstavnem pasu.",
        ],
    ),
}

STORIES46: dict[str, dict[str, Story]] = {
    "en": EN,
    "es": ES,
    "pt": PT,
    "nl": NL,
    "sv": SV,
    "nb": NB,
    "da": DA,
    "fi": FI,
    "el": EL,
    "sr": SR,
    "hr": HR,
    "bg": BG,
    "sl": SL,
}

# ruff: noqa: E501, RUF001  (prose lines; scripts other than Latin)
"""Prose of the forty-ninth blind set: invented stories (names, figures and events), by language.

Each story is (headline, paragraphs). Agency copy is written as the agency writes it; a story
may be printed by more than one site, as agency and sister-paper copy is.
"""

from __future__ import annotations

STORIES49: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "en_kisumu_port": (
            "Kisumu port reopens cargo berth after hyacinth clearance",
            [
                "Cargo ships returned to the main berth at Kisumu port on Wednesday after a fortnight in which a mat of water hyacinth had locked the harbour mouth.",
                "Port officials said two harvesters and a team of 60 casual workers cleared about 14 hectares of the weed, which had drifted in on strong westerly winds at the end of February.",
                "The MV Nyangweso, carrying 900 tonnes of fertiliser bound for Port Bell in Uganda, was the first vessel to leave, sounding its horn as it passed the breakwater shortly after noon.",
                "Fish traders at the nearby Dunga beach said the blockage had also kept their boats ashore, and that prices for tilapia at the Kibuye market had risen by a third during the closure.",
                "The county fisheries officer, Grace Atieno Ouko, said a floating barrier would be anchored across the channel before the long rains, when the weed usually returns.",
            ],
        ),
        "en_entebbe_market": (
            "Entebbe traders move into new Kitoro market stalls",
            [
                "More than 400 vendors began trading from the rebuilt Kitoro market in Entebbe on Monday, three years after a fire destroyed the old wooden stalls.",
                "The two-storey building has space for 612 traders, cold rooms for fish from the landing sites and a day-care room for the children of market women.",
                "Stall allocation was done by ballot in the municipal hall last week, a process the market vendors' association chairperson, Sarah Nakato, described as fair but slow.",
                "Some traders said the monthly fee of 45,000 shillings was too high for those selling tomatoes and greens, and asked the council to allow payment by the week.",
                "The town clerk said the fees would be reviewed in July and that the ground floor would stay open until nine in the evening during the festive season.",
            ],
        ),
        "en_kano_solar": (
            "Kano switches on solar mini-grid for Dala textile cluster",
            [
                "A 1.2-megawatt solar mini-grid began supplying power to the dyeing pits and weaving sheds of the Dala textile cluster in Kano on Tuesday.",
                "The project, financed by a cooperative of 230 small manufacturers and a state loan, replaces diesel generators that the owners said were eating half their monthly earnings.",
                "Alhaji Musa Garba, who runs a shop of eleven looms near the Kofar Mata dye pits, said his workers could now finish orders after dark without buying fuel.",
                "Engineers installed 2,800 panels on the roofs of the sheds and a battery bank in a converted warehouse, with meters that let each member pay for what it uses.",
                "The state commissioner for commerce said a second grid for the leather tanneries at Challawa would be tendered before the end of the year.",
            ],
        ),
        "en_gqeberha_water": (
            "Gqeberha households face stricter water limits as dams drop",
            [
                "Households in Gqeberha will be limited to 50 litres a person a day from April as the combined level of the dams supplying Nelson Mandela Bay fell below 14 percent.",
                "The metro's water department said the Kouga and Impofu dams had received less than a third of their usual summer inflow, and that leaks were still losing a quarter of treated water.",
                "Teams will install flow restrictors on the meters of the 3,000 heaviest users in the northern suburbs first, according to a schedule presented to the council on Wednesday.",
                "Residents of Motherwell said taps in some streets already ran dry in the afternoons and asked for water tankers to follow a published timetable.",
                "The mayoral committee member for infrastructure said 41 new boreholes would be connected to the network by June.",
            ],
        ),
        "en_durban_harbour": (
            "Durban harbour pilots return after wind delays clear backlog",
            [
                "Ships waiting at anchor off Durban began moving into the harbour on Thursday after three days of gale-force winds forced pilots to suspend boardings.",
                "At the height of the delays, 38 vessels were waiting outside the port, including two car carriers and a tanker bringing jet fuel for King Shaka airport.",
                "The port manager said helicopter transfers for pilots resumed at dawn and that container terminal cranes would run extra shifts over the weekend to clear the queue.",
                "Freight forwarders said the backlog would take about a week to clear, and that importers of perishable goods had been given priority berths.",
                "The weather service expects lighter south-westerly winds until Sunday, when another cold front is forecast to reach the KwaZulu-Natal coast.",
            ],
        ),
        "en_nairobi_tea": (
            "Tea prices ease at Mombasa auction as buyers hold back",
            [
                "The average price of Kenyan tea at the weekly Mombasa auction eased to 2.41 US dollars per kilogram this week, down from 2.58 dollars a fortnight ago, brokers said on Thursday.",
                "Buyers from Pakistan and Egypt, the largest markets for Kenyan black tea, were less active as they waited for shipments already bought to clear customs at home.",
                "Of the 188,000 packages offered, about 28 percent remained unsold, the East African Tea Trade Association said in its weekly report.",
                "Farmers in the west of the Rift Valley have harvested more leaf than usual after good rains, adding to the volume reaching the auction floor.",
                "Tea is one of Kenya's leading exports, together with horticultural produce and remittances from Kenyans abroad.",
            ],
        ),
        "en_abuja_fx": (
            "Nigeria's central bank sells dollars to ease pressure on naira",
            [
                "Nigeria's central bank sold 150 million dollars to currency dealers on Thursday in an effort to narrow the gap between the official and parallel market exchange rates, three traders said.",
                "The naira traded at 1,612 to the dollar on the official window, while street traders in Lagos quoted rates above 1,700, the widest gap since October.",
                "Importers of machinery and medicines had complained of delays in getting dollars from their banks, the traders said, speaking on condition of anonymity because they were not allowed to talk to the media.",
                "The central bank did not respond to a request for comment.",
                "Analysts at a Lagos investment bank said lower oil output in the first quarter had reduced inflows, and that the bank would likely continue such sales until April.",
            ],
        ),
        "en_joburg_power": (
            "Johannesburg suburbs go dark as substation fire cuts supply",
            [
                "Tens of thousands of homes in Johannesburg's western suburbs were without electricity on Thursday after a fire gutted a substation that feeds Roodepoort and parts of Soweto.",
                "Firefighters needed four hours to put out the blaze, which began in a transformer bay shortly after midnight, the city's emergency services said.",
                "City Power, the municipal utility, said repairs could take up to ten days and that mobile generators would be brought in for two hospitals and a water pumping station.",
                "Residents in Florida Park said it was the third long outage in their area this year, and some blocked a road with burning tyres before police dispersed them.",
                "The utility said cable theft was not suspected and that an investigation into the cause had begun.",
            ],
        ),
        "en_lagos_ferry": (
            "Lagos adds night ferry from Ikorodu to Marina",
            [
                "The Lagos State Waterways Authority has started a night ferry service between Ikorodu and the Marina jetty to ease the evening traffic on the Ikorodu road.",
                "Two 60-seat boats will leave each terminal every 40 minutes between 7 p.m. and 10 p.m., with fares paid by the same card used on the state's buses.",
                "The general manager of the authority, Mr Tunde Adebayo, said the boats had been fitted with navigation lights and that every passenger would be given a life jacket before boarding.",
                "Commuters at the Ikorodu terminal said the trip of about 45 minutes was faster than the road, where the evening journey often takes three hours.",
                "The authority said it would add a stop at Ebute-Ero once a new pontoon is completed in May.",
            ],
        ),
        "en_kitwe_mine": (
            "Kitwe miners return underground after ventilation repairs",
            [
                "About 1,800 workers returned underground at the Nkana East shaft in Kitwe on Monday after repairs to a ventilation fan that had stopped work for nine days.",
                "The mine's management said engineers replaced the motor of the main fan and tested air flow on all levels before the safety inspectors cleared the shaft.",
                "Union officials said members were paid their basic wages during the stoppage but lost their production bonuses, and asked for the bonuses to be restored.",
                "Traders in Chimwemwe township said business at the market had fallen sharply while the miners stayed home.",
                "Copper output from the Copperbelt has risen for two years running after new investors took over several older shafts.",
            ],
        ),
        "en_ho_market": (
            "Ho central market gets new drains before rainy season",
            [
                "Workers began laying new storm drains around the Ho central market on Monday, weeks before the rains that flood its lower lanes every year.",
                "The municipal chief executive said the 1.4 kilometres of covered drains would carry water to the Kalakpa stream instead of through the yam and plantain sheds.",
                "Traders will be moved in turns to a temporary site at the old lorry station while each section is dug, the assembly said in a notice read at the market on Saturday.",
                "Yam seller Efua Kumah said floods last June had spoiled goods worth more than 3,000 cedis in her shed alone.",
                "The work is expected to be finished by the end of May.",
            ],
        ),
        "en_vicfalls": (
            "Victoria Falls town plans second water treatment works",
            [
                "The Victoria Falls municipality has approved plans for a second water treatment works as hotels and lodges expand faster than the town's supply.",
                "The new plant would draw water from the Zambezi about four kilometres above the falls and treat up to 12 megalitres a day, doubling the town's capacity.",
                "Residents of Chinotimba and Mkhosana, the town's oldest suburbs, said they received water only three days a week during the dry months last year.",
                "The town clerk said the council was in talks with two lenders and that tourism businesses had offered to pay a levy towards the cost.",
                "Construction could start next year if financing is agreed, the council said.",
            ],
        ),
        "en_maun_floods": (
            "Okavango flood waters reach Maun earlier than usual",
            [
                "The annual flood of the Okavango Delta has reached the Thamalakane river at Maun about three weeks earlier than in most years, the Department of Water and Sanitation said.",
                "Heavy rains in the Angolan highlands in January pushed a large volume of water down the Okavango river, and the flood crossed the panhandle by mid-February.",
                "Mokoro polers who take tourists into the delta said the high water would lengthen their season, but farmers near Boro warned that fields planted on the floodplain could be lost.",
                "The district council has told residents of low-lying wards to move livestock to higher ground and avoid crossing flooded roads.",
                "Water levels at Maun are expected to peak in June or July.",
            ],
        ),
        "en_otjiwarongo": (
            "Otjiwarongo farmers count losses after foot-and-mouth curbs",
            [
                "Cattle farmers around Otjiwarongo say they have lost sales worth millions of dollars since movement restrictions were imposed after foot-and-mouth disease was found in the north-east.",
                "Although no case has been confirmed in the Otjozondjupa region, auctions in the town were cancelled in February while veterinary teams tested herds along the cordon fence.",
                "Farmer Johannes Gaseb said he had 140 weaners ready for sale and was paying for feed he had not planned to buy.",
                "The veterinary services directorate said tests on more than 6,000 animals south of the fence had been negative and that auctions could resume in April.",
                "Namibia exports beef to Europe and China from areas south of the veterinary cordon fence.",
            ],
        ),
        "en_kabale_road": (
            "Kabale-Katuna road reopens after landslide",
            [
                "The road between Kabale and the Katuna border crossing reopened to traffic on Wednesday after crews cleared a landslide that had blocked it for five days.",
                "Heavy rain on Friday night brought down tonnes of earth and rock at Kyanamira, trapping dozens of trucks carrying goods to and from Rwanda.",
                "Engineers from the national roads authority said the slope had been cut back and that a retaining wall would be built in the coming months.",
                "Truck drivers said they had slept in their cabs for days and bought food from villagers who walked to the queue with bananas and boiled maize.",
                "Police advised motorists to avoid driving on the stretch at night while the rains continue.",
            ],
        ),
        "en_mombasa_ferry": (
            "Likoni ferry adds evening crossing for commuters",
            [
                "The Kenya Ferry Services has added an extra crossing at Likoni every evening between six and eight o'clock, when queues of commuters stretch back into Mombasa island.",
                "The agency said the MV Jambo, back in service after repairs to its engines, would run alongside two other vessels during the evening peak.",
                "Commuters on the mainland side said the wait had fallen from about 40 minutes to less than 15 since the change began on Monday.",
                "Vendors who sell fruit and snacks at the ferry ramp said the shorter queues meant fewer customers, but welcomed the calmer crowds.",
                "The agency said it would review the timetable after the Easter holidays.",
            ],
        ),
        "en_accra_clinic": (
            "Nima residents get night clinic at polyclinic",
            [
                "The Nima polyclinic in Accra has opened its doors at night for the first time, with a doctor, two nurses and a midwife on duty until six in the morning.",
                "The Greater Accra health directorate said the night service would ease pressure on the Ridge hospital, where many Nima residents went for emergencies after dark.",
                "Women in the community said they had long travelled by taxi to deliver babies at night, sometimes paying double fares.",
                "The polyclinic's head, Dr Abena Owusu, said the night shift saw 23 patients in its first week, most of them children with fever.",
                "The directorate plans similar services in two other polyclinics in the city this year.",
            ],
        ),
        "en_zomba_university": (
            "Zomba students return as hostel repairs end",
            [
                "Students at the university in Zomba returned to their hostels on Monday after a two-month closure for repairs to roofs damaged by a storm in January.",
                "The university said 1,100 beds had been restored and that new water tanks were installed at three halls of residence.",
                "Students who had rented rooms in town during the closure said landlords had raised rents and asked the university to refund part of their accommodation fees.",
                "The student union president said the semester calendar should be extended by two weeks to make up for lectures that were moved online.",
                "Catering staff said the kitchens at Chancellor and Mulunguzi halls would reopen on Wednesday, after the university replaced two gas boilers that had rusted during the closure.",
                "The university senate is due to meet on the calendar next week.",
            ],
        ),
        "en_arusha_coffee": (
            "Arusha coffee growers sell through new warehouse receipts",
            [
                "Smallholder coffee farmers around Arusha have begun selling their beans through a warehouse receipt system that lets them borrow against stored coffee.",
                "Members of eight cooperative societies delivered 310 tonnes of parchment coffee to a bonded warehouse in Usa River in the first two months of the season.",
                "Farmers receive a receipt that banks accept as security for loans of up to 60 percent of the coffee's value, the regional cooperative officer said.",
                "A farmer from Nkoaranga, Elia Mollel, said the loan had paid his children's school fees without selling his coffee at the low prices offered at harvest.",
                "The warehouse will hold the coffee until buyers bid for it at the Moshi auction.",
            ],
        ),
        "en_kigali_buses": (
            "Kigali adds electric buses to busiest routes",
            [
                "Twenty electric buses began carrying passengers on three of Kigali's busiest routes on Tuesday, running between the Nyabugogo terminal, Kimironko and Remera.",
                "The city's transport regulator said the buses would cut waiting times at rush hour, when queues at Nyabugogo often stretch for hundreds of metres.",
                "Fares are the same as on diesel buses and are paid with the same tap card.",
                "Drivers were trained for six weeks, and a charging depot with space for 40 buses was built at Nyabugogo.",
                "Commuters at Remera said the new buses were quieter and cleaner than the minibuses they replaced, though some complained that the seats filled up before the last stops.",
                "The regulator plans to add 60 more buses by the end of next year.",
            ],
        ),
        "en_bulawayo_rail": (
            "Bulawayo commuter train returns to Cowdray Park line",
            [
                "A commuter train between Bulawayo's city centre and Cowdray Park resumed on Monday after four years out of service.",
                "The railway company said two trains would run in the morning and two in the evening, and that the fare of one US dollar was half the price of a kombi ride.",
                "Passengers said the trip took 35 minutes, compared with more than an hour by road at peak times.",
                "The railway's area manager said repairs to the track and the Westondale station had been funded by the city council.",
                "Vendors set up stalls at the Cowdray Park halt on the first morning, selling tea and fat cakes to passengers who arrived early for the 6.15 departure.",
                "The council hopes to extend the service to Luveve later in the year.",
            ],
        ),
        "en_jinja_sugar": (
            "Jinja sugarcane growers get new weighbridge at Kakira road",
            [
                "Sugarcane growers in Jinja district will weigh their cane at a new public weighbridge on the Kakira road from next week, ending years of disputes over weights recorded at factory gates.",
                "The district outgrowers' association said the 60-tonne bridge would be run by an independent operator and that every farmer would receive a printed ticket.",
                "Farmers have long complained that trucks were weighed hours after loading, when the cane had dried out and lost weight.",
                "Grower Moses Waiswa, who farms 12 acres near Buwenge, said he lost about a tenth of his income last season because of the delays.",
                "The association said a second weighbridge would be built near Kamuli if the first one worked well.",
            ],
        ),
    },
    "es": {
        "es_cusco_tren": (
            "Cusco recupera el tren de cercanías a Urubamba tras las lluvias",
            [
                "El tren de cercanías entre Cusco y Urubamba volvió a circular este jueves, después de que un huaico cortara la vía a la altura de Huarocondo hace tres semanas.",
                "La empresa operadora informó que cuadrillas de 120 obreros retiraron unos 8.000 metros cúbicos de lodo y piedras y reforzaron dos alcantarillas con gaviones.",
                "Los comerciantes de Urubamba, que venden maíz gigante y quesos en el mercado de los domingos, dijeron que durante el corte tuvieron que pagar el doble por el transporte en camionetas.",
                "El servicio saldrá de la estación de San Pedro a las 6:10 y a las 16:40, y el pasaje para residentes se mantiene en 10 soles.",
                "Defensa Civil pidió a las familias que viven junto a las quebradas del valle mantenerse alertas mientras duren las precipitaciones.",
            ],
        ),
        "es_mendoza_vendimia": (
            "Mendoza cierra una vendimia corta por el granizo de enero",
            [
                "Los productores de Mendoza terminaron esta semana una vendimia un 18 % menor que la del año pasado, después de que el granizo de enero dañara unas 9.000 hectáreas de viñedos en el este de la provincia.",
                "Según el Instituto de Desarrollo Rural, las zonas más afectadas fueron Rivadavia, Junín y San Martín, donde se cultivan sobre todo variedades para vino de mesa.",
                "Los bodegueros del Valle de Uco, en cambio, informaron de uvas sanas y de buena madurez, aunque con rindes algo más bajos por la falta de agua en los canales.",
                "El precio de la uva criolla subió hasta 190 pesos el kilo en las últimas semanas, lo que alivió en parte a los pequeños productores que lograron salvar su cosecha.",
                "La provincia evalúa ampliar el seguro agrícola para que cubra a las fincas de menos de cinco hectáreas.",
            ],
        ),
        "es_valparaiso_ascensor": (
            "Valparaíso reabre el ascensor Polanco tras dos años de obras",
            [
                "El ascensor Polanco de Valparaíso, el único del puerto que sube por un túnel y una torre, volvió a funcionar este jueves tras dos años de restauración.",
                "Las obras reemplazaron los cables, el motor eléctrico y la cabina de madera, y reforzaron la pasarela que une la torre con el cerro.",
                "Vecinos del cerro Polanco dijeron que durante el cierre debían subir más de 200 escalones o pagar un colectivo para llegar a sus casas.",
                "La tarifa será de 100 pesos para los residentes con tarjeta y de 300 pesos para los visitantes.",
                "El municipio anunció que el ascensor Espíritu Santo será el próximo en entrar en obras, a partir de junio.",
            ],
        ),
        "es_oaxaca_mezcal": (
            "Productores de mezcal de Oaxaca crean un fondo para replantar agave",
            [
                "Un grupo de 65 palenques del valle de Tlacolula, en Oaxaca, creó un fondo común para replantar agave silvestre en los cerros donde la planta casi ha desaparecido.",
                "Cada productor aportará dos pesos por litro vendido, y el dinero se destinará a viveros comunitarios en Santiago Matatlán y San Baltazar Guelavila.",
                "El maestro mezcalero Aurelio Hernández explicó que el tobalá y el tepeztate tardan entre 12 y 25 años en madurar, y que cada vez hay que caminar más lejos para encontrarlos.",
                "Los viveros ya tienen unas 40.000 plantas, que se sembrarán en terrenos comunales a partir de las lluvias de junio.",
                "Las autoridades agrarias de los pueblos vigilarán que las plantas no se corten antes de tiempo.",
            ],
        ),
        "es_bogota_bicis": (
            "Bogotá amplía la ciclorruta de la avenida Boyacá",
            [
                "La Alcaldía de Bogotá abrió este jueves un nuevo tramo de 7,4 kilómetros de ciclorruta en la avenida Boyacá, entre la calle 80 y el portal de Suba.",
                "El carril está separado de los carros por bordillos de concreto y tiene 14 cruces con semáforo para bicicletas, según la Secretaría de Movilidad.",
                "Ciclistas que viajan a diario desde Suba hacia las zonas industriales de Fontibón dijeron que hasta ahora tenían que compartir el carril con buses y camiones.",
                "La obra costó 38.000 millones de pesos y se terminó con dos meses de retraso por el hallazgo de redes de acueducto que no figuraban en los planos.",
                "La ciudad cuenta ya con más de 600 kilómetros de ciclorrutas.",
            ],
        ),
        "es_montevideo_puerto": (
            "Montevideo suma una grúa para descongestionar la terminal de contenedores",
            [
                "El puerto de Montevideo puso en marcha este jueves una nueva grúa pórtico en la terminal de contenedores, la quinta del muelle, con la que espera reducir las esperas de los buques.",
                "La grúa llegó desde China a fines de enero y fue montada en seis semanas por técnicos uruguayos y chinos.",
                "Exportadores de celulosa y carne dijeron que en las últimas semanas algunos barcos esperaron hasta dos días en la rada antes de poder atracar.",
                "La Administración Nacional de Puertos informó que el movimiento de contenedores creció un 9 % en 2026.",
                "Una sexta grúa llegará el próximo año, cuando se complete la ampliación del muelle.",
            ],
        ),
    },
    "pt": {
        "pt_recife_enchentes": (
            "Recife instala bombas para conter alagamentos na Zona Norte",
            [
                "A Prefeitura do Recife instalou três novas estações de bombeamento na Zona Norte da cidade para reduzir os alagamentos que atingem os bairros de Água Fria e Beberibe a cada chuva forte.",
                "As bombas retiram até 4 mil litros de água por segundo do canal do Arruda e foram ligadas pela primeira vez na madrugada desta quinta-feira, durante uma chuva de 60 milímetros.",
                "Moradores da Rua Dr. José Maria disseram que, pela primeira vez em anos, a água não entrou nas casas.",
                "A obra custou 42 milhões de reais, financiados em parte pelo governo federal, segundo a Secretaria de Infraestrutura.",
                "A prefeitura prevê outras duas estações no bairro de Campo Grande até o fim do ano.",
            ],
        ),
        "pt_curitiba_onibus": (
            "Curitiba testa ônibus elétricos na linha Interbairros",
            [
                "Curitiba começou nesta quinta-feira a testar seis ônibus elétricos na linha Interbairros II, uma das mais longas da cidade, com 37 quilômetros de percurso.",
                "Os veículos serão carregados à noite na garagem do Boqueirão e têm autonomia de cerca de 250 quilômetros, segundo a Urbs, empresa que gerencia o transporte.",
                "Passageiros que embarcaram no terminal do Capão Raso disseram que o ônibus é mais silencioso e tem ar-condicionado, ao contrário da frota antiga.",
                "O teste vai durar três meses e servirá para definir a compra de 70 veículos até 2028.",
                "A tarifa continua a mesma, de 6 reais.",
            ],
        ),
        "pt_petrolina_uva": (
            "Petrolina exporta primeira safra de uva sem semente do ano",
            [
                "Produtores do Vale do São Francisco embarcaram nesta semana a primeira carga de uva sem semente de 2027 para a Europa, a partir do porto de Salvador.",
                "Foram 22 contêineres com cerca de 400 toneladas de frutas colhidas em Petrolina, em Pernambuco, e em Juazeiro, na Bahia.",
                "A associação dos exportadores do vale disse que a safra do primeiro semestre deve ser 10% maior que a do ano passado, graças ao clima seco e a novas variedades.",
                "O setor emprega cerca de 120 mil trabalhadores na região durante a colheita.",
                "Os produtores pedem ao governo a conclusão do ramal ferroviário que ligaria o vale ao porto de Suape.",
            ],
        ),
        "pt_manaus_rio": (
            "Rio Negro sobe e Manaus monta passarelas no Centro",
            [
                "A Defesa Civil de Manaus começou a montar passarelas de madeira no Centro da cidade depois que o Rio Negro atingiu 27,4 metros nesta quinta-feira, cota que indica cheia severa.",
                "As estruturas serão instaladas nas ruas dos Barés e Marquês de Santa Cruz, onde a água costuma invadir as calçadas das lojas perto do porto.",
                "Comerciantes da Manaus Moderna disseram que já levantaram as mercadorias das prateleiras mais baixas.",
                "O Serviço Geológico do Brasil prevê que o rio continue subindo até junho.",
                "A prefeitura cadastrou 1.200 famílias que moram em áreas de risco para receber auxílio-aluguel, se precisarem deixar suas casas.",
            ],
        ),
        "pt_bh_metro": (
            "Belo Horizonte abre licitação para a linha 2 do metrô",
            [
                "O governo de Minas Gerais publicou nesta quinta-feira o edital de licitação das obras da linha 2 do metrô de Belo Horizonte, entre o Barreiro e a Nova Suíça.",
                "O trecho terá 10,5 quilômetros e sete estações, e o prazo de construção é de quatro anos, segundo a Secretaria de Infraestrutura.",
                "Moradores do Barreiro, que esperam pela linha desde a década de 1990, disseram ver o edital com esperança, mas também com desconfiança.",
                "As propostas serão abertas em maio.",
                "A obra será paga com recursos do acordo de reparação da tragédia de Brumadinho.",
            ],
        ),
        "pt_floripa_ponte": (
            "Ponte Hercílio Luz terá horário ampliado para pedestres",
            [
                "A Ponte Hercílio Luz, em Florianópolis, ficará aberta a pedestres e ciclistas até a meia-noite a partir de abril, anunciou nesta quinta-feira o governo de Santa Catarina.",
                "Hoje a passagem fecha às 22h, e moradores do Continente pediam mais tempo para atravessar a pé depois do trabalho e das aulas.",
                "A ponte, inaugurada em 1926 e reaberta em 2019 após décadas de restauração, recebe cerca de 15 mil pessoas por dia nos fins de semana.",
                "A iluminação será reforçada e dois postos da Polícia Militar vão funcionar nas cabeceiras.",
                "O tráfego de carros continua restrito aos ônibus e veículos de emergência nos horários de pico.",
            ],
        ),
    },
    "sv": {
        "sv_lulea_is": (
            "Isvägen till Hindersön stängs efter mild vecka",
            [
                "Isvägen mellan Luleå och Hindersön i skärgården stängdes på torsdagen efter en vecka med plusgrader och regn.",
                "Kommunens mätningar visade att isen hade tunnats ut till 38 centimeter på de svagaste ställena, och gränsen för att släppa på bilar går vid 40 centimeter.",
                "De ungefär 70 bofasta på ön får nu ta sig till fastlandet med svävare, som går fyra gånger om dagen från Hindersöstallarna.",
                "– Vi har handlat stort inför stängningen, men det blir ju lite krångligare med skolskjutsen, säger Maria Lindgren, som har två barn i skolan i Gammelstad.",
                "Förra året kunde isvägen hållas öppen i 63 dagar.",
            ],
        ),
        "sv_visby_hamn": (
            "Ny färjeterminal i Visby försenas ett år",
            [
                "Bygget av den nya färjeterminalen i Visby hamn blir ett år försenat och beräknas nu vara klart sommaren 2029.",
                "Enligt Region Gotland beror förseningen på att pålningen i den gamla hamnbassängen tog längre tid än väntat, sedan entreprenören stött på rester av en kaj från 1800-talet.",
                "Den nya terminalen ska ta emot färjor med plats för 1 800 passagerare och ha en separat fil för lastbilar.",
                "Näringslivet på ön har länge klagat på köerna i hamnen under högsäsongen, när upp till 20 000 resenärer om dagen kommer med båt.",
                "Kostnaden har samtidigt stigit från 740 till 910 miljoner kronor.",
            ],
        ),
        "sv_umea_skola": (
            "Umeå bygger ny skola på Ön efter protester",
            [
                "Umeå kommun ändrar sig och bygger en ny F–6-skola på Ön i stället för att låta eleverna åka buss till Teg.",
                "Beslutet fattades av barn- och utbildningsnämnden på torsdagen, efter att föräldrar samlat in över 2 000 namn mot nedläggningen av den gamla skolan.",
                "Den nya skolan ska ha plats för 350 elever och stå klar hösten 2030.",
                "– Det här visar att det lönar sig att säga ifrån, säger föräldragruppens talesperson Johan Berglund.",
                "Den gamla skolbyggnaden från 1960-talet har problem med fukt och ska rivas.",
            ],
        ),
        "sv_kiruna_flytt": (
            "Sista butikerna lämnar gamla centrum i Kiruna",
            [
                "De sista butikerna i Kirunas gamla centrum stänger sina dörrar i helgen och flyttar till den nya stadskärnan tre kilometer österut.",
                "Flytten är en del av stadsomvandlingen som LKAB betalar för, eftersom gruvan gör att marken under den gamla staden spricker.",
                "Bland dem som flyttar finns en järnhandel som funnits på samma adress sedan 1952.",
                "– Det är vemodigt, men kunderna kommer att hitta oss, säger ägaren Leif Niemi.",
                "I det nya centrumet finns i dag ett stadshus, ett badhus och ett 40-tal butiker och restauranger.",
                "Flera av de äldre byggnaderna, bland annat kyrkan, har flyttats i hela stycken till nya platser.",
                "Rivningen av de tomma kvarteren börjar i maj.",
            ],
        ),
    },
    "no": {
        "no_bodo_flyplass": (
            "Nye Bodø lufthavn får første testfly i høst",
            [
                "Det første testflyet skal lande på den nye rullebanen i Bodø i oktober, opplyser Avinor.",
                "Den nye lufthavnen bygges 900 meter sør for den gamle, slik at det gamle flyplassområdet kan brukes til en ny bydel med plass til 15 000 innbyggere.",
                "Terminalbygget er nå tett, og arbeidet med innredningen er i gang.",
                "– Vi ligger godt an, men vinteren i Nord-Norge kan alltid by på overraskelser, sier prosjektdirektør Kari Hansen.",
                "Den nye rullebanen blir 2 800 meter lang og kan ta imot de største passasjerflyene som brukes i Norden.",
                "Forsvaret, som har brukt den gamle flystasjonen, har allerede flyttet det meste av virksomheten sin til Ørland og Evenes.",
                "Den nye lufthavnen skal etter planen åpne for ordinær trafikk høsten 2028.",
            ],
        ),
        "no_tromso_tunnel": (
            "Tromsøysundtunnelen stengt om nettene i seks uker",
            [
                "Det ene løpet i Tromsøysundtunnelen stenges om nettene fra mandag i seks uker på grunn av vedlikehold.",
                "Statens vegvesen skal skifte belysning og oppgradere nødstasjonene i det østgående løpet, og trafikken ledes i begge retninger gjennom det andre løpet mellom klokka 22 og 6.",
                "Syklister og gående må ta buss, som går gratis gjennom tunnelen i perioden.",
                "Rundt 20 000 kjøretøy kjører gjennom tunnelen hvert døgn.",
                "Det vestgående løpet ble oppgradert på samme måte i fjor høst.",
                "Arbeidet skal etter planen være ferdig før 17. mai.",
                "Vegvesenet ber trafikantene om å holde fartsgrensen på 50 kilometer i timen mens arbeidet pågår.",
            ],
        ),
        "no_stavanger_havn": (
            "Cruiseskip i Stavanger må koble seg til landstrøm",
            [
                "Fra neste år må alle cruiseskip som legger til kai i Stavanger sentrum koble seg til landstrøm, har havnestyret vedtatt.",
                "Anlegget på Skagenkaien er ferdig og kan levere strøm til to skip samtidig, slik at de kan slå av motorene mens de ligger i havn.",
                "Beboere i Gamle Stavanger har i flere år klaget på støy og eksos fra skipene.",
                "Rederier som ikke har utstyr for landstrøm, må legge til kai i Risavika utenfor sentrum.",
                "Landstrømanlegget kostet 120 millioner kroner, og Enova dekket om lag halvparten.",
                "Havnen regner med at utslippene fra cruisetrafikken i sentrum blir halvert.",
                "Havnen venter rundt 200 anløp i år.",
            ],
        ),
        "no_lillehammer_ski": (
            "Hafjell får ny stolheis før neste sesong",
            [
                "Hafjell alpinsenter bygger en ny seksseters stolheis som skal stå klar til sesongstart i desember.",
                "Heisen erstatter en toseters heis fra 1993 og skal frakte 3 000 personer i timen opp til toppen av Hafjell.",
                "Arbeidet med fundamentene begynner så snart snøen har smeltet i mai.",
                "– Køene i påsken har vært for lange, sier daglig leder Ola Bakken.",
                "Den nye heisen får varmesetene og en boble som beskytter mot vind og snø.",
                "Den gamle heisen skal selges til et mindre skisenter i Valdres.",
                "Investeringen er på 95 millioner kroner.",
            ],
        ),
    },
    "da": {
        "da_esbjerg_havn": (
            "Esbjerg Havn udvider kajen til vindmøller",
            [
                "Esbjerg Havn begynder til sommer at bygge 500 meter ny kaj, som skal bruges til at udskibe vindmøller til havvindmølleparker i Nordsøen.",
                "Udvidelsen koster 640 millioner kroner og skal være færdig i 2029, oplyser havnen.",
                "Havnen har i dag ikke plads nok til de nye og større vindmøllevinger, som er over 115 meter lange.",
                "– Vi kan se, at efterspørgslen stiger, og vi vil ikke sige nej til kunder, siger havnedirektør Morten Holm.",
                "Der skal også bygges en ny lagerplads på 30 hektar bag kajen, hvor vingerne kan opbevares, før de skibes ud.",
                "Esbjerg Kommune og staten har givet tilsagn om at dække en del af udgifterne.",
                "Byggeriet forventes at skabe omkring 300 job i anlægsperioden.",
            ],
        ),
        "da_aarhus_letbane": (
            "Letbanen i Aarhus kører igen efter strømsvigt",
            [
                "Letbanen i Aarhus kørte igen torsdag morgen efter et strømsvigt, der lammede trafikken på strækningen mod Lisbjerg i det meste af onsdagen.",
                "Ifølge Aarhus Letbane skyldtes svigtet en fejl i en transformer ved Universitetshospitalet.",
                "Passagerer måtte tage togbusser, og mange studerende kom for sent til forelæsninger.",
                "Letbanen har omkring 50.000 påstigninger om dagen.",
                "Togbusserne kørte fra Aarhus H til Lisbjerg hvert tiende minut, men flere passagerer klagede over lange køer ved stoppestederne i Nørrebrogade.",
                "Strækningen mod Odder var ikke ramt af svigtet.",
                "Selskabet vil nu undersøge, om der skal installeres en ekstra transformer som reserve.",
            ],
        ),
        "da_bornholm_faerge": (
            "Bornholm får flere afgange til Ystad i påsken",
            [
                "Færgeselskabet, der sejler til Bornholm, indsætter ekstra afgange mellem Rønne og Ystad i påskeugen.",
                "Der bliver i alt 14 ekstra afgange, og de første er allerede næsten udsolgt, oplyser selskabet.",
                "Turisterhvervet på øen glæder sig over den større kapacitet.",
                "– Påsken er starten på sæsonen, og det er vigtigt, at folk kan komme herover, siger direktør for Destination Bornholm Lise Møller.",
                "Samtidig indsætter selskabet en ekstra bus mellem Ystad og København, så passagerer uden bil kan komme videre.",
                "Hotellerne i Gudhjem og Allinge melder om næsten fuldt booket i påskedagene.",
                "Overfarten til Ystad tager en time og 20 minutter.",
            ],
        ),
        "da_odense_aa": (
            "Odense Å skal renses for slam",
            [
                "Odense Kommune går i gang med at fjerne slam fra bunden af Odense Å gennem midtbyen.",
                "Over tre måneder skal omkring 12.000 kubikmeter slam suges op med en pram og køres til et deponi ved Stige Ø.",
                "Slammet har gjort åen lavvandet flere steder, så kajakker og turbåde har svært ved at komme frem om sommeren.",
                "Kommunen lover, at stierne langs åen holdes åbne under arbejdet.",
                "Prammen vil arbejde fra Munke Mose til Fruens Bøge, og der vil være afspærringer ved de mindre broer, mens den passerer.",
                "Kommunen har fået prøver af slammet analyseret, og det indeholder ifølge forvaltningen ikke farlige mængder af tungmetaller.",
                "Arbejdet koster 18 millioner kroner.",
            ],
        ),
    },
    "fi": {
        "fi_oulu_silta": (
            "Oulun Raksilan silta suljetaan kesäksi",
            [
                "Oulun Raksilan silta suljetaan autoliikenteeltä kesäkuun alusta syyskuun loppuun peruskorjauksen vuoksi.",
                "Kaupungin mukaan sillan kansirakenne uusitaan ja kaiteet vaihdetaan, koska tarkastuksessa löytyi ruostetta ja halkeamia.",
                "Jalankulkijat ja pyöräilijät pääsevät sillan yli koko korjauksen ajan väliaikaista kulkureittiä pitkin.",
                "Autoliikenne ohjataan Kajaanintien kautta, ja kaupunki varoittaa ruuhkista aamuisin.",
                "Raksilan silta on rakennettu 1960-luvulla, ja sen yli kulkee arkisin noin 15 000 autoa.",
                "Bussilinjojen reitit muuttuvat korjauksen ajaksi, ja Oulun joukkoliikenne tiedottaa muutoksista pysäkeillä.",
                "Korjaus maksaa noin 4,2 miljoonaa euroa.",
            ],
        ),
        "fi_kuopio_satama": (
            "Kuopion matkustajasatama saa uuden laiturin",
            [
                "Kuopion matkustajasatamaan rakennetaan uusi laituri, jotta kaupunki voi ottaa vastaan suurempia risteilyaluksia Kallavedellä.",
                "Uusi laituri on 120 metriä pitkä, ja se valmistuu ennen kesän risteilykautta.",
                "Sataman yrittäjät ovat toivoneet lisää tilaa, sillä kesäisin laiturissa on ollut jonoa.",
                "– Tämä on tärkeä asia koko keskustan elinvoimalle, sanoo satamaravintolan omistaja Pekka Hiltunen.",
                "Laiturin yhteyteen rakennetaan myös uusi odotuskatos ja sähkönsyöttöpiste, josta laivat voivat ladata akkujaan.",
                "Rakennustyöt alkavat heti, kun jäät ovat lähteneet Kallavedeltä.",
                "Hanke maksaa noin kaksi miljoonaa euroa.",
            ],
        ),
        "fi_rovaniemi_lento": (
            "Rovaniemen lentoasemalla ennätysmäärä matkustajia",
            [
                "Rovaniemen lentoaseman kautta kulki helmikuussa ennätykselliset 190 000 matkustajaa, kertoo Finavia.",
                "Kasvu tuli ennen kaikkea ulkomaisista matkailijoista, joita tuli suorilla lennoilla Euroopasta.",
                "Lentoaseman terminaali on ruuhkahuippuina ollut täynnä, ja jonot turvatarkastukseen ovat venyneet.",
                "Finavia suunnittelee terminaalin laajennusta, joka valmistuisi aikaisintaan 2029.",
                "Suoria lentoja Rovaniemelle oli talvella yli 20 eurooppalaisesta kaupungista, muun muassa Lontoosta, Pariisista ja Zürichistä.",
                "Taksijonot lentoaseman edessä ovat venyneet iltaisin, ja kaupunki on lisännyt bussivuoroja keskustaan.",
                "Matkailuyritykset Rovaniemellä kertovat talven olleen paras kautta aikain.",
            ],
        ),
        "fi_tampere_ratikka": (
            "Tampereen ratikka jatkuu Hiedanrantaan",
            [
                "Tampereen raitiotien jatke Hiedanrantaan on valmistunut, ja ensimmäiset matkustajat pääsivät kyytiin torstaina.",
                "Uusi osuus on noin kaksi kilometriä pitkä, ja sen varrella on neljä pysäkkiä.",
                "Hiedanrantaan rakennetaan uutta kaupunginosaa, johon on tarkoitus muuttaa 25 000 asukasta.",
                "Ensimmäisenä päivänä ratikassa oli paljon uteliaita, kertoo kuljettaja Anna Virtanen.",
                "Jatkeen rakentaminen kesti kolme vuotta, ja sen hinta oli noin 70 miljoonaa euroa.",
                "Hiedanrannan pysäkeille on tulossa myös kaupunkipyöräasemat ensi kesänä.",
                "Vuoroväli on ruuhka-aikaan 7,5 minuuttia.",
            ],
        ),
    },
    "nl": {
        "nl_zwolle_station": (
            "Nieuwe fietsenstalling bij station Zwolle open",
            [
                "Bij station Zwolle is donderdag een nieuwe ondergrondse fietsenstalling geopend met plaats voor 5.500 fietsen.",
                "De stalling ligt onder het stationsplein aan de kant van de binnenstad en is 24 uur per dag open, meldt de gemeente.",
                "Reizigers mogen hun fiets er de eerste 24 uur gratis stallen.",
                "De oude stalling aan de Stationsweg was al jaren te klein, waardoor veel fietsen op de stoep stonden.",
                "Wie zijn fiets langer dan een dag laat staan, betaalt 1,25 euro per dag, met de OV-chipkaart of een betaalpas.",
                "Er zijn ook 120 plekken voor bakfietsen en fietsen met een kinderzitje, en een werkplaats waar reizigers een band kunnen laten plakken.",
                "De bouw kostte 21 miljoen euro en duurde twee jaar.",
            ],
        ),
        "nl_groningen_gas": (
            "Versterking van huizen in Loppersum loopt vertraging op",
            [
                "De versterking van honderden huizen in Loppersum loopt opnieuw vertraging op, doordat er te weinig aannemers beschikbaar zijn.",
                "Volgens de Nationaal Coördinator Groningen zijn van de 1.400 woningen die in de gemeente versterkt moeten worden, er pas 600 klaar.",
                "Bewoners die al jaren in een wisselwoning zitten, reageren teleurgesteld.",
                "‘We hadden gehoopt dit jaar terug te kunnen in ons eigen huis,’ zegt Jannie Bakker uit Wirdum.",
                "In Loppersum staan nog ruim 300 wisselwoningen, waarvan een deel al langer dan vijf jaar wordt bewoond.",
                "Volgens de coördinator is ook de stijging van de bouwkosten een reden dat projecten opnieuw moeten worden aanbesteed.",
                "De coördinator wil aannemers uit andere provincies naar Groningen halen.",
            ],
        ),
        "nl_maastricht_maas": (
            "Maastricht plaatst drijvende steigers aan de Maas",
            [
                "De gemeente Maastricht legt deze zomer drijvende steigers aan langs de Maasboulevard, zodat rondvaartboten en kano's makkelijker kunnen aanmeren.",
                "De steigers bewegen mee met het water, dat in de Maas soms meters kan stijgen na zware regen in België en Frankrijk.",
                "Horecaondernemers aan de boulevard hopen dat de steigers meer bezoekers naar het water trekken.",
                "De werkzaamheden beginnen in april en duren ongeveer drie maanden.",
                "Er komen ook trappen en een hellingbaan, zodat rolstoelgebruikers en ouders met kinderwagens de steigers kunnen bereiken.",
                "Tijdens de werkzaamheden blijft het fietspad langs de boulevard open, met een omleiding bij de Sint Servaasbrug.",
                "Het project kost 2,3 miljoen euro.",
            ],
        ),
        "nl_gent_haven": (
            "Gentse binnenhaven krijgt nieuwe woonwijk",
            [
                "Op de oude kaaien van de Gentse binnenhaven komen de komende tien jaar zo'n 1.200 woningen, een school en een park.",
                "Het stadsbestuur keurde donderdag het masterplan goed voor de Oude Dokken-zone tussen het Handelsdok en de Voorhaven.",
                "Een derde van de woningen wordt sociale woningbouw.",
                "Buurtbewoners vroegen wel om meer aandacht voor parkeren en verkeer op de Dampoort.",
                "De stad wil ook twee oude loodsen aan het Handelsdok bewaren en er een markthal en ateliers in onderbrengen.",
                "Langs het water komt een wandel- en fietspad van bijna twee kilometer, dat aansluit op de route naar de Muide.",
                "De eerste werken starten in 2028.",
            ],
        ),
    },
    "el": {
        "el_volos_limani": (
            "Νέος προβλήτας για κρουαζιερόπλοια στο λιμάνι του Βόλου",
            [
                "Ξεκινούν τον Απρίλιο οι εργασίες για την κατασκευή νέου προβλήτα κρουαζιέρας στο λιμάνι του Βόλου, ανακοίνωσε ο Οργανισμός Λιμένος.",
                "Ο προβλήτας θα έχει μήκος 300 μέτρων και θα μπορεί να εξυπηρετεί πλοία με έως 3.000 επιβάτες.",
                "Οι επαγγελματίες της παραλίας ελπίζουν ότι η κίνηση θα αυξηθεί τους καλοκαιρινούς μήνες.",
                "Το έργο κοστίζει 18 εκατ. ευρώ και αναμένεται να ολοκληρωθεί σε δύο χρόνια.",
            ],
        ),
        "el_larisa_pinios": (
            "Καθαρισμός της κοίτης του Πηνειού πριν από το καλοκαίρι",
            [
                "Συνεργεία της Περιφέρειας Θεσσαλίας καθαρίζουν από αυτή την εβδομάδα την κοίτη του Πηνειού στο τμήμα που διασχίζει τη Λάρισα.",
                "Απομακρύνονται φερτά υλικά, καλάμια και δέντρα που είχαν παρασυρθεί από τις πλημμύρες του περασμένου φθινοπώρου.",
                "Οι κάτοικοι των παραποτάμιων συνοικιών ζητούν τα έργα να επεκταθούν και στα αναχώματα.",
                "Οι εργασίες θα διαρκέσουν έως τον Ιούνιο.",
            ],
        ),
        "el_chania_nero": (
            "Νέα γεώτρηση για την ύδρευση των Χανίων",
            [
                "Σε λειτουργία τέθηκε νέα γεώτρηση στην περιοχή του Αγυιά, που θα ενισχύσει την ύδρευση των Χανίων τους καλοκαιρινούς μήνες.",
                "Η γεώτρηση δίνει 150 κυβικά μέτρα νερού την ώρα, σύμφωνα με τη δημοτική επιχείρηση ύδρευσης.",
                "Πέρυσι αρκετές συνοικίες έμειναν χωρίς νερό για ώρες στις αιχμές του τουρισμού.",
                "Ο δήμος σχεδιάζει ακόμη δύο γεωτρήσεις μέσα στο έτος.",
            ],
        ),
        "el_kalamata_elia": (
            "Χαμηλότερη η παραγωγή ελαιολάδου στη Μεσσηνία",
            [
                "Μειωμένη κατά 25% είναι φέτος η παραγωγή ελαιολάδου στη Μεσσηνία, σύμφωνα με τους αγροτικούς συνεταιρισμούς της περιοχής.",
                "Η ξηρασία του καλοκαιριού και οι υψηλές θερμοκρασίες την περίοδο της ανθοφορίας επηρέασαν την καρποφορία των ελαιόδεντρων.",
                "Οι τιμές παραγωγού κυμαίνονται γύρω στα 7 ευρώ το κιλό για το εξαιρετικό παρθένο.",
                "Οι παραγωγοί ζητούν αποζημιώσεις από τον ΕΛΓΑ.",
            ],
        ),
    },
    "fr": {
        "fr_dakar_brt": (
            "Dakar : le BRT prolongé jusqu'à Guédiawaye",
            [
                "Le bus rapide sur voie réservée de Dakar dessert depuis jeudi trois nouvelles stations à Guédiawaye, au terme de quatre mois de travaux.",
                "Selon la société d'exploitation, la ligne transporte désormais près de 300 000 voyageurs par jour entre le centre-ville et la banlieue.",
                "Des commerçants du marché Boubess disent que le trajet vers le Plateau a été réduit de moitié.",
                "Le ticket reste fixé entre 400 et 500 francs CFA selon la distance.",
                "La société prévoit d'ajouter vingt bus articulés d'ici la fin de l'année.",
            ],
        ),
        "fr_abidjan_pont": (
            "Abidjan : le quatrième pont ouvert aux piétons le dimanche",
            [
                "Le quatrième pont d'Abidjan, qui relie Yopougon au Plateau, sera réservé aux piétons et aux cyclistes le dimanche matin à partir d'avril.",
                "La mesure, annoncée jeudi par le district, vise à encourager la pratique du sport et à animer les berges de la lagune Ébrié.",
                "Des associations de coureurs de Yopougon saluent l'initiative, tandis que des transporteurs craignent des embouteillages sur les autres axes.",
                "Des points d'eau et des postes de secours seront installés aux deux extrémités de l'ouvrage.",
                "Long de 1,4 kilomètre, le pont a été inauguré en 2023.",
                "La circulation automobile sera rétablie chaque dimanche à 11 heures.",
            ],
        ),
        "fr_kinshasa_eau": (
            "Kinshasa : une nouvelle usine d'eau potable à Lemba",
            [
                "Une nouvelle station de traitement d'eau potable a été mise en service jeudi à Lemba, dans l'est de Kinshasa.",
                "L'usine produira 110 000 mètres cubes par jour, selon la Régie de distribution d'eau, de quoi desservir environ un million d'habitants.",
                "Dans plusieurs quartiers de Lemba et de Matete, les habitants doivent encore acheter l'eau aux porteurs de bidons.",
                "La station puise l'eau du fleuve Congo et l'achemine par une conduite de sept kilomètres jusqu'aux réservoirs de la colline de Kimwenza.",
                "Un bidon de 20 litres s'y vend entre 200 et 500 francs congolais selon la saison.",
                "Les travaux de raccordement des quartiers se poursuivront jusqu'en septembre.",
            ],
        ),
        "fr_douala_port": (
            "Douala : le port réduit le temps d'attente des camions",
            [
                "Le port autonome de Douala a mis en place un système de rendez-vous en ligne pour les camions, afin de réduire les files d'attente à l'entrée des terminaux.",
                "Les transporteurs réservent désormais un créneau horaire pour enlever leurs conteneurs, explique la direction du port.",
                "Jusqu'ici, des centaines de camions stationnaient pendant des jours le long de la route de Bonabéri.",
                "Selon les transporteurs, l'attente moyenne est déjà passée de trois jours à quelques heures depuis le lancement de l'application.",
                "Les camions sans rendez-vous sont désormais orientés vers un parking tampon à la sortie de la ville.",
                "Le système sera étendu au terminal fruitier en mai.",
            ],
        ),
        "fr_ouaga_marche": (
            "Ouagadougou : le grand marché rouvre ses allées rénovées",
            [
                "Les commerçants du grand marché Rood-Woko de Ouagadougou ont retrouvé jeudi les allées rénovées du bâtiment central.",
                "La mairie a refait la toiture, l'éclairage et le réseau contre les incendies, après l'incendie qui avait endommagé une aile l'an dernier.",
                "Les vendeuses de pagnes et de bijoux se disent soulagées de quitter les étals provisoires installés sur la place voisine.",
                "Des bouches d'incendie ont été installées à chaque entrée, et une équipe de sapeurs-pompiers sera désormais postée en permanence sur le site.",
                "Les commerçants paieront un loyer mensuel révisé, fixé après concertation avec leurs associations.",
                "Le marché compte près de 3 000 places.",
            ],
        ),
    },
    "sw": {
        "sw_mwanza_feri": (
            "Kivuko kipya chaanza safari Mwanza",
            [
                "Kivuko kipya kinachobeba abiria 1,000 na magari 36 kimeanza safari kati ya Kigongo na Busisi mkoani Mwanza siku ya Alhamisi.",
                "Wakala wa Ufundi na Umeme Tanzania umesema kivuko hicho kitapunguza muda wa kusubiri, ambao wakati mwingine ulifika saa tatu.",
                "Wafanyabiashara wa samaki wa Busisi wamesema sasa wataweza kufikisha mizigo yao sokoni Mwanza mapema asubuhi.",
                "Kivuko hicho kimejengwa na kampuni ya ndani kwa gharama ya shilingi bilioni 11 na kina vyumba maalumu vya kusubiria kwa wanawake wenye watoto.",
                "Mamlaka imesema vivuko viwili vya zamani vitaendelea kutumika wakati wa saa za msongamano.",
                "Nauli haitabadilika, ni shilingi 1,000 kwa mtu mzima.",
            ],
        ),
        "sw_mombasa_soko": (
            "Wafanyabiashara wa Marikiti wahamishwa kwa muda",
            [
                "Wafanyabiashara zaidi ya 800 wa soko la Marikiti mjini Mombasa wamehamishiwa eneo la muda ili kupisha ukarabati wa soko hilo.",
                "Serikali ya kaunti imesema ukarabati utachukua miezi sita na utahusisha paa jipya, vyoo na mfumo wa maji taka.",
                "Baadhi ya wauzaji wa matunda wamelalamika kwamba eneo jipya liko mbali na wateja wao.",
                "Soko hilo lilijengwa mwaka 1954 na ni maarufu kwa mboga, matunda na viungo vinavyoletwa kutoka kaunti za Kwale na Kilifi.",
                "Mwenyekiti wa chama cha wafanyabiashara, Salim Athman, amesema wanachama wake wako tayari kushirikiana na kaunti ili kazi ikamilike kwa wakati.",
                "Kaunti imeahidi kuweka mabango ya kuwaelekeza wateja kwenye soko la muda.",
            ],
        ),
        "sw_dodoma_maji": (
            "Dodoma kupata maji zaidi kutoka bwawa la Farkwa",
            [
                "Serikali imetangaza kuanza kwa ujenzi wa bomba la kilomita 103 kutoka bwawa la Farkwa hadi jiji la Dodoma.",
                "Mamlaka ya maji ya jiji imesema mradi huo utaongeza upatikanaji wa maji kwa wakazi zaidi ya laki nane.",
                "Wakazi wa kata za pembezoni wamesema kwa sasa hupata maji mara mbili kwa wiki.",
                "Mradi huo utagharimu shilingi bilioni 450 na utahusisha pia ujenzi wa matangi matatu makubwa ya kuhifadhia maji katika maeneo ya Ihumwa, Mtumba na Nzuguni.",
                "Mkazi wa Nzuguni, Mwanaisha Seif, amesema familia yake hununua ndoo ya maji kwa shilingi 500 kutoka kwa wauzaji wa mikokoteni.",
                "Mradi unatarajiwa kukamilika mwaka 2029.",
            ],
        ),
        "sw_zanzibar_bandari": (
            "Bandari ya Malindi Zanzibar yapanuliwa",
            [
                "Kazi ya kupanua gati la abiria katika bandari ya Malindi, Zanzibar, imeanza wiki hii.",
                "Shirika la Bandari Zanzibar limesema gati jipya litaruhusu boti nne za abiria kutia nanga kwa wakati mmoja.",
                "Wasafiri kati ya Unguja na Dar es Salaam wamekuwa wakilalamikia msongamano hasa wakati wa sikukuu.",
                "Kwa sasa abiria hulazimika kusubiri kwenye jua kali kwa zaidi ya saa moja kabla ya kupanda boti, hasa siku za Ijumaa na Jumapili jioni.",
                "Shirika hilo limesema jengo jipya la kusubiri lenye viti 600 na huduma ya maji ya kunywa litajengwa pia.",
                "Upanuzi huo unatarajiwa kukamilika kabla ya mwisho wa mwaka.",
            ],
        ),
    },
}

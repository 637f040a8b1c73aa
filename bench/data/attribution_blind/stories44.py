# ruff: noqa: E501, RUF001  (prose lines; typographic quotes and apostrophes of each language)
"""Prose of the forty-fourth blind set: invented stories (no real events, invented people and
figures) from Eastern Europe, the Caucasus, Central Asia and Latin America, in English and twelve
other languages. Each story is reused by several pages with different credits, so no credit,
mention or caption is part of a story: pages add those themselves (see `cases44.py`).

``STORIES44[lang][key] = (headline, paragraphs)``; ``OTHER_HEADLINES[lang]`` are headlines of
stories the set does not carry, for the "related" and "most read" lists of the templates.
"""

from __future__ import annotations

STORIES44: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "en_kamianets": (
            "Kamianets-Podilskyi shuts old bridge to buses after engineers find cracks",
            [
                "Buses and delivery lorries will no longer be allowed onto the old stone bridge that links Kamianets-Podilskyi's new town to its medieval quarter, the city council decided on Tuesday after engineers reported fresh cracks in two of its arches.",
                "The inspection, carried out in late February by a team from the regional roads department, found that water had been seeping into the masonry for several winters and that a crack on the downstream side had widened by about four millimetres since the previous survey.",
                "Deputy mayor Oksana Hrytsenko said the restriction would stay in place at least until the summer, when a full survey of the foundations is planned. Cars under three and a half tonnes and pedestrians can still cross, and a barrier with a height gauge will be installed at both ends next week.",
                "Four city bus routes that used the bridge will be diverted over the northern crossing, adding between six and ten minutes to journeys into the old town. Shopkeepers on the castle approach said they feared fewer school groups would come in the spring if coaches had to park further away.",
                'Taras Melnyk, the engineer who led the inspection, said the bridge was not in danger of collapse but that vibration from heavy vehicles was the one factor the city could control quickly. "Every loaded coach is a small earthquake for lime mortar that is two centuries old," he said.',
                "The council has asked the regional administration for 18 million hryvnias to repair the arches and waterproof the deck, and says it will publish the engineers' full report on its website this week.",
            ],
        ),
        "en_zugdidi": (
            "Storm fells century-old trees in Zugdidi's palace park",
            [
                "Gardeners in Zugdidi spent Wednesday clearing fallen trunks from the botanical park beside the Dadiani palace after a night of gale-force winds uprooted or split at least nineteen trees, several of them planted in the nineteenth century.",
                "The park's chief gardener, Nana Kvaratskhelia, said the worst damage was along the eastern alley, where a row of old plane trees took the full force of the wind coming down from the hills. Two trees fell across the path to the palace museum, which will stay closed to visitors until Friday.",
                "Municipal crews worked with chainsaws from first light, and around forty volunteers, many of them students from the local university, stacked branches and raked the lawns. Nobody was hurt, the city hall said, because the park had been closed at dusk as usual.",
                "Ms Kvaratskhelia said the park had lost more trees in the past five years than in the previous thirty, and that many of the oldest had weakened roots after dry summers. She wants an arborist's survey of every tree over a hundred years old before the tourist season begins.",
                "The city hall said it would replant the eastern alley with young plane trees grown in the park's own nursery, and that the timber from the fallen trees would be given to schools and to the town's carpentry college.",
            ],
        ),
        "en_vanadzor": (
            "Vanadzor schools move to a four-day week after heating plant breakdown",
            [
                "Eleven schools in Vanadzor will teach only four days a week until the end of March after a boiler at the district heating plant that serves the city's southern neighbourhoods broke down on Monday, the municipality said.",
                "Classrooms in the affected schools were below twelve degrees on Tuesday morning, according to readings taken by teachers, and several parents kept their children at home. The fifth day will be taught online, and the schools will stay open for pupils who have nowhere else to go.",
                "Hovhannes Sargsyan, the plant's technical director, said a replacement part had been ordered from a supplier in Yerevan, but that fitting it would require the whole southern circuit to be drained and refilled, which takes about a week.",
                "Apartment blocks on the same circuit have also been without heating since Monday. The municipality has opened two gyms as warm rooms with tea and electric heaters, and says it will lend heaters to elderly residents who live alone.",
                "Parents' councils at three of the schools have asked the city to install separate boilers in school buildings so that a single fault cannot close them again, a request the deputy mayor said would be considered in the autumn budget.",
            ],
        ),
        "en_sheki": (
            "Sheki craftsmen take on apprentices as caravanserai roof is restored",
            [
                "Restorers working on the upper caravanserai in Sheki have begun taking on apprentices, hoping to pass on the carpentry and coloured-glass skills that the eighteenth-century building will need once its new roof is finished next year.",
                "Water has leaked through the roof for several winters, staining the plaster of the upper gallery and loosening the window frames that hold the lattices of small coloured panes for which the town is known. Scaffolding went up along the northern wing in January.",
                "Master craftsman Elchin Mammadli, who has made lattice windows for thirty years, said six young people had joined his workshop this month. Each frame is assembled from hundreds of wooden pieces without glue or nails, and an apprentice needs about two years to learn to fit them.",
                "The restoration is paid for by the state heritage agency, which says the roof must be completed before work can start on the interior. Guests staying in the southern wing, which still operates as a hotel, will not be moved while the work goes on.",
                "Mr Mammadli said the apprentices would make the replacement frames for the gallery under his supervision, and that three of them had already finished their first small panel.",
            ],
        ),
        "en_shymkent": (
            "Shymkent opens its first bus lanes, and minibus drivers protest",
            [
                "Shymkent opened its first dedicated bus lanes on Monday along an eight-kilometre stretch of Tauke Khan Avenue, but around sixty minibus drivers parked their vehicles outside the city transport department the next morning to protest against fines for using the lanes.",
                "Under the new rules, only municipal buses, taxis carrying passengers and emergency vehicles may use the lanes between seven in the morning and eight in the evening. Private minibuses, which carry a large share of the city's commuters, must stay in the general traffic lanes.",
                "The head of the transport department, Murat Yesenov, said the lanes had already cut the average journey time of the number 12 bus by eleven minutes. Cameras were installed along the avenue in February, and fines will be issued after a two-week warning period.",
                'Drivers say they are losing passengers to buses that now overtake them in traffic. "We carry the same people, on the same route, for the same fare," said Serik Abdrakhmanov, who has driven on the avenue for twelve years.',
                "The city has promised to meet the drivers' association next week. Officials say the minibus routes will be merged into the municipal network by the end of the year, with drivers offered contracts by the city operator.",
            ],
        ),
        "en_nukus": (
            "Nukus clinics see more breathing complaints after early salt storms",
            [
                "Clinics in Nukus recorded a rise in patients with coughs and breathing difficulties in the last week of February, after two storms carried salt and dust from the dried bed of the Aral Sea over the city earlier in the year than usual.",
                "Doctors at the city's second polyclinic said they saw nearly twice as many patients with respiratory complaints as in the same week last year, most of them children and elderly people. Some came in with sore eyes after spending the day outdoors.",
                "Gulnara Tleubaeva, a paediatrician at the clinic, advised parents to keep children indoors when the sky turns yellow and to wash their faces and hands when they come home. The clinic has set up a separate queue for patients with breathing problems.",
                "Forestry crews have planted saxaul shrubs over large areas of the former seabed to hold the sand in place, and the regional forestry office says another 20,000 hectares will be planted this spring. Residents say the storms reach the city more often than they did a decade ago.",
                "Some schools in the city have cancelled outdoor physical education classes until the end of March, and the largest market closed its open-air rows during the second storm.",
                "The regional health department says it will install two air monitors in Nukus in April, so that schools can be warned before a storm arrives.",
            ],
        ),
        "en_naryn": (
            "Avalanche cuts road south of Naryn, stranding lorries overnight",
            [
                "An avalanche blocked the main road south of Naryn on Tuesday afternoon, leaving more than a hundred lorries and a dozen cars stranded overnight on the approach to the Dolon pass, the emergency services said.",
                "The snow slid across a 150-metre section of the road about forty kilometres from the town, burying it under up to four metres of snow. No vehicles were caught in the slide, but drivers further up the road could not turn back because of the queue behind them.",
                "Road crews with two bulldozers and a rotary plough worked through the night and reopened one lane at about six in the morning. Drivers were given hot tea and bread at a road maintenance station, and a woman with a small child was taken to Naryn in an emergency vehicle.",
                "The head of the district road service, Almazbek Toktorov, said his crews had cleared eleven avalanches on the same stretch since December, more than in the whole of the previous winter. He asked drivers to check the state of the road before setting out.",
                "Lorry drivers waiting at the maintenance station said the queue had stretched back almost three kilometres by nightfall. Several were carrying fruit and vegetables that they feared would freeze in unheated trailers.",
                "The emergency ministry has warned of further avalanche danger in the Naryn region until the weekend, as daytime temperatures rise.",
            ],
        ),
        "en_cahul": (
            "Cahul maternity ward reopens after a two-year renovation",
            [
                "The maternity ward of the district hospital in Cahul reopened on Monday after a two-year renovation, ending a period in which many expectant mothers from the south of the country had to travel to other towns to give birth.",
                "The ward now has eight delivery rooms, a neonatal unit with six incubators and rooms where fathers can stay overnight. During the renovation, births were handled in a temporary unit on another floor, which could take only uncomplicated cases.",
                "Senior midwife Ludmila Ciobanu said the staff had been moving between wards for two years and were relieved to work in one place again. The first baby born in the new ward, a girl, arrived at twenty past four on Monday morning.",
                "The hospital's director said the ward was designed for about 1,200 births a year, and that four midwives and two neonatologists had been hired this winter. Mothers from the villages along the Prut had often faced journeys of more than two hours while the ward was closed.",
                "Women's groups from the district had collected signatures last spring asking for the ward to be finished before the summer, and several of their members came to the reopening with flowers for the staff.",
                "The district council will pay for an ambulance based at the hospital to bring women from the most distant villages, the director said.",
            ],
        ),
        "en_cochabamba": (
            "Cochabamba rations water as its main reservoir falls to a ten-year low",
            [
                "Neighbourhoods in the south of Cochabamba will receive tap water only three days a week from Monday, the municipal water company said, after the main reservoir supplying the city fell to its lowest level in ten years.",
                "The reservoir held about 28 per cent of its capacity at the end of February, when it would normally be close to full after the rainy season. Rainfall in January and February was less than half the usual amount, according to the regional weather office.",
                "The water company will send tanker trucks to areas that are not connected to the network, and neighbourhood committees will draw up the delivery schedules. Rosa Mamani, who leads the committee in one southern district, said families were already buying water from private tankers at high prices.",
                "The company's manager, Jorge Céspedes, said a pipeline from a second reservoir would be finished in the middle of the year and would ease the shortage. Until then, he asked residents not to water gardens or wash cars with tap water.",
                "Hospitals and schools will continue to receive water every day, the company said, and the public fountains in the city centre have been switched off.",
                "The rationing will be reviewed every two weeks, the company said, and could be lifted sooner if the rains return in March.",
            ],
        ),
        "en_manaus": (
            "Falling Rio Negro halts ferries to riverside villages near Manaus",
            [
                "Ferry services from Manaus to several riverside communities on the Rio Negro were suspended this week as the river fell to levels unusual for the time of year, leaving sandbanks exposed along the main channel.",
                "The harbour authority said boats drawing more than one and a half metres could no longer reach the landing stages of at least six communities upstream of the city. Smaller boats will carry passengers and goods until the water rises.",
                "Teachers in the communities said school boats had been replaced by smaller canoes, which take longer and cannot carry all the children at once. In one village, classes have moved to the afternoon so that the canoes can make two trips.",
                "The city's civil defence office says it is checking the river every day and has stocked drinking water and food parcels for families who cannot reach the city. Fishermen say the low water has also made it harder to bring their catch to market.",
                "Shopkeepers in the communities say the prices of cooking gas and rice have risen since the larger boats stopped, because the smaller ones carry less and charge more for each sack.",
                "Hydrologists expect the river to start rising again in the coming weeks, when rain in the upper basin reaches the Rio Negro.",
            ],
        ),
    },
    "pl": {
        "pl_zamosc": (
            "Zamość: remont podcieni przy Rynku Wielkim potrwa do jesieni",
            [
                "Remont podcieni w sześciu kamienicach przy Rynku Wielkim w Zamościu potrwa do października, a nie do czerwca, jak zakładano – poinformował we wtorek urząd miasta. Wykonawca natrafił pod posadzką na nieznane wcześniej piwnice.",
                "Prace ruszyły w styczniu. Robotnicy zdejmowali stare płyty chodnikowe, gdy pod jedną z kamienic odsłonili sklepione pomieszczenie wypełnione gruzem. Zdaniem konserwatora zabytków może ono pochodzić z pierwszych lat istnienia miasta.",
                "Archeolodzy mają zbadać piwnice w marcu i kwietniu. Do tego czasu przejście pod podcieniami od strony ratusza pozostanie zamknięte, a piesi muszą korzystać z drewnianego chodnika ustawionego na płycie rynku.",
                "Właściciele kawiarni i sklepów w remontowanych kamienicach liczą straty. – Przed sezonem turystycznym to dla nas najgorszy moment – mówi Agnieszka Wróbel, która od dwunastu lat prowadzi cukiernię przy rynku.",
                "Urząd miasta zapewnia, że dodatkowe miesiące prac nie podniosą kosztów remontu, bo badania archeologiczne sfinansuje wojewódzki konserwator. Ostateczny termin zakończenia robót będzie znany po zbadaniu piwnic.",
                "Miasto zapowiada, że po zakończeniu remontu podcienie dostaną nowe oświetlenie, a odkryte piwnice mogą zostać udostępnione zwiedzającym.",
            ],
        ),
        "pl_suwalki": (
            "Suwałki: strażacy ostrzegają wędkarzy przed cienkim lodem",
            [
                "Strażacy z Suwałk apelują do wędkarzy, by nie wchodzili na lód na okolicznych jeziorach. Tylko w miniony weekend ratownicy trzy razy wyciągali z wody ludzi, pod którymi załamała się pokrywa.",
                "Najgroźniej było w sobotę rano na jeziorze niedaleko miasta, gdzie pod lód wpadło dwóch mężczyzn łowiących ryby kilkadziesiąt metrów od brzegu. Jednego wyciągnął kolega, do drugiego strażacy dotarli na sankach lodowych.",
                "Obaj trafili do szpitala z objawami wychłodzenia. Według straży pożarnej grubość lodu na większości jezior nie przekracza w tym roku dziesięciu centymetrów, a przy trzcinowiskach i ujściach strumieni jest jeszcze cieńszy.",
                "– Lód wygląda na mocny, ale po kilku cieplejszych dniach jest spróchniały od środka – mówi kpt. Marcin Sadowski z komendy miejskiej. Strażacy przypominają, by nie wychodzić na lód w pojedynkę i mieć przy sobie kolce asekuracyjne.",
                "Jak co roku w marcu strażacy ćwiczą ratowanie ludzi spod lodu, a w szkołach prowadzą pogadanki o bezpieczeństwie nad wodą zimą.",
                "W najbliższych dniach ratownicy będą patrolować brzegi największych jezior w powiecie.",
            ],
        ),
    },
    "cs": {
        "cs_jihlava": (
            "Záchranka v Jihlavě se stěhuje k obchvatu, dojezdy se mají zkrátit",
            [
                "Zdravotnická záchranná služba v Jihlavě se do konce dubna přestěhuje z centra města do nové základny u obchvatu. Posádky odtud mají rychleji vyjíždět na dálnici i do okolních obcí, uvedl ředitel krajské záchranky.",
                "Současná výjezdová základna sídlí v budově bývalé polikliniky, odkud sanitky projíždějí úzkými ulicemi historického centra. V ranní špičce jim cesta na obchvat trvá i deset minut.",
                "Nová základna má garáže pro šest vozů, dezinfekční linku a zázemí pro posádky, které slouží dvanáctihodinové směny. Stavba stála přes 90 milionů korun a kraj ji zaplatil z vlastního rozpočtu.",
                "Podle lékařky Hany Novotné, která na jihlavské základně pracuje patnáct let, ocení posádky hlavně to, že nebudou muset couvat ze dvora mezi zaparkovanými auty. „Každá minuta se počítá a tady jsme jich hodně ztráceli,“ řekla.",
                "Z nové základny budou vyjíždět i posádky, které dosud sloužily v pronajatých garážích na okraji města. Kraj tak ušetří na nájmu zhruba dva miliony korun ročně.",
                "Stará budova se po odstěhování záchranky vrátí městu, které v ní chce zřídit denní stacionář pro seniory.",
            ],
        ),
        "cs_trebic": (
            "Třebíč dokončila protipovodňovou zeď u židovské čtvrti",
            [
                "Třebíč dokončila mobilní protipovodňovou zeď podél řeky Jihlavy v historické židovské čtvrti. Hasiči ji v úterý poprvé zkušebně postavili a za necelé dvě hodiny uzavřeli celý úsek dlouhý 340 metrů.",
                "Zeď tvoří hliníková hrazení, která se při povodni zasouvají do betonových základů podél nábřeží. Mimo povodně jsou uložena ve skladu a na nábřeží zůstávají jen nenápadné drážky v dlažbě.",
                "Obyvatelé domů u řeky si na zaplavené sklepy stěžovali po každé velké vodě. Naposledy se voda dostala do přízemí několika domů před šesti lety, kdy hladina stoupla za jedinou noc o více než dva metry.",
                "„Čtvrť je zapsaná na seznamu světového dědictví, takže zeď nesměla být vidět,“ vysvětlil místostarosta Pavel Dvořák. Projekt proto několik let posuzovali památkáři.",
                "Město zaplatilo za zeď přes 40 milionů korun, většinu nákladů pokryla státní dotace. Hliníkové díly vyrobila firma z regionu.",
                "Hasiči chtějí stavění zdi nacvičovat dvakrát ročně, vždy na jaře a na podzim.",
            ],
        ),
    },
    "ro": {
        "ro_suceava": (
            "Suceava: trei trasee noi de autobuz leagă cartierele de gară",
            [
                "Compania de transport public din Suceava a introdus de luni trei trasee noi de autobuz, care leagă cartierele Burdujeni și Ițcani de centrul orașului și de gara principală. Autobuzele circulă la fiecare 15 minute la orele de vârf.",
                "Până acum, locuitorii din cartierele de la marginea orașului trebuiau să schimbe două autobuze pentru a ajunge la gară. Primăria spune că noile trasee au fost stabilite după un sondaj la care au răspuns peste 3.000 de suceveni.",
                "În primele zile, șoferii au raportat autobuze pline dimineața, mai ales pe traseul care trece pe lângă spitalul județean. Compania a promis că va suplimenta cursele dacă aglomerația continuă.",
                "„Înainte făceam aproape o oră până la gară, acum fac douăzeci de minute”, spune Elena Rusu, care face zilnic naveta la Fălticeni. Alți călători s-au plâns însă că stațiile noi nu au încă adăposturi.",
                "Biletul pentru noile trasee costă la fel ca pe celelalte linii, iar elevii și pensionarii călătoresc gratuit. Abonamentele lunare pot fi cumpărate și prin aplicația companiei.",
                "Primăria a anunțat că adăposturile vor fi montate până la sfârșitul lunii aprilie.",
            ],
        ),
        "ro_tulcea": (
            "Tulcea: cursele navelor spre satele din Deltă, oprite din cauza ceții",
            [
                "Cursele navelor de pasageri care leagă Tulcea de satele din Delta Dunării au fost suspendate marți dimineață din cauza ceții dense de pe brațul Sulina, au anunțat autoritățile portuare.",
                "Vizibilitatea pe fluviu a scăzut sub o sută de metri, iar căpitănia portului a interzis navigația navelor de pasageri până la ridicarea ceții. Câteva sute de oameni, între care elevi și bolnavi care mergeau la spital, au rămas pe cheiuri.",
                "Pentru cazurile urgente, pompierii au pus la dispoziție o șalupă rapidă dotată cu radar. Un bărbat din Crișan, care avea programată o intervenție chirurgicală, a fost adus la Tulcea la prânz.",
                "Localnicii spun că, fără drumuri, nava este singura legătură cu orașul. „Dacă nu pleacă nava, nu pleacă nimeni”, spune Gheorghe Lupu, pescar din Mila 23, care aștepta pe chei de la ora șapte.",
                "Ceața a persistat și în alte porturi de pe Dunăre, iar navele de marfă au așteptat ore întregi la ancoră în dreptul Tulcei. Meteorologii au anunțat că fenomenul se poate repeta în dimineața următoare.",
                "Cursele au fost reluate după-amiază, iar armatorul a anunțat o cursă suplimentară seara.",
            ],
        ),
    },
    "hu": {
        "hu_nyiregyhaza": (
            "Fűtött télikert nyílt a nyíregyházi állatparkban",
            [
                "Fűtött télikertet adtak át kedden a nyíregyházi állatparkban, ahol a trópusi madarak és a kisebb majmok a hideg hónapokban is a látogatók előtt maradhatnak. Az épület másfél évig készült.",
                "A télikert üvegteteje alatt egész évben huszonnégy fok körüli hőmérsékletet tartanak, a fűtést részben a park saját napelemei adják. A kifutókat úgy alakították ki, hogy az állatok el tudjanak vonulni a látogatók szeme elől.",
                "Eddig a trópusi állatok nagy része télen a nem látogatható tartóépületekben töltötte a napokat. Kovács Réka gondozó szerint a madarak már az első héten birtokba vették az új teret, a majmok óvatosabbak voltak.",
                "Az állatpark vezetése arra számít, hogy a télikert a téli hónapokban is több látogatót vonz majd. Iskolai csoportoknak külön foglalkozásokat is szerveznek az épületben.",
                "A beruházás nagyobbik részét pályázati pénzből fedezték, a többit a város állta. A télikert mellé egy kisebb oktatóterem is épült, ahol vetítéseket is tartanak.",
                "A télikert a park nyitvatartási idejében, naponta reggel kilenctől látogatható.",
            ],
        ),
        "hu_eger": (
            "Csőtörés miatt hetekig zárva lesz az egri uszoda egyik medencéje",
            [
                "Csőtörés miatt legalább április közepéig zárva marad az egri fürdő fedett úszómedencéje. A hibát a múlt héten vették észre, amikor a medence vízszintje egyik napról a másikra több centimétert csökkent.",
                "Az üzemeltető szerint a medence alatti, több mint negyvenéves vezetékek egyike repedt meg. A javításhoz a medencét le kell engedni, és a burkolat egy részét is fel kell bontani.",
                "Az úszóedzéseket és az iskolai úszásoktatást átmenetileg a fürdő kültéri, fűtött medencéjébe teszik át. Szabó Gergely, a helyi úszóklub edzője szerint a gyerekek a hidegebb levegőben is edzhetnek, de rövidebbek lesznek a foglalkozások.",
                "A termálmedencék és a szauna a javítás ideje alatt is nyitva tartanak. A fürdő vezetése azt kéri a vendégektől, hogy a honlapon kövessék a változásokat.",
                "A fürdő tavaly is zárva volt néhány hétig egy szivattyú cseréje miatt, ezért a város most a teljes csőhálózat felmérését is megrendelte. A felmérés eredménye nyárra várható.",
                "A javítás költségét a város és az üzemeltető közösen állja.",
            ],
        ),
    },
    "uk": {
        "uk_chernihiv": (
            "У Чернігові відкрили укриття у школі на Масанах",
            [
                "У Чернігові після ремонту відкрили укриття в школі на Масанах, де під час повітряної тривоги зможуть перебувати понад чотириста учнів і вчителів. Роботи тривали з вересня, повідомили в міській раді.",
                "У підвальному приміщенні облаштували вентиляцію, два окремі виходи, туалети та кімнату для медсестри. Там також є запас води й генератор, щоб під час знеструмлення працювало світло.",
                "Досі частина учнів цієї школи навчалася онлайн, бо старе укриття вміщало лише половину з них. Директорка школи Ірина Савченко каже, що з наступного тижня всі класи повернуться до очного навчання.",
                "Батьки, які прийшли на відкриття, розповіли, що діти чекали на це з початку навчального року. «Найбільше вони сумували за перервами з друзями», — каже мати третьокласника Олена Ткач.",
                "Міська рада планує цього року облаштувати укриття ще в шести школах.",
            ],
        ),
        "uk_rivne": (
            "У Рівному через пошкодження водогону без води залишилися три мікрорайони",
            [
                "У Рівному через пошкодження магістрального водогону в понеділок увечері без води залишилися три мікрорайони на півночі міста. Аварію виявили близько сьомої вечора, коли на вулиці почав просідати асфальт.",
                "За даними водоканалу, трубу діаметром пів метра проклали понад п’ятдесят років тому. Ремонтники працювали всю ніч, але через мерзлий ґрунт роботи затягнулися до обіду вівторка.",
                "У мікрорайони направили автоцистерни з питною водою, біля шкіл і поліклінік встановили ємності. Частина шкіл перейшла на дистанційне навчання, бо в будівлях не працювали туалети.",
                "Мешканка одного з будинків на вулиці Київській Галина Кравчук розповіла, що воду набирала в родичів з іншого району. «Добре, що хоч на один день, а не на тиждень», — сказала вона.",
                "У водоканалі кажуть, що цього року планують замінити ще два кілометри старих труб у цьому районі.",
            ],
        ),
    },
    "ka": {
        "ka_kutaisi": (
            "ქუთაისში რიონის სანაპიროს გამაგრება იწყება",
            [
                "ქუთაისში რიონის მარცხენა სანაპიროს გამაგრების სამუშაოები მარტის ბოლოს დაიწყება. ამის შესახებ მერიამ სამშაბათს განაცხადა.",
                "გასულ შემოდგომაზე ადიდებულმა მდინარემ სანაპიროს ნაწილი ჩარეცხა და ორი საცხოვრებელი სახლის ეზო დააზიანა. მას შემდეგ ამ მონაკვეთზე მოძრაობა შეზღუდულია.",
                "პროექტის მიხედვით, სანაპიროზე ქვის კედელი აშენდება, მის თავზე კი ფეხით მოსიარულეთა ბილიკი მოეწყობა. სამუშაოები ერთ წელიწადს გაგრძელდება.",
                "ადგილობრივი მცხოვრები ლამარა გოგიძე ამბობს, რომ ყოველ წვიმაზე ეშინია. „წყალი ეზომდე მოდიოდა, ახლა იმედი გვაქვს“, — თქვა მან.",
                "მერიის ცნობით, სამუშაოები ადგილობრივი ბიუჯეტით დაფინანსდება.",
            ],
        ),
        "ka_ozurgeti": (
            "ოზურგეთის მუნიციპალიტეტში მეწყერმა სოფლის გზა ჩაკეტა",
            [
                "ოზურგეთის მუნიციპალიტეტში, მთის ერთ-ერთ სოფელთან, მეწყერმა გზა ჩაკეტა. სოფლის დამაკავშირებელი ერთადერთი გზა ორი დღეა დაკეტილია.",
                "ადგილობრივების თქმით, მიწა ღამით, ძლიერი წვიმის შემდეგ დაიძრა. დაშავებული არავინაა, თუმცა ერთი ოჯახის ბოსტანი მთლიანად ჩამოიშალა.",
                "მუნიციპალიტეტმა ადგილზე ტექნიკა გაგზავნა. მერის მოადგილის, დავით ბერიძის თქმით, გზის გაწმენდას რამდენიმე დღე დასჭირდება.",
                "მანამდე სკოლის მოსწავლეები ფეხით, მეწყრის გვერდით გამავალი ბილიკით დადიან. მშობლები ამბობენ, რომ ბილიკი ტალახიანი და სახიფათოა.",
                "გეოლოგები ფერდობს ამ კვირაში შეისწავლიან.",
            ],
        ),
    },
    "hy": {
        "hy_gyumri": (
            "Գյումրիում տնակներում ապրող 40 ընտանիք նոր բնակարաններ ստացավ",
            [
                "Գյումրիում երեքշաբթի բնակարանների բանալիներ հանձնվեցին 40 ընտանիքի, որոնք տասնամյակներ շարունակ ապրել են ժամանակավոր տնակներում։ Նոր շենքը կառուցվել է քաղաքի հյուսիսային թաղամասում։",
                "Ընտանիքների մեծ մասը տնակներ էր տեղափոխվել 1988 թվականի երկրաշարժից հետո։ Տնակներից շատերն այսօր խոնավ են, ձմռանը՝ սառը, իսկ տանիքները կաթում են։",
                "Քաղաքապետի տեղակալ Արմեն Պետրոսյանի խոսքով՝ դատարկված տնակները կապամոնտաժվեն մինչև ամառ, իսկ դրանց տեղում խաղահրապարակ կկառուցվի։",
                "73-ամյա Սիրանույշ Հակոբյանը, որը տնակում ապրել է 38 տարի, ասում է, որ դեռ չի հավատում։ «Առաջին անգամ տաք տուն ունենք», – ասաց նա։",
                "Քաղաքապետարանի տվյալներով՝ Գյումրիում տնակներում դեռ ապրում է մոտ 1500 ընտանիք։",
            ],
        ),
        "hy_ijevan": (
            "Իջևանից դեպի հյուսիսային գյուղեր ավտոբուսային երթուղին վերականգնվեց",
            [
                "Իջևանից դեպի Տավուշի մարզի հյուսիսային գյուղեր ավտոբուսային երթուղին վերականգնվել է երկու տարվա ընդմիջումից հետո։ Առաջին ավտոբուսը ճանապարհ ընկավ երկուշաբթի առավոտյան։",
                "Երթուղին դադարեցվել էր, երբ նախկին փոխադրողը հրաժարվեց աշխատել վնասված ճանապարհի պատճառով։ Անցյալ տարի ճանապարհի մեծ մասը վերանորոգվեց։",
                "Ավտոբուսը օրական երեք անգամ կմեկնի Իջևանից և կանգառներ կունենա վեց գյուղում։ Ուղեվարձը 400 դրամ է, իսկ դպրոցականները կերթևեկեն անվճար։",
                "Գյուղացիները մինչ այժմ ստիպված էին տաքսի վարձել կամ սպասել հարևանների մեքենաներին։ «Հիվանդանոց գնալը ամբողջ օրվա գործ էր», – պատմում է բնակիչ Գագիկ Մելքոնյանը։",
                "Մարզպետարանը խոստանում է ամռանը ավելացնել նաև չորրորդ չվերթը։",
            ],
        ),
    },
    "az": {
        "az_lankaran": (
            "Lənkəranda fırtınadan sonra dəniz sahili təmizlənir",
            [
                "Lənkəranda Xəzər dənizinin sahilində fırtınadan sonra toplanan tullantıların təmizlənməsinə başlanılıb. Bazar günü yüzdən çox könüllü sahilin iki kilometrlik hissəsindən plastik və qamış qalıqlarını yığıb.",
                "Keçən həftə əsən güclü külək dalğaları sahilə qədər çatdırıb və balıqçı qayıqlarının bir neçəsini zədələyib. Dalğalar sahilə çoxlu plastik qab, tor parçaları və ağac budaqları atıb.",
                "Təmizlik aksiyasını yerli gənclər təşkilatı təşkil edib. Təşkilatın rəhbəri Elvin Əliyev deyir ki, yığılan tullantıların bir hissəsi emal üçün Bakıya göndəriləcək.",
                "Sahildə yaşayan balıqçı Rafiq Quliyev bildirib ki, hər fırtınadan sonra sahil daha çox zibillə dolur. “Əvvəllər belə deyildi, indi dəniz hər şeyi geri qaytarır”, – o deyib.",
                "Yerli sakinlər deyir ki, sahildə zibil qutularının sayı azdır və yay aylarında çimərliyə gələnlər də tullantıları sahildə qoyub gedirlər. Təşkilat bələdiyyədən əlavə qutular quraşdırmağı xahiş edib.",
                "Könüllülər aprel ayında sahilin digər hissələrində də təmizlik aparmağı planlaşdırırlar.",
            ],
        ),
        "az_quba": (
            "Quba rayonunda sürüşmə səbəbindən dağ yolunda hərəkət məhdudlaşdırılıb",
            [
                "Quba rayonunda dağ yolunda baş verən sürüşmə səbəbindən nəqliyyatın hərəkəti məhdudlaşdırılıb. Sürüşmə çərşənbə axşamı səhər, iki gün davam edən yağışlardan sonra baş verib.",
                "Torpaq kütləsi yolun təxminən əlli metrlik hissəsini örtüb. Xəsarət alan yoxdur, lakin bir neçə kəndin sakinləri rayon mərkəzinə dolama yolla getmək məcburiyyətində qalıb.",
                "Yol təsərrüfatı idarəsinin texnikası ərazidə işləyir. İdarənin rəisi Nizami Kərimov bildirib ki, yolun bir zolağı həftənin sonunadək açılacaq.",
                "Sürüşmə zonasından keçən avtobuslar müvəqqəti olaraq başqa marşrutla hərəkət edir. Məktəblilər üçün isə ayrıca avtobus ayrılıb.",
                "Yolun bağlanması kəndlərdəki kiçik mağazaların təchizatına da təsir edib, çünki ərzaq gətirən maşınlar dolama yolla daha gec çatır. Sakinlər çörəyin və qazın vaxtında gətirilməsindən narahatdırlar.",
                "Rayon icra hakimiyyəti bildirib ki, xəstələrin rayon mərkəzinə çatdırılması üçün təcili yardım maşını kənddə növbətçilik edəcək.",
                "Geoloqlar yamacı yoxlayaraq burada dayaq divarının tikilməsini tövsiyə ediblər.",
            ],
        ),
    },
    "kk": {
        "kk_semey": (
            "Семейде жаңа диализ орталығы ашылды",
            [
                "Семей қаласында жаңа диализ орталығы ашылды. Орталық бір мезгілде жиырма науқасқа қызмет көрсете алады, деп хабарлады облыстық денсаулық сақтау басқармасы.",
                "Бұған дейін қала мен маңындағы аудандардың науқастары аптасына үш рет ескі ауруханадағы шағын бөлімшеге барып жүрген. Кезек көп болғандықтан, кейбіреуі түнгі ауысымда ем алатын.",
                "Жаңа орталықта заманауи аппараттар орнатылып, науқастарға арналған демалыс бөлмесі жабдықталды. Орталықта он екі мейірбике мен үш дәрігер жұмыс істейді.",
                "Аудан тұрғыны Гүлнар Сәрсенбаева бес жылдан бері диализ алады. «Енді түнде келудің қажеті жоқ, бұл біз үшін үлкен жеңілдік», — дейді ол.",
                "Басқарма алыс ауылдардағы науқастарды тасымалдау үшін арнайы көлік бөлуді жоспарлап отыр.",
            ],
        ),
        "kk_kostanay": (
            "Қостанай облысында боранға байланысты жолдар жабылды",
            [
                "Қостанай облысында қатты боранға байланысты бірнеше республикалық және облыстық жолда көлік қозғалысы уақытша шектелді. Жолда қалған жүргізушілерге құтқарушылар көмек көрсетіп жатыр.",
                "Төтенше жағдайлар департаментінің мәліметінше, түнде жел жылдамдығы секундына жиырма метрге дейін жеткен. Көріну қашықтығы елу метрден аспаған.",
                "Құтқарушылар жол бойында қалған отыздан астам адамды жылыту пункттеріне жеткізді. Олардың арасында екі бала бар, ешкім зардап шеккен жоқ.",
                "Жол қызметінің қызметкерлері қар тазалайтын техниканы түні бойы жұмысқа шығарды. Бас инженер Ерлан Жақыпов жолдар боран басылғаннан кейін ғана толық ашылатынын айтты.",
                "Синоптиктер боран бейсенбіге дейін жалғасуы мүмкін екенін ескертеді.",
            ],
        ),
    },
    "uz": {
        "uz_namangan": (
            "Namanganda eskirgan ichimlik suvi quvurlari almashtirilmoqda",
            [
                "Namangan shahrida eskirgan ichimlik suvi quvurlarini almashtirish ishlari boshlandi. Birinchi navbatda shaharning shimoliy mahallalaridagi 12 kilometr quvur yangilanadi.",
                "Mahalla aholisi yillar davomida suv bosimi pastligidan va tez-tez uzilishlardan shikoyat qilib kelgan. Ayrim uylarga suv faqat tunda kelgan.",
                "Suv ta’minoti korxonasi muhandisi Sherzod Qodirovning ma’lumotiga ko‘ra, quvurlarning aksariyati qirq yil oldin yotqizilgan. Ishlar may oyining oxirigacha yakunlanishi kutilmoqda.",
                "Ishlar davomida ayrim ko‘chalarda suv vaqtincha o‘chiriladi, bu haqda aholi oldindan ogohlantiriladi. Mahalla faoli Dilnoza Yusupova bu yangilikni uzoq kutganlarini aytdi.",
                "Yangi quvurlar plastmassadan tayyorlangan bo‘lib, ular eski metall quvurlardan farqli ravishda zanglamaydi. Mutaxassislarning aytishicha, bu suv sifatini ham yaxshilaydi.",
                "Aholi suv o‘chirilishi haqidagi ma’lumotlarni mahalla idorasidan va korxonaning ijtimoiy tarmoqlardagi sahifasidan olishi mumkin.",
                "Korxona keyingi yili shaharning boshqa hududlarida ham quvurlarni almashtirishni rejalashtirmoqda.",
            ],
        ),
        "uz_termiz": (
            "Termizda dehqon bozoriga olib boruvchi yangi piyodalar ko‘prigi qurildi",
            [
                "Termiz shahrida kanal ustidan dehqon bozoriga olib boradigan yangi piyodalar ko‘prigi foydalanishga topshirildi. Eski yog‘och ko‘prik o‘tgan yili kuchli yomg‘irdan keyin shikastlangan edi.",
                "Shu vaqtgacha bozorga boradigan aholi bir kilometr aylanib o‘tishga majbur bo‘lgan. Ayniqsa, keksalar va aravachali onalar uchun bu katta qiyinchilik tug‘dirgan.",
                "Yangi ko‘prikning uzunligi qirq metr bo‘lib, unda panjaralar va kechki yoritish o‘rnatilgan. Qurilish ishlari ikki oy davom etgan.",
                "Bozorda savdo qiluvchi Nodira Rahimova ko‘prik ochilgandan keyin xaridorlar ko‘payganini aytdi. “Endi odamlar to‘g‘ridan-to‘g‘ri kelishyapti”, dedi u.",
                "Ko‘prik qurilishiga shahar byudjetidan mablag‘ ajratilgan, loyihani mahalliy qurilish tashkiloti amalga oshirgan. Qurilish davomida bozorga olib boruvchi vaqtinchalik yo‘lak ham ochilgan edi.",
                "Mahalla faollari ko‘prik yonida piyodalar o‘tish joyi va svetofor o‘rnatishni ham so‘rashgan.",
                "Shahar hokimligi bahorda kanal bo‘yidagi yo‘lakni ham ta’mirlashni rejalashtirmoqda.",
            ],
        ),
    },
    "es": {
        "es_xalapa": (
            "Xalapa: colonias del norte, sin agua por reparación del acueducto",
            [
                "Más de treinta colonias del norte de Xalapa se quedarán sin agua entre el jueves y el sábado por la reparación de una fuga en el acueducto que trae agua desde la sierra, informó la comisión municipal de agua.",
                "La fuga se detectó la semana pasada en un tramo de tubería de más de cuarenta años, cerca de la entrada de la ciudad. Según el organismo, por ella se perdían alrededor de cien litros por segundo.",
                "Durante los tres días de trabajos, pipas de la comisión recorrerán las colonias afectadas y se instalarán tinacos comunitarios en escuelas y centros de salud. Las clases se mantendrán, pero con horario reducido.",
                "Vecinos de la colonia Revolución dijeron que llevan meses con baja presión. «Ya estamos acostumbrados a llenar cubetas en la noche», contó Martha Hernández, que vive con sus dos nietos.",
                "El organismo explicó que la reparación no puede hacerse sin cortar el suministro porque el tramo dañado es el único que alimenta los tanques del norte de la ciudad. Los trabajos se harán de día y de noche.",
                "La comisión recomendó almacenar agua desde el miércoles y no dejar llaves abiertas cuando regrese el servicio.",
            ],
        ),
        "es_temuco": (
            "Temuco decreta preemergencia ambiental por el humo de leña",
            [
                "La autoridad sanitaria decretó preemergencia ambiental en Temuco y Padre Las Casas para este miércoles, luego de que los niveles de material particulado superaran los límites durante la noche por el uso de calefactores a leña.",
                "Con la medida, queda prohibido el uso de estufas a leña en viviendas entre las seis de la tarde y la medianoche, salvo los equipos de pellet certificados. Los fiscalizadores recorrerán los barrios para verificar el cumplimiento.",
                "Es la primera preemergencia del año, inusualmente temprano: en temporadas anteriores las alertas comenzaban en abril. La autoridad regional de Salud explicó que las noches frías y sin viento impidieron que el humo se dispersara.",
                "Vecinos del sector Pedro de Valdivia reclamaron que no tienen otra forma de calefaccionarse. «La leña es lo único que podemos pagar», dijo Juana Catrileo, quien vive con sus padres, ambos adultos mayores.",
                "Quienes no respeten la prohibición arriesgan multas, aunque la autoridad indicó que durante los primeros días privilegiará la orientación a las familias.",
                "El municipio recordó que sigue abierto el programa de recambio de estufas para las familias inscritas en el registro social.",
            ],
        ),
        "es_tarija": (
            "Granizada daña viñedos en el valle central de Tarija",
            [
                "Una fuerte granizada cayó el lunes por la tarde sobre el valle central de Tarija y dañó viñedos a pocas semanas de la vendimia, según los primeros reportes de las asociaciones de productores.",
                "El granizo, del tamaño de una canica, cayó durante casi veinte minutos en comunidades de los municipios de Uriondo y San Lorenzo. En algunas parcelas, los racimos quedaron partidos en el suelo.",
                "Técnicos de la gobernación comenzaron el martes a recorrer las comunidades para evaluar las pérdidas. El productor Mario Ayarde dijo que perdió cerca de la mitad de su cosecha de uva moscatel.",
                "Las asociaciones piden ayuda para comprar mallas antigranizo, que hoy cubren solo una pequeña parte de los viñedos del valle. Muchos productores no tienen seguro agrícola.",
                "En las comunidades más afectadas también se dañaron huertos de durazno y cultivos de hortalizas. Algunas familias perdieron el techo de calamina de sus depósitos.",
                "Los productores recordaron que la granizada llegó cuando ya habían contratado trabajadores para la cosecha.",
                "La gobernación anunció que entregará abono y plantines a las familias más afectadas.",
            ],
        ),
    },
    "pt": {
        "pt_cuiaba": (
            "Chuva forte faz rio Coxipó transbordar e desaloja famílias em Cuiabá",
            [
                "A chuva forte que caiu na madrugada desta terça-feira em Cuiabá fez o rio Coxipó transbordar e desalojou pelo menos 40 famílias que moram perto das margens, segundo a Defesa Civil municipal.",
                "Em algumas ruas, a água passou de um metro de altura. Moradores tiveram de deixar as casas de madrugada e foram levados para uma escola municipal, que funciona como abrigo provisório.",
                "A Defesa Civil informou que choveu em seis horas o volume esperado para dez dias. Equipes do Corpo de Bombeiros usaram barcos para retirar idosos e crianças de casas ilhadas.",
                "A dona de casa Maria Aparecida Souza perdeu móveis e eletrodomésticos. “A gente saiu só com a roupa do corpo”, contou ela, que mora há quinze anos na beira do rio.",
                "Na escola que serve de abrigo, voluntários organizaram a distribuição de colchões, roupas e refeições. A Secretaria de Saúde enviou uma equipe para atender os desabrigados.",
                "A Defesa Civil pediu que os moradores das áreas de risco fiquem atentos aos alertas enviados por mensagem de celular.",
                "A prefeitura afirmou que vai cadastrar as famílias atingidas para o pagamento de um auxílio emergencial.",
            ],
        ),
        "pt_ilheus": (
            "Avanço do mar ameaça trecho da orla sul de Ilhéus",
            [
                "O avanço do mar destruiu parte do calçadão e ameaça a avenida que margeia a praia no sul de Ilhéus, no litoral da Bahia. Um trecho de cerca de 200 metros foi interditado nesta semana.",
                "As ondas fortes dos últimos dias levaram a areia e derrubaram parte do muro de contenção construído há mais de vinte anos. Postes de iluminação também foram arrancados.",
                "A prefeitura diz que vai colocar pedras para proteger a avenida até que uma obra definitiva seja feita. Segundo o secretário de Infraestrutura, Roberto Almeida, o projeto depende de licença ambiental.",
                "Donos de barracas de praia reclamam da queda no movimento. “Sem calçadão, o turista não vem”, disse o comerciante José Carlos Pereira, que trabalha na orla há 18 anos.",
                "Moradores da região contam que, nos últimos anos, a faixa de areia ficou cada vez mais estreita. Em alguns pontos, a maré alta já chega ao pé do muro.",
                "A interdição também afetou duas linhas de ônibus, que passaram a fazer um desvio pelas ruas do bairro.",
                "Especialistas apontam que a erosão no trecho é acompanhada há anos e tende a se agravar com as marés altas.",
            ],
        ),
    },
}

#: Headlines of stories the set does not carry (the related and most-read lists).
OTHER_HEADLINES: dict[str, list[str]] = {
    "en": [
        "Night trains to the border resume after a winter break",
        "Museum of felt carpets reopens with a new storeroom",
        "City council votes to plant 2,000 trees along the embankment",
        "Marathon route changed to avoid roadworks in the centre",
    ],
    "pl": [
        "Nowy rozkład jazdy autobusów od kwietnia",
        "Biblioteka miejska wydłuża godziny otwarcia",
        "Ruszyły zapisy do żłobków na nowy rok",
    ],
    "cs": [
        "Knihovna prodlouží otevírací dobu o víkendech",
        "Kraj opraví silnici mezi dvěma obcemi",
        "Zápis do mateřských škol bude v květnu",
    ],
    "ro": [
        "Program nou de vizitare la muzeul județean",
        "Lucrări de asfaltare pe trei străzi din centru",
        "Înscrieri la grădinițe începând din aprilie",
    ],
    "hu": [
        "Felújítják a belvárosi buszmegállókat",
        "Új játszótér épül a lakótelepen",
        "Tavasszal indul a lomtalanítás",
    ],
    "uk": [
        "У місті змінять розклад руху тролейбусів",
        "Бібліотека відкриває клуб для підлітків",
        "Навесні відремонтують ще дві вулиці",
    ],
    "ka": [
        "ქალაქში ახალი ავტობუსები გამოჩნდება",
        "ბიბლიოთეკა სამუშაო საათებს ზრდის",
        "სკოლის ეზოში სპორტული მოედანი აშენდება",
    ],
    "hy": [
        "Քաղաքում նոր ավտոբուսներ կշահագործվեն",
        "Գրադարանը կերկարացնի աշխատանքային ժամերը",
        "Դպրոցի բակում մարզադաշտ կկառուցվի",
    ],
    "az": [
        "Şəhərdə yeni avtobus marşrutu açılıb",
        "Kitabxana iş saatlarını uzadıb",
        "Məktəb həyətində idman meydançası tikilir",
    ],
    "kk": [
        "Қалада жаңа автобус бағыты ашылды",
        "Кітапхана жұмыс уақытын ұзартты",
        "Мектеп ауласында спорт алаңы салынады",
    ],
    "uz": [
        "Shaharda yangi avtobus yo‘nalishi ochildi",
        "Kutubxona ish vaqtini uzaytirdi",
        "Maktab hovlisida sport maydoni quriladi",
    ],
    "es": [
        "Nuevo horario del transporte público a partir de abril",
        "La biblioteca municipal amplía su horario de atención",
        "Arrancan las inscripciones para talleres de verano",
    ],
    "pt": [
        "Prefeitura anuncia novo horário dos ônibus",
        "Biblioteca municipal amplia horário de atendimento",
        "Inscrições para cursos gratuitos começam na segunda",
    ],
}

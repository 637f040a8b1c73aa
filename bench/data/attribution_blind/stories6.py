# ruff: noqa: E501, RUF001
"""Invented stories of the sixth blind set: (headline, paragraphs) by language and key.

Names, places and figures are made up; none of this prose is in the earlier sets (build6.py checks).
"""

from __future__ import annotations

STORIES6: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "tram_depot": (
            "Tram depot fire halts services on two lines in Carrowmere",
            [
                "A fire at the Bellwick tram depot in Carrowmere early on Thursday damaged four vehicles and shut the Green and Orange lines for most of the day, the city transport operator said. Nobody was hurt.",
                "Firefighters were called at 3.40 a.m. after a night cleaner saw smoke coming from a maintenance bay. Twenty-two crews worked for two hours to stop the flames reaching the main shed, where another thirty trams were parked.",
                "Operator spokesman Ruairi Densmore said replacement buses would run every ten minutes until the overhead power lines near the depot had been checked. About 61,000 passengers use the two lines on a normal weekday.",
                "Investigators are examining a battery charger that had been installed in the bay in January. The city's transport committee will hear a first report on the cause at its meeting next Tuesday.",
                "Trade union representatives said drivers had raised concerns about the chargers last autumn and asked for the bays to be fitted with automatic sprinklers.",
                "Commuters crowded the replacement bus stops on Harcourt Road during the morning rush. The operator said it expected both lines to reopen by Saturday morning if the safety checks were completed on time.",
            ],
        ),
        "library_fines": (
            "County libraries scrap late fines and report more returned books",
            [
                "Libraries in Ashgrove County have stopped charging fines for overdue books, and the number of long-missing items returned in the first three months has more than doubled, the county's library service said on Monday.",
                "The service had collected about 38,000 pounds a year in fines, much of it from families with young children. Chief librarian Marisol Penhaligon said staff had found that fines kept some of the poorest readers away from the branches altogether.",
                "Between January and March, 2,913 books and DVDs that had been overdue for more than a year came back, compared with 1,240 in the same period last year. Membership rose by six percent, with the largest rise among readers under twelve.",
                "Councillor Ewan Thackeray, who opposed the change, said the lost income would have to be found elsewhere in a tight budget. The council says the cost of chasing small fines had been nearly as high as the amount collected.",
                "Borrowers will still be charged for items that are lost or damaged. The county plans to review the policy in a year and to share its figures with neighbouring library services that are considering the same step.",
            ],
        ),
        "heat_pumps": (
            "Housing association fits heat pumps in 400 older homes",
            [
                "The Larkfield Housing Association will replace gas boilers with heat pumps in 400 homes built before 1950 over the next two years, after a pilot in 36 houses cut tenants' heating bills by about a fifth, the association said on Wednesday.",
                "The pilot homes, on the Dunmore Terrace estate, were first fitted with loft and wall insulation and new windows. Engineers then installed air-source pumps and larger radiators, work that took about nine days a house.",
                "Tenant Bridget Okonjo, who has lived on the estate for 23 years, said her flat was warmer than it had ever been and that her winter bills had fallen from about 140 to 112 pounds a month. Several tenants complained about the noise of the outdoor units.",
                "The programme will cost 7.8 million pounds, of which a national retrofit fund will pay just over half. The association said it would borrow the rest and would not raise rents to pay for it.",
                "Work on the first 120 homes will start in June. Tenants will be offered a place in a guest flat on the estate while the heaviest work is carried out in their homes.",
            ],
        ),
        "river_swim": (
            "River swimming area reopens after water passes tests",
            [
                "A stretch of the River Tolley at Farnham Mill reopened for swimming on Saturday for the first time in eleven years, after a season of water tests found bacteria levels within bathing standards on nine days out of ten.",
                "The stretch was closed in 2015 when sewage overflows upstream made the water unsafe. The water company has since built a storage tank at the Hethersett treatment works that holds back storm water until it can be treated.",
                "Volunteer Tamsin Grewal, who helped collect samples every week last summer, said about 300 people had come on the first morning. Lifeguards from the county council will be on duty at weekends until the end of September.",
                "Signs at the entrance will show the latest test result each day, and the council will close the area after heavy rain. Anglers' groups said they had been consulted on where swimmers may enter the water.",
                "The council hopes the stretch will be designated an official bathing water next year, which would require the water company to meet stricter limits. A decision is expected from the environment department in the spring.",
            ],
        ),
        "chess_school": (
            "Village school wins national chess title for the first time",
            [
                "Pupils from Kilbarrow Primary, a school of 94 children in a farming village, won the national schools chess championship on Sunday, beating teams from schools ten times their size in a final round that lasted almost five hours.",
                "The team of six, aged between nine and eleven, scored 31 points out of a possible 42 over the weekend tournament in Harrowgate. A city academy that had won the title for four years in a row finished second.",
                "Head teacher Callum Rafferty said the school started a lunchtime chess club three years ago when a retired postman, Donal Cahill, offered to teach the game. Cahill, 78, travelled with the team and said he had never been prouder.",
                "The school raised the money for travel and hotel rooms with a cake sale and a sponsored walk. A local bus company drove the team and their parents to the tournament free of charge.",
                "The champions will represent the country at a European schools event in Ljubljana in October. The village hall will hold an open chess afternoon next Saturday, and the children have promised to play anyone who turns up.",
            ],
        ),
        "bridge_toll": (
            "Toll on estuary bridge to rise by a third in July",
            [
                "Drivers crossing the Mawrick estuary bridge will pay 4.20 instead of 3.15 per trip from July 1, the bridge trust said on Friday, blaming the cost of repairs to the cables that hold up the main span.",
                "The trust said inspections last year found corrosion in 14 of the 88 suspension cables, and that replacing them would cost about 46 million over five years. The bridge carries about 38,000 vehicles a day.",
                "Local business groups said the rise would hurt firms on the western bank whose staff and customers cross every day. The trust will keep a discount for residents of the two nearest towns, who will pay 2.10.",
                "Trust chairwoman Philippa Ndlovu said the charity receives no government money and that the toll was its only income. She said the trust had looked at selling advertising on the towers but rejected the idea.",
                "The toll was last raised in 2019. Monthly season tickets will go up from 55 to 72 pounds, and motorcyclists will continue to cross free of charge.",
                "Lorry drivers will pay 12 pounds a crossing, up from nine. The trust will hold two public meetings in May, one on each side of the estuary, to explain the repair work and the new charges.",
            ],
        ),
    },
    "de": {
        "de_hallenbad": (
            "Hallenbad in Kleinrodenau schließt für zwei Jahre",
            [
                "Das Hallenbad in Kleinrodenau schließt Ende Mai für eine Sanierung, die mindestens zwei Jahre dauern und rund 14 Millionen Euro kosten soll. Das hat der Gemeinderat am Dienstagabend mit 19 zu 6 Stimmen beschlossen.",
                "Das Bad wurde 1974 eröffnet und wird jedes Jahr von etwa 110.000 Menschen besucht, darunter Schulklassen aus sechs Nachbargemeinden. Gutachter hatten im Herbst Schäden an der Decke über dem Sportbecken und an den Leitungen festgestellt.",
                "Bürgermeisterin Henrike Wallmann sagte, eine Teilsanierung hätte das Problem nur um einige Jahre verschoben. Die Gemeinde will für den Schwimmunterricht Busse zum Bad in Oberfeldingen einsetzen, das 18 Kilometer entfernt liegt.",
                "Der Schwimmverein sorgt sich um seine Mitglieder. Vorsitzender Lutz Kammerer sagte, er fürchte, dass viele Kinder in dieser Zeit das Training aufgeben würden.",
                "Der Förderverein des Bades hat angekündigt, in der Bauzeit Ausflüge zu Seen in der Umgebung zu organisieren. Auch die Sauna bleibt geschlossen, die Kurse der Volkshochschule ziehen in die Turnhalle der Realschule.",
                "Nach der Sanierung soll das Bad ein neues Lehrschwimmbecken und eine Solaranlage auf dem Dach erhalten. Der Bund übernimmt knapp vier Millionen Euro der Kosten.",
            ],
        ),
    },
    "fr": {
        "fr_boulangerie": (
            "À Saint-Aubrac, la dernière boulangerie rouvre grâce aux habitants",
            [
                "La seule boulangerie de Saint-Aubrac, fermée depuis le départ à la retraite de son propriétaire en novembre, a rouvert samedi matin. Les habitants ont réuni 62 000 euros pour racheter le fonds de commerce et le four.",
                "Une coopérative créée en janvier compte déjà 214 sociétaires, soit près d'un habitant sur trois. Chacun a acheté au moins une part de cent euros, et la mairie a pris en charge la rénovation de la vitrine.",
                "La nouvelle boulangère, Maëlle Roussillon, 29 ans, a quitté un emploi à Clermont pour s'installer dans le village. Elle dit avoir vendu plus de quatre cents baguettes dès le premier matin, avant de fermer à midi faute de pain.",
                "Le maire, Gérard Vialatte, espère que la boutique fera revenir du monde dans le centre, où l'épicerie et le café ont fermé il y a cinq ans.",
                "Le four à bois, construit en 1931, a été restauré par un artisan de la vallée. Les habitants ont aussi repeint la façade lors d'un chantier participatif organisé sur deux week-ends de février.",
                "La coopérative veut maintenant ouvrir un petit dépôt de journaux et de produits de la ferme dans l'arrière-boutique. Une assemblée générale est prévue en juin.",
            ],
        ),
    },
    "es": {
        "es_embalse": (
            "El embalse de Valdecuervos recupera agua tras las lluvias de marzo",
            [
                "El embalse de Valdecuervos, que abastece a once municipios de la comarca, ha pasado del 23 al 41 por ciento de su capacidad en tres semanas gracias a las lluvias de marzo, según los datos publicados el lunes por la confederación hidrográfica.",
                "Las restricciones de riego que se aplicaban desde el verano pasado se mantendrán al menos hasta mayo, aunque los agricultores podrán regar un día más por semana. El consumo doméstico ya no tendrá cortes nocturnos.",
                "La alcaldesa de Torrejada, Inmaculada Berrueco, dijo que los vecinos habían hecho un gran esfuerzo y que el consumo había bajado casi un veinte por ciento. Los regantes piden ayudas para modernizar las acequias.",
                "Los técnicos advierten de que el nivel sigue por debajo de la media de los últimos diez años y de que una primavera seca podría devolver la situación al punto de partida.",
                "En la cuenca alta se registraron 186 litros por metro cuadrado durante el mes, casi el triple de lo habitual. Algunos caminos rurales quedaron cortados durante varios días por el desbordamiento de arroyos.",
                "La confederación revisará las restricciones en su próxima reunión, prevista para el 28 de abril, y publicará un nuevo informe cada semana.",
            ],
        ),
    },
    "it": {
        "it_funivia": (
            "Riapre la funivia del Monte Cerrano dopo tre anni di lavori",
            [
                "La funivia che collega Valfonda alla cima del Monte Cerrano ha riaperto domenica dopo tre anni di lavori costati 19 milioni di euro. Nella prima giornata sono saliti 2.300 passeggeri, secondo la società che la gestisce.",
                "Le due nuove cabine portano sessanta persone ciascuna e impiegano sette minuti per salire, quattro in meno delle vecchie. L'impianto era stato chiuso nel 2023 dopo un controllo che aveva trovato usura nelle funi portanti.",
                "Il sindaco di Valfonda, Ottavio Brambilla, ha detto che la chiusura era costata agli alberghi della valle circa un quinto dei clienti estivi. Diversi rifugi in quota avevano ridotto l'apertura a pochi giorni alla settimana.",
                "Gli ambientalisti chiedono di limitare il numero di corse nei mesi di nidificazione dell'aquila reale, che ha due coppie sul versante nord.",
                "I lavori hanno riguardato anche le stazioni a valle e a monte, ora accessibili alle persone in sedia a rotelle. Nella stazione di arrivo è stato aperto un piccolo museo dedicato alla storia dell'impianto, inaugurato nel 1958.",
                "Il biglietto di andata e ritorno costa 24 euro, con sconti per i residenti e per le scuole. Da luglio la funivia resterà aperta anche il venerdì sera.",
            ],
        ),
    },
    "pt": {
        "pt_mercado": (
            "Mercado municipal de Vila Sernache reabre com bancas a renda reduzida",
            [
                "O mercado municipal de Vila Sernache reabriu na sexta-feira depois de dezoito meses de obras, com 42 bancas alugadas a metade do preço antigo para atrair jovens produtores da região, anunciou a câmara municipal.",
                "A obra custou 3,4 milhões de euros e incluiu um telhado novo, câmaras frigoríficas e um espaço para refeições ao fim de semana. Antes do encerramento, apenas dezassete bancas estavam ocupadas.",
                "A vereadora Filomena Carvalhais disse que a maioria dos novos comerciantes tem menos de quarenta anos e vende legumes, queijos e pão das aldeias vizinhas. Alguns vendedores antigos queixaram-se de que os lugares junto à entrada foram sorteados.",
                "O mercado abre de terça a sábado, das sete da manhã às duas da tarde, e aos sábados haverá música ao vivo no pátio central.",
                "Entre os novos comerciantes está um casal que produz mel na serra e uma cooperativa de pescadores da costa, que passa a vender peixe fresco às quintas e sábados. O estacionamento ao lado do mercado será gratuito durante a manhã.",
                "A câmara quer avaliar os resultados ao fim de um ano antes de decidir se mantém as rendas reduzidas.",
            ],
        ),
    },
    "nl": {
        "nl_fietsbrug": (
            "Nieuwe fietsbrug over de Weteringsvaart na jaren vertraging geopend",
            [
                "De fietsbrug over de Weteringsvaart tussen Oosterhaven en Kraaiendijk is zaterdag geopend, ruim vier jaar later dan gepland. De brug bespaart fietsers een omweg van bijna drie kilometer.",
                "De bouw liep vertraging op door een conflict met de aannemer over de fundering en door een tekort aan staal. De kosten stegen van 6,2 naar 9,8 miljoen euro, waarvan de provincie de helft betaalt.",
                "Wethouder Sjoerd Verhoeckx zei dat vooral scholieren uit Kraaiendijk er baat bij hebben: zij hoeven niet langer over de drukke provinciale weg. Volgens tellingen zullen dagelijks zo'n 3.500 fietsers de brug gebruiken.",
                "Omwonenden klaagden eerder over de verlichting, die 's nachts in hun tuinen zou schijnen. De gemeente heeft de lampen daarom lager geplaatst.",
                "De brug is 140 meter lang en heeft een beweegbaar middendeel, zodat zeilboten de vaart kunnen blijven gebruiken. Het brugdeel wordt op afstand bediend vanuit de centrale post in de provinciehoofdstad.",
                "De oude pont, die sinds 1961 over de vaart voer, maakt op 1 juni zijn laatste tocht. Het bootje gaat naar het streekmuseum.",
            ],
        ),
    },
    "pl": {
        "pl_tramwaj": (
            "Nowa linia tramwajowa na Zielone Wzgórze gotowa przed terminem",
            [
                "Tramwaje pojadą na osiedle Zielone Wzgórze w Borzęcinie od poniedziałku, dwa miesiące przed terminem zapisanym w umowie z wykonawcą, poinformował w czwartek miejski zarząd dróg.",
                "Nowa trasa ma 4,6 kilometra i dziewięć przystanków. Jej budowa kosztowała 312 milionów złotych, z czego ponad połowę pokryły fundusze unijne. Tramwaje będą kursować co siedem minut w godzinach szczytu.",
                "Wiceprezydent miasta Bożena Krawczykowska powiedziała, że osiedle, na którym mieszka dziś około 28 tysięcy osób, było dotąd obsługiwane tylko przez zatłoczone autobusy. Część mieszkańców skarżyła się na hałas podczas prac nocnych.",
                "Przy pętli powstał parking dla dwustu samochodów i stu rowerów. Kierowcy z okolicznych wsi mogą zostawić tam auto bez opłat.",
                "Na trasie posadzono ponad sześćset drzew, a torowisko na dwóch odcinkach pokryto trawą, która ma tłumić hałas. Nowe wiaty przystankowe mają zielone dachy i tablice z informacją o czasie przyjazdu.",
                "Przez pierwszy tydzień przejazdy nową linią będą bezpłatne. Miasto planuje przedłużenie trasy do dworca kolejowego w 2029 roku.",
            ],
        ),
    },
    "sv": {
        "sv_farja": (
            "Färjan till Lillö får ny båt efter flera års stopp",
            [
                "Vägfärjan mellan Skärvik och Lillö får en ny båt i höst, efter att den gamla färjan varit ur drift i sammanlagt elva veckor de senaste två åren. Det meddelade Trafikverket på onsdagen.",
                "Den nya färjan tar 40 bilar, tio fler än den nuvarande, och drivs med el som laddas vid båda lägena. Den byggs på ett varv i Lödöse och kostar omkring 180 miljoner kronor.",
                "De omkring 600 åretruntboende på Lillö har länge klagat på inställda turer. Fiskaren Ingvar Bjälkenäs sa att han flera gånger fått vänta över natten på fastlandet när färjan stått still.",
                "Under sommarmånaderna trafikerar färjan leden dygnet runt, och köerna blir ofta långa när turisterna kommer.",
                "Ledens nuvarande färja byggdes 1987 och har under de senaste åren drabbats av motorhaverier och problem med rampen. Under stoppen har en mindre passagerarbåt gått i skytteltrafik, men bilar har inte kunnat komma över.",
                "Den gamla färjan ska säljas. Trafikverket räknar med att den nya båten sätts i trafik i oktober efter provturer i september.",
            ],
        ),
    },
    "fi": {
        "fi_koulu": (
            "Kyläkoulu jatkaa Mustalahdella vanhempien keräyksen ansiosta",
            [
                "Mustalahden kyläkoulu saa jatkaa ainakin kolme vuotta, kun kunnanvaltuusto päätti maanantaina perua koulun lakkautuksen. Vanhemmat ja kyläyhdistys keräsivät syksyn aikana lähes 90 000 euroa koulurakennuksen korjauksiin.",
                "Koulussa on tänä vuonna 31 oppilasta. Kunta oli aikonut siirtää heidät keskustan kouluun, jonne matkaa kertyy osalle lapsista yli 25 kilometriä suuntaansa.",
                "Vanhempainyhdistyksen puheenjohtaja Riikka Halttunen sanoi, että kylä olisi menettänyt koulun mukana myös lapsiperheet. Keräykseen osallistui yli viisisataa lahjoittajaa, myös muualle muuttaneita entisiä oppilaita.",
                "Valtuuston äänestys päättyi lukuin 24–19. Osa valtuutetuista muistutti, että kunnan talous on tiukalla ja oppilasmäärän ennustetaan laskevan.",
                "Kylässä on viime vuosina asunut entistä enemmän etätyötä tekeviä lapsiperheitä. Koulun pihalle on tarkoitus rakentaa talkoilla uusi leikkipaikka, ja kyläyhdistys lupaa hoitaa myös lumityöt.",
                "Koulun katto ja ilmanvaihto korjataan kesällä. Päätös arvioidaan uudelleen vuonna 2029.",
            ],
        ),
    },
    "da": {
        "da_havn": (
            "Lystbådehavnen i Søholt udvides med 120 pladser",
            [
                "Lystbådehavnen i Søholt bliver udvidet med 120 nye bådpladser og en ny mole, efter at byrådet tirsdag aften godkendte planen med 21 stemmer mod 4. Arbejdet begynder efter sommerferien.",
                "Udvidelsen koster 38 millioner kroner og skal betales af havnens egne midler og et lån. Ventelisten til en plads er i dag på over 300 navne, og nogle har ventet i mere end otte år.",
                "Havnefoged Bent Kjærsgaard sagde, at mange sejlere fra Sverige og Tyskland i dag vælger andre havne, fordi der ikke er plads til gæster i højsæsonen. En del af de nye pladser reserveres til gæstesejlere.",
                "Naboer til havnen har klaget over, at den nye mole vil tage udsigten fra strandvejen. Kommunen har derfor gjort molen en meter lavere end først foreslået.",
                "Samtidig bygges en ny servicebygning med toiletter, bad og vaskeri, som også skal kunne bruges af strandgæster om sommeren. Klubhuset for den lokale sejlklub flyttes tættere på slæbestedet.",
                "Havnen forventer, at de første nye pladser kan lejes ud fra foråret 2028.",
            ],
        ),
    },
    "vi": {
        "vi_cau": (
            "Cầu mới nối hai xã ven sông Trà Lâm chính thức thông xe",
            [
                "Cây cầu bê tông dài 320 mét nối xã Phước Hòa và xã An Thạnh qua sông Trà Lâm đã chính thức thông xe vào sáng thứ Bảy, chấm dứt hơn ba mươi năm người dân phải đi đò qua sông.",
                "Công trình có tổng vốn 145 tỷ đồng, do ngân sách tỉnh và huyện cùng đầu tư, được khởi công từ tháng 4 năm 2024. Cầu rộng chín mét, có hai làn xe và lối đi bộ ở hai bên.",
                "Ông Lê Văn Thuận, một người lái đò đã làm nghề hơn hai mươi năm, cho biết ông vui vì học sinh không còn phải qua sông trong mùa lũ. Chính quyền xã sẽ hỗ trợ các hộ làm nghề đò chuyển đổi nghề.",
                "Theo ủy ban huyện, mỗi ngày có khoảng bốn nghìn lượt người và xe qua lại giữa hai xã.",
                "Trước đây, mỗi ngày có hàng trăm học sinh phải đi đò sang trường ở bên kia sông. Vào mùa mưa, nhiều buổi học bị gián đoạn vì nước lên cao và đò không thể chạy.",
                "Huyện dự kiến làm thêm một tuyến đường dẫn nối cầu với quốc lộ vào năm sau.",
            ],
        ),
    },
    "el": {
        "el_limani": (
            "Ανοίγει ξανά το λιμάνι της Καλαμίτσας μετά τις εργασίες",
            [
                "Το λιμάνι της Καλαμίτσας ανοίγει ξανά για τα πλοία της γραμμής τη Δευτέρα, ύστερα από οκτώ μήνες εργασιών για την επέκταση του κρηπιδώματος, ανακοίνωσε ο δήμος.",
                "Οι εργασίες κόστισαν 6,7 εκατομμύρια ευρώ και επιτρέπουν πλέον να δένουν ταυτόχρονα δύο πλοία. Κατά τη διάρκεια των έργων οι επιβάτες αποβιβάζονταν σε προσωρινή σκάλα στην απέναντι ακτή.",
                "Ο δήμαρχος Σταμάτης Καραγιαννάκης είπε ότι οι επαγγελματίες του νησιού περιμένουν περισσότερους επισκέπτες φέτος το καλοκαίρι. Οι ψαράδες ζητούν ξεχωριστό χώρο για τα καΐκια τους.",
                "Το νέο δρομολόγιο θα εκτελείται τέσσερις φορές την εβδομάδα.",
                "Ο δήμος θα εγκαταστήσει στέγαστρο για τους επιβάτες έως τον Ιούνιο.",
            ],
        ),
    },
}

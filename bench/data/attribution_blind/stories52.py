# ruff: noqa: E501, RUF001  (one paragraph a line)
"""Prose of the fifty-second blind set: invented stories (names, places, figures), by language.

Release stories open in lower case: their issuer and dateline come from the case
("… /PRNewswire/ -- Harrowgate Valve Systems" + "today announced …").
"""

from __future__ import annotations

STORIES52: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "plant": (
            "Valve maker to open pump-testing plant in Upper Sandusky",
            [
                "today announced plans to open a pump-testing plant in Upper Sandusky, Ohio, bringing 140 jobs to a former seed warehouse on County Road 37. Production is expected to begin in the first quarter of 2028.",
                "The 92,000-square-foot site will test irrigation and municipal water pumps up to 600 horsepower, work the company now sends to a contractor in Monterrey. Local officials approved a ten-year property tax abatement on March 11.",
                "\"Wyandot County gave us a building, a rail spur and people who already know heavy equipment,\" said Colleen Ashdown-Reyes, chief operating officer. Hiring for test technicians and welders will start in September, with a training agreement signed with the county's career center.",
            ],
        ),
        "results": (
            "Cold-chain operator reports record quarter on pharmaceutical freight",
            [
                "today reported fourth-quarter revenue of $318.4 million, up 22 percent from a year earlier, driven by refrigerated pharmaceutical freight between its Memphis and Louisville hubs. Net income rose to $27.9 million, or 61 cents per diluted share.",
                "The company added 410 temperature-monitored trailers during the quarter and renewed its contract with a vaccine distributor through 2031. Its board declared a quarterly dividend of 14 cents per share, payable on April 22 to holders of record on April 5.",
                "\"Shippers are paying for a trailer that reports its own temperature every ninety seconds,\" chief executive Darnell Whitcombe said on a call with analysts. The company expects 2027 revenue between $1.31 billion and $1.36 billion.",
            ],
        ),
        "markets": (
            "Grain-terminal operator jumps after Gulf export contract",
            [
                "Shares of Pellworth Grain Terminals rose 11 percent in early trading on Friday after the company said it had won a five-year contract to load soybeans for export at its terminal near Reserve, Louisiana. The stock reached $48.20, its highest level since August 2025.",
                "The contract covers up to 2.4 million metric tons a year and starts in October, after the terminal's second conveyor line is finished. Analysts at two regional brokerages raised their price targets, citing a longer period of fixed fees.",
                "Trading volume was more than four times the 30-day average by midmorning. The company's bonds due 2032 also gained, narrowing their spread over Treasurys by about 15 basis points, according to traders.",
            ],
        ),
        "column": (
            "Shipping lines' container glut has a long tail",
            [
                "Ocean carriers ordered too many ships when freight rates were high, and the bill is arriving now. Deliveries of new container vessels will add roughly 9 percent to global capacity this year, while cargo volumes are likely to grow by a third of that.",
                "The obvious fix is to scrap older tonnage, but a ship built in 2009 still earns money on short Asian routes. Carriers that slow their fleets to save fuel buy a few months; the ones that cut prices to fill their ships drag everyone else along.",
                "Investors have already marked the sector down by a fifth since January. Valuations near book value look cheap, but the last glut took four years to clear, and balance sheets then were thinner than they are today.",
            ],
        ),
        "match": (
            "Late try hands Tavistock Otters first league title in 31 years",
            [
                "Tavistock Otters won the Western Counties League title on Friday night, beating Penryn Harbourmen 24-22 with a try by winger Kieran Polglase two minutes from the end. Polglase had come on as a replacement at half-time.",
                "Penryn led 22-10 after an hour, helped by two penalties from fly-half Aled Coombe into a strong wind. The Otters' pack then won three scrums in a row near the home line, and flanker Josh Menheniot scored from the third.",
                "\"We have waited a long time and nobody left early,\" said head coach Rhiannon Treloar, whose side finishes the season with 19 wins from 22 games. About 2,300 spectators were at Ockment Park, a record for the ground.",
            ],
        ),
        "synod": (
            "Diocese opens consultation on merging eleven rural parishes",
            [
                "The Diocese of Marrowbridge has opened a consultation on merging eleven rural parishes in the Hallam valley into three, Bishop Anselm Quarrie announced on Friday. Parishioners can respond at deanery meetings and online until June 30.",
                "Only four of the eleven parishes have a resident priest, and Sunday attendance across the valley has fallen to about 680 people. Under the proposal, all churches would stay open for worship, but councils, accounts and Mass schedules would be shared.",
                "\"Nobody is closing a church in this plan,\" the bishop said in a letter read at Masses last weekend. A final decision is expected at the diocesan synod in November, after the finance committee has reviewed the costs of heating and repairs.",
            ],
        ),
        "study": (
            "Night-shift nurses who nap on breaks make fewer dosing errors, study finds",
            [
                "Nurses who took a 25-minute nap during night shifts made 31 percent fewer medication dosing errors than colleagues who stayed awake, according to a study of 1,140 nurses in nine hospitals. The effect was strongest between 3 and 6 a.m.",
                "The researchers compared pharmacy records with break logs over 14 months. Nurses who napped also reported less drowsiness when driving home, although the study did not measure road accidents directly.",
                "\"A quiet room and a rota that protects the break are cheap compared with one serious error,\" said lead author Dr. Ingrid Vollmayer-Osei. The team now plans a trial in which wards are randomly assigned nap rooms.",
            ],
        ),
        "dairy": (
            "Dairy farmers face lower spring milk price as butter stocks build",
            [
                "Dairy farmers in the Upper Midwest will be paid about 7 percent less for April milk than in March, after butter and cheese stocks in cold storage rose for a fifth straight month. Several cooperatives told members this week to expect a base price near $17.60 per hundredweight.",
                "Feed costs have eased since the autumn, which cushions the cut for herds that grow their own corn silage. Smaller farms that buy most of their feed are worse off, and some have delayed replacing heifers.",
                "Extension economist Walter Brandvold said farmers should check whether their cooperative offers forward pricing for the summer months. Spring flush usually adds volume in May and June, which tends to keep prices soft until demand for ice cream picks up.",
            ],
        ),
    },
    "de": {
        "werk": (
            "Landtechnik-Hersteller baut Ersatzteillager in Soltau aus",
            [
                "Der Landtechnik-Hersteller erweitert sein Ersatzteillager in Soltau um 18.000 Quadratmeter und schafft damit rund 60 neue Arbeitsplätze. Die Bauarbeiten sollen im Mai beginnen, der Betrieb im Herbst 2028 starten.",
                "Künftig sollen von Soltau aus Händler in Norddeutschland, Dänemark und den Niederlanden innerhalb von 24 Stunden beliefert werden. Das Unternehmen investiert nach eigenen Angaben rund 34 Millionen Euro in Halle, Regaltechnik und Photovoltaik auf dem Dach.",
                "„In der Erntezeit zählt jede Stunde, in der ein Mähdrescher stillsteht“, sagte Geschäftsführerin Britta Lohmöller. Das Lager soll vollständig mit Strom aus der eigenen Solaranlage und einem Speicher betrieben werden.",
            ],
        ),
        "kirche": (
            "Bistum will Kirchenmusik in ländlichen Pfarreien stärken",
            [
                "Das Bistum Auenfeld will in den kommenden fünf Jahren 14 zusätzliche Stellen für Kirchenmusikerinnen und Kirchenmusiker in ländlichen Pfarreien schaffen. Das kündigte Generalvikar Matthias Ebertshäuser am Freitag an.",
                "Derzeit werden viele Gottesdienste auf dem Land von ehrenamtlichen Organisten begleitet, deren Durchschnittsalter bei 71 Jahren liegt. Die neuen Stellen sollen auch Orgelunterricht für Jugendliche und die Leitung von Kinderchören umfassen.",
                "Finanziert wird das Programm aus einer Rücklage, die das Bistum für Gebäude gebildet hatte. „Eine Kirche ohne Musik bleibt leer, auch wenn das Dach dicht ist“, sagte Ebertshäuser bei der Vorstellung in der Bischofsstadt.",
            ],
        ),
    },
    "fr": {
        "cyclisme": (
            "Cyclisme : Loïc Arnoux s'impose en solitaire sur les routes du Morvan",
            [
                "Le Nivernais Loïc Arnoux a remporté vendredi la première étape du Tour du Morvan, longue de 176 kilomètres entre Château-Chinon et Avallon, après une attaque à 23 kilomètres de l'arrivée. Il devance de 41 secondes un groupe de sept coureurs.",
                "Arnoux, 24 ans, a lâché ses compagnons d'échappée dans la côte de Quarré-les-Tombes, sous une pluie fine. Son équipe, une formation continentale basée à Nevers, n'avait plus gagné sur une course par étapes depuis deux saisons.",
                "« J'ai reconnu la côte trois fois cet hiver, je savais où faire mal », a expliqué le vainqueur, qui porte le maillot jaune avant l'étape de samedi, plus vallonnée, vers Saulieu.",
            ],
        ),
        "etude": (
            "Les abeilles sauvages profitent des bords de routes fauchés tard",
            [
                "Retarder la fauche des bords de routes jusqu'à la fin juillet double presque le nombre d'abeilles sauvages observées, selon une étude menée pendant trois ans sur 212 kilomètres de routes départementales dans le Berry. Les chercheurs ont recensé 87 espèces.",
                "Les tronçons fauchés en mai n'accueillaient en moyenne que 14 abeilles par relevé, contre 26 sur ceux fauchés en juillet. L'effet était le plus net pour les espèces qui nichent dans le sol, nombreuses sur les talus exposés au sud.",
                "« Il ne s'agit pas de ne plus faucher, mais de choisir le bon moment », souligne l'écologue Maëlle Dufourcq, qui a coordonné les relevés. Deux départements ont déjà modifié leur calendrier d'entretien pour l'été prochain.",
            ],
        ),
    },
    "es": {
        "aceite": (
            "Las cooperativas de Jaén cierran la campaña del aceite con un 18 % más de producción",
            [
                "Las cooperativas oleícolas de la provincia de Jaén han cerrado la campaña con 612.000 toneladas de aceite de oliva, un 18 % más que la anterior, gracias a las lluvias de otoño. El precio en origen del virgen extra se mantiene en torno a 4,10 euros el kilo.",
                "Las almazaras de la Sierra de Segura han sido las que más han crecido, con rendimientos de hasta el 23 % en algunas variedades. Los técnicos advierten, sin embargo, de que la floración de la próxima primavera dependerá de las reservas de agua.",
                "\"Una buena cosecha no arregla los costes de la poda ni del gasóleo\", resumió el agricultor Bartolomé Cazorla Ruiz, socio de una cooperativa de Orcera. Las organizaciones agrarias pedirán esta semana ayudas para renovar olivares tradicionales.",
            ],
        ),
        "bolsa": (
            "Una fabricante de envases vascos sube un 9 % tras ganar un contrato en Francia",
            [
                "Las acciones de Envases Txingudi subieron un 9 % este viernes en el mercado continuo después de que la empresa confirmara un contrato de cinco años para suministrar envases de cartón a una cadena de supermercados francesa. El título cerró en 12,46 euros.",
                "El contrato tiene un valor estimado de 140 millones de euros y obligará a ampliar la planta de Irun con una tercera línea de impresión. La compañía prevé contratar a 75 personas antes de que acabe el año.",
                "Varios analistas elevaron su precio objetivo, aunque recordaron que el precio de la celulosa sigue siendo el principal riesgo para los márgenes. La empresa presentará sus resultados trimestrales el 28 de abril.",
            ],
        ),
    },
    "it": {
        "diocesi": (
            "La diocesi apre le canoniche vuote agli studenti fuori sede",
            [
                "La diocesi di Valdimonte metterà a disposizione di studenti universitari fuori sede sette canoniche rimaste vuote nei paesi della collina, con affitti calmierati a partire da 180 euro al mese. L'iniziativa è stata presentata venerdì dal vescovo Giacomo Pellizzari.",
                "Le canoniche, restaurate con fondi diocesani e con il contributo di una fondazione bancaria, ospiteranno in tutto 46 posti letto. Gli studenti si impegneranno a dedicare alcune ore al mese alle attività della parrocchia, dal doposcuola alla mensa.",
                "«Le case dei preti non devono restare chiuse mentre i ragazzi non trovano una stanza in città», ha detto il vescovo. I primi ingressi sono previsti a settembre, in tempo per l'inizio dei corsi.",
            ],
        ),
        "pallavolo": (
            "Volley, la Polisportiva Sabbionetana conquista la promozione in A2",
            [
                "La Polisportiva Sabbionetana ha conquistato venerdì sera la promozione in serie A2 di pallavolo femminile, battendo 3-1 l'Aurora Casteldario davanti a 1.800 spettatori. Decisivo il quarto set, vinto 27-25 dopo due palle set annullate.",
                "La schiacciatrice Noemi Ferrandina ha chiuso con 24 punti e il 48 per cento in attacco, mentre il muro mantovano ha fermato le avversarie per undici volte. La squadra non perdeva in casa da dicembre.",
                "«Questa promozione è di un paese intero, non solo nostra», ha detto l'allenatore Ivano Bertazzoni. La società dovrà ora adeguare il palazzetto, che ha una capienza inferiore a quella richiesta per la nuova categoria.",
            ],
        ),
    },
    "nl": {
        "persbericht": (
            "Fietsenmaker uit Twente opent assemblagehal in Hengelo",
            [
                "De fietsenproducent opent in juni een nieuwe assemblagehal in Hengelo, waar jaarlijks 45.000 elektrische bakfietsen worden gebouwd. Er komen ongeveer 110 banen bij, vooral voor monteurs en logistiek medewerkers.",
                "De hal van 14.000 vierkante meter ligt aan het Twentekanaal, zodat frames en accu's per binnenvaartschip kunnen worden aangevoerd. Het bedrijf verwacht daarmee jaarlijks ruim 900 vrachtwagenritten uit te sparen.",
                "\"We bouwen de fietsen waar we ze ook ontwerpen\", zegt directeur Marleen Oude Hengel. De eerste bakfietsen uit Hengelo moeten in september bij dealers in Nederland, België en Duitsland staan.",
            ],
        ),
        "melkvee": (
            "Melkveehouders in het Groene Hart krijgen hulp bij vernatting",
            [
                "Melkveehouders in het Groene Hart die hun percelen natter maken om bodemdaling te remmen, kunnen vanaf april een vergoeding van maximaal 1.400 euro per hectare per jaar krijgen. Dat hebben drie waterschappen en de provincie vrijdag bekendgemaakt.",
                "De regeling geldt voor veenweidegrond waar het waterpeil minstens twintig centimeter wordt verhoogd. Boeren kunnen ook advies krijgen over gras dat beter tegen natte grond kan en over aangepaste maaimachines.",
                "\"Het gras groeit langzamer, maar de grond zakt minder snel weg\", zegt melkveehouder Gerrit van Wijngaarden uit Reeuwijk, die al twee jaar proefdraait. De provincie wil tot 2030 ongeveer 6.000 hectare onder de regeling brengen.",
            ],
        ),
    },
    "pt": {
        "futebol": (
            "Vitória do Sado vence em Olhão e sobe ao segundo lugar",
            [
                "O Vitória do Sado venceu esta sexta-feira o Olhanense Atlântico por 2-1, em jogo da 24.ª jornada da Liga 3, e subiu ao segundo lugar da classificação. O golo da vitória foi marcado por Tiago Baleizão aos 88 minutos.",
                "A equipa setubalense esteve em desvantagem desde os 17 minutos, depois de um penálti convertido por Rúben Calçada. O empate surgiu no início da segunda parte, num cabeceamento do central Hélder Mouta após canto.",
                "«Sabíamos que o jogo se decidia nos últimos minutos», afirmou o treinador Nuno Valadares, que pediu calma aos adeptos. A próxima jornada leva o Vitória a receber o líder, no domingo, dia 28.",
            ],
        ),
        "bolsa": (
            "Fabricante de cortiça de Santa Maria da Feira aumenta lucro em 14 %",
            [
                "A fabricante de rolhas Corticeira do Vouga Alto registou um lucro de 41,2 milhões de euros em 2026, mais 14 % do que no ano anterior, impulsionada pelas vendas de rolhas técnicas para espumantes. As receitas chegaram aos 388 milhões de euros.",
                "A empresa propõe distribuir um dividendo de 0,32 euros por ação e prevê investir 25 milhões de euros numa nova unidade de granulados em Santa Maria da Feira. As exportações representam 91 % das vendas.",
                "A administração admite que a subida do preço da cortiça amadia pressionou as margens no segundo semestre. As ações fecharam a subir 3,8 %, para 9,72 euros.",
            ],
        ),
    },
    "pl": {
        "rzepak": (
            "Rolnicy z Opolszczyzny obawiają się przymrozków na rzepaku",
            [
                "Rolnicy z Opolszczyzny obawiają się, że zapowiadane na przyszły tydzień przymrozki uszkodzą rzepak, który po ciepłym lutym wcześnie wszedł w fazę pąkowania. Na części plantacji w okolicach Głubczyc rośliny mają już ponad 30 centymetrów.",
                "Doradcy z ośrodka doradztwa rolniczego zalecają, by nie wykonywać teraz zabiegów nawożenia dolistnego i obserwować pąki po każdej mroźnej nocy. Szkody będą widoczne dopiero po kilku dniach.",
                "„Jeden mróz do minus czterech stopni potrafi zabrać piątą część plonu” – mówi Zbigniew Kurpanik, który uprawia rzepak na 160 hektarach pod Kietrzem. Ubezpieczenie od przymrozków wykupiło w tym roku mniej gospodarstw niż przed rokiem.",
            ],
        ),
        "parafia": (
            "Parafia w Bieszczadach odnowi drewnianą cerkiew",
            [
                "Parafia rzymskokatolicka w Wetlinie rozpocznie w maju remont drewnianej świątyni z połowy XIX wieku, używanej dziś jako kościół filialny. Prace obejmą wymianę gontu, osuszenie fundamentów i konserwację ikonostasu.",
                "Koszt remontu oszacowano na 2,3 mln zł, z czego większość pokryje program ochrony zabytków, a resztę zbiórka wśród parafian i turystów. Na czas prac msze będą odprawiane w remizie strażackiej.",
                "„Ta świątynia pamięta kilka pokoleń, które tu żyły i modliły się w różnych obrządkach” – powiedział proboszcz ks. Tadeusz Wilczyński. Zakończenie prac przewidziano na jesień przyszłego roku.",
            ],
        ),
    },
    "sv": {
        "studie": (
            "Studie: Skogsbad sänker blodtrycket hos äldre",
            [
                "Äldre som promenerade i skog två gånger i veckan under tolv veckor fick i genomsnitt sju millimeter lägre systoliskt blodtryck än de som promenerade i stadsmiljö, visar en studie med 264 deltagare i Västerbotten. Skillnaden höll i sig en månad efter studiens slut.",
                "Deltagarna var mellan 68 och 84 år och promenerade lika länge och i samma tempo i båda grupperna. Forskarna mätte också stresshormonet kortisol i saliv, som sjönk mer i skogsgruppen.",
                "– Det handlar inte bara om motion, utan om ljud, ljus och lukt, säger forskaren Agneta Lindqvist-Haraldsson. Nästa steg är att undersöka om effekten finns även i stadsparker med mycket träd.",
            ],
        ),
        "bors": (
            "Norrländskt sågverksbolag rusar efter köp av konkurrent",
            [
                "Aktien i sågverksbolaget Ångerman Trävaror steg med 12 procent på Stockholmsbörsen på fredagen, efter att bolaget meddelat att det köper en konkurrent i Jämtland för 860 miljoner kronor. Köpet ger bolaget tre nya sågverk och en hyvleri.",
                "Affären ska betalas med en kombination av kontanter och nyemitterade aktier. Bolaget räknar med samordningsvinster på omkring 70 miljoner kronor per år från 2029, främst inom transporter och inköp av timmer.",
                "Flera analytiker beskrev priset som rimligt men påpekade att efterfrågan på trävaror i Europa fortfarande är svag. Konkurrensverket måste godkänna affären.",
            ],
        ),
        "pressmeddelande": (
            "Ångerman Trävaror förvärvar Jämtlands Sågverk för 860 miljoner kronor",
            [
                "Ångerman Trävaror AB har i dag tecknat avtal om att förvärva samtliga aktier i Jämtlands Sågverk AB för 860 miljoner kronor på kontant- och skuldfri basis. Förvärvet omfattar tre sågverk och ett hyvleri med en sammanlagd produktion på cirka 610 000 kubikmeter sågade trävaror per år.",
                "Köpeskillingen erläggs till 60 procent kontant och till 40 procent genom en riktad nyemission av B-aktier till säljarna. Bolaget bedömer att förvärvet ger årliga samordningsvinster om cirka 70 miljoner kronor från och med 2029, främst inom transporter och virkesinköp.",
                "– Med sågverken i Jämtland får vi råvara närmare våra kunder i Norge och kortare transporter till hamnen, säger vd Henrik Sjölander-Edh. Förvärvet är villkorat av godkännande från Konkurrensverket och väntas slutföras under tredje kvartalet.",
            ],
        ),
    },
    "tr": {
        "borsa": (
            "Konyalı beyaz eşya üreticisi Fas'ta fabrika kuracak",
            [
                "Konya merkezli beyaz eşya üreticisi Karatay Ev Aletleri, Fas'ın Kenitra kentinde yıllık 400 bin buzdolabı kapasiteli bir fabrika kuracağını açıkladı. Yatırımın toplam tutarının 95 milyon avro olması bekleniyor.",
                "Şirketin Borsa İstanbul'a yaptığı açıklamaya göre fabrika 2028'in ikinci yarısında üretime başlayacak ve yaklaşık 1.100 kişiye istihdam sağlayacak. Üretimin büyük bölümü Batı Afrika ve Avrupa pazarlarına ihraç edilecek.",
                "Açıklamanın ardından şirket hisseleri gün içinde yüzde 6,4 yükselerek 58,30 liraya çıktı. Analistler, yatırımın navlun maliyetlerini düşüreceğini ancak kısa vadede borçluluğu artıracağını belirtti.",
            ],
        ),
        "basketbol": (
            "Basketbolda Manisa Kartalları uzatmada kazandı",
            [
                "Türkiye Basketbol Ligi'nde Manisa Kartalları, cuma akşamı sahasında Trabzon Dalgaları'nı uzatmada 94-89 yendi ve play-off yarışında altıncı sıraya yükseldi. Normal süre 81-81 berabere bitti.",
                "Maçın en skorer ismi 27 sayı ve 9 ribaundla oynayan pivot Emre Kalaycıoğlu oldu. Ev sahibi ekip son periyoda 12 sayı geride girmesine rağmen savunmadaki sertliğiyle farkı kapattı.",
                "Başantrenör Serdar Akyürek, maçın ardından \"Salonu dolduran taraftarımız bu galibiyetin ortağı\" dedi. Manisa ekibi gelecek hafta deplasmanda lider Bursa Körfez ile karşılaşacak.",
            ],
        ),
    },
}

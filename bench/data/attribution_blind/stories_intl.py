# ruff: noqa: E501, RUF001
"""Invented non-English news prose for the blind attribution set (fr, es, de, ar, ur, hi, pt).

All names, figures and quotes are made up. Same shape as STORIES_EN: key -> (headline, paragraphs).
"""

from __future__ import annotations

STORIES_FR: dict[str, tuple[str, list[str]]] = {
    "fr_greve_rail": (
        "Grève à la SNCF : un train sur trois en circulation mardi",
        [
            "La circulation des trains sera fortement perturbée mardi sur l'ensemble du réseau, avec en moyenne un TGV sur trois et un TER sur quatre, a annoncé la direction de la SNCF, au lendemain de l'échec des négociations salariales avec les syndicats de cheminots.",
            "Les organisations syndicales réclament une revalorisation des salaires supérieure à l'inflation ainsi que des embauches pour faire face à la hausse du trafic. La direction estime avoir déjà consenti un effort important et juge les revendications incompatibles avec l'équilibre financier de l'entreprise.",
            "Les voyageurs sont invités à reporter leurs déplacements ou à se renseigner avant de se rendre en gare. Les billets des trains supprimés seront échangés ou remboursés sans frais, a précisé l'entreprise, qui promet d'informer ses clients la veille au soir.",
            "Le ministre des Transports a appelé les deux parties à reprendre rapidement le dialogue, rappelant que de nombreux salariés dépendent du train pour se rendre au travail. Une nouvelle réunion pourrait se tenir en fin de semaine. Aucune date n'a cependant été fixée.",
        ],
    ),
    "fr_sahel": (
        "Au Sahel, les écoles fermées par l'insécurité se comptent par milliers",
        [
            "Plus de huit mille écoles restent fermées dans les pays du Sahel central en raison de l'insécurité, privant des centaines de milliers d'enfants d'éducation, selon un rapport publié jeudi par plusieurs organisations humanitaires actives dans la région. Ce chiffre a doublé en trois ans.",
            "Dans certaines communes rurales, les enseignants ont quitté leur poste après des menaces ou des attaques contre les bâtiments scolaires. Des familles déplacées tentent d'inscrire leurs enfants dans les villes d'accueil, où les classes dépassent souvent cent élèves. Beaucoup d'enfants n'ont plus mis les pieds dans une salle de classe depuis plus d'un an.",
            "Les auteurs du rapport appellent les gouvernements et les bailleurs à financer des écoles temporaires, des programmes d'enseignement par la radio et un soutien psychologique pour les enfants témoins de violences. Ils soulignent que chaque année perdue compromet durablement l'avenir de toute une génération dans la région.",
            "Les autorités assurent qu'un plan de réouverture progressive est en préparation, mais reconnaissent que la situation sécuritaire reste précaire dans plusieurs régions frontalières, où les groupes armés continuent de contrôler des axes routiers. Plusieurs villages restent par ailleurs coupés du reste du pays pendant la saison des pluies.",
        ],
    ),
    "fr_inflation": (
        "Les prix alimentaires reculent pour la première fois depuis deux ans",
        [
            "Les prix de l'alimentation ont légèrement baissé en février sur un mois, une première depuis près de deux ans, selon les chiffres provisoires publiés vendredi par l'institut national de la statistique, qui y voit le signe d'une détente durable. Les économistes restent toutefois prudents.",
            "Sur un an, l'inflation globale ralentit à 2,9 %, portée par la baisse des prix de l'énergie et de certains produits frais. Les prix des services, en revanche, continuent de progresser à un rythme soutenu, notamment dans la restauration et les loyers.",
            "Les associations de consommateurs jugent cette baisse encore insuffisante, après une hausse cumulée de plus de vingt pour cent des prix alimentaires en deux ans. Elles demandent que les négociations entre industriels et distributeurs aboutissent à des baisses visibles en rayon.",
            "Le gouvernement espère que le reflux de l'inflation soutiendra la consommation des ménages, principal moteur de la croissance, alors que les perspectives de l'économie restent moroses pour le premier semestre. Les chefs d'entreprise interrogés par l'institut se montrent eux aussi plus pessimistes qu'il y a trois mois, notamment dans le commerce et le bâtiment.",
        ],
    ),
    "fr_incendie": (
        "Incendie en Gironde : plus de 1 500 hectares brûlés, des habitants évacués",
        [
            "Un incendie de forêt a parcouru plus de 1 500 hectares de pins depuis dimanche dans le sud de la Gironde, entraînant l'évacuation de plusieurs centaines d'habitants et la fermeture d'une route départementale, a indiqué la préfecture lundi matin. Le feu n'était toujours pas fixé.",
            "Près de six cents pompiers, appuyés par des avions bombardiers d'eau, luttaient toujours contre les flammes, attisées par un vent changeant et une végétation très sèche après des semaines sans pluie. Aucune victime n'était à déplorer lundi. Plusieurs pompiers ont été légèrement blessés.",
            "Les personnes évacuées ont été accueillies dans une salle des fêtes et un gymnase des communes voisines. Plusieurs éleveurs ont dû déplacer leurs animaux en urgence, tandis qu'un camping a été vidé de ses vacanciers dans la nuit. La Croix-Rouge a distribué des repas et des couvertures.",
            "Les enquêteurs cherchent à déterminer l'origine du sinistre. Le préfet a rappelé l'interdiction de tout feu en forêt et demandé aux promeneurs d'éviter les massifs boisés jusqu'à nouvel ordre. Une cellule d'accompagnement psychologique a été mise en place pour les habitants évacués, dont certains ne savent pas encore si leur maison a été épargnée.",
        ],
    ),
    "fr_rugby": (
        "Tournoi des Six Nations : les Bleus s'imposent au bout du suspense",
        [
            "Le XV de France a arraché samedi une victoire précieuse face à l'Écosse, grâce à une pénalité réussie dans les dernières secondes par son demi d'ouverture, au terme d'un match haletant disputé sous une pluie battante. Le stade était comble.",
            "Menés à la pause après deux essais écossais, les Français ont repris le contrôle en deuxième période grâce à la domination de leur mêlée. Un essai de pénalité, puis une percée du centre ont permis de revenir au score. L'ailier a ensuite manqué de peu un deuxième essai.",
            "Le sélectionneur a salué le caractère de son groupe, tout en reconnaissant de nombreuses imprécisions dans le jeu au pied. Plusieurs cadres, touchés physiquement, sont incertains pour le prochain match à domicile. Le staff médical fera un point sur leur état en début de semaine, avant l'annonce du groupe retenu pour le prochain match.",
            "Avec cette victoire, la France reste en course pour le titre avant les deux dernières journées, qui s'annoncent décisives. Le public a longuement ovationné les joueurs au coup de sifflet final. Les supporters français ont chanté bien après la fin de la rencontre, dans les tribunes comme dans les rues autour du stade.",
        ],
    ),
    "fr_urgences": (
        "Hôpital : les urgences de la ville fermées la nuit faute de médecins",
        [
            "Le service des urgences du centre hospitalier sera fermé la nuit à partir de lundi, faute de médecins en nombre suffisant pour assurer les gardes, a annoncé la direction de l'établissement, provoquant la colère des élus locaux. La mesure doit durer au moins jusqu'à la fin du mois.",
            "Les patients devront appeler le centre de régulation avant tout déplacement entre 20 heures et 8 heures. Les cas les plus graves seront orientés vers l'hôpital le plus proche, situé à une quarantaine de kilomètres. Les élus craignent des délais de prise en charge beaucoup plus longs.",
            "Le maire a dénoncé une décision qui met en danger les habitants et demandé un rendez-vous en urgence avec l'agence régionale de santé. Un rassemblement de soutien au personnel est prévu samedi devant l'hôpital. Une pétition a déjà recueilli plusieurs milliers de signatures.",
            "La direction assure que la fermeture est temporaire et que des recrutements sont en cours, mais plusieurs postes restent vacants depuis des mois. De nombreux hôpitaux de taille moyenne connaissent des difficultés similaires. Les syndicats dénoncent des conditions de travail qui découragent les jeunes médecins de s'installer dans la région.",
        ],
    ),
}

STORIES_ES: dict[str, tuple[str, list[str]]] = {
    "es_sequia": (
        "Cataluña amplía las restricciones de agua por la sequía",
        [
            "El gobierno catalán amplió este martes las restricciones al consumo de agua a más municipios, después de que los embalses que abastecen el área metropolitana de Barcelona bajaran del dieciséis por ciento de su capacidad, un mínimo histórico. Es la situación más grave desde que hay registros.",
            "Las nuevas medidas reducen la dotación por habitante y prohíben regar jardines privados, llenar piscinas y lavar vehículos fuera de los establecimientos autorizados. Los ayuntamientos deberán presentar planes para detectar y reparar fugas en sus redes. Las multas para los infractores podrán superar los tres mil euros.",
            "Los agricultores, que ya sufren recortes de hasta el ochenta por ciento en el riego, advirtieron de pérdidas millonarias en frutales y cereales. Las organizaciones agrarias pidieron ayudas directas y un calendario claro de obras para aumentar la desalinización. Algunos ya han arrancado árboles que no podían regar.",
            "Los meteorólogos no prevén lluvias significativas en las próximas semanas, y las autoridades no descartan traer agua en barco si la situación empeora durante el verano, cuando el consumo aumenta por el turismo. Las autoridades han pedido a los hoteles que reduzcan también su consumo.",
        ],
    ),
    "es_inflacion_ar": (
        "La inflación mensual se desacelera por tercer mes consecutivo",
        [
            "La inflación de febrero fue del 13,2 por ciento, el tercer mes consecutivo de desaceleración, según los datos publicados este jueves por el instituto de estadística, aunque la variación interanual sigue por encima del doscientos por ciento. El dato se ubicó por debajo de lo que esperaba el mercado.",
            "Los alimentos y las bebidas subieron menos que el promedio, mientras que los servicios regulados, como el transporte y la electricidad, registraron aumentos mayores tras la reducción de subsidios decidida por el gobierno a comienzos de año. Las prepagas de salud y los alquileres también subieron con fuerza.",
            "El ministro de Economía celebró el dato en una conferencia de prensa y aseguró que la tendencia continuará en los próximos meses. Economistas consultados advirtieron, sin embargo, que la caída del consumo y de los salarios reales está golpeando con fuerza a los hogares.",
            "Los comerciantes de los barrios del conurbano reportan ventas en niveles mínimos, y las organizaciones sociales denuncian un aumento de la demanda en los comedores comunitarios, que reciben cada vez más familias con trabajo formal. Muchas de esas familias dicen que ya no llegan a fin de mes.",
        ],
    ),
    "es_huracan": (
        "Huracán toca tierra en la costa del Pacífico mexicano",
        [
            "Un huracán de categoría tres tocó tierra la madrugada del domingo en la costa del Pacífico mexicano, con vientos sostenidos de 185 kilómetros por hora, provocando inundaciones, cortes de electricidad y la caída de árboles en varias localidades turísticas. No se reportaron víctimas mortales en las primeras horas.",
            "Protección Civil informó que más de doce mil personas pasaron la noche en albergues temporales instalados en escuelas y centros deportivos. Las autoridades cerraron puertos y suspendieron las clases en tres estados ante el riesgo de deslaves. También se suspendieron los vuelos en dos aeropuertos.",
            "En la zona hotelera, turistas y trabajadores se refugiaron en los salones de los hoteles mientras el viento arrancaba techos de lámina y anuncios. Los pescadores de la región temen haber perdido sus embarcaciones, amarradas en los esteros. Muchos de ellos pasaron la noche en vela.",
            "El servicio meteorológico prevé que el sistema se debilite al avanzar tierra adentro, pero advirtió de lluvias intensas en zonas montañosas durante los próximos dos días, con posibles crecidas de ríos y arroyos. Las autoridades pidieron a la población no regresar a sus viviendas hasta que se confirme que es seguro hacerlo.",
        ],
    ),
    "es_liga": (
        "El líder empata en el último minuto y ve recortada su ventaja",
        [
            "El líder del campeonato rescató un empate agónico en el último minuto del descuento frente a un rival que luchaba por salir de los puestos de descenso, en un partido en el que desperdició numerosas ocasiones y vio cómo su ventaja se reducía a tres puntos.",
            "Los visitantes se adelantaron en el marcador con un cabezazo tras un saque de esquina a la media hora y resistieron con orden el asedio local durante toda la segunda parte, con una actuación sobresaliente de su portero. El portero visitante fue elegido el mejor jugador del partido.",
            "Cuando el público ya abandonaba el estadio, un disparo desde fuera del área de un centrocampista recién ingresado se coló junto al poste. El entrenador local reconoció que su equipo había jugado con demasiada ansiedad. Pidió calma a la afición y confió en recuperar el nivel.",
            "El perseguidor, que ganó con comodidad el sábado, llega en su mejor momento al duelo directo entre ambos equipos, previsto para dentro de dos semanas en un estadio que ya ha agotado todas sus entradas. Ambos equipos llegan con bajas importantes por lesión.",
        ],
    ),
    "es_municipales": (
        "El ayuntamiento aprueba el presupuesto con el apoyo de la oposición",
        [
            "El pleno municipal aprobó este viernes el presupuesto para el próximo año gracias a la abstención de uno de los grupos de la oposición, después de semanas de negociaciones que incluyeron nuevas partidas para vivienda pública y transporte de barrio.",
            "Las cuentas prevén un gasto cercano a los 480 millones de euros, un seis por ciento más que el año anterior, con un fuerte aumento en limpieza viaria, mantenimiento de colegios y ayudas para la rehabilitación de edificios antiguos. También se destinan más fondos a parques y zonas verdes.",
            "La alcaldesa defendió que el presupuesto permitirá reducir las listas de espera de los servicios sociales y ampliar el horario de las bibliotecas. Los grupos que votaron en contra criticaron la subida de algunas tasas y la falta de inversión en los barrios periféricos.",
            "Las asociaciones vecinales valoraron los compromisos alcanzados, pero advirtieron que vigilarán su cumplimiento, recordando que varias obras anunciadas en ejercicios anteriores siguen sin comenzar. Algunas de ellas llevan más de tres años de retraso, según denuncian los vecinos, que reclaman un calendario público de ejecución.",
        ],
    ),
    "es_telescopio": (
        "Astrónomos detectan vapor de agua en la atmósfera de un exoplaneta templado",
        [
            "Un equipo internacional de astrónomos ha detectado indicios de vapor de agua en la atmósfera de un planeta situado a unos cien años luz de la Tierra, cuya temperatura podría permitir la existencia de agua líquida en su superficie. Es la primera vez que se observa algo así en un planeta de este tipo.",
            "Las observaciones, realizadas con un telescopio espacial durante varios tránsitos del planeta frente a su estrella, muestran una señal característica en el infrarrojo. Los investigadores publicaron sus resultados este miércoles en una revista científica. El análisis de los datos llevó varios meses de trabajo.",
            "Los autores subrayan que el planeta es más grande que la Tierra y que todavía no se sabe si tiene una superficie rocosa o está cubierto por un océano profundo. Serán necesarias nuevas observaciones para confirmar la composición de su atmósfera.",
            "El hallazgo forma parte de un programa que estudia decenas de planetas pequeños alrededor de estrellas enanas rojas, consideradas objetivos prometedores en la búsqueda de mundos potencialmente habitables. Los investigadores esperan disponer de más tiempo de observación el próximo año para estudiar otros planetas similares del mismo sistema.",
        ],
    ),
}

STORIES_DE: dict[str, tuple[str, list[str]]] = {
    "de_bahnstreik": (
        "Bahnstreik legt Fernverkehr weitgehend lahm",
        [
            "Ein Streik der Lokführergewerkschaft hat am Mittwoch große Teile des Fernverkehrs in Deutschland lahmgelegt. Nach Angaben des Unternehmens fuhr nur etwa jeder fünfte Fernzug, im Regionalverkehr gab es je nach Bundesland erhebliche Unterschiede. Auch der Güterverkehr war massiv betroffen, zahlreiche Züge blieben stehen.",
            "An den großen Bahnhöfen blieb es am Morgen vergleichsweise ruhig, da viele Reisende ihre Fahrten verschoben hatten oder auf das Auto und Fernbusse ausgewichen waren. Auf den Autobahnen rund um die Ballungsräume bildeten sich lange Staus. Viele Pendler arbeiteten von zu Hause aus.",
            "Die Gewerkschaft fordert eine Verkürzung der Wochenarbeitszeit für Schichtarbeiter ohne Lohneinbußen sowie eine Inflationsausgleichsprämie. Das Unternehmen hält die Forderungen für nicht finanzierbar und kritisiert die kurzfristige Ankündigung des Ausstands. Eine Einigung scheint derzeit nicht in Sicht, beide Seiten werfen sich gegenseitig mangelnde Kompromissbereitschaft vor.",
            "Wirtschaftsverbände warnten vor Schäden für die Industrie, die auf den Güterverkehr angewiesen ist. Der Verkehrsminister rief beide Seiten auf, an den Verhandlungstisch zurückzukehren und eine Schlichtung zu prüfen. Die Gewerkschaft kündigte an, weitere Streiks nicht auszuschließen, sollte das Unternehmen kein verbessertes Angebot vorlegen.",
        ],
    ),
    "de_hochwasser": (
        "Hochwasser: Pegelstände steigen weiter, erste Orte evakuiert",
        [
            "Nach tagelangen Regenfällen sind die Pegelstände an mehreren Flüssen im Süden des Landes weiter gestiegen. In zwei Gemeinden mussten am Sonntag Anwohner ihre Häuser verlassen, nachdem ein Deich aufgeweicht war und Wasser in Wohngebiete drang. Die Behörden riefen für mehrere Landkreise den Katastrophenfall aus.",
            "Feuerwehr, Technisches Hilfswerk und zahlreiche Freiwillige füllten die ganze Nacht über Sandsäcke und sicherten Uferbereiche. Mehrere Straßen und eine Bahnstrecke wurden gesperrt, in einigen Orten fiel zeitweise der Strom aus. Viele Anwohner halfen ihren Nachbarn, Möbel und Wertgegenstände in höhere Stockwerke zu bringen.",
            "Der Ministerpräsident besuchte am Nachmittag ein Lagezentrum und sicherte den Betroffenen schnelle Hilfe zu. Er dankte den Einsatzkräften und kündigte an, über ein Soforthilfeprogramm für Privathaushalte und Betriebe zu beraten. Zudem sollen die Schäden an Straßen und Brücken rasch erfasst werden.",
            "Der Wetterdienst erwartet erst zur Wochenmitte eine Entspannung. Fachleute mahnen seit Jahren, mehr Überschwemmungsflächen zu schaffen, da Starkregenereignisse mit dem Klimawandel häufiger und heftiger werden. Die Kommunen fordern vom Bund und vom Land mehr Geld für Hochwasserschutz, Rückhaltebecken und die Renaturierung von Flussauen.",
        ],
    ),
    "de_haushalt": (
        "Koalition einigt sich auf Haushaltsentwurf für das kommende Jahr",
        [
            "Nach wochenlangem Streit haben sich die Spitzen der Regierungskoalition in der Nacht zum Freitag auf einen Entwurf für den Bundeshaushalt des kommenden Jahres verständigt. Er sieht Ausgaben von rund 480 Milliarden Euro vor. Das sind etwas weniger als im laufenden Jahr.",
            "Mehrere Ministerien müssen deutliche Einsparungen hinnehmen, während für Verteidigung, Bildung und den Ausbau der Bahn mehr Geld vorgesehen ist. Die Schuldenbremse soll eingehalten werden, allerdings mit Hilfe einiger umstrittener Buchungstricks. Ökonomen bezweifeln, dass diese Konstruktion einer verfassungsrechtlichen Prüfung standhalten würde.",
            "Der Finanzminister sprach von einem tragfähigen Kompromiss in schwierigen Zeiten. Die Opposition warf der Regierung vor, Probleme in die Zukunft zu verschieben, und kündigte an, die Finanzierung einzelner Sondervermögen rechtlich prüfen zu lassen. Auch innerhalb der Koalition gab es vereinzelt Kritik an dem Kompromiss.",
            "Sozialverbände kritisierten Kürzungen bei Integrationskursen und Freiwilligendiensten. Der Bundestag soll den Haushalt nach den parlamentarischen Beratungen im Spätherbst endgültig beschließen. Bis dahin dürften noch zahlreiche Änderungen an dem Entwurf vorgenommen werden, da mehrere Fraktionen bereits Nachbesserungen angekündigt haben und die Steuerschätzung im Herbst neue Lücken offenbaren könnte.",
        ],
    ),
    "de_mieten": (
        "Mieten in Großstädten steigen so stark wie seit Jahren nicht",
        [
            "Die Angebotsmieten in den großen deutschen Städten sind im vergangenen Jahr so stark gestiegen wie seit fast einem Jahrzehnt nicht mehr. Das geht aus einer am Dienstag veröffentlichten Auswertung von Wohnungsinseraten hervor. Die Zahlen beziehen sich auf neu abgeschlossene Verträge.",
            "Besonders deutlich fiel der Anstieg in Berlin, Leipzig und München aus, wo neu angebotene Wohnungen im Schnitt zwischen sieben und zehn Prozent teurer waren als ein Jahr zuvor. Auch in mittelgroßen Universitätsstädten zogen die Preise an. Für Studierende wird die Suche nach einem bezahlbaren Zimmer damit immer schwieriger.",
            "Als Grund nennen die Fachleute den schwachen Wohnungsbau: Wegen hoher Zinsen und Baukosten haben viele Projektentwickler Vorhaben gestoppt. Gleichzeitig ziehen weiterhin viele Menschen in die Ballungsräume. Die Zahl der Baugenehmigungen ist im vergangenen Jahr erneut deutlich gesunken, was die Lage in den kommenden Jahren weiter verschärfen dürfte.",
            "Mieterverbände fordern eine Verschärfung der Mietpreisbremse und mehr Mittel für den sozialen Wohnungsbau. Die Bauministerin verwies auf bereits beschlossene Förderprogramme, deren Wirkung sich erst mit Verzögerung zeige. Zudem sollen Genehmigungsverfahren vereinfacht und Bauvorschriften entschlackt werden, um das Bauen wieder günstiger zu machen.",
        ],
    ),
    "de_bundesliga": (
        "Spätes Tor sichert dem Tabellenführer drei Punkte",
        [
            "Der Tabellenführer hat sich in einem zähen Spiel mit einem späten Treffer gegen einen defensiv starken Gegner durchgesetzt. Der eingewechselte Stürmer traf in der 87. Minute nach einer Flanke von der linken Seite per Kopf. Es war sein erstes Saisontor.",
            "Lange Zeit fanden die Gastgeber kein Mittel gegen die kompakt stehende Abwehr der Gäste, die ihrerseits zwei gute Konterchancen ungenutzt ließen. Der Torhüter des Spitzenreiters parierte kurz vor der Pause glänzend. Die Zuschauer wurden zunehmend ungeduldig und quittierten einige Fehlpässe mit Pfiffen.",
            "Der Trainer lobte nach dem Abpfiff die Geduld seiner Mannschaft und den Einfluss der Einwechselspieler. Der Gästecoach haderte dagegen mit der Chancenverwertung und sprach von einer bitteren Niederlage. Er kündigte an, die Partie in den kommenden Tagen gründlich mit seiner Mannschaft aufzuarbeiten.",
            "Durch den Sieg baut der Spitzenreiter seinen Vorsprung auf fünf Punkte aus. Am kommenden Wochenende steht das Duell mit dem direkten Verfolger an, das bereits seit Wochen ausverkauft ist. Die Polizei rechnet mit einem Großeinsatz rund um das Stadion und in der Innenstadt.",
        ],
    ),
    "de_windkraft": (
        "Gemeinde stimmt über neuen Windpark ab",
        [
            "In der Gemeinde sind die Bürgerinnen und Bürger am Sonntag aufgerufen, über den Bau von sechs Windrädern auf einem bewaldeten Höhenzug abzustimmen. Das Vorhaben spaltet den Ort seit Monaten und hat zu hitzigen Bürgerversammlungen geführt. Die Wahlbeteiligung dürfte hoch ausfallen.",
            "Befürworter verweisen auf Pachteinnahmen von mehreren hunderttausend Euro im Jahr, die in Kindergärten und Straßen fließen könnten, sowie auf den Beitrag zum Klimaschutz. Zudem sollen Anwohner sich finanziell an dem Projekt beteiligen können. Die Betreiber haben zudem einen günstigeren Stromtarif für die Einwohner der Gemeinde in Aussicht gestellt.",
            "Gegner befürchten Lärm, Schattenwurf und eine Beeinträchtigung des Landschaftsbildes. Eine Bürgerinitiative hat zudem Bedenken wegen geschützter Fledermausarten angemeldet, die in dem Waldgebiet leben sollen. Außerdem kritisieren sie, dass für die Zufahrtswege zahlreiche Bäume gefällt werden müssten und der Wald als Erholungsgebiet leiden würde.",
            "Das Ergebnis ist für den Gemeinderat bindend. Sollte die Mehrheit zustimmen, rechnet der Projektierer mit einer Genehmigung im kommenden Jahr und einer Inbetriebnahme frühestens in drei Jahren. Bei einer Ablehnung will der Projektierer nach eigenen Angaben nach alternativen Standorten in der Region suchen.",
        ],
    ),
}

STORIES_AR: dict[str, tuple[str, list[str]]] = {
    "ar_kahraba": (
        "انقطاع الكهرباء يتفاقم في لبنان مع نفاد الوقود",
        [
            "تفاقمت أزمة انقطاع التيار الكهربائي في لبنان خلال الأيام الماضية، إذ لم تعد مؤسسة كهرباء لبنان تؤمن أكثر من ساعتين يوميا في معظم المناطق، بعد تأخر وصول شحنات الفيول المخصصة لمعامل الإنتاج بسبب خلافات على آلية الدفع. ويقول مواطنون إن الانقطاع بات يطال المستشفيات والأفران أيضا.",
            "ويعتمد السكان بشكل متزايد على المولدات الخاصة التي رفع أصحابها أسعار الاشتراكات الشهرية، ما يثقل كاهل الأسر التي تراجعت قدرتها الشرائية بشدة منذ بدء الانهيار المالي. ويشكو أصحاب المحال من تلف البضائع المبردة. ويقول بعض الأهالي إنهم باتوا عاجزين عن دفع هذه الاشتراكات، وإنهم يكتفون بساعات قليلة من الإنارة في المساء.",
            "وقال وزير الطاقة في مؤتمر صحفي إن باخرتين محملتين بالفيول ستفرغان حمولتهما خلال أيام، وإن الوزارة تعمل على خطة لزيادة ساعات التغذية تدريجيا، داعيا المواطنين إلى ترشيد الاستهلاك خلال ساعات الذروة. لكن كثيرين يشككون في هذه الوعود بعد تكرار التأخير خلال الأشهر الماضية، ويطالبون بحلول دائمة.",
            "ويرى خبراء أن حل الأزمة يتطلب إصلاحا شاملا لقطاع الكهرباء، بما في ذلك تعديل التعرفة وتحسين الجباية ووقف الهدر على الشبكة، وهي إصلاحات يطالب بها المانحون الدوليون منذ سنوات دون أن تنفذ. ويحذر هؤلاء من أن استمرار الوضع الحالي سيزيد من الأعباء على المالية العامة المنهكة أصلا.",
        ],
    ),
    "ar_misr_asaar": (
        "ارتفاع أسعار السلع الغذائية في مصر يضغط على الأسر",
        [
            "شهدت الأسواق المصرية خلال الأسبوع الجاري ارتفاعا جديدا في أسعار عدد من السلع الغذائية الأساسية، من بينها الأرز والسكر والزيوت، وسط تراجع قيمة الجنيه أمام الدولار وارتفاع تكاليف الاستيراد والنقل. ويشكو المواطنون من أن دخولهم لم تعد تكفي لتغطية احتياجاتهم الأساسية حتى نهاية الشهر.",
            "وقال تجار في أحد أسواق القاهرة إن حركة البيع تراجعت بشكل ملحوظ، وإن كثيرا من الزبائن باتوا يشترون كميات أقل أو يتجهون إلى أصناف أرخص. وأضافوا أن الأسعار تتغير أحيانا أكثر من مرة في الأسبوع الواحد. ويتوقع التجار مزيدا من التراجع في المبيعات.",
            "وأعلنت الحكومة عن طرح كميات إضافية من السلع في منافذ البيع التابعة لوزارة التموين بأسعار مخفضة، كما وعدت بتشديد الرقابة على الأسواق لمنع الاحتكار والتلاعب بالأسعار. كما أكدت أن المخزون الاستراتيجي من السلع الأساسية يكفي لعدة أشهر، داعية المواطنين إلى عدم التهافت على الشراء.",
            "ويتوقع اقتصاديون أن يستمر الضغط على الأسعار خلال الأشهر المقبلة، مطالبين بتوسيع برامج الحماية الاجتماعية لتشمل فئات أكبر من الأسر محدودة الدخل التي تضررت من موجة الغلاء. ويرى هؤلاء أن زيادة الدعم النقدي المباشر قد تكون أكثر فاعلية من الدعم العيني في مواجهة ارتفاع الأسعار.",
        ],
    ),
    "ar_ghaza_musaadat": (
        "منظمات إغاثة تحذر من تفاقم الجوع في غزة",
        [
            "حذرت منظمات إغاثة دولية يوم الثلاثاء من تفاقم الجوع في قطاع غزة، مشيرة إلى أن عدد الشاحنات التي تدخل القطاع يوميا لا يمثل سوى جزء صغير مما يحتاجه السكان من غذاء ودواء ووقود. وأوضحت المنظمات أن المخازن القريبة من الحدود ممتلئة بالمساعدات التي تنتظر الإذن بالدخول.",
            "ووصف عاملون في المجال الإنساني مشاهد لعائلات تكتفي بوجبة واحدة في اليوم، وأطفال يقفون لساعات في طوابير طويلة للحصول على الخبز أو المياه الصالحة للشرب، في ظل انهيار شبه كامل للخدمات الأساسية. وأشاروا إلى أن أسعار القليل المتوفر من السلع ارتفعت بشكل كبير.",
            "وقال أطباء في المستشفيات القليلة التي لا تزال تعمل إنهم يستقبلون أعدادا متزايدة من الأطفال المصابين بسوء التغذية، وإن نقص الأدوية والمعدات يحد من قدرتهم على تقديم العلاج اللازم. وحذروا من أن الأمراض المرتبطة بتلوث المياه بدأت بالانتشار بين الأطفال في مراكز الإيواء المكتظة.",
            "ودعت المنظمات إلى فتح مزيد من المعابر وضمان ممرات آمنة لقوافل المساعدات، مؤكدة أن عمليات الإنزال الجوي لا يمكن أن تكون بديلا عن إيصال المساعدات برا بكميات كافية. كما طالبت بحماية العاملين في المجال الإنساني الذين قتل عدد منهم أثناء أداء عملهم.",
        ],
    ),
    "ar_sudan": (
        "آلاف السودانيين يفرون من القتال إلى تشاد",
        [
            "عبر آلاف السودانيين الحدود إلى تشاد خلال الأسبوع الماضي هربا من تجدد القتال في إقليم دارفور، وفق ما أفادت به منظمات إنسانية، التي قالت إن معظم الواصلين من النساء والأطفال. وأكدت المنظمات أن أعداد الفارين مرشحة للارتفاع خلال الأيام المقبلة.",
            "ويروي الفارون قصصا عن هجمات على القرى وحرق للمنازل ونهب للمواشي، وقد قطع كثيرون منهم مسافات طويلة سيرا على الأقدام دون طعام أو ماء كاف، ووصل بعضهم مصابين بجروح تحتاج إلى علاج عاجل. ويقول بعضهم إنهم فقدوا الاتصال بأفراد من عائلاتهم أثناء الفرار.",
            "وتعاني المخيمات في الجانب التشادي من اكتظاظ شديد ونقص في المياه والمأوى، بينما تحاول الوكالات الأممية نقل اللاجئين إلى مواقع جديدة بعيدة عن الحدود قبل حلول موسم الأمطار. ويخشى العاملون في المجال الإنساني من تفشي الأمراض في حال لم تتوفر المياه النظيفة والمرافق الصحية بشكل عاجل.",
            "وتشير تقديرات الأمم المتحدة إلى أن الحرب تسببت في نزوح ملايين الأشخاص داخل السودان وخارجه، فيما لم تحصل خطة الاستجابة الإنسانية إلا على جزء محدود من التمويل المطلوب. وتدعو المنظمات الدولية المانحين إلى زيادة مساهماتهم قبل أن تتفاقم الأزمة أكثر.",
        ],
    ),
    "ar_amtar_imarat": (
        "أمطار غزيرة تغمر شوارع في الإمارات وتعطل حركة الطيران",
        [
            "تسببت أمطار غزيرة هطلت على مدى يومين في غمر عدد من الشوارع والأحياء السكنية في الإمارات، وأدت إلى تأخير وإلغاء رحلات جوية وتعليق الدراسة الحضورية في المدارس، في واحدة من أشد موجات الأمطار منذ سنوات. وشهدت بعض المناطق انقطاعا مؤقتا في التيار الكهربائي.",
            "وعملت فرق الدفاع المدني والبلديات على شفط المياه من الأنفاق والطرق الرئيسية، فيما علقت سيارات في مياه الفيضانات واضطر بعض السائقين إلى تركها والسير إلى أماكن آمنة. وتداول مستخدمو مواقع التواصل الاجتماعي مقاطع مصورة تظهر السيول وهي تجرف بعض السيارات في الشوارع.",
            "ودعت السلطات السكان إلى البقاء في منازلهم وتجنب الأودية والمناطق المنخفضة، مؤكدة أن فرق الطوارئ تعمل على مدار الساعة لإعادة الحركة إلى طبيعتها في أسرع وقت ممكن. كما أعلنت الجهات المختصة عن تفعيل العمل عن بعد لموظفي الجهات الحكومية حتى إشعار آخر.",
            "وقال خبراء في الأرصاد إن كمية الأمطار التي سجلت في بعض المناطق خلال يوم واحد تعادل ما يهطل عادة في عام كامل، مرجحين أن تشهد المنطقة مزيدا من الظواهر الجوية المتطرفة. ودعوا إلى تطوير شبكات تصريف مياه الأمطار في المدن.",
        ],
    ),
    "ar_kura": (
        "الأهلي يحسم الديربي بهدف متأخر ويعزز صدارته",
        [
            "حسم النادي الأهلي مواجهة الديربي أمام غريمه التقليدي بهدف نظيف سجله مهاجمه البديل في الدقائق الأخيرة، ليعزز صدارته لجدول ترتيب الدوري بفارق ست نقاط عن أقرب ملاحقيه. وشهدت المباراة حضورا جماهيريا كبيرا ملأ مدرجات الملعب منذ وقت مبكر قبل انطلاق اللقاء بساعات.",
            "وجاءت المباراة متكافئة في معظم فتراتها، مع أفضلية نسبية لأصحاب الأرض في الاستحواذ على الكرة، بينما اعتمد المنافس على الهجمات المرتدة وأهدر فرصتين محققتين في الشوط الأول. ونجح حارس الأهلي في التصدي لكرة خطيرة قبل نهاية الشوط الأول بدقائق قليلة.",
            "وقال مدرب الأهلي في المؤتمر الصحفي عقب اللقاء إن فريقه أظهر صبرا كبيرا، مشيدا بالتغييرات التي أجراها في الشوط الثاني. في المقابل اعتبر مدرب الفريق المنافس أن الحظ لم يحالف لاعبيه. وأضاف أن المنافسة على اللقب لا تزال مفتوحة حتى الجولة الأخيرة.",
            "ويخوض الأهلي مباراته المقبلة خارج أرضه منتصف الأسبوع، في حين يسعى منافسه إلى استعادة توازنه سريعا قبل مواجهة قارية مهمة الأسبوع المقبل. ويأمل الجهاز الفني للأهلي في استعادة عدد من اللاعبين المصابين قبل المباراة المقبلة، لتعزيز خيارات الفريق في المرحلة الحاسمة من الموسم.",
        ],
    ),
}

STORIES_UR: dict[str, tuple[str, list[str]]] = {
    "ur_smog": (
        "لاہور میں اسموگ کی شدت برقرار، تعلیمی ادارے بند",
        [
            "لاہور اور پنجاب کے کئی شہروں میں اسموگ کی شدت میں کمی نہ آ سکی اور فضائی معیار کا اشاریہ مسلسل تیسرے روز خطرناک حد سے اوپر رہا، جس کے بعد صوبائی حکومت نے تعلیمی ادارے ہفتے کے آخر تک بند رکھنے کا اعلان کر دیا ہے۔",
            "شہر کے اسپتالوں میں سانس، آنکھوں اور گلے کی تکالیف کے ساتھ آنے والے مریضوں کی تعداد میں نمایاں اضافہ ہوا ہے۔ ڈاکٹروں نے شہریوں کو غیر ضروری طور پر گھروں سے نکلنے سے گریز اور ماسک کے استعمال کا مشورہ دیا ہے۔",
            "محکمہ ماحولیات کا کہنا ہے کہ دھواں چھوڑنے والی گاڑیوں اور فیکٹریوں کے خلاف کارروائی تیز کر دی گئی ہے اور فصلوں کی باقیات جلانے والے کاشتکاروں پر جرمانے عائد کیے جا رہے ہیں۔ حکام کے مطابق اب تک سینکڑوں گاڑیوں کے چالان کیے جا چکے ہیں۔",
            "ماہرین کا کہنا ہے کہ جب تک ٹرانسپورٹ، صنعت اور زراعت کے شعبوں میں طویل مدتی اصلاحات نہیں کی جاتیں، ہر سال سردیوں کے آغاز پر یہی صورتحال پیدا ہوتی رہے گی۔ ان کے مطابق شہریوں کو بھی اپنی ذمہ داری کا احساس کرنا ہو گا۔",
        ],
    ),
    "ur_karachi_barish": (
        "کراچی میں موسلادھار بارش، نشیبی علاقے زیرِ آب",
        [
            "کراچی میں گزشتہ رات سے جاری موسلادھار بارش کے باعث شہر کے کئی نشیبی علاقے زیرِ آب آ گئے ہیں اور اہم شاہراہوں پر پانی جمع ہونے سے ٹریفک کا نظام درہم برہم ہو گیا ہے۔ کئی علاقوں میں گاڑیاں پانی میں پھنس گئیں۔",
            "شہر کے مختلف حصوں میں بجلی کی فراہمی کئی گھنٹوں تک معطل رہی جبکہ کرنٹ لگنے کے واقعات میں کم از کم تین افراد جاں بحق ہو گئے۔ شہریوں نے شکایت کی کہ نالوں کی صفائی بروقت نہیں کی گئی تھی۔",
            "میئر کراچی نے متاثرہ علاقوں کا دورہ کیا اور کہا کہ نکاسی آب کے لیے اضافی مشینری اور عملہ تعینات کر دیا گیا ہے۔ انہوں نے شہریوں سے اپیل کی کہ وہ بلا ضرورت گھروں سے باہر نہ نکلیں۔ شہریوں نے بتایا کہ کئی گھنٹے گزرنے کے باوجود پانی نہیں نکالا جا سکا۔",
            "محکمہ موسمیات نے آئندہ دو روز کے دوران مزید بارش کی پیشگوئی کرتے ہوئے ماہی گیروں کو سمندر میں نہ جانے کی ہدایت کی ہے اور متعلقہ اداروں کو الرٹ رہنے کا کہا ہے۔ شہریوں کو بجلی کے کھمبوں سے دور رہنے کی ہدایت بھی کی گئی ہے۔",
        ],
    ),
    "ur_budget": (
        "وفاقی بجٹ میں تنخواہ دار طبقے پر ٹیکس میں اضافے کی تجویز",
        [
            "وفاقی حکومت نے آئندہ مالی سال کے بجٹ میں تنخواہ دار طبقے کے لیے انکم ٹیکس کی شرح میں اضافے اور کئی اشیا پر سیلز ٹیکس کی چھوٹ ختم کرنے کی تجویز دی ہے، جس پر تاجروں اور ملازمین کی تنظیموں نے شدید ردعمل ظاہر کیا ہے۔",
            "وزیر خزانہ نے قومی اسمبلی میں بجٹ تقریر کرتے ہوئے کہا کہ ملکی معیشت کو مستحکم کرنے کے لیے ٹیکس نیٹ کو وسعت دینا ناگزیر ہے اور حکومت غیر ترقیاتی اخراجات میں کمی کے لیے بھی اقدامات کر رہی ہے۔",
            "اپوزیشن جماعتوں نے بجٹ کو عوام دشمن قرار دیتے ہوئے کہا کہ مہنگائی سے پریشان عوام پر مزید بوجھ ڈالا جا رہا ہے۔ سرکاری ملازمین کی تنظیموں نے تنخواہوں میں مناسب اضافہ نہ ہونے پر احتجاج کا اعلان کیا ہے۔",
            "معاشی ماہرین کا کہنا ہے کہ بجٹ کے اہداف حاصل کرنا اس بات پر منحصر ہوگا کہ حکومت ٹیکس وصولی میں کس حد تک بہتری لاتی ہے اور بجلی کے شعبے کے گردشی قرضے پر کیسے قابو پاتی ہے۔ آئندہ چند روز میں بجٹ پر بحث شروع ہوگی۔",
        ],
    ),
    "ur_cricket": (
        "قومی ٹیم نے سنسنی خیز مقابلے کے بعد سیریز اپنے نام کر لی",
        [
            "قومی کرکٹ ٹیم نے تیسرے اور فیصلہ کن ایک روزہ میچ میں سنسنی خیز مقابلے کے بعد مہمان ٹیم کو دو وکٹوں سے شکست دے کر سیریز دو ایک سے اپنے نام کر لی۔ شائقین نے میچ کے اختتام پر بھرپور جشن منایا۔",
            "دو سو اڑسٹھ رنز کے ہدف کے تعاقب میں قومی ٹیم کی ابتدائی وکٹیں جلد گر گئیں، تاہم مڈل آرڈر بیٹر کی شاندار سنچری نے میچ میں جان ڈال دی۔ آخری اوور میں فتح کے لیے نو رنز درکار تھے جو دو گیندیں قبل حاصل کر لیے گئے۔",
            "کپتان نے میچ کے بعد گفتگو میں کہا کہ نوجوان کھلاڑیوں نے دباؤ میں بہترین کارکردگی دکھائی اور یہ فتح ٹیم کے اعتماد میں اضافہ کرے گی۔ انہوں نے بولرز کی جانب سے آخری اوورز میں عمدہ بولنگ کی بھی تعریف کی۔",
            "سیریز کے بہترین کھلاڑی کا ایوارڈ فاسٹ بولر کو دیا گیا جنہوں نے تین میچوں میں مجموعی طور پر بارہ وکٹیں حاصل کیں۔ دونوں ٹیمیں اب ٹی ٹوئنٹی سیریز میں آمنے سامنے ہوں گی۔ ٹی ٹوئنٹی سیریز کا پہلا میچ جمعہ کو کھیلا جائے گا۔",
        ],
    ),
    "ur_polio": (
        "ملک بھر میں انسداد پولیو مہم کا آغاز، لاکھوں بچوں کو قطرے پلائے جائیں گے",
        [
            "ملک بھر میں پانچ روزہ انسداد پولیو مہم کا آغاز ہو گیا ہے جس کے دوران پانچ سال سے کم عمر کے چار کروڑ سے زائد بچوں کو پولیو سے بچاؤ کے قطرے پلانے کا ہدف مقرر کیا گیا ہے۔",
            "حکام کے مطابق مہم میں ہزاروں تربیت یافتہ ٹیمیں گھر گھر جا کر بچوں کو قطرے پلائیں گی جبکہ حساس علاقوں میں ٹیموں کی حفاظت کے لیے پولیس اور دیگر سکیورٹی اہلکار تعینات کیے گئے ہیں۔ کسی بھی بچے کو قطرے پلانے سے محروم نہیں رکھا جائے گا۔",
            "ایمرجنسی آپریشن سینٹر کے سربراہ نے والدین سے اپیل کی کہ وہ اپنے بچوں کو ہر مہم میں قطرے ضرور پلوائیں، کیونکہ ماحولیاتی نمونوں میں وائرس کی موجودگی اب بھی کئی شہروں میں پائی جا رہی ہے۔ انہوں نے علما سے بھی تعاون کی اپیل کی۔",
            "پاکستان اور افغانستان دنیا کے وہ دو ممالک ہیں جہاں پولیو وائرس اب تک مکمل طور پر ختم نہیں کیا جا سکا۔ ماہرین کا کہنا ہے کہ غلط فہمیوں اور افواہوں کا خاتمہ مہم کی کامیابی کے لیے ضروری ہے۔",
        ],
    ),
    "ur_loadshedding": (
        "شدید گرمی میں غیر اعلانیہ لوڈشیڈنگ پر شہری سراپا احتجاج",
        [
            "شدید گرمی کے دوران کئی شہروں میں بارہ سے چودہ گھنٹے کی غیر اعلانیہ لوڈشیڈنگ کے خلاف شہریوں نے سڑکوں پر نکل کر احتجاج کیا اور بجلی کی تقسیم کار کمپنیوں کے دفاتر کے باہر دھرنے دیے۔ کئی مقامات پر ٹائر جلا کر سڑکیں بلاک کر دی گئیں۔",
            "مظاہرین کا کہنا تھا کہ بھاری بل ادا کرنے کے باوجود انہیں بجلی میسر نہیں، جس کے باعث بچے اور بزرگ گرمی سے بے حال ہیں اور پانی کی فراہمی بھی متاثر ہو رہی ہے۔ کئی علاقوں میں پانی کی موٹریں نہ چلنے سے لوگ پانی خریدنے پر مجبور ہیں۔",
            "وزارت توانائی کے ترجمان نے کہا کہ لائن لاسز اور بلوں کی عدم ادائیگی والے فیڈرز پر لوڈشیڈنگ زیادہ کی جا رہی ہے، تاہم صورتحال بہتر بنانے کے لیے اضافی بجلی سسٹم میں شامل کی جا رہی ہے۔ ترجمان نے امید ظاہر کی کہ آئندہ چند دنوں میں صورتحال بہتر ہو جائے گی۔",
            "توانائی کے ماہرین کے مطابق ترسیلی نظام کی کمزوریوں اور گردشی قرضے کے باعث پیداواری صلاحیت ہونے کے باوجود صارفین تک بجلی پوری طرح نہیں پہنچ پاتی۔ ان کا کہنا ہے کہ جب تک ترسیلی نظام میں سرمایہ کاری نہیں کی جاتی اور بجلی چوری پر قابو نہیں پایا جاتا، یہ مسئلہ ہر سال گرمیوں میں سر اٹھاتا رہے گا۔",
        ],
    ),
}

STORIES_HI: dict[str, tuple[str, list[str]]] = {
    "hi_garmi": (
        "उत्तर भारत में भीषण गर्मी, कई शहरों में पारा 46 डिग्री के पार",
        [
            "उत्तर भारत के बड़े हिस्से में भीषण गर्मी का प्रकोप जारी है और राजस्थान, हरियाणा तथा उत्तर प्रदेश के कई शहरों में अधिकतम तापमान 46 डिग्री सेल्सियस से ऊपर दर्ज किया गया। मौसम विभाग ने अगले तीन दिनों के लिए लू का रेड अलर्ट जारी किया है।",
            "दोपहर के समय बाजारों और सड़कों पर सन्नाटा पसरा रहा। अस्पतालों में लू लगने और पानी की कमी से पीड़ित मरीजों की संख्या बढ़ी है, जिनमें बुजुर्ग और बाहर काम करने वाले मजदूर बड़ी संख्या में शामिल हैं। कई जगह लोगों ने पेड़ों की छांव में शरण ली।",
            "कई राज्यों ने स्कूलों के समय में बदलाव किया है और निर्माण स्थलों पर दोपहर में काम रोकने के निर्देश दिए हैं। बिजली की मांग रिकॉर्ड स्तर पर पहुंचने से कई इलाकों में कटौती की शिकायतें भी सामने आई हैं।",
            "मौसम वैज्ञानिकों का कहना है कि पश्चिमी विक्षोभ के असर से सप्ताह के अंत तक कुछ इलाकों में हल्की बारिश हो सकती है, जिससे तापमान में थोड़ी गिरावट आने की उम्मीद है। हालांकि अगले सप्ताह से फिर तापमान बढ़ने की आशंका जताई गई है, इसलिए लोगों को सतर्क रहने की सलाह दी गई है।",
        ],
    ),
    "hi_chunav": (
        "विधानसभा चुनाव: पहले चरण में 64 प्रतिशत मतदान, लंबी कतारों में दिखे मतदाता",
        [
            "विधानसभा चुनाव के पहले चरण में शुक्रवार को 64 प्रतिशत से अधिक मतदान दर्ज किया गया। सुबह से ही कई मतदान केंद्रों पर लंबी कतारें दिखीं और महिलाओं तथा पहली बार वोट देने वाले युवाओं में खासा उत्साह देखा गया।",
            "निर्वाचन आयोग के अनुसार मतदान कुल मिलाकर शांतिपूर्ण रहा, हालांकि कुछ बूथों पर इलेक्ट्रॉनिक वोटिंग मशीनों में तकनीकी खराबी के कारण मतदान कुछ देर के लिए रुका। दो स्थानों पर समर्थकों के बीच मामूली झड़प की खबरें भी आईं। बाद में मशीनें बदलकर मतदान फिर शुरू कराया गया।",
            "सत्तारूढ़ दल और विपक्षी गठबंधन दोनों ने ही भारी मतदान को अपने पक्ष में बताया है। राजनीतिक विश्लेषकों का मानना है कि बेरोजगारी, महंगाई और स्थानीय विकास के मुद्दे इस बार निर्णायक साबित हो सकते हैं। कई सीटों पर बागी उम्मीदवार भी समीकरण बिगाड़ सकते हैं।",
            "दूसरे चरण का मतदान अगले सप्ताह होगा, जिसके लिए प्रचार अभियान तेज हो गया है। मतगणना एक साथ सभी चरणों के बाद होगी। राजनीतिक दलों के बड़े नेता लगातार रैलियां कर रहे हैं और घर-घर संपर्क अभियान भी तेज कर दिया गया है, ताकि अधिक से अधिक मतदाताओं तक पहुंचा जा सके।",
        ],
    ),
    "hi_baadh": (
        "बिहार में बाढ़ से हालात गंभीर, लाखों लोग प्रभावित",
        [
            "नेपाल के जलग्रहण क्षेत्रों में लगातार हो रही बारिश के कारण बिहार की कोसी, गंडक और बागमती नदियां उफान पर हैं। राज्य के एक दर्जन से अधिक जिलों में बाढ़ से लाखों लोग प्रभावित हुए हैं और कई गांवों का संपर्क टूट गया है।",
            "राहत और बचाव कार्य के लिए राष्ट्रीय और राज्य आपदा मोचन बल की टीमें नावों के साथ तैनात की गई हैं। प्रशासन ने ऊंचे स्थानों पर राहत शिविर बनाए हैं, जहां लोगों को भोजन, पेयजल और दवाइयां दी जा रही हैं।",
            "ग्रामीणों का कहना है कि धान की फसल पूरी तरह डूब गई है और मवेशियों के लिए चारे का संकट खड़ा हो गया है। कई परिवार तटबंधों पर प्लास्टिक की चादरें तानकर रहने को मजबूर हैं। कई इलाकों में पीने के पानी की भी किल्लत हो गई है।",
            "जल संसाधन विभाग ने बताया कि तटबंधों की लगातार निगरानी की जा रही है। मुख्यमंत्री ने प्रभावित इलाकों का हवाई सर्वेक्षण कर अधिकारियों को राहत कार्य में तेजी लाने के निर्देश दिए। उन्होंने प्रभावित परिवारों को तुरंत आर्थिक सहायता देने की घोषणा भी की।",
        ],
    ),
    "hi_cricket": (
        "रोमांचक मुकाबले में भारत ने आखिरी गेंद पर जीता मैच",
        [
            "भारत ने रविवार को खेले गए रोमांचक टी20 मुकाबले में आखिरी गेंद पर चौका लगाकर मेहमान टीम को चार विकेट से हराया और पांच मैचों की श्रृंखला में 2-1 की बढ़त बना ली। यह इस श्रृंखला का सबसे रोमांचक मुकाबला रहा।",
            "पहले बल्लेबाजी करते हुए मेहमान टीम ने सलामी बल्लेबाज के तूफानी अर्धशतक की बदौलत 187 रन बनाए। जवाब में भारत की शुरुआत खराब रही, लेकिन मध्यक्रम के दो युवा बल्लेबाजों ने शानदार साझेदारी कर टीम को मुकाबले में बनाए रखा।",
            "आखिरी ओवर में जीत के लिए चौदह रनों की जरूरत थी। निचले क्रम के बल्लेबाज ने एक छक्का और आखिरी गेंद पर चौका जड़कर स्टेडियम में मौजूद दर्शकों को जश्न मनाने का मौका दिया। मैदान में मौजूद दर्शक देर तक खड़े होकर तालियां बजाते रहे।",
            "कप्तान ने मैच के बाद कहा कि टीम ने दबाव में धैर्य बनाए रखा। श्रृंखला का चौथा मैच बुधवार को खेला जाएगा, जिसमें जीत के साथ भारत श्रृंखला अपने नाम कर सकता है। टीम प्रबंधन ने संकेत दिए हैं कि अगले मैच में कुछ युवा खिलाड़ियों को मौका दिया जा सकता है।",
        ],
    ),
    "hi_share_bazar": (
        "शेयर बाजार में भारी गिरावट, सेंसेक्स 900 अंक टूटा",
        [
            "वैश्विक बाजारों से मिले कमजोर संकेतों और विदेशी निवेशकों की बिकवाली के चलते मंगलवार को घरेलू शेयर बाजार में भारी गिरावट दर्ज की गई। सेंसेक्स 900 से अधिक अंक टूटकर बंद हुआ, जबकि निफ्टी भी प्रमुख स्तर से नीचे फिसल गया।",
            "बैंकिंग, धातु और सूचना प्रौद्योगिकी क्षेत्र के शेयरों में सबसे ज्यादा बिकवाली देखी गई। छोटी और मझोली कंपनियों के सूचकांक भी दो प्रतिशत से अधिक गिरे, जिससे निवेशकों की लाखों करोड़ रुपये की संपत्ति घट गई। केवल कुछ दवा कंपनियों के शेयरों में मामूली बढ़त रही।",
            "बाजार विशेषज्ञों का कहना है कि अमेरिका में ब्याज दरों को लेकर अनिश्चितता और कच्चे तेल की कीमतों में तेजी ने निवेशकों की चिंता बढ़ा दी है। रुपया भी डॉलर के मुकाबले कमजोर होकर बंद हुआ। सोने की कीमतों में भी तेजी देखी गई।",
            "विश्लेषकों ने छोटे निवेशकों को घबराहट में बिकवाली न करने और लंबी अवधि के नजरिए से निवेश करने की सलाह दी है। उनका मानना है कि आने वाले दिनों में बाजार में उतार-चढ़ाव बना रह सकता है। बाजार की नजर अब अगले सप्ताह आने वाले महंगाई के आंकड़ों पर है।",
        ],
    ),
    "hi_isro": (
        "इसरो ने सफलतापूर्वक प्रक्षेपित किया मौसम उपग्रह",
        [
            "भारतीय अंतरिक्ष अनुसंधान संगठन ने शनिवार शाम श्रीहरिकोटा से एक नए मौसम उपग्रह का सफल प्रक्षेपण किया। प्रक्षेपण के लगभग बीस मिनट बाद उपग्रह को निर्धारित कक्षा में स्थापित कर दिया गया। प्रक्षेपण तय समय पर हुआ और मौसम भी अनुकूल रहा।",
            "यह उपग्रह मौसम पूर्वानुमान, चक्रवात की चेतावनी और आपदा प्रबंधन के लिए अधिक सटीक आंकड़े उपलब्ध कराएगा। वैज्ञानिकों के अनुसार इससे समुद्र की सतह के तापमान और वायुमंडलीय नमी की निगरानी में भी मदद मिलेगी। यह उपग्रह अगले दस वर्षों तक काम करेगा।",
            "प्रक्षेपण के बाद नियंत्रण कक्ष में मौजूद वैज्ञानिकों ने तालियां बजाकर सफलता का जश्न मनाया। संगठन के अध्यक्ष ने टीम को बधाई देते हुए कहा कि आने वाले महीनों में कई और महत्वपूर्ण मिशन प्रक्षेपित किए जाएंगे। प्रधानमंत्री ने भी वैज्ञानिकों को बधाई दी।",
            "विशेषज्ञों का कहना है कि देश में चरम मौसम की घटनाएं बढ़ रही हैं, ऐसे में बेहतर उपग्रह आंकड़े किसानों, मछुआरों और आपदा प्रबंधन एजेंसियों के लिए बेहद उपयोगी साबित होंगे। किसानों को बुवाई और कटाई की योजना बनाने में भी इससे मदद मिलेगी।",
        ],
    ),
}

STORIES_PT: dict[str, tuple[str, list[str]]] = {
    "pt_incendios": (
        "Incêndio no centro do país obriga à retirada de aldeias",
        [
            "Um incêndio florestal que deflagrou na tarde de domingo no centro do país obrigou à retirada preventiva de moradores de quatro aldeias e mobilizava, na manhã desta segunda-feira, mais de quatrocentos operacionais apoiados por meios aéreos. Não há registo de feridos graves.",
            "O vento forte e as temperaturas elevadas dificultaram o combate às chamas durante a noite, segundo o comandante das operações. Várias estradas municipais foram cortadas ao trânsito e uma escola foi transformada em centro de acolhimento. Durante a madrugada, as chamas chegaram a ameaçar várias habitações.",
            "Os moradores descreveram uma noite de medo, com as chamas a aproximarem-se das casas e o fumo a tornar o ar irrespirável. Alguns agricultores recusaram sair para proteger os animais e os armazéns de feno. Muitos passaram a noite em claro à espera de notícias.",
            "As autoridades mantêm o aviso de perigo máximo de incêndio para grande parte do território até quarta-feira e apelam à população para não realizar queimadas nem utilizar máquinas agrícolas junto a zonas de mato. A Polícia Judiciária está a investigar as causas do incêndio.",
        ],
    ),
    "pt_economia_br": (
        "Banco Central mantém taxa de juros e sinaliza cautela",
        [
            "O Comitê de Política Monetária do Banco Central decidiu por unanimidade manter a taxa básica de juros, interrompendo o ciclo de cortes iniciado no ano passado, diante de incertezas sobre a inflação e o cenário fiscal. A decisão foi anunciada no fim da tarde.",
            "Em comunicado, o comitê afirmou que as expectativas de inflação continuam acima da meta e que a desaceleração dos preços de serviços tem sido mais lenta do que o previsto. A decisão era esperada pela maioria dos analistas do mercado.",
            "Representantes da indústria e do comércio criticaram a manutenção dos juros em patamar elevado, argumentando que o crédito caro freia investimentos e a geração de empregos. O governo evitou comentar diretamente a decisão. As centrais sindicais também se manifestaram contra a decisão.",
            "Economistas avaliam que novos cortes dependerão da evolução das contas públicas e do comportamento do câmbio nos próximos meses, em meio à volatilidade dos mercados internacionais. O próximo encontro do comitê está marcado para daqui a seis semanas, e os analistas vão acompanhar de perto os dados de inflação até lá.",
        ],
    ),
    "pt_futebol": (
        "Líder vence clássico e abre vantagem na classificação",
        [
            "O líder do campeonato venceu o clássico deste sábado por dois a um, de virada, e abriu cinco pontos de vantagem sobre o segundo colocado, numa partida disputada diante de um estádio lotado e marcada por muita intensidade. Foi o quinto triunfo consecutivo da equipa.",
            "Os visitantes abriram o placar ainda no primeiro tempo, num contra-ataque rápido concluído com um remate cruzado. Na segunda parte, a equipa da casa pressionou e chegou ao empate num lance de bola parada. O guarda-redes visitante ainda evitou o segundo golo com uma defesa espetacular.",
            "O golo da vitória surgiu já nos descontos, com um cabeceamento do defesa central após canto. O treinador vencedor elogiou a atitude dos jogadores e disse que a equipa nunca deixou de acreditar. Os adeptos celebraram durante vários minutos nas bancadas.",
            "A derrota aumenta a pressão sobre o técnico adversário, que soma três jogos sem vencer. As duas equipas voltam a defrontar-se daqui a duas semanas, nas meias-finais da taça. Até lá, ambos os clubes têm jogos importantes no campeonato e nas competições europeias.",
        ],
    ),
}

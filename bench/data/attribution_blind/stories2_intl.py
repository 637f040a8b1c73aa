# ruff: noqa: E501, RUF001
"""Invented non-English news prose for the second blind attribution set.

All fiction written for this set: places, people, figures and quotes are made up, and no
paragraph names a news outlet. Each value is (headline, paragraphs), keyed by language.
"""

from __future__ import annotations

STORIES2_INTL: dict[str, dict[str, tuple[str, list[str]]]] = {
    "fr": {
        "fr_boulangerie": (
            "Faute de repreneur, la dernière boulangerie du village ferme ses portes",
            [
                "La dernière boulangerie de Saint-Amand-sur-Loue a baissé son rideau samedi après quarante-deux ans d'activité. Son propriétaire, Gérard Villemin, 68 ans, cherchait un repreneur depuis trois ans sans succès, malgré une aide de la commune pour rénover le four et le logement situé à l'étage.",
                "Pour les quelque 900 habitants, dont beaucoup de retraités sans voiture, le pain devra désormais venir d'une tournée en camionnette deux fois par semaine. Le maire, Sylvie Raffin, a indiqué que le conseil municipal étudiait l'achat des murs afin de proposer un loyer très modéré à un jeune artisan.",
                "La chambre des métiers du département estime qu'une commune rurale sur cinq a perdu son dernier commerce alimentaire en dix ans. Elle rappelle que des aides à l'installation existent, mais que les candidats hésitent devant les horaires, le coût de l'énergie et la faible clientèle en hiver.",
                "En attendant, une épicière de la commune voisine a proposé de déposer du pain frais chaque matin à la mairie, où les habitants pourront le récupérer jusqu'à midi. Plusieurs retraités se sont déjà inscrits, et le conseil municipal réfléchit à un point de vente partagé avec la poste.",
            ],
        ),
        "fr_tramway": (
            "Le tramway de Valmont prolongé jusqu'à l'hôpital d'ici 2028",
            [
                "La métropole de Valmont a voté jeudi soir le prolongement de la ligne B du tramway sur 4,2 kilomètres jusqu'au centre hospitalier, un chantier estimé à 310 millions d'euros qui doit s'achever à l'automne 2028. Six nouvelles stations seront construites, dont deux desservant des quartiers aujourd'hui mal reliés au centre.",
                "Le président de la métropole, Antoine Delacourt, a assuré que les travaux seraient phasés pour limiter la gêne aux riverains et aux commerçants. Une commission d'indemnisation sera créée pour les boutiques dont le chiffre d'affaires baisserait pendant le chantier, comme lors de la construction de la première ligne.",
                "L'opposition a voté contre, jugeant le coût excessif et réclamant plutôt des bus à haut niveau de service, plus rapides à mettre en place. Les associations d'usagers ont salué le projet, rappelant que le trajet vers l'hôpital prend aujourd'hui près de cinquante minutes aux heures de pointe.",
                "Les premiers travaux de déviation des réseaux d'eau et d'électricité commenceront dès l'été prochain. La métropole promet une réunion publique dans chaque quartier traversé avant le début du chantier, ainsi qu'un site internet où les riverains pourront suivre l'avancement des travaux semaine après semaine.",
            ],
        ),
        "fr_vendanges": (
            "Vendanges précoces et rendements en baisse dans le vignoble de Corvanne",
            [
                "Les vendanges ont commencé avec près de trois semaines d'avance dans le vignoble de Corvanne, où la chaleur de l'été et le manque de pluie ont fait mûrir le raisin très vite. Les viticulteurs prévoient des volumes en baisse d'environ un quart par rapport à la moyenne des cinq dernières années.",
                "« Les grains sont petits mais très sucrés, la qualité sera là, la quantité beaucoup moins », résume Hélène Marsaud, présidente du syndicat des vignerons. Plusieurs domaines ont dû vendanger de nuit pour préserver la fraîcheur des raisins et éviter que les cueilleurs ne travaillent aux heures les plus chaudes.",
                "Les coopératives redoutent des difficultés de trésorerie après deux récoltes déjà faibles. Le syndicat demande un report des cotisations sociales et un soutien pour financer l'irrigation au goutte-à-goutte, encore interdite sur une partie de l'appellation, ainsi que de nouveaux cépages plus résistants à la sécheresse.",
                "Dans les caves, les premiers jus sont jugés prometteurs par les œnologues, qui évoquent des vins riches et concentrés. Mais plusieurs jeunes vignerons installés depuis moins de cinq ans reconnaissent qu'une troisième année difficile pourrait les contraindre à vendre une partie de leurs parcelles.",
            ],
        ),
    },
    "es": {
        "es_metro": (
            "El metro de San Aurelio amplía su horario los fines de semana",
            [
                "El metro de San Aurelio funcionará toda la noche los viernes y sábados a partir del próximo mes, anunció el martes la empresa municipal de transporte, tras un año de pruebas en el que el número de viajeros nocturnos superó con creces las previsiones iniciales del ayuntamiento.",
                "Durante la prueba, las dos líneas principales abrieron hasta las tres de la madrugada y transportaron una media de 14.000 pasajeros cada noche. La alcaldesa, Lucía Barrionuevo, afirmó que la medida reduce los accidentes de tráfico y facilita el regreso a casa de los trabajadores de la hostelería.",
                "Los sindicatos del metro han pedido más personal de seguridad en las estaciones y un plus salarial para los turnos de noche. La empresa se comprometió a contratar a sesenta vigilantes y a negociar el complemento antes del verano, aunque advirtió que el presupuesto de este año es limitado.",
                "Los comerciantes del centro histórico celebraron la decisión, ya que esperan que más clientes se animen a salir por la noche sin depender del coche. Las asociaciones vecinales, en cambio, pidieron controles para evitar ruidos en las salidas de las estaciones durante la madrugada.",
            ],
        ),
        "es_cafe": (
            "La roya del café amenaza la cosecha en la sierra de Talcuyo",
            [
                "Un brote de roya, el hongo que ataca las hojas del cafeto, se ha extendido por las fincas de la sierra de Talcuyo y podría reducir la próxima cosecha hasta en un cuarenta por ciento, según estimaciones de la cooperativa regional, que agrupa a unas 2.300 familias productoras.",
                "Las lluvias fuera de temporada y las temperaturas más altas de lo habitual favorecieron la propagación del hongo. Muchos caficultores no pueden pagar los fungicidas, cuyo precio se ha duplicado en dos años, y algunos ya han empezado a abandonar las parcelas más afectadas.",
                "El gerente de la cooperativa, Ernesto Quispe Valdivia, pidió al gobierno un programa de renovación con variedades resistentes y créditos a bajo interés. El ministerio de Agricultura anunció el envío de técnicos a la zona y la distribución gratuita de plantones en los municipios más golpeados.",
                "Algunas familias ya han comenzado a diversificar sus cultivos con cacao, aguacate y miel para no depender solo del café. Los técnicos advierten, sin embargo, que la renovación de los cafetales tardará al menos tres años en dar frutos, por lo que la ayuda inmediata será decisiva.",
            ],
        ),
        "es_incendio": (
            "Controlado el incendio forestal que obligó a desalojar dos pueblos",
            [
                "Los bomberos dieron por controlado el miércoles el incendio forestal que durante tres días arrasó unas 1.800 hectáreas de pinar en la comarca de Valdeterra y obligó a desalojar a los vecinos de dos pueblos, que ya han podido regresar a sus casas sin daños importantes.",
                "En las labores de extinción participaron más de 400 efectivos y catorce medios aéreos. El fuego se originó, según las primeras investigaciones, por una chispa de una cosechadora en un campo de cereal cercano, en una jornada con temperaturas superiores a los cuarenta grados y fuerte viento.",
                "El consejero de Medio Ambiente, Ramiro Echeverría, anunció ayudas para los ganaderos que perdieron pastos y la restauración de la zona quemada en cuanto lleguen las lluvias. Los vecinos reclaman desde hace años que se limpien los montes y se recuperen los cortafuegos abandonados.",
                "Los agentes forestales mantendrán la vigilancia en la zona durante los próximos días, ante el riesgo de que se reactiven focos ocultos bajo la ceniza. La Guardia Civil ha abierto una investigación para determinar si hubo negligencia en las tareas agrícolas que originaron el fuego.",
            ],
        ),
    },
    "de": {
        "de_brucke": (
            "Marode Brücke gesperrt – Pendler müssen 30 Kilometer Umweg fahren",
            [
                "Die Talbrücke bei Ebersfeld ist seit Montag für den gesamten Verkehr gesperrt, nachdem Prüfer bei einer Routinekontrolle Risse in mehreren Spannbetonträgern entdeckt haben. Täglich nutzen rund 38.000 Fahrzeuge die Brücke, darunter viele Lastwagen auf dem Weg zu den Industriegebieten im Norden.",
                "Pendler müssen nun einen Umweg von etwa dreißig Kilometern über Landstraßen fahren, die durch mehrere Ortschaften führen. Anwohner klagen schon nach wenigen Tagen über Staus und Lärm. Der Landrat, Wolfgang Hessler, forderte eine Behelfsbrücke und mehr Busse zwischen den betroffenen Gemeinden.",
                "Nach Angaben der Autobahngesellschaft ist ein Neubau unvermeidlich, der frühestens in fünf Jahren fertig sein könnte. Experten weisen darauf hin, dass bundesweit Hunderte Brücken aus den sechziger und siebziger Jahren ähnliche Schäden aufweisen und dringend saniert oder ersetzt werden müssen.",
                "Die Industrie- und Handelskammer warnte vor erheblichen Kosten für die Unternehmen in der Region, weil Lieferungen nun deutlich länger dauerten. Mehrere Speditionen prüfen bereits, ihre Fahrten in die Nachtstunden zu verlegen, um den Staus auf den Umleitungsstrecken wenigstens teilweise auszuweichen.",
            ],
        ),
        "de_pflege": (
            "Pflegeheim schließt wegen Personalmangels – Bewohner müssen umziehen",
            [
                "Das Seniorenzentrum Lindenhof in Kaltenbrunn wird Ende des Monats geschlossen, weil der Betreiber nicht genügend Pflegekräfte findet. Die 64 Bewohnerinnen und Bewohner müssen in andere Heime umziehen, einige davon mehr als vierzig Kilometer entfernt von ihren Angehörigen.",
                "Der Geschäftsführer des Trägervereins, Reinhard Obermaier, sagte, man habe zuletzt fast ein Drittel der Stellen nicht besetzen können und die gesetzlich vorgeschriebene Fachkraftquote nicht mehr erfüllt. Leiharbeitskräfte seien zu teuer und stünden oft nur kurzfristig zur Verfügung.",
                "Angehörige reagierten empört auf die kurze Frist. Die Heimaufsicht des Kreises kündigte an, jeden Umzug einzeln zu begleiten. Der Sozialverband fordert höhere Löhne, bessere Arbeitszeiten und eine schnellere Anerkennung ausländischer Abschlüsse, um den Beruf attraktiver zu machen.",
                "Die Gemeinde will das Gebäude nach der Schließung nicht leer stehen lassen. Im Gespräch ist eine Wohngemeinschaft für Seniorinnen und Senioren mit ambulanter Betreuung, die mit weniger Fachpersonal auskommt. Eine Entscheidung soll der Gemeinderat noch vor der Sommerpause treffen.",
            ],
        ),
        "de_radweg": (
            "Neuer Radschnellweg verbindet zwei Städte am Fluss",
            [
                "Nach vier Jahren Bauzeit ist der Radschnellweg zwischen Mollstadt und Ahrenfeld am Samstag eröffnet worden. Die 17 Kilometer lange Strecke verläuft größtenteils kreuzungsfrei entlang des Flusses und soll täglich bis zu 6.000 Pendlerinnen und Pendler vom Auto aufs Fahrrad bringen.",
                "Der Weg ist vier Meter breit, beleuchtet und wird im Winter vorrangig geräumt. An drei Stellen wurden Brücken über Bahngleise und eine Bundesstraße gebaut. Die Kosten von rund 41 Millionen Euro tragen überwiegend Bund und Land, die beiden Städte zahlen zusammen etwa ein Zehntel.",
                "Oberbürgermeisterin Katrin Wendlinger sprach von einem Vorbild für die Region. Kritik kam von Anwohnern eines Abschnitts, für den alte Uferbäume gefällt wurden. Die Städte versprachen, doppelt so viele Bäume neu zu pflanzen und eine Zählstelle einzurichten, die die Nutzung dokumentiert.",
                "Zur Eröffnung fuhren mehrere Hundert Menschen gemeinsam die gesamte Strecke ab, darunter viele Familien mit Kindern. Ein Fahrradclub kündigte an, im Herbst die ersten Zählergebnisse auszuwerten und Verbesserungsvorschläge zu sammeln, etwa zu Abstellanlagen an den beiden Bahnhöfen.",
            ],
        ),
    },
    "pt": {
        "pt_seca": (
            "Seca obriga a racionamento de água em três concelhos do interior",
            [
                "Três concelhos do interior vão racionar a água da rede pública a partir de segunda-feira, com cortes noturnos entre a meia-noite e as seis da manhã, depois de a barragem que os abastece ter descido para menos de um quinto da sua capacidade ao fim de dois invernos muito secos.",
                "O presidente da câmara de Vale do Sorraia, Joaquim Teixeira, pediu aos moradores que não reguem jardins nem lavem carros e anunciou multas para quem encher piscinas. Os agricultores da região já tinham visto a água para rega reduzida para metade desde o início do ano.",
                "O governo prometeu acelerar a construção de uma ligação a outra albufeira e o reforço de furos de emergência. As associações ambientalistas defendem que é preciso também reduzir as perdas na rede, que em alguns concelhos ultrapassam os quarenta por cento da água tratada.",
                "Nos cafés e mercados das vilas, a seca tornou-se o principal tema de conversa. Muitos moradores mais velhos dizem não se lembrar de um nível tão baixo na barragem, e alguns já compram garrafões de água para cozinhar, com receio de que os cortes venham a ser alargados.",
            ],
        ),
        "pt_favela": (
            "Moradores de comunidade ganham posse definitiva das casas após 30 anos",
            [
                "Cerca de 1.100 famílias da comunidade do Morro da Esperança receberam na sexta-feira os títulos de propriedade das casas onde vivem há décadas, numa cerimónia que reuniu moradores, advogados voluntários e representantes da prefeitura. O processo de regularização começou há mais de oito anos.",
                "Com o título, os moradores podem pedir crédito, vender ou deixar os imóveis aos filhos sem medo de despejo. A líder comunitária Rosângela Batista contou que muitos idosos choraram ao receber o documento, depois de anos de incerteza e de várias ameaças de remoção.",
                "A prefeitura prometeu investir em saneamento, iluminação e pavimentação das vielas nos próximos dois anos. Urbanistas lembram, porém, que a regularização pode valorizar os imóveis e atrair especuladores, e recomendam programas para evitar que as famílias mais pobres sejam empurradas para fora.",
                "Na mesma semana, a associação de moradores inaugurou um pequeno escritório onde advogados voluntários vão continuar a atender as famílias que ainda aguardam o título. Cerca de trezentos processos estão pendentes por falta de documentos ou por disputas entre herdeiros.",
            ],
        ),
        "pt_surf": (
            "Etapa mundial de surf traz milhares de visitantes à vila da Praia Funda",
            [
                "A vila piscatória da Praia Funda recebeu mais de 40 mil visitantes durante a semana da etapa do circuito mundial de surf, um número que ultrapassou em muito as expectativas dos organizadores e deixou restaurantes, alojamentos e estacionamentos completamente esgotados durante vários dias.",
                "Os comerciantes calculam que a faturação tenha triplicado em relação a uma semana normal de verão. O presidente da junta, Albano Correia, reconheceu, no entanto, problemas com o lixo e o trânsito, e prometeu um plano de mobilidade com autocarros gratuitos para a próxima edição.",
                "Os pescadores queixaram-se de que o acesso ao porto ficou bloqueado em duas manhãs. A organização comprometeu-se a reservar um corredor para as embarcações e a financiar a limpeza das praias vizinhas, onde voluntários recolheram mais de duas toneladas de resíduos no fim de semana.",
                "Os surfistas locais aproveitaram a visibilidade para pedir melhores infraestruturas, como balneários e uma escola de surf municipal. A câmara admite candidatar a vila a fundos europeus para requalificar a marginal, obra que poderia começar já no próximo outono, se houver financiamento.",
            ],
        ),
    },
    "it": {
        "it_ponte": (
            "Riapre dopo tre anni il ponte sul fiume Serchiola",
            [
                "Dopo tre anni di lavori è stato riaperto sabato il ponte sul fiume Serchiola che collega i comuni di Roccalta e Pievefonda, chiuso nel 2023 dopo che una piena aveva danneggiato due piloni. Alla cerimonia hanno partecipato centinaia di residenti, accolti dalla banda musicale del paese.",
                "Durante la chiusura gli abitanti hanno dovuto percorrere una deviazione di venticinque chilometri per raggiungere l'ospedale e le scuole superiori. Il sindaco di Roccalta, Franca Bellandi, ha ricordato le difficoltà degli anziani e degli studenti pendolari, costretti ad alzarsi un'ora prima ogni mattina.",
                "L'intervento è costato circa 12 milioni di euro, finanziati dalla regione e dallo Stato. I tecnici hanno rinforzato le fondazioni e alzato l'impalcato di un metro e mezzo per far fronte a piene sempre più frequenti, come quelle che hanno colpito la valle negli ultimi anni.",
                "Per festeggiare la riapertura, i due comuni hanno organizzato una camminata sul ponte seguita da un pranzo all'aperto nella piazza di Pievefonda. Molti residenti hanno attraversato a piedi per la prima volta dopo anni, fermandosi a fotografare il fiume e i lavori appena conclusi.",
            ],
        ),
        "it_olio": (
            "Raccolta delle olive in calo del 40 per cento in Valdiriva",
            [
                "La raccolta delle olive in Valdiriva si chiude con un calo di circa il quaranta per cento rispetto alla media, secondo le stime dei frantoi della zona, che attribuiscono il crollo alla siccità estiva e alle gelate tardive che avevano colpito la fioritura in primavera.",
                "Il prezzo dell'olio extravergine al frantoio ha superato i dieci euro al litro, un livello mai visto in zona. Il presidente del consorzio, Aldo Sperandio, teme che molti piccoli produttori abbandonino gli uliveti meno redditizi, con il rischio di incendi e di dissesto dei terrazzamenti.",
                "I frantoiani chiedono aiuti per l'irrigazione di soccorso e per il rinnovo degli impianti più vecchi. La regione ha annunciato un bando da tre milioni di euro e corsi gratuiti di potatura per i giovani che vogliono riprendere la coltivazione degli uliveti abbandonati dalle famiglie.",
                "Nei frantoi, intanto, si lavora a ritmo ridotto e alcuni impianti hanno anticipato la chiusura stagionale. I consumatori della zona, abituati ad acquistare l'olio direttamente dai produttori, lamentano prezzi quasi raddoppiati rispetto a due anni fa e scorte già esaurite in molte aziende.",
            ],
        ),
        "it_museo": (
            "Il museo civico restituisce alla città un affresco ritrovato",
            [
                "Un affresco del Quattrocento, rimasto per oltre un secolo nascosto sotto uno strato di intonaco, è stato presentato martedì al museo civico di Borgoriva dopo due anni di restauro. L'opera, che raffigura una processione di mercanti, era stata scoperta per caso durante lavori di consolidamento.",
                "La direttrice del museo, Giovanna Tessari, ha spiegato che i restauratori hanno rimosso l'intonaco millimetro per millimetro con bisturi e impacchi di gel. I colori originali, soprattutto i blu e gli ori delle vesti, si sono rivelati sorprendentemente ben conservati sotto la copertura.",
                "Il restauro è stato finanziato in gran parte da una raccolta fondi tra i cittadini, che ha raccolto 180 mila euro. L'affresco sarà visibile gratuitamente per tutto il mese, e il museo organizzerà visite guidate per le scuole con i restauratori che hanno lavorato all'opera.",
                "Gli studiosi ritengono che l'affresco possa essere attribuito alla bottega di un pittore attivo in città a metà del secolo, ma serviranno altre analisi per confermarlo. Il museo ha annunciato un convegno in autunno per presentare i risultati delle ricerche sui pigmenti e sulla tecnica.",
            ],
        ),
    },
    "ar": {
        "ar_tahlia": (
            "افتتاح محطة لتحلية مياه البحر تغذي مئتي ألف نسمة",
            [
                "افتتحت السلطات يوم الأحد محطة جديدة لتحلية مياه البحر على الساحل الشرقي بطاقة إنتاجية تبلغ ستين ألف متر مكعب يوميا، تكفي لتزويد نحو مئتي ألف نسمة بمياه الشرب في مدينة الرمال الساحلية والقرى المحيطة بها التي عانت من شح المياه لسنوات.",
                "وقال مدير هيئة المياه المهندس سليم العبيدي إن المحطة تعمل جزئيا بالطاقة الشمسية، ما يخفض تكلفة إنتاج المتر المكعب بنحو الثلث مقارنة بالمحطات القديمة. وأضاف أن شبكة أنابيب جديدة بطول خمسة وأربعين كيلومترا ستربط المحطة بالخزانات الرئيسية في المدينة.",
                "ورحب السكان بالمشروع بعد سنوات من الاعتماد على صهاريج المياه الباهظة الثمن خلال أشهر الصيف. غير أن خبراء البيئة حذروا من أثر المياه شديدة الملوحة التي تعيدها المحطة إلى البحر، ودعوا إلى مراقبة الشعاب المرجانية القريبة من موقع التصريف بشكل دوري.",
            ],
        ),
        "ar_madaris": (
            "عودة آلاف التلاميذ إلى مدارس أعيد ترميمها بعد الفيضانات",
            [
                "عاد أكثر من ثمانية آلاف تلميذ يوم السبت إلى مقاعد الدراسة في محافظة الوادي الأخضر بعد ترميم اثنتين وثلاثين مدرسة تضررت من الفيضانات التي اجتاحت المنطقة في الخريف الماضي، وأجبرت آلاف الأسر على ترك منازلها لأسابيع.",
                "وقالت مديرة التعليم في المحافظة السيدة هدى المنصوري إن أعمال الترميم شملت إصلاح الأسقف والجدران وتجديد المرافق الصحية وتزويد الفصول بمقاعد جديدة. وأضافت أن الدروس التعويضية ستستمر حتى نهاية الفصل لتعويض ما فات التلاميذ خلال فترة الانقطاع.",
                "وأعرب أولياء الأمور عن ارتياحهم لعودة أبنائهم بعد أشهر من التعليم في خيام وقاعات مؤقتة، لكنهم طالبوا ببناء جدران واقية ومجار لتصريف مياه الأمطار حتى لا تتكرر الكارثة في الموسم المقبل، خاصة في المدارس القريبة من مجرى الوادي.",
            ],
        ),
        "ar_tamr": (
            "موسم قياسي لصادرات التمور رغم ارتفاع تكاليف الشحن",
            [
                "سجلت صادرات التمور هذا الموسم رقما قياسيا بلغ مئة وعشرين ألف طن، بزيادة تقارب الخمس مقارنة بالعام الماضي، بحسب بيانات اتحاد المزارعين الذي أرجع هذا النمو إلى فتح أسواق جديدة في آسيا وشرق أوروبا وتحسن جودة التعبئة والتغليف.",
                "وقال رئيس الاتحاد السيد عادل الهاشمي إن ارتفاع تكاليف الشحن البحري قلص أرباح المصدرين الصغار، داعيا إلى إنشاء مخازن تبريد مشتركة قرب الموانئ. وأشار إلى أن كثيرا من المزارعين ما زالوا يبيعون محصولهم للوسطاء بأسعار منخفضة بعد الحصاد مباشرة.",
                "ويعمل في قطاع النخيل عشرات الآلاف من الأسر في الواحات، ويعد من أهم مصادر الدخل في المناطق الريفية. وتخطط وزارة الزراعة لغرس نصف مليون فسيلة جديدة خلال ثلاث سنوات، مع تشجيع استخدام الري بالتنقيط للحد من استنزاف المياه الجوفية.",
            ],
        ),
    },
    "ur": {
        "ur_gandum": (
            "گندم کی خریداری میں تاخیر، کسان سستے داموں فصل بیچنے پر مجبور",
            [
                "صوبائی محکمہ خوراک کی جانب سے گندم کی سرکاری خریداری شروع نہ ہونے کے باعث جنوبی اضلاع کے کسان اپنی فصل آڑھتیوں کو امدادی قیمت سے کہیں کم داموں پر فروخت کرنے پر مجبور ہیں، جبکہ منڈیوں میں گندم کی بوریوں کے ڈھیر لگے ہوئے ہیں۔",
                "کسان اتحاد کے رہنما چوہدری اکرم باجوہ نے کہا کہ کھاد، بیج اور ڈیزل کی قیمتوں میں اضافے کے بعد موجودہ نرخوں پر کاشتکار کو لاگت بھی پوری نہیں مل رہی۔ انہوں نے مطالبہ کیا کہ حکومت فوری طور پر خریداری مراکز کھولے اور باردانہ کی تقسیم شفاف بنائے۔",
                "محکمہ خوراک کے ترجمان کا کہنا ہے کہ گوداموں میں پچھلے سال کا ذخیرہ موجود ہونے کی وجہ سے خریداری کا ہدف کم رکھا گیا ہے، تاہم آئندہ ہفتے سے مرحلہ وار خریداری شروع کر دی جائے گی اور چھوٹے کسانوں کو ترجیح دی جائے گی۔",
            ],
        ),
        "ur_metro": (
            "شہر میں الیکٹرک بس سروس کا آغاز، پہلے ماہ کرایہ معاف",
            [
                "صوبائی دارالحکومت میں پیر سے الیکٹرک بس سروس کا آغاز کر دیا گیا ہے جس کے تحت ابتدائی طور پر چالیس بسیں تین روٹس پر چلیں گی۔ حکام کے مطابق پہلے مہینے شہریوں سے کوئی کرایہ وصول نہیں کیا جائے گا تاکہ زیادہ سے زیادہ لوگ اس سہولت سے فائدہ اٹھا سکیں۔",
                "ٹرانسپورٹ اتھارٹی کے سربراہ فیصل رحمان نے بتایا کہ بسوں میں خواتین کے لیے الگ نشستیں، معذور افراد کے لیے ریمپ اور مفت وائی فائی کی سہولت موجود ہے۔ انہوں نے کہا کہ اگلے سال مزید ساٹھ بسیں بیڑے میں شامل کی جائیں گی۔",
                "شہریوں نے سروس کا خیرمقدم کیا ہے تاہم بعض مسافروں نے شکایت کی کہ اسٹاپس پر سایہ اور بیٹھنے کی جگہ نہیں ہے۔ ماہرین کا کہنا ہے کہ منصوبے کی کامیابی کا انحصار بسوں کی بروقت آمد اور چارجنگ اسٹیشنوں کی مناسب دیکھ بھال پر ہوگا۔",
            ],
        ),
        "ur_hospital": (
            "ضلعی ہسپتال میں جدید زچہ و بچہ وارڈ کا افتتاح",
            [
                "ضلعی ہیڈکوارٹر ہسپتال میں ساٹھ بستروں پر مشتمل جدید زچہ و بچہ وارڈ کا افتتاح کر دیا گیا ہے جہاں نوزائیدہ بچوں کے لیے انتہائی نگہداشت یونٹ اور چوبیس گھنٹے آپریشن تھیٹر کی سہولت بھی فراہم کی گئی ہے۔ اس سے پہلے مریضوں کو ڈویژنل ہسپتال بھیجا جاتا تھا۔",
                "میڈیکل سپرنٹنڈنٹ ڈاکٹر نسرین اختر نے بتایا کہ وارڈ کے لیے بارہ نئی لیڈی ڈاکٹرز اور تیس نرسیں بھرتی کی گئی ہیں۔ ان کا کہنا تھا کہ ضلع میں زچگی کے دوران ماؤں کی اموات کی شرح کم کرنا ہسپتال کی اولین ترجیح ہے۔",
                "مقامی افراد نے نئے وارڈ کو خوش آئند قرار دیا تاہم دور دراز دیہات سے ہسپتال تک پہنچنے کے لیے ایمبولینس سروس بہتر بنانے کا مطالبہ بھی کیا۔ محکمہ صحت نے اعلان کیا ہے کہ آئندہ ماہ تک ضلع کو پانچ نئی ایمبولینسیں فراہم کی جائیں گی۔",
            ],
        ),
    },
    "hi": {
        "hi_mandi": (
            "प्याज के दाम गिरे, मंडी में किसानों ने किया प्रदर्शन",
            [
                "जिले की सबसे बड़ी कृषि उपज मंडी में मंगलवार को प्याज के दाम गिरकर चार रुपये प्रति किलो तक पहुंच गए, जिसके बाद नाराज किसानों ने नीलामी रुकवा दी और मंडी के मुख्य द्वार पर धरना दिया। कई किसान अपनी ट्रॉलियां लेकर रात भर मंडी में ही रुके रहे।",
                "किसान संघ के जिला अध्यक्ष रामप्रसाद पाटिल ने कहा कि एक किलो प्याज उगाने में करीब बारह रुपये की लागत आती है, ऐसे में मौजूदा भाव पर किसानों का पूरा साल बर्बाद हो रहा है। उन्होंने सरकार से न्यूनतम समर्थन मूल्य पर खरीद शुरू करने की मांग की।",
                "मंडी सचिव ने बताया कि इस बार बंपर पैदावार और निर्यात पर लगी पाबंदियों के कारण आवक बहुत ज्यादा है। उन्होंने आश्वासन दिया कि किसानों की मांगें राज्य सरकार तक पहुंचाई जाएंगी और भंडारण के लिए अतिरिक्त गोदाम उपलब्ध कराए जाएंगे।",
            ],
        ),
        "hi_school": (
            "सरकारी स्कूल के बच्चों ने बनाया सौर ऊर्जा से चलने वाला पंप",
            [
                "जिले के एक सरकारी उच्च माध्यमिक विद्यालय के पांच छात्रों ने कबाड़ के सामान से सौर ऊर्जा से चलने वाला सिंचाई पंप तैयार किया है, जिसे राज्य स्तरीय विज्ञान प्रदर्शनी में पहला पुरस्कार मिला है। इस पंप की लागत सिर्फ नौ हजार रुपये आई है।",
                "विज्ञान शिक्षिका सुनीता चौहान ने बताया कि बच्चों ने गांव के किसानों की परेशानी देखकर यह परियोजना चुनी, क्योंकि खेतों में बिजली कुछ ही घंटे आती है और डीजल बहुत महंगा है। बच्चों ने तीन महीने तक स्कूल के बाद रुककर इस पर काम किया।",
                "जिला कलेक्टर ने छात्रों को सम्मानित करते हुए घोषणा की कि गांव के दो खेतों में इस पंप का परीक्षण किया जाएगा। सफल होने पर कृषि विभाग इसे छोटे किसानों के लिए सस्ते मॉडल के रूप में विकसित करने पर विचार करेगा।",
            ],
        ),
        "hi_sadak": (
            "बारिश में बह गई नई सड़क, ग्रामीणों ने उठाए गुणवत्ता पर सवाल",
            [
                "छह महीने पहले बनी करीब आठ किलोमीटर लंबी ग्रामीण सड़क पहली ही तेज बारिश में कई जगह से बह गई, जिससे बीस से ज्यादा गांवों का संपर्क ब्लॉक मुख्यालय से टूट गया है। स्कूली बच्चों और मरीजों को कीचड़ भरे रास्तों से होकर गुजरना पड़ रहा है।",
                "ग्रामीणों का आरोप है कि ठेकेदार ने निर्माण में घटिया सामग्री का इस्तेमाल किया और पानी की निकासी के लिए पुलिया नहीं बनाई। ग्राम प्रधान कमला देवी ने बताया कि शिकायत करने के बावजूद किसी अधिकारी ने मौके पर आकर जांच नहीं की।",
                "लोक निर्माण विभाग के अधिशासी अभियंता ने कहा कि मामले की जांच के लिए तकनीकी टीम भेजी गई है और दोषी पाए जाने पर ठेकेदार का भुगतान रोका जाएगा। उन्होंने बताया कि बारिश थमने के बाद सड़क की मरम्मत का काम शुरू किया जाएगा।",
            ],
        ),
    },
    "id": {
        "id_banjir": (
            "Banjir rendam ribuan rumah di tiga kecamatan, warga mengungsi",
            [
                "Banjir setinggi hingga satu setengah meter merendam lebih dari 4.200 rumah di tiga kecamatan di Kabupaten Lembah Sari sejak Minggu malam setelah hujan deras mengguyur wilayah hulu selama dua hari berturut-turut. Ribuan warga terpaksa mengungsi ke masjid, sekolah dan balai desa terdekat.",
                "Kepala Badan Penanggulangan Bencana Daerah setempat, Agus Prasetyo, mengatakan tim gabungan telah mengevakuasi warga lanjut usia dan anak-anak menggunakan perahu karet. Dapur umum didirikan di empat titik pengungsian, dan petugas kesehatan memeriksa warga yang mulai mengeluhkan gatal dan diare.",
                "Warga menilai banjir semakin sering terjadi sejak hutan di daerah hulu dibuka untuk perkebunan. Pemerintah daerah berjanji mengkaji ulang izin pembukaan lahan dan mempercepat normalisasi sungai yang telah direncanakan sejak tiga tahun lalu namun belum juga dimulai.",
                "Sejumlah relawan dari organisasi kemasyarakatan dan mahasiswa turut membantu membersihkan rumah warga yang mulai surut di bagian hilir. Pemerintah kabupaten menetapkan status tanggap darurat selama empat belas hari untuk mempercepat penyaluran bantuan logistik dan perbaikan fasilitas umum.",
            ],
        ),
        "id_kopi": (
            "Petani kopi muda di lereng Gunung Lawang raup untung dari ekspor",
            [
                "Sekelompok petani kopi muda di lereng Gunung Lawang berhasil mengekspor dua puluh ton biji kopi arabika ke sejumlah pembeli di Eropa dan Asia Timur tahun ini, setelah memperbaiki cara panen dan pengolahan pascapanen dengan bantuan pendampingan dari koperasi setempat.",
                "Ketua koperasi, Dewi Lestari Wulandari, mengatakan para petani kini hanya memetik buah kopi yang sudah merah dan menjemurnya di rumah pengering berdinding plastik. Harga jual biji kopi mereka naik hampir tiga kali lipat dibandingkan ketika masih dijual kepada tengkulak.",
                "Keberhasilan itu menarik minat anak-anak muda desa yang sebelumnya merantau ke kota untuk kembali bertani. Koperasi berencana membangun gudang dan mesin sangrai sendiri tahun depan, serta membuka kedai kopi kecil untuk wisatawan yang datang mendaki gunung.",
                "Dinas pertanian setempat menyatakan akan menjadikan koperasi tersebut contoh bagi desa-desa lain di kawasan pegunungan. Pelatihan serupa direncanakan untuk ratusan petani lain tahun depan, termasuk cara mengelola keuangan koperasi dan memenuhi persyaratan sertifikasi yang diminta pembeli luar negeri.",
            ],
        ),
        "id_kereta": (
            "Jalur kereta baru hubungkan kota pelabuhan dengan kawasan industri",
            [
                "Jalur kereta api sepanjang 62 kilometer yang menghubungkan kota pelabuhan Tanjung Karang Baru dengan kawasan industri di pedalaman resmi beroperasi pada Senin. Kereta barang akan berangkat delapan kali sehari, sementara kereta penumpang melayani empat perjalanan pulang pergi.",
                "Direktur operator kereta, Bambang Sutrisno, mengatakan jalur baru ini dapat mengurangi sekitar tiga ribu perjalanan truk setiap hari dari jalan raya yang selama ini padat dan rusak. Waktu tempuh penumpang antara kedua kota juga berkurang dari tiga jam menjadi kurang dari satu jam.",
                "Sejumlah warga yang lahannya terkena proyek masih menuntut tambahan ganti rugi. Pemerintah provinsi menyatakan telah membentuk tim untuk menyelesaikan sengketa tersebut dan memastikan setiap perlintasan sebidang dilengkapi palang pintu serta petugas penjaga.",
                "Para pelaku usaha di kawasan industri menyambut baik beroperasinya jalur tersebut karena biaya angkut diperkirakan turun hingga seperempat. Operator juga berencana menambah jadwal kereta penumpang pada akhir pekan jika jumlah penumpang terus meningkat dalam tiga bulan pertama.",
            ],
        ),
    },
    "tr": {
        "tr_deprem": (
            "Deprem bölgesinde yeni konutlar hak sahiplerine teslim edildi",
            [
                "Geçen yıl meydana gelen depremden etkilenen Karaağaç ilçesinde inşa edilen 1.850 yeni konut, cumartesi günü düzenlenen törenle hak sahiplerine teslim edildi. Konteyner kentlerde aylarca yaşayan aileler, anahtarlarını alırken gözyaşlarını tutamadı.",
                "Proje koordinatörü Mehmet Arslantürk, binaların zemin etütleri tamamlandıktan sonra en fazla beş kat olacak şekilde yapıldığını ve yeni yönetmeliğe göre denetlendiğini söyledi. Mahallede bir okul, bir sağlık ocağı ve çocuk oyun alanlarının da yıl sonuna kadar tamamlanacağını ekledi.",
                "Bazı depremzedeler ise konutların şehir merkezine uzak olduğunu ve toplu taşıma seferlerinin yetersiz kaldığını dile getirdi. Belediye, yeni mahalle ile çarşı arasında her yarım saatte bir otobüs seferi başlatılacağını ve bir pazar yeri kurulacağını açıkladı.",
                "Konutlara taşınan aileler, çocuklarının yeniden kendi odalarına kavuşmasının en büyük sevinç olduğunu anlattı. Yetkililer, ikinci etapta inşa edilen 1.200 konutun da önümüzdeki bahar aylarında tamamlanarak kura ile belirlenecek hak sahiplerine teslim edileceğini bildirdi.",
            ],
        ),
        "tr_findik": (
            "Fındık üreticileri rekolte düşüşü ve fiyat belirsizliğinden endişeli",
            [
                "Karadeniz'in doğusundaki fındık üreticileri, bahar aylarında yaşanan don ve yaz boyunca süren kuraklık nedeniyle bu yıl rekoltenin yüzde otuza varan oranda düşmesini bekliyor. Hasat öncesinde açıklanacak alım fiyatı ise henüz belli değil.",
                "Ziraat Odası Başkanı Hüseyin Karadeniz, gübre, ilaç ve işçilik maliyetlerinin son iki yılda iki katından fazla arttığını belirterek, fiyatın maliyetlerin altında kalması halinde pek çok küçük üreticinin bahçesini bakımsız bırakabileceği uyarısında bulundu.",
                "Üreticiler, devletin hasat başlamadan önce fiyatı açıklamasını ve mevsimlik işçilerin barınma koşullarının iyileştirilmesini talep ediyor. Tarım il müdürlüğü, don zararı tespit çalışmalarının sürdüğünü ve zarar gören çiftçilere destek ödemesi yapılacağını duyurdu.",
                "Bazı üreticiler, düşük verim nedeniyle bu yıl hasat için mevsimlik işçi çağırmak yerine aile bireyleriyle çalışmayı planladığını söyledi. Tüccarlar ise rekoltedeki düşüşün ihracat fiyatlarını yukarı çekebileceğini, ancak bunun üreticiye ne ölçüde yansıyacağının belirsiz olduğunu ifade ediyor.",
            ],
        ),
        "tr_kutuphane": (
            "Tarihi han binası halk kütüphanesine dönüştürüldü",
            [
                "Üç yüz yıllık tarihi Kervansaray Han, dört yıl süren restorasyonun ardından halk kütüphanesi olarak kapılarını açtı. Kütüphanede 60 bin kitap, çocuklar için ayrı bir okuma salonu ve gece geç saatlere kadar açık kalacak bir çalışma alanı bulunuyor.",
                "Belediye Başkanı Ayşe Gülbahar, binanın uzun yıllar depo olarak kullanıldığını ve çatısının çökmek üzere olduğunu hatırlatarak, restorasyonda özgün taş işçiliğinin korunmasına özen gösterildiğini söyledi. Avludaki eski çeşme de yeniden çalışır hale getirildi.",
                "Üniversite öğrencileri, şehirde sınavlara hazırlanmak için sessiz bir çalışma alanı bulmanın zor olduğunu belirterek kütüphaneyi memnuniyetle karşıladı. Kütüphanede hafta sonları çocuklara yönelik masal saatleri ve yaşlılar için bilgisayar kursları da düzenlenecek.",
                "Açılışın ilk haftasında kütüphaneyi binlerce kişi ziyaret etti ve yüzlerce yeni üyelik kaydı yapıldı. Belediye, bağış kampanyasıyla kitap sayısını iki yıl içinde yüz bine çıkarmayı ve tarihi handa düzenli olarak sergiler ile söyleşiler düzenlemeyi hedefliyor.",
            ],
        ),
    },
}

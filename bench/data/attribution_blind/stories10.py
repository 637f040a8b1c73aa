# ruff: noqa: E501, RUF001
"""Invented stories of the tenth blind set: (headline, paragraphs) by language and key.

Written as the news reads on the open web: short paragraphs, figures attributed, quotes named.
Names, places and figures are made up; none of this prose is in the earlier sets (build10.py
checks). Languages new to the blind sets: Tagalog, Hausa, Amharic, Catalan, Norwegian
(bokmål), Bulgarian and Slovak; Hebrew had four pages in the fourth set only.
"""

from __future__ import annotations

STORIES10: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "swing_bridge": (
            "Cracks close Orrisford's 140-year-old swing bridge to traffic",
            [
                "Engineers closed the swing bridge over the Orris estuary to cars and lorries on Tuesday after an inspection found cracks in two of the iron girders that carry its deck.",
                "The bridge, opened in 1886, carries about 11,000 vehicles a day between Orrisford and the villages on the north shore. Drivers now face a detour of 23 kilometres through Pellow Cross.",
                "County highways director Marguerite Osei-Lindqvist said pedestrians and cyclists could still cross, but that the engineers would not let any vehicle over until the girders had been strengthened.",
                "Shopkeepers on Quay Street said trade fell by half on the first day. Ferrywoman Bethan Kilcawley, who runs a small passenger boat across the estuary, said she had carried more people in one morning than in the whole of February.",
                "The county has asked the government for an emergency grant of 4.6 million dollars. Repairs are expected to take at least five months, and a temporary steel bridge is being considered for buses.",
                "Schools on the north shore said about 300 pupils would need to leave home forty minutes earlier, and the county has added two buses that go round by Pellow Cross.",
                "The last major repair to the bridge, in 1979, kept it closed for almost a year.",
            ],
        ),
        "library_fines": (
            "City libraries scrap late fines, and lost books start coming home",
            [
                "Libraries in Tamsworth have taken in more than 3,100 overdue books in the six weeks since the city stopped charging late fines, some of them borrowed more than a decade ago.",
                "The city council voted in January to scrap the fines, which brought in about 38,000 dollars a year but cost almost as much to collect. Chief librarian Rohan Achterberg-Mwale said the fines mostly kept poorer families away.",
                "One returned copy of a bird guide had been due back in 1997. Its borrower left it in the returns box with a note that said only: sorry, still a great book.",
                "The number of children with active library cards has risen by 14 percent since January, the council said, and the central library has extended its Saturday hours to cope.",
                "Readers who lose a book will still be asked to pay for it, and borrowing is paused for cards with more than ten items overdue.",
                "Councillor Ingrid Faulconbridge, who opposed the change, said she would watch whether the libraries could afford to replace books that never came back.",
                "Librarians said the returned books would be checked and, if they were in good condition, put back on the shelves within a month.",
                "The council will publish a full review of the change in December.",
            ],
        ),
        "heat_pumps": (
            "Heat pump grants run out in nine days as applications flood in",
            [
                "A regional scheme offering homeowners up to 7,500 dollars towards a heat pump closed to new applications on Thursday, nine days after it opened, because its budget for the whole year had been claimed.",
                "The Vellmoor energy agency said it had received 5,840 applications for about 2,000 grants. Its director, Tobias Nwachukwu-Berg, said the agency had expected the money to last until autumn.",
                "Installers said their order books were now full until the summer. One firm in Carrick Vale said it had hired four apprentices in a week and was still turning customers away.",
                "Applicants who missed out will be put on a waiting list in the order they applied, the agency said, and will be offered a grant if approved homeowners drop out.",
                "Opposition members of the regional assembly called for the budget to be doubled. The finance committee will discuss the scheme at its next meeting.",
                "Homeowners who have already been approved have until the end of the year to have their heat pump fitted and claim the money, the agency said.",
                "Heat pumps now heat about one home in twelve in the region, up from one in forty five years ago.",
            ],
        ),
        "school_buses": (
            "Free school buses for every pupil cut car trips at the gates, council says",
            [
                "Morning traffic outside schools in Brackenholt has fallen by about a third since the town made its school buses free for every pupil in September, according to council figures published on Monday.",
                "Before the change, families living less than three miles from a school paid 420 dollars a year for a bus pass. Now about 6,300 pupils ride free, up from 2,700 paying passengers.",
                "Transport councillor Ayodele Harrowgate said the scheme cost 1.9 million dollars a year, less than the council had feared, because the buses had been running half empty.",
                "Head teacher Clementine Rusk said pupils arriving by bus were on time more often, and that the road outside her school was safe enough again for a crossing patrol to return.",
                "Bus drivers' representatives said some routes were now so full that pupils had to stand, and asked for extra vehicles on the two busiest lines.",
                "Parents in outlying villages said the scheme should be extended to weekend and holiday buses, which still charge full fares.",
                "The council plans to run the scheme for at least two more school years before deciding whether to keep it.",
            ],
        ),
    },
    "tl": {
        "palengke": (
            "Bagong pampublikong palengke ng Bayan ng San Lorenzo Ruiz, binuksan matapos ang sunog",
            [
                "Binuksan nitong Sabado ang bagong pampublikong palengke ng bayan ng San Lorenzo Ruiz, halos dalawang taon matapos tupukin ng apoy ang lumang gusali sa gitna ng bayan.",
                "Ayon kay Mayor Editha Dalisay-Manalo, umabot sa 86 milyong piso ang nagastos sa tatlong palapag na gusali, na may 412 puwesto para sa mga nagtitinda ng isda, karne, gulay at tuyong paninda.",
                "Inuna raw ng munisipyo ang mga dating may puwesto sa lumang palengke. Sinabi ng tindera ng gulay na si Aling Rosario Pangilinan na mas maliwanag at mas malinis ang bagong gusali, pero mas mataas ang upa.",
                "Magkakaroon din ng fire exit sa bawat palapag, mga fire extinguisher at sprinkler, ayon sa bureau ng bumbero ng bayan.",
                "Libre ang upa sa unang tatlong buwan para sa mga nawalan ng kabuhayan dahil sa sunog, sabi ng alkalde.",
                "Ayon sa tanggapan ng ingat-yaman ng bayan, inaasahang aabot sa 14 milyong piso kada taon ang kikitain ng munisipyo mula sa upa at bayad sa paradahan.",
                "Nagpasalamat naman ang mga mamimili dahil hindi na nila kailangang bumiyahe pa sa kabilang bayan para mamalengke.",
                "Inaasahang bubuksan naman sa Hunyo ang paradahan sa likod ng gusali.",
            ],
        ),
    },
    "ha": {
        "madatsar_ruwa": (
            "An kammala gyaran madatsar ruwan Kogin Dabo bayan shekaru uku",
            [
                "Gwamnatin jihar ta kammala gyaran madatsar ruwan Kogin Dabo a ranar Talata, shekaru uku bayan ambaliya ta lalata wani bangare na katangarta.",
                "Kwamishinan albarkatun ruwa, Alhaji Musa Danlami Garba, ya ce an kashe naira biliyan 2.4 wajen aikin, kuma madatsar za ta samar da ruwan noman rani ga manoma sama da dubu takwas.",
                "Manoman yankin sun ce sun shafe shekaru uku ba sa iya noman rani. Malam Sani Idris, wanda ke noman albasa da tumatir, ya ce yanzu yana fatan zai koma gonarsa a watan gobe.",
                "Injiniyoyi sun kara tsawon katangar da mita dari biyu, kuma an saka sabbin kofofin ruwa guda hudu da za a rika budewa idan ruwa ya yi yawa.",
                "Gwamnatin ta ce za ta horar da matasa talatin domin kula da madatsar da kuma sanar da jama'a idan ruwa ya kusa cika.",
                "Sarkin yankin, Alhaji Umaru Bako, ya yaba wa gwamnati kan aikin, amma ya roki manoma da su kiyaye dokokin raba ruwan domin kauce wa rikici.",
                "Masana sun ce madatsar za ta taimaka wajen rage ambaliya a kauyukan da ke kasa da ita a lokacin damina.",
                "Za a fara raba ruwan ga gonaki a makon farko na watan Afrilu.",
            ],
        ),
    },
    "am": {
        "timhirt_beit": (
            "በደብረ ወይን ከተማ አዲስ የመጀመሪያ ደረጃ ትምህርት ቤት ተመረቀ",
            [
                "በደብረ ወይን ከተማ ለ1,600 ተማሪዎች የሚያገለግል አዲስ የመጀመሪያ ደረጃ ትምህርት ቤት ሰኞ ዕለት ተመርቆ ለአገልግሎት ክፍት ሆነ።",
                "የከተማው ትምህርት ጽሕፈት ቤት ኃላፊ ወይዘሮ መሠረት ታደሰ እንደገለጹት ትምህርት ቤቱ 24 የመማሪያ ክፍሎች፣ ቤተ መጻሕፍት እና የሳይንስ ቤተ ሙከራ አለው።",
                "ግንባታው 58 ሚሊዮን ብር የወጣበት ሲሆን፣ ከዚህ ውስጥ አንድ ሦስተኛው በነዋሪዎች መዋጮ የተሸፈነ ነው ተብሏል።",
                "ቀደም ሲል ተማሪዎች በአንድ ክፍል ውስጥ ከ90 በላይ ሆነው ይማሩ እንደነበር የገለጹት መምህር አበበ ወልደ ሚካኤል፣ አሁን በአንድ ክፍል ውስጥ ከ50 የማይበልጡ ተማሪዎች ይማራሉ ብለዋል።",
                "ትምህርት ቤቱ ለተማሪዎች የምሳ መርሐ ግብርም የሚጀምር ሲሆን፣ ለዚህም የከተማው አስተዳደር ዓመታዊ በጀት መድቧል።",
                "በሚቀጥለው ዓመት ተጨማሪ ስምንት ክፍሎች ይገነባሉ ተብሎ ይጠበቃል።",
            ],
        ),
    },
    "ca": {
        "cami_ronda": (
            "Reobre el camí de ronda de Cala Feixa després de dos anys tancat per despreniments",
            [
                "El camí de ronda entre Cala Feixa i la platja del Morer va reobrir dissabte després de dos anys tancat per culpa dels despreniments que van seguir els temporals de l'hivern del 2024.",
                "L'Ajuntament de Sant Pere de Vilaroja hi ha invertit 1,3 milions d'euros per fixar el penya-segat amb malles metàl·liques i refer tres trams de passera de fusta, segons va explicar l'alcaldessa, Montserrat Puigcercós.",
                "Els veïns i els comerciants de la zona celebren la reobertura. El propietari d'un xiringuito, Jordi Vilardebò, va dir que l'estiu passat havia perdut la meitat dels clients perquè els excursionistes no podien arribar a la cala.",
                "El consistori recorda que el camí es tornarà a tancar si hi ha alerta per fort onatge i demana no baixar a les roques per fer fotografies.",
                "Els tècnics revisaran les malles cada sis mesos i hi haurà un guarda els caps de setmana d'estiu.",
                "Durant els dos anys de tancament, molts excursionistes havien saltat les tanques per continuar la ruta, i la Policia Local havia posat una vintena de multes.",
                "Els comerciants demanen ara que l'Ajuntament millori també l'aparcament de la cala.",
                "El tram fins al far, més malmès, no s'obrirà fins a la tardor.",
            ],
        ),
    },
    "nb": {
        "elferje": (
            "Ny elferje i Sørfjorden halverer ventetiden for pendlerne",
            [
                "Den nye elektriske ferja mellom Varnes og Holmvik gikk sin første tur fredag morgen, og med plass til 120 biler blir ventetiden i rushtiden omtrent halvert.",
                "Ferja har kostet 310 millioner kroner og lades på ti minutter ved kaia i Varnes mens bilene kjører av og på, opplyser fylkeskommunen.",
                "Pendleren Solveig Brekkhus-Aune, som kjører sambandet hver dag, sier hun ofte har stått igjen på kaia i en halvtime fordi den gamle ferja var full. – Nå slipper vi forhåpentligvis det, sier hun.",
                "Fylkesråd for samferdsel Eirik Holstad-Mæland sier at ferja vil kutte utslippene på strekningen med om lag 2800 tonn CO₂ i året.",
                "Den gamle dieselferja skal være i reserve til sommeren, før den selges.",
                "Kommunen i Holmvik håper at den nye ferja vil gjøre det lettere å få folk til å flytte til bygda, der folketallet har gått ned i flere år.",
                "Mannskapet har fått tre uker med opplæring i hvordan batteriene og ladeanlegget skal brukes.",
                "Fra august skal det også gå en ekstra avgang sent på kvelden i helgene.",
            ],
        ),
    },
    "bg": {
        "bolnica": (
            "Обновеното детско отделение на болницата в Стрелча отвори врати",
            [
                "Детското отделение на общинската болница в Стрелча отвори отново врати в понеделник след година и половина ремонт, който струва 4,2 милиона лева.",
                "Според директора на болницата д-р Милена Костадинова отделението вече разполага с 28 легла, нова интензивна стая и отделни стаи, в които родителите могат да остават с децата си.",
                "Досега семействата от района трябваше да пътуват до областния град, на повече от 70 километра. Майката на двегодишно дете Десислава Пенчева каза, че това е било най-трудното през зимата.",
                "Ремонтът е финансиран основно с европейски средства, а общината е платила за новото обзавеждане, обясни кметът Стоян Диманов.",
                "Болницата търси още двама педиатри, за да може отделението да работи денонощно с пълен състав.",
                "Следващата година предстои ремонт на родилното отделение.",
            ],
        ),
    },
    "sk": {
        "lanovka": (
            "Nová lanovka na Kamennú hoľu vyvezie lyžiarov za šesť minút",
            [
                "Na Kamennú hoľu nad obcou Podlesná v sobotu prvýkrát vyviezla lyžiarov nová kabínková lanovka, ktorá nahradila päťdesiat rokov starú sedačkovú dráhu.",
                "Lanovka stála 14 miliónov eur a za hodinu prepraví až 2 400 ľudí. Cesta na vrchol trvá šesť minút namiesto pôvodných sedemnástich, uviedol riaditeľ strediska Marek Hudák-Lipovský.",
                "Starostka obce Zuzana Ondrejková povedala, že obec od lanovky očakáva viac turistov aj v lete, keď bude premávať pre peších a cyklistov.",
                "Ochranári však kritizujú, že pri stavbe bolo vyrúbaných takmer tri hektáre lesa. Stredisko sľúbilo vysadiť nové stromy na inom mieste.",
                "Lístok na celý deň stojí pre dospelých 42 eur, deti do šiestich rokov sa vozia zadarmo.",
                "Miestni podnikatelia dúfajú, že nová lanovka predĺži sezónu a prinesie viac hostí do penziónov aj reštaurácií v obci.",
                "Stará sedačková lanovka bude rozobratá do konca leta a jej sedačky si budú môcť ľudia kúpiť na dobročinnej dražbe.",
                "Stredisko chce v budúcom roku postaviť aj novú zjazdovku pre začiatočníkov.",
            ],
        ),
    },
    "he": {
        "rakevet_kala": (
            "הקו החדש של הרכבת הקלה בעמק הדר נפתח לנוסעים",
            [
                "הקו החדש של הרכבת הקלה בין מרכז העיר הדר גנים לשכונת נווה אלון נפתח ביום ראשון לנוסעים, לאחר שש שנות עבודה.",
                "לדברי מנהלת פרויקט הקו, המהנדסת אורית בן-שושן, הקו באורך 14 קילומטרים וכולל 19 תחנות, והנסיעה מקצה לקצה תימשך כ-32 דקות.",
                "בעלי עסקים ברחוב הראשי אמרו כי העבודות פגעו קשות בפרנסתם. בעל המאפייה יוסי אלמוג אמר כי הוא מקווה שהנוסעים יחזרו לקנות ברחוב.",
                "בחודש הראשון הנסיעה ברכבת תהיה בחינם, והרכבות יפעלו כל עשר דקות בשעות העומס.",
                "העירייה הודיעה כי קווי אוטובוס אחדים ישונו כדי להביא נוסעים אל התחנות.",
                "תושבי השכונה אמרו כי הם מקווים שהרכבת תקצר את זמן הנסיעה למרכז העיר, שעד כה ארכה לעיתים יותר משעה בפקקים.",
                "הקו הבא, לאזור התעשייה בצפון העיר, צפוי להיפתח בעוד ארבע שנים.",
            ],
        ),
    },
}

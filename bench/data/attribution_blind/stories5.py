# ruff: noqa: E501, RUF001
"""Invented stories of the fifth blind set: (headline, paragraphs) by language and key.

Names, places and figures are made up; none of this prose is in the earlier sets (build5.py checks).
"""

from __future__ import annotations

STORIES5: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "ferry_strike": (
            "Island ferry crews vote to strike over rest rules",
            [
                "Crews on the ferries linking the mainland to the Skerrow islands voted on Tuesday to strike for five days from April 12, in a dispute over rest periods between sailings. The union said 84 percent of members who voted backed the walkout.",
                "The operator, Northsound Shipping, runs eleven crossings a day and carries about 4,200 passengers and 600 freight lorries at this time of year. It said it would try to keep one daily sailing to the largest island for medical visits and fresh food deliveries.",
                "Union organiser Fenella Strachan said deckhands were working fourteen-hour days with breaks of less than an hour between crossings. The company said its rosters met national maritime rules and that it had offered to hire six more crew members before the summer.",
                "Island councillors asked both sides to accept mediation. Shopkeepers on Skerrow Major said they had already ordered extra stock in case the strike goes ahead.",
                "Talks between the company and the union are due to resume on Friday at the offices of the regional transport authority. A further ballot on overtime bans will close at the end of the month.",
            ],
        ),
        "er_waits": (
            "Emergency waits at city hospitals reach six-year high",
            [
                "Patients at the three public hospitals in Dunharrow waited an average of five hours and forty minutes in emergency departments last month, the longest in six years, according to figures released on Wednesday by the regional health board.",
                "The board said a rise in winter infections and a shortage of beds on general wards meant that admitted patients often stayed in emergency cubicles overnight. About one in nine patients left before being seen by a doctor.",
                "Dr. Oriel Mackintosh, who leads the emergency department at St. Anselm's, said nurses were treating patients in corridors on most evenings. The board plans to open 48 extra beds in a former maternity wing by the end of May.",
                "Opposition members of the regional assembly called for a review of discharge delays, which they said kept hundreds of recovered patients in hospital each week. The health minister said a review would report in the autumn.",
                "The board will publish waiting times every month instead of every quarter from April. Patients with minor injuries have been advised to use the two walk-in clinics, which are open until ten at night.",
            ],
        ),
        "orchard_frost": (
            "Late frost wipes out much of valley's apricot crop",
            [
                "Two nights of frost last week destroyed up to seventy percent of the apricot blossom in the Carrow Valley, growers said on Monday, weeks before the fruit was due to set. Temperatures fell to minus four degrees in the lowest orchards.",
                "Growers lit fires and ran wind machines through the night, but many said the cold was too deep to fight. Tamsin Okonjo, whose family has farmed 30 hectares near Belwick for three generations, said she expected to pick almost nothing this summer.",
                "The valley produces about a fifth of the country's apricots and employs some 1,500 seasonal pickers at harvest. The growers' association asked the agriculture ministry to declare a natural disaster, which would allow farmers to apply for low-interest loans.",
                "Cherries and plums, which flower later, appear to have escaped serious damage. Packing houses said prices for apricots were likely to rise sharply in July.",
                "The ministry said its inspectors would visit the valley this week to assess the losses. Growers have until the end of April to register damaged orchards with the regional farm office.",
            ],
        ),
        "free_buses": (
            "City to trial free buses on four routes this summer",
            [
                "Buses on four of Ellisford's busiest routes will be free to ride for six months from June, the city council decided on Thursday, in a trial meant to cut traffic in the centre and help low-income residents with rising costs.",
                "The trial will cost about 3.1 million dollars, paid from parking revenue and a state clean-air grant. The routes chosen carry about 38,000 passengers a day and link the hospital, the university and the two largest housing estates with the central station.",
                "Transport chair Ludovica Harte said similar schemes in other cities had increased ridership by a quarter within months. Drivers' representatives warned that crowded buses would run late unless the council added vehicles at peak hours.",
                "The council will count passengers with sensors fitted at every door and survey riders twice during the trial. A decision on whether to extend it will be made in December.",
                "Fares on all other routes will stay the same. The council said it would add eight buses borrowed from a neighbouring district to keep the free routes on schedule.",
            ],
        ),
        "museum_return": (
            "Museum to return 212 carved figures to island community",
            [
                "The Harwell Museum of World Cultures will return 212 carved wooden figures to the community on the island of Tamaru from which they were taken in the 1890s, its trustees said on Friday, ending a claim first made more than forty years ago.",
                "The figures were removed by a trading company's agent and sold to the museum's founder in 1902. Elders from Tamaru visited the museum twice last year and identified families connected with more than half of the objects.",
                "Museum director Petronella Asante said the trustees had concluded that the figures were taken without consent. The museum will pay for their transport and for a climate-controlled storehouse in the island's main village.",
                "A smaller group of figures will stay in Harwell on loan for five years, at the community's request, for an exhibition about their return. The first shipment is due to leave in September.",
                "The trustees said they were reviewing the history of about 1,800 other objects in the collection. A report on that work will be published on the museum's website next spring.",
            ],
        ),
        "council_breach": (
            "Council admits hackers copied records of 60,000 residents",
            [
                "Hackers copied names, addresses and council tax records of about 60,000 residents from Westmarch District Council's systems in February, the council said on Tuesday, three weeks after it first reported a technical outage.",
                "Chief executive Rowan Adeyemi said the attackers had entered through an old file-transfer server that should have been switched off in 2024. Bank details were stored on a separate system and were not taken, the council said.",
                "Residents will receive letters this week explaining what was copied and offering two years of free credit monitoring. The council has set up a helpline, and police have asked people to be wary of calls or emails claiming to be from the council.",
                "The data protection regulator said it was making inquiries. Opposition councillors called for an independent review of the council's computer systems.",
                "The council said it had replaced the server and reset the passwords of all 2,300 staff. An outside firm will test its systems every quarter from now on.",
                "Residents who have questions can call the helpline on weekdays or visit the customer service desk at the civic centre, which will stay open until seven in the evening this month.",
            ],
        ),
    },
    "de": {
        "de_klinik": (
            "Kreisklinik schließt Geburtsstation zum Sommer",
            [
                "Die Kreisklinik in Haldenbrück schließt ihre Geburtsstation zum 30. Juni. Das hat der Aufsichtsrat am Dienstagabend beschlossen. Als Grund nannte die Geschäftsführung den Mangel an Hebammen und Fachärzten.",
                "Im vergangenen Jahr kamen in Haldenbrück 312 Kinder zur Welt, rund ein Drittel weniger als noch vor zehn Jahren. Schwangere müssen künftig in die Kliniken in Oberwiesen oder Tallingen fahren, die jeweils etwa 40 Minuten entfernt liegen.",
                "Landrätin Gesine Bromberger sagte, die Entscheidung sei ihr schwergefallen. Eine Bürgerinitiative kündigte Proteste an und sammelte nach eigenen Angaben bereits 6000 Unterschriften für den Erhalt der Station.",
                "Die freiwerdenden Räume sollen für eine neue Tagesklinik für Kinder- und Jugendpsychiatrie genutzt werden. Der Umbau soll im Herbst beginnen und rund vier Millionen Euro kosten.",
                "Der Kreistag will sich in seiner nächsten Sitzung im April noch einmal mit dem Thema befassen. Mehrere Fraktionen haben beantragt, ein Gutachten zur Versorgung von Schwangeren im ländlichen Raum in Auftrag zu geben. Die Hebammen der Station sollen Stellen in den Nachbarkliniken angeboten bekommen.",
            ],
        ),
    },
    "it": {
        "it_frana": (
            "Frana sulla provinciale, isolate tre frazioni",
            [
                "Una frana ha interrotto nella notte tra lunedì e martedì la strada provinciale 41 tra Valbruna e Castelmorro, lasciando isolate tre frazioni con circa 900 abitanti. Non ci sono feriti, ha fatto sapere la prefettura.",
                "Il fronte della frana è lungo una sessantina di metri. I tecnici della provincia hanno spiegato che le piogge delle ultime settimane hanno saturato il terreno e che nuovi movimenti non si possono escludere.",
                "Il sindaco di Castelmorro, Ottavio Lanzillotta, ha chiesto l'apertura di una pista di emergenza lungo il vecchio tracciato della mulattiera. Nel frattempo la protezione civile porta viveri e medicinali con due fuoristrada.",
                "La provincia stima che per riaprire la strada serviranno almeno tre settimane e circa un milione e mezzo di euro. Le scuole delle frazioni resteranno chiuse fino a venerdì.",
                "Gli abitanti delle frazioni hanno organizzato un comitato per chiedere interventi strutturali sul versante. Secondo il geologo incaricato dalla provincia, la zona era già stata segnalata come a rischio nel piano di assetto idrogeologico del 2019, ma i lavori di consolidamento non erano mai partiti per mancanza di fondi.",
            ],
        ),
    },
    "es": {
        "es_sequia": (
            "Los regantes del Almarén recibirán un tercio del agua habitual",
            [
                "Los agricultores de la cuenca del río Almarén recibirán este año solo un tercio del agua de riego habitual, según decidió el martes la confederación hidrográfica tras comprobar que los embalses están al 22 por ciento de su capacidad.",
                "La medida afecta a unas 14.000 hectáreas de frutales, hortalizas y olivar. Las comunidades de regantes calculan que las pérdidas podrían superar los 90 millones de euros si no llueve antes de junio.",
                "El presidente de la comunidad de regantes de Vegamayor, Anselmo Carrizales, pidió ayudas urgentes y la reducción de las tarifas de agua. Algunos productores ya han decidido no sembrar melón ni sandía esta campaña.",
                "El gobierno regional anunció que adelantará las obras de una planta de reutilización de aguas residuales que podría aportar ocho hectómetros cúbicos al año a partir de 2028.",
                "Los agricultores de la zona baja de la cuenca han convocado una concentración ante la sede de la confederación para el próximo jueves. Reclaman que se priorice el riego de los cultivos leñosos, como el olivo y el almendro, que tardarían años en recuperarse si se secan este verano.",
            ],
        ),
    },
    "pt": {
        "pt_ponte": (
            "Nova ponte sobre o rio Jacaúna deve ficar pronta em 2028",
            [
                "O governo estadual assinou nesta quarta-feira o contrato para a construção da nova ponte sobre o rio Jacaúna, que vai ligar os municípios de Porto Arruda e Santa Clara do Sul. A obra custará 412 milhões de reais e deve ficar pronta em 2028.",
                "Hoje, a travessia é feita por balsas que transportam cerca de 3 mil veículos por dia. Em períodos de cheia, a espera pode passar de quatro horas, segundo motoristas de caminhão ouvidos pela reportagem.",
                "O secretário de Infraestrutura, Valdemar Quintella, afirmou que a ponte terá 1,8 quilômetro de extensão, ciclovia e calçadas largas. Moradores das comunidades ribeirinhas pedem que o projeto inclua um acesso para os barcos de pesca.",
                "O Ministério Público estadual informou que vai acompanhar o licenciamento ambiental, já que parte do traçado atravessa uma área de mangue.",
                "Enquanto a obra não fica pronta, o governo promete colocar mais uma balsa em operação a partir de julho, o que deve reduzir o tempo de espera nos fins de semana. Os motoristas de ônibus intermunicipais dizem que a medida é urgente, porque os atrasos fazem passageiros perderem consultas médicas na capital.",
            ],
        ),
    },
    "fr": {
        "fr_ecole": (
            "Une école rurale sauvée par l'arrivée de huit familles",
            [
                "L'école primaire de Saint-Aubrac-les-Prés ne fermera pas à la rentrée. L'inspection académique a annoncé lundi qu'elle maintenait la classe unique du village, après l'installation de huit nouvelles familles depuis l'automne.",
                "L'école compte désormais 19 élèves, contre 11 l'an dernier. La commune avait rénové trois logements vacants et les avait proposés à des loyers modérés, une initiative lancée par la maire, Hélène Dussourd, il y a deux ans.",
                "« Sans école, le village se serait vidé en une génération », a déclaré l'élue, qui souhaite désormais rouvrir l'ancienne boulangerie. Les parents d'élèves, qui avaient occupé l'école pendant une nuit en février, se sont dits soulagés.",
                "Le département a promis de maintenir le ramassage scolaire, qui dessert aussi deux hameaux voisins, au moins jusqu'en 2029.",
                "Dans le canton, quatre autres écoles à classe unique restent menacées de fermeture. Les maires concernés ont demandé une rencontre avec le directeur académique pour présenter leurs propres projets de logements, inspirés de l'exemple de Saint-Aubrac-les-Prés.",
            ],
        ),
    },
    "tr": {
        "tr_liman": (
            "Kıyıköy limanında genişletme çalışmaları başladı",
            [
                "Kıyıköy balıkçı limanında yaklaşık 180 milyon lira maliyetli genişletme çalışmaları pazartesi günü başladı. Proje tamamlandığında limana aynı anda 140 tekne yanaşabilecek.",
                "Liman, kış aylarında sert poyrazdan korunmak isteyen balıkçılar için bölgedeki tek sığınak. Balıkçılar yıllardır teknelerin iç içe bağlandığını ve fırtınalarda sık sık hasar gördüğünü söylüyordu.",
                "Kooperatif başkanı Nurettin Kalaycı, yeni dalgakıranın balıkçıların en büyük talebi olduğunu belirterek çalışmaların sezon açılmadan bitmesini umduklarını söyledi. Projede ayrıca soğuk hava deposu ve ağ onarım alanı yer alıyor.",
                "Yetkililer, çalışmaların on dört ay süreceğini ve bu süre içinde limanın kısmen kullanıma açık kalacağını açıkladı.",
                "Kooperatif üyeleri, yeni limanın bölgedeki genç balıkçıların mesleği bırakmasını önleyebileceğini düşünüyor. Kalaycı, son on yılda kayıtlı tekne sayısının yüzde kırk azaldığını, yeni tesislerin ise avcılığı yeniden cazip hale getirebileceğini söyledi. Belediye de liman çevresinde bir balık pazarı kurmayı planlıyor.",
            ],
        ),
    },
    "id": {
        "id_banjir": (
            "Banjir rendam ratusan rumah di Kecamatan Sungai Lereng",
            [
                "Banjir setinggi hingga satu meter merendam 640 rumah di empat desa di Kecamatan Sungai Lereng sejak Minggu malam setelah hujan deras mengguyur selama sepuluh jam. Tidak ada korban jiwa dalam peristiwa itu.",
                "Kepala Badan Penanggulangan Bencana Daerah setempat, Rusdi Harahap, mengatakan sekitar 2.100 warga mengungsi ke balai desa dan sekolah. Petugas mendirikan dapur umum dan menyalurkan air bersih serta selimut.",
                "Warga menyebut tanggul sungai yang jebol sepanjang 30 meter sebagai penyebab utama banjir. Mereka meminta pemerintah daerah memperbaiki tanggul secara permanen sebelum puncak musim hujan bulan depan.",
                "Pemerintah kabupaten menyatakan telah menyiapkan anggaran darurat sebesar Rp4,5 miliar untuk perbaikan tanggul dan bantuan bagi warga terdampak.",
                "Hingga Senin sore, air mulai surut di dua desa, tetapi warga di dua desa lainnya masih bertahan di pengungsian. Petugas kesehatan membuka pos layanan untuk memeriksa warga yang mengeluhkan gatal-gatal dan diare. Pemerintah daerah juga meminta warga yang tinggal di bantaran sungai untuk tetap waspada karena hujan diperkirakan masih turun hingga akhir pekan.",
            ],
        ),
    },
    "ms": {
        "ms_sekolah": (
            "Sekolah luar bandar terima bekalan internet satelit",
            [
                "Sebanyak 46 buah sekolah luar bandar di daerah Ulu Sepang kini menerima capaian internet satelit berkelajuan tinggi, menurut kenyataan Jabatan Pendidikan Negeri pada hari Isnin.",
                "Pengarah jabatan itu, Rosnah Abdul Latif, berkata kira-kira 5,800 murid akan mendapat manfaat daripada projek tersebut, yang turut merangkumi latihan untuk guru. Sebelum ini, kebanyakan sekolah terbabit hanya bergantung pada liputan telefon yang lemah.",
                "Guru besar Sekolah Kebangsaan Batu Lintang, Zulkifli Hamdan, berkata murid kini boleh mengikuti kelas dalam talian dan menghantar kerja rumah tanpa perlu ke pekan. Ibu bapa menyambut baik langkah itu.",
                "Fasa kedua projek yang melibatkan 60 buah sekolah lagi dijangka bermula pada bulan Ogos.",
                "Menurut jabatan itu, setiap sekolah akan menerima sebuah piring satelit, penghala tanpa wayar dan sepuluh komputer riba untuk kegunaan murid. Kos keseluruhan projek dianggarkan berjumlah RM12 juta. Pihak jabatan turut merancang kelas bimbingan dalam talian untuk murid yang akan menduduki peperiksaan pada hujung tahun ini.",
            ],
        ),
    },
    "uk": {
        "uk_mist": (
            "У Зеленогірську відкрили відремонтований міст через Сулу",
            [
                "У Зеленогірську в понеділок відкрили рух відремонтованим мостом через річку Сулу, який був закритий майже два роки. Ремонт коштував 86 мільйонів гривень.",
                "Міст з'єднує центр міста з лівобережними районами, де живе близько 30 тисяч людей. Поки тривали роботи, мешканці їздили в об'їзд через сусіднє село, що додавало до пів години на дорогу.",
                "Міський голова Оксана Демченко сказала, що на мосту облаштували широкі тротуари та велосипедну доріжку. Підрядник дав п'ятирічну гарантію на виконані роботи.",
                "Наступного року місто планує відремонтувати ще два менші мости.",
                "Мешканці лівобережжя кажуть, що чекали на відкриття мосту з нетерпінням.",
            ],
        ),
    },
    "ro": {
        "ro_spital": (
            "Spitalul județean deschide o nouă secție de oncologie",
            [
                "Spitalul Județean de Urgență din Valea Morilor a deschis luni o nouă secție de oncologie, cu 48 de paturi și două săli de tratament pentru chimioterapie de zi. Investiția a costat 31 de milioane de lei.",
                "Până acum, pacienții din județ trebuiau să meargă pentru tratament la centre aflate la peste 150 de kilometri. Managerul spitalului, Corina Teodorescu, a spus că secția va putea trata aproximativ 4.000 de pacienți pe an.",
                "Spitalul a angajat șase medici oncologi, dintre care trei s-au întors din străinătate. Asociațiile de pacienți au salutat deschiderea secției, dar au cerut și un aparat nou de radioterapie.",
                "Consiliul județean a anunțat că va depune un proiect pentru finanțarea aparatului până la sfârșitul anului.",
                "Primele programări au fost deja făcute pentru săptămâna viitoare. Pacienții se pot înscrie la secția de ambulatoriu sau telefonic, iar spitalul a pregătit și un microbuz care va aduce bolnavii din comunele izolate la tratament de două ori pe săptămână. Medicii spun că diagnosticarea timpurie rămâne cea mai mare problemă a județului.",
            ],
        ),
    },
    "cs": {
        "cs_tramvaj": (
            "Nová tramvajová trať do Zálesí bude hotová v roce 2028",
            [
                "Stavba nové tramvajové trati do sídliště Zálesí začne v létě a potrvá dva a půl roku. Oznámil to v pondělí dopravní podnik. Trať bude dlouhá 3,4 kilometru a bude mít sedm zastávek.",
                "Sídliště s přibližně 18 tisíci obyvateli je nyní obsluhováno jen autobusy, které ve špičce jezdí přeplněné. Podle náměstka primátora Radka Šimánka zkrátí tramvaj cestu do centra zhruba o deset minut.",
                "Stavba bude stát 1,9 miliardy korun, většinu zaplatí evropské fondy. Obyvatelé ulice Lesní se obávají hluku a kácení stromů, dopravní podnik slíbil vysadit nové aleje.",
                "Během stavby budou některé autobusové linky odkloněny.",
                "Dopravní podnik zároveň připravuje nákup dvanácti nových nízkopodlažních tramvají, které budou na trati jezdit. Tendr na jejich dodávku bude vypsán na podzim. Obyvatelé sídliště mohou své připomínky k projektu podávat do konce dubna na radnici nebo elektronicky. Město plánuje u konečné zastávky vybudovat také parkoviště pro dvě stě aut a kryté stojany na kola.",
            ],
        ),
    },
    "hu": {
        "hu_viz": (
            "Új víztisztító épül a Berkesi-tó mellett",
            [
                "Új víztisztító telep épül a Berkesi-tó mellett, amely 2028-tól négy település ivóvízellátását biztosítja. A beruházás értéke 7,2 milliárd forint, a szerződést kedden írták alá.",
                "A térségben évek óta gondot okoz a magas vas- és mangántartalmú víz. Lakossági panaszok szerint a csapvíz gyakran barnás színű, és sokan palackos vizet vásárolnak.",
                "Kardos Ildikó polgármester azt mondta, hogy a telep elkészültével a víz minősége megfelel majd az uniós előírásoknak. Az építkezés idejére a szolgáltató ideiglenes víztartályokat állít fel.",
                "A kivitelező szerint a munkák a tavasz végén kezdődnek, és körülbelül két évig tartanak.",
                "A négy település, Berkes, Alsóréti, Mohácsd és Kisvarsány, összesen mintegy tizenkétezer lakosnak ad otthont. A beruházást nagyrészt uniós forrásból finanszírozzák, a fennmaradó részt az állam és az önkormányzatok állják. A szolgáltató ígérete szerint a vízdíjak a beruházás miatt nem emelkednek. A lakosok a munkálatokról egy lakossági fórumon kaphatnak részletes tájékoztatást.",
            ],
        ),
    },
    "hr": {
        "hr_trajekt": (
            "Nova trajektna linija povezat će Ližnjan i otok Sveti Frane",
            [
                "Od lipnja će trajekt četiri puta dnevno povezivati Ližnjan i otok Sveti Frane, objavila je u utorak agencija za obalni promet. Putovanje će trajati 35 minuta, a brod će primati do 60 automobila.",
                "Otočani su dosad putovali preko susjedne luke, što je put produljivalo za više od sat vremena. Načelnica općine, Marina Vukelić, rekla je da nova linija znači mnogo za mlade obitelji i za turizam.",
                "Država će liniju sufinancirati s 2,1 milijun eura godišnje. Ugostitelji na otoku očekuju više gostiju već ovoga ljeta, a lučka uprava uređuje novi gat.",
                "Zimski red plovidbe s dva polaska dnevno bit će objavljen u rujnu.",
                "Dosadašnja brodska linija za pješake nastavit će prometovati, ali samo tijekom ljetne sezone. Otočani se nadaju da će bolja veza zadržati mlade na otoku, gdje danas živi oko 900 stalnih stanovnika, upola manje nego prije trideset godina. Općina planira urediti i parkiralište uz novo pristanište te autobusnu vezu do središta mjesta.",
                "Karte će se moći kupiti i putem mobilne aplikacije.",
            ],
        ),
    },
    "sr": {
        "sr_fabrika": (
            "Fabrika u Podgorcima zapošljava 400 radnika",
            [
                "Nova fabrika auto-delova u industrijskoj zoni Podgorci zaposliće do kraja godine 400 radnika, saopšteno je u ponedeljak na otvaranju pogona. Investicija je vredna 38 miliona evra.",
                "Fabrika će proizvoditi kablovske instalacije za električne automobile. Direktor pogona Dragan Milovanović rekao je da je više od polovine radnika već primljeno i da je obuka počela pre dva meseca.",
                "Predsednik opštine Jelena Stanković izjavila je da je ovo najveća investicija u opštini u poslednjih dvadeset godina. Opština je izgradila pristupni put i novu trafostanicu.",
                "Uprava najavljuje i drugu fazu, koja bi mogla da donese još 200 radnih mesta.",
                "Radnici će raditi u tri smene, a fabrika je sa lokalnom srednjom stručnom školom potpisala ugovor o dualnom obrazovanju za elektrotehničare. Opština očekuje da će otvaranje pogona zaustaviti odlazak mladih iz ovog kraja. Sindikat je zatražio da plate budu iznad republičkog proseka za ovu granu industrije, a uprava je obećala razgovore krajem godine.",
                "Prvi proizvodi biće isporučeni u maju.",
            ],
        ),
    },
    "ko": {
        "ko_bus": (
            "해담시, 심야 버스 노선 6개 신설",
            [
                "해담시는 다음 달 1일부터 심야 버스 노선 6개를 새로 운행한다고 9일 밝혔다. 새 노선은 자정부터 새벽 4시까지 20분 간격으로 운행된다.",
                "시는 지난해 실시한 설문조사에서 응답자의 62%가 심야 교통 부족을 가장 큰 불편으로 꼽았다고 설명했다. 특히 야간 근무자가 많은 산업단지와 병원 주변 주민들의 요구가 컸다.",
                "시 교통정책과 관계자는 이용 실적을 분석해 노선을 조정할 계획이라고 말했다. 요금은 일반 버스와 같은 1천500원이다.",
                "시는 이번 사업에 연간 42억 원이 들 것으로 예상했다.",
                "심야 버스는 모두 저상 전기버스로 운행되며, 정류장마다 도착 예정 시간을 알려주는 안내판이 설치된다. 시는 승객 안전을 위해 모든 차량에 보안 카메라를 달고 운전기사 휴게 시간도 보장하기로 했다.",
                "시민들은 시 누리집과 교통 앱에서 노선도와 시간표를 확인할 수 있다. 시는 석 달 뒤 이용객 설문조사를 다시 실시해 결과를 공개할 예정이다.",
            ],
        ),
    },
    "ja": {
        "ja_kaido": (
            "旧街道の宿場町、空き家を宿泊施設に改修へ",
            [
                "若狭野町は10日、旧街道沿いの空き家12棟を改修し、宿泊施設として活用する計画を発表した。総事業費は約8億円で、2028年春の開業を目指す。",
                "町によると、宿場町の中心部では住宅の3割近くが空き家となっている。改修は地元の工務店が担い、伝統的な格子戸や土壁を残す方針だ。",
                "町長の村瀬千秋氏は「町並みを守りながら、若い世代の仕事をつくりたい」と話した。運営は町と地元企業が出資する会社が担当する。",
                "町は今月末に住民説明会を開く予定だ。",
                "計画では、宿泊施設のほかに地元の食材を使った食堂や土産物店も整備する。町は改修に国の補助金を活用し、地元の大学と連携して観光客の動向も調査する。住民の一部からは、観光客の増加による騒音や駐車場不足を心配する声も上がっている。",
                "説明会では、改修する建物の一覧や工事の日程も示される。",
            ],
        ),
    },
    "zh": {
        "zh_rail": (
            "東港鐵路支線明年復駛",
            [
                "交通部5日宣布，停駛八年的東港鐵路支線將於明年十月恢復營運，全線長21公里，設有6個車站，總經費約新台幣32億元。",
                "東港支線因乘客人數下滑及軌道老舊，於2018年停駛。地方人士多年來爭取復駛，認為可帶動沿線觀光並方便學生通勤。",
                "交通部表示，復駛後將採用新型電聯車，尖峰時段每30分鐘一班。沿線居民對噪音問題表示擔憂，交通部承諾在住宅區設置隔音牆。",
                "縣政府也將配合改善車站周邊的停車場與公車接駁。",
                "交通部指出，復駛初期每日將開行36班次，票價比照一般區間車。沿線的三所高中已表示，將調整上下課時間以配合班表。地方觀光業者也規劃推出結合鐵道與自行車的旅遊路線，希望吸引更多外地遊客。",
                "交通部並表示，將在今年底前完成全線軌道更新與號誌系統測試，並於通車前三個月進行試運轉。縣議員則呼籲交通部同步檢討沿線平交道的安全設施，避免事故發生。",
            ],
        ),
    },
    "sw": {
        "sw_maji": (
            "Wakazi wa Mbuyuni kupata maji safi baada ya miaka kumi",
            [
                "Wakazi wa kata ya Mbuyuni wilayani Pwani Kusini wataanza kupata maji safi ya bomba mwezi ujao, baada ya kukamilika kwa mradi wa maji uliogharimu shilingi bilioni 6.8, mamlaka ya maji ya wilaya ilisema Jumanne.",
                "Mradi huo unajumuisha visima vitatu virefu, tanki la lita milioni moja na mabomba yenye urefu wa kilomita 42. Unatarajiwa kuhudumia zaidi ya watu 24,000 katika vijiji saba ambavyo kwa miaka kumi vimekuwa vikitegemea maji ya visima vifupi na mabwawa.",
                "Mkurugenzi wa mamlaka hiyo, Bi. Rehema Mwakilema, alisema wanawake na watoto walikuwa wakitembea hadi kilomita sita kila siku kutafuta maji. Aliongeza kuwa kila kaya itaunganishwa kwa gharama nafuu na italipa kulingana na matumizi.",
                "Wazee wa kijiji cha Mbuyuni walisema magonjwa ya kuhara yalikuwa yakiwapata watoto mara kwa mara wakati wa kiangazi. Zahanati ya kijiji ilithibitisha kupungua kwa wagonjwa tangu majaribio ya mfumo yaanze mwezi uliopita.",
                "Mamlaka hiyo inapanga kujenga vituo vinne vya kuchotea maji kwa ajili ya wakazi wasio na uwezo wa kuunganishwa majumbani. Kazi hiyo inatarajiwa kukamilika kabla ya mwisho wa mwaka.",
            ],
        ),
    },
}

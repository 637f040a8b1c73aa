# ruff: noqa: E501, RUF001
"""Invented stories of the twenty-first blind set: (headline, paragraphs) by language and key.

Seven English stories from seven English-speaking regions (an avalanche closing the only highway
to an Idaho mountain town, a Co Down village flooded by its river, an island ferry out of service
in Newfoundland, a bushfire in Tasmania's north-west, cholera in Chitungwiza, a landslide on the
Karakoram Highway, floods in Johor's Segamat district) and one in each of fourteen other languages
(a mudslide in the Colca valley, the sea taking houses in Saint-Louis, a debris flow in
Carinthia's Mölltal, drought in the Algarve, a blizzard in Kamchatka, water cuts around
Kairouan, a forest fire in northern Miyazaki, a fishing-boat fire in Nanfang'ao, a landslide in
the Macerata hills, floods in Sidenreng Rappang, a tornado over Kumluca's greenhouses, snowmelt
floods around Kłodzko, the IJzer overflowing in the Westhoek, drought in Đắk Lắk's coffee
country), written as local news, regional portals and agency copy read. Names, places and
figures are made up or used only as settings; none of this prose is in the earlier sets
(build21.py checks).
"""

from __future__ import annotations

STORIES21: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "avalanche": (
            "Avalanche buries highway, cutting off Garnet Springs for second day",
            [
                "An avalanche that swept across State Highway 31 on Wednesday afternoon has left the mountain town of Garnet Springs without a road link to the rest of Idaho, and transportation officials said Thursday it could be the weekend before the route reopens.",
                "The slide came down from the east side of Tollgate Canyon about four miles south of town, burying roughly 300 yards of the highway under snow and broken timber as deep as 25 feet in places.",
                "No vehicles were caught, according to the Sawtell County Sheriff's Office, though a snowplow driver said he had passed the spot less than ten minutes before it ran.",
                '"You could hear it before you saw it. By the time the cloud settled, the trees on the far side of the road were just gone," said Wade Castleberry, who runs a fuel stop at the canyon mouth.',
                "Crews from the Idaho Transportation Department began clearing from the south end Thursday morning but stopped twice when forecasters warned of further slides on the slopes above.",
                "Garnet Springs, home to about 900 people, has one grocery store and a small clinic, and the county said it was arranging a helicopter for medical emergencies while the road is closed.",
                "The Sawtell County Avalanche Center rated the danger as high across the central mountains and urged backcountry skiers to stay off steep slopes until at least Saturday.",
            ],
        ),
        "flood": (
            "Homes evacuated as river bursts its banks in Drumkeel",
            [
                "Around 40 homes in the Co Down village of Drumkeel were evacuated overnight after the Owenmore River burst its banks following more than 24 hours of heavy rain.",
                "Firefighters used boats to help residents from houses on Mill Road and Bridge Street, where water rose above the level of front doors shortly after 2am on Thursday.",
                "The Department for Infrastructure said its staff had deployed more than 3,000 sandbags across the district and that several roads, including the main route to Newry, remained closed.",
                '"It came in under the door and then through the floorboards. Everything downstairs is ruined, and this is the second time in three years," said Siobhan McAteer, 58, who has lived on Mill Road all her life.',
                "A rest centre was opened at the village community hall, where volunteers served breakfast to families and the elderly residents of a nearby sheltered housing scheme.",
                "Local councillors said they would press Stormont for money to build flood defences along the river, a scheme first proposed after the 2023 floods but never funded.",
                "The Met Office said further rain was expected on Friday, though it was likely to be lighter than the downpours earlier in the week.",
            ],
        ),
        "ferry": (
            "Fennick Island ferry out of service for weeks after engine failure",
            [
                "The only ferry serving Fennick Island will be out of service for at least three weeks after a major engine failure, leaving about 1,100 residents dependent on a smaller replacement vessel that cannot carry trucks.",
                "The province's transportation department said Wednesday the MV Islander Spirit broke down on its morning crossing from Cottle's Harbour and had to be towed back to the wharf.",
                "A replacement part has been ordered from Europe, and engineers expect repairs to take until early April.",
                "\"We have fuel for the fish plant for maybe ten days. After that, I don't know what we do,\" said Gerald Pardy, who manages the island's crab processing plant.",
                "The relief vessel can carry 40 passengers and a handful of cars but not the fuel and freight trucks the island depends on, and it will run a reduced schedule of four round trips a day.",
                "Residents have complained for years about the age of the ferry, which entered service in 1989, and the town council said it would ask the province again for a firm date for its replacement.",
                "The department said it was looking at chartering a barge to move fuel and groceries across the tickle while the ferry is laid up.",
            ],
        ),
        "bushfire": (
            "Residents told to leave as bushfire burns out of control near Banksia Creek",
            [
                "Residents of Banksia Creek in Tasmania's north-west have been told to leave immediately as a bushfire burning through dry scrub and plantation forest moved within three kilometres of the town on Thursday afternoon.",
                "The Tasmania Fire Service said the blaze, which started on Tuesday in rugged country west of the town, had burnt more than 4,200 hectares and was not contained.",
                "Strong north-westerly winds and temperatures in the low thirties pushed the fire east across the Arthur Plains Road, which police closed to all traffic.",
                '"We loaded the dogs and the photo albums into the ute and left the rest. You could see the smoke column from the back step all morning," said Kerrie Lowther, who runs a dairy farm outside the town.',
                "An evacuation centre was opened at the Smithton recreation ground, and the council said about 150 people had registered there by late afternoon.",
                "Aircraft from interstate were helping ground crews protect homes on the western edge of town, and the fire service said it expected a difficult night as the wind changed direction.",
                "A total fire ban remains in place across the north-west until at least Saturday.",
            ],
        ),
        "cholera": (
            "Cholera cases climb in Chitungwiza as taps run dry",
            [
                "Health authorities have confirmed 64 cases of cholera and two deaths in Chitungwiza's Unit K and Unit M suburbs since the start of the month, as residents without running water turn to shallow wells.",
                "The Ministry of Health and Child Care said a treatment centre had been set up at the local polyclinic and that teams were going door to door to trace contacts and hand out water purification tablets.",
                "Residents say municipal taps in parts of the town have been dry for more than six weeks because of breakdowns at the pumping station that supplies it.",
                '"We queue at the borehole from four in the morning. When the line is too long, people take water from the wells, even when they know it is dirty," said Rudo Makoni, a mother of three in Unit K.',
                "Council officials said repairs to two pumps were under way and that water bowsers would be sent to the worst-affected streets in the meantime.",
                "The outbreak comes two years after a nationwide cholera epidemic that killed several hundred people, and health workers warned that the coming rains could spread the disease further.",
                "Schools in the two suburbs have been told to step up hand-washing, and vendors selling cooked food at the main bus terminus have been ordered to close until further notice.",
            ],
        ),
        "kkh": (
            "Landslide blocks Karakoram Highway, hundreds stranded in Gilgit-Baltistan",
            [
                "A landslide blocked the Karakoram Highway near the village of Sassi Bala on Thursday morning, stranding hundreds of travellers and dozens of goods trucks on both sides of the slide.",
                "Officials of the Gilgit-Baltistan Disaster Management Authority said boulders and mud covered about 150 metres of the road after a night of heavy rain loosened the mountainside.",
                "The Frontier Works Organisation sent heavy machinery to the site, but work was suspended twice in the afternoon as fresh debris continued to fall from the slopes above.",
                '"We have been sitting here since seven in the morning with no food shops nearby. The children are cold and the drivers say it may take two days," said Ikram Ullah, who was travelling to Hunza with his family.',
                "The district administration said tea and bread were being distributed to those stranded and that a nearby school had been opened for families to spend the night.",
                "Traders warned that a long closure would hit supplies of flour and fuel to upper Hunza and the border areas, where stocks were already low after a harsh winter.",
                "The Pakistan Meteorological Department has forecast more rain and snow in the region until Saturday and advised tourists to avoid travelling to the northern areas.",
            ],
        ),
        "johor": (
            "Thousands in relief centres as floods hit Segamat again",
            [
                "More than 4,300 people from 1,200 families were in relief centres in Segamat on Thursday after heavy rain pushed the Segamat and Muar rivers above danger level for the second time this year.",
                "The district disaster management committee said 23 temporary relief centres had been opened, most of them in schools and community halls, and that the number of evacuees was expected to rise overnight.",
                "Several stretches of the federal road between Segamat and Labis were closed to light vehicles, and rail services on the southern line were suspended as water covered the tracks near Kampung Sri Lalang.",
                '"We moved the fridge and the motorcycle upstairs last night, but the water came faster than in January. We left with only our documents," said Rosnah Abdul Karim, 47, at a relief centre in a secondary school.',
                "The Meteorological Department has issued a continuous rain warning for Johor until Saturday, and the Drainage and Irrigation Department said river levels were still rising in several areas.",
                "Traders in Segamat town said many had not yet recovered from the January floods, when hundreds of shops were damaged.",
                "The state government said it would give affected families immediate cash aid once the water had receded.",
            ],
        ),
    },
    "es": {
        "huaico": (
            "Huaico sepulta viviendas y corta la vía de acceso al valle del Colca",
            [
                "Un huaico de gran magnitud sepultó al menos doce viviendas y destruyó un tramo de la carretera que une Chivay con los distritos altos del valle del Colca, en la región Arequipa, tras las intensas lluvias de la noche del miércoles.",
                "Según el Centro de Operaciones de Emergencia Regional, el deslizamiento de lodo y piedras bajó por la quebrada de Huayrapampa poco antes de la medianoche y arrasó también un puente peatonal y varias hectáreas de cultivos.",
                "No se reportaron víctimas mortales, pero unas 60 familias resultaron damnificadas y fueron trasladadas a un albergue temporal instalado en el local comunal.",
                "«Escuchamos un ruido como de truenos y salimos corriendo con los niños. Cuando volvimos, la casa ya no estaba», relató Eulogia Condori, una de las afectadas.",
                "Maquinaria del gobierno regional trabaja para rehabilitar la vía, aunque las autoridades estiman que el tránsito podría tardar hasta cinco días en restablecerse por completo.",
                "El Senamhi mantiene la alerta naranja por lluvias de moderada a fuerte intensidad en la sierra de Arequipa hasta el sábado.",
                "Los agricultores de la zona piden que se declare en emergencia el distrito para acceder con rapidez a ayuda y semillas para la próxima campaña.",
            ],
        ),
    },
    "fr": {
        "houle": (
            "Saint-Louis : la houle emporte une dizaine de maisons sur la Langue de Barbarie",
            [
                "Une forte houle a détruit dans la nuit de mercredi à jeudi une dizaine de maisons du quartier de pêcheurs de Goxu Mbacc, sur la Langue de Barbarie, à Saint-Louis, laissant près de 150 personnes sans abri.",
                "Selon les sapeurs-pompiers, les vagues ont franchi la digue de protection provisoire vers deux heures du matin et envahi plusieurs concessions situées en bordure de plage.",
                "Aucune victime n'est à déplorer, mais de nombreuses familles ont perdu leurs effets personnels et leurs filets, emportés par la mer.",
                "« L'eau est entrée d'un coup, on a juste eu le temps de sortir les enfants. Nous n'avons plus rien », a confié Fatou Guèye, mère de cinq enfants.",
                "Les sinistrés ont été provisoirement accueillis dans une école du quartier, où la mairie a fait distribuer du riz, de l'eau et des nattes.",
                "Les habitants réclament depuis des années l'achèvement de la digue de protection côtière, dont les travaux ont pris du retard.",
                "La météo nationale prévoit une houle dangereuse de plus de deux mètres sur la Grande Côte jusqu'à samedi et déconseille toute sortie en mer. Plusieurs centaines de pirogues sont restées à quai jeudi matin.",
            ],
        ),
    },
    "de": {
        "mure": (
            "Mure verschüttet Landesstraße im Mölltal – Ortsteil abgeschnitten",
            [
                "Eine Mure hat in der Nacht auf Donnerstag die Landesstraße bei Steinwand im oberen Mölltal auf einer Länge von rund 80 Metern verschüttet und einen Ortsteil mit etwa 120 Bewohnern von der Außenwelt abgeschnitten.",
                "Nach Angaben der Bezirkshauptmannschaft Spittal an der Drau hatten starke Regenfälle und die Schneeschmelze den Hang oberhalb der Straße aufgeweicht.",
                "Verletzt wurde niemand, zwei Wohnhäuser mussten jedoch vorsorglich evakuiert werden, weil weiteres Material abzurutschen droht.",
                "„Es hat gedonnert wie bei einem Gewitter, und dann war die Straße einfach weg“, sagte ein Anrainer, der seit mehr als 40 Jahren in dem Ortsteil lebt.",
                "Ein Landesgeologe begutachtete den Hang am Vormittag per Hubschrauber und riet, die Räumungsarbeiten erst nach einer weiteren Untersuchung fortzusetzen.",
                "Die Versorgung des Ortsteils mit Lebensmitteln und Medikamenten erfolgt vorerst über einen Forstweg, der nur für Geländefahrzeuge befahrbar ist.",
                "Die Straße wird nach Einschätzung der Behörden frühestens Anfang kommender Woche wieder einspurig befahrbar sein. Für die Schulkinder des Ortsteils wurde ein Fahrdienst mit einem Allradbus eingerichtet.",
            ],
        ),
    },
    "pt": {
        "seca": (
            "Seca no Algarve: agricultores do Barlavento enfrentam novos cortes na água de rega",
            [
                "Os agricultores do perímetro de rega do Alvor vão receber este ano menos de metade da água a que têm direito, depois de a barragem da Bravura ter chegado ao fim do inverno com apenas 14% da sua capacidade.",
                "A decisão foi comunicada na quarta-feira pela associação de regantes, que justificou o corte com a falta de chuva e com a necessidade de garantir o abastecimento público durante o verão.",
                "Os produtores de citrinos e de abacate são os mais afetados, e vários dizem que terão de abandonar parte dos pomares para salvar o resto.",
                "«Tenho laranjeiras com trinta anos que vão secar. Não há dinheiro que pague isto», lamentou Joaquim Marreiros, agricultor em Odiáxere.",
                "O Governo anunciou em janeiro um pacote de medidas para a região, incluindo uma central de dessalinização e a reutilização de águas residuais tratadas, mas as obras só deverão estar concluídas dentro de alguns anos.",
                "Os municípios do Barlavento pediram aos moradores que reduzam o consumo doméstico e prometeram reforçar a fiscalização de rega de jardins e enchimento de piscinas.",
                "O Instituto Português do Mar e da Atmosfera indica que o inverno foi um dos mais secos de que há registo no sul do país.",
            ],
        ),
    },
    "ru": {
        "purga": (
            "Мощный циклон парализовал Петропавловск-Камчатский",
            [
                "Мощный циклон, пришедший на Камчатку в ночь на четверг, принёс сильный снегопад и метель с порывами ветра до 35 метров в секунду, движение в Петропавловске-Камчатском практически остановилось.",
                "По данным регионального управления МЧС, за сутки в краевом центре выпало более 40 сантиметров снега, на ряде улиц образовались заносы высотой до полутора метров.",
                "Занятия в школах отменены, детские сады работают в дежурном режиме, а аэропорт Елизово закрыт для приёма и отправки рейсов до улучшения погоды.",
                "«Я вышла из подъезда и не смогла дойти до остановки: снег по пояс, ничего не видно», — рассказала жительница улицы Океанской Галина Мельникова.",
                "На расчистку дорог выведено более 120 единиц техники, однако коммунальщики признают, что справиться с последствиями удастся не раньше выходных.",
                "Власти призвали жителей без крайней необходимости не выходить из дома и не оставлять автомобили вдоль дорог, чтобы не мешать работе снегоуборочной техники.",
                "Синоптики ожидают ослабления циклона к утру пятницы, однако в южных районах полуострова метель может продолжиться до субботы.",
            ],
        ),
    },
    "ar": {
        "miyah": (
            "انقطاع الماء الصالح للشرب عن قرى بمعتمدية الشبيكة منذ أسبوعين",
            [
                "يعاني سكان عدد من القرى التابعة لمعتمدية الشبيكة من ولاية القيروان من انقطاع متواصل للماء الصالح للشرب منذ أكثر من أسبوعين، في ظل تواصل موجة الجفاف التي تضرب البلاد.",
                "وأوضح المندوب الجهوي للفلاحة أن منسوب الآبار العميقة التي تزود المنطقة تراجع بشكل كبير، وأن إحدى المضخات الرئيسية تعطلت منذ بداية الشهر.",
                "ويضطر الأهالي إلى قطع مسافات طويلة لجلب الماء من العيون أو شرائه من الصهاريج بأسعار مرتفعة تفوق قدرة أغلب العائلات.",
                "وقالت إحدى المتساكنات: «نخرج مع الفجر بالدواب والقوارير، وأحيانا نعود دون قطرة ماء، والأطفال يذهبون إلى المدرسة دون أن يغسلوا وجوههم».",
                "وأكدت السلطات الجهوية أنه تم توجيه شاحنات صهاريج لتزويد القرى الأكثر تضررا، في انتظار إصلاح المضخة وحفر بئر جديدة خلال الأشهر القادمة.",
                "ويطالب الأهالي بحلول دائمة بعد أن تكررت الانقطاعات في الصيف الماضي، مهددين بالاحتجاج أمام مقر المعتمدية.",
                "وتشير أرقام رسمية إلى أن نسبة امتلاء السدود في البلاد لا تتجاوز حاليا ربع طاقتها.",
            ],
        ),
    },
    "ja": {
        "sanrin": (
            "延岡市北川町で山林火災　約１２０ヘクタール焼失、住民に避難指示",
            [
                "宮崎県延岡市北川町の山林で１１日午後に発生した火災は、１２日になっても延焼が続き、市によると同日夕までに約１２０ヘクタールが焼けた。",
                "市は火元に近い２地区の４８世帯１０２人に避難指示を出し、住民は地区の公民館や市の施設に身を寄せている。",
                "県は自衛隊に災害派遣を要請し、陸上自衛隊と県の防災ヘリが上空からの消火活動に当たったが、乾燥と強風で鎮火のめどは立っていない。",
                "避難した７０代の女性は「煙が山の向こうから見えて、あっという間に近づいてきた。家が無事か心配で眠れなかった」と話した。",
                "宮崎地方気象台によると、県北部では２月以降まとまった雨が降っておらず、乾燥注意報が続いている。",
                "警察と消防が出火原因を調べている。けが人は確認されていない。",
                "市は１３日朝から改めて被害状況を確認し、避難指示を続けるかどうか判断するとしている。現場近くの国道は通行止めが続いている。",
            ],
        ),
    },
    "zh": {
        "yuchuan": (
            "南方澳漁港深夜火警　3艘漁船延燒、消防急撲滅",
            [
                "宜蘭縣蘇澳鎮南方澳漁港11日深夜發生火警，一艘停泊在內埤碼頭的漁船起火後延燒至相鄰兩艘漁船，消防局出動17輛消防車、50多名人員，經約兩個半小時才將火勢撲滅。",
                "消防局表示，起火的漁船當時正在進行整修，船上沒有船員，另外兩艘漁船上的3名外籍漁工及時逃生，無人受傷。",
                "火勢一度猛烈，濃煙竄升數十公尺高，附近居民被焦味驚醒，紛紛到碼頭查看，警方也在港區外圍拉起封鎖線，管制車輛進出。",
                "一名在港邊經營漁具行的業者說：「整個天空都是紅的，還聽到好幾聲爆炸聲，大家都很緊張。」",
                "漁會指出，3艘漁船損失初估超過新台幣3000萬元，船東希望政府能協助申請補助。",
                "縣府漁業處表示，將會同港務單位檢討漁港消防設施，並要求船東整修時加強用電及焊接作業的安全管理。",
                "起火原因仍待火災調查科進一步鑑定，港區周邊道路已於12日清晨恢復通行，漁市場也照常營業。",
            ],
        ),
    },
    "it": {
        "frana": (
            "Frana sulla provinciale, isolata la frazione di Castel Sant'Ansovino",
            [
                "Una frana di grandi dimensioni si è staccata nella notte tra mercoledì e giovedì dal versante sopra la strada provinciale 77, nel Maceratese, isolando la frazione di Castel Sant'Ansovino dove vivono circa settanta persone.",
                "Sul posto sono intervenuti i vigili del fuoco, i tecnici della Provincia e la protezione civile comunale, che hanno interdetto la strada al traffico per un tratto di circa due chilometri.",
                "Secondo i primi rilievi, il movimento franoso ha interessato un fronte di una cinquantina di metri ed è stato provocato dalle piogge abbondanti degli ultimi giorni.",
                "«Siamo abituati alla neve, ma una cosa così non l'avevamo mai vista. Per fortuna a quell'ora non passava nessuno», ha raccontato un residente della frazione.",
                "Il sindaco ha firmato un'ordinanza per garantire il trasporto degli alunni e dei residenti più anziani attraverso una strada vicinale, percorribile solo con mezzi fuoristrada.",
                "La Provincia ha annunciato che i lavori di messa in sicurezza del versante partiranno appena le condizioni meteo lo consentiranno.",
                "La Regione ha chiesto lo stato di emergenza per diversi comuni dell'entroterra colpiti dal maltempo.",
            ],
        ),
    },
    "id": {
        "banjir": (
            "Banjir Rendam Ribuan Rumah di Sidenreng Rappang, Warga Mengungsi",
            [
                "Banjir merendam sedikitnya 2.300 rumah di empat kecamatan di Kabupaten Sidenreng Rappang, Sulawesi Selatan, setelah hujan deras mengguyur wilayah itu sejak Rabu sore hingga Kamis pagi.",
                "Badan Penanggulangan Bencana Daerah setempat mencatat ketinggian air mencapai satu hingga satu setengah meter di sejumlah desa yang berada di sekitar aliran Sungai Bila.",
                "Lebih dari 800 warga mengungsi ke masjid, sekolah, dan rumah kerabat yang berada di tempat lebih tinggi, sementara petugas menggunakan perahu karet untuk mengevakuasi lansia dan anak-anak.",
                '"Air naik cepat sekali sejak subuh. Kami hanya sempat menyelamatkan surat-surat penting," kata Hasnawati, warga Desa Tanete Rilau.',
                "Selain permukiman, banjir juga merendam sekitar 1.500 hektare sawah yang baru ditanami, sehingga petani terancam gagal panen.",
                "Pemerintah kabupaten telah mendirikan dapur umum dan posko kesehatan di beberapa titik pengungsian.",
                "BMKG memperkirakan hujan dengan intensitas sedang hingga lebat masih akan terjadi di wilayah Sulawesi Selatan hingga akhir pekan, sehingga warga di bantaran sungai diminta tetap waspada.",
            ],
        ),
    },
    "tr": {
        "hortum": (
            "Kumluca'da hortum: Yüzlerce dekar sera zarar gördü",
            [
                "Antalya'nın Kumluca ilçesinde sabah saatlerinde etkili olan hortum, yüzlerce dekar sera alanında büyük hasara yol açtı.",
                "İlçe Tarım ve Orman Müdürlüğü ekiplerinin ilk tespitlerine göre hortumdan 6 mahallede yaklaşık 420 dekar sera etkilendi, birçok seranın naylonu yırtıldı ve demir iskeletleri çöktü.",
                "Hortum sırasında bazı evlerin çatıları uçtu, elektrik direkleri devrildi ve bazı mahallelerde elektrik kesintisi yaşandı.",
                'Serası tamamen yıkılan üretici Hüseyin Kaya, "Domatesler hasat zamanındaydı. Bir dakika içinde her şey yerle bir oldu, emeğimiz gitti" dedi.',
                "Olayda yaralanan olmadığı bildirilirken, ekiplerin hasar tespit çalışmaları sürüyor.",
                "Kaymakamlık, zarar gören üreticilerin başvurularının mahalle muhtarlıkları aracılığıyla alınacağını açıkladı.",
                "Meteoroloji, bölgede kuvvetli sağanak ve fırtına uyarısının cuma akşamına kadar geçerli olduğunu bildirdi. Üreticiler, yeni bir fırtına öncesinde hasarlı seraların en azından naylonlarını yenilemek için zamanla yarıştıklarını belirtiyor.",
            ],
        ),
    },
    "pl": {
        "roztopy": (
            "Roztopy w Kotlinie Kłodzkiej. Podtopione domy i zamknięte drogi",
            [
                "Gwałtowne roztopy i intensywne opady deszczu spowodowały w czwartek podtopienia w kilku miejscowościach powiatu kłodzkiego, a stany ostrzegawcze przekroczyło pięć wodowskazów na Nysie Kłodzkiej i jej dopływach.",
                "Strażacy interweniowali ponad 90 razy, głównie przy wypompowywaniu wody z piwnic i zabezpieczaniu budynków workami z piaskiem.",
                "W gminie Bystrzyca Kłodzka zamknięto dwie drogi powiatowe, a w jednej z wsi ewakuowano mieszkańców trzech domów stojących najbliżej koryta rzeki.",
                "– Woda przyszła w nocy, w ciągu godziny piwnica była pełna. Pamiętam powódź sprzed lat i znowu się boimy – mówi pani Halina, mieszkanka Nowej Bystrzycy.",
                "Burmistrz zwołał posiedzenie sztabu kryzysowego i zapewnił, że gmina ma przygotowane miejsca noclegowe dla ewakuowanych.",
                "Hydrolodzy ostrzegają, że poziom wody może jeszcze rosnąć do piątku, ponieważ w górach wciąż topnieje gruba pokrywa śniegu.",
                "Wojewoda dolnośląski zapowiedział pomoc finansową dla poszkodowanych rodzin po oszacowaniu strat. Pierwsze wnioski mają być przyjmowane w urzędach gmin już od poniedziałku.",
            ],
        ),
    },
    "nl": {
        "ijzer": (
            "IJzer treedt buiten haar oevers in de Westhoek: weiden en wegen onder water",
            [
                "Na dagen van aanhoudende regen is de IJzer donderdag op verschillende plaatsen in de Westhoek buiten haar oevers getreden, waardoor honderden hectare weiland en enkele landbouwwegen onder water staan.",
                "De Vlaamse Waterweg liet de sluizen in Nieuwpoort bij elk laag tij maximaal openzetten om het water zo snel mogelijk naar zee af te voeren.",
                "In een deelgemeente van Lo-Reninge liep het water tot tegen enkele woningen, die de brandweer met zandzakjes beschermde.",
                '"Ik woon hier al zestig jaar en heb het zo hoog nog zelden gezien. De koeien staan al sinds dinsdag op stal", zegt een landbouwer uit de streek.',
                "Verschillende wegen tussen Diksmuide en Lo werden afgesloten voor alle verkeer, en de politie vraagt bestuurders om de omleidingen te volgen.",
                "Het Waterbouwkundig Laboratorium verwacht dat het peil pas tegen het weekend zal beginnen te dalen als er geen nieuwe zware buien vallen.",
                "De provincie West-Vlaanderen heeft de fase van gecoördineerd overleg afgekondigd voor de getroffen gemeenten. Landbouwers vrezen dat de weiden nog weken te nat blijven om er vee op te laten grazen.",
            ],
        ),
    },
    "vi": {
        "hanhan": (
            "Đắk Lắk: Hạn hán kéo dài, hàng nghìn ha cà phê thiếu nước tưới",
            [
                "Nắng nóng kéo dài cùng lượng mưa thấp từ đầu năm khiến hàng nghìn ha cà phê tại các huyện phía bắc tỉnh Đắk Lắk đang thiếu nước tưới nghiêm trọng.",
                "Theo Sở Nông nghiệp và Môi trường tỉnh, đến giữa tháng 3 đã có khoảng 4.500 ha cây trồng bị ảnh hưởng do hạn hán, trong đó phần lớn là cà phê đang trong giai đoạn ra hoa, đậu quả.",
                "Nhiều hồ chứa nhỏ đã cạn đến mực nước chết, người dân phải khoan giếng sâu hoặc thuê xe chở nước về tưới với chi phí cao.",
                '"Nhà tôi có hai ha cà phê, tưới được một nửa thì hết nước. Nếu không mưa trong nửa tháng tới thì coi như mất mùa", ông Y Blong Niê, một nông dân ở huyện Krông Búk cho biết.',
                "Chính quyền địa phương đã yêu cầu các đơn vị quản lý thủy lợi điều tiết nước hợp lý, ưu tiên nước sinh hoạt cho người dân.",
                "Ngành chức năng khuyến cáo nông dân không mở rộng diện tích tưới và áp dụng các biện pháp tưới tiết kiệm nước.",
                "Cơ quan khí tượng dự báo nắng nóng còn tiếp diễn đến cuối tháng 3 trên địa bàn Tây Nguyên.",
            ],
        ),
    },
}

# ruff: noqa: E501, RUF001
"""Invented stories of the third blind set: (headline, paragraphs) by language and key.

Names, places and figures are made up; none of this prose is in the earlier sets (build3.py checks).
"""

from __future__ import annotations

STORIES3: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "ferry_fares": (
            "Island ferry operator raises fares by 18 percent from April",
            [
                "The only ferry company serving the Marrow Islands will raise passenger fares by 18 percent from the first of April, blaming fuel costs and an ageing fleet that spent a combined 61 days in dry dock last year. A return ticket to the mainland will cost 46 dollars, up from 39.",
                "Residents of the four inhabited islands said the increase would fall hardest on pensioners and on the roughly 300 pupils who cross each day to the secondary school in Port Calder. The island council has asked the regional government to fund a discount card before the new prices take effect.",
                "Managing director Elspeth Rourke said the company had frozen prices for three years while diesel rose by more than a third. She said two replacement vessels were on order from a yard in Gdynia but would not arrive before the summer of 2028, and that the older boats were now costing more to insure than to run.",
                "The regional transport minister, Owen Pryce, said he would meet the operator next week. He did not rule out a subsidy but said any public money would come with conditions on reliability, including compensation for passengers whose crossings are cancelled at short notice.",
            ],
        ),
        "desal_plant": (
            "Coastal city approves desalination plant after two-year dispute",
            [
                "Councillors in Santa Brisa voted nine to four on Tuesday night to approve a seawater desalination plant on the northern headland, ending a two-year dispute that split fishermen, farmers and the city's tourism board. The plant is meant to supply a fifth of the city's drinking water by 2029.",
                "Opponents had argued that brine discharged from the plant would harm the sea-grass beds where much of the local catch spawns. The approved design moves the outfall 900 metres further offshore and adds diffusers that the engineers say will dilute the brine within a few metres of the pipe.",
                "The mayor, Lucía Arriaga, said the city had run out of alternatives after three dry winters left its two reservoirs below a third of capacity. Water has been rationed at night since October, and several hotels have trucked in supplies at their own cost to keep pools and laundries running.",
                "The plant will cost an estimated 212 million dollars, two thirds of it from a national drought fund. Construction is due to start in September. Fishermen's cooperative leader Tomás Ibarra said his members would appeal the decision, arguing that the monitoring plan gives them no say over when the outfall is shut down.",
            ],
        ),
        "teacher_strike": (
            "Teachers in northern province end six-week strike",
            [
                "Teachers in the northern province of Kellmoor returned to their classrooms on Monday after a six-week strike ended with a deal that raises salaries by 11 percent over two years and caps class sizes at 32 pupils in primary schools. About 14,000 teachers had walked out in late January.",
                "The agreement was reached after a nineteen-hour session brokered by a retired judge, Harriet Okafor, whom both sides had accepted as mediator. The union had initially sought 16 percent, while the provincial government had offered seven percent and no change to class sizes.",
                "Union president Dermot Vale told a rally outside the education ministry that the cap on class sizes mattered more to his members than the money. He said some rural schools had been teaching more than 40 children in a single room, with one textbook shared between three pupils.",
                "The province says it will hire 600 additional teachers to meet the new cap, a target that head teachers called ambitious given the shortage of graduates. Schools will run extra lessons on Saturdays until June so that final-year pupils can make up the time lost before their examinations.",
            ],
        ),
        "locust_swarm": (
            "Locust swarms reach farmland in three border districts",
            [
                "Swarms of desert locusts have reached farmland in three border districts of the Ostra plateau, where wheat is weeks away from harvest, the agriculture ministry said on Thursday. Spraying teams have treated about 23,000 hectares since the first swarms crossed the border nine days ago.",
                "Farmers in Kessem district said clouds of insects had stripped some fields bare in a single afternoon. One grower, Amina Dahl, said she had lost almost all of her barley and had begun cutting the remaining wheat early, accepting a lower price rather than risking the whole crop.",
                "The ministry has asked for two more spraying aircraft from a regional pest-control body and says it has enough pesticide for another three weeks. Officials warned that a second generation of hoppers could hatch in April if rains fall on the sandy soils along the border.",
                "Aid groups said families who lose their harvest will need food support through the summer. The government has promised compensation of up to 400 dollars per hectare for registered farmers, but many smallholders on the plateau farm land they do not formally own and may not qualify.",
            ],
        ),
        "chip_plant": (
            "Chipmaker delays opening of its second factory by a year",
            [
                "Velora Semiconductor will open its second factory in the Halden industrial park a year later than planned, the company said on Wednesday, citing a shortage of skilled technicians and delays in the delivery of lithography equipment. Production is now expected to begin in the first half of 2028.",
                "The plant, which received 1.4 billion euros in state aid, was meant to employ 2,100 people. Chief executive Nils Aberg said hiring would continue at a slower pace and that none of the 640 people already recruited would lose their jobs, though some would be sent for training abroad.",
                "Shares in the company fell nearly six percent in early trading before recovering part of the loss. Analysts said the delay was smaller than some investors had feared after a supplier warned last month that its order book was full until the end of next year.",
                "Local officials in Halden, who had built a new tram line and two housing blocks in anticipation of the factory, said they were disappointed but not surprised. Mayor Ingrid Solheim said the town would press the company to keep its commitment to fund a vocational college on the site.",
            ],
        ),
        "heatwave_power": (
            "Heatwave pushes electricity demand to a record as grid strains",
            [
                "Electricity demand in the Terran federation hit a record of 61.8 gigawatts on Sunday afternoon as temperatures above 44 degrees Celsius gripped the southern provinces for a fifth day, the grid operator said. Rolling cuts of up to two hours were imposed in eleven cities to keep the network stable.",
                "Hospitals and water pumping stations were exempted from the cuts, but residents of several tower blocks in the port city of Aldera said they had been without power or running water for most of the night. Local volunteers handed out bottled water at metro stations.",
                "The energy minister, Farida Kassem, said two gas-fired plants that had been down for maintenance would return to service by Wednesday and that imports from a neighbouring country had been doubled. She urged households to set air conditioners no lower than 26 degrees.",
                "Forecasters expect the heat to ease slightly from Tuesday, though temperatures will stay well above the seasonal average until the end of the week. Engineers' unions have warned for years that the network lacks the storage and transmission lines needed for the country's growing demand.",
            ],
        ),
        "museum_return": (
            "Museum agrees to return forty bronze artefacts to their country of origin",
            [
                "The Hallam Museum of World Cultures will return forty bronze plaques and figures to the kingdom of Oduwa, ending a claim that began more than two decades ago, its trustees announced on Friday. The objects were taken during a punitive expedition in 1897 and sold at auction in the years that followed.",
                "The museum's director, Philippa Grange, said research commissioned by the trustees had found no legitimate route by which the pieces could have left Oduwa. Ownership will pass to a national commission in April, and about half of the objects will remain on loan in Hallam for three years.",
                "Oduwa's culture minister, Kelechi Amadi, called the decision a belated act of justice and said the bronzes would be displayed in a new museum now being built beside the royal palace. He said his government was in talks with five other institutions in Europe and North America.",
                "Some curators warned that the loan arrangement could become a model for delaying returns indefinitely. The trustees said the three-year loan had been requested by the Oduwan side, which wants time to finish the new galleries and train conservators to care for the metalwork.",
            ],
        ),
    },
    "fr": {
        "tram_nantes": (
            "Le tramway de la métropole prolongé jusqu'à l'aéroport d'ici 2029",
            [
                "Le conseil métropolitain de Valmont a voté jeudi soir le prolongement de la ligne 3 du tramway jusqu'à l'aéroport, un chantier de 7,4 kilomètres estimé à 310 millions d'euros. Les travaux doivent commencer au printemps prochain pour une mise en service à l'automne 2029.",
                "Le tracé retenu longe l'ancienne voie ferrée de marchandises et comptera six nouvelles stations, dont une desservant la zone d'activités de la Croix-Blanche, où travaillent près de 9 000 salariés. Les riverains de la rue des Tanneurs ont obtenu que la ligne passe en tranchée couverte sur 400 mètres.",
                "L'opposition a dénoncé un projet surdimensionné et réclamé des bus à haut niveau de service, jugés moins coûteux. La présidente de la métropole, Hélène Guérin, a répondu que la fréquentation de l'aéroport avait dépassé cinq millions de passagers l'an dernier et que la navette actuelle était saturée aux heures de pointe.",
                "Les commerçants du centre-ville redoutent surtout les deux années de chantier prévues sur le boulevard de la Gare. La métropole promet une cellule d'indemnisation, un accès maintenu aux vitrines et des livraisons organisées tôt le matin pendant toute la durée des travaux.",
            ],
        ),
    },
    "es": {
        "olive_harvest": (
            "La cosecha de aceituna cae un 30 por ciento por la sequía en el sur",
            [
                "La cosecha de aceituna en la comarca de Sierra Alta caerá cerca de un 30 por ciento esta campaña por la sequía y las altas temperaturas de la primavera, según las primeras estimaciones de las cooperativas. Los agricultores calculan que se recogerán unas 180.000 toneladas, frente a las 260.000 del año pasado.",
                "En los pueblos de la sierra, muchos olivares de secano apenas han dado fruto. El presidente de la cooperativa de San Ginés, Rafael Cobos, explicó que algunos socios han decidido no cosechar porque el precio de la mano de obra supera el valor de la aceituna que queda en los árboles.",
                "La consejería de Agricultura ha anunciado ayudas de hasta 200 euros por hectárea para las explotaciones que hayan perdido más de la mitad de la producción. Las organizaciones agrarias consideran la cifra insuficiente y piden además un aplazamiento de las cuotas a la seguridad social para los trabajadores del campo.",
                "En las almazaras, la campaña será también más corta de lo habitual. Varias cooperativas han adelantado los turnos de molienda y prevén cerrar a finales de enero, casi dos meses antes que el año pasado, lo que dejará sin trabajo a buena parte de los temporeros de la comarca.",
            ],
        ),
    },
    "de": {
        "bridge_closure": (
            "Marode Talbrücke wird für den Schwerverkehr gesperrt",
            [
                "Die Talbrücke bei Hohenwald wird ab Montag für Lastwagen über 7,5 Tonnen gesperrt, nachdem Prüfer bei einer Sonderuntersuchung Risse in mehreren Spannbetonträgern gefunden haben. Täglich überqueren rund 11.000 Lastwagen das Bauwerk, das in den 1960er Jahren errichtet wurde.",
                "Die Umleitung führt über zwei Landstraßen und mehrere Ortsdurchfahrten, deren Bürgermeister bereits vor Staus und Lärm warnen. Der Bürgermeister von Kleinau, Bernd Hofmeister, sagte, seine Gemeinde sei auf eine solche Belastung nicht vorbereitet, und forderte Tempo 30 sowie zusätzliche Ampeln.",
                "Nach Angaben der Autobahngesellschaft soll ein Ersatzneubau frühestens 2031 fertig sein. Bis dahin werde die Brücke alle drei Monate untersucht, sagte eine Sprecherin. Die Industrie- und Handelskammer schätzt die Mehrkosten für Speditionen in der Region auf mehrere Millionen Euro pro Jahr.",
                "Auch der Busverkehr ist betroffen: Zwei Regionallinien, die bisher über die Brücke fuhren, müssen künftig einen Umweg von rund zwölf Kilometern nehmen. Der Verkehrsverbund kündigte an, die Fahrpläne zum Monatsende anzupassen und in den Hauptverkehrszeiten zusätzliche Fahrzeuge einzusetzen.",
            ],
        ),
    },
    "pt": {
        "dengue_wave": (
            "Casos de dengue triplicam e prefeitura instala tendas de hidratação",
            [
                "Os casos de dengue em Serra Dourada triplicaram nas primeiras dez semanas do ano em comparação com o mesmo período de 2025, segundo a secretaria municipal de saúde. Foram 8.420 notificações até sexta-feira, e a cidade instalou quatro tendas de hidratação junto às unidades de pronto atendimento.",
                "A secretária de saúde, Cláudia Menezes, afirmou que o bairro de Vila Esperança concentra quase um terço dos casos e que equipes de agentes de endemias passaram a visitar as casas também aos sábados. Segundo ela, a maior parte dos focos do mosquito foi encontrada em caixas d'água destampadas e em pneus velhos.",
                "A vacinação contra a dengue foi ampliada para adolescentes de dez a catorze anos, mas a procura ainda é baixa. O município espera receber mais 15 mil doses até o fim do mês e pretende levar postos de vacinação às escolas da rede pública a partir da próxima semana.",
                "Nos postos de saúde, a espera por atendimento chegou a seis horas em alguns dias da semana passada. A prefeitura contratou 40 profissionais temporários e ampliou o horário de funcionamento de duas unidades até as 22 horas, medida que deve valer pelo menos até o fim de abril.",
            ],
        ),
    },
    "it": {
        "harbour_dredging": (
            "Porto, via libera al dragaggio: lavori al via in autunno",
            [
                "Il comitato di gestione dell'autorità portuale di Capo Sereno ha approvato il progetto di dragaggio del canale d'accesso, che porterà i fondali da 12 a 15 metri e permetterà l'ingresso delle navi portacontainer di ultima generazione. L'investimento complessivo è di 84 milioni di euro.",
                "I lavori dovrebbero cominciare in autunno e durare circa diciotto mesi. I sedimenti, circa due milioni di metri cubi, saranno in parte riutilizzati per ampliare la banchina nord e in parte trattati in un impianto a terra, dopo le analisi richieste dall'agenzia regionale per l'ambiente.",
                "Il presidente dell'autorità portuale, Franco Dell'Aquila, ha detto che senza l'intervento il porto rischiava di perdere due linee di navigazione verso l'Asia. I pescatori chiedono invece garanzie sui periodi di fermo e un fondo per compensare le giornate di lavoro perse durante il cantiere.",
                "Le associazioni ambientaliste hanno chiesto che il monitoraggio delle acque sia affidato a un ente indipendente e che i risultati vengano pubblicati ogni settimana. L'autorità portuale ha risposto che i dati saranno consultabili online e che il cantiere si fermerà durante il periodo di riproduzione delle specie protette.",
            ],
        ),
    },
    "ar": {
        "bread_subsidy": (
            "الحكومة تعلن خطة جديدة لدعم الخبز في المحافظات الجنوبية",
            [
                "أعلنت وزارة التموين في جمهورية الوادي يوم الأحد خطة جديدة لدعم الخبز في المحافظات الجنوبية الخمس، تقضي بتوزيع بطاقات إلكترونية على نحو مليون ومئتي ألف أسرة بدلا من نظام الحصص الورقية المعمول به منذ عقدين. وقال الوزير سامي الحداد إن النظام الجديد سيبدأ العمل به في مطلع مايو.",
                "وتسمح البطاقة لكل فرد في الأسرة بالحصول على خمسة أرغفة يوميا بسعر مدعوم من أي مخبز مشارك في البرنامج. وأشار الوزير إلى أن الحكومة خصصت نحو تسعين مليون دولار لتجهيز المخابز بأجهزة الدفع وتدريب العاملين عليها خلال الأسابيع المقبلة.",
                "وأبدى عدد من أصحاب المخابز في مدينة الرمال قلقهم من تأخر صرف مستحقاتهم، مؤكدين أن الحكومة لم تسدد بعد فواتير الربع الأخير من العام الماضي. في المقابل، رحبت جمعيات أهلية بالخطة، معتبرة أنها ستحد من تسرب الدقيق المدعوم إلى السوق السوداء.",
            ],
        ),
    },
    "ur": {
        "canal_lining": (
            "نہری پانی کی چوری روکنے کے لیے نئی کمیٹی قائم",
            [
                "صوبائی محکمہ آبپاشی نے جنوبی اضلاع میں نہری پانی کی چوری روکنے کے لیے ایک نئی کمیٹی قائم کر دی ہے جو ہر ماہ اپنی رپورٹ وزیر اعلیٰ کو پیش کرے گی۔ سیکرٹری آبپاشی نوید اختر کے مطابق گزشتہ سال ٹیل کے کسانوں کو ان کے حصے کا صرف ساٹھ فیصد پانی مل سکا۔",
                "کمیٹی میں محکمہ آبپاشی، پولیس اور کسان تنظیموں کے نمائندے شامل ہوں گے اور وہ غیر قانونی موگھوں کے خلاف کارروائی کر سکے گی۔ کسان رہنما غلام رسول نے کہا کہ بااثر زمینداروں کے خلاف کارروائی کے بغیر کوئی کمیٹی کامیاب نہیں ہو سکتی اور ماضی میں بھی ایسی کوششیں کاغذوں تک محدود رہیں۔",
                "محکمے نے نہروں کی پختگی کے لیے ساڑھے چار ارب روپے کا منصوبہ بھی تیار کیا ہے جس کے تحت دو سو کلومیٹر طویل نہری نظام کو پختہ کیا جائے گا۔ حکام کا کہنا ہے کہ اس سے پانی کے ضیاع میں نمایاں کمی آئے گی اور ٹیل تک پانی پہنچانا آسان ہو گا۔",
            ],
        ),
    },
    "hi": {
        "metro_phase": (
            "मेट्रो के दूसरे चरण को मंजूरी, 2029 तक चलेगी नई लाइन",
            [
                "राज्य मंत्रिमंडल ने मंगलवार को शहर की मेट्रो परियोजना के दूसरे चरण को मंजूरी दे दी, जिसके तहत 21 किलोमीटर लंबी नई लाइन बनाई जाएगी। परियोजना पर करीब 9,800 करोड़ रुपये खर्च होने का अनुमान है और इसे 2029 तक पूरा करने का लक्ष्य रखा गया है।",
                "नई लाइन पुराने शहर को औद्योगिक क्षेत्र और विश्वविद्यालय परिसर से जोड़ेगी और इस पर कुल 17 स्टेशन होंगे। शहरी विकास मंत्री रमेश चंद्र ने कहा कि इससे रोजाना करीब चार लाख यात्रियों को फायदा होगा और मुख्य सड़कों पर जाम कम होगा।",
                "व्यापारियों के एक संगठन ने पुराने बाजार में भूमिगत स्टेशन के निर्माण के दौरान दुकानों को होने वाले नुकसान की भरपाई की मांग की है। मेट्रो निगम के अधिकारियों ने कहा कि निर्माण के दौरान वैकल्पिक रास्ते बनाए जाएंगे और प्रभावित दुकानदारों से अगले महीने बातचीत होगी।",
            ],
        ),
    },
    "id": {
        "flood_relocation": (
            "Pemkab Siapkan Relokasi Warga Bantaran Sungai yang Rawan Banjir",
            [
                "Pemerintah Kabupaten Lembah Hijau menyiapkan lahan seluas 12 hektare untuk merelokasi sekitar 640 keluarga yang tinggal di bantaran Sungai Cikaret, yang hampir setiap tahun dilanda banjir. Bupati Ahmad Fauzi mengatakan pembangunan rumah susun di lokasi baru akan dimulai pada bulan Juni.",
                "Menurut data Badan Penanggulangan Bencana Daerah, banjir pada Januari lalu merendam lebih dari 2.000 rumah dan memaksa hampir 5.000 warga mengungsi selama sepekan. Sebagian warga menyatakan bersedia pindah asalkan lokasi baru tidak jauh dari pasar dan tempat mereka bekerja.",
                "Ketua RW setempat, Dedi Supriadi, meminta pemerintah melibatkan warga dalam menentukan desain rumah dan besaran biaya sewa. Pemkab berjanji membebaskan biaya sewa selama dua tahun pertama serta menyediakan angkutan gratis menuju kawasan industri terdekat.",
                "Lahan relokasi berada sekitar empat kilometer dari permukiman lama dan saat ini masih berupa kebun warga yang akan dibeli pemerintah. Dinas Pekerjaan Umum menargetkan tahap pertama sebanyak 200 unit rumah susun dapat dihuni pada akhir tahun depan, sebelum musim hujan berikutnya tiba.",
            ],
        ),
    },
    "tr": {
        "earthquake_drill": (
            "Okullarda deprem tatbikatı: 1,2 milyon öğrenci katıldı",
            [
                "İlde bulunan tüm okullarda salı sabahı düzenlenen deprem tatbikatına yaklaşık 1,2 milyon öğrenci ve 90 bin öğretmen katıldı. Saat 10.00'da çalan sirenle birlikte öğrenciler sıraların altına geçti, ardından sınıflar belirlenen toplanma alanlarına tahliye edildi.",
                "İl Milli Eğitim Müdürü Serkan Aydın, tahliyenin okulların büyük bölümünde dört dakikanın altında tamamlandığını söyledi. Aydın, bazı eski binalarda merdivenlerin dar olması nedeniyle sürenin uzadığını ve bu okullar için yeni tahliye planları hazırlanacağını belirtti.",
                "Tatbikat kapsamında itfaiye ve sağlık ekipleri de seçilen on iki okulda kurtarma senaryoları uyguladı. Veliler ise okul binalarının depreme dayanıklılık raporlarının kamuoyuyla paylaşılmasını istedi; valilik raporların nisan ayında internet sitesinde yayımlanacağını açıkladı.",
                "Tatbikatın ardından okul yöneticileri, eksik görülen konuları içeren raporlarını bir hafta içinde il müdürlüğüne iletecek. Raporlarda özellikle acil çıkış kapılarının kilitli tutulması, toplanma alanlarının yetersizliği ve engelli öğrencilerin tahliyesi gibi konuların ele alınması bekleniyor.",
            ],
        ),
    },
    "ru": {
        "river_ice": (
            "На реке Северянке начали взрывать лёд, чтобы избежать паводка",
            [
                "Спасатели начали подрывать лёд на реке Северянке выше города Каменск, чтобы не допустить образования заторов во время весеннего ледохода. По словам главы районной администрации Андрея Белова, толщина льда в этом году достигает 90 сантиметров, что почти на треть больше обычного.",
                "В зоне возможного подтопления находятся около 1 400 домов в трёх сёлах. Жителей попросили заранее перенести ценные вещи на верхние этажи и подготовить документы. В школе села Ключи развернут пункт временного размещения на 300 человек.",
                "Синоптики ожидают резкого потепления в конце следующей недели. Специалисты МЧС предупредили, что при быстром таянии снега уровень воды может подняться на три метра за сутки, и призвали рыбаков не выходить на лёд.",
            ],
        ),
    },
    "ja": {
        "rural_bus": (
            "路線バス３路線が廃止へ　運転手不足で町がデマンド交通導入",
            [
                "山里町を走る路線バス３路線が、運転手不足を理由に９月末で廃止されることが分かった。運行するみどり交通によると、この２年間で運転手が１２人退職し、新たな採用は３人にとどまった。町は代わりに予約制のデマンド交通を導入する方針だ。",
                "廃止される路線は、町役場と駅を結ぶ便のほか、高齢者の利用が多い病院行きの便も含まれる。町内の７０代の女性は「通院にはバスしか手段がない。予約の仕方が分からない人も多いのではないか」と不安を口にした。",
                "町の担当者は、デマンド交通は電話でもアプリでも予約でき、運賃は一律３００円とする予定だと説明した。町は来月から各地区で説明会を開き、８月に試験運行を始める。",
                "みどり交通は、残る路線についても運行本数を見直す考えを示している。同社の担当者は「運転手の確保は業界全体の課題で、賃金を上げても応募が少ない」と話し、近隣の町と共同で運転手を育成する仕組みづくりを求めた。",
            ],
        ),
    },
    "ko": {
        "housing_lottery": (
            "공공임대주택 청약 경쟁률 역대 최고…청년층 몰려",
            [
                "올해 첫 공공임대주택 청약에서 평균 경쟁률이 84대 1을 기록해 역대 최고치를 경신했다. 한빛시 도시공사에 따르면 지난주 마감한 청약에는 1,200가구 모집에 10만 명이 넘게 신청했으며, 신청자의 절반 이상이 20~30대 청년층이었다.",
                "전용면적 36제곱미터 소형 주택의 경쟁률은 200대 1을 넘었다. 도시공사 관계자는 전월세 가격이 오르면서 임대료가 시세의 절반 수준인 공공임대에 수요가 몰린 것으로 분석했다.",
                "시민단체들은 공급 물량이 수요에 크게 못 미친다며 공공임대 비율을 높여야 한다고 주장했다. 한빛시는 내년까지 3,000가구를 추가로 공급하고 청년 전용 물량을 늘리겠다고 밝혔다.",
                "당첨자 발표는 다음 달 15일이며, 계약은 5월부터 진행된다. 도시공사는 이번 청약에서 소득 기준을 초과한 신청자가 많았다며, 서류 검증 과정에서 부적격자가 대거 걸러질 것으로 예상했다. 탈락자에게는 하반기 추가 모집 때 가점을 주는 방안도 검토하고 있다.",
            ],
        ),
    },
    "sw": {
        "maize_prices": (
            "Bei ya mahindi yapanda maradufu katika masoko ya mkoa",
            [
                "Bei ya mahindi katika masoko ya mkoa wa Pwani Kaskazini imepanda karibu maradufu katika kipindi cha miezi mitatu, huku gunia la kilo 90 likiuzwa kwa shilingi 120,000 kutoka 65,000 mwezi Desemba. Wafanyabiashara wanasema mvua chache za vuli zilipunguza mavuno katika wilaya nne.",
                "Mama Zawadi Hamisi, anayeuza unga katika soko la Mwembeni, alisema wateja wake wengi sasa wananunua nusu kilo badala ya kilo nzima. Alisema familia nyingi zimeanza kula mlo mmoja kwa siku ili kubana matumizi hadi mavuno yajayo.",
                "Serikali ya mkoa imesema itafungua maghala ya akiba ya chakula na kuuza mahindi kwa bei nafuu kuanzia wiki ijayo. Afisa kilimo wa mkoa, Juma Mzee, aliwashauri wakulima kupanda mbegu zinazostahimili ukame katika msimu ujao wa masika.",
                "Wafanyabiashara wa nafaka wamesema bei huenda ikaendelea kupanda hadi mwezi Juni, kwa kuwa mahindi kutoka mikoa jirani pia yamepungua. Baadhi ya shule za bweni zimeanza kubadilisha vyakula vya wanafunzi, zikitumia mihogo na viazi vitamu badala ya ugali kwa siku kadhaa kila wiki.",
            ],
        ),
    },
}

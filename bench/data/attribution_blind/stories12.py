# ruff: noqa: E501, RUF001
"""Invented stories of the twelfth blind set: (headline, paragraphs) by language and key.

Three English stories and one in each of twelve other languages, written as local and regional
news reads (figures attributed, officials and residents quoted by name). Names, places and
figures are made up; none of this prose is in the earlier sets (build12.py checks).
"""

from __future__ import annotations

STORIES12: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "ferry": (
            "Tolland Sound ferry to run year-round again after county vote",
            [
                "The passenger ferry between Port Ellery and Gannet Island will run through the winter for the first time since 2019, after county commissioners voted 4-1 on Tuesday to cover a $1.2 million gap in its budget.",
                "About 640 people live on the island year-round, and many of them lost their only direct link to the mainland each November when the service shut down for the season.",
                "\"My mother missed three dialysis appointments last winter because the water taxi couldn't cross,\" said Dena Whitcombe, who spoke at the meeting on behalf of the island's residents' association.",
                "The county will lease a second, smaller vessel from a shipyard in Harwick until a new hybrid ferry, ordered last year, is delivered in 2028.",
                "Commissioner Lyle Prentiss, who cast the only vote against the plan, said the money should have come from higher summer fares paid by tourists rather than the general fund.",
                'Island businesses expect the change to help them stay open past October. "We have always closed when the boat stopped," said Ivo Marchetti, who runs the island\'s only grocery and cafe.',
                "Winter crossings will start on Dec. 1, with four round trips a day. Fares will stay at $6 for adults and $3 for students and seniors.",
            ],
        ),
        "maternity": (
            "Brannock County hospital to close its maternity ward, sending births 50 miles away",
            [
                "Brannock Regional Hospital will stop delivering babies at the end of May, leaving expectant mothers in the county a drive of nearly an hour to the nearest labor and delivery unit.",
                "Hospital administrators said the unit handled 212 births last year, down from more than 400 a decade ago, and that they had been unable to hire a third obstetrician for two years.",
                '"We cannot staff a unit safely around the clock with the people we have," chief executive Marian Oduya told the hospital board on Thursday evening.',
                "Nurses who work on the ward will be offered jobs in the emergency department or at the hospital's outpatient clinic, according to a letter sent to staff.",
                'Local midwife Careen Holloway said she worried about women who go into labor quickly or who have no car. "Some of my patients live on gravel roads twenty minutes from the highway," she said.',
                "The hospital plans to keep prenatal and postpartum visits in Brannock and will train emergency staff for unplanned deliveries. A public forum is scheduled for April 9 at the county fairgrounds.",
            ],
        ),
        "grainfire": (
            "Fire destroys historic grain elevator in Marlow Junction",
            [
                "A fire that started late Sunday night destroyed the 90-year-old wooden grain elevator in Marlow Junction, sending flames more than 100 feet into the air and forcing about 30 nearby homes to be evacuated.",
                "Firefighters from six departments fought the blaze for almost nine hours. No one was injured, said Marlow Junction Fire Chief Ross Tenney, but the building could not be saved.",
                "The elevator, owned by the Prairie Union farmers' cooperative, held roughly 180,000 bushels of corn and soybeans at the time, according to the cooperative's general manager, Alisha Brandt.",
                "State fire investigators were expected on the scene Monday. Tenney said grain dust and an electrical fault were among the possible causes but that it was too early to say.",
                'Residents who returned to their homes on Monday morning described ash falling like snow over the town\'s main street. "It was the tallest thing for miles, you could see it from the interstate," said Harold Vesey, 74.',
                "The cooperative said farmers would be paid for the grain that was lost and that deliveries would be sent to its terminal in Daleford until further notice.",
            ],
        ),
    },
    "es": {
        "mercado": (
            "El mercado de abastos de Torrebaja reabre tras dos años de obras",
            [
                "El mercado municipal de abastos de Torrebaja volvió a abrir sus puertas este sábado después de casi dos años cerrado por unas obras de rehabilitación que costaron 4,3 millones de euros.",
                "De los 38 puestos que tenía el edificio antes del cierre, 29 han vuelto a abrir, y el ayuntamiento ha adjudicado otros seis a jóvenes comerciantes que se estrenan en el oficio.",
                "«Hemos aguantado vendiendo en una carpa en la plaza, con frío y con calor, pero ha merecido la pena», contó Asunción Villalta, que regenta una pescadería desde hace 27 años.",
                "La reforma ha sustituido la cubierta de uralita por una de madera y cristal, y ha añadido un espacio de restauración con doce mesas en la planta alta.",
                "Los comerciantes pagarán durante el primer año la mitad del alquiler habitual, una rebaja que el pleno aprobó por unanimidad para compensar los meses de ventas perdidas en la carpa.",
                "El concejal de Comercio, Baltasar Ordóñez, reconoció que las obras se retrasaron siete meses por problemas con la cimentación.",
                "El mercado abrirá de lunes a sábado de ocho de la mañana a tres de la tarde, y los viernes también por la tarde hasta las nueve.",
            ],
        ),
    },
    "de": {
        "buslinie": (
            "Kreis Hohenau streicht drei Buslinien – Dörfer fühlen sich abgehängt",
            [
                "Der Kreistag von Hohenau hat am Montag beschlossen, drei Buslinien im südlichen Kreisgebiet zum Fahrplanwechsel im Juni einzustellen und durch einen Rufbus zu ersetzen.",
                "Betroffen sind rund 4.500 Einwohner in elf Dörfern, darunter viele Schülerinnen und Schüler, die bisher mit der Linie 614 zum Gymnasium nach Hohenau fahren.",
                "Landrat Eberhard Wintermantel verteidigte die Entscheidung: Die Busse seien außerhalb der Schulzeiten oft mit nur zwei oder drei Fahrgästen unterwegs gewesen.",
                "Der Rufbus soll zwischen sechs und 21 Uhr fahren und muss mindestens eine Stunde vorher per Telefon oder App bestellt werden.",
                "Der Ortsvorsteher von Kleinwerda, Jürgen Pfisterer, hält das für einen Rückschritt. „Ältere Leute rufen keinen Bus per App“, sagte er.",
                "Nach Angaben der Kreisverwaltung kostet der Betrieb der drei Linien derzeit rund 1,1 Millionen Euro im Jahr, der Rufbus soll mit etwa der Hälfte auskommen.",
                "Für die Schulbusse will der Kreis eine eigene Lösung finden. Eine Elterninitiative hat bereits 1.800 Unterschriften gegen die Pläne gesammelt.",
            ],
        ),
    },
    "fr": {
        "cantine": (
            "À Montbrizon, la cantine scolaire passe au tout bio et local",
            [
                "Les 640 élèves des écoles de Montbrizon mangent depuis lundi des repas entièrement préparés avec des produits bio, dont plus de la moitié viennent de fermes situées à moins de 50 kilomètres.",
                "La commune a repris en régie la cuisine centrale, jusque-là confiée à un prestataire privé, et embauché deux cuisiniers supplémentaires.",
                "Le coût d'un repas passe de 3,90 à 4,60 euros, mais la mairie a décidé de ne pas répercuter la hausse sur les familles, a indiqué l'adjointe aux affaires scolaires, Hélène Castagnac.",
                "Une dizaine d'agriculteurs du canton se sont engagés à fournir légumes, fromages et viande de bœuf toute l'année, selon un calendrier établi avec la cuisinière en chef.",
                "« Les enfants reconnaissent maintenant les carottes de chez Bastide », plaisante Mathurin Delpech, maraîcher à Saint-Genès, qui livre la cuisine deux fois par semaine.",
                "Un premier bilan est prévu à la fin de l'année scolaire, notamment sur le gaspillage alimentaire, que la commune espère réduire d'un tiers.",
            ],
        ),
    },
    "pt": {
        "ponte": (
            "Ponte sobre o rio Jacaré é liberada após oito meses de interdição",
            [
                "A ponte sobre o rio Jacaré, que liga os municípios de Serra Alta e Vargem do Sul, foi liberada ao tráfego nesta sexta-feira depois de oito meses interditada por causa de rachaduras nos pilares.",
                "Durante a interdição, motoristas tiveram de fazer um desvio de 47 quilômetros por estrada de terra, e o transporte escolar chegou a ser suspenso em dias de chuva.",
                "Segundo o departamento estadual de estradas, a obra custou R$ 6,8 milhões e incluiu o reforço de quatro pilares e a troca de todo o asfalto da pista.",
                "“Foi uma luta. O caminhão do leite atrasava todo dia e a gente perdia produção”, disse o produtor rural Geraldo Tomazini, de Vargem do Sul.",
                "Comerciantes de Serra Alta calculam que o movimento nas lojas caiu quase um terço durante a interdição, porque os moradores do outro lado do rio deixaram de fazer compras na cidade.",
                "O engenheiro responsável, Márcio Albuquerque, afirmou que a estrutura será monitorada por sensores durante o primeiro ano.",
                "Caminhões com mais de 45 toneladas continuam proibidos de atravessar a ponte até a conclusão dos testes de carga, previstos para maio.",
            ],
        ),
    },
    "ru": {
        "poliklinika": (
            "В Верхнеозёрске после ремонта открылась детская поликлиника",
            [
                "Детская поликлиника в Верхнеозёрске в понедельник снова начала принимать пациентов после капитального ремонта, который длился полтора года.",
                "На время ремонта приём вели в двух кабинетах взрослой больницы, и родителям приходилось ждать очереди к педиатру по нескольку часов.",
                "В обновлённом здании заменили кровлю, окна и инженерные сети, установили лифт и новый рентгеновский аппарат. Работы обошлись в 87 миллионов рублей.",
                "«Наконец у нас есть отдельный вход для детей с температурой», — рассказала главный врач Галина Шестакова.",
                "По её словам, в поликлинику пришли работать два молодых педиатра из областного центра, которым район выделил служебные квартиры.",
                "Запись к врачам открыта по телефону регистратуры и через портал госуслуг.",
            ],
        ),
    },
    "zh": {
        "gongjiao": (
            "青溪县开通首条城乡公交环线 覆盖十二个行政村",
            [
                "青溪县首条城乡公交环线于周一正式开通，线路全长46公里，途经十二个行政村，沿线约两万名村民出行将更加方便。",
                "据县交通运输局介绍，环线共投入八辆新能源公交车，首班车早上六点发车，末班车晚上七点，每半小时一班，全程票价两元。",
                "此前，不少村民进城看病或赶集需要先步行到国道边等车，遇到雨天十分不便。部分偏远村庄的老人一年只进城两三次。",
                "“以前去县医院要换两趟车，现在门口就能坐上公交。”家住石门村的村民周桂兰说。",
                "记者在首发仪式现场看到，不少老人早早来到站台等候，有的还带着自家种的蔬菜准备进城售卖。公交车内设有老年人专座，并配备了方便轮椅上下的踏板。",
                "县交通运输局局长黄建明表示，下一步将根据客流情况调整班次，并考虑在学校周边增设站点。",
                "据悉，青溪县计划年底前再开通两条城乡公交线路。",
            ],
        ),
    },
    "ja": {
        "hoikuen": (
            "北浦町、閉園予定の保育園を存続へ　町が運営引き継ぐ",
            [
                "北浦町は、来年3月で閉園予定だった町内唯一の私立保育園について、町が運営を引き継いで存続させる方針を明らかにした。",
                "保育園を運営する社会福祉法人は、保育士不足と園舎の老朽化を理由に閉園を決めていたが、保護者らが存続を求める署名約2800筆を町に提出していた。",
                "町によると、現在の園児は41人。園舎の改修費として約1億2千万円を来年度予算に計上する。",
                "森田和也町長は記者会見で「子育て世代が町を離れる理由をつくってはいけない」と述べた。",
                "町は保育士の処遇改善のため、現在の職員全員を町の会計年度任用職員として雇用する考えで、給与は法人時代より平均で月2万円ほど上がる見通しだという。",
                "保護者会の佐野美穂代表は「ほっとした。子どもたちが同じ先生と過ごせるのがうれしい」と話した。",
                "町は今後、保育士の確保に向けて家賃補助などの支援策を検討する。",
            ],
        ),
    },
    "ar": {
        "tahliya": (
            "افتتاح محطة لتحلية مياه البحر في مدينة الخيران الساحلية",
            [
                "افتتحت بلدية مدينة الخيران الساحلية يوم الأحد محطة جديدة لتحلية مياه البحر بطاقة إنتاجية تبلغ 24 ألف متر مكعب يومياً، تكفي لتغطية احتياجات نحو 90 ألف نسمة.",
                "وقال رئيس البلدية سالم الدرمكي إن المحطة ستنهي انقطاعات المياه المتكررة التي عانى منها سكان الأحياء الشرقية خلال فصل الصيف الماضي.",
                "وبلغت تكلفة المشروع نحو 48 مليون دولار، وتعمل المحطة جزئياً بالطاقة الشمسية من خلال ألواح مثبتة على مساحة ستة هكتارات.",
                "وقالت المهندسة هالة الشامسي، مديرة المشروع، إن المحطة صممت بحيث يمكن مضاعفة طاقتها خلال خمس سنوات إذا ارتفع الطلب.",
                "وأعرب عدد من السكان عن ارتياحهم، مشيرين إلى أنهم كانوا يشترون المياه بالصهاريج بأسعار مرتفعة.",
                "ومن المقرر أن تبدأ المرحلة الثانية من المشروع، التي تشمل مد خطوط جديدة إلى القرى المجاورة، في شهر سبتمبر المقبل.",
            ],
        ),
    },
    "it": {
        "funivia": (
            "Riapre la funivia del Monte Corvaro dopo quattro anni di stop",
            [
                "È tornata in funzione sabato la funivia che collega Valdorsa alla cima del Monte Corvaro, ferma da quattro anni per la revisione generale imposta dalla legge e per un contenzioso con la ditta costruttrice.",
                "Nel primo giorno sono saliti più di 1.300 passeggeri, molti dei quali residenti della valle che ricordavano le gite in cabina da bambini.",
                "I lavori sono costati 5,2 milioni di euro, coperti per due terzi dalla Regione. Sono state sostituite le funi, le cabine e l'impianto elettrico delle due stazioni.",
                "«Per Valdorsa la funivia è lavoro per albergatori, rifugi e maestri di sci», ha detto il sindaco Gianluca Tessaro.",
                "Durante la chiusura gli albergatori della valle hanno stimato un calo delle presenze di quasi il 40 per cento nei mesi estivi, quando la funivia portava in quota escursionisti e famiglie.",
                "Il biglietto di andata e ritorno costa 18 euro, ridotto a 10 per i residenti e gli under 14.",
                "Da giugno l'impianto sarà aperto anche la sera del venerdì per le visite all'osservatorio astronomico in vetta.",
            ],
        ),
    },
    "id": {
        "pasar": (
            "Pasar Terapung Sungai Keruh Kembali Dibuka Setelah Direvitalisasi",
            [
                "Pasar terapung di Sungai Keruh, Kecamatan Muara Lintang, kembali dibuka pada Minggu pagi setelah direvitalisasi selama enam bulan dengan anggaran Rp 3,8 miliar.",
                "Sebanyak 86 pedagang perahu kembali berjualan sayur, ikan, dan kue tradisional di dermaga baru yang dibangun pemerintah kabupaten.",
                "Kepala Dinas Perdagangan setempat, Hendra Saputra, mengatakan dermaga lama sudah lapuk dan berbahaya bagi pengunjung. Tahun lalu dua pengunjung sempat tercebur ke sungai karena papan dermaga patah.",
                '"Dulu pembeli harus melompat dari perahu ke papan kayu. Sekarang lebih aman," kata Siti Aminah, pedagang kue yang sudah berjualan selama 30 tahun.',
                "Selain dermaga, pemerintah juga membangun toilet umum, tempat parkir, dan gazebo bagi pengunjung yang ingin menikmati sarapan di tepi sungai. Pedagang tidak dipungut biaya sewa selama tiga bulan pertama.",
                "Pemerintah kabupaten berharap pasar terapung bisa menarik wisatawan, terutama saat libur sekolah.",
                "Pasar buka setiap hari mulai pukul lima hingga sembilan pagi.",
            ],
        ),
    },
    "tr": {
        "kutuphane": (
            "Karaağaç'ta 100 yıllık konak halk kütüphanesine dönüştürüldü",
            [
                "Karaağaç ilçesinde yaklaşık yüz yıllık tarihi bir konak, iki yıl süren restorasyonun ardından halk kütüphanesi olarak cumartesi günü kapılarını açtı.",
                "Belediyeye ait konakta 22 bin kitap, çocuklar için bir okuma salonu ve öğrencilerin gece yarısına kadar çalışabileceği bir etüt odası bulunuyor.",
                "Belediye Başkanı Necati Özdemir, restorasyon için 14 milyon lira harcandığını ve binanın özgün ahşap tavanlarının korunduğunu söyledi.",
                'Üniversite sınavına hazırlanan Elif Korkmaz, "Evde çalışacak sessiz bir yerim yoktu, artık her akşam buradayım" dedi.',
                "Konağın bahçesine yaz aylarında açık hava okuma etkinlikleri için bir sahne kurulacak. İlk etkinliğin, ilçede yaşayan yazarların katılımıyla haziran ayında yapılması planlanıyor.",
                "Kütüphaneye kitap bağışında bulunmak isteyenlerin belediyenin kültür müdürlüğüne başvurması gerekiyor.",
                "Kütüphane hafta içi her gün saat 08.00 ile 24.00 arasında, hafta sonları ise 10.00 ile 20.00 arasında açık olacak.",
            ],
        ),
    },
    "ko": {
        "yeogaekseon": (
            "남해 동섬 여객선, 내달부터 하루 네 차례로 증편",
            [
                "남해 동섬을 오가는 여객선이 다음 달부터 하루 두 차례에서 네 차례로 늘어난다.",
                "군은 선사와 협약을 맺고 운항 손실금 일부를 지원하기로 했으며, 이를 위해 올해 예산 3억 2천만 원을 편성했다고 밝혔다.",
                "동섬에는 180여 명의 주민이 살고 있으며, 이 가운데 절반 이상이 65세 이상 고령자다. 주민들은 그동안 병원 진료나 장보기를 위해 육지에 나가면 하룻밤을 묵어야 하는 경우가 많았다.",
                '주민 김순자 씨는 "이제 아침에 나가서 저녁에 돌아올 수 있게 됐다"며 반겼다.',
                "선사 측은 증편에 맞춰 승선 정원 120명 규모의 새 여객선을 투입하고, 휠체어 이용 승객을 위한 경사로도 설치할 예정이라고 설명했다. 뱃삯은 기존과 같은 편도 4천 원이다.",
                "군 관계자는 관광객이 늘어나는 여름철에는 임시 증편도 검토하겠다고 말했다.",
                "증편된 여객선은 다음 달 1일 첫 운항에 들어간다.",
            ],
        ),
    },
}

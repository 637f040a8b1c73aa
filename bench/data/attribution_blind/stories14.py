# ruff: noqa: E501, RUF001
"""Invented stories of the fourteenth blind set: (headline, paragraphs) by language and key.

Five English stories (a township in Michigan, a cliff-top hamlet on England's east coast, a
city in Uttar Pradesh, a cocoa district in Ghana, a river town in Queensland) and one in each
of thirteen other languages, written as local and regional news and agency copy read (figures
attributed, officials and residents quoted by name). Names, places and figures are made up;
none of this prose is in the earlier sets (build14.py checks).
"""

from __future__ import annotations

STORIES14: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "pfaswells": (
            "Tavistock Township residents told not to drink well water after PFAS found near old tannery",
            [
                "State environmental officials on Tuesday told about 190 households in Tavistock Township not to drink or cook with water from their private wells after tests found PFAS chemicals near a tannery that closed in 1998.",
                "Samples from 41 of the first 60 wells tested contained the compounds above the state's drinking water limit, and one well near the Bellmore Creek held levels more than 30 times that limit.",
                "The Michigan Department of Environment, Great Lakes, and Energy will deliver bottled water to affected homes while crews install whole-house filters, a job officials expect to take until early summer.",
                '"Nobody out here ever thought twice about the water. We raised three kids on it," said Darlene Vukovich, whose family has lived on Pruett Road since 1974.',
                "The tannery's former owner, which now operates as a holding company in Ohio, has not responded to the state's demand that it pay for the cleanup, according to a letter released at a township board meeting.",
                "Township supervisor Glen Okafor said the board would ask the county for money to extend a municipal water line along Pruett Road, a project he estimated at $14 million.",
            ],
        ),
        "clifftop": (
            "Last homes on Skelby Ness cliff top to be pulled down as sea closes in",
            [
                "The last five homes on Marram Lane in Skelby Ness will be demolished next month after the cliff edge moved to within six metres of their back gardens, East Riding councillors agreed on Thursday.",
                "Storms over the winter took away up to 11 metres of the boulder clay cliff in places, twice the annual rate the council's shoreline plan had allowed for.",
                "Residents have been offered help with removal costs and rent for up to two years under a government-funded coastal transition scheme, but not the value of their homes, which have no insurance cover.",
                '"I bought this bungalow for the view, and now the view is the thing taking it," said retired nurse Pauline Ashworth, 74, who has lived on the lane for 22 years.',
                "The council said the road leading to the lane would be closed once the houses are gone and a new footpath laid further inland for walkers on the coastal path.",
                "Campaigners have long called for rock armour along the stretch, but the Environment Agency has said the cost could not be justified for the number of properties at risk.",
            ],
        ),
        "heatschools": (
            "Devgarh schools to shut by 11 am as mercury touches 45 degrees",
            [
                "All government and private schools in Devgarh district will close by 11 am from Wednesday as a heatwave pushed the maximum temperature to 45.2 degrees Celsius, the district administration said.",
                "District magistrate Anupama Sengar said the revised timings would stay in force until the end of April and that schools must provide drinking water and oral rehydration salts in every classroom.",
                "The India Meteorological Department has issued an orange alert for the region for the next four days, with hot winds expected during the afternoon and little relief at night.",
                "At the district hospital, doctors said they had treated 37 patients for heat exhaustion since Saturday, most of them labourers and vendors who work outdoors.",
                '"By noon the tin roof of the classroom is like an oven. The children could not concentrate," said Rakesh Tiwari, principal of a primary school in Bhawanipur.',
                "The municipal corporation has set up 60 drinking water kiosks at bus stands and markets and moved the working hours of sanitation staff to the early morning.",
            ],
        ),
        "cocoa": (
            "Swollen shoot disease forces Asankrom cocoa farmers to cut down 2,000 hectares",
            [
                "Cocoa farmers in the Asankrom District of Ghana's Western North Region have cut down more than 2,000 hectares of trees infected with the cocoa swollen shoot virus since January, officials of the cocoa regulator said on Tuesday.",
                "The district cocoa officer, Mr Emmanuel Boakye-Ansah, said the disease had spread quickly through old farms where trees were more than 30 years old and yields had already fallen.",
                "Affected farmers receive compensation of GH¢1,000 per hectare and free seedlings for replanting, but many said the payment would not feed their families for the three years it takes new trees to bear fruit.",
                '"This farm was my father\'s. Now it is bare ground and I have to start again like a young man," said Kofi Asamoah, 58, at Nkwanta, one of the worst-hit communities.',
                "Some farmers have begun planting plantain and cassava between the seedlings to earn some money while they wait, a practice the officials encouraged.",
                "The officials said the rehabilitation programme would reach another 1,500 hectares in the district before the rains end in October.",
            ],
        ),
        "levee": (
            "Yarrabool flood levee approved after decade-long campaign by residents",
            [
                "A 2.4-kilometre flood levee will be built around the low-lying centre of Yarrabool after the Queensland and federal governments agreed to share the $31 million cost, ending a campaign that began after the 2013 floods.",
                "The earth-and-concrete wall will protect about 420 homes and the town's main street from a flood the size of the one that filled shops to the ceiling 13 years ago.",
                "Burnett Valley Regional Council mayor Shane Pettifer said work would start in June and take about two years, with pumps installed to drain stormwater from behind the levee.",
                '"We have been bailing out this town with buckets and hope for too long," said newsagent Lorraine Kidd, who has rebuilt her shop twice.',
                "Some farmers downstream of the town have raised concerns the wall will push more water onto their paddocks, and the council has promised a further hydraulic study before construction begins.",
                "Insurers have told the council they will review premiums for properties inside the levee once it is finished, which residents hope will bring down bills that have tripled since 2013.",
            ],
        ),
    },
    "es": {
        "teleferico": (
            "El cable aéreo de Santa Lucía del Monte movilizó 9.000 pasajeros en su primera semana",
            [
                "El cable aéreo que une el centro de Santa Lucía del Monte con los barrios de la ladera oriental transportó más de 9.000 pasajeros en su primera semana de funcionamiento, según la empresa municipal de transporte.",
                "La línea tiene 1,7 kilómetros, tres estaciones y 42 cabinas para diez personas, y reduce a once minutos un trayecto que en bus tomaba casi una hora por la vía destapada.",
                "La obra costó 186.000 millones de pesos, financiados por la alcaldía y la gobernación, y estuvo detenida casi dos años por problemas con los diseños de las torres.",
                "«Ahora bajo al trabajo sin madrugar a las cuatro de la mañana», dijo Luz Marina Ospina, vendedora de arepas en la plaza de mercado.",
                "El pasaje cuesta lo mismo que el bus urbano y permite hacer trasbordo gratis durante la primera hora, explicó el gerente de la empresa, Hernán Zuluaga.",
                "Los comerciantes de la estación La Cumbre esperan que el cable atraiga turistas los fines de semana, cuando la línea abrirá hasta las diez de la noche.",
                "Durante el primer mes, los estudiantes de los colegios públicos de la ladera viajarán gratis presentando el carné escolar.",
            ],
        ),
    },
    "de": {
        "kirchekita": (
            "Aus der Sankt-Marien-Kirche in Oberhülsen wird eine Kita",
            [
                "Die seit drei Jahren geschlossene Sankt-Marien-Kirche in Oberhülsen wird zu einer Kindertagesstätte mit fünf Gruppen umgebaut, der Kirchenvorstand hat dem Verkauf an die Stadt zugestimmt.",
                "Im Kirchenschiff entstehen auf zwei Ebenen Gruppenräume für 95 Kinder, der Turm und die bunten Fenster aus den fünfziger Jahren bleiben erhalten.",
                "Die Stadt rechnet mit Kosten von rund 7,8 Millionen Euro, davon soll das Land knapp die Hälfte aus dem Programm für neue Kita-Plätze übernehmen.",
                "„Es ist besser, hier spielen Kinder, als dass das Gebäude leer steht und verfällt“, sagte Pfarrer Matthias Göbbels bei der Vorstellung der Pläne im Gemeindehaus.",
                "Einige ältere Gemeindemitglieder bedauern den Abschied; die letzte Messe hatte im Herbst 2022 nur noch knapp zwanzig Besucher.",
                "Die Kita soll im Sommer 2028 öffnen, in Oberhülsen fehlen nach Angaben des Jugendamts derzeit rund 140 Betreuungsplätze.",
                "Die Orgel soll an eine Gemeinde in Polen gehen, die Glocken bleiben im Turm und werden weiterhin zu Festtagen geläutet.",
            ],
        ),
    },
    "fr": {
        "piscine": (
            "Hautvesnes : la piscine communale rouvre après trois ans de travaux",
            [
                "Fermée depuis l'été 2023, la piscine communale de Hautvesnes rouvrira ses portes le 1er avril après un chantier de rénovation de 6,4 millions d'euros, a annoncé jeudi le collège communal.",
                "Le bassin de 25 mètres a été entièrement refait, un petit bassin d'apprentissage a été ajouté et des panneaux solaires chauffent désormais une partie de l'eau.",
                "La Région wallonne a pris en charge près de la moitié du coût, le reste étant financé par un emprunt de la commune sur vingt ans.",
                "« Pendant trois ans, nos écoles ont dû faire quarante minutes de car pour les cours de natation », rappelle l'échevine des Sports, Nathalie Degrève.",
                "Le prix de l'entrée passe de 3 à 4 euros pour les adultes, mais reste gratuit pour les enfants de moins de six ans et les élèves des écoles de l'entité.",
                "Le club de natation local, qui s'entraînait à Ciney depuis la fermeture, a déjà réservé quatre soirées par semaine.",
                "Une journée portes ouvertes, avec des initiations gratuites à l'aquagym et au sauvetage, est prévue le dimanche 5 avril.",
            ],
        ),
    },
    "pt": {
        "cabras": (
            "Cabras sapadoras voltam à serra de Vale de Azenha para limpar mato antes do verão",
            [
                "Um rebanho de 350 cabras vai pastar durante os próximos quatro meses em 120 hectares de encosta na serra de Vale de Azenha, num projeto da câmara municipal para reduzir o risco de incêndio.",
                "Os animais pertencem a dois pastores da freguesia, que recebem 40 euros por hectare limpo, e são acompanhados por técnicos do gabinete florestal que medem a redução do mato.",
                "No ano passado, a experiência abrangeu apenas 45 hectares, mas os resultados levaram o município a alargar a área e a duplicar o investimento.",
                "«A cabra chega onde a máquina não chega e ainda deixa estrume», disse o pastor Armindo Cardoso, de 61 anos, que herdou o rebanho do pai.",
                "O presidente da câmara, Rui Gaspar, lembrou que o grande incêndio de 2017 destruiu metade da área florestal do concelho e que a limpeza mecânica custa quatro vezes mais.",
                "As zonas onde o rebanho está a pastar estão assinaladas, e os caminhantes são aconselhados a manter os cães presos.",
                "Se o projeto correr bem, a câmara quer candidatar-se a fundos europeus para criar uma escola de pastores no concelho.",
            ],
        ),
    },
    "ru": {
        "fap": (
            "В Малой Кедровке открыли новый фельдшерско-акушерский пункт",
            [
                "В деревне Малая Кедровка Верхнекамского района открылся новый фельдшерско-акушерский пункт, построенный по программе модернизации первичного звена здравоохранения.",
                "Модульное здание площадью 96 квадратных метров обошлось в 11,4 миллиона рублей, в нём есть процедурный кабинет, смотровая и аптечный пункт.",
                "Пункт будет обслуживать около 900 жителей Малой Кедровки и трёх соседних деревень, которым до сих пор приходилось ездить в районную больницу за 40 километров.",
                "«Раньше давление измерить — целая поездка, а теперь медпункт через дорогу», — рассказала пенсионерка Галина Пермякова.",
                "В пункте работают фельдшер и акушерка, а раз в месяц приезжает выездная бригада врачей из районной больницы.",
                "До конца года в районе планируют открыть ещё два таких пункта — в сёлах Заболотье и Ключи.",
            ],
        ),
    },
    "zh": {
        "zhibo": (
            "清岚县脐橙借直播出山 一个月卖出八百吨",
            [
                "清岚县今年的脐橙季借助直播打开销路，一个月内通过网络卖出约800吨，比去年同期多了近一倍。",
                "县里在枫林镇建起一个直播基地，培训了60多名果农当主播，快递企业也在镇上设点，当天采摘的脐橙当天就能发出。",
                "县农业农村局副局长唐文彬说，过去果农主要靠外地客商上门收购，价格常被压到每斤一元多，现在网上零售价能卖到三元左右。",
                "果农廖春梅第一次对着手机讲解时紧张得说不出话，现在每天晚上直播两个小时，“最多的一晚卖了两千多单”。",
                "为了避免以次充好，县里统一了包装和分级标准，每箱脐橙都贴有可以追溯到果园的二维码。",
                "县里计划明年把直播销售扩大到柚子和茶叶等农产品。",
                "枫林镇党委书记说，下一步将在各村建设冷库，让脐橙的销售期从两个月延长到四个月。",
                "不少在外打工的年轻人也回到村里，有的当主播，有的负责打包和售后，枫林镇的快递网点每天要发出一万多件包裹。",
            ],
        ),
    },
    "ja": {
        "honya": (
            "白鷺町で唯一の書店が閉店へ　住民有志が引き継ぎ検討",
            [
                "白鷺町で唯一の書店「白鷺書房」が、店主の高齢と売り上げの減少を理由に今月末で閉店することになった。",
                "同店は1952年の創業で、町内の小中学校の教科書販売も担ってきたが、ここ10年で売り上げは半分以下に落ち込んだという。",
                "3代目店主の森田和夫さん（78）は「町から本屋をなくすのは申し訳ないが、体力の限界だ」と話す。",
                "閉店の知らせを受けて、町内の元教員らが店を引き継ぐ方法を話し合う会を立ち上げ、週末に開いた初会合には約40人が集まった。",
                "会では、空き店舗を使って古本と新刊を扱う小さな店を開く案や、町の図書館と連携する案が出された。",
                "町は教科書の販売について、隣町の書店に引き継ぎを依頼する方向で調整している。",
                "店には閉店を惜しむ常連客が連日訪れ、森田さんに手紙や花束を手渡す姿も見られる。森田さんは「最後の日まで、いつも通り店を開けたい」と話した。",
            ],
        ),
    },
    "ar": {
        "sadd": (
            "سد وادي الرمان يمتلئ بالكامل للمرة الأولى منذ سبع سنوات",
            [
                "امتلأ سد وادي الرمان بالكامل للمرة الأولى منذ سبع سنوات، بعد موجة أمطار غزيرة شهدتها المنطقة خلال الأسبوع الماضي.",
                "وقال الناطق باسم سلطة وادي الأردن إن مخزون السد بلغ 8.5 مليون متر مكعب، وإن المياه بدأت تفيض من قناة التصريف الجانبية صباح الاثنين.",
                "وأضاف أن المياه المخزنة ستُخصص لري نحو ثلاثة آلاف دونم من المزارع في الأغوار الجنوبية خلال فصل الصيف.",
                "وقال المزارع عودة الحويطات إن امتلاء السد «يعني موسماً كاملاً من دون أن نشتري الماء بالصهاريج»، بعد سنوات من الجفاف.",
                "ودعت السلطة المواطنين إلى عدم الاقتراب من مجرى الوادي والسد، محذرة من خطورة السباحة في المياه المتجمعة.",
                "وتعمل السلطة على دراسة لرفع جسم السد مترين إضافيين لزيادة سعته التخزينية في السنوات المقبلة.",
            ],
        ),
    },
    "it": {
        "lupi": (
            "Roccamurata, dodici pecore uccise dai lupi in una notte: allevatori in allarme",
            [
                "Dodici pecore sono state uccise e altre cinque ferite nella notte tra domenica e lunedì in un allevamento alle porte di Roccamurata, in Abruzzo, in quello che i veterinari della Asl attribuiscono a un branco di lupi.",
                "È il quarto attacco dall'inizio dell'anno nella zona, dove secondo il Parco i lupi stabili sarebbero almeno tre branchi.",
                "L'allevatore, Nicola Di Cesare, aveva recintato il pascolo con una rete elettrificata, ma gli animali sarebbero entrati da un tratto danneggiato dalla neve.",
                "«Non chiediamo di abbattere i lupi, chiediamo rimborsi veloci e aiuto per i cani da guardiania», ha detto Di Cesare.",
                "La Regione ha annunciato un bando da 400 mila euro per recinzioni e cani pastore maremmani, che si aprirà ad aprile.",
                "Il sindaco di Roccamurata ha chiesto un incontro con il Parco per accelerare i risarcimenti, che oggi arrivano anche dopo un anno.",
                "Intanto alcuni allevatori della valle hanno deciso di riportare il gregge in stalla ogni sera, rinunciando al pascolo notturno nei mesi più freddi.",
            ],
        ),
    },
    "id": {
        "kapal": (
            "Kapal penyeberangan baru layani rute Teluk Berembang–Pulau Lintah mulai pekan depan",
            [
                "Kapal penyeberangan baru berkapasitas 120 penumpang akan mulai melayani rute Teluk Berembang–Pulau Lintah pekan depan, menggantikan kapal kayu yang selama ini menjadi satu-satunya angkutan warga.",
                "Kepala Dinas Perhubungan Kabupaten Bintan Selatan, Herman Syahputra, mengatakan kapal itu dibangun di galangan Batam dengan anggaran Rp14,5 miliar.",
                "Waktu tempuh berkurang dari dua jam menjadi sekitar 50 menit, dan kapal akan berangkat tiga kali sehari dari masing-masing dermaga.",
                '"Dulu kalau ombak tinggi kami tidak berani menyeberang, anak-anak yang sekolah di kota terpaksa menginap berhari-hari," kata Rosmiati, warga Pulau Lintah.',
                "Tarif ditetapkan Rp25.000 per orang, sedangkan pelajar dan lansia mendapat potongan setengah harga.",
                "Kapal juga dilengkapi ruang khusus untuk sepeda motor dan barang dagangan, sehingga pedagang dari Pulau Lintah bisa membawa hasil laut langsung ke pasar.",
                "Pemerintah daerah juga sedang memperpanjang dermaga di Pulau Lintah agar kapal bisa bersandar saat air surut.",
                "Kapal kayu yang lama tidak akan dihentikan, melainkan dialihkan untuk melayani dua pulau kecil lain yang belum memiliki angkutan tetap.",
            ],
        ),
    },
    "tr": {
        "heyelan": (
            "Heyelanla kapanan Yeşilçam köy yolu yeniden ulaşıma açıldı",
            [
                "Kayalıdere ilçesine bağlı Yeşilçam köyünün yolu, şubat ayında meydana gelen heyelan nedeniyle kapanmasının ardından yaklaşık bir ay sonra yeniden ulaşıma açıldı.",
                "İl Özel İdaresi ekipleri, 300 metrelik bölümde toprak kaymasını durdurmak için istinat duvarı ördü ve yolu yeniden asfaltladı.",
                "Yol kapalı kaldığı sürede köydeki 85 hane, ilçe merkezine orman yolu üzerinden 20 kilometrelik ek bir güzergâhla ulaşmak zorunda kalmıştı.",
                'Köy muhtarı Hasan Yılmazer, "Hastamızı, öğrencimizi taşımak büyük dertti, şimdi nefes aldık" dedi.',
                "Yetkililer, bölgede toprak hareketlerinin sürdüğünü, yağışlı günlerde sürücülerin dikkatli olması gerektiğini belirtti.",
                "Heyelan sırasında iki ahır ve bir fındık bahçesi de zarar görmüş, hasar tespit çalışmaları hâlâ sürüyor.",
                "İdare, heyelan riski taşıyan iki köy yolunda daha güçlendirme çalışması yapılacağını açıkladı.",
                "Köylüler, yolun açılmasının ardından ilk iş olarak haftalık pazara gitmek için ilçe merkezine minibüs seferi düzenledi.",
            ],
        ),
    },
    "hi": {
        "pul": (
            "बेलवा घाट पर पक्का पुल चालू, 40 गांवों की दूरी घटी",
            [
                "बेलवा घाट पर बना पक्का पुल रविवार को आवागमन के लिए खोल दिया गया, जिससे नदी पार के करीब 40 गांवों के लोगों को प्रखंड मुख्यालय तक पहुंचने में अब आधा घंटा ही लगेगा।",
                "करीब 62 करोड़ रुपये की लागत से बने इस पुल की लंबाई 820 मीटर है और इसका निर्माण चार साल में पूरा हुआ।",
                "अब तक बरसात के मौसम में नाव ही एकमात्र सहारा थी और कई बार नाव पलटने की घटनाएं भी हो चुकी थीं।",
                "मुखिया सुनैना देवी ने कहा कि पुल बनने से सबसे ज्यादा राहत मरीजों और स्कूल जाने वाली लड़कियों को मिलेगी।",
                "पुल के दोनों ओर संपर्क सड़क का काम अभी बाकी है, जिसे अधिकारियों ने मानसून से पहले पूरा करने का भरोसा दिलाया है।",
                "उद्घाटन के मौके पर आसपास के गांवों से बड़ी संख्या में लोग पहुंचे और कई लोगों ने पहली बार पैदल पुल पार किया।",
            ],
        ),
    },
    "ko": {
        "haenyeo": (
            "해온군, 해녀 학교 첫 졸업생 12명 배출",
            [
                "해온군이 고령화로 줄어드는 해녀를 키우기 위해 지난해 문을 연 해녀 학교에서 첫 졸업생 12명이 나왔다.",
                "졸업생들은 6개월 동안 잠수와 호흡법, 안전 교육, 전복과 성게 채취 실습 등 모두 180시간의 과정을 마쳤다.",
                "졸업생 가운데 8명은 이달부터 마을 어촌계에 가입해 선배 해녀들과 함께 바다에 나갈 예정이다.",
                '최연소 졸업생인 서른네 살 강은비 씨는 "할머니가 하시던 일을 이어가고 싶어 서울 생활을 정리하고 내려왔다"고 말했다.',
                "군에 따르면 현재 활동 중인 해녀는 210명으로 10년 전보다 40% 넘게 줄었고, 이 가운데 70세 이상이 절반을 넘는다.",
                '해녀 학교 교장을 맡은 고순자 씨는 "바다는 욕심을 부리면 위험한 곳이라 숨을 아끼는 법부터 가르쳤다"고 설명했다.',
                "군은 올해 교육생을 20명으로 늘리고, 신규 해녀에게 3년 동안 장비 구입비를 지원하기로 했다.",
                "졸업식은 마을 해녀 탈의장 앞에서 열렸으며, 선배 해녀들이 직접 만든 물질 도구를 졸업생들에게 선물했다.",
            ],
        ),
    },
}

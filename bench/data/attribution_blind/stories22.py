# ruff: noqa: E501, RUF001
"""Invented stories of the twenty-second blind set: (headline, paragraphs) by language and key.

Seven English stories from seven English-speaking regions (red tide closing beaches on Florida's
Gulf coast, a Potteries factory closing in Stoke-on-Trent, a rock slide shutting a highway in the
West Kootenay, a salmon die-off in a Tasmanian harbour, unpaid maize deliveries in Zimbabwe's
Mashonaland Central, Nepal's first electricity sales to Bangladesh, a landfill fire over Port of
Spain) and one in each of fourteen other languages (a mudslide in Arequipa's Camaná valley, the
cocoa farm-gate price in Soubré, the Cariri rivers in flood, a wooden-toy maker closing in the
Erzgebirge, Lake Iseo at its lowest, a new crossing on the Zakarpattia border, salt water in the
Shatt al-Arab, drift ice late at Mombetsu, cement dust in Danyang, lifts for old flats in
Foshan, solar parks on Jaisalmer's oran land, haor embankments in Sunamganj, Terengganu fishermen
kept ashore, a low reservoir in Khon Kaen), written as local news, regional portals and agency
copy read. Names, places and figures are made up; none of this prose is in the earlier sets
(build22.py checks).
"""

from __future__ import annotations

STORIES22: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "redtide": (
            "Red tide closes Gulf beaches in Manatee Cove as dead fish wash ashore",
            [
                "County health officials closed five beaches in Manatee Cove on Wednesday after a bloom of red tide left thousands of dead fish along the shoreline and sent beachgoers home coughing.",
                "Water samples taken Monday off Turtle Point showed high concentrations of the algae that causes red tide, according to the state's wildlife research institute, which said the bloom stretched about 40 miles along the coast.",
                "Crews from the county's parks department spent the morning raking mullet, catfish and grouper into trailers, and a spokeswoman said more than 12 tons had been hauled away since the weekend.",
                '"You can taste it in the back of your throat before you even see the water. We closed the patio by ten," said Renata Cole, who manages a seafood restaurant on the beach road.',
                "Health officials advised people with asthma or other breathing problems to avoid the coast and asked pet owners to keep dogs out of the water and away from dead fish.",
                "Hotel owners said cancellations had started on Tuesday, only days before the spring break weeks that bring the town most of its visitors.",
                "Scientists said onshore winds forecast for the rest of the week could push the bloom closer to shore before it breaks up.",
            ],
        ),
        "pottery": (
            "Longton pottery to close after 140 years with the loss of 180 jobs",
            [
                "One of the last big potteries still making tableware in Longton will close in June with the loss of 180 jobs, its owners told staff on Wednesday.",
                "The company said rising gas prices for its kilns, cheaper imports and a fall in orders from hotel and restaurant chains had left the factory on Uttoxeter Road losing money every month for two years.",
                "Workers were called to a meeting in the canteen at the start of the morning shift, where managers said production would wind down over the next three months.",
                '"My mum worked here, and her dad before her. You grow up thinking the kilns will always be lit," said Gemma Salt, a decorator who has been at the factory for 22 years.',
                "The GMB union said it would press for better redundancy terms and asked the council to help find a buyer for the brand and its moulds, some of which date back to the 1880s.",
                "Stoke-on-Trent City Council said it was disappointed by the news and would set up a jobs fair for affected staff within the next fortnight.",
                "The factory shop will stay open until the end of May, and the company said outstanding orders would be met.",
            ],
        ),
        "rockslide": (
            "Rock slide closes Highway 3A near Kaslo Bay, cutting off route to ferry",
            [
                "A rock slide buried a stretch of Highway 3A north of Kaslo Bay early Wednesday, closing the only road link between several lakeshore communities and the Kootenay Lake ferry.",
                "The Ministry of Transportation said geotechnical engineers were assessing the slope and that the highway would stay closed in both directions until at least Friday, with no detour available.",
                "Nobody was hurt, but a driver who reached the slide minutes after it came down said boulders the size of pickup trucks were lying across both lanes.",
                '"It sounded like a freight train coming down the mountain. Then the dust just hung over the lake," said Colleen Arbuckle, who lives about a kilometre from the site.',
                "Regional district staff said residents needing medical appointments in Nelson could book a seat on a water taxi the district was chartering for the week.",
                "Drivers heading to Alberta were told to use Highway 3 through Creston, adding about two hours to the trip.",
                "The ministry said freeze-thaw cycles after a mild winter had loosened rock on several slopes in the region, and that crews were checking other known trouble spots.",
            ],
        ),
        "salmon": (
            "Thousands of farmed salmon die in Macquarie Harbour as oxygen levels fall",
            [
                "Tens of thousands of farmed salmon have died in pens in Macquarie Harbour on Tasmania's west coast after oxygen levels in the water dropped sharply during a run of warm, calm weather.",
                "The Environment Protection Authority said on Wednesday it had been notified of the deaths on Monday and that staff had inspected two lease sites near Strahan.",
                "The company operating the pens said dead fish were being collected and taken to a rendering plant in the state's north, and that it expected to report final numbers by the end of the week.",
                '"We have been warning about oxygen in this harbour for ten years. The fish are telling us what the monitoring data already shows," said Lachlan Pike, a Strahan tour boat operator.',
                "The harbour is home to the endangered Maugean skate, and researchers said low-oxygen water near the bottom also put the skate's survival at risk.",
                "The state government said it would wait for the authority's report before deciding on any changes to stocking limits.",
                "Residents reported a strong smell near the wharf on Tuesday night, and the council asked people not to collect fish washed up on the foreshore.",
            ],
        ),
        "grain": (
            "Bindura maize farmers wait months for payment from grain agency",
            [
                "Hundreds of small-scale farmers in Mashonaland Central who delivered maize to the state grain agency last season say they are still waiting to be paid, leaving them unable to buy seed and fertiliser for the next crop.",
                "At the Grain Marketing Board depot in Bindura, farmers said on Wednesday that some of them had been told to come back three times since November.",
                "The agency said in a statement that payments worth about US$14 million for the province had been delayed by a shortfall in Treasury funding and would be cleared by the end of April.",
                '"I sold 18 tonnes and I have receipts for every bag. My children were sent home from school because I could not pay the fees," said Tendai Mhuri, a farmer from Chiweshe.',
                "Farmers' unions said late payments were pushing growers to sell to private buyers at lower prices, often for cash at the farm gate.",
                "The provincial agriculture office said it had asked the board to give priority to farmers with the smallest deliveries.",
                "Some farmers said they would plant less maize this year and switch part of their land to soya beans and tobacco, which private contractors pay for on delivery.",
            ],
        ),
        "powertrade": (
            "Nepal begins selling electricity to Bangladesh through Indian grid",
            [
                "Nepal began exporting electricity to Bangladesh on Wednesday, sending 40 megawatts across the Indian grid under a three-way agreement that officials in Kathmandu called a milestone for the region's power trade.",
                "The Nepal Electricity Authority said power from hydropower plants in the east of the country was flowing through the Dhalkebar-Muzaffarpur line and on to Bangladesh via the Baharampur-Bheramara link.",
                "Under the deal, Bangladesh will buy the electricity during the wet season, when Nepal's run-of-river plants produce more than the country can use.",
                '"For years we spilled water over the dams in the monsoon. Now that water has a buyer in Dhaka," said Binod Karki, a spokesperson for the authority.',
                "Bangladesh's power ministry said the imports would help meet summer demand, when load-shedding in northern districts is most frequent.",
                "India's grid operator will charge a transmission fee for each unit carried, according to officials familiar with the agreement.",
                "Energy analysts in both countries said the amount was small but that the deal set a price and a route that could be used for larger volumes from 2027.",
            ],
        ),
        "landfill": (
            "Beetham landfill fire sends smoke over Port of Spain, schools send pupils home",
            [
                "A fire at the Beetham landfill blanketed parts of Port of Spain in thick smoke on Wednesday, forcing several schools to send pupils home and prompting health officials to warn residents to stay indoors.",
                "Fire officers said the blaze broke out late on Tuesday in a section of the dump used for household waste and had spread across about four hectares by daybreak.",
                "Water tenders and excavators from the solid waste company were used to dig fire breaks, and a fire service spokesman said crews expected to work through the night.",
                '"My grandson woke up coughing at three in the morning. Every dry season it is the same story," said Sharon Baptiste, who lives in Sea Lots.',
                "The Ministry of Health said people with asthma, the elderly and young children were most at risk and advised them to keep windows closed.",
                "Traffic on the Beetham Highway moved slowly during the morning rush as visibility fell, and police directed cars at the Production Avenue junction.",
                "Residents' groups renewed calls for the landfill to be closed, a promise successive governments have made since the 2000s.",
            ],
        ),
    },
    "es": {
        "huaico": (
            "Huaico en Camaná arrasa chacras y deja aislados a dos anexos",
            [
                "Un huaico de gran magnitud arrasó la madrugada del miércoles cerca de 60 hectáreas de cultivos de arroz y frijol en el valle de Camaná y dejó aislados a los anexos de Huacapuy y La Punta, informó la municipalidad provincial.",
                "Según el Centro de Operaciones de Emergencia Regional de Arequipa, la quebrada se activó tras más de seis horas de lluvia intensa en la parte alta y el lodo cubrió un tramo de la vía de acceso.",
                "No se reportaron víctimas, pero al menos 35 familias tuvieron que abandonar sus viviendas y pasaron la noche en el local comunal.",
                "“Escuchamos el ruido de las piedras y salimos con lo que teníamos puesto. Mi chacra de arroz ya no existe”, contó el agricultor Teodoro Quispe.",
                "Maquinaria del gobierno regional trabaja para habilitar un paso provisional, mientras que la Senamhi mantiene la alerta por lluvias en la sierra hasta el viernes.",
                "Las autoridades pidieron a los pobladores no acercarse al cauce de las quebradas y seguir las indicaciones de Defensa Civil.",
                "El alcalde provincial anunció que se entregarán kits de abrigo y alimentos a las familias afectadas a partir del jueves.",
            ],
        ),
    },
    "fr": {
        "cacao": (
            "Cacao : à Soubré, les planteurs attendent toujours le prix bord-champ annoncé",
            [
                "Dans la région de la Nawa, de nombreux planteurs de cacao affirment ne pas percevoir le prix bord-champ fixé par les autorités pour la campagne intermédiaire, plusieurs acheteurs proposant jusqu'à 400 francs CFA de moins par kilo.",
                "À Soubré, capitale de la boucle du cacao, des producteurs rencontrés mercredi disent avoir vendu leurs fèves sous la pression des dettes contractées pendant la saison des pluies.",
                "Le Conseil du café-cacao rappelle que tout achat en dessous du prix officiel est interdit et assure que des équipes de contrôle ont été déployées dans les principales zones de production.",
                "« L'acheteur te dit que ta fève est humide, qu'elle n'a pas la qualité. Si tu refuses, il part, et toi tu restes avec tes sacs », explique Kouadio N'Guessan, planteur à Okrouyo.",
                "Les coopératives de la région estiment que le manque de camions et le mauvais état des pistes rurales aggravent la situation en fin de campagne.",
                "Une réunion entre les autorités préfectorales, les exportateurs et les représentants des producteurs est prévue la semaine prochaine à Soubré.",
            ],
        ),
    },
    "pt": {
        "cariri": (
            "Chuva forte faz rio transbordar no Crato e deixa 300 famílias desalojadas",
            [
                "A chuva de mais de 120 milímetros registrada entre a noite de terça e a manhã desta quarta-feira fez o rio Granjeiro transbordar no centro do Crato, no Cariri cearense, e deixou cerca de 300 famílias desalojadas.",
                "De acordo com a Coordenadoria Municipal de Defesa Civil, a água invadiu casas e comércios em pelo menos seis bairros, e o canal que corta a cidade não suportou o volume que desceu da Chapada do Araripe.",
                "As famílias desalojadas foram levadas para escolas municipais e para a casa de parentes, e a prefeitura suspendeu as aulas na rede pública até sexta-feira.",
                "“A gente ouviu o barulho e em dez minutos a água já estava no joelho dentro de casa. Perdi geladeira, fogão e as camas das crianças”, contou a costureira Francisca Alves.",
                "A Funceme prevê novas chuvas moderadas a fortes para o sul do Ceará nos próximos dias, e a Defesa Civil pede que moradores de áreas ribeirinhas fiquem em alerta.",
                "A prefeitura informou que vai pedir ao governo do estado o reconhecimento de situação de emergência.",
            ],
        ),
    },
    "de": {
        "holzspielzeug": (
            "Traditionsbetrieb für Holzspielzeug in Olbernhau schließt – 60 Jobs betroffen",
            [
                "Einer der ältesten Hersteller von Holzspielzeug im Erzgebirge gibt auf: Die Werkstätten in Olbernhau schließen zum Ende des Sommers, rund 60 Beschäftigte verlieren ihre Arbeit.",
                "Die Geschäftsführung begründete den Schritt am Mittwoch mit gestiegenen Kosten für Holz und Energie sowie mit der Konkurrenz durch billige Ware aus Fernost.",
                "Der Betrieb war 1921 gegründet worden und ist vor allem für seine Nussknacker, Räuchermännchen und Schwibbögen bekannt, die in viele Länder verkauft werden.",
                "„Wir haben hier drei Generationen an der Drechselbank gesehen. Dass ausgerechnet jetzt Schluss ist, tut weh“, sagte Drechslermeister Uwe Kaden, der seit 31 Jahren im Unternehmen arbeitet.",
                "Der Bürgermeister kündigte an, gemeinsam mit dem Landkreis nach einem Investor zu suchen, der zumindest einen Teil der Produktion weiterführt.",
                "Für die Beschäftigten soll es eine Transfergesellschaft geben, teilte die Industrie- und Handelskammer mit.",
                "Der Werksverkauf im Erdgeschoss soll nach Angaben des Unternehmens noch bis Ende Juli geöffnet bleiben.",
            ],
        ),
    },
    "it": {
        "iseo": (
            "Lago d'Iseo ai minimi storici, i battelli rischiano di saltare le prime corse di primavera",
            [
                "Il livello del lago d'Iseo è sceso mercoledì a 12 centimetri sotto lo zero idrometrico, il valore più basso registrato a marzo negli ultimi vent'anni, secondo i dati del consorzio che gestisce la regolazione del lago.",
                "A Sarnico e a Lovere diversi pontili sono rimasti all'asciutto e la società di navigazione ha avvertito che alcune corse verso Monte Isola potrebbero essere sospese se la situazione non migliorerà entro Pasqua.",
                "La poca neve caduta in inverno in Val Camonica e le scarse piogge di febbraio hanno ridotto l'apporto dell'Oglio, spiegano i tecnici.",
                "«Abbiamo prenotazioni di gruppi da Milano e dalla Germania già per aprile, ma senza battelli l'isola si svuota», ha detto Marisa Zatti, che gestisce un albergo a Peschiera Maraglio.",
                "Gli agricoltori della pianura, che dipendono dall'acqua del lago per l'irrigazione, hanno chiesto un tavolo con la Regione Lombardia per decidere come gestire le riserve nei prossimi mesi.",
                "Il consorzio ha annunciato che ridurrà i rilasci verso valle a partire da lunedì.",
            ],
        ),
    },
    "uk": {
        "kordon": (
            "На Закарпатті відкрили новий пункт пропуску на кордоні з Угорщиною",
            [
                "У середу на Закарпатті запрацював новий пункт пропуску для легкових автомобілів на кордоні з Угорщиною, який має зменшити черги на Тисі, повідомили в обласній військовій адміністрації.",
                "Через пункт зможуть проїжджати до двох тисяч автомобілів на добу, а також пішоходи й велосипедисти, уточнили в Державній прикордонній службі.",
                "Будівництво тривало понад три роки і фінансувалося коштом програми транскордонного співробітництва Європейського Союзу.",
                "«Раніше я стояв у черзі по шість-сім годин, щоб поїхати на роботу в Ньїредьгазу. Сьогодні проїхав за двадцять хвилин», — розповів водій Іштван Сабо з Берегового.",
                "Митники попередили, що в перші тижні можливі затримки через налаштування обладнання.",
                "Вантажівки й надалі пропускатимуть лише через пункт у Чопі.",
            ],
        ),
    },
    "ar": {
        "milouha": (
            "ارتفاع ملوحة شط العرب يهدد بساتين النخيل في أبي الخصيب",
            [
                "حذرت مديرية الزراعة في البصرة يوم الأربعاء من أن نسبة الملوحة في مياه شط العرب بلغت مستويات غير مسبوقة منذ ثلاث سنوات، ما يهدد آلاف أشجار النخيل في قضاء أبي الخصيب.",
                "وقال مدير المديرية إن تراجع الإطلاقات المائية من نهري دجلة والفرات سمح بتقدم اللسان الملحي من الخليج إلى مسافة تتجاوز أربعين كيلومترا شمال مصب الشط.",
                "ويعتمد المزارعون في المنطقة على سقي البساتين من الأنهر الفرعية المتفرعة عن شط العرب، وقد توقف كثير منهم عن السقي خشية تلف التربة.",
                "وقال المزارع عبد الكريم الحلفي: \u201cالنخلة صبرت علينا سنين، لكن الماء المالح يقتلها ببطء، وأولادي بدأوا يبحثون عن عمل في المدينة\u201d.",
                "وطالبت الحكومة المحلية وزارة الموارد المائية بزيادة الإطلاقات خلال الأسابيع المقبلة، فيما تدرس الوزارة إنشاء سد قاطع قرب المصب.",
                "ويقول مختصون إن الملوحة المرتفعة أثرت أيضا على محطات تصفية مياه الشرب في عدد من الأقضية.",
            ],
        ),
    },
    "ja": {
        "ryuhyo": (
            "紋別で流氷接岸遅れ　観光砕氷船の欠航相次ぐ",
            [
                "オホーツク海沿岸の紋別市で流氷の接岸が例年より大幅に遅れ、観光砕氷船の欠航が相次いでいる。運航会社によると、３月に入ってからの欠航は１０日を超えた。",
                "網走地方気象台によると、今季は暖かい南風が続いた影響で、流氷が沖合にとどまったまま岸に近づかない状態が続いている。",
                "砕氷船は流氷の中を進む様子が人気で、例年この時期には台湾や香港などからの団体客でにぎわうが、今年は予約の取り消しが目立つという。",
                "市内で土産物店を営む佐藤和子さんは「流氷が来ないと町が静かすぎる。春休みの客に期待するしかない」と話した。",
                "市は流氷が見られない日でも楽しめるよう、港の施設で流氷の映像上映や展示を増やす方針だ。",
                "気象台は今後１週間も沿岸に流氷が接岸する可能性は低いとみている。",
                "運航会社は、流氷がなくても海からオホーツクの冬景色を楽しめるクルーズを臨時に運航することを検討している。",
            ],
        ),
    },
    "ko": {
        "danyang": (
            "단양 시멘트공장 분진 민원 잇따라…주민들 \u201c창문도 못 열어\u201d",
            [
                "충북 단양군 매포읍 일대 주민들이 인근 시멘트공장에서 날아오는 분진 때문에 생활에 큰 불편을 겪고 있다며 대책 마련을 요구하고 있다.",
                "18일 단양군에 따르면 올해 들어 접수된 분진 관련 민원은 40여 건으로, 지난해 같은 기간보다 두 배 가까이 늘었다.",
                "주민들은 공장 가동이 늘어난 최근 몇 주 동안 빨래를 밖에 널 수 없고 차량과 농작물에 회색 먼지가 쌓인다고 호소했다.",
                "매포읍 주민 김순자 씨는 \u201c봄이 와도 창문 한 번 마음 놓고 열지 못한다\u201d며 \u201c아이들 기침이 끊이지 않는다\u201d고 말했다.",
                "단양군은 다음 주 공장 주변 네 곳에 대기질 측정 장비를 추가로 설치하고 결과를 주민들에게 공개할 계획이다.",
                "공장 측은 집진 설비 보강 공사를 상반기 안에 마치겠다고 밝혔다.",
                "주민대책위원회는 측정 결과가 나오는 대로 군청 앞에서 설명회를 열어 달라고 요구했다.",
            ],
        ),
    },
    "zh": {
        "dianti": (
            "佛山禅城今年将为120个老旧小区加装电梯",
            [
                "记者18日从佛山市禅城区住房和城乡建设部门获悉，今年禅城区计划为120个老旧小区加装电梯，较去年增加近一倍，重点覆盖上世纪八九十年代建成的多层住宅。",
                "据介绍，加装电梯的费用由业主分摊，政府按每台最高15万元给予补贴，并简化规划和施工审批流程，最快两个月可完成审批。",
                "在祖庙街道的一个老小区，住在六楼的退休工人陈伯说，过去上下楼要歇三次，现在电梯装好后终于可以天天下楼买菜、晒太阳了。",
                "不过，也有低层住户担心电梯会影响采光和通风，街道和社区工作人员正逐户上门协调。",
                "区住建部门表示，今年还将试点“原址加装、统一设计”的做法，减少对小区道路和绿化的占用。",
                "有意加装电梯的小区可向所在街道提交申请，相关部门将在一个月内组织现场评估。",
                "据统计，禅城区近五年已累计完成加装电梯400余台，惠及居民超过一万户。",
            ],
        ),
    },
    "hi": {
        "oran": (
            "जैसलमेर में ओरण भूमि पर सोलर पार्क के आवंटन का विरोध, ग्रामीणों ने दिया धरना",
            [
                "जैसलमेर जिले के फतेहगढ़ क्षेत्र में ओरण भूमि को सोलर पार्क के लिए आवंटित किए जाने के विरोध में बुधवार को सैकड़ों ग्रामीणों ने तहसील कार्यालय के सामने धरना दिया।",
                "ग्रामीणों का कहना है कि करीब 1,200 बीघा जमीन सदियों से देवी-देवताओं के नाम पर छोड़ी गई ओरण है, जहां उनके ऊंट, भेड़ और बकरियां चरती हैं।",
                "धरने में शामिल बुजुर्गों ने बताया कि इसी ओरण में गोडावण जैसे दुर्लभ पक्षी भी दिखाई देते हैं और यहां खेजड़ी के हजारों पेड़ हैं।",
                "गांव के सरपंच भंवर सिंह भाटी ने कहा, \u201cहम विकास के खिलाफ नहीं हैं, लेकिन हमारी ओरण को छोड़कर कहीं और जमीन दी जाए।\u201d",
                "उपखंड अधिकारी ने ग्रामीणों को आश्वासन दिया कि भूमि के रिकॉर्ड की दोबारा जांच कराई जाएगी और तब तक कोई काम शुरू नहीं होगा।",
                "ग्रामीणों ने चेतावनी दी कि मांग नहीं मानी गई तो वे जिला मुख्यालय तक पैदल मार्च करेंगे।",
            ],
        ),
    },
    "bn": {
        "haor": (
            "সুনামগঞ্জে হাওরের বাঁধের কাজে ধীরগতি, বোরো ধান নিয়ে শঙ্কায় কৃষক",
            [
                "সুনামগঞ্জের বিভিন্ন হাওরে ফসল রক্ষা বাঁধ নির্মাণের নির্ধারিত সময় শেষ হলেও অনেক জায়গায় এখনো কাজ শেষ হয়নি। এতে আগাম বন্যায় বোরো ধান তলিয়ে যাওয়ার আশঙ্কা করছেন কৃষকেরা।",
                "পানি উন্নয়ন বোর্ডের হিসাবে, জেলার ১২টি উপজেলায় এবার ৭০০টির বেশি প্রকল্পে বাঁধের কাজ চলছে, যার প্রায় এক-চতুর্থাংশে মাটি ফেলার কাজ অর্ধেকও হয়নি।",
                "শাল্লা ও দিরাই উপজেলার কয়েকটি হাওরে গিয়ে দেখা গেছে, বাঁধে মাটি ফেলা হলেও দুরমুজ করা হয়নি, ঘাসও লাগানো হয়নি।",
                "শাল্লার কৃষক হারুন মিয়া বলেন, \u201cপুরো বছরের খাবার এই এক ফসলে। পাহাড়ি ঢল একবার নামলে কাঁচা বাঁধ টিকবে না।\u201d",
                "জেলা প্রশাসক জানিয়েছেন, যেসব প্রকল্পে কাজ পিছিয়ে আছে সেগুলোর দায়িত্বপ্রাপ্ত কমিটিকে সাত দিনের মধ্যে কাজ শেষ করতে বলা হয়েছে।",
                "কাজে গাফিলতি পাওয়া গেলে সংশ্লিষ্টদের বিরুদ্ধে ব্যবস্থা নেওয়া হবে বলেও জানান তিনি।",
            ],
        ),
    },
    "ms": {
        "nelayan": (
            "Ombak besar, ratusan nelayan Kuala Terengganu tidak turun ke laut",
            [
                "Lebih 400 nelayan pantai di sekitar Kuala Terengganu tidak dapat turun ke laut sejak Ahad lalu berikutan ombak besar dan angin kencang yang masih melanda perairan negeri itu.",
                "Jabatan Meteorologi Malaysia mengeluarkan amaran cuaca buruk peringkat kedua yang dijangka berterusan sehingga Jumaat, dengan ombak setinggi 4.5 meter di perairan terbuka.",
                "Di jeti Pulau Kambing, puluhan bot kecil ditambat rapat manakala nelayan mengambil kesempatan membaiki pukat dan enjin.",
                "\u201cKalau tak turun laut seminggu, tak ada pendapatan langsung. Harap bantuan bulanan dapat disegerakan,\u201d kata nelayan Mohd Zulkifli Ismail, 52.",
                "Lembaga Kemajuan Ikan Malaysia berkata pihaknya sedang mengumpul senarai nelayan yang terjejas untuk tujuan bantuan dan menjangkakan proses itu selesai dalam tempoh dua minggu.",
                "Peniaga di Pasar Payang pula berkata harga ikan kembung dan selar naik antara RM3 hingga RM5 sekilogram sejak awal minggu.",
                "Pihak Angkatan Pertahanan Awam turut menasihati orang ramai supaya tidak mandi di pantai sepanjang tempoh amaran berkuat kuasa.",
            ],
        ),
    },
    "th": {
        "khuean": (
            "เขื่อนอุบลรัตน์น้ำเหลือน้อย ขอชาวนาขอนแก่นงดทำนาปรังรอบสอง",
            [
                "สำนักงานชลประทานที่ 6 ขอความร่วมมือเกษตรกรในจังหวัดขอนแก่นงดทำนาปรังรอบที่สอง หลังปริมาณน้ำใช้การได้ในเขื่อนอุบลรัตน์เหลือเพียงร้อยละ 18 ของความจุ",
                "เจ้าหน้าที่ระบุว่าน้ำที่เหลืออยู่จะต้องสำรองไว้สำหรับการผลิตน้ำประปาและการรักษาระบบนิเวศของลำน้ำพองไปจนถึงต้นฤดูฝน",
                "ในอำเภอน้ำพอง ชาวนาหลายรายเริ่มหันไปปลูกพืชใช้น้ำน้อย เช่น ข้าวโพดและถั่วเขียว แทนการทำนา",
                "นายสมศักดิ์ พลราชม ชาวนาบ้านกุดน้ำใส กล่าวว่า \u201cปีนี้ฝนน้อยตั้งแต่ปลายปีแล้ว ถ้าฝืนทำนาก็เสี่ยงข้าวตายกลางทาง\u201d",
                "จังหวัดขอนแก่นเตรียมรถบรรทุกน้ำไว้ช่วยเหลือหมู่บ้านที่ขาดแคลนน้ำดื่ม และขอให้ประชาชนใช้น้ำอย่างประหยัด",
                "กรมอุตุนิยมวิทยาคาดว่าฝนจะเริ่มตกในภาคอีสานช่วงกลางเดือนพฤษภาคม",
            ],
        ),
    },
}

# ruff: noqa: E501, RUF001
"""Invented stories of the twenty-eighth blind set: (headline, paragraphs) by language and key.

Seven English stories from seven English-speaking regions (domoic acid closing razor clamming and
crabbing on the Oregon coast; a landslip shutting the Buttertubs Pass in the Yorkshire Dales; a boil
water notice in Westport, County Mayo; thin ice closing the winter trail to Rigolet in Labrador;
water restrictions in Kaitaia, Northland; a landslide cutting off the Rio Grande valley in Jamaica's
Portland parish; a burst Baricho pipeline leaving Kilifi County's taps dry) and one in each of
thirteen other languages (a huaico cutting the railway to Machu Picchu in Cusco; water cuts in
Sfax; a forest fire at Yawatahama in Ehime; wet snow cutting power in the Pinzgau, beside the Tyrol
of the nineteenth set; the cashew season opening in Casamance; floods in the Beira neighbourhoods;
an ice floe carrying fishermen off Sakhalin; fog stopping the ferries across the Qiongzhou Strait in
Hainan, beside the Guangxi of the sixteenth set (Chinese in simplified characters); a landslide in
the Sila in Calabria; the Anzali lagoon in Gilan; a hailstorm in Netrokona, beside the Sylhet of
the twenty-second set; elephants from the Shimba Hills in Kwale, beside Mombasa; grass fires in
Polesie near Włodawa, beside the Podlasie of the seventeenth set), written as local news, regional
portals and agency copy read. Names, places and figures are made up; none of this prose is in the
earlier sets (build28.py checks).
"""

from __future__ import annotations

STORIES28: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "domoic": (
            "Domoic acid shuts razor clamming and Dungeness crab harvest along most of the Oregon coast",
            [
                "Razor clamming and commercial Dungeness crabbing were closed on Thursday from Cape Falcon to the California border after tests found domoic acid above the safety limit in clams dug at Agate Beach and in crab viscera landed at Newport.",
                "The Oregon Department of Agriculture said the toxin, produced by a bloom of the diatom Pseudo-nitzschia offshore, had risen sharply in samples taken over the past ten days.",
                "The closure catches the crab fleet near the end of a season that had already started six weeks late because the crab were light, and buyers in Charleston and Astoria said they had stopped taking deliveries.",
                '"We had pots in the water on Tuesday and by Thursday afternoon we were told to bring them in," said Dale Ostrander, who fishes out of Depoe Bay with a crew of three.',
                "Mussel harvesting was already closed on the central coast, and the state said bay clams and oysters sold in stores remained safe to eat.",
                "Shellfish managers said the coast would reopen in stages once two consecutive rounds of tests came back below the limit. The last closure of this size, in 2021, lasted more than two months for razor clams.",
                "Anyone who has eaten recently harvested clams and feels tingling or confusion is asked to contact a doctor or the Oregon Poison Center.",
            ],
        ),
        "buttertubs": (
            "Buttertubs Pass closed for weeks after landslip above Thwaite",
            [
                "The Buttertubs Pass between Hawes and Thwaite will stay closed for at least six weeks after a landslip carried part of the road down the hillside above Cliff Beck on Sunday night.",
                "North Yorkshire Council said a length of about 30 metres of the carriageway had cracked and dropped, and engineers would need to drill the slope before deciding how to rebuild it.",
                "The pass is the shortest route between Wensleydale and Swaledale, and the diversion through Leyburn and Reeth adds almost forty minutes to the journey for farmers and the school bus.",
                '"You can see daylight under the tarmac in places. Nobody is going over that until it has been pinned," said Graham Metcalfe, who farms below the pass at Simonstone.',
                "Businesses in Muker and Thwaite said they had only just begun to see walkers and cyclists return after the winter, and feared a long closure would last into the Easter holidays.",
                "The council said it would put temporary signs up at Hawes and at the top of the dale to stop sat-navs sending drivers to the closed road. It has asked the Department for Transport for help with the cost of the repair.",
                "The Yorkshire Dales National Park Authority said footpaths crossing the slope had also been shut.",
            ],
        ),
        "westport": (
            "Boil water notice for 9,000 in Westport after treatment plant fault",
            [
                "About 9,000 people in Westport and the surrounding townlands have been told to boil their drinking water after a fault at the treatment plant on the Carrowbeg supply on Tuesday.",
                "Uisce Éireann said a failure in the plant's filtration had allowed water that was not fully treated to enter the network overnight, and the notice was issued on the advice of the HSE.",
                "The notice covers the town, Westport Quay and customers on the road to Louisburgh as far as Murrisk, as well as the hotels and restaurants that serve visitors to Croagh Patrick.",
                '"We have stocked up on bottled water but it goes fast when you are cooking for two hundred," said Siobhán Moran, who runs a café on Bridge Street.',
                "Bottled water stations were opened at the Castlebar Road car park and at the fire station, and vulnerable customers on the utility's register were being contacted directly.",
                "Uisce Éireann said it expected the notice to stay in place for at least a week while the filters were repaired and the network was flushed. Councillors said it was the third boil notice on the supply in four years and called for the upgrade to be brought forward.",
                "Customers can check whether their address is affected on the utility's website.",
            ],
        ),
        "rigolet": (
            "Thin ice closes winter trail between Rigolet and Happy Valley-Goose Bay",
            [
                "The groomed snowmobile trail that links Rigolet to Happy Valley-Goose Bay for most of the winter has been closed after ice on Lake Melville was found to be thinner than safe in several places.",
                "The Nunatsiavut Government said its ice monitors measured less than 20 centimetres near the Mulligan River crossing on Monday, about half of what the trail needs for loaded sleds.",
                "For Rigolet, which has no road, the trail is the cheapest way to bring in fuel, groceries and building supplies until the coastal ferry resumes in summer.",
                '"In my grandfather\'s time you could count on the trail until the end of April. Now we are lucky to get February," said Eldred Pottle, a hunter who has travelled the route for forty years.',
                "Residents who need to reach Goose Bay for medical appointments will be flown out at no cost to them, the Inuit government said, and extra cargo flights were being arranged.",
                "Researchers working with the community have tracked the ice season on Lake Melville for more than a decade and say it has become shorter and less predictable. The trail committee said it would check the ice again next week but did not expect to reopen it this season.",
                "Travellers are asked not to use the old route along the shore.",
            ],
        ),
        "kaitaia": (
            "Kaitaia on level three water restrictions as the Awanui River falls",
            [
                "Kaitaia and Awanui have been put on level three water restrictions after the flow in the Awanui River dropped to its lowest level for March since records began.",
                "The Far North District Council said hoses, sprinklers and car washing were now banned, and households were being asked to keep use to 150 litres a person a day.",
                "The town draws most of its water from the river and a bore at Sweetwater, and the council said the bore alone could not meet demand during the late-summer dry spell.",
                '"We have not had decent rain since before Christmas. The paddocks are brown and the tanks are empty," said Hemi Rapana, who milks 300 cows north of Awanui.',
                "Rural residents who rely on rain tanks said tanker companies were booked out for two weeks, and the council said it was talking to suppliers in Whangārei about extra trucks.",
                "The council said the restrictions would stay until the river had recovered for at least a fortnight. Work on a new reservoir to give the town more storage is due to finish next year.",
                "MetService said there was little sign of significant rain in Northland before the end of the month.",
            ],
        ),
        "portland": (
            "Landslide cuts off Rio Grande valley communities in Portland",
            [
                "Several communities in the upper Rio Grande valley in Portland were cut off on Wednesday after a landslide buried the main road between Berridale and Millbank following two days of heavy rain.",
                "The National Works Agency said a section of hillside about 40 metres long had come down above the road near Fellowship, bringing trees and boulders with it.",
                "Residents of Millbank, Bowden Pen and the villages near the Blue and John Crow Mountains were unable to get to Port Antonio for work, school or the market.",
                '"The rain never stopped from Monday night. By morning the whole bank was on the road," said Neville Grant, a farmer in Millbank.',
                "Rafting on the Rio Grande was suspended and the Port Antonio office of the disaster agency said it was checking on elderly residents in the affected districts.",
                "The agency said it had sent heavy equipment from Port Antonio but warned that clearing the road could take several days because the slope was still moving. The Meteorological Service has kept a flash flood warning in place for the eastern parishes.",
                "Motorists were asked to stay away from the area while crews work.",
            ],
        ),
        "baricho": (
            "Burst Baricho pipeline leaves Kilifi and Malindi without water",
            [
                "Residents of Kilifi town, Malindi and Watamu have been without piped water for four days after the main pipeline from the Baricho waterworks burst near Gongoni.",
                "The Kilifi-Mariakani Water and Sewerage Company said the pipe, which is more than forty years old, had ruptured under pressure on Sunday night and washed out part of the road beside it.",
                "Water vendors in Kilifi town were selling a 20-litre jerrycan for as much as 50 shillings, more than twice the usual price, and long queues formed at the few boreholes still working.",
                '"We wake up at four to look for water and by seven the kiosk is empty," said Rehema Kazungu, a mother of three in Mnarani.',
                "Hotels in Watamu said they were buying water from private bowsers to keep guests supplied during one of the busiest weeks of the season.",
                "The county government said engineers had begun replacing the damaged section and that supply would return in stages from Friday. It said a new line from Baricho, financed by a development loan, would be built over the next two years.",
                "The company has asked residents to boil or treat water bought from vendors before drinking it.",
            ],
        ),
    },
    "es": {
        "huaico": (
            "Huaico interrumpe la vía férrea a Machu Picchu y deja varados a cientos de turistas",
            [
                "Un huaico cayó en la madrugada del jueves sobre la vía férrea entre Ollantaytambo y Machu Picchu pueblo, a la altura del kilómetro 97, y obligó a suspender todos los trenes del día.",
                "Según la Municipalidad Distrital de Machupicchu, el deslizamiento arrastró lodo y rocas sobre unos 60 metros de rieles tras más de doce horas de lluvia intensa en la parte alta de la quebrada.",
                "Alrededor de 800 visitantes quedaron en Aguas Calientes sin poder regresar al Cusco, y los hoteles del pueblo ofrecieron tarifas rebajadas para quienes debían quedarse otra noche.",
                "«Teníamos el tren de las tres y nadie nos decía nada hasta la noche», contó Marisol Huamán, guía de un grupo de turistas chilenos.",
                "Las empresas ferroviarias informaron que maquinaria pesada trabajaba desde el amanecer para limpiar la vía y que priorizarían a los pasajeros con vuelos programados.",
                "Los comerciantes de Aguas Calientes calcularon pérdidas importantes por las ventas canceladas y pidieron a las autoridades una mejor coordinación con las empresas de transporte.",
                "El Servicio Nacional de Meteorología e Hidrología mantiene la alerta naranja por lluvias en las provincias de Urubamba y La Convención hasta el sábado.",
            ],
        ),
    },
    "ar": {
        "sfaxwater": (
            "انقطاع الماء الصالح للشرب عن أحياء في صفاقس لليوم الرابع",
            [
                "تتواصل لليوم الرابع على التوالي انقطاعات الماء الصالح للشرب في عدد من أحياء مدينة صفاقس ومعتمديات ساقية الزيت وساقية الدائر، وسط تذمر متزايد من السكان.",
                "وأرجعت الإدارة الجهوية للشركة الوطنية لاستغلال وتوزيع المياه الانقطاعات إلى عطب في قناة الجلب الرئيسية القادمة من الشمال، إضافة إلى تراجع مخزون السدود بعد مواسم من الجفاف.",
                "واضطر كثير من العائلات إلى شراء الماء من الصهاريج الخاصة بأسعار تضاعفت خلال أيام، فيما شهدت محلات بيع المياه المعلبة إقبالا كبيرا.",
                "وقالت فاطمة الشعري، وهي ربة بيت من حي طريق قرمدة: «نملأ القوارير ليلا حين يعود الماء لساعة واحدة ثم ننتظر من جديد».",
                "وأكدت الشركة أن فرقها تعمل على إصلاح القناة وأنها وضعت برنامجا لتوزيع الماء بالتناوب بين الأحياء إلى حين عودة التزويد بصفة عادية.",
                "ودعا أعضاء في المجلس الجهوي إلى تسريع إنجاز محطة تحلية مياه البحر بصفاقس التي تأخر دخولها حيز الاستغلال.",
            ],
        ),
    },
    "ja": {
        "sanrin": (
            "八幡浜市で山林火災　約40ヘクタール焼く　住民一時避難",
            [
                "愛媛県八幡浜市の山林で11日午後に発生した火災は、12日朝までに約40ヘクタールを焼き、市は周辺の3地区の住民に一時避難を呼びかけた。",
                "市消防本部によると、火は段々畑のミカン園に近い斜面から出たとみられ、乾燥した強い北西の風にあおられて尾根伝いに燃え広がった。",
                "県の要請で自衛隊と県の防災ヘリが出動し、12日早朝から上空からの散水を続けている。けが人や住宅への延焼は確認されていない。",
                "避難所となった公民館に身を寄せた農家の男性は「木は何十年もかけて育てたもの。畑まで火が来ないことを祈るしかない」と話した。",
                "八幡浜市では今月に入ってまとまった雨が降っておらず、市は火の取り扱いに十分注意するよう住民に呼びかけている。",
                "現場近くの県道は通行止めとなり、市は小中学校の一部で臨時休校を決めた。JR予讃線には影響は出ていない。",
                "警察と消防が出火の原因を調べている。",
            ],
        ),
    },
    "de": {
        "nassschnee": (
            "Nassschnee legt Strom im Oberpinzgau lahm",
            [
                "Schwerer Nassschnee hat in der Nacht auf Donnerstag im Oberpinzgau rund 6.000 Haushalte vom Stromnetz getrennt.",
                "Betroffen waren vor allem Mittersill, Hollersbach, Neukirchen am Großvenediger und Bramberg, wo umstürzende Bäume mehrere Leitungen rissen.",
                "Der Netzbetreiber setzte nach eigenen Angaben alle verfügbaren Trupps ein und holte zusätzliche Monteure aus dem Pongau, doch einzelne Weiler blieben bis Donnerstagabend ohne Strom.",
                "„Um zwei in der Früh hat es geknallt, dann war alles finster“, sagte ein Bewohner von Hollersbach, der seine Heizung mit einem Notstromaggregat betrieb.",
                "Die Freiwilligen Feuerwehren standen stundenlang im Einsatz, um Straßen von Bäumen zu befreien. Die Felbertauernstraße war am Morgen kurzzeitig gesperrt.",
                "In mehreren Gemeinden blieben Schulen am Vormittag geschlossen, weil die Busse wegen umgestürzter Bäume nicht fahren konnten. Der Netzbetreiber bat die Kundinnen und Kunden um Geduld und um Meldungen über abgerissene Leitungen.",
                "Die Landeswarnzentrale rechnet für das Wochenende mit weiterem Schneefall oberhalb von 1.000 Metern und rät, Dächer und Bäume im Auge zu behalten.",
            ],
        ),
    },
    "fr": {
        "anacarde": (
            "Casamance : la campagne de commercialisation de l'anacarde s'ouvre sous tension",
            [
                "La campagne de commercialisation de la noix de cajou a été officiellement lancée jeudi à Ziguinchor, mais les producteurs jugent trop bas le prix plancher fixé par les autorités.",
                "Le gouvernement a arrêté un prix minimum de 400 francs CFA le kilo bord champ, alors que les organisations paysannes réclamaient au moins 500 francs pour couvrir la hausse des coûts de production.",
                "Dans les départements de Bignona et d'Oussouye, de nombreux vergers ont souffert de la chaleur de février, et les premiers rendements annoncés sont en baisse.",
                "« Nous travaillons toute l'année pour ces quelques semaines de vente. Si le prix ne suit pas, les jeunes partiront », a déclaré Ousmane Diédhiou, président d'un groupement de producteurs de Bignona.",
                "Les autorités ont aussi rappelé l'interdiction d'exporter la noix brute par voie terrestre avant la fin avril, une mesure destinée à favoriser la transformation locale.",
                "Plusieurs unités de transformation de Ziguinchor disent manquer de fonds de roulement pour acheter la récolte et demandent un accès plus facile au crédit.",
            ],
        ),
    },
    "pt": {
        "cheiasbeira": (
            "Chuvas intensas inundam bairros da Beira e deixam centenas de famílias desalojadas",
            [
                "Chuvas intensas que caíram durante toda a noite de quarta-feira inundaram vários bairros da cidade da Beira, na província de Sofala, deixando centenas de famílias desalojadas.",
                "Os bairros da Munhava, Praia Nova e Chota foram os mais afetados, com a água a atingir mais de um metro de altura em algumas casas construídas em zonas baixas.",
                "O Conselho Municipal da Beira disse que as valas de drenagem, parcialmente obstruídas por lixo, não conseguiram escoar o volume de água, agravado pela maré alta.",
                "«Perdemos tudo o que estava no chão, os colchões, a comida, os cadernos das crianças», contou Albertina Sitoe, moradora da Munhava.",
                "As autoridades abriram três centros de acomodação em escolas da cidade e pediram às famílias das zonas de risco que se desloquem para locais mais altos.",
                "O presidente do Conselho Municipal disse que a autarquia vai reforçar as brigadas de limpeza das valas e apelou aos moradores para não deitarem lixo nos canais de drenagem, que voltaram a entupir menos de um mês depois da última limpeza.",
                "O Instituto Nacional de Meteorologia prevê a continuação da chuva forte no centro do país até ao fim de semana.",
            ],
        ),
    },
    "ru": {
        "ldina": (
            "У берегов Сахалина оторвало льдину с рыбаками",
            [
                "В заливе Мордвинова на юге Сахалина в четверг оторвало льдину, на которой находились около 90 рыбаков-любителей.",
                "По данным спасателей, сильный северо-западный ветер отнёс льдину от берега на несколько сотен метров, после чего по ней пошли трещины.",
                "К месту выехали сотрудники поисково-спасательного отряда, на помощь подняли вертолёт. К вечеру всех людей удалось переправить на берег на лодках на воздушной подушке.",
                "«Видели, что ветер меняется, но клёв был хороший, никто не хотел уходить», — рассказал один из рыбаков, которого сняли со льда последним.",
                "Спасатели напомнили, что выход на лёд в заливах острова в марте опасен, и призвали рыбаков следить за штормовыми предупреждениями.",
                "Власти Корсаковского района заявили, что рассмотрят вопрос о штрафах для тех, кто выходит на лёд после предупреждений.",
            ],
        ),
    },
    "zh": {
        "qiongzhou": (
            "琼州海峡大雾停航 海口港滞留车辆超3000台",
            [
                "受持续大雾天气影响，琼州海峡客滚运输自12日凌晨起全线停航，海口新海港和秀英港滞留车辆超过3000台。",
                "海口海事部门表示，海峡能见度一度不足200米，不具备安全通航条件，复航时间将视天气情况另行通知。",
                "海口市交警部门在港口周边道路实施交通管制，引导待渡车辆有序排队，并在临时停车区设置了饮水和休息点。",
                "一名从湛江返乡的货车司机说：“昨晚十点就到港口了，车上拉的是菜，再等下去就要坏了。”",
                "港口方面表示，已开通鲜活农产品优先过海通道，复航后将优先安排运输瓜菜的车辆。",
                "据了解，今年以来琼州海峡已多次因大雾停航，每次停航都造成大量车辆和旅客在港口滞留。有关部门表示，将进一步完善应急预案，提高恶劣天气下的疏运能力。",
                "不少滞留旅客选择在港口附近的酒店住宿，也有部分司机在车内过夜，等待复航消息。",
                "气象部门预计，大雾天气将持续到13日上午，提醒驾车出行的旅客提前关注航班信息。",
            ],
        ),
    },
    "it": {
        "franasila": (
            "Frana sulla provinciale nella Sila: isolate tre frazioni di San Giovanni in Fiore",
            [
                "Una frana si è staccata nella notte tra mercoledì e giovedì lungo la strada provinciale che collega San Giovanni in Fiore alle frazioni di Ceraso, Rovale e Acquafredda, lasciandole isolate.",
                "Secondo i tecnici della Provincia di Cosenza, un fronte di circa cinquanta metri di terreno e alberi è scivolato sulla carreggiata dopo giorni di pioggia e neve sciolta.",
                "Nelle frazioni vivono circa trecento persone, molte delle quali anziane. Il Comune ha organizzato un servizio di navetta lungo una strada interpoderale per le urgenze.",
                "«Per andare in farmacia adesso ci vuole un'ora e mezza», ha raccontato un residente di Rovale, che ogni mattina accompagna i nipoti a scuola.",
                "I vigili del fuoco hanno messo in sicurezza due abitazioni vicine al fronte della frana, e i geologi stanno valutando se il versante sia ancora in movimento.",
                "Non è la prima volta che il versante si muove: già nell'inverno di due anni fa una piccola frana aveva ristretto la carreggiata per diverse settimane, e i residenti denunciano da tempo la mancanza di opere di consolidamento.",
                "Il sindaco ha chiesto alla Regione lo stato di emergenza e fondi per una variante che eviti il tratto franato.",
            ],
        ),
    },
    "fa": {
        "anzali": (
            "سنبل آبی و کم‌آبی، تالاب انزلی را در آستانه خشک شدن قرار داده است",
            [
                "کارشناسان محیط زیست گیلان هشدار می‌دهند که بخش‌هایی از تالاب انزلی به دلیل کاهش بارش و گسترش گیاه مهاجم سنبل آبی در آستانه خشک شدن قرار گرفته است.",
                "به گفته اداره کل حفاظت محیط زیست استان، سطح آب در حوضه غربی تالاب در ماه‌های اخیر نزدیک به یک متر پایین‌تر از میانگین سال‌های گذشته بوده است.",
                "ماهیگیران روستاهای اطراف می‌گویند صید در بخش‌هایی از تالاب تقریباً متوقف شده و قایق‌ها در گل گیر می‌کنند.",
                "یکی از ماهیگیران قدیمی آبکنار گفت: «سی سال است اینجا تور می‌اندازم، هیچ‌وقت آب را این‌قدر کم ندیده بودم.»",
                "مسئولان استانی از اعزام دستگاه‌های لایروبی و برنامه جمع‌آوری سنبل آبی با کمک نیروهای داوطلب خبر داده‌اند.",
                "فعالان محیط زیست خواستار تعیین حقابه تالاب و جلوگیری از ورود فاضلاب شهری و پساب کشاورزی به آن شده‌اند.",
            ],
        ),
    },
    "bn": {
        "shilabrishti": (
            "নেত্রকোনায় কালবৈশাখী ও শিলাবৃষ্টিতে বোরো ধানের ক্ষতি",
            [
                "নেত্রকোনার দুর্গাপুর ও কলমাকান্দা উপজেলায় বৃহস্পতিবার বিকেলে কালবৈশাখী ঝড় ও শিলাবৃষ্টিতে কয়েক হাজার হেক্টর জমির বোরো ধানের ক্ষতি হয়েছে।",
                "জেলা কৃষি সম্প্রসারণ অধিদপ্তরের প্রাথমিক হিসাবে, প্রায় তিন হাজার হেক্টর জমির ধানগাছ শিলার আঘাতে নুয়ে পড়েছে এবং অনেক জায়গায় শীষ ঝরে গেছে।",
                "ঝড়ে দুই উপজেলায় দুই শতাধিক কাঁচা ঘর ও টিনের চালা উড়ে গেছে বলে জানিয়েছে উপজেলা প্রশাসন। কয়েকটি এলাকায় রাত পর্যন্ত বিদ্যুৎ সরবরাহ বন্ধ ছিল।",
                "কলমাকান্দার এক কৃষক বলেন, ‘ধারদেনা করে জমি করেছিলাম, দশ মিনিটের ঝড়ে সব শেষ।’",
                "জেলা প্রশাসন ক্ষতিগ্রস্ত পরিবারগুলোর তালিকা তৈরির কাজ শুরু করেছে এবং তাদের মধ্যে শুকনো খাবার ও ঢেউটিন বিতরণ করা হবে বলে জানিয়েছে।",
            ],
        ),
    },
    "sw": {
        "ndovu": (
            "Ndovu kutoka Shimba Hills waharibu mashamba Kinango",
            [
                "Wakulima katika kaunti ndogo ya Kinango, Kaunti ya Kwale, wanalalamikia uharibifu mkubwa wa mashamba yao unaosababishwa na ndovu wanaotoka katika hifadhi ya Shimba Hills.",
                "Kwa mujibu wa wakazi, kundi la zaidi ya ndovu ishirini limekuwa likivamia vijiji vya Mwaluphamba na Mkongani usiku kwa wiki mbili sasa, likila mahindi na migomba.",
                "Wakulima wanasema uzio wa umeme unaozunguka hifadhi umeharibika katika sehemu kadhaa na haujakarabatiwa tangu mwaka jana.",
                "“Tunakesha usiku tukipiga makopo kuwafukuza, lakini asubuhi shamba lote limekwisha,” alisema Mwanasiti Bakari, mkulima wa Mkongani.",
                "Shirika la Huduma ya Wanyamapori limesema limetuma kikosi cha askari kuwarudisha ndovu hifadhini na kwamba ukarabati wa uzio utaanza mwezi huu.",
                "Mwaka jana, wakazi wawili wa eneo hilo walijeruhiwa na ndovu walipokuwa wakilinda mashamba yao usiku, na wakulima wanasema bado hawajalipwa fidia waliyoahidiwa na serikali.",
                "Afisa wa kilimo wa kaunti ndogo alisema zaidi ya ekari mia moja za mahindi zimeharibiwa tangu mwanzo wa mwezi.",
                "Viongozi wa eneo hilo wametaka fidia kwa wakulima walioathirika ilipwe kwa haraka.",
            ],
        ),
    },
    "pl": {
        "pozartraw": (
            "Płonęły łąki na skraju Poleskiego Parku Narodowego",
            [
                "Kilkadziesiąt hektarów łąk i trzcinowisk spłonęło w środę po południu na skraju Poleskiego Parku Narodowego w powiecie włodawskim.",
                "Jak poinformowała straż pożarna, ogień pojawił się na nieużytkach w pobliżu wsi Wołczyny i przy silnym wietrze szybko przeniósł się w stronę parku.",
                "Z pożarem walczyło kilkanaście zastępów straży, w tym ochotnicy z okolicznych gmin. Akcja gaśnicza trwała do późnego wieczora.",
                "„Co roku to samo. Ktoś wypala trawę, a potem giną ptaki, które właśnie wróciły na lęgi” – mówi pracownik parku, który od rana patrolował teren.",
                "Policja szuka sprawców podpalenia. Za wypalanie traw grozi grzywna, a jeśli ogień zagrozi ludziom lub mieniu – nawet kara więzienia.",
                "Według danych straży od początku marca w województwie lubelskim odnotowano już kilkaset pożarów traw, a w samym powiecie włodawskim kilkadziesiąt. Największe straty ponoszą rezerwaty i tereny podmokłe, gdzie gniazdują żurawie i bociany.",
                "Strażacy apelują do mieszkańców regionu, by nie wypalali traw i zgłaszali każdy zauważony pożar.",
            ],
        ),
    },
}

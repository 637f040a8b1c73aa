# ruff: noqa: E501, RUF001  (data, prose and markup: one item a line, typographic quotes and dashes as the languages write them)
"""Prose of the thirty-sixth blind set: invented stories, one place each (see the README section).

Every name, figure and quotation is invented. English: seven stories; one story per other language.
"""

from __future__ import annotations

STORIES_EN: dict[str, tuple[str, list[str]]] = {
    "duluth": (
        "Lakewalk section near Canal Park stays shut after November storm undercut the path",
        [
            "A quarter-mile stretch of the Duluth Lakewalk between Canal Park and the Fitger's steps will stay fenced off until at least late spring, city engineers told the parks commission on Wednesday evening.",
            "The November storm that pushed waves of more than fourteen feet against the shore scoured the rock fill beneath the path in four places, leaving the concrete deck hanging over voids that engineer Marisol Tenvoorde described as large enough to park a pickup in.",
            "Tenvoorde showed commissioners drone images taken the morning after the storm, when chunks of the timber railing were found as far away as the ore dock. Crews have since removed the loose decking and placed temporary barriers at both ends of the closed section.",
            "The city has asked the state for emergency shoreline money to cover most of the estimated $6.8 million repair, but the first round of grants will not be announced until April, and no contractor will bid on lakeshore work before the ice is gone.",
            "Commission chair Everett Lindqvist said residents should not expect a quick fix. \"We have been patching this shoreline every couple of years since 2018, and each time the lake takes it back,\" he said. \"This time we want to build something that is still there in thirty years.\"",
            "The design under discussion would replace the rock fill with larger armour stone set on a geotextile base and raise the path by about two feet, moving it a few yards inland where the slope allows. That would mean removing eleven parking spaces on the lake side of the boardwalk.",
            "Several business owners on the boardwalk said they supported the work but worried about another summer of detours. Jolene Astrup, who runs a bike rental near the closed section, said her spring bookings were already down by a third compared with last year.",
            "\"People see the fence and they turn around,\" Astrup said. \"If the city could at least put up signs that the rest of the Lakewalk is open, it would help everyone down here.\"",
            "Parks director Omar Haskell said new signs would go up at the Canal Park entrance and at the Leif Erikson Park end within two weeks, with a map of the detour along Superior Street and the skywalk.",
            "The detour adds roughly half a mile for walkers and runners and sends cyclists onto a busy stretch of road. The city's transportation office is looking at a painted bike lane for the months the path is closed, Haskell said.",
            "The storm also damaged the beach house at Brighton Beach and washed out part of the access road to the Lester River mouth, both of which are on a separate repair list that the city council will take up next month.",
            "Across the city, public works crews logged more than 140 storm-related work orders in the week after November 18, from downed trees to flooded basements in the Lincoln Park neighborhood, according to a report presented to the council.",
            "Engineers warned that the lake's higher average level over the past decade means storms of that size are reaching farther up the shore than they did when the Lakewalk was first built in the late 1980s.",
            "Kaia Brandvold, a coastal scientist who has studied the Duluth shoreline for fifteen years, told commissioners that armour stone alone would not stop the lake from reclaiming low sections of the path. She urged the city to plan for moving some of it permanently.",
            "\"There are places where the honest answer is that the path is in the wrong spot,\" Brandvold said. \"That is not a failure of engineering. The lake is simply higher and angrier than it was.\"",
            "Commissioners voted five to one to recommend the armour stone design to the council, with an amendment asking staff to study relocating two of the lowest segments before the next budget cycle.",
            "The lone vote against came from commissioner Della Rautio, who said she could not support spending millions on a design that scientists had just said might not last. She asked that the study be finished before any money is committed.",
            "The council is expected to take up the recommendation at its March 8 meeting. Residents can comment on the plan through the city's online portal until the end of February or at an open house at the Depot on February 24.",
            "Until then, the fences stay up. Haskell asked residents not to climb over them, noting that two people had been seen walking on the undercut deck in the past month. \"It looks solid from above,\" he said. \"It is not.\"",
        ],
    ),
    "iqaluit": (
        "Iqaluit's new water line runs into permafrost trouble as thaw shifts the ground",
        [
            "Work on the second water supply line into Iqaluit has stalled for the winter after crews found that a section of the route crosses ground thawing faster than the design assumed, city officials said this week.",
            "The line is meant to carry water from the Apex River to the city's reservoir, easing the pressure that has built up since the fuel contamination scare of 2021 and two dry summers that followed.",
            "Project manager Tessa Qaunaq said borehole readings taken in October showed the active layer, the ground that thaws each summer, reaching nearly a metre deeper along a two-kilometre stretch than the survey done five years ago.",
            "\"We can't lay pipe on ground that is going to move under it,\" Qaunaq said. \"We either go around, or we build it up on piles, and both of those options cost time and money we did not budget.\"",
            "The city estimates the redesign will add between $9 million and $14 million to a project already priced at $61 million, most of it paid by the federal and territorial governments.",
            "Councillor Simeonie Akavak said residents are tired of boil-water notices and summer pumping from the river. \"Every summer we hear that this will be the last year we pump from the Apex,\" he said. \"People want to see it finished.\"",
            "Engineers are expected to present two options in March: a raised line on steel piles along the original route, or a longer route that follows bedrock ridges to the east of the valley.",
            "In the meantime, the city will again seek a permit to pump water from the Apex River into the reservoir next summer, as it has done each year since 2019, Qaunaq said.",
            "Elders consulted on the route have asked that any new alignment avoid a traditional camping area near the river mouth, a request the city says it will respect in both options.",
        ],
    ),
    "makeni": (
        "Makeni traders return to rebuilt market hall, but many stalls still empty",
        [
            "Traders in Makeni began moving back into the rebuilt central market hall on Monday, nearly two years after a fire destroyed the old wooden structure and scattered hundreds of sellers across the city's streets.",
            "The new hall, built of block and steel with a raised concrete floor and a rainwater tank, has room for 420 stalls. By Wednesday, fewer than half had been taken up.",
            "Traders said the monthly fee of 180 leones was too high for many who had lost their stock in the fire and have been selling from tables on Azzolini Highway since.",
            "\"I have been here since I was a girl with my mother,\" said Fatmata Kanu, who sells dried fish and pepper. \"Now I am inside again, but my sisters are still outside because they cannot pay. The market is not full without them.\"",
            "The Makeni City Council said the fee reflected the cost of cleaning, security and the loan that paid for the building. Deputy mayor Abdul Sesay Turay said the council would consider a reduced rate for the first six months for traders who could show they had lost goods in the fire.",
            "The council has also asked street traders to move inside by the end of March, when it plans to clear tables from the highway to ease traffic around the clock tower.",
            "Some traders worry that clearing the roadside will push customers away. Ibrahim Koroma, who sells phone credit and chargers, said the old market had always been busiest at its edges, where people stopped on their way to work.",
            "The market traders' association has asked for a meeting with the council before the deadline, its chairwoman Mabinty Conteh said, and wants a written promise that the reduced rate will be applied fairly.",
        ],
    ),
    "jinja": (
        "Water hyacinth mat chokes Jinja landing sites, fishermen lose a week of catches",
        [
            "A mat of water hyacinth stretching more than two kilometres has drifted into the bays around Jinja, trapping boats at three landing sites and cutting off fishermen from Lake Victoria for more than a week.",
            "At Masese landing site, the weed is so thick that children have been seen walking on it near the shore. Fishermen said they had not been able to set nets since the winds changed direction eleven days ago.",
            "\"We go out in the morning and we come back before we reach open water,\" said Joseph Waiswa, who has fished from Masese for twenty years. \"The engine gets wrapped and the boat stops. We lose fuel for nothing.\"",
            "The district fisheries office estimates that around 600 boats are affected and that the three sites together lose about eight tonnes of fish a day while the weed stays.",
            "A harvester boat that the district used to clear the bays was taken out of service last year for repairs and has not returned. District fisheries officer Grace Nabirye said spare parts were on order and the boat could be working again within a month.",
            "In the meantime, fishermen have organised teams to pull the weed out by hand and drag it onto the shore, where it is left to dry. Some women's groups collect the stems to weave baskets and mats.",
            "Scientists at the national fisheries institute say the hyacinth thrives on the nutrients carried into the lake by farm runoff and untreated waste. They expect the mats to break up when the wind shifts again, but cannot say when that will be.",
            "Traders at the Jinja central market said the price of a kilogram of tilapia had already risen by nearly a fifth since the weed arrived.",
        ],
    ),
    "tonga": (
        "Tonga diaspora families fund new water tanks for Vava'u villages hit by dry season",
        [
            "Families of Tongans living in Auckland, Sydney and Salt Lake City have raised enough money to install forty new rainwater tanks in six villages of Vava'u that ran dry during the last months of the dry season.",
            "The campaign started in a church hall in Ōtāhuhu in September, when a group of mothers from the village of Tu'anekivale heard that their relatives were walking more than an hour to fetch water from the one working well.",
            "\"Our mothers told us the taps were empty,\" said Sela Fifita, one of the organisers. \"We could not sit here in Auckland and just pray. We have to pray and do something.\"",
            "The group held weekend barbecues, a kava night and an online appeal that was shared widely among church congregations in New Zealand, Australia and the United States. Within ten weeks it had collected about 210,000 pa'anga.",
            "The tanks, each holding 10,000 litres, were shipped from Nuku'alofa to Neiafu on the inter-island ferry in January and are being installed by village youth groups with help from a local plumber.",
            "Village town officer Tevita Havili said the tanks would be placed next to the church halls and schools, where roofs are large enough to collect rain for the whole community.",
            "The Ministry of Lands and Natural Resources said it welcomed the help but urged donors to coordinate with its water unit so that tanks are placed where they are most needed and are maintained.",
            "Organisers say they want to raise money for a second shipment before the next dry season, this time for villages on the outer islands of Vava'u that can only be reached by boat.",
        ],
    ),
    "honiara": (
        "Honiara council pauses Point Cruz market relocation after vendors protest",
        [
            "Honiara City Council has put on hold its plan to move vendors from the Point Cruz roadside to a new market site at Lengakiki, after hundreds of sellers marched to the council chambers on Tuesday.",
            "The vendors, most of them women selling betel nut, cooked food and vegetables, said the new site was too far from the main bus stops and had no shade, toilets or running water.",
            "\"They want us to move to a place where no one walks,\" said vendor Lily Tovua. \"Our customers are here, by the wharf and the shops. If we go up the hill, who will buy from us?\"",
            "Council clerk Nelson Ramo said the relocation was meant to ease congestion on Mendana Avenue and improve hygiene after two outbreaks of diarrhoea linked to food stalls last year.",
            "After meeting a delegation of vendors for more than two hours, the council agreed to suspend the move for three months and to set up a working group including vendors' representatives, health officers and the police.",
            "The working group will look at building toilets and a water point at Lengakiki before any move and at whether a smaller area near the wharf could remain open for cooked food sellers.",
            "The Honiara Market Vendors Association welcomed the pause but said it would hold the council to its promise. \"Three months is not long,\" its secretary Rose Kiriau said. \"We will be at every meeting.\"",
        ],
    ),
    "invercargill": (
        "Invercargill's inner-city block opens its laneways, but shops wait for tenants",
        [
            "The laneways through Invercargill's rebuilt inner-city block opened to the public on Saturday, ending six years of hoardings along Esk and Tay streets.",
            "Hundreds of people walked through the new covered lanes on the first day, many stopping at the food hall and the children's play space in the central courtyard.",
            "But more than a third of the ground-floor shop spaces remain empty, and the developer said talks with several national retailers had yet to produce signed leases.",
            "Development manager Rhys Galbraith said he was confident the spaces would fill before winter. \"It takes time for a city to get used to walking through a new part of town,\" he said. \"Once people come, tenants follow.\"",
            "Some local business owners said the city centre still struggled with foot traffic after the big retailers moved to suburban malls years ago. Florist Aroha McKenzie said she had signed a lease in the new block because she wanted to be part of bringing people back.",
            "The city council, which lent money to the project, said it would review parking charges in the surrounding streets and consider free parking on Saturdays to encourage visitors.",
            "Mayor Ngaire Duthie said the opening was a turning point for the city. \"For years people said nothing happens in town any more,\" she said. \"Today the town was full.\"",
        ],
    ),
}

STORIES_ES: dict[str, tuple[str, list[str]]] = {
    "ancud": (
        "Vecinos de Ancud exigen solución al corte de agua que ya suma nueve días",
        [
            "Más de tres mil familias de los sectores altos de Ancud cumplen nueve días sin agua potable en sus casas, luego de que una falla en la planta elevadora de Pudeto dejara sin presión la red del cerro.",
            "La empresa sanitaria informó que la bomba principal sufrió un daño eléctrico durante el temporal del fin de semana y que el repuesto debe llegar desde Puerto Montt, lo que ha retrasado la reparación.",
            "Mientras tanto, la municipalidad dispuso seis camiones aljibe que recorren las poblaciones Lomas de Pudeto, Villa Los Alerces y el sector de Caicumeo, pero los vecinos aseguran que no alcanzan.",
            "\"Nos dan veinte litros por familia y pasan cuando quieren\", reclamó Rosa Barrientos, dirigenta de la junta de vecinos de Villa Los Alerces. \"Hay abuelitos que no pueden cargar bidones por la escalera.\"",
            "El alcalde, Hernán Oyarzo, dijo que pidió a la delegación presidencial declarar emergencia hídrica para la comuna, lo que permitiría contratar más camiones sin licitación.",
            "La empresa aseguró que la bomba de respaldo quedará operativa el jueves y que el suministro debería normalizarse de forma gradual durante el fin de semana.",
            "Los dirigentes vecinales anunciaron que, si el agua no vuelve el viernes, cortarán el acceso al puente sobre el río Pudeto como forma de protesta.",
        ],
    ),
}

STORIES_PT: dict[str, tuple[str, list[str]]] = {
    "mucuge": (
        "Incêndio na Chapada Diamantina já queimou 4 mil hectares perto de Mucugê",
        [
            "O incêndio que atinge a serra do Sincorá, na Chapada Diamantina, já consumiu cerca de 4 mil hectares de vegetação nativa nos arredores de Mucugê, segundo estimativa da brigada municipal divulgada nesta quarta-feira.",
            "O fogo começou no domingo em uma área de pasto próxima à estrada para Andaraí e se espalhou rapidamente por causa do vento forte e da vegetação seca após quase três meses sem chuva.",
            "Cerca de 80 brigadistas voluntários, bombeiros e agentes ambientais trabalham em turnos para conter as chamas. Um avião de combate a incêndios começou a operar na terça-feira.",
            "\"A gente está cansado, mas não pode parar\", disse o brigadista Josué Nogueira, que está na linha de fogo desde o primeiro dia. \"Se o vento virar para o lado da cidade, vai ser muito difícil.\"",
            "A prefeitura decretou situação de emergência e pediu que moradores evitem queimar lixo ou fazer fogueiras. As trilhas para o Projeto Sempre-Viva e para a cachoeira do Tiburtino foram fechadas aos visitantes.",
            "Pousadas da cidade relatam cancelamentos de reservas para o fim de semana. A associação de guias locais afirmou que o prejuízo ao turismo ainda é difícil de calcular.",
            "A previsão do tempo indica possibilidade de chuva fraca apenas a partir da próxima segunda-feira.",
        ],
    ),
}

STORIES_AR: dict[str, tuple[str, list[str]]] = {
    "chefchaouen": (
        "شفشاون: انقطاع الطريق نحو باب تازة بعد انهيار صخري يعزل عشرات الدواوير",
        [
            "تسبب انهيار صخري كبير، ليلة الثلاثاء، في قطع الطريق الرابطة بين شفشاون وباب تازة، ما أدى إلى عزل عشرات الدواوير الجبلية عن مركز الإقليم.",
            "وقال مسؤول بالمديرية الإقليمية للتجهيز إن كتلاً صخرية يتجاوز وزن بعضها عشرين طناً سقطت على مسافة تقارب ثلاثمائة متر، بعد أيام من التساقطات المطرية الغزيرة.",
            "وأوضح المصدر ذاته أن الآليات شرعت منذ صباح الأربعاء في إزاحة الصخور، غير أن استمرار تساقط الحجارة من أعلى المنحدر يعرقل الأشغال ويفرض توقفها بين الحين والآخر.",
            "وعبّر سكان الدواوير المتضررة عن قلقهم من نفاد المواد الغذائية وغاز البوتان، خاصة مع انخفاض درجات الحرارة خلال الليل. وقال أحد السكان إن التلاميذ لم يتمكنوا من الالتحاق بمدارسهم منذ يومين.",
            "ولجأ بعض السكان إلى مسالك ترابية وعرة للوصول إلى شفشاون، تستغرق الرحلة عبرها أكثر من ثلاث ساعات بدل أربعين دقيقة عادة.",
            "وأكدت السلطات الإقليمية أنها وفرت شاحنات لنقل المؤن عبر طريق بديل، وأن الطريق الرئيسية قد تفتح جزئياً في غضون أسبوع إذا تحسنت الأحوال الجوية.",
        ],
    ),
}

STORIES_FR: dict[str, tuple[str, list[str]]] = {
    "kribi": (
        "À Kribi, les pêcheurs de Londji dénoncent la fermeture de leur plage de débarquement",
        [
            "Les pêcheurs artisanaux du village de Londji, au nord de Kribi, ont manifesté lundi devant la sous-préfecture pour protester contre la fermeture de leur principale plage de débarquement.",
            "Un arrêté pris fin janvier interdit désormais l'accostage des pirogues sur une portion de près d'un kilomètre de plage, destinée à accueillir un projet hôtelier.",
            "« Nos grands-parents pêchaient ici avant qu'il y ait une route », a lancé Emmanuel Ebodé, président de la coopérative des pêcheurs de Londji. « On nous demande d'aller accoster à six kilomètres, sans quai, sans chambre froide. »",
            "Selon la coopérative, plus de trois cents pirogues et près de mille personnes, pêcheurs, mareyeuses et fumeuses de poisson, dépendent de cette plage.",
            "Le sous-préfet, Jean-Marie Nkoa, a reçu une délégation et promis de transmettre leurs doléances au préfet de l'Océan. Il a indiqué qu'un site de remplacement devait être aménagé avant toute application stricte de l'arrêté.",
            "Les femmes qui fument le poisson sur la plage redoutent de perdre leur activité. « Si le poisson arrive loin, il arrive abîmé », explique Pauline Mbella, qui travaille au fumoir depuis quinze ans.",
            "La coopérative a annoncé qu'elle saisirait la justice si aucune solution n'était trouvée d'ici la fin du mois.",
        ],
    ),
}

STORIES_HI: dict[str, tuple[str, list[str]]] = {
    "munsiyari": (
        "मुनस्यारी में भारी बर्फबारी से 40 गांवों का संपर्क कटा, बिजली आपूर्ति ठप",
        [
            "पिथौरागढ़ जिले के मुनस्यारी क्षेत्र में पिछले दो दिनों से हो रही भारी बर्फबारी के कारण करीब 40 गांवों का संपर्क तहसील मुख्यालय से कट गया है।",
            "थल-मुनस्यारी मार्ग कालामुनि के पास डेढ़ से दो फीट बर्फ जमने के कारण बुधवार सुबह से बंद है। लोक निर्माण विभाग की दो जेसीबी मशीनें बर्फ हटाने में लगी हैं, लेकिन लगातार गिर रही बर्फ से काम धीमा चल रहा है।",
            "क्षेत्र के अधिकांश गांवों में मंगलवार रात से बिजली नहीं है। ऊर्जा निगम के अधिशासी अभियंता ने बताया कि कई जगह पेड़ गिरने से लाइनें टूट गई हैं और मौसम साफ होने के बाद ही मरम्मत संभव होगी।",
            "दरकोट गांव की निवासी कमला देवी ने बताया कि घरों में रखा राशन और मिट्टी का तेल कुछ ही दिन चलेगा। उन्होंने कहा, \"बच्चे और बुजुर्ग ठंड से परेशान हैं, प्रशासन को जल्दी रास्ता खोलना चाहिए।\"",
            "उपजिलाधिकारी ने बताया कि राजस्व टीमों को गांवों में भेजा गया है और जरूरत पड़ने पर हेलीकॉप्टर से राहत सामग्री पहुंचाई जाएगी।",
            "मौसम विभाग ने अगले 48 घंटों तक ऊंचाई वाले इलाकों में और बर्फबारी की चेतावनी जारी की है। पर्यटकों से फिलहाल मुनस्यारी की यात्रा टालने की अपील की गई है।",
        ],
    ),
}

STORIES_UR: dict[str, tuple[str, list[str]]] = {
    "chitral": (
        "لواری ٹنل برفانی تودے کے باعث دوسرے روز بھی بند، سینکڑوں مسافر پھنس گئے",
        [
            "لواری ٹنل کے دیر کی جانب برفانی تودہ گرنے کے باعث چترال کو ملک کے دیگر حصوں سے ملانے والا واحد زمینی راستہ مسلسل دوسرے روز بھی بند رہا۔",
            "ٹنل انتظامیہ کے مطابق تودہ منگل کی شام ٹنل کے داخلی راستے سے تقریباً آدھا کلومیٹر پہلے گرا اور سڑک پر دس فٹ سے زیادہ برف جمع ہو گئی۔",
            "دونوں جانب سینکڑوں مسافر گاڑیاں اور مال بردار ٹرک پھنسے ہوئے ہیں۔ عشریت میں ایک ہوٹل کے مالک نے بتایا کہ تمام کمرے بھر چکے ہیں اور کئی خاندان گاڑیوں میں رات گزارنے پر مجبور ہیں۔",
            "چترال کے ایک تاجر فضل ربی نے کہا کہ بازار میں آٹے اور گیس سلنڈر کی قلت پیدا ہونے لگی ہے اور قیمتیں بڑھ رہی ہیں۔",
            "ضلعی انتظامیہ کا کہنا ہے کہ مشینری برف ہٹانے کا کام کر رہی ہے اور موسم بہتر رہا تو جمعرات کی شام تک ایک جانب سے ٹریفک بحال کر دی جائے گی۔",
            "محکمہ موسمیات نے اگلے دو روز میں بالائی علاقوں میں مزید برفباری کی پیش گوئی کی ہے اور مسافروں کو غیر ضروری سفر سے گریز کرنے کا مشورہ دیا ہے۔",
        ],
    ),
}

STORIES_BN: dict[str, tuple[str, list[str]]] = {
    "kuakata": (
        "কুয়াকাটায় সৈকতের ভাঙনে হুমকিতে জিরো পয়েন্টের স্থাপনা",
        [
            "পটুয়াখালীর কুয়াকাটা সমুদ্রসৈকতে গত এক মাসে তীব্র ভাঙনে জিরো পয়েন্ট এলাকার অন্তত ২০টি দোকান ও একটি পর্যটন তথ্যকেন্দ্র ঝুঁকির মুখে পড়েছে।",
            "স্থানীয় ব্যবসায়ীরা জানান, জোয়ারের সময় ঢেউ এখন সৈকতের বাঁধের একেবারে গোড়ায় আঘাত করছে। কয়েকটি ঝাউগাছ ইতিমধ্যে উপড়ে সাগরে চলে গেছে।",
            "ডাব বিক্রেতা আবদুল মজিদ বলেন, \"দশ বছর আগে এখান থেকে পানি অনেক দূরে ছিল। এখন প্রতিদিন দোকানের সামনে পানি আসে। কখন দোকান সরাতে হবে জানি না।\"",
            "পানি উন্নয়ন বোর্ডের উপবিভাগীয় প্রকৌশলী জানান, জরুরি ভিত্তিতে জিও ব্যাগ ফেলার কাজ শুরু হয়েছে এবং স্থায়ী রক্ষা প্রকল্পের প্রস্তাব মন্ত্রণালয়ে পাঠানো হয়েছে।",
            "পৌর কর্তৃপক্ষ ঝুঁকিপূর্ণ দোকানগুলো সরিয়ে নিতে ব্যবসায়ীদের সাত দিনের সময় দিয়েছে। ব্যবসায়ীরা বিকল্প জায়গা বরাদ্দের দাবি জানিয়েছেন।",
            "পর্যটন মৌসুমের শেষ দিকে এই ভাঙন ব্যবসায় বড় ক্ষতি ডেকে আনবে বলে আশঙ্কা করছেন হোটেল মালিকেরা।",
        ],
    ),
}

STORIES_SW: dict[str, tuple[str, list[str]]] = {
    "lamu": (
        "Wavuvi wa Lamu walalamikia kupungua kwa samaki baada ya mawimbi makali",
        [
            "Wavuvi katika kisiwa cha Lamu wamelalamikia kupungua kwa kiasi kikubwa cha samaki katika wiki tatu zilizopita, hali wanayosema imesababishwa na mawimbi makali na upepo wa kaskazi.",
            "Mwenyekiti wa kikundi cha wavuvi wa Shela, Bakari Athman, alisema boti nyingi zimelazimika kubaki ufukweni kwa siku kadhaa kwa sababu ya hatari ya kwenda bahari kuu.",
            "\"Tunatoka alfajiri na kurudi mikono mitupu,\" alisema Athman. \"Familia nyingi hapa zinategemea samaki pekee. Bila kuvua, hatuna chakula wala pesa za karo.\"",
            "Bei ya samaki katika soko la Lamu imepanda karibu mara mbili, huku kilo moja ya changu ikiuzwa shilingi 700 kutoka shilingi 400 mwezi uliopita.",
            "Afisa wa uvuvi wa kaunti alisema serikali inapanga kugawa nyavu na vifaa vya usalama kwa vikundi vya wavuvi, na kuwashauri wavuvi kufuatilia taarifa za hali ya hewa kabla ya kwenda baharini.",
            "Idara ya hali ya hewa imetabiri kuwa upepo utapungua kuanzia katikati ya mwezi ujao.",
        ],
    ),
}

STORIES_HA: dict[str, tuple[str, list[str]]] = {
    "zaria": (
        "Manoma a Zariya sun koka kan tsadar takin zamani yayin da damina ke karatowa",
        [
            "Manoma a yankin Zariya da kewaye sun nuna damuwa kan yadda farashin takin zamani ya yi tashin gwauron zabi, makonni kadan kafin fara shuka a daminar bana.",
            "Wani manomi a kauyen Dakace, Malam Sani Abdullahi, ya ce buhun takin NPK da ya saya a kan naira dubu talatin a bara yanzu ya kai sama da naira dubu hamsin.",
            "\"Idan haka ya ci gaba, da yawa daga cikinmu ba za su iya noma gonakinsu duka ba,\" in ji shi. \"Za mu rage yawan gonar da muke nomawa.\"",
            "Shugaban kungiyar manoma ta karamar hukumar ya ce sun rubuta wa gwamnatin jiha wasika suna neman a samar da takin a farashi mai rahusa ta hanyar shirin tallafi.",
            "Wani jami'in ma'aikatar noma ta jihar ya ce ana shirin raba takin ga manoma ta cibiyoyin gundumomi kafin karshen wata mai zuwa, amma bai bayyana farashin ba.",
            "Masana sun yi gargadin cewa raguwar amfani da taki na iya rage yawan amfanin gona a yankin a bana.",
        ],
    ),
}

STORIES_AM: dict[str, tuple[str, list[str]]] = {
    "gondar": (
        "በጎንደር ከተማ የመጠጥ ውሃ እጥረት ተባብሷል",
        [
            "በጎንደር ከተማ በተለያዩ ክፍለ ከተሞች የመጠጥ ውሃ አቅርቦት ከሁለት ሳምንት በላይ በመቋረጡ ነዋሪዎች ለከፍተኛ ችግር መጋለጣቸውን ተናገሩ።",
            "የከተማው የውሃ አገልግሎት ጽሕፈት ቤት እንደገለጸው፣ የአንገረብ ግድብ የውሃ መጠን በመቀነሱ እና የፓምፕ ብልሽት በማጋጠሙ አቅርቦቱ በፈረቃ እየተሰጠ ነው።",
            "የአዘዞ አካባቢ ነዋሪ ወይዘሮ ትዕግስት አለሙ \"ውሃ ለማግኘት ሌሊት ተነስተን ወረፋ እንይዛለን፤ አንዳንዴ ጀሪካን ሳንሞላ እንመለሳለን\" ብለዋል።",
            "በአንዳንድ አካባቢዎች የአንድ ጀሪካን ውሃ ዋጋ ከአምስት ብር ወደ ሃያ ብር ማደጉን ነዋሪዎች ገልጸዋል።",
            "ጽሕፈት ቤቱ የተበላሸውን ፓምፕ ለመጠገን መለዋወጫ እየተጠበቀ መሆኑን እና በቀጣዩ ሳምንት አቅርቦቱ እንደሚሻሻል አስታውቋል።",
            "ነዋሪዎች ውሃን በቁጠባ እንዲጠቀሙ ጥሪ ቀርቧል።",
        ],
    ),
}

STORIES_TA: dict[str, tuple[str, list[str]]] = {
    "rameswaram": (
        "ராமேஸ்வரம் மீனவர்கள் கடலுக்குச் செல்ல மூன்றாவது நாளாகத் தடை",
        [
            "மன்னார் வளைகுடாவில் பலத்த காற்று வீசும் என்ற எச்சரிக்கையைத் தொடர்ந்து ராமேஸ்வரம் மீனவர்கள் கடலுக்குச் செல்ல மூன்றாவது நாளாகத் தடை விதிக்கப்பட்டுள்ளது.",
            "மீன்வளத் துறை அறிவிப்பின்படி, சுமார் 800 விசைப்படகுகள் துறைமுகத்திலேயே நிறுத்தி வைக்கப்பட்டுள்ளன. இதனால் ஆயிரக்கணக்கான மீனவத் தொழிலாளர்கள் வேலையிழந்துள்ளனர்.",
            "\"மூன்று நாட்களாக வருமானம் இல்லை. கடன் வாங்கித்தான் வீட்டுச் செலவு செய்கிறோம்\" என்று மீனவர் சங்க நிர்வாகி ஜேசுராஜ் தெரிவித்தார்.",
            "பாம்பன் பாலம் அருகே கடல் சீற்றம் அதிகமாக இருந்ததால், சில நாட்டுப்படகுகள் கரைக்கு இழுத்துச் செல்லப்பட்டன.",
            "தடைக் காலத்தில் மீனவர் குடும்பங்களுக்கு நிவாரணம் வழங்க வேண்டும் என்று சங்கங்கள் அரசுக்குக் கோரிக்கை விடுத்துள்ளன.",
            "காற்றின் வேகம் குறைந்தால் வெள்ளிக்கிழமை முதல் மீண்டும் கடலுக்குச் செல்ல அனுமதி அளிக்கப்படும் என்று அதிகாரிகள் தெரிவித்தனர்.",
        ],
    ),
}

STORIES_NE: dict[str, tuple[str, list[str]]] = {
    "jomsom": (
        "जोमसोममा हुरीले उडान अवरुद्ध, पर्यटक अलपत्र",
        [
            "मुस्ताङको जोमसोम विमानस्थलमा लगातार तेस्रो दिन पनि तीव्र हुरीका कारण उडान हुन नसक्दा सयौँ पर्यटक र स्थानीय यात्री अलपत्र परेका छन्।",
            "विमानस्थलका प्रमुखका अनुसार बिहान दस बजेपछि हावाको गति अत्यधिक बढ्ने भएकाले पोखराबाट आउने उडानहरू बिहानै मात्र सम्भव छन्, तर पछिल्ला दिनमा बिहान पनि बादल लागेको छ।",
            "जोमसोमका होटल व्यवसायी कर्मा गुरुङले धेरै पर्यटकले बुकिङ रद्द गरेको र केहीले सडक बाटो बेनीसम्म जीपमा यात्रा गर्न थालेको बताए।",
            "बेनी–जोमसोम सडकखण्डमा पनि कतिपय ठाउँमा पहिरोको जोखिम रहेकाले यात्रा कष्टकर बनेको छ।",
            "मौसम पूर्वानुमान महाशाखाले आगामी दुई दिनसम्म पश्चिमी वायुको प्रभाव रहने र हिमाली क्षेत्रमा हिमपातको सम्भावना रहेको जनाएको छ।",
            "स्थानीय प्रशासनले यात्रुहरूलाई मौसमको जानकारी लिएर मात्र यात्रा गर्न आग्रह गरेको छ।",
        ],
    ),
}

STORIES36: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": STORIES_EN,
    "es": STORIES_ES,
    "pt": STORIES_PT,
    "ar": STORIES_AR,
    "fr": STORIES_FR,
    "hi": STORIES_HI,
    "ur": STORIES_UR,
    "bn": STORIES_BN,
    "sw": STORIES_SW,
    "ha": STORIES_HA,
    "am": STORIES_AM,
    "ta": STORIES_TA,
    "ne": STORIES_NE,
}

#: Further paragraphs of each story, placed before its closing paragraph.
_MORE: dict[str, list[str]] = {
    "duluth": [
        "The closed stretch is one of the busiest parts of the Lakewalk. A city count taken over three summer weekends last year recorded an average of 4,100 walkers, runners and cyclists a day passing the Fitger's steps, more than at any other counting point on the path.",
        "Staff also told commissioners that the storm had moved several of the granite blocks placed after the 2018 storm by as much as twenty feet, a sign that even the heavier stone used then was not enough for the waves the lake now throws at that part of the shore.",
        "The armour stone proposed this time would weigh between six and ten tons a piece, roughly twice the size of the 2018 blocks, and would be quarried in northern Minnesota and trucked down the North Shore over the summer.",
        "Tenvoorde said the bigger stone would also change how the shore looks from the path. \"You are going to see a rougher edge, more like the natural points up the shore,\" she said. \"Some people will like that and some will miss the old view.\"",
        "The commission also heard from the Lakewalk's volunteer trail group, which has planted native grasses along the path for a decade. Its coordinator, Birgit Saarinen, asked that any redesign leave room for the plantings, which she said helped hold the soil on the inland side.",
        "Saarinen said volunteers had replanted some of the sections damaged in 2018 three times. \"We are not engineers, but we know where the water comes over, because that is where our plants keep dying,\" she said.",
        "Commissioner Aldo Brecken asked whether the city could phase the work so that part of the closed stretch reopens by July. Tenvoorde said that might be possible for the eastern end, where the damage is lighter, but could not promise it until the geotechnical survey is complete.",
        "That survey, which involves drilling into the fill at a dozen points along the closed section, is scheduled for March, weather allowing. Its results will decide how deep the new base has to go and whether the existing seawall footings can be reused.",
        "The city's finance director has warned that if the state grant falls short, the repair would have to be paid for from the half-cent tourism tax, which is already committed to several park projects through 2029.",
        "Several residents who spoke during public comment asked why the city kept rebuilding in the same place. Retired teacher Wendell Okonkwo said he had walked the Lakewalk every morning for twenty years and would rather see it move than see it close every other winter.",
        "Others defended the waterfront route. \"The whole point of the Lakewalk is that you are right at the water,\" said Priya Halvorsen, who runs a walking group for seniors. \"If we move it behind the hotels, it is just another sidewalk.\"",
        "Lindqvist said the commission had heard both views many times and that the relocation study would give residents real numbers to argue about. \"Right now everyone is guessing what moving it would cost,\" he said. \"Let's stop guessing.\"",
        "The study is expected to cost about $180,000 and would be paid from the parks department's capital budget. Staff said it could be finished by the end of the year if the council approves it in March.",
        "Meanwhile the National Weather Service office in Duluth has issued its spring outlook, which calls for near-normal lake levels through April but warns that a wet spring could push them higher by early summer.",
        "City staff said they would monitor the undercut sections weekly and after every storm. If the deck shows further movement, the fence line could be pushed back and the adjacent parking lot closed as well.",
        "For now, Haskell said, residents who want to help can report damage they see anywhere along the shoreline through the city's service request app, which sends photos straight to the parks maintenance crew.",
        "\"We have about seven miles of Lakewalk and a handful of people to look after it,\" he said. \"Every pair of eyes helps.\"",
    ],
    "iqaluit": [
        "The original route was chosen in 2022 after a study of several options, including a desalination plant and trucking water from Lake Geraldine's upper basin. The pipeline was judged the cheapest and most reliable over its lifespan.",
        "Qaunaq said the new readings did not mean the first study was wrong, but that the ground had changed quickly. \"Five years is a short time for permafrost to change this much,\" she said. \"We are seeing what people here have been telling us for a long time.\"",
        "Hunters who travel the valley have described slumping banks and new ponds along the river in recent summers, and some of those observations were included in the review that flagged the problem, she added.",
        "A raised line on piles would need heat tracing and insulation along its full length to keep water from freezing in winter, which would raise the city's power bill for years to come.",
        "The longer bedrock route would avoid that problem but add about three kilometres of pipe and require blasting in two places, work that can only be done in the short summer season.",
        "Either option would push completion back by at least one construction season, to the autumn of 2029 at the earliest.",
        "Mayor Janet Pitsiulak said the city would not cut corners to save time. \"We are building this for the next fifty years,\" she said. \"If the ground is moving, we have to build for that.\"",
    ],
    "makeni": [
        "The fire in March two years ago started in a cooking stall late at night and spread quickly through the wooden roof. No one was killed, but the council estimated that goods worth more than four million leones were lost.",
        "For months afterwards, traders set up along the roads leading to the old site, under umbrellas and plastic sheets, and some moved their business to the lorry park on the Magburaka road.",
        "The rebuilt hall was paid for with a loan from a development bank and a grant from the national government, and construction took fourteen months, about twice as long as first promised.",
        "Inside, stalls are numbered and grouped by trade, with meat and fish at the back near the drains and cloth and household goods at the front. A small clinic room and a nursing room for mothers have been built next to the main entrance.",
        "Traders who have moved in said the building was cleaner and cooler than the old market, and that they felt safer leaving their goods overnight now that the hall has lockable gates and guards.",
        "\"When it rains, I am dry. That is already a big change,\" said Adama Bangura, who sells cloth and has taken two stalls near the entrance.",
        "But many said customers had not yet found their way inside. On Wednesday afternoon the aisles at the back of the hall were nearly empty, while traders on the highway outside were busy.",
    ],
    "jinja": [
        "Water hyacinth, a floating plant native to South America, first appeared on Lake Victoria in the late 1980s and spread rapidly through the 1990s, when it covered large parts of the Ugandan and Kenyan shoreline.",
        "A combination of mechanical harvesting and weevils that feed on the plant brought it under control by the early 2000s, but it has returned in smaller outbreaks almost every year since.",
        "This year's mat is the largest seen around Jinja in more than a decade, according to fishermen and boat operators who work the bays near the source of the Nile.",
        "Tour boat operators at the source said they had cancelled trips on several days because the weed had blocked the channel near the jetty. One operator said he had lost nearly a week of bookings.",
        "The weed also blocks water intakes. The national water utility said it had sent a team to clear the intake that supplies part of Jinja town, and that supply had not been affected so far.",
        "Fishermen say the loss is hardest for those who rent boats and nets and must pay the owners whether or not they catch anything.",
        "\"My children are at home because I could not pay the school fees this term,\" said Rose Namulondo, who buys fish at Masese to sell in town. \"If there is no fish, there is no money.\"",
    ],
    "tonga": [
        "The dry season this year was one of the longest recorded in Vava'u, with less than a third of the usual rainfall between June and October, according to the Tonga Meteorological Service.",
        "Most villages rely on rainwater collected from roofs, supplemented by a few wells that turn brackish when the water table drops. Several villages had their wells tested and told the water was not safe to drink.",
        "Fifita said the organisers had tried to keep the campaign simple. \"We told people: one tank is ten thousand litres, one tank is five thousand pa'anga,\" she said. \"Families chose which village their money would go to.\"",
        "Some donors gave in the name of grandparents who had died, and their names were painted on the tanks in the village colours. Fifita said that had made the campaign feel like a family project.",
        "Church youth groups in Sydney and Utah held their own fundraising events, including a gospel concert that raised more than twenty thousand pa'anga in one evening.",
        "In Tu'anekivale, the first tank was filled by the rains that came at the end of January. \"When the rain came, the children were dancing under the gutters,\" said Havili.",
        "Remittances from Tongans overseas already make up a large share of the kingdom's income, and community projects funded by the diaspora, from church halls to school buses, are common across the islands.",
    ],
    "honiara": [
        "The Point Cruz roadside has been an informal market for more than a decade, growing as the central market became crowded and as more women came to town from the provinces to sell produce.",
        "On a busy day, more than four hundred vendors set up along the footpath and in the spaces between parked cars, selling everything from cooked fish and cassava pudding to second-hand clothes.",
        "The council's relocation plan, announced in December, gave vendors until the end of February to move to the Lengakiki site, which was cleared last year and has space for about three hundred tables.",
        "Vendors said they had not been consulted before the plan was announced. \"We read about it on Facebook,\" said Tovua. \"Nobody came to talk to us.\"",
        "The march on Tuesday was peaceful, police said. Vendors sang hymns and carried placards reading \"Our market, our life\" and \"Talk to us first\".",
        "Ramo said the council accepted that it should have consulted more widely, and that the working group would report back to the full council before any new date is set.",
    ],
    "invercargill": [
        "The block was bought by a local property trust in 2019, when most of its buildings were empty and several had been judged earthquake-prone.",
        "Demolition took more than a year, and construction was slowed by the pandemic and by the discovery of old foundations and a brick drain beneath one of the lots.",
        "The finished block includes shops, a food hall, offices, a medical centre and a multi-storey car park, joined by covered lanes that run between the main streets.",
        "The medical centre, which opened in December, has already brought more people into the area on weekdays, café owners in the block said.",
        "At the food hall on Saturday, queues formed at most of the counters by midday. Owner of a dumpling stall, Li Wen, said she had sold out by two o'clock. \"I did not expect this many people,\" she said. \"Tomorrow I make double.\"",
        "Retail analysts say empty shops are common in new developments outside the big cities and that it can take two or three years for a new precinct to fill.",
        "Galbraith said the developer was open to short-term leases for local businesses and pop-up shops to keep the ground floor lively while the larger leases are negotiated.",
    ],
    "ancud": [
        "La planta de Pudeto bombea agua desde el estero hasta los estanques ubicados en la parte alta de la ciudad, desde donde se distribuye por gravedad a los sectores del cerro.",
        "Según la empresa, la falla afectó el tablero eléctrico de la bomba principal, que quedó inundado por la lluvia que entró por una techumbre dañada durante el temporal.",
        "Los vecinos acusan que no es la primera vez. \"El año pasado estuvimos cuatro días sin agua por lo mismo y nos dijeron que iban a cambiar el techo\", recordó Juan Carlos Mansilla, vecino de Lomas de Pudeto.",
        "En los almacenes del sector, los bidones de agua embotellada se agotaron el fin de semana, y algunos comerciantes traen agua desde Castro para venderla.",
        "El consultorio de Caicumeo suspendió las atenciones dentales por falta de agua y derivó a los pacientes al Cesfam del centro, informó el departamento de salud municipal.",
        "Los colegios de los sectores altos mantienen las clases, pero con jornada reducida, ya que los baños funcionan con agua acarreada por los apoderados.",
        "La Superintendencia de Servicios Sanitarios abrió un proceso de fiscalización y podría sancionar a la empresa si se comprueba que no mantuvo la infraestructura de respaldo.",
        "El concejal Patricio Vera pidió que la empresa compense a las familias afectadas con un descuento en la próxima boleta.",
    ],
    "mucuge": [
        "A serra do Sincorá abriga espécies de plantas que só existem na região, como a sempre-viva, flor que por décadas sustentou famílias de Mucugê e hoje é protegida por lei.",
        "Segundo o coordenador da brigada municipal, Ivanildo Sampaio, o fogo avança em áreas de difícil acesso, o que obriga as equipes a caminhar até três horas com abafadores e bombas costais.",
        "\"Tem trecho que a gente só chega no fim da tarde, e aí o fogo já passou\", afirmou. \"O avião ajuda muito, mas ele só consegue atuar enquanto há luz.\"",
        "Moradores da zona rural relatam que a fumaça cobriu o povoado de Guiné durante a noite de terça-feira. Uma escola da localidade suspendeu as aulas por precaução.",
        "O órgão ambiental estadual investiga a origem do incêndio. A principal suspeita é de que o fogo tenha começado em uma queimada para renovação de pasto que saiu do controle.",
        "A prefeitura montou um ponto de apoio na praça central para receber doações de água, alimentos e equipamentos para os brigadistas.",
        "Voluntários de Lençóis, Ibicoara e Andaraí também se deslocaram para ajudar no combate às chamas.",
        "Especialistas alertam que a recuperação da vegetação pode levar anos, sobretudo nas áreas de campo rupestre.",
    ],
    "chefchaouen": [
        "وتعرف المنطقة خلال فصل الشتاء انهيارات متكررة بسبب طبيعة التربة والمنحدرات الحادة، غير أن السكان يؤكدون أن انهيار هذه السنة هو الأكبر منذ سنوات.",
        "وأفاد فاعل جمعوي بالمنطقة أن عدداً من المرضى، بينهم امرأة حامل، نُقلوا على ظهور الدواب إلى أقرب نقطة يمكن أن تصلها سيارة الإسعاف.",
        "وطالبت جمعيات المجتمع المدني بإنجاز منشآت لتثبيت المنحدرات وبناء جدران واقية على طول المقاطع الأكثر خطورة، بدل الاكتفاء بإزاحة الصخور بعد كل انهيار.",
        "كما دعت إلى تعزيز حضور فرق الوقاية المدنية في المنطقة خلال فصل الشتاء، وتوفير مخزون احتياطي من المواد الأساسية في الدواوير المعزولة.",
        "وتوقعت المديرية العامة للأرصاد الجوية استمرار الأمطار بمرتفعات الريف خلال الأيام المقبلة، مع انخفاض في درجات الحرارة.",
    ],
    "kribi": [
        "Le projet hôtelier, porté par un groupe privé, prévoit un complexe de quatre-vingts chambres avec piscine et restaurant en bord de mer, selon les documents consultés par la coopérative.",
        "Les pêcheurs affirment n'avoir été informés de l'arrêté que par un affichage à la chefferie, une semaine avant son entrée en vigueur.",
        "« Personne n'est contre le développement, mais on ne peut pas nous chasser comme ça », a déclaré le chef du village, sa majesté Dieudonné Manga, venu soutenir les manifestants.",
        "Le site proposé pour le débarquement, au lieu-dit Mpalla, n'a ni accès routier praticable en saison des pluies ni abri pour le matériel de pêche, selon les pêcheurs.",
        "La délégation départementale de l'élevage, des pêches et des industries animales a indiqué qu'une étude de faisabilité pour un débarcadère aménagé était en cours.",
        "À Kribi, la pêche artisanale fournit l'essentiel du poisson frais vendu sur les marchés de la ville et une partie de celui expédié vers Douala et Yaoundé.",
        "Les mareyeuses craignent aussi une hausse des prix si les débarquements se dispersent sur plusieurs sites.",
        "Une nouvelle rencontre avec les autorités administratives est prévue la semaine prochaine.",
    ],
    "munsiyari": [
        "मुनस्यारी में इस सीजन की यह सबसे भारी बर्फबारी बताई जा रही है। स्थानीय लोगों के अनुसार पिछले दस वर्षों में इतनी बर्फ एक साथ नहीं गिरी थी।",
        "स्वास्थ्य विभाग ने क्षेत्र के प्राथमिक स्वास्थ्य केंद्रों में दवाओं का अतिरिक्त भंडार भेजने की बात कही है। गंभीर मरीजों को जिला अस्पताल पहुंचाने के लिए वैकल्पिक व्यवस्था की जा रही है।",
        "बर्फबारी से सेब और आलू की खेती करने वाले किसानों को फायदे की उम्मीद है, लेकिन पशुपालकों के सामने चारे का संकट खड़ा हो गया है।",
        "होटल व्यवसायियों का कहना है कि बर्फ देखने आए कई पर्यटक मुनस्यारी में फंसे हुए हैं, जिनके ठहरने और भोजन की व्यवस्था स्थानीय स्तर पर की जा रही है।",
    ],
    "chitral": [
        "لواری ٹنل کی تعمیر سے قبل سردیوں میں چترال کئی ماہ تک ملک سے کٹا رہتا تھا، اور ٹنل کھلنے کے بعد بھی برفانی تودے اس راستے کو وقتاً فوقتاً بند کر دیتے ہیں۔",
        "مقامی شہریوں نے مطالبہ کیا ہے کہ ٹنل کے دونوں جانب برفانی تودوں سے بچاؤ کے لیے شیڈ تعمیر کیے جائیں تاکہ ہر سال یہ صورتحال پیدا نہ ہو۔",
        "ضلعی ہسپتال کے ایک ڈاکٹر نے بتایا کہ پشاور ریفر کیے جانے والے دو مریضوں کو راستہ بند ہونے کے باعث واپس لانا پڑا۔",
        "پھنسے ہوئے مسافروں میں طلبہ اور سرکاری ملازمین بھی شامل ہیں جو چھٹیوں کے بعد واپس جا رہے تھے۔",
    ],
    "kuakata": [
        "স্থানীয়দের হিসাবে গত পাঁচ বছরে কুয়াকাটা সৈকতের প্রায় আধা কিলোমিটার জায়গা সাগরে বিলীন হয়েছে। এর মধ্যে জাতীয় উদ্যানের নারকেলবাগানের বড় অংশও রয়েছে।",
        "পরিবেশবিদেরা বলছেন, জলবায়ু পরিবর্তনের কারণে সমুদ্রপৃষ্ঠের উচ্চতা বৃদ্ধি এবং ঘন ঘন ঘূর্ণিঝড় ভাঙন বাড়িয়ে দিচ্ছে।",
        "পর্যটকেরাও সৈকতের এই অবস্থা দেখে হতাশা প্রকাশ করেছেন। ঢাকা থেকে আসা এক পর্যটক বলেন, আগের চেয়ে সৈকত অনেক সরু হয়ে গেছে।",
    ],
    "lamu": [
        "Wavuvi wengi wa Lamu hutumia mashua ndogo za mbao na ngalawa ambazo haziwezi kustahimili mawimbi makubwa ya bahari kuu wakati wa kaskazi.",
        "Baadhi yao wamegeukia kazi za vibarua katika ujenzi na usafirishaji wa mizigo bandarini ili kupata riziki wakati huu mgumu.",
        "Wanawake wanaokaanga na kuuza samaki katika mitaa ya mji wa kale pia wameathirika, kwani wengi wao hawawezi kumudu bei mpya ya samaki.",
        "Mmoja wao, Mwanaisha Omar, alisema sasa anapika mara moja kwa siku badala ya mara mbili kwa sababu faida imepungua sana.",
        "Viongozi wa wavuvi wameiomba serikali ya kaunti kuanzisha hazina ya dharura ya kuwasaidia wavuvi wakati wa misimu mibaya ya hali ya hewa.",
        "Wamesema pia kuwa wanahitaji mafunzo ya usalama baharini na vifaa vya mawasiliano ili kupunguza ajali zinazotokea kila mwaka.",
        "Wizara ya uvuvi ilisema itafanya mkutano na vikundi vya wavuvi wiki ijayo kujadili mahitaji yao.",
    ],
    "zaria": [
        "Manoma da dama a yankin suna noman masara, dawa, gyada da waken soya, kuma mafi yawansu kananan manoma ne da ke da gonaki kasa da kadada biyu.",
        "Wasu manoma sun ce sun fara komawa ga amfani da takin gargajiya kamar taki na dabbobi domin rage kashe kudi, duk da cewa ba ya wadatarwa.",
        "\"Taki na shanu yana taimakawa, amma ba mu da isasshe ga dukkan gonar,\" in ji Malama Hauwa Yusuf, wata manomiya a kauyen Kufena.",
        "'Yan kasuwa a kasuwar Sabon Gari sun ce tsadar sufuri da karancin takin da ake shigowa da shi daga waje sun taimaka wajen hauhawar farashin.",
        "Wani dan kasuwa ya ce yanzu ba ya iya sayen buhunan taki masu yawa a lokaci guda saboda rashin tabbas na farashi.",
        "Kungiyar manoma ta yi kira ga gwamnati ta tabbatar da cewa takin tallafi zai kai ga kananan manoma ba ga masu hannu da shuni kadai ba.",
        "Ta kuma bukaci a kafa kwamiti da zai sa ido kan yadda ake raba takin a kowace gunduma.",
    ],
    "gondar": [
        "የከተማዋ ነዋሪዎች ቁጥር በየዓመቱ እየጨመረ ቢሆንም የውሃ አቅርቦት መሠረተ ልማቱ ከፍላጎቱ ጋር አብሮ አለማደጉን ባለሙያዎች ይገልጻሉ።",
        "አንዳንድ ነዋሪዎች ከወንዝና ከምንጭ ውሃ ለመቅዳት መገደዳቸውን ገልጸው፣ ይህም የውሃ ወለድ በሽታዎች ስጋት መፍጠሩን ተናግረዋል።",
        "በከተማዋ የሚገኙ ሆቴሎችና ምግብ ቤቶችም ውሃ በቦቴ መኪና በውድ ዋጋ እየገዙ መሆናቸውን ገልጸዋል።",
        "የከተማው አስተዳደር የከርሰ ምድር ውሃ ጉድጓዶችን ለመቆፈር ዕቅድ መያዙን እና ለዚህም ከክልሉ መንግሥት ድጋፍ መጠየቁን አስታውቋል።",
    ],
    "rameswaram": [
        "ராமேஸ்வரம், பாம்பன், மண்டபம் ஆகிய பகுதிகளில் மீன்பிடித் தொழிலை நம்பி சுமார் ஐம்பதாயிரம் பேர் வாழ்ந்து வருகின்றனர்.",
        "மீன்பிடித் தடையால் ஐஸ் கட்டி தொழிற்சாலைகள், மீன் ஏற்றுமதி நிறுவனங்கள் மற்றும் வலை பின்னும் தொழிலாளர்களும் பாதிக்கப்பட்டுள்ளனர்.",
        "ராமேஸ்வரம் மீன் சந்தையில் மீன் வரத்து குறைந்ததால் விலை இரண்டு மடங்கு உயர்ந்துள்ளது என்று வியாபாரிகள் தெரிவித்தனர்.",
    ],
    "jomsom": [
        "जोमसोम विमानस्थल पहाडी भूगोलका कारण नेपालकै जोखिमपूर्ण विमानस्थलमध्ये पर्छ, जहाँ दिउँसो हावाको गति निकै बढ्ने गर्छ।",
        "अलपत्र परेका पर्यटकमध्ये धेरैजसो मुक्तिनाथ दर्शन गर्न आएका तीर्थयात्री रहेको होटल व्यवसायीहरूले बताएका छन्।",
        "केही विदेशी पर्यटकले भने पदयात्रा गर्दै मार्फा र टुकुचेतर्फ झर्ने निर्णय गरेका छन्।",
    ],
}

for _lang_stories in STORIES36.values():
    for _key, (_title, _paras) in _lang_stories.items():
        _paras[-1:-1] = _MORE.get(_key, [])

#: Paragraphs added to four shorter stories, before their closing paragraph.
_MORE_2: dict[str, list[str]] = {
    "honiara": [
        "Health officers said the council's concerns about hygiene were real. During the outbreaks last year, they traced several cases to food cooked at home without clean water and sold on the roadside in the afternoon heat.",
        "Vendors' representatives said they would welcome training and a clean water point at Point Cruz itself, which they argued would do more for hygiene than moving everyone up the hill.",
        "Police said they would keep officers at Point Cruz during the three-month pause to manage traffic on Mendana Avenue at the busiest times of day."
    ],
    "invercargill": [
        "Shoppers on Saturday said they liked the lanes but wanted more reasons to stay. \"It is beautiful, but half the windows are papered over,\" said Janine Crowe, who had driven in from Winton with her grandchildren.",
        "The trust said it had offered the first six months rent-free to local businesses willing to sign a three-year lease, and that two more tenants would open before Easter.",
        "The council's economic development agency is planning a series of weekend events in the courtyard through autumn, including a night market and a winter festival."
    ],
    "lamu": [
        "Katika soko la samaki karibu na gati kuu, wafanyabiashara wengi walikuwa wameketi mbele ya meza tupu Jumatano asubuhi.",
        "Mfanyabiashara Hassan Shee alisema amekuwa akinunua samaki kutoka Kiwayu na Faza, lakini gharama ya usafiri imeongeza bei zaidi.",
        "Hoteli na mikahawa inayohudumia watalii katika mji wa kale imelazimika kubadilisha menyu kutokana na uhaba wa samaki wa aina fulani."
    ],
    "zaria": [
        "Wasu manoma sun ce sun sayar da wani bangare na amfanin gonar bara domin samun kudin sayen taki, abin da ke rage abincin da suka ajiye wa iyalansu.",
        "Malam Abdullahi ya kara da cewa rashin samun takin a kan lokaci ya fi tsadar kanta illa, domin idan aka makara wajen zuba taki, amfanin gona zai ragu.",
        "Jami'an kungiyar manoma sun ce za su gudanar da taro da dukkan shugabannin kauyuka a makon gobe domin tattauna hanyoyin da za a bi."
    ]
}

for _lang_stories in STORIES36.values():
    for _key, (_title, _paras) in _lang_stories.items():
        _paras[-1:-1] = _MORE_2.get(_key, [])

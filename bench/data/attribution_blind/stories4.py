# ruff: noqa: E501, RUF001
"""Invented stories of the fourth blind set: (headline, paragraphs) by language and key.

Names, places and figures are made up; none of this prose is in the earlier sets (build4.py checks).
"""

from __future__ import annotations

STORIES4: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "bridge_closure": (
            "Aging river bridge to close for 14 months of repairs",
            [
                "The Halvard Street bridge, which carries about 31,000 vehicles a day across the Tressel River, will close to traffic on May 4 for fourteen months of structural repairs, state transport officials said on Thursday. Inspectors found corroded steel in two of its four main girders last autumn.",
                "Buses will be diverted over the Kingsferry crossing, adding an estimated twelve minutes to peak-hour journeys. A temporary footbridge for pedestrians and cyclists is due to open a week before the closure, and the city plans to add two extra trains an hour on the riverside line.",
                "Business owners on the east bank said they feared losing customers during the busiest season of the year. Marisol Debenham, who runs a bakery two blocks from the bridge, said takings had fallen by a quarter during a shorter closure in 2019.",
                "The repairs will cost 86 million dollars, most of it from a federal grant awarded in January. Officials said the bridge would reopen with wider pavements and a protected bike lane.",
                "A public meeting on the diversion routes will be held at the Halvard Street community hall on April 9. Officials said they would publish weekly progress reports and a live traffic map on the transport department's website.",
            ],
        ),
        "vaccine_clinics": (
            "County opens weekend clinics as measles cases reach 40",
            [
                "Health officials in Marrowby County opened four weekend vaccination clinics on Saturday after confirmed measles cases rose to 40, the largest outbreak in the county in three decades. Most of the cases are in children under ten who had not received both doses of the vaccine.",
                "The clinics, in school gymnasiums in Ashgrove, Pell Creek, Dunmore and the county seat, will run every Saturday and Sunday until the end of April. No appointment is needed, and staff will check vaccination records for families who are unsure what their children have received.",
                "County health director Dr. Anselm Ruiz said the outbreak had probably started at an indoor sports tournament in February. He urged parents to keep children with fevers and rashes at home and to call ahead before visiting a doctor's surgery, so that other patients are not exposed.",
                "Nine children have been treated in hospital and all have since gone home. The state has sent 6,000 extra doses and a team of twelve nurses.",
                "The county has also set up a telephone line for parents, staffed from eight in the morning until eight at night. Officials said the number of calls had doubled since the first cases were confirmed.",
            ],
        ),
        "wind_auction": (
            "Offshore wind auction draws record bids despite higher costs",
            [
                "Developers offered a record 7.4 gigawatts of capacity in the government's latest offshore wind auction, officials said on Wednesday, easing fears that rising turbine and financing costs had cooled interest in the sector. The auction covered three zones off the northern coast.",
                "The winning bids averaged 71 dollars per megawatt-hour, about fourteen percent higher than in the previous round two years ago. Energy minister Carys Holloway said the price was still below that of new gas plants once carbon charges were counted.",
                "Five consortiums won contracts, including a partnership between a domestic utility and a Danish pension fund. The projects must connect to the grid by 2032, and the grid operator has said it will need to build two new substations on the coast to take the power.",
                "Fishing groups criticised the choice of the easternmost zone, which overlaps with prawn grounds. The ministry said it would publish compensation rules before construction begins.",
                "The next auction round is planned for the spring of 2028. The ministry said it would consult developers and coastal communities this year on the zones to be offered.",
            ],
        ),
        "library_hours": (
            "City libraries to open on Sundays after budget vote",
            [
                "All eleven branches of the Corrin City public library will open on Sundays from June, after the council voted on Monday to restore 2.3 million dollars cut from the library budget four years ago. Sunday hours will run from noon to five.",
                "The money will also pay for 28 part-time staff and a mobile library van that will visit care homes and the three neighbourhoods furthest from a branch. Head librarian Odette Fairweather said Sunday was the day most requested in a survey answered by 9,400 residents.",
                "Councillor Bram Okafor, who voted against the plan, said the council should first repair the roof of the central library, which has leaked during heavy rain since 2023. The council said the roof would be fixed from a separate buildings fund this summer.",
                "Library visits fell during the cuts but have risen again for two years, reaching 1.6 million last year. Children's borrowing alone rose by nineteen percent.",
                "The council will review attendance after the first six months. Fairweather said she expected Sunday afternoons to become the busiest time of the week for families with young children.",
            ],
        ),
        "chip_recycling": (
            "Start-up raises funds to recover gold from discarded phones",
            [
                "A start-up that extracts gold and copper from discarded phones and laptops has raised 48 million dollars to build its first commercial plant, the company said on Tuesday. Lumenreach Materials uses a water-based chemical process instead of smelting.",
                "Chief executive Henrike Osei said the plant, planned for an industrial park outside Brackwater, would process 20,000 tonnes of circuit boards a year from 2028. Most of the boards now leave the country for smelters abroad, and much of the metal is never recovered.",
                "The funding round was led by a climate investment fund and included two electronics makers that want recycled metal for their own supply chains. The company has run a pilot line for eighteen months and says it recovers more than ninety percent of the gold.",
                "Environmental groups welcomed the plan but asked for the plant's waste water permits to be made public. The company said it would publish them when it applies.",
                "Osei said the plant would employ about 140 people once it runs at full capacity. The company plans a second plant abroad if the first one meets its targets within three years.",
            ],
        ),
        "heat_school": (
            "Schools shorten days as heat wave pushes classrooms past 35C",
            [
                "More than 300 schools in the southern districts will end lessons at noon for the rest of the week after classroom temperatures passed 35 degrees Celsius on Monday, the education department said. Exams scheduled for Thursday have been moved to the following week.",
                "Teachers in several towns said that fans were useless in rooms with metal roofs and that pupils had fainted during afternoon lessons. The teachers' union asked the department to fit shades and insulation before next summer rather than shorten the school day each time.",
                "Education secretary Danuta Morrell said forty million dollars had been set aside to cool the hottest classrooms, starting with the 60 schools that recorded the highest temperatures in last year's survey. She said the work would start in the July holidays.",
                "Forecasters expect the heat to ease on Saturday, when a cooler front is due to reach the coast. Night temperatures have stayed above 27 degrees for six days in a row.",
                "Parents in the worst-affected towns have been told to send children with water bottles and hats. The department said schools could close early on their own authority if temperatures rise again next week.",
            ],
        ),
    },
    "zh": {
        "zh_river": (
            "青禾市启动河道生态修复工程",
            [
                "青禾市水务局12日宣布，全长18公里的柳溪河道生态修复工程正式启动，计划投资4.6亿元，预计2028年底完工。工程将拆除沿岸硬化堤岸，改建为阶梯式湿地。",
                "水务局副局长孟庆澜介绍，柳溪过去十年多次在汛期漫堤，附近三个街道的居民苦不堪言。修复后的湿地可以在暴雨时蓄水约120万立方米，明显减轻下游压力。湿地建成后还将种植本地水生植物，为候鸟提供栖息地。",
                "工程期间，沿河的两条步道将分段封闭，市民可以通过市政府网站查询最新的封闭时间。部分居民担心施工噪音影响生活，水务局表示夜间将停止重型机械作业。",
                "据了解，这是青禾市近年来规模最大的水环境项目。市民可在施工现场的公示牌上留言提出意见。",
                "青禾市今年还将启动另外两条支流的清淤工作，总投资约1.2亿元。水务局表示，所有工程的进度和资金使用情况将定期向社会公开，接受市民监督。",
            ],
        ),
    },
    "vi": {
        "vi_market": (
            "Chợ Bến Lam được cải tạo sau hơn 40 năm hoạt động",
            [
                "UBND thị xã Bến Lam cho biết chợ trung tâm của thị xã sẽ được cải tạo từ tháng 6, với tổng vốn đầu tư khoảng 95 tỷ đồng. Đây là lần sửa chữa lớn đầu tiên kể từ khi chợ được xây dựng năm 1984.",
                "Theo kế hoạch, khu chợ mới sẽ có hệ thống phòng cháy chữa cháy hiện đại, nhà vệ sinh công cộng và bãi giữ xe cho khoảng 400 xe máy. Trong thời gian thi công, các tiểu thương sẽ được bố trí buôn bán tạm tại bãi đất trống cạnh bến xe.",
                "Bà Lương Thị Hạnh, người bán rau ở chợ hơn hai mươi năm, cho biết bà lo lắng khách hàng sẽ giảm khi chuyển sang khu tạm. Ban quản lý chợ cam kết miễn phí thuê sạp trong ba tháng đầu.",
                "Dự kiến chợ mới sẽ hoạt động trở lại vào cuối năm sau. Thị xã cũng sẽ lấy ý kiến của tiểu thương về cách bố trí các gian hàng.",
                "Ngoài chợ trung tâm, thị xã cũng đang lập kế hoạch nâng cấp hai chợ nhỏ ở phường Đông và phường Tây trong năm tới.",
            ],
        ),
    },
    "pl": {
        "pl_tram": (
            "Nowa linia tramwajowa w Zielonowie gotowa przed terminem",
            [
                "Nowa linia tramwajowa łącząca osiedle Podlesie z centrum Zielonowa zostanie otwarta 1 maja, dwa miesiące przed terminem, poinformował w środę zarząd miejskiego przewoźnika. Trasa ma długość 6,4 kilometra i jedenaście przystanków.",
                "Budowa kosztowała 312 milionów złotych, z czego ponad połowę pokryły fundusze unijne. Tramwaje będą kursować co osiem minut w godzinach szczytu, a podróż z Podlesia na rynek ma trwać siedemnaście minut zamiast obecnych trzydziestu autobusem.",
                "Mieszkańcy osiedla od lat skarżyli się na korki na jedynej drodze prowadzącej do miasta. Radna Halina Borowiec powiedziała, że linia zmieni codzienne życie kilkunastu tysięcy osób.",
                "Przez pierwszy tydzień przejazdy nową linią będą bezpłatne. Przewoźnik zapowiedział też, że dwie linie autobusowe zostaną skrócone.",
                "Władze miasta rozważają już przedłużenie linii do nowego osiedla Leśne Wzgórze. Decyzja w tej sprawie ma zapaść jesienią, po zakończeniu analiz kosztów i konsultacji z mieszkańcami.",
            ],
        ),
    },
    "nl": {
        "nl_dike": (
            "Waterschap versterkt dijk bij Oosterwold na scheuren",
            [
                "Het waterschap Lage Venen begint in april met het versterken van een dijk van vier kilometer bij Oosterwold, nadat inspecteurs vorig najaar scheuren in het talud vonden. De werkzaamheden kosten naar schatting 38 miljoen euro.",
                "Volgens dijkgraaf Annelies Verbeek is er geen direct gevaar voor de bewoners, maar kan de dijk bij een zware storm niet meer aan de normen voldoen. Het waterschap legt een nieuwe kern van klei aan en verbreedt de voet van de dijk met twaalf meter. Er worden ook nieuwe gemalen gebouwd.",
                "Tijdens de werkzaamheden is het fietspad op de dijk afgesloten. Fietsers worden omgeleid via de Polderweg, wat ongeveer vijf minuten extra kost. Omwonenden krijgen een aanspreekpunt voor klachten over geluid en trillingen.",
                "De versterking moet in de zomer van 2028 klaar zijn. Het is het grootste dijkproject in de regio sinds 1995.",
                "Het waterschap houdt op 14 april een informatieavond in het dorpshuis van Oosterwold. Bewoners kunnen daar de tekeningen bekijken en vragen stellen aan de projectleiders en de aannemer.",
            ],
        ),
    },
    "el": {
        "el_port": (
            "Νέα προβλήτα για κρουαζιερόπλοια στο λιμάνι της Καλάμωνας",
            [
                "Το δημοτικό συμβούλιο της Καλάμωνας ενέκρινε την Τρίτη την κατασκευή νέας προβλήτας για κρουαζιερόπλοια, με προϋπολογισμό 27 εκατομμύρια ευρώ. Τα έργα αναμένεται να ξεκινήσουν τον Σεπτέμβριο.",
                "Η δήμαρχος Ελένη Σταματοπούλου δήλωσε ότι η προβλήτα θα επιτρέψει σε μεγαλύτερα πλοία να δένουν στο λιμάνι χωρίς να χρησιμοποιούν λάντζες. Πέρυσι η πόλη δέχθηκε 64 κρουαζιερόπλοια.",
                "Κάτοικοι της παλιάς πόλης εκφράζουν ανησυχίες για τον συνωστισμό στα στενά σοκάκια τους καλοκαιρινούς μήνες. Ο δήμος σχεδιάζει όριο επιβατών ανά ημέρα.",
                "Η προβλήτα θα είναι έτοιμη το 2028.",
                "Ο δήμος θα διοργανώσει δημόσια διαβούλευση τον Απρίλιο.",
            ],
        ),
    },
    "he": {
        "he_clinic": (
            "מרפאה חדשה תיפתח בשכונת גבעת הזית",
            [
                "עיריית נווה ארז הודיעה ביום שני כי מרפאה ציבורית חדשה תיפתח בשכונת גבעת הזית בחודש יולי. המרפאה תשרת כשנים עשר אלף תושבים שנאלצו עד היום לנסוע למרכז העיר.",
                "לדברי סגנית ראש העירייה, מיכל אלמוג, המרפאה תכלול רופאי משפחה, רופאת ילדים ומעבדה לבדיקות דם. עלות ההקמה נאמדת בכשמונה עשר מיליון שקלים.",
                "תושבי השכונה מחו במשך שלוש שנים על היעדר שירותי בריאות באזור. ועד השכונה בירך על ההחלטה אך ביקש שהמרפאה תפעל גם בשעות הערב.",
                "העירייה אמרה כי תשקול את הבקשה לאחר החודשים הראשונים.",
                "בעירייה ציינו כי בכוונתם לפתוח מרפאה נוספת בשכונת נווה רעים עד סוף השנה הבאה, בהתאם לתקציב שיאושר.",
            ],
        ),
    },
    "fa": {
        "fa_water": (
            "طرح انتقال آب به روستاهای دشت سپیدان آغاز شد",
            [
                "فرمانداری شهرستان سپیدان روز یکشنبه اعلام کرد که عملیات اجرایی طرح انتقال آب آشامیدنی به بیست و دو روستای دشت آغاز شده است. این طرح با اعتباری حدود سیصد و چهل میلیارد ریال اجرا می‌شود.",
                "به گفته مدیر آب و فاضلاب شهرستان، مهندس کاوه رستمی، ساکنان این روستاها در تابستان‌های گذشته با تانکر آب‌رسانی می‌شدند. خط لوله جدید چهل و هفت کیلومتر طول خواهد داشت.",
                "برخی کشاورزان نگران کاهش سهم آب کشاورزی هستند. مسئولان می‌گویند این طرح فقط برای آب شرب است و به چاه‌های کشاورزی آسیبی نمی‌زند.",
                "پیش‌بینی می‌شود بخش نخست طرح تا پایان سال آینده به بهره‌برداری برسد.",
                "فرماندار سپیدان گفت که گزارش پیشرفت کار هر سه ماه یک بار منتشر خواهد شد.",
            ],
        ),
    },
    "th": {
        "th_flood": (
            "จังหวัดเตรียมสร้างแก้มลิงรับน้ำหลากก่อนฤดูฝน",
            [
                "สำนักงานจังหวัดนาทองแถลงเมื่อวันอังคารว่าจะเริ่มก่อสร้างแก้มลิงขนาดสามร้อยไร่ที่ตำบลหนองบัวในเดือนหน้า เพื่อรองรับน้ำหลากที่ท่วมตัวเมืองติดต่อกันมาสามปี งบประมาณทั้งหมดราวหนึ่งร้อยสี่สิบล้านบาท",
                "นายวรวิทย์ แสงทอง ผู้อำนวยการโครงการ กล่าวว่าแก้มลิงแห่งนี้จะเก็บน้ำได้ประมาณสองล้านลูกบาศก์เมตร และช่วยให้เกษตรกรมีน้ำใช้ในฤดูแล้งด้วย",
                "ชาวบ้านบางส่วนที่ต้องย้ายออกจากพื้นที่ได้รับเงินชดเชยแล้ว แต่ยังมีอีกสิบสองครัวเรือนที่ยังไม่ตกลงเรื่องราคาที่ดิน",
                "คาดว่าโครงการจะแล้วเสร็จก่อนฤดูฝนปีหน้า",
                "ทางจังหวัดจะจัดประชุมรับฟังความคิดเห็นของประชาชนอีกครั้งในเดือนพฤษภาคม",
            ],
        ),
    },
    "bn": {
        "bn_bridge": (
            "মধুমতী নদীর ওপর নতুন সেতুর কাজ শুরু",
            [
                "চরপাড়া উপজেলায় মধুমতী নদীর ওপর ৬২০ মিটার দীর্ঘ একটি সেতুর নির্মাণকাজ শুরু হয়েছে। প্রায় ২১০ কোটি টাকা ব্যয়ে সেতুটি ২০২৮ সালের মধ্যে শেষ হওয়ার কথা।",
                "স্থানীয় বাসিন্দারা এত দিন খেয়া নৌকায় নদী পার হতেন। বর্ষায় নৌকা চলাচল বন্ধ থাকলে শিক্ষার্থী ও রোগীদের সবচেয়ে বেশি দুর্ভোগ পোহাতে হতো।",
                "প্রকল্প পরিচালক তানভীর হাসান জানান, সেতুর দুই পাশে সংযোগ সড়কের জন্য জমি অধিগ্রহণ প্রায় শেষ। ক্ষতিগ্রস্ত পরিবারগুলোকে ক্ষতিপূরণ দেওয়া হচ্ছে।",
                "সেতুটি চালু হলে জেলা সদরে যাতায়াতের সময় অর্ধেকে নেমে আসবে বলে আশা করা হচ্ছে।",
                "উপজেলা প্রশাসন জানিয়েছে, নির্মাণকাজ চলাকালে খেয়াঘাটে অতিরিক্ত নৌকা রাখা হবে।",
            ],
        ),
    },
    "es": {
        "es_olive": (
            "La cosecha de aceituna cae un 30 % en la comarca de Valdeloma",
            [
                "La cosecha de aceituna en la comarca de Valdeloma ha caído un 30 % respecto al año pasado por la falta de lluvias en primavera, según los datos presentados el martes por la cooperativa San Isidro. Los agricultores calculan pérdidas de unos 14 millones de euros.",
                "El presidente de la cooperativa, Anselmo Ruedas, explicó que muchos olivos de secano apenas han dado fruto y que el precio del aceite no compensa la menor producción. Varias almazaras pequeñas han adelantado el cierre de la campaña.",
                "La consejería de Agricultura estudia ayudas directas para las explotaciones más afectadas. Los sindicatos agrarios piden además que se agilicen las obras del embalse de Peñarrubia, paradas desde hace dos años.",
                "La cooperativa celebrará una asamblea el próximo mes para decidir cómo repartir las pérdidas entre los socios.",
                "Los técnicos de la cooperativa recomiendan a los socios que revisen sus sistemas de riego antes del verano. La próxima campaña dependerá en gran medida de las lluvias de otoño.",
            ],
        ),
    },
    "fr": {
        "fr_train": (
            "La ligne ferroviaire entre Vaubrac et Saint-Orens rouvrira en septembre",
            [
                "La ligne ferroviaire entre Vaubrac et Saint-Orens, fermée depuis un glissement de terrain en janvier, rouvrira le 2 septembre, a annoncé mardi la région. Les travaux de consolidation du talus ont coûté 11 millions d'euros. Ils ont été menés jour et nuit pendant quatre mois.",
                "Pendant la fermeture, des cars de substitution ont allongé les trajets de quarante minutes. Les associations d'usagers réclament un dédommagement pour les abonnés, qui ont continué à payer plein tarif pendant sept mois.",
                "Le vice-président chargé des transports, Armelle Gaudin, a promis un geste commercial sous forme de deux mois d'abonnement gratuits. Elle a aussi annoncé l'installation de capteurs pour surveiller les autres talus fragiles de la ligne.",
                "Le trafic reprendra avec neuf allers-retours par jour, contre sept avant la fermeture.",
                "La région étudie également la réouverture de la gare de Mirvaux, fermée aux voyageurs depuis 2011. Une étude de faisabilité doit être rendue avant la fin de l'année.",
            ],
        ),
    },
}

# ruff: noqa: E501, RUF001
"""Invented stories of the seventeenth blind set: (headline, paragraphs) by language and key.

Six English stories from the regions the earlier sets sampled least (water lock-offs in a
Jamaican parish, a Fijian village moving inland, flash floods in an Omani wadi, elephants and an
electric fence in Sri Lanka's dry zone, a closed fishing season in a Philippine bay, power cuts
and small businesses in Zambia's Copperbelt) and one in each of fourteen other languages
(riverbank erosion in the Mekong Delta, haze in a northern Thai province, land subsidence on an
Iranian plain, river erosion in northern Bangladesh, the jasmine price in Madurai, sardine prices
at Lake Victoria, a school shelter in a Poltava village, bears in a Harghita village, a wolf on
the Veluwe, a village school in Västerbotten, water on a Cycladic island, the level of the Sea of
Galilee, bison on a Podlasie road, rice prices in a Bulacan town), written as local news,
regional portals and agency copy read. Names, places and figures are made up; none of this
prose is in the earlier sets (build17.py checks).
"""

from __future__ import annotations

STORIES17: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "water": (
            "Water lock-offs extended in Old Harbour Hills as Rio Minho intake runs low",
            [
                "Residents of Old Harbour Hills and six surrounding districts in St Catherine will have piped water only three days a week until at least the end of April, the National Water Commission said on Thursday, as the flow at its Rio Minho intake dropped to its lowest level in eleven years.",
                "The commission said the intake was delivering about 40 per cent of its normal volume and that the schedule would be reviewed every two weeks.",
                "Trucks will supply the health centre at Bannister Road and the four primary schools in the area on the days the taps are dry.",
                '"I have two drums and a bucket, and by Sunday night all of them are empty. You cannot bathe children on promises," said Marcia Gayle, a vendor in the Old Harbour Hills square.',
                "Farmers in the area say the lack of rain since November has already cut the yield of their scallion and thyme crops by half.",
                "The Meteorological Service expects below-normal rainfall to continue across the southern parishes until the May rains.",
                "The commission has asked customers to report leaks and to avoid washing cars and watering lawns with potable water.",
            ],
        ),
        "relocation": (
            "Navuniwai villagers begin move inland as seawall fails for third time",
            [
                "Families in Navuniwai village on the southern coast of Vanua Levu have started moving into new homes on higher ground, two years after high tides breached the village seawall for the third time in a decade.",
                "Eighteen of the village's 46 households have so far moved to the new site, about 1.2 kilometres inland, where the government has built homes, a water tank and a community hall.",
                "Village headman Ratu Semi Vakadewa said the decision to leave was taken after long talks with elders, because the old village holds the graves of their ancestors.",
                '"We are not leaving our land, we are only moving up the hill. But the sea is taking the place where we were born," he said.',
                "The relocation is funded through a national trust fund for climate relocation and a grant from a regional development bank.",
                "Officials said the remaining households would move by the end of the year once a road to the new site was sealed.",
                "More than 40 other coastal communities have been assessed as needing to move in the coming decades.",
                "The church and the old village green will stay where they are, and families say they will still walk down to the shore for Sunday services.",
            ],
        ),
        "wadi": (
            "Flash floods close roads in Wadi Bani Haddad, motorists urged to avoid valleys",
            [
                "Several roads in Wadi Bani Haddad were closed on Wednesday after heavy rain sent floodwater through the valley, cutting off three villages and sweeping two empty vehicles off a low crossing.",
                "Police said no one was injured and that rescue teams had helped 14 people stranded in their cars near the village of Al Mishal.",
                "The meteorology department had warned of thunderstorms over the Hajar Mountains, with up to 60 millimetres of rain expected in some areas.",
                "Residents said the water rose within minutes in the afternoon, and many farmers lost palm seedlings and irrigation pipes along the falaj channels.",
                '"We heard the wadi before we saw it. By the time we reached the road it was already a river," said Salim Al Hinai, a farmer in Al Mishal.',
                "Authorities urged motorists not to cross flowing wadis and parents to keep children away from dams and pools.",
                "More rain is expected on Thursday before conditions improve over the weekend.",
                "Schools in the wilayat were told to keep pupils indoors until the buses could use the valley road again.",
            ],
        ),
        "elephant": (
            "Villagers in Galkiriyagama say new elephant fence has cut crop raids by half",
            [
                "Farmers in Galkiriyagama say wild elephants have raided their paddy fields far less often since a 14-kilometre electric fence was completed around the village last year.",
                "The Department of Wildlife Conservation built the fence along the edge of the forest reserve rather than around individual fields, allowing the animals to move between the reserve and a nearby tank.",
                "Village records show 23 raids in the last harvest season, compared with 51 the year before.",
                '"Before the fence we slept in tree huts every night from sowing to harvest. Now most nights we sleep at home," said farmer Piyasena Herath, 58.',
                "Wildlife officers said the fence needed to be cleared of vegetation every month to keep working, and that villagers had formed a committee to do it.",
                "More than 140 elephants and about 170 people were killed in conflicts across the country last year, according to official figures.",
                "Conservationists said the village's approach should be copied in other districts of the dry zone.",
                "The fence cost about 18 million rupees, much of it spent on solar panels and batteries that keep it charged at night.",
            ],
        ),
        "fishing": (
            "Three-month fishing ban starts in Tagbaran Bay to protect spawning sardines",
            [
                "A three-month ban on commercial fishing for sardines and mackerel took effect in Tagbaran Bay on Sunday, the second year the closed season has been enforced to let stocks recover.",
                "The Bureau of Fisheries said the closure covers about 2,300 square kilometres of the bay and applies to ring nets and bagnets, but not to small fishers using hook and line.",
                "Catches in the bay fell by more than half between 2015 and 2022 before the first closed season was declared.",
                "Fisherfolk in the town of San Isidro said the ban was hard on families but that last year's catch after the season reopened was the best in a decade.",
                '"For three months we repair nets and find other work. When we go back out, the fish are there," said Danilo Ocampo, head of a local fishers\' association.',
                "The provincial government will give rice and cash assistance to about 4,800 registered fishers during the closure.",
                "Coast guard patrols will be stepped up and violators face fines and the confiscation of their boats.",
                "Scientists from a state university will sample the bay again in June to check whether the number of young fish has grown.",
            ],
        ),
        "power": (
            "Kitwe small businesses count the cost as power cuts stretch to 17 hours",
            [
                "Small businesses in Kitwe say they are losing customers and income as daily power cuts have stretched to as long as 17 hours, forcing many to buy diesel generators they can barely afford.",
                "The power utility said low water levels at the country's main hydropower dams after a poor rainy season meant it could not meet demand.",
                "Welders, hair salons and grain millers in the Chimwemwe and Buchi townships said they now work at night, when power is more likely to be on.",
                '"I used to mill 40 bags a day. Now I do maybe 12, and the generator eats all the profit," said Agness Mulenga, who runs a hammer mill.',
                "The government has cut import duty on solar panels and batteries, and several banks are offering loans for solar systems.",
                "Economists warned that the cuts could slow growth this year after a rise in copper output had lifted hopes of a recovery.",
                "The utility said imports of electricity from neighbouring countries should shorten the cuts from next month.",
                "Traders at Chisokone market said they had started to share one generator between four or five stalls to split the cost of fuel.",
            ],
        ),
    },
    "vi": {
        "satlo": (
            "Sạt lở bờ sông Tiền ở xã Tân Phú Đông, 12 hộ dân phải di dời khẩn cấp",
            [
                "Một đoạn bờ sông Tiền dài khoảng 80 mét thuộc ấp Phú Hòa, xã Tân Phú Đông đã sạt lở vào rạng sáng ngày 12/3, cuốn trôi hai căn nhà và khiến 12 hộ dân phải di dời khẩn cấp.",
                "Rất may không có thiệt hại về người vì các gia đình đã kịp thời chạy ra ngoài khi nghe tiếng đất nứt.",
                "Theo Ủy ban nhân dân xã, điểm sạt lở đã được cảnh báo từ năm ngoái và nằm trong danh sách khu vực nguy hiểm của tỉnh.",
                "Ông Nguyễn Văn Sáu, một người dân trong ấp, cho biết: “Nửa đêm nghe tiếng ầm ầm, ra tới sân thì thấy mé sông đã sụp xuống, cả vườn cây mất luôn”.",
                "Chính quyền địa phương đã cắm biển cảnh báo, căng dây phong tỏa và hỗ trợ mỗi hộ dân bị ảnh hưởng 5 triệu đồng để ổn định cuộc sống.",
                "Các chuyên gia cho rằng việc khai thác cát quá mức ở thượng nguồn là một trong những nguyên nhân chính làm gia tăng sạt lở ở khu vực này.",
                "Tỉnh đang lập dự án kè chống sạt lở dài 1,5 km với tổng kinh phí dự kiến khoảng 120 tỷ đồng.",
            ],
        ),
    },
    "th": {
        "fun": (
            "ฝุ่น PM2.5 อำเภอแม่ทาลพุ่งเกินมาตรฐาน 3 เท่า สั่งปิดโรงเรียน 2 วัน",
            [
                "ค่าฝุ่นละอองขนาดเล็ก PM2.5 ในอำเภอแม่ทาลพุ่งสูงถึง 152 ไมโครกรัมต่อลูกบาศก์เมตรเมื่อเช้าวันพฤหัสบดี เกินค่ามาตรฐานกว่าสามเท่า ทำให้สำนักงานเขตพื้นที่การศึกษาสั่งปิดโรงเรียน 38 แห่งเป็นเวลาสองวัน",
                "เจ้าหน้าที่ป่าไม้ระบุว่าพบจุดความร้อนมากกว่า 90 จุดในพื้นที่ป่าสงวนรอบอำเภอในช่วงสามวันที่ผ่านมา ส่วนใหญ่เกิดจากการเผาเพื่อหาของป่าและเตรียมพื้นที่เพาะปลูก",
                "โรงพยาบาลแม่ทาลรายงานว่ามีผู้ป่วยโรคทางเดินหายใจเข้ารับการรักษาเพิ่มขึ้นเกือบเท่าตัวเมื่อเทียบกับสัปดาห์ก่อน โดยเฉพาะเด็กเล็กและผู้สูงอายุ",
                "นางบัวผัน ใจคำ ชาวบ้านตำบลทาเหนือ กล่าวว่า ตื่นเช้ามาก็มองไม่เห็นดอยที่อยู่หลังบ้านแล้ว หลานก็ไอทั้งคืน",
                "อำเภอได้แจกหน้ากากอนามัยกว่า 20,000 ชิ้น และขอความร่วมมือประชาชนงดการเผาทุกชนิดจนถึงสิ้นเดือนเมษายน",
                "นายอำเภอระบุว่าผู้ที่ฝ่าฝืนจุดไฟเผาในที่โล่งจะถูกดำเนินคดีตามกฎหมาย",
            ],
        ),
    },
    "fa": {
        "forunesht": (
            "فرونشست زمین در دشت گلپایه به ۲۸ سانتی‌متر در سال رسید",
            [
                "نرخ فرونشست زمین در دشت گلپایه به حدود ۲۸ سانتی‌متر در سال رسیده و ترک‌های عمیقی در دیوار خانه‌ها و زمین‌های کشاورزی چند روستای این منطقه دیده می‌شود.",
                "مدیرکل مدیریت بحران استان روز چهارشنبه گفت برداشت بی‌رویه از چاه‌های آب زیرزمینی مهم‌ترین عامل این پدیده است.",
                "به گفته او از ۱۱۰۰ حلقه چاه فعال در دشت، بیش از ۴۰۰ حلقه غیرمجاز است و سطح آب زیرزمینی در ده سال گذشته بیش از ۱۵ متر پایین رفته است.",
                "یکی از اهالی روستای کوشک‌آباد گفت: «شکاف وسط حیاط هر ماه پهن‌تر می‌شود و دیگر جرئت نمی‌کنیم بچه‌ها را در آن اتاق بخوابانیم.»",
                "کارشناسان هشدار داده‌اند که ادامه این روند می‌تواند به خطوط انتقال گاز، جاده‌ها و ریل راه‌آهن آسیب جدی برساند.",
                "شرکت آب منطقه‌ای اعلام کرده است که پلمب چاه‌های غیرمجاز و نصب کنتور هوشمند روی چاه‌های مجاز از ماه آینده آغاز می‌شود.",
            ],
        ),
    },
    "bn": {
        "bhangon": (
            "তিস্তার ভাঙনে চরবালাপাড়ায় এক সপ্তাহে বিলীন ৬০ বসতভিটা",
            [
                "লালমনিরহাটের আদিতমারী উপজেলার চরবালাপাড়া গ্রামে তিস্তা নদীর তীব্র ভাঙনে গত এক সপ্তাহে অন্তত ৬০টি বসতভিটা ও একটি প্রাথমিক বিদ্যালয়ের মাঠ নদীতে বিলীন হয়ে গেছে।",
                "ভাঙনের মুখে পড়া পরিবারগুলো ঘরের টিন ও খুঁটি খুলে বাঁধের ওপর এবং আত্মীয়দের বাড়িতে আশ্রয় নিয়েছে।",
                "স্থানীয় বাসিন্দারা জানান, নদীর পানি কমতে শুরু করার পর থেকেই ভাঙন বেড়েছে এবং প্রতিদিন নতুন নতুন এলাকা ঝুঁকিতে পড়ছে।",
                'ষাটোর্ধ্ব কৃষক আবদুল জলিল বলেন, "তিনবার ঘর সরিয়েছি, এবার আর সরানোর জায়গা নেই।"',
                "পানি উন্নয়ন বোর্ড জানিয়েছে, জরুরি ভিত্তিতে জিও ব্যাগ ফেলে ভাঙন ঠেকানোর কাজ শুরু হয়েছে এবং স্থায়ী বাঁধের জন্য একটি প্রকল্প প্রস্তাব পাঠানো হয়েছে।",
                "উপজেলা প্রশাসন ক্ষতিগ্রস্ত প্রতিটি পরিবারকে ২০ কেজি চাল ও নগদ তিন হাজার টাকা দিয়েছে।",
            ],
        ),
    },
    "ta": {
        "malligai": (
            "மதுரை மல்லிகை விலை கிலோ ரூ.150-க்கு சரிவு: விவசாயிகள் கவலை",
            [
                "மதுரை மாட்டுத்தாவணி பூ சந்தையில் மல்லிகைப் பூவின் விலை கிலோவுக்கு ரூ.150 ஆகக் குறைந்துள்ளதால் விவசாயிகள் கவலை அடைந்துள்ளனர்.",
                "கடந்த மாதம் கிலோ ரூ.1,200 வரை விற்பனையான மல்லிகை, வெயில் காலத்தில் வரத்து அதிகரித்ததால் விலை வெகுவாகக் குறைந்துள்ளது.",
                "திருமங்கலம், உசிலம்பட்டி பகுதிகளில் இருந்து தினமும் சுமார் 40 டன் பூக்கள் சந்தைக்கு வருவதாக வியாபாரிகள் தெரிவித்தனர்.",
                "பூ பறிக்கும் கூலியும், போக்குவரத்து செலவும் கூட கிடைக்கவில்லை என்று கள்ளிக்குடியைச் சேர்ந்த விவசாயி முருகேசன் வேதனையுடன் கூறினார்.",
                "பூக்களை பாதுகாத்து வைக்க குளிர்பதன கிடங்கும், வாசனை திரவிய தொழிற்சாலையும் அமைக்க வேண்டும் என்று விவசாயிகள் நீண்ட நாட்களாக கோரிக்கை விடுத்து வருகின்றனர்.",
                "திருவிழா காலம் தொடங்கும் அடுத்த மாதம் விலை மீண்டும் உயரும் என வியாபாரிகள் எதிர்பார்க்கின்றனர்.",
            ],
        ),
    },
    "sw": {
        "dagaa": (
            "Bei ya dagaa yapanda Mwanza baada ya wavuvi kukosa samaki ziwani",
            [
                "Bei ya dagaa katika soko la Kirumba jijini Mwanza imepanda kwa karibu asilimia 40 katika wiki mbili zilizopita, baada ya wavuvi wengi kurudi nchi kavu bila samaki kutokana na upepo mkali na mwezi mkubwa.",
                "Debe moja la dagaa lililokuwa likiuzwa kwa shilingi 25,000 mwezi uliopita sasa linauzwa kati ya shilingi 34,000 na 36,000.",
                "Wafanyabiashara wanasema wanunuzi kutoka Kenya, Uganda na Jamhuri ya Kidemokrasia ya Kongo wameendelea kufika sokoni licha ya bei kupanda.",
                "Mama Rehema Juma, ambaye amekuwa akiuza dagaa sokoni hapo kwa miaka kumi na mbili, alisema wateja wa kawaida sasa wanununua nusu ya kiasi walichokuwa wakinunua.",
                "Afisa uvuvi wa wilaya alisema hali hiyo ni ya kawaida katika kipindi hiki cha mwaka na kwamba upatikanaji wa dagaa unatarajiwa kuongezeka mwishoni mwa mwezi.",
                "Aliwataka wavuvi kuacha kutumia nyavu zisizoruhusiwa, akisema zinaharibu mazalia ya samaki na kupunguza mavuno ya baadaye.",
                "Wachuuzi wa samaki wadogo wamesema baadhi yao wamelazimika kusitisha biashara kwa muda kwa sababu hawana mtaji wa kununua mzigo kwa bei ya sasa.",
            ],
        ),
    },
    "uk": {
        "ukryttia": (
            "У Великій Рудці добудували укриття для сільської школи: навчання відновлять офлайн",
            [
                "У селі Велика Рудка на Полтавщині завершили будівництво протирадіаційного укриття для місцевого ліцею, тож з квітня 214 учнів зможуть повернутися до навчання в класах.",
                "Укриття площею 380 квадратних метрів розраховане на всіх учнів і вчителів одночасно, у ньому є вентиляція, генератор, запас води та два санвузли.",
                "Роботи коштували 14,6 мільйона гривень, більшу частину коштів виділили з державної субвенції, решту доплатила громада.",
                "«Два роки діти вчилися за екраном, а батьки ходили на роботу і не знали, чи дитина взагалі підключилася до уроку», — розповіла директорка ліцею Олена Марченко.",
                "За словами старости, до школи також організують підвіз дітей із трьох сусідніх сіл, де своїх шкіл уже немає.",
                "Ще два укриття в дитячих садках громади мають добудувати до кінця літа.",
            ],
        ),
    },
    "ro": {
        "ursi": (
            "Urșii coboară zilnic în Valea Strâmbă: localnicii cer intervenția autorităților",
            [
                "Locuitorii din satul Valea Strâmbă, județul Harghita, spun că urșii coboară aproape în fiecare noapte în gospodării, unde au distrus în ultima lună peste 40 de stupi și au omorât mai multe oi.",
                "Primarul comunei a declarat că a transmis în ultimele două săptămâni nouă mesaje RO-Alert și a cerut de mai multe ori intervenția echipei de la Direcția Silvică.",
                "Potrivit acestuia, cel puțin o ursoaică cu doi pui se hrănește constant din tomberoanele de la marginea satului.",
                "„Nu mai lăsăm copiii să meargă singuri la școală, îi ducem cu mașina chiar dacă sunt 300 de metri”, a spus Ilona Bartha, mamă a doi copii.",
                "Autoritățile au montat garduri electrice în jurul a două ferme și au cerut localnicilor să nu mai lase resturi de mâncare în curți.",
                "Prefectura a anunțat că o echipă de intervenție rapidă va fi trimisă în zonă până la sfârșitul săptămânii.",
                "Vânătorii din zonă susțin că populația de urși a crescut mult în ultimii ani și că animalele nu se mai tem de oameni.",
            ],
        ),
    },
    "nl": {
        "wolf": (
            "Wolf doodt opnieuw schapen bij Uddelerveen, boeren willen hogere hekken vergoed",
            [
                "Bij Uddelerveen op de Veluwe zijn in de nacht van dinsdag op woensdag zeven schapen doodgebeten, vermoedelijk door een wolf.",
                "Het is de vierde aanval in dat gebied sinds begin februari, meldt de provincie Gelderland, die DNA-monsters heeft laten nemen om vast te stellen of het om hetzelfde dier gaat.",
                "De schapenhouder, die zijn dieren in een weiland aan de rand van het bos had staan, had een raster van negentig centimeter hoog met schrikdraad geplaatst.",
                "„Ik heb gedaan wat mij werd aangeraden, en toch lagen ze er vanochtend”, zegt Gerrit van de Kamp, die al dertig jaar schapen houdt.",
                "Boeren in de regio willen dat de provincie ook de aanleg van hogere, wolfwerende hekken volledig vergoedt.",
                "De provincie laat weten dat de schade aan de gedode dieren wordt uitbetaald en dat een regeling voor preventieve maatregelen in voorbereiding is.",
                "Een informatieavond voor schapen- en geitenhouders in de omgeving is gepland voor volgende week donderdag in het dorpshuis.",
                "Natuurorganisaties wijzen erop dat de wolf in Nederland beschermd is en dat goede afrastering de meeste aanvallen voorkomt.",
            ],
        ),
    },
    "sv": {
        "skolan": (
            "Byskolan i Granträsk stänger efter sommaren – föräldrar överklagar beslutet",
            [
                "Barn- och utbildningsnämnden i kommunen beslutade på tisdagen att lägga ner byskolan i Granträsk efter vårterminen, trots protester från föräldrar och byborna.",
                "Skolan har i dag 19 elever i årskurs ett till sex, och eleverna ska från hösten gå i centralorten, drygt fyra mil bort.",
                "Enligt förvaltningen skulle kommunen spara omkring 3,2 miljoner kronor om året på nedläggningen, främst på lokaler och personal.",
                "– Det här är inte bara en skola, det är det sista som håller ihop byn. Utan den flyttar barnfamiljerna, säger Maria Öhman, som har två barn i skolan.",
                "Föräldragruppen har samlat in över 1 400 namn och meddelar att de kommer att överklaga beslutet till förvaltningsrätten.",
                "Kommunen har lovat att ordna skolskjuts och att bussresan inte ska ta mer än 50 minuter i varje riktning.",
                "Skolhuset från 1952 ägs av kommunen, och det är ännu inte bestämt vad det ska användas till efter nedläggningen.",
                "Två av skolans fyra lärare har erbjudits tjänster i centralortens skola, medan de övriga ska omplaceras inom kommunen.",
            ],
        ),
    },
    "el": {
        "nero": (
            "Χωρίς νερό για τρίτη ημέρα η Αστυπαλιά μετά τη βλάβη στη μονάδα αφαλάτωσης",
            [
                "Χωρίς νερό στις βρύσες παραμένουν για τρίτη συνεχόμενη ημέρα τα περισσότερα νοικοκυριά του Μαρμαρίου, στο νότιο τμήμα του νησιού, μετά από σοβαρή βλάβη στη μονάδα αφαλάτωσης.",
                "Σύμφωνα με τη δημοτική επιχείρηση ύδρευσης, χάλασαν δύο από τις τέσσερις αντλίες υψηλής πίεσης και τα ανταλλακτικά αναμένεται να φτάσουν με το πλοίο της Παρασκευής.",
                "Μέχρι τότε ο δήμος μεταφέρει νερό με υδροφόρα και μοιράζει εμφιαλωμένο νερό στους ηλικιωμένους και στο κέντρο υγείας.",
                "«Κάθε χρόνο τα ίδια, και το καλοκαίρι που έρχεται θα έχουμε τρεις φορές περισσότερο κόσμο», είπε ο ιδιοκτήτης ταβέρνας Μανώλης Καραγιάννης.",
                "Ο δήμαρχος ζήτησε από το υπουργείο τη χρηματοδότηση μιας δεύτερης μονάδας, ώστε το νησί να μην εξαρτάται από ένα μόνο μηχάνημα.",
                "Η νέα μονάδα, εφόσον εγκριθεί, θα μπορούσε να λειτουργήσει πριν από το καλοκαίρι του επόμενου έτους.",
            ],
        ),
    },
    "he": {
        "kinneret": (
            "מפלס הכנרת עלה ב-14 סנטימטרים בשבוע, אך עדיין רחוק מהקו העליון",
            [
                "מפלס הכנרת עלה בשבוע האחרון ב-14 סנטימטרים בעקבות הגשמים העזים בצפון, ועומד כעת על 210.62 מטרים מתחת לפני הים.",
                "לפי נתוני רשות המים, המפלס נמוך עדיין בכ-3.8 מטרים מהקו האדום העליון, שבו נפתחים סכר דגניה.",
                "בחוף גופרה שבדרום האגם דיווחו מפעילי השייט כי המזח, שעמד על יבשה במשך חודשים, שוב נמצא במים.",
                '"לפני חודש עוד הלכנו ברגל עד הסירות, עכשיו סוף סוף אפשר לעגון כמו שצריך", אמר יוסי בן-עמי, מפעיל סירות בחוף.',
                "ברשות המים מציינים כי שאיבת המים מהכנרת למוביל הארצי הופסקה כמעט לחלוטין בשנים האחרונות בזכות מתקני ההתפלה.",
                "החזאים צופים גשמים נוספים בסוף השבוע, בעיקר בגליל ובגולן.",
                "במועצה האזורית מזכירים כי הרחצה מותרת רק בחופים מוכרזים ובשעות שבהן נמצא מציל.",
            ],
        ),
    },
    "pl": {
        "zubry": (
            "Żubry coraz częściej na drodze pod Narewką. Kierowcy apelują o ograniczenie prędkości",
            [
                "Od początku roku na drodze wojewódzkiej między Narewką a Siemianówką doszło do trzech kolizji z żubrami, a mieszkańcy niemal codziennie widzą stada pasące się przy poboczu.",
                "W ostatnim wypadku, w sobotę wieczorem, samochód osobowy uderzył w młodą samicę; kierowcy nic się nie stało, zwierzę trzeba było uśpić.",
                "Leśnicy tłumaczą, że zimą żubry wychodzą z puszczy na łąki i pola, gdzie łatwiej im znaleźć pożywienie.",
                "– Jadę rano do pracy i nigdy nie wiem, czy za zakrętem nie stoi dziesięć ton żubrów – mówi pan Mikołaj, mieszkaniec Narewki.",
                "Wójt gminy zwrócił się do zarządcy drogi z prośbą o ustawienie znaków ostrzegawczych i ograniczenie prędkości do 60 km/h na odcinku czterech kilometrów.",
                "Nadleśnictwo zapowiada, że w przyszłym sezonie dokarmianie żubrów zostanie przeniesione głębiej w las.",
                "Według danych parku w puszczy żyje obecnie ponad osiemset żubrów, najwięcej od czasu przywrócenia gatunku na wolność.",
                "Policja przypomina, że po zmroku zwierzęta są słabo widoczne i radzi kierowcom używać świateł drogowych, gdy tylko to możliwe.",
            ],
        ),
    },
    "tl": {
        "bigas": (
            "Bigas na P29 kada kilo, dinagsa sa Kadiwa store sa Baliwag Norte",
            [
                "Mahabang pila ang sumalubong sa pagbubukas ng Kadiwa store sa Baliwag Norte nitong Martes, kung saan ibinebenta ang bigas sa halagang P29 kada kilo.",
                "Ayon sa Department of Agriculture, limang kilo lamang ang puwedeng bilhin ng bawat mamimili, at prayoridad ang mga senior citizen, may kapansanan at miyembro ng 4Ps.",
                "Umabot sa mahigit 1,200 ang bumili sa unang araw, at naubos ang 6,000 kilong suplay bago pa mag-alas-dos ng hapon.",
                '"Malaking tulong ito, kasi P52 ang pinakamurang bigas sa palengke namin," sabi ni Aling Cora Villanueva, 67, na pumila mula alas-singko ng umaga.',
                "Sinabi ng lokal na pamahalaan na dadagdagan ang suplay sa susunod na linggo at magbubukas ng ikalawang tindahan sa may bagong terminal.",
                "Pinaalalahanan din ang publiko na magdala ng valid ID at sariling lalagyan.",
                "Ayon sa mga magsasaka sa bayan, mas mababa ngayon ang bili sa kanilang palay kaya umaasa silang bibili rin ang pamahalaan ng ani nila para sa mga Kadiwa store.",
                "Bukas ang tindahan mula alas-siyete ng umaga hanggang alas-kuwatro ng hapon, mula Martes hanggang Sabado.",
            ],
        ),
    },
}

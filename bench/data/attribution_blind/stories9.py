# ruff: noqa: E501, RUF001
"""Invented stories of the ninth blind set: (headline, paragraphs) by language and key.

Written as the news reads on the open web: short paragraphs, figures attributed, quotes named.
Names, places and figures are made up; none of this prose is in the earlier sets (build9.py
checks).
"""

from __future__ import annotations

STORIES9: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "ferry_strike": (
            "Island ferry crews strike over rosters, stranding weekend travellers",
            [
                "Crews on the ferries linking the Skarrow islands to the mainland walked off the job at dawn on Friday, leaving about 4,200 passengers with bookings for the weekend looking for other ways across.",
                "The seafarers' union said its members had voted by 87 percent to strike over new rosters that would stretch some shifts to fourteen hours. Union organiser Delphine Aukwaro said crews were already too tired to work safely in winter.",
                "The operator, Skarrow Link, said the rosters followed the law and that it had offered a bonus of 1,500 dollars to each crew member. Its chief executive, Rupert Vandersloot, called the strike unnecessary.",
                "Hotels on the largest island reported a wave of cancellations, and the island council opened its sports hall for lorry drivers who were stuck at the harbour overnight.",
                "A small private operator added two extra crossings on Saturday, but its boat carries only 90 passengers and no vehicles.",
                "Fishermen said they would carry urgent medicines and post across on their own boats if the strike went on into next week.",
                "Talks between the union and the operator are due to resume on Monday at the regional mediation office. The strike is set to last 48 hours unless a deal is reached sooner.",
            ],
        ),
        "wildfire_drill": (
            "Hill towns rehearse wildfire evacuation with sirens and school buses",
            [
                "More than 6,000 residents of three hill towns above the Calder plain took part on Sunday in the largest wildfire evacuation drill the region has held, leaving their homes when sirens sounded at nine in the morning.",
                "School buses carried older residents and those without cars to a showground twenty kilometres away, where volunteers checked names against a list. The last bus arrived two hours and ten minutes after the first siren.",
                "Regional fire chief Magnus Oduya-Fairweather said the drill had shown that one of the two roads out of the towns was too narrow for buses to pass each other. Crews will widen it before the summer.",
                "About one household in eight did not answer the door when volunteers knocked, the fire service said, and it will call on them in the coming weeks to explain the plan.",
                "Residents were also asked to register pets, horses and other animals, after farmers said last year that many had been left behind.",
                "Volunteers at the showground served about 2,500 cups of tea and kept a register of residents who needed medicines during the day.",
                "A second drill, at night, is planned for October. The region's last major fire, four summers ago, burned 31 homes and forced 9,000 people to leave.",
            ],
        ),
        "market_rents": (
            "Stallholders protest as city doubles rents at historic food market",
            [
                "About two hundred stallholders and shoppers marched through the centre of Haverleigh on Saturday against a decision by the city to double rents at the Corn Street food market from July.",
                "The city says the market loses about 900,000 dollars a year and needs a new roof. Deputy mayor Oriana Feltwell said rents there had not risen in eleven years and were far below those of private markets nearby.",
                "Stallholders say many of them will close. Fishmonger Tobiah Ncube, whose family has kept a stall at the market since 1968, said his rent would rise to 2,300 dollars a month.",
                "A petition against the rise has gathered 14,000 signatures, and two opposition councillors have asked for the decision to be reviewed by a committee.",
                "The city has offered a year of reduced rents to stallholders who agree to open on Sundays.",
                "Shoppers interviewed at the market on Saturday said they feared prices would rise along with the rents. Baker Lucinda Farrow-Amadi said she would have to charge more for bread or cut her opening hours.",
                "The market hall, built in 1874, has been listed as a historic building since 1991, which limits what the city can change inside it.",
                "The council will vote on the review at its April meeting. Until then the new rents will not be collected, the city said.",
            ],
        ),
        "river_cleanup": (
            "Volunteers pull three tonnes of rubbish from the Wenlow river in a weekend",
            [
                "Some 640 volunteers pulled more than three tonnes of rubbish from the Wenlow river and its banks over the weekend, in a clean-up organised by a rowing club and two primary schools.",
                "Among the finds were 41 shopping trolleys, a motorbike, a safe with its door missing and about 9,000 plastic bottles, club secretary Annika Ballantyne-Osei said.",
                "The volunteers worked along eight kilometres of the river in teams, with divers from a local club searching the deeper pools near the old mill. The city lent them two boats and a lorry.",
                "The water authority said the river's health had improved since a sewage overflow was fixed two years ago, and that otters had been seen near the town bridge for the first time in decades.",
                "The organisers asked the city to fit nets on the storm drains that carry litter from the streets into the river.",
                "Schoolchildren sorted the rubbish on the riverbank into metal, plastic and glass, and a scrap dealer agreed to take the trolleys and the motorbike free of charge.",
                "Police said they would try to trace the owner of the safe, which appeared to have been in the water for several years.",
                "The rowing club plans to hold the clean-up twice a year. Its next one is set for September, before the autumn rains.",
            ],
        ),
    },
    "it": {
        "funivia": (
            "Riapre la funivia del Monte Ciresa dopo tre anni di lavori",
            [
                "La funivia che collega il paese di Valdossa alla cima del Monte Ciresa ha riaperto sabato mattina, dopo tre anni di lavori costati circa 14 milioni di euro.",
                "Le nuove cabine portano fino a sessanta persone e impiegano sette minuti per la salita, contro i dodici di prima. Il sindaco Ottavia Brambati ha detto che l'impianto servirà anche d'estate, per escursionisti e ciclisti.",
                "Nella prima giornata sono saliti oltre 2.300 visitatori. Gli albergatori della valle sperano che la riapertura riporti i turisti che negli ultimi inverni avevano scelto altre località.",
                "Non mancano le critiche: un comitato di residenti lamenta il traffico nelle vie del centro e chiede un parcheggio fuori dal paese, con una navetta gratuita.",
                "Il vecchio impianto, inaugurato nel 1962, era stato chiuso dopo un guasto ai freni che aveva bloccato quaranta sciatori a metà percorso per oltre due ore.",
                "Nei prossimi mesi la società di gestione assumerà dodici persone, quasi tutte residenti nella valle, per la biglietteria e la manutenzione.",
                "Il comune ha promesso di decidere sul parcheggio entro l'estate. Il biglietto di andata e ritorno costerà 18 euro, con sconti per i residenti della provincia.",
            ],
        ),
    },
    "tr": {
        "kutuphane": (
            "Karaçam'da 24 saat açık kalacak ilk halk kütüphanesi hizmete girdi",
            [
                "Karaçam Belediyesi'nin eski bir tekstil fabrikasını dönüştürerek açtığı halk kütüphanesi, pazartesi gününden itibaren haftanın her günü 24 saat hizmet vermeye başladı.",
                "Üç katlı binada 85 bin kitap, 400 kişilik çalışma salonu ve çocuklar için ayrı bir okuma bölümü bulunuyor. Belediye Başkanı Nermin Aksoylu, projenin 62 milyon liraya mal olduğunu söyledi.",
                "Kütüphanenin özellikle sınavlara hazırlanan gençler için açıldığını belirten Aksoylu, ilk haftada günde ortalama 3 bin kişinin binayı ziyaret ettiğini açıkladı.",
                "Gece saatlerinde güvenlik görevlileri ve iki kütüphaneci görev yapacak. Kütüphaneye ulaşım için iki otobüs hattının seferleri de gece yarısından sonraya uzatıldı.",
                "Fabrikanın eski dokuma salonu sergi alanına dönüştürüldü; burada ilçenin tekstil geçmişine ait fotoğraflar ve makineler yer alıyor.",
                "Kütüphaneye üye olmak ücretsiz ve üyeler aynı anda en fazla beş kitap ödünç alabiliyor.",
                "Belediye, önümüzdeki yıl ilçenin iki mahallesinde daha küçük kütüphaneler açmayı planlıyor.",
            ],
        ),
    },
    "id": {
        "banjir_rob": (
            "Banjir rob rendam ratusan rumah di pesisir Tanjung Sagara",
            [
                "Banjir rob merendam sedikitnya 640 rumah di tiga desa pesisir Tanjung Sagara sejak Selasa malam, dengan ketinggian air mencapai 70 sentimeter di beberapa titik.",
                "Kepala Badan Penanggulangan Bencana Daerah setempat, Rahmat Wijanarko, mengatakan air laut naik lebih tinggi dari perkiraan karena angin kencang dari arah barat. Sebanyak 212 warga mengungsi ke balai desa.",
                "Para nelayan tidak melaut selama dua hari. Ketua kelompok nelayan, Sumiati Haryono, mengatakan kerugian mereka mencapai puluhan juta rupiah karena perahu dan jaring rusak.",
                "Pemerintah kabupaten menyiapkan dapur umum dan membagikan air bersih. Tanggul laut yang dijanjikan sejak empat tahun lalu baru selesai sepertiganya.",
                "Menurut warga, banjir rob kali ini adalah yang terparah dalam sepuluh tahun terakhir. Sejumlah sekolah di desa yang terdampak meliburkan siswanya karena ruang kelas tergenang air dan jalan menuju sekolah tidak bisa dilalui kendaraan.",
                "Dinas Kesehatan membuka posko di dua titik pengungsian dan mencatat puluhan warga mengeluhkan gatal-gatal serta diare.",
                "Warga berharap pembangunan tanggul dipercepat sebelum musim angin barat tahun depan.",
            ],
        ),
    },
    "pl": {
        "tramwaj": (
            "Nowa linia tramwajowa w Zawierzu połączy osiedla z dworcem",
            [
                "Władze Zawierza podpisały w czwartek umowę na budowę nowej linii tramwajowej, która połączy trzy duże osiedla na północy miasta z dworcem kolejowym.",
                "Linia będzie miała 6,8 kilometra długości i jedenaście przystanków. Budowa ma kosztować 410 milionów złotych, z czego większość pokryją fundusze unijne.",
                "Prezydent miasta Jadwiga Stępniewska powiedziała, że tramwaj skróci dojazd do centrum z czterdziestu do osiemnastu minut. Pierwsze pociągi mają wyjechać na tory jesienią 2028 roku.",
                "Mieszkańcy ulicy Lipowej obawiają się hałasu i wycinki ponad stu drzew. Miasto obiecuje posadzić w zamian trzy razy więcej drzew wzdłuż trasy.",
                "Radni przyjęli uchwałę w sprawie budowy niemal jednogłośnie. Do przetargu zgłosiły się cztery firmy. Wygrała ta, która zaproponowała najkrótszy czas budowy, choć nie najniższą cenę.",
                "Nowa zajezdnia dla tramwajów powstanie na terenie dawnej cukrowni, gdzie miasto kupiło działkę jeszcze w 2023 roku.",
                "Przez czas budowy autobusy linii 14 i 27 pojadą objazdem przez ulicę Kolejową.",
            ],
        ),
    },
    "ko": {
        "yagan_bus": (
            "한별시, 심야 전용 버스 노선 4개 새로 만든다",
            [
                "한별시는 다음 달부터 자정 이후에만 운행하는 심야 전용 버스 노선 4개를 새로 운영한다고 목요일 밝혔다.",
                "새 노선은 시청과 산업단지, 대학가, 종합병원을 잇는다. 버스는 오전 0시 30분부터 4시 30분까지 20분 간격으로 다닌다.",
                "시 교통국장 남궁혜린은 야간에 일하는 시민 약 1만 2천 명이 택시 외에는 이동 수단이 없었다고 설명했다. 요금은 일반 버스와 같은 1,500원이다.",
                "택시 업계는 손님이 줄 것이라며 반발하고 있다. 시는 6개월 동안 시범 운행한 뒤 이용객 수를 보고 노선을 늘릴지 결정할 계획이다.",
                "심야버스에는 교통카드만 사용할 수 있으며, 모든 차량에 안전요원이 함께 탄다. 시는 정류장 주변 가로등도 늘리기로 했다.",
                "시의회는 지난해 가을 심야버스 도입을 위한 예산 18억 원을 통과시켰다. 일부 의원은 노선이 너무 적다고 지적했다.",
                "시민들은 시 누리집을 통해 새 노선에 대한 의견을 이달 말까지 낼 수 있다.",
            ],
        ),
    },
    "fa": {
        "sad_ab": (
            "ذخیره سد کوهرنگان به پایین‌ترین سطح در دو دهه اخیر رسید",
            [
                "حجم آب پشت سد کوهرنگان به کمتر از بیست درصد ظرفیت آن رسیده است؛ این پایین‌ترین سطح ذخیره سد در بیست سال گذشته است.",
                "مدیرعامل شرکت آب منطقه‌ای، مهندس فرزانه رستگاری، روز سه‌شنبه گفت بارش‌های پاییز و زمستان امسال نزدیک به چهل درصد کمتر از میانگین بلندمدت بوده است.",
                "به گفته او، آب شرب سه شهر پایین‌دست تا پایان تابستان تأمین است، اما سهم آب کشاورزی احتمالاً کاهش می‌یابد.",
                "کشاورزان منطقه از مسئولان خواسته‌اند زودتر درباره سهم آب تصمیم بگیرند تا بدانند چه محصولی بکارند. شرکت آب وعده داده است تا پایان ماه برنامه توزیع را اعلام کند.",
                "کارشناسان می‌گویند برداشت بی‌رویه از آب‌های زیرزمینی در سال‌های گذشته، کمبود آب را در منطقه تشدید کرده است.",
                "مسئولان از شهروندان خواسته‌اند در مصرف آب صرفه‌جویی کنند.",
            ],
        ),
    },
    "bn": {
        "setu": (
            "নদীভাঙনে বিচ্ছিন্ন চরপাড়া, নতুন সেতুর দাবি গ্রামবাসীর",
            [
                "মধুমতী নদীর ভাঙনে বাঁশের সাঁকো ভেসে যাওয়ায় তিন সপ্তাহ ধরে বিচ্ছিন্ন হয়ে আছে চরপাড়া ইউনিয়নের সাতটি গ্রাম। প্রায় বারো হাজার মানুষ এখন নৌকাই একমাত্র ভরসা।",
                "স্থানীয় ইউনিয়ন পরিষদের চেয়ারম্যান রফিকুল ইসলাম মোল্লা বলেন, স্কুলের শিক্ষার্থী ও রোগীদের নদী পার হতে সবচেয়ে বেশি কষ্ট হচ্ছে। ঝড়ের দিনে নৌকাও চলে না।",
                "উপজেলা প্রকৌশলী নাসরিন সুলতানা জানান, একটি পাকা সেতুর নকশা তৈরি হয়েছে এবং এর আনুমানিক খরচ ধরা হয়েছে আঠারো কোটি টাকা।",
                "গ্রামবাসী শনিবার উপজেলা সদরে মানববন্ধন করে দ্রুত সেতু নির্মাণের দাবি জানান। ততদিন পর্যন্ত একটি অস্থায়ী ফেরি চালুর কথা বলছে প্রশাসন।",
                "প্রশাসন বলছে, বর্ষার আগেই অস্থায়ী ফেরি চালু করা হবে।",
            ],
        ),
    },
    "el": {
        "limani": (
            "Ξεκινούν τα έργα στο λιμάνι της Καλαμνού μετά από δέκα χρόνια αναμονής",
            [
                "Ξεκίνησαν τη Δευτέρα τα έργα επέκτασης στο λιμάνι της Καλαμνού, δέκα χρόνια μετά την πρώτη μελέτη, με προϋπολογισμό 23 εκατομμύρια ευρώ.",
                "Ο νέος μόλος θα επιτρέψει σε μεγαλύτερα πλοία να δένουν στο νησί όλο τον χρόνο. Ο δήμαρχος Σταμάτης Καραβέλας είπε ότι τον χειμώνα οι κάτοικοι μένουν συχνά αποκλεισμένοι για μέρες.",
                "Οι ψαράδες ζητούν να μη χάσουν τις θέσεις τους στο παλιό λιμάνι. Η δημοτική αρχή υποσχέθηκε ξεχωριστό χώρο για τα αλιευτικά σκάφη.",
                "Τα έργα αναμένεται να διαρκέσουν δύο χρόνια. Κατά τη διάρκειά τους τα πλοία της γραμμής θα δένουν στον νότιο προβλήτα.",
                "Οι επαγγελματίες του νησιού ελπίζουν ότι το νέο λιμάνι θα φέρει περισσότερους επισκέπτες εκτός καλοκαιριού.",
            ],
        ),
    },
}

# ruff: noqa: E501, RUF001  (prose, one paragraph a line)
"""Prose of the forty-fifth blind set (`cases_2027-01-16.jsonl`): invented stories, people and figures.

Each story is (headline, paragraphs). A paragraph that starts with "§" is a subhead (a press review's or
digest's outlet name), not prose. Round-ups (press reviews, coverage reports, media digests) mention
outlets in their own prose; the other stories name no outlet, so that a page's credit or mention comes
only from its case. Stories are reused across pages with different credits.
"""

from __future__ import annotations

STORIES_EN: dict[str, tuple[str, list[str]]] = {
    "en_ndola": (
        "Kalulu Power opens battery assembly line in Ndola",
        [
            "Kalulu Power, a Lusaka-based solar company, on Monday opened a battery assembly line in Ndola's Bwana Mkubwa industrial area, the first of its kind on the Copperbelt. The plant will put together lithium battery packs for home solar kits from imported cells, and the company says it can turn out 1,800 packs a month once a second shift starts in July.",
            "Chief executive Mutale Chibesakunda said the line had cost about 46 million kwacha, most of it borrowed from a regional development bank. Forty-two workers have been hired so far, 19 of them women, and most came from a six-week course run with the Copperbelt Trades Institute.",
            "Until now every pack the company sold was shipped in sealed from South Africa. Assembling them locally, Chibesakunda said, cuts the landed cost by roughly a fifth and lets technicians repair packs instead of replacing them. Customers who pay for their kits in weekly instalments should see the saving in lower deposits from June, he added.",
            "The Copperbelt has lost thousands of mining jobs over the past decade, and provincial leaders have been pressing investors to set up manufacturing there rather than in Lusaka. Chibesakunda said cheaper land and a ready supply of trained electricians had decided the choice of Ndola.",
            "Provincial officials who toured the line asked the company to buy more of its casings and cabling from local firms. Kalulu Power said two Ndola workshops were already testing steel enclosures for it, and that it would decide by September whether to add a recycling bay for worn-out cells.",
        ],
    ),
    "en_kumasi": (
        "Traders burnt out at Kumasi Central Market offered rebuilding loans",
        [
            "More than 300 traders who lost stock in the February fire at Kumasi Central Market can now apply for rebuilding loans of up to 20,000 cedis, under a scheme launched on Monday by the mobile lender Sika Kontena and two rural banks in the Ashanti region.",
            "The loans carry no interest for the first four months and are repaid daily through mobile money, in amounts as small as 15 cedis. Applicants need only the stall number on their market ticket and a letter from their traders' association, said Abena Owusu-Ansah, who heads the lender's Kumasi office.",
            "Sika Kontena, founded in 2022, says it has lent about 14 million cedis to market traders in Kumasi, Techiman and Tamale, with a repayment rate above 95 per cent. It scores applicants on their mobile money history rather than on collateral, which most stallholders do not have.",
            "The fire destroyed about 120 wooden stalls in the cloth and provisions lines. Traders' leaders say many of those affected had already borrowed from informal susu collectors to restock, some at weekly interest of more than ten per cent, and Owusu-Ansah said the new loans could be used to clear such debts.",
            "The Kumasi Metropolitan Assembly has promised to rebuild the burnt section in concrete before the end of the year. Until then, traders are selling from temporary sheds beside the lorry park, where several said business was down by half.",
        ],
    ),
    "en_zomba": (
        "Airtight bags cut maize losses to weevils, Zomba trial finds",
        [
            "Farmers around Zomba who stored their maize in airtight bags last season lost less than two per cent of the grain to weevils, against almost a fifth in ordinary sacks, according to a trial run by researchers at Shire Highlands University.",
            "Post-harvest losses are one of the main reasons households in southern Malawi run short of food before the next harvest. Government estimates put the share of maize lost in storage at between 12 and 18 per cent a year.",
            "The study followed 240 households in Thondwe and Likangala over eight months. Half were given triple-layer plastic bags that starve insects of air; the others kept their usual woven sacks and, in most cases, dusted the grain with pesticide bought at local markets.",
            "Lead researcher Chikondi Banda said the difference showed most clearly after the fourth month, when prices usually begin to rise. Households using the bags were able to hold on to their grain until January and sell it at almost twice the harvest-time price.",
            "The bags cost about 4,500 kwacha each and can be reused for three seasons if they are not punctured. Banda's team is now working with two agro-dealers in Zomba to sell them in smaller sizes, and plans a second trial on beans next year.",
        ],
    ),
    "en_mbarara": (
        "One in five milk samples around Mbarara carries antibiotic residues",
        [
            "One in five samples of raw milk bought from collection centres around Mbarara contained antibiotic residues above the legal limit, a study by veterinary researchers at Rwizi University has found.",
            "The team tested 410 samples from 38 centres in Mbarara, Kiruhura and Ibanda districts between October and February. The highest levels were found in milk delivered in the dry months, when farmers treat more cases of mastitis and tick-borne fever, often without waiting the days the drug labels require before milking for sale.",
            "Peace Tumusiime, the veterinarian who led the work, said most farmers interviewed knew about withdrawal periods but could not afford to throw away several days of milk. Some said they mixed milk from treated cows with the rest of the herd's, hoping it would be diluted.",
            "Uganda sells powdered and long-life milk to Kenya and other neighbours, and buyers have begun asking processors for residue test results. A processor in Mbarara rejected 18,000 litres in March after a batch failed a buyer's test, according to the study.",
            "The researchers want collection centres to use rapid test strips, which cost about 3,000 shillings each, and to pay farmers a small premium for milk that passes. Two cooperatives in Kiruhura have agreed to try the scheme from June, Tumusiime said.",
        ],
    ),
    "en_kakamega": (
        "Kakamega hospital opens newborn unit, ending transfers to Eldoret",
        [
            "Kakamega County Referral Hospital has opened a 24-cot newborn unit, ending the transfer of premature babies to Eldoret, a road journey of more than three hours that doctors say cost lives every month.",
            "The unit has six incubators, four machines that deliver oxygen under gentle pressure, and a room where mothers can stay while their babies are fed by tube. It is staffed by 18 nurses trained over the past year and by two paediatricians who until now covered the whole hospital.",
            "Kakamega records about 38,000 births a year, and the hospital's maternity wing handles roughly a sixth of them. Premature birth and low birth weight are the leading causes of newborn deaths in the county, according to health department figures.",
            "Before it opened, the hospital referred about 30 newborns a month. Nurse manager Beatrice Shikuku said roughly one in ten of those babies died on the road or within a day of arriving, mostly from cold and breathing problems that could have been treated nearer home.",
            "The county paid for the building, and a group of local businesses bought the incubators. Hospital managers say the unit's biggest risk now is power: the backup generator runs for only six hours, and the hospital has asked the county for solar panels before the long rains end.",
        ],
    ),
    "en_barishal": (
        "Barishal cyclone shelters get ramps, women's toilets and cattle pens",
        [
            "Forty-one cyclone shelters in Barishal division are being fitted with ramps, separate toilets for women and raised pens for livestock, in a refit meant to persuade more families to leave their homes when storms approach.",
            "Officials said surveys after last year's storm season found that many people in Bhola and Patuakhali refused to move to shelters because they could not bring their cattle and goats, or because a building had one toilet for hundreds of people.",
            "Bangladesh has more than 4,000 cyclone shelters along its coast, most of them built as schools that double as refuges. Many of the older buildings have no power, and some are so poorly maintained that officials say they would fail an inspection today.",
            "The work, which costs about 38 crore taka, is paid for by the government with a loan from a development bank. Each refitted shelter will also get a solar water pump and a storeroom for dry food, said Rafiqul Alam, an engineer overseeing the project.",
            "Fourteen shelters are to be finished before June, when the monsoon cyclone season begins. Local volunteers will be trained to run them, and women's committees in each union will decide how the separate spaces are used.",
        ],
    ),
    "en_irbid": (
        "Most Syrian refugee families renting in Irbid behind on rent, survey finds",
        [
            "Nearly six in ten Syrian refugee households renting in Irbid are at least two months behind on rent, a survey released on Tuesday found, as landlords raise prices and casual work on farms dries up.",
            "The survey of 1,150 households in Irbid city and surrounding villages was carried out in March by aid workers. Families reported paying an average of 145 dinars a month for two-room flats, up from 120 dinars two years ago, while their income had hardly changed.",
            "More than 100,000 Syrian refugees are registered in Irbid governorate, most of them in rented homes rather than camps. Many men work by the day in olive groves and vegetable farms in the Jordan Valley, but growers have cut labour this season after export prices fell.",
            "One in four households said they had been threatened with eviction since January. Umm Khaled, a mother of five in the city's eastern district, said she had sold her gas heater to pay part of what she owed and now borrowed from neighbours to buy bread.",
            "Aid groups said cash assistance had been cut for thousands of families this year as funding fell. They urged donors to restore payments before the summer, when many families spend more on drinking water bought from tankers.",
        ],
    ),
    "en_lodwar": (
        "Water trucks the only supply for 60 villages around Lodwar",
        [
            "Water trucks are now the only source of drinking water for more than 60 villages around Lodwar, after three failed rainy seasons left shallow wells and sand dams dry across central Turkana.",
            "Turkana is among the counties hardest hit by repeated droughts in northern Kenya. The last rains, in late 2026, brought less than a third of the seasonal average, according to the county's weather office.",
            "County officials said 14 trucks were making daily runs from boreholes along the Turkwel river, each carrying 10,000 litres. In villages visited this month, families were receiving about seven litres per person a day, less than half of what aid agencies consider the minimum in an emergency.",
            "Herders said they had lost more than half their goats since December. Ekai Lokwang, a father of seven in Kalokol, said his family had moved twice in search of pasture and now depended on relief food for two meals a day.",
            "Health workers reported rising numbers of malnourished children at clinics in Lodwar and Kakuma. The county has asked the national government for 200 million shillings to repair boreholes and fuel the trucks until the next rains, expected in October.",
        ],
    ),
    "en_nampula": (
        "Nampula starts cholera vaccination as cases double in a month",
        [
            "Health workers in Nampula province began a ten-day cholera vaccination campaign on Monday, aiming to reach 480,000 people in the city and two neighbouring districts after the number of cases doubled in a month.",
            "Provincial health officials said 1,260 cases and 19 deaths had been recorded since February, most in crowded neighbourhoods of Nampula city where water is drawn from shallow wells. Treatment centres have been set up at three health posts, and chlorine is being handed out at markets.",
            "Cholera is common in northern Mozambique during the rainy season, but health workers say this year's outbreak began earlier and spread faster than usual, helped by January floods that contaminated wells in low-lying areas.",
            "Vaccinators are going door to door and setting up posts at schools and churches. The oral vaccine is given in a single dose, a change forced by a global shortage, and Celeste Mucavele, who heads the campaign, said one dose gives good protection for at least six months.",
            "Volunteers on bicycles are spreading the message that the vaccine is free. Officials say the campaign must be followed by new boreholes and latrines if the outbreak is not to return with the next rains.",
        ],
    ),
    "en_garissa": (
        "Garissa scholarship keeps pastoralist girls in school",
        [
            "A scholarship programme that pays boarding fees for girls from pastoralist families in Garissa county has kept 92 per cent of its students in school through their final year, its organisers said this week.",
            "The programme covers fees, uniforms and sanitary supplies for 310 girls at four secondary schools. Most come from families that move with their herds and would otherwise have to leave school when their parents migrate in the dry season.",
            "Many pastoralist families in the county marry off daughters in their mid-teens, often after a drought has wiped out the herd that would have paid for school. Field officers visit families during the holidays to persuade them to let the girls return.",
            "Fardowsa Abdi, 17, said she would have been married last year if the fees had not been paid, and now hopes to train as a nurse. Teachers say the girls' marks in mathematics and science have improved each year since the programme began in 2023.",
            "The organisers want to add 150 places next year but need new funders after one of two main donors pulled out. County officials have promised to cover part of the cost from a bursary fund if the county assembly approves it in June.",
        ],
    ),
    "en_insight": (
        "Drought coverage tripled in the first quarter, but seldom from the worst-hit counties",
        [
            "Stories about drought made up 6.4 per cent of all news items we tracked in Kenyan print and online media between January and March, up from 2.1 per cent in the last quarter of 2026, according to our latest coverage analysis.",
            "Our analysts coded 3,870 items from 52 titles. Most reported government announcements made in Nairobi; only one item in eight carried a dateline from Turkana, Marsabit, Mandera or Wajir, the counties where the shortage of water and pasture is most severe.",
            "Coverage also rose and fell with events. Items peaked in the second week of February, when relief funds were announced, and fell by more than half within ten days, while stories quoting herders or health workers directly made up just 9 per cent of the total.",
            "Radio, which we monitor in nine languages, followed a different pattern: local stations carried more interviews with herders than national titles did, and their coverage did not fall away as quickly after the funding announcement.",
            "For clients working on drought response, the pattern suggests that field visits and local spokespeople win more coverage than statements issued in the capital. The full quarterly report, with charts by county and by type of title, is available to subscribers.",
        ],
    ),
    "en_papers": (
        "Press review: what Malawi's papers say this Tuesday",
        [
            "Maize prices, a delayed fuel convoy and the Zomba storage trial lead the papers this Tuesday. Here is our round-up of the main stories and comment.",
            "§The Nation",
            "The Nation leads with the price of maize, which it says has climbed to 850 kwacha a kilogram in Lilongwe's markets, the highest for this time of year in a decade. Its editorial urges the government to release stocks from the strategic grain reserve before the lean season.",
            "§Malawi24",
            "Malawi24 reports that a fuel tanker convoy has been held at the Mwami border post for four days over missing import papers, and quotes filling station owners in Blantyre who expect to run dry by the weekend.",
            "§The Daily Times",
            "The Daily Times carries a feature on the airtight storage bags tested by researchers in Zomba, which it calls a cheap answer to post-harvest losses, and asks why the bags are still hard to find outside district centres.",
            "§Nyasa Times",
            "Nyasa Times leads its business page with a warning from growers' unions that tobacco auction floors in Lilongwe may open late this year because buyers have not yet agreed on prices.",
            "That is all for today's review, and we will be back tomorrow morning with the next one.",
        ],
    ),
    "en_clips": (
        "Coverage report: Kakamega newborn unit, week to 27 April 2027",
        [
            "This report summarises coverage of the opening of the newborn unit at Kakamega County Referral Hospital in the week to 27 April. We logged 23 items, nine in print, eight online and six on radio, with an estimated combined reach of 4.1 million.",
            "The Daily Nation ran the most detailed account, a half-page on page 12 built around the transfer figures supplied by the hospital. Its online edition carried the same story with a photo gallery.",
            "Taifa Leo published a shorter Swahili report on page 5 and quoted the nurse manager at length. The Star's website focused on the generator problem under the headline 'Six hours of power for Kakamega's smallest patients'.",
            "Local print titles in Kakamega carried only one brief, and no national title sent a photographer to the opening; most items used images supplied by the county's communications unit.",
            "Radio coverage was led by Luhya-language stations, which carried interviews with mothers whose babies had been transferred to Eldoret before the unit opened.",
            "Tone was positive in 19 items and neutral in four, and no negative items were found. The generator and the solar request featured in seven items, which suggests they will remain the main follow-up angle in the coming week.",
        ],
    ),
    "en_digest": (
        "Media digest, Tuesday 27 April 2027",
        [
            "Good morning. Four items mention the university in today's media, led by coverage of the milk residue study from the veterinary school.",
            "§In the news",
            "The Observer's health page reports the findings of the milk study and interviews two farmers in Kiruhura who say they cannot afford to discard milk during treatment.",
            "ChimpReports quotes the dean of the veterinary school on plans for test strips at collection centres, and links to the full study.",
            "The Independent lists the university among five institutions that have asked the dairy regulator for a national residue survey.",
            "A column in the Daily Monitor argues that testing should be paid for by processors rather than farmers, and cites the study's estimate of what the strips would cost a collection centre each month.",
            "§Social media",
            "The university's own post about the study has been shared about 1,900 times since Sunday, most often by veterinary students and dairy cooperatives in the western region.",
            "Please send any coverage we have missed to the communications office before ten o'clock for inclusion in tomorrow's digest.",
        ],
    ),
}

STORIES_SW: dict[str, tuple[str, list[str]]] = {
    "sw_tanga": (
        "Gati jipya la bandari ya Tanga kuanza kazi Juni",
        [
            "Mamlaka ya bandari imesema gati jipya la mizigo katika bandari ya Tanga litaanza kupokea meli mwezi Juni, baada ya kazi ya kuongeza kina cha lango la kuingilia kukamilika wiki iliyopita.",
            "Kwa mujibu wa meneja wa bandari, Salim Mwinyimkuu, gati hilo lenye urefu wa mita 250 litaweza kuhudumia meli za tani 30,000, ikilinganishwa na tani 8,000 hapo awali. Meli kubwa zilikuwa zikilazimika kutia nanga mbali na pwani na kushusha mizigo kwa mashua ndogo.",
            "Bandari ya Tanga inahudumia mikoa ya kaskazini mwa Tanzania pamoja na nchi jirani za Uganda na Kenya. Serikali inatarajia kiasi cha mizigo kinachopita bandarini hapo kuongezeka mara mbili ifikapo mwaka 2030.",
            "Hata hivyo, wavuvi wa Sahare na Deep Sea wamelalamika kuwa uchimbaji wa mchanga umeharibu maeneo yao ya kuvulia. Mwenyekiti wa chama cha wavuvi, Mwanaisha Kombo, amesema samaki wamepungua kwa karibu nusu tangu Januari na baadhi ya wavuvi wameacha kazi.",
            "Mamlaka imeahidi kufanya tathmini ya mazingira na kuwalipa fidia wavuvi watakaothibitika kuathirika. Mkuu wa mkoa wa Tanga amesema kamati maalumu itaundwa kufuatilia ahadi hiyo kabla gati halijaanza kazi.",
        ],
    ),
    "sw_morogoro": (
        "Wakulima wa mpunga Mkindo wapata maji baada ya mfereji kukarabatiwa",
        [
            "Zaidi ya wakulima 900 wa mpunga katika skimu ya umwagiliaji ya Mkindo, wilayani Mvomero mkoani Morogoro, wameanza kupata maji ya kutosha baada ya mfereji mkuu uliobomoka kwa mafuriko kukarabatiwa.",
            "Mfereji huo wa kilomita sita ulikatika sehemu tatu mwezi Januari, na kuacha zaidi ya hekta 600 bila maji kwa wiki kumi. Ukarabati umegharimu shilingi milioni 740, zilizotolewa na serikali kupitia tume ya taifa ya umwagiliaji.",
            "Mkulima Rehema Shabani amesema alipanda upya shamba lake la ekari mbili mwezi Machi baada ya miche ya kwanza kukauka. Anatarajia kuvuna magunia 30, karibu nusu ya mavuno ya mwaka jana, lakini anasema ni bora kuliko kupoteza msimu mzima.",
            "Skimu ya Mkindo ni mojawapo ya skimu kubwa za umwagiliaji katika bonde la mto Wami, na mpunga wake huuzwa katika masoko ya Morogoro na Dar es Salaam. Bei ya gunia la mpunga imepanda kwa karibu asilimia 15 tangu mfereji ulipokatika.",
            "Maafisa wa umwagiliaji wanasema kingo za mfereji zimejengwa upya kwa zege ili zisibomoke tena. Wakulima wametakiwa kuchangia shilingi 20,000 kwa ekari kila msimu kwa ajili ya matengenezo.",
        ],
    ),
    "sw_magazeti": (
        "Magazeti ya leo: bandari ya Tanga, mfereji wa Mkindo na bei ya sukari",
        [
            "Habari za bandari, kilimo na bei ya bidhaa zimepamba kurasa za mbele za magazeti ya Jumanne hii. Hapa chini ni muhtasari wetu wa habari kuu.",
            "§Nipashe",
            "Gazeti la Nipashe linaripoti kuwa wavuvi wa Tanga wanadai fidia kwa kuharibiwa kwa maeneo yao ya kuvulia wakati wa ujenzi wa gati jipya, na linamnukuu mwenyekiti wa chama chao akisema samaki wamepungua.",
            "§Mwananchi",
            "Mwananchi limeandika kuhusu wakulima wa mpunga wa Mkindo waliorudi mashambani baada ya mfereji kukarabatiwa, huku likihoji kwa nini ukarabati ulichukua wiki kumi.",
            "§HabariLeo",
            "HabariLeo limeongoza na bei ya sukari, likisema kilo moja sasa inauzwa hadi shilingi 3,800 katika baadhi ya maduka ya Dodoma na kwamba serikali imeagiza tani 50,000 kutoka nje.",
            "§The Citizen",
            "The Citizen limeandika kuhusu mpango wa serikali wa kujenga masoko mapya ya samaki katika miji ya pwani, likiwanukuu maafisa wa wizara ya mifugo na uvuvi.",
            "§Daily News",
            "Daily News limechapisha makala ya uchambuzi kuhusu bei ya mbolea, likisema wakulima wengi wa nyanda za juu za kusini wamepunguza matumizi yake msimu huu.",
            "Huo ndio muhtasari wa leo, na tutawaletea mapitio mengine kesho asubuhi.",
        ],
    ),
}

STORIES_AM: dict[str, tuple[str, list[str]]] = {
    "am_dessie": (
        "የደሴ ሪፈራል ሆስፒታል የኦክስጅን ማምረቻ ጣቢያ ሥራ ጀመረ",
        [
            "በደሴ ከተማ የሚገኘው የደሴ ሪፈራል ሆስፒታል በቀን 120 የኦክስጅን ሲሊንደሮችን መሙላት የሚችል የማምረቻ ጣቢያ ሥራ ማስጀመሩን አስታወቀ።",
            "የሆስፒታሉ ሥራ አስኪያጅ አቶ ሙሉጌታ አበበ እንደገለጹት ሆስፒታሉ እስካሁን ኦክስጅን ከኮምቦልቻ እና ከአዲስ አበባ ያስመጣ ነበር። አንድ ሲሊንደር ለማምጣት እስከ ሦስት ቀን ይወስድ እንደነበርም ተናግረዋል።",
            "ጣቢያው 18 ሚሊዮን ብር ወጪ የተደረገበት ሲሆን በአካባቢው ለሚገኙ ሌሎች ጤና ጣቢያዎችም ኦክስጅን ያቀርባል ተብሏል። ለጨቅላ ሕፃናት ክፍል እና ለቀዶ ሕክምና ክፍል ቅድሚያ እንደሚሰጥ ሥራ አስኪያጁ አስረድተዋል።",
            "ሆስፒታሉ በዓመት ከ300 ሺህ በላይ ታካሚዎችን የሚያገለግል ሲሆን ከደቡብ ወሎ እና ከአፋር ክልል ጭምር ታካሚዎች ይመጡበታል።",
            "ስምንት የሆስፒታሉ ቴክኒሻኖች ጣቢያውን ለማንቀሳቀስ ለሁለት ሳምንታት ሥልጠና ወስደዋል። የኤሌክትሪክ መቆራረጥ ግን አሁንም ትልቅ ስጋት መሆኑን ባለሙያዎቹ ገልጸዋል።",
        ],
    ),
    "am_jimma": (
        "የጅማ ቡና አምራች ማኅበራት ለገበሬዎች የተሻለ ዋጋ ከፈሉ",
        [
            "በጅማ ዞን የሚገኙ የቡና አምራች ማኅበራት ዘንድሮ ለአንድ ኪሎ ቀይ ቡና እስከ 140 ብር መክፈላቸውን አስታወቁ። ይህም ካለፈው ዓመት ጋር ሲነጻጸር በሲሶ ገደማ ብልጫ አለው።",
            "የጎማ ወረዳ የቡና አምራቾች ማኅበር ሊቀመንበር አቶ ከድር አባ ፎጊ እንደተናገሩት ማኅበሩ ቡናውን በቀጥታ ለውጭ ገዢዎች በመሸጡ ደላሎችን ማስቀረት ችሏል።",
            "በዞኑ ከ80 ሺህ በላይ አርሶ አደሮች በቡና ምርት ላይ የተሰማሩ ሲሆን አብዛኞቹ ከአንድ ሄክታር ያነሰ መሬት አላቸው።",
            "ገበሬዎች ግን የማዳበሪያ እና የሠራተኛ ዋጋ መጨመሩን ይገልጻሉ። ወይዘሮ ዘይነባ ሁሴን የተባሉ አርሶ አደር ቡና ለመልቀም ለቀን ሠራተኛ የሚከፍሉት ክፍያ በእጥፍ መጨመሩን ተናግረዋል።",
            "የዞኑ ግብርና መምሪያ በሚቀጥለው ዓመት ሁለት ሚሊዮን አዳዲስ የቡና ችግኞችን ለአርሶ አደሮች ለማሰራጨት ማቀዱን አስታውቋል።",
        ],
    ),
}

STORIES_HA: dict[str, tuple[str, list[str]]] = {
    "ha_maradi": (
        "Farashin hatsi ya tashi a babbar kasuwar Maradi",
        [
            "Farashin gero da dawa ya tashi da kusan kashi talatin cikin dari a babbar kasuwar Maradi cikin makonni uku, abin da 'yan kasuwa suka danganta da karancin hatsin da ke shigowa daga arewacin Najeriya.",
            "Wani dan kasuwa, Malam Habibu Sani, ya ce buhun gero mai nauyin kilo dari yanzu ana sayar da shi a kan CFA 32,000, sabanin CFA 24,000 a watan Fabrairu. Ya ce manyan motoci kalilan ne ke ketare iyaka saboda sabbin ka'idojin kwastam.",
            "Iyalai da dama sun fara rage yawan abincin da suke ci a rana. Hajiya Rabi Issoufou, mai 'ya'ya shida a unguwar Sabon Gari, ta ce a da tana sayen tiya biyu na gero a kowace rana, amma yanzu daya kawai take iya saya.",
            "Maradi na daga cikin manyan cibiyoyin cinikin hatsi tsakanin Nijar da Najeriya, kuma 'yan kasuwa daga Zinder da Tahoua kan zo sayen kaya a can. Masu lura da kasuwa sun ce farashin kan sauka ne kawai idan an fara girbin sabon amfanin gona a watan Satumba.",
            "Hukumomin yankin sun ce za su fara sayar da hatsi a farashi mai rahusa daga rumbunan gwamnati a mako mai zuwa. Kungiyoyin agaji kuma sun yi gargadin cewa zafin rani na iya kara matsalar.",
        ],
    ),
    "ha_gusau": (
        "An bude cibiyar kula da masu cutar kwalara a Gusau",
        [
            "Ma'aikatar lafiya ta jihar Zamfara ta bude cibiyar kula da masu fama da cutar kwalara mai gadaje hamsin a Gusau, bayan da mutane fiye da 400 suka kamu da cutar a cikin wata guda.",
            "Kwamishinan lafiya na jihar, Dokta Aminu Bello Kaura, ya ce cutar ta fi kamari a unguwannin Tudun Wada da Mareri, inda mutane ke shan ruwan rijiyoyi marasa murfi. Ya ce mutane goma sha daya sun rasu tun farkon watan Maris.",
            "Jihar Zamfara na daga cikin jihohin da cutar kwalara ke yawan bulla a lokacin damina, amma jami'an lafiya sun ce bana cutar ta fara tun kafin ruwan sama ya sauka, saboda karancin ruwan sha mai tsafta.",
            "Ma'aikatan sa kai suna bi gida-gida suna rarraba sinadarin tsaftace ruwa tare da koya wa iyalai yadda ake amfani da shi. An kuma umarci masu sayar da ruwa a jarkoki da su rika tsaftace ruwan kafin su sayar.",
            "Jami'an lafiya sun ce za a bude karin cibiyoyi biyu a Kaura Namoda da Talata Mafara idan cutar ta ci gaba da yaduwa. Sun shawarci jama'a da su garzaya asibiti da zarar sun ga alamun gudawa da amai.",
        ],
    ),
    "ha_jaridu": (
        "Sharhin jaridun Najeriya na yau Talata",
        [
            "Batun tsadar hatsi da yaduwar cutar kwalara ne suka mamaye shafukan farko na jaridun Najeriya a yau Talata. Ga takaitaccen bayani kan abin da suka wallafa.",
            "§Aminiya",
            "Jaridar Aminiya ta ruwaito cewa farashin masara ya tashi a kasuwannin Kano da Katsina, inda ta ambaci 'yan kasuwa da ke cewa manoma sun boye hatsinsu suna jiran farashi ya kara tashi.",
            "§Leadership Hausa",
            "Leadership Hausa ta ba da labarin bude cibiyar kula da masu cutar kwalara a Gusau, tare da hirarraki da ma'aikatan sa kai da ke rarraba sinadarin tsaftace ruwa.",
            "§Daily Trust",
            "A sharhinta na edita, Daily Trust ta bukaci gwamnatocin jihohin arewa da su zuba jari a rijiyoyin burtsatse maimakon jiran barkewar cututtuka a kowace damina.",
            "§Premium Times Hausa",
            "Premium Times Hausa ta wallafa rahoto kan yadda farashin takin zamani ya tashi a kasuwannin Sakkwato da Kebbi gabanin damina, tana mai cewa buhu daya ya kai naira dubu arba'in.",
            "§Rariya",
            "Jaridar Rariya ta kawo hirar da ta yi da direbobin manyan motoci da ke korafi kan yawan shingayen bincike a hanyar Kano zuwa Maradi.",
            "Wannan shi ne takaitaccen sharhinmu na yau, kuma za mu dawo gobe da safe.",
        ],
    ),
}

STORIES_FR: dict[str, tuple[str, list[str]]] = {
    "fr_namur": (
        "Abeilles : les ruchers namurois ont perdu un tiers de leurs colonies cet hiver",
        [
            "Les apiculteurs de la province de Namur ont perdu en moyenne 34 % de leurs colonies au cours de l'hiver, selon une enquête menée par des chercheurs de l'Université de Namur auprès de 212 ruchers.",
            "C'est le taux le plus élevé relevé depuis le début du suivi, en 2019. Les pertes sont particulièrement lourdes dans la vallée de la Meuse, entre Namur et Dinant, où près d'un apiculteur sur deux a perdu plus de la moitié de ses ruches.",
            "La biologiste Sophie Delvaux, qui coordonne l'étude, pointe un automne anormalement doux, qui a retardé l'arrêt de la ponte, et la progression du varroa, un acarien parasite. « Beaucoup de colonies sont entrées dans l'hiver trop affaiblies pour survivre », explique-t-elle.",
            "La province de Namur compte environ 1.900 apiculteurs déclarés, pour la plupart des amateurs qui possèdent moins de dix ruches. Pour eux, racheter des essaims coûte entre 150 et 200 euros par colonie.",
            "Les chercheurs recommandent de traiter contre le varroa plus tôt dans la saison et de partager les données entre ruchers voisins. Une seconde enquête, consacrée aux pertes de printemps, sera lancée en juin avec les fédérations apicoles wallonnes.",
        ],
    ),
    "fr_bouake": (
        "Bouaké : les producteurs d'anacarde réclament le respect du prix plancher",
        [
            "Réunis lundi à Bouaké, plusieurs centaines de producteurs d'anacarde de la région du Gbêkê ont dénoncé des achats en dessous du prix plancher de 425 francs CFA le kilo fixé pour la campagne en cours.",
            "Selon leurs représentants, des pisteurs proposent entre 300 et 350 francs le kilo dans les villages éloignés, en profitant du manque de camions des coopératives. « Nous vendons à perte pour payer l'école des enfants », affirme Koffi N'Guessan, producteur à Brobo.",
            "La Côte d'Ivoire est le premier producteur mondial de noix de cajou brutes, dont l'essentiel est exporté vers l'Asie pour y être décortiqué. Le gouvernement veut faire transformer sur place la moitié de la récolte d'ici à la fin de la décennie.",
            "Le directeur régional de l'agriculture, Yao Kouassi Bertin, a assuré que les contrôles seraient renforcés sur les axes menant aux magasins de Bouaké et que les acheteurs en infraction risquaient le retrait de leur agrément.",
            "Les producteurs demandent aussi l'ouverture d'un deuxième centre de pesée public dans la région. Trois usines de transformation installées dans la zone industrielle de Bouaké tournent encore en dessous de leur capacité, faute de noix en quantité suffisante.",
        ],
    ),
    "fr_revue": (
        "La revue de presse du mardi 27 avril",
        [
            "Les abeilles, les factures d'énergie des communes et les nouvelles vacances scolaires font la une des quotidiens ce mardi. Tour d'horizon.",
            "§Le Soir",
            "Le Soir consacre deux pages aux pertes hivernales des ruchers wallons et cite une enquête universitaire selon laquelle un tiers des colonies namuroises n'ont pas survécu.",
            "§La Libre Belgique",
            "La Libre Belgique s'intéresse aux factures d'énergie des communes, dont plusieurs envisagent d'éteindre l'éclairage public après minuit pour boucler leur budget.",
            "§L'Echo",
            "Du côté économique, L'Echo revient sur la campagne de cajou en Côte d'Ivoire, dont dépendent plusieurs transformateurs installés près du port d'Anvers, et évoque des prix d'achat inférieurs au minimum officiel.",
            "§De Standaard",
            "En Flandre, De Standaard publie un sondage selon lequel six parents sur dix jugent trop courtes les nouvelles vacances d'été.",
            "§La Dernière Heure",
            "La Dernière Heure ouvre sur la fermeture annoncée d'une piscine communale à Seraing, faute de moyens pour rénover ses installations.",
            "Bonne journée, et rendez-vous demain pour une nouvelle revue de presse.",
        ],
    ),
}

STORIES_AR: dict[str, tuple[str, list[str]]] = {
    "ar_zarqa": (
        "انقطاع المياه عن أحياء في الزرقاء يرفع أسعار الصهاريج",
        [
            "يعاني سكان عدد من أحياء مدينة الزرقاء من انقطاع المياه منذ أكثر من أسبوعين، ما دفع كثيرا من الأسر إلى شراء المياه من الصهاريج الخاصة بأسعار تضاعفت خلال الفترة نفسها.",
            "وقال سكان في حيي الزواهرة والغويرية إن ثمن الصهريج سعة خمسة أمتار مكعبة ارتفع من 18 دينارا إلى نحو 35 دينارا، وإن بعض أصحاب الصهاريج يشترطون الدفع مسبقا.",
            "وعزا مصدر في شركة المياه الانقطاع إلى عطل في محطة ضخ رئيسية وتراجع كميات المياه الواردة من الآبار الجوفية، مؤكدا أن فرق الصيانة تعمل على إصلاح العطل خلال أيام.",
            "وتعد الزرقاء من أكبر مدن المملكة من حيث عدد السكان، وتعتمد أحياؤها الشرقية بشكل رئيسي على مياه تضخ من حوض الأزرق الجوفي الذي تراجع منسوبه خلال السنوات الأخيرة.",
            "وطالب نواب عن المحافظة بتوزيع المياه بالصهاريج الحكومية مجانا على الأحياء المتضررة إلى حين عودة الضخ، وبمحاسبة من يستغل الأزمة لرفع الأسعار.",
        ],
    ),
    "ar_mosul": (
        "إعادة افتتاح سوق السرجخانة في الموصل القديمة بعد ترميمه",
        [
            "أعيد يوم الاثنين افتتاح سوق السرجخانة في الموصل القديمة بعد أعمال ترميم استمرت عامين، شملت إعادة بناء 140 محلا وتبليط الأزقة المؤدية إلى السوق.",
            "وقال مدير مشروع الترميم المهندس عمر يونس الطائي إن العمال استخدموا الحجر والجص المحليين اللذين بني بهما السوق أصلا، وإن عشرات الحرفيين تدربوا على تقنيات البناء التقليدية.",
            "وكان السوق، الذي يعود تاريخه إلى القرن التاسع عشر، من أكثر أسواق المدينة القديمة ازدحاما بباعة الأقمشة والعطارين قبل أن تدمر معظم محاله.",
            "وعاد نحو ستين من أصحاب المحال إلى السوق حتى الآن، بينما ينتظر آخرون تعويضات لم تصرف بعد. ويقول بائع الأقمشة سالم ذنون إن الإقبال ما زال ضعيفا لكنه أفضل مما توقع.",
            "وتعتزم الحكومة المحلية إنارة الأزقة ليلا وتخصيص مواقف للسيارات قرب باب الطوب لتشجيع المتسوقين على العودة إلى المدينة القديمة.",
        ],
    ),
    "ar_suhuf": (
        "جولة في صحف الثلاثاء: المياه في الزرقاء وأسواق الموصل",
        [
            "تناولت الصحف الأردنية والعراقية الصادرة صباح اليوم الثلاثاء أزمة المياه في الزرقاء وعودة الحياة إلى أسواق الموصل القديمة. وفي ما يلي أبرز ما جاء فيها.",
            "§الرأي",
            "نشرت صحيفة الرأي تقريرا عن ارتفاع أسعار صهاريج المياه في الزرقاء، ونقلت عن شركة المياه أن إصلاح محطة الضخ سيكتمل خلال أيام.",
            "§الغد",
            "وفي مقال رأي، دعت صحيفة الغد إلى خطة وطنية لتقليل الفاقد في شبكات المياه، مشيرة إلى أن نحو نصف المياه المضخوخة في بعض المحافظات لا يصل إلى المشتركين.",
            "§المدى",
            "أما صحيفة المدى العراقية فخصصت صفحتها الأولى لإعادة افتتاح سوق السرجخانة، وأجرت لقاءات مع حرفيين شاركوا في الترميم.",
            "§الدستور",
            "وتطرقت صحيفة الدستور إلى ارتفاع أسعار الخضار في السوق المركزي بعمان، ونقلت عن تجار أن موجة الحر الأخيرة قلصت الكميات الواردة من وادي الأردن.",
            "هذه أبرز عناوين صحف اليوم، ونلقاكم غدا في جولة جديدة.",
        ],
    ),
}

STORIES_HE: dict[str, tuple[str, list[str]]] = {
    "he_arad": (
        "ניסוי ליד ערד: התפלת מים מליחים באנרגיה סולארית בלבד",
        [
            "מתקן ניסיוני שהוקם ליד ערד מתפיל מזה חמישה חודשים מים מליחים מקידוח מקומי באמצעות אנרגיה סולארית בלבד, ומספק כ־40 מטרים מעוקבים של מי שתייה ביום.",
            "את המתקן הקימה חברת הזנק מבאר שבע בשיתוף חוקרים מהמכון לחקר המדבר. לדברי מנכ״לית החברה, ד״ר נועה אלמוג, המערכת מפסיקה לפעול בשעות החשכה וכך נחסך הצורך בסוללות יקרות.",
            "התפוקה משתנה לפי עונות השנה: בחורף ירדה לכ־25 מטרים מעוקבים ביום, ובקיץ היא צפויה לעלות. החוקרים בוחנים גם כיצד לטפל בתמלחת שנותרת אחרי ההתפלה בלי לפגוע בקרקע סביב הקידוח.",
            "כמה יישובים בדרום נשענים עדיין על מים המובלים במכליות או על קידוחים שמימיהם מליחים מדי לשתייה. עלות הנחת צנרת לכל יישוב כזה מוערכת בעשרות מיליוני שקלים.",
            "אם הניסוי יצליח, בחברה מקווים להציע את המערכת ליישובים קטנים בנגב ובערבה שאינם מחוברים לרשת המים הארצית. שתי מועצות אזוריות כבר ביקשו לקבל את תוצאות הניסוי.",
        ],
    ),
    "he_karmiel": (
        "מוקד רפואה דחופה חדש נפתח בכרמיאל",
        [
            "מוקד חדש לרפואה דחופה נפתח השבוע באזור התעשייה של כרמיאל, ויפעל בכל ימות השבוע עד חצות. המוקד נועד להקל על העומס בחדרי המיון של בתי החולים בנהריה ובצפת.",
            "במוקד שמונה עמדות טיפול, מכשיר רנטגן ומעבדה לבדיקות דם מהירות. לדברי מנהלת המוקד, ד״ר מרים חורי, כשליש מהפונים לחדרי המיון בגליל יכולים לקבל טיפול מלא במקום כזה.",
            "תושבים בכרמיאל ובמשגב התלוננו בשנים האחרונות על נסיעות של שעה ויותר לחדר מיון בשעות הלילה. ״עד היום כל חתך או חום גבוה בלילה פירושו נסיעה לנהריה״, אמר אב לשלושה מהעיר.",
            "בכרמיאל מתגוררים כיום יותר מ־50 אלף תושבים, ולפי נתוני העירייה מספרם צפוי לגדול בכרבע בעשור הקרוב עם השלמת שכונות חדשות במערב העיר.",
            "העירייה מימנה את שיפוץ המבנה, וקופות החולים ישתתפו בעלויות ההפעלה. בשלב הבא מתוכנן להוסיף שירותי רפואת ילדים בסופי שבוע.",
        ],
    ),
    "he_tikshoret": (
        "סקירת תקשורת יומית – יום שלישי, 27 באפריל 2027",
        [
            "בוקר טוב. להלן הכתבות המרכזיות שפורסמו הבוקר בתחומי הבריאות והסביבה בגליל ובנגב.",
            "§ynet",
            "ב־ynet פורסמה כתבה על המוקד לרפואה דחופה שנפתח בכרמיאל, ובה ראיון עם מנהלת המוקד על מספר הפונים הצפוי.",
            "§מעריב",
            "מעריב מדווח כי משרד הבריאות שוקל להאריך את שעות הפעילות של מרפאות הלילה בצפון, לאחר פניות של ראשי רשויות.",
            "§ישראל היום",
            "ישראל היום מביא כתבה על הניסוי בהתפלה סולארית ליד ערד, ומצטט מומחים הסבורים שהשיטה מתאימה בעיקר ליישובים קטנים.",
            "§גלובס",
            "גלובס מדווח על עלייה במחירי הדירות בבאר שבע ובערד ברבעון הראשון של השנה, בעיקר בדירות של ארבעה חדרים.",
            "§כלכליסט",
            "כלכליסט מדווח כי שלוש חברות הזנק מהנגב גייסו יחד 40 מיליון דולר ברבעון הראשון, רובן בתחומי המים והאנרגיה.",
            "הסקירה נשלחת מדי בוקר לעובדי הארגון, והערות אפשר להפנות לדוברות.",
        ],
    ),
}

STORIES_FA: dict[str, tuple[str, list[str]]] = {
    "fa_rasht": (
        "کم‌آبی سد سفیدرود نشاکاری برنج را در گیلان به تأخیر انداخت",
        [
            "شالیکاران اطراف رشت می‌گویند به دلیل کاهش ذخایر سد سفیدرود، نشاکاری برنج امسال دست‌کم دو هفته دیرتر از معمول آغاز می‌شود.",
            "به گفته مدیرعامل آب منطقه‌ای گیلان، حجم آب پشت سد هم‌اکنون حدود ۴۰ درصد کمتر از میانگین ده سال گذشته است و آب کشاورزی به صورت نوبتی میان شبکه‌های آبیاری توزیع خواهد شد.",
            "محمدرضا پورحسینی، شالیکار روستای خشکبیجار، می‌گوید اگر آب به موقع نرسد ناچار است بخشی از زمینش را کشت نکند. او افزود که هزینه کرایه پمپ و گازوئیل برای برداشت آب از چاه تقریباً دو برابر شده است.",
            "گیلان بیش از ۲۳۰ هزار هکتار شالیزار دارد و بخش بزرگی از برنج کشور در این استان تولید می‌شود. به گفته کارشناسان، هر هفته تأخیر در نشاکاری برداشت را به فصل بارش‌های پاییزی نزدیک‌تر می‌کند.",
            "کارشناسان جهاد کشاورزی استان به کشاورزان توصیه کرده‌اند از ارقام زودرس برنج استفاده کنند. مسئولان استان نیز وعده داده‌اند تا پایان اردیبهشت برنامه نهایی توزیع آب را اعلام کنند.",
        ],
    ),
    "fa_herat": (
        "زعفران‌کاران هرات از کاهش قیمت خرید شکایت دارند",
        [
            "زعفران‌کاران در ولسوالی‌های غوریان و پشتون زرغون هرات می‌گویند قیمت خرید زعفران امسال نسبت به سال گذشته نزدیک به یک سوم کاهش یافته است.",
            "به گفته آنان، تاجران هر کیلو زعفران درجه یک را اکنون حدود ۴۵ هزار افغانی می‌خرند، در حالی که سال گذشته این رقم به بیش از ۶۵ هزار افغانی می‌رسید.",
            "گل‌بی‌بی، یکی از زنانی که در یک شرکت فرآوری زعفران در شهر هرات کار می‌کند، گفت که کاهش قیمت باعث شده است شرکت دستمزد کارگران روزمزد را پایین بیاورد.",
            "هرات بیشترین سطح کشت زعفران را در افغانستان دارد و هزاران زن در فصل برداشت به جدا کردن کلاله‌ها مشغول‌اند. بسیاری از این زنان تنها نان‌آور خانواده‌های خود هستند.",
            "مسئولان اتحادیه زعفران هرات دلیل این کاهش را دشواری صادرات از راه هوایی و رقابت با زعفران ارزان‌تر در بازارهای منطقه می‌دانند. آنان از نهادهای مربوط خواسته‌اند دهلیزهای صادراتی تازه‌ای را فعال کنند.",
        ],
    ),
    "fa_matbuat": (
        "مرور مطبوعات سه‌شنبه ۷ اردیبهشت",
        [
            "کم‌آبی در گیلان، بازار زعفران و قیمت نهاده‌های دامی از موضوعات اصلی روزنامه‌های صبح امروز است. در ادامه مروری بر مهم‌ترین مطالب آنها می‌خوانید.",
            "§همشهری",
            "روزنامه همشهری در گزارشی از رشت نوشته است که نشاکاری برنج به دلیل کاهش ذخایر سد سفیدرود به تعویق افتاده و کشاورزان نگران کاهش محصول‌اند.",
            "§شرق",
            "شرق در یادداشت اقتصادی خود به بازار زعفران پرداخته و نوشته است که ورود زعفران ارزان‌تر از افغانستان قیمت‌ها را در بازار مشهد تحت فشار قرار داده است.",
            "§اعتماد",
            "روزنامه اعتماد نیز از افزایش قیمت جو و ذرت در بازار آزاد خبر داده و به نقل از دامداران نوشته است که هزینه تولید شیر در یک ماه گذشته پانزده درصد بالا رفته است.",
            "این مرور هر روز صبح در سرویس اقتصادی ما منتشر می‌شود.",
        ],
    ),
}

STORIES_CKB: dict[str, tuple[str, list[str]]] = {
    "ckb_ranya": (
        "ئاستی ئاوی دەریاچەی دوکان بەرز بووەوە و ماسیگرانی ڕانیە دەگەڕێنەوە سەر کار",
        [
            "دوای بارانەکانی زستان و بەهار، ئاستی ئاوی دەریاچەی دوکان نزیکەی حەوت مەتر بەرز بووەتەوە، و ماسیگرانی دەوروبەری ڕانیە دەڵێن بەلەمەکانیان دوای دوو ساڵ دەگەڕێنەوە سەر ئاو.",
            "بەپێی بەڕێوەبەرایەتی بەنداوەکان، ئێستا نزیکەی چوار ملیار مەتر سێجا ئاو لە دەریاچەکەدا هەیە، کە دوو ئەوەندەی ئاستی هاوینی ڕابردووە.",
            "کاوە عەبدوڵڵا، ماسیگرێکی ناوچەی پشدەر، دەڵێت لە دوو ساڵی ڕابردوودا بەلەمەکەی لەسەر زەوی وشک مابووەوە و ناچار بوو وەک کرێکار لە شار کار بکات.",
            "دەریاچەی دوکان سەرچاوەی سەرەکی ئاوی خواردنەوەی چەند شارێکی هەرێمە، و بەنداوەکەش بەشێک لە کارەبای ناوچەکە بەرهەم دەهێنێت.",
            "لەگەڵ ئەوەشدا، شارەزایان ئاگاداری دەدەن کە ئەگەر هاوین گەرم بێت ئاستی ئاو بە خێرایی دادەبەزێتەوە. داوا لە حکومەت دەکەن پلانێکی درێژخایەن بۆ بەکارهێنانی ئاو دابنێت.",
        ],
    ),
    "ckb_halabja": (
        "ساردکەرەوەیەکی نوێ بۆ هەناری هەڵەبجە دەکرێتەوە",
        [
            "یەکەم ساردکەرەوەی تایبەت بە هەنار لە پارێزگای هەڵەبجە مانگی داهاتوو دەکرێتەوە، کە دەتوانێت نزیکەی دوو هەزار تۆن هەنار بۆ ماوەی شەش مانگ بپارێزێت.",
            "بەرپرسی پرۆژەکە، ئەندازیار شیلان محەمەد، ڕایگەیاند کە جووتیاران تا ئێستا ناچار بوون هەموو بەرهەمەکەیان لە وەرزی چنیندا بە نرخێکی کەم بفرۆشن، چونکە شوێنێکیان نەبوو بۆ هەڵگرتنی.",
            "هەڵەبجە بە یەکێک لە گرنگترین ناوچەکانی بەرهەمهێنانی هەنار لە هەرێمی کوردستان دادەنرێت، و ساڵانە فیستیڤاڵێکی تایبەت بە هەنار لە شارەکەدا ساز دەکرێت.",
            "حەمە ئەمین، جووتیارێکی بیارە، گوتی پار کیلۆیەک هەناری بە پێنج سەد دینار فرۆشت، بەڵام لە زستاندا نرخەکەی گەیشتە دوو هەزار دینار.",
            "پرۆژەکە بە هاوکاری ڕێکخراوێکی نێودەوڵەتی و بە تێچووی یەک ملیار و دوو سەد ملیۆن دینار دروستکراوە. جووتیاران دەتوانن بە کرێیەکی کەم شوێن لە ساردکەرەوەکەدا بەکرێ بگرن.",
        ],
    ),
    "ckb_rojname": (
        "ڕۆژنامەکانی ئەمڕۆ: ئاوی دوکان و هەناری هەڵەبجە",
        [
            "ئاوی دەریاچەی دوکان، کشتوکاڵ و نرخی سووتەمەنی سەرەکیترین بابەتەکانی ڕۆژنامەکانی ئەمڕۆی سێشەممەن. لێرەدا کورتەیەک لە گرنگترین هەواڵەکانیان دەخەینەڕوو.",
            "§ئاوێنە",
            "ڕۆژنامەی ئاوێنە ڕاپۆرتێکی لەسەر گەڕانەوەی ماسیگران بۆ دەریاچەی دوکان بڵاوکردووەتەوە و لەگەڵ چەند ماسیگرێکی ڕانیە قسەی کردووە.",
            "§هاوڵاتی",
            "هاوڵاتی نووسیویەتی کە نرخی بەنزین لە بەنزینخانەکانی سلێمانی بە بڕی دوو سەد و پەنجا دینار بۆ هەر لیترێک بەرز بووەتەوە.",
            "§کوردستانی نوێ",
            "کوردستانی نوێ هەواڵی کردنەوەی ساردکەرەوەی هەناری هەڵەبجەی لە لاپەڕەی یەکەمی خۆیدا بڵاوکردووەتەوە.",
            "ئەمە کورتەی ڕۆژنامەکانی ئەمڕۆ بوو، و سبەینێ بە کورتەیەکی نوێوە دەگەڕێینەوە.",
        ],
    ),
}

STORIES_PS: dict[str, tuple[str, list[str]]] = {
    "ps_jalalabad": (
        "د تورخم پر لار د وچې مېوې سوداګر له ځنډ سره مخ دي",
        [
            "د ننګرهار سوداګر وايي د تورخم پر لاره د وچې مېوې لېږد له تېرې میاشتې راهیسې تر درېیو ورځو پورې ځنډېږي، چې له امله یې یو شمېر مالونه خرابېږي.",
            "د جلال اباد د وچې مېوې د سوداګرو د ټولنې مشر حاجي نور محمد شینواري وویل چې هره ورځ شاوخوا اتیا لارۍ د پولې پر دواړو غاړو په کتار کې ولاړې وي.",
            "هغه زیاته کړه چې د کشمشو او بادامو بیه په کورنیو بازارونو کې راټیټه شوې، ځکه سوداګر نه شي کولای خپل مالونه په وخت بهر ته ولېږي. یو شمېر بزګرانو هم خپل حاصلات په ټیټه بیه پلورلي دي.",
            "ننګرهار د هېواد په ختیځ کې د وچې مېوې، په ځانګړې توګه د انځرو، کشمشو او بادامو یو مهم مرکز دی، او ډېری یې د تورخم له لارې بهر ته صادرېږي.",
            "د ننګرهار د سوداګرۍ رییاست چارواکي وايي له ګاونډي هېواد سره خبرې روانې دي چې د مېوې د لاریو لپاره یوه ځانګړې لیکه پرانیستل شي.",
        ],
    ),
    "ps_khost": (
        "په خوست کې د زېږون نوې څانګه پرانیستل شوه",
        [
            "د خوست ولایتي روغتون کې د زېږون یوه نوې څانګه پرانیستل شوې چې پنځوس بسترې او دوه عملیاتخانې لري.",
            "د روغتون رییس ډاکټر عبدالولي زدران وویل چې پخوا به هره ورځ تر څلوېښتو زیاتې مېرمنې د زېږون لپاره روغتون ته راتلې، خو یوازې شل بسترې شتون درلود.",
            "په نوې څانګه کې اته ښځینه ډاکټرانې او شل قابلې کار کوي. د سپېرې ولسوالۍ اوسېدونکې ګل جانې وویل چې تېر کال یې لور ته په دهلېز کې ځای ورکړل شوی و.",
            "خوست ولایتي روغتون د خوست، پکتیا او پکتیکا ولایتونو ناروغانو ته خدمات وړاندې کوي، او چارواکي وايي په میاشت کې شاوخوا دوه زره ماشومان په کې زېږي.",
            "د روغتون چارواکي وايي چې د برېښنا ستونزه لا هم پاتې ده او د لمریزو تختو د نصبولو لپاره یې له مرستندویه ادارو مرسته غوښتې ده.",
        ],
    ),
    "ps_warzpane": (
        "د نن ورځپاڼې: د تورخم لار او د خوست روغتون",
        [
            "د نن ورځې د ورځپاڼو په لومړیو مخونو کې سوداګري، روغتیا او د بیو لوړېدل مهمې موضوعګانې دي. دلته یې لنډیز لولئ.",
            "§هېواد",
            "هېواد ورځپاڼې د تورخم پر لاره د وچې مېوې د لاریو د ځنډ په اړه راپور خپور کړی او د ننګرهار له سوداګرو سره یې مرکې کړې دي.",
            "§انیس",
            "انیس ورځپاڼې لیکلي چې په خوست کې د زېږون نوې څانګه پرانیستل شوې او د ولایت د روغتیا چارواکو له قوله یې ویلي چې د مېندو مړینه به کمه شي.",
            "§وېسا",
            "وېسا ورځپاڼې په خپله سرمقاله کې د غوړیو او اوړو د بیو د لوړېدو په اړه لیکلي او له سوداګرو یې غوښتي چې بیې ثابتې وساتي.",
            "§اصلاح",
            "اصلاح ورځپاڼې د کابل ښار د څښاک د اوبو د یوې نوې پروژې په اړه راپور ورکړی او لیکلي یې دي چې کار به یې تر دوبي مخکې پیل شي.",
            "دا د نن ورځې د ورځپاڼو لنډیز و، او سبا به بیا له تاسو سره یو.",
        ],
    ),
}

STORIES_BN: dict[str, tuple[str, list[str]]] = {
    "bn_kushtia": (
        "কুষ্টিয়ায় গড়াই নদীর ভাঙনে হুমকিতে তিন গ্রাম",
        [
            "কুষ্টিয়ার কুমারখালী উপজেলায় গড়াই নদীর ভাঙনে গত এক মাসে অন্তত ৪০টি বসতবাড়ি ও একটি প্রাথমিক বিদ্যালয়ের মাঠ নদীগর্ভে বিলীন হয়েছে।",
            "স্থানীয়রা জানান, ভাঙন এখন তিনটি গ্রামের দিকে এগোচ্ছে। পানি উন্নয়ন বোর্ড জরুরি ভিত্তিতে বালুভর্তি জিও ব্যাগ ফেলা শুরু করলেও তা যথেষ্ট নয় বলে অভিযোগ তাঁদের।",
            "ভাঙনে ঘর হারানো কৃষক আবদুল মালেক বলেন, তিনি পরিবার নিয়ে এখন আত্মীয়ের বাড়িতে থাকছেন। জমিজমা সব নদীতে চলে যাওয়ায় দিনমজুরি করে সংসার চালাতে হচ্ছে।",
            "পানি উন্নয়ন বোর্ডের নির্বাহী প্রকৌশলী বলেছেন, স্থায়ী বাঁধ নির্মাণের জন্য ৮২ কোটি টাকার একটি প্রকল্প প্রস্তাব মন্ত্রণালয়ে পাঠানো হয়েছে। অনুমোদন পেলে বর্ষার পর কাজ শুরু হবে।",
        ],
    ),
    "bn_rangpur": (
        "রংপুরে হিমাগারে জায়গা নেই, কম দামে আলু বিক্রি করছেন কৃষক",
        [
            "রংপুর অঞ্চলের হিমাগারগুলোতে জায়গা না পেয়ে কৃষকেরা মাঠ থেকেই কম দামে আলু বিক্রি করে দিচ্ছেন। অনেক এলাকায় প্রতি কেজি আলু বিক্রি হচ্ছে মাত্র ৯ থেকে ১১ টাকায়।",
            "কৃষি বিপণন অধিদপ্তরের হিসাবে, এবার জেলায় আলুর উৎপাদন লক্ষ্যমাত্রার চেয়ে প্রায় ১৫ শতাংশ বেশি হয়েছে। কিন্তু হিমাগারগুলোর ধারণক্ষমতা বাড়েনি।",
            "পীরগাছা উপজেলার কৃষক রহিমা বেগম বলেন, উৎপাদনে কেজিপ্রতি খরচ পড়েছে প্রায় ১৪ টাকা। লোকসান দিয়ে বিক্রি করা ছাড়া তাঁর কোনো উপায় নেই।",
            "হিমাগারমালিকেরা বলছেন, বিদ্যুৎ বিল ও শ্রমিকের মজুরি বেড়ে যাওয়ায় নতুন হিমাগার নির্মাণে তাঁরা আগ্রহ পাচ্ছেন না। কৃষকেরা সরকারিভাবে আলু কেনার দাবি জানিয়েছেন।",
        ],
    ),
    "bn_potrika": (
        "আজকের পত্রিকা: নদীভাঙন, আলুর দাম ও লোডশেডিং",
        [
            "নদীভাঙন, আলুর দরপতন আর লোডশেডিং আজ মঙ্গলবারের জাতীয় দৈনিকগুলোর প্রধান শিরোনামে জায়গা পেয়েছে। এক নজরে দেখে নিন কোন পত্রিকা কী লিখেছে।",
            "§যুগান্তর",
            "যুগান্তর লিখেছে, কুষ্টিয়ায় গড়াই নদীর ভাঙনে তিনটি গ্রাম হুমকির মুখে পড়েছে এবং পানি উন্নয়ন বোর্ডের জরুরি কাজ নিয়ে স্থানীয়দের ক্ষোভ রয়েছে।",
            "§ইত্তেফাক",
            "ইত্তেফাকের প্রধান প্রতিবেদন উত্তরাঞ্চলের আলুচাষিদের নিয়ে, যাঁরা হিমাগারে জায়গা না পেয়ে লোকসানে আলু বেচছেন।",
            "§সমকাল",
            "সমকাল জানিয়েছে, গ্রীষ্ম শুরু হতেই ঢাকার বাইরে দিনে ছয় থেকে আট ঘণ্টা লোডশেডিং হচ্ছে।",
            "আজকের পত্রিকা পর্যালোচনা এখানেই শেষ, কাল সকালে আবার দেখা হবে।",
        ],
    ),
}

STORIES_NE: dict[str, tuple[str, list[str]]] = {
    "ne_ilam": (
        "इलाममा हरियो चियापत्तीको मूल्य घट्दा किसान चिन्तित",
        [
            "इलामका साना चिया किसानले यस वर्ष पहिलो टिपाइको हरियो चियापत्ती प्रतिकिलो ५५ रुपैयाँमा बेच्नुपरेको गुनासो गरेका छन्, जुन गत वर्षभन्दा करिब २० रुपैयाँ कम हो।",
            "सूर्योदय नगरपालिकाका किसान दिलकुमार राई भन्छन्, कारखानाहरूले गुणस्तरको कारण देखाउँदै मूल्य घटाएका छन्। तर मजदुरी र मलको खर्च भने बढेको छ।",
            "चिया उत्पादक संघका अनुसार भारततर्फको निर्यातमा नयाँ जाँच प्रक्रिया लागू भएपछि कारखानाहरूले खरिद घटाएका छन्। जिल्लामा करिब १४ हजार परिवार चियामा निर्भर छन्।",
            "संघले सरकारसँग न्यूनतम मूल्य तोक्न र प्रयोगशाला परीक्षणको सुविधा इलाममै उपलब्ध गराउन माग गरेको छ। जिल्ला प्रशासनले अर्को साता किसान र कारखाना सञ्चालकबीच छलफल बोलाएको छ।",
        ],
    ),
    "ne_dhangadhi": (
        "धनगढीमा तापक्रम ४२ डिग्री नाघ्यो, अस्पतालमा बिरामी बढे",
        [
            "सुदूरपश्चिमको धनगढीमा सोमबार तापक्रम ४२.३ डिग्री सेल्सियस पुगेपछि गर्मीका कारण बिरामी हुनेको संख्या बढेको छ।",
            "सेती प्रादेशिक अस्पतालका अनुसार पछिल्लो एक सातामा झाडापखाला र गर्मीले थला परेका १६० भन्दा बढी बिरामी उपचारका लागि आएका छन्। तीमध्ये अधिकांश बालबालिका र वृद्धवृद्धा छन्।",
            "अस्पतालका मेडिकल सुपरिटेन्डेन्ट हरिप्रसाद जोशीले दिउँसो बाहिर ननिस्कन र प्रशस्त पानी पिउन आग्रह गरेका छन्। अस्पतालले छुट्टै कक्षमा थप शय्या राखेको छ।",
            "जिल्ला प्रशासन कार्यालयले विद्यालयहरूलाई बिहानको समयमा मात्र कक्षा सञ्चालन गर्न निर्देशन दिएको छ। मौसम पूर्वानुमान महाशाखाले अझै केही दिन गर्मी कायम रहने जनाएको छ।",
        ],
    ),
}

STORIES_TA: dict[str, tuple[str, list[str]]] = {
    "ta_batticaloa": (
        "மட்டக்களப்பு வாவியில் இறால் பிடிப்பு குறைவு: மீனவர்கள் கவலை",
        [
            "மட்டக்களப்பு வாவியில் கடந்த இரண்டு மாதங்களாக இறால் பிடிப்பு பாதியாகக் குறைந்துள்ளதால், வாவியை நம்பியுள்ள நூற்றுக்கணக்கான மீனவக் குடும்பங்கள் பாதிக்கப்பட்டுள்ளன.",
            "வாவியின் முகத்துவாரம் மணலால் மூடப்பட்டுள்ளதால் கடல் நீர் உள்ளே வருவது தடைப்பட்டுள்ளது என்று மீனவர் சங்கத் தலைவர் கந்தையா சிவராசா தெரிவித்தார்.",
            "ஒரு நாளைக்கு ஐந்து கிலோ வரை இறால் பிடித்த தான் இப்போது ஒரு கிலோ கூடப் பிடிப்பதில்லை என்று ஆரையம்பதியைச் சேர்ந்த மீனவர் மயில்வாகனம் யோகேஸ்வரன் கூறினார்.",
            "முகத்துவாரத்தைத் திறக்கும் பணியை அடுத்த வாரம் தொடங்குவதாக மாவட்டச் செயலக அதிகாரிகள் உறுதியளித்துள்ளனர். அதுவரை பாதிக்கப்பட்ட குடும்பங்களுக்கு உலர் உணவு வழங்கப்பட வேண்டும் என மீனவர்கள் கோரியுள்ளனர்.",
        ],
    ),
    "ta_tirunelveli": (
        "பாபநாசம் அணை நீர்மட்டம் சரிவு: வாழை விவசாயிகள் அச்சம்",
        [
            "திருநெல்வேலி மாவட்டத்தில் பாபநாசம் அணையின் நீர்மட்டம் 38 அடியாகக் குறைந்துள்ளதால், தாமிரபரணி பாசனப் பகுதிகளில் வாழை பயிரிட்டுள்ள விவசாயிகள் கவலை அடைந்துள்ளனர்.",
            "சேரன்மகாதேவி, அம்பாசமுத்திரம் பகுதிகளில் சுமார் 4,000 ஏக்கரில் வாழை பயிரிடப்பட்டுள்ளது. கோடை மழை பெய்யாவிட்டால் அடுத்த மாதத்துக்குள் தண்ணீர்ப் பற்றாக்குறை ஏற்படும் என்று விவசாயிகள் தெரிவிக்கின்றனர்.",
            "ஒரு ஏக்கர் வாழைக்கு இதுவரை ஒன்றரை லட்சம் ரூபாய் செலவு செய்துள்ளதாக விவசாயி முருகேசன் கூறினார். குலை தள்ளும் நேரத்தில் தண்ணீர் கிடைக்காவிட்டால் முழு முதலீடும் வீணாகும் என்றார் அவர்.",
            "குடிநீர்த் தேவைக்காக அணையில் குறிப்பிட்ட அளவு நீர் இருப்பு வைக்கப்பட வேண்டும் என்பதால், பாசனத்துக்கு முறை வைத்து தண்ணீர் திறக்கப்படும் என்று நீர்வளத் துறை அதிகாரிகள் தெரிவித்தனர்.",
        ],
    ),
    "ta_thoguppu": (
        "இன்றைய ஊடகத் தொகுப்பு – ஏப்ரல் 27, 2027",
        [
            "வணக்கம். மீன்பிடி, விவசாயம், குடிநீர் தொடர்பாக இன்று வெளியான முக்கியச் செய்திகளின் தொகுப்பு இது.",
            "§தினமணி",
            "பாபநாசம் அணையின் நீர்மட்டம் சரிந்துள்ளதால் வாழை விவசாயிகள் அச்சத்தில் உள்ளதாக தினமணி செய்தி வெளியிட்டுள்ளது.",
            "§வீரகேசரி",
            "மட்டக்களப்பு வாவியின் முகத்துவாரம் மூடப்பட்டுள்ளதால் இறால் பிடிப்பு குறைந்துள்ளதாக வீரகேசரி தெரிவித்துள்ளது.",
            "§தினத்தந்தி",
            "கோவில்பட்டியில் குடிநீர் விநியோகம் பத்து நாட்களுக்கு ஒருமுறை மட்டுமே நடைபெறுவதாக தினத்தந்தி குறிப்பிட்டுள்ளது.",
            "இந்தத் தொகுப்பு ஒவ்வொரு காலையும் எமது உறுப்பினர்களுக்கு மின்னஞ்சலில் அனுப்பப்படுகிறது.",
        ],
    ),
}

STORIES45: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": STORIES_EN,
    "sw": STORIES_SW,
    "am": STORIES_AM,
    "ha": STORIES_HA,
    "fr": STORIES_FR,
    "ar": STORIES_AR,
    "he": STORIES_HE,
    "fa": STORIES_FA,
    "ckb": STORIES_CKB,
    "ps": STORIES_PS,
    "bn": STORIES_BN,
    "ne": STORIES_NE,
    "ta": STORIES_TA,
}

# ruff: noqa: E501, RUF001  (one paragraph a line; Bengali, Devanagari and Tamil digits and letters are meant)
"""Story prose of the thirty-seventh blind set (cases_2027-01-08.jsonl): invented news from places none of the
earlier sets' stories were set in (Yellowknife and Dettah, Fairbanks, Mangochi, Livingstone, Trincomalee, Port Vila,
Whanganui, Tennant Creek, Roatán, Alotau and Milne Bay; Puerto Natales, Iquitos, Potosí; Paraty, Mindelo; Jacmel,
Toamasina; Nouadhibou, Port Sudan; Bundi; Gwadar; Rangamati and the Kaptai lake; Kigoma; Kotagiri; Ratnagiri;
Goronyo in Sokoto; Janakpur). All names, quotes and figures are invented.

`STORIES37[lang][key] = (headline, paragraphs)`. The roundups (`dg_*`) are built from the leads of this set's stories
and a few items of their own; `DIGESTS[key]` gives each item's headline and the outlet the roundup names for it
(shown by the template, never part of the prose). A story's item is its first two paragraphs, as one.
"""

from __future__ import annotations

STORIES37: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "yk": (
            "Dettah ice road opens three weeks late after mild January",
            [
                "The ice road between Yellowknife and Dettah opened to light vehicles on Wednesday, three weeks later than the average of the past decade, after a January that stayed mild enough to keep the crossing on Yellowknife Bay soft.",
                "Crews from the territory's highways division had been flooding the route since before Christmas, pumping lake water onto the surface in thin layers so it would freeze from the top down. Superintendent Marlene Tsetso said the ice reached 48 centimetres at its thinnest point on Monday, enough for cars and pickup trucks but not yet for anything heavier than five tonnes.",
                '"We had two stretches where the temperature came up to minus five and sat there," Tsetso said. "Flooding in that weather just gives you slush. You wait it out, you measure every morning, and you open it when the numbers say so and not before."',
                "The six-kilometre road cuts the drive from Dettah to downtown Yellowknife from about 27 kilometres on the all-season Ingraham Trail route to a short hop across the bay. For many of Dettah's roughly 250 residents, that difference decides whether a trip for groceries, a medical appointment or a shift at work takes fifteen minutes or most of an hour.",
                "Yellowknives Dene First Nation councillor Peter Liske said families had been counting the days. \"People budget for this road,\" he said. \"When it's open, you spend less on gas, the kids can get to activities in town, elders can get to their appointments without someone taking half a day off. Every week it's late, that's money out of people's pockets.\"",
                "The late opening follows a pattern residents have watched for years. Records kept by the department show the crossing opened before Christmas in most seasons of the 1990s, while four of the last seven seasons have seen openings in mid-January or later. The road also tends to close earlier in spring.",
                "The department has posted speed limits of 30 kilometres an hour and asks drivers to keep 500 metres between vehicles, to stay inside the marked lanes and to avoid stopping on the ice. Pressure ridges near the Dettah shore were marked with orange cones on Wednesday morning and a grader crew was smoothing a section near the halfway point.",
                'Taxi drivers who work the Dettah run said the late opening had cut their business in half for most of January. Driver Samuel Beaulieu said he charged about 25 dollars for the long way round and half that across the ice. "A lot of people just didn\'t go to town," he said. "They waited."',
                "The city's fire department has asked skaters and snowmobilers to stay off the plowed lanes, where traffic creates ruts and thin spots near the edges. Emergency crews practised an ice rescue at the halfway point on Tuesday, using an airboat that can cross open water and thin ice alike.",
                'Tsetso said a decision on raising the weight limit, which would let fuel and supply trucks use the crossing, would depend on the next two weeks of weather. The forecast calls for lows near minus 30 through the weekend. "If we get that, we\'ll be in good shape," she said. "If it warms up again, we\'ll hold where we are."',
            ],
        ),
        "fbx": (
            "Fairbanks borough calls stage two burn ban as ice fog traps smoke",
            [
                "Fairbanks North Star Borough officials declared a stage two air quality alert on Thursday, barring the use of wood stoves and outdoor burning in the nonattainment area as a temperature inversion held a layer of smoke and ice fog over the city for a fourth day.",
                "Monitors in downtown Fairbanks and North Pole recorded fine particulate readings above 80 micrograms per cubic metre overnight, more than twice the federal 24-hour standard, according to the borough's air quality program. The worst readings came in the hours after midnight, when the air near the ground was coldest and stillest.",
                "Under a stage two alert, households in the area may not use wood-fired heating devices unless they hold a no-other-adequate-source-of-heat waiver. The borough has issued about 400 of those waivers this winter, most to homes where a wood stove is the only heat.",
                'Air quality manager Denise Oyelaran said the inversion was typical of the deep-cold stretches that settle on the Tanana Valley in midwinter, when temperatures fall below minus 30 and a lid of warmer air sits a few hundred feet overhead. "Everything we put into the air stays right here with us," she said. "Wood smoke, vehicle exhaust, the plume from the power plants. It piles up until the weather changes."',
                "Doctors at the city's hospital say the episodes show up in their waiting rooms. Pulmonologist Ravi Castellanos said visits for asthma and chronic lung disease rose during last winter's longest inversion and that children and older residents were most affected. He urged people with heart or lung conditions to limit time outdoors and to keep indoor air clean with filters where they could.",
                "The borough runs a program that pays residents to replace old stoves with cleaner devices or with heating oil or heat pumps suited to the cold. Oyelaran said about 2,600 stoves had been replaced or removed since the program began, but that demand for the grants had fallen as the easiest conversions were done.",
                'Some residents say the rules fall hardest on those who can least afford heating oil. Goldstream Valley resident Tom Akiak, who heats a small cabin with wood, said he had stopped burning at night during alerts and was paying for oil he could barely afford. "I understand the air is bad," he said. "But the choice for a lot of people out here is between the fine and the fuel bill."',
                "The borough's air quality office posts hourly readings from its monitors online and sends alerts by text message to about 9,000 subscribers. Oyelaran said sign-ups jumped during the cold snap and that the office had extended its phone line hours to answer questions about the rules.",
                "North Pole, where readings are often the highest in the borough, has a denser ring of older homes heated with wood and coal. City officials there have asked residents to report smoke from chimneys during alerts, and said they would hand out free air filters at the library on Saturday.",
                "Forecasters expect a weak front to bring warmer air and some wind by Sunday, which would mix the valley's air and allow the borough to lift the alert. Until then, enforcement officers will respond to complaints of visible smoke, and first violations carry a warning.",
            ],
        ),
        "mgc": (
            "Mangochi fishers count the cost of chambo closed season",
            [
                "Fishers along the southern shore of Lake Malawi in Mangochi district say the annual closed season for chambo has left them without income for a second month, as fisheries officers stepped up patrols to stop the use of small-mesh nets in the breeding grounds.",
                "The closed season, which runs from November to the end of January in the southern arm of the lake, bans the catching of chambo while the fish breed in shallow water. This year, officials extended it to mid-February after surveys found too few young fish in the catch at Makanjira and Monkey Bay.",
                'At the landing beach at Malindi, boat owner Chikondi Banda said his crew of eight had been idle since the start of December. "We understand why the season is there," he said. "But nobody gave us anything else to do. The children still need school fees and the boat still needs repairs."',
                'District fisheries officer Grace Mwale said the catch of chambo on the lake had fallen sharply over two decades, and that the fish once made up most of what was landed in the south. "If we do not let them breed, there will be nothing to catch in the open season either," she said. She said patrols had confiscated 140 nets with mesh smaller than the legal size since November.',
                "Traders who buy fish at the beaches and dry it for sale in Blantyre and Lilongwe say they have turned to usipa, a small sardine-like fish that can still be caught, but prices are low because so many have done the same. Fish trader Alinafe Jere said she was earning about a third of what she made in the same months last year.",
                'Beach village committees, which help enforce the rules, say the season works only if every landing site follows it. Committee chair Yusuf Kalulu said fishers at some beaches had continued to set nets at night and sell the catch across the lake. "When one beach cheats, the others lose trust," he said.',
                "Development groups working in the district have proposed support during the closed months, such as small loans for fish farming or vegetable gardens along the shore. A pilot at two beaches last year helped about 60 households, according to the district council, which says it is seeking money to expand it.",
                'Fishers at Makanjira said the extension had come without warning. Boat owner Hassan Chimwala said his crew had already bought fuel and mended nets for a January reopening. "We heard on the radio that it was extended," he said. "By then the money for the fuel was spent."',
                "Researchers at the fisheries research unit at Monkey Bay say chambo numbers can recover if breeding grounds are protected for several seasons in a row. They point to a stretch of shoreline near Cape Maclear, inside the national park, where catches of young fish have been higher than elsewhere in the south.",
                "The district council said it would hold meetings with beach village committees in March to review how the season was enforced and whether the dates should change next year.",
                "The chambo season reopens on 16 February. Mwale said officers would keep checking mesh sizes after the reopening and that fishers caught with illegal gear would lose their nets.",
            ],
        ),
        "lvs": (
            "Low Zambezi leaves Victoria Falls a thin curtain and Livingstone counting losses",
            [
                "The Zambezi River is flowing at less than half its usual volume for February at Victoria Falls, leaving long stretches of the rock face dry on the Zambian side and tour operators in Livingstone reporting cancellations at what is normally the start of the high-water season.",
                "Readings at the Victoria Falls gauge showed about 520 cubic metres per second this week, against a long-term February average of more than 1,100, according to figures from the river authority. Rains in the upper catchment in Angola and western Zambia started late and have been patchy.",
                'At the Knife Edge bridge, where visitors normally walk through clouds of spray in February, the water falls in separate threads along much of the eastern cataract. Guide Mutinta Hamweemba said visitors were still coming but some were leaving disappointed. "They have seen pictures of the falls in flood," she said. "We tell them about the river and the dry season, but it is hard when they paid for the big view."',
                "Operators of rafting trips through the gorges below the falls said the low water had made some rapids easier and others too rocky to run. Lodge owners along the river upstream reported that bookings for March were down by about a fifth compared with last year.",
                "The low flow also reaches further. The Zambezi feeds Lake Kariba, whose dam supplies much of the electricity for Zambia and Zimbabwe. Power utility officials said they were holding rationing at up to eight hours a day in Livingstone and other towns while the lake level stays low.",
                'Small businesses in the town say the cuts add to the strain. Welder Bright Siachisa said he had moved his working hours to the night when power was available. "The tourists are fewer and the power is off," he said. "You adjust, but you cannot adjust forever."',
                "Climate scientists at the University of Zambia say the basin has seen more years of poor rains in the past decade, though a single season cannot be tied to a long-term trend. The river authority said it expected some recovery if late rains in the upper catchment continue into March.",
                'At the craft market by the border post, carvers and basket sellers said the fall in visitors had come on top of months of rationed power. Trader Esther Mweemba said she had sold two carvings in a week. "In February we usually cannot keep up," she said. "This year we sit and talk."',
                "Hotels with their own generators have kept running, but owners say diesel costs have eaten into their margins. The Livingstone tourism association estimates that members spent a combined 40 per cent more on fuel in January than a year earlier.",
                "Officials at the national parks authority said the low water had made it possible to visit parts of the falls that are usually under spray, and that guided walks to Livingstone Island were running on more days than usual.",
                "Livingstone's tourism association said it was asking members to promote activities that do not depend on the falls being full, such as game drives, walks on the river islands and visits to the town's museum.",
            ],
        ),
        "trc": (
            "Trincomalee tightens rules for whale-watching boats after crowding complaints",
            [
                "Authorities in Trincomalee will require whale-watching boats to carry a licence and keep at least 100 metres from blue whales and sperm whales from next month, after skippers and researchers complained of crowding around the animals off the Swami Rock headland.",
                "The district secretariat announced the rules on Thursday after meetings with boat owners, the coast conservation department and the wildlife department. Boats will be limited to thirty minutes near any group of whales, and no more than four boats will be allowed near a group at one time.",
                'Skipper Mohamed Riyas, who has taken visitors out from the Dutch Bay jetty for eight seasons, said the rules were overdue. "Last season I saw twelve boats around one whale," he said. "Some of them cut right across its path. If we chase them away, the tourists will stop coming, and so will the whales."',
                "Marine biologist Nilmini Perera, who has studied whales in the bay for a decade, said sperm whales in particular were sensitive to engine noise and had been seen diving early when boats came close. She said the deep underwater canyon off Trincomalee brought whales close to shore, which made the area special but also easy to overcrowd.",
                "Tourism has grown quickly on the east coast in recent years, with guesthouses opening at Nilaveli and Uppuveli and new boat operators entering the trade. The secretariat said about 45 boats had offered whale-watching trips last season, compared with fewer than 20 five years ago.",
                "Boat owners will pay a registration fee and must fit a working radio and life jackets for every passenger. A training course for skippers is planned for March, run with the university's marine science unit.",
                'Some operators worry that the fees will push out small owners. Fisherman Kandasamy Rajan, who started taking tourists out two years ago to supplement his catch, said he welcomed limits on crowding but hoped the registration would not be too expensive. "For us, this is extra money in a bad fishing month," he said.',
                'Guesthouse owners at Uppuveli said whale trips were one of the main reasons foreign visitors stayed longer on the east coast. Owner Farzana Ismail said her guests booked boat trips for the first morning of their stay and often came back asking for another. "If the whales move away, the whole season changes for us," she said.',
                "The rules also cover dolphins, which are seen more often than whales in the bay. Boats must slow to idle speed within 200 metres of a pod and may not drive through it, and passengers may not enter the water.",
                "Officials said they would put up notice boards with the rules at the jetties in Tamil, Sinhala and English, and that operators found breaking them could lose their licence for the season.",
                "The season for whale sightings off Trincomalee usually runs from March to August. Officials said navy and coast guard vessels would check licences at sea once the rules take effect.",
            ],
        ),
        "pvl": (
            "Port Vila market vendors sell from the roadside as hall repairs drag on",
            [
                "Vendors who sold produce at Port Vila's main market house are still selling from tarpaulins on the roadside, nine months after cyclone damage closed the building, and say the delay in repairing the roof is costing them customers and income.",
                "The market house on the waterfront lost large sections of its roof in last year's cyclone. The municipal council moved vendors to a temporary site beside the seawall, where about 200 women now sell island cabbage, root crops, fruit and cooked food under shade cloth and umbrellas.",
                'Vendor Leiwia Tari, who travels from a village in the north of Efate three times a week, said rain and sun were spoiling her produce. "Inside the market we had tables and shade," she said. "Here, if it rains, everything gets wet, and people do not want to stop their car in the rain."',
                "The council said the repairs had been delayed by the arrival of roofing materials, which were ordered from overseas after a first tender failed. Town clerk Jean-Pierre Kalsakau said the materials had now arrived and work would start this month, with the hall expected to reopen by June.",
                "Vendors also say the temporary site lacks toilets and water. Many of the women sleep at the market on the nights before selling days, because the trip from their villages is long and costly. A vendors' association formed after the cyclone has asked the council for a water tank and lighting.",
                'Buyers say they have kept coming. Office worker Sera Natapei said she still bought her vegetables from the vendors every week. "It is not as easy to walk around, and parking is hard," she said. "But the food is the same, and these mamas depend on us."',
                "The market is one of the main sources of cash income for rural families on Efate and nearby islands. A study by the agriculture department estimated that vendors at the Port Vila market earned a combined figure of more than 300 million vatu a year before the cyclone.",
                'Some vendors have moved to smaller markets in the suburbs or begun selling from their own houses to neighbours. Vendor Marie Kalo, who sells flowers and fruit, said she had lost regular buyers from the hotels who used to come to the market early each morning. "They bought every week, and now they don\'t know where to find us," she said.',
                "The cyclone also damaged the handicraft market across the road, which reopened in October after the council repaired its roof with help from a development partner. Vendors said they hoped the same urgency would be shown for the food market.",
                "The vendors' association said it would meet council officers next week to ask that the women be allowed back into the parts of the hall that are not being worked on, and that the rebuilt hall include rainwater tanks and better drainage.",
                "The council said it would add two portable toilets at the temporary site this month and consider a water tank once the repair work started.",
            ],
        ),
        "wgn": (
            "Whanganui's Dublin Street Bridge to close for strengthening work",
            [
                "The Dublin Street Bridge over the Whanganui River will close to traffic for about ten weeks from next month while engineers strengthen its piers and replace worn expansion joints, the district council says.",
                "The bridge carries around 11,000 vehicles a day between the city centre and Whanganui East. During the closure, traffic will be diverted to the City Bridge and the Cobham Bridge, and the council expects delays at peak times on Taupō Quay and Anzac Parade.",
                'Council infrastructure manager Hemi Te Awa said the work could not wait. "Inspections last year found cracking in two of the piers that needs attention," he said. "The bridge is safe to use now, but if we don\'t do this work, we\'ll be putting weight limits on it within a few years."',
                "Pedestrians and cyclists will be able to use one side of the bridge for most of the closure, except for two weekends when cranes will be working overhead. A free shuttle bus will run between Whanganui East and the city centre at peak times.",
                'Businesses in Whanganui East say they are worried about losing passing trade. Café owner Ana Kereama said the last closure of a bridge in the city had hit her takings hard. "People just don\'t come across if it\'s a hassle," she said. "Ten weeks is a long time for a small business."',
                "The council said it had timed the work for late summer and autumn, when the river is usually lower and the work platforms around the piers are easier to build. The project is budgeted at $4.6 million, with about half coming from the national transport agency.",
                "The bridge opened in 1914 as a steel truss structure and has been strengthened twice before. The council plans to consult residents next year on its long-term future, including whether it should eventually be replaced.",
                "The Whanganui East School principal, Rewi Tamatea, said families had been asked to allow extra time for the morning drive. The school will open its gates fifteen minutes earlier during the closure so children dropped off before the shuttle runs are supervised.",
                "Emergency services say they have plans to keep response times down while the bridge is shut. An ambulance will be stationed on the eastern side of the river during weekday peaks, and the fire brigade said its crews would use the Cobham Bridge route.",
                "Rowers and waka ama crews who train on the river have been told that a section of water under the bridge will be closed while work platforms are in place. The rowing club said it would move its morning sessions upstream.",
                "Councillors approved the timing at their December meeting after staff said a later start would push the work into winter, when river levels rise and floods can wash out scaffolding.",
                "Details of the detours and shuttle timetable will be posted on the council's website and at the bridge approaches two weeks before the closure begins.",
            ],
        ),
        "tnc": (
            "Tennant Creek moves to stage three water restrictions as new bores lag",
            [
                "Residents of Tennant Creek will face stage three water restrictions from Monday, with garden watering limited to two mornings a week, as the town's supply from its ageing bore field falls behind summer demand and work on new bores runs months late.",
                "The Northern Territory's water utility said consumption in the town had peaked at more than 6 megalitres a day during the January heat, while the bores at Kelly Well could reliably supply a little over 5. Storage tanks had dropped to about 40 per cent of capacity.",
                "Under stage three, sprinklers may only be used between 6am and 8am on Tuesdays and Saturdays, hosing of driveways is banned and swimming pools may not be filled from the mains. Fines apply for repeat breaches.",
                'Utility regional manager Cassandra Nakamarra said two new production bores drilled last year had been tested but were waiting on pumps and power connections. "The water is there," she said. "We have to get it into the system, and that has taken longer than we planned because of supply delays for the pumping gear."',
                "The restrictions will not apply to the hospital, the aquatic centre or the town's remote community outstations, which have their own supplies. Schools have been asked to cut back on oval watering.",
                'Julalikari Council chief executive Phillip Jupurrurla said residents in town camps, where houses often have poor plumbing and leaking taps, needed help to save water. "You can\'t ask people to cut back when half the taps are broken," he said. He called for repair crews to be sent to the camps before the restrictions bite.',
                "Tennant Creek, about 500 kilometres north of Alice Springs, relies entirely on groundwater. Hydrologists have warned for years that some of the older bores draw from a part of the aquifer that is slow to recharge, and that the town needed new sources further away.",
                'Residents said the restrictions were hard to accept in a town where summer temperatures regularly pass 40 degrees. Pensioner Beryl Morton, who has lived in Tennant Creek for 50 years, said her shade trees would struggle. "You plant a tree here and look after it for twenty years," she said. "You can\'t let it die in one summer."',
                "The local shire said it would water the main street's trees and the sports ground with recycled water from the sewage ponds, which is not affected by the restrictions. It has also put a hold on new plantings until autumn.",
                "Mining companies operating near the town draw their water from separate bores under their own licences. The utility said it was talking with one company about a temporary supply agreement if the new town bores were delayed further.",
                "The utility expects the new bores to be connected by the end of April, when it will review the restrictions. It is also offering free water-efficient showerheads to households that ask for them.",
            ],
        ),
        "rtn": (
            "Roatán marine park raises reef fee after anchor damage near West End",
            [
                "The Roatán Marine Park will double its reef fee for cruise passengers and divers from March, after a survey found that anchors and mooring lines had broken coral heads at three popular sites off West End and Sandy Bay.",
                "The park, a non-profit that patrols the reefs around the western half of the island with the municipal government, said the fee for a day visitor would rise from ten to twenty dollars. Holders of the annual dive tag will pay forty dollars.",
                "Divers from the park's monitoring team found fresh damage at Half Moon Bay Wall, Blue Channel and an unnamed shallow site near the point in late January. Program director Keisha Bodden said at least two of the breaks appeared to have been caused by private yachts dropping anchor instead of using the free mooring buoys.",
                '"There is no reason to drop an anchor on these reefs," Bodden said. "We have more than 80 buoys maintained by volunteers and paid staff. When someone anchors on the wall, they can destroy something in a minute that took a hundred years to grow."',
                "The park said the extra money would pay for two more patrol boats, repairs to mooring buoys and a coral nursery that grows fragments of staghorn and elkhorn coral for replanting. Its income fell during the years when cruise arrivals dropped and has only recently recovered.",
                'Tour operators said they supported the increase but worried about the timing. Dive shop owner Marlon Ebanks said most of his customers would pay without complaint, but that cruise lines had already sold excursion packages for the season at the old price. "We will be the ones explaining it at the dock," he said.',
                "The municipal government of José Santos Guardiola and Roatán said it would back the park with fines for boats caught anchoring on reef, which can reach several thousand lempiras. Harbour officers will check yachts arriving at French Harbour and West End.",
                "Cruise arrivals at the island's two terminals have risen to more than 1.3 million passengers a year, most of whom spend a single day ashore. Many take snorkel trips to reefs within a short boat ride of West Bay, where the park says crowding has also worn away shallow coral.",
                "Volunteers from dive shops have begun a count of broken coral at each site so the park can tell whether the damage grows or slows after the new patrols begin. Bodden said the first results would be shared with the municipal council in June.",
                "The park also plans signs in English and Spanish at the island's marinas showing where the mooring buoys are, and a radio channel that yacht crews can call for directions.",
                "Scientists who monitor the Mesoamerican Reef say the reefs off Roatán remain among the healthiest in the region, but have lost coral cover to bleaching and disease in recent years.",
            ],
        ),
        "alt": (
            "The clinic that comes by boat: a week on Milne Bay's health patrol",
            [
                "The banana boat leaves the Alotau waterfront before the sun clears the ridge behind the town, loaded with two cool boxes of vaccines, a folding examination table, forty litres of fuel and a plastic tub of malaria test kits wrapped in a rice bag against the spray. By the time the outboard settles into its drone, the four people aboard have already decided which village they will reach first if the wind comes up.",
                "This is the Milne Bay provincial health authority's outreach patrol, a team that spends about three weeks of every month visiting villages on the coast and islands that have no health worker of their own. For many of the people it sees, the patrol is the only contact they will have with a nurse all year.",
                'Team leader Dorcas Lui, a nurse who has worked in the province for nineteen years, keeps a notebook of every village on the patrol\'s route, with the names of pregnant women, babies due for vaccines and patients on long courses of tuberculosis treatment. "The notebook is more important than the boat," she says. "If we lose the boat, we can borrow another one. If we lose the notebook, we lose the people."',
                "The first stop is a village of about 300 people on the north coast of the bay, two hours from Alotau in good weather. The team is expected. A boy on the beach runs up the path as soon as the boat rounds the point, and by the time the bow touches sand a line of mothers with babies has formed under a mango tree beside the church.",
                "Lui's colleague, community health worker Benson Tau, sets up the table and the cool boxes in the shade. He checks the temperature strip on each vaccine carrier before opening it. Keeping vaccines cold is one of the hardest parts of the job: the boxes are packed with frozen ice packs in Alotau, and the team has about four days before they must be refrozen at a health centre with a working solar fridge.",
                "In two hours the team vaccinates 31 children, weighs and measures 40, tests eleven people with fevers for malaria and finds three positive cases, and checks on two women late in pregnancy. One of them, who is expecting her fifth child, agrees to travel to Alotau to give birth in the hospital. The team will radio ahead so that a relative can meet her at the wharf.",
                "Much of the work is slow and unglamorous. Tau spends twenty minutes with an older man whose tuberculosis pills have run out, going through the months of treatment he has left and why stopping early is dangerous. The man's daughter writes the dates on a calendar pinned to the wall of their house.",
                "The patrol is paid for by the provincial health authority, with support for fuel and supplies from a church health service and an overseas aid program. Its budget has not risen in four years, while the price of fuel in Alotau has. Lui says the team now plans each trip around the fuel it can afford, and that some islands on the outer edge of the route are visited twice a year instead of four times.",
                '"We choose," she says. "Every month we choose who to see and who waits. That is the hardest part."',
                "The second day brings rain and a rising swell. The boat's skipper, Jacob Kiwai, a fisherman from a village near Alotau who has driven the patrol boat for six years, decides against crossing to an island group to the south and instead runs along the coast to a bay where the water is calmer. He knows every reef on the route and reads the colour of the water the way a driver reads road signs.",
                '"When the sea is like this, you do not argue with it," he says, easing the throttle as a wave lifts the stern. "The nurses want to reach everyone. My job is to bring everyone home."',
                "In the sheltered bay, the team finds a village where a water-borne diarrhoea outbreak has sickened a dozen children over the past week. The village's only water source, a shallow well near the beach, has been contaminated after heavy rain. Lui hands out oral rehydration salts and water purification tablets, shows parents how to mix them, and sends a message by radio to the district health office asking for a water and sanitation team to visit.",
                "Such outbreaks are common in the wet season, when rain washes waste into wells and streams. Provincial health officials say that diarrhoeal disease and pneumonia remain among the leading causes of death for young children in Milne Bay, along with malaria, and that most of those deaths could be prevented with early treatment.",
                "Village health volunteers are meant to fill the gap between patrols. In each village on the route, the team has trained at least one person, usually a woman, to recognise danger signs in sick children, give first doses of treatment for malaria and pneumonia, and keep a record of births and deaths. But the volunteers are unpaid, and many stop after a year or two.",
                'Ruth Gadiona, who has been the volunteer in her village for seven years, keeps her supplies in a locked tin trunk under her bed. She says people knock on her door at all hours. "They come at night when a child is hot with fever," she says. "I give the tablets and tell them to watch. If the child gets worse, we call the patrol on the radio, or we find a boat to go to Alotau."',
                "Finding a boat is not simple. A return trip to the provincial capital from some of the villages on the patrol's route costs more than many families earn in a month, once fuel and the boat owner's fee are paid. Health workers say that some patients, especially women in labour, arrive at the hospital too late because their families spent hours raising money for the trip.",
                "The provincial government has talked for years about placing a permanently staffed aid post in every ward. Several aid posts on the coast were built in the 1980s and later closed when their staff retired or left. Some buildings are still standing, their walls faded and their shelves empty. In one village, the old aid post is now used as a classroom for the elementary school.",
                "On the third day the boat reaches a small island where the patrol last called in October. The island's chief meets the team on the beach with a list written in pencil: two new babies, a man with a cut foot that has not healed, an old woman who cannot see well, and a teenage girl who has been coughing for two months. Lui examines the girl first, listens to her chest for a long time, and takes a sample to test for tuberculosis back in Alotau.",
                "The results will take about two weeks. If the test is positive, the team will need to bring medicine on the next patrol, and someone on the island will need to watch the girl take it every day for six months. Lui asks the chief's wife whether she would do it. The woman nods and asks to be shown the pills.",
                "Research on remote health services in Papua New Guinea has found that regular outreach patrols can raise vaccination rates sharply, but that the gains fall away quickly when patrols stop. Health workers in Milne Bay say the patrols work best where there is a trained volunteer in the village who can follow up between visits.",
                "That is what keeps the team going, Lui says. On the last night of the trip, sitting on the veranda of a church house where the team sleeps on mats, she goes through the notebook by torchlight and counts the week's work: 142 children vaccinated, 38 malaria tests, eleven pregnant women seen, one girl who may have tuberculosis, and one village that needs a clean well.",
                '"It is not enough," she says. "But it is not nothing. Next month we come back."',
                "Back in Alotau, the provincial health authority's director of public health, Dr Aaron Waigani, says the patrol is one of five that the province runs, and that all of them face the same squeeze on fuel and staff. He says the authority has asked the national government for money to buy a second boat for the north coast and to pay a small allowance to village health volunteers, which he believes would keep more of them working.",
                '"The volunteers are the backbone," he says. "The patrol visits once a month if the weather is kind. The volunteer is there every day. If we can keep them, the patrol can spend its time on the things only a nurse can do."',
                "The boat returns to Alotau on Friday afternoon, low in the water with empty fuel drums and a sack of sweet potatoes given to the crew by the chief on the island. Tau refreezes the ice packs in the hospital's store and writes up the week's figures for the provincial office. Kiwai hoses the salt off the outboard motor. On Monday they will load the boat again.",
            ],
        ),
    },
    "es": {
        "natales": (
            "Suspenden por tercera semana el ferry entre Puerto Natales y Puerto Yungay",
            [
                "La naviera que opera la ruta entre Puerto Natales y Puerto Yungay suspendió por tercera semana consecutiva sus zarpes, tras detectar una falla en la rampa de carga de su única embarcación, lo que dejó a transportistas, turistas y vecinos de Caleta Tortel sin la conexión marítima que usan para evitar el largo rodeo por Argentina.",
                "Según informó la empresa, la nave permanece en el muelle fiscal de Natales a la espera de una pieza que debe llegar desde Puerto Montt. La reparación tomaría al menos diez días más, por lo que los viajes programados para febrero fueron reprogramados para la primera semana de marzo.",
                "La ruta, de unas 41 horas de navegación por los canales patagónicos, es la única vía que une la provincia de Última Esperanza con el sur de la región de Aysén sin salir del territorio chileno. En temporada alta transporta camiones con alimentos y combustible, además de ciclistas y mochileros que recorren la Carretera Austral.",
                'El presidente de la cámara de comercio de Natales, Rodrigo Vera, dijo que la suspensión llega en el peor momento. "Tenemos hostales llenos de gente que venía a tomar el ferry y ahora está buscando cómo salir", explicó. "Algunos se van en bus por Argentina, pero eso cuesta el doble y demora dos días."',
                'En Caleta Tortel, el almacenero Héctor Saldivia contó que los camiones que traen la mercadería del norte ya no alcanzan a cubrir la demanda. "Nos llega menos, y lo que llega es más caro", dijo. "El gas y el combustible son lo que más nos preocupa, porque sin ellos no funciona nada."',
                "La delegación presidencial provincial anunció que gestiona con la Armada el uso de una barcaza para llevar carga esencial mientras dure la reparación. El delegado Mauricio Oyarzo afirmó que la prioridad será el combustible, el gas licuado y los medicamentos para las postas rurales.",
                'Los transportistas, en tanto, pidieron que el Estado exija a la empresa contar con una nave de respaldo. El dirigente del gremio de camioneros de Magallanes, Juan Carlos Ojeda, recordó que la ruta recibe un subsidio público y que no es la primera vez que se interrumpe por fallas técnicas. "Cada temporada pasa algo, y siempre quedamos a la espera", señaló.',
                "Agencias de turismo de Natales indicaron que algunos visitantes optaron por cambiar sus planes y quedarse más días en la zona del parque Torres del Paine, lo que compensa en parte las pérdidas. Otros prefirieron volar desde Punta Arenas hacia Balmaceda.",
                "La empresa aseguró que devolverá el valor de los pasajes a quienes no puedan esperar la nueva fecha y que informará por sus redes sociales cualquier cambio en el itinerario.",
            ],
        ),
        "iquitos": (
            "Vaciante del Amazonas deja varadas embarcaciones en el puerto de Iquitos",
            [
                "El descenso del nivel del río Amazonas frente a Iquitos dejó varadas esta semana a una decena de embarcaciones de carga en el puerto de Masusa y obligó a las lanchas de pasajeros a cambiar sus puntos de embarque, en una vaciante que llega más temprano de lo habitual para esta época del año.",
                "La estación hidrológica de Enapu registró el martes un nivel de 108,2 metros sobre el nivel del mar, casi dos metros por debajo del promedio de febrero de los últimos diez años, según el servicio de hidrografía de la Marina. Los técnicos atribuyen la caída a lluvias escasas en la cuenca alta durante enero.",
                'En Masusa, los estibadores cargan a pulso los sacos de arroz y azúcar por una pendiente de barro de más de cien metros para llegar a los barcos. "Antes el barco se acercaba hasta la orilla; ahora tenemos que caminar el doble con la carga", dijo el estibador Wilder Tapullima. "Y nos pagan lo mismo por saco."',
                "Los armadores advirtieron que, si el río sigue bajando, tendrán que reducir la carga de cada viaje hacia Yurimaguas y Pucallpa, lo que elevaría los fletes. El gremio de transportistas fluviales calcula que el costo de llevar una tonelada de mercadería ya subió en un quince por ciento desde diciembre.",
                "Iquitos no tiene conexión por carretera con el resto del país, por lo que casi todo lo que se consume en la ciudad llega por río o por avión. Comerciantes del mercado de Belén señalaron que el precio del pollo y de los productos envasados empezó a subir la semana pasada.",
                "En las comunidades ribereñas, la vaciante también afecta el agua para consumo. La dirección regional de salud reportó casos de diarrea en caseríos del río Itaya, donde los pobladores toman agua de quebradas que se han reducido y ensuciado con la sequía.",
                "El gobierno regional de Loreto declaró en alerta a cuatro distritos y anunció el envío de pastillas potabilizadoras y tanques de agua. La gerente de defensa civil, Rosa Pinedo, dijo que se evalúa dragar algunos tramos del canal de acceso al puerto.",
                "Pescadores de la zona indicaron que la bajada del río trae, por ahora, mejores capturas de boquichico y palometa, porque los peces se concentran en los cauces. Sin embargo, temen que las cochas donde se reproducen queden aisladas si la sequía continúa.",
                "Los especialistas prevén que el nivel se recupere con las lluvias de marzo, aunque no descartan una vaciante más severa a mitad de año.",
            ],
        ),
        "potosi": (
            "Nuevo hundimiento en la cima del Cerro Rico de Potosí reaviva la alarma",
            [
                "Un nuevo hundimiento de tierra en la cima del Cerro Rico de Potosí, detectado el lunes por trabajadores de una cooperativa minera, reavivó la preocupación por la estabilidad de la montaña que es símbolo de la ciudad y patrimonio de la humanidad.",
                "El socavón, de unos cuatro metros de diámetro, apareció a pocos metros de otro que fue rellenado con material liviano el año pasado. Técnicos de la corporación minera estatal y de la gobernación inspeccionaron el lugar el martes y recomendaron suspender los trabajos en las bocaminas más cercanas.",
                "El Cerro Rico ha sido explotado durante casi cinco siglos y está perforado por cientos de galerías, muchas abandonadas. Los expertos advierten desde hace años que la actividad por encima de la cota de 4.400 metros debilita el cono de la montaña.",
                'El dirigente de la federación de cooperativas mineras, Freddy Choque, dijo que los socios respetarán la suspensión, pero pidió que se les ofrezcan otras áreas de trabajo. "Aquí trabajan miles de familias", afirmó. "No podemos simplemente dejar de ir a la mina sin tener otra fuente de ingresos."',
                "El comité cívico potosino exigió al gobierno central cumplir el plan de estabilización anunciado hace tres años, que incluía el relleno de galerías y el traslado de operaciones a cotas más bajas. Su presidente, Jhonny Llally, señaló que solo una parte de ese plan se ejecutó.",
                'En la ciudad, vecinos del barrio minero de la calle Chuquisaca siguen con atención las noticias. "Cuando era niño, el cerro tenía otra forma", dijo el jubilado Teodoro Mamani. "Uno lo mira todos los días y ve que se está cayendo de a poco."',
                "La Unesco incluyó a la ciudad de Potosí en su lista de patrimonio en peligro en 2014, en parte por el deterioro del cerro. Funcionarios de la alcaldía indicaron que una misión técnica internacional visitará la zona en abril.",
                "La gobernación informó que instalará sensores para medir movimientos del terreno en la cima y que los resultados serán públicos. Mientras tanto, se prohibió el ingreso de turistas a la parte alta de la montaña.",
            ],
        ),
        "rtn_es": (
            "El parque marino de Roatán duplica la tarifa de arrecife tras daños por anclas",
            [
                "El Parque Marino de Roatán duplicará a partir de marzo la tarifa de arrecife que pagan los pasajeros de cruceros y los buzos, luego de que un estudio comprobara que anclas y cabos de amarre rompieron cabezas de coral en tres sitios muy visitados frente a West End y Sandy Bay.",
                "El parque, una organización sin fines de lucro que patrulla los arrecifes de la mitad occidental de la isla junto con la municipalidad, informó que la tarifa para un visitante de un día pasará de diez a veinte dólares. Quienes compren la credencial anual de buceo pagarán cuarenta dólares.",
                "Buzos del equipo de monitoreo encontraron daños recientes a fines de enero en Half Moon Bay Wall, Blue Channel y un sitio poco profundo cerca de la punta. La directora de programas, Keisha Bodden, indicó que al menos dos de las roturas parecen haber sido causadas por yates privados que echaron el ancla en lugar de usar las boyas gratuitas.",
                '"No hay ninguna razón para anclar en estos arrecifes", dijo Bodden. "Tenemos más de 80 boyas que mantienen voluntarios y personal pagado. Cuando alguien ancla sobre la pared, puede destruir en un minuto algo que tardó cien años en crecer."',
                "Según el parque, el dinero adicional servirá para comprar dos lanchas de patrullaje, reparar boyas y sostener un vivero que cultiva fragmentos de coral cuerno de ciervo y cuerno de alce para replantarlos. Sus ingresos cayeron en los años de pocos cruceros y apenas se han recuperado.",
                'Los operadores turísticos apoyan el aumento, pero les preocupa el momento. El dueño de una tienda de buceo, Marlon Ebanks, dijo que la mayoría de sus clientes pagará sin quejarse, pero que las navieras ya vendieron las excursiones de la temporada al precio anterior. "Seremos nosotros los que lo expliquemos en el muelle", afirmó.',
                "La municipalidad de José Santos Guardiola y Roatán anunció que respaldará al parque con multas para las embarcaciones sorprendidas anclando sobre el arrecife, que pueden llegar a varios miles de lempiras. Agentes de la capitanía revisarán los yates que lleguen a French Harbour y West End.",
                "Los científicos que vigilan el Arrecife Mesoamericano señalan que los arrecifes de Roatán siguen entre los más sanos de la región, aunque han perdido cobertura de coral por blanqueamiento y enfermedades en los últimos años.",
            ],
        ),
    },
    "pt": {
        "paraty": (
            "Deslizamento interdita estrada Paraty-Cunha e isola bairros da serra",
            [
                "Um deslizamento de terra interditou na madrugada desta quarta-feira a estrada Paraty-Cunha, no trecho da serra do Mar, depois de dois dias de chuva forte no litoral sul fluminense, e deixou sem acesso por carro os moradores de bairros rurais como Pedra Branca e Penha.",
                "Segundo a Defesa Civil de Paraty, a encosta cedeu por volta das 3h na altura do quilômetro 12, levando barro, pedras e árvores para a pista. Não houve feridos. Equipes do departamento de estradas trabalham com duas retroescavadeiras, mas a previsão é que a liberação parcial leve pelo menos três dias.",
                "O pluviômetro instalado no centro histórico registrou 186 milímetros de chuva em 48 horas, mais da metade do esperado para todo o mês de fevereiro. O rio Perequê-Açu transbordou em alguns pontos e alagou ruas do bairro Ilha das Cobras.",
                'A estrada é a principal ligação entre Paraty e o Vale do Paraíba, e por ela passam produtores de cachaça, banana e palmito que vendem na cidade e turistas que sobem para Cunha. "Tenho trinta caixas de banana esperando e não consigo descer", contou o agricultor Valdir Conceição, do bairro da Penha. "Se demorar mais uma semana, perco tudo."',
                "A secretaria de saúde organizou o atendimento dos moradores isolados pelo posto da Pedra Branca, e uma ambulância ficou de plantão do lado de cima do deslizamento. Crianças das comunidades rurais não tiveram aula na quinta-feira porque o ônibus escolar não conseguiu passar.",
                'Moradores cobram obras de contenção na serra. O presidente da associação de moradores da Penha, Sebastião Ribeiro, lembrou que o mesmo trecho cedeu há quatro anos. "Toda vez que chove forte é a mesma coisa", disse. "Limpam a pista e vão embora, e a encosta fica do mesmo jeito."',
                "O governo do estado informou que há um projeto de contenção para os pontos mais críticos da estrada em fase de licitação, sem data para começar. A prefeitura pediu reconhecimento de situação de emergência para acelerar a liberação de recursos.",
                "Pousadas do centro histórico relataram cancelamentos de hóspedes que chegariam pelo Vale do Paraíba, mas o acesso pela rodovia Rio-Santos segue normal. A Defesa Civil mantém alerta para novos deslizamentos enquanto a chuva continuar.",
            ],
        ),
        "mindelo": (
            "Avaria na dessalinizadora deixa Mindelo com água racionada",
            [
                "Uma avaria numa das unidades da central de dessalinização do Mindelo obrigou a empresa de águas de São Vicente a racionar o abastecimento na cidade desde segunda-feira, com bairros inteiros a receberem água da rede apenas em dias alternados.",
                "A empresa explicou que uma bomba de alta pressão da unidade mais antiga deixou de funcionar e que a peça de substituição tem de vir de Portugal. Enquanto isso, a produção diária caiu para cerca de dois terços do habitual, insuficiente para as necessidades da ilha, onde não há rios nem nascentes com caudal.",
                'Nos bairros de Ribeira Bote e Monte Sossego, moradores fazem fila junto aos chafarizes com bidões de vinte litros. "Levanto-me às cinco para apanhar água antes de ir trabalhar", contou Maria de Fátima Lopes, vendedora no mercado municipal. "Quem não tem depósito em casa sofre mais."',
                "O preço da água vendida por autotanques privados subiu nos últimos dias, segundo moradores, e a associação de defesa do consumidor pediu à câmara municipal que fiscalize os valores cobrados.",
                'Hotéis e restaurantes da Rua de Lisboa e da Laginha dizem estar a funcionar com as reservas dos seus depósitos. O dono de um restaurante no centro, Adilson Fortes, afirmou que reduziu o menu para pratos que gastam menos água. "Temos turistas, temos o Carnaval a chegar, e não sabemos quanto tempo isto vai durar", disse.',
                "O Carnaval do Mindelo, um dos maiores do país, atrai milhares de visitantes no final de fevereiro. A câmara municipal disse estar a trabalhar com a empresa para garantir o abastecimento nos dias do desfile.",
                "O ministro da Agricultura e Ambiente anunciou que um navio-tanque poderá levar água de outra ilha caso a reparação se atrase. Especialistas lembram que São Vicente depende quase por completo da dessalinização e defendem a construção de uma nova unidade, prevista há vários anos.",
                "A empresa pediu aos consumidores que poupem água e prometeu publicar diariamente o calendário de distribuição por bairro.",
            ],
        ),
    },
    "fr": {
        "jacmel": (
            "La route Jacmel–Port-au-Prince coupée par un glissement à Marigot",
            [
                "Un glissement de terrain a coupé mardi soir la route nationale 4 entre Jacmel et Port-au-Prince, à hauteur de la localité de Fond-Jean-Noël, après deux jours de pluies abondantes sur le Sud-Est, laissant des dizaines de camions et d'autobus bloqués de part et d'autre de l'éboulement.",
                "Selon la protection civile départementale, un pan de morne s'est effondré sur une cinquantaine de mètres, emportant une partie de la chaussée. Aucune victime n'a été signalée, mais deux maisons situées en contrebas ont été évacuées par précaution.",
                "Cette route est le seul axe asphalté qui relie Jacmel à la capitale. Les marchandes qui descendent chaque semaine vers Port-au-Prince avec des fruits, des légumes et du poisson se retrouvent sans moyen de transport. « J'ai des sacs de mangues qui vont pourrir ici », a déclaré Marie-Ange Désir, commerçante à Marigot. « Les chauffeurs ne veulent pas faire le détour par la montagne. »",
                "Le ministère des Travaux publics a annoncé l'envoi d'engins pour dégager la voie, tout en précisant que la stabilisation du talus prendrait plusieurs semaines. Un passage provisoire pour les piétons et les motos a été ouvert mercredi matin.",
                "À Jacmel, les prix du carburant et de certains produits importés ont commencé à grimper. Les stations-service de la ville signalaient déjà des ruptures de stock mercredi, selon des chauffeurs de taxi-moto.",
                "La saison du carnaval, qui attire habituellement des visiteurs de la capitale et de la diaspora, inquiète les organisateurs. « Si la route n'est pas rouverte d'ici deux semaines, beaucoup ne viendront pas », a estimé Jean-Robert Fils-Aimé, membre du comité du carnaval de Jacmel.",
                "Les habitants dénoncent le manque d'entretien des canaux de drainage le long de la route et le déboisement des mornes qui la surplombent. « Chaque saison de pluie, c'est la même chose », a affirmé l'agronome Wilner Pierre-Louis. « Tant qu'on ne replantera pas les versants, la route restera fragile. »",
                "La protection civile a recommandé aux usagers d'éviter de circuler de nuit sur les routes de montagne du département jusqu'à la fin de l'alerte.",
            ],
        ),
        "toamasina": (
            "Toamasina : les quartiers bas toujours inondés trois jours après le passage de la dépression",
            [
                "Trois jours après le passage d'une dépression tropicale sur la côte est de Madagascar, plusieurs quartiers bas de Toamasina restent sous les eaux et des centaines de familles sont toujours hébergées dans des écoles et des églises, selon le bureau régional de gestion des risques.",
                "Les quartiers de Tanambao V, Ankirihiry et Morarano sont les plus touchés. L'eau y atteignait encore mercredi près d'un mètre dans certaines ruelles, les canaux d'évacuation étant obstrués par des déchets et du sable.",
                "Le bureau régional recense plus de 3 400 sinistrés et une quarantaine de maisons détruites. Des équipes de la commune et des volontaires de la Croix-Rouge distribuent de l'eau potable, du riz et des bâches dans les sites d'hébergement.",
                "Dans une école primaire d'Ankirihiry, une cinquantaine de familles dorment sur des nattes dans les salles de classe. « Nous avons tout perdu, même les papiers des enfants », raconte Hanta Rasoanirina, mère de quatre enfants. « Nous attendons que l'eau baisse pour voir ce qui reste de la maison. »",
                "Les autorités sanitaires craignent une hausse des cas de maladies diarrhéiques et de paludisme. Le centre de santé de base de Tanambao a reçu deux fois plus de patients que d'habitude depuis lundi, a indiqué un infirmier.",
                "Le port de Toamasina, principal port du pays, a repris ses opérations mardi après une suspension de vingt-quatre heures. Des camions chargés de conteneurs attendaient toutefois à l'entrée de la ville, la route nationale 2 étant coupée par endroits.",
                "Le maire a annoncé une opération de curage des canaux dès la baisse des eaux et appelé les habitants à ne plus jeter leurs ordures dans les caniveaux. Des associations de quartier rappellent que les mêmes zones avaient été inondées l'an dernier.",
                "La direction de la météorologie prévoit encore des averses sur la côte est jusqu'à la fin de la semaine.",
            ],
        ),
    },
    "ar": {
        "ndb": (
            "نواذيبو: إغلاق موسم الأخطبوط يترك مئات الصيادين بلا دخل",
            [
                "بدأت السلطات الموريتانية هذا الأسبوع تطبيق فترة الراحة البيولوجية لصيد الأخطبوط في المياه المحاذية لنواذيبو، ما أوقف نشاط مئات القوارب التقليدية في ميناء الصيد التقليدي بالمدينة لمدة شهرين على الأقل.",
                "وقالت وزارة الصيد إن الإغلاق يهدف إلى حماية المخزون في فترة التكاثر، بعد أن أظهرت حملات المسح العلمي تراجعا في أحجام الأخطبوط التي يجري إنزالها خلال الموسم الماضي.",
                'وفي رصيف الميناء، اصطفت القوارب الخشبية الملونة على الرمل، بينما جلس البحارة يصلحون الشباك والأواني البلاستيكية التي تستخدم لاصطياد الأخطبوط. وقال البحار الشيخ ولد أحمد إن الإغلاق كان متوقعا لكنه جاء بعد موسم ضعيف. "لم نجمع ما يكفي لنعيش شهرين دون عمل"، قال، "والديون على القوارب لا تتوقف".',
                'ويشغل قطاع الصيد التقليدي في نواذيبو آلاف العمال، من البحارة والحمالين إلى النساء اللواتي ينظفن السمك ويجففنه في الأحياء القريبة من الشاطئ. وقالت فاطمة بنت محمد، التي تعمل في تجفيف السمك، إن الطلب تراجع أيضا على عملها. "عندما تتوقف القوارب يتوقف كل شيء"، أضافت.',
                "وتطالب اتحادية الصيد التقليدي بتعويضات للبحارة خلال فترة الراحة، على غرار ما يحصل عليه بعض العاملين في الصيد الصناعي. وقال أحد مسؤوليها إن برنامج الدعم الذي أعلن العام الماضي لم يصل إلا إلى جزء صغير من المستحقين.",
                "ويمثل الأخطبوط أحد أهم صادرات موريتانيا البحرية، ويصدر أغلبه إلى اليابان وأوروبا. ويقول خبراء إن الضغط على المخزون ازداد مع ارتفاع عدد القوارب خلال العقد الأخير.",
                "وأعلنت الوزارة أن خفر السواحل سيكثفون الدوريات لمنع الصيد غير القانوني خلال فترة الإغلاق، وأن المخالفين سيتعرضون لحجز معداتهم. ومن المنتظر أن يعاد فتح الموسم مطلع أبريل إذا أكدت حملة المسح المقبلة تحسن المخزون.",
            ],
        ),
        "psd": (
            "بورتسودان: طوابير أمام صهاريج المياه مع تراجع الإمداد من خور أربعات",
            [
                "تشهد أحياء عدة في مدينة بورتسودان شحا في مياه الشرب منذ أكثر من أسبوعين، بعد تراجع كميات المياه الواردة من خور أربعات، المصدر الرئيسي لإمداد المدينة، وسط ارتفاع كبير في أسعار المياه التي تبيعها عربات الكارو والصهاريج.",
                "وقالت هيئة مياه ولاية البحر الأحمر إن انخفاض منسوب الخور بعد موسم أمطار ضعيف، إلى جانب أعطال في خط النقل القديم، أديا إلى تقليص الضخ إلى نحو نصف الكمية المعتادة. وأضافت أن فرقها تعمل على إصلاح الخط في منطقة القاعدة.",
                'وفي حي ديم العرب، تنتظر النساء والأطفال ساعات أمام صهاريج توزعها السلطات المحلية مجانا. وقالت آمنة عثمان إنها تشتري برميل المياه بضعف سعره قبل شهر. "الأسرة تحتاج برميلين في الأسبوع على الأقل"، قالت، "ولم يعد الدخل يكفي".',
                "وتستقبل المدينة منذ سنوات أعدادا كبيرة من النازحين، ما ضاعف الضغط على شبكة المياه التي لم تتوسع بالوتيرة نفسها. ويقول مهندسون في الهيئة إن الشبكة صممت لعدد سكان أقل بكثير.",
                "وحذرت وزارة الصحة الولائية من مخاطر تخزين المياه في أوان مكشوفة، ودعت إلى استخدام أقراص التعقيم التي توزعها المراكز الصحية، بعد تسجيل حالات إسهال في بعض الأحياء الطرفية.",
                "وأعلنت حكومة الولاية خطة عاجلة لحفر آبار جديدة في منطقة الخور وتشغيل محطة تحلية صغيرة قرب الميناء، من دون تحديد موعد لبدء التشغيل. ويطالب سكان بحلول دائمة بدلا من الإجراءات المؤقتة التي تتكرر كل صيف.",
            ],
        ),
    },
    "hi": {
        "bundi": (
            "बूंदी की रानीजी की बावड़ी में फिर लौटा पानी, सफाई के बाद खुली सीढ़ियां",
            [
                "बूंदी शहर की ऐतिहासिक रानीजी की बावड़ी में करीब दो दशक बाद फिर से साफ पानी दिखने लगा है। नगर परिषद और पुरातत्व विभाग ने तीन महीने तक चले सफाई अभियान में बावड़ी से कई ट्रक गाद, कचरा और प्लास्टिक निकाला।",
                "सत्रहवीं सदी के अंत में बनी यह बावड़ी करीब 46 मीटर गहरी है और अपनी नक्काशीदार तोरणों के लिए जानी जाती है। पिछले कई वर्षों से इसकी निचली सीढ़ियां कचरे में दबी थीं और पानी से दुर्गंध आती थी।",
                "सफाई के दौरान मजदूरों ने बावड़ी के तल तक पहुंचकर पुराने जल स्रोत खोले। पुरातत्व विभाग के संरक्षण सहायक रमेश मीणा ने बताया कि बरसात के बाद बावड़ी में पानी का स्तर करीब आठ मीटर तक पहुंच गया है।",
                'बावड़ी के पास रहने वाले 72 वर्षीय गोपाल शर्मा ने कहा कि बचपन में मोहल्ले की महिलाएं यहीं से पानी भरती थीं। "हमने इसे कचरे का गड्ढा बनते देखा," उन्होंने कहा, "अब फिर वैसा ही देखकर अच्छा लगता है।"',
                "नगर परिषद ने बावड़ी के चारों ओर जाली लगाने और रात में रोशनी की व्यवस्था करने का फैसला किया है, ताकि लोग फिर से इसमें कचरा न फेंकें। पर्यटकों के लिए टिकट खिड़की और सूचना पट्ट भी लगाए जाएंगे।",
                "स्थानीय होटल संचालकों का कहना है कि बूंदी में विदेशी पर्यटक बढ़ रहे हैं और साफ बावड़ी से शहर की पहचान मजबूत होगी। शहर की दूसरी बावड़ियों और कुंडों की सफाई की मांग भी उठने लगी है।",
                "परिषद के अधिकारियों ने बताया कि अगले चरण में नवल सागर झील से जुड़ी पुरानी नालियों को ठीक किया जाएगा, जिनसे कभी शहर की बावड़ियों में पानी पहुंचता था।",
            ],
        ),
    },
    "ur": {
        "gwadar": (
            "گوادر میں پانی کا بحران، آنکاڑہ ڈیم خشک ہونے کے قریب",
            [
                "گوادر شہر کو پانی فراہم کرنے والا آنکاڑہ ڈیم تقریباً خشک ہو گیا ہے جس کے بعد شہر کے بیشتر علاقوں میں نلکوں کا پانی بند ہے اور شہری مہنگے داموں ٹینکروں سے پانی خریدنے پر مجبور ہیں۔",
                "محکمہ پبلک ہیلتھ انجینئرنگ کے مطابق ڈیم میں پانی کی سطح ڈیڈ لیول کے قریب پہنچ چکی ہے اور گزشتہ دو برس میں بارشیں معمول سے بہت کم ہوئی ہیں۔ محکمے نے شہر کو ہفتے میں صرف ایک دن پانی فراہم کرنے کا شیڈول جاری کیا ہے۔",
                'ملا بند اور شادو بند کے علاقوں میں خواتین اور بچے صبح سویرے سرکاری ٹینکروں کے انتظار میں برتن لے کر کھڑے ہوتے ہیں۔ ماہی گیر عبدالغفور نے بتایا کہ ایک ٹینکر کی قیمت ایک ماہ میں تقریباً دگنی ہو گئی ہے۔ "سمندر سامنے ہے مگر پینے کا پانی نہیں"، انہوں نے کہا۔',
                "شہر میں قائم کھارے پانی کو میٹھا بنانے والا پلانٹ بھی اپنی پوری صلاحیت پر کام نہیں کر رہا۔ حکام کے مطابق پلانٹ کی مشینری کی مرمت کے لیے پرزے منگوائے گئے ہیں اور مرمت کے بعد روزانہ کی پیداوار بڑھ جائے گی۔",
                "شہریوں نے پانی کے مسئلے پر پریس کلب کے سامنے احتجاج بھی کیا۔ سماجی کارکن ماہ گنج بلوچ کا کہنا تھا کہ ہر چند سال بعد یہی بحران آتا ہے اور مستقل حل کے وعدے پورے نہیں ہوتے۔",
                "ضلعی انتظامیہ نے بتایا ہے کہ شادی کور ڈیم سے پائپ لائن کے ذریعے پانی لانے کا منصوبہ آخری مراحل میں ہے اور آئندہ چند ماہ میں فراہمی شروع ہونے کی امید ہے۔",
            ],
        ),
    },
    "bn": {
        "kaptai": (
            "কাপ্তাই হ্রদে পানি কমে নৌপথ বন্ধ, দুর্ভোগে রাঙ্গামাটির দুর্গম উপজেলার মানুষ",
            [
                "রাঙ্গামাটির কাপ্তাই হ্রদে পানির স্তর স্বাভাবিকের চেয়ে অনেক নিচে নেমে যাওয়ায় জেলা সদরের সঙ্গে কয়েকটি দুর্গম উপজেলার লঞ্চ চলাচল বন্ধ হয়ে গেছে। ফলে বাঘাইছড়ি, বরকল ও জুরাছড়ির মানুষকে ছোট নৌকায় ঝুঁকি নিয়ে দীর্ঘ পথ পাড়ি দিতে হচ্ছে।",
                "কাপ্তাই জলবিদ্যুৎ কেন্দ্রের হিসাবে বুধবার হ্রদের পানির উচ্চতা ছিল প্রায় ৭৪ ফুট, যা এই সময়ের স্বাভাবিক উচ্চতার চেয়ে কয়েক ফুট কম। পানি কমে যাওয়ায় বিদ্যুৎকেন্দ্রের বেশির ভাগ ইউনিটও বন্ধ রাখা হয়েছে।",
                'রিজার্ভ বাজার লঞ্চঘাটে ব্যবসায়ী মংসানু চাকমা বলেন, আগে লঞ্চে করে সহজেই মালপত্র পাঠানো যেত, এখন নৌকাভাড়া দ্বিগুণ হয়েছে। "চরে নৌকা আটকে যায়, মাল নামিয়ে টেনে নিতে হয়," তিনি বলেন।',
                "হ্রদের তলদেশে পলি জমে অনেক জায়গায় চর জেগে উঠেছে। জেলেরা জানিয়েছেন, মাছের প্রজনন মৌসুমের আগে পানি কম থাকায় কাচকি ও চাপিলা মাছের আহরণও কমে গেছে।",
                "জেলা প্রশাসন জানিয়েছে, দুর্গম এলাকায় খাদ্য ও ওষুধ পৌঁছাতে বিকল্প নৌপথ খোঁজা হচ্ছে। স্থানীয় বাসিন্দারা দীর্ঘদিন ধরে হ্রদের ড্রেজিংয়ের দাবি জানিয়ে আসছেন।",
                "আবহাওয়াবিদেরা বলছেন, বর্ষার আগে পানির স্তর উল্লেখযোগ্যভাবে বাড়ার সম্ভাবনা কম। ফলে আগামী কয়েক মাস এ দুর্ভোগ চলতে পারে।",
            ],
        ),
    },
    "sw": {
        "kigoma": (
            "Wavuvi wa Kigoma walalamikia marufuku ya uvuvi wa dagaa Ziwa Tanganyika",
            [
                "Wavuvi katika mwambao wa Ziwa Tanganyika mkoani Kigoma wamesema marufuku ya miezi mitatu ya uvuvi iliyoanza wiki hii imewaacha bila kipato, huku bei ya dagaa na samaki ikipanda katika masoko ya mji wa Kigoma na Ujiji.",
                "Serikali ilitangaza kusitisha uvuvi katika ziwa hilo ili kutoa nafasi kwa samaki kuzaliana, baada ya tafiti kuonyesha kupungua kwa kiasi cha dagaa na migebuka kwa zaidi ya miaka kumi. Nchi nyingine zinazopakana na ziwa hilo zimechukua hatua kama hiyo.",
                'Katika mwalo wa Kibirizi, mitumbwi imevutwa ufukweni na wavuvi wanatengeneza nyavu. Mvuvi Ramadhani Juma alisema anaelewa sababu ya marufuku lakini hajui atalisha familia yake vipi. "Tunaambiwa tusubiri miezi mitatu, lakini watoto wanakula kila siku," alisema.',
                "Wafanyabiashara wa dagaa waliokaushwa katika soko la Mwanga wamesema bei ya debe moja imepanda karibu mara mbili tangu mwezi uliopita. Mama lishe Zainabu Hassani alisema amelazimika kupunguza kiasi cha samaki anachopika kwa wateja wake.",
                "Afisa uvuvi wa mkoa, Joseph Ntakije, alisema doria zitaendeshwa mchana na usiku ili kuhakikisha marufuku inaheshimiwa, na kwamba watakaokamatwa watanyang'anywa zana zao. Aliongeza kuwa serikali inaandaa mpango wa kuwasaidia wavuvi kupata mikopo midogo ya ufugaji wa samaki kwenye vizimba.",
                "Katika kijiji cha Kagunga karibu na mpaka, wavuvi walisema baadhi ya wenzao wamehamia upande wa pili wa ziwa kutafuta kazi ya kubeba mizigo. Mwenyekiti wa kijiji, Athumani Kitwe, alisema vijana wengi hawana shughuli nyingine na anahofia baadhi yao wataendelea kuvua usiku kwa siri.",
                "Wataalamu wa taasisi ya utafiti wa uvuvi mjini Kigoma wamesema kupumzisha ziwa kwa miezi mitatu kila mwaka kunaweza kuongeza idadi ya dagaa iwapo nchi zote zitatekeleza marufuku kwa wakati mmoja na kusimamia matumizi ya nyavu zenye matundu madogo.",
                "Viongozi wa vikundi vya usimamizi wa rasilimali za uvuvi wameomba elimu zaidi itolewe kwa wavuvi kuhusu faida za kupumzisha ziwa, wakisema wengi bado wanaona marufuku kama adhabu.",
            ],
        ),
    },
    "ta": {
        "kotagiri": (
            "கோத்தகிரியில் பச்சை தேயிலை விலை சரிவு: சிறு விவசாயிகள் கவலை",
            [
                "நீலகிரி மாவட்டம் கோத்தகிரி பகுதியில் பச்சை தேயிலைக்கு வழங்கப்படும் விலை கடந்த இரண்டு வாரங்களில் கிலோவுக்கு ஆறு ரூபாய் வரை குறைந்துள்ளதால் சிறு தேயிலை விவசாயிகள் கவலை அடைந்துள்ளனர்.",
                "உறைபனி காரணமாக பல தோட்டங்களில் இலைகள் கருகியுள்ள நிலையில், தரம் குறைந்ததாகக் கூறி தொழிற்சாலைகள் குறைந்த விலையை நிர்ணயித்துள்ளன. கூட்டுறவு தொழிற்சாலைகளும் தனியார் தொழிற்சாலைகளும் ஒரே அளவில் விலையைக் குறைத்துள்ளதாக விவசாயிகள் தெரிவித்தனர்.",
                'கோத்தகிரி அருகே உள்ள கிராமத்தைச் சேர்ந்த விவசாயி ராமன் கூறுகையில், "உரம், கூலி எல்லாம் விலை ஏறிவிட்டது. இந்த விலையில் இலை பறித்தால் நஷ்டம்தான்" என்றார்.',
                "நீலகிரியில் சுமார் அறுபதாயிரம் சிறு தேயிலை விவசாயிகள் உள்ளனர். அவர்களில் பெரும்பாலோர் ஒரு ஏக்கருக்கும் குறைவான நிலத்தில் தேயிலை பயிரிடுகின்றனர். குறைந்தபட்ச ஆதார விலை நிர்ணயிக்க வேண்டும் என்பது அவர்களின் நீண்டகால கோரிக்கை.",
                "தேயிலை வாரிய அதிகாரிகள், ஏல மையங்களில் தேயிலைத் தூள் விலை குறைந்ததே பச்சை இலை விலை சரிவுக்குக் காரணம் என்று தெரிவித்தனர். உறைபனியால் பாதிக்கப்பட்ட தோட்டங்களைக் கணக்கெடுக்கும் பணி நடைபெற்று வருவதாகவும் அவர்கள் கூறினர்.",
            ],
        ),
    },
    "mr": {
        "ratnagiri": (
            "अवकाळी ढगाळ हवामानामुळे रत्नागिरीतील हापूस मोहर धोक्यात",
            [
                "रत्नागिरी जिल्ह्यात गेल्या आठवडाभरापासून असलेल्या ढगाळ आणि दमट हवामानामुळे हापूस आंब्याच्या मोहरावर तुडतुडे आणि भुरी रोगाचा प्रादुर्भाव वाढला असून बागायतदार चिंतेत आहेत.",
                "यंदा डिसेंबरमध्ये चांगली थंडी पडल्याने मोहर लवकर आणि भरपूर आला होता. मात्र फेब्रुवारीच्या सुरुवातीला अचानक ढगाळ वातावरण तयार झाल्याने अनेक बागांमध्ये मोहर काळा पडू लागला आहे, असे शेतकऱ्यांनी सांगितले.",
                'पावस परिसरातील बागायतदार सुरेश देसाई म्हणाले, "तीन वेळा फवारणी केली, तरी मोहर गळतो आहे. औषधांचा खर्च वाढला आणि फळ किती टिकेल हे सांगता येत नाही."',
                "कृषी विद्यापीठाच्या तज्ज्ञांनी शेतकऱ्यांना शिफारस केलेल्या औषधांचीच फवारणी करण्याचा आणि प्रमाणापेक्षा जास्त औषध न वापरण्याचा सल्ला दिला आहे. जास्त फवारणीमुळे निर्यातीसाठी आंबा अपात्र ठरू शकतो, असेही त्यांनी सांगितले.",
                "जिल्ह्यात सुमारे सत्तर हजार हेक्टरवर हापूसची लागवड आहे. हंगाम लांबल्यास मार्चमध्ये बाजारात येणारी पहिली पेटी उशिरा येईल आणि दरावरही परिणाम होईल, असे व्यापाऱ्यांचे म्हणणे आहे.",
                "नुकसानीचे पंचनामे करून फळपीक विमा योजनेतून भरपाई द्यावी, अशी मागणी आंबा बागायतदार संघाने केली आहे.",
            ],
        ),
    },
    "ha": {
        "sokoto": (
            "Manoman Goronyo sun koka kan karancin ruwan ban ruwa daga madatsar ruwa",
            [
                "Manoman shinkafa da albasa a karamar hukumar Goronyo ta jihar Sokoto sun koka kan karancin ruwan ban ruwa daga madatsar ruwan Goronyo, inda suka ce rabin gonakinsu ba su samu ruwa ba tun farkon lokacin noman rani.",
                "Wani jami'in hukumar raya kogin Sokoto-Rima ya ce matakin ruwa a madatsar ya ragu saboda karancin ruwan sama a bara, kuma an rage yawan ruwan da ake sakewa domin a adana wani kaso har zuwa lokacin damina.",
                'Malam Bello Abubakar, wani manomin albasa a kauyen Shinaka, ya ce ya kashe kudi wajen sayen iri da taki amma yanzu yana kallon shukarsa tana bushewa. "Idan ruwan bai zo cikin mako biyu ba, mun yi asara," in ji shi.',
                "Wasu manoma sun koma amfani da injinan famfo domin jawo ruwa daga rafuka, amma tsadar man fetur ta sa mutane da dama ba za su iya ba. Kungiyar manoman shinkafa ta jihar ta bukaci gwamnati ta tallafa musu da injinan famfo masu amfani da hasken rana.",
                "A kasuwar Goronyo, farashin buhun albasa ya tashi da kusan kashi daya bisa uku cikin wata guda, a cewar 'yan kasuwa, saboda fargabar cewa girbin bana zai ragu. Wani dan kasuwa, Alhaji Musa Danbaba, ya ce masu saye daga Kano da Legas sun fara zuwa da wuri domin su samu kaya.",
                "Masana harkar noma a jami'ar Usmanu Danfodiyo sun ce ya kamata manoma su rika shuka irin albasa da ke jure karancin ruwa, kuma su yi amfani da hanyar ban ruwa ta digo-digo wadda ke rage yawan ruwan da ake bukata.",
                "Hukumar ta ce za ta fitar da jadawalin raba ruwa tsakanin yankunan da ke karkashin madatsar domin kowa ya samu dan kaso, kuma ta roki manoma su guji fasa magudanan ruwa.",
            ],
        ),
    },
    "ne": {
        "janakpur": (
            "जनकपुरका पोखरी सफा गर्न स्थानीय युवा जुटे, गङ्गासागरमा दुई ट्रक फोहोर निकालियो",
            [
                "जनकपुरधामका ऐतिहासिक पोखरीहरू सफा गर्न स्थानीय युवाहरूले सुरु गरेको अभियानअन्तर्गत शनिबार गङ्गासागर पोखरीबाट झन्डै दुई ट्रक फोहोर र प्लास्टिक निकालिएको छ।",
                "उपमहानगरपालिका र स्थानीय क्लबहरूको सहकार्यमा सञ्चालित अभियानमा दुई सयभन्दा बढी स्वयंसेवक सहभागी थिए। उनीहरूले पोखरीको किनारमा जमेको फोहोर, पूजा सामग्री र जलकुम्भी हटाए।",
                'अभियानका संयोजक रमेश यादवले भने, "पोखरी हाम्रो पहिचान हो। मानिसहरू यहाँ नुहाउन र पूजा गर्न आउँछन्, तर फोहोरले पानी कालो भइसकेको थियो।"',
                "जनकपुरमा सयौँ पोखरी रहेको भनिन्छ, तर अतिक्रमण र ढल मिसिँदा धेरैको अवस्था बिग्रिएको छ। उपमहानगरपालिकाले पोखरीमा ढल मिसाउनेलाई जरिवाना गर्ने र किनारमा फोहोरदानी राख्ने बताएको छ।",
                "स्थानीय बासिन्दाले अभियान एक दिनमा सीमित नहोस् भन्दै नियमित सरसफाइको व्यवस्था गर्न माग गरेका छन्। छठ पर्वअघि अन्य पोखरीमा पनि यस्तै अभियान चलाइने आयोजकले जनाएका छन्।",
            ],
        ),
    },
}

#: extra roundup items: (headline, text)
EXTRA = {
    "dg_caribbean": [
        (
            "San Ignacio market gets a roof",
            "Vendors at the Saturday market in San Ignacio, in western Belize's Cayo district, will sell under a new steel roof from next month, after the town council finished a project delayed twice by rain.",
        ),
        (
            "Essequibo rice growers wait on drainage",
            "Farmers on the Essequibo coast say blocked drainage canals have left about 3,000 acres of newly planted rice under water, and have asked the regional administration to send excavators before the crop is lost.",
        ),
        (
            "Bluefields boat fares rise",
            "Panga operators on the route between Bluefields and the Corn Islands raised fares by a fifth this week, saying fuel now costs more than it did at the start of the year.",
        ),
    ],
    "dg_north": [
        (
            "Churchill rail freight schedule",
            "The railway serving Churchill, Manitoba, will run two freight trains a week through March instead of three, the operator said, because of track work south of the town.",
        ),
        (
            "Kugluktuk sealift orders due",
            "Residents and businesses in Kugluktuk have until 15 March to place orders for this summer's sealift, the shipping company said, two weeks earlier than last year.",
        ),
    ],
    "dg_africa": [
        (
            "Kalangala ferry back in service",
            "The ferry linking Kalangala's Bugala Island to the mainland returned to service on Tuesday after a week of engine repairs, and the district said extra crossings would clear the backlog of trucks.",
        ),
        (
            "Walvis Bay fish quota",
            "Namibia's fisheries ministry has set this year's horse mackerel quota slightly below last year's, and processing plants in Walvis Bay say they may shorten shifts in the second half of the year.",
        ),
        (
            "Francistown bus rank moves",
            "The Francistown city council has moved the main bus rank to a new site near the railway station while the old one is rebuilt, and taxi drivers say the change has confused passengers.",
        ),
    ],
    "dg_pacific": [
        (
            "Suva seawall contract",
            "The Fiji government has signed a contract for the first stage of a seawall along Suva's foreshore, after high tides flooded the road near the market twice in January.",
        ),
        (
            "Gizo water taxis licensed",
            "Provincial authorities in Gizo will require all water taxi drivers to hold a licence and carry life jackets from April, following two capsizes last year.",
        ),
    ],
    "dg_pt": [
        (
            "Benguela: comboio volta a circular",
            "O Caminho de Ferro de Benguela retomou na terça-feira as viagens de passageiros entre Benguela e o Lobito, suspensas desde janeiro por causa de estragos provocados pela chuva na linha.",
        ),
    ],
    "dg_fr": [
        (
            "Bobo-Dioulasso : le marché de fruits déplacé",
            "La mairie de Bobo-Dioulasso a déplacé lundi les vendeuses de fruits installées devant la gare vers un nouveau site aménagé près du grand marché, où des hangars et des points d'eau ont été construits.",
        ),
    ],
    "dg_ar": [
        (
            "أسوان: استئناف رحلات العبارات بين ضفتي النيل",
            "استأنفت العبارات النهرية في أسوان رحلاتها بين الضفتين الشرقية والغربية صباح الثلاثاء بعد توقف دام يومين بسبب أعمال صيانة في المرسى الرئيسي.",
        ),
    ],
    "dg_es": [],
}

#: roundups: key -> (language, headline, [(story key or extra index, outlet named for the item)])
_ROUNDUPS: dict[str, tuple[str, str, list[tuple[str | int, str]]]] = {
    "dg_pacific": (
        "en",
        "Pacific and Australia briefing: Thursday, February 12",
        [
            ("pvl", "RNZ"),
            ("wgn", "Whanganui Chronicle"),
            ("tnc", "ABC"),
            ("alt", "Coral Sea Commons"),
            (0, "FBC News"),
            (1, "Solomon Star"),
        ],
    ),
    "dg_africa": (
        "en",
        "Africa roundup: markets, fisheries and the falls",
        [
            ("mgc", "Nyasa Times"),
            ("lvs", "Lusaka Times"),
            (0, "Daily Monitor"),
            (1, "The Namibian"),
            (2, "Mmegi"),
        ],
    ),
    "dg_north": (
        "en",
        "North of 60: what we're reading this morning",
        [
            ("yk", "Cabin Radio"),
            ("fbx", "Fairbanks Daily News-Miner"),
            (0, "CBC Manitoba"),
            (1, "Nunatsiaq News"),
        ],
    ),
    "dg_caribbean": (
        "en",
        "Caribbean and Central America in brief",
        [("rtn", "Bay Islands Voice"), (0, "Amandala"), (1, "Stabroek News"), (2, "La Prensa")],
    ),
    "dg_es": (
        "es",
        "Resumen de prensa regional: lo que publican los diarios este jueves",
        [
            ("iquitos", "Diario La Región"),
            ("natales", "El Pingüino"),
            ("potosi", "El Potosí"),
            ("rtn_es", "La Prensa de Honduras"),
        ],
    ),
    "dg_pt": (
        "pt",
        "Resumo da imprensa: o que os jornais destacam nesta quinta-feira",
        [
            ("mindelo", "Inforpress"),
            ("paraty", "g1 Sul do Rio e Costa Verde"),
            (0, "Jornal de Angola"),
        ],
    ),
    "dg_fr": (
        "fr",
        "Revue de presse du jeudi 12 février",
        [("jacmel", "Le Nouvelliste"), ("toamasina", "Midi Madagasikara"), (0, "Sidwaya")],
    ),
    "dg_ar": (
        "ar",
        "جولة في الصحف: أبرز ما نشرته المواقع اليوم",
        [("ndb", "صحراء ميديا"), ("psd", "سودان تربيون"), (0, "الأهرام")],
    ),
}
#: key -> [(item headline, outlet)], in the order of the roundup's paragraphs
DIGESTS: dict[str, list[tuple[str, str]]] = {}
for _key, (_lang, _title, _items) in _ROUNDUPS.items():
    _paras: list[str] = []
    DIGESTS[_key] = []
    for _ref, _outlet in _items:
        if isinstance(_ref, int):
            _head, _text = EXTRA[_key][_ref]
        else:
            _head, _text = STORIES37[_lang][_ref][0], " ".join(STORIES37[_lang][_ref][1][:2])
        _paras.append(_text)
        DIGESTS[_key].append((_head, _outlet))
    STORIES37[_lang][_key] = (_title, _paras)

# ruff: noqa: E501
"""Invented English news prose for the blind attribution set.

Every story is fiction written for this set: names, figures and quotes are made up.
Each value is (headline, paragraphs); a case picks a story and wraps it in site chrome.
"""

from __future__ import annotations

STORIES_EN: dict[str, tuple[str, list[str]]] = {
    "beirut_fuel": (
        "Lebanon's petrol stations ration fuel as import bills pile up",
        [
            "Queues stretched for several blocks outside petrol stations in Beirut on Wednesday as importers held back deliveries, saying the central bank had again delayed the dollars they need to pay for cargoes already anchored off the coast. Some stations did not open at all.",
            "Station owners said they were limiting each car to twenty litres and closing by early afternoon. Taxi drivers, many of whom rely on daily fares to feed their families, said they had waited more than three hours and some left with empty tanks.",
            "The energy ministry said two tankers carrying gasoline would be unloaded by the weekend and urged residents not to hoard. Officials have promised similar relief several times this winter, and few drivers in the queues said they believed the timetable.",
            "Economists say the shortages reflect a wider crisis in which the Lebanese pound has lost most of its value since 2019, while talks with international lenders on a rescue package remain stalled over banking reforms that parliament has yet to pass.",
        ],
    ),
    "senate_budget": (
        "Senate passes stopgap bill hours before shutdown deadline",
        [
            "The Senate approved a short-term spending bill late on Thursday that keeps federal agencies funded for six more weeks, ending a week of brinkmanship that had left hundreds of thousands of government workers bracing for unpaid leave. The vote came shortly before midnight.",
            "The measure passed 71 to 28 after leaders of both parties agreed to drop a contested provision on border funding and to hold separate votes on disaster relief for states hit by autumn flooding. The House is expected to take it up on Friday morning.",
            "Several senators warned that the temporary fix only postponed harder choices on defence, health and veterans' programmes. “We keep running this country six weeks at a time, and every agency head will tell you what that does to planning,” one senior appropriator said.",
            "Budget analysts noted that Congress has relied on stopgap measures for most of the past decade, and that the next deadline falls just before the holiday recess, when lawmakers are usually keen to leave Washington. Few expect the next round of talks to be any easier than this one.",
        ],
    ),
    "paris_pension": (
        "Hundreds of thousands march in France against pension overhaul",
        [
            "Trade unions brought hundreds of thousands of people onto the streets of French cities on Tuesday in the largest protest yet against the government's plan to raise the minimum retirement age, disrupting trains, schools and refineries across the country. Organisers said it was their biggest turnout in years.",
            "In Paris the march stretched from the Place de la République to the Place de la Nation, with teachers, nurses and railway workers carrying banners denouncing the reform. Police reported scattered clashes near the end of the route and several dozen arrests.",
            "The labour minister said the government remained open to talks on working conditions for people in physically demanding jobs, but that the core of the bill would not change. Union leaders responded by calling a further day of strikes for next week.",
            "Opinion polls suggest that a large majority of voters oppose the change, and the bill faces a difficult passage through the National Assembly, where the government lacks an outright majority and may have to rely on a special constitutional procedure.",
        ],
    ),
    "delhi_air": (
        "Delhi shuts primary schools as smog returns to hazardous levels",
        [
            "Authorities in the Indian capital ordered primary schools to close for the rest of the week and banned construction work after the air quality index climbed above 450, a level classed as severe, for the third day in a row.",
            "A thick grey haze hung over the city on Sunday morning, cutting visibility on major roads and delaying several flights. Hospitals reported a rise in patients with breathing problems, particularly children and elderly people with existing heart and lung conditions.",
            "Officials blamed a combination of vehicle exhaust, industrial emissions, dust and smoke from crop stubble burned in neighbouring states, trapped near the ground by cold, still air. Farmers say they have no affordable alternative for clearing fields quickly before the wheat sowing season.",
            "The city government said it was considering restrictions on private cars based on odd and even number plates, a measure used in earlier winters with mixed results, and would deploy water sprinklers and anti-smog guns at the worst-affected junctions. Officials said a decision would be taken within days.",
        ],
    ),
    "kenya_drought": (
        "Herders in northern Kenya lose livestock as rains fail again",
        [
            "Pastoralist families in Kenya's Marsabit and Turkana counties have lost a large share of their goats and cattle after a fifth consecutive rainy season delivered far less rain than normal, local officials and aid groups said on Monday. Some families say they have nothing left to sell.",
            "Water points that once served whole villages have dried up, forcing women and children to walk for hours to reach boreholes. Carcasses of animals lie along the tracks leading to the few pastures that remain green, and prices for the surviving livestock have collapsed.",
            "The national drought authority said nearly four million people now need food assistance, and appealed to donors to fill a funding gap for emergency water trucking and nutrition programmes for young children, who are most at risk of severe malnutrition.",
            "Climate scientists say droughts in the Horn of Africa have become more frequent and more intense, leaving communities little time to recover before the next dry spell. Many herders have begun moving towards towns in search of casual work. Others have sent their children to live with relatives.",
        ],
    ),
    "tokyo_quake": (
        "Strong earthquake shakes northern Japan, minor damage reported",
        [
            "A magnitude 6.4 earthquake struck off the coast of northern Japan on Saturday evening, shaking buildings in Tokyo and briefly halting bullet train services, but there were no immediate reports of serious damage or casualties, officials said. Services resumed within about an hour.",
            "The meteorological agency said the quake was centred at a depth of about 50 kilometres and did not pose a tsunami threat. Residents in coastal towns nonetheless moved to higher ground as a precaution, and some shops reported goods falling from shelves.",
            "The operator of a nuclear plant in the region said it had found no abnormalities at its reactors, which have been shut since 2011. About two thousand households lost power for several hours before electricity was restored late in the evening.",
            "Japan sits on several tectonic plates and experiences a large share of the world's most powerful earthquakes. Officials urged people in the area to remain alert for aftershocks over the coming week, particularly near steep slopes softened by recent rain.",
        ],
    ),
    "pak_imf": (
        "Pakistan and IMF reach staff-level deal on loan review",
        [
            "Pakistan reached a staff-level agreement with the International Monetary Fund on the latest review of its loan programme, clearing the way for a disbursement of about $1.1 billion once the fund's executive board gives its approval, the finance ministry said on Friday.",
            "The deal followed two weeks of talks in Islamabad in which the lender pressed the government to widen the tax net, raise gas and electricity tariffs and limit spending ahead of the next budget. Officials said most of the conditions had already been met.",
            "The finance minister told reporters that the agreement would reassure investors and other lenders, and that the government was committed to keeping the primary budget in surplus. Business groups, however, warned that further energy price increases would hurt exporters. Exporters have asked for a meeting with the prime minister.",
            "Pakistan has turned to the fund more than twenty times since the late 1950s. Its foreign exchange reserves have recovered from the lows of two years ago but still cover only about two months of imports, according to central bank data.",
        ],
    ),
    "amazon_deforestation": (
        "Deforestation in Brazil's Amazon falls for second straight year",
        [
            "Deforestation in the Brazilian Amazon fell by nearly a quarter in the twelve months to July, according to preliminary satellite data released by the national space research institute on Wednesday, the second annual decline in a row. It is the lowest figure recorded in several years.",
            "The environment minister credited stepped-up enforcement, including the seizure of cattle raised on illegally cleared land and the suspension of rural property registrations found to overlap with protected areas and indigenous territories. Officials also pointed to new satellite alerts that allow inspectors to reach clearing sites within days rather than months.",
            "Environmental groups welcomed the figures but cautioned that destruction in the neighbouring Cerrado savannah had increased over the same period, as soy and cattle farming shifted to areas with weaker legal protection. They urged the government to extend the same level of enforcement to the savannah, where much clearing is still legal.",
            "Scientists warn that large parts of the rainforest are approaching a tipping point beyond which they could turn into drier, degraded forest, releasing vast amounts of carbon and disrupting rainfall across South America's farming heartland. Farmers' groups say that many producers already comply with the rules and should not be blamed for the actions of a few.",
        ],
    ),
    "ecb_rates": (
        "ECB holds rates steady, signals cuts could come by summer",
        [
            "The European Central Bank left its key interest rates unchanged on Thursday but signalled that borrowing costs could begin to fall by the summer if inflation continues to ease towards its two percent target. The decision was widely expected by investors and economists.",
            "The bank's president told a news conference that policymakers had seen encouraging progress on prices, but wanted more evidence that wage growth was slowing before committing to a cut. She declined to give a precise date. Several members of the governing council are said to favour waiting until more data are available.",
            "Markets reacted calmly, with the euro little changed against the dollar and bond yields edging lower. Several economists said the message pointed to a first reduction in June, followed by a gradual series of cuts. Traders trimmed their bets on a move in April after the news conference.",
            "The eurozone economy has barely grown for more than a year, weighed down by weak manufacturing in Germany and high borrowing costs for households and businesses, and some governments have urged the bank to move faster. Unemployment, however, remains close to a record low across the currency bloc.",
        ],
    ),
    "oil_prices": (
        "Oil climbs to three-month high on supply worries",
        [
            "Oil prices rose to their highest level in three months on Monday as concerns about shipping disruptions in the Red Sea and lower output from several producers outweighed worries about weak demand in China. Trading volumes were thinner than usual because of a holiday in several Asian markets.",
            "Brent crude futures gained about two percent to trade above $86 a barrel by midday in London, while US crude also firmed. Traders said tanker operators were again diverting vessels around the Cape of Good Hope, adding days to voyages.",
            "Analysts at several banks raised their price forecasts for the second quarter, citing tighter inventories in Europe. Others noted that higher prices could encourage more drilling in the United States, where production is already at a record. Output there has surprised forecasters for two years running.",
            "Higher fuel costs threaten to complicate the fight against inflation in many economies, and airlines and shipping companies have warned that they may have to pass some of the increase on to customers in the coming months. Consumers have already seen petrol prices rise at the pump.",
        ],
    ),
    "chip_export": (
        "Chipmakers scramble as new export rules take effect",
        [
            "Semiconductor companies spent the weekend reviewing shipments and customer lists after new export restrictions on advanced chips and chipmaking tools took effect, with several firms warning that the rules could cut into revenue from Asian customers this year. Some firms paused shipments while lawyers reviewed the details.",
            "The rules widen limits on the sale of high-performance processors used to train artificial intelligence systems and add dozens of companies to a list of entities that require special licences. Industry groups said the guidance left important questions unanswered. Companies have a short period to apply for licences.",
            "Shares in equipment makers fell sharply in early trading, though some analysts argued that demand from data centres elsewhere would soften the blow. One executive said customers had rushed to place orders before the deadline, inflating recent sales. Stocks recovered some of their losses by the close.",
            "Governments on both sides of the dispute have poured billions of dollars into domestic chip production, and trade specialists expect further rounds of restrictions and countermeasures as they compete for technological leadership. Analysts warn that the costs of that rivalry will eventually fall on consumers and businesses that depend on cheap electronics.",
        ],
    ),
    "ai_act": (
        "EU lawmakers back first comprehensive rules for artificial intelligence",
        [
            "The European Parliament voted by a large majority on Wednesday to approve sweeping rules for artificial intelligence, setting obligations for companies that build and deploy systems considered high-risk and banning some uses outright. The vote followed more than two years of negotiations between lawmakers and member states.",
            "Under the law, tools used in hiring, credit scoring and law enforcement will have to meet requirements on data quality, human oversight and transparency. Real-time facial recognition in public spaces will be allowed only in narrowly defined cases. Companies that break the rules could face large fines.",
            "Developers of the most powerful general-purpose models will have to document their training data and test for systemic risks. Technology companies said they supported the goals but warned that unclear definitions could slow innovation in Europe. Start-ups asked for simpler rules and longer deadlines for smaller firms.",
            "The rules will come into force in stages over the next three years, and national regulators are still hiring staff to enforce them. Consumer groups said the success of the law would depend on how strictly those regulators act. They also called for more public information about complaints.",
        ],
    ),
    "cricket_final": (
        "Spinners steer hosts to tri-series title in rain-hit final",
        [
            "A disciplined spell from the home side's two spinners sealed a 27-run victory in the rain-shortened final of the tri-nation series on Sunday, giving the young captain his first trophy since taking charge of the one-day team in the autumn.",
            "Put in to bat on a damp pitch, the hosts recovered from an early collapse thanks to a patient half-century from the number five batter, who added 88 for the sixth wicket with the wicketkeeper before a shower reduced the match to 40 overs a side.",
            "Chasing a revised target of 218, the visitors were well placed at 110 for two before the left-arm spinner took three wickets in eleven balls. The lower order fought on, but the required rate climbed beyond reach in the final overs.",
            "The captain praised his bowlers for sticking to their plans and said the series had given several newcomers valuable experience ahead of the world tournament later this year. The losing coach said his batters had thrown away a winning position.",
        ],
    ),
    "football_transfer": (
        "Club agrees record fee for teenage midfielder",
        [
            "The club has agreed a fee that could rise to a record sum for an 18-year-old midfielder who broke into his boyhood team's starting line-up only last season, officials at both clubs confirmed on Tuesday evening. The exact figure has not been disclosed by either club.",
            "The player, who has made 31 senior appearances and scored six goals, is expected to undergo a medical later this week before signing a five-year contract. The deal includes add-ons linked to appearances and future international caps. His current manager said he would be sad to see him leave but would not stand in his way.",
            "Supporters of the selling club reacted with dismay on social media, though their chairman said the offer was too large to refuse for a club that has struggled to balance its books since relegation two seasons ago. Some fans gathered outside the stadium to protest against the sale.",
            "The buying club's manager had made strengthening central midfield a priority after injuries to two senior players, and is said to have watched the teenager in person several times this season, including in a cup tie against his current side.",
        ],
    ),
    "marathon_record": (
        "Runner smashes course record in windy city marathon",
        [
            "A 24-year-old runner making only her third appearance over the marathon distance broke the course record by more than a minute on Sunday, pulling away from a group of pre-race favourites in the final six kilometres despite a strong headwind along the seafront.",
            "She crossed the line in two hours, 19 minutes and 40 seconds, a personal best by nearly three minutes, and said afterwards that she had only decided to push when her coach shouted split times to her near the harbour bridge.",
            "The men's race was a tactical affair that came down to a sprint finish, with the winner edging ahead by two seconds after the leading pack had run together for most of the course. Organisers said more than 30,000 people took part.",
            "Race officials praised volunteers who handed out water and kept the course clear of debris after an overnight storm. Several streets in the city centre remained closed until the early evening while barriers and signs were removed. Organisers thanked residents for their patience.",
        ],
    ),
    "mars_rover": (
        "Rover finds layered rocks hinting at ancient lake on Mars",
        [
            "A rover exploring an ancient crater on Mars has photographed finely layered rocks that scientists say were almost certainly laid down in standing water, strengthening the case that the site once held a lake that lasted for thousands of years.",
            "The images, taken over several weeks as the rover climbed the edge of a fan-shaped deposit, show thin alternating bands of sediment that resemble those found at the bottom of calm lakes on Earth. Researchers published their analysis on Wednesday.",
            "Team members said the rocks were prime targets for samples that could one day be returned to Earth and examined for traces of past microbial life. The rover has already sealed more than twenty cores in titanium tubes for later collection.",
            "The mission to bring those samples home, however, faces budget pressures and a redesign, and engineers have warned that the return date may slip into the late 2030s. Scientists said that delay would not diminish the value of the discovery.",
        ],
    ),
    "malaria_vaccine": (
        "Malaria vaccine rollout expands to millions more children",
        [
            "Several African countries began giving a new malaria vaccine to young children this month, the largest expansion of immunisation against the disease since trials began, health officials and the World Health Organization said. Officials described it as a milestone in the fight against one of the continent's deadliest diseases.",
            "The vaccine is given in four doses starting at five months of age and has been shown to reduce clinical cases by about two thirds in the first year in areas where transmission is seasonal. It is cheaper to produce than an earlier shot.",
            "Health workers said demand had been high at clinics in rural districts, where mothers often travel long distances to reach a vaccination post. Supply remains limited, however, and ministries have prioritised regions with the heaviest burden. Some clinics have already had to turn families away.",
            "Malaria still kills more than half a million people a year, most of them children under five in sub-Saharan Africa. Experts stressed that vaccines must be combined with bed nets, spraying and prompt treatment to drive down deaths. Funding for all of those measures has fallen short in recent years.",
        ],
    ),
    "coral_bleaching": (
        "Surveys find widespread bleaching on southern reefs",
        [
            "Aerial and underwater surveys have found severe bleaching across large stretches of reef in the southern part of the marine park, the agency that manages the reef said on Friday, after weeks of sea temperatures well above the summer average.",
            "Divers reported that in some shallow areas more than half of the coral had turned white, a sign that the animals have expelled the algae that give them colour and most of their food. Deeper reefs appeared to be less affected.",
            "Bleached coral can recover if temperatures fall quickly, but prolonged heat stress often leads to widespread death. Scientists said it would be several months before they could measure how much of the affected coral had survived. Early signs from some sites were more encouraging than expected.",
            "Tourism operators, who depend on healthy reefs for their business, called for faster action to cut greenhouse gas emissions. The government said it was funding research into heat-tolerant corals and programmes to improve water quality. Critics say the measures do not go far enough to address the main cause of the damage.",
        ],
    ),
    "local_bridge": (
        "Council approves repairs to Mill Lane footbridge after two-year closure",
        [
            "The borough council has approved a £1.2 million scheme to repair the Mill Lane footbridge, which has been closed since an inspection two years ago found corroded supports beneath the deck, forcing residents to take a mile-long detour to the station.",
            "Councillors voted unanimously on Tuesday night after hearing from residents who said the closure had cut off older people from shops and the health centre on the other side of the river. Work is due to begin in the spring and take about five months.",
            "The engineering firm that surveyed the bridge recommended replacing the steel frame while keeping the Victorian railings, which are listed. A temporary ramp will be installed at the eastern end to meet accessibility rules during the works. Residents will be consulted on the final design.",
            "The cabinet member for transport said the council had secured part of the money from a regional fund and would cover the rest from its maintenance budget. She apologised for the length of the closure and promised monthly updates on progress.",
        ],
    ),
    "school_meals": (
        "Free breakfast club to open at four primary schools",
        [
            "Pupils at four primary schools in the district will be able to get a free breakfast from next month under a pilot scheme funded by a local charity and the county education department, head teachers announced on Thursday. Organisers hope to serve around three hundred children a day.",
            "The clubs will open half an hour before lessons and serve cereal, toast, fruit and milk. Teachers said they had noticed more children arriving hungry since the cost of food and energy began rising sharply, and that this affected concentration in morning lessons.",
            "The charity's director said volunteers from local churches and sports clubs had signed up to help run the sessions, and that a supermarket had agreed to donate bread and fruit. Parents will not need to register in advance. Children with allergies will be offered alternatives.",
            "If the pilot is successful, the county hopes to extend it to another dozen schools in September. Councillors from all parties welcomed the plan, though some asked whether the funding would continue after the first year. A decision on longer-term funding is expected in the autumn.",
        ],
    ),
    "assam_flood": (
        "Floods displace thousands in Assam as Brahmaputra rises",
        [
            "More than 200,000 people have been affected by floods in the north-eastern Indian state of Assam after days of heavy rain pushed the Brahmaputra and several of its tributaries above the danger mark, state disaster officials said on Tuesday. More rain is forecast for the coming days.",
            "Villagers in low-lying districts waded through waist-deep water carrying children and belongings to relief camps set up in schools and on raised embankments. Rescue teams used boats to reach families stranded on rooftops in some of the worst-hit areas. Many had spent the night in the open.",
            "At least nine people have died in flood-related incidents, including landslides in hill districts. Large areas of farmland have been submerged, and officials said the damage to rice paddies and roads would become clear only once the water recedes. Officials fear that the death toll may still rise.",
            "Wildlife officials said parts of a national park famous for its one-horned rhinoceroses were also under water, and that animals were moving to higher ground across a busy highway, where speed limits had been imposed to prevent collisions. Several animals have already been rescued by forest guards.",
        ],
    ),
    "cyclone_bangladesh": (
        "Bangladesh evacuates coastal villages ahead of cyclone",
        [
            "Authorities in Bangladesh moved hundreds of thousands of people from coastal villages into storm shelters on Sunday as a powerful cyclone churned across the Bay of Bengal towards the country's southern shoreline. Forecasters expected the storm to make landfall late on Monday night, bringing heavy rain and strong winds to a densely populated delta.",
            "Volunteers with megaphones went door to door urging families to leave, while fishing boats were ordered back to port. The weather office raised its highest danger signal for two seaports and warned of storm surges of up to three metres.",
            "Officials said the shelters had been stocked with dry food, drinking water and medicine, and that special arrangements had been made for pregnant women and people with disabilities. Many residents were reluctant to leave their livestock behind. Some men stayed behind to guard homes and animals.",
            "Bangladesh has sharply reduced cyclone deaths over the past three decades through early warning systems and a network of concrete shelters, but rising sea levels and salt water intrusion continue to threaten the livelihoods of coastal communities. Many families have already moved inland in recent years.",
        ],
    ),
    "wildfire_canada": (
        "Wildfire forces evacuation of northern town",
        [
            "Residents of a small town in northern Canada were ordered to leave on Thursday as a wildfire driven by strong winds moved to within a few kilometres of the outskirts, sending thick smoke over the only highway leading south. It is the second evacuation in three years.",
            "Long lines of cars and trucks formed as families packed pets and documents and headed towards a reception centre several hours away. Those without vehicles were taken out on buses and charter flights organised by the territorial government. Officials asked drivers to stay calm and keep their distance.",
            "Firefighters, supported by water bombers and crews from other provinces, worked through the night to build fire breaks around the town. Officials said rain was not expected for at least five days, and that temperatures would remain unusually high. Crews were rotated every twelve hours.",
            "The country has seen a string of severe fire seasons in recent years, which scientists link to hotter, drier summers. Indigenous leaders in the region said they wanted a greater say in how communities are protected and rebuilt. Some evacuees have still not returned from the last fire.",
        ],
    ),
    "manila_typhoon": (
        "Typhoon batters northern Philippines, cutting power to thousands",
        [
            "A strong typhoon slammed into the northern Philippines on Monday, toppling trees and power lines, flooding low-lying villages and forcing the cancellation of dozens of domestic flights, disaster officials said. Ferry services between several islands were suspended, stranding thousands of passengers at ports for a second day.",
            "The storm made landfall before dawn with sustained winds of 175 kilometres per hour. More than 60,000 people had been evacuated from coastal and mountain areas prone to landslides, and schools in several provinces were turned into temporary shelters. Classes were suspended in the affected areas.",
            "Local officials reported at least three deaths, including a farmer hit by a falling tree, and said the figure could rise once communication was restored with isolated towns. Rice and corn farmers feared heavy losses just weeks before the harvest.",
            "The Philippines is struck by about twenty storms a year. The weather bureau said the typhoon would weaken as it crossed the mountains but could still bring heavy rain to the capital region before moving out to sea on Tuesday.",
        ],
    ),
    "phone_launch": (
        "Phone maker bets on longer software support to win buyers",
        [
            "A phone maker unveiled its new flagship handsets on Tuesday, promising seven years of software and security updates in a bid to win over customers who are keeping their devices for longer as prices rise. The handsets will go on sale in most markets next month.",
            "The phones feature larger batteries, brighter screens and a camera system that the company says performs better in low light. Several new features rely on artificial intelligence to summarise messages, translate calls and edit photos on the device. Some of those features will require an internet connection.",
            "Analysts said the extended support commitment was the most significant part of the announcement, as regulators in several markets push manufacturers to make devices easier to repair and keep in use. Prices start slightly higher than last year's models. The company did not say how it would price repairs.",
            "Global smartphone shipments have fallen for several years as consumers delay upgrades. The company hopes the new models will help it regain market share in Europe and India, where cheaper rivals have made strong gains. Competition in the mid-range segment remains fierce.",
        ],
    ),
    "data_breach": (
        "Retailer says hackers stole customer data in cyberattack",
        [
            "A national retail chain said on Wednesday that hackers had stolen names, addresses and partial payment details of several million customers after breaking into a system used to manage online orders, and urged shoppers to watch for suspicious messages. It has set up a helpline for affected customers.",
            "The company said it discovered unusual activity on its network last week, shut down the affected system and called in outside security experts. It said full card numbers and passwords had not been taken, though it was still investigating. Police have also been informed.",
            "The country's data protection regulator said it had been notified and was making inquiries. Consumer advocates criticised the retailer for waiting several days before informing customers, arguing that fraudsters often act quickly after a breach. The company said it had contacted customers as soon as it understood the scale of the breach.",
            "Cyberattacks on retailers have increased as criminal groups target companies with large stores of personal data. Security researchers said many such breaches begin with stolen employee passwords or unpatched software in systems run by suppliers. Experts advise customers to change passwords and enable two-step verification wherever possible.",
        ],
    ),
    "ev_battery": (
        "Battery plant brings 2,000 jobs to former coal region",
        [
            "Construction began on Friday on a large battery factory in a former coal mining region, which its developers say will employ about 2,000 people when it reaches full production and supply cells for electric cars sold across Europe. The first cells are due to come off the line in two years.",
            "Local politicians described the project as a turning point for an area that lost thousands of jobs when the last pits closed. Training courses for future workers are being set up with a nearby technical college, and the first recruits are expected next year.",
            "The investment was supported by government grants and cheap loans, part of a push to build a domestic supply chain for electric vehicles. Critics questioned the size of the subsidies and whether the factory would be competitive against Asian rivals.",
            "Environmental groups welcomed the shift away from fossil fuels but asked for guarantees on water use and on how the plant would source lithium and other raw materials, some of which come from mines with poor labour records. The company said it would publish regular reports on both.",
        ],
    ),
    "wheat_prices": (
        "Bread prices rise as wheat costs and currency weakness bite",
        [
            "Bakers in several cities raised the price of a standard loaf for the second time this year, blaming higher costs for imported wheat, a weaker currency and rising electricity bills, a trade association said on Saturday. It is the steepest rise in more than a decade.",
            "The association said its members had absorbed some of the increase but could no longer do so without cutting staff. Small bakeries in poorer neighbourhoods were hit hardest because they sell mostly subsidised bread with thin margins. Some have already reduced opening hours to save on electricity.",
            "The trade ministry said it was negotiating with suppliers to secure cheaper grain and would release part of the strategic reserve to stabilise prices. Opposition politicians accused the government of reacting too slowly to warnings from farmers. Farmers say their warnings were ignored for months.",
            "Food inflation has outpaced wage growth for more than a year, and aid agencies say many families are skipping meals or switching to cheaper, less nutritious food. Economists expect some relief once the local harvest comes in. Until then, prices are expected to remain high.",
        ],
    ),
    "uk_housing": (
        "House prices edge higher as mortgage rates ease",
        [
            "Average house prices rose for the third month in a row in February, according to figures published by a large mortgage lender on Friday, as a modest fall in borrowing costs brought some buyers back into the market. It was the strongest monthly rise for more than a year.",
            "The average price of a home reached just over £260,000, up 0.7 percent on the previous month and about two percent higher than a year earlier. Northern regions and Scotland recorded the strongest annual growth, while prices in London were flat.",
            "Estate agents said inquiries from first-time buyers had picked up after several lenders cut rates on fixed-term mortgages. However, affordability remains stretched, with prices still high relative to earnings despite the falls of last year. Many buyers are relying on help from their families to raise deposits.",
            "Economists cautioned that the recovery could stall if the central bank delays cutting interest rates, and that many homeowners coming off cheap fixed deals this year will face much higher monthly payments. Renters, meanwhile, continue to face rapidly rising rents in most parts of the country.",
        ],
    ),
    "gaza_aid": (
        "Aid agencies warn of worsening hunger as crossings stay restricted",
        [
            "Humanitarian agencies warned on Tuesday that hunger was spreading across the territory as only a fraction of the trucks needed each day were being allowed through the crossings, leaving warehouses near the border full of food that could not be delivered.",
            "Aid workers described families eating one meal a day and parents grinding animal feed to make bread. Doctors at the few hospitals still functioning reported growing numbers of malnourished children, some of them too weak to be treated. Some said they had not eaten meat or vegetables for weeks.",
            "The agencies called for more crossing points to be opened and for safe routes for convoys, several of which have been turned back or looted in recent weeks. Officials responsible for the crossings say inspections are needed for security reasons.",
            "Several governments have begun dropping food from aircraft, but aid groups say airdrops are costly and cannot replace deliveries by road. A proposed sea corridor is expected to take weeks to become operational. Aid officials said that without a steady flow of trucks, the situation would continue to deteriorate.",
        ],
    ),
    "sudan_talks": (
        "Sudan's warring sides agree to resume ceasefire talks",
        [
            "Representatives of Sudan's army and a rival paramilitary force have agreed to return to negotiations aimed at a nationwide ceasefire, mediators said on Sunday, after months in which fighting spread to new regions and millions more people fled their homes.",
            "The talks are expected to focus on humanitarian access and the protection of civilians in the capital and in the western region of Darfur, where aid agencies have reported killings along ethnic lines and the destruction of entire neighbourhoods. Mediators hope to agree on at least a local truce.",
            "Previous rounds produced short truces that were quickly broken, and diplomats said they were cautious about the chances of success. Both sides have continued to recruit fighters and acquire weapons despite an international arms embargo. Fighting continued in several areas on Sunday.",
            "The conflict has created one of the largest displacement crises in the world, with many refugees crossing into Chad, Egypt and South Sudan. Aid appeals for the country have received less than half the money requested. Many of those who fled have lost everything they owned.",
        ],
    ),
    "ukraine_grain": (
        "Ukrainian grain exports rise through Black Sea corridor",
        [
            "Ukraine exported more grain through its Black Sea ports last month than at any time since the start of the war, according to official figures, as ships continued to use a corridor that hugs the western coast of the sea.",
            "Shipping data showed more than 120 vessels loading wheat, corn and sunflower oil in the ports around Odesa. Insurance costs have fallen from their peak, though shipowners still pay a significant premium to enter the area. Most of the cargoes are bound for Asia, Africa and Europe.",
            "Farmers said the improved exports had eased pressure on storage and allowed them to plan the spring sowing, but complained that low world prices and high transport costs left them with little profit after months of uncertainty. Many say they will plant less wheat this year.",
            "Port infrastructure has been repeatedly targeted by drones and missiles, and officials said repair crews were working to restore damaged terminals. Neighbouring countries have meanwhile restricted imports of Ukrainian grain to protect their own farmers. Ukrainian officials have protested against those measures.",
        ],
    ),
    "nigeria_election": (
        "Governorship candidates wrap up campaigns ahead of Saturday vote",
        [
            "Candidates in the governorship election held their final rallies on Thursday, crisscrossing the state in convoys and promising better roads, more reliable electricity and jobs for young people ahead of Saturday's vote. Supporters lined the streets in several towns as the convoys passed.",
            "The electoral commission said voting materials had been distributed to local government offices under security escort, and that results would be uploaded from polling units to a public portal. Observers plan to monitor the process in all wards. Officials said they were ready for the vote.",
            "Civil society groups raised concerns about vote buying and the risk of violence in areas where rival supporters clashed during the campaign. Police announced restrictions on movement on election day, except for people on essential duties. Schools and markets will remain closed on the day of the vote.",
            "Analysts expect a close race between the candidate of the governing party and a former senator who has built a strong following among young voters, who make up the largest share of newly registered voters. Turnout among those voters is expected to decide the outcome.",
        ],
    ),
    "srilanka_debt": (
        "Sri Lanka secures deal with bondholders on debt restructuring",
        [
            "Sri Lanka reached an agreement in principle with a group of international bondholders to restructure billions of dollars of debt, the finance ministry said on Wednesday, a key step in the island's recovery from its worst economic crisis in decades.",
            "Under the proposed terms, investors would accept a reduction in the face value of their bonds in exchange for new securities, some of whose payments would be linked to the country's future economic growth. Details are still being finalised. Bondholders said the deal reflected constructive talks.",
            "The government said the deal was consistent with the targets of its programme with the International Monetary Fund and would free up money for social spending. Opposition parties argued that ordinary people were still paying the price through higher taxes.",
            "The economy has stabilised since the 2022 crisis, when shortages of fuel, food and medicine sparked mass protests that forced the president to flee, but poverty rates remain well above pre-crisis levels. Many households are still struggling to pay for food, electricity and school fees.",
        ],
    ),
    "quantum_chip": (
        "Researchers report progress on error correction in quantum chip",
        [
            "A team of physicists has shown that adding more qubits to an error-correcting code made a quantum processor less prone to mistakes rather than more, a milestone that researchers have been chasing for nearly three decades. Several groups around the world have been racing to reach it.",
            "In a paper published on Monday, the team described a chip with just over a hundred superconducting qubits arranged in a grid. As they enlarged the logical qubit from smaller to larger patches, the rate of logical errors fell by about half each time.",
            "Independent experts said the result was an important proof of principle but stressed that useful quantum computers would need millions of physical qubits and much lower error rates, which may take many more years to achieve. They also noted that the chip must be cooled to near absolute zero.",
            "Companies and governments have invested heavily in quantum computing in the hope that it will one day speed up the design of drugs and materials. Sceptics argue that the hype has run ahead of the science. Investors have nonetheless continued to back the field.",
        ],
    ),
    "peru_archaeology": (
        "Archaeologists uncover pre-Inca tomb with offerings near Lima",
        [
            "Archaeologists working on the outskirts of Lima have uncovered a tomb believed to be more than a thousand years old, containing the remains of an adult wrapped in textiles and surrounded by ceramic vessels, shells and food offerings. The find was announced by the ministry of culture.",
            "The burial was found beneath the floor of a mud-brick platform at a site that is now hemmed in by housing. The lead researcher said the careful arrangement of the offerings suggested that the person held a position of some importance.",
            "The team plans to carry out radiocarbon dating and analyse the textiles, which are unusually well preserved because of the dry coastal climate. Students from a local university have been helping with the excavation. Results are expected later this year.",
            "Peru's coastal desert holds thousands of archaeological sites, many of them threatened by urban expansion and looting. Officials said they would seek stronger protection for the area once the excavation season ends. Residents have been asked to report any unauthorised digging to the police.",
        ],
    ),
    "nurses_strike": (
        "Nurses stage two-day walkout over pay and staffing",
        [
            "Thousands of nurses walked out of hospitals across the country on Wednesday at the start of a two-day strike over pay and staffing levels, forcing the postponement of routine operations and outpatient appointments. It is the largest walkout by nurses in the history of the health service.",
            "Picket lines formed outside major hospitals early in the morning, with nurses holding placards saying that wards were dangerously understaffed. Emergency care, intensive care and cancer treatment continued under agreements with health managers. Drivers passing the picket lines sounded their horns in support.",
            "The union said its members had seen their pay fall in real terms over more than a decade and that many experienced nurses were leaving for jobs abroad. The health secretary called the strike disappointing and said the government's offer was fair.",
            "Hospital leaders warned that waiting lists, already at record levels, would grow further. Patients' groups urged both sides to return to negotiations and said people with long-term conditions were bearing the brunt of the dispute. No new talks have been scheduled.",
        ],
    ),
    "tennis_open": (
        "Qualifier stuns top seed to reach quarter-finals",
        [
            "A qualifier ranked outside the world's top hundred produced the biggest upset of the tournament on Monday, beating the top seed in three tight sets to reach the quarter-finals of a major event for the first time in her career.",
            "The 21-year-old saved two set points in the opening set and broke serve twice in the decider, finishing the match with a forehand winner down the line that brought the crowd on the centre court to its feet. She fell to her knees in tears.",
            "The top seed, who had been struggling with a wrist problem, said her opponent had played fearless tennis and deserved the win. She declined to say whether she would take time off to rest the injury before the next tournament.",
            "The qualifier, who funded her travel last year partly through coaching children at a local club, will play a former champion for a place in the semi-finals. Her ranking is set to rise by more than sixty places. She said she would try to enjoy the moment.",
        ],
    ),
    "f1_race": (
        "Late safety car hands victory to rookie in chaotic grand prix",
        [
            "A late safety car turned the grand prix on its head on Sunday, allowing a rookie driver to take his first win after the race leader lost more than twenty seconds when his team called him into the pits one lap too late.",
            "The race had been dominated by the championship leader, who led from pole position and appeared to be cruising to victory until a collision between two backmarkers left debris across the track with eight laps remaining. Few in the paddock expected anything other than a comfortable win.",
            "The rookie, who had started ninth, gambled on fresh soft tyres during the neutralisation and passed three cars at the restart. He held off a determined challenge over the final laps to finish just under a second ahead. It was only his sixth grand prix start.",
            "The championship leader's team principal took responsibility for the strategy error, which trimmed his driver's lead in the standings. The series moves next to a street circuit where overtaking is notoriously difficult. The team said it would review its decision-making process before the next race.",
        ],
    ),
    "sbp_rates": (
        "State Bank keeps policy rate unchanged, cites inflation risks",
        [
            "Pakistan's central bank kept its key policy rate unchanged on Monday, saying that although inflation had slowed, risks from energy price adjustments and the upcoming budget justified a cautious approach. The decision surprised many analysts, who had expected a cut of at least one percentage point.",
            "The monetary policy committee said it expected inflation to fall significantly in the second half of the year as the effect of last year's increases faded, but that real interest rates needed to stay positive to anchor expectations. It said it would continue to monitor the data closely.",
            "Business leaders had pressed for a cut, arguing that high borrowing costs were choking investment and pushing companies to lay off workers. Bankers said they expected easing to begin at the next meeting if inflation data cooperated. Banks' shares fell slightly after the announcement.",
            "The central bank also noted an improvement in the current account, helped by strong remittances from Pakistanis working abroad, and said foreign exchange reserves were expected to rise further once pending loans were disbursed. Remittances rose by more than ten percent in the last quarter.",
        ],
    ),
    "iran_nuclear": (
        "Diplomats meet in Vienna as nuclear monitoring dispute deepens",
        [
            "Diplomats from several countries met in Vienna on Thursday amid growing concern over limits on international monitoring of Iran's nuclear programme, after inspectors reported that several surveillance cameras had been removed from key sites. The meeting took place behind closed doors.",
            "The head of the atomic energy watchdog told the agency's board that his inspectors could no longer provide assurances about parts of the programme, and that stocks of highly enriched uranium had continued to grow over the past quarter. He urged Iran to restore full access as soon as possible.",
            "Iranian officials said the measures were a response to sanctions and to resolutions critical of Tehran, and that the programme remained peaceful. They said cooperation could be restored if other parties met their commitments. They accused Western countries of double standards.",
            "Western diplomats discussed whether to push for a new resolution at the board meeting, a step that could lead to further retaliation. Some urged a return to direct talks, which have been stalled for more than a year. No date has been set for any new talks.",
        ],
    ),
    "solar_farm": (
        "Villagers divided over plans for large solar farm",
        [
            "Plans for a solar farm covering 120 hectares of farmland on the edge of the village have divided residents, with some welcoming cheaper local electricity and others warning that the panels would spoil views and take good land out of food production.",
            "About 150 people attended a public meeting in the parish hall on Monday evening, where representatives of the developer said the site would generate enough power for around 25,000 homes and that sheep could continue to graze beneath the panels.",
            "Opponents said they were not against renewable energy but wanted the panels placed on warehouse roofs and poorer land. A petition against the scheme has gathered more than 900 signatures, according to the residents' group organising it. They also raised concerns about construction traffic on narrow lanes.",
            "The planning application will be considered by the district council in the summer. The developer has offered an annual community fund of £60,000 for local projects for the lifetime of the farm, which it puts at forty years. A final decision is expected before the end of the year.",
        ],
    ),
    "museum_reopen": (
        "Town museum reopens after flood repairs with new local history gallery",
        [
            "The town museum reopened its doors on Saturday, eighteen months after floodwater poured into its ground floor and damaged hundreds of objects, with a new gallery telling the story of the mills and markets that built the town. Hundreds of visitors queued before the doors opened.",
            "Volunteers spent months drying and cleaning photographs, ledgers and textiles, some of which were sent to specialist conservators. The curator said about nine in ten of the damaged items had been saved, although several rare maps were lost. Those maps had been on display since the 1930s.",
            "The new gallery includes recorded memories of former mill workers, a reconstructed market stall and a room where children can try on clothes from different decades. Entrance remains free, with donations encouraged. A programme of talks and school visits will run through the summer.",
            "Flood defences have been built along the riverbank since the disaster, and the museum has moved its stores to the upper floors. The mayor said the reopening showed the determination of the community to recover. A plaque in the entrance hall thanks the volunteers who helped with the clean-up.",
        ],
    ),
    "measles": (
        "Health officials urge vaccination as measles cases climb",
        [
            "Health officials urged parents to check their children's vaccination records after confirming 46 cases of measles in the region since January, more than in the whole of the previous three years combined. Officials said the true number of infections was probably higher.",
            "Most of the cases have been in children under ten who had not received both doses of the vaccine. Several were admitted to hospital with complications including pneumonia, and officials said one infant was treated in intensive care. All of those patients have since recovered.",
            "Clinics are offering extra evening and weekend sessions, and school nurses will contact families of pupils with incomplete records. Officials said misinformation circulating online had contributed to a fall in vaccination rates. Vaccination rates in some areas have fallen below eighty-five percent in recent years.",
            "Measles is one of the most contagious diseases known, and outbreaks can spread rapidly where fewer than 95 percent of children are immunised. Doctors said anyone with a high fever and rash should call ahead before visiting a surgery. This helps to avoid infecting others in waiting rooms.",
        ],
    ),
    "rail_strike": (
        "Rail strike halts most trains as talks break down",
        [
            "Most train services were cancelled on Monday as railway workers began a 48-hour strike over pay and planned changes to working hours, leaving commuters to crowd onto buses or work from home. Traffic on the main roads into the city was heavier than usual.",
            "Stations in the capital were largely deserted during the morning rush hour. The national operator said it was running about one in five regional services and no night trains, and advised passengers to postpone journeys where possible. Long-distance coaches were fully booked.",
            "The union said management had refused to improve an offer that fell well short of inflation, and that staff shortages had already forced workers to take on extra shifts. The operator said the union's demands were unaffordable. It called on the union to return to talks.",
            "Business groups warned of the cost to shops and restaurants, while the transport minister called on both sides to accept mediation. Further strikes have been announced for later in the month if no agreement is reached. Passenger groups called for compensation for season ticket holders.",
        ],
    ),
    "startup_funding": (
        "Fintech start-up raises $40 million to expand across Africa",
        [
            "A payments start-up that helps small merchants accept mobile money and card payments has raised $40 million in a funding round led by international investors, the company said on Tuesday, and plans to expand into five more countries. It is one of the largest rounds raised by an African fintech company this year.",
            "Founded four years ago by two former bank employees, the company says it now processes payments for more than 200,000 shops, pharmacies and market traders, many of whom previously relied entirely on cash. The company employs about three hundred people across four countries.",
            "The chief executive said the money would be used to hire engineers, obtain licences in new markets and build lending products based on merchants' transaction histories. He said the company expected to become profitable next year. The company has not yet turned a profit.",
            "Funding for African start-ups fell sharply last year as investors became more cautious, and analysts said the round was a sign that firms with strong revenues could still attract capital despite tighter conditions. Several other start-ups have recently closed down or cut staff.",
        ],
    ),
    "water_rationing": (
        "City introduces water rationing as reservoirs fall to record low",
        [
            "The city's water utility began rationing supplies on Monday, cutting pressure in dozens of neighbourhoods for up to 36 hours a week as the main reservoirs that serve the metropolitan area fell to their lowest level on record. It is the first time rationing has been introduced in more than a decade.",
            "Residents in poorer districts on the urban fringe, many of whom already depend on tanker trucks, said the cuts would make daily life even harder. Some families have begun storing water in buckets and barrels on rooftops. Others have started buying bottled water.",
            "Officials blamed a prolonged drought, higher temperatures and leaks in an ageing network that loses an estimated third of the water it carries. They urged residents to report leaks and avoid washing cars and watering gardens. Inspectors will fine households found wasting water.",
            "Engineers said the situation would improve only when the rainy season arrives, usually in late spring, and called for long-term investment in wastewater recycling and aquifer recharge to reduce the city's dependence on distant reservoirs. Such projects would take years to complete.",
        ],
    ),
    "heatwave_europe": (
        "Southern Europe swelters as heatwave pushes temperatures past 44C",
        [
            "Temperatures climbed above 44 degrees Celsius in parts of southern Europe on Wednesday as a heatwave entered its second week, prompting health warnings, the closure of tourist sites in the afternoon and restrictions on outdoor work. Several records were broken.",
            "Emergency services reported a rise in calls from elderly people suffering from heat exhaustion, and several cities opened air-conditioned public buildings as cooling centres. Firefighters battled blazes in dry woodland on several islands. Hospitals said they were coping but under strain.",
            "Farmers said the heat was damaging olive groves and vineyards already stressed by months of low rainfall. Power companies asked consumers to reduce use during peak hours as demand for air conditioning strained the grid. Some farmers started harvesting earlier than usual to save what they could.",
            "Meteorologists said a change in the weather was not expected before the weekend. Scientists have warned that heatwaves in the Mediterranean are becoming longer and more frequent as the climate warms. Governments have been urged to prepare long-term plans to protect people from extreme heat.",
        ],
    ),
}

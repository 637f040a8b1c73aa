# ruff: noqa: E501, RUF001
"""Prose of the thirtieth blind set (cases_2027-01-01.jsonl): invented stories, names and figures.

English stories are set in Ceredigion, Orkney, County Sligo, the Volta Region, Enugu, Gulu and
Lantau; the others in the Uckermark, the Vosges, Cilento, Zeeland, Gotland, the Bieszczady,
Naxos, Kostroma, Chernivtsi, Kushiro, Weihai, Andong and Katsina. Two syndicated columns, three
press releases and a radio transcript are invented too. ``EXTRA`` holds the paragraphs a
standard page adds after a story, ``LONG`` those a long page adds after them.
"""

from __future__ import annotations

STORIES_EN: dict[str, tuple[str, list[str]]] = {
    "cered": (
        "Aberaeron harbour wall repairs pushed back a year as costs climb",
        [
            "Repairs to the crumbling south wall of Aberaeron harbour will not start until the spring of 2027, Ceredigion councillors were told on Tuesday, after the last round of tenders came back almost forty per cent above the budget set aside for the work.",
            "The wall, built of local stone in the 1840s and patched repeatedly since, has lost sections of its facing during the winter storms of the past three years. Engineers who surveyed it in October found voids up to two metres deep behind the stonework near the old fish market steps.",
            'Cabinet member Elin Rhydderch said the council had no choice but to go back to the market. "We asked for a price to do the job properly, once, and what came back would have swallowed the whole coastal budget for the county," she said. "We are not going to sign a contract we cannot pay for and leave Borth and New Quay with nothing."',
            "The scheme had been costed at £3.1 million when it was approved two years ago. The lowest of the four bids received in January was £4.3 million, which officers put down to the price of rock armour and the short working window the harbour allows between the end of the sailing season and the first autumn gales.",
            'Harbour users said the delay left them exposed for another winter. Dafydd Lloyd-Jenkins, who has fished lobster and crab out of Aberaeron for twenty-six years, said boats had already been moved twice this season when swells came over the damaged section. "Every big tide now you are watching that wall instead of your gear," he said.',
            "Officers told the meeting that temporary measures would stay in place, including the concrete blocks placed along the most damaged stretch in November and a ban on parking along the quay when high tides coincide with strong westerly winds. Monthly inspections will continue and a drone survey is planned after every named storm.",
            "The council will now split the work into two contracts, one for the structural repair and one for the rock armour, which officers believe will attract smaller Welsh firms that did not bid for the single large contract. A revised business case is due before cabinet in June, with a bid to the Welsh Government's coastal risk management programme for up to 85 per cent of the cost.",
            'Town councillor Gwenllian Price said residents would accept the delay if the job was done right. "People here remember the wall going in 1987 and nobody wants to see that again," she said. "But a year is a long time when you are sitting in a house on Quay Parade and the forecast says force nine."',
        ],
    ),
    "orkney": (
        "Islanders press for answers as new inter-isles ferries slip to 2029",
        [
            "Residents of Orkney's north isles have demanded a firm timetable for replacing the inter-island ferry fleet after the council confirmed that the first of the new vessels is now not expected to enter service before the summer of 2029.",
            "The council's development and infrastructure committee heard on Wednesday that the outline business case for up to six new ferries has been returned for further work, after a review found the original estimate of £230 million did not include shore-side changes at eight of the piers the boats will use.",
            "The current fleet includes vessels built in the early 1990s, and two of them spent a combined seventy-one days out of service for repairs last year. On Westray and Sanday, where the ferry is the only way to get livestock to the mart in Kirkwall, farmers said cancellations had cost them sales at the busiest point of the autumn calendar.",
            '"We have heard the words \'next year\' for as long as I have been farming here," said Ingrid Tulloch, who keeps beef cattle on a holding near Pierowall. "What we need is a date, and a plan for what happens in the meantime when one of the old boats breaks down in October."',
            'Council leader Magnus Scollay said the authority could not fund the fleet on its own and was waiting for a decision from ministers in Edinburgh on a long-term funding agreement. He said discussions had been constructive but that the islands could not be asked to wait indefinitely. "These are lifeline services, and the people who depend on them deserve the same certainty as anyone on the mainland," he said.',
            "Officers said the design work had not stopped. A preferred hull form, a diesel-electric vessel able to switch to battery power for the shorter crossings, has been agreed with the islands' community councils, and sea trials of a model were carried out at a test tank in Glasgow in January.",
            "In the meantime, the council plans to lease a landing craft for the summer season to carry freight on the Stronsay and Eday route, freeing space on the passenger ferries. It has also asked the harbour authority to look at whether berthing at Rapness and Loth could be upgraded ahead of the new boats, so that work can begin as soon as funding is secured.",
            'The committee agreed to hold public meetings on each of the north isles before the summer, and to publish a revised programme for the replacement in September. Community councillor Sheena Rendall of Sanday said islanders would turn out in numbers. "People have stopped believing the dates," she said. "They will believe it when they see steel being cut."',
        ],
    ),
    "sligo": (
        "Strandhill dune path closed as council weighs new boardwalk",
        [
            "A section of the popular dune path between Strandhill village and Culleenamore has been closed indefinitely after winter storms undercut the sand bank along the shore, Sligo County Council has confirmed.",
            "Fencing went up at both ends of the 600-metre stretch last week, and signs ask walkers to use the beach at low tide or the road inland. Council engineers said the edge of the dune had retreated by as much as four metres in places since September, leaving parts of the path hanging over a drop of more than three metres.",
            "The closure comes as the council considers proposals for a raised timber boardwalk that would run further back from the shore. A feasibility study presented to the Sligo-Drumcliff municipal district on Monday estimated the cost at between €1.8 million and €2.4 million, depending on whether the route includes a spur to the car park at the airport road.",
            'Surf schools and cafés in the village said the path was one of the main reasons visitors stayed for the day. "People come for the surf, but they stay for the walk," said Niamh Ó Dálaigh, who runs a surf school near the seafront. "If that goes for a whole summer, it matters to everybody here."',
            'Local councillor Declan Feeney said he supported a boardwalk but wanted it to go ahead with the community\'s agreement. "There is a lot of feeling about the dunes in Strandhill, and rightly so," he said. "They are the only thing between the village and the Atlantic, and nobody wants a solution that makes things worse."',
            "Coastal scientists who have studied the site say the erosion is part of a longer trend. Readings taken by a local monitoring group since 2015 show the dune front has moved inland by an average of just under a metre a year, with the largest losses in winters with repeated storms from the west.",
            'The council said the boardwalk would need planning permission and an appropriate assessment because the dunes form part of a special area of conservation. It expects to open a public consultation in May and has asked walkers to respect the fencing in the meantime. "The edge is unstable and can collapse without warning," a spokeswoman said.',
        ],
    ),
    "volta": (
        "Tidal surge leaves hundreds homeless in Keta coastal villages",
        [
            "Hundreds of residents of coastal communities east of Keta are sleeping in classrooms and churches after a tidal surge swept through homes along the narrow strip between the sea and the lagoon on Sunday night.",
            "The district disaster management office said at least 312 people had been displaced in Agavedzi, Salakope and Amutsinu, where waves broke over the sandbar and flooded houses to waist height. No deaths were reported, but officials said several fishermen had lost canoes and outboard motors that were pulled away by the water.",
            'District chief executive Mawuli Agbenyega visited the area on Monday morning and said relief items including mattresses, blankets and bags of rice would be distributed from the district assembly\'s stores. "The sea has come again, and again it is the same communities," he said. "We are asking the people to move to higher ground while we assess the damage."',
            'Residents said the surge was the worst they had seen since 2021. Efua Dzakpasu, a fish smoker in Agavedzi, said she had lost her ovens and the fish she had bought on credit for the Tuesday market. "Everything I have is in that kitchen, and the kitchen is gone," she said.',
            "Agavedzi and its neighbours lie beyond the end of the Keta sea defence wall built in the early 2000s, and residents have long asked for it to be extended eastwards to the Togo border. The government announced a second phase of the project in 2023, but work has not started on the section that would protect the worst-hit villages.",
            'The chief of Agavedzi, Togbui Kwasi Amegashie III, said his people were tired of promises. "Every year they come and count us, and every year we go back to the sand," he said. "We are not asking for money. We are asking for the wall."',
            "The Ghana Meteorological Agency has warned of further high swells along the eastern coast until the end of the week. Assembly members said teams would remain in the affected communities to register displaced households and check on the elderly, and that health workers had been asked to watch for outbreaks of cholera in the camps.",
        ],
    ),
    "enugu": (
        "Nsukka traders resist plan to move Ogige market stalls",
        [
            "Traders at Ogige market in Nsukka have vowed to resist a plan by the local government council to relocate more than four hundred stalls to a new site on the outskirts of the town, saying the move would cut them off from their customers.",
            "The council announced last month that traders along the main road through the market would have until the end of April to move to a new market at Ikpa, about four kilometres away, to ease traffic congestion that regularly blocks the road to the university and the federal medical centre.",
            "At a meeting on Saturday, leaders of the market's traders' union said they had not been consulted and that the new site had no water, no toilets and no security. \"They built shops and they want us to go and sit there and wait for customers who will not come,\" said Chinedu Eze, who sells foodstuffs at the market.",
            'The council chairman, Hon. Obiora Ugwuanyi, said the relocation would go ahead but that the council was willing to listen. "Nobody is chasing anybody out of Nsukka," he said. "But we cannot continue like this, where an ambulance cannot pass on the road because of the market. The new site will be ready, and we will provide water and light before anybody is asked to move."',
            "Traffic on the road between Ogige and the university gate has become a daily problem, with buses and tricycles parked three deep on market days. A survey by the council's works department found that the journey of just over one kilometre could take more than forty minutes on Fridays.",
            'Women traders, who make up most of the foodstuff sellers, said the cost of moving would fall hardest on them. Ngozi Odo, who sells pepper and tomatoes, said transport to the new site would cost her customers more than the difference in prices. "Students will not go to Ikpa to buy pepper," she said.',
            "The union has asked the state government to step in and has proposed that only the stalls on the road itself be moved, with the rest of the market reorganised. The council said a joint committee would meet on Wednesday to discuss the proposal.",
        ],
    ),
    "gulu": (
        "Gulu shea cooperative opens its own processing plant",
        [
            "A women's cooperative in Gulu has opened a plant to process shea nuts into butter and oil, a move its members say will let them earn several times more from a crop they used to sell raw to middlemen.",
            "The plant, on the road to Awach, can handle up to twelve tonnes of nuts a month and employs thirty-four people, most of them members of the cooperative, which has grown from a savings group of nineteen women in 2016 to more than 1,200 members across four sub-counties.",
            'Chairperson Grace Akello said members used to sell a basin of nuts for as little as 15,000 shillings during the harvest season. "The buyers came with their lorries and set the price, and we had no choice," she said. "Now we can store the nuts, process them and sell the butter when the price is good."',
            "The cooperative built the plant with a loan from a local bank and equipment funded by a development programme run with the district. Members contributed labour for the building and paid for the borehole themselves, she said.",
            "Shea trees grow wild across northern Uganda, and the nuts have long been collected by women for cooking oil and cosmetics. Environmental groups have warned that cutting of the trees for charcoal threatens the resource, and the cooperative has made members pledge not to cut or sell shea trees.",
            'Local leaders at the opening said the plant showed what the region could do after years of conflict. "Our mothers survived the war by picking these nuts," said Gulu city resident district commissioner Okello Ojok. "Now their daughters are building factories with them."',
            "The cooperative plans to sell shea butter in Kampala and to export to buyers in Kenya and Europe once it meets certification standards. Akello said the next aim was a packaging line so that members could sell finished products under their own brand.",
        ],
    ),
    "lantau": (
        "Tai O stilt-house residents count cost of king tides",
        [
            "Residents of Tai O's stilt houses on Lantau Island are repairing floors and walkways after a run of exceptionally high tides this week flooded dozens of homes on the creek, the second time in six months that water has come up through the floorboards.",
            "The Islands District Office said thirty-eight households had reported flooding, most of them along Wing On Street and the houses on stilts on the Yat Chung side of the creek. The tide reached 3.4 metres above chart datum on Tuesday night, according to the gauge at the mouth of the waterway.",
            'Lam Siu-fong, who has lived in a stilt house her father built in the 1960s, said the water had ruined her fridge and a cabinet of family photographs. "We know the sea, we grew up with it," she said. "But it used to come up this high once every few years. Now it comes every winter."',
            "District councillors said the government's flood barrier at the mouth of the creek, completed in 2015, had not been closed in time on Tuesday because the surge came earlier than forecast. A spokesman for the Drainage Services Department said the gate was operated according to the tide predictions and that the timing would be reviewed.",
            "Tai O is one of Lantau's main tourist draws, and several of the stilt houses have been converted into guesthouses and cafés. Owners said bookings for the weekend had been cancelled after pictures of the flooding spread on social media.",
            'The village\'s rural committee has asked the government to speed up a study on raising the walkways and to offer subsidies for residents to lift their floors. Chairman Wong Kam-cheung said many residents were elderly and could not afford repairs. "These houses are what makes Tai O what it is," he said. "If people give up and leave, there will be nothing left to visit."',
            "The Hong Kong Observatory said more high tides were expected this weekend, though lower than Tuesday's peak, and urged residents in low-lying areas to take precautions.",
        ],
    ),
    "col_garden": (
        "In the garden: plants that laugh at salt spray",
        [
            "Gardening by the sea is a lesson in humility. You can choose the finest plants from the nursery, feed them, stake them and talk to them kindly, and one night of wind off the water will turn their leaves brown as if someone had taken a blowtorch to them. The salt does the damage, not the wind itself, and the plants that thrive near the coast are those that have found ways to shrug it off.",
            "Start with the shelter, because everything else depends on it. A solid wall is not the answer: wind hits it, rolls over the top and tumbles down on the other side with more force than before. A hedge or a fence that lets about half of the wind through slows it down without creating that turbulence. Sea buckthorn, escallonia and the evergreen Griselinia are old favourites for a reason, and a mixed hedge of all three gives you a screen that will not fail if one of them takes a bad winter.",
            "Look for plants with grey or silver leaves, tough waxy leaves or very small ones. Lavender, santolina, rosemary and the curry plant all come from dry, bright places and their felted or narrow leaves lose little water and hold little salt. Sea holly is as much at home on a seafront border as it is on a shingle beach, and its steel-blue heads last well into the autumn.",
            "Grasses are the coastal gardener's friend. They bend rather than break, and their movement is part of the pleasure of a garden in a windy place. Blue fescue makes neat tufts for the front of a border, while the taller Stipa gigantea sends up oat-coloured plumes that catch the evening light. Leave them standing over the winter and cut them back in early spring.",
            "Soil in seaside gardens is often sandy and quick to drain, which suits many of these plants but starves others. Dig in plenty of compost or well-rotted seaweed before planting, and mulch every spring. Seaweed was the traditional fertiliser along much of the coast, and it is still one of the best if you can collect it legally and rinse it well before use.",
            "Plant small. A young plant settles its roots before it has much top growth to be battered, and it will overtake a larger specimen planted at the same time within a couple of seasons. Water well in the first summer, and protect new plantings with a temporary windbreak of netting if they face the sea directly.",
            "Finally, accept some losses. Every coastal garden has a corner where nothing seems to grow, and sometimes the best thing to do is let the thrift and the sea campion take it over. They were there first, after all.",
        ],
    ),
    "col_money": (
        "Money matters: is it time to switch your savings account?",
        [
            "Q: I have about £8,000 sitting in an easy-access account with my high street bank, paying well under one per cent. My daughter says I should move it, but I worry about putting my money with a bank I have never heard of. Is it safe, and is it worth the bother? — Careful Saver",
            "A: Dear Careful Saver, your daughter is right, and your caution is sensible, so let us deal with both. The gap between what the big high street banks pay on their standard easy-access accounts and what the best accounts pay has rarely been wider. On £8,000, the difference between 0.8 per cent and 4 per cent is more than £250 a year before tax. That is real money, and it comes for the cost of an afternoon's paperwork.",
            "Now, safety. In the UK, deposits with banks and building societies authorised by the Prudential Regulation Authority are protected by the Financial Services Compensation Scheme up to £85,000 per person, per banking licence. If the bank fails, the scheme pays you back. Check that the institution is covered before you open the account, and be aware that some brands share a licence, so the limit applies to your total across all of them.",
            "Next, read the small print. Some of the best-paying accounts limit the number of withdrawals you can make each year, or pay a bonus rate for the first twelve months that then drops sharply. Put a reminder in your diary a month before any bonus ends, so you can move again if the rate is no longer competitive.",
            "Think too about how much you need to get at quickly. If part of the money is an emergency fund, keep that in easy access. Anything you will not need for a year or two could go into a fixed-term account, which usually pays more in return for locking the money away.",
            "Lastly, do not forget tax. Most basic-rate taxpayers can earn up to £1,000 in savings interest a year without paying tax on it, and higher-rate taxpayers up to £500. If you are likely to go over, a cash ISA may be worth a look.",
            "Switching takes a little effort, but the banks count on our inertia. Do not give them the satisfaction.",
        ],
    ),
    "pr_solar": (
        "Volta Lakeside Energy commissions solar mini-grids for 14 island communities",
        [
            "Volta Lakeside Energy Ltd, a Ghanaian developer of off-grid power systems, today announced the commissioning of solar mini-grids serving fourteen island and lakeshore communities in the Volta Region, bringing reliable electricity to more than 9,000 residents for the first time.",
            "The mini-grids, with a combined capacity of 1.6 megawatts of solar generation and 3.2 megawatt-hours of battery storage, were built over eighteen months and connect homes, schools, health posts and fish-processing businesses. Customers pay for electricity through a mobile money prepayment system.",
            '"Access to power changes what is possible for a community," said Selasi Kpodo, chief executive of Volta Lakeside Energy. "Fish smokers can run freezers, clinics can store vaccines and children can study after dark. We are proud to have delivered this project with local partners and local workers."',
            "The project was financed through a combination of equity, a concessional loan and results-based grant funding. More than 160 people from the communities were employed during construction, and 22 local technicians have been trained to operate and maintain the systems.",
            "Volta Lakeside Energy plans to extend its network to a further twenty communities by the end of 2027.",
            "About Volta Lakeside Energy Ltd: Founded in 2019 and headquartered in Ho, Volta Lakeside Energy designs, builds and operates renewable mini-grids for rural communities in Ghana and Togo.",
        ],
    ),
    "pr_ferry": (
        "Northlight Marine selected to design hybrid ferries for Scottish island routes",
        [
            "Northlight Marine Design AS, a naval architecture firm specialising in low-emission passenger vessels, today announced that it has been selected to develop the detailed design for a new class of hybrid inter-island ferries for Orkney.",
            "Under the agreement, Northlight Marine will complete the concept, basic and detailed design of vessels of around 40 metres in length, each able to carry up to 120 passengers and 14 cars, with diesel-electric propulsion and battery packs sized to allow zero-emission operation on shorter crossings.",
            '"Island ferries are among the most demanding applications we work on, with short crossings, frequent port calls and some of the roughest waters in Europe," said Kari Mjelde, managing director of Northlight Marine. "We are delighted to bring our experience from Norwegian fjord routes to this important project."',
            "The design work is expected to take eighteen months and will include model testing and close consultation with crews and island communities. The contract value was not disclosed.",
            "About Northlight Marine Design AS: Northlight Marine Design is an independent naval architecture and marine engineering consultancy based in Ålesund, Norway, with more than 60 ferry designs delivered since 2004.",
        ],
    ),
    "pr_fintech": (
        "Ugochi Pay launches offline payments for market traders in south-east Nigeria",
        [
            "Ugochi Pay, a Nigerian payments start-up, today announced the launch of an offline payment feature that allows market traders to accept card and transfer payments in areas with poor mobile network coverage, starting with markets in Enugu, Nsukka and Abakaliki.",
            "The feature stores encrypted transactions on the trader's point-of-sale device and settles them automatically once a connection is available, with limits set to manage risk. More than 3,000 traders took part in a pilot over six months, processing transactions worth over ₦2.1 billion.",
            '"Traders lose sales every day because a transfer will not go through or a terminal cannot connect," said Chiamaka Nwosu, co-founder and chief executive of Ugochi Pay. "We built this with traders, in their markets, to solve a problem they told us about."',
            "Ugochi Pay is licensed by the Central Bank of Nigeria as a payment solution service provider. The company said it would expand the offline feature to markets in Anambra and Ebonyi states later this year.",
            "About Ugochi Pay: Founded in 2021 and based in Enugu, Ugochi Pay provides payment terminals, merchant accounts and working-capital loans to small businesses in Nigeria.",
        ],
    ),
    "tr_gulu": (
        "Transcript: From the nut to the jar, the women behind Gulu's shea plant",
        [
            "PRESENTER: Good evening and welcome to the programme. Tonight we are in Gulu, where a group of women have done something many people said could not be done. With me is Grace Akello, who chairs the cooperative. Grace, welcome.",
            "GRACE AKELLO: Thank you. It is good to be here.",
            "PRESENTER: Take us back to the beginning. How did this start?",
            "GRACE AKELLO: It started as a savings group. Nineteen of us, meeting under a mango tree every Thursday. Each woman put in what she could, sometimes five hundred shillings, sometimes two thousand. We did not talk about factories then. We talked about school fees.",
            "PRESENTER: And shea? Where does shea come in?",
            "GRACE AKELLO: Shea was always there. Our mothers picked the nuts, our grandmothers picked the nuts. But we sold them raw, by the basin, to the people with lorries. They decided the price. We decided nothing. One day a member said, why do we sell the nut and buy back the butter at ten times the price? That question is the factory.",
            "PRESENTER: That is a big step, from a savings group to a plant that handles twelve tonnes a month. What was the hardest part?",
            "GRACE AKELLO: Convincing the bank. We went three times. The first time they laughed. The second time they asked for land titles. The third time we came with our records, seven years of savings, every shilling written down, and the manager said, you women keep better books than some companies.",
            "PRESENTER: There is also an environmental side to this. Shea trees are being cut for charcoal across the north.",
            "GRACE AKELLO: Yes, and this pains us. A shea tree takes twenty years before it gives good fruit. When you cut it for charcoal, you get money for one week. Every member of our cooperative signs a pledge. No cutting, no selling of shea trees. If we see trees being cut, we report to the local council.",
            "PRESENTER: What comes next?",
            "GRACE AKELLO: Packaging. Now we sell butter in buckets. We want jars with our own name on them, in the supermarkets in Kampala and Nairobi. Our daughters are already designing the label.",
            "PRESENTER: Grace Akello, thank you very much.",
            "GRACE AKELLO: Thank you.",
        ],
    ),
}

LONG_EN: dict[str, list[str]] = {
    "orkney": [
        "The history of the fleet explains some of the frustration. The last major investment in the inter-isles ferries came in the early 1990s, when three vessels were built to a common design at a yard on the Clyde. Since then the islands have seen new piers, new link-spans and a new terminal at Kirkwall, but the boats themselves have only been refitted, not replaced.",
        "A report commissioned by the council in 2022 found that the average age of the fleet was older than that of any comparable public ferry network in northern Europe, and that the cost of keeping the vessels running had more than doubled in a decade. Spare parts for some of the engines are no longer made and have to be machined to order, which can take weeks.",
        "The islands' community councils have set out what they want from the new boats: more space for freight and livestock, better accessibility for elderly and disabled passengers, and timetables that allow a day return to Kirkwall for hospital appointments. On some routes that is not possible today, and patients from the outer isles often have to stay overnight in town.",
        'Tourism businesses have also joined the call for a decision. Visitors to the north isles have increased steadily since the pandemic, and guesthouse owners on Westray and Papa Westray said summer sailings were regularly full weeks in advance. "We turn away bookings because people cannot get a space on the boat for their car," said one owner. "The demand is there. The capacity is not."',
        "Scottish ministers have said they recognise the importance of the services and that officials are working with the council on a funding model. A government spokesperson said the aim was to agree a long-term arrangement that would give the islands certainty, but declined to give a date for a decision.",
        "For islanders, the question is less about the design of the boats than about whether they will arrive before the old ones give out. Several residents at a recent community meeting on Stronsay said they had begun to plan their lives around the ferry's reliability, booking hospital appointments in the summer when the boats are less likely to be off and stocking up on feed before winter.",
        '"It is not just an inconvenience," said Stronsay community council chair Alistair Fotheringham. "When the boat does not come, the shop does not get its delivery, the school does not get its supply teacher, and the vet does not get to the farm. An island without a reliable ferry is an island that people leave."',
        "The council has said that if the funding is agreed this year, a procurement exercise for the build could start in 2027, with the first vessel delivered around two years later. Officers warned that shipyard capacity across Europe was tight and that prices for steel and batteries remained volatile.",
    ],
    "volta": [
        "The story of the sea at Keta is decades long. In the 1980s and 1990s, whole neighbourhoods of the town were lost as the shoreline moved inland, and the ruins of houses and a church can still be seen on the beach at low tide. The Keta sea defence project, completed in 2004, built groynes and a revetment that stabilised the town itself and allowed land to be reclaimed behind it.",
        "But the coast east of the defences has continued to erode. Researchers at the University of Ghana who have studied the area say the groynes trap sand that would once have moved along the shore, leaving beaches further east starved of sediment. The result, they say, is that communities such as Agavedzi are losing land faster than before.",
        "The second phase of the project, announced three years ago, was meant to extend protection along the remaining eight kilometres to the border. Contractors mobilised to the site in 2024, and residents said some stone had been delivered, but little work had been done since. Officials at the Ministry of Works and Housing did not respond to requests for comment on the timetable.",
        "For the fishing families who live along the strip, there are few alternatives. The lagoon on one side and the sea on the other leave no room to move back, and many families have lived on the same plots for generations. Some have moved to relatives in Denu and Aflao, but most return as soon as the water recedes.",
        'Assembly member for the area Selorm Adzraku said the community had twice been promised relocation land on the other side of the lagoon, and twice the plan had come to nothing. "People will move if you give them somewhere to go and a way to fish," he said. "You cannot ask a fisherman to live twenty kilometres from the sea."',
        "Aid workers said the immediate needs were shelter, clean water and food. The Ghana Red Cross said it had sent volunteers to help with registration and first aid, and that it was distributing water purification tablets to households that rely on wells that may have been contaminated by the seawater.",
        'At the Salakope basic school, where about ninety people were sleeping on Monday, teachers said classes had been suspended for the week. Headteacher Yayra Gbedemah said the school had done the same in 2021 and 2023. "The children know the drill now," she said. "That is not something a child should know."',
    ],
}

STORIES_DE = {
    "uckermark": (
        "Bürgerentscheid über Windpark bei Prenzlau: Dorf gespalten",
        [
            "In Klinkow bei Prenzlau stimmen die Einwohner am Sonntag in vier Wochen darüber ab, ob auf den Feldern östlich des Dorfes neun neue Windräder gebaut werden dürfen. Der Streit über das Vorhaben hat die kleine Gemeinde in der Uckermark tief gespalten.",
            "Geplant sind Anlagen mit einer Gesamthöhe von 250 Metern, die nach Angaben des Projektierers jährlich Strom für rund 40.000 Haushalte erzeugen sollen. Die Gemeinde würde pro Jahr etwa 180.000 Euro aus der Beteiligung an den Erträgen erhalten, dazu kämen Pachtzahlungen an die Eigentümer der Flächen.",
            "Bürgermeisterin Sabine Lemke wirbt für das Projekt. „Wir reden hier über Geld für die Kita, für die Feuerwehr und für die Straßen, die seit Jahren auf eine Sanierung warten“, sagte sie. „Die Windräder stehen ohnehin überall um uns herum. Die Frage ist nur, ob wir auch etwas davon haben.“",
            "Die Bürgerinitiative „Gegenwind Klinkow“ hat dagegen mehr als 160 Unterschriften gesammelt und den Bürgerentscheid erzwungen. Ihr Sprecher Torsten Wendland verweist auf den geringen Abstand der geplanten Anlagen zu den nächsten Häusern. „Das Dorf wäre von drei Seiten eingekreist“, sagte er. „Wer hier wohnt, hört das Brummen Tag und Nacht.“",
            "Auch Naturschützer haben Bedenken angemeldet. Im Umfeld des Vorhabens brüten nach Angaben des örtlichen Naturschutzbundes Rotmilane und Kraniche, und über die Felder ziehen im Herbst Tausende nordische Gänse. Der Projektierer verweist auf Gutachten, nach denen die Abstände zu bekannten Horsten eingehalten werden, und auf Abschaltzeiten während der Zugzeit.",
            "Die Uckermark gehört zu den Regionen mit den meisten Windrädern in Brandenburg. Viele Einwohner klagen seit Jahren, dass der Strom zwar vor ihrer Haustür erzeugt werde, die Netzentgelte in der Region aber zu den höchsten im Land gehörten. Das Land hat inzwischen ein Gesetz beschlossen, das Betreiber zu Zahlungen an die Standortgemeinden verpflichtet.",
            "Der Ausgang des Bürgerentscheids ist offen. Damit er gültig ist, müssen mindestens ein Viertel der Stimmberechtigten mit Ja oder mit Nein stimmen. In Klinkow sind rund 420 Menschen wahlberechtigt. Die Gemeinde lädt vor der Abstimmung zu einer Informationsveranstaltung im Gemeindehaus ein, bei der beide Seiten zu Wort kommen sollen.",
        ],
    ),
}
LONG_DE: dict[str, list[str]] = {
    "uckermark": [
        "Wie aufgeladen die Stimmung ist, zeigte sich schon bei der letzten Sitzung der Gemeindevertretung. Mehr als sechzig Zuhörer drängten sich in den Saal der alten Schule, einige mussten draußen vor den geöffneten Fenstern stehen. Mehrfach musste der Vorsitzende die Sitzung unterbrechen, weil Zwischenrufe die Redner übertönten.",
        "Befürworter und Gegner werfen sich gegenseitig vor, mit falschen Zahlen zu arbeiten. Die Bürgerinitiative bezweifelt, dass die versprochenen Zahlungen an die Gemeinde tatsächlich in der genannten Höhe fließen werden, weil sie von der Strommenge abhängen. Der Projektierer hält dagegen, die Erträge seien über Windmessungen am Standort gut abgesichert.",
        "Landwirt Heiko Brandt, auf dessen Flächen drei der Anlagen stehen sollen, sagt offen, dass ihm die Pacht hilft. „Mit Weizen allein kommt hier keiner mehr über die Runden“, sagte er. „Aber ich wohne auch hier, und ich will mit meinen Nachbarn noch reden können, wenn das alles vorbei ist.“",
        "Der Streit in Klinkow ist kein Einzelfall. In mehreren Gemeinden der Uckermark haben Bürgerinitiativen in den vergangenen Jahren gegen neue Windparks mobil gemacht, mit wechselndem Erfolg. Rechtlich hat ein Bürgerentscheid nur begrenzte Wirkung: Er kann verhindern, dass die Gemeinde Flächen bereitstellt oder Verträge abschließt, die Genehmigung der Anlagen liegt aber beim Landesamt für Umwelt.",
        "Der Projektierer hat angekündigt, das Ergebnis zu respektieren. Sollte eine Mehrheit gegen die Anlagen stimmen, werde man das Vorhaben an diesem Standort nicht weiterverfolgen, sagte ein Sprecher. Die Bürgerinitiative will darauf nicht vertrauen und fordert eine schriftliche Zusage.",
        "Die Abstimmung findet von 8 bis 18 Uhr im Gemeindehaus statt. Briefwahlunterlagen können bis zum Freitag vor dem Termin beim Amt Gramzow beantragt werden.",
    ],
}
STORIES_FR = {
    "vosges": (
        "Sans neige, les stations des Vosges comptent leurs pertes",
        [
            "À La Bresse comme au Valtin, les remontées mécaniques sont restées à l'arrêt la plus grande partie de l'hiver. Faute de neige et de froid suffisant pour en fabriquer, les stations des Vosges dressent un bilan très sombre d'une saison qu'elles espéraient pourtant meilleure que la précédente.",
            "Au domaine de La Bresse-Hohneck, le plus grand du massif, seules onze journées complètes d'ouverture ont été possibles depuis décembre, contre une cinquantaine en moyenne au cours des dix dernières années. Le chiffre d'affaires des remontées devrait être inférieur de plus de 60 % à celui d'une saison normale, selon la direction.",
            "« On a fait tout ce qu'on pouvait, les canons tournaient dès que la température descendait sous zéro, mais il a fait trop doux trop souvent », explique Julien Claudel, le directeur d'exploitation. « Quand il pleut à 1 200 mètres en plein mois de février, il n'y a pas de miracle. »",
            "Les saisonniers ont été les premiers touchés. Plusieurs dizaines de contrats n'ont pas été reconduits ou ont été écourtés. Léa Mangin, monitrice de ski depuis huit ans, a donné ses derniers cours début janvier. « J'ai trouvé un remplacement dans une boulangerie à Gérardmer, mais beaucoup de collègues sont partis dans les Alpes », raconte-t-elle.",
            "Les hébergeurs et les restaurateurs font aussi grise mine, même si une partie de la clientèle est venue malgré tout pour la randonnée ou les lacs. À Gérardmer, l'office de tourisme note une fréquentation en baisse d'environ un quart sur les vacances de février, avec beaucoup de séjours raccourcis ou annulés au dernier moment.",
            "Pour les élus, la question de l'avenir du ski dans le massif est désormais posée ouvertement. Le conseil départemental a lancé une étude sur la diversification des stations, avec des pistes de VTT, des sentiers et des activités accessibles toute l'année. « Le ski restera, mais il ne peut plus être le seul pilier de l'économie de nos vallées », estime la vice-présidente chargée du tourisme, Anne-Sophie Thiriet.",
            "Les stations demandent de leur côté un soutien de l'État, comme lors des saisons sans neige précédentes. Une réunion avec la préfecture est prévue à Épinal à la fin du mois.",
        ],
    ),
}
LONG_FR: dict[str, list[str]] = {
    "vosges": [
        "Dans les vallées, la question divise. Pour certains habitants, investir encore dans les canons à neige relève de l'acharnement, alors que les hivers se réchauffent et que l'eau devient une ressource disputée. Pour d'autres, abandonner le ski reviendrait à condamner des villages qui vivent de lui depuis plus d'un demi-siècle.",
        "Au Valtin, la petite station familiale n'a ouvert que quatre jours cette saison. Son gérant, Pascal Didierjean, a fait ses comptes : « Avec ce qu'on a encaissé, on ne paie même pas l'assurance des téléskis. » Il espère une aide de la commune pour passer l'été et réfléchit à une offre de luge sur rail, qui fonctionnerait sans neige.",
        "Les études climatiques disponibles pour le massif ne sont guère encourageantes. Selon les projections de Météo-France reprises par le département, le nombre de jours avec un enneigement suffisant à 1 000 mètres pourrait encore diminuer de moitié d'ici le milieu du siècle. Les stations les plus basses seraient les premières menacées.",
        "Certaines ont déjà pris le virage. À Ventron, les pistes accueillent désormais des compétitions de trail et un festival de musique en été. À Gérardmer, le tour du lac attire des milliers de promeneurs chaque week-end, quelle que soit la saison. « Le lac ne fond pas », sourit un commerçant de la rue principale.",
        "Les professionnels du ski rappellent toutefois que l'hiver reste la période qui génère l'essentiel du chiffre d'affaires. « Une bonne saison de neige, c'est trois mois de travail pour des centaines de personnes, explique un loueur de matériel. L'été, c'est autre chose : des clients qui restent moins longtemps et dépensent moins. »",
        "L'étude du département doit rendre ses conclusions à l'automne. Elle servira de base à un plan pluriannuel d'investissements que les élus espèrent voir cofinancé par la région Grand Est et l'État.",
    ],
}
STORIES_IT = {
    "cilento": (
        "Pioppi, i pescatori contro le nuove regole dell'area marina",
        [
            "Protesta dei pescatori a Pioppi e Acciaroli contro le nuove regole dell'area marina protetta di Santa Maria di Castellabate, che da aprile vieteranno la pesca con le reti da posta in un tratto di mare più ampio rispetto al passato.",
            "Secondo il nuovo disciplinare, approvato dall'ente gestore a fine febbraio, la zona di tutela integrale sarà estesa di circa due miglia lungo la costa, e nelle zone di riserva generale saranno ammesse solo le imbarcazioni della piccola pesca artigianale con licenza rilasciata prima del 2020.",
            "«Ci hanno tolto il mare sotto casa», dice Gennaro Ruocco, che esce in barca da Pioppi da più di trent'anni. «Le regole le scrivono persone che il pesce lo vedono solo al ristorante. Noi questo mare lo abbiamo sempre rispettato, altrimenti oggi non ci sarebbe niente da proteggere.»",
            "Sabato mattina una trentina di barche è rimasta ormeggiata in segno di protesta, e i pescatori hanno consegnato al sindaco una lettera in cui chiedono la sospensione delle nuove norme e l'apertura di un tavolo di confronto con l'ente e con la Regione Campania.",
            "Il presidente dell'area marina, Luigi Cammarano, difende la scelta. «Gli studi scientifici ci dicono che alcune specie, come la cernia e l'aragosta, sono in forte calo in questo tratto di costa», spiega. «Le aree di tutela servono proprio ai pescatori, perché permettono al pesce di riprodursi e di ripopolare le zone vicine.»",
            "L'ente ha annunciato un fondo di 300mila euro per compensare le imbarcazioni più colpite e per finanziare la sostituzione delle reti con attrezzi più selettivi. I pescatori giudicano però la cifra insufficiente. «Trecentomila euro divisi per tutte le barche del Cilento fanno un pieno di gasolio a testa», commenta un rappresentante della cooperativa di Acciaroli.",
            "Il sindaco di Pollica, Maria Teresa Di Lucia, ha convocato per la prossima settimana un incontro con tutte le parti. «Dobbiamo trovare un equilibrio tra la tutela del mare e il lavoro di chi ci vive», ha detto.",
        ],
    ),
}
STORIES_NL = {
    "zeeland": (
        "Fietsvoetveer Vlissingen-Breskens vaart minder vaak",
        [
            "Het fiets- en voetveer tussen Vlissingen en Breskens gaat vanaf 1 mei minder vaak varen. Dat heeft de provincie Zeeland besloten om de stijgende kosten van de veerdienst op te vangen. Op doordeweekse dagen vervalt in de avond een groot deel van de afvaarten.",
            "Volgens de nieuwe dienstregeling vertrekt het laatste veer na 20.00 uur nog maar één keer per uur, in plaats van elk halfuur. In het weekend blijft de dienstregeling in de zomer ongewijzigd, maar in de winter vervallen op zondag de vroege afvaarten.",
            "Gedeputeerde Marloes van Dijke zegt dat de provincie geen andere keus had. „De kosten voor brandstof, onderhoud en personeel zijn de afgelopen jaren flink gestegen, terwijl het aantal reizigers in de avond laag is”, aldus Van Dijke. „We willen de veerdienst overeind houden, en dat betekent dat we moeten kijken waar het minder kan.”",
            "Reizigers en ondernemers in Zeeuws-Vlaanderen reageren teleurgesteld. Voor veel studenten en werknemers die in Vlissingen of Middelburg werken of studeren, is het veer de snelste verbinding met de rest van Zeeland. „Als ik na mijn dienst in het ziekenhuis het veer mis, sta ik een uur te wachten in de wind”, zegt verpleegkundige Sanne de Kraker uit Breskens.",
            "Ook de gemeente Sluis maakt bezwaar. Wethouder Joris Verhage wijst erop dat de Westerscheldetunnel geen alternatief is voor fietsers en voetgangers. „Het veer is voor ons geen luxe, het is de verbinding met de rest van de provincie”, zegt hij.",
            "De provincie gaat de komende maanden na of een kleinere boot in de avonduren goedkoper kan varen. Daarnaast wordt onderzocht of de busverbinding tussen de veerhaven en de kernen in Zeeuws-Vlaanderen beter kan aansluiten op de nieuwe vertrektijden.",
        ],
    ),
}
STORIES_SV = {
    "gotland": (
        "Bevattningsförbud på Gotland redan i april",
        [
            "Region Gotland inför bevattningsförbud i hela Visby och på södra Gotland från den 15 april. Det är tidigare än någonsin, och beslutet förklaras med att grundvattennivåerna är mycket under det normala efter en torr vinter.",
            "Förbudet innebär att det inte är tillåtet att vattna gräsmattor, tvätta bilen med slang eller fylla pooler med kommunalt vatten. Bevattning av grönsaksland med vattenkanna är fortfarande tillåten.",
            "– Vi har inte haft den påfyllnad av grundvattnet som vi brukar få under vintern, och vi vill inte hamna i samma läge som för några år sedan, när vi fick köra ut vatten i tankbilar till delar av ön, säger Karin Lindqvist, verksamhetschef för vatten och avlopp i regionen.",
            "Enligt mätningar från Sveriges geologiska undersökning ligger grundvattnet i små magasin på Gotland under eller mycket under det normala på nästan alla mätplatser. Situationen är som värst på Fårö och i de södra delarna av ön.",
            "Lantbrukare oroar sig för sommaren. Erik Hägg, som driver en gård med får och spannmål utanför Hemse, säger att flera dammar redan är halvfulla. – Blir det en torr försommar också kommer vi att få köpa foder igen, säger han.",
            "Regionen bygger ut avsaltningsverket i Kvarnåkershamn, som ska stå klart nästa år, och uppmanar både invånare och besökare att spara på vattnet. Turistsäsongen, när befolkningen på ön flerdubblas, brukar vara den mest ansträngda perioden.",
        ],
    ),
}
STORIES_PL = {
    "bieszczady": (
        "Bieszczadzka kolejka leśna rusza wcześniej, ale bez części tras",
        [
            "Bieszczadzka Kolejka Leśna w tym roku wyruszy na trasę już w ostatni weekend kwietnia, dwa tygodnie wcześniej niż zwykle. Pasażerowie nie pojadą jednak na odcinku z Balnicy do Wola Michowej, gdzie trwa remont torowiska po zimowych osuwiskach.",
            "Jak poinformowała fundacja zarządzająca kolejką, składy będą kursować z Majdanu do Przysłupia oraz z Majdanu do Balnicy. Remont zniszczonego fragmentu ma potrwać co najmniej do końca czerwca, a jego koszt szacowany jest na ponad 1,2 mln zł.",
            "– Zima była dla nas bardzo trudna. W dwóch miejscach woda podmyła nasyp i tory dosłownie wisiały w powietrzu – mówi prezes fundacji Tomasz Wołoszyn. – Nie mogliśmy ryzykować bezpieczeństwa pasażerów, dlatego ten odcinek jest zamknięty do odwołania.",
            "Kolejka jest jedną z największych atrakcji turystycznych Bieszczad. W zeszłym roku przewiozła ponad 120 tysięcy pasażerów, a w szczycie sezonu bilety na popularne kursy trzeba było rezerwować z kilkudniowym wyprzedzeniem.",
            "Przedsiębiorcy z gminy Cisna liczą, że wcześniejsze otwarcie sezonu przyciągnie turystów już w długi weekend majowy. – Kolejka to dla nas magnes. Ludzie przyjeżdżają na przejazd, a potem zostają na obiad i na nocleg – mówi Agnieszka Kruk, właścicielka pensjonatu w Wetlinie.",
            "Fundacja zapowiada, że po zakończeniu remontu wznowione zostaną kursy na całej trasie, a w wakacje pojadą także nocne przejazdy z ogniskiem. Bilety można kupować w kasach na stacjach oraz przez internet.",
        ],
    ),
}
STORIES_EL = {
    "naxos": (
        "Νάξος: Σε λειτουργία η νέα μονάδα αφαλάτωσης στη Χώρα",
        [
            "Σε λειτουργία τέθηκε από τη Δευτέρα η νέα μονάδα αφαλάτωσης στη Χώρα της Νάξου, που αναμένεται να καλύψει μεγάλο μέρος των αναγκών του νησιού σε πόσιμο νερό κατά τους καλοκαιρινούς μήνες.",
            "Η μονάδα έχει δυνατότητα παραγωγής 4.000 κυβικών μέτρων νερού την ημέρα και κατασκευάστηκε με χρηματοδότηση από το πρόγραμμα υδατικών υποδομών των νησιών. Το κόστος του έργου ανήλθε σε περίπου 6,5 εκατομμύρια ευρώ.",
            "«Για πρώτη φορά μετά από πολλά χρόνια μπαίνουμε στο καλοκαίρι με τη βεβαιότητα ότι δεν θα λείψει το νερό από τα σπίτια», δήλωσε ο δήμαρχος Νάξου και Μικρών Κυκλάδων Μανώλης Κατσαρός. «Το νησί άντεξε πολλές δύσκολες χρονιές με λειψυδρία».",
            "Τα τελευταία χρόνια οι γεωτρήσεις στην πεδιάδα της Λιβαδίας έχουν υποβαθμιστεί λόγω της εισροής θαλασσινού νερού, ενώ οι αγρότες του νησιού, που καλλιεργούν κυρίως πατάτες, διαμαρτύρονται για την έλλειψη νερού για άρδευση.",
            "Ο πρόεδρος του αγροτικού συνεταιρισμού, Γιάννης Μαυρομάτης, χαιρέτισε το έργο, αλλά τόνισε ότι οι ανάγκες της γεωργίας παραμένουν άλυτες. «Η αφαλάτωση είναι για το πόσιμο νερό. Για τα χωράφια μας χρειαζόμαστε φράγματα και λιμνοδεξαμενές», είπε.",
            "Ο δήμος σχεδιάζει τη δεύτερη φάση του έργου, που περιλαμβάνει φωτοβολταϊκό πάρκο για την τροφοδοσία της μονάδας με ηλεκτρική ενέργεια, ώστε να μειωθεί το κόστος λειτουργίας.",
        ],
    ),
}

STORIES_RU = {
    "kostroma": (
        "В Костроме на ремонт закрывают старый мост через Волгу",
        [
            "Движение по старому мосту через Волгу в Костроме будет полностью закрыто с 1 мая на время капитального ремонта. Работы продлятся не меньше полутора лет, сообщили в областном департаменте транспорта и дорожного хозяйства.",
            "Мост, построенный в 1970 году, остаётся единственной переправой через реку в черте города. По данным обследования, проведённого осенью, износ несущих конструкций превышает 60 процентов, а часть опор требует срочного укрепления.",
            "«Откладывать ремонт дальше нельзя. Мы понимаем, какие неудобства это создаст для жителей заволжской части города, но безопасность важнее», — заявил заместитель губернатора Андрей Корнилов.",
            "На время ремонта автобусы и грузовой транспорт будут направлены по объездной дороге через новый мост в районе посёлка Никольское. Для жителей Заволжья обещают запустить дополнительные маршруты и организовать пассажирскую переправу на катерах в летний период.",
            "Горожане встретили новость без энтузиазма. «Сейчас я езжу на работу двадцать минут, а через объезд будет больше часа», — говорит жительница Заволжья Ольга Смирнова. Предприниматели с правого берега опасаются потери покупателей.",
            "Стоимость ремонта оценивается в 4,8 миллиарда рублей, большую часть средств выделит федеральный бюджет. Подрядчик будет выбран на конкурсе, итоги которого подведут в апреле.",
        ],
    ),
}
STORIES_UK = {
    "chernivtsi": (
        "У Чернівцях продовжать тролейбусну лінію до Роші",
        [
            "Чернівецька міська рада ухвалила рішення про будівництво нової тролейбусної лінії до мікрорайону Роша. Роботи мають розпочатися влітку, а перші тролейбуси нею поїдуть наприкінці наступного року.",
            "Довжина нової лінії становитиме близько 4,5 кілометра. Кошторисна вартість проєкту — понад 180 мільйонів гривень, більшу частину коштів планують залучити з кредиту міжнародного банку, решту профінансує міський бюджет.",
            "«Роша — один із найбільших районів міста, де живе понад тридцять тисяч людей, але громадський транспорт туди сьогодні — це переважно маршрутки. Ми хочемо, щоб люди мали надійний, теплий і доступний транспорт», — заявив секретар міської ради Василь Гаврилюк.",
            "Разом із лінією планують закупити дванадцять нових тролейбусів з автономним ходом, які зможуть проїжджати частину маршруту без контактної мережі. Це дозволить уникнути будівництва проводів на вузьких вуличках історичного центру.",
            "Мешканці Роші зустріли новину схвально, хоча дехто сумнівається в термінах. «Про тролейбус нам обіцяють уже років десять. Побачимо, коли поїде», — каже пенсіонерка Марія Кобилянська.",
            "У департаменті інфраструктури міськради зазначають, що проєктна документація вже пройшла експертизу, а тендер на будівельні роботи оголосять у квітні.",
        ],
    ),
}
STORIES_JA = {
    "kushiro": (
        "釧路湿原周辺の太陽光発電、市が新たな規制案",
        [
            "釧路市は、釧路湿原国立公園の周辺で相次ぐ大規模な太陽光発電施設の建設を抑えるため、新たな条例案をまとめた。湿原の周辺一帯を「保全区域」に指定し、一定規模以上の施設を設置する場合は市長の許可を必要とする内容で、六月の市議会に提案する。",
            "市によると、湿原の周辺ではこの十年ほどで太陽光パネルの設置が急増し、現在は確認されているだけで四十か所以上に上る。中には希少な野鳥の生息地に近い場所や、湿原に流れ込む川の近くに造られた施設もあり、自然保護団体や住民から懸念の声が上がっていた。",
            "条例案では、出力十キロワット以上の施設を保全区域内に設置する場合、事前に環境への影響を調べた報告書を提出し、市の審査を受けることを義務づける。許可を得ずに工事を始めた事業者には、工事の中止を勧告し、従わない場合は名前を公表する。",
            "市の担当者は「再生可能エネルギーの導入には反対しないが、湿原の景観や生き物を守ることとの両立が必要だ」と話している。",
            "一方、地元の事業者からは「規制が厳しすぎると、地域での再生可能エネルギーの普及が遅れる」と慎重な対応を求める声もある。市は今月下旬から市民の意見を募集し、内容を最終的に決める方針だ。",
        ],
    ),
}
STORIES_ZH = {
    "weihai": (
        "威海刘公岛新客船下月投入运营",
        [
            "记者从威海市交通运输部门获悉，往返威海市区与刘公岛之间的两艘新型客船已完成试航，将于下月正式投入运营。新客船投用后，旺季单日运力将提高约三成，游客排队等候时间有望明显缩短。",
            "据介绍，两艘新客船均采用混合动力系统，每艘可载客三百五十人，船上设有无障碍通道和母婴室。与现有客船相比，新船航速更快，单程航行时间由约二十分钟缩短至十五分钟左右。",
            "刘公岛是威海最重要的旅游景点之一，每年接待游客超过两百万人次。近年来，每逢节假日，码头常常出现长时间排队的情况，不少游客反映体验不佳。",
            "“过去旺季的时候，游客排一两个小时是常有的事。”码头工作人员王海燕说，“新船来了以后，我们可以加密班次，游客上岛会方便很多。”",
            "威海市有关负责人表示，除了更新客船，码头候船厅也将进行改造，增加自助售票和检票设备。今年夏季，刘公岛还将试行分时段预约入岛，以控制岛上游客数量。",
        ],
    ),
}
STORIES_KO = {
    "andong": (
        "안동 하회마을, 관광객 탐방 시간 제한 검토",
        [
            "경북 안동시가 유네스코 세계유산인 하회마을의 주민 생활을 보호하기 위해 관광객 탐방 시간을 제한하는 방안을 검토하고 있다.",
            "안동시는 오후 여섯 시 이후에는 마을 안쪽 골목의 관광객 출입을 제한하고, 일부 고택에 대해서는 사전 예약제를 도입하는 방안을 주민들과 협의하고 있다고 밝혔다. 시는 다음 달 주민 설명회를 열어 의견을 들은 뒤 하반기부터 시범 운영할 계획이다.",
            "하회마을에는 현재 백여 가구가 실제로 거주하고 있다. 주민들은 관광객이 허락 없이 집 마당에 들어오거나 밤늦게까지 소음을 내는 일이 잦다며 대책을 요구해 왔다.",
            '마을 보존회 류성진 회장은 "관광객이 오는 것은 고마운 일이지만, 이곳은 박물관이 아니라 사람이 사는 마을"이라며 "최소한의 생활은 지킬 수 있도록 해 달라는 것"이라고 말했다.',
            "반면 마을 안 식당과 민박을 운영하는 일부 주민들은 손님이 줄어들 것을 우려하고 있다. 안동시는 탐방 시간 제한과 함께 야간 공연 등 마을 밖에서 즐길 수 있는 프로그램을 늘려 관광객 감소를 막겠다는 방침이다.",
        ],
    ),
}
STORIES_HA = {
    "katsina": (
        "Manoman Katsina na kokawa da tsadar takin zamani",
        [
            "Manoma a sassa daban-daban na Jihar Katsina sun koka kan tsadar takin zamani gabanin fara damina, inda suka ce farashin buhu guda ya ninka fiye da sau biyu idan aka kwatanta da bara.",
            "A kasuwannin Funtua da Malumfashi, ana sayar da buhun takin NPK a kan naira dubu arba'in da biyar zuwa dubu hamsin, yayin da a bara ake sayar da shi a kan kasa da naira dubu ashirin. Manoman sun ce hakan zai tilasta wa da dama rage girman gonakin da za su noma a bana.",
            'Malam Sani Abdullahi, wani manomin masara a kauyen Dandume, ya ce ba zai iya sayen takin da yake bukata ba. "Na saba noma kadada biyar, amma a bana zan noma biyu kawai, saboda ba ni da kudin takin," in ji shi.',
            "Kungiyar manoma ta kasa reshen jihar ta yi kira ga gwamnatin jihar da ta fara sayar da takin a farashi mai rahusa tun kafin ruwan sama ya kankama. Shugaban kungiyar, Alhaji Lawal Yusuf, ya ce jinkirin raba takin a shekarun baya ya jawo asara ga manoma da dama.",
            "Kwamishinan noma na jihar, Alhaji Bello Kankara, ya ce gwamnati ta sayi tireloli dari biyu na takin da za a sayar wa manoma a farashi mai sauki, kuma za a fara raba shi a makonni masu zuwa ta hannun jami'an kananan hukumomi.",
            "Masana sun ce tashin farashin canjin kudi da kuma tsadar sufuri ne suka haddasa karuwar farashin takin a fadin kasar, kuma sun shawarci manoma su rika amfani da takin gargajiya domin rage dogaro da takin zamani.",
        ],
    ),
}

EXTRA_EN2 = {
    "cered": [
        "The harbour has a long history of make-do repairs. Council records show the south wall was partly rebuilt after a storm in 1938, strengthened with concrete in the 1960s and patched again after the winter of 2014, when a section near the lifeboat slip collapsed into the channel. Each repair, engineers say, has left the structure a mix of materials that behave differently in heavy seas.",
        "Residents of the Georgian terraces that face the harbour say the risk is not just to boats. Water overtopped the wall and ran into Market Street twice last winter, and several householders have fitted flood boards to their front doors. Insurers have begun asking questions about the wall when policies come up for renewal, according to a local estate agent.",
        "The harbour also matters to the town's summer economy. Aberaeron's painted houses, cafés and the annual seafood festival draw tens of thousands of visitors, and traders fear that a visible scaffold or a closed quay in the peak season would put people off. Officers said the phased approach would allow most of the work to be done between October and March.",
        "Plaid Cymru and Liberal Democrat councillors on the scrutiny committee have asked for a full report on how the original estimate was reached, and whether lessons could be learned for other coastal schemes in the county. Officers said a review would be published alongside the revised business case.",
    ],
    "sligo": [
        "The dunes at Strandhill have been fenced and planted before. In the early 2000s volunteers laid brushwood fencing and planted marram grass along the most exposed stretches, and for several years the front held steady. Storms in 2014 and 2018 undid much of that work, and the monitoring group says recovery since then has been patchy.",
        "Walkers on Sunday were divided over the closure. Some said they understood the danger, having seen the edge crumble in recent weeks. Others climbed the fencing to use the path anyway, and a number of families were seen walking along the foot of the dune face, which the council has warned against.",
        "The boardwalk idea is not universally popular. A residents' group has argued that a raised structure would bring more people into the dunes and damage the plants that hold the sand together. It has asked the council to look instead at moving the path inland along the edge of the golf course, which the club has said it is willing to discuss.",
        "The feasibility study also looked at what would happen if nothing were done. It concluded that the existing path would be lost entirely within ten to fifteen years at current rates of erosion, and that the road behind the dunes could be exposed to wave overtopping within a generation.",
    ],
    "enugu": [
        "Ogige is one of the oldest markets in Enugu State's northern zone, and its stalls line both sides of the road that links the town centre to the university campus. Traders say the market grew along the road because that is where the customers are, and that moving the stalls would simply move the problem.",
        'Residents who use the road daily said something had to change. Okwudili Nnaji, a commercial tricycle rider, said he had stopped taking passengers to the medical centre on market days because he could lose an hour in traffic. "Sometimes people who are sick have to walk the last part," he said.',
        "The new market at Ikpa was built by the state government three years ago and has stood largely empty since. Some traders who moved there early said they had returned to Ogige within months because too few customers came. The council said it would run free buses between the town centre and the new market for the first six months.",
        "Civil society groups in the town have offered to mediate. The chairman of a residents' association said the dispute could be solved if both sides agreed to a phased approach, starting with the stalls that block the road and leaving the rest of the market until the new site had proved itself.",
    ],
    "gulu": [
        "The opening ceremony drew several hundred people, including members from the outlying sub-counties who travelled in on lorries before dawn. A choir of members sang in Acholi as the ribbon was cut, and buyers from two cosmetics companies toured the plant afterwards.",
        "Inside, nuts are sorted, crushed and roasted before being ground into a paste and kneaded by hand with water to separate the butter, a process members say they have kept because buyers value traditional methods. A small press extracts oil from part of the crop for sale to local restaurants.",
        'Members said the cooperative had changed more than their income. Several said they now kept records, opened bank accounts and had taken on roles in their villages. "Before, I was just a woman who picks nuts," said one member, Lucy Aber. "Now I am the treasurer of a factory."',
        "District officials said they hoped other groups in the region would follow. The district commercial officer said at least three other cooperatives had asked for advice on setting up similar plants, and that the district would help them apply for support.",
    ],
    "lantau": [
        "Tai O's stilt houses, known as pang uk, have stood over the creek for generations, built by fishing families from timber, iron sheeting and whatever materials came to hand. Around a hundred remain, many of them rebuilt after a fire in 2000 destroyed dozens of homes.",
        "Residents said the flooding had become more frequent since the typhoon seasons of 2017 and 2018, when storm surges reached record levels around Hong Kong. Several households have already raised their floors at their own expense, some by as much as half a metre.",
        "A conservation group that works with the village said raising the houses was not simple. The stilts and frames of many homes are decades old, and lifting them risks damaging the structures. It has called for a government-funded survey of every stilt house to work out which can be raised safely.",
        "The Development Bureau said it was aware of residents' concerns and that relevant departments were studying measures to improve the resilience of low-lying villages. It did not say when the study would be completed.",
    ],
}
EXTRA_INTL = {
    "cilento": [
        "L'area marina protetta di Santa Maria di Castellabate è stata istituita nel 2009 e si estende per circa diciassette chilometri di costa, dalla punta di Licosa fino al porto di Acciaroli. In questi anni la pesca è rimasta una delle principali attività economiche dei borghi costieri, insieme al turismo estivo.",
        "Secondo i dati della cooperativa, nei porti di Pioppi e Acciaroli operano ancora una quarantina di imbarcazioni della piccola pesca, con circa cento addetti tra pescatori e familiari impegnati nella vendita. Molti di loro temono che le nuove regole spingano i più giovani ad abbandonare il mestiere.",
        "Le associazioni ambientaliste sostengono invece il nuovo disciplinare e chiedono controlli più severi contro la pesca di frodo, che a loro dire resta il vero problema della zona. «Chi pesca in regola non ha nulla da temere», afferma un portavoce di un circolo locale.",
        "Alla riunione convocata dal sindaco parteciperanno anche i rappresentanti della Capitaneria di porto e dell'università di Salerno, che ha condotto i monitoraggi scientifici su cui si basa il nuovo regolamento.",
    ],
    "zeeland": [
        "Het veer tussen Vlissingen en Breskens vaart sinds 2003, toen de autoveerdienst verdween na de opening van de Westerscheldetunnel. De provincie nam de dienst toen over en zette twee snelle catamarans in, die inmiddels aan vervanging toe zijn.",
        "Vorig jaar maakten ruim 1,1 miljoen reizigers gebruik van het veer, van wie een groot deel in de zomermaanden. In de avonduren en in de winter liggen de aantallen veel lager, met soms minder dan tien passagiers per afvaart.",
        "De reizigersvereniging in Zeeland noemt het besluit kortzichtig. Volgens een woordvoerder leidt minder aanbod tot minder reizigers, waarna opnieuw wordt bezuinigd. „Zo praat je een verbinding kapot”, zegt hij.",
        "Provinciale Staten bespreken de nieuwe dienstregeling volgende maand. Verschillende fracties hebben al aangekondigd met een voorstel te komen om de late afvaarten op vrijdag en zaterdag te behouden.",
    ],
    "gotland": [
        "Gotland har under flera somrar haft problem med vattenförsörjningen. Ön saknar stora sjöar, och dricksvattnet kommer till stor del från grundvatten i kalkberget, som snabbt påverkas av torka. Sommaren 2016 tvingades regionen köra ut vatten till flera orter på södra Gotland.",
        "Sedan dess har regionen investerat i nya ledningar och i avsaltning, men efterfrågan växer i takt med att fler bygger fritidshus och att antalet besökare ökar. Under juli månad kan befolkningen på ön vara fyra gånger så stor som under vintern.",
        "Regionen uppmanar nu även fastighetsägare med egen brunn att vara sparsamma. – Grundvattnet är en gemensam resurs, även om man har en egen brunn på tomten, säger Karin Lindqvist.",
        "Bevattningsförbudet gäller tills vidare. Regionen kommer att följa grundvattennivåerna varje vecka och meddela om läget förbättras.",
    ],
    "bieszczady": [
        "Kolejka leśna w Bieszczadach powstała pod koniec XIX wieku do wywozu drewna z okolicznych lasów. Po wojnie przez lata przewoziła głównie drewno, a ruch turystyczny uruchomiono na dobre dopiero w latach dziewięćdziesiątych, gdy linię przejęła fundacja.",
        "Tegoroczna zima przyniosła w Bieszczadach wyjątkowo dużo opadów deszczu i gwałtowne roztopy. Osuwiska uszkodziły także kilka dróg gminnych, a w okolicach Cisnej przez kilka dni zamknięta była droga wojewódzka.",
        "Na remont torowiska fundacja otrzymała wsparcie z budżetu województwa podkarpackiego, ale brakującą część kosztów musi pokryć z własnych środków. Dlatego ceny biletów wzrosną w tym sezonie średnio o kilka złotych.",
        "Przewoźnik przypomina, że w weekendy i w wakacje warto kupować bilety z wyprzedzeniem, a na stacjach w Majdanie i w Przysłupiu dostępne są parkingi dla samochodów.",
    ],
    "naxos": [
        "Τα προηγούμενα καλοκαίρια πολλά χωριά της ενδοχώρας αντιμετώπισαν διακοπές υδροδότησης, ενώ σε ορισμένες περιοχές το νερό μεταφερόταν με υδροφόρες. Οι επαγγελματίες του τουρισμού είχαν εκφράσει επανειλημμένα την ανησυχία τους για τις επιπτώσεις στην εικόνα του νησιού.",
        "Η νέα μονάδα συνδέεται με το δίκτυο της Χώρας και των παραλιακών οικισμών της δυτικής ακτής, όπου συγκεντρώνεται ο μεγαλύτερος αριθμός επισκεπτών. Σύμφωνα με τη ΔΕΥΑ, η παραγωγή της θα επιτρέψει να μειωθεί η άντληση από τις γεωτρήσεις, ώστε να αποκατασταθεί σταδιακά ο υδροφόρος ορίζοντας.",
        "Περιβαλλοντικές οργανώσεις επισημαίνουν ότι η άλμη που επιστρέφει στη θάλασσα πρέπει να παρακολουθείται συστηματικά. Ο δήμος απαντά ότι ο αγωγός διάθεσης έχει σχεδιαστεί σύμφωνα με τους περιβαλλοντικούς όρους και ότι θα γίνονται τακτικές μετρήσεις.",
    ],
    "kostroma": [
        "Старый мост через Волгу не раз ремонтировали частично, однако капитального ремонта он не видел с момента постройки. В последние годы на нём ввели ограничения для тяжёлых грузовиков, а весной прошлого года на несколько дней закрывали одну полосу из-за провала покрытия.",
        "Жители Заволжья давно просят построить в городе второй мост. Проект такой переправы обсуждается уже больше десяти лет, но средств на него так и не нашли. В правительстве области говорят, что вернутся к вопросу после завершения ремонта.",
        "Перевозчики предупреждают, что объезд приведёт к росту цен на доставку. По словам руководителя одной из транспортных компаний, путь грузовиков из промышленной зоны на левом берегу до центра увеличится почти на сорок километров.",
        "В мэрии пообещали, что расписание дополнительных автобусов опубликуют до конца апреля, а на время ремонта для пассажиров сохранят льготы при пересадках.",
    ],
    "chernivtsi": [
        "Тролейбусний рух у Чернівцях діє з 1939 року, і сьогодні мережа налічує понад десять маршрутів. Останніми роками місто оновило частину рухомого складу, однак у віддалені мікрорайони тролейбуси досі не ходять.",
        "Перевізники маршруток, які нині обслуговують Рошу, висловлюють занепокоєння, що після запуску тролейбуса частина пасажирів перейде на електротранспорт. У міськраді запевняють, що маршрутну мережу переглянуть так, аби ніхто не залишився без роботи.",
        "Проєкт передбачає також облаштування нових зупинок із навісами та освітленням і реконструкцію тягової підстанції. Частину робіт виконуватимуть уночі, щоб не перекривати рух у години пік.",
        "Громадські активісти закликають міську владу регулярно звітувати про хід будівництва та оприлюднювати всі договори з підрядниками.",
    ],
    "kushiro": [
        "釧路湿原は日本最大の湿原で、タンチョウやキタサンショウウオなど希少な生き物が数多く生息している。一九八〇年には国内で初めてラムサール条約の登録湿地となった。",
        "湿原の周辺は平らで日照時間も比較的長いことから、太陽光発電の適地として注目されてきた。土地の価格が安いことも、事業者の進出を後押ししたとみられる。",
        "自然保護団体の関係者は「パネルの設置で周辺の水の流れが変わり、湿原の乾燥が進むおそれがある」と指摘し、条例による規制を早期に実現するよう求めている。",
        "市は条例の施行後、すでに設置されている施設についても実態調査を行い、事業者に対して環境への配慮を求めていく考えだ。",
    ],
    "weihai": [
        "刘公岛位于威海湾内，距离市区码头约四公里，岛上有甲午战争博物馆、国家森林公园等景点，是了解近代海军历史的重要场所。",
        "近年来，随着自驾游和研学游的兴起，刘公岛游客数量持续增长。去年国庆假期，岛上单日接待游客一度超过三万人次，码头候船时间最长达到三个小时。",
        "不少市民对新客船表示期待。家住环翠区的李先生说，每次有外地亲友来威海，都会带他们上岛参观，“以前最怕的就是排队，希望以后能方便一些”。",
        "有关部门提醒，新客船投运初期将逐步增加班次，游客出行前可通过官方平台查询船期和购票信息。",
    ],
    "andong": [
        "하회마을은 풍산 류씨가 600여 년 동안 대대로 살아온 동성마을로, 2010년 경주 양동마을과 함께 유네스코 세계유산으로 등재됐다. 지난해에만 백만 명이 넘는 관광객이 마을을 찾았다.",
        "마을 주민들은 그동안 관광객이 고택 안을 들여다보거나 사진을 찍으려고 담장을 넘는 일도 있었다고 호소해 왔다. 일부 주민은 대문에 '주민 거주 공간, 출입 금지'라는 안내문을 직접 써 붙이기도 했다.",
        '안동시 관계자는 "주민과 관광객이 함께 만족할 수 있는 방안을 찾는 것이 목표"라며 "설명회에서 나온 의견을 충분히 반영하겠다"고 말했다.',
    ],
    "katsina": [
        "Jihar Katsina na daga cikin jihohin da suka fi noman masara, gero da dawa a arewacin Najeriya, kuma yawancin al'ummar jihar sun dogara ne da noma don samun abin masarufi.",
        "Wasu manoma sun ce sun fara amfani da takin dabbobi da tokar itace a gonakinsu domin rage kudin da suke kashewa. Sai dai sun ce takin gargajiya ba ya wadatar da gona kamar yadda takin zamani ke yi.",
        'Masu sayar da takin a kasuwanni sun ce su ma ba su ji dadin tashin farashin ba, domin kuwa ciniki ya ragu matuka. "A bara a irin wannan lokaci mun sayar da buhu sama da dari a rana, yanzu ko hamsin ba mu kai ba," in ji wani dan kasuwa a Funtua.',
        "Gwamnatin jihar ta ce za ta kafa kwamitin da zai sa ido kan yadda ake raba takin domin tabbatar da cewa ya kai ga hannun manoman da ake nufi.",
    ],
}

STORIES30: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": STORIES_EN,
    "de": STORIES_DE,
    "fr": STORIES_FR,
    "it": STORIES_IT,
    "nl": STORIES_NL,
    "sv": STORIES_SV,
    "pl": STORIES_PL,
    "el": STORIES_EL,
    "ru": STORIES_RU,
    "uk": STORIES_UK,
    "ja": STORIES_JA,
    "zh": STORIES_ZH,
    "ko": STORIES_KO,
    "ha": STORIES_HA,
}
EXTRA: dict[str, list[str]] = {**EXTRA_EN2, **EXTRA_INTL}
LONG: dict[str, list[str]] = {**LONG_EN, **LONG_DE, **LONG_FR}

# a long page's last part: the follow-up, reaction and background paragraphs of a full feature
LONG["orkney"] += [
    "At the committee meeting itself, members spent more than two hours on the report. Several asked why the cost of pier works had not been counted from the start, and officers replied that the earlier estimate had been prepared before the vessel design was fixed, when it was not yet clear how long and how heavy the new boats would be.",
    'Councillor Heather Linklater, who represents the north isles, said the answer would not satisfy her constituents. "People on Eday do not care which column of a spreadsheet the piers were in," she said. "They care that they were promised new boats, and the date keeps moving. We need to be honest about what went wrong, and then we need to stop it happening again."',
    "Officers said the revised business case would set out three options: replacing the whole fleet at once, replacing it in two batches over six years, or buying two vessels first for the routes with the oldest boats and using the experience to refine the design of the rest. The second option is currently favoured because it spreads the cost and reduces the risk of a single large contract.",
    "The report also looked at fixed links. Tunnels or causeways to some of the nearer isles have been suggested for decades, and a community group on Westray has campaigned for a study of a tunnel to Papa Westray. Officers said fixed links were outside the scope of the ferry programme but could be considered in a separate study if funding were found.",
    'Crew members, who attended the meeting as observers, said morale on the old boats was good despite the breakdowns, but that maintenance had become a constant struggle. One engineer said parts were sometimes taken from one vessel to keep another running. "We keep them going because we know what happens to the islands when we do not," he said.',
    "Businesses in Kirkwall also depend on the fleet. Wholesalers who supply shops on the isles said they had started sending larger, less frequent deliveries to reduce the risk of stock running out when a sailing was cancelled, which tied up more of their money in goods waiting on the pier.",
    "The council will publish the committee papers and a summary of the review on its website. Islanders can also submit questions in advance of the public meetings, which will be held in community halls and streamed online for those who cannot attend in person.",
]
LONG["volta"] += [
    "On Tuesday morning, residents were already back on the beach, pulling timber and roofing sheets out of the sand. Children searched for school uniforms and books among the debris, while fishermen checked which of the canoes that had been hauled up the beach could still be used.",
    'Kwame Adzoyi, a net mender, said he had moved his family three times in ten years, each time a little further from the water, until there was nowhere further to go. "My father\'s house is under the sea now," he said, pointing at a line of broken walls in the surf. "My house will be next. After that, I do not know."',
    "The Member of Parliament for the area said he had raised the matter in Parliament and would meet the minister this week. He said contractors had told him work would resume once outstanding payments were made, and that he would press for the money to be released before the next spring tides.",
    "The Environmental Protection Agency has also warned that sand winning along the beaches east of Keta is making the problem worse. Trucks regularly load sand from the shore for building in nearby towns, despite a ban, and residents say the trade continues at night. District officials said task force patrols would be stepped up.",
    "Researchers say hard defences are only part of the answer. Some have proposed replanting mangroves along the lagoon edge and restoring the dunes with grasses, which could slow erosion at lower cost than rock. But they acknowledge that with the sea already at the doorsteps of many homes, such measures would take years to work.",
    "Churches and mosques in Keta and Anloga have begun collecting food and clothes for the displaced families. A local radio station has organised a fund-raising appeal, and traders at the Keta market said they had donated bags of gari and smoked fish.",
    'For now, the families in the classrooms wait. Many said they would return to their plots as soon as the sea calmed, because there was nowhere else to fish from and no other land to farm. "The sea gives us our food and the sea takes our houses," said Efua Dzakpasu. "We cannot leave it. We can only ask to be protected from it."',
]
LONG["uckermark"] += [
    "Für den Nachmittag vor der Abstimmung haben beide Seiten Stände auf dem Dorfplatz angemeldet. Die Bürgerinitiative will mit einem maßstabsgetreuen Modell zeigen, wie die Anlagen vom Friedhof und vom Badesee aus zu sehen wären. Der Projektierer bringt eine Karte mit, auf der die geplanten Abstände zu jedem Wohnhaus eingetragen sind.",
    "Auch die Kirchengemeinde hat sich zu Wort gemeldet. Pfarrerin Ute Behrendt rief in ihrem Gemeindebrief dazu auf, die Auseinandersetzung fair zu führen. „Wer am Ende verliert, wohnt weiter nebenan“, schrieb sie. Nach dem Bürgerentscheid lädt die Gemeinde zu einem gemeinsamen Abendessen in die Kirche ein, unabhängig vom Ergebnis.",
    "Für die Gemeinde geht es um viel Geld. Der Haushalt von Klinkow umfasst gut 900.000 Euro im Jahr, der größte Teil davon ist durch Pflichtaufgaben gebunden. Die Einnahmen aus dem Windpark würden nach Berechnungen der Kämmerei etwa ein Fünftel des Haushalts ausmachen und könnten über zwanzig Jahre fließen.",
    "Gegner halten dagegen, dass der Wert ihrer Häuser sinke, wenn die Anlagen gebaut würden. Ein Makler aus Prenzlau sagte auf Anfrage, belastbare Zahlen dazu gebe es für die Uckermark nicht. Käufer fragten aber inzwischen regelmäßig nach geplanten Windparks, bevor sie sich für ein Haus auf dem Land entschieden.",
    "Das Ergebnis des Bürgerentscheids soll noch am Abend im Gemeindehaus verkündet und auf der Internetseite des Amtes veröffentlicht werden.",
]
LONG["vosges"] += [
    "Les communes de montagne redoutent aussi les effets sur leurs finances. Une partie des recettes des remontées mécaniques revient aux collectivités qui en sont propriétaires, et les investissements réalisés ces dernières années, notamment dans la neige de culture, doivent encore être remboursés. À La Bresse, le maire a prévenu que certains projets seraient décalés.",
    "Les écoles de ski ont tenté de s'adapter. Certaines ont proposé des sorties en raquettes sur les rares plaques de neige en altitude, d'autres des initiations au biathlon sur piste synthétique. « Les familles étaient contentes d'avoir quelque chose à faire, mais ce n'est pas ce qu'elles étaient venues chercher », reconnaît un moniteur.",
    "Du côté des clients, les avis sont partagés. Un couple de Nancy, fidèle de la station depuis vingt ans, raconte avoir annulé sa semaine pour la première fois. « On a regardé les webcams tous les jours. Quand on a vu l'herbe sur les pistes, on a compris », dit-elle. D'autres ont maintenu leur séjour et découvert le massif autrement, à pied ou à vélo.",
    "La préfecture indique qu'un dispositif d'aide aux saisonniers privés d'emploi pourrait être activé, comme lors de l'hiver 2023-2024. Les élus demandent en outre un allègement des charges pour les entreprises du secteur, le temps de préparer la transition.",
    "Les stations ont déjà fixé leurs dates d'ouverture pour l'été. Les premières activités reprendront à la fin du mois de mai, avec l'espoir, cette fois, que la météo soit de leur côté.",
]
LONG["orkney"] += [
    "The islands' member of the Scottish Parliament said she would raise the delay with ministers at the next opportunity. She said the case for the new fleet had been made many times and that what islanders needed now was a commitment in writing, with a budget attached, rather than further reviews.",
    "A petition calling for a guaranteed timetable for the replacement has gathered more than 2,400 signatures, a figure its organisers point out is larger than the combined population of the north isles. It will be handed to the council at its next full meeting, along with letters from pupils at the island schools describing what the ferry means to them.",
]
LONG["uckermark"] += [
    "Sollte der Bürgerentscheid das nötige Quorum verfehlen, entscheidet die Gemeindevertretung selbst über die Verträge mit dem Projektierer. Mehrere Gemeindevertreter haben angekündigt, sich in diesem Fall an das Ergebnis der Abstimmung zu halten, auch wenn es rechtlich nicht bindend wäre.",
]
LONG["vosges"] += [
    "En attendant, les canons à neige ont été rangés et les dameuses remisées au garage. Sur les pentes du Hohneck, seuls quelques randonneurs croisaient mardi les équipes chargées de démonter les filets de protection, sous un ciel de printemps précoce.",
]

# ruff: noqa: E501, RUF001
"""Invented English news prose for the second blind attribution set (cases_2026-12-05.jsonl).

All fiction written for this set: places, people, figures and quotes are made up, and no
paragraph names a news outlet (the cases add those). Each value is (headline, paragraphs).
"""

from __future__ import annotations

STORIES2_EN: dict[str, tuple[str, list[str]]] = {
    "ferry_fares": (
        "Island ferry fares to rise by a fifth as operator cites fuel and crew costs",
        [
            "Passengers on the Kestrel Sound ferry will pay about a fifth more for a return ticket from April, the operator said on Tuesday, blaming higher fuel prices, a new crew agreement and repairs to the older of its two vessels that kept it in dry dock for most of the winter.",
            "Island councillors said the increase would hit families who cross daily for school, hospital appointments and work on the mainland. A season ticket for commuters will rise from 410 to 492 crowns, and the discount for pensioners will be cut from half to a third of the full fare.",
            "The operator's managing director, Ansel Brightwater, said the company had absorbed rising costs for three years and could not do so any longer without cutting sailings. He said the timetable would stay unchanged and that a new hybrid vessel ordered last year should lower fuel bills from 2028.",
            "A petition against the rise gathered more than 2,300 signatures within a day, about two thirds of the island's adult population. Its organisers plan to present it to the regional transport committee, which must approve fare changes on lifeline routes, at its meeting next month.",
        ],
    ),
    "lithium_mine": (
        "Villagers block road to planned lithium mine in the Oru highlands",
        [
            "Several hundred villagers blocked the only road to a planned lithium mine in the Oru highlands on Monday, saying the project would drain the springs that water their terraced fields and that nobody had asked their permission before drilling began on communal grazing land.",
            "The mining company, Greystone Minerals, said it had held eleven public meetings and that an environmental study approved last year found no risk to drinking water. A spokeswoman said trucks carrying drilling equipment had been turned back and that staff at the site were safe.",
            "Community leader Marta Olufemi-Reyes said the meetings had been held in the district capital, a day's walk from most of the affected villages, and were conducted in a language many elders do not speak. She said protesters would stay on the road until the permit was suspended.",
            "The deposit is among the largest found in the region in a decade, and the government has promised that royalties will pay for new schools and a clinic. Officials estimate the mine could produce 30,000 tonnes of lithium carbonate a year once it reaches full output.",
        ],
    ),
    "heat_pumps": (
        "Heat pump sales double after grant scheme is simplified",
        [
            "Sales of household heat pumps doubled in the final quarter of last year after the government cut the paperwork needed to claim an installation grant, according to figures published on Thursday by the national installers' association, which represents about 1,400 firms.",
            "Installers fitted 18,650 units between October and December, compared with 9,200 in the same period a year earlier. The association said most of the growth came from older houses in the north, where homeowners had previously been put off by the cost of a mandatory energy survey.",
            "Under the new rules a single online form replaces three separate applications, and the grant of 7,500 crowns is paid directly to the installer. Association chair Dorothea Finch said waiting times for an installation had risen to about eleven weeks as firms struggled to hire trained engineers.",
            "Consumer groups welcomed the rise but warned that some households were being sold units too small for their homes. They urged buyers to ask for a heat-loss calculation in writing and to check that installers were registered with the scheme before paying any deposit.",
        ],
    ),
    "library_fines": (
        "City libraries scrap late fines and see thousands of books returned",
        [
            "More than 6,000 overdue books have come back to Westmere's public libraries since the city scrapped late fines in January, officials said on Wednesday, including a cookbook borrowed in 1987 and a complete set of encyclopaedias that had been missing for twelve years.",
            "The city council voted last autumn to end fines after a review found they brought in less than it cost to collect them and deterred poorer families from borrowing at all. Library cards blocked for unpaid fines, about 9,400 of them, were unblocked on the same day.",
            "Head librarian Priya Castellanos said visits had risen by 14 percent compared with the same period last year, with the sharpest increase among children under twelve. She said staff who used to chase debts now ran homework clubs and reading sessions for toddlers.",
            "Some councillors had warned that without fines borrowers would keep books indefinitely. The library service said the share of items returned within a month of their due date had in fact risen slightly, and that lost books would still have to be paid for after six months.",
        ],
    ),
    "port_strike": (
        "Dockworkers at Calloway port begin 72-hour strike over automation",
        [
            "Dockworkers at the port of Calloway walked out at dawn on Friday for 72 hours, leaving container ships waiting offshore, in a dispute over the operator's plan to introduce automated cranes that the union says will eliminate about 300 jobs over five years.",
            "The port handles roughly a third of the country's container traffic, and business groups said the strike would delay deliveries of fuel, medicine and spare parts. By midday eleven ships were anchored in the bay and trucks queued for several kilometres on the approach road.",
            "Union leader Efraim Delacroix-Mbeki said members were not opposed to new technology but wanted guarantees that no permanent worker would be laid off. The operator, Calloway Terminals, said it had offered retraining for every affected worker and early retirement on full pension for those over 58.",
            "The labour ministry invited both sides to talks on Monday. It is the third stoppage at the port this year, and shipping lines have warned that they may divert vessels to neighbouring ports if the dispute is not settled before the busy pre-holiday season begins.",
        ],
    ),
    "glacier_lake": (
        "Scientists warn of flood risk from swelling glacier lake above Tamsar valley",
        [
            "A glacial lake above the Tamsar valley has grown by almost a third in five years and could burst its natural dam within a decade, scientists said on Monday, putting at risk about 14,000 people living in villages along the river below it.",
            "The study, based on satellite images and two summer field surveys, found that the lake now holds an estimated 61 million cubic metres of meltwater. The moraine holding it back is made of loose rock and ice, and parts of it showed signs of slumping during the last survey.",
            "Lead author Dr Ingrid Oyelaran said an early-warning system with water-level sensors and sirens should be installed before the next melt season. She said lowering the lake by siphoning, as has been done elsewhere in the mountains, would take several years and would need steady funding.",
            "District officials said evacuation drills would be held in the three villages nearest the river this spring. Residents interviewed during the survey said they had noticed the river running higher and muddier in late summer, but most did not know the lake existed.",
        ],
    ),
    "bus_fleet": (
        "Electric buses to replace diesel fleet on all city routes by 2029",
        [
            "Harbourton will replace its entire fleet of 340 diesel buses with electric ones by 2029, the transport authority said on Tuesday, two years earlier than planned, after securing a loan from a regional development bank on better terms than it had expected.",
            "The first 60 buses will arrive in the autumn and serve the busiest cross-town routes. Two depots will be rebuilt with overnight charging, and fast chargers will be installed at four terminals so that buses can top up during the day without leaving service.",
            "Authority chief executive Lionel Abara said running costs per kilometre would fall by about 40 percent once the switch was complete, mostly because electricity is cheaper than diesel and electric motors need less maintenance. He said fares would not rise to pay for the programme.",
            "Drivers' representatives welcomed the plan but asked for training and for cabs to be redesigned, saying the new vehicles must have proper heating and better visibility. Residents near the depots have raised concerns about noise from construction work planned for the coming summer.",
        ],
    ),
    "vaccine_cold_chain": (
        "Solar fridges bring vaccines to remote clinics in the Kasai hills",
        [
            "Forty clinics in the Kasai hills that had no reliable electricity are now storing vaccines in solar-powered refrigerators, health officials said on Thursday, allowing nurses to immunise children on any day rather than waiting for monthly deliveries carried in cool boxes.",
            "Before the fridges arrived, vaccines had to be used within a day or two of reaching a clinic, and mothers often walked for hours only to be told that supplies had run out. Nurses say attendance at child health days has risen sharply since the units were installed last year.",
            "Provincial health director Dr Celestin Mwamba said the share of children who received all their routine vaccines before their first birthday had risen from 58 to 74 percent in the districts covered. He said the aim was to equip every clinic in the province within three years.",
            "Each unit costs about 4,000 dollars including installation and needs little maintenance, but technicians are scarce. The programme is training local mechanics to repair panels and batteries, and has set up a telephone line that nurses can call when a temperature alarm sounds.",
        ],
    ),
    "rice_export": (
        "Government lifts rice export curbs after bumper harvest",
        [
            "The government lifted restrictions on rice exports on Wednesday, eighteen months after imposing them to protect domestic supplies, saying a bumper harvest had refilled state warehouses and brought market prices back to levels seen before the drought of two years ago.",
            "Traders may now ship up to two million tonnes of white rice this year, with a minimum export price to be reviewed every quarter. Broken rice, which is used mostly for animal feed, will remain banned from export until the end of the year.",
            "Agriculture minister Suda Pranitkul said farmers had been selling below production cost because private buyers could not move stocks abroad. Farmer groups welcomed the decision but said it came too late for those who had already sold their crop at low prices after the harvest.",
            "Importers in neighbouring countries have been paying record prices, and analysts expect the move to ease regional markets within weeks. The state grain agency said it would keep a reserve equal to three months of domestic consumption in case of another poor monsoon.",
        ],
    ),
    "hospital_cyberattack": (
        "Hospital cancels operations after ransomware attack on records system",
        [
            "St Aldhelm's hospital cancelled all planned operations for a third day on Wednesday after a ransomware attack locked staff out of the electronic records system, forcing doctors to work with paper notes and to send some emergency patients to other hospitals.",
            "The hospital trust said there was no evidence so far that patient data had been copied, but it had informed the data protection regulator as a precaution. Test results from the laboratory were being delivered by hand and telephone, and outpatient appointments were going ahead where possible.",
            "Chief executive Harriet Okonkwo-Lindqvist said the trust would not pay a ransom. She said engineers were restoring systems from backups and expected the records system to be back within days, but that it could take weeks to enter everything that had been written on paper.",
            "Security researchers said the attack bore the hallmarks of a criminal group that has targeted several health providers this year. Patients were asked to attend appointments unless told otherwise and to bring a list of their medicines, as pharmacists could not see prescriptions.",
        ],
    ),
    "chess_prodigy": (
        "Eleven-year-old becomes youngest national chess champion",
        [
            "An eleven-year-old girl from the fishing town of Port Ellery became the youngest ever national chess champion on Sunday, beating a grandmaster three times her age in a tense final round that lasted almost six hours and ended with a queen sacrifice.",
            "Amaris Quillfeather, who learned the game from her grandfather on a board carved from driftwood, finished the nine-round tournament unbeaten with seven points. She qualified for the championship only after another player withdrew because of illness two days before it began.",
            "Her coach, Bogdan Varga, said she studied for about two hours a day after school and still found time for football and swimming. He said the family had relied on donations from local businesses to pay for travel to tournaments abroad over the past two years.",
            "The national federation said the victory would earn her a place on the team for the international youth olympiad this summer. Speaking after the prize-giving, she said she would spend the prize money on a new bicycle and on books about endgames.",
        ],
    ),
    "landslide_highway": (
        "Landslide cuts mountain highway, stranding hundreds of travellers",
        [
            "A landslide triggered by three days of heavy rain buried a 200-metre stretch of the Tarn Pass highway on Saturday, stranding hundreds of travellers on both sides and cutting the main supply route to more than twenty mountain villages.",
            "No casualties had been reported by Sunday evening, but rescuers were searching for a delivery van that a witness said had been on the road shortly before the slope gave way. Soldiers and road crews with bulldozers were working through the night to clear the debris.",
            "Regional governor Tomasz Achterberg said the road could reopen to light vehicles within four days if the weather allowed. Helicopters were flying food and medicine to the most isolated villages, and schools in the valley were being used as shelters for stranded families.",
            "Geologists have warned for years that the cut slopes above the highway are unstable and that drainage work planned a decade ago was never completed. The transport ministry said a review of the whole route would begin once the emergency was over.",
        ],
    ),
    "startup_layoffs": (
        "Delivery start-up cuts a third of staff as investors pull back",
        [
            "Quikbasket, the grocery delivery start-up that expanded to eleven cities in two years, said on Monday that it would cut about a third of its 2,100 staff and close its operations in four cities after failing to raise new money from investors.",
            "In a message to employees, co-founder Ravi Dorairaj said the company had grown too fast and must now show it could make a profit in the cities where it remained. Departing staff will receive two months' pay and keep their health insurance until the end of the year.",
            "The company had promised deliveries within fifteen minutes, relying on small warehouses in residential areas. Analysts said the model was expensive because each warehouse needed staff around the clock, and that rivals had already moved to slower and cheaper delivery windows.",
            "Couriers, who work as contractors and are not counted in the job cuts, said they learned of the closures from customers. A couriers' association said several hundred riders would lose their main income and called on the city authorities to help them find new work.",
        ],
    ),
    "wetland_birds": (
        "Record numbers of migrating cranes stop at restored wetland",
        [
            "More than 32,000 common cranes stopped at the restored Velmar wetland during the autumn migration, the highest count since records began, conservationists said on Friday, six years after farmland around the marsh was flooded again to bring back the habitat.",
            "Volunteers counted the birds at dawn over three weekends as they left their roosts in the shallows to feed in surrounding fields. Numbers peaked in late October, when cold weather further north pushed large flocks south earlier than usual.",
            "Project manager Hanne Solvik said the restoration had also brought back otters, several species of dragonfly and a rare orchid that had not been recorded in the area for forty years. She said farmers in the buffer zone were paid to leave stubble in their fields over winter.",
            "The wetland now attracts about 40,000 visitors a year, and a new boardwalk and hide are planned for next spring. Conservationists asked visitors to keep to paths and to leave dogs at home during the migration season, when birds are easily disturbed.",
        ],
    ),
    "water_tariff": (
        "Regulator approves steep water tariff rise to fund leaking pipe repairs",
        [
            "The water regulator on Thursday approved an increase of 23 percent in household water tariffs over three years, to pay for replacing leaking mains that lose about a third of treated water before it reaches customers' taps.",
            "The utility, Northvale Water, had asked for a rise of 31 percent. The regulator said the company must cut leakage by a quarter by the end of the period or repay part of the increase to customers, and that it would publish progress figures every six months.",
            "Consumer council director Abigail Thorneycroft said many households were already struggling with energy and food bills. She urged the utility to extend its social tariff, which halves bills for families on low incomes, to the estimated 60,000 households that qualify but have not applied.",
            "The utility said the work would create about 800 jobs and that customers would see fewer burst pipes and interruptions. The company was fined last year for sewage spills into two rivers, and campaigners said part of the money should go to treatment works.",
        ],
    ),
    "satellite_launch": (
        "First home-built weather satellite reaches orbit",
        [
            "The country's first domestically built weather satellite reached orbit on Tuesday after launching on a commercial rocket, the national space agency said, opening a new era in forecasting for farmers and fishing communities that depend on timely warnings of storms.",
            "The 180-kilogram satellite, built by a team of about sixty engineers over four years, will send images of cloud cover and sea surface temperatures every fifteen minutes. Its first pictures are expected within two weeks, once its instruments have been switched on and tested.",
            "Agency director Dr Yusuf Karamanlı said the project had cost about a tenth of what the country would have paid to buy a similar satellite abroad. He said the team was already working on a second satellite with a radar that can see through cloud.",
            "Meteorologists said the data would improve forecasts of the sudden squalls that capsize small fishing boats each year. The agency plans to share images with neighbouring countries free of charge through a regional forecasting centre that opens next year.",
        ],
    ),
    "minimum_wage": (
        "Minimum wage to rise by nine percent after all-night talks",
        [
            "The national minimum wage will rise by nine percent from July, the labour ministry announced on Friday after all-night talks between unions and employers that ended with a compromise below the fifteen percent the unions had demanded.",
            "About 1.2 million workers earn the minimum, most of them in retail, cleaning, security and agriculture. The new monthly rate of 1,635 crowns will be reviewed again next year against inflation, which has averaged just over six percent over the past twelve months.",
            "Employers' federation president Gunnar Eskildsen said small businesses would struggle and some might reduce hours. Union negotiator Fatou Sarr-Lindgren said the rise was not enough to restore what workers had lost to inflation but that the deal included a new right to paid training leave.",
            "Economists said the increase was unlikely to push up inflation significantly because labour costs make up a small share of prices in most sectors. The central bank, which meets in two weeks, has signalled that it expects to keep interest rates unchanged.",
        ],
    ),
    "stadium_vote": (
        "Residents reject new stadium in city referendum",
        [
            "Voters in Brenmouth rejected plans for a new football stadium in a referendum on Sunday, with 57 percent voting against a project that would have used public land and about 90 million crowns of city money to replace the club's century-old ground.",
            "Turnout was 48 percent, high for a local vote. Opponents had argued that the money would be better spent on housing and schools, and that the chosen site, a park beside the river, was one of the few green spaces left in the crowded eastern districts.",
            "Club president Matteo Villanueva-Strand said he was disappointed but respected the result, and that the club would look for a private site. Mayor Ingeborg Halvorsen, who backed the project, said the council would now consider modest repairs to the existing stadium instead.",
            "Supporters' groups were divided during the campaign. Some fans said they feared the club would move away, while others joined residents in arguing that the old ground, close to the city centre and several bus routes, could be modernised at a fraction of the cost.",
        ],
    ),
}

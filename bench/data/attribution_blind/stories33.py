# ruff: noqa: E501, RUF001
"""Prose of the thirty-third blind set: nine English stories (a Sioux Falls farm lender's results
(long), a women's tournament game in Spokane, a film shoot near Kamloops, a Tasmanian dialysis
study from Launceston, rain-split dried grapes around Mildura, a transmission line for the South
Plains around Lubbock, runway works at Rarotonga, a highway charging hub at Bundaberg, a Fredericton
company's press release) and one or two per other language (Mendoza, Huelva, Petrolina, Al-Ahsa,
Indore, Khulna, Sialkot, Jambi, Malatya, Ninh Thuận, Chanthaburi, Batangas, Kuantan). All names,
figures and quotations are invented.
"""

from __future__ import annotations

EN = {
    "en-fin": (
        "Prairieline Financial beats estimates as farm lending rebounds, lifts full-year outlook",
        [
            "Prairieline Financial Group, the Sioux Falls lender that built its business on grain elevators and cattle feeders across the northern Plains, reported first-quarter earnings well ahead of analysts' forecasts on Thursday and raised its outlook for the year, saying farm borrowers had returned faster than it expected after two lean seasons.",
            "The company earned $41.6 million, or $1.12 a share, in the three months to the end of February, up from $29.3 million, or 79 cents a share, a year earlier. Excluding a one-time gain on the sale of its equipment-leasing unit in Fargo, adjusted earnings were 97 cents a share, against the 84 cents analysts had pencilled in on average.",
            "Net interest income rose 14% to $118.2 million, and the bank's net interest margin widened to 3.71% from 3.48%, helped by loans repricing higher and by deposits that cost less to keep than management had feared. Total loans stood at $9.4 billion at the end of the quarter, 6% more than in November.",
            '"Our producers spent most of last year waiting, and this winter they stopped waiting," chief executive Dana Verhoeven told analysts on a call after the results. "Operating lines came back first, then the machinery loans, and in February we saw the first real pickup in land purchases that we have had since the drought."',
            "Agricultural loans, about a third of the book, grew 9% from the previous quarter. Prairieline said demand was strongest among corn and soybean growers in eastern South Dakota and southern Minnesota, and among feedlots that had rebuilt herds once calf prices eased in the autumn.",
            "Credit quality held up better than the market had assumed. Non-performing loans fell to 0.62% of total loans from 0.74% at the end of the previous quarter, and net charge-offs were an annualised 0.11%. The bank set aside $6.8 million for possible loan losses, less than half the $14.1 million it booked a year earlier, when several dairy borrowers in the Big Sioux valley ran into trouble.",
            'Chief financial officer Marcus Oyelaran said the bank had not loosened its lending standards to win business. "We are still asking for the same equity and the same cash-flow coverage," he said. "What changed is that more of the farms that come through the door now meet them."',
            "The lender raised its forecast for full-year adjusted earnings to between $3.95 and $4.10 a share, from a range of $3.70 to $3.90 it gave in December. It now expects loans to grow by 7% to 9% over the year, rather than the 4% to 6% it guided to before, and its net interest margin to settle between 3.65% and 3.75%.",
            "Shares of Prairieline, which trade on the Nasdaq under the symbol PRLN, rose 6.4% to $58.17 in early trading, their highest level in almost two years. The stock had gained about 11% since the start of the year before the results, against a rise of roughly 4% in an index of regional bank shares.",
            'Analysts said the quarter answered the question that had hung over the stock since the autumn: whether a bank so tied to farm incomes could grow while crop prices stayed low. "They have shown the loan growth is real and that it is not coming at the expense of credit," said Priya Lindqvist, an analyst at Halvorsen Capital Markets in Minneapolis, who raised her price target to $66 from $59.',
            'Others were more cautious. Tom Brekke of Red River Securities pointed out that deposits had grown only 2% in the quarter and that the bank had leaned more on wholesale funding to pay for its new loans. "The margin story works as long as they can keep deposits cheap," he wrote in a note to clients. "If the rural deposit base gets more competitive, the guidance starts to look generous."',
            "Verhoeven said the bank was opening four branches this year, in Mitchell, Aberdeen, Watertown and Worthington, Minnesota, and was hiring agricultural lenders at a pace it had not seen in a decade. It added 38 loan officers in the quarter, many of them from larger banks that have pulled back from farm lending in small towns.",
            '"The big banks have been closing rural branches for fifteen years," she said. "A farmer who wants to talk to someone who knows what a hog barn is worth does not want to call a centre in another state. That is the business we are in, and right now it is a good business."',
            "Fee income rose 4% to $22.7 million, driven by crop-insurance commissions and wealth management, while non-interest expenses climbed 8% to $71.9 million as the bank paid for new staff and a long-delayed replacement of its core banking software, which it expects to finish in the autumn.",
            "The efficiency ratio, a measure of costs as a share of revenue where lower is better, improved to 50.9% from 53.6% a year earlier. Oyelaran said it would rise slightly in the second half of the year while the bank ran its old and new systems side by side.",
            "Prairieline's capital position remained strong, with a common equity tier 1 ratio of 11.8%, well above regulatory minimums. The board declared a quarterly dividend of 31 cents a share, up from 28 cents, payable on April 23 to shareholders on record on April 9, and said it had bought back 412,000 shares in the quarter under the $100 million programme it approved last year.",
            "On the sale of the leasing unit, which brought in a pre-tax gain of $8.9 million, Verhoeven said the business had been too small to compete with equipment makers' own finance arms. Its 61 employees moved to the buyer, a Des Moines leasing company, and the bank will keep referring customers to it.",
            "The lender also gave its first detailed look at its exposure to the ethanol industry, which analysts had asked about after two plants in the region closed last year. Loans to ethanol producers and their suppliers total $212 million, about 2% of the book, and all were current at the end of the quarter, the bank said.",
            'Asked about the risk that weather could undo the recovery, Verhoeven said the bank had stress-tested its farm loans against another dry summer and a fall in corn prices to levels last seen in 2019. "It would hurt, and we would see charge-offs go up," she said. "But it would not change our capital plans, and it would not stop us lending."',
            "The company will hold its annual meeting in Sioux Falls on May 6. Prairieline has about 2,300 employees and operates 96 branches in South Dakota, North Dakota, Minnesota, Iowa and Nebraska.",
        ],
    ),
    "en-sport": (
        "Cascade State rallies past Palouse Christian 78-71 in Spokane",
        [
            "Imani Okafor scored 14 of her 26 points in the fourth quarter and Cascade State came back from 11 down to beat Palouse Christian 78-71 on Thursday night in the first round of the women's tournament at the Spokane Arena.",
            "Okafor hit three straight jump shots midway through the final period to give the fifth-seeded Otters their first lead since the opening minutes, and the senior guard added four free throws in the last 40 seconds to keep the 12th-seeded Pioneers from getting closer than three.",
            '"I told the girls at the timeout that we had been playing their game for thirty minutes and it was time to play ours," Cascade State coach Renee Halvorsen said. "Imani took that personally, which is what you want from your best player."',
            "Cascade State (26-6) will face fourth-seeded Tacoma Bay on Saturday for a place in the regional semifinals in Portland. The Otters lost to Tacoma Bay by nine points in December.",
            "Palouse Christian (22-10), making its first tournament appearance in 14 years, led for most of the night behind the shooting of Kaylee Brandvold, who made six 3-pointers and finished with 22 points. The Pioneers shot 58% in the first half and went into the break up 41-33.",
            "Their lead reached 11 early in the third quarter, when Brandvold hit back-to-back 3s and the crowd, heavy with fans who had made the 80-mile trip north from Pullman and Moscow, stood for most of a timeout.",
            "Cascade State responded by switching to a zone that took away the corner 3s, and the Pioneers made only four of their 19 shots in the third quarter. Freshman forward Sofia Reyes-Tuilagi scored eight straight points for the Otters, and the margin was down to 56-54 going into the fourth.",
            'Brandvold was held to one shot in the final period. "They put two bodies on me every time I came off a screen," she said. "We had chances at the end. We just could not get a stop when we needed one."',
            'Palouse Christian coach Marty Lindgren said his team had nothing to be ashamed of. "Nobody picked us to be here, and for three quarters we were the better team," he said. "We will be back."',
            "Okafor, who has scored 20 or more points in nine of her last 11 games, also had seven rebounds and five assists. Reyes-Tuilagi finished with 15 points and 11 rebounds.",
        ],
    ),
    "en-ent": (
        "Survival thriller 'Tranquille' starts shooting near Kamloops with a mostly local crew",
        [
            'Cameras rolled this week near Kamloops on "Tranquille," a survival thriller about two sisters stranded in the British Columbia Interior after a wildfire cuts off the only road out of their valley, and the production says more than two-thirds of its crew were hired in the region.',
            "The film, written and directed by Selene Marchetti-Dubois, stars Hanna Kowalczyk and newcomer Aria Whitecloud as the sisters, with Graham Oyelowo-Reid as a forestry contractor who may or may not be trying to help them. It is produced by Vancouver-based Gully Road Pictures with Montreal's Lune Noire Films.",
            "Principal photography is scheduled to run for 31 days, mostly on ranch land along the Thompson River and in the hills above the abandoned Tranquille sanatorium that gives the film its name. A week of night shoots is planned at a former sawmill site near Savona.",
            '"I wanted the landscape to be the third sister," Marchetti-Dubois said in a statement. "The grasslands here look gentle in photographs, and then you stand in them in August and you understand how fast everything can go."',
            "The production said it had hired 94 crew members from Kamloops, Merritt, Chase and the surrounding First Nations communities, including 11 trainees placed through a regional film commission programme that began two years ago. Catering, equipment rental and accommodation are being sourced locally where possible.",
            'The Thompson-Nicola Film Commission estimates the shoot will bring about C$6.2 million into the local economy. The region has hosted parts of larger productions before, but "Tranquille" is the first feature in several years to base its entire shoot there.',
            'Kowalczyk, who spent a month training with a wildfire crew in preparation, said the cast had been warned that the weather would be part of the job. "We had snow on the first morning and twenty degrees by the afternoon," she said. "Nobody on this film is going to need to act cold."',
            "Gully Road Pictures said the film was being financed with support from Telefilm Canada and provincial tax credits, and that sales would be handled by a London-based agency. A release is planned for next year.",
        ],
    ),
    "en-health": (
        "Rural Tasmanians travel hours for dialysis, study finds, as home treatment lags",
        [
            "Tasmanians with kidney failure who live outside the state's three main cities spend an average of almost nine hours a week travelling to and from dialysis, according to a study published on Thursday, and fewer than one in five is treated at home.",
            "Researchers from a kidney health unit based in Launceston followed 412 adults who started dialysis in Tasmania between 2021 and 2025. They found that patients from the north-west coast, the east coast and the central highlands made an average of three round trips a week of 97 kilometres each, most of them by car.",
            '"Dialysis takes about four hours a session, so for many of these people the travel adds more than half as much time again," said the study\'s lead author, Dr Mereana Castellano, a nephrologist. "That is time they are not working, not with their families and often not well enough to drive."',
            "Home dialysis, in which patients are trained to treat themselves overnight or during the day at home, is widely used in New Zealand and parts of mainland Australia. In the study, only 18% of rural Tasmanian patients were on home treatment a year after starting, compared with 29% of patients in Hobart and Launceston.",
            "The researchers said the gap was not explained by age or other illnesses. Rural patients were more likely to say that no one had discussed home treatment with them before they started dialysis, and more likely to live in housing where the water supply or electrical wiring would need work before a machine could be installed.",
            "The study also found that patients who travelled more than 150 kilometres a week were more likely to miss sessions, and missed sessions were linked to more hospital admissions for fluid overload and dangerous potassium levels.",
            'Dr Castellano said the findings pointed to simple changes. "Talk about home treatment early, before someone is already on a machine in a unit three towns away, and fund the plumbing," she said. "A few thousand dollars on a house can save far more than that in taxi vouchers and hospital beds."',
            "The Tasmanian health department said it was reviewing the study and had funded two additional home-therapy nurses in the north of the state last year. Kidney Health Australia estimates that about 1,100 Tasmanians are living with kidney failure.",
            "The authors noted that their study covered a single state and relied partly on patients' own reports of travel time. They are now following a group of patients who switched to home dialysis to measure how their quality of life changes.",
        ],
    ),
    "en-agri": (
        "Late rain splits dried grapes around Mildura as growers count the cost",
        [
            "Heavy rain across the Sunraysia district in the first week of March has damaged part of the dried grape crop around Mildura, with growers estimating that between a fifth and a quarter of fruit that was drying on the racks has split or developed mould.",
            "The storms dropped 68 millimetres on Mildura in three days, close to three months' average rainfall, at the point when most sultana and currant growers had cut their canes and laid fruit out to dry. Some blocks around Merbein and Irymple recorded more than 80 millimetres.",
            '"You can dry grapes through a shower, but not through a week like that," said Geoff Papadakis, who grows sultanas on 40 hectares at Red Cliffs. "The fruit at the bottom of the racks just sat in the wet. We will get some of it back through the dehydrator, but a lot of it is going for stockfeed."',
            "Dried Fruits Australia said it was still gathering figures but expected the national crop to come in at around 16,000 tonnes, down from early forecasts of 21,000 tonnes. The industry body said quality would vary widely between districts and even between neighbouring blocks.",
            "Processors said buyers in Europe and Asia were watching the season closely, since Australian dried vine fruit sells at a premium on its colour and cleanliness. A smaller crop could push prices up, but growers said that would be little comfort to those who had lost the most.",
            'Packing shed operator Lucia Ferraro said her sheds had run dehydrators around the clock since the rain. "We have had growers bringing in fruit at eleven at night," she said. "Everyone is trying to save what they can before the next front comes through."',
            "The damage comes after two difficult years for the district, which lost export volume during a period of high freight costs and has seen some growers pull out dried grape vines to plant table grapes or almonds.",
            "The Victorian agriculture department said growers affected by the storms could apply for concessional loans and that officers would visit the district next week. Growers said they also wanted help to buy covers for drying racks, which can cost more than $20,000 a hectare.",
        ],
    ),
    "en-energy": (
        "Texas regulators approve Lubbock-area line to carry West Texas wind and solar",
        [
            "Texas utility regulators on Thursday approved a 187-mile high-voltage transmission line that will carry power from wind and solar farms on the South Plains to the grid around Lubbock, ending a two-year fight over where the towers should go.",
            "The Public Utility Commission voted 4-1 to allow Llano Estacado Transmission to build the 345-kilovolt line from a new substation in Dickens County to a connection point southeast of Lubbock, following a route that avoids most of the irrigated cotton land whose owners had opposed the project.",
            "The line is expected to cost about $640 million and to enter service in 2030. The developer says it will allow about 2,900 megawatts of generation to reach customers, most of it from wind and solar projects that have been waiting for capacity or have had their output cut when the existing lines were full.",
            '"Right now we are building power plants in places the grid cannot get the power out of," commission chair Elena Marroquín said before the vote. "This line fixes one of the worst of those bottlenecks."',
            "Landowners in Crosby and Lynn counties had argued that an earlier route would have split center-pivot fields and forced farmers to work around towers. The approved route runs along existing roads and pipeline corridors for about 60% of its length.",
            "Commissioner Ray Kettleman, who voted against, said the cost should have been shared more by the generators that will benefit. Under current rules, transmission costs in most of the state are spread across all customers.",
            "Llano Estacado Transmission said it would begin surveying this summer and expected to hire about 400 construction workers at the project's peak. The company said it had reached easement agreements with owners of about half the land along the route.",
            "The line is one of several planned to move power from the Panhandle and South Plains, where wind and solar capacity has grown faster than the grid, to the state's cities. Grid operator data show that curtailments in the region rose by about a third last year.",
        ],
    ),
    "en-travel": (
        "Rarotonga runway works to reshape Cook Islands flights through the winter",
        [
            "Travellers heading to the Cook Islands this winter will face changed schedules and some overnight connections as Rarotonga International Airport closes its runway for resurfacing on three nights a week from May until the end of August.",
            "Airport Authority chief executive Tevita Marsters said the closures would run from 10pm to 6am on Monday, Tuesday and Wednesday nights. Airlines that usually land late in the evening from Auckland and Sydney will move those flights to the afternoon or to other days.",
            '"We have timed this for the quieter months and we have worked with the airlines for more than a year," Marsters said. "Nobody will lose a seat, but some people will arrive at a different time than they are used to."',
            "The $38 million project will replace the surface of the 2,328-metre runway for the first time in more than 20 years and upgrade lighting. It is being funded by the Cook Islands government with a loan from a regional development bank.",
            'Tourism operators said the timing was sensible but asked that visitors be told early. Nga Teariki, who runs a guesthouse in Muri, said many guests booked late evening arrivals so they could go straight to bed. "Now they will have the afternoon on the island, which is not the worst thing," she said.',
            "Cook Islands Tourism said visitor arrivals reached about 172,000 last year, close to their level before the pandemic, with New Zealanders making up around two-thirds. The winter months of June to August are the busiest for New Zealand visitors escaping the cold.",
            "Travellers with bookings during the works are advised to check their flight times with their airline. Inter-island flights to Aitutaki will not be affected, the airport said.",
        ],
    ),
    "en-motor": (
        "Bundaberg gets Queensland's biggest highway fast-charging hub as EV traffic grows",
        [
            "A highway charging hub with 16 fast chargers opened on the edge of Bundaberg on Thursday, the largest so far on Queensland's coastal route between Brisbane and Cairns, as more electric vehicle drivers take on the long drive north.",
            "The site, beside a service centre on the Bundaberg Ring Road, can charge 16 cars at once at up to 350 kilowatts, enough to add around 300 kilometres of range to many models in under 20 minutes. It has covered bays for vehicles towing caravans or trailers.",
            '"Two years ago you planned a trip north around whichever single charger was working," said Colleen Ashdown, president of a regional electric vehicle owners\' club. "This is the first site where you can turn up in school holidays and not expect to wait."',
            "The operator said usage on the coastal route had roughly doubled over the past year, with the busiest days during holiday periods. Its existing four-charger sites at Childers and Gin Gin had queues of up to an hour last Easter.",
            "The hub cost about $4.1 million, part of it funded by a state grant. Solar panels over the bays supply some of its power, and a battery helps it avoid drawing heavily from the local network at peak times.",
            'Local councillor Ben Fazio said the site would also help Bundaberg draw visitors heading to the reef islands and the Burnett\'s wineries. "People who stop to charge also buy lunch," he said.',
            "Electric vehicles made up about 8% of new car sales in Queensland last year. Motoring groups say charging in regional areas still lags, and have called for more sites west of the Great Dividing Range.",
        ],
    ),
    "en-tech": (
        "Loyalist Systems launches Sentry Harvest to protect farm machinery networks",
        [
            "Loyalist Systems Inc., a Fredericton cybersecurity company, today announced the launch of Sentry Harvest, a monitoring service that detects and blocks intrusions into the connected tractors, grain dryers and irrigation controllers used on modern farms.",
            "Farm equipment now routinely connects to the internet to receive software updates, share field data and allow remote diagnostics. Loyalist Systems said its research had found that many farm networks were set up with default passwords and no separation between office computers and machinery.",
            '"A ransomware attack in harvest week is not an IT problem for a farmer, it is the loss of a crop," said Nadia Thibodeau-Grant, chief executive of Loyalist Systems. "Sentry Harvest was built for operations that do not have a security team and never will."',
            "The service uses a small gateway device installed on the farm network and a cloud dashboard that alerts farmers and their equipment dealers by text message when it sees unusual activity. It supports equipment from more than 20 manufacturers and can be installed by a dealer technician in under an hour.",
            "Sentry Harvest was tested over the past year on 140 farms in New Brunswick, Prince Edward Island and Maine. During the trial, the company said, it blocked 37 attempted intrusions, most of them automated scans looking for exposed remote-access software.",
            "The service is available now in Canada and the northeastern United States through participating equipment dealers, with subscriptions starting at C$49 a month per farm. A version for grain elevators and co-operatives is planned for later this year.",
            "Loyalist Systems was founded in 2019 and employs 85 people in Fredericton and Halifax. Its products protect industrial control systems for utilities, food processors and fisheries across Atlantic Canada.",
        ],
    ),
}

_MORE_EN = {
    "en-fin": [
        "Mortgage lending, a smaller part of the business, was flat in the quarter as higher rates kept buyers in the bank's towns on the sidelines. Commercial real estate loans grew 3%, mostly for grain storage, equipment dealerships and veterinary clinics rather than offices or shopping centres, which the bank has largely avoided.",
        "Oyelaran said the bank's deposit costs had risen more slowly than expected because many of its rural customers kept their money in ordinary checking and savings accounts rather than moving it into higher-yielding products. The average cost of deposits rose to 1.94% from 1.88% in the previous quarter.",
        'He acknowledged that competition for deposits was growing, with credit unions and online banks advertising in the bank\'s markets, and said the bank had raised rates on some certificates of deposit in February. "We are not going to chase hot money," he said. "But we will pay fairly for the relationships we want to keep."',
        "The bank's wholesale borrowings, mainly advances from the Federal Home Loan Bank, rose to $640 million from $455 million at the end of November. Oyelaran said he expected them to fall again in the summer, when farmers typically repay operating lines after selling their crops.",
        'Several analysts asked about the bank\'s plans for acquisitions, after it walked away last year from talks to buy a smaller lender in northern Iowa. Verhoeven said the bank remained interested in buying community banks in its region but would not overpay. "We walked away once and we would do it again," she said. "Organic growth is doing the job for now."',
        "The results also included the first full quarter of the bank's new digital platform for farm customers, which allows borrowers to draw on operating lines and upload production records from a phone. About 4,100 customers have signed up, Verhoeven said, and the average time to approve a line increase has fallen from six days to two.",
        "Prairieline's results follow a run of better-than-expected earnings from other banks with large farm portfolios, which have reported rising loan demand as farm incomes recover. The U.S. Department of Agriculture forecast last month that net farm income would rise about 8% this year, led by livestock.",
        "The bank said it would publish its quarterly filing with the Securities and Exchange Commission next week, including more detail on loan concentrations by county and by crop.",
    ],
    "en-sport": [
        "The Otters went 24 of 27 from the free-throw line, while Palouse Christian made 9 of 14. Cascade State outscored the Pioneers 18-6 in points off turnovers after halftime, forcing 12 turnovers in the second half after committing just five of their own.",
        'Halvorsen said the switch to the zone had been planned since the morning shootaround but that she had hoped not to need it so early. "They are a very good shooting team and you can only take away so much," she said. "In the second half our length finally started to bother them."',
        "The game drew an announced crowd of 7,418, the largest for a first-round game in Spokane since the arena began hosting early tournament rounds. The second game of the evening, between Tacoma Bay and Boise Valley, ended after midnight.",
        "Cascade State has now won 11 of its last 12 games. Its only loss in that stretch came in the conference final against Tacoma Bay, who beat the Otters 69-60 in Las Vegas two weeks ago.",
        'Palouse Christian loses only one senior from its rotation, backup point guard Leah Manning, and Brandvold, a sophomore, said the team would use the loss as motivation. "We know what this feels like now," she said. "Next year we want to be the team that comes back."',
    ],
    "en-ent": [
        "Marchetti-Dubois, whose first feature, a small drama about a family running a motel on the Coquihalla Highway, screened at several festivals three years ago, grew up in Kamloops and wrote the script after the 2021 fire season. She said she had turned down offers to shoot the film closer to Vancouver.",
        '"Everyone told me it would be cheaper to fake the Interior in the Fraser Valley," she said. "Maybe it would. But the light here is different and the people here know what a fire sounds like when it is coming down a hill. You cannot buy that."',
        "The production is working with a local wildfire service to plan scenes involving smoke and controlled burns, and said no open flame would be used on set during dry conditions. Most of the fire in the film will be added in post-production at a Vancouver visual effects house.",
        "Whitecloud, 19, is from the Tk'emlúps te Secwépemc community and was cast after an open call held in Kamloops last autumn that drew more than 300 hopefuls. It is her first professional role.",
        "Local businesses said the shoot had already been felt in the city. A downtown hotel said it had booked out two floors for the production for six weeks, and an equipment rental company in Valleyview said it had hired four extra staff.",
    ],
    "en-health": [
        "Of the 412 patients, 157 lived more than 50 kilometres from the nearest dialysis unit. Those patients were older on average, more likely to have diabetes and more likely to be Aboriginal, the researchers said, and they were twice as likely to rely on a community transport service or on a family member to drive them.",
        "Several patients interviewed for the study described leaving home before dawn to make a morning session and returning after dark. One man from the west coast said he had sold his business because he could no longer work the three days a week that dialysis and the drive took up.",
        "Home treatment is not suitable for everyone, and some patients prefer to be treated in a unit with nurses on hand. But the authors said rural patients were missing out on a choice that city patients were routinely offered, and that the difference in uptake was larger than in any other Australian state they compared.",
        "The researchers have recommended that the state fund home modifications for dialysis in the same way it funds modifications for people with disabilities, and that every new patient be seen by a home-therapy nurse before starting treatment. They also want travel assistance payments, which have not been raised in several years, reviewed.",
    ],
    "en-agri": [
        "The Mildura region produces most of Australia's dried vine fruit, and the harvest normally runs from late February into March. Growers cut the canes so the grapes begin to dry on the vine, then spray them with a drying emulsion and spread them on racks or the ground to finish in the sun.",
        "When rain falls on fruit that is partly dried, the grapes absorb water and swell until the skins split. Split fruit is prone to mould and attracts insects, and processors must sort it out before it can be packed, which adds cost even where the fruit can be saved.",
        'Papadakis said he had seen a season this bad only once before, in 2011. "Back then we had a bigger cushion," he said. "A lot of growers have had three or four years of thin margins. This will be the end for some of them."',
        "Growers have also asked the state for help to clear spoiled fruit, which must be removed from the racks quickly to stop mould spreading to the next season's canes. Some have been paying contractors to haul it away for feed lots across the border in South Australia.",
    ],
    "en-energy": [
        "The South Plains have some of the strongest and most consistent wind in the state, and solar developers have been drawn by cheap land and long hours of sunshine. But the region's transmission network was built to serve farms and small towns, and it has struggled to carry the power now being generated there.",
        "Developers of three wind farms in Dickens and Kent counties told the commission last year that they had lost as much as a fifth of their potential output to curtailment on windy days. One solar developer said it had postponed a 300-megawatt project until it knew whether the line would be approved.",
        "Farm groups said they were relieved that the final route stayed off most irrigated fields but warned that construction could still damage drainage and terraces. The commission ordered the developer to repair any damage and to compensate landowners for crop losses during construction.",
        "The city of Lubbock, which joined the state's main grid only a few years ago after long relying on a separate regional network, said the line would improve reliability for its customers during storms and summer peaks.",
    ],
    "en-travel": [
        "The runway was last fully resurfaced in 2001, and patches laid since then have become more frequent. Pilots have reported loose surface material after heavy rain, and an inspection last year found cracking at the western end, where aircraft touch down most often in the prevailing easterly winds.",
        "Contractors will work in sections, laying new asphalt at night and reopening the runway each morning with temporary markings. The airport said the work could be extended by up to two weeks if heavy rain delays it, and that any further changes would be announced at least a month ahead.",
        'Marsters said the airport would also upgrade its terminal\'s baggage area during the works. "If you are going to close the runway, you may as well fix everything you can at the same time," he said.',
        'Travel agents in Auckland said they had already begun rebooking customers and that most had been relaxed about the changes. "An afternoon arrival in Rarotonga is hardly a hardship," said one agent, who asked that her agency not be named because the airlines had not yet confirmed every schedule.',
        "Cook Islands Tourism said it would publish a list of affected flights on its website and was working with accommodation providers to offer late check-outs for guests whose departures move to the early morning.",
    ],
    "en-motor": [
        "The hub is designed so drivers can pull through rather than reverse into bays, which operators say is increasingly important as more electric utes and larger SUVs come onto the market. Four of the bays are long enough for a vehicle towing a caravan of up to eight metres.",
        "Drivers pay by the kilowatt-hour through an app or by tapping a bank card, and prices are displayed on each charger. The operator said it would charge 59 cents a kilowatt-hour at launch, with a lower rate overnight.",
        'Ashdown said the club\'s members had been asking for years for a site that could handle holiday traffic. "We used to joke that you could tell it was school holidays in Bundaberg by the line of Teslas outside the bakery," she said.',
        "The operator plans two more sites of similar size on the Bruce Highway by the end of next year, at Rockhampton and Mackay, and said it was looking at locations on the inland route through Roma and Emerald.",
    ],
    "en-tech": [
        "The gateway inspects traffic between farm equipment and the internet without needing access to the machines' own software, which means it does not affect manufacturers' warranties, the company said. It can also isolate a compromised device automatically while leaving the rest of the farm network running.",
        '"We designed the alerts for people who are in a combine cab at two in the morning," said Étienne Kowalski, Loyalist Systems\' chief technology officer. "A message tells you what happened and what to do, in plain language, or it tells your dealer and they call you."',
        "Farm organisations have warned in recent years that agriculture is becoming a target for criminal hackers, with attacks on grain co-operatives and food processors in North America disrupting operations at harvest time. Insurers have begun asking larger farms about their network security when renewing policies.",
        "Equipment dealers taking part in the launch include dealerships in Woodstock, Charlottetown and Presque Isle. Loyalist Systems said it would train dealer technicians to install and maintain the gateway as part of their normal service visits.",
        "About Loyalist Systems: Loyalist Systems Inc. develops security software and services for operational technology in agriculture, energy and food production. The company is privately held and backed by Atlantic Canadian investors.",
    ],
}
for _k, _paras in _MORE_EN.items():
    _title, _base = EN[_k]
    EN[_k] = (
        _title,
        [*_base[:-1], *_paras, _base[-1]] if _k in ("en-fin", "en-tech") else [*_base, *_paras],
    )


ES = {
    "es-mendoza": (
        "La vendimia en Mendoza cierra con menos uva y precios que no cubren los costos",
        [
            "La cosecha de uva en Mendoza terminará este año con un volumen un 14% inferior al de la temporada pasada, según las primeras estimaciones de las cámaras del sector, y los productores advierten que los precios que ofrecen las bodegas no alcanzan para cubrir lo que cuesta levantar la fruta.",
            "Las heladas tardías de octubre en el Valle de Uco y el granizo de enero en el este provincial redujeron los rendimientos en varias zonas. En Tunuyán y San Carlos hubo fincas que perdieron más de la mitad de la producción de malbec, mientras que en Rivadavia y Junín el daño se concentró en las variedades criollas destinadas a vinos de mesa y mosto.",
            '"Tenemos menos kilos y nos pagan casi lo mismo que el año pasado, con el gasoil, los jornales y los agroquímicos mucho más caros", explicó Héctor Salvatierra, que trabaja quince hectáreas en Medrano. "Hay colegas que directamente dejaron la uva en la planta porque cosecharla les salía más caro que venderla".',
            "Según un relevamiento de la Asociación de Viñateros Independientes del Este, el precio promedio de la uva criolla se ubicó en torno a los 210 pesos por kilo, mientras que el costo de producción calculado por la entidad supera los 260 pesos. Para el malbec de zonas altas los valores son mejores, pero con fuertes diferencias entre bodegas.",
            "Las bodegas, por su parte, sostienen que el mercado interno sigue débil y que las exportaciones no se recuperaron como esperaban. Los despachos de vino fraccionado al exterior cayeron un 6% en volumen en los dos primeros meses del año, con bajas en Estados Unidos y el Reino Unido que no llegaron a compensarse con las ventas a Brasil y México.",
            '"Nadie está ganando plata en esta cadena en este momento", afirmó Valeria Iturralde, gerente de una bodega mediana de Luján de Cuyo. "Tenemos stock del año pasado, tasas altas para financiar la cosecha y un consumo que no levanta. Pagamos lo que podemos pagar".',
            "El gobierno provincial anunció una línea de créditos a tasa subsidiada para la cosecha y acarreo por un total de 18.000 millones de pesos, y un programa de compra de mosto para diversificar parte de la producción hacia jugos concentrados, que se exportan principalmente a Estados Unidos y Japón.",
            "Los productores reclaman además que se agilice la devolución de impuestos a las exportaciones y que se revise el esquema de seguros agrícolas. Solo una de cada cuatro fincas del oasis este cuenta hoy con malla antigranizo, cuya instalación cuesta alrededor de 9.000 dólares por hectárea.",
            'En los galpones de cosecha el ánimo es más sombrío que otros años. "Antes la vendimia era una fiesta", dijo María Elena Quiroga, cosechadora desde hace veinte años en Santa Rosa. "Ahora somos menos, nos pagan por tacho igual que en diciembre y las fincas chicas se van vendiendo de a poco".',
            "Las cámaras del sector presentarán las cifras definitivas de la cosecha a fines de abril, cuando el instituto nacional de vitivinicultura cierre el registro de ingresos de uva a las bodegas.",
        ],
    ),
    "es-huelva": (
        "Huelva pone la primera piedra de su planta de hidrógeno verde entre dudas sobre el agua",
        [
            "La planta de hidrógeno verde que un consorcio energético levantará junto al polo químico de Huelva empezó este jueves sus obras con la colocación de la primera piedra, después de casi tres años de tramitación y en medio de las dudas de los regantes del Condado sobre el agua que consumirá.",
            "El proyecto, con una inversión inicial de 1.150 millones de euros, prevé instalar 400 megavatios de electrolizadores alimentados por parques solares de la provincia para producir unas 55.000 toneladas anuales de hidrógeno, destinadas sobre todo a la refinería y a las fábricas de fertilizantes del entorno.",
            '"Huelva lleva un siglo siendo la puerta de la química en el sur de Europa y ahora quiere ser también la de la energía limpia", afirmó durante el acto Rocío Carrasco, consejera delegada de la sociedad promotora. La compañía calcula que la construcción dará empleo a unas 1.600 personas en su momento de mayor actividad y que la planta necesitará 220 trabajadores fijos.',
            "La electrólisis necesita agua de gran pureza, y ahí está el principal motivo de polémica. El consorcio asegura que utilizará agua regenerada de las depuradoras de la capital y de Aljaraque, tratada en una planta propia, y que no tomará recursos del embalse que abastece a los regadíos de fresa y frutos rojos.",
            'Las comunidades de regantes del Condado de Huelva piden que ese compromiso quede por escrito en la autorización ambiental y que se instale un sistema público de control de los volúmenes. "No estamos en contra de la planta, estamos en contra de que dentro de cinco años, en plena sequía, alguien decida que el agua de los agricultores vale menos", señaló Manuel Domínguez, portavoz de una de las comunidades.',
            "Los ecologistas, por su parte, cuestionan que el hidrógeno se destine a las industrias ya existentes y no a sustituir combustibles en el transporte, y reclaman un estudio del efecto acumulado de los parques solares previstos en la provincia sobre el suelo agrícola y las dehesas.",
            "La Junta de Andalucía defendió que el proyecto cumple todos los requisitos y recordó que parte de la inversión procede de fondos europeos para la transición energética. El alcalde de Palos de la Frontera, donde se ubicarán algunas instalaciones auxiliares, pidió que la contratación dé prioridad a los vecinos de la comarca.",
            "Está previsto que la primera fase, de 200 megavatios, entre en funcionamiento a finales de 2029.",
        ],
    ),
}

PT = {
    "pt-petrolina": (
        "Exportação de manga pelo Vale do São Francisco bate recorde, mas custo do frete preocupa",
        [
            "Os produtores de manga do polo Petrolina-Juazeiro embarcaram no ano passado o maior volume de frutas para o exterior da história da região, mas entram na nova safra preocupados com o preço do frete marítimo e com a exigência cada vez maior dos supermercados europeus.",
            "Segundo dados reunidos pela associação dos exportadores do Vale do São Francisco, foram enviadas 268 mil toneladas de manga em 2026, alta de 11% em relação ao ano anterior. A receita chegou a 312 milhões de dólares, puxada pela Europa, que comprou quase dois terços do total, e pelos Estados Unidos.",
            '"Foi um ano muito bom de mercado, com preço firme lá fora e fruta de qualidade aqui", disse Jussara Albuquerque, que cultiva 60 hectares de manga Palmer e Tommy Atkins no Perímetro Irrigado Senador Nilo Coelho. "Mas o que sobrou no fim da conta foi menos do que parece, porque o contêiner ficou mais caro e o adubo também."',
            "O custo para levar um contêiner refrigerado do porto de Pecém, no Ceará, até Roterdã subiu cerca de 30% nos últimos seis meses, segundo os exportadores. Parte da fruta também sai pelo porto de Salvador, que fica mais perto, mas tem menos rotas diretas para a Europa.",
            "Além do frete, as redes varejistas europeias passaram a exigir relatórios detalhados sobre o uso de água e de defensivos agrícolas e sobre as condições de trabalho nas fazendas. Empresas menores dizem que o custo das certificações pesa mais para quem exporta pouco.",
            '"O pequeno produtor não tem um departamento só para preencher formulário", afirmou Raimundo Coelho, presidente de uma cooperativa de Lagoa Grande que reúne 84 produtores. "A gente está se juntando para dividir o custo do técnico e da auditoria, senão fica fora do mercado."',
            "A safra de 2027 deve ser parecida com a anterior em volume, segundo as primeiras estimativas, com a floração prejudicada em algumas áreas pelo calor de outubro. Os produtores esperam que a China, que abriu o mercado para a manga brasileira há dois anos, passe a comprar volumes maiores.",
            "A fruticultura irrigada emprega cerca de 110 mil pessoas no polo Petrolina-Juazeiro, entre trabalhadores fixos e temporários, e a manga responde por metade do valor exportado pela região, seguida pela uva de mesa.",
            "A prefeitura de Petrolina e o governo de Pernambuco anunciaram a ampliação do aeroporto de cargas da cidade, que hoje recebe poucos voos, para permitir o envio de frutas mais delicadas por via aérea. As obras devem começar no segundo semestre.",
        ],
    ),
}

ES["es-huelva"][1][7:7] = [
    "Los sindicatos de la provincia valoraron la inversión, pero recordaron que los empleos fijos prometidos son pocos en comparación con los que se perdieron en el polo químico en la última década, y pidieron que se acuerde un plan de formación con los institutos de la zona.",
    "El consorcio confirmó que ya ha firmado contratos de compra de parte de la producción con dos empresas del polo y que estudia exportar hidrógeno o amoníaco verde a través del puerto de Huelva hacia el norte de Europa a partir de la próxima década.",
]
PT["pt-petrolina"][1][8:8] = [
    "Os exportadores também apostam na diversificação de variedades. Algumas fazendas começaram a plantar mangas de polpa mais firme e sem fibras, preferidas por compradores asiáticos, e testam embalagens que prolongam a vida da fruta durante a viagem de navio.",
]


AR = {
    "ar-ahsa": (
        "مزارعو الأحساء يترقبون موسم تمور أصعب بعد ارتفاع تكاليف الري والعمالة",
        [
            "يستعد مزارعو النخيل في محافظة الأحساء لموسم تمور يصفونه بالأصعب منذ سنوات، بعد أن ارتفعت تكاليف الري والعمالة والأسمدة في حين بقيت أسعار البيع في المزادات قريبة من مستوياتها في العام الماضي.",
            'وقال المزارع عبدالله الحليبي، الذي يملك نحو ألفي نخلة في بلدة المنيزلة، إن كلفة تشغيل المضخات ارتفعت بنحو الربع خلال عام واحد. وأضاف: "النخلة لا تنتظر، إذا تأخر الري في الصيف تضرر المحصول كله، ولذلك ندفع مهما كان الثمن".',
            "وتضم الأحساء أكثر من ثلاثة ملايين نخلة، وتعد من أكبر واحات النخيل في العالم، ويشتهر صنف الخلاص فيها بجودته وارتفاع الطلب عليه في الأسواق الخليجية. غير أن المزارعين يقولون إن صغار المنتجين باتوا يجدون صعوبة في المنافسة مع الشركات الكبيرة التي تملك مستودعات تبريد ومصانع تعبئة خاصة بها.",
            "وبحسب تقديرات جمعية تعاونية زراعية في المحافظة، بلغ متوسط سعر كرتون الخلاص في مزادات الموسم الماضي نحو خمسة وأربعين ريالا، بينما تجاوزت كلفة إنتاجه لدى كثير من المزارع الصغيرة أربعين ريالا، ما يترك هامشا ضئيلا لا يكفي لتغطية أي خسارة بسبب الآفات أو الحر.",
            "وتشكل سوسة النخيل الحمراء مصدر قلق دائم، إذ تتطلب مكافحتها فحصا دوريا وحقنا للأشجار المصابة. وقالت مهندسة زراعية تعمل في برنامج إرشادي بالمحافظة إن عدد البلاغات عن الإصابات تراجع خلال العامين الأخيرين، لكنها حذرت من أن التهاون في الفحص قد يعيد انتشار الآفة بسرعة.",
            "ويطالب المزارعون بتوسيع برامج دعم الري الحديث، وبإنشاء مراكز تبريد مشتركة تتيح لصغار المنتجين تخزين تمورهم وبيعها في أوقات ارتفاع الأسعار بدلا من بيعها فور الجني. كما يدعون إلى تسهيل وصولهم إلى أسواق التصدير عبر منصات بيع إلكترونية تشرف عليها الجمعيات.",
            "من جهتها، أعلنت الجهات الزراعية في المنطقة الشرقية عن خطة لتأهيل قنوات الري القديمة في عدد من القرى، وتوزيع فسائل من أصناف مقاومة للملوحة، إلى جانب تنظيم دورات تدريبية للمزارعين حول الري بالتنقيط وجدولة المياه.",
            "ويبدأ موسم جني الخلاص عادة في أواخر يوليو، وتقام خلاله مزادات يومية في مدينة المبرز تستقطب تجارا من مختلف مناطق المملكة ودول الخليج.",
        ],
    ),
}

UR = {
    "ur-sialkot": (
        "سیالکوٹ کے فٹ بال سازوں کو یورپی آرڈرز میں اضافہ، مگر بجلی کے نرخ بڑا مسئلہ",
        [
            "سیالکوٹ میں فٹ بال بنانے والے کارخانوں کو اس سال یورپ اور امریکا سے ملنے والے آرڈرز میں نمایاں اضافہ ہوا ہے، لیکن صنعت کاروں کا کہنا ہے کہ بجلی اور گیس کے بڑھتے نرخ ان کے منافع کو تیزی سے کم کر رہے ہیں۔",
            "سیالکوٹ چیمبر آف کامرس کے ایک عہدیدار کے مطابق جنوری اور فروری میں کھیلوں کے سامان کی برآمدات گزشتہ سال کے انہی مہینوں کے مقابلے میں تقریباً اٹھارہ فیصد زیادہ رہیں، جن میں سب سے بڑا حصہ فٹ بال کا تھا۔",
            'ایک درمیانے درجے کے کارخانے کے مالک عمران باجوہ نے بتایا کہ ان کے پاس اگست تک کے آرڈرز موجود ہیں۔ ان کا کہنا تھا: "کام کی کمی نہیں، کمی صرف اس بات کی ہے کہ آخر میں ہاتھ میں کچھ بچے۔ بجلی کا بل پچھلے سال سے تقریباً دگنا ہو گیا ہے۔"',
            "سیالکوٹ میں ہزاروں خاندان فٹ بال کی سلائی سے وابستہ ہیں۔ ہاتھ سے سلے ہوئے فٹ بال کی جگہ اب زیادہ تر مشینوں سے جوڑے جانے والے فٹ بال نے لے لی ہے، جس کے لیے کارخانوں کو مسلسل بجلی درکار ہوتی ہے۔",
            "صنعت کاروں کا کہنا ہے کہ بین الاقوامی خریدار اب صرف قیمت نہیں دیکھتے بلکہ مزدوروں کی تنخواہوں، کام کے اوقات اور ماحولیاتی معیار کے بارے میں بھی تفصیلی رپورٹیں مانگتے ہیں۔ چھوٹے کارخانوں کے لیے ان آڈٹس کا خرچ برداشت کرنا مشکل ہو رہا ہے۔",
            "کارخانے میں کام کرنے والی شازیہ پروین نے بتایا کہ آرڈرز بڑھنے سے اوور ٹائم ملا ہے، مگر مہنگائی کی وجہ سے گھر کا خرچ پھر بھی مشکل سے پورا ہوتا ہے۔",
            "چیمبر نے حکومت سے مطالبہ کیا ہے کہ برآمدی صنعتوں کے لیے بجلی کا خصوصی نرخ بحال کیا جائے اور شہر میں شمسی توانائی کے منصوبوں کے لیے آسان قرضے فراہم کیے جائیں۔",
            "صنعت کاروں کو توقع ہے کہ آئندہ سال ہونے والے عالمی ٹورنامنٹس کی وجہ سے طلب مزید بڑھے گی، اور کئی کارخانے نئی مشینیں منگوانے کی تیاری کر رہے ہیں۔",
        ],
    ),
}

HI = {
    "hi-indore": (
        "इंदौर मंडी में सोयाबीन के भाव समर्थन मूल्य से नीचे, किसान भंडारण की ओर मुड़े",
        [
            "इंदौर की लक्ष्मीबाई नगर कृषि उपज मंडी में इस सप्ताह सोयाबीन के भाव न्यूनतम समर्थन मूल्य से लगभग चार सौ रुपये प्रति क्विंटल नीचे बने रहे, जिसके बाद कई किसानों ने उपज बेचने के बजाय उसे गोदामों में रखना शुरू कर दिया है।",
            "मंडी के व्यापारियों के अनुसार गुरुवार को अच्छी गुणवत्ता वाली सोयाबीन औसतन चार हजार चार सौ रुपये प्रति क्विंटल के आसपास बिकी। आवक पिछले सप्ताह की तुलना में करीब एक तिहाई कम रही।",
            'देपालपुर से आए किसान रामेश्वर पाटीदार ने कहा, "इस भाव पर बेचें तो लागत भी नहीं निकलती। डीजल, मजदूरी और दवाई सब महंगे हो गए हैं। जब तक भाव नहीं सुधरते, माल घर पर ही रखेंगे।"',
            "व्यापारियों का कहना है कि सोयाबीन तेल के आयात पर शुल्क कम रहने और सोया खली के निर्यात में गिरावट के कारण प्रसंस्करण इकाइयां ऊंचे दाम पर खरीदने को तैयार नहीं हैं। खली का निर्यात चालू विपणन वर्ष के पहले पांच महीनों में लगभग बीस प्रतिशत घटा है।",
            "किसान संगठनों ने राज्य सरकार से मांग की है कि समर्थन मूल्य पर खरीद की अवधि बढ़ाई जाए और भावांतर योजना फिर से शुरू की जाए, ताकि बाजार भाव और समर्थन मूल्य के बीच का अंतर किसानों को मिल सके।",
            "मंडी सचिव के अनुसार गोदामों में रखी उपज के बदले ऋण देने की सुविधा का लाभ लेने वाले किसानों की संख्या इस साल बढ़ी है। वेयरहाउस रसीद पर बैंक अब उपज के मूल्य का सत्तर प्रतिशत तक ऋण दे रहे हैं।",
            "कृषि विशेषज्ञों का मानना है कि अगले कुछ सप्ताह में अंतरराष्ट्रीय बाजार में सोयाबीन के दाम और आयात नीति में बदलाव ही तय करेंगे कि किसानों को बेहतर भाव मिलेगा या नहीं।",
        ],
    ),
}

BN = {
    "bn-khulna": (
        "খুলনায় চিংড়ি রপ্তানিতে সুখবর, তবে ঘেরে পানির লবণাক্ততা নিয়ে দুশ্চিন্তা",
        [
            "খুলনা অঞ্চল থেকে চলতি অর্থবছরের প্রথম আট মাসে হিমায়িত চিংড়ি রপ্তানি আগের বছরের একই সময়ের তুলনায় প্রায় পনেরো শতাংশ বেড়েছে, কিন্তু ঘের মালিকেরা বলছেন পানির লবণাক্ততা ও রোগের কারণে উৎপাদন খরচ দ্রুত বাড়ছে।",
            "মৎস্য অধিদপ্তরের আঞ্চলিক কার্যালয়ের হিসাবে জুলাই থেকে ফেব্রুয়ারি পর্যন্ত খুলনা, বাগেরহাট ও সাতক্ষীরা থেকে প্রায় একুশ হাজার টন চিংড়ি বিদেশে পাঠানো হয়েছে। এর বড় অংশ গেছে নেদারল্যান্ডস, বেলজিয়াম ও যুক্তরাজ্যে।",
            'ডুমুরিয়ার ঘের মালিক আব্দুস সালাম বলেন, "দাম ভালো পাচ্ছি, কিন্তু এবার দুইবার ভাইরাসে পোনা মরে গেছে। নতুন করে পোনা ছাড়তে হয়েছে, তাতে খরচ অনেক বেড়ে গেছে।"',
            "বিশেষজ্ঞরা বলছেন, শুষ্ক মৌসুমে নদীর পানিতে লবণাক্ততা বেড়ে যাওয়ায় বাগদা চিংড়ির ঘেরে রোগের ঝুঁকি বাড়ে। অনেক ঘেরে পানি বদলানোর মতো খাল সংস্কার না হওয়ায় সমস্যা আরও জটিল হয়েছে।",
            "রপ্তানিকারকদের সংগঠন জানিয়েছে, ইউরোপের ক্রেতারা এখন চিংড়ির উৎস ও চাষের পদ্ধতি সম্পর্কে বিস্তারিত তথ্য চাইছেন। এ কারণে কয়েকটি প্রক্রিয়াজাতকরণ কারখানা ঘের মালিকদের সঙ্গে সরাসরি চুক্তি করে নিবন্ধন ও প্রশিক্ষণ দিচ্ছে।",
            'পাইকগাছার চাষি রহিমা খাতুন জানান, প্রশিক্ষণ নেওয়ার পর তিনি ঘেরে পোনা ছাড়ার আগে পানি পরীক্ষা করেন। তিনি বলেন, "আগে অনুমানে চলতাম, এখন মেপে চলি। ক্ষতি অনেক কমেছে।"',
            "চাষিরা সরকারের কাছে সহজ শর্তে ঋণ, মানসম্মত পোনার সরবরাহ এবং খাল খননের দাবি জানিয়েছেন। মৎস্য কর্মকর্তারা বলছেন, আগামী মৌসুমের আগে কয়েকটি উপজেলায় পরীক্ষাগার স্থাপনের পরিকল্পনা রয়েছে।",
        ],
    ),
}

TH = {
    "th-chanthaburi": (
        "ทุเรียนจันทบุรีเริ่มตัดขายต้นฤดู ราคาสูงแต่ผู้ส่งออกกังวลเรื่องตรวจสารตกค้าง",
        [
            "ชาวสวนทุเรียนในจังหวัดจันทบุรีเริ่มตัดทุเรียนพันธุ์กระดุมและพวงมณีออกขายแล้วในสัปดาห์นี้ โดยราคาหน้าสวนต้นฤดูสูงกว่าปีก่อน แต่ผู้ส่งออกยังกังวลเรื่องการตรวจสารตกค้างและสีย้อมที่เข้มงวดขึ้นที่ด่านปลายทาง",
            "นายสมศักดิ์ วงศ์ประเสริฐ เจ้าของสวนทุเรียนในอำเภอท่าใหม่ กล่าวว่า ทุเรียนกระดุมเกรดดีขายได้กิโลกรัมละประมาณ ๑๕๐ บาท สูงกว่าช่วงเดียวกันของปีที่แล้วราว ๒๐ บาท แต่ผลผลิตต้นฤดูมีไม่มาก เพราะอากาศร้อนและแล้งช่วงออกดอก",
            "ผู้ประกอบการล้งรายหนึ่งในอำเภอเมืองจันทบุรีระบุว่า ปีนี้ล้งต้องส่งตัวอย่างทุเรียนตรวจที่ห้องปฏิบัติการก่อนบรรจุตู้ทุกครั้ง ทำให้ต้นทุนและเวลาเพิ่มขึ้น และหากพบปัญหาแม้เพียงตู้เดียวก็อาจกระทบความเชื่อมั่นของผู้ซื้อทั้งตลาด",
            "เจ้าหน้าที่เกษตรจังหวัดเตือนให้ชาวสวนอย่าตัดทุเรียนอ่อนออกขายเพื่อหวังราคาสูง โดยจะตั้งจุดตรวจความแก่ของทุเรียนตามถนนสายหลักและตรวจเข้มที่ล้งตลอดฤดูกาล ผู้ที่ฝ่าฝืนอาจถูกดำเนินคดี",
            "นางสาวพิมพ์ชนก แสงทอง ชาวสวนรุ่นใหม่ในอำเภอมะขาม กล่าวว่า สวนของเธอเริ่มขายทุเรียนผ่านช่องทางออนไลน์ให้ลูกค้าในประเทศโดยตรง ซึ่งช่วยลดการพึ่งพาล้งและได้ราคาที่ดีกว่า แต่ต้องลงทุนเรื่องบรรจุภัณฑ์และการขนส่งเพิ่ม",
            "สมาคมผู้ส่งออกผลไม้คาดว่าผลผลิตทุเรียนภาคตะวันออกปีนี้จะใกล้เคียงกับปีก่อน และช่วงที่ผลผลิตออกมากที่สุดจะอยู่ระหว่างปลายเดือนเมษายนถึงกลางเดือนพฤษภาคม",
        ],
    ),
}

ID = {
    "id-jambi": (
        "Harga karet di Jambi naik tipis, petani masih menunggu pabrik kembali menyerap bokar",
        [
            "Harga karet di tingkat petani di Provinsi Jambi naik tipis dalam dua pekan terakhir, namun petani di sejumlah kabupaten mengeluhkan pabrik pengolahan yang masih membatasi pembelian bahan olah karet atau bokar.",
            "Di Kabupaten Batanghari, harga karet kering dengan kadar air rendah dihargai sekitar Rp11.800 per kilogram pada Kamis, naik dari Rp11.200 pada awal bulan. Adapun karet basah yang biasa dijual petani kecil masih berkisar Rp6.500 hingga Rp7.000 per kilogram.",
            '"Naiknya sedikit, tapi lumayan untuk beli beras," kata Syamsul Bahri, petani karet di Kecamatan Muara Bulian. "Masalahnya toke juga belum berani beli banyak karena pabrik di Jambi masih kurangi stok."',
            "Menurut pengurus asosiasi pengusaha karet setempat, sejumlah pabrik crumb rubber di Jambi mengurangi jam operasional sejak akhir tahun lalu karena permintaan ekspor ke Amerika Serikat dan Jepang melemah. Harga karet di bursa Singapura memang mulai pulih, tetapi belum cukup untuk mendorong pabrik menambah pembelian.",
            "Pemerintah provinsi mendorong petani bergabung dalam unit pengolahan dan pemasaran bokar agar mutu karet lebih terjaga dan bisa dijual langsung ke pabrik melalui lelang. Petani yang menjual melalui lelang umumnya mendapat harga lebih tinggi dibanding menjual ke pedagang pengumpul.",
            'Siti Aminah, pengurus kelompok tani di Kabupaten Sarolangun, mengatakan lelang bokar di desanya kini digelar dua pekan sekali. "Kalau karetnya bersih, tidak dicampur tanah atau tatal, harganya bisa selisih seribu rupiah lebih," ujarnya.',
            "Banyak petani karet di Jambi mulai menanam tanaman sela atau beralih ke kelapa sawit karena pendapatan dari karet tidak menentu. Dinas perkebunan mencatat luas kebun karet di provinsi itu berkurang sekitar tiga persen dalam lima tahun terakhir.",
            "Dinas perkebunan juga menyiapkan bantuan bibit karet unggul untuk peremajaan kebun tua di lima kabupaten tahun ini, dengan target sekitar 2.000 hektare.",
        ],
    ),
}

TR = {
    "tr-malatya": (
        "Malatya'da kuru kayısı ihracatı yeni sezona stoksuz giriyor, fiyatlar yükseldi",
        [
            "Dünyanın en büyük kuru kayısı üretim merkezi Malatya'da geçen yılki don nedeniyle rekoltenin düşmesi, ihracatçıları yeni sezona neredeyse boş depolarla girmek zorunda bıraktı ve iç piyasada fiyatlar son bir ayda belirgin şekilde yükseldi.",
            "Kayısı borsasında perşembe günü birinci kalite kuru kayısının kilogramı ortalama 210 liradan işlem gördü. Tüccarlar, geçen yılın aynı döneminde bu fiyatın 150 lira civarında olduğunu hatırlatıyor.",
            'Yeşilyurt\'ta 30 dönüm bahçesi bulunan üretici Mehmet Karakoç, "Geçen bahar don bahçenin yarısını götürdü, elimizde satacak ürün kalmadı. Fiyat yükseldi ama bizim malımız yok ki" dedi.',
            "İhracatçılar, Avrupa ve ABD'deki alıcıların Malatya kayısısının yerine başka ülkelerden ürün aramaya başladığını, bunun da uzun vadede pazar kaybına yol açabileceğini söylüyor. Bir ihracat firmasının yöneticisi, siparişlerin bir kısmını ancak yeni hasattan karşılayabileceklerini belirtti.",
            "Kayısı üreticileri, dona karşı bahçelerde kullanılan rüzgar pervaneleri ve sisleme sistemleri için daha fazla destek istiyor. Tarım il müdürlüğü, bu yıl 600 üreticiye ekipman desteği verileceğini açıkladı.",
            "Uzmanlar, bu yıl çiçeklenme döneminde hava koşullarının normal seyretmesi halinde rekoltenin yeniden 80 bin tonun üzerine çıkabileceğini tahmin ediyor.",
            "Malatya'da yaklaşık 9 milyon kayısı ağacı bulunuyor ve kent ekonomisi büyük ölçüde bu ürüne bağlı. Kuru kayısı ihracatı geçen yıl yaklaşık 380 milyon dolar gelir getirmişti.",
        ],
    ),
}

VI = {
    "vi-ninhthuan": (
        "Ninh Thuận: Điện gió ngoài khơi được đưa vào quy hoạch, ngư dân lo mất ngư trường",
        [
            "Tỉnh Ninh Thuận vừa công bố danh mục các khu vực biển dự kiến phát triển điện gió ngoài khơi, trong khi nhiều ngư dân ở huyện Ninh Hải và Thuận Nam bày tỏ lo ngại các trụ tuabin sẽ chiếm mất ngư trường truyền thống.",
            "Theo sở công thương tỉnh, ba khu vực biển có tổng diện tích khoảng 1.800 km2 đã được đề xuất, với tổng công suất tiềm năng khoảng 6.000 MW. Các dự án đầu tiên dự kiến được khảo sát từ năm sau và không thể vận hành trước năm 2032.",
            'Ông Trần Văn Lực, chủ một tàu cá ở xã Vĩnh Hải, cho biết vùng biển được khoanh lại là nơi ông đánh bắt mực và cá nục hơn hai mươi năm nay. "Chúng tôi không phản đối điện gió, nhưng phải nói rõ ghe nhỏ còn được vào đâu, đi vòng xa thì tốn dầu lắm", ông nói.',
            "Ninh Thuận là một trong những địa phương có tiềm năng điện gió và điện mặt trời lớn nhất cả nước, với hàng chục nhà máy đã vận hành trên đất liền. Tuy nhiên, một số dự án từng phải giảm công suất phát vì lưới điện truyền tải quá tải.",
            "Đại diện sở công thương cho biết tỉnh sẽ tổ chức lấy ý kiến của ngư dân và các hội nghề cá trước khi trình phương án chính thức, đồng thời yêu cầu nhà đầu tư có kế hoạch hỗ trợ chuyển đổi nghề cho những hộ bị ảnh hưởng.",
            "Các chuyên gia năng lượng cho rằng điện gió ngoài khơi có thể mang lại nguồn thu lớn cho tỉnh, nhưng cần đầu tư cảng chuyên dụng và đường dây truyền tải. Chi phí đầu tư mỗi dự án ước tính lên tới vài tỷ USD.",
            "Bà Nguyễn Thị Hoa, chủ một cơ sở thu mua hải sản ở cảng cá Cà Ná, nói bà mong các dự án tạo thêm việc làm cho con em ngư dân, chứ không chỉ thuê lao động từ nơi khác đến.",
        ],
    ),
}

TL = {
    "tl-batangas": (
        "Bagong LNG terminal sa Batangas, inaasahang magpapababa ng presyo ng kuryente",
        [
            "Nagsimula nang tumanggap ng kargamento ng liquefied natural gas ang bagong terminal sa Batangas, na inaasahang magpapatatag ng suplay ng gas para sa mga planta ng kuryente sa Luzon habang unti-unting nauubos ang gas mula sa Malampaya.",
            "Ayon sa operator ng terminal, dumating nitong Huwebes ang unang barko na may dalang humigit-kumulang 140,000 kubiko metro ng LNG. Kaya ng terminal na mag-imbak ng gas na sapat para patakbuhin ang ilang malalaking planta nang ilang linggo.",
            'Sinabi ni Engr. Roberto Dimaculangan, isang opisyal ng kumpanya, na mahalaga ang terminal para maiwasan ang kakulangan ng kuryente tuwing tag-init. "Kapag may sapat tayong gas, hindi na kailangang umasa nang husto sa mas mahal na diesel," aniya.',
            "Gayunman, nagbabala ang ilang grupo ng mga konsyumer na hindi agad bababa ang singil sa kuryente dahil nakadepende pa rin ang presyo ng LNG sa pandaigdigang merkado. Hiniling nila sa Energy Regulatory Commission na bantayang mabuti ang ipapasa sa mga konsyumer.",
            "Nag-aalala naman ang mga mangingisda sa Batangas Bay sa posibleng epekto ng dumaraming barko sa kanilang pangingisda. Sinabi ni Lorna Macalalad, pinuno ng isang samahan ng mga mangingisda sa bayan ng Ilijan, na dapat silang konsultahin sa mga ruta ng barko.",
            "Ayon sa Department of Energy, ang Batangas ang nagsisilbing sentro ng mga planta ng kuryenteng gumagamit ng gas sa bansa, at inaasahang madaragdagan pa ang mga terminal sa mga susunod na taon.",
            "Tiniyak ng lokal na pamahalaan na magkakaroon ng regular na pagsusuri sa kalidad ng tubig sa paligid ng terminal at bukas ang tanggapan nito sa mga reklamo ng mga residente.",
        ],
    ),
}

MS = {
    "ms-kuantan": (
        "Pelabuhan Kuantan tambah dermaga baharu, pengusaha tempatan harap lebih banyak kapal kontena",
        [
            "Pelabuhan Kuantan akan membina dua dermaga baharu bagi kapal kontena dan kargo pukal dalam tempoh tiga tahun akan datang, langkah yang disambut baik oleh pengusaha tempatan yang selama ini terpaksa menghantar barangan melalui pelabuhan di pantai barat.",
            "Menurut pengendali pelabuhan, projek bernilai kira-kira RM1.2 bilion itu akan menambah kapasiti pelabuhan sebanyak 40 peratus dan membolehkan kapal yang lebih besar berlabuh. Kerja pembinaan dijangka bermula pada suku ketiga tahun ini.",
            'Pengarah sebuah syarikat pengeksport minyak sawit di Gebeng, Zulkifli Hamzah, berkata kos pengangkutan ke Pelabuhan Klang menjadikan produk mereka kurang berdaya saing. "Kalau lebih banyak laluan kapal terus dari Kuantan, kami boleh jimat masa dan kos lori yang tinggi," katanya.',
            "Kawasan perindustrian Gebeng dan taman perindustrian berhampiran menempatkan kilang petrokimia, pemprosesan minyak sawit dan logam, dan sebahagian besar hasilnya dieksport ke China dan negara Asia Timur.",
            "Namun, beberapa persatuan nelayan di Balok dan Beserah meminta agar kajian kesan alam sekitar dikongsi secara terbuka, kerana bimbang kerja pengorekan akan menjejaskan kawasan tangkapan udang dan ikan bilis.",
            "Kerajaan negeri Pahang berkata projek itu akan mewujudkan kira-kira 3,000 peluang pekerjaan semasa pembinaan dan keutamaan akan diberikan kepada penduduk tempatan.",
            "Pelabuhan Kuantan mengendalikan kira-kira 30 juta tan kargo tahun lalu, kebanyakannya kargo pukal seperti bahan kimia, minyak sawit dan bauksit.",
        ],
    ),
}

_MORE_INTL = {
    "id-jambi": [
        'Kepala desa di salah satu desa di Muaro Jambi, Hendra Saputra, mengatakan sebagian warganya kini menyadap karet hanya tiga hari seminggu dan menghabiskan sisa waktu bekerja sebagai buruh harian di kebun sawit. "Kalau harga karet seperti ini terus, anak-anak muda tidak mau lagi menyadap," katanya.',
        "Pedagang pengumpul di Kota Jambi menyebut pasokan karet dari desa-desa juga berkurang karena hujan deras dalam sebulan terakhir membuat petani tidak bisa menyadap. Getah yang tercampur air hujan menurunkan kadar karet kering dan membuat harganya jatuh.",
        "Ekonom dari sebuah universitas di Jambi menilai pemerintah daerah perlu mendorong hilirisasi karet, misalnya untuk campuran aspal jalan, agar serapan dalam negeri meningkat dan petani tidak terlalu bergantung pada pasar ekspor.",
    ],
    "tr-malatya": [
        "Kayısı ihracatçıları birliğinden bir yetkili, stokların azalmasıyla birlikte bazı firmaların Özbekistan ve İran'dan ithal edilen kayısıyı işleyip yeniden ihraç etmeyi gündeme getirdiğini, ancak bunun Malatya kayısısının marka değerine zarar verebileceğini söyledi.",
        'Battalgazi\'de kayısı kurutma ve paketleme tesisi işleten Ayşe Demirtaş, tesisin son iki ayda kapasitesinin ancak üçte biriyle çalışabildiğini anlattı. "İşçilerimizi çıkarmamak için bakım ve temizlik işleri yaptırıyoruz, yeni ürünü bekliyoruz" dedi.',
        "Bankalar ise dondan etkilenen üreticilerin kredi borçlarının ertelenmesi için başvuruları değerlendirmeye devam ediyor. Ziraat odası, başvuruların yarısından fazlasının henüz sonuçlanmadığını açıkladı.",
        "Üreticiler, sigorta kapsamının genişletilmesini ve don riskine karşı bölgesel erken uyarı sisteminin kurulmasını da talep ediyor.",
    ],
    "vi-ninhthuan": [
        "Theo một cán bộ hội nghề cá huyện Thuận Nam, trên địa bàn có hơn 1.200 tàu cá, phần lớn là tàu nhỏ dưới 15 mét chỉ hoạt động ở vùng biển gần bờ. Những tàu này khó có thể chuyển ra đánh bắt xa hơn nếu ngư trường bị thu hẹp.",
        "Một số doanh nghiệp đã bày tỏ quan tâm đến việc khảo sát gió và địa chất đáy biển tại Ninh Thuận. Tỉnh cho biết sẽ ưu tiên các nhà đầu tư có kinh nghiệm và năng lực tài chính, đồng thời cam kết xây dựng cơ sở hạ tầng cảng biển phục vụ lắp đặt.",
        "Người dân ở các làng chài cũng đề nghị chính quyền công khai bản đồ quy hoạch chi tiết và tổ chức đối thoại trực tiếp tại từng xã, thay vì chỉ lấy ý kiến qua văn bản gửi các hội đoàn.",
    ],
    "tl-batangas": [
        "Sinabi ng operator na may kasunduan na ito sa tatlong planta ng kuryente sa lalawigan para sa suplay ng gas sa susunod na sampung taon, at bukas ito sa iba pang kumpanyang nais gumamit ng terminal.",
        "Ayon sa ilang residente ng Barangay Ilijan, nagkaroon ng trabaho ang ilang taga-roon sa konstruksiyon ng terminal, ngunit karamihan sa mga permanenteng posisyon ay napunta sa mga inhinyerong mula sa Maynila at sa ibang bansa.",
        "Nanawagan din ang mga environmental group na tiyaking may sapat na kagamitan ang terminal para sa anumang tagas o aksidente sa dagat, lalo na at malapit ang Verde Island Passage, na kilala bilang isa sa pinakamayamang lugar sa mundo pagdating sa buhay-dagat.",
        "Inaasahang darating ang ikalawang barko ng LNG bago matapos ang Abril, ayon sa kumpanya.",
    ],
    "ms-kuantan": [
        "Seorang pegawai Dewan Perniagaan Melayu cawangan Pahang berkata peniaga kecil seperti pengusaha makanan laut sejuk beku dan produk kayu juga berpeluang mengeksport terus jika kos penghantaran dari Kuantan menjadi lebih rendah.",
        "Pengendali pelabuhan turut merancang untuk menaik taraf jalan masuk dan kemudahan kereta api ke pelabuhan, berikutan kesesakan lori yang semakin teruk di jalan menuju Gebeng pada waktu puncak.",
        'Penduduk Kampung Cherating, Rosnah Ismail, berkata dia berharap projek itu tidak menjejaskan pantai dan pelancongan di kawasan itu. "Ramai orang kampung bergantung pada pelancong, bukan hanya pada kilang," katanya.',
        "Kajian kesan alam sekitar bagi projek itu dijangka dipamerkan kepada umum di pejabat daerah Kuantan bulan depan, dan orang ramai diberi tempoh 30 hari untuk mengemukakan pandangan.",
    ],
}
for _d in (ID, TR, VI, TL, MS):
    for _k in _d:
        _t, _p = _d[_k]
        _d[_k] = (_t, [*_p[:-1], *_MORE_INTL[_k], _p[-1]])


STORIES33: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": EN,
    "es": ES,
    "pt": PT,
    "ar": AR,
    "ur": UR,
    "hi": HI,
    "bn": BN,
    "th": TH,
    "id": ID,
    "tr": TR,
    "vi": VI,
    "tl": TL,
    "ms": MS,
}

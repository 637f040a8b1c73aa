# ruff: noqa: E501  (one paragraph a line)
"""Prose of the fifty-first blind set: local news from the English-speaking press (US, UK, Ireland,
Canada, Australia, New Zealand). All names, places, figures and quotes are invented; the towns are
invented too, in real states, counties and provinces."""

from __future__ import annotations

STORIES51: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        # United States
        "us_bridge": (
            "Quarry Creek bridge to close for six weeks as county replaces rusted deck",
            [
                "The Halvorsen County commission voted 4-1 on Tuesday to close the Quarry Creek bridge on Route 9 for six weeks starting April 5 while crews replace its rusted steel deck.",
                "Engineers told commissioners that salt damage had eaten through two of the deck's support stringers, and a February inspection lowered the span's weight limit to 10 tons.",
                "Drivers will be sent along a 7-mile detour on Millrace Road, which the county plans to repave before the closure begins, road superintendent Dale Kormann said.",
                "The $2.3 million project is paid for mostly by a state bridge grant. Commissioner Ruth Ebbing cast the lone no vote, saying the work should wait until school lets out in June.",
            ],
        ),
        "us_school_budget": (
            "Pinecrest school board trims busing, keeps music teachers in leaner budget",
            [
                "The Pinecrest Unified school board approved a $61.4 million budget late Monday that eliminates three bus routes but keeps every elementary music teacher on staff.",
                "Parents had packed the board room at Fenwick Middle School for a second straight meeting after an early draft proposed cutting music to one day a week.",
                "Superintendent Carla Neddermeyer said consolidating routes would save about $410,000, and that students living within a mile and a half of school would no longer qualify for a bus.",
                "Board member Theo Arrington said the district will study a walking-route safety plan over the summer. The budget takes effect July 1.",
            ],
        ),
        "us_diner": (
            "Beloved Main Street diner reopens under founder's granddaughter",
            [
                "For the first time in nearly two years, the griddle is hot again at the Lamplight Diner on Main Street in Osterville.",
                "Jenna Vukovich, whose grandfather Stan opened the diner in 1968, reopened it Saturday after a renovation that kept the original 14 counter stools and the pie case by the door.",
                "Regulars lined up before 6 a.m., and by mid-morning the kitchen had run out of the diner's cinnamon rolls, which Vukovich bakes from her grandfather's recipe card.",
                "The diner will be open from 6 a.m. to 2 p.m., Tuesday through Sunday. Vukovich said she hopes to add Friday supper hours once she hires a second cook.",
            ],
        ),
        "us_water_rates": (
            "Water rates in Marlow Springs to rise 9% to pay for new treatment plant",
            [
                "Residents of Marlow Springs will pay about $4.80 more a month for water starting in July after the city council approved a 9% rate increase Thursday night.",
                "The money will help repay a $38 million loan for a treatment plant that must be running by 2029 to meet federal limits on nitrates from nearby farm fields.",
                "Utilities director Angela Sorbey said the old plant, built in 1974, has needed emergency repairs four times since last summer.",
                "The average household in Marlow Springs uses about 5,000 gallons a month, according to the utility's billing records.",
                "Council member Rick Danforth asked staff to expand a discount program for seniors on fixed incomes. The council will vote on that program next month.",
            ],
        ),
        "us_fire_station": (
            "Volunteer fire company in Tamsin Township gets its first new engine since 1991",
            [
                "The Tamsin Township Volunteer Fire Company rolled out its first new engine in more than three decades Sunday, with a ceremony that ended in the traditional push-in.",
                "Volunteers and neighbors pushed the red pumper by hand into the station bay, a custom borrowed from horse-drawn days when firefighters backed wagons into the barn.",
                "Chief Mel Ostrander said the $780,000 engine was paid for with a federal grant, a township loan and 11 years of chicken barbecue fundraisers.",
                "The company's 1991 engine will be sold to a volunteer department in the northern part of the state. The company still needs volunteers, Ostrander said, especially daytime drivers.",
            ],
        ),
        "us_housing": (
            "Council approves 212 apartments on former Kessler mill site",
            [
                "The Brannock City Council on Wednesday approved plans for 212 apartments on the site of the former Kessler textile mill along the Sawtooth River.",
                "The developer, Ridgeline Partners, agreed to set aside 40 units for households earning less than 60% of the area median income and to build a public riverfront path.",
                "Neighbors on Lowell Street asked the council to require a traffic signal at the site entrance, and the developer agreed to pay for a study.",
                "Demolition of the mill's remaining warehouse is scheduled to start in May, and the first apartments could open in late 2028, according to the city's planning office.",
            ],
        ),
        "us_library": (
            "Library card sign-ups surge after county drops late fines",
            [
                "New library card sign-ups in Dunmore County have nearly doubled since the library system stopped charging overdue fines in January, officials said.",
                "Library director Priya Castellanos told trustees that 1,870 people signed up in the first ten weeks of the year, compared with 960 in the same stretch last year.",
                "She said most of the returns came from families whose cards had been blocked over fines of less than $10, some of them for years.",
                "Staff also cleared about 4,300 blocked accounts in January, most of them belonging to children and teenagers.",
                "Trustees will decide in June whether to make the change permanent. The system expects to lose about $22,000 a year in fine revenue.",
            ],
        ),
        "us_storm": (
            "Overnight storms knock out power to 14,000 customers across three counties",
            [
                "Thunderstorms that rolled through before dawn Thursday knocked out power to about 14,000 customers in Corliss, Ainsley and Berwick counties, utility officials said.",
                "Winds estimated at 60 mph toppled trees onto lines along State Road 41, and a barn roof landed on a county highway near Pell City Junction.",
                "Crews from neighboring utilities were arriving to help, and most customers should be restored by Friday night, a spokesperson for Tri-County Electric said.",
                "No one was hurt, the Corliss County emergency management office said. The weather service will survey damage near Pell City Junction to determine whether a tornado touched down.",
            ],
        ),
        "us_sheriff": (
            "Sheriff's office adds mental health responders to night patrols",
            [
                "The Ashby County Sheriff's Office will pair deputies with licensed mental health counselors on overnight patrols starting next month, Sheriff Lorna Pettigrew announced Monday.",
                "The county recorded 640 calls involving a mental health crisis last year, and more than half came between 8 p.m. and 6 a.m., Pettigrew said.",
                "Two counselors from Harbor Light Behavioral Health will ride along four nights a week under a one-year contract worth $290,000, paid from opioid settlement funds.",
                "Similar programs in neighboring counties have cut repeat emergency room visits, according to the county's health department. The sheriff will report results to commissioners in the fall.",
            ],
        ),
        "us_county_fair": (
            "County fair moves to August, adds a second week of 4-H shows",
            [
                "The Wexler County Fair will move from July to the second and third weeks of August this year and add a second week of 4-H livestock shows, the fair board said.",
                "Fair board president Gil Tamberlane said July heat had forced organizers to cancel the tractor pull twice in the last three years.",
                "The later dates also avoid a conflict with the state fair's youth livestock entries, which had forced some 4-H members to choose between the two.",
                "Attendance reached about 61,000 last year, slightly below the record set in 2019, according to the fair board's annual report.",
                "Advance gate tickets go on sale June 1. The demolition derby will remain on the fair's closing Saturday.",
            ],
        ),
        "us_hospital": (
            "Rural hospital's birthing unit will stay open after state grant",
            [
                "Saint Agnes Community Hospital in Colfax Falls will keep its birthing unit open after the state awarded it a $1.6 million rural obstetrics grant, hospital leaders said Wednesday.",
                "The hospital had warned in January that the unit, which delivers about 230 babies a year, could close by summer because of staffing costs.",
                "Chief executive Nora Whitlock said the grant will pay for two additional nurse midwives and a recruitment bonus for labor and delivery nurses.",
                "The nearest other hospital that delivers babies is 68 miles away. The grant covers two years, and Whitlock said the hospital will seek a longer-term fix from state lawmakers.",
            ],
        ),
        "us_trail": (
            "Rail-trail extension will link two towns for the first time",
            [
                "A 9-mile extension of the Old Depot Trail will connect Harlan Mills and Cresswell for the first time when it opens in October, the state parks department said.",
                "Crews are rebuilding two trestles over Bitter Creek and paving the old rail bed, which last carried freight trains in 1983.",
                "Business owners in Cresswell said they hope cyclists will stop for lunch on the way through; a bike shop is already planning to open near the trailhead.",
                "Surveyors found the old rail bed in better shape than expected, which kept the cost of the project under its original estimate.",
                "The $5.2 million project is funded by a federal transportation grant and the two towns. Parking will be built at the old depot in Harlan Mills.",
            ],
        ),
        # United Kingdom
        "uk_bins": (
            "Council confirms fortnightly bin collections despite residents' petition",
            [
                "Fortnightly general waste collections will begin across the Dunholme district in June after councillors rejected a petition signed by more than 4,200 residents.",
                "The council's cabinet said the change would save £1.1 million a year and raise recycling rates, which fell to 38 per cent last year.",
                "Petition organiser Margaret Hollins told the meeting that larger families and households with nappies would struggle with a smaller allowance.",
                "Recycling collections will move to the same fortnightly pattern, alternating with general waste, under the new timetable.",
                "The council said households of six or more could apply for a larger wheelie bin free of charge. Food waste will still be collected every week.",
            ],
        ),
        "uk_high_street": (
            "Empty department store to become market hall and flats",
            [
                "The former Marlowe's department store on Castlegate will be turned into an indoor market hall with 36 flats above it after plans were approved by councillors.",
                "The building has stood empty since the store closed in 2021, and traders said its boarded windows had dragged down the rest of the high street.",
                "The scheme includes space for 24 market stalls, a food court and a ground-floor GP surgery, according to documents submitted to the planning committee.",
                "The council bought the building for £1.7 million two years ago after attempts to find a single retail tenant failed.",
                "Work is expected to begin in the autumn. Councillor Priya Hallam said the market would give young traders an affordable first step into retail.",
            ],
        ),
        "uk_bus": (
            "Villages lose evening bus service as operator cuts route 27",
            [
                "Passengers in five villages north of Ashcombe will lose their evening buses from next month after the operator said route 27 was no longer viable.",
                "The last bus from Ashcombe bus station will leave at 6.10pm instead of 10.40pm, leaving shift workers at the Ashcombe retail park without a way home.",
                "The county council said it was in talks about funding a replacement demand-responsive service, but could not say when one would start.",
                "Route 27 currently carries about 140 passengers on an average weekday evening, according to figures given to the council.",
                "Parish councillor Derek Strand said older residents who had given up driving would be cut off. The daytime timetable is not affected.",
            ],
        ),
        "uk_flood": (
            "Flood defence work on the River Wendle to start after decade of delays",
            [
                "Work on a £14 million flood defence scheme for the River Wendle at Kettering Bridge will start in April, more than ten years after the town last flooded.",
                "The scheme includes raised walls along the riverside, a storage area upstream at Holm Meadows and new pumps at the Mill Lane outfall.",
                "More than 300 homes and businesses flooded in 2015, and residents have campaigned for defences ever since, often with sandbags stacked outside their front doors.",
                "Engineers have also designed a new footbridge at Mill Lane, which will be lifted into place during a weekend closure.",
                "The Environment Agency said the work should be finished by the end of next year. Riverside Walk will close in stages while the walls are built.",
            ],
        ),
        "uk_pier": (
            "Seaside pier reopens after two-year restoration",
            [
                "Saltmarsh Pier reopened to the public on Saturday after a two-year restoration that replaced more than 600 timber deck boards and repaired its Victorian ironwork.",
                "The pier trust raised £2.4 million, including a lottery heritage grant and almost £300,000 from local donors who sponsored individual planks.",
                "Trust chair Alison Penhaligon said the names of sponsors would be engraved along the pier's new handrail over the coming weeks.",
                "Volunteers gave more than 9,000 hours to the project, from painting railings to guiding visitors around the works.",
                "The pier's café will open at Easter. Fishing from the end of the pier will be allowed again from May, under a new permit scheme.",
            ],
        ),
        "uk_school": (
            "Primary school gets go-ahead for new classrooms after years in portable huts",
            [
                "Pupils at Fernhill Primary School will move out of portable classrooms next year after the county council approved a £3.8 million extension.",
                "Four of the school's classes have been taught in temporary buildings since 2016, when its intake rose from one form a year to two.",
                "Headteacher Gareth Lomas said the huts had leaked in heavy rain and were too cold to use on several days last winter.",
                "Pupil numbers at Fernhill are expected to stay at about 420 for the next five years, according to the council's forecasts.",
                "The extension will add six classrooms and a new hall. Building work will take place mainly during the summer holidays to limit disruption.",
            ],
        ),
        # Ireland
        "ie_greenway": (
            "Greenway extension to open in time for summer, council says",
            [
                "A 14-kilometre extension of the Slaney Valley Greenway between Ballynure and Kilcorran will open before the June bank holiday weekend, the county council has said.",
                "The route follows the old railway line and includes a restored stone viaduct over the river, which had been closed to walkers for safety reasons since 2009.",
                "Local businesses have welcomed the news, with two cafés and a bike hire shop already opening along the route.",
                "Cyclists will be able to leave their bikes at a new shelter beside the old station house in Ballynure, which is being restored as a visitor centre.",
                "The project cost €9.6 million, funded largely by the Department of Transport. The council said parking at Kilcorran would be expanded later in the year.",
            ],
        ),
        "ie_housing": (
            "Plans for 88 social homes on former convent lands lodged",
            [
                "Plans for 88 social and affordable homes on the grounds of the former Sisters of Mercy convent in Rathcarrig have been lodged with the county council.",
                "The scheme, by an approved housing body, includes a mix of one- to four-bedroom homes and a community room in the restored convent chapel.",
                "Local councillor Siobhán Keary said more than 600 households were on the council's housing list in the Rathcarrig area.",
                "The site has been vacant since the last four sisters moved to a nursing home in 2018. The order sold the land to the county council in 2022.",
                "Submissions on the plans can be made until April 22. A decision is due in the summer.",
            ],
        ),
        "ie_gp": (
            "Town without a GP for three months as practice fails to find doctor",
            [
                "Patients in Drumcolla have been without a resident GP for three months after the town's only practice failed to find a replacement for its retiring doctor.",
                "The HSE said it had advertised the post twice and was offering a rural practice allowance, but had received no suitable applications.",
                "Patients have been travelling up to 30 kilometres to practices in neighbouring towns, many of which have closed their lists to new patients.",
                "The practice's two nurses have continued to run clinics for blood tests, vaccinations and chronic illness reviews three days a week.",
                "A public meeting about the shortage will be held in the community centre on Friday night. Local TDs have been invited to attend.",
            ],
        ),
        # Canada
        "ca_arena": (
            "Township votes to replace 1960s arena rather than repair it",
            [
                "Councillors in the Township of Ardmoor voted 6-1 on Tuesday to build a new arena instead of spending $7 million to repair the aging Ardmoor Memorial Gardens.",
                "A consultant's report found the 1967 building's roof trusses and ice plant were near the end of their lives, and warned the rink could fail an inspection within two years.",
                "The new arena is estimated to cost $24 million, and the township will apply for provincial and federal infrastructure funding to cover part of it.",
                "Minor hockey and figure skating clubs will keep using the old rink until the new one opens, which staff hope will be by the fall of 2029.",
            ],
        ),
        "ca_ferry": (
            "Ferry riders face weekend cancellations as crew shortage drags on",
            [
                "Weekend sailings on the Kestrel Island ferry route will be cut for at least the next month because of a shortage of certified deckhands, the operator said Wednesday.",
                "Islanders said the cancellations had left them scrambling to get to medical appointments on the mainland and had cost businesses bookings.",
                "The operator said it had hired 12 new crew members but that their marine training would not be finished until May.",
                "The route normally runs eight return sailings on Saturdays and six on Sundays between Kestrel Island and the mainland terminal at Fenn Harbour.",
                "Kestrel Island's regional director, Arlene Fitzhugh, said she would ask the province for a water taxi service to fill the gaps.",
            ],
        ),
        "ca_wildfire": (
            "Town council approves wildfire fuel breaks around subdivision",
            [
                "Crews will clear a 100-metre fuel break around the Spruce Hollow subdivision this spring after Carrow Lake town council approved the $640,000 project.",
                "The subdivision, home to about 900 people, has only one road in and out, and residents had to evacuate twice during the 2023 fire season.",
                "Fire chief Bernadette Okafor said crews will thin dense spruce and remove dead wood, leaving larger aspen trees that burn less readily.",
                "Cleared wood will be chipped and spread on site or hauled to the regional landfill, where it will be used as cover material.",
                "Residents can also get free assessments of their properties through the FireSmart program. The work is expected to be done before the end of May.",
            ],
        ),
        "ca_clinic": (
            "Nurse practitioner clinic to take 1,200 patients without a family doctor",
            [
                "A new nurse practitioner-led clinic in Port Hadley will begin taking up to 1,200 patients who do not have a family doctor when it opens next month.",
                "About one in five residents of the area are on the provincial waitlist for a family physician, according to the local health authority.",
                "The clinic will have three nurse practitioners, a social worker and a pharmacist, and will take patients from the waitlist in order of registration.",
                "The province is paying about $1.4 million a year to run the clinic, which is in a renovated bank building on Harbour Street.",
                "It will be open on weekdays, with one evening a week. People on the waitlist will be contacted by phone, and should not call the clinic directly.",
            ],
        ),
        "ca_farm": (
            "Late frost leaves orchard growers counting losses",
            [
                "Apple and cherry growers in the Lower Tessaly Valley say a hard frost last weekend may have killed up to half of this year's blossoms.",
                "Temperatures dropped to -4 C on Saturday night, just as early cherry varieties were coming into bloom after an unusually warm March.",
                "Grower Henrik Dahlquist said he ran wind machines all night on his 60-acre orchard but could not save the blossoms on the lower slopes.",
                "Some late-blooming apple varieties on higher ground appear to have come through the cold with little damage, growers said.",
                "The regional growers' association is surveying members and will ask the province for disaster assistance if losses are confirmed.",
            ],
        ),
        # Australia
        "au_drought": (
            "Farmers welcome rain but say drought is far from over",
            [
                "Farmers around Warrigal Creek have welcomed up to 60 millimetres of rain that fell over the weekend, but say it will take months of follow-up falls to end the drought.",
                "Grazier Tom Halloran said the rain would freshen up pastures for a few weeks but had not run into his dams, which have been nearly dry since last winter.",
                "The region has had its lowest rainfall in 12 months since records began at the Warrigal post office in 1889, according to the Bureau of Meteorology.",
                "The state government's drought assistance package, including freight subsidies for fodder, remains open to applications until the end of June.",
            ],
        ),
        "au_hospital": (
            "Regional hospital's new emergency department opens to patients",
            [
                "The new emergency department at Bellaringa Base Hospital treated its first patients on Monday, after three years of construction.",
                "The $48 million department has 28 treatment spaces, up from 16, and a dedicated area for mental health patients away from the main waiting room.",
                "Emergency director Dr Anika Sorensen said the old department had often been so crowded that patients were treated in corridors.",
                "Construction was delayed by six months after heavy rain flooded the building site in the first year of the project.",
                "The old emergency department will be refurbished as an outpatient clinic. The hospital asked people to use the new entrance on Dalby Street.",
            ],
        ),
        "au_footy": (
            "Country footy club celebrates 125 years with reunion match",
            [
                "More than 400 past players and supporters packed the Tallong Oval on Saturday to celebrate 125 years of the Tallong Magpies Football Club.",
                "The club fielded a team of former premiership players against the current senior side, with the old-timers losing by 41 points but claiming a moral victory.",
                "Club president Shane Doolan said the Magpies had survived two world wars, a flood and the loss of its grandstand in a bushfire in 1983.",
                "The club now fields six junior teams and a women's side, which won its first premiership in 2025.",
                "A history of the club, compiled by life member Margaret Kenny, was launched at the dinner afterwards. Copies are available from the clubrooms.",
            ],
        ),
        "au_water": (
            "Town water restrictions eased after dam reaches 70 per cent",
            [
                "Residents of Mullaway Heads can water their gardens on any day of the week again after the council eased restrictions with Coorabin Dam reaching 70 per cent capacity.",
                "The dam had dropped to 31 per cent in January, and level four restrictions had banned sprinklers and the filling of swimming pools.",
                "Council's water services manager Leonie Traeger thanked residents for cutting use by nearly a quarter during the restrictions.",
                "Coorabin Dam rose by almost 40 percentage points in six weeks after heavy falls across the catchment in February.",
                "Permanent water saving rules still apply, including no hosing of hard surfaces. The council will review the restrictions again in May.",
            ],
        ),
        # New Zealand
        "nz_roads": (
            "District council to seal 12km of gravel roads after dust complaints",
            [
                "The Tāwhiri District Council will seal 12 kilometres of gravel roads over the next two years after residents complained about dust from logging trucks.",
                "People living along Kōwhai Valley Road told councillors dust was coating their homes and water tanks, and some said their children had developed coughs.",
                "The $6.1 million programme will be part-funded by the transport agency, with the rest coming from the council's roading budget.",
                "About 240 logging truck movements a week use Kōwhai Valley Road at the peak of the harvest, according to the council's figures.",
                "Councillors also asked staff to talk to forestry companies about cutting truck speeds on the unsealed sections in the meantime.",
            ],
        ),
        "nz_marae": (
            "Marae opens doors as emergency centre in flood drill",
            [
                "Te Rau Aroha marae near Ōwhanga opened its wharekai as a civil defence centre on Saturday as part of a regional flood drill.",
                "More than 80 volunteers took part, registering pretend evacuees, setting up bedding in the wharenui and serving a hot meal.",
                "Marae chair Hemi Rāwiri said the marae had housed dozens of people during real floods and wanted to be better prepared next time.",
                "The exercise simulated a stopbank breach on the Ōwhanga River after two days of heavy rain, a scenario based on the 2017 flood.",
                "Civil defence staff said the drill had shown the need for a backup generator. The regional council will help the marae apply for funding.",
            ],
        ),
        "nz_rates": (
            "Ratepayers face 11 per cent rise in draft long-term plan",
            [
                "Ratepayers in the Ōpārau district face an average 11 per cent rates rise next year under the council's draft long-term plan.",
                "Mayor Julie Sandford said most of the increase would pay for water pipe renewals and repairs to roads damaged in last year's storms.",
                "Councillors rejected options to close the Te Wairoa library branch and the Ōpārau pools to reduce the rise.",
                "A rise of that size would add about $390 a year to the bill for a typical house in the district's towns.",
                "Public consultation on the plan opens on April 1. The council will hold drop-in sessions at community halls across the district.",
            ],
        ),
    },
}

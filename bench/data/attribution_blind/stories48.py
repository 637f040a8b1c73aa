# ruff: noqa: E501, RUF001
"""Invented prose of the forty-eighth blind set: print e-editions, archives and reference pages.

Every person, figure and event here is invented; the places are real and none of them is an
earlier set's. Keys are ``<lang>_<place or kind>``; each value is (headline, paragraphs). A list
story (briefs, logs, notices, corrections) keeps one item a paragraph. The pages add their own
datelines, credits, mentions and captions (in `cases48.py`), never inside this prose.
"""

from __future__ import annotations

STORIES_EN: dict[str, tuple[str, list[str]]] = {
    # --- news (print replica, e-paper text view) ---
    "en_keene": (
        "City shuts Wells Street garage after slab of concrete drops onto ramp",
        [
            "The city closed the Wells Street parking garage on Tuesday afternoon after a piece of concrete about the size of a dinner plate fell from the upper deck onto the ramp below, Public Works Director Anita Brossard said.",
            "Nobody was hurt. A monthly permit holder who was walking to her car heard the crack and reported it to the police station across the street, and officers had the entrance taped off within twenty minutes.",
            "Brossard said an engineer from a Concord firm inspected the structure on Tuesday evening and found rusted reinforcing bars in at least three places on the second level. The garage, built in 1991, has 370 spaces and was due for a full repair in the 2029 capital plan.",
            "Permit holders can park in the Gilbo Avenue lot and in the lower half of the Commercial Street lot until further notice, and the city will not enforce the two-hour limit on Main Street through Friday. Downtown merchants said the timing was poor, with a St. Patrick's Day crowd expected on Wednesday night.",
            "The City Council's finance committee will take up an emergency request for repair money at its meeting on March 25.",
        ],
    ),
    "en_moosejaw": (
        "Water main break floods Main Street North, closing three blocks",
        [
            "Crews spent most of Tuesday pumping water out of basements on Main Street North after a 1950s cast-iron water main split under the intersection with Fairford Street, city officials said.",
            "The break sent water across three blocks before valves were shut at about 6:15 a.m. Eleven businesses lost water service for most of the day, and a bakery and a shoe repair shop reported flooded storage rooms.",
            "The city's director of engineering, Colette Hryniuk, said frost had pushed deeper than usual this winter and that older mains in the downtown grid were most at risk. Moose Jaw has replaced about four kilometres of cast-iron pipe since 2019, she said, but about nineteen kilometres remain.",
            "Main Street North is expected to stay closed between Fairford and High streets until Thursday while the pipe is replaced and the road is patched. Buses on the Northwest route will detour along First Avenue.",
            "A boil-water advisory for the affected blocks will remain in place until two clean samples come back from the provincial lab.",
        ],
    ),
    "en_kalgoorlie": (
        "Ore trains halted after heat buckles track east of Kalgoorlie",
        [
            "Freight trains carrying nickel concentrate were held at Kalgoorlie for most of Tuesday after track east of the city buckled in temperatures above 44 degrees, the rail operator said.",
            "A track inspector found the kink about 30 kilometres out on the line to Kurrawang shortly after 2pm and ordered all trains to stop. Two loaded trains and an empty one waiting to return to the coast were held in the yard overnight.",
            "Maintenance crews worked through the evening to cut out the damaged rail and weld in a new section, the operator's regional manager, Darren Wilcox, said. He said the line had been restricted to 40 kilometres an hour during the afternoon heat since Sunday.",
            "The Bureau of Meteorology recorded a top of 44.6 degrees at Kalgoorlie-Boulder Airport on Tuesday, the hottest March day there since 2019. Another hot day is forecast before a cool change on Thursday.",
            "The line is the only rail link between the Goldfields and the coast, and delays on it ripple quickly through the region's supply chain.",
            "Mining companies in the region said stockpiles at the port were large enough to cover a delay of two or three days.",
        ],
    ),
    "en_hattiesburg": (
        "Railroad closes Fourth Street crossing for two weeks; school buses rerouted",
        [
            "The railroad that runs through downtown Hattiesburg closed the Fourth Street crossing on Monday for two weeks of track and signal work, sending school buses and emergency vehicles onto longer routes.",
            "The Hattiesburg Public School District said seven buses serving the east side would leave their first stops about ten minutes earlier until the crossing reopens, and that parents would receive new pickup times by text message.",
            "Fire Chief Marcus Delaune said engines from the station on Edwards Street would use the Hardy Street overpass instead of the crossing, adding about a minute and a half to some calls. An ambulance will be posted at the east side station during the day as a precaution.",
            "The railroad is replacing the crossing's timber panels with concrete and installing new gates and warning lights, work the city has asked for since 2023. Traffic engineers expect heavier congestion on Hardy Street during the afternoon rush.",
            "City Council member Tasha Bellamy said she had asked the railroad to finish the job before the spring break week, when traffic is lighter.",
        ],
    ),
    # --- old articles (archive pages, "years ago" columns) ---
    "en_elko1977": (
        "Westbound train stalled in drifts near Elko; passengers fed by ranchers",
        [
            "A westbound passenger train carrying 212 persons was stalled for nineteen hours in snowdrifts east of Elko before rotary plows from Carlin opened the line late Wednesday, railroad officials reported.",
            "The train left Salt Lake City on Tuesday evening and ran into drifts as high as its windows about twelve miles east of here shortly after midnight. Winds of forty miles an hour refilled the cut almost as fast as section crews could shovel.",
            "Ranchers from the Lamoille valley brought two quarters of beef, coffee and forty loaves of bread to the train by snow tractor on Wednesday morning, and the dining car crew cooked for everyone aboard. A conductor said no passenger suffered anything worse than a stiff neck.",
            "Interstate 80 was also closed between Elko and Wells for most of Wednesday, and the Highway Patrol said a dozen motorists spent the night in the Halleck school gymnasium.",
            "Observers at the Elko airport measured fourteen inches of new snow, the heaviest March fall in a quarter of a century.",
        ],
    ),
    "en_oshkosh1952": (
        "Fishermen warned off Winnebago ice as thaw opens the Fox",
        [
            "The sheriff on Monday ordered all shanties off Lake Winnebago by Thursday night after a warm weekend opened wide cracks in the ice off Oshkosh and sent the Fox River running free past the Main Street bridge.",
            "Two men who walked out to their shanty near Asylum Bay on Sunday afternoon had to be pulled from the water by a farmer with a ladder and a length of clothesline. Both were taken to Mercy Hospital, where they were reported in good condition.",
            "Deputies counted more than three hundred shanties still on the lake on Sunday. Owners who leave a shanty behind after the deadline will be fined and will pay the cost of hauling it off, the sheriff said.",
            "The city engineer reported that the river rose eleven inches at the Main Street bridge over the weekend, and crews were sent to clear ice jammed against the piers of the railroad trestle.",
            "Boys have been warned to keep off the river ice along the Sawyer Street shore, where a rowboat left on the ice was carried away on Saturday.",
            "The weatherman predicts temperatures in the forties through Wednesday, with rain likely by midweek.",
        ],
    ),
    "en_kendal1967": (
        "Kendal snuff mill to lose its water wheel after two centuries",
        [
            "The water wheel that has turned the grinding stones of a Kendal snuff mill since the reign of George III is to be taken out of use next month and replaced by an electric motor, the firm announced on Thursday.",
            "The wheel, on a leat of the River Kent below the mill, has broken down four times since Christmas, and the firm's managing director, Mr. Harold Birkett, said that spare parts could no longer be had even from the engineering works of Lancashire.",
            "About thirty people are employed at the mill, and Mr. Birkett said none would lose their work. The stones themselves will be kept, and the firm expects to produce the same quantity of snuff, about a ton a week, once the new motor is running.",
            "Members of the Kendal Civic Society have asked the borough council to see that the wheel is preserved, and the society's secretary, Miss Joan Ellershaw, said it ought to stay in place for visitors to see.",
            "The firm was founded in 1792 and is among the few snuff makers still working anywhere in the country.",
            "The borough surveyor is to report on the request at the council's April meeting.",
        ],
    ),
    # --- corrections ---
    "en_corr_keene": (
        "Corrections and clarifications",
        [
            "A story on page A1 on Tuesday about the closing of the Wells Street parking garage gave the wrong number of spaces in the structure. The garage has 370 spaces, not 730.",
            "A photo caption on page A4 on Monday misspelled the name of a Keene High School swimmer. She is Maren Oduya.",
            "An article on page B2 on Sunday about the Cheshire County budget said spending at the county nursing home would rise by 6 percent. The increase is 4.6 percent.",
            "A listing in Thursday's community calendar gave the wrong date for the Keene Public Library's spring book sale. The sale is on Saturday, March 27, from 9 a.m. to 2 p.m.",
            "An obituary on page B5 on Saturday omitted a survivor. Joan Lachance is also survived by her sister, Theresa Boudreau of Swanzey.",
            "A headline on page A3 on Friday misidentified the town where a new fire station is planned. The station will be built in Marlborough, not Marlow.",
            "A story on page A6 on Wednesday gave the wrong time for the school board's budget hearing. The hearing begins at 6:30 p.m.",
            "To report an error, email the managing editor or call the newsroom and ask for the standards desk.",
        ],
    ),
    "en_corr_hattiesburg": (
        "Correction: Railroad crossing story",
        [
            "In a story published March 15 about the closing of a railroad crossing in Hattiesburg, Mississippi, the name of the street was given incorrectly in one reference. The crossing being rebuilt is at Fourth Street, not Fifth Street.",
            "The story also said the work would take three weeks. The railroad says it expects the crossing to reopen after two weeks, on March 29.",
            "The railroad closed the crossing on Monday to replace its timber panels with concrete and to install new gates and warning lights. Seven school buses serving the east side of the city are leaving their first stops about ten minutes earlier while the work goes on.",
            "Fire officials said engines from the Edwards Street station are using the Hardy Street overpass, which adds about a minute and a half to some emergency calls on the east side, and that an ambulance is being posted at the east side fire station during the day.",
            "Temporary closure signs went up on Friday, and detour signs direct drivers to the overpass.",
            "A City Council member has asked the railroad to have the crossing open again before the spring break week.",
        ],
    ),
    # --- briefs ---
    "en_nevada_briefs": (
        "Around northeastern Nevada",
        [
            "WELLS — A stretch of U.S. 93 north of Wells reopened Tuesday after crews cleared a rockfall that had closed both lanes for about six hours, the state transportation department said. No vehicles were struck.",
            "CARLIN — The Carlin City Council voted 4-1 on Monday to raise residential water rates by 9 percent starting in July, the first increase since 2021. Council members said the money would go to replacing a leaking storage tank above town.",
            "SPRING CREEK — Deputies are asking residents to lock outbuildings after a string of tool thefts from sheds and garages in the Spring Creek tracts over the past two weeks. About $14,000 worth of equipment has been reported stolen.",
            "JACKPOT — The elementary school gym will serve as a warming shelter through Sunday while a new furnace is installed at the community center, county officials said.",
            "ELKO — A hospital auxiliary will hold its spring rummage sale on Saturday at the convention center. Proceeds will buy a new bladder scanner for the emergency department.",
        ],
    ),
    "en_ontario_briefs": (
        "Northern Ontario in brief",
        [
            "COCHRANE — The Polar Bear Express will run an extra weekend train to Moosonee during the March break, the railway said Tuesday, after the regular departures sold out for the second year in a row.",
            "IROQUOIS FALLS — Town council has approved a one-year trial of free Sunday skating at the arena, paid for by a $6,000 grant from a local credit union.",
            "KAPUSKASING — Police are warning snowmobilers to stay off the Kapuskasing River near the Riverside Drive bridge, where open water has formed under fresh snow.",
            "SOUTH PORCUPINE — A fire that started in a sauna destroyed a detached garage on Bruce Avenue late Monday. Firefighters said nobody was hurt and the house was not damaged.",
            "HEARST — The public library is collecting used skates, helmets and snowshoes for a lending program it plans to start next winter.",
            "TIMMINS — The city's transit service will add a later run on the Schumacher route on Friday and Saturday nights starting in April, after requests from restaurant workers.",
            "MATHESON — Volunteers will hold a pancake breakfast at the legion hall on Sunday to raise money for the local food bank.",
        ],
    ),
    # --- obituaries ---
    "en_obit_cape": (
        "Walter Eugene Kasten",
        [
            "Walter Eugene Kasten, 87, of Cape Girardeau, a towboat pilot who worked the Mississippi River for forty-one years, died Sunday, March 14, 2027, at his home, surrounded by family.",
            "He was born June 2, 1939, in Commerce, Missouri, to Eugene and Hilda Schaefer Kasten. He went to work as a deckhand at sixteen, earned his pilot's license in 1964 and retired in 2001, having pushed barges between St. Louis and New Orleans more times than he could count.",
            "He married Lorraine Vogt on April 18, 1961, at St. Mary Cathedral; she preceded him in death in 2019. He was a member of the Knights of Columbus and spent his retirement building birdhouses for every neighbor on Bellevue Street.",
            "Survivors include two sons, Dale (Karen) Kasten of Jackson and Gary Kasten of Memphis, Tennessee; a daughter, Lisa (Tom) Brune of Cape Girardeau; seven grandchildren; and four great-grandchildren.",
            "Visitation will be from 4 to 7 p.m. Friday at the funeral home. Mass of Christian burial will be at 10 a.m. Saturday at St. Mary Cathedral, with burial to follow. Memorials may be made to the county historical society.",
        ],
    ),
    "en_obit_oamaru": (
        "Ian Robert McCaw",
        [
            "Ian Robert McCaw, who spent more than half a century cutting and repairing the limestone that gives Oamaru's Victorian precinct its colour, has died at Oamaru Hospital aged 84.",
            "Born in Weston in 1942, he left school at fifteen to join his uncle's quarry gang and learned to split the soft stone by hand. By the 1980s he was the mason that councils and church vestries called when a cornice cracked or a frost split a window sill.",
            "He restored the facades of a dozen buildings on Harbour and Tyne streets and trained at least twenty apprentices, several of whom now run their own yards. He was made a life member of the local heritage trust branch in 2008.",
            "Friends recall that he could tell which quarry a block had come from by tapping it with his hammer.",
            "Ian is survived by his wife of 58 years, Margaret, his children Fiona, Alasdair and Catriona, and nine grandchildren.",
            "A service celebrating his life will be held at St Luke's Church, Oamaru, on Saturday 20 March at 1.30pm, followed by a private cremation. In lieu of flowers, donations to the town's whitestone civic trust would be appreciated.",
        ],
    ),
    "en_obit_dubbo": (
        "Col Heffernan, the voice of the Dubbo saleyards, dies at 79",
        [
            "Colin 'Col' Heffernan, whose rapid-fire calls sold cattle and sheep at the Dubbo saleyards for more than four decades, died on Monday at Dubbo Base Hospital. He was 79.",
            "Mr Heffernan grew up on a wheat and sheep property near Geurie and joined a stock and station agency in Dubbo as a junior clerk in 1963. He took his first sale as an auctioneer two years later and became, in the words of one long-time buyer, the fastest tongue west of the mountains.",
            "He was named the state's young auctioneer of the year in 1971 and later trained a generation of agents who now work from Moree to Hay. Even after he retired in 2009, he kept a seat on the rail above the cattle pens on most sale days.",
            "Friends remember a man who never forgot a brand, a buyer's first name or the price a pen of weaners had fetched twenty years earlier.",
            "He is survived by his wife Jan, their three daughters and eight grandchildren. A funeral service will be held at the Dubbo Uniting Church on Friday at 11am, followed by a wake at the showground pavilion.",
        ],
    ),
    # --- police and court logs ---
    "en_log_nacogdoches": (
        "Police log: March 15-16",
        [
            "Monday, 7:42 a.m. — Officers took a report of a catalytic converter stolen from a pickup parked overnight in the 2300 block of North Street. The owner told police he heard a saw running at about 3 a.m.",
            "Monday, 11:15 a.m. — A woman reported that someone had used her debit card number to buy $640 in gift cards online. Officers advised her to contact her bank.",
            "Monday, 4:50 p.m. — A 19-year-old Nacogdoches man was arrested on a warrant for failure to appear after a traffic stop on University Drive.",
            "Monday, 9:30 p.m. — Officers answered a loud party complaint in the 600 block of East College Street. The host agreed to turn the music down and no citations were issued.",
            "Tuesday, 1:05 a.m. — A 34-year-old man was arrested on a charge of driving while intoxicated after his car struck a utility pole on Stallings Drive. Nobody was injured.",
            "Tuesday, 6:20 a.m. — A resident of the 1100 block of Mound Street reported that a bicycle had been taken from a carport.",
            "Tuesday, 8:40 a.m. — A wallet turned in at the police station by a passer-by was returned to its owner.",
        ],
    ),
    "en_log_bemidji": (
        "Beltrami County sheriff's log",
        [
            "March 15, 8:10 a.m. — A caller on Irvine Avenue Northwest reported a fish house left on Lake Bemidji after the removal deadline. A deputy tagged the shelter and contacted the owner.",
            "March 15, 12:40 p.m. — Deputies assisted a motorist whose car slid into the ditch on County Road 15 near Pinewood. No injuries were reported and the car was towed.",
            "March 15, 3:25 p.m. — A Solway resident reported that someone had cut the lock on a storage container and taken two chainsaws and an ice auger.",
            "March 15, 10:55 p.m. — A 27-year-old Bemidji man was booked into the county jail on a charge of fifth-degree drug possession after a traffic stop on U.S. Highway 2.",
            "March 16, 5:30 a.m. — A snowplow driver reported a downed power line across a township road east of Turtle River. The utility was notified and the road was closed for two hours.",
            "March 16, 9:45 a.m. — A resident of Northern Township reported a loose horse on a county road. The owner was located and the horse was returned.",
            "March 16, 11:20 a.m. — Deputies checked on the welfare of an elderly man in Frohn Township at the request of a relative. He was found to be well.",
        ],
    ),
    # --- council and school notices ---
    "en_notice_timmins": (
        "Council notes: snow dump, library hours and a new crosswalk",
        [
            "Snow disposal: Council approved $185,000 to expand the snow dump site off Shirley Street after crews ran out of room in February. Residents near the site will receive a notice about truck traffic during the overnight hours.",
            "Library hours: The main branch of the public library will open at 10 a.m. instead of noon on Sundays starting April 4, a change paid for from the library's own reserves.",
            "Crosswalk: A pedestrian crossover will be installed on Algonquin Boulevard near the hospital entrance this summer. Councillors voted 7-2 in favour after hearing from a group of hospital employees.",
            "Tax notices: Interim property tax bills have been mailed and the first instalment is due March 31. Residents who have not received a bill should call the tax office.",
            "Recreation: Registration for spring swimming lessons at the aquatic centre opens March 22 at 8 a.m. online and by phone.",
            "Transit: The city will hold a public meeting on proposed changes to bus routes on March 24 at the McIntyre Community Building.",
            "Next meeting: Council meets again on March 29 at 6 p.m. in council chambers at city hall.",
        ],
    ),
    "en_notice_kendal": (
        "Notices: school places, road closures and the allotment list",
        [
            "School admissions: Parents who applied for a Reception place at a Kendal primary school for September will be told the outcome on 16 April. Late applications received after 15 January will be considered once on-time applications have been placed.",
            "Road closure: Stricklandgate will be closed between Sandes Avenue and Finkle Street from 7pm to 6am on 22 to 26 March for resurfacing. A signed diversion will be in place via Station Road.",
            "Allotments: The town council's allotment waiting list has reopened. There are currently 41 names on the list, and applicants should expect to wait about two years for a half plot at Parkside Road.",
            "Planning: An application to convert the former bank on Highgate into six flats has been received by the district council. Comments may be made until 2 April.",
            "Bins: Garden waste collections resume in the week beginning 29 March. Residents who have not renewed their permit can do so online.",
            "Drop-in: Councillors will hold a drop-in session at the town hall on Saturday from 10am to noon. No appointment is needed.",
        ],
    ),
    # --- explainers ---
    "en_explain_levy": (
        "What is a tax levy, and how does Cape Girardeau County set it?",
        [
            "Every year, local governments in Missouri decide how much property tax they will collect. The figure they set is called the levy, and it is expressed as a rate per $100 of a property's assessed value.",
            "What is assessed value? It is not what a home would sell for. In Missouri, residential property is assessed at 19 percent of its market value, so a house worth $200,000 has an assessed value of $38,000.",
            "Who sets the rate? The county commission, school districts, the city, the library district and other taxing bodies each set their own rate, within ceilings approved by voters. The county clerk adds them up, and the collector sends one bill.",
            "Why do bills rise when rates don't? Reassessment. When market values climb, assessed values follow, and state law requires taxing bodies to roll their rates back so that total revenue does not jump beyond inflation. Rates can still rise if voters approve an increase.",
            "When can residents weigh in? Each taxing body must hold a public hearing before setting its rate, usually in August, and the notices are published at least seven days before.",
        ],
    ),
    "en_explain_tide": (
        "What is a king tide, and why does it flood Oamaru's harbour road?",
        [
            "A king tide is the informal name for the highest tides of the year. They happen when the moon is closest to the Earth and lines up with the sun, so that their pulls on the ocean add together.",
            "How high do they get? Along the North Otago coast, king tides can run about 30 centimetres higher than an ordinary spring tide. On their own they are rarely dangerous, but when they arrive with a strong onshore wind or a deep low, the sea can reach places it normally does not.",
            "Why does the harbour road flood? Parts of the road and the old railway yard were built on reclaimed land only a little above the highest tide mark. Water pushes back up the stormwater drains first, so puddles form in the street before any wave comes over the wall.",
            "Are they getting worse? Tide gauges around New Zealand show sea level rising by about 3 to 4 millimetres a year, which means the same king tide reaches a little higher each decade.",
            "When is the next one? The highest tides this autumn are forecast for the evenings of 28 and 29 March.",
        ],
    ),
}

STORIES_ZH: dict[str, tuple[str, list[str]]] = {
    "zh_liuzhou": (
        "柳州一座老桥东侧人行道封闭检修 预计五月中旬完工",
        [
            "柳州市住建部门16日发布通告，柳江上一座建于上世纪六十年代的老桥，其东侧人行道自即日起封闭检修，预计五月中旬完工。",
            "据介绍，今年春节后巡查人员发现，该人行道部分栏杆底座锈蚀，桥面铺装出现多处裂缝。经专业机构检测，相关部门决定对人行道进行整体加固，并更换全部栏杆。",
            "施工期间，桥梁机动车道正常通行，西侧人行道继续开放。市民可从西侧通行，也可选择附近的公交线路过江。相关部门已在桥头设置指示牌，并安排志愿者在早晚高峰时段引导。",
            "家住河北片区的市民黄女士说，她每天步行过桥上班，封闭后要多走几分钟，但“修好了大家走着更放心”。",
            "据了解，这座老桥是柳江两岸居民往来的重要通道之一，高峰时段每小时步行过桥的人数超过一千人次。",
            "住建部门提醒，施工期间请市民不要翻越围挡，骑电动车过桥时注意减速慢行。",
        ],
    ),
    "zh_liuzhou_briefs": (
        "柳州本地简讯",
        [
            "【螺蛳粉产业园新增两条生产线】记者16日从柳南区获悉，园区内一家企业新建的两条自动化生产线已投入试产，日产能可增加约八万袋。",
            "【鱼峰山公园部分步道暂时关闭】因山体局部有落石风险，鱼峰山公园北侧登山步道自17日起暂时关闭，其他步道正常开放。",
            "【市区新增三十处非机动车停放点】市城管部门近日在五星商业街、窑埠古镇等人流密集区域新增三十处非机动车停放点，并施划了停放标线。",
            "【柳江区开展春季植树活动】柳江区16日组织干部群众在城郊荒坡植树一万余株，树种主要为香樟和桂花。",
            "【市图书馆延长周末开放时间】自本周六起，市图书馆周末闭馆时间由晚上六点延至九点。",
            "【柳州至桂林动车增开班次】铁路部门16日发布消息，自本月20日起，柳州至桂林方向每天增开两趟动车，方便周末出行的旅客。",
            "【城中区开展消防安全检查】城中区消防部门本周对辖区内二十余家商场和农贸市场开展消防安全检查，督促整改隐患十余处。",
        ],
    ),
    "zh_shaoxing1987": (
        "古城河道清淤工程全面开工",
        [
            "本市古城区河道清淤工程十六日全面开工。这是近三十年来规模最大的一次河道整治，计划清除淤泥约十二万立方米，工期四个月。",
            "古城内河道纵横，素有“水乡”之称，但由于多年未能彻底疏浚，部分河段水深已不足一米，乌篷船通行困难，沿河居民对河水发臭意见较大。",
            "市城建部门组织了六百多名民工和三十多条泥驳船参加施工，清出的淤泥将运往郊区，用于改良低洼农田。施工期间，部分河段将分段断流。",
            "有关负责同志表示，清淤完成后，还将在主要河段修砌石驳岸，并在沿河种植垂柳，改善古城水环境。",
            "据悉，市里还号召各机关、学校和街道组织义务劳动，支援清淤工程。沿河各单位已分段包干，保证按期完工。",
            "工程指挥部设在府山脚下，每天清晨，运泥的船只在河道上来回穿梭，沿岸居民也纷纷送来茶水，慰问施工人员。",
            "不少老居民说，希望能早日看到小时候那样清澈的河水。",
        ],
    ),
    "zh_explain": (
        "什么是“倒春寒”？一文读懂",
        [
            "每年三四月间，气温本已明显回升，却突然出现一段持续低温天气，这种现象被称为“倒春寒”。",
            "倒春寒是怎么形成的？春季冷暖空气活动频繁。当北方较强冷空气南下，或者南方出现长时间阴雨天气时，气温便会明显下降，比常年同期偏低两摄氏度以上，并持续三天或更长时间。",
            "它有什么影响？倒春寒对农业影响较大。此时早稻正在育秧，油菜、小麦处于关键生长期，低温容易造成烂秧和冻害。对人体而言，忽冷忽热的天气也容易诱发感冒和心脑血管疾病。",
            "如何应对？气象部门建议，农户应关注天气预报，及时做好秧田保温；市民则要注意“春捂”，不要过早减少衣物，老人和儿童尤其要注意保暖。",
            "倒春寒和寒潮有什么区别？寒潮强调的是短时间内剧烈降温，而倒春寒强调的是回暖之后的持续低温。",
            "今年会出现倒春寒吗？据预测，本月下旬南方部分地区气温可能偏低，具体情况以当地气象部门发布的预报为准。",
        ],
    ),
    "zh_chiayi": (
        "嘉義市文化路夜市試辦攤位分流 假日人潮改道",
        [
            "嘉義市政府16日宣布，文化路夜市自本週五起試辦攤位分流，部分攤商將移至鄰近的中山路段營業，試辦期為三個月。",
            "市府表示，文化路夜市每逢假日人潮擁擠，消防車輛進出困難，加上周邊住戶長期反映噪音及垃圾問題，因此決定分散攤位，並在兩處路口增設人行動線。",
            "試辦期間，文化路每晚五時至十二時禁止機車進入，市府將在附近增設兩處臨時停車場，並加派交通志工協助疏導。",
            "擺攤二十多年的雞肉飯業者林先生說，搬到新位置擔心熟客找不到，但也希望新的安排能讓環境更乾淨。",
            "不少遊客表示，夜市分流後逛起來比較不擁擠，但也有人擔心兩個區域之間距離較遠，希望市府加強指引標示。攤商自治會則建議，試辦期間應每月召開檢討會，聽取攤商與住戶意見。",
            "市府表示，將視試辦結果再決定是否延長或全面實施。",
            "嘉義市警察局也表示，試辦首週將在夜市周邊加強巡邏，並取締違規停車。",
        ],
    ),
    "zh_chiayi_obit": (
        "嘉義老字號糕餅店創辦人陳王秀琴女士辭世 享壽九十二歲",
        [
            "嘉義市老字號糕餅店創辦人陳王秀琴女士，於民國一百一十六年三月十四日上午安詳辭世，享壽九十二歲。",
            "陳女士民國二十四年出生於嘉義縣民雄鄉，十八歲嫁入陳家後，與夫婿陳金水先生在東市場旁擺攤賣糕餅，憑著一手方塊酥與綠豆椪手藝，逐步開設店面，經營逾六十年。",
            "她一生勤儉，晚年仍常到店裡指導孫輩揉麵，並長期捐助鄰里獨居長者年節禮盒，深受街坊敬重。",
            "陳女士育有二男三女，孫輩十一人。家屬訂於三月二十一日上午九時在市立殯儀館舉行家奠及公奠，隨後發引火化。",
            "陳女士生前熱心宗教與公益，曾多次擔任地方廟宇的志工，每逢廟會總是親手製作糕點分送信眾。街坊鄰居得知她辭世的消息，紛紛到店門口致意。",
            "許多老顧客回憶，早年糕餅店門口總是大排長龍，過年前更是通宵趕工，陳女士總會多塞一塊方塊酥給排隊的孩子。",
            "家屬感謝各界關心，懇辭花圈花籃，奠儀將全數捐作慈善用途。",
        ],
    ),
}

STORIES_TH: dict[str, tuple[str, list[str]]] = {
    "th_nakhonsawan": (
        "นครสวรรค์เร่งขุดลอกบึงบอระเพ็ดรับมือหน้าแล้ง",
        [
            "จังหวัดนครสวรรค์เริ่มขุดลอกตะกอนบริเวณบึงบอระเพ็ดเมื่อวันที่ 16 มีนาคม เพื่อเพิ่มพื้นที่เก็บน้ำก่อนเข้าสู่ช่วงฤดูแล้งที่คาดว่าจะรุนแรงกว่าปีก่อน",
            "เจ้าหน้าที่ชลประทานระบุว่า ระดับน้ำในบึงขณะนี้ต่ำกว่าค่าเฉลี่ยประมาณ 40 เซนติเมตร และตะกอนที่สะสมมานานทำให้บึงตื้นเขินในหลายจุด การขุดลอกครั้งนี้จะใช้เวลาราวสองเดือน",
            "ชาวประมงพื้นบ้านรอบบึงกล่าวว่า ช่วงนี้จับปลาได้น้อยลงมาก และหวังว่าการขุดลอกจะช่วยให้ปลากลับมาวางไข่ได้ในฤดูฝน",
            "ขณะที่เกษตรกรผู้ปลูกข้าวนาปรังในอำเภอชุมแสงได้รับการขอความร่วมมือให้งดปลูกข้าวรอบที่สอง และหันไปปลูกพืชใช้น้ำน้อยแทน",
            "ทางจังหวัดแนะนำให้ประชาชนใช้น้ำอย่างประหยัด และติดตามประกาศจากหน่วยงานท้องถิ่นอย่างใกล้ชิด",
        ],
    ),
    "th_lampang_briefs": (
        "ข่าวสั้นลำปาง",
        [
            "เทศบาลนครลำปางเปิดเส้นทางรถม้านำเที่ยวสายใหม่เลียบแม่น้ำวัง ระยะทางประมาณ 4 กิโลเมตร เริ่มให้บริการวันเสาร์นี้",
            "โรงพยาบาลประจำจังหวัดเปิดคลินิกตรวจสุขภาพปอดเคลื่อนที่ในอำเภอแม่เมาะ หลังค่าฝุ่นละอองขนาดเล็กเกินมาตรฐานติดต่อกันหลายวัน",
            "สำนักงานเกษตรจังหวัดลำปางแจกกล้ามะม่วงพันธุ์ดี 5,000 ต้นให้เกษตรกรในอำเภอเกาะคา เพื่อส่งเสริมการปลูกไม้ผลแทนพืชไร่",
            "ตำรวจตั้งจุดตรวจเข้มบนถนนพหลโยธินช่วงดอยขุนตาล หลังเกิดอุบัติเหตุรถบรรทุกเบรกแตกสองครั้งในเดือนนี้",
            "ถนนคนเดินกาดกองต้าจะงดจำหน่ายสินค้าในวันเสาร์ที่ 20 มีนาคม เนื่องจากมีการซ่อมแซมผิวถนน",
        ],
    ),
    "th_explain": (
        "อธิบาย: ทำไมหมอกควันภาคเหนือจึงหนักที่สุดในเดือนมีนาคม",
        [
            "ทุกปีในช่วงเดือนกุมภาพันธ์ถึงเมษายน หลายจังหวัดในภาคเหนือต้องเผชิญกับหมอกควันและฝุ่นละอองขนาดเล็กที่เรียกว่า PM2.5 ซึ่งมีขนาดไม่เกิน 2.5 ไมครอน",
            "สาเหตุหลักมาจากการเผาในที่โล่ง ทั้งการเผาเศษวัสดุทางการเกษตรและไฟป่า รวมถึงหมอกควันข้ามแดนจากประเทศเพื่อนบ้าน",
            "เดือนมีนาคมเป็นช่วงที่อากาศนิ่งและแห้ง ประกอบกับสภาพภูมิประเทศที่เป็นแอ่งล้อมรอบด้วยภูเขา ทำให้ฝุ่นสะสมอยู่ในระดับต่ำและไม่ระบายออกไป",
            "ฝุ่น PM2.5 สามารถเข้าสู่ปอดและกระแสเลือดได้ ผู้ที่มีโรคประจำตัว เด็ก และผู้สูงอายุจึงควรหลีกเลี่ยงกิจกรรมกลางแจ้ง และสวมหน้ากากที่ป้องกันฝุ่นได้",
            "ประชาชนสามารถตรวจสอบคุณภาพอากาศได้จากแอปพลิเคชันของกรมควบคุมมลพิษ ซึ่งรายงานค่าฝุ่นรายชั่วโมง",
        ],
    ),
    "th_obit": (
        "อาลัย ครูสมศรี แก้วประเสริฐ ผู้บุกเบิกห้องเรียนภาคค่ำริมบึงบอระเพ็ด",
        [
            "นางสมศรี แก้วประเสริฐ อดีตครูใหญ่โรงเรียนบ้านริมบึง จังหวัดนครสวรรค์ ถึงแก่กรรมอย่างสงบเมื่อวันที่ 14 มีนาคม 2570 สิริอายุ 88 ปี",
            "ครูสมศรีเริ่มรับราชการครูเมื่อปี 2503 และเป็นผู้ริเริ่มเปิดชั้นเรียนภาคค่ำให้ลูกหลานชาวประมงรอบบึง ซึ่งต้องออกหาปลาตั้งแต่เช้ามืด ลูกศิษย์หลายรุ่นยังคงแวะมาเยี่ยมท่านทุกปีในวันครู",
            "หลังเกษียณ ท่านยังคงสอนหนังสือให้เด็กในชุมชนฟรีที่ศาลาวัด และปลูกต้นไม้รอบโรงเรียนไว้หลายร้อยต้น",
            "ครอบครัวกำหนดสวดพระอภิธรรมทุกคืน เวลา 19.00 น. ณ ศาลา 2 วัดวรนาถบรรพต ระหว่างวันที่ 15-21 มีนาคม และกำหนดฌาปนกิจในวันที่ 22 มีนาคม เวลา 15.00 น.",
        ],
    ),
}

STORIES_MS: dict[str, tuple[str, list[str]]] = {
    "ms_alorsetar": (
        "Jalan Sultan Badlishah ditutup sebahagian untuk kerja menaik taraf longkang",
        [
            "Sebahagian Jalan Sultan Badlishah di sini akan ditutup kepada lalu lintas selama tiga minggu mulai Isnin depan bagi membolehkan kerja menaik taraf sistem longkang yang sering melimpah ketika hujan lebat.",
            "Datuk Bandar Alor Setar berkata, kerja itu melibatkan penggantian longkang lama sepanjang 800 meter dengan saluran konkrit yang lebih besar, dengan kos kira-kira RM2.4 juta.",
            "Menurutnya, penutupan akan dibuat secara berperingkat dan hanya satu lorong ditutup pada satu-satu masa, manakala laluan pejalan kaki kekal dibuka.",
            "Pengguna jalan raya dinasihatkan menggunakan Jalan Langgar atau Lebuhraya Sultanah Bahiyah sebagai laluan alternatif, terutama pada waktu puncak pagi dan petang.",
            "Beliau berkata, majlis bandaraya turut akan menanam semula pokok di bahu jalan yang terpaksa ditebang semasa kerja dijalankan.",
            "Kawasan itu kerap dilanda banjir kilat sejak beberapa tahun lalu, terutamanya pada bulan Oktober dan November.",
            "Peniaga di sepanjang jalan itu berharap kerja tersebut dapat disiapkan sebelum musim perayaan supaya perniagaan mereka tidak terjejas.",
        ],
    ),
    "ms_sandakan": (
        "Pasar ikan Sandakan dipindahkan sementara, peniaga minta tapak lebih selesa",
        [
            "Kira-kira 120 peniaga di pasar ikan tepi laut Sandakan akan berpindah ke tapak sementara di sebuah kawasan letak kereta berhampiran mulai bulan depan, bagi memberi laluan kepada kerja membaik pulih bangunan pasar yang berusia lebih 40 tahun.",
            "Majlis Perbandaran Sandakan memaklumkan kerja pembaikan bumbung, lantai dan sistem saliran dijangka mengambil masa lapan bulan.",
            "Seorang peniaga ikan, Aminah Jumadil, 52, berkata beliau bimbang pelanggan tetap tidak dapat mencari lokasi baharu dan berharap majlis menyediakan papan tanda yang jelas serta bumbung yang cukup untuk melindungi hasil laut daripada panas.",
            "Majlis perbandaran berkata tapak sementara akan dilengkapi dengan bekalan air, lampu dan tong sampah tambahan, dan bayaran sewa tapak dikecualikan sepanjang tempoh itu.",
            "Pasar itu terkenal dalam kalangan pelancong yang datang untuk membeli ikan masin, udang kering dan hasil laut segar dari perairan Sandakan.",
            "Majlis juga akan mengadakan sesi dialog dengan peniaga minggu depan untuk mendengar cadangan mereka mengenai susun atur tapak sementara.",
        ],
    ),
    "ms_kedah_briefs": (
        "Berita ringkas Kedah",
        [
            "KUALA KEDAH: Perkhidmatan feri dari jeti di sini akan ditambah dua trip sehari sepanjang cuti sekolah bermula Sabtu ini bagi menampung pertambahan penumpang.",
            "JITRA: Sebanyak 35 keluarga yang terjejas akibat ribut petang semalam di beberapa kampung di sini menerima bantuan awal daripada pejabat daerah.",
            "POKOK SENA: Jabatan Kerja Raya akan membaiki sebuah jambatan kecil di Jalan Kampung Jabi yang retak, dan kenderaan berat dilarang melaluinya sehingga kerja siap.",
            "YAN: Pihak berkuasa tempatan mengingatkan orang ramai supaya tidak mandi di kawasan air terjun ketika hujan lebat susulan kejadian arus deras minggu lalu.",
            "ALOR SETAR: Perpustakaan awam negeri akan dibuka sehingga jam 10 malam setiap Jumaat mulai bulan depan bagi kemudahan pelajar.",
            "KULIM: Sebuah taman permainan kanak-kanak yang baharu dinaik taraf di pusat bandar dibuka semula kepada orang ramai pada Ahad lalu selepas kerja pembaikan selama dua bulan.",
            "SIK: Program gotong-royong membersihkan sungai akan diadakan pada Sabtu ini dengan penyertaan penduduk dan pelajar sekolah berhampiran.",
        ],
    ),
    "ms_log_sandakan": (
        "Ringkasan kes polis daerah Sandakan",
        [
            "Seorang lelaki berusia 31 tahun ditahan selepas disyaki mencuri enjin sangkut bot di sebuah jeti di Batu Sapi pada Isnin. Enjin bernilai kira-kira RM9,000 itu ditemui di sebuah rumah berhampiran.",
            "Polis menerima laporan seorang wanita yang kerugian RM23,000 selepas diperdaya sindiket pelaburan dalam talian. Kes disiasat di bawah Seksyen 420 Kanun Keseksaan.",
            "Dua remaja ditahan kerana menunggang motosikal secara berbahaya di Jalan Utara awal pagi Selasa. Kedua-dua motosikal mereka disita.",
            "Sebuah kedai runcit di Taman Fajar dipecah masuk pada malam Ahad. Pemilik kedai melaporkan wang tunai dan rokok bernilai kira-kira RM3,500 hilang.",
            "Seorang pemandu lori cedera ringan selepas lori yang dipandunya terbabas ke dalam parit di Jalan Labuk pada Selasa. Mangsa dirawat di hospital dan dibenarkan pulang.",
            "Polis turut menahan seorang lelaki yang disyaki memandu dalam keadaan mabuk di sebuah sekatan jalan raya di Mile 4 awal pagi Ahad.",
            "Orang ramai yang mempunyai maklumat diminta menghubungi balai polis berhampiran atau talian hotline polis daerah.",
        ],
    ),
    "ms_explain": (
        "Apa itu gelombang haba dan bagaimana tahapnya ditentukan?",
        [
            "Gelombang haba ialah keadaan apabila suhu maksimum harian kekal tinggi melebihi paras biasa untuk beberapa hari berturut-turut.",
            "Bagaimana tahapnya ditentukan? Jabatan Meteorologi menggunakan beberapa tahap. Tahap waspada dikeluarkan apabila suhu maksimum berada antara 35 hingga 37 darjah Celsius selama sekurang-kurangnya tiga hari berturut-turut. Jika suhu melebihi 37 darjah Celsius, tahap gelombang haba diisytiharkan.",
            "Kenapa ia berlaku? Fenomena El Nino, angin yang lemah dan langit yang cerah menyebabkan bahang matahari terperangkap, terutamanya di kawasan utara Semenanjung seperti Kedah dan Perlis.",
            "Apa kesannya? Cuaca panas melampau boleh menyebabkan strok haba, dehidrasi dan kebakaran hutan. Aktiviti luar di sekolah juga boleh dihentikan sementara.",
            "Apa yang perlu dilakukan? Orang ramai dinasihatkan minum air secukupnya, mengelak berada di bawah matahari antara jam 11 pagi hingga 4 petang dan memakai pakaian longgar.",
            "Berapa lama ia berlangsung? Biasanya gelombang haba berlanjutan beberapa hari hingga dua minggu, bergantung kepada keadaan cuaca serantau.",
        ],
    ),
}

STORIES_TL: dict[str, tuple[str, list[str]]] = {
    "tl_lucena": (
        "Bagong terminal ng bus sa Lucena, bubuksan sa Abril",
        [
            "Bubuksan na sa unang linggo ng Abril ang bagong terminal ng mga bus at jeepney sa Lucena City, ayon sa pamahalaang lungsod nitong Martes.",
            "Ayon sa city engineer, halos tapos na ang gusali, kabilang ang mga palikuran, silid-hintayan at mga puwesto para sa mga tindahan. Inaasahang mababawasan nito ang pagsisikip ng trapiko sa kahabaan ng Quezon Avenue, kung saan kasalukuyang nagbababa at nagsasakay ng pasahero ang mga bus.",
            "Sinabi ng ilang tsuper ng jeepney na mas maayos ang bagong terminal, ngunit nangangamba sila na mas malayo ito para sa mga pasaherong galing sa palengke.",
            "Nangako naman ang pamahalaang lungsod na magtatalaga ng mga shuttle mula sa palengke patungo sa terminal sa unang tatlong buwan ng operasyon.",
            "Ayon sa tanggapan ng alkalde, may kapasidad ang bagong terminal para sa 60 bus at mahigit 100 jeepney nang sabay-sabay. May nakalaan ding lugar para sa mga tricycle na maghahatid ng pasahero patungo sa mga barangay.",
            "Inaasahan ding lilipat sa bagong terminal ang mga tindahan ng pasalubong na dating nasa gilid ng kalsada.",
            "Hinihikayat ang publiko na magbigay ng puna sa mga oras at ruta sa pamamagitan ng opisyal na pahina ng lungsod.",
        ],
    ),
    "tl_quezon_briefs": (
        "Balitang probinsiya: Quezon",
        [
            "TAYABAS — Sinimulan na ang pagsasaayos ng lumang tulay na bato sa bayang ito, na inaasahang matatapos bago ang pista sa Mayo.",
            "SARIAYA — Namahagi ang munisipyo ng mga binhi ng palay sa mahigit 400 magsasaka na naapektuhan ng tagtuyot noong nakaraang taon.",
            "PAGBILAO — Pansamantalang isinara ang isang bahagi ng pambansang lansangan dahil sa pagguho ng lupa, ngunit nabuksan din ito makalipas ang anim na oras.",
            "TIAONG — Magkakaroon ng libreng konsultasyong medikal sa plaza ng bayan sa Sabado, mula alas-otso ng umaga hanggang alas-tres ng hapon.",
            "LUCENA — Pinaalalahanan ng lungsod ang mga may-ari ng aso na magpabakuna laban sa rabies sa mga itinakdang barangay ngayong buwan.",
            "INFANTA — Binuksan ang bagong silid-aklatan ng bayan na may mahigit tatlong libong aklat na donasyon ng mga dating mag-aaral.",
            "CANDELARIA — Itinakda ng pamahalaang bayan ang isang job fair sa darating na Miyerkules sa gymnasium ng munisipyo, kung saan inaasahang lalahok ang mahigit dalawampung kompanya.",
            "MAUBAN — Pinaalalahanan ang mga mangingisda na huwag munang pumalaot dahil sa malakas na hangin at alon sa baybayin.",
        ],
    ),
    "tl_log_tarlac": (
        "Police blotter: Tarlac City",
        [
            "Arestado ang isang 28-anyos na lalaki matapos mahulihan ng hindi lisensiyadong baril sa isang checkpoint sa Barangay San Vicente noong Lunes ng gabi.",
            "Isang motorsiklo ang iniulat na ninakaw sa harap ng isang paaralan sa Barangay San Roque. Nakuhanan ng CCTV ang dalawang suspek na sakay ng isa pang motorsiklo.",
            "Sugatan ang isang tricycle driver nang mabangga ng isang van sa MacArthur Highway. Isinugod siya sa ospital at nasa maayos nang kalagayan.",
            "Dalawang menor de edad ang dinala sa tanggapan ng social welfare matapos mahuling nagnanakaw ng kable ng kuryente.",
            "Naaresto ang isang 40-anyos na lalaki na may nakabinbing warrant of arrest para sa kasong estafa sa isang operasyon sa Barangay Maligaya noong Martes ng umaga.",
            "Iniulat ng isang may-ari ng tindahan sa palengke na nawalan siya ng mahigit sampung libong piso matapos pasukin ang kanyang puwesto noong Linggo ng gabi.",
            "Isang lalaking lasing ang inaresto matapos manggulo sa isang kainan sa Barangay Matatalaib noong Linggo ng madaling-araw.",
            "Nanawagan ang pulisya sa publiko na agad iulat ang anumang kahina-hinalang aktibidad sa kanilang hotline.",
        ],
    ),
    "tl_obit": (
        "Pumanaw na si Gng. Rosario Villanueva, ang 'Lola ng Pasalubong' ng Lucena",
        [
            "Pumanaw noong Linggo, Marso 14, 2027, si Gng. Rosario Dimaculangan Villanueva, tagapagtatag ng isang kilalang tindahan ng pasalubong sa Lucena City. Siya ay 91 taong gulang.",
            "Nagsimula si Lola Saring sa pagtitinda ng tinapay at kakanin sa bangketa noong 1958. Kalaunan ay nagbukas siya ng maliit na tindahan malapit sa palengke na ngayon ay pinamamahalaan na ng kanyang mga apo.",
            "Kilala siya sa pagtulong sa mga estudyanteng nangangailangan ng baon at sa taunang pamimigay ng tinapay tuwing pista ng lungsod.",
            "Ayon sa kanyang mga kaanak, hanggang sa huling taon ng kanyang buhay ay maaga pa rin siyang gumigising upang tumulong sa pagluluto ng tinapay. Marami sa mga dating suki ang dumalaw sa burol upang magbigay-galang.",
            "Noong 2010, ginawaran siya ng pamahalaang lungsod ng parangal bilang isa sa mga natatanging negosyante ng Lucena dahil sa kanyang ambag sa maliliit na industriya ng pagkain.",
            "Naiwan niya ang limang anak, labing-apat na apo at walong apo sa tuhod. Nakaburol ang kanyang labi sa kanilang tahanan sa Barangay Isabang, at ihahatid siya sa huling hantungan sa Sabado, Marso 20.",
        ],
    ),
    "tl_notice_lucena": (
        "Mga paalala at anunsiyo ngayong linggo",
        [
            "Pagpapatala: Bukas na ang maagang pagpapatala para sa Kindergarten at Grade 1 sa lahat ng pampublikong paaralang elementarya sa lungsod hanggang Marso 31. Dalhin ang birth certificate ng bata.",
            "Tubig: Mawawalan ng supply ng tubig sa ilang bahagi ng Barangay Ibabang Dupay sa Biyernes mula alas-nuwebe ng umaga hanggang alas-singko ng hapon dahil sa pagkukumpuni ng tubo.",
            "Pulong: Magkakaroon ng pampublikong pagdinig ang Sangguniang Panlungsod tungkol sa panukalang ordinansa sa paradahan sa Marso 24, alas-dos ng hapon.",
            "Bakuna: Libreng bakuna laban sa rabies para sa mga aso at pusa sa covered court ng Barangay Gulang-Gulang sa Sabado.",
            "Scholarship: Tumatanggap ang tanggapan ng alkalde ng aplikasyon para sa scholarship sa kolehiyo hanggang Abril 15.",
            "Trapiko: Isasara sa mga sasakyan ang bahagi ng Merchan Street sa Linggo mula alas-sais ng umaga hanggang tanghali para sa isang fun run. Pinapayuhan ang mga motorista na dumaan sa mga alternatibong ruta.",
            "Paalala: Sarado ang city hall sa darating na Huwebes dahil sa isang pista opisyal sa lungsod.",
        ],
    ),
}

STORIES_HI: dict[str, tuple[str, list[str]]] = {
    "hi_gorakhpur": (
        "रामगढ़ताल के किनारे नया साइकिल ट्रैक, अप्रैल से खुलेगा",
        [
            "गोरखपुर विकास प्राधिकरण ने रामगढ़ताल के किनारे करीब चार किलोमीटर लंबा साइकिल ट्रैक बनाने का काम लगभग पूरा कर लिया है और इसे अप्रैल के पहले सप्ताह में आम लोगों के लिए खोला जाएगा।",
            "प्राधिकरण के अधिकारियों ने बताया कि ट्रैक के साथ पैदल चलने वालों के लिए अलग पथ, बैठने के लिए बेंच और रात में रोशनी के लिए सौर ऊर्जा वाली लाइटें लगाई गई हैं।",
            "सुबह टहलने आने वाले लोगों का कहना है कि अब तक साइकिल चलाने वालों और पैदल यात्रियों को एक ही रास्ते पर चलना पड़ता था, जिससे दुर्घटना का खतरा बना रहता था।",
            "अधिकारियों के अनुसार, किराये पर साइकिल देने के लिए दो स्टैंड भी बनाए जाएंगे, जिनका शुल्क बाद में तय होगा।",
            "प्राधिकरण ने लोगों से अपील की है कि ट्रैक पर मोटरसाइकिल या स्कूटर न ले जाएं।",
        ],
    ),
    "hi_bareilly": (
        "झुमका तिराहे के पास फ्लाईओवर का काम शुरू, रूट डायवर्जन लागू",
        [
            "बरेली में झुमका तिराहे के पास प्रस्तावित फ्लाईओवर का निर्माण कार्य मंगलवार से शुरू हो गया, जिसके चलते यातायात पुलिस ने दिल्ली रोड पर रूट डायवर्जन लागू कर दिया है।",
            "यातायात पुलिस के अनुसार, भारी वाहनों को अब बाईपास से होकर गुजारा जाएगा, जबकि निजी वाहन और रोडवेज बसें सर्विस लेन का इस्तेमाल करेंगी।",
            "निर्माण एजेंसी का कहना है कि फ्लाईओवर करीब अठारह महीने में बनकर तैयार होगा और इससे शहर में प्रवेश करने वाले वाहनों को जाम से राहत मिलेगी।",
            "स्थानीय दुकानदारों ने चिंता जताई है कि डायवर्जन से उनकी बिक्री पर असर पड़ेगा। व्यापार मंडल ने प्रशासन से दुकानों तक पहुंचने के लिए अस्थायी रास्ता बनाने की मांग की है।",
            "प्रशासन ने लोगों से सहयोग की अपील करते हुए कहा है कि सुबह और शाम के व्यस्त समय में अतिरिक्त यातायातकर्मी तैनात रहेंगे।",
        ],
    ),
    "hi_log_bareilly": (
        "अपराध डायरी: चेन स्नैचिंग, बाइक चोरी और साइबर ठगी",
        [
            "सुभाष नगर थाना क्षेत्र में सोमवार शाम टहलने निकली एक महिला के गले से बाइक सवार दो युवक चेन झपटकर फरार हो गए। पुलिस सीसीटीवी फुटेज की मदद से आरोपियों की तलाश कर रही है।",
            "कोतवाली क्षेत्र में एक व्यापारी की दुकान के बाहर खड़ी बाइक चोरी हो गई। पीड़ित की तहरीर पर मुकदमा दर्ज कर लिया गया है।",
            "प्रेमनगर के एक युवक से नौकरी दिलाने के नाम पर साइबर ठगों ने 48 हजार रुपये ठग लिए। साइबर सेल मामले की जांच कर रही है।",
            "बारादरी पुलिस ने अवैध शराब के साथ दो लोगों को गिरफ्तार किया है। उनके पास से करीब 60 लीटर कच्ची शराब बरामद हुई।",
            "पुलिस ने लोगों से अपील की है कि किसी भी अनजान कॉल या लिंक पर अपनी बैंक जानकारी साझा न करें।",
        ],
    ),
    "hi_gorakhpur1977": (
        "रेलवे स्टेशन पर नये पैदल पुल का लोकार्पण",
        [
            "गोरखपुर रेलवे स्टेशन पर प्लेटफार्म संख्या एक और दो को जोड़ने वाले नये पैदल पुल का बुधवार को लोकार्पण किया गया।",
            "इस पुल के बनने से यात्रियों को अब पटरियां पार करने की जरूरत नहीं पड़ेगी। रेलवे अधिकारियों ने बताया कि पिछले वर्ष पटरियां पार करते समय कई दुर्घटनाएं हुई थीं।",
            "पुल के निर्माण पर लगभग तीन लाख रुपये खर्च हुए हैं और इसे बनाने में आठ महीने लगे। समारोह में बड़ी संख्या में रेलकर्मी और नागरिक उपस्थित थे।",
            "यात्री संघ के मंत्री ने मांग की कि स्टेशन पर पीने के पानी और प्रतीक्षालय की व्यवस्था भी सुधारी जाए।",
        ],
    ),
    "hi_obit": (
        "वरिष्ठ रंगकर्मी रमाकांत त्रिपाठी का निधन, शहर में शोक",
        [
            "गोरखपुर के वरिष्ठ रंगकर्मी और सेवानिवृत्त शिक्षक रमाकांत त्रिपाठी का मंगलवार सुबह उनके आवास पर निधन हो गया। वह 84 वर्ष के थे।",
            "त्रिपाठी ने सत्तर के दशक में शहर में एक नाट्य संस्था की स्थापना की थी, जिसने पांच दशकों में सौ से अधिक नाटकों का मंचन किया। उन्होंने कई युवा कलाकारों को मंच पर पहला मौका दिया।",
            "वह एक इंटर कॉलेज में हिंदी के शिक्षक रहे और सेवानिवृत्ति के बाद भी बच्चों को निःशुल्क पढ़ाते रहे।",
            "उनका अंतिम संस्कार बुधवार को राप्ती नदी के तट पर राजघाट पर किया जाएगा। वह अपने पीछे पत्नी, दो पुत्र और एक पुत्री छोड़ गए हैं।",
            "शहर की कई सांस्कृतिक संस्थाओं ने उनके निधन पर शोक व्यक्त किया है।",
        ],
    ),
}

STORIES_UR: dict[str, tuple[str, list[str]]] = {
    "ur_bahawalpur": (
        "فرید گیٹ کے قریب سڑک کی مرمت، ٹریفک متبادل راستوں پر منتقل",
        [
            "بہاولپور میں فرید گیٹ کے قریب مرکزی سڑک کی مرمت کا کام شروع ہو گیا ہے جس کے باعث ٹریفک کو متبادل راستوں پر منتقل کر دیا گیا ہے۔",
            "ضلعی انتظامیہ کے مطابق سڑک پر گہرے گڑھے پڑ چکے تھے اور بارش کے دنوں میں پانی کھڑا ہونے سے شہریوں کو شدید مشکلات کا سامنا تھا۔",
            "حکام کا کہنا ہے کہ مرمت کا کام تین ہفتوں میں مکمل کر لیا جائے گا اور اس دوران رات کے اوقات میں بھی کام جاری رہے گا۔",
            "مقامی دکانداروں نے شکایت کی ہے کہ راستہ بند ہونے سے گاہکوں کی آمد کم ہو گئی ہے، جبکہ رکشہ ڈرائیوروں نے کرایوں میں اضافے کا عندیہ دیا ہے۔",
            "ٹریفک پولیس نے شہریوں سے اپیل کی ہے کہ وہ غیر ضروری سفر سے گریز کریں اور ٹریفک اہلکاروں سے تعاون کریں۔",
        ],
    ),
    "ur_sukkur_briefs": (
        "مختصر خبریں",
        [
            "سکھر: سکھر بیراج کے دروازوں کی سالانہ مرمت کا کام مکمل ہونے کے بعد نہروں میں پانی کی فراہمی بحال کر دی گئی ہے۔",
            "روہڑی: شہر میں صفائی مہم کے دوران مرکزی بازار سے کئی ٹن کچرا اٹھایا گیا، بلدیہ نے دکانداروں کو کوڑا دان رکھنے کی ہدایت کی ہے۔",
            "شکارپور: ضلعی ہسپتال میں بچوں کے لیے نیا وارڈ قائم کر دیا گیا ہے جس میں بیس بستر رکھے گئے ہیں۔",
            "خیرپور: کھجور کے کاشتکاروں کے لیے تربیتی ورکشاپ جمعرات کو منعقد ہوگی جس میں نئی اقسام کے بارے میں آگاہی دی جائے گی۔",
            "پنو عاقل: گیس کے کم دباؤ کی شکایات پر متعلقہ محکمے نے علاقے میں نئی پائپ لائن بچھانے کا اعلان کیا ہے۔",
            "گھوٹکی: ضلعی انتظامیہ نے گندم کی کٹائی سے قبل کسانوں کو بار دانہ کی فراہمی کے لیے مراکز قائم کر دیے ہیں۔",
        ],
    ),
    "ur_notice_bahawalpur": (
        "اعلانات",
        [
            "داخلے: سرکاری ہائی سکولوں میں نرسری اور پہلی جماعت کے داخلے یکم اپریل سے شروع ہوں گے۔ والدین بچوں کے ب فارم کی نقل ساتھ لائیں۔",
            "بلدیہ: میونسپل کارپوریشن نے دکانوں کے سامنے تجاوزات ختم کرنے کے لیے سات روز کی مہلت دی ہے، جس کے بعد سامان ضبط کر لیا جائے گا۔",
            "بجلی: مرمتی کام کے باعث جمعہ کو صبح نو بجے سے دوپہر دو بجے تک ماڈل ٹاؤن اور سیٹلائٹ ٹاؤن کے بعض علاقوں میں بجلی کی فراہمی معطل رہے گی۔",
            "کھیل: ضلعی سپورٹس کمپلیکس میں انڈر سولہ کرکٹ ٹرائلز اتوار کو ہوں گے، کھلاڑی صبح آٹھ بجے رپورٹ کریں۔",
            "لائبریری: سینٹرل لائبریری میں امتحانات کے پیش نظر طلبہ کے لیے اوقات کار شام سات بجے تک بڑھا دیے گئے ہیں۔",
        ],
    ),
    "ur_bahawalpur1977": (
        "شہر میں نئے واٹر ورکس کا افتتاح",
        [
            "بہاولپور میں شہر کے لیے نئے واٹر ورکس کا افتتاح بدھ کے روز کیا گیا جس سے شہر کے مشرقی حصے کے ہزاروں گھروں کو صاف پانی مہیا ہو سکے گا۔",
            "افتتاحی تقریب میں بتایا گیا کہ منصوبے پر تقریباً پچیس لاکھ روپے لاگت آئی ہے اور اس میں دو بڑی ٹینکیاں اور چار ٹیوب ویل شامل ہیں۔",
            "اہلِ محلہ نے اس موقع پر مسرت کا اظہار کیا اور کہا کہ گرمیوں میں پانی کی قلت کے باعث انہیں دور دراز سے پانی لانا پڑتا تھا۔",
            "میونسپل کمیٹی کے چیئرمین نے اعلان کیا کہ آئندہ سال شہر کے باقی علاقوں تک بھی پائپ لائن بچھائی جائے گی۔",
            "تقریب کے اختتام پر شہریوں میں مٹھائی تقسیم کی گئی اور واٹر ورکس کے عملے کو ان کی محنت پر شاباش دی گئی۔",
        ],
    ),
}

STORIES_AR: dict[str, tuple[str, list[str]]] = {
    "ar_sousse": (
        "سوسة: انطلاق أشغال تهيئة الكورنيش استعداداً للموسم السياحي",
        [
            "انطلقت يوم الثلاثاء أشغال تهيئة جزء من كورنيش مدينة سوسة، في إطار برنامج يهدف إلى تحسين البنية التحتية قبل انطلاق الموسم السياحي الصيفي.",
            "وأوضح مسؤول ببلدية سوسة أن الأشغال تشمل تجديد الأرصفة وتركيز إنارة عمومية جديدة وإحداث مسلك خاص بالدراجات على امتداد نحو كيلومترين.",
            "وتبلغ الكلفة الجملية للمشروع حوالي ثلاثة ملايين دينار، ومن المنتظر أن تستكمل الأشغال قبل موفى شهر ماي المقبل.",
            "وعبّر عدد من أصحاب المقاهي والمطاعم المحاذية للكورنيش عن أملهم في ألا تؤثر الأشغال على نشاطهم خلال عطلة الربيع.",
            "ودعت البلدية المواطنين إلى احترام الممرات الوقتية وعلامات التحويل المركزة بالمكان.",
        ],
    ),
    "ar_mansoura": (
        "بدء نقل الباعة إلى سوق مؤقت تمهيداً لتطوير سوق الخواجات بالمنصورة",
        [
            "بدأت محافظة الدقهلية نقل الباعة من سوق الخواجات في مدينة المنصورة إلى سوق مؤقت مجاور، تمهيداً لأعمال تطوير تستمر نحو ستة أشهر.",
            "وقال مسؤول بحي غرب المنصورة إن أعمال التطوير تشمل تجديد شبكات الصرف والإنارة وإعادة تخطيط الممرات، بما يسهل حركة المتسوقين وسيارات الإطفاء.",
            "وأبدى عدد من الباعة تخوفهم من تراجع حركة البيع في الموقع المؤقت، مطالبين بتخفيض الرسوم خلال فترة النقل.",
            "من جانبها، أكدت المحافظة أنه سيتم إعفاء الباعة من رسوم الإشغال طوال مدة الأعمال، وأن كل بائع سيعود إلى مكانه بعد الانتهاء من التطوير.",
            "ويُعد سوق الخواجات من أقدم أسواق المدينة، ويقصده المتسوقون من القرى المجاورة لشراء الأقمشة ومستلزمات المنازل.",
        ],
    ),
    "ar_obit": (
        "رحيل الدكتور محمود عبد الحميد الشناوي أستاذ الجراحة بجامعة المنصورة",
        [
            "انتقل إلى رحمة الله تعالى صباح الثلاثاء الأستاذ الدكتور محمود عبد الحميد الشناوي، أستاذ الجراحة العامة المتفرغ بكلية الطب في جامعة المنصورة، عن عمر ناهز واحداً وثمانين عاماً.",
            "وكان الراحل قد تخرج في كلية الطب عام 1969، وشارك في تأسيس وحدة لجراحة الكبد في مستشفيات الجامعة، وأشرف على عشرات الرسائل العلمية.",
            "وعُرف الفقيد بين طلابه وزملائه بدماثة الخلق، وبعيادته المجانية التي كان يفتحها يوم الجمعة لغير القادرين في قريته بمركز طلخا.",
            "وقد نعاه عدد كبير من تلاميذه عبر صفحاتهم، مستذكرين حرصه على تعليمهم أصول المهنة وأخلاقياتها.",
            "وقد شُيّعت الجنازة عقب صلاة الظهر من أحد مساجد المنصورة، وتُقبل التعازي مساء الأربعاء بدار المناسبات الملحقة بالمسجد.",
        ],
    ),
    "ar_sousse1977": (
        "تدشين السوق البلدية الجديدة بسوسة",
        [
            "دُشّنت صباح أمس السوق البلدية الجديدة بمدينة سوسة بحضور والي الجهة وعدد من المسؤولين الجهويين والمحليين.",
            "وتمتد السوق على مساحة تفوق ثلاثة آلاف متر مربع، وتضم مائة وعشرين محلاً لبيع الخضر والغلال والأسماك، إلى جانب مخازن مبردة.",
            "وقد استغرقت أشغال البناء قرابة سنتين، وبلغت كلفتها حوالي ستمائة ألف دينار ساهمت فيها البلدية والدولة.",
            "وأكد رئيس البلدية أن السوق الجديدة ستخفف الاكتظاظ عن المدينة العتيقة، وستوفر ظروفاً صحية أفضل للتجار والمستهلكين.",
            "وقد تجول الحاضرون بين أجنحة السوق، واطلعوا على التجهيزات الحديثة التي زودت بها، كما استمعوا إلى ملاحظات عدد من التجار الذين عبّروا عن ارتياحهم للنقلة الجديدة.",
        ],
    ),
    "ar_explain": (
        "ما هو الاعتدال الربيعي؟ كل ما تريد معرفته",
        [
            "الاعتدال الربيعي هو اللحظة التي تكون فيها الشمس عمودية على خط الاستواء، فيتساوى طول الليل والنهار تقريباً في معظم أنحاء العالم.",
            "متى يحدث؟ يقع الاعتدال الربيعي في نصف الكرة الشمالي يوم 20 أو 21 مارس من كل عام، ويُعدّ البداية الفلكية لفصل الربيع.",
            "لماذا يتغير موعده؟ لأن السنة الشمسية لا تساوي 365 يوماً بالضبط، بل تزيد عليها بنحو ست ساعات، وهو ما تعوّضه السنة الكبيسة كل أربع سنوات.",
            "هل يتساوى الليل والنهار فعلاً؟ ليس تماماً، فانكسار أشعة الشمس في الغلاف الجوي يجعل النهار أطول ببضع دقائق من الليل في يوم الاعتدال.",
            "ما الذي يتغير بعده؟ يبدأ النهار في الطول تدريجياً في نصف الكرة الشمالي حتى الانقلاب الصيفي في يونيو.",
        ],
    ),
}

STORIES_RU: dict[str, tuple[str, list[str]]] = {
    "ru_tambov": (
        "В Тамбове закрыли на ремонт мост через Цну",
        [
            "В Тамбове со среды частично закрыто движение по одному из мостов через Цну: дорожники начали ремонт пролётного строения, который продлится до конца июня.",
            "Как сообщили в городской администрации, во время весеннего осмотра специалисты обнаружили разрушение гидроизоляции и трещины в асфальте. Для легковых машин будет открыта одна полоса, грузовики пустят в объезд.",
            "Маршруты трёх автобусов временно изменены: они пойдут через соседний мост, а на остановках появятся объявления с новыми схемами движения.",
            "Жители правобережья опасаются пробок в часы пик. В мэрии пообещали следить за ситуацией и при необходимости изменить режим работы светофоров.",
            "Стоимость работ составит около 90 миллионов рублей, подрядчик обязан завершить ремонт до 30 июня.",
        ],
    ),
    "ru_syktyvkar1977": (
        "В Сыктывкаре открылся новый кинотеатр",
        [
            "Вчера в Сыктывкаре состоялось открытие нового широкоэкранного кинотеатра на шестьсот мест. Первыми зрителями стали строители, возводившие здание.",
            "Кинотеатр построен за полтора года. В нём два зала, буфет и просторное фойе, украшенное панно местных художников по мотивам коми народных сказок.",
            "Как сообщил директор кинотеатра, сеансы будут начинаться каждые два часа, а по воскресеньям утром будут показывать фильмы для детей.",
            "Открытие нового кинотеатра особенно порадовало жителей новых микрорайонов, которым раньше приходилось ездить в кино в центр города.",
        ],
    ),
    "ru_log_tambov": (
        "Криминальная хроника: кражи, мошенничество и ДТП за неделю",
        [
            "В Тамбове задержан 24-летний местный житель, подозреваемый в краже велосипедов из подъездов многоэтажных домов. По данным полиции, за месяц он похитил не менее семи велосипедов.",
            "Пенсионерка из Мичуринска перевела телефонным мошенникам 310 тысяч рублей, поверив, что разговаривает с сотрудником банка. Возбуждено уголовное дело.",
            "На трассе Тамбов — Пенза столкнулись легковой автомобиль и грузовик. Водитель легковушки госпитализирован с травмами средней тяжести.",
            "В Рассказове из гаражного кооператива украли аккумуляторы и инструменты. Полиция проверяет записи камер наблюдения.",
            "Полиция напоминает: сотрудники банков никогда не просят сообщить код из СМС.",
        ],
    ),
    "ru_explain": (
        "Что такое ледоход и почему он опасен: объясняем",
        [
            "Ледоход — это движение льда по реке весной, когда под действием тепла и прибывающей воды ледяной покров разрушается и начинает двигаться вниз по течению.",
            "Когда он начинается? На реках средней полосы России ледоход обычно проходит в конце марта или в апреле. Сроки зависят от толщины льда, температуры воздуха и количества снега.",
            "Чем он опасен? Льдины могут скапливаться в узких местах русла и образовывать заторы. Вода за ними быстро поднимается, и прибрежные посёлки оказываются подтоплены.",
            "Как с этим борются? Лёд заранее распиливают и посыпают тёмным порошком, чтобы он быстрее таял, а в крайних случаях заторы подрывают.",
            "Что нужно помнить? Выходить на лёд весной опасно: даже толстый на вид лёд может быть рыхлым и не выдержать веса человека.",
        ],
    ),
}

STORIES_UK: dict[str, tuple[str, list[str]]] = {
    "uk_ternopil": (
        "У Тернополі почали весняне прибирання берегів ставу",
        [
            "У Тернополі комунальники розпочали весняне прибирання берегів Тернопільського ставу: з води та узбережжя прибирають сміття, сухі гілки й поламані лавки.",
            "Як повідомили в міській раді, цього року також планують замінити освітлення вздовж набережної та облаштувати два нові спуски до води для людей з інвалідністю.",
            "До робіт долучилися волонтери та учні кількох шкіл. Лише за перший день вони зібрали понад сто мішків сміття.",
            "Містяни просять також встановити більше смітників і громадську вбиральню біля пляжу. У міськраді кажуть, що розглянуть ці пропозиції під час підготовки до літнього сезону.",
            "Роботи на узбережжі мають завершитися до початку травня.",
        ],
    ),
    "uk_kremenchuk_briefs": (
        "Коротко: новини Кременчука та округи",
        [
            "Кременчук. Міська рада виділила кошти на ремонт двох укриттів у школах лівобережної частини міста; роботи мають завершити до кінця квітня.",
            "Горішні Плавні. У місті запустили новий автобусний маршрут, що сполучає житлові квартали з промисловою зоною.",
            "Світловодськ. Рибалок попереджають про небезпеку виходу на лід водосховища: лід став тонким і пористим.",
            "Глобине. У місцевій лікарні відкрили оновлене відділення реабілітації, обладнане коштом громади та благодійників.",
            "Кременчук. На набережній Дніпра висадили близько двохсот молодих лип і кленів.",
        ],
    ),
    "uk_log_ternopil": (
        "Кримінальна хроніка Тернопільщини",
        [
            "У Тернополі поліцейські затримали 35-річного чоловіка, який викрадав велосипеди з під'їздів. Під час обшуку в нього вилучили п'ять велосипедів.",
            "Жителька Чорткова переказала шахраям понад 40 тисяч гривень, повіривши, що виграла приз у розіграші. Відкрито кримінальне провадження.",
            "На трасі поблизу Збаража зіткнулися легковик і мікроавтобус. Двох людей із травмами госпіталізовано.",
            "У Кременці з магазину викрали інструменти на суму близько 18 тисяч гривень. Правоохоронці встановлюють особу крадія.",
            "Поліція закликає громадян не повідомляти стороннім дані банківських карток.",
        ],
    ),
    "uk_kremenchuk1977": (
        "У Кременчуці відкрито новий будинок культури",
        [
            "Вчора в Кременчуці урочисто відкрито новий будинок культури будівельників. У його залі на вісімсот місць відбувся перший концерт художньої самодіяльності.",
            "Будинок культури зведено за два роки. Тут працюватимуть хоровий і танцювальний колективи, драматичний гурток, бібліотека та кімнати для занять дітей.",
            "На відкриття прийшли сотні городян. Особливо тепло глядачі зустріли виступ дитячого ансамблю бандуристів.",
            "Директор закладу повідомив, що вже у квітні тут відбудеться огляд самодіяльних театрів області.",
            "Будівельники, які зводили будинок культури, отримали почесні грамоти міськвиконкому.",
        ],
    ),
}

STORIES_PT: dict[str, tuple[str, list[str]]] = {
    "pt_viseu": (
        "Obras no Rossio obrigam a desvios no trânsito em Viseu até junho",
        [
            "As obras de requalificação da Praça da República, no centro de Viseu, arrancaram esta terça-feira e vão obrigar a desvios no trânsito até ao final de junho, anunciou a câmara municipal.",
            "A intervenção inclui a substituição do pavimento, a renovação das redes de águas pluviais e a plantação de novas árvores, num investimento de cerca de 1,8 milhões de euros.",
            "Durante os trabalhos, os autocarros urbanos deixam de parar junto à praça e passam a usar uma paragem provisória na Avenida Alberto Sampaio.",
            "Alguns comerciantes da zona manifestaram preocupação com a quebra de clientes, mas a autarquia garante que o acesso pedonal às lojas estará sempre assegurado.",
            "O presidente da câmara afirmou que a obra será feita por fases para reduzir o incómodo aos moradores.",
            "A praça, conhecida pelos viseenses como Rossio, é um dos principais pontos de encontro da cidade e recebe durante o ano várias feiras e espetáculos ao ar livre.",
            "Os azulejos históricos que decoram o muro junto à praça não serão afetados pelas obras, garantiu ainda a autarquia.",
        ],
    ),
    "pt_leiria1977": (
        "Inaugurada a nova ponte sobre o Lis",
        [
            "Foi ontem inaugurada a nova ponte sobre o rio Lis, que liga o centro da cidade ao bairro dos Marrazes, numa cerimónia que juntou centenas de leirienses.",
            "A obra, iniciada há dois anos, substitui a velha ponte de madeira, que nos invernos mais rigorosos ficava muitas vezes submersa pelas cheias.",
            "Segundo o engenheiro responsável, a nova ponte, em betão armado, tem oito metros de largura e passeios de ambos os lados para os peões.",
            "A construção da ponte custou perto de oito mil contos, suportados em partes iguais pelo Estado e pela câmara municipal.",
            "Os moradores dos Marrazes, que durante anos reclamaram uma travessia segura, encheram as duas margens do rio para assistir à cerimónia.",
            "Segundo o presidente da câmara, seguir-se-á agora o arranjo das margens e a construção de um pequeno jardim junto à ponte.",
            "A velha ponte de madeira será desmontada nas próximas semanas.",
            "No final da cerimónia, a filarmónica local tocou no largo junto ao rio e os comerciantes da zona ofereceram um pequeno lanche aos presentes.",
        ],
    ),
    "pt_obit": (
        "Faleceu Manuel Augusto Loureiro, antigo maestro de banda filarmónica",
        [
            "Faleceu na passada segunda-feira, aos 86 anos, Manuel Augusto Loureiro, que durante mais de três décadas dirigiu uma das bandas filarmónicas mais antigas do distrito de Viseu.",
            "Natural de Mangualde, começou a tocar clarinete aos dez anos e formou gerações de músicos, muitos dos quais seguiram carreira em orquestras profissionais.",
            "Era também conhecido pelo trabalho voluntário na associação de reformados da cidade, onde organizava todos os anos um concerto de Natal.",
            "Em 2012, a junta de freguesia distinguiu-o com uma medalha de mérito cultural pelo contributo dado à música na região.",
            "Antigos alunos recordam-no como um professor exigente, mas sempre disponível para ensinar quem não tinha meios para pagar as aulas.",
            "Deixa viúva, dois filhos e cinco netos, a quem a redação apresenta sentidas condolências.",
            "O funeral realiza-se esta quinta-feira, às 15h00, na igreja paroquial, seguindo depois para o cemitério municipal. A família agradece todas as manifestações de pesar.",
        ],
    ),
    "pt_viseu_briefs": (
        "Breves da região",
        [
            "Tondela — A câmara municipal vai instalar painéis solares em seis escolas do concelho até ao final do ano letivo.",
            "Mangualde — Um incêndio numa fábrica de mobiliário na zona industrial foi dominado ao fim de duas horas, sem causar feridos.",
            "São Pedro do Sul — As termas reabrem ao público a 1 de abril, depois de obras de manutenção nos balneários.",
            "Lamego — A estrada nacional esteve cortada durante a manhã de terça-feira devido à queda de pedras na via.",
            "Castro Daire — A feira anual do mel e da castanha regressa em outubro, com mais expositores do que no ano passado.",
            "Nelas — A biblioteca municipal vai alargar o horário aos sábados à tarde a partir de abril, a pedido dos estudantes do concelho.",
            "Sátão — A junta de freguesia inaugurou um novo parque infantil junto à escola primária, num investimento de 40 mil euros.",
            "Penalva do Castelo — Os produtores de queijo da serra preparam a feira anual, marcada para o último fim de semana de março.",
            "Oliveira de Frades — A piscina municipal reabre na próxima segunda-feira, depois de substituída a cobertura.",
        ],
    ),
}

STORIES_CA: dict[str, tuple[str, list[str]]] = {
    "ca_manresa": (
        "Manresa amplia la zona de baixes emissions al centre a partir de l'abril",
        [
            "L'Ajuntament de Manresa ampliarà a partir de l'1 d'abril la zona de baixes emissions del centre de la ciutat, que passarà a incloure els carrers del barri antic i una part de la carretera de Vic.",
            "Segons ha explicat el regidor de Mobilitat, els vehicles sense etiqueta ambiental no podran circular per aquesta zona els dies feiners de set del matí a vuit del vespre, excepte els veïns empadronats i els serveis d'emergència.",
            "Durant els tres primers mesos no s'imposaran sancions i els agents de la policia local només informaran els conductors.",
            "Alguns comerciants del centre temen que la mesura faci baixar les vendes, mentre que les entitats veïnals la valoren positivament per la reducció del soroll.",
            "L'Ajuntament instal·larà sis càmeres de lectura de matrícules per controlar els accessos.",
            "La zona de baixes emissions actual, que es va posar en marxa fa dos anys, inclou només els carrers més cèntrics i, segons l'Ajuntament, ha reduït el trànsit un quinze per cent.",
            "El consistori ha habilitat un telèfon i una adreça electrònica perquè els veïns puguin resoldre dubtes sobre les excepcions.",
        ],
    ),
    "ca_obit": (
        "Mor als 89 anys Josep Soler i Pujol, l'últim cisteller del barri vell",
        [
            "Josep Soler i Pujol, conegut a Manresa com l'últim cisteller del barri vell, ha mort aquest dilluns als 89 anys.",
            "Va aprendre l'ofici del seu pare i durant més de setanta anys va teixir cistells, coves i cadires de boga en un petit taller que molts manresans recorden per l'olor de vímet.",
            "Als anys noranta va començar a fer tallers per a escoles, i l'any 2015 l'Ajuntament li va lliurar un reconeixement per la seva tasca de preservació dels oficis tradicionals.",
            "El seu taller havia rebut la visita de molts fotògrafs i periodistes, atrets per un ofici que ja gairebé ningú no practica.",
            "Els veïns del barri el recorden assegut a la porta del taller, sempre disposat a explicar com es triava i es mullava el vímet abans de treballar-lo.",
            "Deixa la seva esposa, Montserrat, dos fills i quatre néts, que han continuat la tradició fent cistells per a les fires de la comarca.",
            "La cerimònia de comiat tindrà lloc dijous a les onze del matí al tanatori municipal. La família agraeix les mostres de condol rebudes.",
        ],
    ),
    "ca_notice_manresa": (
        "Avisos municipals de la setmana",
        [
            "Padró: L'Oficina d'Atenció Ciutadana obrirà també els dissabtes al matí durant el mes d'abril per atendre les sol·licituds de certificats d'empadronament.",
            "Escoles: El període de preinscripció escolar per al curs vinent s'obrirà el 8 d'abril. Les famílies podran fer el tràmit en línia o presencialment al centre triat en primera opció.",
            "Obres: El carrer del Born estarà tallat al trànsit del 22 al 26 de març per la renovació de la xarxa d'aigua.",
            "Ple: El ple municipal ordinari se celebrarà el dijous 25 de març a les set de la tarda i es podrà seguir en directe pel web de l'Ajuntament.",
            "Deixalleria: La deixalleria mòbil serà a la plaça de la Reforma els dies 19 i 20 de març.",
            "Biblioteques: Les biblioteques municipals ampliaran l'horari d'obertura els dissabtes a la tarda durant el període d'exàmens, del 3 de maig al 20 de juny.",
            "Cementiri: El cementiri municipal tindrà un horari especial els dies de Setmana Santa, de vuit del matí a set de la tarda.",
            "Mercat: El mercat de Puigmercadal obrirà també la tarda del dissabte 27 de març amb motiu de la fira de Pasqua.",
        ],
    ),
    "ca_olot1977": (
        "S'inaugura la nova biblioteca popular d'Olot",
        [
            "Ahir a la tarda es va inaugurar la nova biblioteca popular d'Olot, instal·lada a la planta baixa d'un antic casal del carrer Major, amb la presència de les autoritats locals i de nombrosos veïns.",
            "La biblioteca disposa d'uns quatre mil volums, una sala de lectura amb quaranta places i un racó per als infants, i obrirà cada dia de la setmana excepte els diumenges.",
            "En el seu parlament, la bibliotecària va agrair les donacions de llibres de moltes famílies olotines i va anunciar que aviat s'organitzaran sessions de lectura per als escolars.",
            "Segons els organitzadors, el fons inicial s'ha pogut reunir gràcies a una campanya que va durar gairebé un any i en la qual van participar escoles, entitats i comerços de la ciutat.",
            "La biblioteca també disposarà d'una petita col·lecció de diaris i revistes que es podran consultar a la sala de lectura.",
            "L'alcalde va anunciar que l'Ajuntament dedicarà una partida anual a la compra de llibres nous.",
            "L'acte es va cloure amb una audició de sardanes a la plaça, a càrrec de la cobla de la ciutat.",
        ],
    ),
    "ca_explain": (
        "Què és la calamarsa i per què cau sovint a la primavera?",
        [
            "La calamarsa és una precipitació de boletes de gel de mida petita, normalment de menys de mig centímetre, que es forma dins dels núvols de tempesta.",
            "Com es forma? Els corrents d'aire ascendents dels cumulonimbes arrosseguen gotes d'aigua cap a zones molt fredes del núvol, on es congelen. Quan el gel pesa prou, cau a terra.",
            "Per què és habitual a la primavera? En aquesta època l'aire a prop del terra comença a escalfar-se, mentre que a les capes altes encara hi ha aire molt fred. Aquest contrast afavoreix els núvols de desenvolupament vertical.",
            "En què es diferencia de la pedra? Quan les boles de gel superen els cinc mil·límetres de diàmetre, els meteoròlegs ja en parlen com a pedra, que pot fer malbé conreus i vehicles.",
            "Què cal fer si en cau? Cal refugiar-se sota cobert i no aparcar els cotxes sota els arbres, perquè les branques es poden trencar.",
            "On cau més sovint? Les comarques de l'interior i del Prepirineu són les que registren més episodis, sobretot a les tardes de primavera.",
        ],
    ),
    "ca_bages_briefs": (
        "Breus del Bages",
        [
            "Sallent. L'Ajuntament ha adjudicat les obres de la nova piscina coberta, que es preveu que estigui acabada l'estiu de l'any vinent.",
            "Navarcles. Els bombers van apagar dimarts a la tarda un incendi de matolls al costat de la carretera, que va cremar unes dues hectàrees.",
            "Sant Vicenç de Castellet. L'estació de tren tindrà un nou aparcament per a bicicletes amb cinquanta places vigilades.",
            "Súria. La biblioteca municipal organitza un cicle de xerrades sobre la història de les mines de potassa.",
            "Cardona. El castell acollirà el 3 d'abril una jornada de portes obertes amb visites guiades gratuïtes.",
            "Castellbell i el Vilar. Els veïns podran votar fins a final de mes les propostes dels pressupostos participatius, que enguany disposen de cent mil euros.",
            "Santpedor. L'escola de música municipal celebrarà un concert de primavera al teatre del poble el diumenge 28 de març.",
            "Artés. La festa del vi del Pla de Bages tornarà a omplir els carrers el primer cap de setmana de maig.",
            "Callús. Les obres de l'escola bressol municipal començaran al maig.",
        ],
    ),
}

STORIES_HE: dict[str, tuple[str, list[str]]] = {
    "he_afula": (
        "עפולה: העבודות להרחבת כביש הגישה לבית החולים יחלו בשבוע הבא",
        [
            "עיריית עפולה הודיעה כי בשבוע הבא יחלו עבודות להרחבת כביש הגישה לבית החולים העמק, שנועדו להקל על הפקקים הכבדים בשעות הבוקר.",
            "לפי העירייה, הכביש יורחב משני נתיבים לארבעה, ויוקמו בו מפרץ חניה לאמבולנסים ותחנת אוטובוס חדשה. העבודות צפויות להימשך כשמונה חודשים.",
            "במהלך העבודות תיסגר הכניסה הצפונית לבית החולים, והנהגים יופנו לכניסה הדרומית. בבית החולים ממליצים למבקרים להגיע בתחבורה ציבורית.",
            "תושבי השכונות הסמוכות מתלוננים כבר שנים על עומסי התנועה, וחלקם הביעו חשש מרעש העבודות בשעות הלילה.",
            "העבודות ימומנו ברובן על ידי משרד התחבורה, והעירייה תשתתף בכרבע מעלות הפרויקט.",
            "בעירייה הבטיחו כי עבודות רועשות יתבצעו רק בשעות היום.",
        ],
    ),
    "he_nahariya1977": (
        "נחנכה הטיילת החדשה בנהריה",
        [
            "אתמול נחנכה בנהריה הטיילת החדשה לאורך חוף הים, בנוכחות ראש העירייה ומאות תושבים.",
            "הטיילת, שאורכה כקילומטר, נבנתה במשך שנה וחצי, ולאורכה הוצבו ספסלים, פנסים ועמדות לממכר גלידה.",
            "ראש העירייה אמר בטקס כי הטיילת תמשוך לעיר נופשים רבים בקיץ הקרוב, וכי בכוונת העירייה להאריך אותה עד שפך נחל הגעתון.",
            "עלות הקמת הטיילת הגיעה לכמיליון לירות, שמומנו בחלקם מתרומות של תושבי העיר לשעבר.",
            "בעלי החנויות ברחוב הראשי מקווים כי הטיילת תגדיל את מספר המבקרים בעיר גם בימות החול.",
            "הטיילת תהיה מוארת בכל לילות השבוע עד חצות.",
            "בסיום הטקס הופיעה להקת הנוער העירונית, והילדים קיבלו בלונים ודגלים.",
        ],
    ),
    "he_obit": (
        "הלך לעולמו אברהם גולדשטיין, ממייסדי שכונת גבעת המורה בעפולה",
        [
            "אברהם גולדשטיין, מוותיקי עפולה ומראשוני המתיישבים בשכונת גבעת המורה, הלך לעולמו ביום שני בגיל 93.",
            "גולדשטיין עלה לארץ ב־1949 ועבד שנים רבות כמסגר במפעלי העמק. הוא היה פעיל בוועד השכונה ודאג במשך עשורים לגינה הציבורית שבמרכזה.",
            "בני משפחתו סיפרו כי עד ימיו האחרונים הקפיד לצאת בכל בוקר להליכה ולברך את שכניו לשלום.",
            "לאחר פרישתו התנדב במשך שנים במרכז לקשיש בעיר, ולימד את הנכדים ואת ילדי השכונה לתקן אופניים במחסן שבחצר ביתו.",
            "הוא הותיר אחריו רעיה, שלושה ילדים, תשעה נכדים וארבעה נינים.",
            "הלוויה תתקיים ביום רביעי בשעה 16:00 בבית העלמין בעפולה. המשפחה תשב שבעה בבית המשפחה שבשכונה.",
        ],
    ),
    "he_explain": (
        "מהו שרב, ולמה הוא מגיע דווקא באביב?",
        [
            "שרב הוא מצב מזג אוויר חם ויבש במיוחד, שבו הטמפרטורות עולות הרבה מעל הממוצע והלחות יורדת לערכים נמוכים מאוד.",
            "איך הוא נוצר? בדרך כלל מדובר באוויר חם שמגיע ממדבריות ערב וסיני, כשמערכת לחץ נמוך מדרום מושכת אותו אל האזור.",
            "למה באביב? בעונות המעבר, בעיקר בין מרץ למאי, מתפתחים לעיתים קרובות שקעים מעל צפון אפריקה, שמזרימים אוויר מדברי חם וגורמים לימי שרב קצרים.",
            "ממה צריך להיזהר? בימי שרב מומלץ לשתות הרבה מים, להימנע ממאמץ גופני בשעות החמות ולא להשאיר ילדים או בעלי חיים ברכב.",
            "כמה זמן זה נמשך? רוב אירועי השרב נמשכים יומיים עד שלושה, ומסתיימים כשרוח מערבית מביאה אוויר לח וקריר יותר מהים.",
        ],
    ),
}

STORIES48: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": STORIES_EN,
    "zh": STORIES_ZH,
    "th": STORIES_TH,
    "ms": STORIES_MS,
    "tl": STORIES_TL,
    "hi": STORIES_HI,
    "ur": STORIES_UR,
    "ar": STORIES_AR,
    "ru": STORIES_RU,
    "uk": STORIES_UK,
    "pt": STORIES_PT,
    "ca": STORIES_CA,
    "he": STORIES_HE,
}

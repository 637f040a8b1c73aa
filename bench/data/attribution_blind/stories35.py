# ruff: noqa: E501, RUF001  (prose and markup: one paragraph or element a line, typographic quotes and dashes as the languages and platforms write them)
"""Prose of the thirty-fifth blind set: invented stories (names, figures and quotes are made up).

STORIES[lang][key] = (headline, paragraphs). English: five stories set in Europe and Asia
(Tórshavn, Longyearbyen, Luang Prabang, Stepantsminda, Portree); one story per other language.
"""

from __future__ import annotations

EN = {
    "faroe": (
        "Storm leaves Suðuroy cut off as ferry Smyril stays in port for a fourth day",
        [
            "The southern Faroese island of Suðuroy entered a fourth day without its ferry link on Wednesday, as swells of up to nine metres kept the Smyril tied up in Tórshavn and shops in Tvøroyri began to ration fresh milk.",
            "The ferry company Strandfaraskip Landsins said the vessel would not sail before Thursday afternoon at the earliest, and only if the wave buoy off Nólsoy showed a significant height below five metres for six hours running.",
            "Around 4,600 people live on Suðuroy, which is the only inhabited island of the archipelago that is not joined to the others by a tunnel, a bridge or a causeway. A helicopter service carries passengers in good weather, but it was grounded on Monday and Tuesday by gusts above 40 metres per second.",
            "In Vágur, the island's second village, the co-operative shop posted a handwritten sign asking customers to take no more than two litres of milk per household. \"We had a delivery planned for Monday and we have been selling from the back shelves since,\" said Rannvá Joensen, who manages the shop. \"Bread we can bake ourselves. Milk and fruit we cannot.\"",
            "The island's hospital in Tvøroyri said it had enough medicine and oxygen for at least three weeks and that a fishing vessel had brought a patient needing dialysis to Tórshavn on Tuesday night, in a crossing that took five hours instead of the ferry's usual two.",
            "Fishermen in Hvalba said the storm had torn two small boats from their moorings and thrown a third onto the slipway. No one was hurt. The harbour master, Jógvan á Lakjuni, said the breakwater had held, but that the concrete at its head had cracked along a length of about twelve metres.",
            "The storm, which the Danish Meteorological Institute named Hedda, reached the islands on Saturday evening. The weather station at Akraberg, at the southern tip of Suðuroy, recorded a gust of 52 metres per second on Sunday morning, the highest reading there since the station was modernised in 2009.",
            "Schools on the island were closed on Monday and Tuesday because the roads over the mountain between Tvøroyri and Vágur were blocked by rockfall and snow drifts. The municipal road crew cleared one lane by Tuesday evening and the schools reopened on Wednesday with a delayed start.",
            "The power company SEV said a line between the wind farm at Porkeri and the island's grid had come down on Sunday and that the island had run on its diesel plant and battery store since then. The company asked residents to avoid using electric heating between five and eight in the evening.",
            "Farmers were counting their losses after a barn roof blew off in Sumba and some 60 sheep were missing on the slopes above Lopra. \"They will have found shelter somewhere. Sheep here know the weather better than we do,\" said Óli Poulsen, whose flock grazes on the outfield near Beinisvørð. \"But if the snow stays for another week, we will have to bring hay out by hand.\"",
            "The question of a permanent link for Suðuroy has divided politicians in Tórshavn for more than a decade. A tunnel under the Suðuroyarfjørður strait would be about 25 kilometres long and, by the estimate of the land works agency, cost between 3.5 and 4.5 billion Danish kroner.",
            "Supporters of the tunnel said the week had shown again that the island could not depend on one ferry. \"Every winter we are told this is the last time,\" said Turið Nolsøe, a member of the municipal council in Tvøroyri. \"The young families we want to keep here count the days the ferry does not sail. They count them very carefully.\"",
            "Opponents argued that a second, larger ferry and a better harbour at Krambatangi would give most of the benefit at a fraction of the cost, and that geological surveys of the strait were incomplete. The transport ministry has promised a decision on the next stage of surveys before the summer.",
            "The ferry company said the Smyril had been inspected on Tuesday and was ready to sail. A replacement vessel, the Ternan, would carry goods only, if the weather allowed a crossing on Thursday morning. Lorries with food and fuel were already queued on the quay in Tórshavn on Wednesday afternoon.",
            "In Tvøroyri, the fuel station had closed its diesel pump to private customers on Tuesday to keep its remaining stock for the fishing fleet and the emergency services. Petrol was still available, but in limited amounts.",
            "The national emergency office said it had placed an extra team of rescuers on the island on Friday, before the storm arrived, and that it had answered 31 calls since then, most of them about loose roofing, fallen lines and cars stuck in drifts.",
            "Forecasters expected the wind to ease on Thursday, but warned of another low pressure system arriving from the southwest on Saturday. \"There will be a window,\" said a duty forecaster in Tórshavn. \"Whether it is long enough for two crossings is something we will only know on Thursday morning.\"",
            "Residents said the mood on the island was calm, if tired. The parish hall in Tvøroyri opened on Wednesday evening as a warm room for anyone whose heating had failed, with coffee, soup and, its organisers noted, no milk.",
            'Teachers in Vágur said older pupils had spent Wednesday morning writing letters to the ferry company and to the members of the Løgting who represent the island, describing what the week had meant for their families. The head teacher said the letters would be delivered by hand once the ferry sailed.',
            'At the care home in Tvøroyri, staff who live in the northern villages of the island slept at work on Sunday and Monday nights because the mountain road was closed. "Nobody complained," said the home\'s manager, Elin Hansen. "We put mattresses in the activity room and the residents thought it was a party."',
            "The island's only bank branch said cash machines had been refilled before the storm and that card payments had worked throughout, except for about two hours on Sunday when the mobile network went down in the south of the island after a mast lost power.",
            'Businesses that depend on the ferry were counting the cost. A fish farm in Trongisvágsfjørður said it had been unable to ship about 180 tonnes of salmon to the processing plant on Streymoy and had kept the fish in the pens, where they would grow, but where the company could not sell them while the price was high.',
            'The ferry company\'s director, Bárður Dalsgaard, said the Smyril had sailed in worse conditions in the past, but that the rules on passenger vessels had been tightened after an incident in 2019 in which a lorry broke loose on the car deck. "We do not gamble with people\'s lives to keep a timetable," he said. "I understand the frustration. I share it."',
            'He said the company had asked the government for money to fit the Smyril with a second set of stabilisers, which would allow it to sail in slightly higher waves, and that a decision was expected in the spring budget.',
            "Travellers stranded in Tórshavn were put up in hotels at the company's expense on Sunday and Monday nights. By Tuesday, many had found rooms with relatives in the capital, while others waited in the ferry terminal's café, which stayed open late.",
            'Among them was a choir of 28 children from Suðuroy who had sung at a festival in Tórshavn on Saturday and could not go home. Their conductor said the children had spent the days visiting the national museum and the aquarium, and had given an unplanned concert at a care home in Hoyvík on Tuesday.',
            'For many on the island, the storm week brought back memories of January 1988, when a hurricane destroyed boathouses along the whole east coast and left some villages without power for ten days. Older residents said that storm had been worse. Younger ones said they did not intend to wait another thirty years for a tunnel.',
            "The Løgting's transport committee said it would hold an open meeting in Tvøroyri once the weather allowed, and invited residents, shipping companies and the island's municipalities to give evidence on the ferry service and the tunnel plans.",
            'By Wednesday evening the wind had dropped enough for the helicopter to make two flights, carrying a doctor, a mechanic for the power plant and six passengers who had been waiting since Sunday.',
        ],
    ),
    "svalbard": (
        "Longyearbyen evacuates 48 homes below Sukkertoppen as avalanche danger rises",
        [
            "The governor of Svalbard ordered the evacuation of 48 homes in Longyearbyen on Tuesday evening after forecasters raised the avalanche danger on the slopes of Sukkertoppen and Lia to level four of five.",
            "About 130 residents of the houses along Vei 228 and Vei 230 were told to leave by nine o'clock. Most stayed with friends, and the local authority opened rooms at the Radisson hotel for 22 people who had nowhere else to go.",
            "The decision followed two days of snowfall driven by strong easterly winds, which the avalanche warning service said had loaded the lee slopes above the town with a layer of wind-packed snow up to two metres thick.",
            "Longyearbyen has lived with the risk since December 2015, when an avalanche from Sukkertoppen destroyed eleven houses and killed two people. A second slide in February 2017 struck two apartment blocks. Protective fences and a catch dam have since been built on part of the slope, but work on the southern section is not finished.",
            "\"The barriers that are in place are doing what they should,\" said Sigrid Haugland, who leads the local authority's emergency staff. \"The houses we evacuated tonight are the ones that are not yet covered. We would rather move people three times too often than once too few.\"",
            "Schools and kindergartens in the lower part of the town stayed open, but the road to Nybyen was closed to all traffic except emergency vehicles, and the students living in the university's housing there were asked to stay indoors.",
            "The governor's office also closed access to the valleys of Bolterdalen and Adventdalen for snowmobiles, during the busiest weeks of the season for tour companies. Two operators said they had cancelled around 40 bookings and expected more cancellations if the closure lasted into the weekend.",
            "Residents who left their homes were allowed to return for ten minutes on Wednesday morning, escorted by police, to fetch medicines, clothes and pets. \"I took the cat, the laptop and my boots,\" said Halvard Nygaard, who has lived on Vei 228 for eleven years. \"You learn to pack quickly here.\"",
            "Forecasters expected the wind to turn and weaken on Thursday. The warning service said it would assess the slopes by helicopter as soon as visibility allowed, and that the evacuation would be lifted only when the danger had fallen to level two.",
            'The local authority said the avalanche fence programme on the southern part of Sukkertoppen would resume in June, when the ground has thawed, and that it expected the last section to be finished in 2028. Until then, the homes below it would continue to be evacuated when the warning reached level four.',
            'Some residents have moved out of the exposed houses for good. The local authority has bought or relocated 139 homes in the risk zone since 2016 and built new housing in the Gruvedalen area, further from the slopes.',
        ],
    ),
    "mekong": (
        "Low Mekong halts slow boats between Luang Prabang and Pak Beng",
        [
            "Boat operators in Luang Prabang suspended the two-day slow boat service up the Mekong to Pak Beng on Monday, after the river fell to its lowest February level in at least fifteen years and exposed rock bars that pilots said they could no longer pass safely.",
            "The river gauge at the town's old port read 2.6 metres on Monday morning, nearly a metre below the average for the month, according to the provincial office for natural resources and environment.",
            "About twenty long wooden boats normally make the trip in each direction during the dry season, carrying tourists, traders and villagers between the former royal capital and the border town of Houay Xay. Several hundred travellers were affected by the suspension, boat companies said.",
            "\"Near Pak Tha the channel is now narrower than my boat is long in some places,\" said Khamphanh Sisavath, who has piloted boats on this stretch for 26 years. \"At night you cannot see the rocks at all, and in the day the water is so low that the current pulls you onto them.\"",
            "Guesthouses in Luang Prabang said some guests had switched to buses, which take about ten hours to reach Houay Xay on mountain roads, and others had cut short their plans. The provincial tourism department said it was working with bus companies to add departures.",
            "Fishing families along the river said catches had also fallen. In Ban Xang Hai, a village known for its rice whisky, fishermen said they were now walking across sandbanks to set nets that a year ago would have been in three metres of water.",
            "Scientists and river communities have linked the unusual falls in the Mekong's level in recent dry seasons to a weak monsoon and to the operation of dams upstream, which hold back water in some weeks and release it in others. The Mekong River Commission has urged member states to share release schedules in advance.",
            "The commission's latest bulletin noted that water levels at Chiang Saen and Luang Prabang were below their long-term minimums for the time of year and said rainfall over the upper basin in January had been about 40 per cent below normal.",
            "Boat operators said they would try a shorter service to the Pak Ou caves, which lie below the shallowest stretch, from Wednesday. The service to Pak Beng would resume when the gauge in Luang Prabang rose above three metres, they said.",
            'Traders who use the boats to carry goods to villages without road access said the closure would hit them hardest. "The tourists can take the bus. The rice and cement for the villages cannot," said Vanthong Phommachanh, who ships supplies to riverside communities above Pak Tha.',
            'The provincial authorities said they would allow small cargo boats with a shallow draught to continue in daylight, with a second crew member on watch at the bow, and that the port office would post the river level every morning at seven.',
        ],
    ),
    "kazbegi": (
        "Trucks back up for 30 kilometres as Georgia closes the Stepantsminda road",
        [
            "Georgian authorities closed the road from Gudauri to the Upper Lars border crossing to all heavy vehicles on Sunday, after avalanche warnings and heavy snow on the Jvari pass, leaving a queue of lorries stretching some 30 kilometres back toward Pasanauri.",
            "The roads department said the highway through Stepantsminda remained open for cars fitted with chains, but that trucks would be held at the parking areas near Kobi and Pasanauri until the danger had passed.",
            "Stepantsminda, the small town below Mount Kazbek that most visitors know as Kazbegi, lies on the only road link between Georgia and Russia, and the route carries most of the freight between Armenia and Russia as well. Closures in winter are common, but rarely last more than two days.",
            "Drivers waiting at Kobi said they had been in their cabs since Saturday night. \"We have food and diesel for the heater, but no toilets and no information,\" said Arsen Hakobyan, an Armenian driver carrying apricot jam to Vladikavkaz. \"Everyone asks the same question: tomorrow or the day after?\"",
            "The local administration in Pasanauri opened a school gym as a shelter and volunteers handed out tea and bread along the queue. Police said they had escorted an ambulance to a driver with chest pains on Sunday afternoon.",
            "In Stepantsminda, hotels that had expected skiers and climbers for the weekend said most of their guests had reached the town before the closure and would be able to leave by car. \"The guests are happy, there is fresh snow everywhere,\" said Nino Sujashvili, who runs a guesthouse below the Gergeti church. \"The truck drivers are not so happy.\"",
            "The emergency management service said it had triggered controlled avalanches in the Devdoraki and Kabarjina gorges on Sunday morning and that crews were clearing debris from two galleries near the Jvari pass.",
            "Georgia has been building a new road with tunnels between Kvesheti and Kobi to bypass the most dangerous part of the pass. Officials have said it should open next year, several years later than first planned.",
            "The roads department said it expected to let the first lorries through on Monday afternoon, in convoys of fifty, if no new snow fell overnight.",
            'Freight companies in Armenia said the closure would delay deliveries of fruit and vegetables to Russian markets, where prices are higher in winter. An association of hauliers in Yerevan said more than 600 Armenian lorries were in the queue on Sunday evening.',
            'The Georgian government has faced criticism from opposition parties for failing to organise proper parking and rest areas on the approach to the pass, despite years of similar queues. The infrastructure ministry said a new parking area with sanitary facilities near Pasanauri would be finished by autumn.',
        ],
    ),
    "skye": (
        "Uig ferry terminal works slip again, leaving Skye and the Western Isles on one berth",
        [
            "The rebuilding of the ferry terminal at Uig on the Isle of Skye will not be finished before the summer timetable starts, the council confirmed on Monday, meaning a second season in which sailings to Tarbert and Lochmaddy run from a temporary berth.",
            "Highland Council said ground conditions under the new pier had proved softer than the surveys showed, and that the contractor needed to drive a further 34 steel piles before the linkspan could be lifted into place.",
            "The route links Skye with Harris and North Uist and carries fuel, food and livestock as well as about 250,000 passengers a year. During the works, the temporary berth can take only one vessel at a time, and operators say it cannot be used at all when the wind blows hard from the west.",
            "\"It is not just an inconvenience for tourists,\" said Morag MacLeod, who runs a haulage firm in Portree. \"Our lorries sit in Uig for hours waiting for a gap in the weather. When a crossing is cancelled, the shops in Tarbert have empty shelves two days later.\"",
            "Councillors on Skye said the delay was the third since the project began and asked for an independent review of its costs, which have risen from an estimate of £26 million to more than £50 million.",
            "The council said the additional piling would add about £4.2 million to the cost and that the programme would be published once the contractor had finished test borings in March.",
            "The ferry operator said it would keep the summer timetable as published and add relief sailings from the temporary berth on Saturdays in July and August, when traffic peaks.",
            "Residents of Uig said the noise of piling had been a fact of life for two years. \"We were told it would be finished before my grandson started school,\" said Catriona Nicolson, whose house overlooks the bay. \"He starts secondary in August.\"",
            "The harbour at Uig was first built in the 1960s and the existing linkspan could not take the larger ferry that the operator plans to bring onto the route. The new pier and linkspan were meant to be ready for the vessel's arrival, which has itself been delayed at the shipyard.",
            'Business groups in the Western Isles said the delays had compounded a difficult few years of breakdowns and cancellations across the ferry network. A survey by the Harris tourism association found that almost half of its members had lost bookings because visitors doubted they could travel as planned.',
        ],
    ),
}

ZH = {
    "erhai": (
        "洱海沿岸启动春季生态补水 环湖游客步道部分路段临时封闭",
        [
            "大理白族自治州有关部门2月10日表示，为应对入冬以来降水偏少、洱海水位持续走低的情况，当地已从本周起启动春季生态补水，预计到3月底累计向洱海补水约4200万立方米。",
            "据州水务部门介绍，今年1月洱海流域降水量较常年同期偏少近六成，截至2月9日，洱海水位为1964.32米，比去年同期低约0.4米，接近规定的最低运行水位。",
            "此次补水主要通过上游的海西海水库、茈碧湖以及弥苴河引水渠进行，补水期间将对弥苴河下游部分河段实行分时段调度。相关负责人表示，补水量经过测算，不会影响下游农业春灌用水。",
            "受补水施工和湖岸整治影响，环洱海生态廊道双廊至挖色段、才村至龙龛段将于2月12日至3月5日临时封闭，游客可改走西线或乘坐公交环线。当地文旅部门提醒，春节后客流仍然较大，骑行游客应提前规划路线。",
            "在喜洲镇从事民宿经营的杨女士说，近几周湖边露出了大片滩涂，不少游客拍照时会问为什么水这么少。“我们也着急，水位低了，风一大，岸边的味道就不好闻。希望补水以后能好一点。”",
            "洱海保护管理部门表示，水位偏低时湖体自净能力下降，蓝藻水华风险上升，今年将把湖湾水质监测频次由每周一次提高到每周三次，并在重点湖湾布设拦藻设施。",
            "专家指出，洱海水位变化与流域降水、入湖水量和城镇用水密切相关。云南某高校湖泊研究团队负责人认为，长期来看，还需要进一步压减流域高耗水产业，提升再生水利用比例。",
            "当地渔民合作社负责人段师傅说，洱海目前仍处于休渔期，渔民们更关心的是春季开湖后的鱼获。“水位低，鱼就往深处走，明年怎么样，要看今年这场补水。”",
            "据了解，大理州还计划在汛期前完成对环湖截污管网的排查，对发现的破损管段进行修复，防止雨季污水溢流入湖。",
            '大理市一家骑行租赁店的店主说，环湖步道部分封闭后，店里的预订量有所下降，但他理解补水和整治的必要性。“湖好了，游客才会一直来。我们现在会把替代路线画在地图上，发给每一位租车的客人。”',
            '州生态环境部门同时提醒，补水期间沿湖部分湿地将暂停开放，市民和游客不要进入临时围挡区域，更不要在滩涂上放飞无人机或投喂水鸟，以免影响越冬候鸟栖息。',
            '据统计，今年入冬以来，到洱海越冬的红嘴鸥、骨顶鸡等水鸟数量超过5万只，较去年略有增加。观鸟爱好者表示，水位低使部分浅滩露出，反而吸引了更多涉禽前来觅食。',
        ],
    ),
}

JA = {
    "kanazawa": (
        "金沢で記録的大雪　近江町市場の一部店舗が休業、除雪費は予算の９割に",
        [
            "金沢市は１０日、今冬の除雪費がすでに当初予算の約９割に達したと明らかにした。１月下旬からの断続的な大雪で、市中心部の積雪は一時６８センチとなり、２月としては１９年ぶりの多さとなった。",
            "市によると、今冬の除雪費は９日までに約１５億３千万円に上った。市は補正予算を検討しており、国に対しても特別交付税の増額を要望する方針だ。",
            "観光客でにぎわう近江町市場では、雪の重みでアーケードの一部に破損が見つかったため、周辺の６店舗が８日から休業している。市場の管理組合は安全確認を進め、週内の営業再開を目指すとしている。",
            "鮮魚店を営む男性（５７）は「カニのシーズンで一番の稼ぎ時なのに、店を開けられないのはつらい。お客さんが来ても、足元が危なくて長くはいてもらえない」と話した。",
            "兼六園では雪つりの縄が切れる被害が数カ所で確認された。石川県金沢城・兼六園管理事務所によると、枝折れは比較的少なく、園内の見学は通常通り可能だという。ただ、一部の園路は除雪が追いつかず、通行止めにしている。",
            "市内の小中学校では７日と８日に臨時休校が相次いだ。市教育委員会は、通学路の歩道が雪で狭くなっているとして、登下校時には保護者や地域の見守りを強化するよう呼びかけている。",
            "市道路管理課の担当者は「幹線道路はおおむね確保できているが、住宅街の生活道路は作業が追いついていない。業者の人手も限界に近い」と説明する。市は町内会による除雪機の貸し出しを拡充し、市民に協力を求めている。",
            "金沢地方気象台によると、今週末にかけて再び強い寒気が流れ込み、平地でも２０センチ前後の降雪が見込まれる。気象台は、屋根からの落雪や路面の凍結に注意するよう呼びかけている。",
            '市中心部の商店街では、店主らが早朝から店先の雪をかき、観光客のための通路を確保している。香林坊の商店街振興組合の理事長は「雪の金沢を楽しみに来てくれる人も多い。足元さえ安全なら、冬の町並みは一番きれいな季節だ」と話す。',
            '一方、北陸新幹線は大きな遅れもなく運行を続けている。ＪＲ西日本金沢支社は、駅構内の除雪体制を強化し、ホームの融雪装置を２４時間稼働させていると説明した。',
            '高齢者の多い地区では、屋根の雪下ろし中の転落事故も起きている。市消防局によると、今冬の雪に関連した救急搬送は９日までに４２件に上り、うち２人が重傷を負った。市は「一人で作業をしない」「命綱を必ず着ける」よう繰り返し注意を呼びかけている。',
        ],
    ),
}

KO = {
    "sokcho": (
        "속초 앞바다 도루묵·오징어 어획량 급감…동명항 경매장 '썰렁'",
        [
            "강원 속초 앞바다의 겨울철 주요 어종인 도루묵과 오징어 어획량이 크게 줄면서 어민들과 수산물 상인들이 어려움을 호소하고 있다.",
            "속초시수협에 따르면 지난달 동명항 위판장에서 거래된 도루묵은 38톤으로, 지난해 같은 기간 112톤의 3분의 1 수준에 그쳤다. 오징어 위판량도 4톤 남짓으로 5년 전과 비교하면 10분의 1에도 미치지 못한다.",
            "10일 오전 찾은 동명항 경매장은 평소 이맘때와 달리 한산했다. 바닥에 놓인 상자는 몇 줄에 불과했고, 중도매인들은 경매가 시작되기도 전에 자리를 떴다.",
            "30년째 자망 어선을 운영하는 김모(61)씨는 \"기름값은 오르는데 그물을 올리면 절반은 비어 있다\"며 \"배를 세워 두는 게 차라리 손해가 덜하다는 말까지 나온다\"고 말했다.",
            "전문가들은 동해 연안의 수온 변화를 주요 원인으로 꼽는다. 국립수산과학원 동해수산연구소는 최근 몇 년 사이 겨울철 연안 수온이 평년보다 1~2도가량 높게 유지되면서 냉수성 어종의 산란장과 회유 경로가 북쪽으로 이동하고 있다고 분석했다.",
            "어획량이 줄면서 가격은 뛰었다. 속초 중앙시장에서 도루묵 한 두름은 2만5천원 안팎으로, 지난해보다 40%가량 비싸다. 상인들은 \"관광객들이 가격을 듣고 그냥 지나간다\"고 전했다.",
            "속초시는 어업인 긴급 경영안정자금 지원을 검토하는 한편, 도루묵 산란장 조성 사업과 인공 종자 방류를 확대하기로 했다. 시 관계자는 \"단기 지원과 함께 자원 회복을 위한 중장기 대책을 병행하겠다\"고 밝혔다.",
            "다음 달 예정된 도루묵 축제도 규모를 줄여 치를 예정이다. 축제추진위원회는 현지 어획량이 부족할 경우 인근 지역 물량을 확보해 행사를 진행할 계획이다.",
            '동명항 인근 횟집 상인들도 울상이다. 한 상인은 "손님들이 동해안에 왔으니 오징어회를 찾는데, 정작 속초 오징어는 구경하기도 어렵다"며 "다른 지역에서 들여온 물건으로 겨우 장사를 하고 있다"고 말했다.',
            '어민들은 조업 구역 조정과 휴어기 지원금 확대도 요구하고 있다. 속초시수협 관계자는 "출어를 포기하는 선박이 늘고 있어 선원 고용도 불안하다"며 "정부 차원의 수산자원 변화 대응 대책이 필요하다"고 강조했다.',
            '지역 수산업계는 어종 전환 가능성도 모색하고 있다. 최근 속초 앞바다에서는 방어와 삼치 등 난류성 어종의 어획이 늘고 있어, 가공·유통 체계를 새로 갖추자는 의견이 나온다.',
        ],
    ),
}

RU = {
    "baikal": (
        "Ледовую переправу на Ольхон закрыли из-за торосов и трещин",
        [
            "Ледовую переправу через пролив Ольхонские Ворота, связывающую остров Ольхон с материком, закрыли во вторник из-за появления трещин и торосов на трассе, сообщили в районной администрации.",
            "По данным спасателей, за последние двое суток на участке между мысом Уюга и паромной пристанью образовались две трещины шириной до сорока сантиметров. Толщина льда в проливе при этом составляет от 52 до 65 сантиметров, что само по себе достаточно для легковых машин.",
            "«Дело не в толщине, а в подвижках. Ветер с севера давит на лёд, он ломается и встаёт грядой», — пояснил руководитель поисково-спасательного отряда Андрей Зыков. По его словам, переправу откроют, как только через трещины удастся проложить настилы.",
            "На острове живут около полутора тысяч человек, большая часть — в посёлке Хужир. Продукты и топливо завозят в основном по льду, зимой на переправе в сутки проходит до восьмисот машин. Сейчас жителей и туристов перевозит судно на воздушной подушке, но его вместимость — не больше двадцати человек за рейс.",
            "В Хужире говорят, что паники нет. «Хлеб пекут на месте, молоко своё. Бензин есть на неделю», — рассказала владелица гостевого дома Туяна Бадмаева. Однако туроператоры, у которых на ближайшие выходные расписаны экскурсии на север острова, вынуждены переносить заезды.",
            "Сотрудники МЧС напоминают, что выезд на лёд Байкала вне официальных переправ запрещён. С начала зимы в районе уже провалились под лёд три автомобиля, в одном случае водитель погиб.",
            "Синоптики ожидают, что северный ветер ослабнет к выходным. Если прогноз оправдается, переправу могут открыть в субботу, сначала — только для легкового транспорта массой до двух тонн.",
            'Для жителей Ольхона закрытие переправы — не первая неприятность этой зимы. В январе остров на двое суток остался без связи из-за повреждения кабеля на материковой стороне, а рейсы судна на воздушной подушке несколько раз отменяли из-за метели.',
        ],
    ),
}

DE = {
    "sylt": (
        "Sturmflut frisst Strand vor Westerland: Sylt braucht neue Sandvorspülung",
        [
            "Die Sturmfluten der vergangenen zwei Wochen haben an der Westküste von Sylt mehr Sand abgetragen als in manchem ganzen Winter. Der Landesbetrieb für Küstenschutz schätzt den Verlust allein vor Westerland auf rund 380.000 Kubikmeter.",
            "An mehreren Stellen zwischen Wenningstedt und Rantum ist die Abbruchkante der Dünen um bis zu sechs Meter landeinwärts gewandert. Vor dem Westerländer Hauptstrand reicht das Wasser bei Flut inzwischen bis an die Treppen der Promenade.",
            "„Der Strand hat getan, wofür er da ist: Er hat die Energie der Wellen aufgenommen“, sagte Ingenieur Henning Brodersen vom Küstenschutz in Husum. „Aber jetzt ist das Polster weg. Ohne neue Vorspülung gehen wir mit einem großen Risiko in den nächsten Herbst.“",
            "Seit den 1980er-Jahren wird Sand aus Entnahmestellen vor der Insel aufgespült, um den Rückgang der Küste auszugleichen. Bund und Land tragen die Kosten, die für eine große Maßnahme schnell bei zehn Millionen Euro und mehr liegen.",
            "Der Landesbetrieb kündigte an, die Vorspülung vor Westerland in diesem Jahr vorzuziehen. Die Arbeiten sollen im April beginnen, also vor der Hauptsaison, und etwa acht Wochen dauern. Während dieser Zeit werden Strandabschnitte abwechselnd gesperrt.",
            "Die Gemeinde Sylt reagierte erleichtert. Bürgermeisterin Karin Jessen sagte, für den Tourismus sei ein breiter Strand zu Saisonbeginn entscheidend. „Wer bei uns Urlaub macht, möchte nicht zwischen Rohren und Raupen liegen, aber noch weniger möchte er gar keinen Strand haben.“",
            "Naturschützer mahnten, die Vorspülungen nicht als Dauerlösung zu sehen. Auf lange Sicht müsse die Insel planen, wie sie mit dem steigenden Meeresspiegel umgehe, sagte ein Sprecher der Schutzstation Wattenmeer in Rantum.",
            'Auch in Hörnum an der Südspitze der Insel hat die Flut Spuren hinterlassen. Dort wurden Teile des Strandübergangs am Leuchtturm weggespült, und am Weststrand liegt die Dünenkante jetzt direkt an einem Wanderweg, der vorerst gesperrt bleibt.',
            'Vermieter und Hoteliers berichteten von ersten Anfragen besorgter Gäste. „Die Leute sehen die Bilder und fragen, ob es im Sommer überhaupt noch einen Strand gibt“, sagte die Geschäftsführerin eines Hotels an der Westerländer Promenade. Sie habe allen Anrufern versichert, dass der Sand rechtzeitig zurückkomme.',
            'Der Landesbetrieb will in den kommenden Wochen die Küste vermessen lassen, um die genauen Verluste zu bestimmen. Erst danach soll feststehen, wie viel Sand in diesem Jahr insgesamt aufgespült wird.',
        ],
    ),
}

FR = {
    "belleile": (
        "Belle-Île-en-Mer : la tempête prive l'île de liaisons pendant trois jours",
        [
            "Aucune traversée n'a pu être assurée entre Quiberon et Le Palais de dimanche à mardi, une première depuis l'hiver 2014. La tempête Ilona a soulevé des creux de sept mètres dans le Coureau, le bras de mer qui sépare Belle-Île du continent.",
            "La compagnie qui assure la desserte a indiqué mercredi matin que le premier départ de Quiberon était maintenu à 9 h 15, mais que les rotations de l'après-midi restaient soumises aux conditions de mer. Les camions de marchandises seront embarqués en priorité.",
            "Sur l'île, qui compte un peu plus de 5 500 habitants l'hiver, les rayons de produits frais du supermarché du Palais étaient presque vides mardi soir. « On a encore des conserves et des pâtes, mais plus de salade ni de yaourts », résumait une employée.",
            "Au port de Sauzon, deux bateaux de pêche ont rompu leurs amarres dans la nuit de dimanche à lundi. L'un d'eux a été retrouvé échoué sur les rochers de la pointe du Cardinal. Le maire, Gildas Le Floc'h, a annoncé qu'un arrêté de catastrophe naturelle serait demandé.",
            "Plusieurs routes départementales ont été coupées par des chutes d'arbres, notamment entre Bangor et Locmaria. Près de 800 foyers ont été privés d'électricité pendant une partie de la journée de lundi.",
            "Les élus de l'île réclament depuis longtemps un navire supplémentaire capable de naviguer par gros temps. « Trois jours sans bateau, pour une île, c'est un isolement complet », a souligné le président de la communauté de communes, qui doit rencontrer la région la semaine prochaine.",
            "Météo-France prévoit une accalmie jusqu'à vendredi, avant l'arrivée d'une nouvelle perturbation, moins forte, dans la nuit de samedi à dimanche.",
            "Les lycéens de l'île, scolarisés pour la plupart à Auray ou à Vannes, n'ont pas pu rejoindre leur établissement lundi matin. Le rectorat a indiqué que leurs absences seraient excusées et que des cours seraient mis en ligne pour leur permettre de rattraper leur retard.",
            "À l'hôpital du Palais, la direction assure que l'approvisionnement en médicaments n'a pas été interrompu. Un hélicoptère de la sécurité civile a évacué lundi un patient vers Lorient, malgré des rafales encore supérieures à 100 km/h.",
            "Les commerçants, eux, espèrent rattraper une partie des pertes pendant les vacances de février. « On a l'habitude des coups de vent, mais trois jours sans bateau, c'est long », confie le gérant d'une boulangerie de la rue principale du Palais.",
        ],
    ),
}

ES = {
    "albarracin": (
        "Albarracín cierra la pasarela del Guadalaviar tras un desprendimiento de rocas",
        [
            "El Ayuntamiento de Albarracín ha cerrado de forma indefinida la pasarela peatonal que bordea el río Guadalaviar al pie de la muralla, después de que un bloque de roca de unas dos toneladas cayera el lunes por la noche sobre uno de sus tramos.",
            "No hubo heridos, ya que el paseo estaba vacío a esa hora, pero la barandilla de madera quedó destrozada en unos quince metros y el pavimento presenta grietas. Los técnicos de la Diputación de Teruel visitaron la zona el martes por la mañana.",
            "Según el informe preliminar, las heladas de las últimas semanas, con mínimas de hasta doce grados bajo cero, han abierto fisuras en la pared de caliza que domina el paseo. «El agua entra en las grietas, se congela y actúa como una cuña», explicó el geólogo Javier Lahoz.",
            "La pasarela es uno de los recorridos más visitados del municipio, que recibe más de 200.000 turistas al año. Los comercios del casco histórico temen que el cierre se prolongue hasta Semana Santa. «Los grupos hacen la vuelta por el río y luego suben a la plaza. Sin el paseo, se quedan menos tiempo», lamentó la dueña de una tienda de productos locales.",
            "El alcalde, Pedro Sánchez Ibáñez, aseguró que la prioridad es la seguridad y que no se reabrirá el paseo hasta que se haya saneado la pared y se hayan instalado mallas de protección. El coste de los trabajos se estima en unos 180.000 euros.",
            "El consistorio ha pedido ayuda al Gobierno de Aragón y a la Diputación para financiar la obra. Mientras tanto, ha señalizado un itinerario alternativo por la parte alta de la muralla, que ofrece vistas sobre el meandro del río.",
            'Los vecinos recuerdan que no es la primera vez que la roca cede en ese punto. En 2019 un desprendimiento menor obligó a cerrar el paseo durante tres semanas, y entonces ya se advirtió de la necesidad de un estudio completo de la ladera.',
            'La Diputación ha encargado ese estudio a un equipo de la Universidad de Zaragoza, que instalará sensores para medir el movimiento de las grietas durante los próximos meses. Los resultados servirán para decidir si hay que anclar la pared con bulones o si basta con las mallas.',
            'Los guías turísticos de la localidad han adaptado sus rutas. «Contamos la historia del río desde arriba, desde la muralla, y a la gente le gusta igual», explicaba una de ellas el martes, con un grupo de jubilados de Valencia.',
        ],
    ),
}

IT = {
    "matera": (
        "Matera, le piogge fanno crollare un muro nei Sassi: evacuate tre famiglie",
        [
            "Un muro di contenimento lungo una quindicina di metri è crollato nella notte tra domenica e lunedì nel Sasso Caveoso, a Matera, dopo tre giorni di piogge intense. Tre famiglie che abitano nelle case sottostanti sono state fatte uscire in via precauzionale.",
            "Il cedimento ha interessato un tratto di via Madonna delle Virtù, uno dei percorsi panoramici più frequentati dai turisti. Il Comune ha chiuso la strada tra la chiesa di Santa Maria de Idris e il belvedere, e i vigili del fuoco hanno messo in sicurezza l'area con transenne e teli.",
            "Secondo i tecnici, l'acqua piovana si è infiltrata nel tufo dietro il muro, appesantendo il terreno fino a farlo cedere. «Il tufo è una roccia tenera, che assorbe l'acqua come una spugna», ha spiegato l'ingegnere comunale Rocco Lamacchia. «Quando è saturo, la spinta sulle murature diventa enorme.»",
            "Nelle ultime 72 ore sono caduti su Matera oltre 110 millimetri di pioggia, quasi quanto in tutto il mese di febbraio di un anno normale. Allagamenti si sono registrati anche in alcuni rioni della città nuova e sulla statale verso Altamura.",
            "Le famiglie evacuate sono state ospitate in una struttura ricettiva a spese del Comune. Una delle residenti, Anna Dibenedetto, ha raccontato di aver sentito «un boato, come un tuono lunghissimo» poco dopo le due di notte.",
            "Il sindaco ha annunciato che chiederà alla Regione Basilicata lo stato di emergenza e un piano straordinario di manutenzione dei muri a secco e delle canalizzazioni antiche dei Sassi, molte delle quali risalgono a prima del Novecento.",
            "La soprintendenza ha avviato un sopralluogo per verificare eventuali danni alle chiese rupestri vicine. Per ora non sono state segnalate lesioni agli affreschi.",
            'I commercianti del Sasso Caveoso temono ripercussioni sul turismo, proprio mentre si avvicina la stagione primaverile. «Via Madonna delle Virtù è la strada delle fotografie, quella che tutti vogliono percorrere», ha detto il titolare di un bar con terrazza sul torrente Gravina.',
            "Il Comune ha predisposto un percorso alternativo attraverso il Sasso Barisano, con cartelli in italiano e in inglese. Le guide turistiche sono state informate e, secondo l'assessorato al turismo, nessuna visita prenotata è stata annullata.",
            "Per la messa in sicurezza definitiva serviranno alcuni mesi: prima occorre far asciugare il terreno, poi ricostruire il muro con tecniche compatibili con i vincoli dell'area, patrimonio dell'umanità dell'Unesco dal 1993.",
        ],
    ),
}

PL = {
    "zakopane": (
        "Halny zatrzymał kolej na Kasprowy Wierch. W Zakopanem powalone drzewa i brak prądu",
        [
            "Silny wiatr halny, który od niedzieli wieje na Podhalu, zatrzymał we wtorek kolej linową na Kasprowy Wierch i pozbawił prądu kilka tysięcy odbiorców w Zakopanem i okolicznych gminach.",
            "Na Kasprowym Wierchu stacja meteorologiczna zanotowała porywy wiatru do 172 kilometrów na godzinę. W samym Zakopanem wiatr osiągał w porywach ponad 100 km/h, łamiąc drzewa na Krupówkach i w rejonie Gubałówki.",
            "Strażacy z Zakopanego i powiatu tatrzańskiego wyjeżdżali w ciągu doby ponad 140 razy, głównie do powalonych drzew i zerwanych dachów. Jeden z dachów spadł na zaparkowane samochody przy ulicy Kościuszki. Nikt nie został ranny.",
            "„Takiego halnego nie było tu od kilku lat. Drzewa, które przetrwały dziesiątki zim, po prostu pękały” – mówił Józef Gąsienica, mieszkaniec Olczy, który razem z sąsiadami rozcinał piłą świerk leżący na drodze.",
            "Tatrzański Park Narodowy zamknął wszystkie szlaki w reglach i zaapelował do turystów, by nie wchodzili do lasu do czasu oceny szkód. Według wstępnych szacunków wiatr powalił kilkadziesiąt hektarów drzewostanu w Dolinie Kościeliskiej i Chochołowskiej.",
            "Operator kolei poinformował, że kolejka ruszy, gdy prędkość wiatru na szczycie spadnie poniżej 60 km/h. Synoptycy spodziewają się uspokojenia pogody w środę po południu, ale ostrzegają przed zagrożeniem lawinowym trzeciego stopnia.",
            'Energetycy przez całą noc usuwali awarie linii średniego napięcia. Według operatora sieci we wtorek wieczorem bez prądu pozostawało jeszcze około 2300 gospodarstw, głównie w Kościelisku, Poroninie i na Bukowinie Tatrzańskiej.',
            'Część turystów, którzy przyjechali na ferie zimowe, skróciła pobyt. Właściciele pensjonatów przyznają jednak, że większość gości została. „Halny to też atrakcja, tylko trzeba go przeczekać w domu” – żartowała właścicielka pensjonatu przy ulicy Chramcówki.',
            'Lekarze przypominają, że halny może nasilać bóle głowy, problemy z ciśnieniem i bezsenność. Zakopiańskie pogotowie odnotowało we wtorek wyraźnie więcej wezwań niż zwykle.',
        ],
    ),
}

TR = {
    "kapadokya": (
        "Kapadokya'da rüzgâr balon uçuşlarını beş gündür durdurdu",
        [
            "Nevşehir'in Göreme ilçesinde sıcak hava balonu uçuşları, bölgede etkili olan kuvvetli rüzgâr nedeniyle beş gündür yapılamıyor. Bu kış mevsiminde art arda en uzun uçuş yasağı olarak kayda geçti.",
            "Sivil Havacılık Genel Müdürlüğü'nün bölgedeki meteoroloji ekibi, sabah saatlerinde yer seviyesinde rüzgâr hızının saatte 25 kilometreyi aştığını ve uçuşların güvenli olmadığını bildirdi.",
            "Balon şirketleri, iptal edilen uçuşlar nedeniyle yaklaşık 9 bin yolcunun rezervasyonunu ertelemek ya da iade etmek zorunda kaldı. Göreme'de bir balon firmasında operasyon müdürü olarak çalışan Murat Kılıç, “Misafirlerin çoğu sadece iki gece kalıyor. Uçamadan dönmek zorunda kalıyorlar” dedi.",
            "Otel işletmecileri de rezervasyonlarda düşüş yaşandığını söylüyor. Uçhisar'da butik otel işleten Ayşe Demirtaş, turistlerin balon uçuşunun olup olmayacağını her sabah saat beşte lobiye inip sorduğunu anlattı.",
            "Meteoroloji, rüzgârın hafta sonuna doğru etkisini yitirmesini bekliyor. Uçuşların cumartesi sabahı yeniden başlayabileceği, ancak kar yağışı ihtimalinin de bulunduğu belirtildi.",
            "Kapadokya'da yılda ortalama 250 gün balon uçuşu yapılabiliyor. Sektör temsilcileri, son yıllarda rüzgârlı günlerin arttığını ve bunun turizm gelirlerini doğrudan etkilediğini ifade ediyor.",
            "Uçuşların durması, balon pilotları ve yer ekipleri için de gelir kaybı anlamına geliyor. Bölgede yaklaşık 150 balon ve 2 bin 500'e yakın çalışan bulunuyor. Bazı firmalar, uçuş olmayan günlerde personeline yarım yevmiye ödediğini belirtti.",
            'Turistlerin bir kısmı ise balon yerine ATV turları, at gezileri ve yeraltı şehirlerine yapılan ziyaretlere yöneldi. Derinkuyu ve Kaymaklı yeraltı şehirlerinde ziyaretçi sayısının son günlerde belirgin biçimde arttığı gözlendi.',
            'Nevşehir Valiliği, uçuşların yeniden başlamasıyla birlikte sabah saatlerinde kalkış alanlarında yoğunluk yaşanabileceğini, güvenlik ve trafik önlemlerinin artırılacağını açıkladı.',
        ],
    ),
}

ID = {
    "sianok": (
        "Longsor di Ngarai Sianok, Jalan Bukittinggi–Koto Gadang Ditutup Sementara",
        [
            "Longsor kembali terjadi di tebing Ngarai Sianok, Kota Bukittinggi, Sumatera Barat, pada Senin (8/2/2027) malam setelah hujan deras mengguyur kawasan itu selama hampir enam jam. Material tanah dan batu menutup sebagian badan jalan yang menghubungkan Bukittinggi dengan Koto Gadang.",
            "Kepala Pelaksana Badan Penanggulangan Bencana Daerah setempat, Syafrizal, mengatakan tidak ada korban jiwa dalam kejadian tersebut. Namun, dua rumah warga di tepi ngarai mengalami retak-retak dan penghuninya diungsikan ke rumah kerabat.",
            "\"Tebing di sisi timur masih labil. Kami minta warga dan wisatawan tidak mendekat ke bibir ngarai sampai kondisi benar-benar aman,\" kata Syafrizal, Selasa pagi.",
            "Jalan menuju Koto Gadang ditutup sementara untuk kendaraan roda empat. Pengendara sepeda motor masih dapat melintas secara bergantian dengan pengawasan petugas. Alat berat dari Dinas Pekerjaan Umum dikerahkan untuk membersihkan material longsor.",
            "Ngarai Sianok merupakan salah satu objek wisata utama di Sumatera Barat. Pedagang di kawasan Panorama mengaku khawatir penutupan jalan akan mengurangi jumlah pengunjung menjelang libur panjang. \"Biasanya ramai, tapi sejak kemarin sepi sekali,\" ujar Nurhayati, penjual kerupuk sanjai.",
            "Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan dengan intensitas sedang hingga lebat masih akan terjadi di wilayah Agam dan Bukittinggi hingga akhir pekan.",
            'Wali Kota Bukittinggi meminta dinas terkait segera melakukan kajian geologi di sepanjang tebing ngarai, terutama di sekitar permukiman. Menurutnya, pertumbuhan bangunan di bibir ngarai dalam sepuluh tahun terakhir turut menambah beban tanah.',
            'Warga Koto Gadang yang bekerja di Bukittinggi kini harus memutar lewat jalur Sianok yang lebih jauh, dengan waktu tempuh bertambah sekitar 25 menit. Sebagian memilih menitipkan mobil di Bukittinggi dan melanjutkan perjalanan dengan sepeda motor.',
            'Petugas gabungan dari BPBD, TNI, dan Polri bersiaga di lokasi selama 24 jam. Mereka juga memasang papan peringatan di beberapa titik rawan dan memantau retakan tanah dengan patok sederhana.',
        ],
    ),
}

VI = {
    "hoian": (
        "Hội An: Nước sông Hoài dâng cao, phố cổ ngập sâu giữa mùa khô",
        [
            "Mưa lớn trái mùa kéo dài từ đêm 8/2 khiến mực nước sông Hoài dâng cao, nhiều tuyến phố trong khu phố cổ Hội An bị ngập từ 0,3 đến 0,6 mét vào sáng 10/2.",
            "Theo Ban Chỉ huy phòng chống thiên tai thành phố, các tuyến đường Bạch Đằng, Nguyễn Thái Học và một phần đường Trần Phú bị ngập. Lực lượng chức năng đã cấm phương tiện cơ giới đi vào khu vực này và bố trí thuyền đưa đón người dân.",
            "Ông Trần Văn Lợi, chủ một cửa hàng đèn lồng trên đường Bạch Đằng, cho biết gia đình phải kê hàng hóa lên cao từ nửa đêm. \"Tháng Hai mà ngập thế này thì mấy chục năm nay tôi mới thấy lần thứ hai\", ông nói.",
            "Nhiều du khách vẫn thích thú chèo thuyền giữa phố cổ để chụp ảnh. Tuy vậy, chính quyền khuyến cáo người dân và du khách không đi lại ở những khu vực nước chảy xiết, đặc biệt là gần bến thuyền Hoài Giang.",
            "Đài Khí tượng Thủy văn khu vực dự báo mưa sẽ giảm dần từ chiều 11/2, mực nước sông Thu Bồn tại Hội An sẽ xuống dưới báo động 1 vào ngày 12/2.",
            "Các chuyên gia cho rằng những đợt mưa lớn trái mùa đang xuất hiện thường xuyên hơn ở miền Trung, gây khó khăn cho công tác dự báo và ứng phó.",
            'Nhiều nhà hàng, quán cà phê ven sông phải tạm đóng cửa. Một số khách sạn trong khu phố cổ đã chủ động chuyển khách sang cơ sở khác ở khu vực cao hơn như Cẩm Châu và An Bàng.',
            'Ngành điện cho biết đã tạm ngắt điện tại một số khu vực bị ngập sâu để bảo đảm an toàn. Người dân được khuyến cáo không sử dụng thiết bị điện khi nước còn trong nhà và kiểm tra kỹ hệ thống điện trước khi đóng điện trở lại.',
            'Ủy ban nhân dân thành phố Hội An yêu cầu các phường, xã ven sông chuẩn bị sẵn lương thực, nước uống và phương tiện cứu hộ, đồng thời theo dõi sát diễn biến thời tiết trong những ngày tới.',
        ],
    ),
}

STORIES = {
    "en": EN, "zh": ZH, "ja": JA, "ko": KO, "ru": RU, "de": DE, "fr": FR, "es": ES,
    "it": IT, "pl": PL, "tr": TR, "id": ID, "vi": VI,
}

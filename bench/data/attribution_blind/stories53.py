# ruff: noqa: E501, RUF001  (one paragraph a line; scripts other than Latin)
"""Prose of the fifty-third blind set (see its README section): invented local stories of East Asia,
in simplified and traditional Chinese, Japanese, Korean and English. Every name and figure is invented.
Each story is (headline, paragraphs); simplified Chinese keys start `cn_`, traditional `tw_`/`hk_`."""

from __future__ import annotations

STORIES53: dict[str, dict[str, tuple[str, list[str]]]] = {
    "zh": {
        "cn_ferry": (
            "岱山秀北渡口下月起增开夜班航次 末班船延至晚上九点半",
            [
                "舟山市岱山县秀北渡口将从四月一日起增开两班夜间航次，往返秀山岛的末班船由原来的下午六点十分推迟到晚上九点半。",
                "渡口管理站站长葛立新介绍，去年秋天岛上新开了三家民宿和一处滩涂研学基地，傍晚返岛的游客和务工人员明显增多，不少人只能包租小型快艇。",
                "新增的夜班航次使用一艘载客一百二十人的钢质客船，票价与日间相同，每人十四元。管理站表示，遇到六级以上大风时夜班航次将临时停航，并提前两小时通过渡口公众号发布通知。",
            ],
        ),
        "cn_tea": (
            "政和县白茶春茶提前五天开采 茶农试用手机小程序记录采摘量",
            [
                "福建省政和县东平镇的白茶春茶今年比往年提前五天开采，镇上十一个合作社的采茶工从周一清晨开始上山。",
                "东平镇农业服务中心的魏春兰说，三月上旬气温偏高，茶芽萌发比去年快，头采的白毫银针鲜叶收购价每斤在一百八十元上下。",
                "今年镇里在四个合作社试用一款记录采摘量的手机小程序，采茶工每交一筐鲜叶，过秤数据会直接生成当天的工钱明细。合作社负责人表示，试用满一个月后再决定是否在全镇推开。",
            ],
        ),
        "cn_library": (
            "成都玉林片区社区图书馆改为二十四小时自助开放",
            [
                "成都市武侯区玉林片区的芳草社区图书馆从本周起改为全天二十四小时自助开放，居民刷身份证或社保卡即可进门借还图书。",
                "社区党委副书记贺晓燕说，图书馆原先只在白天开放，附近不少上夜班的护士和外卖骑手反映下班后没有地方看书休息。",
                "改造后的馆内新增了八个座位和一台自助借还机，夜间由监控和一键呼叫装置保障安全。社区计划每月统计一次夜间入馆人数，再决定是否增加报刊种类。",
            ],
        ),
        "cn_bus": (
            "哈尔滨冰雪季结束 松北区三条公交线路恢复原有走向",
            [
                "随着冰雪大世界本季闭园，哈尔滨市松北区三条冰雪季临时调整的公交线路将于本周六恢复原有走向。",
                "市公交集团第六分公司调度员孙广德介绍，冬季为方便游客，这三条线路在园区周边多设了五个临时站点，但也让沿线老居民的通勤时间增加了近二十分钟。",
                "恢复原线路后，临时站点的站牌将在一周内拆除。公交集团提醒乘客，其中一条线路的首班车时间由早上六点提前到五点四十分。",
            ],
        ),
        "cn_rice": (
            "万年县稻渔综合种养面积扩大到一点二万亩",
            [
                "江西省万年县今年的稻田养鱼面积计划扩大到一点二万亩，比去年增加约三千亩，主要分布在裴梅镇和石镇镇。",
                "县农业农村局水产站的余国平说，稻田里放养的禾花鱼不需要另外投喂饲料，每亩可增收六百元左右，还能减少农药的使用。",
                "为解决鱼苗供应紧张的问题，县里在两个乡镇新建了鱼苗繁育点，预计五月中旬可以向农户供应第一批鱼苗。",
            ],
        ),
        "tw_rail": (
            "台東山里車站將改建 保留日式木造候車室",
            [
                "台鐵台東線上的山里車站將於下半年動工改建，新站房會保留建於一九二○年代的木造候車室，作為地方文史展示空間。",
                "卑南鄉公所建設課長潘志遠表示，山里車站每天停靠的區間車只有十多班，但假日常有單車騎士和攝影愛好者造訪，舊月台的照明與無障礙設施早已不敷使用。",
                "工程預計施作十個月，期間列車照常停靠，旅客改由臨時月台上下車。鄉公所也計畫在站前空地設置自行車停放區和一處小型資訊站。",
            ],
        ),
        "tw_fish": (
            "澎湖丁香魚季提早報到 漁會推出產地直送禮盒",
            [
                "澎湖今年的丁香魚季比往年提早約兩週，白沙鄉赤崁漁港這幾天每天都有十多艘漁船滿載返港。",
                "赤崁漁會總幹事洪啟明說，上午曝曬的丁香魚乾成色最好，今年漁獲量穩定，批發價格和去年相比大致持平，每台斤約在四百元上下。",
                "漁會今年首次推出產地直送禮盒，消費者可透過網路預購，漁會也提醒民眾購買時認明包裝上的產地標示，以免買到進口魚乾。",
            ],
        ),
        "hk_minibus": (
            "西貢專線小巴假日加密班次 乘客仍要排隊半小時",
            [
                "來往西貢市中心與北潭涌的專線小巴由本周六起在假日加密班次，繁忙時段每八分鐘開出一班。",
                "小巴營辦商代表曾偉強表示，近月到郊野公園行山的市民大增，假日早上碼頭附近的候車人龍經常排到馬路旁，部分乘客要等候半小時以上。",
                "營辦商會由其他路線調配四輛小巴及六名司機支援，並在總站增派一名站長維持秩序。區議員建議運輸署研究在假日開辦往來北潭涌的特別巴士路線。",
            ],
        ),
        "tw_school": (
            "花蓮卓溪偏鄉小學屋頂裝太陽能板 電費省下三成",
            [
                "花蓮縣卓溪鄉的拉庫拉庫國小去年在校舍屋頂裝設太陽能板，一年下來學校電費省下約三成，多餘的電力還能賣回給電力公司。",
                "校長高美蘭說，學校全校只有四十多名學生，過去夏天開冷氣的電費常常超出預算，如今教室的冷氣可以放心使用，學生上課也比較專心。",
                "縣府教育處表示，今年還會在另外六所偏鄉學校推動類似計畫，所需經費由中央補助和民間企業認養共同負擔。",
            ],
        ),
    },
    "ja": {
        "ja_ferry": (
            "笠岡諸島の航路、夕方便を増便へ　移住者の通勤に対応",
            [
                "岡山県笠岡市の笠岡港と北木島を結ぶ旅客船航路で、来月から平日の夕方便が一便増える。",
                "運航する笠岡諸島汽船の担当者によると、北木島では近年、石材業や民宿で働く移住者が増え、本土の職場から夕方に帰る便が足りないという声が相次いでいた。",
                "増便は午後六時四十分笠岡港発で、運賃は通常便と同じ片道七百二十円。市は一年間の利用状況を調べたうえで、来年度以降の継続を判断する。",
            ],
        ),
        "ja_carrot": (
            "津南町の雪下ニンジン、今季は収穫量二割増",
            [
                "新潟県津南町で、雪の下で越冬させたニンジンの掘り出しが最盛期を迎えている。",
                "町農業振興課によると、今冬は積雪が早く地温が安定したため生育が良く、収穫量は前年より二割ほど多い見込みだという。",
                "雪下ニンジンは糖度が高いのが特徴で、町内の直売所では一袋三百円前後で販売されている。農家の山崎和子さんは「子どもでも生で食べられる甘さ」と話していた。",
            ],
        ),
        "ja_bus": (
            "遠野市の路線バス三路線、十月で廃止へ　代替にデマンド交通",
            [
                "岩手県遠野市を走る路線バスのうち利用者の少ない三路線が、十月末で廃止されることになった。",
                "運行会社によると、三路線の一便あたりの平均乗客数は二人を下回り、運転手不足も重なって路線の維持が難しくなったという。",
                "市は廃止後の代替として、予約制の乗り合いタクシーを導入する方針で、高齢者の通院や買い物に支障が出ないよう、地区ごとに説明会を開く。",
            ],
        ),
        "ja_onsen": (
            "湯田中温泉街の空き家、若手職人の工房に",
            [
                "長野県山ノ内町の湯田中温泉街で、使われなくなった旅館や商店を若手職人の工房として貸し出す取り組みが始まった。",
                "町と地元の旅館組合がつくる協議会が改修費の一部を補助し、これまでに木工や陶芸の職人四人が入居を決めた。",
                "協議会事務局の宮下俊介さんは「湯めぐりの観光客が工房をのぞいていくような町並みにしたい」と話し、今年度中にさらに三軒の入居者を募集する。",
            ],
        ),
        "ja_school": (
            "閉校した小学校がサテライトオフィスに　五社が入居",
            [
                "高知県仁淀川町で三年前に閉校した旧長者小学校の校舎が、サテライトオフィスとして生まれ変わった。",
                "町によると、元の教室を仕切って六つの事務スペースを設け、県外のIT企業など五社がすでに入居を決めている。",
                "校庭は引き続き地域の運動会や祭りの会場として使われる。入居企業の社員らは週末、地元住民と一緒に校庭の草刈りにも参加するという。",
            ],
        ),
    },
    "ko": {
        "ko_market": (
            "강경젓갈시장, 주말 야시장 다음 달 개장",
            [
                "충남 논산시 강경읍의 젓갈시장이 다음 달부터 매주 토요일 저녁 야시장을 연다.",
                "시장 상인회에 따르면 야시장에는 젓갈 상점 스무 곳과 먹거리 노점 열두 곳이 참여하며, 금강변 산책로와 이어지는 주차장 부지에서 밤 열 시까지 운영된다.",
                "상인회 관계자는 낮에만 붐비던 시장에 저녁 손님을 끌어들이려는 시도라며 첫 석 달 동안 방문객 수를 집계해 운영 시간을 조정하겠다고 밝혔다.",
            ],
        ),
        "ko_ferry": (
            "신안 흑산도 여객선, 여름철 하루 왕복 세 차례로 늘려",
            [
                "전남 목포와 신안군 흑산도를 오가는 쾌속 여객선이 올여름부터 하루 왕복 세 차례로 증편된다.",
                "선사 측은 지난해 여름 성수기에 표가 며칠 전에 매진되는 일이 잦았다며 예비 선박 한 척을 추가로 투입하기로 했다고 설명했다.",
                "증편되는 운항편은 오후 네 시 목포항을 출발하며 요금은 기존과 같다. 신안군은 섬 주민에게는 운임의 절반을 계속 지원한다.",
            ],
        ),
        "ko_bus": (
            "정선군 농어촌버스 요금 천 원 단일화",
            [
                "강원 정선군이 다음 달부터 군내 농어촌버스 요금을 거리와 관계없이 천 원으로 통일한다.",
                "군 교통과에 따르면 지금까지는 먼 산간 마을에서 읍내까지 나오려면 편도 삼천 원 가까이 내야 해 노인들의 부담이 컸다.",
                "군은 요금 단일화로 생기는 운송업체의 손실을 예산으로 보전하기로 했으며 일 년 동안 이용객 변화를 살펴본 뒤 제도를 보완할 계획이다.",
            ],
        ),
        "ko_laver": (
            "완도 김 양식 어가, 올해 작황 평년 수준 회복",
            [
                "전남 완도군 노화도와 보길도 일대의 김 양식장이 올해 평년 수준의 작황을 회복했다.",
                "완도군 해양수산과는 지난겨울 바닷물 온도가 비교적 낮게 유지되면서 병해가 줄었고 물김 위판량이 지난해보다 약 십오 퍼센트 늘었다고 밝혔다.",
                "어민들은 위판 가격도 안정세를 보이고 있다며 다만 인건비와 연료비가 올라 실제 소득 증가는 크지 않다고 입을 모았다.",
            ],
        ),
        "ko_library": (
            "전주 한옥마을 작은도서관, 외국인 관광객 위한 영어 그림책 코너",
            [
                "전북 전주 한옥마을 안에 있는 작은도서관이 외국인 관광객과 다문화 가정 어린이를 위한 영어 그림책 코너를 마련했다.",
                "도서관을 운영하는 주민협의회는 기증받은 그림책 삼백여 권을 들여와 한국 전통 이야기를 다룬 책을 따로 모아 두었다.",
                "협의회 측은 주말마다 자원봉사자가 그림책을 읽어 주는 시간을 운영할 예정이며 앞으로 중국어와 일본어 책도 늘려 갈 계획이라고 밝혔다.",
            ],
        ),
    },
    "en": {
        "en_penghu": (
            "Penghu ferry operators add a second daily sailing to Qimei",
            [
                "Ferry operators serving Penghu's southern islands will add a second daily sailing between Magong and Qimei from April, the county's shipping office said on Tuesday.",
                "The office said the single morning boat had been fully booked on most weekends since last summer, leaving day visitors to Qimei's twin-heart stone weir with no way back on the same day.",
                "The new afternoon sailing leaves Magong at 2:30 p.m. and will run until the end of October. Fares stay at NT$500 one way, and island residents keep their half-price cards.",
            ],
        ),
        "en_jeju": (
            "Jeju tangerine growers turn unsold fruit into juice for school canteens",
            [
                "Tangerine growers in Jeju's Seogwipo district have agreed to supply juice made from undersized fruit to forty primary school canteens this spring.",
                "Growers said that about a fifth of this winter's crop was too small to be sold at wholesale markets and would otherwise have been used as animal feed or left to rot.",
                "The island's education office will pay for the juice from its school meals budget. A cooperative in Namwon will press and bottle the fruit, and deliveries are due to start in the second week of April.",
            ],
        ),
        "en_okinawa": (
            "Nago bus company trials late-night service to the northern villages",
            [
                "A bus company in Nago, in northern Okinawa, will run a late-night service to three villages on the Motobu Peninsula on Fridays and Saturdays for six months.",
                "The company said hotel and restaurant workers had asked for a way home after their shifts, as the last regular bus leaves Nago before 9 p.m. and taxis are scarce after dark.",
                "The trial service leaves the Nago terminal at 11:15 p.m. and costs the same as a daytime ticket. The prefecture is covering half of the cost of the drivers' overtime.",
            ],
        ),
        "en_guangzhou": (
            "Guangzhou's Nansha district opens a waterfront cycle path along the Jiaomen channel",
            [
                "A 14-kilometre cycle path along the Jiaomen channel in Guangzhou's Nansha district opened to the public on Tuesday morning.",
                "District officials said the path links four wetland parks and two metro stations, and that bicycle rental points have been set up at each end of the route.",
                "Residents had long asked for a safe route to the waterfront, which was until recently closed off by shipyards and warehouses. A second section, to the Nansha ferry pier, is due to be finished next year.",
            ],
        ),
        "en_busan": (
            "Busan fish market traders move into a rebuilt hall after two years in tents",
            [
                "Traders at a fish market in Busan's Gijang county moved into a rebuilt market hall this week, two years after a fire destroyed the old building.",
                "Since the fire, about sixty stallholders had been selling from temporary tents in a car park, where trade fell sharply during the summer rains and winter winds.",
                "The new hall has refrigerated stalls, a shared ice machine and a small restaurant floor where visitors can have their purchases cooked. Stall rents will be frozen for the first year.",
            ],
        ),
    },
}

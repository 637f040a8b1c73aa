# ruff: noqa: E501, RUF001  (one case a line; scripts other than Latin)
"""Cases of the fifty-third blind set (see its README section): East Asian portals, aggregators,
self-media platforms, local papers and English editions. Every site and outlet here is invented
except the table outlets and wires named as answers (and in mentions and captions)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    fam: str
    locale: str
    site: str
    name: str
    category: str
    story: str
    credits: tuple[tuple[str, str], ...] = ()
    publisher: str | None = None
    accept: tuple[str, ...] = ()
    own: tuple[tuple[str, str], ...] = ()
    dateline: str = ""
    mention: str = ""
    caption: str = ""
    note: str = ""
    host: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def lang(self) -> str:
        return self.locale.split("-")[0]

    @property
    def variant(self) -> str:
        if self.locale in ("zh-TW", "zh-HK"):
            return "zh-Hant"
        return "zh-Hans" if self.lang == "zh" else self.lang

    @property
    def tz(self) -> str:
        return "+09:00" if self.lang in ("ja", "ko") or self.locale.endswith(("-JP", "-KR")) else "+08:00"


def C(fam: str, locale: str, site: str, name: str, category: str, story: str, *credits: tuple[str, str], **kw: object) -> Case:
    host = str(kw.pop("host", "")) or f"www.{site}"
    return Case(fam, locale, site, name, category, story, tuple(credits), host=host, **kw)  # type: ignore[arg-type]


LANG_NAMES = {"zh": "中文", "ja": "日本語", "ko": "한국어", "en": "English"}

UI: dict[str, dict[str, object]] = {
    "zh-Hans": {"date": "2027-03-23", "nav": ["新闻", "财经", "本地", "文旅", "教育", "三农"], "by": "作者：", "editor": "责任编辑：", "search": "搜索", "copy": "复制链接", "hot": "热门", "privacy": "隐私", "terms": "条款"},
    "zh-Hant": {"date": "2027年3月23日 週二", "nav": ["焦點", "地方", "生活", "社會", "國際", "旅遊"], "by": "", "editor": "", "search": "搜尋新聞", "copy": "複製連結", "hot": "熱門新聞", "privacy": "隱私權", "terms": "服務條款"},
    "ja": {"date": "3/23(火)", "nav": ["主要", "国内", "国際", "経済", "エンタメ", "地域"], "by": "", "editor": "", "search": "検索", "copy": "リンクをコピー", "hot": "ランキング", "privacy": "プライバシー", "terms": "利用規約"},
    "ko": {"date": "2027.03.23.", "nav": ["정치", "경제", "사회", "생활/문화", "지역", "세계"], "by": "", "editor": "", "search": "검색", "copy": "링크 복사", "hot": "많이 본 뉴스", "privacy": "개인정보", "terms": "이용약관"},
    "en": {"date": "23 March 2027", "nav": ["Nation", "Region", "Business", "Travel", "Opinion", "Life"], "by": "", "editor": "", "search": "Search", "copy": "Copy link", "hot": "Most read", "privacy": "Privacy", "terms": "Terms"},
}

AUTHORS = {
    "zh-Hans": ["邬晓岚", "喻成锋", "房雨萌", "阙立平", "冼佳怡"],
    "zh-Hant": ["【記者賴怡伶／綜合報導】", "記者鄞子豪", "文／蒲詠晴", "撰文：甘曉薇"],
    "ja": ["文・写真　榎本沙耶", "取材・文　神代啓太", "記者　浅香みのり"],
    "ko": ["봉세린", "탁민혁", "편주아", "길태오"],
    "en": ["Mei-ling Tsou", "Hyun-woo Baek", "Aya Kinjo", "Wai-kit Lam"],
}
EDITORS = ["葛一帆", "龚思雨", "靳博文", "戚晓婷"]
ACCOUNTS = [("舟山老葛侃海岛", "记录海岛日常"), ("锦官城慢生活", "成都街巷的小事"), ("稻田边的阿余", "讲讲乡下的事"), ("冰城公交迷", "哈尔滨公交线路爱好者")]

MORE_HEADLINES = {
    "zh-Hans": ["衢州一社区食堂推出老年助餐卡", "温岭海塘加固工程年内完工"],
    "zh-Hant": ["宜蘭礁溪溫泉公園整修後重新開放", "屏東林邊蓮霧價格回穩"],
    "ja": ["鳥取砂丘の観光案内所が移転", "五島列島で新たな観光船が就航"],
    "ko": ["통영 어시장 새벽 경매 관람 프로그램 운영", "충주 사과 농가 일손 돕기 나서"],
    "en": ["Kaohsiung harbour cranes to be lit up for the lantern festival", "Matsu islands add a winter fog warning service"],
}

# fmt: off
CASES: list[Case] = [
    # ---------------- cnportal (mainland portal article pages, zh-CN) ----------------
    C("cnportal", "zh-CN", "haitun-kuaixun.cn", "海豚快讯网", "in_table", "cn_tea", ("top", "来源：中国日报网"), publisher="China Daily", accept=("China Daily", "中国日报网", "中国日报"), note="portal source row naming China Daily's site (中国日报网, a table alias)"),
    C("cnportal", "zh-CN", "xiangjiangkou-news.cn", "湘江口资讯", "in_table", "cn_rice", ("end", "（来源：人民网-江西频道）"), publisher="People's Daily", accept=("People's Daily", "人民网", "人民日报"), note="closing source line naming People's Daily's site and its provincial channel; the channel is not the answer"),
    C("cnportal", "zh-CN", "donghaiyunbao.com.cn", "东海云报网", "out_of_table", "cn_ferry", ("top", "来源：东海岛屿晨报"), publisher="东海岛屿晨报", accept=("东海岛屿晨报",), note="source row naming an invented island morning paper"),
    C("cnportal", "zh-CN", "bingchengkuaidi.cn", "冰城快递资讯", "out_of_table", "cn_bus", ("box", "原标题：《松北三条冰雪季公交线路周六恢复原走向》 来源：冰城晚讯"), publisher="冰城晚讯", accept=("冰城晚讯",), note="original-title line with its source after the text; the original title is not an outlet"),
    C("cnportal", "zh-CN", "minbeishanshui.cn", "闽北山水网", "out_of_table", "cn_tea", ("end", "本文来自【闽北茶乡报】客户端"), publisher="闽北茶乡报", accept=("闽北茶乡报",), note="'本文来自…客户端' names a paper's app: the paper is the answer"),
    C("cnportal", "zh-CN", "yuelu-toutiao.cn", "岳麓头条网", "wire", "cn_ferry", ("top", "来源：新华社"), publisher="Xinhua", accept=("Xinhua", "新华社"), dateline="新华社杭州3月23日电（记者 邵一鸣）", note="source row and a Xinhua dateline; the dateline is not the credit line"),
    C("cnportal", "zh-CN", "qianjiangzixun.com.cn", "钱江滨资讯", "wire", "cn_library", ("end", "（来源：新华网）"), publisher="Xinhua", accept=("Xinhua", "新华网", "新华社"), note="closing source line naming Xinhua's site (新华网, a table alias)"),
    C("cnportal", "zh-CN", "songbei-zhoukan.cn", "松北周刊网", "own_page", "cn_bus", own=(("top", "来源：松北周刊网"),), note="the portal's own reporting: its source row names itself"),
    C("cnportal", "zh-CN", "wannianbao-news.cn", "万年稻乡网", "own_page", "cn_rice", own=(("box", "本文为万年稻乡网原创稿件，转载请注明出处。"),), note="'original, credit us when reposting' statement naming the site itself"),
    C("cnportal", "zh-CN", "zhoushan-lanbo.cn", "舟山蓝波网", "negative_mention", "cn_ferry", mention="据新华社此前报道，浙江沿海多地今年都在调整海岛客运航班时间。", note="Xinhua only in a sentence inside the text"),
    C("cnportal", "zh-CN", "tianfu-jiefang.cn", "天府街坊网", "negative_mention", "cn_library", mention="人民日报去年曾报道过成都另一处社区夜间书房的做法。", note="People's Daily only as the subject of a sentence"),
    C("cnportal", "zh-CN", "ganpo-nongjia.cn", "赣鄱农家网", "negative_mention", "cn_rice", mention="中国日报网日前也关注了江西稻渔综合种养的推广情况。", note="China Daily's site only in a sentence"),
    C("cnportal", "zh-CN", "qiaotou-zixun.cn", "桥头堡资讯网", "negative_caption", "cn_bus", caption="图为松北区一处临时公交站点。（图/新华社）", note="Xinhua only in the photo credit"),
    C("cnportal", "zh-CN", "chaxiang-kuaibao.cn", "茶乡快报网", "negative_caption", "cn_tea", caption="东平镇茶农在采摘春茶。图片来源：视觉中国/新华社", note="photo credit naming a photo library and Xinhua"),
    C("cnportal", "zh-CN", "jinguan-jiexiang.cn", "锦官街巷网", "no_credit", "cn_library", note="staff story with the portal's reporter in the source row and no credit"),
    C("cnportal", "zh-CN", "xiushan-haibin.cn", "秀山海滨网", "no_credit", "cn_ferry", note="staff story; the footer's licence number names nobody"),
    # ---------------- selfmedia (self-media platform posts, zh-CN) ----------------
    C("selfmedia", "zh-CN", "qingyunhao.cn", "青云号", "in_table", "cn_library", ("top", "本文转载自环球网，仅供交流学习。"), publisher="Global Times", accept=("Global Times", "环球网", "环球时报"), note="account repost of Global Times' site (环球网, a table alias)"),
    C("selfmedia", "zh-CN", "baijiaxiaozhan.cn", "百家小站", "out_of_table", "cn_library", ("top", "本文转载自微信公众号「玉林巷口夜读」"), publisher="玉林巷口夜读", accept=("玉林巷口夜读",), note="repost of a WeChat public account: the account is the publisher"),
    C("selfmedia", "zh-CN", "fengxinhao.cn", "风信号", "out_of_table", "cn_rice", ("end", "文章来源：微信公众号 赣东稻花鱼，如有侵权请联系删除。"), publisher="赣东稻花鱼", accept=("赣东稻花鱼",), note="closing repost notice naming a WeChat account, with the takedown clause"),
    C("selfmedia", "zh-CN", "yidianzixun-hao.cn", "一点资讯号", "out_of_table", "cn_tea", ("box", "转载自：政和茶山记（微信号：zhenghe-chashan）"), publisher="政和茶山记", accept=("政和茶山记",), note="repost box naming an account and its WeChat id"),
    C("selfmedia", "zh-CN", "kuaiwen-hao.cn", "快闻号", "negative_mention", "cn_ferry", mention="有网友转发了新华社关于海岛客运的报道，引来不少讨论。", note="Xinhua only in a sentence about what readers shared"),
    C("selfmedia", "zh-CN", "chengshi-xiaobao.cn", "城事小报号", "negative_mention", "cn_bus", mention="据人民网报道，东北多个城市冬季都会设立冰雪旅游专线。", note="'据人民网报道' inside the text: a mention"),
    C("selfmedia", "zh-CN", "manbuhao.cn", "漫步号", "negative_caption", "cn_rice", caption="稻田里的禾花鱼（图/中国日报网）", note="China Daily's site only in a photo credit"),
    C("selfmedia", "zh-CN", "yuanchuangyuan.cn", "原创园", "no_credit", "cn_ferry", note="the account's own post; the account card and platform statement name no outlet"),
    C("selfmedia", "zh-CN", "dianjinhao.com.cn", "点金号", "no_credit", "cn_bus", note="the account's own post about bus routes; no credit"),
    # ---------------- twportal (Taiwan / Hong Kong portals, zh-TW / zh-HK) ----------------
    C("twportal", "zh-HK", "gangjiaoxinwen.com.hk", "港郊新聞台", "in_table", "hk_minibus", ("top", "來源：南華早報"), publisher="South China Morning Post", accept=("South China Morning Post", "南華早報"), note="provider row naming the SCMP in Chinese"),
    C("twportal", "zh-TW", "houshan-toutiao.tw", "後山頭條", "out_of_table", "tw_rail", ("top", "來源：縱谷晨光日報"), publisher="縱谷晨光日報", accept=("縱谷晨光日報",), note="provider row naming an invented East Rift Valley daily"),
    C("twportal", "zh-HK", "saikung-jie.hk", "西貢街坊網", "out_of_table", "hk_minibus", ("end", "本文經授權轉載自《西貢墟周刊》"), publisher="西貢墟周刊", accept=("西貢墟周刊",), note="'reprinted with permission from' a weekly"),
    C("twportal", "zh-TW", "haidao-pindao.tw", "海島頻道", "out_of_table", "tw_fish", ("byline", "文／洪佩芸（菊島潮聲報）"), publisher="菊島潮聲報", accept=("菊島潮聲報",), note="the author cell names the writer and, in brackets, her paper: the paper is the answer"),
    C("twportal", "zh-TW", "dongbu-kuaixun.tw", "東部快訊網", "wire", "tw_school", ("top", "來源：中央社"), publisher="Central News Agency", accept=("Central News Agency", "中央社"), dateline="（中央社記者潘冠宇花蓮23日電）", note="CNA in the provider row, with its dateline (not the credit line)"),
    C("twportal", "zh-TW", "penghu-wanbao.tw", "澎湖灣快報", "wire", "tw_fish", ("end", "（中央社）"), publisher="Central News Agency", accept=("Central News Agency", "中央社"), note="the bare agency tag closing the text"),
    C("twportal", "zh-TW", "taidong-shanlibao.tw", "台東山里報", "own_page", "tw_rail", own=(("top", "來源：台東山里報"),), note="a local paper's own page: the provider row names itself"),
    C("twportal", "zh-TW", "hualien-shanhai.tw", "花蓮山海報", "own_page", "tw_school", own=(("end", "（花蓮山海報記者甘曉薇整理報導）"),), note="the paper's own reporter line naming the paper itself"),
    C("twportal", "zh-TW", "lanyang-daily.tw", "蘭陽電報網", "negative_mention", "tw_rail", mention="中央社先前報導，台鐵今年也將整修南迴線多座小站。", note="CNA only as the subject of a sentence"),
    C("twportal", "zh-HK", "tuenmun-jiehfong.hk", "屯門街訪報", "negative_mention", "hk_minibus", mention="據南華早報早前報道，運輸署正檢討多條郊區小巴線的班次。", note="'據南華早報報道' inside the text"),
    C("twportal", "zh-TW", "wanganbobao.tw", "望安播報", "negative_caption", "tw_fish", caption="赤崁漁港曝曬中的丁香魚。（中央社記者攝）", note="CNA only in the photo credit"),
    C("twportal", "zh-TW", "yuli-xiangqing.tw", "玉里鄉情網", "negative_caption", "tw_school", caption="卓溪鄉學校屋頂的太陽能板。圖／路透社", note="Reuters only in the photo credit"),
    C("twportal", "zh-HK", "paksha-wan.com.hk", "白沙灣資訊台", "negative_caption", "hk_minibus", caption="北潭涌假日的候車人龍。（法新社資料圖片）", note="AFP only in the file-photo credit"),
    C("twportal", "zh-TW", "chihkan-xinmin.tw", "赤崁新民網", "no_credit", "tw_fish", note="staff story under the portal reporter's byline, no credit"),
    # ---------------- jpnews (Japanese aggregators, ja) ----------------
    C("jpnews", "ja", "hinode-news.jp", "ひので速報", "in_table", "ja_onsen", ("top", "朝日新聞社"), publisher="The Asahi Shimbun", accept=("The Asahi Shimbun", "朝日新聞", "朝日新聞社"), note="provider name beside the 配信 time"),
    C("jpnews", "ja", "mado-headline.jp", "まどヘッドライン", "in_table", "ja_school", ("end", "出典：日本経済新聞"), publisher="Nikkei Asia", accept=("Nikkei Asia", "日本経済新聞", "Nikkei"), note="source line naming Nikkei in Japanese (a table alias)"),
    C("jpnews", "ja", "kazaguruma-news.jp", "かざぐるまニュース", "in_table", "ja_bus", ("box", "提供：NHK"), publisher="NHK", accept=("NHK",), note="provider box after the text"),
    C("jpnews", "ja", "sorairo-matome.jp", "そらいろまとめ", "out_of_table", "ja_carrot", ("top", "魚沼雪国タイムス"), publisher="魚沼雪国タイムス", accept=("魚沼雪国タイムス",), note="provider name beside the 配信 time: an invented local paper (its own site is another page)"),
    C("jpnews", "ja", "tsumugi-news.jp", "つむぎニュース", "out_of_table", "ja_ferry", ("end", "提供：備中笠岡日日新聞"), publisher="備中笠岡日日新聞", accept=("備中笠岡日日新聞",), note="'提供：' closing the text"),
    C("jpnews", "ja", "yumemachi-press.jp", "ゆめまちプレス", "out_of_table", "ja_onsen", ("box", "この記事は信州北志賀新聞の提供です。"), publisher="信州北志賀新聞", accept=("信州北志賀新聞",), note="provider box naming an invented Nagano paper"),
    C("jpnews", "ja", "hoshizora-tsushin.jp", "ほしぞら通信", "wire", "ja_bus", ("end", "（共同）"), publisher="Kyodo News", accept=("Kyodo News", "共同", "共同通信"), note="Kyodo's bare tag closing the text"),
    C("jpnews", "ja", "kiramekinews.jp", "きらめきニュース", "wire", "ja_ferry", ("top", "共同通信社"), publisher="Kyodo News", accept=("Kyodo News", "共同通信社", "共同通信"), note="provider name beside the 配信 time"),
    C("jpnews", "ja", "komorebi-headline.jp", "こもれびヘッドライン", "wire", "ja_school", ("end", "（時事）"), publisher="Jiji Press", accept=("Jiji Press", "時事", "時事通信"), note="Jiji's bare tag closing the text"),
    C("jpnews", "ja", "yukiguni-times.jp", "魚沼雪国タイムス", "own_page", "ja_carrot", own=(("box", "この記事は魚沼雪国タイムスの3月23日付紙面に掲載されています。"),), note="the local paper's own site: its print note names itself (another page credits it)"),
    C("jpnews", "ja", "sanuki-kaze.jp", "さぬき風新聞", "own_page", "ja_ferry", own=(("end", "さぬき風新聞の記事・写真の無断転載を禁じます。"),), note="the paper's own no-reprint line naming itself"),
    C("jpnews", "ja", "kyodonews.jp", "共同通信", "own_page", "ja_school", own=(("end", "© 一般社団法人共同通信社"),), note="Kyodo's own Japanese site: its copyright line names the agency itself"),
    C("jpnews", "ja", "akebono-news.jp", "あけぼのニュース", "negative_mention", "ja_bus", mention="共同通信によると、東北地方では同様の路線廃止が今年だけで十件を超える見通しだ。", note="'共同通信によると' inside the text"),
    C("jpnews", "ja", "nagisa-headline.jp", "なぎさヘッドライン", "negative_mention", "ja_onsen", mention="朝日新聞の取材に対し、町の担当者は空き家の数が十年で倍になったと答えた。", note="Asahi only as the paper a source spoke to"),
    C("jpnews", "ja", "kaede-tsushin.jp", "かえで通信", "negative_mention", "ja_school", mention="NHKの報道でも、閉校舎の活用例は全国で増えていると伝えられている。", note="NHK only in a sentence"),
    C("jpnews", "ja", "hotaru-news.jp", "ほたるニュース", "negative_caption", "ja_carrot", caption="雪の下から掘り出されるニンジン＝写真：共同", note="Kyodo only in the photo credit"),
    C("jpnews", "ja", "shiosai-matome.jp", "しおさいまとめ", "negative_caption", "ja_ferry", caption="北木島の港に着く旅客船（時事通信フォト）", note="Jiji's photo service credit"),
    C("jpnews", "ja", "ginga-headline.jp", "ぎんがヘッドライン", "negative_caption", "ja_bus", caption="廃止が決まった路線を走るバス＝ロイター", note="Reuters only in the photo credit"),
    C("jpnews", "ja", "tsubamenews.jp", "つばめニュース", "no_credit", "ja_carrot", note="staff story with a reporter line, no credit"),
    C("jpnews", "ja", "kagerou-news.jp", "かげろうプレス", "no_credit", "ja_onsen", note="the aggregator's own feature, reporter line only"),
    C("jpnews", "ja", "mizuironews.jp", "みずいろニュース", "no_credit", "ja_school", note="staff story, no credit"),
    C("jpnews", "ja", "hanabi-tsushin.jp", "はなび通信", "no_credit", "ja_ferry", note="staff story, no credit"),
    C("jpnews", "ja", "wakaba-headline.jp", "わかばヘッドライン", "no_credit", "ja_bus", note="staff story, no credit"),
    # ---------------- krportal (Korean portals, ko) ----------------
    C("krportal", "ko", "hanbitportal.kr", "한빛포털", "in_table", "ko_bus", ("end", "ⓒ중앙일보 무단 전재 및 재배포 금지"), publisher="Korea JoongAng Daily", accept=("Korea JoongAng Daily", "중앙일보", "JoongAng Ilbo"), note="the copyright line of JoongAng (중앙일보, a table alias of Korea JoongAng Daily)"),
    C("krportal", "ko", "saebyeok-news.kr", "새벽뉴스", "in_table", "ko_library", ("top", "출처: 코리아헤럴드"), publisher="The Korea Herald", accept=("The Korea Herald", "코리아헤럴드", "Korea Herald"), note="press head naming the Korea Herald in Korean"),
    C("krportal", "ko", "dalbit-news.co.kr", "달빛뉴스", "out_of_table", "ko_ferry", ("top", "제공: 흑산바다신문"), publisher="흑산바다신문", accept=("흑산바다신문",), note="press head 'provided by' an invented island paper (its own site is another page)"),
    C("krportal", "ko", "noeul-media.kr", "노을미디어", "out_of_table", "ko_market", ("end", "<저작권자 © 금강포구신문, 무단전재 및 재배포 금지>"), publisher="금강포구신문", accept=("금강포구신문",), note="the source paper's copyright trailer"),
    C("krportal", "ko", "barami-news.kr", "바라미뉴스", "out_of_table", "ko_laver", ("box", "출처: 완도바다일보(http://www.wando-badailbo.kr)"), publisher="완도바다일보", accept=("완도바다일보", "wando-badailbo.kr"), note="source box with the paper's URL"),
    C("krportal", "ko", "haenim-portal.kr", "해님포털", "wire", "ko_bus", ("end", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"), publisher="Yonhap", accept=("Yonhap", "연합뉴스"), dateline="(정선=연합뉴스) 박지훈 기자 =", note="Yonhap's dateline and its copyright trailer; the trailer is the credit line"),
    C("krportal", "ko", "gureum-today.kr", "구름뉴스", "wire", "ko_laver", ("end", "<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>"), publisher="Newsis", accept=("Newsis", "뉴시스", "공감언론 뉴시스통신사"), dateline="[완도=뉴시스]이정민 기자 =", note="Newsis dateline and trailer"),
    C("krportal", "ko", "sanbaram-news.kr", "산바람뉴스", "wire", "ko_ferry", ("end", "© 뉴스1코리아(www.news1.kr), 무단 전재 및 재배포 금지"), publisher="News1", accept=("News1", "뉴스1", "news1.kr"), dateline="(신안=뉴스1) 최현우 기자 =", note="News1 dateline and trailer"),
    C("krportal", "ko", "heuksan-bada.kr", "흑산바다신문", "own_page", "ko_ferry", own=(("end", "ⓒ 흑산바다신문 무단전재 및 재배포 금지"),), note="the island paper's own site: its copyright line names itself (another page credits it)"),
    C("krportal", "ko", "gangjin-jeonil.kr", "강진전일신문", "own_page", "ko_market", own=(("box", "<저작권자 © 강진전일신문, 무단전재 및 재배포 금지>"),), note="a regional paper's own copyright box"),
    C("krportal", "ko", "yonhapnews.co.kr", "연합뉴스", "own_page", "ko_market", own=(("end", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"),), dateline="(논산=연합뉴스) 윤서진 기자 =", note="Yonhap's own page: its dateline and copyright line name the agency itself"),
    C("krportal", "ko", "bomnal-news.kr", "봄날뉴스", "negative_mention", "ko_bus", mention="연합뉴스에 따르면 강원 지역의 다른 군들도 비슷한 요금 체계를 검토하고 있다.", note="'연합뉴스에 따르면' inside the text"),
    C("krportal", "ko", "dolbegae-news.kr", "돌베개뉴스", "negative_mention", "ko_laver", mention="한 어민은 뉴시스와의 통화에서 올해는 바다 상태가 좋았다고 말했다.", note="Newsis only as who a source spoke to"),
    C("krportal", "ko", "eunhasu-news.kr", "은하수뉴스", "negative_mention", "ko_library", mention="중앙일보 보도에 따르면 전국 작은도서관 수는 최근 몇 년째 줄고 있다.", note="JoongAng only in a sentence"),
    C("krportal", "ko", "byeolbit-news.kr", "별빛뉴스", "negative_caption", "ko_ferry", caption="목포항에 정박한 흑산도행 여객선. 사진=연합뉴스", note="Yonhap only in the photo credit"),
    C("krportal", "ko", "jandi-news.kr", "잔디뉴스", "negative_caption", "ko_market", caption="강경젓갈시장 전경 (사진=뉴시스)", note="Newsis only in the photo credit"),
    C("krportal", "ko", "moraesi-news.kr", "모래시뉴스", "negative_caption", "ko_bus", caption="정선군 농어촌버스. /뉴스1", note="News1 only in the photo credit"),
    C("krportal", "ko", "pureun-news.kr", "푸른뉴스", "negative_caption", "ko_library", caption="한옥마을 작은도서관의 그림책 코너. 로이터 연합뉴스", note="'로이터 연합뉴스' photo credit: two agencies in a caption"),
    C("krportal", "ko", "ttukseom-news.kr", "뚝섬뉴스", "no_credit", "ko_market", note="staff story, reporter byline, no credit"),
    C("krportal", "ko", "sopung-news.kr", "소풍뉴스", "no_credit", "ko_laver", note="staff story, no credit"),
    C("krportal", "ko", "gaeul-news.kr", "가을뉴스", "no_credit", "ko_ferry", note="staff story, no credit"),
    C("krportal", "ko", "oreum-news.kr", "오름뉴스", "no_credit", "ko_library", note="staff story, no credit"),
    # ---------------- enedition (English pages of the region, en) ----------------
    C("enedition", "en-TW", "formosa-tidewatch.com.tw", "Formosa Tidewatch", "in_table", "en_okinawa", ("top", "Source: Nikkei Asia"), publisher="Nikkei Asia", accept=("Nikkei Asia", "Nikkei"), note="source row naming a table outlet"),
    C("enedition", "en-JP", "ryukyu-lanternpost.jp", "Ryukyu Lantern Post", "in_table", "en_okinawa", ("byline", "By Aya Kinjo, The Japan Times"), publisher="The Japan Times", accept=("The Japan Times", "Japan Times"), note="byline naming the writer and her paper, a table outlet"),
    C("enedition", "en-KR", "hallasandispatch.kr", "Hallasan Dispatch", "in_table", "en_jeju", ("box", "Originally published by The Korea Times. Republished with permission."), publisher="The Korea Times", accept=("The Korea Times", "Korea Times"), note="republishing box after the text"),
    C("enedition", "en-TW", "kuroshio-brief.tw", "Kuroshio Brief", "out_of_table", "en_penghu", ("end", "This story first appeared in Penghu Breeze Daily."), publisher="Penghu Breeze Daily", accept=("Penghu Breeze Daily",), note="first-appeared line naming an invented paper (its English edition is another page)"),
    C("enedition", "en-KR", "seaboard-auto-en.kr", "Seaboard Auto English", "out_of_table", "en_busan", ("top", "Machine-translated from Korean. Original article: Gijang Harbour Ilbo"), publisher="Gijang Harbour Ilbo", accept=("Gijang Harbour Ilbo",), note="a machine-made English edition's notice naming the original paper", extra={"notice": "This page was translated automatically and may contain errors."}),
    C("enedition", "en-CN", "pearlriver-digest.cn", "Pearl River Digest", "out_of_table", "en_guangzhou", ("box", "Original Chinese report: Nansha Shoreline Weekly (南沙岸线周报)"), publisher="Nansha Shoreline Weekly", accept=("Nansha Shoreline Weekly", "南沙岸线周报"), note="an 'original report' box naming an invented weekly in both scripts"),
    C("enedition", "en-JP", "okinawa-transit-ledger.jp", "Okinawa Transit Ledger", "wire", "en_okinawa", ("end", "— Kyodo"), publisher="Kyodo News", accept=("Kyodo News", "Kyodo"), note="Kyodo's sign-off closing the text"),
    C("enedition", "en-KR", "jejuweekender.kr", "Jeju Weekender", "wire", "en_jeju", ("top", "Source: Yonhap News Agency"), publisher="Yonhap", accept=("Yonhap", "Yonhap News Agency"), dateline="SEOGWIPO, March 23 (Yonhap) --", note="source row and a Yonhap dateline; the dateline is not the credit line"),
    C("enedition", "en-CN", "greaterbay-morningline.cn", "Greater Bay Morningline", "wire", "en_guangzhou", ("end", "Source: Xinhua"), publisher="Xinhua", accept=("Xinhua",), dateline="GUANGZHOU, March 23 (Xinhua) --", note="Xinhua dateline and closing source line"),
    C("enedition", "en-TW", "penghubreeze.tw", "Penghu Breeze Daily", "own_page", "en_penghu", own=(("end", "This story first appeared in the Chinese-language edition of Penghu Breeze Daily."),), note="the paper's English edition translating its own story (another page credits the paper)"),
    C("enedition", "en-KR", "gijangharbour.kr", "Gijang Harbour Ilbo", "own_page", "en_busan", own=(("top", "This article was first published in Korean by Gijang Harbour Ilbo."),), note="the paper's English edition of its own Korean story (another page credits the paper)"),
    C("enedition", "en-KR", "tamna-current.kr", "Tamna Current", "negative_mention", "en_jeju", mention="Growers told Yonhap News Agency last month that prices had fallen for a third year.", note="Yonhap only as who growers spoke to"),
    C("enedition", "en-JP", "yanbaru-signal.jp", "Yanbaru Signal", "negative_mention", "en_okinawa", mention="Kyodo News reported in January that several Okinawan bus routes were short of drivers.", note="Kyodo only as a sentence's subject"),
    C("enedition", "en-CN", "lingnan-ledger.cn", "Lingnan Ledger", "negative_mention", "en_guangzhou", mention="According to Xinhua, similar waterfront paths are planned in two other districts.", note="'According to Xinhua' inside the text"),
    C("enedition", "en-KR", "nakdong-nightly.kr", "Nakdong Nightly", "negative_caption", "en_busan", caption="Stallholders set up in the new hall. (Yonhap)", note="Yonhap only in the photo credit"),
    C("enedition", "en-TW", "magong-mariner.tw", "Magong Mariner", "negative_caption", "en_penghu", caption="A ferry leaves Magong harbour. Photo: CNA", note="CNA only in the photo credit"),
    C("enedition", "en-JP", "shuri-courier.jp", "Shuri Courier", "negative_caption", "en_okinawa", caption="A bus at the Nago terminal. (Kyodo)", note="Kyodo only in the photo credit"),
    C("enedition", "en-HK", "harbourfront-hk.com.hk", "Harbourfront Weekly HK", "no_credit", "en_guangzhou", note="staff story, byline only"),
    C("enedition", "en-KR", "eastshore-gazette.co.kr", "Eastshore Gazette", "no_credit", "en_busan", note="staff story, byline only"),
]
# fmt: on

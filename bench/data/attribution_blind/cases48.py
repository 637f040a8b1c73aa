# ruff: noqa: E501, RUF001
"""The case table of the forty-eighth blind set (print e-editions, archives and reference pages).

One page per site. ``credits`` are the visible lines that credit the original publisher (slot,
text); ``own`` the lines by which a site credits itself; ``markup`` credits that are only in the
markup (kind, value). Slots: ``top`` (above the text), ``meta`` (the byline or record row), ``end``
(under the text), ``foot`` (a column's footer line). Every outlet named here that is not a real
outlet in the table files is invented, and so is every site.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    fam: str
    lang: str
    site: str
    host: str
    name: str
    story: str
    category: str
    publisher: str | None = None
    accept: tuple[str, ...] = ()
    credits: tuple[tuple[str, str], ...] = ()
    own: tuple[tuple[str, str], ...] = ()
    markup: tuple[tuple[str, str], ...] = ()
    mention: str = ""
    caption: str = ""
    dateline: str = ""
    byline: str = ""
    note: str = ""
    ui: str = ""
    tz: str = ""
    extra: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


def C(fam: str, lang: str, site: str, sub: str, name: str, story: str, category: str,
      publisher: str | None = None, accept: tuple[str, ...] = (), **kw: object) -> Case:
    host = f"{sub}.{site}" if sub else site
    kw["publisher"] = publisher
    kw["accept"] = tuple(accept)
    for key in ("accept", "credits", "own", "markup"):
        if key in kw:
            kw[key] = tuple(kw[key])  # type: ignore[arg-type]
    return Case(fam, lang, site, host, name, story, category, **kw)  # type: ignore[arg-type]


AP = ("The Associated Press", "Associated Press", "AP")
CP = ("The Canadian Press", "Canadian Press", "CP")

#: Old stories: the date they were first printed, and how many years before 17 March 2027.
OLD = {
    "en_elko1977": ("1977-03-17", 50),
    "en_oshkosh1952": ("1952-03-17", 75),
    "en_kendal1967": ("1967-03-17", 60),
    "zh_shaoxing1987": ("1987-03-17", 40),
    "hi_gorakhpur1977": ("1977-03-17", 50),
    "ur_bahawalpur1977": ("1977-03-17", 50),
    "ar_sousse1977": ("1977-03-17", 50),
    "ru_syktyvkar1977": ("1977-03-17", 50),
    "uk_kremenchuk1977": ("1977-03-17", 50),
    "pt_leiria1977": ("1977-03-17", 50),
    "ca_olot1977": ("1977-03-17", 50),
    "he_nahariya1977": ("1977-03-17", 50),
}

CASES: list[Case] = [
    # ======================= English (52) =======================
    # --- print replica (e-Edition article view) ---
    C("replica", "en", "ashuelotclarion.com", "eedition", "The Ashuelot Valley Clarion", "en_keene", "own_page",
      own=[("end", "This article appeared in print on page A1 of The Ashuelot Valley Clarion on Wednesday, March 17, 2027.")],
      note="own page: the e-Edition's print line names the site's own paper", tz="-04:00", extra={"page": "A1", "jump": "A6"}),
    C("replica", "en", "mjcrossroads.ca", "eedition", "Moose Jaw Crossroads", "en_moosejaw", "wire", "The Canadian Press", CP,
      credits=[("meta", "The Canadian Press")], dateline="MOOSE JAW, Sask. —", byline="Aaron Petrick",
      note="wire: CP dateline without a tag, and the print credit line 'The Canadian Press' on its own line under the byline", tz="-06:00", extra={"page": "A5", "jump": "A7"}),
    C("replica", "en", "goldenmilerecorder.com.au", "digital", "Golden Mile Recorder", "en_kalgoorlie", "out_of_table", "The Norseman Sentinel", ("The Norseman Sentinel", "Norseman Sentinel"),
      credits=[("end", "This story first appeared in The Norseman Sentinel.")],
      note="out of table (invented paper): a tail line in the print replica", tz="+08:00", extra={"page": "3", "jump": "6"}),
    C("replica", "en", "pinebeltledger.com", "eedition", "Pine Belt Ledger", "en_hattiesburg", "negative_mention",
      mention="Television station WDAM first reported the planned closure in February, citing a letter from the railroad to the city.",
      note="mention: a station reported the closure first; the Ledger's own story", tz="-05:00", extra={"page": "A1", "jump": "A8"}),
    C("replica", "en", "monadnockweekender.com", "eedition", "Monadnock Weekender", "en_keene", "negative_caption",
      caption="A section of the garage's second level is taped off on Tuesday. (Photo courtesy of the Brattleboro Reformer)",
      note="caption: only the photo is credited to another paper", tz="-04:00", extra={"page": "3", "jump": "9"}),
    # --- e-paper text view ---
    C("eptext", "en", "goldfieldsecho.com.au", "epaper", "Eastern Goldfields Echo", "en_kalgoorlie", "negative_caption",
      caption="Track crews at work near Kurrawang on Tuesday evening. Picture: ABC Goldfields",
      note="caption: the picture is credited to ABC Goldfields", tz="+08:00", extra={"page": "5", "edition": "Goldfields"}),
    C("eptext", "en", "forrestcountydispatch.com", "epaper", "Forrest County Dispatch", "en_hattiesburg", "wire", "The Associated Press", AP,
      credits=[("end", "Copyright 2027 The Associated Press. All rights reserved.")], dateline="HATTIESBURG, Miss. (AP) —", byline="Renee Castille, Associated Press",
      note="wire: AP dateline and trailer in the e-paper's text view; the byline naming AP is not a credit line", tz="-05:00", extra={"page": "A2", "edition": "Pine Belt"}),
    C("eptext", "en", "wakamowweekly.ca", "epaper", "Wakamow Valley Weekly", "en_moosejaw", "no_credit",
      note="no credit: the weekly's own report", tz="-06:00", extra={"page": "4", "edition": "Moose Jaw"}),
    # --- digitised archive ---
    C("archive", "en", "sagebrushherald.com", "archives", "Elko Sagebrush Herald", "en_elko1977", "own_page",
      own=[("top", "From the archives of the Elko Sagebrush Herald: this story was published on Thursday, March 17, 1977.")],
      note="own page: the paper's archive names its own edition", tz="-07:00"),
    C("archive", "en", "rubymountainbulletin.com", "archive", "Ruby Mountain Bulletin", "en_elko1977", "wire", "The Associated Press", AP,
      credits=[("meta", "Credit: Associated Press")], dateline="ELKO, Nev. (AP) —",
      note="wire: a 1977 AP story in a digitised archive, with the dateline and the record's credit field", tz="-07:00"),
    C("archive", "en", "lakeshoreclipper.com", "archive", "Lakeshore Weekly Clipper", "en_oshkosh1952", "in_table", "Chicago Tribune", ("Chicago Tribune", "The Chicago Tribune"),
      credits=[("top", "Reprinted from the Chicago Tribune of Monday, March 17, 1952.")],
      note="in table: an old reprint line above the text of an archive page", tz="-05:00"),
    C("archive", "en", "foxcitiesbeacononline.com", "archive", "Fox Cities Beacon", "en_oshkosh1952", "negative_caption",
      caption="Shanties along the Oshkosh shore, March 1952. (Milwaukee Journal photo)",
      note="caption: an archive photo credited to another paper", tz="-05:00"),
    C("archive", "en", "kentvalleychronicle.co.uk", "archive", "Kent Valley Chronicle", "en_kendal1967", "negative_mention",
      mention="The Lancashire Evening Post reported last month that the firm had been offered a second-hand turbine from a Preston mill.",
      note="mention: another paper's earlier report, inside the old story", tz="+00:00"),
    # --- "years ago" columns ---
    C("yearsago", "en", "mygreatbasinweekly.com", "www", "Great Basin Weekly", "en_elko1977", "out_of_table", "Elko Sagebrush Herald", ("Elko Sagebrush Herald", "Sagebrush Herald", "sagebrushherald.com"),
      credits=[("top", "From the files of the Elko Sagebrush Herald, March 17, 1977:")],
      note="out of table (invented): a looking-back column quoting another paper's old edition; the same paper's archive is an own page here", tz="-07:00"),
    C("yearsago", "en", "winnebagotimesreview.com", "www", "Winnebago Times-Review", "en_oshkosh1952", "own_page",
      own=[("top", "From the pages of the Winnebago Times-Review, Monday, March 17, 1952:")],
      note="own page: the column quotes the site's own old edition", tz="-05:00"),
    C("yearsago", "en", "lakelandgazetteeronline.co.uk", "www", "Lakeland Gazetteer", "en_kendal1967", "negative_mention",
      mention="The Westmorland Gazette, which carried the story on its front page that week, called the wheel the oldest still turning in the county.",
      note="mention: another paper's coverage at the time", tz="+00:00"),
    C("yearsago", "en", "lamoillevalleynews.com", "www", "Lamoille Valley News", "en_elko1977", "no_credit",
      note="no credit: a looking-back column naming no source", tz="-07:00"),
    C("yearsago", "en", "cumbriaweekender.co.uk", "www", "Cumbria Weekender", "en_kendal1967", "negative_caption",
      caption="The mill's water wheel in the winter of 1967. (Photo: Westmorland Gazette archive)",
      note="caption: an archive photo credited to another paper", tz="+00:00"),
    # --- corrections ---
    C("corrx", "en", "myelmcitycourier.com", "www", "Elm City Courier", "en_corr_keene", "negative_mention",
      mention="A Reuters graphic on page A7 on Monday, which the Courier published as supplied, showed the wrong scale for a chart of heating oil prices.",
      note="mention: a correction about a wire graphic; the corrections column is the site's own", tz="-04:00"),
    C("corrx", "en", "leafriverpress.com", "www", "Leaf River Press", "en_corr_hattiesburg", "wire", "The Associated Press", AP,
      credits=[("end", "— The Associated Press")], byline="The Associated Press",
      note="wire: AP's own correction of its story, run by a member paper with AP's sign-off", tz="-05:00"),
    C("corrx", "en", "ledgerdispatch.com", "www", "Cheshire Ledger-Dispatch", "en_corr_keene", "own_page",
      own=[("end", "Corrections are compiled by the Cheshire Ledger-Dispatch standards desk.")],
      note="own page: the corrections column names its own desk", tz="-04:00"),
    C("corrx", "en", "hubcitycurrent.com", "www", "Hub City Current", "en_corr_hattiesburg", "no_credit",
      note="no credit: the site's own correction", tz="-05:00"),
    C("corrx", "en", "petalriverweekly.com", "www", "Petal River Weekly", "en_corr_hattiesburg", "in_table", "USA Today", ("USA Today", "USA TODAY"),
      credits=[("end", "This correction was first published by USA TODAY.")], byline="-",
      note="in table: a correction republished from USA TODAY (its network ran the story)", tz="-05:00"),
    # --- briefs ---
    C("briefs", "en", "humboldtcourier.com", "www", "Humboldt Courier", "en_nevada_briefs", "wire", "The Associated Press", AP,
      credits=[("foot", "Compiled from Associated Press reports.")],
      note="wire: the briefs column's footer", tz="-07:00"),
    C("briefs", "en", "rubyvalleyrecord.com", "www", "Ruby Valley Record", "en_nevada_briefs", "no_credit",
      note="no credit: 'From staff and wire reports' names nobody", tz="-07:00", extra={"foot": "From staff and wire reports"}),
    C("briefs", "en", "northeastnevadan.com", "www", "The Northeast Nevadan", "en_nevada_briefs", "own_page",
      own=[("foot", "Compiled by The Northeast Nevadan news staff.")],
      note="own page: the column footer names the site's own staff", tz="-07:00"),
    C("briefs", "en", "porcupinetimesrecord.ca", "www", "Porcupine Times-Record", "en_ontario_briefs", "wire", "The Canadian Press", CP,
      credits=[("foot", "Source: The Canadian Press")],
      note="wire: a source line closing the briefs", tz="-04:00"),
    C("briefs", "en", "mattagamiweekly.ca", "www", "Mattagami Weekly", "en_ontario_briefs", "out_of_table", "Cochrane Northland Post", ("Cochrane Northland Post", "Northland Post", "northlandpost.ca"),
      markup=[("canonical", "https://www.northlandpost.ca/news/northern-ontario-in-brief-march-17-2027/"), ("sourceOrganization", "Cochrane Northland Post")],
      note="out of table, markup only (invented): canonical link and JSON-LD name the group paper the briefs come from; no visible credit", tz="-04:00"),
    C("briefs", "en", "claybelttimesonline.ca", "www", "Clay Belt Times", "en_ontario_briefs", "negative_caption",
      caption="Open water on the Kapuskasing River near the Riverside Drive bridge on Monday. (CBC North photo)",
      note="caption: a photo credited to CBC North", tz="-04:00"),
    # --- obituaries ---
    C("obit", "en", "heartlandtributesonline.com", "www", "Heartland Tributes", "en_obit_cape", "out_of_table", "Cape Girardeau Riverfront Courier", ("Cape Girardeau Riverfront Courier", "Riverfront Courier", "riverfrontcourier.com"),
      credits=[("end", "Published by Cape Girardeau Riverfront Courier on Mar. 17, 2027.")],
      note="out of table (invented): an obituary host's 'Published by' line names the paper the notice ran in", tz="-05:00", extra={"dates": "June 2, 1939 – March 14, 2027", "where": "Cape Girardeau, MO", "home": "Ruesler & Sons Funeral Home"}),
    C("obit", "en", "riverfrontcourier.com", "obituaries", "Cape Girardeau Riverfront Courier", "en_obit_cape", "own_page",
      own=[("end", "Published by Cape Girardeau Riverfront Courier on Mar. 17, 2027.")],
      note="own page: the same 'Published by' line on the paper's own obituary pages", tz="-05:00", extra={"dates": "June 2, 1939 – March 14, 2027", "where": "Cape Girardeau, MO", "home": "Ruesler & Sons Funeral Home"}),
    C("obit", "en", "thewaitakitributes.co.nz", "www", "Waitaki Tributes", "en_obit_oamaru", "negative_caption",
      caption="Ian McCaw at work on a Tyne Street cornice in 1998. Photo: Oamaru Mail archive",
      note="caption: an archive photo credited to a paper", tz="+13:00", extra={"dates": "1942 – 2027", "where": "Oamaru", "home": "Waitaki Funeral Services"}),
    C("obit", "en", "northotagonotices.co.nz", "www", "North Otago Notices", "en_obit_oamaru", "out_of_table", "Otago Daily Times", ("Otago Daily Times", "ODT"),
      credits=[("top", "This obituary first appeared in the Otago Daily Times.")],
      note="out of table: a notice site's line above the obituary", tz="+13:00", extra={"dates": "1942 – 2027", "where": "Oamaru", "home": "Waitaki Funeral Services"}),
    C("obit", "en", "oranaecho.com.au", "www", "Orana Echo", "en_obit_dubbo", "in_table", "ABC Australia", ("ABC Australia", "ABC Western Plains", "ABC News Australia", "Australian Broadcasting Corporation"),
      credits=[("end", "This story was first published by ABC Western Plains.")],
      note="in table: a local service of a table outlet, answered by the table's name", tz="+11:00", extra={"dates": "1947 – 2027", "where": "Dubbo, NSW", "home": "Macquarie Family Funerals"}),
    C("obit", "en", "themacquarieriverpost.com.au", "www", "Macquarie River Post", "en_obit_dubbo", "negative_mention",
      mention="The Land newspaper named him one of the state's great auctioneers in a 2015 feature.",
      note="mention: a farm paper's feature, cited", tz="+11:00", extra={"dates": "1947 – 2027", "where": "Dubbo, NSW", "home": "Macquarie Family Funerals"}),
    # --- police and court logs ---
    C("blotter", "en", "pineywoodsjournal.com", "www", "Piney Woods Journal", "en_log_nacogdoches", "no_credit",
      note="no credit: the police department is the log's source, not a publisher", tz="-05:00", extra={"source": "Information is from Nacogdoches Police Department reports."}),
    C("blotter", "en", "angelinacountyvoice.com", "www", "Angelina County Voice", "en_log_nacogdoches", "out_of_table", "East Texas Lantern", ("East Texas Lantern", "The East Texas Lantern"),
      credits=[("top", "This log is shared by our news partner, the East Texas Lantern.")],
      note="out of table (invented): a news partner's log", tz="-05:00"),
    C("blotter", "en", "nacogdochesbulletin.com", "www", "Nacogdoches Bulletin", "en_log_nacogdoches", "negative_mention",
      mention="KTRE-TV reported on Monday that catalytic converter thefts in the county have doubled since last spring.",
      note="mention: a station's report, cited in the log", tz="-05:00"),
    C("blotter", "en", "theheadwatersnorthern.com", "www", "Headwaters Northern", "en_log_bemidji", "no_credit",
      note="no credit: the sheriff's office is the source, not a publisher", tz="-05:00", extra={"source": "Information in the sheriff's log comes from the Beltrami County Sheriff's Office."}),
    C("blotter", "en", "paulbunyanpress.com", "www", "Paul Bunyan Press", "en_log_bemidji", "negative_caption",
      caption="A fish house remains on Lake Bemidji on Monday, past the removal deadline. (Photo: Lakeland PBS)",
      note="caption: a still credited to a public station", tz="-05:00"),
    C("blotter", "en", "turtleriverreporter.com", "www", "Turtle River Reporter", "en_log_bemidji", "no_credit",
      note="no credit", tz="-05:00"),
    # --- council and school notices ---
    C("notices", "en", "mcintyrecourier.ca", "www", "McIntyre Courier", "en_notice_timmins", "no_credit",
      note="no credit: the city clerk's office submits the notes", tz="-04:00", extra={"source": "Submitted by the City of Timmins clerk's office."}),
    C("notices", "en", "schumacherbeacon.ca", "www", "Schumacher Beacon", "en_notice_timmins", "out_of_table", "The Gold Centre Gazette", ("The Gold Centre Gazette", "Gold Centre Gazette"),
      credits=[("end", "These council notes first appeared in The Gold Centre Gazette.")],
      note="out of table (invented)", tz="-04:00"),
    C("notices", "en", "northernlightscourier.ca", "www", "Northern Lights Courier", "en_notice_timmins", "negative_caption",
      caption="Snow piles at the Shirley Street dump site in February. (Photo: CTV Northern Ontario)",
      note="caption: a still credited to a table outlet's local service", tz="-04:00"),
    C("notices", "en", "kendalbugle.co.uk", "www", "The Kendal Bugle", "en_notice_kendal", "own_page",
      own=[("end", "These notices appeared in the print edition of The Kendal Bugle on Wednesday 17 March 2027.")],
      note="own page: the print line names the site's own paper", tz="+00:00"),
    C("notices", "en", "thesouthlakesnoticeboard.co.uk", "www", "South Lakes Noticeboard", "en_notice_kendal", "no_credit",
      note="no credit", tz="+00:00"),
    C("notices", "en", "westmorlandweekly.co.uk", "www", "Westmorland Weekly", "en_notice_kendal", "negative_caption",
      caption="Stricklandgate in the town centre, which closes overnight next week. (Picture: Cumbria Crack)",
      note="caption: a picture credited to a local news site", tz="+00:00"),
    # --- explainers ---
    C("explainer", "en", "capecountyinsider.com", "www", "Cape County Insider", "en_explain_levy", "out_of_table", "Missouri Independent", ("Missouri Independent", "The Missouri Independent"),
      credits=[("end", "This article was originally published by the Missouri Independent, part of States Newsroom.")],
      note="out of table: a States Newsroom outlet; the answer is the outlet, not the network", tz="-05:00"),
    C("explainer", "en", "thebootheelbriefing.com", "www", "Bootheel Briefing", "en_explain_levy", "negative_mention",
      mention="The Southeast Missourian has published the county's levy hearing notices each August since the 1990s.",
      note="mention: a paper named as where the notices run", tz="-05:00"),
    C("explainer", "en", "whitestonetimes.co.nz", "www", "Whitestone Times", "en_explain_tide", "in_table", "The Conversation", ("The Conversation", "Conversation", "theconversation.com"),
      credits=[("end", "This article is republished from The Conversation under a Creative Commons license. Read the original article.")],
      note="in table: the Creative Commons republishing line", tz="+13:00"),
    C("explainer", "en", "kakanuicoast.co.nz", "www", "Kakanui Coast News", "en_explain_tide", "in_table", "RNZ", ("RNZ", "Radio New Zealand", "rnz.co.nz"),
      markup=[("canonical", "https://www.rnz.co.nz/news/explainer/king-tides-oamaru-harbour-road"), ("sourceOrganization", "Radio New Zealand")],
      note="in table, markup only: canonical link and JSON-LD sourceOrganization point to RNZ; no visible credit", tz="+13:00"),
    C("explainer", "en", "theotagocoastreporter.co.nz", "www", "Otago Coast Reporter", "en_explain_tide", "negative_caption",
      caption="Sea water over the harbour road during last year's autumn king tide. (Photo: Otago Daily Times)",
      note="caption", tz="+13:00"),
    # ======================= Chinese (7) =======================
    C("eptext", "zh", "liujiangchenbao.cn", "epaper", "柳江晨报", "zh_liuzhou", "wire", "Xinhua", ("Xinhua", "新华社", "Xinhua News Agency"),
      credits=[("end", "来源：新华社")], ui="zh-CN", byline="-",
      note="wire: 来源 line under the text of an e-paper's text view", tz="+08:00", extra={"page": "03", "edition": "柳州版"}),
    C("eptext", "zh", "zhuluodaily.com.tw", "epaper", "諸羅日報", "zh_chiayi", "negative_mention",
      mention="《聯合報》先前報導，文化路夜市假日單日人潮可達三萬人次。", ui="zh-TW",
      note="mention: another paper's figure, cited (Traditional Chinese)", tz="+08:00", extra={"page": "A4", "edition": "嘉義版"}),
    C("briefs", "zh", "longchengwanbao.cn", "www", "龙城晚报", "zh_liuzhou_briefs", "no_credit", ui="zh-CN",
      note="no credit: （本报综合） is the paper's own compiling tag, naming no other outlet", tz="+08:00", extra={"foot": "（本报综合）"}),
    C("archive", "zh", "jianhuzhoukan.cn", "www", "鉴湖周刊", "zh_shaoxing1987", "out_of_table", "钱江晚报", ("钱江晚报", "錢江晚報", "Qianjiang Evening News"),
      credits=[("meta", "原载：《钱江晚报》1987年3月17日 第2版")], ui="zh-CN",
      note="out of table: an 'old papers re-read' archive page naming the paper it reprints", tz="+08:00"),
    C("explainer", "zh", "kepukuaibao.cn", "www", "科普快报", "zh_explain", "in_table", "People's Daily", ("People's Daily", "人民网", "人民日报", "Peoples Daily"),
      credits=[("end", "资料来源：人民网")], ui="zh-CN",
      note="in table: 资料来源 (source of the material) naming 人民网", tz="+08:00"),
    C("explainer", "zh", "nongjiazhinan.cn", "www", "农家指南报", "zh_explain", "no_credit", ui="zh-CN",
      note="no credit", tz="+08:00"),
    C("obit", "zh", "chiayilife.com.tw", "www", "嘉義生活報", "zh_chiayi_obit", "no_credit", ui="zh-TW",
      note="no credit: a family notice", tz="+08:00", extra={"dates": "民國二十四年 – 民國一百一十六年", "where": "嘉義市", "home": "嘉義市立殯儀館"}),
    # ======================= Thai (5) =======================
    C("replica", "th", "nakhonsawanpost.com", "epaper", "นครสวรรค์โพสต์", "th_nakhonsawan", "in_table", "Bangkok Post", ("Bangkok Post", "บางกอกโพสต์"),
      credits=[("end", "ที่มา: Bangkok Post")],
      note="in table: ที่มา (source) line under a print-replica article", tz="+07:00", extra={"page": "3", "jump": "8"}),
    C("eptext", "th", "paknamphonews.com", "epaper", "ปากน้ำโพนิวส์", "th_nakhonsawan", "own_page",
      own=[("end", "ข่าวนี้ตีพิมพ์ในหนังสือพิมพ์ปากน้ำโพนิวส์ ฉบับวันพุธที่ 17 มีนาคม 2570")],
      note="own page: the print line names the site's own paper (Buddhist-era year)", tz="+07:00", extra={"page": "1", "edition": "นครสวรรค์"}),
    C("briefs", "th", "khelangnakhon.com", "www", "เขลางค์นคร", "th_lampang_briefs", "out_of_table", "สำนักข่าวไทย อสมท", ("สำนักข่าวไทย อสมท", "สำนักข่าวไทย", "Thai News Agency", "อสมท"),
      credits=[("foot", "ที่มา: สำนักข่าวไทย อสมท")],
      note="out of table: a national agency outside the table files", tz="+07:00"),
    C("explainer", "th", "withchuanru.com", "www", "วิทย์ชวนรู้", "th_explain", "in_table", "BBC", ("BBC", "BBC News ไทย", "BBC Thai", "BBC News"),
      credits=[("end", "ขอบคุณข้อมูลจาก BBC News ไทย")],
      note="in table: 'thanks for the information from' (the Thai credit convention) naming BBC Thai", tz="+07:00"),
    C("obit", "th", "borapetnews.com", "www", "บอระเพ็ดนิวส์", "th_obit", "negative_caption",
      caption="ครูสมศรี แก้วประเสริฐ ขณะร่วมงานวันครูเมื่อปี 2565 (ภาพ: ไทยพีบีเอส)",
      note="caption: a photo credited to Thai PBS", tz="+07:00", extra={"dates": "2481 – 2570", "where": "นครสวรรค์", "home": "วัดวรนาถบรรพต"}),
    # ======================= Malay (6) =======================
    C("replica", "ms", "wartadarulaman.com.my", "edigital", "Warta Darul Aman", "ms_alorsetar", "wire", "Bernama", ("Bernama", "BERNAMA"),
      credits=[("end", "-- BERNAMA")], dateline="ALOR SETAR, 17 Mac --", byline="-",
      note="wire: Bernama's dateline and '-- BERNAMA' sign-off", tz="+08:00", extra={"page": "12", "jump": "14"}),
    C("corrx", "ms", "utaraharian.com.my", "www", "Utara Harian", "ms_alorsetar", "negative_mention",
      mention="Sinar Harian sebelum ini melaporkan bahawa kerja itu dijangka bermula pada bulan lalu.",
      note="mention: a corrected article citing another paper", tz="+08:00"),
    C("eptext", "ms", "suarasandakan.com.my", "epaper", "Suara Sandakan", "ms_sandakan", "out_of_table", "Harian Ekspres", ("Harian Ekspres",),
      credits=[("end", "Sumber: Harian Ekspres")],
      note="out of table: 'Sumber:' line", tz="+08:00", extra={"page": "6", "edition": "Sandakan"}),
    C("briefs", "ms", "ringkasanutara.com.my", "www", "Ringkasan Utara", "ms_kedah_briefs", "out_of_table", "Utusan Malaysia", ("Utusan Malaysia", "Utusan"),
      credits=[("foot", "Sumber: Utusan Malaysia")],
      note="out of table: the briefs' source line", tz="+08:00"),
    C("blotter", "ms", "sabahtimur.com.my", "www", "Sabah Timur", "ms_log_sandakan", "negative_caption",
      caption="Enjin sangkut yang ditemui polis di Batu Sapi. (Foto: Harian Ekspres)",
      note="caption", tz="+08:00"),
    C("explainer", "ms", "cuacakita.com.my", "www", "Cuaca Kita", "ms_explain", "out_of_table", "Astro Awani", ("Astro Awani", "AWANI"),
      credits=[("end", "Sumber: Astro Awani")],
      note="out of table", tz="+08:00"),
    # ======================= Tagalog (5) =======================
    C("replica", "tl", "balitangtimog.ph", "edition", "Balitang Timog", "tl_lucena", "negative_caption",
      caption="Ang bagong terminal sa Lucena City. (Kuha ng GMA Regional TV)",
      note="caption: 'kuha ng' (taken by) a station", tz="+08:00", extra={"page": "2", "jump": "7"}),
    C("briefs", "tl", "quezonngayon.ph", "www", "Quezon Ngayon", "tl_quezon_briefs", "negative_mention",
      mention="Unang iniulat ng DZMM ang pagguho ng lupa sa Pagbilao noong Lunes ng umaga.", extra={"mention_at": "3"},
      note="mention: a radio station reported the landslide first", tz="+08:00"),
    C("blotter", "tl", "bantaytarlac.ph", "www", "Bantay Tarlac", "tl_log_tarlac", "negative_caption",
      caption="Ang checkpoint sa Barangay San Vicente. (Larawan mula sa Abante)",
      note="caption", tz="+08:00"),
    C("obit", "tl", "pahayaglucena.ph", "www", "Pahayagang Lucena", "tl_obit", "out_of_table", "Pilipino Star Ngayon", ("Pilipino Star Ngayon", "PSN"),
      credits=[("end", "Unang nalathala ang artikulong ito sa Pilipino Star Ngayon.")],
      note="out of table: 'first published in'", tz="+08:00", extra={"dates": "1935 – 2027", "where": "Lucena City", "home": "Barangay Isabang"}),
    C("notices", "tl", "balitangbarangay.ph", "www", "Balitang Barangay", "tl_notice_lucena", "no_credit",
      note="no credit", tz="+08:00"),
    # ======================= Hindi (6) =======================
    C("eptext", "hi", "purvanchalprahari.in", "epaper", "पूर्वांचल प्रहरी", "hi_gorakhpur", "wire", "Press Trust of India", ("Press Trust of India", "PTI", "भाषा", "PTI-Bhasha", "पीटीआई-भाषा"),
      credits=[("end", "भाषा किशोर मनीषा")], dateline="गोरखपुर, 17 मार्च (भाषा)", byline="-",
      note="wire: PTI-Bhasha's dateline and its desk sign-off ('भाषा' and the editors' names)", tz="+05:30", extra={"page": "3", "edition": "गोरखपुर सिटी"}),
    C("replica", "hi", "raptisandesh.in", "epaper", "राप्ती संदेश", "hi_gorakhpur", "own_page",
      own=[("end", "यह समाचार राप्ती संदेश के 17 मार्च 2027 के मुद्रित संस्करण में पृष्ठ 3 पर प्रकाशित हुआ।")],
      note="own page: print line naming the site's own paper", tz="+05:30", extra={"page": "3", "jump": "9"}),
    C("eptext", "hi", "ruhelkhandjagriti.in", "epaper", "रुहेलखंड जागृति", "hi_bareilly", "in_table", "Dainik Jagran", ("Dainik Jagran", "दैनिक जागरण", "Jagran"),
      credits=[("end", "साभार: दैनिक जागरण")],
      note="in table: साभार (with thanks to)", tz="+05:30", extra={"page": "2", "edition": "बरेली"}),
    C("blotter", "hi", "bareillybulletin.in", "www", "बरेली बुलेटिन", "hi_log_bareilly", "in_table", "Hindustan Times", ("Hindustan Times", "Hindustan", "हिन्दुस्तान", "हिंदुस्तान", "Live Hindustan"),
      credits=[("end", "साभार: हिन्दुस्तान")],
      note="in table: the Hindi daily Hindustan, filed under the table's name", tz="+05:30"),
    C("yearsago", "hi", "gorakhdhamtimes.in", "www", "गोरखधाम टाइम्स", "hi_gorakhpur1977", "negative_mention",
      mention="उस समय 'आज' अखबार ने भी इस पुल के निर्माण में हुई देरी पर टिप्पणी की थी।",
      note="mention: another paper's comment at the time", tz="+05:30"),
    C("obit", "hi", "gorakhpurvani.in", "www", "गोरखपुर वाणी", "hi_obit", "negative_caption",
      caption="रमाकांत त्रिपाठी (फाइल फोटो: अमर उजाला)",
      note="caption: a file photo credited to a table outlet", tz="+05:30", extra={"dates": "1943 – 2027", "where": "गोरखपुर", "home": "राजघाट"}),
    # ======================= Urdu (5) =======================
    C("replica", "ur", "roznamacholistan.com.pk", "epaper", "روزنامہ چولستان", "ur_bahawalpur", "no_credit", byline="نمائندہ خصوصی",
      note="no credit: a staff correspondent's report", tz="+05:00", extra={"page": "2", "jump": "7"}),
    C("eptext", "ur", "bahawalpurawaz.com.pk", "epaper", "بہاولپور آواز", "ur_bahawalpur", "negative_mention",
      mention="اس سے قبل روزنامہ جنگ نے بھی سڑک کی خستہ حالی کی نشاندہی کی تھی۔",
      note="mention: another paper pointed out the road's state", tz="+05:00", extra={"page": "3", "edition": "بہاولپور"}),
    C("briefs", "ur", "sindhsada.com.pk", "www", "سندھ صدا", "ur_sukkur_briefs", "in_table", "Geo News", ("Geo News", "جیو نیوز", "Geo"),
      credits=[("foot", "بشکریہ: جیو نیوز")],
      note="in table: بشکریہ (courtesy of)", tz="+05:00"),
    C("notices", "ur", "roznamabahawal.com.pk", "www", "روزنامہ بہاول", "ur_notice_bahawalpur", "negative_mention",
      mention="ریڈیو پاکستان بہاولپور نے بھی ان اعلانات کو اپنی خبروں میں نشر کیا۔",
      note="mention: a broadcaster also aired the notices", tz="+05:00"),
    C("archive", "ur", "derawarchronicle.com.pk", "www", "ڈیراور کرانیکل", "ur_bahawalpur1977", "no_credit",
      note="no credit", tz="+05:00"),
    # ======================= Arabic (6) =======================
    C("replica", "ar", "sadasahel.tn", "journal", "صدى الساحل", "ar_sousse", "wire", "Tunis Afrique Presse", ("Tunis Afrique Presse", "TAP", "وات", "وكالة تونس إفريقيا للأنباء"),
      credits=[("meta", "المصدر: وات")], dateline="سوسة (وات) -", byline="-",
      note="wire: TAP's dateline and the source line in the byline row", tz="+01:00", extra={"page": "5", "jump": "11"}),
    C("corrx", "ar", "adwaasousse.tn", "www", "أضواء سوسة", "ar_sousse", "negative_caption",
      caption="أشغال تهيئة الكورنيش بسوسة (صورة: موزاييك إف إم)",
      note="caption: a corrected article whose photo is credited to a radio station", tz="+01:00"),
    C("eptext", "ar", "sawtaldelta.com.eg", "epaper", "صوت الدلتا", "ar_mansoura", "out_of_table", "الشروق", ("الشروق", "جريدة الشروق", "Shorouk News", "Al Shorouk"),
      credits=[("end", "نقلاً عن جريدة الشروق")],
      note="out of table: نقلاً عن (quoted from)", tz="+02:00", extra={"page": "4", "edition": "الدقهلية"}),
    C("obit", "ar", "daqahliatodayonline.com.eg", "www", "الدقهلية اليوم", "ar_obit", "no_credit",
      note="no credit: an obituary by the site", tz="+02:00", extra={"dates": "1946 – 2027", "where": "المنصورة", "home": "دار المناسبات"}),
    C("archive", "ar", "dhakiratsousseonline.tn", "www", "ذاكرة سوسة", "ar_sousse1977", "negative_caption",
      caption="السوق البلدية الجديدة يوم تدشينها (أرشيف جريدة لابريس)",
      note="caption: an archive photo credited to a paper", tz="+01:00"),
    C("explainer", "ar", "alfalakalyawm.com", "www", "الفلك اليوم", "ar_explain", "in_table", "Al Jazeera", ("Al Jazeera", "الجزيرة نت", "الجزيرة", "Aljazeera.net"),
      credits=[("end", "المصدر: الجزيرة نت")],
      note="in table", tz="+03:00"),
    # ======================= Russian (5) =======================
    C("replica", "ru", "tambovkurier.ru", "pdf", "Тамбовский курьер", "ru_tambov", "out_of_table", "Тамбовская жизнь", ("Тамбовская жизнь", "«Тамбовская жизнь»"),
      credits=[("end", "По материалам газеты «Тамбовская жизнь»")],
      note="out of table: 'based on material from' another paper", tz="+03:00", extra={"page": "2", "jump": "5"}),
    C("archive", "ru", "komiletopis.ru", "www", "Коми летопись", "ru_syktyvkar1977", "wire", "TASS", ("TASS", "ТАСС", "ИТАР-ТАСС"),
      credits=[("meta", "Источник: ТАСС")], dateline="СЫКТЫВКАР, 16 марта. (ТАСС).",
      note="wire: a Soviet-era TASS dateline and the archive record's source field", tz="+03:00"),
    C("yearsago", "ru", "vechernysyktyvkar.ru", "www", "Вечерний Сыктывкар", "ru_syktyvkar1977", "own_page",
      own=[("top", "Публикуется по тексту газеты «Вечерний Сыктывкар» от 17 марта 1977 года.")],
      note="own page: the column quotes the site's own old edition", tz="+03:00"),
    C("blotter", "ru", "tsninskayapravda.ru", "www", "Цнинская правда", "ru_log_tambov", "negative_mention",
      mention="Как ранее писал «Коммерсантъ-Черноземье», число телефонных мошенничеств в области за год выросло почти на треть.",
      note="mention", tz="+03:00"),
    C("explainer", "ru", "prirodavopros.ru", "www", "Природа: вопросы и ответы", "ru_explain", "wire", "RIA Novosti", ("RIA Novosti", "РИА Новости", "RIA"),
      credits=[("end", "Источник: РИА Новости")],
      note="wire", tz="+03:00"),
    # ======================= Ukrainian (5) =======================
    C("eptext", "uk", "ternopilskahvylia.com.ua", "epaper", "Тернопільська хвиля", "uk_ternopil", "wire", "Ukrinform", ("Ukrinform", "Укрінформ"),
      credits=[("end", "Джерело: Укрінформ")], byline="-",
      note="wire", tz="+02:00", extra={"page": "3", "edition": "Тернопіль"}),
    C("corrx", "uk", "serettimes.com.ua", "www", "Серетські часи", "uk_ternopil", "out_of_table", "Суспільне Тернопіль", ("Суспільне Тернопіль", "Суспільне", "Suspilne", "Suspilne Ternopil"),
      credits=[("end", "Джерело: Суспільне Тернопіль")],
      note="out of table: a public broadcaster's regional newsroom", tz="+02:00"),
    C("briefs", "uk", "dniprovyikremenchuk.com.ua", "www", "Дніпровий Кременчук", "uk_kremenchuk_briefs", "wire", "UNIAN", ("UNIAN", "УНІАН"),
      credits=[("foot", "Джерело: УНІАН")],
      note="wire", tz="+02:00"),
    C("blotter", "uk", "podilskakhronika.com.ua", "www", "Подільська хроніка", "uk_log_ternopil", "negative_caption",
      caption="Вилучені велосипеди (фото: Суспільне Тернопіль)",
      note="caption", tz="+02:00"),
    C("yearsago", "uk", "kremenchukmynule.com.ua", "www", "Кременчук: минуле", "uk_kremenchuk1977", "out_of_table", "Придніпровська зоря", ("Придніпровська зоря", "«Придніпровська зоря»"),
      credits=[("top", "Передруковано з газети «Придніпровська зоря» за 17 березня 1977 року.")],
      note="out of table (invented Soviet-era paper): the reprint line above the column's text", tz="+02:00"),
    # ======================= European Portuguese (6) =======================
    C("replica", "pt", "gazetabeiraalta.pt", "digital", "Gazeta da Beira Alta", "pt_viseu", "own_page",
      own=[("end", "Artigo publicado na edição impressa da Gazeta da Beira Alta de 17 de março de 2027.")], ui="pt-PT",
      note="own page", tz="+00:00", extra={"page": "4", "jump": "10"}),
    C("corrx", "pt", "viriatonoticias.pt", "www", "Viriato Notícias", "pt_viseu", "no_credit", ui="pt-PT",
      note="no credit: the site's own corrected article", tz="+00:00"),
    C("archive", "pt", "jornaldolis.pt", "arquivo", "Jornal do Lis", "pt_leiria1977", "own_page",
      own=[("top", "Publicado originalmente na edição de 17 de março de 1977 do Jornal do Lis.")], ui="pt-PT",
      note="own page", tz="+00:00"),
    C("yearsago", "pt", "regiaodopinhal.pt", "www", "Região do Pinhal", "pt_leiria1977", "negative_mention",
      mention="Na mesma semana, o Diário de Notícias dedicou à nova ponte uma pequena nota na página das províncias.", ui="pt-PT",
      note="mention", tz="+00:00"),
    C("obit", "pt", "vozdaoelafoes-online.pt", "www", "Voz do Dão e Lafões", "pt_obit", "out_of_table", "Jornal do Centro", ("Jornal do Centro",),
      credits=[("end", "Nota publicada originalmente no Jornal do Centro.")], ui="pt-PT",
      note="out of table", tz="+00:00", extra={"dates": "1940 – 2027", "where": "Viseu", "home": "Agência Funerária"}),
    C("briefs", "pt", "beirasnoticias.pt", "www", "Beiras Notícias", "pt_viseu_briefs", "wire", "Agência Lusa", ("Agência Lusa", "Lusa", "Agencia Lusa"),
      credits=[("foot", "Fonte: Lusa")], ui="pt-PT",
      note="wire", tz="+00:00"),
    # ======================= Catalan (6) =======================
    C("replica", "ca", "bagesdiari.cat", "edicio", "Bages Diari", "ca_manresa", "negative_caption",
      caption="Un dels accessos a la zona de baixes emissions. (Foto: Regió7)",
      note="caption", tz="+01:00", extra={"page": "6", "jump": "12"}),
    C("obit", "ca", "comiatsbages.cat", "www", "Comiats Bages", "ca_obit", "negative_mention",
      mention="El diari Regió7 li havia dedicat una entrevista l'any 2015, amb motiu del reconeixement municipal.",
      note="mention", tz="+01:00", extra={"dates": "1938 – 2027", "where": "Manresa", "home": "Tanatori municipal"}),
    C("notices", "ca", "veinsdemanresa.cat", "www", "Veïns de Manresa", "ca_notice_manresa", "out_of_table", "El Pou de la Gallina", ("El Pou de la Gallina",),
      credits=[("end", "Aquests avisos es van publicar originalment al setmanari El Pou de la Gallina.")],
      note="out of table", tz="+01:00"),
    C("archive", "ca", "garrotxamemoria.cat", "www", "Garrotxa Memòria", "ca_olot1977", "out_of_table", "La Comarca d'Olot", ("La Comarca d'Olot",),
      credits=[("meta", "Publicat originalment a La Comarca d'Olot, 17 de març de 1977")],
      note="out of table: the record row of a digitised archive", tz="+01:00"),
    C("explainer", "ca", "elcelquecau.cat", "www", "El cel que cau", "ca_explain", "negative_mention",
      mention="Com explicava fa uns anys el diari Ara, la confusió entre calamarsa i pedra és habitual fins i tot entre els pagesos.",
      note="mention", tz="+01:00"),
    C("briefs", "ca", "bagesnord.cat", "www", "Bages Nord", "ca_bages_briefs", "wire", "Europa Press", ("Europa Press",),
      credits=[("foot", "Font: Europa Press")],
      note="wire", tz="+01:00"),
    # ======================= Hebrew (6) =======================
    C("eptext", "he", "emekhayom.co.il", "epaper", "עמק היום", "he_afula", "in_table", "Haaretz", ("Haaretz", "הארץ", "Ha'aretz"),
      credits=[("end", "הכתבה פורסמה לראשונה בעיתון 'הארץ'")],
      note="in table", tz="+02:00", extra={"page": "6", "edition": "עמק יזרעאל"}),
    C("corrx", "he", "doaryizreel.co.il", "www", "דואר יזרעאל", "he_afula", "own_page",
      own=[("end", "© כל הזכויות שמורות לדואר יזרעאל")],
      note="own page: the site's own copyright line under its corrected article", tz="+02:00"),
    C("archive", "he", "hofhagalil.co.il", "archive", "חוף הגליל", "he_nahariya1977", "negative_mention",
      mention="כתב 'דבר' שביקר בעיר באותו שבוע כתב כי הטיילת היא הגאווה החדשה של הצפון.",
      note="mention", tz="+02:00"),
    C("yearsago", "he", "gaatonnews24.co.il", "www", "חדשות הגעתון", "he_nahariya1977", "no_credit",
      note="no credit", tz="+02:00"),
    C("obit", "he", "zikaronbaemek.co.il", "www", "זיכרון בעמק", "he_obit", "negative_caption",
      caption="אברהם גולדשטיין בגינה הציבורית בשכונה (צילום: ynet)",
      note="caption", tz="+02:00", extra={"dates": "1934 – 2027", "where": "עפולה", "home": "בית העלמין בעפולה"}),
    C("explainer", "he", "madaplusonline.co.il", "www", "מדע פלוס", "he_explain", "no_credit",
      note="no credit", tz="+02:00"),
]

# ---------------------------------------------------------------- chrome data (names outlets too)
#: Invented staff names, by language (a page's byline takes one by its site).
AUTHORS = {
    "en": ["Dana Whitcomb", "Marcus Ellery", "Priya Castellano", "Owen Tuttle", "Kerry Ann Mabry", "Jess Kowalczyk"],
    "zh": ["李晓雯", "韦建国", "覃丽萍", "周家豪"],
    "th": ["ณัฐพล ศรีสุข", "กมลวรรณ ทองดี", "ธีรวัฒน์ บุญมา"],
    "ms": ["Nurul Ain Hashim", "Mohd Faizal Ramli", "Siti Zubaidah Osman"],
    "tl": ["Jerome Dimaano", "Kristine Salazar", "Ramon Villareal"],
    "hi": ["अनुराग श्रीवास्तव", "विनय मिश्रा", "राजेश यादव"],
    "ur": ["محمد عرفان", "عمران ملک", "شاہد حسین"],
    "ar": ["سامي بن علي", "كريم الحداد", "هشام عبد الرحمن"],
    "ru": ["Ольга Кузнецова", "Анна Лапина", "Марина Сорокина"],
    "uk": ["Олена Гнатюк", "Наталія Бойко", "Ірина Мельник"],
    "pt": ["Ana Rita Figueiredo", "João Pedro Marques", "Helena Correia"],
    "ca": ["Laia Serra", "Jordi Vilalta", "Marta Puigdollers"],
    "he": ["נועה ברק", "שירה שפירא", "מיכל אזולאי"],
}

#: Author bios, by the page's locale (each names an earlier employer, an outlet).
BIOS = {
    "en-US": "{a} covers local government, courts and schools, and previously reported for the Des Moines Register and the Kansas City Star.",
    "en-CA": "{a} covers city hall and the region, and previously reported for the Winnipeg Free Press.",
    "en-AU": "{a} covers the Goldfields and previously worked for The West Australian.",
    "en-NZ": "{a} covers North Otago and previously worked for the Timaru Herald.",
    "en-GB": "{a} covers South Lakeland and previously worked for the Lancashire Telegraph.",
    "zh-CN": "{a}，本报记者，主要报道城市建设与民生新闻，曾任职于《南方都市报》。",
    "zh-TW": "{a}，本報記者，跑嘉義地方新聞，曾任職於《中國時報》。",
    "th": "{a} ผู้สื่อข่าวประจำจังหวัด เคยร่วมงานกับหนังสือพิมพ์มติชนก่อนย้ายมาประจำกองบรรณาธิการของเรา",
    "ms": "{a} ialah wartawan kami di wilayah utara. Beliau pernah bertugas dengan Berita Harian selama lima tahun.",
    "tl": "Si {a} ay reporter ng aming pahayagan sa timog Luzon at dating nagsulat para sa Remate.",
    "hi": "{a} शहर संवाददाता हैं। इससे पहले वह नवभारत टाइम्स में काम कर चुके हैं।",
    "ur": "{a} ہمارے نمائندہ خصوصی ہیں، اس سے قبل روزنامہ نوائے وقت سے وابستہ رہے۔",
    "ar": "{a} صحفي متخصص في الشؤون المحلية، عمل سابقاً في جريدة الصباح.",
    "ru": "{a} — корреспондент отдела «Город», ранее работала в «Российской газете».",
    "uk": "{a} — журналістка відділу новин, раніше працювала в «Дзеркалі тижня».",
    "pt-PT": "{a} é jornalista da redação de Viseu e colaborou durante vários anos com o Diário de Notícias.",
    "ca": "{a} és periodista de la redacció del Bages i ha col·laborat amb El Periódico.",
    "he": "{a} היא כתבת האתר בעמק, ובעבר כתבה ב'ידיעות אחרונות'.",
}

#: "From our partners" rails, by the page's locale: (link text naming the partner, URL); a page
#: shows three of them.
PARTNERS = {
    "en-US": [
        ("USA TODAY: Spring storms could bring flooding to the Plains", "https://www.usatoday.com/story/weather/2027/03/16/spring-storms-plains-flooding/"),
        ("The Weather Channel: Where the next cold snap is headed", "https://weather.com/forecast/news/2027-03-16-cold-snap-outlook"),
        ("Reuters: Diesel prices ease ahead of planting season", "https://www.reuters.com/business/energy/diesel-prices-ease-planting-2027-03-16/"),
        ("CBS News: The small towns betting on broadband", "https://www.cbsnews.com/news/small-towns-broadband-2027/"),
        ("Newsweek: What the new tax forms mean for retirees", "https://www.newsweek.com/tax-forms-retirees-2027"),
    ],
    "en-CA": [
        ("Global News: Prairie farmers brace for a dry spring", "https://globalnews.ca/news/2027031601/prairie-dry-spring/"),
        ("The Globe and Mail: Small towns and the doctor shortage", "https://www.theglobeandmail.com/canada/article-small-towns-doctor-shortage-2027/"),
        ("CBC News: Ice roads close early in the north", "https://www.cbc.ca/news/canada/north/ice-roads-close-early-2027-1.2027031"),
        ("Toronto Star: What the new carbon rebate means", "https://www.thestar.com/news/canada/2027/03/16/carbon-rebate.html"),
    ],
    "en-AU": [
        ("news.com.au: The outback towns running out of water", "https://www.news.com.au/national/outback-towns-water/news-story/2027031601"),
        ("ABC News: Wheat planting begins early in the west", "https://www.abc.net.au/news/rural/2027-03-16/wheat-planting-early/2027031602"),
        ("The Guardian: Regional hospitals and the locum bill", "https://www.theguardian.com/australia-news/2027/mar/16/regional-hospitals-locum"),
    ],
    "en-NZ": [
        ("Stuff: The small towns with no GP", "https://www.stuff.co.nz/nz-news/2027031601/small-towns-no-gp"),
        ("RNZ: Autumn drought declared in Canterbury", "https://www.rnz.co.nz/news/country/2027031602/autumn-drought-canterbury"),
        ("NZ Herald: The cost of a kilo of butter", "https://www.nzherald.co.nz/business/butter-price-2027/2027031603/"),
    ],
    "en-GB": [
        ("The Guardian: Rural bus routes cut again", "https://www.theguardian.com/uk-news/2027/mar/16/rural-bus-routes-cut"),
        ("BBC News: Flood defences tested by spring tides", "https://www.bbc.co.uk/news/uk-england-2027031601"),
        ("The Independent: The towns reopening their lidos", "https://www.independent.co.uk/news/uk/home-news/lidos-reopen-2027-a2027031.html"),
    ],
    "zh-CN": [
        ("新华网：各地春耕生产有序推进", "http://www.news.cn/local/20270316/chungeng.html"),
        ("人民网：多地迎来春季赏花高峰", "http://society.people.com.cn/n1/2027/0316/shanghua.html"),
        ("澎湃新闻：城市更新中的老街巷", "https://www.thepaper.cn/newsDetail_forward_2027031601"),
    ],
    "zh-TW": [
        ("中央社：北部今明兩天轉涼", "https://www.cna.com.tw/news/ahel/202703160001.aspx"),
        ("聯合新聞網：春季旅遊熱門景點", "https://udn.com/news/story/7266/2027031602"),
        ("自由時報：雲嘉南水情吃緊", "https://news.ltn.com.tw/news/life/breakingnews/2027031603"),
    ],
    "th": [
        ("ไทยรัฐออนไลน์: กรมอุตุฯ เตือนพายุฤดูร้อน", "https://www.thairath.co.th/news/local/2027031601"),
        ("มติชนออนไลน์: ชาวนาเร่งเก็บเกี่ยวก่อนน้ำแล้ง", "https://www.matichon.co.th/region/news_2027031602"),
        ("Thai PBS: ค่าฝุ่นภาคเหนือยังสูง", "https://www.thaipbs.or.th/news/content/2027031603"),
    ],
    "ms": [
        ("Bernama: Harga ayam dijangka stabil", "https://www.bernama.com/bm/news.php?id=2027031601"),
        ("Berita Harian: Cuti sekolah, lebuh raya sesak", "https://www.bharian.com.my/berita/nasional/2027/03/2027031602"),
        ("Astro Awani: Cuaca panas berterusan di utara", "https://www.astroawani.com/berita-malaysia/2027031603"),
    ],
    "tl": [
        ("Abante: Presyo ng gulay, tumaas", "https://www.abante.com.ph/2027/03/16/presyo-ng-gulay/"),
        ("GMA News: Tag-init, ramdam na", "https://www.gmanetwork.com/news/topstories/nation/2027031601/"),
        ("Rappler: Mga paaralan, naghahanda sa bakasyon", "https://www.rappler.com/philippines/2027-03-16-paaralan-bakasyon/"),
    ],
    "hi": [
        ("दैनिक भास्कर: गेहूं की कटाई शुरू", "https://www.bhaskar.com/local/uttar-pradesh/news/2027031601.html"),
        ("अमर उजाला: होली पर विशेष ट्रेनें", "https://www.amarujala.com/uttar-pradesh/2027031602"),
        ("नवभारत टाइम्स: गर्मी ने दी दस्तक", "https://navbharattimes.indiatimes.com/state/2027031603.cms"),
    ],
    "ur": [
        ("ڈان نیوز: گندم کی خریداری کا آغاز", "https://www.dawnnews.tv/news/2027031601/"),
        ("جیو نیوز: موسم گرم رہنے کا امکان", "https://urdu.geo.tv/latest/2027031602-"),
        ("روزنامہ جنگ: تعلیمی اداروں میں امتحانات", "https://jang.com.pk/news/2027031603"),
    ],
    "ar": [
        ("الجزيرة نت: موجة حر مبكرة في المنطقة", "https://www.aljazeera.net/news/2027/3/16/heat-wave"),
        ("سكاي نيوز عربية: أسعار الخضر قبل الصيف", "https://www.skynewsarabia.com/business/2027031601"),
        ("اليوم السابع: استعدادات لموسم الحصاد", "https://www.youm7.com/story/2027/3/16/2027031602"),
    ],
    "ru": [
        ("РИА Новости: Паводок в регионах", "https://ria.ru/20270316/pavodok-2027031601.html"),
        ("ТАСС: Весенний сев начался на юге", "https://tass.ru/ekonomika/2027031602"),
        ("Лента.ру: Как изменятся тарифы ЖКХ", "https://lenta.ru/news/2027/03/16/tarify/"),
    ],
    "uk": [
        ("Укрінформ: Весняна посівна стартувала", "https://www.ukrinform.ua/rubric-economy/2027031601.html"),
        ("Українська правда: Як зміняться тарифи", "https://www.pravda.com.ua/news/2027/03/16/2027031602/"),
        ("Суспільне: Повінь на заході країни", "https://suspilne.media/2027031603-povin/"),
    ],
    "pt-PT": [
        ("Público: Seca obriga a cortes na rega", "https://www.publico.pt/2027/03/16/local/noticia/seca-rega-2027031601"),
        ("Expresso: O regresso das feiras de primavera", "https://expresso.pt/sociedade/2027-03-16-feiras-primavera"),
        ("RTP Notícias: Neve na serra da Estrela", "https://www.rtp.pt/noticias/pais/neve-serra-estrela_n2027031603"),
    ],
    "ca": [
        ("La Vanguardia: La sequera i els embassaments", "https://www.lavanguardia.com/local/20270316/sequera-embassaments.html"),
        ("Ara: Les escoles rurals que resisteixen", "https://www.ara.cat/societat/escoles-rurals_1_2027031602.html"),
        ("VilaWeb: El temps per a Setmana Santa", "https://www.vilaweb.cat/noticies/temps-setmana-santa-2027/"),
    ],
    "he": [
        ("ynet: הקיץ מקדים להגיע", "https://www.ynet.co.il/news/article/2027031601"),
        ("הארץ: המחסור במורים בפריפריה", "https://www.haaretz.co.il/news/education/2027-03-16/ty-article/2027031602"),
        ("מעריב: עומסי תנועה בכבישי הצפון", "https://www.maariv.co.il/news/israel/article-2027031603"),
    ],
}

#: Headlines a page's related lists carry besides its region's other stories (chrome only).
MORE_HEADLINES = {
    "en-US": ["School board weighs a four-day week", "County fair names its new manager", "Water rates to rise in July", "High school robotics team heads to state"],
    "en-CA": ["Curling club marks its centennial", "Snowmobile trail pass sales climb", "Council debates a new transit depot", "Library adds a seed-lending shelf"],
    "en-AU": ["Shire approves new caravan park", "Show society seeks volunteers", "Rain gauge readings across the district", "Netball courts to be resurfaced"],
    "en-NZ": ["District council consults on rates rise", "A&P show entries open", "Cycle trail to be extended south", "Harbour board approves new moorings"],
    "en-GB": ["Parish council backs new play area", "Fell runners raise cash for mountain rescue", "Market hall stalls to let", "Primary school rated good by inspectors"],
    "zh-CN": ["市区新增两条公交线路", "城区老旧小区改造启动", "春季招聘会下周举行"],
    "zh-TW": ["阿里山花季交通管制", "市區公車路線調整", "嘉義公園步道整修完工"],
}

#: Other headlines of the same old day, for the archive pages' "more from this day" lists.
ARCHIVE_MORE = {
    "en": ["Ration of road salt runs short in county", "High school band wins state honors", "New post office to open in April"],
    "zh": ["市百货大楼春季商品展销开幕", "郊区农民积极备耕", "新华书店开设少儿读物专柜"],
    "ur": ["شہر میں نئی بس سروس کا آغاز", "سالانہ میلہ مویشیاں اختتام پذیر", "کالج میں مشاعرے کا انعقاد"],
    "ar": ["انطلاق موسم جني الزيتون بالساحل", "افتتاح معرض الكتاب بالمدينة", "تعبيد طريق جديد نحو القرى المجاورة"],
    "ru": ["Новый троллейбусный маршрут", "Лыжня зовёт", "В библиотеке — выставка книг о крае"],
    "pt": ["Feira de março abre no domingo", "Nova carreira de autocarro para a Marinha Grande", "Liceu celebra cinquenta anos"],
    "ca": ["Comença la fira de Sant Josep", "Nova línia d'autobús cap a Girona", "L'orfeó prepara el concert de Pasqua"],
    "he": ["נפתח סניף דואר חדש בעיר", "חוף הים ייפתח לרוחצים באפריל", "תלמידי התיכון יצאו לטיול שנתי"],
}

#: Guest-book signatures on obituary pages (invented).
GB_BY = {
    "en": "Marge and Bill Tiller|The Hollister family",
    "zh": "老鄰居 林太太|東市場攤商 全體",
    "th": "ศิษย์เก่า รุ่น 2515|ครอบครัวบุญมา",
    "tl": "Pamilya Dela Cruz|Mga dating estudyante",
    "hi": "नाट्य परिषद, गोरखपुर|पूर्व छात्र",
    "ar": "زملاؤه بكلية الطب|أهالي طلخا",
    "pt": "Família Nogueira|Antigos alunos da banda",
    "ca": "Família Vilaró|Els veïns del carrer",
    "he": "משפחת לוי|ועד השכונה",
}

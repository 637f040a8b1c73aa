# ruff: noqa: E501, RUF001  (one case a line where it fits)
"""Cases of the thirty-eighth blind set: the big national news portals of Europe, the Middle East,
East and Southeast Asia and the Russian-speaking world, and their English editions (see README).

Each case names its site, template family (`chrome38.py`), language, category, story
(`stories38.py`), credit lines by slot (`credits`: the lines a reader must see as credits), the own
marks of an own page (`own`: shown, but not credit lines), the dateline that opens the text, a
mention or caption, and how many paragraphs the page carries (`n`, None = all). All outlets' copy
and prose are invented; sites without a real counterpart are invented too.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    site: str
    lang: str
    fam: str
    category: str
    story: str
    name: str
    credits: tuple[tuple[str, str], ...] = ()
    own: tuple[tuple[str, str], ...] = ()
    publisher: str | None = None
    accept: tuple[str, ...] = ()
    dateline: str = ""
    mention: str = ""
    caption: str = ""
    n: int | None = None
    note: str = ""
    host: str = ""
    section: str = "news"
    author: str = ""


XINHUA = ("Xinhua", "新华社", "Xinhua News Agency")
KYODO = ("Kyodo News", "Kyodo", "共同通信")
YONHAP = ("Yonhap", "연합뉴스", "Yonhap News Agency")
AA = ("Anadolu Agency", "Anadolu", "AA", "Anadolu Ajansı")
CTK = ("ČTK", "CTK", "Czech News Agency")
WAM = ("Emirates News Agency", "WAM", "وام")

CASES: list[Case] = [
    # ---------------------------------------------------------------- cn: Chinese portals (zh)
    Case("dianxiwang.com", "zh", "cn", "in_table", "zh_lijiang", "滇西网", credits=(("bar", "来源：环球网"),), publisher="Global Times", accept=("Global Times", "环球网", "环球时报"), section="yunnan", author="和丽",
         note="Info bar 来源：环球网 (Global Times' site, a table alias) in split label/value markup above the text."),
    Case("yunling-news.cn", "zh", "cn", "wire", "zh_lijiang", "云岭资讯网", credits=(("bar", "来源：新华社"),), publisher="Xinhua", accept=XINHUA, dateline="新华社昆明2月13日电（记者杨晓川）", section="society",
         note="Xinhua copy: dateline 新华社昆明2月13日电 kept; the info bar's 来源：新华社 is the credit line."),
    Case("sanjiang-net.com", "zh", "cn", "out_of_table", "zh_lijiang", "三江新闻网", credits=(("row", "本文来源：中国新闻网"),), publisher="China News Service", accept=("China News Service", "中国新闻网", "中新网", "ECNS"), dateline="中新网丽江2月13日电(记者 和建华) ", section="local",
         note="China News Service copy: its dateline 中新网丽江2月13日电 is kept; the credit is a footer-like row after the related list. China News Service is not in the table files."),
    Case("caiyunnan-net.com", "zh", "cn", "negative_caption", "zh_lijiang", "彩云南网", caption="2月12日，施工人员在丽江古城中河七一街段设置临时围堰。新华社记者 杨晓川 摄", section="travel",
         note="Only the photo is Xinhua's (新华社记者 … 摄 is a photographer's caption); the text is the portal's own."),
    Case("lanmei-wang.com", "zh", "cn", "negative_mention", "zh_lijiang", "蓝莓网", mention="据《人民日报》此前报道，丽江古城自2021年起已多次对水系开展分段治理。", section="news", author="李婧",
         note="Mentions People's Daily's earlier report inside the text; no credit."),
    Case("xueshan-daily.com", "zh", "cn", "no_credit", "zh_lijiang", "雪山日报网", n=3, section="news",
         note="A brief with no credit."),
    # ---------------------------------------------------------------- cn: English editions (en)
    Case("strait-express.com", "en", "cn", "wire", "en_xiamen", "Strait Express", credits=(("bar", "Source: Xinhua"),), publisher="Xinhua", accept=XINHUA, dateline="XIAMEN, Feb. 13 (Xinhua) -- ", section="china",
         note="Xinhua English copy on a portal: dateline kept, the info bar's 'Source: Xinhua' is the credit line."),
    Case("minnanpost.com", "en", "cn", "out_of_table", "en_xiamen", "Minnan Post", credits=(("row", "Source: China News Service"),), publisher="China News Service", accept=("China News Service", "ECNS", "ecns.cn", "中国新闻网"), section="cities",
         note="The credit is a footer-like row after the related links."),
    Case("amoyharbourtimes.com", "en", "cn", "own_page", "en_xiamen", "Amoy Harbour Times", own=(("bar", "Source: Amoy Harbour Times"),), section="city", author="Lin Wei",
         note="The portal's own story: its info bar names itself as the source, as China's English portals do on their own copy."),
    Case("egretisland-daily.com", "en", "cn", "negative_mention", "en_xiamen", "Egret Island Daily", mention="State broadcaster CGTN aired footage of the shorter queues at Dongdu in its evening bulletin on Thursday.", section="travel", author="Huang Meiqi",
         note="Mentions CGTN's broadcast; the story is the site's own."),
    Case("xmcoastline.com", "en", "cn", "negative_caption", "en_xiamen", "Xiamen Coastline", caption="Passengers board a ferry to Gulangyu at the Dongdu terminal in Xiamen, southeast China's Fujian Province, Feb. 12, 2027. (Xinhua/Lin Shanchuan)", section="photos",
         note="A Xinhua photo caption '(Xinhua/…)' under the image; the text is the site's own."),
    Case("fujian-weekender.com", "en", "cn", "no_credit", "en_xiamen", "Fujian Weekender", section="travel", author="Rachel Ko",
         note="No credit."),
    # ---------------------------------------------------------------- jp: Japanese pickup portal (ja)
    Case("hokuyo-news.jp", "ja", "jp", "out_of_table", "ja_hakodate", "北洋ニュース", credits=(("logo", "提供：北海道新聞"),), publisher="Hokkaido Shimbun", accept=("Hokkaido Shimbun", "北海道新聞", "北海道新聞社", "The Hokkaido Shimbun"), section="local",
         note="A pickup portal: the provider's logo (alt 北海道新聞) and the label 提供：北海道新聞 above the text, 記事全文を読む under it."),
    Case("minato-journal.jp", "ja", "jp", "wire", "ja_hakodate", "みなとジャーナル", credits=(("end", "【時事通信社】"),), publisher="Jiji Press", accept=("Jiji Press", "時事通信", "時事通信社", "Jiji"), section="economy",
         note="Jiji's copy carried with its mark 【時事通信社】 as the body's last line."),
    Case("hakodate-minato.jp", "ja", "jp", "own_page", "ja_hakodate", "函館みなと新聞", own=(("rights", "Copyright © 函館みなと新聞社 All Rights Reserved. 記事・写真の無断転載を禁じます。"),), section="local", author="佐藤 亮",
         note="The paper's own story with its own rights line."),
    Case("dounan-times.jp", "ja", "jp", "negative_caption", "ja_hakodate", "道南タイムス", caption="水揚げされたスルメイカを選別する漁業者（2月12日、函館市）（時事通信フォト）", section="local",
         note="Only the photo is Jiji's (時事通信フォト is Jiji's photo service); the text is the site's own."),
    Case("tsugaru-kaikyo.jp", "ja", "jp", "negative_mention", "ja_hakodate", "津軽海峡ニュース", mention="NHKの取材に対し、市の担当者は「来季の見通しも厳しい」と述べた。", section="news",
         note="Mentions what an official told NHK; no credit."),
    Case("ikabi-news.jp", "ja", "jp", "no_credit", "ja_hakodate", "いか火ニュース", n=2, section="news",
         note="A brief with no credit."),
    # ---------------------------------------------------------------- jp: English Japan sites (en)
    Case("japanbrief-daily.com", "en", "jp", "wire", "en_matsue", "Japan Brief Daily", credits=(("end", "— Kyodo"),), publisher="Kyodo News", accept=KYODO, section="national",
         note="Kyodo's sign-off '— Kyodo' as the body's last line."),
    Case("tokyo-ledger.com", "en", "jp", "in_table", "en_matsue", "Tokyo Ledger", credits=(("logo", "Source: NHK WORLD-JAPAN"),), publisher="NHK", accept=("NHK", "NHK World-Japan", "NHK WORLD-JAPAN", "NHK World"), section="regions",
         note="Partner logo (alt NHK WORLD-JAPAN) with its 'Source:' label above the text; NHK World-Japan is a service of the table's NHK."),
    Case("sanin-english.com", "en", "jp", "out_of_table", "en_matsue", "San'in English", credits=(("end", "This article was first published by The Sanin Chuo Shimpo."),), publisher="The Sanin Chuo Shimpo", accept=("The Sanin Chuo Shimpo", "Sanin Chuo Shimpo", "山陰中央新報"), section="local",
         note="A regional paper's story credited in the body's last line."),
    Case("lakeshinji-guide.com", "en", "jp", "negative_caption", "en_matsue", "Lake Shinji Guide", caption="Clam fishers work on Lake Shinji in Matsue, Shimane Prefecture, on Feb. 12, 2027. (Kyodo)", section="news",
         note="Only the photo is Kyodo's; the text is the site's own."),
    Case("japan-regional-review.com", "en", "jp", "negative_mention", "en_matsue", "Japan Regional Review", mention="Public broadcaster NHK reported last week that fishing groups elsewhere had offered to sell young clams to the Matsue cooperative.", section="features", author="Emi Tanabe",
         note="Mentions NHK's report; no credit."),
    Case("izumo-weekly.com", "en", "jp", "no_credit", "en_matsue", "Izumo Weekly", section="news", author="Daniel Hoshino",
         note="No credit."),
    # ---------------------------------------------------------------- kr: Korean portal (ko)
    Case("hanbada-news.com", "ko", "kr", "wire", "ko_tongyeong", "한바다뉴스", credits=(("rights", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"),), publisher="Yonhap", accept=YONHAP, dateline="(통영=연합뉴스) 박정훈 기자 = ", section="economy",
         note="Yonhap copy in a portal's news view: press logo, dateline (통영=연합뉴스) kept; the agency's rights line after the text is the credit line."),
    Case("namhae-ilbo.com", "ko", "kr", "in_table", "ko_tongyeong", "남해일보", credits=(("end", "출처: 중앙일보"),), publisher="Korea JoongAng Daily", accept=("Korea JoongAng Daily", "중앙일보", "JoongAng Ilbo"), section="society",
         note="출처: 중앙일보 as the body's last line. 중앙일보 (JoongAng Ilbo) is listed under Korea JoongAng Daily, its English edition, in the table; a reader may file the Korean daily as its own outlet."),
    Case("gyeongnam-today.com", "ko", "kr", "out_of_table", "ko_tongyeong", "경남투데이", credits=(("row", "기사제공 경남신문"),), publisher="Gyeongnam Shinmun", accept=("경남신문", "Gyeongnam Shinmun", "knnews.co.kr"), section="local",
         note="The 기사제공 row after the related list names the provider."),
    Case("badaro-news.co.kr", "ko", "kr", "negative_caption", "ko_tongyeong", "바다로뉴스", caption="통영 앞바다 굴 양식장에서 어민들이 굴을 수확하고 있다. 사진=연합뉴스", section="economy",
         note="Only the photo is Yonhap's (사진=연합뉴스); the text is the site's own."),
    Case("jinhae-times.com", "ko", "kr", "negative_mention", "ko_tongyeong", "진해타임스", mention="앞서 KBS는 지난달 통영 일대 굴 양식장의 폐사 피해가 예상보다 크다고 보도한 바 있다.", section="news", author="이수진 기자",
         note="Mentions KBS's earlier report; no credit."),
    # ---------------------------------------------------------------- kr: English Korean sites (en)
    Case("jeonjuherald.com", "en", "kr", "own_page", "en_jeonju", "The Jeonju Herald", own=(("rights", "Copyright © The Jeonju Herald. All rights reserved. Unauthorized reproduction and redistribution prohibited."),), section="culture", author="Park Min-ji",
         note="The paper's own English story with its own rights line."),
    Case("seoul-chronicle.com", "en", "kr", "wire", "en_jeonju", "Seoul Chronicle", credits=(("end", "(Yonhap)"),), publisher="Yonhap", accept=YONHAP, section="national",
         note="Yonhap's '(Yonhap)' closes the body, as Korean English dailies print it."),
    Case("jeonbuk-insight.com", "en", "kr", "out_of_table", "en_jeonju", "Jeonbuk Insight", credits=(("end", "This article was originally published by the Jeonbuk Ilbo."),), publisher="Jeonbuk Ilbo", accept=("Jeonbuk Ilbo", "전북일보", "The Jeonbuk Ilbo"), section="local",
         note="A regional daily credited in the last line."),
    Case("hanok-herald.com", "en", "kr", "negative_mention", "en_jeonju", "Hanok Herald", mention="The Korea Times reported in January that similar workshops in other provinces had struggled to keep trainees beyond their first year.", section="culture",
         note="Mentions The Korea Times' report; no credit."),
    Case("koreaheritage-now.com", "en", "kr", "negative_caption", "en_jeonju", "Korea Heritage Now", caption="A craftsman lifts a sheet of hanji from a vat at the new workshop in Jeonju on Feb. 13, 2027. (Yonhap)", section="heritage",
         note="Only the photo is Yonhap's; the text is the site's own."),
    Case("k-localdesk.com", "en", "kr", "no_credit", "en_jeonju", "K-Local Desk", n=3, section="regions",
         note="A brief with no credit."),
    # ---------------------------------------------------------------- vn: Vietnamese aggregator (vi)
    Case("docbao-nhanh.vn", "vi", "vn", "out_of_table", "vi_quynhon", "Đọc Báo Nhanh", credits=(("bar", "Theo Tuổi Trẻ Online"),), publisher="Tuổi Trẻ", accept=("Tuổi Trẻ", "Tuổi Trẻ Online", "Tuoi Tre", "tuoitre.vn"), section="xa-hoi",
         note="An aggregator's 'Theo Tuổi Trẻ Online' under the headline, and 'Xem bài gốc' under the text."),
    Case("nhipsongbiendong.vn", "vi", "vn", "wire", "vi_quynhon", "Nhịp Sống Biển Đông", credits=(("end", "Nguồn: TTXVN"),), publisher="Vietnam News Agency", accept=("Vietnam News Agency", "TTXVN", "VNA", "Thông tấn xã Việt Nam"), section="kinh-te",
         note="'Nguồn: TTXVN' as the body's last line."),
    Case("binhdinh-24h.vn", "vi", "vn", "negative_mention", "vi_quynhon", "Bình Định 24h", mention="Báo Bình Định trước đó đưa tin nhiều chủ tàu đã vay thêm vốn để sửa chữa tàu trước mùa biển mới.", section="xa-hoi",
         note="Mentions the provincial paper's earlier report; no credit."),
    Case("cuabien-news.vn", "vi", "vn", "no_credit", "vi_quynhon", "Cửa Biển News", section="xa-hoi",
         note="No credit."),
    # ---------------------------------------------------------------- nusa: Indonesian portals (id)
    Case("malukuterkini.id", "id", "nusa", "out_of_table", "id_ambon", "MalukuTerkini", credits=(("end", 'Artikel ini telah tayang di Kompas.com dengan judul "Gelombang Tinggi, Kapal dari Ambon ke Banda dan Seram Ditunda"'),), publisher="Kompas.com", accept=("Kompas.com", "Kompas", "kompas.com"), section="regional",
         note="A content-partner page: 'Artikel ini telah tayang di Kompas.com dengan judul …' as the last line, after two 'Baca juga' boxes inside the body."),
    Case("suarabandanaira.com", "id", "nusa", "own_page", "id_ambon", "Suara Banda Naira", own=(("rights", "© 2027 Suara Banda Naira. Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel tanpa izin redaksi."),), section="maluku", author="Fadli Rumagia",
         note="The portal's own story with its own rights line."),
    Case("suaraseram.com", "id", "nusa", "negative_caption", "id_ambon", "Suara Seram", caption="Calon penumpang menunggu di Pelabuhan Yos Sudarso, Ambon, Sabtu (13/2/2027). ANTARA FOTO/Ruslan Wattimena", section="regional",
         note="Only the photo is Antara's (ANTARA FOTO/…); the text is the portal's own."),
    Case("lintasbanda.com", "id", "nusa", "wire", "id_ambon", "Lintas Banda", credits=(("end", "Sumber: Antara"),), publisher="Antara", accept=("Antara", "ANTARA", "Antara News"), dateline="Ambon (ANTARA) - ", section="regional",
         note="Antara copy: dateline 'Ambon (ANTARA) -' kept; 'Sumber: Antara' as the last line, after two 'Baca juga' boxes inside the body."),
    # ---------------------------------------------------------------- nusa: Malaysian English sites (en)
    Case("sarawak-ledger.com", "en", "nusa", "wire", "en_kuching", "Sarawak Ledger", credits=(("end", "— Bernama"),), publisher="Bernama", accept=("Bernama",), dateline="KUCHING, Feb 13 — ", section="malaysia",
         note="Dateline kept; Bernama's '— Bernama' closes the body."),
    Case("theborneopost.com", "en", "nusa", "own_page", "en_kuching", "The Borneo Post", own=(("rights", "© 2027 The Borneo Post. All rights reserved."),), section="sarawak", author="Jacqueline Ling",
         note="The paper's own story, with its rights line."),
    Case("malaysiaseen.com", "en", "nusa", "in_table", "en_kuching", "Malaysia Seen", credits=(("end", "— The Straits Times/Asia News Network"),), publisher="The Straits Times", accept=("The Straits Times", "Straits Times"), section="region",
         note="'— The Straits Times/Asia News Network': Asia News Network distributes the story, The Straits Times published it; the answer is The Straits Times."),
    Case("kuchingtoday.com.my", "en", "nusa", "negative_caption", "en_kuching", "Kuching Today", caption="Penambang boats wait for passengers at the Kuching Waterfront jetty. — Bernama pic", section="local",
         note="Only the photo is Bernama's ('— Bernama pic'); the text is the site's own."),
    Case("sarawakvoice.net", "en", "nusa", "negative_mention", "en_kuching", "Sarawak Voice", mention="The Borneo Post reported last year that only a handful of boatmen under 40 still worked the river.", section="local",
         note="Mentions The Borneo Post's report; no credit."),
    Case("riverside-kuching.com", "en", "nusa", "no_credit", "en_kuching", "Riverside Kuching", section="city", author="Nur Aisyah Jamil",
         note="No credit."),
    # ---------------------------------------------------------------- tr: Turkish portals (tr)
    Case("haberpusula.com.tr", "tr", "tr", "wire", "tr_eskisehir", "Haber Pusula", credits=(("end", "Kaynak: AA"),), publisher="Anadolu Agency", accept=AA, dateline="ESKİŞEHİR (AA) - ", section="yerel",
         note="Dateline ESKİŞEHİR (AA) kept; 'Kaynak: AA' as the body's last line."),
    Case("gundem-eskisehir.com", "tr", "tr", "in_table", "tr_eskisehir", "Gündem Eskişehir", credits=(("bar", "Kaynak: TRT Haber"),), publisher="TRT World", accept=("TRT World", "TRT", "TRT Haber"), section="gundem",
         note="'Kaynak: TRT Haber' in split markup under the headline. TRT Haber is TRT's Turkish news service; the table files TRT under TRT World (alias TRT), so the answer is the table's name."),
    Case("porsukhaber.com", "tr", "tr", "negative_caption", "tr_eskisehir", "Porsuk Haber", caption="Porsuk Çayı'nda temizlik çalışmaları başladı. (Fotoğraf: İHA)", section="yerel",
         note="Only the photo is İHA's; the text is the portal's own."),
    Case("eskisehirmanset.com", "tr", "tr", "own_page", "tr_eskisehir", "Eskişehir Manşet", own=(("rights", "© Eskişehir Manşet. Haberin tüm hakları saklıdır, kaynak gösterilmeden kullanılamaz."),), section="yerel", author="Selin Aydemir",
         note="The portal's own story with its own rights line."),
    Case("odunpazari-gazete.com", "tr", "tr", "wire", "tr_eskisehir", "Odunpazarı Gazete", credits=(("end", "Kaynak: DHA"),), publisher="Demirören Haber Ajansı", accept=("Demirören Haber Ajansı", "DHA", "Demiroren Haber Ajansi", "Demirören News Agency"), dateline="ESKİŞEHİR, (DHA) - ", n=2, section="yerel",
         note="A brief of DHA copy: dateline 'ESKİŞEHİR, (DHA) -' kept; 'Kaynak: DHA' as the last line."),
    # ---------------------------------------------------------------- tr: English Turkish sites (en)
    Case("karabukpost.com", "en", "tr", "own_page", "en_safranbolu", "Karabük Post", own=(("rights", "© Karabük Post. All rights reserved. Our stories may not be republished without permission."),), section="heritage", author="Elif Demirtaş",
         note="The site's own story with its own rights line."),
    Case("turkiyedigest.com", "en", "tr", "wire", "en_safranbolu", "Türkiye Digest", credits=(("end", "Source: Anadolu Agency"),), publisher="Anadolu Agency", accept=AA, section="turkiye",
         note="'Source: Anadolu Agency' as the body's last line."),
    Case("bosphorus-review.com", "en", "tr", "negative_mention", "en_safranbolu", "Bosphorus Review", mention="Public broadcaster TRT showed residents shovelling snow off the mansions' roofs in its evening news on Jan. 29.", section="culture",
         note="Mentions TRT's broadcast; no credit."),
    Case("ottomantowns.com", "en", "tr", "no_credit", "en_safranbolu", "Ottoman Towns", section="travel",
         note="No credit."),
    Case("karabuk-daily.com", "en", "tr", "negative_caption", "en_safranbolu", "Karabük Daily", caption="Snow covers the roofs of historic houses in Safranbolu, Karabük province. (Photo: DHA)", section="news",
         note="Only the photo is DHA's; the text is the site's own."),
    # ---------------------------------------------------------------- fa: Persian news sites (fa)
    Case("khabar-azar.ir", "fa", "fa", "out_of_table", "fa_tabriz", "خبر آذر", credits=(("end", "منبع: ایسنا"),), publisher="ISNA", accept=("ISNA", "ایسنا", "Iranian Students' News Agency", "خبرگزاری دانشجویان ایران"), dateline="به گزارش ایسنا، ", section="ostan",
         note="The lead 'به گزارش ایسنا،' opens the text and is kept (like a dateline); 'منبع: ایسنا' closes it. ISNA is one of the agencies the table files leave out."),
    Case("sahand-news.com", "fa", "fa", "in_table", "fa_tabriz", "سهند نیوز", credits=(("bar", "به نقل از بی‌بی‌سی فارسی"),), publisher="BBC", accept=("BBC", "بی‌بی‌سی فارسی", "BBC Persian", "بی بی سی"), section="farhangi",
         note="'به نقل از بی‌بی‌سی فارسی' ('as carried from BBC Persian') under the headline; BBC Persian is a service of the table's BBC."),
    Case("azarbaijan-emrooz.com", "fa", "fa", "negative_mention", "fa_tabriz", "آذربایجان امروز", mention="روزنامه همشهری پیش‌تر گزارش داده بود که بخشی از بام‌های بازار سال‌ها مرمت نشده است.", section="ostan",
         note="Mentions Hamshahri's earlier report; no credit."),
    Case("eynali-news.ir", "fa", "fa", "no_credit", "fa_tabriz", "عینالی نیوز", section="ejtemaei",
         note="No credit."),
    # ---------------------------------------------------------------- ru: Russian portals (ru)
    Case("sever-info.ru", "ru", "ru", "wire", "ru_petrozavodsk", "Север-Инфо", credits=(("end", "По материалам ТАСС"),), publisher="TASS", accept=("TASS", "ТАСС", "ИТАР-ТАСС"), section="society",
         note="'По материалам ТАСС' as the body's last line (long page)."),
    Case("karelia-online24.ru", "ru", "ru", "out_of_table", "ru_petrozavodsk", "Карелия Онлайн 24", credits=(("row", "Источник: Губерния Daily"),), publisher="Губерния Daily", accept=("Губерния Daily", "Gubernia Daily", "gubdaily.ru"), section="city",
         note="The source row after the related list (long page)."),
    Case("lososinka-news.ru", "ru", "ru", "in_table", "ru_petrozavodsk", "Лососинка Ньюс", credits=(("bar", "Источник: Русская служба Би-би-си"),), publisher="BBC", accept=("BBC", "Би-би-си", "Русская служба Би-би-си", "BBC News Russian"), section="city",
         note="'Источник: Русская служба Би-би-си' under the headline (long page); the Russian service of the table's BBC."),
    Case("ptz-vestnik.ru", "ru", "ru", "own_page", "ru_petrozavodsk", "Петрозаводский вестник", own=(("rights", "© «Петрозаводский вестник», 2027. При полном или частичном использовании материалов ссылка на «Петрозаводский вестник» обязательна."),), section="city", n=12, author="Анна Кузьмина",
         note="The site's own story with its own rights line (citation notice)."),
    Case("onlain-karelia.ru", "ru", "ru", "negative_caption", "ru_petrozavodsk", "Онлайн Карелия", caption="Уборка снега на проспекте Ленина в Петрозаводске. Фото: РИА Новости", section="city", n=8,
         note="Only the photo is RIA Novosti's; the text is the site's own."),
    Case("drevlyanka-news.ru", "ru", "ru", "negative_mention", "ru_petrozavodsk", "Древлянка Ньюс", mention="Как ранее писал «Коммерсантъ», похожие претензии к подрядчику у мэрии возникали и прошлой зимой.", section="city", n=9,
         note="Mentions Kommersant's earlier report; no credit."),
    Case("kukkovka.ru", "ru", "ru", "no_credit", "ru_petrozavodsk", "Кукковка.ру", n=6, section="city",
         note="No credit."),
    # ---------------------------------------------------------------- ru: Ukrainian portals (uk)
    Case("volyn-pulse.com.ua", "uk", "ru", "wire", "uk_lutsk", "Волинь Пульс", credits=(("end", "Джерело: Укрінформ"),), publisher="Ukrinform", accept=("Ukrinform", "Укрінформ"), section="culture",
         note="'Джерело: Укрінформ' as the body's last line."),
    Case("lutsk-novyny.com", "uk", "ru", "in_table", "uk_lutsk", "Луцьк Новини", credits=(("bar", "Джерело: Радіо Свобода"),), publisher="Radio Free Europe/Radio Liberty", accept=("Radio Free Europe/Radio Liberty", "Радіо Свобода", "RFE/RL", "Radio Svoboda"), section="city",
         note="'Джерело: Радіо Свобода' under the headline; Radio Svoboda is RFE/RL's Ukrainian service, answered by the table's name."),
    Case("styr-info.com.ua", "uk", "ru", "negative_caption", "uk_lutsk", "Стир Інфо", caption="Реставратори на південній стіні замку Любарта. Фото: УНІАН", section="culture",
         note="Only the photo is UNIAN's; the text is the site's own."),
    Case("lubart-news.com.ua", "uk", "ru", "negative_mention", "uk_lutsk", "Любарт Ньюз", mention="Як раніше повідомляли «Волинські новини», минулого року на мурах виявили нові тріщини.", section="city",
         note="Mentions Volynski Novyny's earlier report; no credit."),
    # ---------------------------------------------------------------- ru: English editions (en)
    Case("lviv-observer.com", "en", "ru", "wire", "en_lviv", "Lviv Observer", credits=(("bar", "Source: Ukrinform"),), publisher="Ukrinform", accept=("Ukrinform", "Укрінформ"), section="cities",
         note="'Source: Ukrinform' under the headline."),
    Case("ukrinform.net", "en", "ru", "own_page", "en_lviv", "Ukrinform", own=(("rights", "When citing and using any materials on the Internet, links to ukrinform.net not lower than the first paragraph are mandatory. © 2027 Ukrinform."),), section="regions", host="www.ukrinform.net",
         note="The agency's own English page with its own citation notice."),
    Case("galicia-today.com", "en", "ru", "out_of_table", "en_lviv", "Galicia Today", credits=(("end", "This story was first published by Suspilne Lviv."),), publisher="Suspilne Lviv", accept=("Suspilne Lviv", "Suspilne", "Суспільне Львів"), section="news",
         note="The public broadcaster's regional service credited in the last line; Suspilne is not in the table files."),
    Case("westernukraine-news.com", "en", "ru", "negative_caption", "en_lviv", "Western Ukraine News", caption="A new low-floor tram on the Sykhiv line in Lviv on Feb. 13, 2027. Photo: Ukrinform", section="cities",
         note="Only the photo is Ukrinform's; the text is the site's own."),
    Case("lemberg-daily.com", "en", "ru", "no_credit", "en_lviv", "Lemberg Daily", section="city", author="Taras Melnyk",
         note="No credit."),
    Case("sykhiv-post.com", "en", "ru", "negative_mention", "en_lviv", "Sykhiv Post", mention="The Kyiv Independent reported last year that Lviv's transport company had struggled to recruit tram drivers.", section="city",
         note="Mentions The Kyiv Independent's report; no credit."),
    # ---------------------------------------------------------------- ce: Polish portals (pl)
    Case("wislaportal.pl", "pl", "ce", "wire", "pl_torun", "Wisła Portal", credits=(("end", "Źródło: PAP"),), publisher="Polish Press Agency", accept=("Polish Press Agency", "PAP", "Polska Agencja Prasowa"), section="region",
         note="'Źródło: PAP' as the body's last line."),
    Case("kujawy-info.pl", "pl", "ce", "out_of_table", "pl_torun", "Kujawy Info", credits=(("bar", "Źródło: TVN24"),), publisher="TVN24", accept=("TVN24", "tvn24.pl"), section="torun",
         note="'Źródło: TVN24' in split markup under the headline."),
    Case("torun-dzis.pl", "pl", "ce", "negative_mention", "pl_torun", "Toruń Dziś", mention="Jak informowała wcześniej „Gazeta Pomorska”, wykonawca już jesienią sygnalizował problemy z terminem.", section="miasto", author="Kamil Nowicki",
         note="Mentions Gazeta Pomorska's earlier report; no credit."),
    Case("pomorze-teraz.pl", "pl", "ce", "negative_caption", "pl_torun", "Pomorze Teraz", caption="Prace na Bulwarze Filadelfijskim w Toruniu. Fot. PAP/Tomasz Wojtasik", section="region",
         note="Only the photo is PAP's; the text is the portal's own."),
    # ---------------------------------------------------------------- ce: German portals (de)
    Case("dreifluesse-news.de", "de", "ce", "wire", "de_passau", "Dreiflüsse News", credits=(("rights", "© dpa-infocom, dpa:270213-930-418226/1"),), publisher="dpa", accept=("dpa", "Deutsche Presse-Agentur", "DPA"), dateline="Passau (dpa/lby) - ", section="bayern",
         note="dpa copy: dateline 'Passau (dpa/lby) -' kept; dpa's rights stamp after the text is the credit line."),
    Case("niederbayern-aktuell.de", "de", "ce", "in_table", "de_passau", "Niederbayern aktuell", credits=(("end", "Quelle: tagesschau.de"),), publisher="Tagesschau", accept=("Tagesschau", "tagesschau.de", "ARD"), section="region",
         note="'Quelle: tagesschau.de' as the body's last line."),
    Case("inn-donau-blatt.de", "de", "ce", "out_of_table", "de_passau", "Inn-Donau-Blatt", credits=(("box", "Mit Material von BR24"),), publisher="BR24", accept=("BR24", "Bayerischer Rundfunk"), section="passau",
         note="'Mit Material von BR24' in a box between the paragraphs; BR24 (Bayerischer Rundfunk) is not in the table files."),
    Case("passau-heute.de", "de", "ce", "negative_caption", "de_passau", "Passau heute", caption="Flusskreuzfahrtschiffe an der Lände in Passau. Foto: Armin Weigel/dpa", section="stadt",
         note="Only the photo is dpa's; the text is the site's own."),
    Case("ilzstadt-news.de", "de", "ce", "negative_mention", "de_passau", "Ilzstadt News", mention="Die „Passauer Neue Presse“ hatte zuerst über die Unterschriftenaktion berichtet.", section="stadt", author="Julia Bachmeier",
         note="Says the PNP reported the petition first; the article is the site's own, so a mention."),
    Case("bayerwald-bote24.de", "de", "ce", "no_credit", "de_passau", "Bayerwald-Bote 24", section="region",
         note="No credit."),
    # ---------------------------------------------------------------- ce: Czech English sites (en)
    Case("prague-morning-brief.com", "en", "ce", "wire", "en_olomouc", "Prague Morning Brief", credits=(("end", "Source: ČTK"),), publisher="ČTK", accept=CTK, section="czechia",
         note="'Source: ČTK' as the body's last line."),
    Case("moravia-monitor.com", "en", "ce", "wire", "en_olomouc", "Moravia Monitor", credits=(("rights", "Copyright 2027 by the Czech News Agency (ČTK). All rights reserved."),), publisher="ČTK", accept=CTK, dateline="Olomouc, Feb 13 (CTK) - ", section="regions",
         note="Dateline '(CTK)' kept; the agency's rights line after the text is the credit line."),
    Case("bohemia-english.com", "en", "ce", "out_of_table", "en_olomouc", "Bohemia English", credits=(("end", "This article was originally published by Radio Prague International."),), publisher="Radio Prague International", accept=("Radio Prague International", "Radio Prague", "Czech Radio"), section="culture",
         note="Czech Radio's international service credited in the last line; not in the table files."),
    Case("olomouc-insider.cz", "en", "ce", "own_page", "en_olomouc", "Olomouc Insider", own=(("rights", "© Olomouc Insider. Republishing without written permission is prohibited."),), section="city", author="Tereza Malá",
         note="The site's own story with its own rights line."),
    Case("czechtowns.eu", "en", "ce", "negative_caption", "en_olomouc", "Czech Towns", caption="Scaffolding rises around the Holy Trinity Column in Olomouc. Photo: ČTK / Ludvík Hradilek", section="heritage",
         note="Only the photo is ČTK's; the text is the site's own."),
    Case("hana-region-news.com", "en", "ce", "negative_mention", "en_olomouc", "Haná Region News", mention="Regional daily Deník reported in January that the city had struggled to find a firm able to build the scaffolding.", section="news",
         note="Mentions Deník's report; no credit."),
    Case("hornisquare-news.com", "en", "ce", "no_credit", "en_olomouc", "Horní Square News", n=2, section="city",
         note="A brief with no credit."),
    Case("centraleurope-weekly.com", "en", "ce", "in_table", "en_olomouc", "Central Europe Weekly", credits=(("end", "This article was first published by Deutsche Welle."),), publisher="Deutsche Welle", accept=("Deutsche Welle", "DW"), section="culture",
         note="DW credited in the last line."),
    # ---------------------------------------------------------------- med: Italian portals (it)
    Case("nordest-notizie.it", "it", "med", "wire", "it_trieste", "Nordest Notizie", credits=(("end", "Fonte: ANSA"),), publisher="ANSA", accept=("ANSA", "Agenzia ANSA"), dateline="(ANSA) - TRIESTE, 13 FEB - ", section="cronaca",
         note="ANSA's dateline '(ANSA) - TRIESTE, 13 FEB -' kept; 'Fonte: ANSA' as the body's last line."),
    Case("giuliano-news.it", "it", "med", "out_of_table", "it_trieste", "Giuliano News", credits=(("bar", "Fonte: Il Piccolo"),), publisher="Il Piccolo", accept=("Il Piccolo", "ilpiccolo.it"), section="cronaca",
         note="'Fonte: Il Piccolo' in split markup under the headline."),
    Case("carso-oggi.it", "it", "med", "negative_caption", "it_trieste", "Carso Oggi", caption="Il Molo Audace chiuso per la bora. Foto ANSA/Marco Zanier", section="meteo",
         note="Only the photo is ANSA's; the text is the portal's own."),
    Case("adriatico24.it", "it", "med", "negative_mention", "it_trieste", "Adriatico24", mention="Come riportato dal Messaggero Veneto, anche a Monfalcone sono stati segnalati alberi caduti.", section="cronaca", author="Paolo Sancin",
         note="Mentions the Messaggero Veneto's report; no credit."),
    # ---------------------------------------------------------------- med: Greek English editions (en)
    Case("thessherald.gr", "en", "med", "out_of_table", "en_thessaloniki", "Thess Herald", credits=(("end", "Source: AMNA"),), publisher="AMNA", accept=("AMNA", "ANA-MPA", "Athens-Macedonian News Agency", "ΑΠΕ-ΜΠΕ"), section="Thessaloniki",
         note="The Athens-Macedonian agency ('Source: AMNA'), one of the agencies the table files leave out."),
    Case("hellas-daily-english.com", "en", "med", "out_of_table", "en_thessaloniki", "Hellas Daily English", credits=(("logo", "This article was first published in Kathimerini."),), publisher="Kathimerini", accept=("Kathimerini", "ekathimerini.com", "Η Καθημερινή", "ekathimerini"), section="Greece",
         note="Partner logo (alt = the credit) with the credit line under it, above the text."),
    Case("amna.gr", "en", "med", "own_page", "en_thessaloniki", "AMNA", own=(("rights", "© ANA-MPA. All rights reserved."),), section="Macedonia", host="www.amna.gr",
         note="The agency's own English page with its own rights line."),
    Case("aegeanvoice-english.com", "en", "med", "in_table", "en_thessaloniki", "Aegean Voice", credits=(("end", "This article was originally published on Euronews."),), publisher="Euronews", accept=("Euronews",), section="Greece",
         note="Euronews credited in the last line."),
    Case("thermaic-times.com", "en", "med", "negative_mention", "en_thessaloniki", "Thermaic Times", mention="Kathimerini's northern edition reported this week that the operator had ordered four more trains for the branch.", section="city", author="Nikos Papadimas",
         note="Mentions Kathimerini's report; no credit."),
    Case("greekcities-review.com", "en", "med", "negative_caption", "en_thessaloniki", "Greek Cities Review", caption="A test train at the Mikra station of the Thessaloniki metro. Photo: Eurokinissi", section="transport",
         note="Only the photo is Eurokinissi's; the text is the site's own."),
    # ---------------------------------------------------------------- gulf: Arabic portals (ar)
    Case("alsahel-news.com", "ar", "gulf", "wire", "ar_fujairah", "الساحل نيوز", credits=(("end", "المصدر: وام"),), publisher="Emirates News Agency", accept=WAM, dateline="الفجيرة في 13 فبراير / وام / ", section="emirates",
         note="WAM's dateline 'الفجيرة في 13 فبراير / وام /' kept; 'المصدر: وام' as the body's last line (a Levant portal)."),
    Case("khaleej-yawmi.com", "ar", "gulf", "in_table", "ar_fujairah", "الخليج اليومي", credits=(("bar", "المصدر: العربية.نت"),), publisher="Al Arabiya", accept=("Al Arabiya", "العربية.نت", "العربية نت", "العربية"), section="economy",
         note="'المصدر: العربية.نت' under the headline; the table spells it العربية نت."),
    Case("sharq-wa-gharb.com", "ar", "gulf", "out_of_table", "ar_fujairah", "شرق وغرب", credits=(("row", "المصدر: صحيفة الخليج"),), publisher="Al Khaleej", accept=("Al Khaleej", "صحيفة الخليج", "الخليج", "alkhaleej.ae"), section="gulf",
         note="The source row after the related links names the Sharjah daily الخليج; a reader may find the bare word 'the Gulf' ambiguous."),
    Case("dibba-today.ae", "ar", "gulf", "own_page", "ar_fujairah", "دبا اليوم", own=(("rights", "جميع الحقوق محفوظة © دبا اليوم 2027. يمنع النسخ أو إعادة النشر دون إذن مسبق."),), section="local", author="سالم الحفيتي",
         note="The site's own story with its own rights line."),
    Case("sahelsharqi.com", "ar", "gulf", "negative_caption", "ar_fujairah", "الساحل الشرقي", caption="قوارب صيد راسية في ميناء دبا الفجيرة. (وام)", section="local",
         note="Only the photo is WAM's; the text is the site's own."),
    Case("shorouk-gulf.com", "ar", "gulf", "no_credit", "ar_fujairah", "شروق الخليج", n=2, section="local",
         note="A brief with no credit."),
    # ---------------------------------------------------------------- gulf: Gulf English sites (en)
    Case("emirates-daily-brief.com", "en", "gulf", "wire", "en_sharjah", "Emirates Daily Brief", credits=(("end", "WAM/Hassan Bashir/Nour Eldin Salem"),), publisher="Emirates News Agency", accept=WAM, dateline="SHARJAH, 13th February, 2027 (WAM) -- ", section="uae",
         note="WAM's dateline kept; its editors' sign-off 'WAM/…/…' closes the body and is the credit line."),
    Case("sharjah24.ae", "en", "gulf", "own_page", "en_sharjah", "Sharjah24", own=(("rights", "© Sharjah24 2027. All rights reserved."),), section="culture", host="www.sharjah24.ae",
         note="The government news portal's own story with its own rights line."),
    Case("gulf-morning.com", "en", "gulf", "in_table", "en_sharjah", "Gulf Morning", credits=(("end", "This article first appeared in The National."),), publisher="The National", accept=("The National", "The National News"), section="uae",
         note="The National credited in the last line."),
    Case("northern-emirates-news.com", "en", "gulf", "out_of_table", "en_sharjah", "Northern Emirates News", credits=(("bar", "Source: Sharjah24"),), publisher="Sharjah24", accept=("Sharjah24", "sharjah24.ae"), section="sharjah",
         note="'Source: Sharjah24' in split markup under the headline."),
    Case("uae-weekender.com", "en", "gulf", "negative_caption", "en_sharjah", "UAE Weekender", caption="Visitors watch a projection on the Al Hisn fort during the Sharjah Light Festival. (WAM)", section="whats-on",
         note="Only the photo is WAM's; the text is the site's own."),
    Case("khalidlagoon-life.com", "en", "gulf", "no_credit", "en_sharjah", "Khalid Lagoon Life", section="whats-on", author="Priya Menon",
         note="No credit."),
]

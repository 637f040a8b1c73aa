# ruff: noqa: E501, RUF001  (markup lines; full-width punctuation in CJK labels)
"""Page templates of the forty-third blind set, written for it (no earlier template read or
imported): ten families of business, markets, technology and crypto sites, as such sites emit
their markup. Each family is a function ``Page -> str`` (a full HTML document) in ``RENDER``.

A page's credit and own lines arrive as ``Page.slots`` (``top``: above the text, ``byline``: in
the byline/meta row, ``mid``: a box between paragraphs, ``end``: right after the text, ``tag``:
the Via/Source row under the text, ``source``: a source row after the related links); a family
puts each slot where sites of its kind put it. Stdlib only; no randomness (variation comes from
the page's URL through ``pick``)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from html import escape
from typing import Any

LANGS = ("en", "de", "fr", "it", "nl", "ja", "ko", "zh-Hans", "zh-Hant", "hi", "tr", "vi", "id", "ar")
RTL = {"ar"}

_KEYS = ["home", "news", "markets", "stocks", "indices", "funds", "forex", "commodities", "crypto", "economy", "companies", "tech", "money", "world", "sport", "lifestyle", "opinion", "search", "search_ph", "login", "subscribe", "newsletter", "newsletter_pitch", "email_ph", "signup", "share", "copy_link", "related", "more_from", "comments", "comment_ph", "post", "cookie", "accept", "reject", "manage", "ad", "most_read", "latest", "tags", "updated", "by", "min_read", "privacy", "terms", "contact", "about", "advertise", "imprint", "rights", "invest_disclaimer", "delayed", "price", "change", "volume", "watchlist", "read_also", "menu", "earnings", "key_figures", "period", "prior", "chg", "calendar", "chart_data", "board", "ranking", "related_stocks", "author_about", "toc", "affiliate", "recommended", "top_movers", "back_top"]

_UI_ROWS: dict[str, str] = {
    "en": "Home|News|Markets|Stocks|Indices|Funds|Currencies|Commodities|Crypto|Economy|Companies|Tech|Personal Finance|World|Sport|Lifestyle|Opinion|"
    "Search|Search symbol, company or keyword|Log in|Subscribe|Newsletter|Get the morning briefing in your inbox before the opening bell.|Your email address|Sign up|"
    "Share|Copy link|Related|More from {site}|Comments|Add a comment…|Post|"
    "We use cookies and similar technologies to personalise content and ads and to analyse our traffic.|Accept all|Reject all|Manage preferences|Advertisement|Most read|Latest|Topics|Updated|By|{n} min read|"
    "Privacy Policy|Terms of Use|Contact|About us|Advertise|Legal notice|All rights reserved.|Nothing on this site is investment advice. Do your own research before you buy or sell any security or digital asset.|"
    "Quotes delayed at least 15 minutes.|Last|Chg %|Volume|+ Watchlist|Read also|Menu|Earnings|Key figures|This period|Year ago|Change|Earnings calendar|"
    "Source: LSEG Datastream|Message board|Top stories|Stocks in this story|About the author|Contents|Some links on this page are affiliate links: we may earn a commission at no cost to you.|Recommended for you|Top movers|Back to top",
    "de": "Startseite|Nachrichten|Märkte|Aktien|Indizes|Fonds|Devisen|Rohstoffe|Krypto|Konjunktur|Unternehmen|Technik|Geldanlage|Welt|Sport|Leben|Meinung|"
    "Suche|Aktie, WKN, ISIN oder Stichwort|Anmelden|Abonnieren|Newsletter|Der Börsen-Morgen: jeden Handelstag vor Xetra-Start im Postfach.|Ihre E-Mail-Adresse|Jetzt anmelden|"
    "Teilen|Link kopieren|Das könnte Sie auch interessieren|Mehr von {site}|Kommentare|Schreiben Sie einen Kommentar …|Absenden|"
    "Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und Zugriffe zu analysieren.|Alle akzeptieren|Ablehnen|Einstellungen|Anzeige|Meistgelesen|Neueste|Themen|Aktualisiert|Von|Lesezeit: {n} Min.|"
    "Datenschutz|Nutzungsbedingungen|Kontakt|Über uns|Werbung|Impressum|Alle Rechte vorbehalten.|Keine Anlageberatung: Die Inhalte dienen ausschließlich der Information.|"
    "Kurse mindestens 15 Minuten verzögert.|Kurs|Veränd.|Volumen|+ Watchlist|Lesen Sie auch|Menü|Quartalszahlen|Kennzahlen|Berichtszeitraum|Vorjahr|Veränderung|Termine|"
    "Quelle: LSEG Datastream|Forum|Top-Nachrichten|Erwähnte Werte|Über den Autor|Inhalt|Dieser Artikel enthält Affiliate-Links: Bei einem Kauf erhalten wir eine Provision.|Empfehlungen für Sie|Top & Flop|Nach oben",
    "fr": "Accueil|Actualités|Marchés|Actions|Indices|Fonds|Devises|Matières premières|Crypto|Économie|Entreprises|Tech|Patrimoine|Monde|Sport|Art de vivre|Opinions|"
    "Rechercher|Valeur, ISIN ou mot-clé|Se connecter|S'abonner|Newsletter|Le point marchés chaque matin avant l'ouverture.|Votre adresse e-mail|Je m'inscris|"
    "Partager|Copier le lien|À lire aussi|Plus de {site}|Commentaires|Votre commentaire…|Publier|"
    "Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour mesurer l'audience.|Tout accepter|Tout refuser|Paramétrer|Publicité|Les plus lus|Dernières infos|Sujets|Mis à jour|Par|Lecture : {n} min|"
    "Confidentialité|Conditions d'utilisation|Contact|Qui sommes-nous|Publicité|Mentions légales|Tous droits réservés.|Les informations publiées ne constituent pas un conseil en investissement.|"
    "Cours différés d'au moins 15 minutes.|Cours|Var.|Volume|+ Liste de suivi|Lire aussi|Menu|Résultats|Chiffres clés|Période|Année précédente|Variation|Agenda des résultats|"
    "Source : LSEG Datastream|Forum|À la une|Valeurs citées|À propos de l'auteur|Sommaire|Certains liens sont affiliés : nous pouvons percevoir une commission.|Recommandé pour vous|Plus fortes variations|Haut de page",
    "it": "Home|Notizie|Mercati|Azioni|Indici|Fondi|Valute|Materie prime|Cripto|Economia|Aziende|Tecnologia|Risparmio|Mondo|Sport|Lifestyle|Commenti|"
    "Cerca|Titolo, ISIN o parola chiave|Accedi|Abbonati|Newsletter|Il punto sui mercati ogni mattina prima dell'apertura.|Il tuo indirizzo email|Iscriviti|"
    "Condividi|Copia link|Leggi anche|Altro da {site}|Commenti|Scrivi un commento…|Invia|"
    "Utilizziamo cookie e tecnologie simili per personalizzare contenuti e annunci e per analizzare il traffico.|Accetta tutto|Rifiuta|Personalizza|Pubblicità|I più letti|Ultime notizie|Argomenti|Aggiornato|Di|Tempo di lettura: {n} min|"
    "Privacy|Termini d'uso|Contatti|Chi siamo|Pubblicità|Note legali|Tutti i diritti riservati.|Le informazioni non costituiscono consulenza in materia di investimenti.|"
    "Quotazioni ritardate di almeno 15 minuti.|Ultimo|Var. %|Volumi|+ Watchlist|Leggi anche|Menu|Risultati|Dati chiave|Periodo|Anno precedente|Variazione|Calendario trimestrali|"
    "Fonte: LSEG Datastream|Forum|In primo piano|Titoli citati|L'autore|Indice|Questo articolo contiene link di affiliazione.|Consigliati per te|Migliori e peggiori|Torna su",
    "nl": "Home|Nieuws|Markten|Aandelen|Indices|Fondsen|Valuta|Grondstoffen|Crypto|Economie|Bedrijven|Tech|Geldzaken|Wereld|Sport|Leven|Opinie|"
    "Zoeken|Fonds, ISIN of trefwoord|Inloggen|Abonneren|Nieuwsbrief|Elke ochtend de beursupdate voor de opening.|Je e-mailadres|Aanmelden|"
    "Delen|Link kopiëren|Gerelateerd|Meer van {site}|Reacties|Schrijf een reactie…|Plaatsen|"
    "Wij gebruiken cookies en vergelijkbare technieken om content en advertenties te personaliseren en ons bezoek te meten.|Alles accepteren|Weigeren|Instellingen|Advertentie|Meest gelezen|Laatste nieuws|Onderwerpen|Bijgewerkt|Door|Leestijd {n} min|"
    "Privacy|Gebruiksvoorwaarden|Contact|Over ons|Adverteren|Colofon|Alle rechten voorbehouden.|De informatie op deze site is geen beleggingsadvies.|"
    "Koersen minimaal 15 minuten vertraagd.|Koers|Verschil|Volume|+ Volglijst|Lees ook|Menu|Cijfers|Kerncijfers|Periode|Vorig jaar|Verschil|Cijferkalender|"
    "Bron: LSEG Datastream|Forum|Toppers|Fondsen in dit artikel|Over de auteur|Inhoud|Dit artikel bevat affiliate links.|Aanbevolen voor jou|Stijgers en dalers|Naar boven",
    "ja": "トップ|ニュース|マーケット|株式|指数|投資信託|為替|商品|暗号資産|経済|企業|テック|マネー|国際|スポーツ|ライフ|オピニオン|"
    "検索|銘柄名・コード・キーワード|ログイン|会員登録|メールマガジン|取引開始前に市況の要点をお届けします。|メールアドレス|登録する|"
    "シェア|リンクをコピー|関連記事|{site}の記事一覧|コメント|コメントを書く…|投稿|"
    "当サイトではコンテンツや広告のパーソナライズ、アクセス解析のためにCookieを使用しています。|すべて許可|拒否する|設定|広告|アクセスランキング|新着|トピックス|更新|文|{n}分で読めます|"
    "プライバシーポリシー|利用規約|お問い合わせ|会社概要|広告掲載|免責事項|無断転載を禁じます。|掲載情報は投資勧誘を目的としたものではありません。投資の最終判断はご自身でお願いします。|"
    "株価は20分以上遅れて表示されます。|現在値|前日比|出来高|＋ウォッチリスト|あわせて読みたい|メニュー|決算|決算の要点|今期|前期|増減|決算発表予定|"
    "出所：LSEG Datastream|掲示板|主要ニュース|関連銘柄|筆者について|目次|本記事にはアフィリエイトリンクが含まれます。|おすすめ記事|値上がり・値下がり|ページの先頭へ",
    "ko": "홈|뉴스|증권|주식|지수|펀드|환율|원자재|가상자산|경제|기업|IT|재테크|국제|스포츠|라이프|오피니언|"
    "검색|종목명·코드·키워드|로그인|구독|뉴스레터|장 시작 전 시황 브리핑을 받아보세요.|이메일 주소|신청하기|"
    "공유|링크 복사|관련기사|{site} 기사 더보기|댓글|댓글을 입력하세요…|등록|"
    "이 사이트는 콘텐츠와 광고를 맞춤화하고 이용 현황을 분석하기 위해 쿠키를 사용합니다.|모두 동의|거부|설정|광고|많이 본 뉴스|최신 뉴스|키워드|수정|기자|{n}분 분량|"
    "개인정보처리방침|이용약관|고객센터|회사소개|광고문의|청소년보호정책|무단 전재 및 재배포 금지|본 정보는 투자 권유가 아니며 투자 판단의 책임은 투자자에게 있습니다.|"
    "시세는 20분 지연 제공됩니다.|현재가|등락률|거래량|+ 관심종목|함께 볼 만한 뉴스|메뉴|실적|주요 실적|당기|전년|증감|실적 발표 일정|"
    "자료: LSEG Datastream|종목토론실|주요 뉴스|관련 종목|기자 소개|목차|이 글에는 제휴 링크가 포함돼 있습니다.|추천 기사|상승·하락 상위|맨 위로",
    "zh-Hans": "首页|资讯|行情|股票|指数|基金|外汇|期货|数字货币|宏观|公司|科技|理财|国际|体育|生活|评论|"
    "搜索|输入股票代码、名称或关键词|登录|订阅|早报|每个交易日开盘前推送市场要闻。|请输入邮箱|立即订阅|"
    "分享|复制链接|相关阅读|{site}更多文章|评论|说点什么…|发表|"
    "本网站使用Cookie以提供个性化内容和广告并分析访问情况。|全部接受|拒绝|设置|广告|热门排行|最新|标签|更新|作者|阅读约{n}分钟|"
    "隐私政策|用户协议|联系我们|关于我们|广告合作|违法和不良信息举报|版权所有|本文内容仅供参考，不构成投资建议。投资有风险，入市需谨慎。|"
    "行情数据延迟15分钟。|最新价|涨跌幅|成交量|+自选|延伸阅读|菜单|财报|核心数据|本期|上年同期|同比|财报日历|"
    "数据来源：LSEG Datastream|股吧|要闻|相关个股|作者简介|目录|本文含推广链接。|为你推荐|涨跌榜|返回顶部",
    "zh-Hant": "首頁|新聞|行情|台股|指數|基金|外匯|期貨|加密貨幣|總經|產業|科技|理財|國際|體育|生活|評論|"
    "搜尋|輸入股票代號、名稱或關鍵字|登入|訂閱|電子報|每個交易日開盤前寄送盤前重點。|請輸入電子郵件|立即訂閱|"
    "分享|複製連結|相關新聞|更多{site}文章|留言|留下你的想法…|送出|"
    "本網站使用Cookie提供個人化內容與廣告並分析流量。|全部接受|拒絕|設定|廣告|熱門新聞|最新|標籤|更新|作者|閱讀時間約{n}分鐘|"
    "隱私權政策|服務條款|聯絡我們|關於我們|廣告合作|著作權聲明|版權所有，轉載必究。|本網站內容僅供參考，不構成投資建議。|"
    "報價延遲15分鐘。|成交價|漲跌幅|成交量|+自選股|延伸閱讀|選單|財報|重點數據|本期|去年同期|年增率|法說會行事曆|"
    "資料來源：LSEG Datastream|討論區|焦點新聞|相關個股|作者簡介|目錄|本文含推廣連結。|為你推薦|漲跌排行|回到頂端",
    "hi": "होम|समाचार|बाज़ार|शेयर|सूचकांक|म्यूचुअल फंड|मुद्रा|कमोडिटी|क्रिप्टो|अर्थव्यवस्था|कंपनियां|टेक|पर्सनल फाइनेंस|दुनिया|खेल|लाइफस्टाइल|विचार|"
    "खोजें|शेयर, कंपनी या शब्द खोजें|लॉग इन|सब्सक्राइब|न्यूज़लेटर|बाज़ार खुलने से पहले दिन की बड़ी ख़बरें अपने इनबॉक्स में पाएं।|आपका ईमेल|साइन अप|"
    "शेयर करें|लिंक कॉपी करें|संबंधित ख़बरें|{site} की और ख़बरें|टिप्पणियां|अपनी टिप्पणी लिखें…|भेजें|"
    "हम कंटेंट और विज्ञापनों को आपके अनुसार बनाने और ट्रैफ़िक समझने के लिए कुकीज़ का उपयोग करते हैं।|सभी स्वीकार करें|अस्वीकार करें|सेटिंग्स|विज्ञापन|सबसे ज़्यादा पढ़ी गईं|ताज़ा ख़बरें|टॉपिक|अपडेट|लेखक|{n} मिनट में पढ़ें|"
    "गोपनीयता नीति|उपयोग की शर्तें|संपर्क करें|हमारे बारे में|विज्ञापन दें|शिकायत निवारण|सर्वाधिकार सुरक्षित।|यह निवेश सलाह नहीं है। निवेश से पहले अपने वित्तीय सलाहकार से बात करें।|"
    "भाव कम से कम 15 मिनट की देरी से।|भाव|बदलाव|वॉल्यूम|+ वॉचलिस्ट|यह भी पढ़ें|मेन्यू|नतीजे|मुख्य आंकड़े|इस तिमाही|पिछले साल|बदलाव|नतीजों का कैलेंडर|"
    "स्रोत: LSEG Datastream|चर्चा|बड़ी ख़बरें|इस ख़बर के शेयर|लेखक के बारे में|विषय सूची|इस लेख में एफिलिएट लिंक हैं।|आपके लिए|टॉप गेनर्स-लूज़र्स|ऊपर जाएं",
    "tr": "Ana Sayfa|Haberler|Piyasalar|Hisseler|Endeksler|Fonlar|Döviz|Emtia|Kripto|Ekonomi|Şirketler|Teknoloji|Kişisel Finans|Dünya|Spor|Yaşam|Görüş|"
    "Ara|Hisse, şirket veya kelime ara|Giriş yap|Abone ol|Bülten|Piyasa açılmadan önce günün özeti e-postanızda.|E-posta adresiniz|Kaydol|"
    "Paylaş|Bağlantıyı kopyala|İlgili haberler|{site} diğer haberler|Yorumlar|Yorumunuzu yazın…|Gönder|"
    "İçerik ve reklamları kişiselleştirmek ve trafiğimizi analiz etmek için çerezler kullanıyoruz.|Tümünü kabul et|Reddet|Ayarlar|Reklam|En çok okunanlar|Son dakika|Etiketler|Güncelleme|Yazan|{n} dk okuma|"
    "Gizlilik Politikası|Kullanım Koşulları|İletişim|Hakkımızda|Reklam|KVKK Aydınlatma Metni|Tüm hakları saklıdır.|Burada yer alan bilgiler yatırım danışmanlığı kapsamında değildir.|"
    "Veriler en az 15 dakika gecikmelidir.|Son|Değişim|Hacim|+ Takip listesi|Bunu da okuyun|Menü|Bilanço|Temel veriler|Bu dönem|Geçen yıl|Değişim|Bilanço takvimi|"
    "Kaynak: LSEG Datastream|Forum|Öne çıkanlar|Haberdeki hisseler|Yazar hakkında|İçindekiler|Bu yazı satış ortaklığı bağlantıları içerir.|Sizin için önerilenler|Yükselenler ve düşenler|Yukarı çık",
    "vi": "Trang chủ|Tin tức|Thị trường|Cổ phiếu|Chỉ số|Quỹ|Ngoại tệ|Hàng hóa|Tiền số|Vĩ mô|Doanh nghiệp|Công nghệ|Tài chính cá nhân|Thế giới|Thể thao|Đời sống|Góc nhìn|"
    "Tìm kiếm|Nhập mã cổ phiếu, tên công ty hoặc từ khóa|Đăng nhập|Đăng ký|Bản tin|Nhận điểm tin thị trường mỗi sáng trước giờ mở cửa.|Địa chỉ email của bạn|Đăng ký ngay|"
    "Chia sẻ|Sao chép liên kết|Tin liên quan|Thêm từ {site}|Bình luận|Viết bình luận…|Gửi|"
    "Chúng tôi sử dụng cookie để cá nhân hóa nội dung, quảng cáo và phân tích lưu lượng truy cập.|Đồng ý tất cả|Từ chối|Tùy chỉnh|Quảng cáo|Đọc nhiều|Mới nhất|Từ khóa|Cập nhật|Bởi|{n} phút đọc|"
    "Chính sách bảo mật|Điều khoản sử dụng|Liên hệ|Giới thiệu|Liên hệ quảng cáo|Giấy phép|Bản quyền thuộc về tòa soạn.|Thông tin chỉ mang tính tham khảo, không phải khuyến nghị đầu tư.|"
    "Dữ liệu giá trễ 15 phút.|Giá|+/- (%)|Khối lượng|+ Danh mục theo dõi|Xem thêm|Menu|Kết quả kinh doanh|Số liệu chính|Kỳ này|Cùng kỳ|Thay đổi|Lịch công bố KQKD|"
    "Nguồn: LSEG Datastream|Diễn đàn|Tiêu điểm|Mã cổ phiếu liên quan|Về tác giả|Mục lục|Bài viết có chứa liên kết tiếp thị liên kết.|Dành cho bạn|Tăng/giảm mạnh nhất|Lên đầu trang",
    "id": "Beranda|Berita|Pasar|Saham|Indeks|Reksa Dana|Valas|Komoditas|Kripto|Makro|Emiten|Tekno|Keuangan|Dunia|Olahraga|Gaya Hidup|Opini|"
    "Cari|Cari kode saham, emiten atau kata kunci|Masuk|Berlangganan|Buletin|Ringkasan pasar setiap pagi sebelum bursa dibuka.|Alamat email Anda|Daftar|"
    "Bagikan|Salin tautan|Berita terkait|Lainnya dari {site}|Komentar|Tulis komentar…|Kirim|"
    "Kami menggunakan cookie untuk menyesuaikan konten dan iklan serta menganalisis lalu lintas.|Terima semua|Tolak|Atur|Iklan|Terpopuler|Terbaru|Topik|Diperbarui|Oleh|{n} menit membaca|"
    "Kebijakan Privasi|Syarat Penggunaan|Kontak|Tentang Kami|Pasang Iklan|Pedoman Media Siber|Hak cipta dilindungi undang-undang.|Informasi ini bukan ajakan untuk membeli atau menjual efek.|"
    "Data tertunda 15 menit.|Harga|Perubahan|Volume|+ Pantau|Baca juga|Menu|Laporan Keuangan|Data utama|Periode ini|Tahun lalu|Perubahan|Jadwal laporan keuangan|"
    "Sumber: LSEG Datastream|Forum|Berita utama|Saham dalam berita ini|Tentang penulis|Daftar isi|Artikel ini berisi tautan afiliasi.|Rekomendasi untuk Anda|Top gainers dan losers|Kembali ke atas",
    "ar": "الرئيسية|أخبار|الأسواق|الأسهم|المؤشرات|الصناديق|العملات|السلع|العملات المشفرة|اقتصاد|شركات|تقنية|أموالك|العالم|رياضة|منوعات|رأي|"
    "بحث|ابحث عن سهم أو شركة أو كلمة|تسجيل الدخول|اشترك|النشرة البريدية|ملخص الأسواق في بريدك قبل افتتاح التداول.|بريدك الإلكتروني|اشترك الآن|"
    "شارك|نسخ الرابط|أخبار ذات صلة|المزيد من {site}|التعليقات|أضف تعليقك…|نشر|"
    "نستخدم ملفات تعريف الارتباط لتخصيص المحتوى والإعلانات وتحليل الزيارات.|قبول الكل|رفض|الإعدادات|إعلان|الأكثر قراءة|آخر الأخبار|وسوم|تحديث|بقلم|{n} دقائق للقراءة|"
    "سياسة الخصوصية|شروط الاستخدام|اتصل بنا|من نحن|أعلن معنا|إخلاء المسؤولية|جميع الحقوق محفوظة.|المعلومات الواردة لا تعد توصية بالشراء أو البيع.|"
    "الأسعار متأخرة 15 دقيقة على الأقل.|آخر سعر|التغير|حجم التداول|+ قائمة المتابعة|اقرأ أيضا|القائمة|النتائج المالية|أبرز الأرقام|الفترة الحالية|العام السابق|التغير|مواعيد النتائج|"
    "المصدر: LSEG Datastream|المنتدى|أهم الأخبار|أسهم في الخبر|عن الكاتب|المحتويات|تحتوي هذه الصفحة على روابط تسويقية.|مقترح لك|الأكثر ارتفاعا وانخفاضا|إلى الأعلى",
}

UI: dict[str, dict[str, str]] = {}
for _lang, _row in _UI_ROWS.items():
    _vals = _row.split("|")
    assert len(_vals) == len(_KEYS), (_lang, len(_vals), len(_KEYS))
    UI[_lang] = dict(zip(_KEYS, _vals, strict=True))

#: Index and price strips, as each market's portals show them on 18 February 2027 (invented
#: levels). The names are instruments, not credits.
TICKERS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("S&P 500", "6,412.37", "+0.38%"), ("Dow Jones", "45,118.02", "+0.21%"), ("Nasdaq", "21,064.55", "+0.71%"), ("FTSE 100", "8,894.10", "-0.12%"), ("Nikkei 225", "41,327.84", "-0.64%"), ("Brent", "71.86", "-0.9%"), ("Gold", "2,988.40", "+0.3%"), ("Bitcoin", "94,215", "-2.6%")],
    "de": [("DAX", "23.482,15", "-0,41 %"), ("MDAX", "27.903,62", "-0,88 %"), ("SDAX", "14.618,07", "-1,02 %"), ("TecDAX", "3.796,44", "-0,17 %"), ("Euro Stoxx 50", "5.512,80", "-0,22 %"), ("EUR/USD", "1,0638", "+0,12 %"), ("Gold", "2.988,40", "+0,31 %"), ("Bitcoin", "88.560", "-2,48 %")],
    "fr": [("CAC 40", "8.104,52", "+0,27 %"), ("SBF 120", "6.071,33", "+0,19 %"), ("Euro Stoxx 50", "5.512,80", "-0,22 %"), ("EUR/USD", "1,0638", "+0,12 %"), ("Brent", "71,86", "-0,9 %"), ("Or", "2.988,40", "+0,3 %")],
    "it": [("FTSE MIB", "38.241,19", "+0,44%"), ("FTSE Italia All-Share", "40.512,70", "+0,39%"), ("Spread BTP-Bund", "104", "-2"), ("EUR/USD", "1,0638", "+0,12%"), ("Brent", "71,86", "-0,9%"), ("Oro", "2.988,40", "+0,3%")],
    "nl": [("AEX", "942,18", "+0,52%"), ("AMX", "968,40", "+0,11%"), ("AScX", "1.214,37", "-0,26%"), ("BEL 20", "4.612,03", "+0,08%"), ("EUR/USD", "1,0638", "+0,12%"), ("Brent", "71,86", "-0,9%")],
    "ja": [("日経平均", "41,327.84", "-265.40"), ("TOPIX", "2,914.63", "-11.02"), ("グロース250", "712.45", "+3.18"), ("ドル/円", "151.84", "+0.36"), ("NYダウ", "45,118.02", "+94.61"), ("WTI原油", "68.12", "-0.71")],
    "ko": [("코스피", "2,964.18", "+0.52%"), ("코스닥", "884.72", "+1.06%"), ("코스피200", "398.41", "+0.47%"), ("원/달러", "1,412.50", "-3.20"), ("다우존스", "45,118.02", "+0.21%"), ("WTI", "68.12", "-1.03%")],
    "zh-Hans": [("上证指数", "3,482.16", "+0.37%"), ("深证成指", "11,208.54", "+0.61%"), ("创业板指", "2,286.09", "+1.12%"), ("沪深300", "4,105.77", "+0.42%"), ("恒生指数", "23,614.30", "-0.28%"), ("美元/人民币", "7.1420", "-0.05%")],
    "zh-Hant": [("加權指數", "23,418.65", "+0.84%"), ("櫃買指數", "268.41", "+0.57%"), ("電子類指數", "1,306.22", "+1.03%"), ("美元/新台幣", "32.714", "-0.06%"), ("道瓊工業", "45,118.02", "+0.21%"), ("費城半導體", "5,612.38", "+1.46%")],
    "hi": [("सेंसेक्स", "84,215.36", "+0.42%"), ("निफ्टी 50", "25,703.15", "+0.38%"), ("बैंक निफ्टी", "55,410.80", "+0.26%"), ("निफ्टी मिडकैप", "59,844.20", "+0.91%"), ("डॉलर/रुपया", "87.42", "-0.08%"), ("सोना (10 ग्राम)", "₹86,540", "+0.3%")],
    "tr": [("BIST 100", "11.284,61", "-0,37%"), ("BIST 30", "12.410,08", "-0,45%"), ("Dolar/TL", "38,6142", "+0,08%"), ("Euro/TL", "41,0771", "+0,19%"), ("Gram Altın", "3.712,40", "+0,34%"), ("Brent", "71,86", "-0,9%")],
    "vi": [("VN-Index", "1.338,62", "+0,71%"), ("VN30", "1.402,15", "+0,84%"), ("HNX-Index", "238,40", "+0,22%"), ("UPCoM", "101,86", "-0,09%"), ("USD/VND", "25.680", "+0,02%"), ("Vàng SJC", "94,2 tr", "+0,4%")],
    "id": [("IHSG", "7.612,48", "-0,31%"), ("LQ45", "892,17", "-0,46%"), ("IDX30", "451,02", "-0,52%"), ("USD/IDR", "16.342", "+0,11%"), ("Emas Antam", "1.712.000", "+0,4%"), ("Batu bara", "108,40", "-1,2%")],
    "ar": [("تاسي", "12,418.66", "-0.21%"), ("نمو", "30,107.42", "+0.34%"), ("سوق دبي", "5,612.08", "+0.45%"), ("أبوظبي", "9,874.31", "+0.12%"), ("برنت", "71.86", "-0.9%"), ("الذهب", "2,988.40", "+0.3%")],
}

#: Readers' comments under a blog post (the blog family's languages).
BLOG_COMMENTS: dict[str, list[tuple[str, str]]] = {
    "en": [("Dana R.", "Thanks, this is helpful."), ("Mike T", "Does this apply to existing accounts too?"), ("frugalnurse", "Great breakdown 👍"), ("Priya", "Bookmarked!"), ("J. Okoro", "Appreciate the update.")],
    "fr": [("Sophie L.", "Merci pour cet article très clair."), ("Marc", "Est-ce que ça concerne aussi les anciens clients ?"), ("Nadia", "Bon à savoir, merci !"), ("Thierry B.", "Je vais comparer avec ma banque."), ("Julie", "Enfin une explication simple.")],
    "nl": [("Anouk", "Duidelijk stuk, dank je."), ("Peter de V.", "Geldt dit ook voor lopende offertes?"), ("Marloes", "Handig overzicht!"), ("Bas", "Ik ga mijn rente eens vergelijken."), ("Ingrid", "Goed uitgelegd.")],
    "hi": [("सुनील", "बहुत उपयोगी जानकारी, धन्यवाद।"), ("प्रिया के.", "क्या यह पुरानी एफडी पर भी लागू होगा?"), ("रमेश", "अच्छा लेख।"), ("अनीता", "सरल भाषा में समझाया, धन्यवाद।"), ("विकास", "बुकमार्क कर लिया।")],
    "id": [("Rina", "Terima kasih, sangat membantu."), ("Budi S.", "Apakah ini berlaku juga untuk pinjaman lama?"), ("Dewi", "Informasinya jelas sekali."), ("Agus", "Mantap, ditunggu update berikutnya."), ("Sari", "Sudah saya bagikan ke keluarga.")],
}

#: The earnings family's calendar of (invented) companies reporting next.
CALENDAR: dict[str, list[str]] = {
    "en": ["Halvorsen Logistics", "Meridale Foods", "Quarry Point Semis", "Tynemouth Glassworks"],
    "ja": ["北陸精機", "瀬戸内化成", "みなと電装", "信濃ケミカル"],
    "ko": ["한강정밀", "동해화학", "새솔전자", "영남에너지"],
    "zh-Hans": ["华岳精工", "淮河新材", "滨湖电子", "锡山股份"],
    "hi": ["गिरनार केमिकल्स", "नर्मदा स्टील", "सह्याद्रि फूड्स", "कच्छ सॉल्ट वर्क्स"],
}

COINS = [("BTC", "94,215.40", "-2.61%"), ("ETH", "3,186.20", "-2.44%"), ("SOL", "182.07", "-4.12%"), ("XRP", "2.318", "-1.37%"), ("BNB", "612.90", "-0.88%"), ("DOGE", "0.2214", "-3.05%")]


@dataclass
class Page:
    """Everything a template needs for one page (built by `build43.render`)."""

    lang: str
    site: str
    site_name: str
    host: str
    url: str
    canonical: str
    title: str
    description: str
    section: str
    author: str | None
    date_iso: str
    date_text: str
    paras: list[str]
    slots: dict[str, list[str]] = field(default_factory=dict)
    figure: dict[str, Any] | None = None
    related: list[tuple[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    meta_extra: list[tuple[str, str, str]] = field(default_factory=list)
    og_site_name: str | None = None
    quote: dict[str, Any] | None = None
    elsewhere: list[tuple[str, str, str]] = field(default_factory=list)
    author_bio: str | None = None
    read_minutes: int = 3
    seed: int = 0

    @property
    def ui(self) -> dict[str, str]:
        return UI[self.lang]

    @property
    def dir(self) -> str:
        return "rtl" if self.lang in RTL else "ltr"


def e(text: str) -> str:
    return escape(text, quote=True)


def seed_of(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def pick(p: Page, options: list[Any] | tuple[Any, ...], salt: str = "") -> Any:
    return options[seed_of(f"{p.url}|{salt}") % len(options)]


def html_open(p: Page, cls: str = "") -> str:
    rtl = ' dir="rtl"' if p.dir == "rtl" else ""
    klass = f' class="{cls}"' if cls else ""
    return f'<!DOCTYPE html>\n<html lang="{p.lang}"{rtl}{klass}>'


def label_value(line: str, cls: str = "src") -> str:
    """A credit or source line as sites print it: label and value in two elements where the
    line has a label (the text stays the same, whitespace included)."""
    for sep in ("：", ": ", " : "):
        if sep in line:
            label, value = line.split(sep, 1)
            if sep == "：":
                return f'<span class="{cls}-label">{e(label)}：</span><span class="{cls}-name">{e(value)}</span>'
            lab = label + sep.rstrip()
            return f'<span class="{cls}-label">{e(lab)}</span> <span class="{cls}-name">{e(value)}</span>'
    return e(line)


def meta_head(p: Page, css: list[str], extra: str = "", title_sep: str = " | ") -> str:
    """The <head> most news CMSes emit: charset, viewport, title, description, canonical, Open
    Graph and Twitter cards, article times, JSON-LD, stylesheets and whatever the family adds."""
    og_site = p.og_site_name or p.site_name
    image = f"https://{p.host}/images/2027/02/{seed_of(p.url) % 900000 + 100000}-1200x675.jpg"
    lines = [
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(p.title)}{e(title_sep)}{e(p.site_name)}</title>",
        f'<meta name="description" content="{e(p.description)}">',
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        f'<link rel="canonical" href="{e(p.canonical)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{e(p.title)}">',
        f'<meta property="og:description" content="{e(p.description)}">',
        f'<meta property="og:url" content="{e(p.url)}">',
        f'<meta property="og:site_name" content="{e(og_site)}">',
        f'<meta property="og:image" content="{e(image)}">',
        f'<meta property="article:published_time" content="{p.date_iso}">',
        f'<meta property="article:section" content="{e(p.section)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:title" content="{e(p.title)}">',
    ]
    for attr, key, content in p.meta_extra:
        lines.append(f'<meta {attr}="{e(key)}" content="{e(content)}">')
    for href in css:
        lines.append(f'<link rel="stylesheet" href="{e(href)}">')
    for block in p.jsonld:
        lines.append('<script type="application/ld+json">' + json.dumps(block, ensure_ascii=False) + "</script>")
    if extra:
        lines.append(extra)
    lines.append("</head>")
    return "\n".join(lines)


def paras_with(p: Page, para: Any, mid: Any = None, inserts: dict[int, str] | None = None) -> str:
    """The article's paragraphs, each made by ``para(i, text)``; the ``mid`` slot's box (made by
    ``mid(lines)``) after the second paragraph, and any ``inserts`` (ad slots, read-also boxes)
    after the paragraph they are keyed by."""
    out: list[str] = []
    n = len(p.paras)
    mid_at = min(2, n - 1)
    for i, text in enumerate(p.paras):
        out.append(para(i, text))
        if mid and p.slots.get("mid") and i == mid_at - 1:
            out.append(mid(p.slots["mid"]))
        if inserts and i in inserts and i < n - 1:
            out.append(inserts[i])
    return "\n".join(out)


def chart_svg(p: Page, points: int = 40, width: int = 640, height: int = 220) -> str:
    """A line chart drawn the way charting widgets inline it (deterministic from the URL)."""
    s = seed_of(p.url + "chart")
    ys: list[float] = []
    y = 120.0
    for _ in range(points):
        s = (s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        y += ((s >> 33) % 21 - 10) * 1.3
        y = min(max(y, 20.0), height - 20.0)
        ys.append(y)
    step = width / (points - 1)
    path = " ".join(f"{i * step:.1f},{v:.1f}" for i, v in enumerate(ys))
    return (
        f'<svg class="chart-svg" viewBox="0 0 {width} {height}" role="img" aria-hidden="true" preserveAspectRatio="none">'
        f'<g class="grid"><line x1="0" y1="55" x2="{width}" y2="55"/><line x1="0" y1="110" x2="{width}" y2="110"/><line x1="0" y1="165" x2="{width}" y2="165"/></g>'
        f'<polyline fill="none" stroke="currentColor" stroke-width="2" points="{path}"/></svg>'
    )


def figure_html(p: Page, cls: str = "article-figure", cap_cls: str = "caption") -> str:
    """The lead photo or chart: a caption only where the page has one (the caption pages, and
    a chart's data line)."""
    f = p.figure
    if not f:
        return ""
    if f["kind"] == "chart":
        cap = f.get("caption")
        capline = f'<figcaption class="{cap_cls}">{e(cap)}</figcaption>' if cap else ""
        return f'<figure class="{cls} {cls}--chart">\n{chart_svg(p)}\n{capline}\n</figure>'
    src = f["src"]
    cap = f.get("caption")
    capline = f'\n<figcaption class="{cap_cls}">{e(cap)}</figcaption>' if cap else ""
    return (
        f'<figure class="{cls}">\n<picture><source type="image/webp" srcset="{e(src)}.webp 1x, {e(src)}@2x.webp 2x">'
        f'<img src="{e(src)}.jpg" alt="{e(f["alt"])}" width="1200" height="675" decoding="async" fetchpriority="high"></picture>{capline}\n</figure>'
    )


def share_links(p: Page, cls: str = "share") -> str:
    u = e(p.url)
    ui = p.ui
    return (
        f'<div class="{cls}" aria-label="{e(ui["share"])}">'
        f'<a class="{cls}__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" rel="noopener" target="_blank"><span class="sr-only">Facebook</span></a> '
        f'<a class="{cls}__x" href="https://x.com/intent/post?url={u}" rel="noopener" target="_blank"><span class="sr-only">X</span></a> '
        f'<a class="{cls}__in" href="https://www.linkedin.com/sharing/share-offsite/?url={u}" rel="noopener" target="_blank"><span class="sr-only">LinkedIn</span></a> '
        f'<a class="{cls}__wa" href="https://api.whatsapp.com/send?text={u}" rel="noopener" target="_blank"><span class="sr-only">WhatsApp</span></a> '
        f'<button class="{cls}__copy" type="button" data-url="{u}">{e(ui["copy_link"])}</button></div>'
    )


def ticker_items(p: Page, cls: str) -> str:
    items = []
    for name, value, chg in TICKERS[p.lang]:
        sign = "down" if chg.startswith("-") else "up"
        items.append(f'<li class="{cls}__item {cls}__item--{sign}"><span class="{cls}__name">{e(name)}</span> <span class="{cls}__value">{e(value)}</span> <span class="{cls}__chg">{e(chg)}</span></li>')
    return "\n".join(items)


def cookie_bar(p: Page, style: str) -> str:
    ui = p.ui
    if style == "onetrust":
        return (
            '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">'
            f'<div id="onetrust-policy"><p id="onetrust-policy-text">{e(ui["cookie"])} <a href="/privacy" class="ot-cookie-policy-link">{e(ui["privacy"])}</a></p></div>'
            f'<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">{e(ui["manage"])}</button> <button id="onetrust-reject-all-handler">{e(ui["reject"])}</button> <button id="onetrust-accept-btn-handler">{e(ui["accept"])}</button></div>'
            "</div></div>"
        )
    if style == "cmp":
        return (
            f'<div class="fc-consent-root" data-nosnippet><div class="fc-dialog" role="dialog"><p class="fc-dialog-body">{e(ui["cookie"])}</p>'
            f'<button class="fc-cta-consent">{e(ui["accept"])}</button> <button class="fc-cta-manage-options">{e(ui["manage"])}</button></div></div>'
        )
    return (
        f'<div class="cookie-notice" id="cookie-notice" hidden><span>{e(ui["cookie"])}</span> '
        f'<button class="cookie-notice__ok" type="button">{e(ui["accept"])}</button> <a href="/privacy">{e(ui["privacy"])}</a></div>'
    )


def newsletter_form(p: Page, cls: str, action: str) -> str:
    ui = p.ui
    return (
        f'<form class="{cls}" action="{e(action)}" method="post"><h3 class="{cls}__title">{e(ui["newsletter"])}</h3>'
        f'<p class="{cls}__pitch">{e(ui["newsletter_pitch"])}</p>'
        f'<label class="sr-only" for="nl-email">{e(ui["email_ph"])}</label><input id="nl-email" type="email" name="email" placeholder="{e(ui["email_ph"])}" required> '
        f'<button type="submit">{e(ui["signup"])}</button></form>'
    )


def gtm(container: str) -> str:
    return (
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
        "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
        f"j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','{container}');</script>"
    )


def gpt_head(network: str, units: list[str]) -> str:
    defs = "".join(f"googletag.defineSlot('/{network}/{u}',[[300,250],[728,90]],'{u}').addService(googletag.pubads());" for u in units)
    return (
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n'
        f"<script>window.googletag=window.googletag||{{cmd:[]}};googletag.cmd.push(function(){{{defs}googletag.pubads().enableSingleRequest();googletag.enableServices();}});</script>"
    )


def ad_slot(p: Page, unit: str, cls: str = "ad-slot") -> str:
    return f'<div class="{cls}" data-label="{e(p.ui["ad"])}"><div id="{e(unit)}" class="{cls}__unit"><script>googletag.cmd.push(function(){{googletag.display(\'{e(unit)}\');}});</script></div></div>'


def related_list(p: Page, cls: str, title: str, with_time: bool = False) -> str:
    items = []
    for i, (t, href) in enumerate(p.related):
        when = f'<time class="{cls}__time">{(9 + i) % 24:02d}:{(17 * (i + 1)) % 60:02d}</time> ' if with_time else ""
        items.append(f'<li class="{cls}__item">{when}<a href="{e(href)}">{e(t)}</a></li>')
    return f'<section class="{cls}"><h2 class="{cls}__title">{e(title)}</h2>\n<ul class="{cls}__list">\n' + "\n".join(items) + "\n</ul></section>"


def slot_lines(p: Page, slot: str, tag: str, cls: str, split: bool = True) -> str:
    lines = p.slots.get(slot, [])
    return "\n".join(f'<{tag} class="{cls}">{label_value(x) if split else e(x)}</{tag}>' for x in lines)


# --- 1. quote: a stock-market portal's news page (ticker bar, quote widget, comments) -------------

def render_quote(p: Page) -> str:
    ui = p.ui
    q = p.quote or {}
    head_extra = "\n".join([
        '<link rel="preconnect" href="https://streaming.quotefeed.net">',
        gpt_head("21804417", ["qt_top", "qt_mpu1", "qt_mpu2"]),
        gtm("GTM-Q7F2KD"),
        '<script src="/static/js/streamer.min.js" defer></script>',
    ])
    nav = "".join(f'<li><a href="/{k}/">{e(ui[k])}</a></li>' for k in ("news", "stocks", "indices", "funds", "forex", "commodities", "crypto"))
    sign = "down" if str(q.get("change", "")).startswith("-") else "up"
    widget = ""
    if q.get("symbol"):
        widget = (
            f'<aside class="quote-box" data-symbol="{e(str(q["symbol"]))}" data-stream="1">'
            f'<div class="quote-box__head"><a class="quote-box__name" href="/quote/{e(str(q["symbol"]).lower())}/">{e(str(q["name"]))}</a> '
            f'<span class="quote-box__sym">{e(str(q["symbol"]))} · {e(str(q["exchange"]))}</span></div>'
            f'<div class="quote-box__px quote-box__px--{sign}"><span class="quote-box__last">{e(str(q["price"]))}</span> <span class="quote-box__cur">{e(str(q["cur"]))}</span> '
            f'<span class="quote-box__chg">{e(str(q["change"]))}</span></div>'
            f'<dl class="quote-box__stats"><dt>{e(ui["volume"])}</dt><dd>{seed_of(p.url) % 900 + 100},{seed_of(p.url + "v") % 900 + 100}</dd></dl>'
            f'<button class="quote-box__watch" type="button">{e(ui["watchlist"])}</button>'
            f'<p class="quote-box__note">{e(ui["delayed"])}</p></aside>'
        )
    byline_bits = []
    if p.author:
        byline_bits.append(f'<span class="art-meta__author">{e(ui["by"])} {e(p.author)}</span>')
    byline_bits.append(f'<time class="art-meta__time" datetime="{p.date_iso}">{e(p.date_text)}</time>')
    for line in p.slots.get("byline", []):
        byline_bits.append(f'<span class="art-meta__provider">{label_value(line)}</span>')
    body = paras_with(
        p,
        lambda i, t: f"<p>{e(t)}</p>",
        mid=lambda lines: '<div class="art-note">' + "".join(f"<p>{e(x)}</p>" for x in lines) + "</div>",
        inserts={1: ad_slot(p, "qt_mpu1", "ad-inline")},
    )
    comments = (
        f'<section class="discussion" id="comments"><h2>{e(ui["comments"])} <span class="discussion__count">({seed_of(p.url) % 40 + 3})</span></h2>'
        f'<form class="discussion__form" action="/community/post" method="post"><textarea name="body" placeholder="{e(ui["comment_ph"])}"></textarea> <button>{e(ui["post"])}</button></form>'
        f'<p class="discussion__login"><a href="/login?next={e(p.url)}">{e(ui["login"])}</a></p></section>'
    )
    parts = [
        html_open(p),
        meta_head(p, ["/static/css/portal.4f1c2a.css"], head_extra, " – "),
        f'<body class="page-news lang-{p.lang}">',
        f'<div class="topbar"><a href="/login">{e(ui["login"])}</a> <a class="topbar__cta" href="/premium">{e(ui["subscribe"])}</a></div>',
        f'<header class="masthead"><a class="masthead__logo" href="/"><img src="/static/img/logo.svg" alt="{e(p.site_name)}" width="180" height="36"></a>',
        f'<form class="masthead__search" action="/search" role="search"><input type="search" name="q" placeholder="{e(ui["search_ph"])}" autocomplete="off"><button>{e(ui["search"])}</button></form>',
        f'<nav class="mainnav" aria-label="{e(ui["menu"])}"><ul>{nav}</ul></nav></header>',
        f'<div class="tickerbar" role="marquee"><ul class="tickerbar__list">\n{ticker_items(p, "tickerbar")}\n</ul></div>',
        ad_slot(p, "qt_top", "ad-leaderboard"),
        f'<nav class="crumbs"><a href="/">{e(ui["home"])}</a> › <a href="/news/">{e(ui["news"])}</a> › <span>{e(p.section)}</span></nav>',
        '<div class="layout"><main class="layout__main">',
        '<article class="art" itemscope itemtype="https://schema.org/NewsArticle">',
        f'<h1 class="art__title" itemprop="headline">{e(p.title)}</h1>',
        f'<div class="art-meta">{" · ".join(byline_bits)}</div>',
        slot_lines(p, "top", "p", "art__provider"),
        widget,
        figure_html(p, "art__figure", "art__caption"),
        f'<div class="art__body" itemprop="articleBody">\n{body}\n</div>',
        slot_lines(p, "end", "p", "art__source"),
        slot_lines(p, "tag", "p", "art__via"),
        share_links(p, "art-share"),
        (f'<div class="art-symbols"><span>{e(ui["related_stocks"])}:</span> <a href="/quote/{e(str(q.get("symbol", "")).lower())}/">{e(str(q.get("symbol", "")))}</a></div>' if q.get("symbol") else ""),
        f'<p class="art__disclaimer">{e(ui["invest_disclaimer"])}</p>',
        "</article>",
        related_list(p, "newslist", ui["latest"], with_time=True),
        slot_lines(p, "source", "p", "newslist__source"),
        comments,
        "</main>",
        f'<aside class="layout__side">{ad_slot(p, "qt_mpu2", "ad-side")}<section class="movers"><h2>{e(ui["indices"])}</h2><table class="movers__tbl"><tbody>'
        + "".join(f'<tr><td>{e(n)}</td><td>{e(v)}</td><td>{e(c)}</td></tr>' for n, v, c in TICKERS[p.lang][:5])
        + "</tbody></table></section></aside></div>",
        f'<footer class="site-foot"><nav><a href="/imprint">{e(ui["imprint"])}</a> <a href="/privacy">{e(ui["privacy"])}</a> <a href="/terms">{e(ui["terms"])}</a> <a href="/advertise">{e(ui["advertise"])}</a> <a href="/contact">{e(ui["contact"])}</a></nav>',
        f'<p class="site-foot__data">{e(ui["delayed"])}</p><p class="site-foot__copy">© 2027 {e(p.site_name)}. {e(ui["rights"])}</p></footer>',
        cookie_bar(p, "onetrust"),
        '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="5b2f0e7c-44a1-4c7e-9d3e-2c8b1f6a0e13"></script>',
        "</body>\n</html>",
    ]
    return "\n".join(x for x in parts if x)


# --- 2. feed: an investor-news site's newsfeed page carrying wire and own reports ------------------

def render_feed(p: Page) -> str:
    ui = p.ui
    head_extra = "\n".join([
        '<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss/news.xml">',
        '<script>window.__FEED_CFG={"poll":30000,"lang":"' + p.lang + '"};</script>',
        '<script type="module" src="/assets/feed.8c31e0.js"></script>',
        gtm("GTM-NF83RX"),
    ])
    tabs = "".join(f'<li role="presentation"><a role="tab" href="/{k}/">{e(ui[k])}</a></li>' for k in ("latest", "companies", "markets", "economy", "commodities"))
    side_feed = "".join(
        f'<li class="feed__row"><time>{(8 + i) % 24:02d}:{(7 * (i + 3)) % 60:02d}</time> <a href="{e(h)}">{e(t)}</a></li>'
        for i, (t, h) in enumerate(p.related)
    )
    meta_bits = [f'<time datetime="{p.date_iso}">{e(p.date_text)}</time>']
    if p.author:
        meta_bits.append(f'<span class="story__author">{e(p.author)}</span>')
    for line in p.slots.get("byline", []):
        meta_bits.append(f'<span class="story__agency">{label_value(line)}</span>')
    body = paras_with(
        p,
        lambda i, t: f'<p class="story__p">{e(t)}</p>',
        mid=lambda lines: '<aside class="story__box">' + "".join(f"<p>{e(x)}</p>" for x in lines) + "</aside>",
    )
    snapshot = (
        f'<table class="snapshot"><caption>{e(ui["markets"])}</caption><thead><tr><th></th><th>{e(ui["price"])}</th><th>{e(ui["change"])}</th></tr></thead><tbody>'
        + "".join(f"<tr><th>{e(n)}</th><td>{e(v)}</td><td>{e(c)}</td></tr>" for n, v, c in TICKERS[p.lang][:4])
        + f'</tbody></table><p class="snapshot__note">{e(ui["delayed"])}</p>'
    )
    parts = [
        html_open(p),
        meta_head(p, ["/assets/feed.8c31e0.css"], head_extra),
        f'<body class="feed-page" data-lang="{p.lang}">',
        f'<a class="skip" href="#story">{e(ui["news"])}</a>',
        f'<header class="hdr"><button class="hdr__menu" aria-label="{e(ui["menu"])}">☰</button> <a class="hdr__brand" href="/">{e(p.site_name)}</a>',
        f'<nav class="hdr__nav"><a href="/">{e(ui["home"])}</a> <a href="/markets/">{e(ui["markets"])}</a> <a href="/stocks/">{e(ui["stocks"])}</a> <a href="/economy/">{e(ui["economy"])}</a> <a href="/commodities/">{e(ui["commodities"])}</a></nav>',
        f'<a class="hdr__login" href="/account">{e(ui["login"])}</a></header>',
        f'<div class="strip"><ul>{ticker_items(p, "strip")}</ul></div>',
        f'<ul class="tabs" role="tablist">{tabs}</ul>',
        '<div class="cols">',
        f'<aside class="feed" aria-label="{e(ui["latest"])}"><h2 class="feed__title">{e(ui["latest"])}</h2><ol class="feed__list">{side_feed}</ol></aside>',
        '<main id="story" class="story">',
        f'<div class="story__kicker">{e(p.section)}</div>',
        f"<h1 class=\"story__title\">{e(p.title)}</h1>",
        f'<div class="story__meta">{" | ".join(meta_bits)}</div>',
        slot_lines(p, "top", "p", "story__credit"),
        figure_html(p, "story__fig", "story__figcap"),
        f'<div class="story__text">\n{body}\n</div>',
        slot_lines(p, "end", "p", "story__end"),
        slot_lines(p, "tag", "p", "story__end"),
        share_links(p, "story__share"),
        snapshot,
        f'<p class="story__disclaimer">{e(ui["invest_disclaimer"])}</p>',
        related_list(p, "more", ui["related"]),
        slot_lines(p, "source", "p", "more__source"),
        "</main>",
        f'<aside class="rail">{newsletter_form(p, "rail-nl", "/newsletter/subscribe")}<div class="rail__ad" data-label="{e(ui["ad"])}" id="div-gpt-rail"></div></aside>',
        "</div>",
        f'<footer class="ftr"><p>© 2027 {e(p.site_name)} — {e(ui["rights"])}</p><p><a href="/about">{e(ui["about"])}</a> · <a href="/privacy">{e(ui["privacy"])}</a> · <a href="/terms">{e(ui["terms"])}</a> · <a href="/imprint">{e(ui["imprint"])}</a></p></footer>',
        cookie_bar(p, "cmp"),
        "</body>\n</html>",
    ]
    return "\n".join(x for x in parts if x)


# --- 3. pfblog: a WordPress personal-finance blog (affiliate note, author box, comments) ----------

def render_pfblog(p: Page) -> str:
    ui = p.ui
    slug = p.url.rstrip("/").rsplit("/", 1)[-1]
    head_extra = "\n".join([
        '<meta name="generator" content="WordPress 6.7.2">',
        f'<link rel="alternate" type="application/rss+xml" title="{e(p.site_name)} &raquo; Feed" href="https://{p.host}/feed/">',
        f'<link rel="https://api.w.org/" href="https://{p.host}/wp-json/">',
        f"<link rel='shortlink' href='https://{p.host}/?p={seed_of(p.url) % 9000 + 1000}'>",
        "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' media='all'>",
        "<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>",
        "<style id='generate-style-inline-css'>body{background-color:#f7f8f9;color:#222}.entry-content a{color:#0a6b4f}</style>",
    ])
    cats = f'<span class="cat-links"><a href="/category/{e(slug[:3])}/" rel="category tag">{e(p.section)}</a></span>'
    by = f'<span class="byline">{e(ui["by"])} <span class="author vcard"><a class="url fn n" href="/author/{e((p.author or "admin").split()[0].lower())}/">{e(p.author or p.site_name)}</a></span></span>' if p.author else ""
    extra_by = "".join(f' <span class="source-line">{label_value(x)}</span>' for x in p.slots.get("byline", []))
    body = paras_with(
        p,
        lambda i, t: f"<p>{e(t)}</p>",
        mid=lambda lines: '<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><div class="wp-block-group__inner-container">' + "".join(f"<p>{e(x)}</p>" for x in lines) + "</div></div>",
        inserts={2: f'<div class="code-block code-block-2" style="margin: 8px auto; text-align: center;"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-{seed_of(p.site) % 10**15:015d}" data-ad-slot="{seed_of(p.url) % 10**9}" data-ad-format="auto"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>'},
    )
    top = "".join(f'<p class="has-small-font-size syndication-note"><em>{e(x)}</em></p>' for x in p.slots.get("top", []))
    end = "".join(f'<p class="has-small-font-size"><em>{e(x)}</em></p>' for x in p.slots.get("end", []))
    box = "".join(f'<div class="wp-block-group republish-box"><div class="wp-block-group__inner-container"><p>{e(x)}</p></div></div>' for x in p.slots.get("box", []))
    bio = ""
    if p.author:
        bio_text = p.author_bio or ""
        bio = (
            f'<div class="author-box"><img alt="" src="https://secure.gravatar.com/avatar/{seed_of(p.author) % 16**32:032x}?s=96&d=mm&r=g" class="avatar avatar-96 photo" height="96" width="96">'
            f'<div class="author-box__text"><h4>{e(ui["author_about"])}: {e(p.author)}</h4>' + (f"<p>{e(bio_text)}</p>" if bio_text else "") + "</div></div>"
        )
    related = "".join(f'<div class="yarpp-thumbnail"><a href="{e(h)}" rel="bookmark"><span class="yarpp-thumbnail-title">{e(t)}</span></a></div>' for t, h in p.related)
    ncom = seed_of(p.url) % 4 + 2
    comments = "".join(
        f'<li id="comment-{seed_of(p.url + who) % 90000 + 10000}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><b class="fn">{e(who)}</b> <time>{e(p.date_text)}</time></footer><div class="comment-content"><p>{e(said)}</p></div></article></li>'
        for who, said in BLOG_COMMENTS[p.lang][:ncom]
    )
    sidebar = (
        f'<aside id="secondary" class="widget-area sidebar"><section class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="{e(ui["search"])} …" name="s"></form></section>'
        f'<section class="widget widget_recent_entries"><h2 class="widget-title">{e(ui["latest"])}</h2><ul>' + "".join(f'<li><a href="{e(h)}">{e(t)}</a></li>' for t, h in p.related[::-1]) + "</ul></section>"
        f'<section class="widget mc4wp_form_widget">{newsletter_form(p, "mc4wp-form", "/?mc4wp-submit=1")}</section></aside>'
    )
    parts = [
        html_open(p),
        meta_head(p, ["/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"], head_extra, " - "),
        f'<body class="post-template-default single single-post postid-{seed_of(p.url) % 9000 + 1000} single-format-standard wp-embed-responsive right-sidebar">',
        '<a class="screen-reader-text skip-link" href="#content">Skip to content</a>',
        f'<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="/" rel="home">{e(p.site_name)}</a></p></div>',
        f'<nav class="main-navigation" id="site-navigation"><ul id="menu-primary" class="menu"><li class="menu-item"><a href="/">{e(ui["home"])}</a></li><li class="menu-item"><a href="/category/money/">{e(ui["money"])}</a></li><li class="menu-item"><a href="/category/invest/">{e(ui["funds"])}</a></li><li class="menu-item"><a href="/newsletter/">{e(ui["newsletter"])}</a></li><li class="menu-item"><a href="/about/">{e(ui["about"])}</a></li></ul></nav></div></header>',
        '<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">',
        f'<article id="post-{seed_of(p.url) % 9000 + 1000}" class="post type-post status-publish format-standard has-post-thumbnail hentry"><div class="inside-article">',
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(p.title)}</h1>',
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{p.date_iso}">{e(p.date_text)}</time></span> {by}{extra_by}</div></header>',
        figure_html(p, "featured-image wp-block-image", "wp-element-caption"),
        '<div class="entry-content" itemprop="text">',
        f'<div class="affiliate-disclosure"><p><small>{e(ui["affiliate"])}</small></p></div>',
        top,
        body,
        end,
        box,
        "</div>",
        f'<footer class="entry-meta" aria-label="Entry meta">{cats} <span class="tags-links">' + ", ".join(f'<a href="/tag/{i}/" rel="tag">{e(t)}</a>' for i, t in enumerate(p.tags)) + "</span></footer>",
        bio,
        "</div></article>",
        f'<div class="yarpp yarpp-related"><h3>{e(ui["related"])}</h3><div class="yarpp-thumbnails-horizontal">{related}</div></div>',
        slot_lines(p, "source", "p", "post-source"),
        f'<div id="comments"><h3 class="comments-title">{ncom} {e(ui["comments"])}</h3><ol class="comment-list">{comments}</ol>',
        f'<div id="respond" class="comment-respond"><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="{e(ui["comment_ph"])}"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{e(ui["post"])}"></p></form></div></div>',
        "</main></div>",
        sidebar,
        "</div></div>",
        f'<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2027 {e(p.site_name)} &bull; <a href="/privacy-policy/">{e(ui["privacy"])}</a> &bull; <a href="/disclaimer/">{e(ui["terms"])}</a></div></div></footer></div>',
        cookie_bar(p, "plain"),
        "<script src='/wp-includes/js/comment-reply.min.js?ver=6.7.2' id='comment-reply-js' async data-wp-strategy='async'></script>",
        '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>',
        "</body>\n</html>",
    ]
    return "\n".join(x for x in parts if x)


# --- 4. crypto: a crypto news site on Next.js (coin ticker, tags, disclaimer, __NEXT_DATA__) ------

def render_crypto(p: Page) -> str:
    ui = p.ui
    build = f"{seed_of(p.site) % 16**12:012x}"
    head_extra = "\n".join([
        '<meta name="next-head-count" content="24">',
        f'<link rel="preload" href="/_next/static/css/{build[:8]}.css" as="style">',
        f'<script defer src="/_next/static/chunks/main-{build[:10]}.js"></script>',
        f'<script defer src="/_next/static/{build}/_buildManifest.js"></script>',
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-8KD2M4QX1P"></script>',
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-8KD2M4QX1P');</script>",
    ])
    coins = "".join(
        f'<div class="coin-tape_item__x1"><span class="coin-tape_sym__a2">{e(s)}</span><span class="coin-tape_px__b3">${e(v)}</span><span class="coin-tape_chg__c4 {"neg" if c.startswith("-") else "pos"}">{e(c)}</span></div>'
        for s, v, c in COINS
    )
    tags = "".join(f'<a class="tag-chip_chip__t7" href="/tag/{i}-{seed_of(t) % 999}">{e(t)}</a>' for i, t in enumerate(p.tags))
    meta_bits = []
    if p.author:
        meta_bits.append(f'<a class="byline_author__q1" href="/author/{seed_of(p.author) % 9999}">{e(p.author)}</a>')
    meta_bits.append(f'<time class="byline_time__q2" datetime="{p.date_iso}">{e(p.date_text)}</time>')
    meta_bits.append(f'<span class="byline_read__q3">{e(ui["min_read"].format(n=p.read_minutes))}</span>')
    for line in p.slots.get("byline", []):
        meta_bits.append(f'<span class="byline_src__q4">{label_value(line)}</span>')
    body = paras_with(
        p,
        lambda i, t: f'<p class="article-body_p__m1">{e(t)}</p>',
        mid=lambda lines: '<div class="callout_box__k9">' + "".join(f"<p>{e(x)}</p>" for x in lines) + "</div>",
        inserts={3: f'<div class="ad-unit_slot__z1" data-slot="in-article-1" data-label="{e(ui["ad"])}"></div>'},
    )
    next_data = {"props": {"pageProps": {"article": {"slug": p.url.rstrip("/").rsplit("/", 1)[-1], "title": p.title, "locale": p.lang, "publishedAt": p.date_iso, "category": p.section, "tags": p.tags}}, "__N_SSG": True}, "page": "/[locale]/news/[slug]", "query": {"slug": p.url.rstrip("/").rsplit("/", 1)[-1]}, "buildId": build, "isFallback": False, "gsp": True, "scriptLoader": []}
    parts = [
        html_open(p),
        meta_head(p, [f"/_next/static/css/{build[:8]}.css"], head_extra),
        '<body><div id="__next">',
        f'<div class="coin-tape_wrap__w0" aria-label="{e(ui["crypto"])}"><div class="coin-tape_track__t1">{coins}</div></div>',
        f'<header class="header_root__h0"><a class="header_logo__h1" href="/" aria-label="{e(p.site_name)}"><svg width="28" height="28" viewBox="0 0 28 28"><circle cx="14" cy="14" r="13"/></svg><span>{e(p.site_name)}</span></a>',
        f'<nav class="header_nav__h2"><a href="/news">{e(ui["news"])}</a><a href="/markets">{e(ui["markets"])}</a><a href="/learn">{e(ui["tech"])}</a><a href="/prices">{e(ui["price"])}</a><a href="/newsletter">{e(ui["newsletter"])}</a></nav>',
        f'<button class="header_search__h3" aria-label="{e(ui["search"])}"></button></header>',
        '<main class="layout_main__l0"><article class="article_root__a0">',
        f'<nav class="article_crumbs__a1"><a href="/">{e(ui["home"])}</a><span>/</span><a href="/news">{e(ui["news"])}</a><span>/</span><span>{e(p.section)}</span></nav>',
        f'<h1 class="article_title__a2">{e(p.title)}</h1>',
        f'<div class="byline_root__q0">{" ".join(meta_bits)}</div>',
        slot_lines(p, "top", "p", "article_source__a5"),
        figure_html(p, "article_hero__a3", "article_caption__a4"),
        f'<div class="article-body_root__m0">\n{body}\n</div>',
        slot_lines(p, "end", "p", "article_source__a5"),
        slot_lines(p, "tag", "p", "article_source__a5"),
        f'<div class="article_tags__a6">{tags}</div>',
        share_links(p, "share_row__s0"),
        f'<aside class="disclaimer_box__d0"><strong>Disclaimer:</strong> {e(ui["invest_disclaimer"])}</aside>' if p.lang == "en" else f'<aside class="disclaimer_box__d0">{e(ui["invest_disclaimer"])}</aside>',
        "</article>",
        related_list(p, "related_root__r0", ui["related"]),
        slot_lines(p, "source", "p", "related_source__r9"),
        newsletter_form(p, "newsletter_form__n0", "/api/newsletter"),
        "</main>",
        f'<footer class="footer_root__f0"><p>© 2027 {e(p.site_name)}</p><nav><a href="/about">{e(ui["about"])}</a><a href="/terms">{e(ui["terms"])}</a><a href="/privacy">{e(ui["privacy"])}</a><a href="/advertise">{e(ui["advertise"])}</a></nav></footer>',
        cookie_bar(p, "plain"),
        '</div><script id="__NEXT_DATA__" type="application/json">' + json.dumps(next_data, ensure_ascii=False) + "</script>",
        "</body>\n</html>",
    ]
    return "\n".join(x for x in parts if x)


# --- 5. gadget: a tech and gadget blog (hero, "at a glance" box, Via/Source row, Disqus) --------

def render_gadget(p: Page) -> str:
    ui = p.ui
    head_extra = "\n".join([
        '<link rel="preconnect" href="https://disqus.com">',
        '<script src="https://cdn.jsdelivr.net/npm/lazysizes@5.3.2/lazysizes.min.js" async></script>',
        gpt_head("90211573", ["gdg_lb", "gdg_incontent", "gdg_sky"]),
    ])
    nav = "".join(f'<a class="nav__link" href="/{slug}/">{e(label)}</a>' for slug, label in (("news", ui["news"]), ("tech", ui["tech"]), ("reviews", "Reviews" if p.lang == "en" else ui["recommended"]), ("deals", "Deals" if p.lang == "en" else ui["latest"])))
    meta = []
    if p.author:
        meta.append(f'<a rel="author" class="post-author" href="/author/{seed_of(p.author) % 999}/">{e(p.author)}</a>')
    meta.append(f'<time class="post-date" datetime="{p.date_iso}">{e(p.date_text)}</time>')
    for line in p.slots.get("byline", []):
        meta.append(f'<span class="post-source">{label_value(line)}</span>')
    body = paras_with(
        p,
        lambda i, t: f"<p>{e(t)}</p>",
        mid=lambda lines: '<blockquote class="post-note">' + "".join(f"<p>{e(x)}</p>" for x in lines) + "</blockquote>",
        inserts={2: ad_slot(p, "gdg_incontent", "post-ad")},
    )
    q = p.quote or {}
    glance = ""
    if q.get("name") and not q.get("symbol"):
        glance = f'<aside class="glance"><h2 class="glance__t">{e(ui["key_figures"])}</h2><dl><dt>{e(str(q["name"]))}</dt><dd>{e(str(q["price"]))}</dd></dl></aside>'
    via = p.slots.get("tag", [])
    via_html = ""
    if via:
        via_html = '<div class="post-via">' + " ".join(f'<span class="post-via__item">{label_value(x, "via")}</span>' for x in via) + "</div>"
    around = ""
    if p.elsewhere:
        around = f'<section class="around"><h2>{e("Around the web" if p.lang == "en" else ui["recommended"])}</h2><ul>' + "".join(f'<li><a href="{e(h)}" rel="nofollow noopener" target="_blank">{e(t)}</a> <span class="around__src">{e(o)}</span></li>' for o, t, h in p.elsewhere) + "</ul></section>"
    bio = ""
    if p.author and p.author_bio:
        bio = f'<div class="post-bio"><h3>{e(ui["author_about"])}</h3><p>{e(p.author_bio)}</p></div>'
    parts = [
        html_open(p, "no-js"),
        meta_head(p, ["/assets/css/gadget.3e91.css"], head_extra, " | "),
        f'<body class="single post-{seed_of(p.url) % 99999}">',
        f'<header class="site-head"><div class="site-head__bar"><a class="site-head__logo" href="/">{e(p.site_name)}</a><nav class="nav">{nav}</nav>',
        f'<form class="site-head__search" action="/search/"><input name="q" type="search" placeholder="{e(ui["search"])}"></form></div></header>',
        ad_slot(p, "gdg_lb", "lb-ad"),
        '<main class="site-main"><article class="post">',
        f'<p class="post-kicker"><a href="/tech/">{e(p.section)}</a></p>',
        f'<h1 class="post-title">{e(p.title)}</h1>',
        f'<div class="post-meta">{" · ".join(meta)}</div>',
        slot_lines(p, "top", "p", "post-credit"),
        figure_html(p, "post-hero", "post-hero__cap"),
        glance,
        f'<div class="post-content">\n{body}\n</div>',
        slot_lines(p, "end", "p", "post-end"),
        via_html,
        '<div class="post-tags">' + " ".join(f'<a href="/tag/{seed_of(t) % 9999}/" rel="tag">#{e(t)}</a>' for t in p.tags) + "</div>",
        share_links(p, "post-share"),
        bio,
        "</article>",
        around,
        related_list(p, "more-stories", ui["more_from"].format(site=p.site_name)),
        slot_lines(p, "source", "p", "more-stories__src"),
        f'<div id="disqus_thread"></div><script>var disqus_config=function(){{this.page.url="{e(p.url)}";this.page.identifier="{seed_of(p.url) % 99999}";}};(function(){{var d=document,s=d.createElement("script");s.src="https://{e(p.site.split(".")[0])}.disqus.com/embed.js";s.setAttribute("data-timestamp",+new Date());(d.head||d.body).appendChild(s);}})();</script>',
        "</main>",
        f'<aside class="sky">{ad_slot(p, "gdg_sky", "sky-ad")}</aside>',
        f'<footer class="site-foot"><p>{e(p.site_name)} © 2027</p><p><a href="/about/">{e(ui["about"])}</a> <a href="/contact/">{e(ui["contact"])}</a> <a href="/privacy/">{e(ui["privacy"])}</a> <a href="/affiliate-disclosure/">{e(ui["terms"])}</a></p><p class="site-foot__aff">{e(ui["affiliate"])}</p></footer>',
        cookie_bar(p, "cmp"),
        "</body>\n</html>",
    ]
    return "\n".join(x for x in parts if x)


# --- 6. earnings: an earnings-summary page (key-figures table, calendar, transcript link) -------

def render_earnings(p: Page) -> str:
    ui = p.ui
    q = p.quote or {}
    rows = "".join(f"<tr><th scope=\"row\">{e(a)}</th><td>{e(b)}</td><td>{e(c)}</td><td>{e(d)}</td></tr>" for a, b, c, d in q.get("figures", []))
    table = ""
    if rows:
        table = (
            f'<section class="kf"><h2 class="kf__title">{e(ui["key_figures"])}: {e(str(q.get("name", "")))} ({e(str(q.get("symbol", "")))})</h2>'
            f'<table class="kf__table"><thead><tr><th></th><th>{e(ui["period"])}</th><th>{e(ui["prior"])}</th><th>{e(ui["chg"])}</th></tr></thead><tbody>{rows}</tbody></table></section>'
        )
    cal = "".join(f'<li><span class="cal__d">{d}</span> {e(n)}</li>' for d, n in zip(("19/02", "20/02", "23/02", "24/02"), CALENDAR[p.lang], strict=True))
    meta = [f'<time datetime="{p.date_iso}">{e(p.date_text)}</time>']
    if p.author:
        meta.insert(0, f'<span class="er-author">{e(ui["by"])} {e(p.author)}</span>' if p.lang not in ("ja", "ko", "zh-Hans", "zh-Hant") else f'<span class="er-author">{e(p.author)}</span>')
    for line in p.slots.get("byline", []):
        meta.append(f'<span class="er-src">{label_value(line)}</span>')
    body = paras_with(
        p,
        lambda i, t: f"<p>{e(t)}</p>",
        mid=lambda lines: '<div class="er-inline-note">' + "".join(f"<p>{e(x)}</p>" for x in lines) + "</div>",
    )
    bio = f'<div class="er-bio"><strong>{e(ui["author_about"])}</strong> <p>{e(p.author_bio)}</p></div>' if p.author and p.author_bio else ""
    head_extra = "\n".join([
        gtm("GTM-ER41Z9"),
        '<script defer src="/static/earnings-widgets.js"></script>',
    ])
    parts = [
        html_open(p),
        meta_head(p, ["/static/earnings.css"], head_extra, " · "),
        '<body class="earnings-article">',
        f'<header class="er-head"><a class="er-head__logo" href="/">{e(p.site_name)}</a><nav><a href="/earnings/">{e(ui["earnings"])}</a> <a href="/calendar/">{e(ui["calendar"])}</a> <a href="/markets/">{e(ui["markets"])}</a> <a href="/stocks/">{e(ui["stocks"])}</a></nav><a class="er-head__cta" href="/subscribe">{e(ui["subscribe"])}</a></header>',
        f'<div class="er-strip">{" ".join(f"<span>{e(n)} <b>{e(v)}</b> {e(c)}</span>" for n, v, c in TICKERS[p.lang][:4])}</div>',
        '<div class="er-wrap"><main class="er-main"><article>',
        f'<nav class="er-crumbs"><a href="/">{e(ui["home"])}</a> / <a href="/earnings/">{e(ui["earnings"])}</a> / <span>{e(str(q.get("symbol", p.section)))}</span></nav>',
        f'<h1>{e(p.title)}</h1>',
        f'<p class="er-meta">{" — ".join(meta)}</p>',
        slot_lines(p, "top", "p", "er-credit"),
        table,
        figure_html(p, "er-fig", "er-fig__cap"),
        f'<div class="er-body">\n{body}\n</div>',
        slot_lines(p, "end", "p", "er-end"),
        slot_lines(p, "tag", "p", "er-end"),
        bio,
        share_links(p, "er-share"),
        f'<p class="er-disclaimer">{e(ui["invest_disclaimer"])}</p>',
        "</article>",
        related_list(p, "er-related", ui["related"]),
        slot_lines(p, "source", "p", "er-related__src"),
        "</main>",
        f'<aside class="er-side"><section class="cal"><h2>{e(ui["calendar"])}</h2><ul>{cal}</ul></section><div class="er-side__ad" data-label="{e(ui["ad"])}" id="er-mpu"></div></aside></div>',
        f'<footer class="er-foot"><p>© 2027 {e(p.site_name)}. {e(ui["rights"])}</p><p><a href="/terms">{e(ui["terms"])}</a> · <a href="/privacy">{e(ui["privacy"])}</a> · <a href="/contact">{e(ui["contact"])}</a></p><p class="er-foot__data">{e(ui["delayed"])}</p></footer>',
        cookie_bar(p, "onetrust"),
        "</body>\n</html>",
    ]
    return "\n".join(x for x in parts if x)


# --- 7. portal: the business section of a general news portal (mega menu, read-also, Taboola) ---

def render_portal(p: Page) -> str:
    ui = p.ui
    head_extra = "\n".join([
        f'<link rel="amphtml" href="https://{p.host}/amp{p.url.split(p.host, 1)[1]}">',
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>',
        "<script>window._taboola=window._taboola||[];_taboola.push({article:'auto'});</script>",
        gtm("GTM-PT5L0B"),
    ])
    mega = "".join(f'<li class="mega__item"><a href="/{k}/">{e(ui[k])}</a></li>' for k in ("news", "world", "economy", "tech", "sport", "lifestyle", "opinion"))
    sub = "".join(f'<a class="subnav__a" href="/economy/{k}/">{e(ui[k])}</a>' for k in ("markets", "companies", "money", "crypto"))
    strip = "".join(f'<span class="mkt__i"><b>{e(n)}</b> {e(v)} <em>{e(c)}</em></span>' for n, v, c in TICKERS[p.lang][:3])
    meta = []
    if p.author:
        meta.append(f'<span class="a-meta__by">{e(p.author)}</span>')
    meta.append(f'<time class="a-meta__t" datetime="{p.date_iso}">{e(p.date_text)}</time>')
    for line in p.slots.get("byline", []):
        meta.append(f'<span class="a-meta__src">{label_value(line)}</span>')
    read_also = ""
    if p.related:
        t, h = p.related[0]
        read_also = f'<aside class="read-also"><span class="read-also__label">{e(ui["read_also"])}</span> <a href="{e(h)}">{e(t)}</a></aside>'
    body = paras_with(
        p,
        lambda i, t: f"<p>{e(t)}</p>",
        mid=lambda lines: '<div class="a-box">' + "".join(f"<p>{e(x)}</p>" for x in lines) + "</div>",
        inserts={0: ad_slot(p, "pt_inread", "a-ad"), 3: read_also},
    )
    most = "".join(f'<li><span class="most__n">{i + 1}</span> <a href="{e(h)}">{e(t)}</a></li>' for i, (t, h) in enumerate(p.related[::-1]))
    parts = [
        html_open(p),
        meta_head(p, ["/static/portal/main.css"], head_extra, " - "),
        f'<body class="article-page section-economy {p.dir}">',
        f'<header class="gh"><div class="gh__top"><a class="gh__logo" href="/">{e(p.site_name)}</a><form class="gh__search" action="/search"><input name="q" placeholder="{e(ui["search"])}"></form><a class="gh__login" href="/login">{e(ui["login"])}</a></div>',
        f'<nav class="mega"><ul class="mega__list">{mega}</ul></nav><nav class="subnav"><span class="subnav__title">{e(ui["economy"])}</span>{sub}</nav>',
        f'<div class="mkt">{strip}</div></header>',
        '<div class="page"><main class="page__main"><article class="a">',
        f'<nav class="bc"><a href="/">{e(ui["home"])}</a> › <a href="/economy/">{e(ui["economy"])}</a> › <span>{e(p.section)}</span></nav>',
        f'<h1 class="a__h1">{e(p.title)}</h1>',
        f'<div class="a-meta">{" ".join(meta)}</div>',
        share_links(p, "a-share"),
        slot_lines(p, "top", "p", "a__credit"),
        figure_html(p, "a__fig", "a__cap"),
        f'<div class="a__body">\n{body}\n</div>',
        slot_lines(p, "end", "p", "a__end"),
        slot_lines(p, "tag", "p", "a__end"),
        '<div class="a__tags">' + " ".join(f'<a href="/tag/{seed_of(t) % 99999}">{e(t)}</a>' for t in p.tags) + "</div>",
        "</article>",
        related_list(p, "rel", ui["related"]),
        slot_lines(p, "source", "p", "rel__source"),
        f'<div class="tbl-wrap"><h3 class="tbl-wrap__h">{e(ui["recommended"])}</h3><div id="taboola-below-article-thumbnails"></div><script>window._taboola=window._taboola||[];_taboola.push({{mode:"thumbnails-a",container:"taboola-below-article-thumbnails",placement:"Below Article Thumbnails",target_type:"mix"}});</script></div>',
        "</main>",
        f'<aside class="page__side"><section class="most"><h2>{e(ui["most_read"])}</h2><ol>{most}</ol></section>{ad_slot(p, "pt_side", "side-ad")}</aside></div>',
        f'<footer class="gf"><nav><a href="/about">{e(ui["about"])}</a> <a href="/contact">{e(ui["contact"])}</a> <a href="/advertise">{e(ui["advertise"])}</a> <a href="/privacy">{e(ui["privacy"])}</a> <a href="/terms">{e(ui["terms"])}</a> <a href="/imprint">{e(ui["imprint"])}</a></nav><p>© 2027 {e(p.site_name)}. {e(ui["rights"])}</p></footer>',
        cookie_bar(p, "cmp"),
        '<script async src="//cdn.taboola.com/libtrc/portal-network/loader.js" id="tb_loader_script"></script>',
        "</body>\n</html>",
    ]
    return "\n".join(x for x in parts if x)


# --- 8. kabu: an East Asian finance portal's news page (index board, stock box, rankings) -------

def render_kabu(p: Page) -> str:
    ui = p.ui
    q = p.quote or {}
    board = "".join(
        f'<li class="idx {"idx--dn" if c.startswith("-") else "idx--up"}"><a href="/index/{i}"><span class="idx__n">{e(n)}</span><span class="idx__v">{e(v)}</span><span class="idx__c">{e(c)}</span></a></li>'
        for i, (n, v, c) in enumerate(TICKERS[p.lang])
    )
    stock = ""
    if q.get("symbol"):
        stock = (
            f'<div class="rel-stock"><h2 class="rel-stock__h">{e(ui["related_stocks"])}</h2><table class="rel-stock__t"><tr>'
            f'<td class="rel-stock__code">{e(str(q["symbol"]))}</td><td class="rel-stock__name"><a href="/quote/{e(str(q["symbol"]))}">{e(str(q["name"]))}</a></td>'
            f'<td class="rel-stock__px">{e(str(q["price"]))}</td><td class="rel-stock__chg">{e(str(q["change"]))}</td>'
            f'<td><a class="rel-stock__bbs" href="/bbs/{e(str(q["symbol"]))}">{e(ui["board"])}</a></td></tr></table>'
            f'<p class="rel-stock__note">{e(ui["delayed"])}</p></div>'
        )
    meta = [f'<time datetime="{p.date_iso}">{e(p.date_text)}</time>']
    for line in p.slots.get("byline", []):
        meta.append(f'<span class="nw-src">{label_value(line)}</span>')
    if p.author:
        meta.append(f'<span class="nw-author">{e(p.author)}</span>')
    body = paras_with(
        p,
        lambda i, t: f"<p>{e(t)}</p>",
        mid=lambda lines: '<div class="nw-box">' + "".join(f"<p>{e(x)}</p>" for x in lines) + "</div>",
    )
    rank = "".join(f'<li><em>{i + 1}</em><a href="{e(h)}">{e(t)}</a></li>' for i, (t, h) in enumerate(p.related))
    head_extra = "\n".join([
        '<meta name="format-detection" content="telephone=no">',
        '<script src="/js/quote-push.js" defer></script>',
        "<script>var _hmt=_hmt||[];</script>" if p.lang == "zh-Hans" else gtm("GTM-KB22T1"),
    ])
    parts = [
        html_open(p),
        meta_head(p, ["/css/common.css", "/css/news_detail.css"], head_extra, "_" if p.lang.startswith("zh") else " - "),
        '<body id="news-detail">',
        f'<div id="hd"><div class="hd-inner"><a id="logo" href="/">{e(p.site_name)}</a><form id="srch" action="/search"><input type="text" name="q" placeholder="{e(ui["search_ph"])}"><input type="submit" value="{e(ui["search"])}"></form><a class="hd-login" href="/login">{e(ui["login"])}</a></div>',
        f'<ul id="gnav"><li><a href="/">{e(ui["home"])}</a></li><li><a href="/market/">{e(ui["markets"])}</a></li><li class="cur"><a href="/news/">{e(ui["news"])}</a></li><li><a href="/stocks/">{e(ui["stocks"])}</a></li><li><a href="/fund/">{e(ui["funds"])}</a></li><li><a href="/fx/">{e(ui["forex"])}</a></li><li><a href="/crypto/">{e(ui["crypto"])}</a></li></ul></div>',
        f'<ul id="idxboard">{board}</ul>',
        '<div id="wrap"><div id="main">',
        f'<div class="nw-cat"><a href="/news/">{e(ui["news"])}</a> &gt; {e(p.section)}</div>',
        f'<h1 class="nw-title">{e(p.title)}</h1>',
        f'<div class="nw-meta">{" ".join(meta)}</div>',
        slot_lines(p, "top", "p", "nw-credit"),
        stock,
        figure_html(p, "nw-fig", "nw-cap"),
        f'<div class="nw-body">\n{body}\n</div>',
        slot_lines(p, "end", "p", "nw-end"),
        slot_lines(p, "tag", "p", "nw-end"),
        share_links(p, "nw-share"),
        related_list(p, "nw-rel", ui["related"], with_time=True),
        slot_lines(p, "source", "p", "nw-rel__src"),
        f'<p class="nw-disc">{e(ui["invest_disclaimer"])}</p>',
        "</div>",
        f'<div id="side"><div class="side-ad" data-label="{e(ui["ad"])}"></div><div class="rank"><h2>{e(ui["ranking"])}</h2><ol>{rank}</ol></div></div></div>',
        f'<div id="ft"><p><a href="/help/">{e(ui["contact"])}</a> | <a href="/privacy/">{e(ui["privacy"])}</a> | <a href="/terms/">{e(ui["terms"])}</a> | <a href="/disclaimer/">{e(ui["imprint"])}</a></p><p>Copyright © 2027 {e(p.site_name)} {e(ui["rights"])}</p></div>',
        cookie_bar(p, "plain"),
        "</body>\n</html>",
    ]
    return "\n".join(x for x in parts if x)


# --- 9. letter: a markets newsletter's web archive (Ghost-style cards, subscribe CTA, comments) --

def render_letter(p: Page) -> str:
    ui = p.ui
    head_extra = "\n".join([
        '<meta name="generator" content="Ghost 5.101">',
        f'<link rel="alternate" type="application/rss+xml" title="{e(p.site_name)}" href="https://{p.host}/rss/">',
        '<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="/" crossorigin="anonymous"></script>',
        "<style id=\"gh-members-styles\">.gh-post-upgrade-cta-content{border-radius:6px}</style>",
    ])
    meta = []
    if p.author:
        meta.append(f'<a class="gh-article-author-name" href="/author/{seed_of(p.author) % 999}/">{e(p.author)}</a>')
    meta.append(f'<time class="gh-article-meta-date" datetime="{p.date_iso}">{e(p.date_text)}</time>')
    meta.append(f'<span class="gh-article-meta-length">{e(ui["min_read"].format(n=p.read_minutes))}</span>')
    for line in p.slots.get("byline", []):
        meta.append(f'<span class="gh-article-meta-src">{label_value(line)}</span>')
    body = paras_with(
        p,
        lambda i, t: f"<p>{e(t)}</p>",
        mid=lambda lines: '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-text">' + "<br>".join(e(x) for x in lines) + "</div></div>",
        inserts={2: f'<div class="kg-card kg-cta-card"><p>{e(ui["newsletter_pitch"])}</p><a class="kg-btn" href="#/portal/signup">{e(ui["subscribe"])}</a></div>'},
    )
    reading = ""
    if p.elsewhere:
        heading = {"en": "What we're reading", "de": "Was wir gerade lesen", "fr": "Nos lectures", "nl": "Wat wij lezen"}.get(p.lang, ui["recommended"])
        reading = f'<hr><h2 id="reading">{e(heading)}</h2><ul>' + "".join(f'<li><a href="{e(h)}">{e(t)}</a> ({e(o)})</li>' for o, t, h in p.elsewhere) + "</ul>"
    bio = f'<section class="gh-author-bio"><p>{e(p.author_bio)}</p></section>' if p.author and p.author_bio else ""
    parts = [
        html_open(p),
        meta_head(p, ["/assets/built/screen.css?v=8a1c2e"], head_extra, " – "),
        '<body class="post-template has-sans-title has-serif-body">',
        '<div class="gh-site">',
        f'<header id="gh-navigation" class="gh-navigation is-left-logo"><div class="gh-navigation-inner gh-inner"><a class="gh-navigation-logo" href="/">{e(p.site_name)}</a>',
        f'<nav class="gh-navigation-menu"><ul class="nav"><li class="nav-home"><a href="/">{e(ui["home"])}</a></li><li class="nav-archive"><a href="/archive/">Archive</a></li><li class="nav-about"><a href="/about/">{e(ui["about"])}</a></li></ul></nav>',
        f'<div class="gh-navigation-actions"><a href="#/portal/signin" data-portal="signin">{e(ui["login"])}</a> <a class="gh-button" href="#/portal/signup" data-portal="signup">{e(ui["subscribe"])}</a></div></div></header>',
        '<main class="gh-main"><article class="gh-article post">',
        f'<header class="gh-article-header gh-canvas"><span class="gh-article-tag">{e(p.section)}</span><h1 class="gh-article-title is-title">{e(p.title)}</h1>',
        f'<p class="gh-article-excerpt is-body">{e(p.description)}</p>' if p.lang != "en" or seed_of(p.url) % 2 else "",
        f'<div class="gh-article-meta">{" ".join(meta)}</div></header>',
        slot_lines(p, "top", "p", "gh-article-credit gh-canvas"),
        figure_html(p, "gh-article-image", "gh-article-caption"),
        f'<section class="gh-content gh-canvas is-body">\n{body}\n' + "".join(f"<p><em>{e(x)}</em></p>" for x in p.slots.get("end", [])) + reading + "</section>",
        slot_lines(p, "tag", "p", "gh-article-via gh-canvas"),
        bio,
        "</article>",
        f'<section class="gh-cta gh-outer"><div class="gh-cta-inner"><h2>{e(p.site_name)}</h2><p>{e(ui["newsletter_pitch"])}</p><form data-members-form="signup"><input data-members-email type="email" placeholder="{e(ui["email_ph"])}" required> <button class="gh-button" type="submit">{e(ui["subscribe"])}</button></form></div></section>',
        f'<section class="gh-comments gh-canvas"><h2>{e(ui["comments"])}</h2><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.21/umd/comments-ui.min.js" data-ghost-comments="/" data-api="/ghost/api/content/" data-post-id="{seed_of(p.url) % 16**24:024x}" crossorigin="anonymous"></script></section>',
        f'<section class="gh-container is-grid gh-outer"><h2 class="gh-container-title">{e(ui["more_from"].format(site=p.site_name))}</h2><div class="gh-feed">' + "".join(f'<article class="gh-card post"><a class="gh-card-link" href="{e(h)}"><h3 class="gh-card-title is-title">{e(t)}</h3></a></article>' for t, h in p.related) + "</div></section>",
        slot_lines(p, "source", "p", "gh-source gh-canvas"),
        "</main>",
        f'<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">{e(p.site_name)}</span><nav class="gh-footer-menu"><ul class="nav"><li><a href="/privacy/">{e(ui["privacy"])}</a></li><li><a href="/terms/">{e(ui["terms"])}</a></li><li><a href="/contact/">{e(ui["contact"])}</a></li></ul></nav><div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div></div></footer>',
        "</div>",
        "<script src=\"/assets/built/source.js?v=8a1c2e\"></script>",
        "</body>\n</html>",
    ]
    return "\n".join(x for x in parts if x)


# --- 10. chart: a "chart of the day" / market-data page (SVG chart, data table, commentary) -----

def render_chart(p: Page) -> str:
    ui = p.ui
    q = p.quote or {}
    data_rows = "".join(f"<tr><td>{e(n)}</td><td>{e(v)}</td><td>{e(c)}</td></tr>" for n, v, c in TICKERS[p.lang])
    meta = [f'<time datetime="{p.date_iso}">{e(p.date_text)}</time>']
    if p.author:
        meta.insert(0, f'<span class="cd-author">{e(p.author)}</span>')
    for line in p.slots.get("byline", []):
        meta.append(f'<span class="cd-src">{label_value(line)}</span>')
    body = paras_with(
        p,
        lambda i, t: f"<p>{e(t)}</p>",
        mid=lambda lines: '<div class="cd-note">' + "".join(f"<p>{e(x)}</p>" for x in lines) + "</div>",
    )
    f = p.figure or {}
    chart_cap = f.get("caption") if f.get("kind") == "chart" else None
    chart_cap = chart_cap or (p.slots.get("chart_own") or [ui["chart_data"]])[0]
    title_line = f'{q.get("name", p.section)}' if q else p.section
    chart = (
        f'<figure class="cd-chart" data-series="{seed_of(p.url) % 99999}"><div class="cd-chart__title">{e(str(title_line))}</div>'
        f'<div class="cd-chart__range"><button>1M</button><button class="on">1Y</button><button>5Y</button></div>\n{chart_svg(p)}\n'
        f'<figcaption class="cd-chart__src">{e(chart_cap)}</figcaption></figure>'
    )
    photo = ""
    if f.get("kind") == "photo":
        photo = figure_html(p, "cd-photo", "cd-photo__cap")
    head_extra = "\n".join([
        '<script src="https://cdn.jsdelivr.net/npm/uplot@1.6.30/dist/uPlot.iife.min.js" defer></script>',
        gpt_head("77120045", ["cd_top", "cd_mid"]),
    ])
    parts = [
        html_open(p),
        meta_head(p, ["/css/chartdesk.css", "https://cdn.jsdelivr.net/npm/uplot@1.6.30/dist/uPlot.min.css"], head_extra, " | "),
        f'<body class="chart-day {p.dir}">',
        f'<header class="cd-head"><a class="cd-head__logo" href="/">{e(p.site_name)}</a><nav class="cd-head__nav"><a href="/charts/">{e(ui["markets"])}</a> <a href="/data/">{e(ui["indices"])}</a> <a href="/commodities/">{e(ui["commodities"])}</a> <a href="/fx/">{e(ui["forex"])}</a> <a href="/newsletter/">{e(ui["newsletter"])}</a></nav></header>',
        f'<div class="cd-tape">{ticker_items(p, "cd-tape")}</div>',
        ad_slot(p, "cd_top", "cd-ad"),
        '<main class="cd-main"><article class="cd-article">',
        f'<p class="cd-kicker">{e(p.section)}</p><h1>{e(p.title)}</h1>',
        f'<p class="cd-meta">{" · ".join(meta)}</p>',
        slot_lines(p, "top", "p", "cd-credit"),
        chart,
        photo,
        f'<div class="cd-body">\n{body}\n</div>',
        slot_lines(p, "end", "p", "cd-end"),
        slot_lines(p, "tag", "p", "cd-end"),
        f'<details class="cd-data"><summary>{e(ui["key_figures"])}</summary><table><thead><tr><th></th><th>{e(ui["price"])}</th><th>{e(ui["change"])}</th></tr></thead><tbody>{data_rows}</tbody></table><p>{e(ui["delayed"])}</p></details>',
        share_links(p, "cd-share"),
        "</article>",
        related_list(p, "cd-more", ui["related"]),
        slot_lines(p, "source", "p", "cd-more__src"),
        newsletter_form(p, "cd-nl", "/newsletter/join"),
        "</main>",
        f'<footer class="cd-foot"><p>© 2027 {e(p.site_name)} · <a href="/methodology/">{e(ui["about"])}</a> · <a href="/privacy/">{e(ui["privacy"])}</a> · <a href="/terms/">{e(ui["terms"])}</a></p><p>{e(ui["invest_disclaimer"])}</p></footer>',
        cookie_bar(p, "onetrust"),
        "</body>\n</html>",
    ]
    return "\n".join(x for x in parts if x)


RENDER = {
    "quote": render_quote,
    "feed": render_feed,
    "pfblog": render_pfblog,
    "crypto": render_crypto,
    "gadget": render_gadget,
    "earnings": render_earnings,
    "portal": render_portal,
    "kabu": render_kabu,
    "letter": render_letter,
    "chart": render_chart,
}

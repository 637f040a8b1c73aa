"""Credit-line patterns: how stories are credited, in English, French, Spanish, German,
Arabic, Urdu and Hindi (images: ``image_patterns``; other languages' labels: ``edge_credits``)."""

# ruff: noqa: RUF001, RUF003  (dashes, quotes and letters of other scripts are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions import org_bylines
from aggregator.attribution.conventions.regex_parts import (
    CLOSE,
    FILING_TIME,
    FLAGS,
    ONLY_THIS_PIECE_IS,
    OPEN,
    PIECE,
    PIECES,
    SEP,
    THIS_PIECE_IS,
    WHO,
    any_of,
)
from aggregator.attribution.names import Trust

# "<label>: Al Jazeera" (the separator is required: "Source said ..." is not a credit).
_STORY_LABELS = any_of(
    "source|sources|news source|story source|article source|original source|copyright|inputs|"
    "story|article|report|news|wire|agency|original|original article|original story|"
    "article original|artículo original|artigo original|originalartikel|مصدر|خبر کا ذریعہ|"
    "source de l'article|sources? originales?|article original|fuente|fuentes|fuente original|"
    "fonte|fontes|fonte original|"
    "sumber|sumber berita|kaynak|haber kaynağı|provenienza|"
    "quelle|quellen|originalquelle|المصدر|المصادر|مصدر الخبر|نقلا عن|ماخذ|ذریعہ|بحوالہ|"
    "स्रोत|इनपुट|श्रेय|chanzo|chanzo cha habari|источник|источники"
)
# Labels that only ever introduce a credit: an unknown name after them is still recorded.
_STRONG_LABELS = any_of(
    "courtesy|story courtesy|news courtesy|content courtesy|originally published|story credit|"
    "article credit|syndicated from|republished from|distributed by|cortesía|cortesia|"
    # a blog platform's repost label: "Repost: The Tyee", "Reblog: Le Télégramme"
    "repost|reblog|"
    "courtoisie|erstveröffentlichung|per gentile concessione|su gentile concessione|"
    "بشکریہ|सौजन्य|साभार|সৌজন্যে|"
    # ru, uk: "first published:" as a label
    "первоначально опубликовано|впервые опубликовано|вперше опубліковано|спочатку опубліковано"
)
# "<label> Al Jazeera" (a space is enough).
_STORY_LEADS = any_of(
    "courtesy of|courtesy|with inputs from|with input from|inputs from|input from|"
    "with files from|with a file from|with|via|"
    "story via|h/t|hat tip to|hat tip|republished from|reprinted from|syndicated from|"
    # blog platforms' reposts in their own words (Tumblr, WordPress.com, Hive, Steemit):
    # "Reblogged from X", "Reblogué depuis X", "Rebloggato da X", "Repost from X"
    "repost from|reblogué depuis|reblogué de|rebloggé depuis|rebloggato da|rebloggeado de|"
    "rebloggeado desde|reblogado de|rebloggt von|gerebloggt von|"
    "reposted from|cross-posted from|crossposted from|reblogged from|"
    "culled from|"
    "content from|provided by|content provided by|distributed by|story by|article by|"
    "additional reporting by|reporting by|with reporting by|with additional reporting by|"
    "with reporting from|includes reporting from|this story includes reporting from|"
    "with reports from|with a report from|with reports by|"
    "this report contains material from|material from|with material from|from|"
    "avec|avec l'agence|d'après|source|selon les informations de|"
    "con información de|con informacion de|con datos de|con reportes de|vía|via|"
    "com informações de|com informações da|com informações do|com informações das|"
    "com informações dos|com informação de|com informação da|com informação do|"
    "mit material von|mit material der|mit material des|mit informationen von|"
    "with information from|με πληροφορίες από|με πληροφορίες του|με πληροφορίες της|"
    "με πληροφορίες των|con informazioni di|con informazioni da|avec des informations de|"
    "com|con|per gentile concessione di|per gentile concessione de|su gentile concessione di|"
    "nach informationen von|unter verwendung von material der|"
    "نقلا عن|نقلاً عن|بتصرف عن|ترجمة عن|مترجم عن|عن|بشکریہ|بحوالہ|सौजन्य से|साभार"
)
# The leads above that only ever introduce a publisher, never a person or a place: on a
# short line of its own at the head or tail, any name after them is the credit ("Courtesy
# Tidewise", "Com informações do Correio do Vale"). Not "via" nor "h/t": on a blog they tip
# the hat to where a link was found ("(via Geeks Are Sexy)"), no copy.
_CREDIT_LEADS = any_of(
    # "Video and story courtesy of CBC News": the story's credit with its video's
    "video and story courtesy of|story and video courtesy of|story and photos courtesy of|"
    "story and photo courtesy of|text and video courtesy of|"
    "courtesy of|courtesy|with inputs from|with input from|inputs from|input from|"
    "republished from|reprinted from|syndicated from|reposted from|cross-posted from|"
    # blog platforms' reposts in their own words (Tumblr, WordPress.com, Hive, Steemit):
    # "Reblogged from X", "Reblogué depuis X", "Rebloggato da X", "Repost from X"
    "repost from|reblogué depuis|reblogué de|rebloggé depuis|rebloggato da|rebloggeado de|"
    "rebloggeado desde|reblogado de|rebloggt von|gerebloggt von|"
    "crossposted from|reblogged from|culled from|"
    "content from|provided by|content provided by|distributed by|material from|"
    "with material from|this report contains material from|avec l'agence|"
    "con información de|con informacion de|con datos de|vía|"
    "com informações de|com informações da|com informações do|com informações das|"
    "com informações dos|com informação de|com informação da|com informação do|"
    "mit material von|mit material der|mit material des|unter verwendung von material der|"
    "per gentile concessione di|su gentile concessione di|"
    "نقلا عن|نقلاً عن|بتصرف عن|ترجمة عن|مترجم عن|بشکریہ|بحوالہ|सौजन्य से|साभार"
)
# "Leia a matéria completa em X", "Haberin devamı için: X": read the rest elsewhere, in the
# languages of the second blind set's portals (pt, es, it, tr, id).
_READ_ON = (
    r"(?:leia|veja|lea|lee|leggi|baca)\s+(?:mais|más|tutto|di\s+più|selengkapnya|"
    r"(?:a|o|la|el|l['’]|la\s+nota|artikel|berita)\s*(?:matéria|materia|notícia|noticia|"
    r"reportagem|artigo|artículo|nota|articolo|notizia|lengkap|selengkapnya)?"
    r"(?:\s+(?:completa|completo|na\s+íntegra|originale|original|aslinya|asli))?)|"
    r"haberin\s+(?:devamı|tamamı|aslı)(?:\s+için)?|devamı\s+için"
)
# "Editor's note: This story first appeared in …": a note's label before the credit.
NOTE = re.compile(
    r"^\s*[(\[*]*\s*(?:editor['’]?s['’]?\s+note|editorial\s+note|note|n\.\s?b\.|"
    r"note\s+de\s+la\s+rédaction|nda|ndlr|nota(?:\s+del?\s+(?:editor|la\s+redacción|"
    r"redacción|editora))?|anmerkung\s+der\s+redaktion|hinweis|ملاحظة\s+(?:المحرر|التحرير)|"
    r"ملاحظة|ملاحظه|نوٹ|नोट|"
    # an editor's note in more languages (round 10: "Editörün notu:" read as a name)
    r"edit[öo]r[üu]n\s+notu|edit[öo]r\s+notu|nota\s+(?:do\s+editor|da\s+reda[cç][ãa]o|della\s+"
    r"redazione|dell['’]editore)|noot\s+van\s+de\s+redactie|примечание\s+редакции|"
    r"catatan\s+(?:redaksi|editor)|संपादक\s+की\s+टिप्पणी|संपादकीय\s+नोट|编者按|編者按|"
    r"編集部注|편집자\s*주)"
    r"\s*[:：\-–—]\s*",
    re.IGNORECASE,
)
#: After an Arabic "first published on X", the clause of its republishing here, after the Arabic
#: comma ("، ويُعاد نشرها بإذن": "and it is republished with permission"), no part of the name.
_AR_AND_REPUBLISHED = r"(?:\s*[،,]\s*و\s*(?:يُعاد|يعاد|أعيد|أُعيد|تُنشر|تنشر|ننشر)[^\n]{0,60}?)?"
# Whole sentences that say the story was published elsewhere first.
_FIRST = (
    r"(?:this|the|these)?\s*(?:" + PIECES + "|" + PIECE + r")?\s*"
    r"(?:was|is|has been|were|are|have been)?\s*(?:first|originally|initially|previously)\s+"
    r"(?:appeared|published|ran|posted|written|produced|featured)\s+"
    r"(?:on|in|at|by|with|for)\s+(?:the\s+website\s+of\s+)?"
)
_STORY_SENTENCES = [
    # A translated copy names the original it was translated from: "Translated from the
    # original in Le Monde (French).", "Traducido de The Guardian por Marta Olmedo."
    r"(?:(?:this|the)\s+(?:article|story|piece|text|report)\s+(?:was|has\s+been|is)\s+)?"
    r"(?:translated|traducido|traducida|traduit|traduite|traduzido|traduzida|übersetzt|"
    r"tradotto|tradotta|vertaald)\s+(?:from|de|del|du|de\s+la|do|da|aus|dem|dal|dalla|uit)\s+"
    r"(?:(?:the\s+)?original\s+(?:in|on|at|by)\s+|l['’]original\s+(?:dans|de|paru\s+dans)\s+|"
    r"el\s+original\s+(?:en|de|del)\s+|o\s+original\s+(?:em|de|do|da|no|na)\s+)?"
    + WHO
    + r"(?:\s*\([^()]{2,24}\))?(?:\s+(?:by|por|par|von|da|di|door)\s+[^\n]{2,60}?)?",
    _FIRST + WHO,
    r"(?:this|the|these)?\s*(?:" + PIECES + "|" + PIECE + r")?\s*"
    r"(?:was|has|were|have)?\s*(?:appeared|published|ran|posted)\s+(?:first|originally|initially)\s+"
    r"(?:on|in|at|by)\s+" + WHO,
    THIS_PIECE_IS + r"\s+"
    r"(?:republished|reprinted|reproduced|reposted|cross-?posted|syndicated|shared|adapted)"
    r"\s+(?:here\s+)?(?:with\s+permission\s+)?(?:from|by|courtesy\s+of)\s+" + WHO,
    r"(?:republished|reprinted|reproduced|reposted|cross-?posted|used|shared)\s+(?:here\s+)?"
    r"with\s+(?:kind\s+)?"
    r"permission\s+(?:from|of|by)\s+" + WHO,
    r"(?:" + THIS_PIECE_IS + r"\s+)?(?:produced|published|"
    r"reported|republished)\s+in\s+(?:partnership|collaboration|association)\s+with\s+" + WHO,
    # "Originally reported by our sister station KBMZ", "This story was first reported by X"
    # (not "The story was first reported by X": another outlet broke the news)
    r"(?:" + ONLY_THIS_PIECE_IS + r"\s+)?(?:originally|first)\s+reported\s+(?:by|for)\s+" + WHO,
    r"(?:published|republished|reproduced|reprinted)\s+(?:here\s+)?(?:by\s+(?:special\s+)?"
    r"arrangement|under\s+(?:an?\s+)?(?:agreement|arrangement|licen[cs]e))\s+(?:with|from)\s+"
    + WHO,
    # "Reposted from Commuter Notes, a newsletter by …, with permission": a blog's or a
    # newsletter's word for a copy.
    r"(?:reproduced|reprinted|republished|reposted|cross-?posted|reblogged)\s+(?:here\s+)?"
    r"(?:from|courtesy\s+of)\s+" + WHO + r"(?:\s+(?:with|by)\s+(?:kind\s+)?permission)?",
    # A newsletter's repost: "Originally sent to subscribers of EastMojo's Northeast Weekly.
    # Republished with permission." (the outlet before its newsletter's name).
    r"(?:(?:this|the)\s+(?:article|story|piece|post|newsletter|issue|edition|essay)\s+"
    r"(?:was\s+)?)?(?:originally|first)\s+(?:sent|emailed|mailed)\s+(?:out\s+)?to\s+(?:the\s+)?"
    r"(?:subscribers|readers)\s+of\s+" + WHO + r"(?:['’]s\s+[^\n.]{1,60}?)?"
    r"(?:[.]\s*(?:republished|reprinted|reposted|shared|used)\s+(?:here\s+)?with\s+"
    r"(?:kind\s+)?permission)?",
    # "This report by The Canadian Press was first published March 4, 2026."
    r"(?:this|the)\s+(?:report|story|article)\s+(?:by|from)\s+" + WHO + r"\s+was\s+"
    r"(?:first|originally)\s+published\b.{0,60}",
    r"the post .{1,300} appeared first on " + WHO,
    # A portal's note over a wire's feed: "This report is auto-generated from ANI news
    # service. ThePrint holds no responsibility for its content."
    r"(?:this|the)\s+(?:report|story|article|content|news)\s+(?:is|was|has\s+been)\s+"
    r"(?:auto-?generated|automatically\s+generated|auto-?published)\s+from\s+(?:the\s+)?"
    + WHO
    + r"\s+(?:news\s+service|news\s+feed|wire\s+service|wire|feed)"
    r"(?:[.]\s*[^\n]{1,80}?\s+(?:holds|bears|takes|accepts)\s+no\s+responsibility\s+for\s+"
    r"(?:its|the|this|their)\s+content)?",
    THIS_PIECE_IS + r"\s+(?:produced|written|reported|"
    r"created)\s+by\s+" + WHO + r"\s+and\s+(?:is|was|has been)?\s*(?:republished|reprinted|"
    r"shared|distributed|published here)\b.{0,100}",
    # A newsletter's or blog's own voice: "We're sharing this story from our friends at
    # Stateline", "Today we are pleased to share this article by our partners at X".
    r"(?:today,?\s+)?(?:we(?:['’]re|\s+are)|i['’]m|i\s+am)\s+(?:sharing|republishing|"
    r"reposting|running|bringing\s+you|(?:pleased|happy|proud|glad)\s+to\s+(?:share|"
    r"republish|repost|run|bring\s+you))\s+(?:this|a|the\s+following|today['’]s)\s+"
    r"(?:story|article|piece|report|post)\s+(?:from|by|courtesy\s+of)\s+(?:(?:our|my)\s+"
    r"(?:good\s+)?(?:friends|partners|colleagues)\s+(?:at|over\s+at|from)\s+)?" + WHO,
    # "This story comes from the Minnesota Star Tribune."
    r"(?:this|the)\s+" + PIECE + r"\s+(?:comes|came)\s+(?:to\s+(?:you|us)\s+)?"
    r"from\s+" + WHO,
    r"(?:" + THIS_PIECE_IS + r"\s+)?(?:adapted|translated|"
    r"excerpted|condensed|abridged|summarised|summarized)\s+(?:from|by)\s+(?:an?\s+(?:article|"
    r"story|report|piece|original)\s+(?:by|in|on|from|of)\s+)?" + WHO,
    # Wire-feed notes (NDTV, Mint, HT): syndicated, publisher not named.
    # "… the rest of the content is auto-generated from a syndicated feed", "This story is
    # from the syndicated feed".
    # The note, then the wire's tag on the same line: "… without modifications to the text.
    # (PTI)": the tag names the feed.
    r"(?=.*\bfeed\b).{0,160}?\bfrom\s+(?:an?|the)\s+(?:syndicated|wire|agency|news)\b[^()\[\]\n]"
    r"{0,120}?[.]\s*[(\[](?P<who>[A-Z][\w-]{1,11}(?:/[A-Za-z]{2,10})*)[)\]]",
    r"(?=.*\bfrom\s+(?:an?|the)\s).{0,160}?\b(?:published|generated|auto-generated|sourced|"
    r"is|comes)\s+from\s+(?:an?|the)\s+"
    r"(?P<who>syndicated feed|wire agency feed|agency feed|news agency feed|wire feed|"
    r"syndicated news feed)\b.{0,80}",
    r"read (?:the )?(?:original|full) (?:article|story|version|report) (?:on|at|in) " + WHO,
    # A sentence whose verb says the story was shared: "This story is part of a
    # content-sharing partnership with X", "Content syndicated from X", "… distributed by X".
    # The sentence is about the piece itself: "Aid was distributed by the Red Cross" is not.
    r"(?:(?:this|the|our)\s+)?(?:article|story|piece|report|post|column|content|interview)\b"
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:partnership|syndicated|syndication|distributed|"
    r"content[- ]sharing|republishing|reprinted|republished|reproduced)\b[^.;:\n]{0,40}?"
    # "… and is reproduced with permission": a permission, no one named
    r"\b(?:with|from|by|of)\s+(?!(?:kind\s+)?permission[.]?$)" + WHO,
    # AP style: "Material from Reuters was used in this report."
    r"(?:material|information|reporting|content)\s+(?:from|by)\s+" + WHO + r"\s+(?:was|were|"
    r"has been)\s+used\s+in\s+this\s+(?:report|story|article)",
    # Swahili: "Makala haya yalichapishwa kwanza na Mwananchi" (this article first appeared in).
    r"(?:makala|habari|taarifa)\s+(?:haya|hii|hizi|hiyo)\s+(?:ilichapishwa|yalichapishwa|"
    r"zilichapishwa|imechapishwa)\s+(?:kwanza|mara\s+ya\s+kwanza)\s+(?:na|katika|kwenye)\s+"
    r"(?:gazeti\s+la\s+|tovuti\s+ya\s+)?" + WHO,
    # Indian wire style: "With PTI inputs", "(With agency inputs)".
    r"with\s+" + WHO + r"\s+inputs?",
    r"(?:this story|this article|the story|the article) (?:was )?(?:provided|supplied) by " + WHO,
    r"(?=.*\scontributed\b)(?:the\s+)?"
    + WHO
    + r"\s+contributed(?:\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article))?",
    # French
    r"(?:cet|l')\s*(?:article|texte|entretien)\s+(?:a\s+été|a|est)\s+(?:initialement|"
    r"originellement|d'abord|originalement|précédemment)?\s*(?:publié|paru)\s+(?:initialement\s+|"
    r"d'abord\s+|à l'origine\s+)?(?:sur|dans|par|chez)\s+(?:le\s+site\s+(?:de\s+)?)?" + WHO,
    r"(?:cet|l')\s*(?:article|texte|entretien)\s+(?:a|est)\s+(?:d'abord|initialement|"
    r"originellement|originalement|précédemment)\s+(?:été\s+)?(?:publié|paru)\s+"
    r"(?:sur|dans|par|chez)\s+" + WHO,
    r"(?:article\s+)?(?:initialement|originellement|d'abord|originalement)\s+(?:publié|paru)\s+"
    r"(?:sur|dans|par|chez)\s+" + WHO,
    r"(?:(?:article|texte)\s+)?(?:publié|paru)\s+(?:initialement|à l'origine|d'abord)\s+"
    r"(?:sur|dans|par|chez)\s+" + WHO,
    r"(?:republié|reproduit|repris)\s+(?:avec\s+l'(?:aimable\s+)?autorisation\s+)?(?:de|d')\s*"
    + WHO,
    r"avec l'aimable autorisation de " + WHO,
    r"(?:ce|cet)\s+(?:reportage|texte|article)\s+(?:de|d')\s*" + WHO + r"\s+a\s+été\s+publié\s+"
    r"(?:pour\s+la\s+première\s+fois|initialement|d'abord)\b.{0,60}",
    # Spanish
    r"(?:este|el)\s+(?:artículo|texto|reportaje|contenido)\s+(?:fue|ha sido|se)\s+"
    r"(?:publicado|publicó|apareció)\s+(?:originalmente|primero|inicialmente|por primera vez)\s+"
    r"(?:en|por)\s+" + WHO,
    r"(?:este\s+artículo\s+)?(?:publicado|aparecido|apareció)\s+(?:originalmente|primero|"
    r"inicialmente)\s+(?:en|por)\s+" + WHO,
    r"(?:reproducido|republicado)\s+(?:con\s+(?:el\s+)?permiso\s+)?de\s+" + WHO,
    r"(?:tomad[oa]|extraíd[oa]|reproducid[oa])\s+(?:de|del)\s+" + WHO,
    # Portuguese
    r"(?:este|o|esta|a)\s+(?:artigo|texto|conteúdo|reportagem|matéria)\s+(?:foi\s+)?"
    r"(?:publicad[oa]|divulgad[oa])\s+(?:originalmente|primeiro|inicialmente)\s+"
    r"(?:em|no|na|pel[oa]|por)\s+" + WHO,
    r"(?:publicad[oa]|divulgad[oa])\s+originalmente\s+(?:em|no|na|pel[oa]|por)\s+" + WHO,
    r"(?:reproduzid[oa]|republicad[oa])\s+(?:com\s+autorização\s+)?(?:de|do|da)\s+" + WHO,
    # German
    r"(?:dieser|der)\s+(?:artikel|beitrag|text|bericht)\s+(?:ist|erschien|wurde)\s+"
    r"(?:zuerst|ursprünglich|erstmals|zunächst)\s+(?:erschienen\s+)?(?:bei|in|im|auf|von)\s+"
    + WHO
    + r"(?:\s+(?:erschienen|veröffentlicht))?",
    r"(?:zuerst|ursprünglich|erstmals)\s+(?:erschienen|veröffentlicht)\s+(?:bei|in|im|auf|von)\s+"
    + WHO,
    # "Nachdruck mit freundlicher Genehmigung von X": a reprint's word may lead the phrase.
    r"(?:(?:nachdruck|abdruck|wiedergabe|übernahme|veröffentlichung|veröffentlicht)\s+)?"
    r"mit freundlicher genehmigung (?:von|der|des)\s+" + WHO,
    # Arabic
    r"(?:نشر|نُشر|نشرت|نُشرت)\s+(?:هذا|هذه)\s+(?:المقال|التقرير|الخبر|المادة|المقالة)\s+"
    r"(?:أولا|أولاً|لأول مرة|في الأصل|أصلا|أصلاً)\s+(?:في|على|على موقع|في موقع)\s+"
    + WHO
    + _AR_AND_REPUBLISHED,
    r"(?:نشر|نُشر|نشرت|نُشرت)\s+(?:أولا|أولاً|لأول مرة|في الأصل|أصلا|أصلاً)\s+"
    r"(?:في|على|على موقع|في موقع)\s+" + WHO + _AR_AND_REPUBLISHED,
    r"(?:هذا|هذه)\s+(?:المقال|التقرير|المادة|المقالة)\s+(?:مترجم|مترجمة|منقول|منقولة)\s+"
    r"(?:عن|من)\s+" + WHO,
    # Urdu ("first published in Dawn": the name sits before the verb)
    r"(?:یہ\s+)?(?:مضمون|تحریر|خبر|رپورٹ|کالم|آرٹیکل)?\s*"
    r"(?:پہلے|اصل میں|سب سے پہلے|ابتدائی طور پر)\s+"
    + WHO
    + r"\s+(?:پر|میں)\s+(?:شائع|شایع)\s+(?:ہوا|ہوئی|ہو چکا)(?:\s+(?:تھا|تھی|ہے))?",
    # Hindi ("originally published on BBC": the name sits before the verb)
    r"(?:यह|ये)?\s*(?:लेख|खबर|ख़बर|रिपोर्ट|आलेख|स्टोरी)?\s*(?:मूल रूप से|पहले|सबसे पहले|पहली बार)\s+"
    + WHO
    + r"\s+(?:पर|में)\s+(?:प्रकाशित|छपा|छपी)\s*(?:हुआ|हुई|हो चुका)?\s*(?:था|थी|है)?",
    r"(?=.*इनपुट)\(?\s*" + WHO + r"\s+(?:से\s+|के\s+)?(?:इनपुट|इनपुट्स)\s+के\s+साथ\s*\)?",
    r"(?=.*सौजन्य)\(?\s*" + WHO + r"\s+के\s+सौजन्य\s+से\s*\)?",
]
#: The kinds of a site's own desk: "News Desk", "Web Desk", "Metro Staff" name no outlet.
_DESK_KINDS = (
    r"(?:news|web|online|digital|city|metro|local|national|foreign|international|world|"
    r"sports?|business|political|politics|features?|editorial|our)"
)
# "(X)", "— X", "X" alone, "dpa/AFP/lko", "By Jane Doe, Reuters": only taken when X is a
# publisher of the table (or "agencies").
_STORY_WEAK = [
    r"^[(\[]\s*(?P<who>[^()\[\]\n]{1,80})\s*[)\]][.]?$",
    r"^[-—–‒―]+\s*(?P<who>[^\n]{1,80}?)\s*[-—–]*[.]?$",
    # (?=…$): a short line only, checked in one cheap run before the lazy scan (speed)
    # "News Desk", "City Staff": a desk's kind before its word is the site's own desk.
    r"^(?=[^\n]{1,100}$)(?!" + _DESK_KINDS + r"\s+\w+[.]?$)"
    r"(?P<who>[^\n]{1,60}?)\s+(?:staff|staff writers?|staff reporters?|"
    r"news desk|desk|"
    r"correspondent|bureau|web desk|news service)[.]?$",
    # "By Jane Doe, for the Pinecrest Herald", "…, special to the X": the outlet that
    # commissioned the freelancer's piece
    # (the byline word in Dutch, Swedish, Danish, Indonesian and Polish too: "Door ANP")
    r"^(?:by|written by|story by|reported by|von|par|por|door|av|af|oleh|przez|بقلم|द्वारा)\s+"
    r"(?:[^\n,|/]{1,60}?\s*(?:,\s*(?:for|special\s+to)\b|,|\||/|\s[—–-]\s|\bof\b|\bfor\b)"
    r"\s*)?(?P<who>[^\n,|/]{1,80}?)[.]?$",
    r"^(?P<who>[^\n]{1,80}?)[.]?$",
]
_STRONG = [
    OPEN + _STRONG_LABELS + SEP + WHO + CLOSE,
    OPEN + r"(?:(?:story|news|content|article|text)(?:\s+and\s+(?:photos?|images?|video))?\s+)?"
    r"(?:courtesy of|courtesy|"
    r"cortesía de|cortesia de)\s+" + WHO + CLOSE,
    # Leads that only ever open a credit line, in languages the labels above miss: Russian
    # "По материалам РБК", Swahili "Kwa hisani ya gazeti la Mwananchi", Indonesian "Dilansir
    # dari CNN Indonesia," (its comma leads into the story); the name may be a site's
    # address, its dot inside it ("По материалам Klops.ru", "Dilansir dari Detik.com").
    OPEN + r"(?:по\s+материалам|kwa\s+hisani\s+ya(?:\s+gazeti(?:\s+la)?)?|"
    r"(?:dilansir|dikutip|disadur)\s+dari)\s+"
    r"(?P<who>[^\n,.;:]{1,60}?(?:\.(?=\w)[^\n,.;:\s]{1,20}){0,2})"
    r"\s*[)\]»]?[.,]?$",
]
_COPYRIGHT = (
    # "Riproduzione riservata © Valle Oggi": the rights may come first
    r"^(?:(?:riproduzione\s+riservata|all\s+rights\s+reserved|tous\s+droits\s+réservés|"
    r"todos\s+los\s+derechos\s+reservados)[.,]?\s*(?=©|\(c\)|copyright))?"
    # A network's trailer on its affiliates' copy claims its feed's trademark first:
    # "The-CNN-Wire ™ & © 2026 Cable News Network, Inc.", "TM & © 2026 Cable News Network".
    r"(?:(?:[\w-]{2,30}\s*)?(?:™|\(tm\)|tm\b)\s*(?:&|and)\s*(?=©|\(c\)|copyright))?"
    r"(?:(?:all\s+)?(?:content|contents|text|material|article|story)\s+)?"
    r"(?:copyright\s*)?(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright))?\s*"
    r"(?:[(\[]?\d{4}[)\]]?\s*[-–]?\s*)*"
    + WHO
    + r"[.,]?(?:\s*(?:\d{4}[.,]?\s*)?all rights reserved.*|\s*\d{4}|"
    # "… This material may not be published, broadcast, rewritten or redistributed."
    r"(?:\s*\d{4})?\s*[.,]\s+[^\n]{0,80}?\b(?:rights|may\s+not\s+be|without\s+(?:prior\s+)?(?:written\s+)?"
    r"permission|redistribu\w*|reproduc\w*|republi\w*|prohibid\w*|interdit\w*|untersagt|"
    r"réservés|reservados|vorbehalten|riservat\w*|saklıdır|dilindungi|visit|reprint\w*|"
    r"used\s+with|with\s+permission|distribut\w*|distribué\w*|distribuid\w*)\b.*)?[.]?$"
)
#: A copyright notice naming its holder ("© 2026 Harrow & Finch Media Ltd.").
COPYRIGHT = re.compile(_COPYRIGHT, FLAGS)
#: Whole-line story credits, each with how far its wording vouches for a name the table
#: lacks (names.Trust): a label and a colon do ("Source: Motorline Asia"), a dash only for a
#: name reading as an outlet, a bare name or a byline never.
STORY = [
    *((re.compile(p, FLAGS), Trust.STRONG) for p in _STRONG),
    (re.compile(OPEN + _STORY_LABELS + SEP + WHO + CLOSE, FLAGS), Trust.NAMED),
    (re.compile(OPEN + _STORY_LEADS + r"\s+" + WHO + CLOSE, FLAGS), Trust.OUTLET),
    # "© Regan" is a photographer's; "© 2021 Harrow & Finch Media Ltd." an outlet's.
    (COPYRIGHT, Trust.OUTLET),
    # "- Digital Crown": a list item (extraction writes <li> so) names a table outlet at most;
    # read at the text's edges only (LIST_ITEM).
    (LIST_ITEM := re.compile(_STORY_WEAK[1], FLAGS), Trust.KNOWN),
    (DESK_LINE := re.compile(_STORY_WEAK[2], FLAGS), Trust.KNOWN),
]
#: Wordings that name a publisher only when the table knows it, or a name reading as one.
STORY_TABLE = [
    # "Redação, com informações da Agência Brasil", "Staff, with Reuters": a desk and a wire.
    (
        re.compile(
            r"^(?:(?:by|por|par|von)\s+)?[^,\n]{1,40},\s+(?:with|com|con|avec|mit)\s+"
            r"(?:(?:informações|informação|información|informations|material)\s+"
            r"(?:das|dos|da|do|de|del|von|der|des|d')\s*)?" + WHO + CLOSE,
            FLAGS,
        ),
        Trust.KNOWN,
    ),
    # "Text: Reuters", "Autor: EFE": a person's label, a wire's name.
    (
        re.compile(
            OPEN
            + r"(?:text|texte|texto|author|autor|autora|auteur|autorin)\s*[:：]\s*"
            + WHO
            + CLOSE,
            FLAGS,
        ),
        Trust.KNOWN,
    ),
    # "The Associated Press receives support from …", "Follow AP's coverage of …",
    # "Compiled from Reuters and AFP reports", "This story was reported by the AP": a wire's
    # own trailers and notes.
    (
        SUPPORT_TRAILER := re.compile(
            OPEN + r"(?:the\s+)?" + WHO + r"\s+receives?\s+(?:financial\s+)?support\s+from\b.*",
            FLAGS,
        ),
        Trust.OUTLET,
    ),
    (
        FOLLOW_COVERAGE := re.compile(
            r"^(?:follow|read|see|find|get)\s+(?:more\s+(?:of\s+)?)?" + WHO + r"['’]s\s+"
            r"(?:[\w-]+\s+){0,3}?coverage\b.*$",
            FLAGS,
        ),
        Trust.KNOWN,
    ),
    (
        re.compile(
            # "from wire reports" credits no one ("The Wire" is an outlet)
            OPEN
            + r"compiled\s+from\s+(?!(?:staff\s+and\s+)?wire\b)"
            + WHO
            + r"(?:\s+(?:reports|dispatches|wires|copy))?"
            + CLOSE,
            FLAGS,
        ),
        Trust.KNOWN,
    ),
    (
        re.compile(
            # "This story about four-day school weeks was produced by The Hechinger Report":
            # a nonprofit's tagline names this story's subject before its maker ("The story
            # about the fire was first reported by …" is about another one)
            OPEN + r"(?:this\s+(?:story|article|report)(?:\s+(?:about|on)\s+"
            r"(?:(?!\b(?:was|were|is|has|had)\b)[^\n.;:]){1,80}?)?|the\s+(?:story|article|report))"
            r"\s+(?:was\s+)?(?:reported|written|produced|filed)\s+by\s+" + WHO + CLOSE,
            FLAGS,
        ),
        # a person wrote many ("… written by Jane Doe"); a name reading as an outlet's
        # ("… produced by Tidewater Ledger") is the outlet that made the piece
        Trust.OUTLET,
    ),
    # "Our Standards: The Thomson Reuters Trust Principles.", "More stories like this are
    # available on bloomberg.com": a wire's house trailers.
    (
        TRUST_PRINCIPLES := re.compile(
            r"^our\s+standards\s*[:：]\s*(?:the\s+)?(?P<who>[^\n]{1,40}?)\s+trust\s+principles[.]?$",
            FLAGS,
        ),
        Trust.KNOWN,
    ),
    (
        MORE_STORIES_ON := re.compile(
            r"^(?:more|read\s+more|for\s+more)\s+(?:stories|news|articles|coverage|reporting)"
            r"\b[^\n]{0,40}?\b(?:on|at)\s+" + WHO + r"[.]?$",
            FLAGS,
        ),
        Trust.KNOWN,
    ),
    # "جميع الحقوق محفوظة لوكالة رويترز": all rights reserved to …
    (
        re.compile(
            r"^(?:©\s*)?(?:\d{4}\s*)?(?:جميع|كل)\s+الحقوق\s+محفوظة\s*(?:ل|لـ)\s*" + WHO + r"[.]?$",
            re.UNICODE,
        ),
        Trust.OUTLET,
    ),
    # "This article was written by Jane Doe of Reuters."
    (
        WRITTEN_BY_OF := re.compile(
            OPEN + r"(?:this|the)\s+(?:article|story|report|piece)\s+was\s+(?:written|"
            r"reported|produced)\s+by\s+[^\n]{1,60}?\s+(?:of|for|at)\s+" + WHO + CLOSE,
            FLAGS,
        ),
        Trust.OUTLET,
    ),
    # Korean portals: "[기사제공=뉴시스]" (article provided by), and a wire's rights trailer
    # "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>" (a site's own notice names no table wire).
    (
        KO_PROVIDED := re.compile(
            r"^[\[(（【<]\s*기사\s*(?:제공|출처)\s*[=:：]\s*" + WHO + r"\s*[\])）】>]$", FLAGS
        ),
        Trust.NAMED,
    ),
    (
        KO_RIGHTS := re.compile(
            r"^[<〈(\[]?\s*(?:저작권자|copyright)\s*(?:\(c\)|ⓒ|©)\s*(?P<who>[^,，<>〈〉\n]{1,30}?)"
            r"\s*[,，]?\s*무단[^\n]{0,80}?[>〉)\]]?$",
            FLAGS,
        ),
        Trust.KNOWN,
    ),
    # Bloomberg's trailer: "To contact the reporter on this story: Jane Doe in London at
    # jdoe@bloomberg.net": the newsroom's mail domain names it (a table domain only).
    (
        CONTACT_TRAILER := re.compile(
            r"^to\s+contact\s+the\s+(?:reporters?|editors?|authors?)\s+(?:responsible\s+)?"
            r"(?:on|for|of)\s+this\s+(?:story|article|report)\s*[:：][^\n@]{0,120}?@"
            r"(?P<who>[\w-]+(?:\.[\w-]+)+)[.,;]?$",
            FLAGS,
        ),
        Trust.KNOWN,
    ),
]
STORY.extend(STORY_TABLE)
#: Words a pattern cannot match without (casefolded substrings): a line lacking all of them
#: is not tried against it. Every paragraph of a page is tried against STORY, and these
#: patterns scan the line lazily before their closing words (speed, not meaning).
HINTS: dict[re.Pattern[str], tuple[str, ...]] = {
    # Keyed by the patterns' names: a pattern added to STORY must not shift a hint onto
    # another pattern (a hint on the wrong pattern silently skips lines it needs).
    DESK_LINE: ("staff", "desk", "correspondent", "bureau", "service"),
    SUPPORT_TRAILER: ("support",),
    FOLLOW_COVERAGE: ("coverage",),
    TRUST_PRINCIPLES: ("principles",),
    MORE_STORIES_ON: (" on ", " at "),
    WRITTEN_BY_OF: ("written", "reported", "produced"),
    KO_PROVIDED: ("기사",),
    KO_RIGHTS: ("무단",),
    CONTACT_TRAILER: ("contact",),
}
#: Sentences saying where the piece first ran: a credit of this page only at its head or tail
#: (or beside it); between paragraphs "The report was first published by X" is reporting.
STORY_SENTENCES = [
    (re.compile(OPEN + p + r"\s*[)\]]?[.。۔।]?$", FLAGS), Trust.STRONG) for p in _STORY_SENTENCES
]
#: "PTI SKU RT": an Indian wire's tag and its editors' initials ending the story.
WIRE_INITIALS = re.compile(r"^(?P<who>[A-Z]{2,6})(?:\s+[A-Z]{2,4}){1,4}" + FILING_TIME + "$")
#: "By Jane Doe | Daily Trust": a byline credits an outlet only when it reads as one.
BYLINE = (re.compile(_STORY_WEAK[3], FLAGS), Trust.OUTLET)
#: "By Web Desk | Tidewise", "By Staff Reporter - Coastline": a desk, not a person, wrote it;
#: the name after it can only be the outlet whose desk it is.
DESK_BYLINE = (
    re.compile(
        r"^(?:by\s+)?(?:(?:web|news|online|digital|city|foreign|national|metro)\s+desk|"
        r"staff(?:\s+(?:reporter|writer|correspondent)s?)?|our\s+(?:staff\s+)?correspondent|"
        r"special\s+correspondent|news\s+service|bureau|agencies)\s*(?:,|\||/|\s[—–-]\s|"
        r"\bof\b|\bfor\b)\s*(?P<who>[^\n,|/]{2,60}?)[.]?$",
        FLAGS,
    ),
    Trust.NAMED,
)
#: A rights notice naming its owner first: "Anadolu Agency website contains only a portion of
#: the news stories offered to subscribers …", "Wessex Daily Echo content may not be reproduced".
RIGHTS_NOTICE = re.compile(
    r"^(?=[^\n]{0,300}\b(?:rights\s+reserved|may\s+not\s+be|subscribers?|redistribut\w*|licen[cs]\w*|"
    r"reproduc\w*|without\s+(?:prior\s+)?(?:written\s+)?permission)\b)"
    r"(?P<who>[^\n]{1,60}?)(?:['’]s)?\s+(?:website|site|content|news|material|stories|articles|"
    r"text|reports)\b[^\n]{0,300}$",
    FLAGS,
)
#: "Credit: France 24" on a line of its own beside the story: its credit (in a caption: the
#: photo's).
CREDIT = (re.compile(OPEN + r"credits?" + SEP + WHO + CLOSE, FLAGS), Trust.OUTLET)
#: Only on the first and last lines: "(AFP)", "— The Evening Courier", bylines and a
#: publisher's name alone.
#: Worded credits that may also end a paragraph ("… on Monday. Per gentile concessione di X").
STORY_WORDED = [
    (re.compile(OPEN + _CREDIT_LEADS + r"\s*[:：]?\s+" + WHO + CLOSE, FLAGS), Trust.STRONG),
    # "Read more at Tidewise", "Continue reading on X", "Full story: <link>": at the tail only
    # a link's label, and a name only after "at"/"on" (a headline follows "Read more:").
    (
        re.compile(
            OPEN + r"(?:read\s+more|continue\s+reading|read\s+(?:the\s+)?(?:rest|full\s+"
            r"(?:story|article|report))|full\s+(?:story|article|report)|lire\s+la\s+suite|"
            r"leer\s+más|weiterlesen|mehr\s+(?:dazu|lesen)|"
            + _READ_ON
            + r")\s+(?:(?:of\s+(?:this|the)\s+"
            r"(?:story|article)\s+)?(?:at|on|in|sur|en|bei|auf|em|no|na|su|sul|di|di\s+sini|"
            r"dari)\s+)" + WHO + CLOSE,
            FLAGS,
        ),
        Trust.NAMED,
    ),
    # "Read more: thepeakreport.com", "Original article: <link>": a link, never a headline.
    (
        re.compile(
            OPEN + r"(?:read\s+more|continue\s+reading|(?:read\s+(?:the\s+)?)?full\s+"
            r"(?:story|article|report)|original(?:\s+(?:article|story|report|post|source|link))?|source\s+link|link|"
            + _READ_ON
            + r")"
            + SEP
            + r"(?P<who>(?:https?://|www\.)\S+|(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?)"
            + CLOSE,
            FLAGS,
        ),
        Trust.NAMED,
    ),
    (RIGHTS_NOTICE, Trust.OUTLET),
    # "View source version on businesswire.com: <link>": a PR wire's own trailer.
    (
        re.compile(
            r"^view\s+(?:the\s+)?(?:source|original)\s+version\s+(?:of\s+this\s+\w+\s+)?"
            r"on\s+(?P<who>(?:[a-z0-9-]+\.)+[a-z]{2,})\s*[:：]\s*\S+$",
            FLAGS,
        ),
        Trust.NAMED,
    ),
]
STORY_EDGE = [
    *STORY_SENTENCES,
    DESK_BYLINE,
    (re.compile(_STORY_WEAK[0], FLAGS), Trust.TAG),
    # "— NAN": a dash makes an agency's tag of an unknown all-capital name, too (TAG).
    (re.compile(r"^(?:[—–‒―]+|--+)\s*(?P<who>[^\n]{1,80}?)\s*[-—–]*[.]?$", FLAGS), Trust.TAG),
    *STORY_WORDED,
    BYLINE,
    (WIRE_INITIALS, Trust.KNOWN),
    *org_bylines.PATTERNS,
]
#: Only on the last line: a publisher's name alone. At the head or between paragraphs a
#: bare "AFP" is as often the credit of a picture extraction dropped.
BARE_NAME = (re.compile(_STORY_WEAK[4], FLAGS), Trust.KNOWN)
#: "... said on Tuesday. (AFP)", "... said. — Reuters", "... (With inputs from PTI)".
SUFFIX = re.compile(
    # "[ Bloomberg ]" after a headline is a link's label: square brackets need a sentence end.
    r"(?:(?:(?<=\S)\s+(?=\()|(?<=[.!?\"”’)\]])\s*(?=\[))(?P<credit>[(\[]\s*(?:(?:"
    + _STORY_LEADS
    + r"|"
    + _STORY_LABELS
    + r")\s*[:：]?\s*)?(?P<who>[^()\[\]\n]{1,60}?)\s*[)\]][.]?)"
    r"|(?<=[.!?\"”’)\]])(?P<credit2>\s*[-—–]+\s*(?P<who2>[^-—–()\n]{1,40}?)[.]?))$",
    FLAGS,
)
#: A line that credits through its link alone: "Read the original here", "Original article",
#: "Source", "Quelle". It leaves the text; the link (``side_lines``) names the publisher.
LINK_CREDIT = re.compile(
    r"^[(\[]?\s*(?:(?:read|see|view)\s+(?:the\s+)?(?:original|full|complete)(?:\s+(?:article|"
    r"story|post|report|version|text))?(?:\s+(?:here|there|online|on\s+(?:the|their|its)\s+"
    r"(?:website|site)))?|(?:click\s+)?here\s+(?:for|to\s+read)\s+the\s+(?:original|full)"
    r"(?:\s+(?:article|story|report))?|original\s+(?:article|story|post|report|source)|source|"
    r"sources|source\s+link|quelle|fuente|fonte|lire\s+l'article\s+original|"
    r"artículo\s+original|artigo\s+original|originalartikel|"
    # it, pt, tr, id, ur, hi: "read the original article (here)"
    r"(?:leggi\s+)?l['’]articolo\s+originale|(?:leggi\s+)?la\s+notizia\s+originale|"
    r"(?:leia\s+)?(?:o\s+artigo|a\s+matéria|a\s+notícia)\s+original|haberin\s+aslı|"
    r"(?:baca\s+)?artikel\s+(?:asli|aslinya)|haberin\s+(?:devamı|tamamı|aslı)\s+için\s+tıkla\w*|اصل\s+(?:خبر|مضمون|تحریر)(?:\s+یہاں)?\s+پڑھیں|"
    r"मूल\s+(?:खबर|लेख|ख़बर)(?:\s+यहां|\s+यहाँ)?\s+पढ़ें)\s*[)\]]?[.!:]?$",
    FLAGS,
)
#: Words that say an institution lent or helped, not that it published: "Courtesy of the
#: Harbour Museum", "Published in partnership with the Aldmoor Foundation". An institution
#: named so is no publisher (a table outlet still is: "in partnership with ProPublica").
LENT = re.compile(
    r"\b(?:courtesy|cortesía|cortesia|courtoisie|partnership|collaboration|association|"
    r"partenariat|collaboration|colaboración|colaboracion|parceria|colaboração|"
    r"zusammenarbeit|kooperation|concessione|support|supported|funded|funding|grant)\b",
    FLAGS,
)
#: A copy's verb, then "by": "This story was republished by Tidewise" names where the story
#: went, not where it came from ("republished by permission" still credits).
COPY_BY = re.compile(
    r"\b(?:re-?published|reprinted|reproduced|reposted|cross-?posted|republié|republiée|"
    r"republicado|republicada|reproduzido|reproduzida|nachgedruckt)\s+(?:here\s+|since\s+|"
    r"widely\s+|later\s+|also\s+)?(?:by|par|por|pelo|pela|von)\s+"
    r"(?!(?:kind\s+|special\s+)?(?:permission|arrangement|agreement)\b)"
    # "… reposted here by the author": the writer's own copy, still crediting the original
    r"(?!(?:the|its|their|this)\s+(?:author|writer|columnist|essayist|contributor)s?\b)",
    FLAGS,
)

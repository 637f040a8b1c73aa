"""Notes that a piece is reprinted with permission, or reprinted, excerpted, adapted or
translated from another outlet, in the languages the earlier patterns read in part or not at
all (issue 14, the third conventions round, family (d)): "This article appeared in X and is
republished here with permission", "Nachdruck aus der X mit freundlicher Genehmigung",
"Ripubblicato per gentile concessione di X", "Publicerad med tillstånd från X", "Bragt med
tilladelse fra X", "Diterbitkan semula dengan kebenaran X", "Imechapishwa upya kwa idhini ya
X", "أعيد نشره بإذن من صحيفة X", "Αναδημοσίευση από την εφημερίδα «X»", "Az írás a X
engedélyével jelenik meg", "X থেকে পুনঃপ্রকাশিত", "X से साभार", "Cet article est la traduction
d'un article paru dans X", "Lược dịch từ X", "เรียบเรียงจาก X"."""

# ruff: noqa: RUF001  (letters of other scripts and their punctuation are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.phrase_parts import (
    CLOSE,
    DE_NOT_NAMES,
    NAME,
    OPEN,
    PLAIN,
    TH_NOT_NAMES,
    compiled,
)
from aggregator.attribution.names import Trust

#: "This article appeared in The Conversation and is republished here with permission".
EN_APPEARED_AND_REPUBLISHED = compiled(
    OPEN + r"(?:this|the)\s+(?:article|story|piece|post|column|essay|report|op-ed|commentary)\s+"
    r"(?:(?:first|originally)\s+)?(?:appeared|ran|was\s+(?:first\s+|originally\s+)?published)\s+"
    r"(?:in|on|at|by)\s+(?-i:the\s+)?" + NAME + r"\s+and\s+(?:is|was|has\s+been)\s+"
    r"(?:re-?published|reprinted|reproduced|shared|used)(?:\s+here)?(?:\s+(?:with|by)\s+"
    r"(?:kind\s+|their\s+|its\s+)?permission)?" + CLOSE
)
#: German: "Nachdruck aus der Wendländer Rundschau mit freundlicher Genehmigung",
#: "Zweitveröffentlichung aus X".
DE_REPRINT = compiled(
    OPEN + r"(?:nachdruck|abdruck|zweitveröffentlichung|zweitabdruck|wiedergabe)\s+(?:aus|von)\s+"
    r"(?-i:(?:der|dem|den|des)\s+)?"
    + DE_NOT_NAMES
    + NAME
    + r"(?:\s*,?\s+mit\s+(?:der\s+)?(?:freundlichen?\s+)?"
    r"genehmigung(?:\s+(?:der|des)\s+(?:redaktion|verlags?|verlages|herausgebers))?)?" + CLOSE
)
#: Italian: "Ripubblicato per gentile concessione di Eco di Valsesia".
IT_PERMISSION = compiled(
    OPEN + r"(?:(?:articolo|testo)\s+)?(?:ripubblicat[oa]|pubblicat[oa]|riprodott[oa]|"
    r"tradott[oa])\s+(?:per|su|con)\s+(?:la\s+)?(?:gentile\s+)?(?:concessione|autorizzazione)\s+"
    r"(?:di|del|della|dello|dell['’])\s*" + NAME + CLOSE
)
#: Swedish, Danish and Norwegian: "Publicerad med tillstånd från X", "Bragt med tilladelse
#: fra X", "Publisert med tillatelse fra X", "Gjengitt med tillatelse".
NORDIC_PERMISSION = compiled(
    OPEN + r"(?:(?:artikeln|artikkelen|artiklen|texten|teksten|saken)\s+(?:är|er|blir|bliver)\s+)?"
    r"(?:publicerad|publiceras|återpublicerad|publisert|publiseres|republisert|gjengitt|gjengis|"
    r"bragt|bringes|gengivet|gengives|genudgivet|publiceret|trykt|tryckt|trykket)\s+"
    r"(?:her\s+|här\s+)?med\s+(?:vänligt\s+|venlig\s+|vennlig\s+)?(?:tillstånd|tillatelse|"
    r"tilladelse)\s+(?:från|av|fra|af)\s+(?-i:(?:tidningen|avisen|avisa|bladet)\s+)?" + NAME + CLOSE
)
#: Malay and Indonesian: "Diterbitkan semula dengan kebenaran Suara Pantai Timur", "Dimuat
#: ulang atas izin X".
MS_ID_PERMISSION = compiled(
    OPEN + r"(?:(?:artikel|rencana|berita|tulisan)\s+ini\s+)?(?:diterbitkan|disiarkan|dimuat|"
    r"dimuatkan|ditayangkan)\s+(?:semula|ulang|kembali)\s+(?:(?:dengan|atas)\s+(?:kebenaran|"
    r"izin|keizinan|persetujuan|seizin)\s+(?:daripada\s+|dari\s+)?|daripada\s+|dari\s+)"
    + NAME
    + CLOSE
)
#: Swahili: "Imechapishwa upya kwa idhini ya Sauti ya Pwani".
SW_PERMISSION = compiled(
    OPEN + r"(?:(?:makala|habari|taarifa)\s+(?:haya|hii|hizi)\s+)?(?:imechapishwa|yamechapishwa|"
    r"zimechapishwa|inachapishwa|yanachapishwa)\s+(?:upya|tena)\s+(?:kwa\s+(?:idhini|ruhusa|"
    r"kibali)\s+(?:ya|wa|kutoka\s+kwa)|kutoka(?:\s+kwa|\s+katika)?)\s+(?:(?-i:gazeti|jarida)\s+la\s+|"
    r"(?-i:tovuti)\s+ya\s+)?" + NAME + CLOSE
)
#: Vietnamese: "Đăng lại với sự cho phép của báo X".
VI_PERMISSION = compiled(
    OPEN + r"(?:bài\s+viết\s+)?(?:được\s+)?(?:đăng\s+lại|đăng\s+tải\s+lại)\s+(?:với|theo)\s+sự\s+"
    r"(?:cho\s+phép|đồng\s+ý)\s+của\s+(?:(?-i:báo|tạp\s+chí|trang)\s+)?" + NAME + CLOSE
)
_AR_REPUBLISHED_BY_LEAVE = (
    r"^(?:أعيد|أُعيد|يعاد|يُعاد|تعيد|نعيد)\s+(?:نشره|نشرها|نشر\s+(?:هذا|هذه)\s+(?:المقال|المادة|"
    r"التقرير|المقالة))\s+(?:بإذن|بموافقة|بتصريح|بترخيص|بالاتفاق\s+مع)\s+(?:من\s+)?"
)
#: Arabic: "أعيد نشره بإذن من صحيفة صدى الساحل" (republished with the leave of the newspaper
#: X): the paper's word vouches for the name.
AR_PERMISSION = re.compile(
    _AR_REPUBLISHED_BY_LEAVE + r"(?:صحيفة|جريدة|مجلة|موقع)\s+" + PLAIN + r"\s*[.۔]?$"
)
#: Without it the leave may be the writer's ("بإذن من الكاتب"): a name reading as an outlet's.
AR_PERMISSION_BARE = re.compile(_AR_REPUBLISHED_BY_LEAVE + PLAIN + r"\s*[.۔]?$")
#: Thai: "เผยแพร่ซ้ำโดยได้รับอนุญาตจาก X" (republished with permission from).
TH_PERMISSION = re.compile(r"^เผยแพร่(?:ซ้ำ)?โดยได้รับอนุญาตจาก\s*" + PLAIN + r"\s*[.]?$")

#: Greek: "Αναδημοσίευση από την εφημερίδα «Ηπειρωτικός Λόγος»", "Αναδημοσιεύεται με την άδεια
#: της X".
EL_REPRINT = compiled(
    OPEN + r"(?:αναδημοσίευση|αναδημοσιεύεται|αναδημοσιεύθηκε|αναδημοσιεύτηκε)\s+(?:(?:με\s+"
    r"(?:την\s+)?άδεια\s+(?:της|του)|από)\s*[:：]?\s+)(?:(?:την|το|τον|τη)\s+)?(?:(?-i:εφημερίδα|"
    r"ιστοσελίδα|ιστότοπο|περιοδικό|site|εφημερίδας|ιστοσελίδας|περιοδικού)\s+)?" + NAME + CLOSE
)
#: Hungarian: "Az írás a Zalai Hírlap engedélyével jelenik meg", "A cikket a X szíves
#: engedélyével közöljük" (appears with the permission of X; the name before the word).
HU_PERMISSION = compiled(
    OPEN + r"(?:az?\s+(?:írás|írást|cikk|cikket|szöveg|szöveget|interjú|interjút|riport|"
    r"riportot)\s+)?(?-i:az?\s+)?" + NAME + r"\s+(?:szíves\s+|kedves\s+)?engedélyével\s+"
    r"(?:jelenik\s+meg|jelent\s+meg|közöljük|közölte|olvasható|vettük\s+át)" + CLOSE
)
#: Bengali: "পদ্মাপাড় নিউজ থেকে পুনঃপ্রকাশিত" (republished from X); "collected from" and
#: "translated from" also follow the internet and languages ("ইংরেজি থেকে অনূদিত"): not read.
BN_REPRINT = re.compile(
    r"^(?P<who>(?!\d)[^\n।.,:]{2,40}?)\s+(?:থেকে|হতে)\s+(?:পুনঃপ্রকাশিত|পুনঃপ্রকাশ|পুনর্মুদ্রিত)"
    r"\s*[।.]?$"
)
#: Hindi: "नर्मदा समाचार से साभार" (with thanks from X: its copy; not from the internet,
#: Google or social media, which lend pictures).
HI_WITH_THANKS = re.compile(
    r"^(?!इंटरनेट|गूगल|सोशल|विभिन्न|फेसबुक|ट्विटर|यूट्यूब|विकिपीडिया)(?P<who>(?!\d)[^\n।.,:]{2,40}?)"
    r"\s+(?:से|के)\s+साभार\s*[।.]?$"
)
#: French, Spanish, Portuguese and Italian: "Cet article est la traduction d'un article paru
#: dans X", "Traducción de un artículo publicado en X", "Tradução de reportagem publicada no X".
ROMANCE_TRANSLATION = compiled(
    OPEN + r"(?:(?:cet|ce|l['’]|este|esta|este|o|el|questo|il)\s*(?:article|texte|artículo|"
    r"texto|artigo|articolo|testo|pezzo)\s+(?:est|es|é|è)\s+(?:la|une|una|uma|a)\s+)?"
    r"(?:traduction|traducción|tradução|traduzione)\s+(?:d['’]une?|de\s+una?|de\s+uma?|de|"
    r"di\s+un[oa]?|dell['’]|du|del|da|do)\s*(?:article|artículo|texto|reportaje|artigo|"
    r"reportagem|matéria|articolo|pezzo|texte|entretien|enquête|testo|reportage)\s+"
    r"(?:(?:paru|parue|publié|publiée|publicado|publicada|pubblicato|pubblicata|uscito|apparso)\s+)?"
    r"(?:(?:initialement|originalmente|originariamente)\s+)?(?:dans|sur|par|chez|en|por|no|na|em|"
    r"pelo|pela|su|sul|sulla|nel|nella|da|del)\s+(?-i:(?:le|la|les|l['’]|el|o|a|il|lo)\s*)?"
    + NAME
    + CLOSE
)
#: French, Spanish, Portuguese, Italian and German: "Extrait d'un article paru dans X",
#: "Adaptado de un artículo de X", "Auszug aus einem Artikel der X".
EXCERPT_OF_ARTICLE = compiled(
    OPEN + r"(?:extrait|adapté|adaptée|extracto|adaptado|adaptada|trecho|estratto|adattato|"
    r"adattata|auszug)\s+(?:d['’]un|de\s+un|de\s+uma|di\s+un|da\s+un|aus\s+einem|eines)\s*"
    r"(?:article|artículo|reportaje|artigo|reportagem|matéria|articolo|servizio|artikel|"
    r"beitrag|texte|texto|testo|reportage|entretien)\s+(?:(?:paru|parue|publié|publiée|publicado|"
    r"publicada|pubblicato|uscito|apparso|erschienen)\s+)?(?:dans|sur|de|du|en|del|no|na|em|do|"
    r"da|su|sul|sulla|di|della|der|des|in|im|bei)\s+(?-i:(?:le|la|les|l['’]|el|o|a|il|lo|der|"
    r"dem|den)\s*)?" + NAME + CLOSE
)
#: Vietnamese: "Lược dịch từ X", "Dịch từ báo X", "Tổng hợp từ X" (a language, "tiếng Anh",
#: is no outlet).
VI_TRANSLATED = compiled(
    OPEN + r"(?:lược\s+dịch|biên\s+dịch|dịch|lược\s+thuật|tổng\s+hợp)\s+(?:từ|theo)\s+"
    r"(?!tiếng\s)(?:(?-i:báo|tờ\s+báo|tạp\s+chí|trang)\s+)?" + NAME + CLOSE
)
#: Thai: "เรียบเรียงจาก X" (compiled from X), "แปลและเรียบเรียงจาก X", "แปลจาก X", "เรียบเรียง
#: จากรายงานของ X" (from X's report). Not "from several sources", "from foreign news
#: agencies", a language, "from interviews" (a noun made with "การ"), documents or data.
TH_COMPILED = re.compile(
    r"^(?:แปล(?:และเรียบเรียง)?|เรียบเรียง(?:ข้อมูล)?)จาก\s*(?:(?:รายงาน|ข่าว|บทความ)ของ\s*)?"
    + TH_NOT_NAMES
    + PLAIN
    + r"\s*[.]?$"
)


#: (pattern, how far its wording vouches for a name the table lacks): a permission's or a
#: reprint's wording vouches for any name (STRONG); a Greek or Vietnamese one may be in sentence
#: case (NAMED); Arabic without the paper's word may name the writer (an outlet's name only).
PATTERNS = [
    (EN_APPEARED_AND_REPUBLISHED, Trust.STRONG),
    (DE_REPRINT, Trust.STRONG),
    (IT_PERMISSION, Trust.STRONG),
    (NORDIC_PERMISSION, Trust.STRONG),
    (MS_ID_PERMISSION, Trust.STRONG),
    (SW_PERMISSION, Trust.STRONG),
    (VI_PERMISSION, Trust.NAMED),
    (AR_PERMISSION, Trust.STRONG),
    (AR_PERMISSION_BARE, Trust.OUTLET),
    (TH_PERMISSION, Trust.STRONG),
    (EL_REPRINT, Trust.NAMED),
    (HU_PERMISSION, Trust.NAMED),
    (BN_REPRINT, Trust.STRONG),
    (HI_WITH_THANKS, Trust.STRONG),
    (ROMANCE_TRANSLATION, Trust.STRONG),
    (EXCERPT_OF_ARTICLE, Trust.STRONG),
    (VI_TRANSLATED, Trust.NAMED),
    (TH_COMPILED, Trust.STRONG),
]

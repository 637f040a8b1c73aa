"""Sentences that say where a piece first ran, by their shape rather than their words: the
piece as subject, a verb of publishing, a preposition, the outlet (issue 14)."""

# ruff: noqa: RUF001, RUF003  (letters of other scripts are meant)

from __future__ import annotations

import re
from collections.abc import Callable

from aggregator.attribution.conventions.regex_parts import FLAGS, Lowered
from aggregator.attribution.names import Trust

#: A sentence about where the piece was published first, in any of the languages read: it
#: speaks of the piece (a noun like article, Beitrag, المقال) or opens with the verb, says it
#: was published, taken or shared, and names the outlet after a preposition
#: ("Cet article a été publié dans le cadre d'un partenariat avec Le Petit Riverain").
#: "The study was published in Nature" speaks of no piece: no credit.
REPUBLISHED_PIECE = re.compile(
    r"^(?:text|texte|texto)\b|"
    r"(?:^|\s|['’])(?:(?:this|cet|cette|ce|este|esta|dieser|diese|dieses|dit|deze)\s+\w+|(?:article|story|"
    r"piece|post|column|essay|op-ed|artículo|articulo|reportaje|columna|artigo|matéria|materia|"
    r"reportagem|coluna|artikel|beitrag|gastbeitrag|articolo|notizia|pezzo|tulisan|berita|"
    r"haber|makale|yazı|conteúdo|contenido|contenu|contenuto|inhalt|içerik|konten|статья|"
    r"материал|публикация|المقال|المقالة|(?:هذا|هذه)\s+\S+))(?=\s|$)",
    FLAGS,
)
#: How far into the line the piece is named.
PIECE_START = 30
#: The only words between the piece and its verb: auxiliaries and adverbs of time ("This
#: article mentions a report published by Reuters" names no original).
PIECE_GAP = re.compile(
    r"^(?:\s*(?:was|is|has|had|have|been|being|first|originally|initially|previously|also|"
    r"here|a|à|été|est|était|d'abord|initialement|originellement|précédemment|ici|fue|ha|"
    r"sido|se|originalmente|inicialmente|primero|aquí|foi|é|tinha|wurde|ist|war|worden|"
    r"zuerst|erstmals|ursprünglich|zunächst|bereits|hier|auch|è|stato|stata|originariamente|"
    r"inizialmente|per\s+la\s+prima\s+volta|ini|telah|sudah|pertama\s+kali|sebelumnya|"
    r"awalnya|lebih\s+dulu|merupakan|adalah|eerder|eerst|oorspronkelijk|werd|впервые|"
    r"первоначально|изначально|ранее|была|был|было|قد|تم|ہے|था|है)\b|"
    # a date: "Dieser Beitrag ist am 1. Juni 2017 in … erschienen", "on March 4, 2026"
    r"\s*(?:am|on|le|el|il|em|op)\s+(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?"
    r"(?:,?\s+(?:de\s+)?\d{4})?|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:,?\s+\d{4})?)(?=\s|$))*"
    r"\s*$",
    FLAGS,
)
# Verbs, not adverbs: "This article originally misidentified …" says nothing of where it ran.
REPUBLISHED_VERB = re.compile(
    r"\b(?:published|appeared|ran|republished|reprinted|reproduced|syndicated|adapted|excerpted|"
    r"produced|cross-posted|crossposted|reposted|reblogged|shared|"
    r"original|publié|publiée|paru|parue|republié|republiée|reproduit|repris|reprise|extrait|"
    r"originale|partenariat|publicado|publicada|publicó|apareció|republicado|reproducido|"
    r"tomado|tomada|extraído|extraída|divulgado|divulgada|reproduzido|parceria|erschienen|"
    r"erschien|veröffentlicht|übernommen|pubblicato|pubblicata|apparso|apparsa|uscito|uscita|"
    r"ripubblicato|ripubblicata|ripreso|ripresa|tratto|tratta|tayang|terbit|diterbitkan|"
    r"dimuat|dipublikasikan|ditayangkan|terjemahan|diterjemahkan|verscheen|verschenen|"
    r"gepubliceerd|опубликована|опубликован|опубликовано|вышла|вышел|"
    r"перепечатана|перепечатан)\b|"
    r"(?:نشر|نُشر|نشرت|نُشرت|منشور|منشورة|الأصلي|الأصلية|منقول|منقولة|مترجم)",
    FLAGS,
)
#: Verbs of a copy: "reprinted from X" names the original, "reprinted on Wired.com" (on the
#: original's own page) names where a copy went.
COPY_VERB = re.compile(
    r"^(?:republished|reprinted|reproduced|syndicated|cross-posted|crossposted|reposted|"
    r"reblogged|shared|republié|republiée|reproduit|repris|"
    r"reprise|republicado|reproducido|reproduzido|übernommen|ripubblicato|ripubblicata|ripreso|"
    r"ripresa|tratto|tratta)$",
    FLAGS,
)
FROM_PREP = re.compile(
    r"^(?:from|of|de|du|des|d'|à\s+partir\s+de|à\s+partir\s+du|del|do|da|von|vom|aus|dal|"
    r"dalla|dallo|dari|عن|من)$",
    FLAGS,
)
#: What comes before the outlet's name in such a sentence.
REPUBLISHED_PREP = re.compile(
    r"(?:^|\s)(?:on|in|at|by|from|with|of|sur|dans|par|de|du|des|d'|avec|chez|"
    r"à\s+partir\s+de|à\s+partir\s+du|en|por|del|con|em|no|na|nos|nas|pelo|pela|do|da|"
    r"bei|im|auf|von|vom|aus|der|des|su|sul|sulla|sullo|nel|nella|dal|dalla|di|dari|pada|bij|op|"
    r"в|во|на|из|"
    # "Tomado de: El Heraldo de Tolima": a colon may close the preposition (the name follows
    # it, not the "de" inside the name)
    r"في|على|عن|من|على موقع|في موقع)(?:\s*[:：])?\s+(?=\S)",
    FLAGS,
)
#: Urdu and Hindi put the name before its postposition: "یہ خبر <name> سے لی گئی ہے",
#: "यह खबर <name> से ली गई है".
TAKEN_FROM = re.compile(
    r"^(?:یہ\s+)?(?:خبر|مضمون|تحریر|رپورٹ|کالم)\s+(?P<who>.{2,60}?)\s+(?:سے|میں|پر)\s+"
    r"(?:لی\s+گئی|لیا\s+گیا|ماخوذ|شائع)|"
    r"^(?:यह|ये)\s+(?:खबर|ख़बर|लेख|रिपोर्ट|आलेख|स्टोरी)\s+(?P<who2>.{2,60}?)\s+(?:से|में|पर)\s+"
    r"(?:ली\s+गई|लिया\s+गया|ली\s+गयी|प्रकाशित)|"
    # Turkish: "Bu haber ilk olarak Vadi Gazetesi'nde yayımlandı"
    r"^(?:bu\s+(?:haber|makale|yazı|içerik)\s+)(?:ilk\s+(?:olarak|kez)\s+)?(?P<who3>.{2,60}?)['’]"
    r"(?:n?[dt][ae])\s+(?:yayımlan|yayınlan)\w*|"
    # "… ilk olarak Vadi Gazetesi tarafından yayımlanmıştır" (published by).
    r"^(?:bu\s+(?:haber|makale|yazı|içerik)\s+)(?:ilk\s+(?:olarak|kez)\s+)?(?P<who4>(?-i:[A-ZÇĞİÖŞÜ]).{1,59}?)"
    r"\s+tarafından\s+(?:yayımlan|yayınlan)\w*",
    FLAGS,
)


#: German capitalises every noun: one followed by a finite verb is the clause's subject or
#: object, no outlet ("Übernommen von der Gemeinde wurde auch der Bauhof"); a credit's name
#: ends the sentence or comes before its participle ("… in der Zeit erschienen").
_NOUN_THEN_VERB = re.compile(
    r"^\S+\s+(?:wurde|wurden|ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|kann|"
    r"können|konnte|konnten|soll|sollen|sollte|muss|müssen|musste)\b"
)
_ARTICLE = re.compile(r"^(?:the|le|la|les|el|los|las|der|die|das|il|lo|o|a)\s+(?=\S)")
#: "… terbit di kabarlembah.co.id": a domain names an outlet, in lower case too.
_DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}\b")


#: Speed: the two looks every sentence tried here takes (regex_parts.Lowered).
_REPUBLISHED_VERB = Lowered(REPUBLISHED_VERB)
_REPUBLISHED_PIECE = Lowered(REPUBLISHED_PIECE)


def first_ran(line: str, accept: Callable[[str, Trust], bool]) -> str | None:
    """The outlet a sentence says the piece first ran in, in whatever words: the first name
    after a preposition that ``accept`` takes for one; None when the sentence says no such
    thing."""
    match = TAKEN_FROM.match(line)
    if match is not None:
        groups = ("who", "who2", "who3", "who4")
        who = next((match.group(g) for g in groups if match.group(g)), "").strip()
        return who if accept(who, Trust.STRONG) else None
    body = line
    verb = _REPUBLISHED_VERB.search(body)
    if verb is None:
        return None
    # Looked for once there is a verb (speed: most lines tried here have none).
    piece = _REPUBLISHED_PIECE.search(body[: PIECE_START + 20])
    # The verb opens the line ("Paru dans …"), or the line's subject is the piece itself
    # ("Cet article a été publié …", not "The text of the bill was published in …").
    # The piece comes before its verb: in "The findings were published this week in …"
    # "this week" is no piece, and "findings" no subject of a copy.
    subject = (
        piece is not None
        and piece.start() <= PIECE_START
        and (piece.end() <= verb.start() or verb.end() >= len(body.rstrip(" .")))
    )
    # German puts the verb last: "Dieser Beitrag wurde von X übernommen".
    last = piece is not None and verb.end() >= len(body.rstrip(" ."))
    until = verb.start()
    if last and piece is not None and (first := REPUBLISHED_PREP.search(body, piece.end())):
        until = first.start()
    gap = body[piece.end() : until] if piece is not None else "-"
    if verb.start() > 0 and not (subject and PIECE_GAP.match(gap)):
        return None
    after = piece.end() if last and piece is not None else verb.end()
    copy = COPY_VERB.match(verb.group(0)) is not None
    for prep in REPUBLISHED_PREP.finditer(body, after):
        if copy and not FROM_PREP.match(prep.group(0).strip()):
            continue
        # "… appeared in the Kestrel Bugle": the sentence's article is no part of the name
        who = _ARTICLE.sub("", body[prep.end() :].strip(" ."))
        if _NOUN_THEN_VERB.match(who):
            continue  # "Übernommen von der Gemeinde wurde auch der Bauhof": a noun, a clause
        # A name is capitalised, or of a script without case ("в рамках проекта" is not).
        initial = who[:1]
        caseless = initial.isalpha() and initial.lower() == initial.upper()
        # "„der Freitag“": a quoted name, however its paper styles it
        quoted = initial in '„“«"' and who[1:2].isalpha()
        named = initial.isupper() or caseless or quoted or _DOMAIN.match(who) is not None
        if named and accept(who, Trust.STRONG):
            return who
    return None

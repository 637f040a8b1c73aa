"""Newsroom credit phrases in the languages the earlier patterns read in part or not at all
(issue 14, the third conventions round, family (d)), each written for the phrase its language
and its neighbours share, not for one site's wording: where a piece was first published
(``first_published``), that it is reprinted with permission or reprinted, excerpted or
translated from an outlet (``permission_credits``), where to read the full story, and "with
information from" (``read_full``). The lines shaped like these that credit no one are
``not_credits/phrase_twins``'.

Read on short lines at the text's edges, beside it and ending its last paragraph, before the
other edge patterns (line_readers/whole_line.py): their wording is surer than a generic lead's. A
line is tried only when it opens with one of their words, or holds one in a script without
case (speed: every line at the edges comes here)."""

# ruff: noqa: RUF001  (letters of other scripts and their punctuation are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions import (
    content_credits,
    first_published,
    first_ran_verbs,
    headline_footers,
    original_buttons,
    permission_credits,
    read_full,
)

#: (pattern, how far its wording vouches for a name the table lacks), every phrase's.
PATTERNS = [
    # A footer's name before its headline first: the generic "first appeared" would read both.
    *headline_footers.PATTERNS,
    *permission_credits.PATTERNS,
    *first_published.PATTERNS,
    *first_ran_verbs.PATTERNS,
    *read_full.PATTERNS,
    *content_credits.PATTERNS,
    *original_buttons.PATTERNS,
]
#: The longest line one of them reads.
MAX_CHARS = 240
#: The words a line in a cased script opens with for one of them (casefolded): the piece, an
#: auxiliary, an adverb of first or the verb of each "first published" sentence, and each
#: other phrase's first word. A line opening otherwise is not tried (speed: every line at the
#: edges and every sentence ending the last paragraphs comes here).
_OPENERS = frozenset(
    word.casefold()
    for word in """
    this the
    dit het deze is werd was eerder eerst oorspronkelijk aanvankelijk voor verscheen verschenen
    gepubliceerd lees bekijk met
    ten tento tekst artykuł materiał wywiad reportaż felieton komentarz wpis został została
    zostało był była było pierwotnie po oryginalnie najpierw wcześniej opublikowano
    opublikowany opublikowana opublikowane ukazał ukazała ukazało cały całą całość przeczytaj
    czytaj
    článek článok text rozhovor komentář komentár reportáž příspěvek príspevok byl byla bylo
    bol bola bolo původně pôvodne poprvé prvýkrát nejprve najprv vyšel vyšla vyšlo vyšiel
    publikován publikována publikováno publikovaný publikovaná zveřejněn zveřejněna zveřejněno
    uveřejněn uveřejněna uverejnený uverejnená uverejnené otištěn otištěna celý celou celé
    celej přečtěte prečítajte
    članak članek intervju prilog je bio izvorno prvotno prvobitno najprije najprej prvi prvič
    originalno objavljen objavljena objavljeno izšel izšla
    эта этот данная данный ця цей статья статтю стаття материал матеріал текст интервью
    інтерв'ю інтерв’ю колонка репортаж публикация публікація заметка был была было був була
    було впервые первоначально изначально ранее вперше спочатку першопочатково раніше
    опубликован опубликована опубликовано опубликованы опубліковано опублікована опублікований
    вышла вышел вышло вийшла вийшов вийшло появилась появился появилось з'явилася з’явилася
    з'явився з’явився з'явилось з’явилось размещен размещён размещена размещено розміщено
    напечатан напечатана напечатано надруковано надрукована полностью повністю читайте полный
    повний
    το η άρθρο κείμενο ρεπορτάζ συνέντευξη ανάρτηση είδηση έχει αρχικά πρώτα αρχικώς για
    προηγουμένως δημοσιεύθηκε δημοσιεύτηκε δημοσιευθεί δημοσιευτεί αναρτήθηκε φιλοξενήθηκε
    πρωτοδημοσιεύθηκε πρωτοδημοσιεύτηκε αναδημοσίευση αναδημοσιεύεται αναδημοσιεύθηκε
    αναδημοσιεύτηκε διαβάστε διάβασε
    a az eredetileg először elsőként korábban teljes
    artikeln artikkelen artiklen texten teksten saken reportaget reportasjen intervjun
    intervjuet interviewet krönikan kronikken kommentaren historien nyheten nyheden
    debattinnlegget debattinlägget har ble blev blei er var är först ursprungligen tidigare
    først opprinnelig opprinneleg oprindeligt oprindelig tidligere første för for publicerades
    publicerats publicerad publiserades publisert publisertes publiseret publiceret publicerede
    publiserte bragt bragtes brakt trykt tryckt trykket trycktes utkom offentliggjort
    offentliggjordes publiceras återpublicerad publiseres republisert gjengitt gjengis bringes
    gengivet gengives genudgivet läs læs les
    jutun artikkelin kirjoituksen tekstin haastattelun kolumnin uutisen juttu artikkeli
    kirjoitus teksti haastattelu kolumni uutinen julkaistu julkaistiin ilmestyi lue koko
    artikel rencana berita tulisan laporan kisah cerita wawancara telah sudah pernah pertama
    mula-mula asalnya pada awalnya sebelumnya terlebih lebih disiarkan diterbitkan terbit
    dimuat dimuatkan dipublikasikan tayang ditayangkan baca
    bài tin được đã lần đầu ban đăng xuất công phát lược biên dịch tổng đọc xem
    makala habari taarifa ripoti hadithi kwa mara kwanza awali hapo ilichapishwa
    yalichapishwa zilichapishwa imechapishwa ilitangazwa yamechapishwa zimechapishwa
    inachapishwa yanachapishwa soma
    nachdruck abdruck zweitveröffentlichung zweitabdruck wiedergabe den das lesen
    articolo testo ripubblicato ripubblicata pubblicato pubblicata riprodotto riprodotta
    tradotto tradotta questo il estratto adattato adattata
    cet ce este esta o el traduction traducción tradução traduzione extrait adapté adaptée
    extracto adaptado adaptada trecho auszug retrouvez lisez lire découvrez
    citește citeşte citeste citiți citiţi cititi cu
    originally initially first with com con avec mit
    """.split()  # noqa: SIM905  (a word list reads better as words)
) | frozenset(
    elided + word
    for elided in ("l'", "l’")
    for word in ("article", "texte", "artículo", "texto", "artigo", "articolo", "testo", "pezzo")
)
_OPENERS |= frozenset(first_ran_verbs.OPENERS) | original_buttons.OPENERS
_FIRST_WORD = re.compile(r"^[(\[«※*\s]*([^\s:：,.]+)")
#: Letters of the scripts without case (Hebrew, Arabic, Devanagari, Bengali, Thai, kana, CJK
#: ideographs, Hangul), whose phrases put the name first or run their words together.
_CASELESS = re.compile(
    "[\u0590-\u06ff\u0750-\u077f\u0900-\u09ff\u0b80-\u0bff\u0e00-\u0e7f\u3040-\u30ff"
    "\u3400-\u9fff\uac00-\ud7af\ufb1d-\ufdff\ufe70-\ufeff]"
)
#: The words those phrases need (casefolded substrings).
_CASELESS_HINT = re.compile(
    r"نشر|نُشر|أعيد|أُعيد|يعاد|يُعاد|منتشر|چاپ|פורסמ|התפרסמ|הופיע|לכתבה|למאמר|לידיעה|לראיון|"
    r"شائع|شایع|साभार|প্রকাশিত|পুনঃপ্রকাশ|পুনর্মুদ্রিত|সংগৃহীত|নেওয়া|নেয়া|অনূদিত|"
    r"เรียบเรียง|แปลจาก|แปลและ|อ่าน|เผยแพร่|首发|首發|首刊|原载|原載|刊载|刊載|刊发|刊發|转载|轉載|"
    r"转自|轉自|摘自|选自|選自|编译|編譯|译自|譯自|授权|授權|许可|許可|転載|抜粋|引用|翻訳|전재|재게재|발췌|"
    r"옮겨|옮긴|가져온|허락|허가|"
    + original_buttons.CASELESS_HINT
    + "|"
    + first_ran_verbs.CASELESS_HINT
)


def opens_a_phrase(folded: str) -> bool:
    """Whether a casefolded line opens with a word one of PATTERNS in a cased script opens
    with."""
    first = _FIRST_WORD.match(folded)
    return first is not None and first.group(1) in _OPENERS


def hinted(folded: str) -> bool:
    """Whether a casefolded line may hold one of PATTERNS: it opens with one of their words,
    or it is in a script without case and holds one."""
    if len(folded) > MAX_CHARS:
        return False
    if opens_a_phrase(folded):
        return True
    return (
        not folded.isascii()
        and _CASELESS.search(folded) is not None
        and _CASELESS_HINT.search(folded) is not None
    )

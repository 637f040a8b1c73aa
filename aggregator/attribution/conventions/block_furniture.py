"""The furniture of a credit block: the short lines a republishing footer or a portal's source
header puts around its credit line, which credit the same copy and name no one themselves
(issue 14, the tenth conventions round: 86 of 301 credit lines stayed in the text, most of
them such lines under a credit that had left). Each kind is read by its convention in every
language that has it, never by one site's wording:

- a permission: "Reprinted with permission.", "Se reproduce con autorización.", "Nachdruck mit
  freundlicher Genehmigung.", "Il est reproduit ici avec son autorisation.", "Публикуется с
  разрешения редакции.", "İzin alınarak yeniden yayımlanmıştır.", "经授权转载";
- a pointer to the original: "Read the original article.", "Lesen Sie hier den
  Originalartikel.", "Baca artikel sumber.", "Leia o original.", "阅读原文", "기사원문",
  "原文链接：https://…";
- a Creative Commons licence: "Republished under CC BY-ND 4.0.", "Er steht unter der Lizenz CC
  BY-NC-SA 4.0.";
- a rights notice: "All rights reserved.", "무단 전재-재배포 금지", "未经授权不得转载"; a notice
  asking for a link ("При использовании материалов ссылка на ТАСС обязательна.") only when it
  names the decided original (credit_blocks.py: every site asks for a link to itself);
- a role and a name: "Edited by: Priya Nandan", "Penulis : Rina Maharani", "责任编辑：李文";
- a time stamp or a reading time alone: "Updated: March 4, 2026 11:42 IST", "Rabu, 4 Maret
  2026 10:15 WIB", "입력 2026.03.04 10:15", "2 min read";
- the people who contributed: "Associated Press writer Jane Doe contributed from Phoenix.",
  "— With files from Maya Thorne in Ottawa";
- a writer's affiliation under a republished column: "Marta Kellan, Associate Professor of
  Hydrology, University of Eastvale".

Alone, each of these is the site's own as often as a copy's (its own licence, its own editor,
its own time stamp): they leave only as part of a block whose credit was decided
(credit_blocks.py). The original's own pitch ("Sign up for their newsletter", "Civil Eats is a
daily news source …") is read by the decided name (credit_blocks.py)."""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width colons and letters of other scripts are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import FLAGS

#: A line of furniture is short: a sentence or two.
MAX_CHARS = 240

#: A permission: its word and a word of publishing again in the same line, by language.
_PERMISSION = re.compile(
    # en
    r"\bpermission\b.*\b(?:reprint|republish|publish|reproduc|used|post|shar|run)"
    r"|\b(?:reprint|republish|publish|reproduc|used|posted|shared|run)\w*\b.*\bpermission\b"
    # es, pt, fr, it: autorización, permiso, autorização, permissão, autorisation, concessione
    r"|\b(?:reproduc|republic|publica|reprodu|reprodui|republi|publi|ripubblic|pubblica|"
    r"riprodott|ripres)\w*\b.*\b(?:autoriza[cç][iã]ón?|autorizaç[ãa]o|permiso|permiss[ãa]o|"
    r"autorisation|permission|autorizzazione|permesso|concessione)\b"
    r"|\b(?:con|com|avec|sous|su|per)\b.*\b(?:autorización|permiso|autorização|permissão|"
    r"autorisation|autorizzazione|gentile\s+concessione)\b"
    # de
    r"|\bgenehmigung\b.*\b(?:nachdruck|abdruck|veröffentlich|wiederveröffentlich|übernommen|"
    r"erschein|erscheint)|\b(?:nachdruck|abdruck|wiederveröffentlich|veröffentlich)\w*\b.*"
    r"\bgenehmigung\b"
    # nl, sv, da, no
    r"|\btoestemming\b|\btillstånd\b.*\bpublicer|\bpublicer\w*\b.*\btillstånd\b"
    r"|\btilla[dt]else\b"
    # ru, uk
    r"|\bс\s+разрешения\b|\bз\s+дозволу\b"
    # pl, cs
    r"|\bza\s+zgodą\b|\bse\s+svolením\b"
    # tr
    r"|\bizn(?:iyle|i\s+ile)\b|\bizin\s+alınarak\b"
    # id, ms
    r"|\b(?:diterbitkan|dimuat|ditayangkan)\b.*\bizin\b|\bdengan\s+izin\b"
    # ar: "with permission", "by agreement with"
    r"|بإذن|بالاتفاق\s+مع|بموافقة|بتصريح\s+من"
    # hi, vi
    r"|अनुमति\s+से|\bcho\s+phép\b"
    # ko, ja, zh: permission and a reprint's verb
    r"|(?:허락|허가|동의)[^\n]{0,20}(?:전재|게재|게시)"
    r"|(?:許可|許諾|了承)[^\n]{0,20}(?:転載|掲載)"
    r"|(?:经|獲|获)?授权[^\n]{0,10}(?:转载|轉載|发布|發布|刊发|刊登)",
    FLAGS,
)

#: A pointer to the original: read it, in its languages; a link labelled so.
_READ_ORIGINAL = re.compile(
    r"^[\W_]*(?:"
    r"(?:read|see|view)\s+(?:the\s+)?(?:original|full|complete)\b"
    r"|(?:continue\s+reading|read\s+more)\s+(?:at|on)\b"
    r"|(?:lesen|lies)\b.{0,30}\boriginal\w*|zum\s+original(?:artikel|beitrag|text)?\b"
    r"|lire\b.{0,20}\b(?:l['’]article|le\s+texte|la\s+suite)\b"
    r"|(?:lee|leer|lea|ver|leia|ler|veja|leggi|lees|lue)\b.{0,25}\b(?:original|originale|"
    r"origineel|originele|completo|completa|integrale|volledige|alkuperäinen)\b"
    r"|baca\s+(?:artikel\s+)?(?:sumber|asli|selengkapnya|lengkap)\b"
    r"|(?:читать|читайте)\s+(?:оригинал|полностью|далее)\b"
    r"|haberin\s+(?:devamı|aslı|orijinali)|orijinal\s+(?:haberi|metni|yazıyı)\b"
    r"|(?:xem|đọc)\s+(?:bài\s+)?(?:gốc|nguyên\s+văn)\b"
    r"|मूल\s+(?:लेख|खबर)|पूरी\s+खबर\s+पढ़ें"
    r"|للاطلاع\s+على|اقرأ\s+(?:النص|المقال)\s+الأصلي|النص\s+الأصلي|المقال\s+الأصلي"
    r"|元記事|記事全文|原文を読む|続きを読む"
    r"|阅读原文|閱讀原文|查看原文|原文链接|原文鏈接|原文地址|阅读全文"
    r"|기사\s*원문|원문\s*보기|원문\s*기사"
    r")",
    FLAGS,
)

#: A Creative Commons licence, named or linked.
_LICENCE = re.compile(
    r"creative[\s-]*commons|\bCC[\s-]+BY(?:[\s-]+(?:NC|ND|SA)){0,3}\b|creativecommons\.org",
    FLAGS,
)

#: A rights notice: reserved rights, the terms of reuse, the link or credit they require.
_RIGHTS = re.compile(
    r"\ball\s+rights\s+reserved\b|\bmay\s+not\s+be\s+(?:published|reproduced|redistributed)\b"
    r"|\balle\s+rechte\s+vorbehalten\b|\btous\s+droits\s+réservés\b|\btodos\s+los\s+derechos"
    r"\s+reservados\b|\btodos\s+os\s+direitos\s+reservados\b|\btutti\s+i\s+diritti\s+riservati\b"
    r"|\balle\s+rechten\s+voorbehouden\b|\bwszelkie\s+prawa\s+zastrzeżone\b"
    r"|\btüm\s+hakları\s+saklıdır\b|\bhak\s+cipta\s+dilindungi\b"
    r"|\bвсе\s+права\s+защищены\b"
    r"|무단\s*전재|無断転載|未经(?:授权|许可)[^\n]{0,6}(?:不得)?转载|版权所有|版權所有"
    r"|جميع\s+الحقوق\s+محفوظة|सर्वाधिकार\s+सुरक्षित",
    FLAGS,
)

#: A notice asking for a link to whom it names: "При использовании материалов ссылка на ТАСС
#: обязательна.", "гиперссылка на сайт обязательна", "посилання на Укрінформ обов'язкове".
#: Every site prints one under its own stories too: it is a block's furniture only when it
#: names the decided original (credit_blocks.py), never by its words alone (pass 43).
_LINK_REQUIRED = re.compile(
    r"\b(?:гипер)?ссылк[аиу]\b.{0,60}\bобязательн|\bобязательн\w*\s+(?:гипер)?ссылк"
    r"|(?:гіпер)?посилання\b.{0,60}\bобов['’ʼ]язков",
    FLAGS,
)
#: A role's label and a name, nothing more: "Edited by: Priya Nandan", "Penulis : Rina
#: Maharani", "责任编辑：李文", "Photo: File". The label takes its colon; "… by" needs none.
_ROLE_ROW = re.compile(
    r"^[\W_]*(?:(?:editor|editors|writer|author|reporter|photo|photos|image|penulis|pewarta|"
    r"redaktur|penyunting|wartawan|foto|fotos|autor|autora|autore|auteur|redactor|redactora|"
    r"redakteur|redakteurin|rédacteur|rédactrice|redattore|redactie|bearbeitung|edición|"
    r"edição|автор|редактор|фото|editör|muhabir|biên\s+tập|phóng\s+viên|संपादक|लेखक|"
    r"责任编辑|責任編輯|编辑|編輯|作者|记者|記者|编审|校对|편집|기자|編集|撮影)\s*[:：]"
    r"|(?:edited|written|produced)\s+by\s*:?)"
    r"\s*[^\s:：.!?。][^\n.!?。:：]{0,50}[.]?$",
    FLAGS,
)

#: A month's or a weekday's name, in the languages of dated rows.
_CALENDAR_WORDS = (
    r"(?:jan|feb|febr|mar|märz|mär|apr|may|mai|jun|juni|jul|juli|aug|sep|sept|oct|okt|nov|dec|"
    r"dez|january|february|march|april|june|july|august|september|october|november|december|"
    r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"januar|februar|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|"
    r"settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|"
    r"novembro|dezembro|januari|februari|maart|mei|augustus|maret|agustus|desember|oktober|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|tháng|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo|senin|selasa|rabu|kamis|jumat|sabtu|minggu)"
)
#: The words a time stamp's row may carry besides the date: its label, "at", a zone, AM/PM.
_STAMP_WORDS = (
    r"(?:updated|published|posted|last|first|modified|on|at|publié|publiée|mis|à|jour|le|"
    r"la|el|de|del|du|publicado|publicada|actualizado|atualizado|em|às|a|las|aktualisiert|"
    r"veröffentlicht|am|um|uhr|pubblicato|aggiornato|alle|il|gepubliceerd|bijgewerkt|op|om|"
    r"diperbarui|terbit|diterbitkan|pukul|опубликовано|обновлено|в|yayınlanma|güncelleme|"
    r"saat|cập|nhật|đăng|lúc|ngày|am|pm|a\.m\.|p\.m\.|h|hrs|ist|wib|wita|wit|utc|gmt|cet|"
    r"cest|est|edt|pst|pdt|bst|jst|kst|msk|et|pt)"
)
_STAMP_TOKEN = re.compile(
    r"^(?:\d[\d:./h-]*\d?(?:年|月|日|時|分|시|분)?|" + _CALENDAR_WORDS + r"|" + _STAMP_WORDS + r"|"
    r"입력|수정|발행|发布时间|发布|时间|更新|日期|更新日時|配信|"
    r"\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}時\d{1,2}分|\d{1,2}月\d{1,2}日)$",
    FLAGS,
)
#: A reading time alone: "2 min read", "5 min de lectura", "Lesezeit: 3 Min.".
_READING_TIME = re.compile(
    r"^\d{1,2}\s*(?:min|mins|minutes?|minuten|minutos|minuti|phút|분|分)\.?\s*"
    r"(?:read|de\s+lectura|de\s+leitura|de\s+lecture|di\s+lettura|lesezeit|leestijd|"
    r"okuma|đọc|읽기|で読めます)?$|^(?:lesezeit|lesedauer|leestijd|okuma\s+süresi)\s*:?\s*\d{1,2}"
    r"\s*min\.?$",
    FLAGS,
)

#: The people who contributed: "Associated Press writer Jane Doe contributed from Phoenix.",
#: "Jane Doe contributed to this report.", "— With files from Maya Thorne in Ottawa".
_CONTRIBUTED = re.compile(
    r"^[\W_]*(?:with\s+files\s+from\s+\S.{0,80}"
    r"|(?-i:[A-Z])[^\n.!?]{2,100}\s+contributed\s+(?:to\s+this\s+(?:report|story)|reporting|"
    r"from\s+\S).{0,60}"
    r"|mitarbeit\s*:\s*\S.{0,60})$",
    FLAGS,
)

#: A writer's affiliation: a person's name, a role at a university or an institute.
_AFFILIATION = re.compile(
    r"^(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){1,3},\s+[^\n]{0,60}?\b(?:professor|"
    r"professeur|professeure|professorin|profesor|profesora|professore|lecturer|researcher|"
    r"research\s+fellow|fellow|scientist|candidate|doctorant|doctorante|dosen|peneliti|"
    r"pesquisador|pesquisadora|investigador|investigadora|chercheur|chercheuse|"
    r"wissenschaftlerin|wissenschaftler|ricercatore|ricercatrice)\b[^\n]{0,120}$",
    FLAGS,
)


def furniture(line: str) -> bool:
    """Whether ``line`` is a kind of credit block's furniture (whatever it names)."""
    line = line.strip()
    if not line or len(line) > MAX_CHARS:
        return False
    return bool(
        _PERMISSION.search(line)
        or _READ_ORIGINAL.match(line)
        or _LICENCE.search(line)
        or _RIGHTS.search(line)
        or _ROLE_ROW.match(line)
        or stamp_row(line)
        or _READING_TIME.match(line)
        or _CONTRIBUTED.match(line)
        or _AFFILIATION.match(line)
    )


def rights_notice(line: str) -> bool:
    """A rights notice's words: "All rights reserved.", "无断转载", "ссылка … обязательна"."""
    return _RIGHTS.search(line) is not None or _LINK_REQUIRED.search(line) is not None


def link_required(line: str) -> bool:
    """A notice asking for a link to whom it names ("ссылка на ТАСС обязательна"): furniture
    of a credit's block only when it names the decided original."""
    line = line.strip()
    return 0 < len(line) <= MAX_CHARS and _LINK_REQUIRED.search(line) is not None


def reading_time(line: str) -> bool:
    """A reading time alone on its row: "2 min read", "Lesezeit: 3 Min."."""
    return _READING_TIME.match(line.strip()) is not None


def stamp_row(line: str) -> bool:
    """A time stamp alone on its row, its label and zone with it: "Updated: March 4, 2026
    11:42 IST", "Publié le 04/03/2026 à 10h12", "2026年3月4日 10時15分", "입력 2026.03.04
    10:15". A digit in it, and no word besides the calendar's and the stamp's."""
    line = line.strip()
    if len(line) > 60 or not any(c.isdigit() for c in line):
        return False
    tokens = [t for t in re.split(r"[\s,;|·•()/]+|(?<=[^\d])[:：]", line) if t.strip(".:：-–—")]
    return bool(tokens) and all(_STAMP_TOKEN.match(t.strip(".:：-–—")) for t in tokens)

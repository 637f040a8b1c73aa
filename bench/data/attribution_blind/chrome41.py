# ruff: noqa: E501, RUF001  (markup a line; labels in Cyrillic and Greek)
"""Page templates of the forty-first blind set, written for it from the markup that opinion sections, syndicated
columns, editorial pages, letters pages, book excerpts, magazine long-reads, essay platforms and republished
commentary emit (not derived from any earlier template). Nine families, one `render_*` function each:

- `opinion`: a newspaper's Opinion section running a columnist (kicker, columnist card with headshot and the
  distributor's logo, "Views expressed…" note, tagline under the text, "More from Opinion").
- `editorial`: an editorial page ("Our view" / "Other voices"), the source as an italic intro, a label or an end note.
- `letters`: a letters-to-the-editor page (one featured letter, the writer's name and town, "Write to us" box).
- `excerpt`: a book excerpt on a news or culture site (cover, "Buy the book" links, the publisher's permission line).
- `longread`: a magazine long-read (hero image, reading time, drop cap, pull quote, "About this story" sidebar,
  partner banner).
- `medium`: an essay platform's story page (clap and response counts, "Published in", "Follow", "More from").
- `substack`: a newsletter post page (subscribe form, like/comment/restack row, "Thanks for reading", archive).
- `commentary`: republished academic commentary on a news site (author's university, disclosure statement,
  the republishing notice with the source's logo, tracking pixel).
- `guest`: a guest column or translated op-ed (the author's bio box at the end, "translated from" note).

Each template puts the page's credit lines where such sites put them: `top` (an italic note under the headline or
the first line of the body), `box` (the columnist card), `label` (the kicker of an "Other voices" page), `side` (a
sidebar), `bio` (inside the author's bio), `end` (the end note). Stdlib only; deterministic.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from html import escape

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "opinion": "Opinion",
        "editorial": "Editorial",
        "letters": "Letters to the Editor",
        "columns": "Columnists",
        "share": "Share",
        "related": "More from Opinion",
        "newsletter": "Get the Opinion newsletter",
        "signup": "Sign up",
        "comments": "Comments",
        "cookie": "We use cookies to improve your experience and to show relevant ads.",
        "accept": "Accept all",
        "disclaimer": "Views expressed are the author's own.",
        "rights": "All rights reserved.",
        "about": "About the author",
        "follow": "Follow",
        "min": "min read",
        "books": "Books",
        "guest": "Guest column",
        "search": "Search",
        "write": "Write to us: letters must be under 250 words and include your name and town.",
        "buy": "Buy the book",
        "thanks": "Thanks for reading! Subscribe for free to receive new posts.",
        "subscribe": "Subscribe",
        "archive": "Archive",
        "disclosure": "Disclosure statement",
        "other": "Other voices",
        "ourview": "Our view",
        "story": "About this story",
        "home": "Home",
        "privacy": "Privacy policy",
        "terms": "Terms of use",
        "contact": "Contact us",
    },
    "es": {
        "opinion": "Opinión",
        "editorial": "Editorial",
        "letters": "Cartas al director",
        "columns": "Columnistas",
        "share": "Compartir",
        "related": "Más de Opinión",
        "newsletter": "Recibe el boletín de Opinión",
        "signup": "Suscribirme",
        "comments": "Comentarios",
        "cookie": "Usamos cookies propias y de terceros para mejorar tu experiencia.",
        "accept": "Aceptar",
        "disclaimer": "Las opiniones expresadas son responsabilidad de su autor.",
        "rights": "Todos los derechos reservados.",
        "about": "Sobre el autor",
        "follow": "Seguir",
        "min": "min de lectura",
        "books": "Libros",
        "guest": "Tribuna",
        "search": "Buscar",
        "write": "Escríbanos: las cartas no deben superar las 200 palabras e incluir nombre y ciudad.",
        "buy": "Comprar el libro",
        "thanks": "Gracias por leer. Suscríbete gratis para recibir nuevas entregas.",
        "subscribe": "Suscribirse",
        "archive": "Archivo",
        "disclosure": "Declaración de intereses",
        "other": "Otras voces",
        "ourview": "Nuestra opinión",
        "story": "Sobre este reportaje",
        "home": "Portada",
        "privacy": "Política de privacidad",
        "terms": "Aviso legal",
        "contact": "Contacto",
    },
    "de": {
        "opinion": "Meinung",
        "editorial": "Leitartikel",
        "letters": "Leserbriefe",
        "columns": "Kolumnen",
        "share": "Teilen",
        "related": "Mehr aus Meinung",
        "newsletter": "Der Meinungs-Newsletter",
        "signup": "Anmelden",
        "comments": "Kommentare",
        "cookie": "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten.",
        "accept": "Alle akzeptieren",
        "disclaimer": "Gastbeiträge geben die Meinung der Autorin oder des Autors wieder.",
        "rights": "Alle Rechte vorbehalten.",
        "about": "Zur Person",
        "follow": "Folgen",
        "min": "Min. Lesezeit",
        "books": "Bücher",
        "guest": "Gastbeitrag",
        "search": "Suche",
        "write": "Schreiben Sie uns: Leserbriefe bitte mit vollem Namen und Wohnort.",
        "buy": "Buch bestellen",
        "thanks": "Danke fürs Lesen! Abonnieren Sie kostenlos.",
        "subscribe": "Abonnieren",
        "archive": "Archiv",
        "disclosure": "Interessenkonflikt",
        "other": "Andere Stimmen",
        "ourview": "Unsere Meinung",
        "story": "Über diesen Text",
        "home": "Startseite",
        "privacy": "Datenschutz",
        "terms": "Impressum",
        "contact": "Kontakt",
    },
    "fr": {
        "opinion": "Opinions",
        "editorial": "Éditorial",
        "letters": "Courrier des lecteurs",
        "columns": "Chroniques",
        "share": "Partager",
        "related": "Plus d'opinions",
        "newsletter": "Recevez la lettre Opinions",
        "signup": "Je m'inscris",
        "comments": "Commentaires",
        "cookie": "Nous utilisons des cookies pour améliorer votre expérience de navigation.",
        "accept": "Tout accepter",
        "disclaimer": "Les tribunes n'engagent que leurs auteurs.",
        "rights": "Tous droits réservés.",
        "about": "L'auteur",
        "follow": "Suivre",
        "min": "min de lecture",
        "books": "Livres",
        "guest": "Tribune",
        "search": "Rechercher",
        "write": "Écrivez-nous : 1 500 signes maximum, avec vos nom et commune.",
        "buy": "Acheter le livre",
        "thanks": "Merci de votre lecture ! Abonnez-vous gratuitement.",
        "subscribe": "S'abonner",
        "archive": "Archives",
        "disclosure": "Déclaration d'intérêts",
        "other": "Autres voix",
        "ourview": "Notre avis",
        "story": "À propos de cet article",
        "home": "Accueil",
        "privacy": "Confidentialité",
        "terms": "Mentions légales",
        "contact": "Contact",
    },
    "pt": {
        "opinion": "Opinião",
        "editorial": "Editorial",
        "letters": "Cartas do leitor",
        "columns": "Colunistas",
        "share": "Compartilhar",
        "related": "Mais de Opinião",
        "newsletter": "Receba a newsletter de Opinião",
        "signup": "Inscrever",
        "comments": "Comentários",
        "cookie": "Usamos cookies para melhorar a sua experiência.",
        "accept": "Aceitar",
        "disclaimer": "Os artigos de opinião não refletem necessariamente a posição do jornal.",
        "rights": "Todos os direitos reservados.",
        "about": "Sobre o autor",
        "follow": "Seguir",
        "min": "min de leitura",
        "books": "Livros",
        "guest": "Artigo",
        "search": "Buscar",
        "write": "Escreva para nós: cartas com até 1.000 caracteres, com nome e cidade.",
        "buy": "Comprar o livro",
        "thanks": "Obrigado por ler! Assine grátis.",
        "subscribe": "Assinar",
        "archive": "Arquivo",
        "disclosure": "Declaração de interesses",
        "other": "Outras vozes",
        "ourview": "Nossa opinião",
        "story": "Sobre esta reportagem",
        "home": "Início",
        "privacy": "Privacidade",
        "terms": "Termos de uso",
        "contact": "Contato",
    },
    "it": {
        "opinion": "Opinioni",
        "editorial": "Editoriale",
        "letters": "Lettere al direttore",
        "columns": "Rubriche",
        "share": "Condividi",
        "related": "Altre opinioni",
        "newsletter": "Iscriviti alla newsletter Opinioni",
        "signup": "Iscriviti",
        "comments": "Commenti",
        "cookie": "Questo sito utilizza cookie tecnici e di profilazione.",
        "accept": "Accetta",
        "disclaimer": "Le opinioni espresse impegnano solo l'autore.",
        "rights": "Tutti i diritti riservati.",
        "about": "L'autore",
        "follow": "Segui",
        "min": "min di lettura",
        "books": "Libri",
        "guest": "Il commento",
        "search": "Cerca",
        "write": "Scriveteci: massimo 1.500 battute, con nome e città.",
        "buy": "Acquista il libro",
        "thanks": "Grazie per la lettura! Iscriviti gratis.",
        "subscribe": "Iscriviti",
        "archive": "Archivio",
        "disclosure": "Conflitto di interessi",
        "other": "Altre voci",
        "ourview": "Il nostro punto di vista",
        "story": "Su questo articolo",
        "home": "Home",
        "privacy": "Privacy",
        "terms": "Note legali",
        "contact": "Contatti",
    },
    "pl": {
        "opinion": "Opinie",
        "editorial": "Komentarz redakcji",
        "letters": "Listy do redakcji",
        "columns": "Felietony",
        "share": "Udostępnij",
        "related": "Więcej opinii",
        "newsletter": "Zapisz się na newsletter",
        "signup": "Zapisz się",
        "comments": "Komentarze",
        "cookie": "Używamy plików cookies, aby ułatwić korzystanie z serwisu.",
        "accept": "Akceptuję",
        "disclaimer": "Opinie wyrażone w tekście są opiniami autora.",
        "rights": "Wszelkie prawa zastrzeżone.",
        "about": "O autorze",
        "follow": "Obserwuj",
        "min": "min czytania",
        "books": "Książki",
        "guest": "Głos czytelnika",
        "search": "Szukaj",
        "write": "Napisz do nas: listy do 1500 znaków, z imieniem i miejscowością.",
        "buy": "Kup książkę",
        "thanks": "Dziękujemy za lekturę!",
        "subscribe": "Subskrybuj",
        "archive": "Archiwum",
        "disclosure": "Konflikt interesów",
        "other": "Inne głosy",
        "ourview": "Nasze zdanie",
        "story": "O tym tekście",
        "home": "Strona główna",
        "privacy": "Polityka prywatności",
        "terms": "Regulamin",
        "contact": "Kontakt",
    },
    "nl": {
        "opinion": "Opinie",
        "editorial": "Commentaar",
        "letters": "Ingezonden brieven",
        "columns": "Columns",
        "share": "Delen",
        "related": "Meer opinie",
        "newsletter": "Ontvang de opinienieuwsbrief",
        "signup": "Aanmelden",
        "comments": "Reacties",
        "cookie": "Wij gebruiken cookies om onze website te verbeteren.",
        "accept": "Akkoord",
        "disclaimer": "Opiniestukken geven de mening van de auteur weer.",
        "rights": "Alle rechten voorbehouden.",
        "about": "Over de auteur",
        "follow": "Volgen",
        "min": "min leestijd",
        "books": "Boeken",
        "guest": "Opinie van buiten",
        "search": "Zoeken",
        "write": "Schrijf ons: maximaal 200 woorden, met naam en woonplaats.",
        "buy": "Bestel het boek",
        "thanks": "Bedankt voor het lezen!",
        "subscribe": "Abonneren",
        "archive": "Archief",
        "disclosure": "Belangenverklaring",
        "other": "Andere stemmen",
        "ourview": "Onze mening",
        "story": "Over dit verhaal",
        "home": "Home",
        "privacy": "Privacyverklaring",
        "terms": "Voorwaarden",
        "contact": "Contact",
    },
    "uk": {
        "opinion": "Думки",
        "editorial": "Редакційна стаття",
        "letters": "Листи читачів",
        "columns": "Колонки",
        "share": "Поділитися",
        "related": "Більше думок",
        "newsletter": "Підпишіться на розсилку",
        "signup": "Підписатися",
        "comments": "Коментарі",
        "cookie": "Ми використовуємо файли cookie для покращення роботи сайту.",
        "accept": "Погоджуюсь",
        "disclaimer": "Редакція може не поділяти думку автора.",
        "rights": "Усі права захищено.",
        "about": "Про автора",
        "follow": "Стежити",
        "min": "хв читання",
        "books": "Книги",
        "guest": "Колонка",
        "search": "Пошук",
        "write": "Пишіть нам: до 1500 знаків, з іменем та містом.",
        "buy": "Купити книгу",
        "thanks": "Дякуємо за читання!",
        "subscribe": "Підписатися",
        "archive": "Архів",
        "disclosure": "Конфлікт інтересів",
        "other": "Інші голоси",
        "ourview": "Наша позиція",
        "story": "Про цей текст",
        "home": "Головна",
        "privacy": "Політика конфіденційності",
        "terms": "Умови користування",
        "contact": "Контакти",
    },
    "ro": {
        "opinion": "Opinii",
        "editorial": "Editorial",
        "letters": "Scrisori de la cititori",
        "columns": "Rubrici",
        "share": "Distribuie",
        "related": "Mai multe opinii",
        "newsletter": "Abonează-te la newsletter",
        "signup": "Abonare",
        "comments": "Comentarii",
        "cookie": "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.",
        "accept": "Accept",
        "disclaimer": "Opiniile exprimate aparțin autorului.",
        "rights": "Toate drepturile rezervate.",
        "about": "Despre autor",
        "follow": "Urmărește",
        "min": "min de citit",
        "books": "Cărți",
        "guest": "Tribuna cititorului",
        "search": "Caută",
        "write": "Scrieți-ne: maximum 1.500 de caractere, cu nume și localitate.",
        "buy": "Cumpără cartea",
        "thanks": "Mulțumim pentru lectură!",
        "subscribe": "Abonează-te",
        "archive": "Arhivă",
        "disclosure": "Declarație de interese",
        "other": "Alte voci",
        "ourview": "Punctul nostru de vedere",
        "story": "Despre acest articol",
        "home": "Acasă",
        "privacy": "Confidențialitate",
        "terms": "Termeni și condiții",
        "contact": "Contact",
    },
    "sv": {
        "opinion": "Debatt",
        "editorial": "Ledare",
        "letters": "Insändare",
        "columns": "Krönikor",
        "share": "Dela",
        "related": "Mer debatt",
        "newsletter": "Få vårt nyhetsbrev",
        "signup": "Prenumerera",
        "comments": "Kommentarer",
        "cookie": "Vi använder kakor för att förbättra din upplevelse.",
        "accept": "Godkänn alla",
        "disclaimer": "Debattartiklar uttrycker skribentens åsikter.",
        "rights": "Alla rättigheter förbehållna.",
        "about": "Om skribenten",
        "follow": "Följ",
        "min": "min läsning",
        "books": "Böcker",
        "guest": "Gästkrönika",
        "search": "Sök",
        "write": "Skriv till oss: högst 2 000 tecken, med namn och ort.",
        "buy": "Köp boken",
        "thanks": "Tack för att du läser!",
        "subscribe": "Prenumerera",
        "archive": "Arkiv",
        "disclosure": "Jävsdeklaration",
        "other": "Andra röster",
        "ourview": "Vi tycker",
        "story": "Om texten",
        "home": "Start",
        "privacy": "Integritetspolicy",
        "terms": "Villkor",
        "contact": "Kontakt",
    },
    "cs": {
        "opinion": "Názory",
        "editorial": "Komentář redakce",
        "letters": "Dopisy čtenářů",
        "columns": "Sloupky",
        "share": "Sdílet",
        "related": "Další názory",
        "newsletter": "Odebírejte newsletter",
        "signup": "Přihlásit",
        "comments": "Diskuse",
        "cookie": "Tento web používá soubory cookie.",
        "accept": "Přijmout vše",
        "disclaimer": "Názory autorů se nemusí shodovat s názorem redakce.",
        "rights": "Všechna práva vyhrazena.",
        "about": "O autorovi",
        "follow": "Sledovat",
        "min": "min čtení",
        "books": "Knihy",
        "guest": "Host redakce",
        "search": "Hledat",
        "write": "Napište nám: nejvýše 1500 znaků, se jménem a obcí.",
        "buy": "Koupit knihu",
        "thanks": "Děkujeme za přečtení!",
        "subscribe": "Odebírat",
        "archive": "Archiv",
        "disclosure": "Střet zájmů",
        "other": "Jiné hlasy",
        "ourview": "Náš názor",
        "story": "O tomto textu",
        "home": "Úvod",
        "privacy": "Ochrana osobních údajů",
        "terms": "Podmínky užití",
        "contact": "Kontakt",
    },
    "el": {
        "opinion": "Απόψεις",
        "editorial": "Κύριο άρθρο",
        "letters": "Επιστολές αναγνωστών",
        "columns": "Στήλες",
        "share": "Κοινοποίηση",
        "related": "Περισσότερες απόψεις",
        "newsletter": "Εγγραφείτε στο newsletter",
        "signup": "Εγγραφή",
        "comments": "Σχόλια",
        "cookie": "Χρησιμοποιούμε cookies για τη βελτίωση της εμπειρίας σας.",
        "accept": "Αποδοχή",
        "disclaimer": "Οι απόψεις των αρθρογράφων δεν ταυτίζονται απαραίτητα με αυτές της εφημερίδας.",
        "rights": "Με επιφύλαξη παντός δικαιώματος.",
        "about": "Ο συγγραφέας",
        "follow": "Ακολουθήστε",
        "min": "λεπτά ανάγνωσης",
        "books": "Βιβλία",
        "guest": "Άρθρο",
        "search": "Αναζήτηση",
        "write": "Γράψτε μας: έως 1.500 χαρακτήρες, με ονοματεπώνυμο και πόλη.",
        "buy": "Αγορά βιβλίου",
        "thanks": "Ευχαριστούμε που διαβάσατε!",
        "subscribe": "Συνδρομή",
        "archive": "Αρχείο",
        "disclosure": "Δήλωση συμφερόντων",
        "other": "Άλλες φωνές",
        "ourview": "Η άποψή μας",
        "story": "Σχετικά με το άρθρο",
        "home": "Αρχική",
        "privacy": "Πολιτική απορρήτου",
        "terms": "Όροι χρήσης",
        "contact": "Επικοινωνία",
    },
}


@dataclass
class Page:
    """What a template needs: the site, the story as paragraphs (dateline already on the first), the credit
    lines by slot, the mention (inside the text), a photo and its caption, and the page's furniture."""

    fam: str
    lang: str
    site_name: str
    host: str
    url: str
    title: str
    author: str
    date_text: str
    iso: str
    paras: list[str]
    credits: list[tuple[str, str]] = field(default_factory=list)
    mention: str = ""
    mention_at: int = 2
    caption: str = ""
    bio: str = ""
    logo: str = ""
    related: list[str] = field(default_factory=list)
    variant: int = 0


def num(s: str) -> int:
    """A stable number from a string (image paths, ids)."""
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:8], 16)


def e(s: str) -> str:
    return escape(s, quote=True)


def slot(p: Page, name: str) -> list[str]:
    return [text for s, text in p.credits if s == name]


def ld_json(p: Page, kind: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": p.title,
        "datePublished": p.iso,
        "author": {"@type": "Person", "name": p.author},
        "publisher": {
            "@type": "Organization",
            "name": p.site_name,
            "logo": {"@type": "ImageObject", "url": f"https://{p.host}/static/logo.png"},
        },
        "mainEntityOfPage": p.url,
        "inLanguage": p.lang,
    }
    return (
        '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"
    )


def head(p: Page, kind: str, css: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{p.lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{e(p.title)} | {e(p.site_name)}</title>\n'
        f'<link rel="canonical" href="{e(p.url)}">\n<meta property="og:type" content="article">\n<meta property="og:title" content="{e(p.title)}">\n'
        f'<meta property="og:site_name" content="{e(p.site_name)}">\n<meta property="article:published_time" content="{p.iso}">\n'
        f'<meta name="author" content="{e(p.author)}">\n<link rel="stylesheet" href="{css}">\n{ld_json(p, kind)}\n{extra}</head>\n'
    )


def body_paras(p: Page, cls: str = "", drop: bool = False) -> list[str]:
    """The text's paragraphs, the mention inserted after paragraph `mention_at`, `mid` credits after the third."""
    out = []
    attr = f' class="{cls}"' if cls else ""
    for i, para in enumerate(p.paras):
        if drop and i == 0:
            out.append(f'<p class="has-dropcap">{e(para)}</p>')
        else:
            out.append(f"<p{attr}>{e(para)}</p>")
        if p.mention and i == min(p.mention_at, len(p.paras) - 1):
            out.append(f"<p{attr}>{e(p.mention)}</p>")
    return out


def figure(p: Page, cls: str, src: str) -> str:
    if not p.caption:
        return f'<figure class="{cls}"><img src="{src}" alt="" width="1200" height="675" loading="eager"></figure>'
    return f'<figure class="{cls}"><img src="{src}" alt="{e(p.title)}" width="1200" height="675" loading="eager"><figcaption>{e(p.caption)}</figcaption></figure>'


def cookie(p: Page, cls: str) -> str:
    L = LABELS[p.lang]
    return f'<div class="{cls}" role="dialog" aria-live="polite"><p>{e(L["cookie"])}</p><button type="button">{e(L["accept"])}</button></div>'


def share(p: Page, cls: str) -> str:
    L = LABELS[p.lang]
    return (
        f'<div class="{cls}"><span>{e(L["share"])}</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={e(p.url)}" aria-label="Facebook">f</a>'
        f'<a href="https://twitter.com/intent/tweet?url={e(p.url)}" aria-label="X">x</a>'
        f'<a href="mailto:?subject={e(p.title)}" aria-label="Email">@</a></div>'
    )


def related(p: Page, cls: str, title: str) -> str:
    items = "".join(
        f'<li><a href="https://{p.host}/opinion/{i + 1}">{e(t)}</a></li>'
        for i, t in enumerate(p.related)
    )
    return f'<section class="{cls}"><h2>{e(title)}</h2><ul>{items}</ul></section>'


def footer(p: Page, cls: str) -> str:
    L = LABELS[p.lang]
    return (
        f'<footer class="{cls}"><nav><a href="/">{e(L["home"])}</a> <a href="/privacy">{e(L["privacy"])}</a> '
        f'<a href="/terms">{e(L["terms"])}</a> <a href="/contact">{e(L["contact"])}</a></nav>'
        f"<p>© 2027 {e(p.site_name)}. {e(L['rights'])}</p></footer>"
    )


def render_opinion(p: Page) -> str:
    L = LABELS[p.lang]
    h = head(
        p,
        "OpinionNewsArticle",
        "/assets/css/opinion.min.css",
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n',
    )
    box_lines = slot(p, "box")
    logo = (
        f'<img class="columnist-card__logo" src="/assets/syndicate.svg" alt="{e(p.logo)}" width="90" height="24">'
        if p.logo
        else ""
    )
    card = (
        '<aside class="columnist-card">'
        f'<img class="columnist-card__headshot" src="/img/columnists/{num(p.author) % 1000}.jpg" alt="{e(p.author)}" width="64" height="64">'
        f'<div class="columnist-card__body"><a class="columnist-card__name" href="/opinion/columnists/">{e(p.author)}</a>'
        + "".join(
            f'<p class="columnist-card__syndicate">{logo}<span>{e(t)}</span></p>' for t in box_lines
        )
        + f'<button class="follow-btn" type="button">{e(L["follow"])}</button></div></aside>'
    )
    top = "".join(f'<p class="article__syndication"><em>{e(t)}</em></p>' for t in slot(p, "top"))
    end = "".join(f'<p class="article__tagline"><em>{e(t)}</em></p>' for t in slot(p, "end"))
    paras = body_paras(p)
    ad = '<div class="ad-slot ad-slot--inarticle" id="div-gpt-ad-inarticle-1" data-ad-unit="/2187/opinion/article"></div>'
    if len(paras) > 4:
        paras.insert(4, ad)
    return (
        h
        + '<body class="template-article section-opinion">\n'
        + f'<header class="masthead"><a class="masthead__logo" href="/">{e(p.site_name)}</a><nav class="masthead__nav"><a href="/news/">News</a> <a href="/opinion/" aria-current="page">{e(L["opinion"])}</a> <a href="/opinion/columnists/">{e(L["columns"])}</a> <a href="/opinion/letters/">{e(L["letters"])}</a></nav><form class="masthead__search" action="/search"><input type="search" name="q" placeholder="{e(L["search"])}"></form></header>\n'
        + '<main id="main"><article class="article article--opinion">\n'
        + f'<div class="article__kicker"><a href="/opinion/">{e(L["opinion"])}</a> | <a href="/opinion/columnists/">{e(L["columns"])}</a></div>\n'
        + f'<h1 class="article__headline">{e(p.title)}</h1>\n{top}\n'
        + f'<div class="article__meta"><span class="byline">{e(p.author)}</span> <time datetime="{p.iso}">{e(p.date_text)}</time></div>\n'
        + card
        + "\n"
        + figure(p, "article__lead-image", f"/img/2027/02/{num(p.title) % 99999}.jpg")
        + "\n"
        + '<div class="article__body" itemprop="articleBody">\n'
        + "\n".join(paras)
        + "\n</div>\n"
        + end
        + "\n"
        + f'<p class="article__disclaimer">{e(L["disclaimer"])}</p>\n'
        + share(p, "share-bar")
        + "\n</article>\n"
        + related(p, "rail rail--opinion", L["related"])
        + f'\n<section class="newsletter-promo"><h3>{e(L["newsletter"])}</h3><form><input type="email" name="email" placeholder="email"><button>{e(L["signup"])}</button></form></section></main>\n'
        + footer(p, "site-footer")
        + "\n"
        + cookie(p, "cmp-banner")
        + "\n</body>\n</html>\n"
    )


def render_editorial(p: Page) -> str:
    L = LABELS[p.lang]
    h = head(
        p,
        "NewsArticle",
        "/wp-content/themes/ledger/style.css?ver=4.2.1",
        '<link rel="pingback" href="/xmlrpc.php">\n',
    )
    labels = slot(p, "label")
    kicker = L["other"] if labels or p.variant % 2 else L["ourview"]
    label_html = "".join(f'<p class="entry-source-label">{e(t)}</p>' for t in labels)
    top = "".join(f'<p class="editorial-intro"><em>{e(t)}</em></p>' for t in slot(p, "top"))
    end = "".join(f'<p class="editorial-endnote"><em>{e(t)}</em></p>' for t in slot(p, "end"))
    return (
        h
        + f'<body class="post-template-default single single-post postid-{num(p.url) % 90000 + 10000} single-format-standard category-editorials">\n'
        + f'<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{e(p.site_name)}</a></p><p class="site-date">{e(p.date_text)}</p>'
        + f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/news/">News</a></li><li class="current-menu-item"><a href="/opinion/">{e(L["opinion"])}</a></li><li><a href="/opinion/letters/">{e(L["letters"])}</a></li></ul></nav></header>\n'
        + '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">\n'
        + f'<article class="post type-post status-publish hentry category-editorials"><header class="entry-header"><span class="cat-links"><a href="/category/opinion/editorials/" rel="category tag">{e(kicker)}</a></span>\n'
        + label_html
        + f'<h1 class="entry-title">{e(p.title)}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{p.iso}">{e(p.date_text)}</time></span> <span class="byline">{e(p.author)}</span></div></header>\n'
        + figure(
            p,
            "wp-block-image size-large",
            f"/wp-content/uploads/2027/02/ed-{num(p.title) % 9999}-1024x576.jpg",
        )
        + "\n"
        + '<div class="entry-content">\n'
        + top
        + "\n"
        + "\n".join(body_paras(p))
        + "\n"
        + end
        + "\n</div>\n"
        + f'<footer class="entry-footer">{share(p, "sharedaddy sd-sharing-enabled")}</footer></article>\n'
        + '<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">'
        + "".join(
            f'<div class="nav-{d}"><a href="https://{p.host}/opinion/{i}/" rel="{d}">{e(t)}</a></div>'
            for i, (d, t) in enumerate(zip(("previous", "next"), p.related[:2], strict=False))
        )
        + f'</div></nav>\n<div id="comments" class="comments-area"><h2 class="comments-title">{e(L["comments"])} (0)</h2></div>\n'
        + '</main></div><aside id="secondary" class="widget-area"><section class="widget widget_text"><div class="textwidget"><div class="adsbygoogle" data-ad-client="ca-pub-0000000000" data-ad-slot="4471"></div></div></section></aside></div>\n'
        + footer(p, "site-footer")
        + "</div>\n"
        + cookie(p, "cookie-notice-container")
        + "\n</body>\n</html>\n"
    )


def render_letters(p: Page) -> str:
    L = LABELS[p.lang]
    h = head(p, "OpinionNewsArticle", "/static/css/letters.css")
    return (
        h
        + '<body class="page-letters">\n'
        + f'<div class="topbar"><a class="brand" href="/">{e(p.site_name)}</a><span class="topbar__date">{e(p.date_text)}</span><a class="btn-subscribe" href="/subscribe">{e(L["subscribe"])}</a></div>\n'
        + f'<nav class="section-nav"><a href="/opinion">{e(L["opinion"])}</a> <a class="active" href="/opinion/letters">{e(L["letters"])}</a></nav>\n'
        + f'<main class="letters"><h1 class="letters__section">{e(L["letters"])}</h1>\n<article class="letter letter--featured"><h2 class="letter__headline">{e(p.title)}</h2>\n'
        + figure(p, "letter__photo", f"/media/letters/{num(p.title) % 9999}.jpg")
        + "\n"
        + '<div class="letter__body">\n'
        + "\n".join(body_paras(p))
        + "\n</div>\n"
        + f'<p class="letter__signature"><strong>{e(p.author)}</strong></p></article>\n'
        + f'<aside class="letters__submit"><p>{e(L["write"])}</p><a href="mailto:letters@{p.host.removeprefix("www.")}">letters@{e(p.host.removeprefix("www."))}</a></aside>\n'
        + related(p, "letters__more", L["letters"])
        + "\n"
        + share(p, "share")
        + "</main>\n"
        + footer(p, "footer")
        + "\n"
        + cookie(p, "consent")
        + "\n</body>\n</html>\n"
    )


def render_excerpt(p: Page) -> str:
    L = LABELS[p.lang]
    h = head(p, "Article", "/css/culture.css")
    perm = f'<p class="excerpt__permission"><em>{e(p.mention)}</em></p>' if p.mention else ""
    q = Page(**{**p.__dict__, "mention": ""})
    return (
        h
        + '<body class="culture books excerpt">\n'
        + f'<header class="hdr"><a class="hdr__logo" href="/">{e(p.site_name)}</a><nav><a href="/culture">Culture</a> <a href="/books" class="on">{e(L["books"])}</a></nav></header>\n'
        + f'<main><article class="excerpt"><p class="excerpt__label">{e(L["books"])}</p><h1>{e(p.title)}</h1>\n'
        + f'<div class="excerpt__byline">{e(p.author)} · <time datetime="{p.iso}">{e(p.date_text)}</time></div>\n'
        + figure(p, "excerpt__cover", f"/covers/{num(p.title) % 9999}.jpg")
        + "\n"
        + '<div class="excerpt__text">\n'
        + "\n".join(body_paras(q))
        + "\n</div>\n"
        + perm
        + "\n"
        + f'<div class="buy-box"><h3>{e(L["buy"])}</h3><a rel="sponsored nofollow" href="https://bookshop.example/a/1">Bookshop</a> <a rel="sponsored nofollow" href="https://shop.example/b/2">Amazon</a></div>\n'
        + share(p, "share-row")
        + "</article>\n"
        + related(p, "more-books", L["books"])
        + "</main>\n"
        + footer(p, "ftr")
        + "\n"
        + cookie(p, "cookiebar")
        + "\n</body>\n</html>\n"
    )


def render_longread(p: Page) -> str:
    L = LABELS[p.lang]
    h = head(p, "Article", "/_next/static/css/longform.css")
    minutes = max(4, len(" ".join(p.paras).split()) // 230)
    banner = "".join(f'<div class="partner-banner"><p>{e(t)}</p></div>' for t in slot(p, "top"))
    side = slot(p, "side")
    aside = ""
    if side:
        aside = (
            f'<aside class="about-story"><h3>{e(L["story"])}</h3>'
            + "".join(f"<p>{e(t)}</p>" for t in side)
            + "</aside>"
        )
    end = "".join(f'<p class="endnote"><em>{e(t)}</em></p>' for t in slot(p, "end"))
    paras = body_paras(p, drop=True)
    if len(paras) > 6:
        paras.insert(
            6,
            f'<blockquote class="pullquote"><p>{e(p.paras[1][:90].rsplit(" ", 1)[0])}…</p></blockquote>',
        )
    if aside and len(paras) > 3:
        paras.insert(3, aside)
    return (
        h
        + '<body class="longform">\n<div id="__next">'
        + f'<header class="lf-header"><a class="lf-logo" href="/">{e(p.site_name)}</a><a class="lf-subscribe" href="/subscribe">{e(L["subscribe"])}</a></header>\n'
        + banner
        + "\n"
        + f'<div class="lf-hero">{figure(p, "lf-hero__image", f"/images/features/{num(p.title) % 9999}-hero.jpg")}<h1 class="lf-hero__title">{e(p.title)}</h1>'
        + f'<p class="lf-hero__byline">{e(p.author)} <span class="dot">·</span> <time datetime="{p.iso}">{e(p.date_text)}</time> <span class="dot">·</span> {minutes} {e(L["min"])}</p></div>\n'
        + '<article class="lf-body">\n'
        + "\n".join(paras)
        + "\n"
        + end
        + "\n</article>\n"
        + share(p, "lf-share")
        + related(p, "lf-more", L["related"])
        + "\n"
        + f'<section class="lf-newsletter"><h3>{e(L["newsletter"])}</h3><form><input type="email"><button>{e(L["signup"])}</button></form></section>\n'
        + footer(p, "lf-footer")
        + "</div>\n"
        + cookie(p, "cc-window")
        + '\n<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"'
        + e(p.url.rsplit("/", 1)[-1])
        + '"}},"page":"/features/[slug]"}</script>\n</body>\n</html>\n'
    )


def render_medium(p: Page) -> str:
    L = LABELS[p.lang]
    h = head(
        p,
        "BlogPosting",
        "https://cdn.quillmark.example/css/main.9f3a.css",
        '<meta name="twitter:card" content="summary_large_image">\n',
    )
    minutes = max(3, len(" ".join(p.paras).split()) // 240)
    top = "".join(f'<p class="pw-post-body-paragraph"><em>{e(t)}</em></p>' for t in slot(p, "top"))
    end = "".join(f'<p class="pw-post-body-paragraph"><em>{e(t)}</em></p>' for t in slot(p, "end"))
    return (
        h
        + '<body><div id="root"><div class="a b c">\n'
        + f'<div class="metabar"><a href="/" class="pub-logo">{e(p.site_name)}</a><a href="/m/signin">Sign in</a><a class="btn-get-started" href="/m/signup">Get started</a></div>\n'
        + f'<article><div class="l"><h1 class="pw-post-title" data-testid="storyTitle">{e(p.title)}</h1>\n'
        + f'<div class="pw-author"><a rel="noopener follow" href="/@{e(p.author.lower().replace(" ", ""))}">{e(p.author)}</a> · <button class="follow">{e(L["follow"])}</button></div>\n'
        + f'<div class="pw-reading-time">{minutes} {e(L["min"])} · <span data-testid="storyPublishDate">{e(p.date_text)}</span></div>\n'
        + '<div class="clap-bar"><button data-testid="headerClapButton">1.2K</button><button aria-label="responses">38</button></div>\n'
        + figure(
            p,
            "paragraph-image",
            f"https://miro.quillmark.example/v2/resize:fit:1400/{num(p.title) % 99999}.jpeg",
        )
        + "\n"
        + top
        + "\n"
        + "\n".join(body_paras(p, "pw-post-body-paragraph"))
        + "\n"
        + end
        + "\n"
        + f'</div></article>\n<div class="post-footer"><button>1.2K</button><button>38</button>{share(p, "share-icons")}</div>\n'
        + related(
            p, "more-from-author", f"More from {p.author}" if p.lang == "en" else L["related"]
        )
        + "\n"
        + '<footer class="site-footer"><a href="/help">Help</a> <a href="/status">Status</a> <a href="/about">About</a> <a href="/careers">Careers</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>\n'
        + "</div></div>\n</body>\n</html>\n"
    )


def render_substack(p: Page) -> str:
    L = LABELS[p.lang]
    h = head(
        p,
        "NewsArticle",
        "https://letterpost.example/static/css/main.css",
        '<link rel="alternate" type="application/rss+xml" href="/feed">\n',
    )
    top = "".join(f"<p><em>{e(t)}</em></p>" for t in slot(p, "top"))
    end = "".join(f"<p><em>{e(t)}</em></p>" for t in slot(p, "end"))
    sub = f'<div class="subscription-widget-wrap"><p class="cta-caption">{e(L["thanks"])}</p><form class="subscription-widget"><input type="email" placeholder="Type your email…"><button class="button primary">{e(L["subscribe"])}</button></form></div>'
    paras = body_paras(p)
    if len(paras) > 3:
        paras.insert(3, sub)
    return (
        h
        + '<body class="substack-like">\n'
        + f'<div class="topbar"><a class="navbar-title" href="/">{e(p.site_name)}</a><a class="button primary" href="/subscribe">{e(L["subscribe"])}</a><a href="/archive">{e(L["archive"])}</a></div>\n'
        + f'<div class="single-post"><div class="post-header"><h1 class="post-title">{e(p.title)}</h1>'
        + f'<div class="post-meta"><a class="profile-hover" href="/profile">{e(p.author)}</a> <div class="post-date" title="{p.iso}">{e(p.date_text)}</div></div>'
        + '<div class="post-ufi"><a class="like-button">142</a> <a class="comment-button">27</a> <a class="restack-button">Restack</a></div></div>\n'
        + figure(
            p,
            "captioned-image-container",
            f"https://letterpost-images.example/image/fetch/w_1456/{num(p.title) % 99999}.jpeg",
        )
        + "\n"
        + '<div class="available-content"><div class="body markup" dir="auto">\n'
        + top
        + "\n"
        + "\n".join(paras)
        + "\n"
        + end
        + "\n"
        + sub
        + "\n</div></div>\n"
        + f'<div class="post-footer"><a class="like-button">142</a> <a class="comment-button">27</a> {share(p, "share-dialog")}</div>\n'
        + f'<div class="comments-section"><h4>{e(L["comments"])}</h4></div></div>\n'
        + f'<footer class="footer"><p>© 2027 {e(p.author)}</p><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/collection">Collection notice</a></footer>\n'
        + "</body>\n</html>\n"
    )


def render_commentary(p: Page) -> str:
    L = LABELS[p.lang]
    h = head(p, "NewsArticle", "/dist/css/site.css")
    end_lines = slot(p, "end")
    logo = (
        f'<img class="republish-logo" src="/dist/img/partners/commentary.png" alt="{e(p.logo)}" width="120" height="30">'
        if p.logo
        else ""
    )
    end = "".join(f'<div class="republished-note">{logo}<p>{e(t)}</p></div>' for t in end_lines)
    bio_credit = slot(p, "bio")
    bio = p.bio + (" " if p.bio and bio_credit else "") + " ".join(bio_credit)
    side = "".join(
        f'<aside class="sidebar-box sidebar-box--source"><p>{e(t)}</p></aside>'
        for t in slot(p, "side")
    )
    pixel = (
        '<img src="https://counter.example/pixel/82731.gif" alt="" width="1" height="1" style="border:none !important;box-shadow:none !important;margin:0 !important">'
        if end_lines
        else ""
    )
    return (
        h
        + '<body class="article-page section-opinion">\n'
        + f'<header class="site-header"><div class="container"><a class="logo" href="/">{e(p.site_name)}</a><ul class="nav"><li><a href="/">{e(L["home"])}</a></li><li class="active"><a href="/opinion">{e(L["opinion"])}</a></li></ul></div></header>\n'
        + '<div class="container"><div class="row"><div class="col-md-8">\n'
        + f'<article class="story"><p class="story-section">{e(L["opinion"])}</p><h1 class="story-title">{e(p.title)}</h1>\n'
        + f'<div class="story-meta"><span class="author-name">{e(p.author)}</span> <time datetime="{p.iso}">{e(p.date_text)}</time></div>\n'
        + figure(p, "story-image", f"/uploads/images/2027/02/{num(p.title) % 9999}.jpg")
        + "\n"
        + '<div class="story-body">\n'
        + "\n".join(body_paras(p))
        + "\n</div>\n"
        + (
            f'<div class="author-bio"><h4>{e(L["about"])}</h4><p>{e(bio)}</p></div>\n'
            if bio
            else ""
        )
        + f'<div class="disclosure"><h4>{e(L["disclosure"])}</h4><p>{e(p.author)} — {e(L["disclaimer"])}</p></div>\n'
        + end
        + pixel
        + "\n"
        + share(p, "social-share")
        + "</article>\n</div>\n"
        + f'<div class="col-md-4">{side}<div class="ad-box" id="ad-mpu-1" data-slot="mpu"></div>{related(p, "popular-box", L["related"])}</div></div></div>\n'
        + footer(p, "site-footer")
        + "\n"
        + cookie(p, "gdpr-banner")
        + "\n</body>\n</html>\n"
    )


def render_guest(p: Page) -> str:
    L = LABELS[p.lang]
    h = head(
        p,
        "OpinionNewsArticle",
        "/static/guest.css",
        '<meta name="robots" content="max-image-preview:large">\n',
    )
    top = "".join(f'<p class="translation-note"><em>{e(t)}</em></p>' for t in slot(p, "top"))
    end = "".join(f'<p class="guest-endnote">{e(t)}</p>' for t in slot(p, "end"))
    bio_credit = slot(p, "bio")
    bio = p.bio + (" " if p.bio and bio_credit else "") + " ".join(bio_credit)
    return (
        h
        + '<body class="guest-column">\n'
        + f'<header class="g-header"><div class="g-header__top"><span>{e(p.date_text)}</span><a href="/e-paper">E-paper</a><a href="/subscribe">{e(L["subscribe"])}</a></div><a class="g-header__logo" href="/">{e(p.site_name)}</a>'
        + f'<nav><a href="/">{e(L["home"])}</a> <a class="is-active" href="/opinion">{e(L["opinion"])}</a> <a href="/opinion/letters">{e(L["letters"])}</a></nav></header>\n'
        + f'<main class="g-main"><article><div class="g-label">{e(L["guest"])}</div><h1>{e(p.title)}</h1>\n'
        + top
        + "\n"
        + f'<div class="g-byline">{e(p.author)} | <time datetime="{p.iso}">{e(p.date_text)}</time></div>\n'
        + figure(p, "g-figure", f"/images/opinion/{num(p.title) % 9999}.webp")
        + "\n"
        + '<div class="g-text">\n'
        + "\n".join(body_paras(p))
        + "\n</div>\n"
        + end
        + "\n"
        + (f'<div class="g-bio"><p><em>{e(bio)}</em></p></div>\n' if bio else "")
        + f'<p class="g-disclaimer">{e(L["disclaimer"])}</p>\n'
        + share(p, "g-share")
        + "</article>\n"
        + related(p, "g-related", L["related"])
        + "</main>\n"
        + footer(p, "g-footer")
        + "\n"
        + cookie(p, "g-cookies")
        + "\n</body>\n</html>\n"
    )


RENDER = {
    "opinion": render_opinion,
    "editorial": render_editorial,
    "letters": render_letters,
    "excerpt": render_excerpt,
    "longread": render_longread,
    "medium": render_medium,
    "substack": render_substack,
    "commentary": render_commentary,
    "guest": render_guest,
}


def render_page(p: Page) -> str:
    return RENDER[p.fam](p)

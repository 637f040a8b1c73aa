# ruff: noqa: E501, RUF001  (one HTML line a line; scripts other than Latin)
"""Page templates of the forty-ninth blind set, written for it from the markup that regional dailies,
news portals, newspaper chains' shared platforms, radio and television sites and newsfeed pages emit
(not derived from any earlier set's templates). Five families:

- ``regional``: a regional daily's article page (masthead, section bar, breadcrumb, headline, lead,
  byline row, figure, body, tags, "read also" list, editor-in-chief footer);
- ``portal``: a news portal's article (channel bar, "most read" rail, partner box under the body,
  partner rail, cookie banner);
- ``chain``: a paper on its chain's shared platform (the chain's bar of sister titles, the paper's
  masthead, subscriber badge, body, "more from our papers" strip);
- ``broadcast``: a radio or television station's text version of a bulletin item (live player,
  programme label, "listen to this story" audio element, body, schedule rail);
- ``feed``: a "latest news" feed page (time-stamped list of items, one opened in full).

Credit slots a page may fill: ``top`` (a line above the text), ``byline`` (the byline row),
``end`` (a paragraph after the text), ``box`` (the partner or source box under the text) and
``foot`` (the article's footer row after the tags).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape
from typing import Any

UI: dict[str, dict[str, Any]] = {
    "en": {
        "date": "Thursday 18 March 2027", "nav": ["News", "Business", "Counties", "Sport", "Opinion", "Lifestyle"],
        "home": "Home", "news": "News", "latest": "Latest news", "most_read": "Most read", "related": "Read also",
        "partners": "From our partners", "share": "Share", "tags": "Topics", "listen": "Listen to this story",
        "live": "Listen live", "network": "Our papers", "more_network": "More from our papers", "published": "Published",
        "by": "By", "subscriber": "Subscriber exclusive", "editor": "Editor-in-chief", "newsletter": "Get the morning briefing in your inbox",
        "signup": "Sign up", "cookies": "We use cookies to improve your experience.", "accept": "Accept", "schedule": "On air today",
        "programme": "News bulletin", "feed_note": "Updated every few minutes", "open": "Read more", "search": "Search",
        "photo_alt": "Photo", "about": "About us", "contact": "Contact", "privacy": "Privacy policy", "ads": "Advertise",
        "min": "min read", "comments": "Comments are closed for this article.",
    },
    "es": {
        "date": "jueves, 18 de marzo de 2027", "nav": ["Portada", "Local", "Región", "Economía", "Deportes", "Opinión"],
        "home": "Inicio", "news": "Noticias", "latest": "Últimas noticias", "most_read": "Lo más leído", "related": "Te puede interesar",
        "partners": "De nuestros aliados", "share": "Compartir", "tags": "Temas", "listen": "Escuchar esta nota",
        "live": "Escuchar en vivo", "network": "Nuestros diarios", "more_network": "Más de nuestros diarios", "published": "Publicado",
        "by": "Por", "subscriber": "Exclusivo suscriptores", "editor": "Director", "newsletter": "Recibe el resumen de la mañana en tu correo",
        "signup": "Suscribirme", "cookies": "Usamos cookies para mejorar tu experiencia.", "accept": "Aceptar", "schedule": "Programación de hoy",
        "programme": "Noticiero", "feed_note": "Actualizado cada pocos minutos", "open": "Leer más", "search": "Buscar",
        "photo_alt": "Foto", "about": "Quiénes somos", "contact": "Contacto", "privacy": "Política de privacidad", "ads": "Publicidad",
        "min": "min de lectura", "comments": "Los comentarios están cerrados para esta nota.",
    },
    "pt": {
        "date": "quinta-feira, 18 de março de 2027", "nav": ["Últimas", "Cidades", "Política", "Economia", "Esportes", "Cultura"],
        "home": "Início", "news": "Notícias", "latest": "Últimas notícias", "most_read": "Mais lidas", "related": "Leia também",
        "partners": "Dos nossos parceiros", "share": "Compartilhar", "tags": "Assuntos", "listen": "Ouça esta notícia",
        "live": "Ouça ao vivo", "network": "Nossos jornais", "more_network": "Mais dos nossos jornais", "published": "Publicado em",
        "by": "Por", "subscriber": "Exclusivo para assinantes", "editor": "Diretor de redação", "newsletter": "Receba o resumo da manhã no seu e-mail",
        "signup": "Cadastrar", "cookies": "Usamos cookies para melhorar a sua experiência.", "accept": "Aceitar", "schedule": "Programação de hoje",
        "programme": "Jornal da rádio", "feed_note": "Atualizado a cada poucos minutos", "open": "Leia mais", "search": "Buscar",
        "photo_alt": "Foto", "about": "Quem somos", "contact": "Fale conosco", "privacy": "Política de privacidade", "ads": "Anuncie",
        "min": "min de leitura", "comments": "Os comentários estão encerrados para esta matéria.",
    },
    "sv": {
        "date": "torsdag 18 mars 2027", "nav": ["Nyheter", "Sport", "Nöje", "Ekonomi", "Åsikter", "Familj"],
        "home": "Start", "news": "Nyheter", "latest": "Senaste nytt", "most_read": "Mest läst", "related": "Läs också",
        "partners": "Från våra partner", "share": "Dela", "tags": "Ämnen", "listen": "Lyssna på artikeln",
        "live": "Lyssna direkt", "network": "Våra tidningar", "more_network": "Mer från våra tidningar", "published": "Publicerad",
        "by": "Av", "subscriber": "För prenumeranter", "editor": "Ansvarig utgivare", "newsletter": "Få morgonens nyheter i din mejl",
        "signup": "Prenumerera", "cookies": "Vi använder kakor för att förbättra din upplevelse.", "accept": "Godkänn", "schedule": "I dag i sändning",
        "programme": "Lokala nyheter", "feed_note": "Uppdateras löpande", "open": "Läs mer", "search": "Sök",
        "photo_alt": "Bild", "about": "Om oss", "contact": "Kontakt", "privacy": "Integritetspolicy", "ads": "Annonsera",
        "min": "min läsning", "comments": "Kommentarerna är stängda för den här artikeln.",
    },
    "no": {
        "date": "torsdag 18. mars 2027", "nav": ["Nyheter", "Sport", "Kultur", "Næringsliv", "Meninger", "Folk"],
        "home": "Forside", "news": "Nyheter", "latest": "Siste nytt", "most_read": "Mest lest", "related": "Les også",
        "partners": "Fra våre partnere", "share": "Del", "tags": "Emner", "listen": "Lytt til saken",
        "live": "Hør direkte", "network": "Våre aviser", "more_network": "Mer fra våre aviser", "published": "Publisert",
        "by": "Av", "subscriber": "For abonnenter", "editor": "Ansvarlig redaktør", "newsletter": "Få morgenens nyheter på e-post",
        "signup": "Meld deg på", "cookies": "Vi bruker informasjonskapsler for å forbedre opplevelsen din.", "accept": "Godta", "schedule": "På lufta i dag",
        "programme": "Distriktsnyheter", "feed_note": "Oppdateres fortløpende", "open": "Les mer", "search": "Søk",
        "photo_alt": "Bilde", "about": "Om oss", "contact": "Kontakt oss", "privacy": "Personvern", "ads": "Annonser",
        "min": "min lesing", "comments": "Kommentarfeltet er stengt for denne saken.",
    },
    "da": {
        "date": "torsdag d. 18. marts 2027", "nav": ["Nyheder", "Sport", "Kultur", "Erhverv", "Debat", "Lokalt"],
        "home": "Forside", "news": "Nyheder", "latest": "Seneste nyt", "most_read": "Mest læste", "related": "Læs også",
        "partners": "Fra vores partnere", "share": "Del", "tags": "Emner", "listen": "Lyt til artiklen",
        "live": "Lyt direkte", "network": "Vores aviser", "more_network": "Mere fra vores aviser", "published": "Publiceret",
        "by": "Af", "subscriber": "Kun for abonnenter", "editor": "Ansvarshavende chefredaktør", "newsletter": "Få morgenens nyheder i din indbakke",
        "signup": "Tilmeld", "cookies": "Vi bruger cookies til at forbedre din oplevelse.", "accept": "Accepter", "schedule": "I æteren i dag",
        "programme": "Regionale nyheder", "feed_note": "Opdateres løbende", "open": "Læs mere", "search": "Søg",
        "photo_alt": "Foto", "about": "Om os", "contact": "Kontakt", "privacy": "Privatlivspolitik", "ads": "Annoncering",
        "min": "min. læsning", "comments": "Der er lukket for kommentarer til denne artikel.",
    },
    "fi": {
        "date": "torstai 18.3.2027", "nav": ["Uutiset", "Urheilu", "Kulttuuri", "Talous", "Mielipide", "Alueet"],
        "home": "Etusivu", "news": "Uutiset", "latest": "Tuoreimmat", "most_read": "Luetuimmat", "related": "Lue myös",
        "partners": "Yhteistyökumppaneilta", "share": "Jaa", "tags": "Aiheet", "listen": "Kuuntele juttu",
        "live": "Kuuntele suorana", "network": "Lehtemme", "more_network": "Lisää lehdistämme", "published": "Julkaistu",
        "by": "", "subscriber": "Tilaajille", "editor": "Vastaava päätoimittaja", "newsletter": "Tilaa aamun uutiskirje sähköpostiisi",
        "signup": "Tilaa", "cookies": "Käytämme evästeitä parantaaksemme käyttökokemustasi.", "accept": "Hyväksy", "schedule": "Tänään lähetyksessä",
        "programme": "Alueuutiset", "feed_note": "Päivittyy jatkuvasti", "open": "Lue lisää", "search": "Hae",
        "photo_alt": "Kuva", "about": "Tietoa meistä", "contact": "Yhteystiedot", "privacy": "Tietosuoja", "ads": "Ilmoita",
        "min": "min lukuaika", "comments": "Tämän jutun kommentointi on suljettu.",
    },
    "nl": {
        "date": "donderdag 18 maart 2027", "nav": ["Nieuws", "Regio", "Sport", "Economie", "Cultuur", "Opinie"],
        "home": "Home", "news": "Nieuws", "latest": "Laatste nieuws", "most_read": "Meest gelezen", "related": "Lees ook",
        "partners": "Van onze partners", "share": "Delen", "tags": "Onderwerpen", "listen": "Luister naar dit artikel",
        "live": "Luister live", "network": "Onze kranten", "more_network": "Meer uit onze kranten", "published": "Gepubliceerd",
        "by": "Door", "subscriber": "Alleen voor abonnees", "editor": "Hoofdredacteur", "newsletter": "Ontvang het ochtendnieuws in je mailbox",
        "signup": "Aanmelden", "cookies": "Wij gebruiken cookies om je ervaring te verbeteren.", "accept": "Akkoord", "schedule": "Vandaag op de radio",
        "programme": "Regionieuws", "feed_note": "Wordt doorlopend bijgewerkt", "open": "Lees meer", "search": "Zoeken",
        "photo_alt": "Foto", "about": "Over ons", "contact": "Contact", "privacy": "Privacybeleid", "ads": "Adverteren",
        "min": "min leestijd", "comments": "Reageren is niet mogelijk bij dit artikel.",
    },
    "el": {
        "date": "Πέμπτη 18 Μαρτίου 2027", "nav": ["Ειδήσεις", "Τοπικά", "Οικονομία", "Αθλητικά", "Πολιτισμός", "Απόψεις"],
        "home": "Αρχική", "news": "Ειδήσεις", "latest": "Τελευταία νέα", "most_read": "Δημοφιλή", "related": "Διαβάστε επίσης",
        "partners": "Από τους συνεργάτες μας", "share": "Κοινοποίηση", "tags": "Θέματα", "listen": "Ακούστε το άρθρο",
        "live": "Ακούστε ζωντανά", "network": "Οι εφημερίδες μας", "more_network": "Περισσότερα από τις εφημερίδες μας", "published": "Δημοσιεύθηκε",
        "by": "", "subscriber": "Για συνδρομητές", "editor": "Διευθυντής σύνταξης", "newsletter": "Λάβετε το πρωινό ενημερωτικό στο email σας",
        "signup": "Εγγραφή", "cookies": "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.", "accept": "Αποδοχή", "schedule": "Σήμερα στον αέρα",
        "programme": "Δελτίο ειδήσεων", "feed_note": "Ενημερώνεται συνεχώς", "open": "Περισσότερα", "search": "Αναζήτηση",
        "photo_alt": "Φωτογραφία", "about": "Ποιοι είμαστε", "contact": "Επικοινωνία", "privacy": "Πολιτική απορρήτου", "ads": "Διαφήμιση",
        "min": "λεπτά ανάγνωσης", "comments": "Τα σχόλια είναι κλειστά για αυτό το άρθρο.",
    },
    "fr": {
        "date": "jeudi 18 mars 2027", "nav": ["Actualité", "Politique", "Économie", "Société", "Sport", "Culture"],
        "home": "Accueil", "news": "Actualité", "latest": "Dernières infos", "most_read": "Les plus lus", "related": "À lire aussi",
        "partners": "Chez nos partenaires", "share": "Partager", "tags": "Mots-clés", "listen": "Écouter cet article",
        "live": "Écouter en direct", "network": "Nos journaux", "more_network": "Plus dans nos journaux", "published": "Publié le",
        "by": "Par", "subscriber": "Réservé aux abonnés", "editor": "Directeur de publication", "newsletter": "Recevez l'essentiel du matin par courriel",
        "signup": "S'inscrire", "cookies": "Nous utilisons des cookies pour améliorer votre expérience.", "accept": "Accepter", "schedule": "Aujourd'hui à l'antenne",
        "programme": "Journal parlé", "feed_note": "Mis à jour en continu", "open": "Lire la suite", "search": "Rechercher",
        "photo_alt": "Photo", "about": "Qui sommes-nous", "contact": "Contact", "privacy": "Confidentialité", "ads": "Publicité",
        "min": "min de lecture", "comments": "Les commentaires sont fermés pour cet article.",
    },
    "sw": {
        "date": "Alhamisi, 18 Machi 2027", "nav": ["Habari", "Kitaifa", "Kimataifa", "Biashara", "Michezo", "Burudani"],
        "home": "Mwanzo", "news": "Habari", "latest": "Habari mpya", "most_read": "Zinazosomwa zaidi", "related": "Soma pia",
        "partners": "Kutoka kwa washirika wetu", "share": "Shiriki", "tags": "Mada", "listen": "Sikiliza habari hii",
        "live": "Sikiliza mubashara", "network": "Magazeti yetu", "more_network": "Zaidi kutoka magazeti yetu", "published": "Imechapishwa",
        "by": "Na", "subscriber": "Kwa wanachama", "editor": "Mhariri mkuu", "newsletter": "Pata habari za asubuhi kwenye barua pepe yako",
        "signup": "Jisajili", "cookies": "Tunatumia vidakuzi kuboresha huduma yetu.", "accept": "Kubali", "schedule": "Vipindi vya leo",
        "programme": "Taarifa ya habari", "feed_note": "Inasasishwa kila baada ya dakika chache", "open": "Soma zaidi", "search": "Tafuta",
        "photo_alt": "Picha", "about": "Kuhusu sisi", "contact": "Wasiliana nasi", "privacy": "Sera ya faragha", "ads": "Tangaza nasi",
        "min": "dakika za kusoma", "comments": "Maoni yamefungwa kwa habari hii.",
    },
}


@dataclass
class Page:
    fam: str
    lang: str  # <html lang>
    code: str  # UI key
    site: str
    host: str
    name: str
    url: str
    title: str
    deck: str
    iso: str
    date: str
    time: str
    author: str
    paras: list[str]
    slots: dict[str, list[str]]
    caption: str
    image: str
    ui: dict[str, Any]
    related: list[tuple[str, str]]
    partners: tuple[str, list[tuple[str, str]]]
    section: str
    extra: dict[str, str] = field(default_factory=dict)


def _e(s: str) -> str:
    return escape(s, quote=True)


def _head(p: Page, body_class: str) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p.title,
        "datePublished": p.iso,
        "inLanguage": p.lang,
        "mainEntityOfPage": p.url,
        "image": f"https://{p.host}/media/{p.image}",
        "publisher": {"@type": "Organization", "name": p.name, "url": f"https://{p.host}/"},
    }
    if p.author:
        ld["author"] = {"@type": "Person", "name": p.author}
    return (
        f'<!DOCTYPE html>\n<html lang="{p.lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(p.title)} | {_e(p.name)}</title>\n"
        f'<meta name="description" content="{_e(p.deck)}">\n'
        f'<link rel="canonical" href="{_e(p.url)}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:site_name" content="{_e(p.name)}">\n'
        f'<meta property="og:title" content="{_e(p.title)}">\n<meta property="og:url" content="{_e(p.url)}">\n'
        f'<meta property="og:image" content="https://{p.host}/media/{p.image}">\n'
        f'<meta property="article:published_time" content="{p.iso}">\n'
        f'<meta property="article:section" content="{_e(p.section)}">\n'
        f'<link rel="stylesheet" href="/assets/{body_class}.css?v=49">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        f"</head>\n"
    )


def _slot(p: Page, name: str, cls: str, tag: str = "p") -> str:
    return "".join(f'<{tag} class="{cls}">{_e(t)}</{tag}>\n' for t in p.slots.get(name, []))


def _figure(p: Page, cls: str) -> str:
    cap = f"<figcaption>{_e(p.caption)}</figcaption>" if p.caption else ""
    return f'<figure class="{cls}"><img src="https://{p.host}/media/{p.image}" alt="{_e(p.ui["photo_alt"])}" width="1200" height="675" loading="eager">{cap}</figure>\n'


def _body(p: Page, cls: str) -> str:
    return "".join(f"<p>{x}</p>\n" for x in p.paras)


def _byline(p: Page, cls: str) -> str:
    if p.slots.get("byline"):
        who = "".join(f'<span class="{cls}__name">{_e(t)}</span>' for t in p.slots["byline"])
    elif p.author:
        by = f'{_e(p.ui["by"])} ' if p.ui["by"] else ""
        who = f'<span class="{cls}__name">{by}{_e(p.author)}</span>'
    else:
        who = ""
    return f'<div class="{cls}">{who}<time datetime="{p.iso}">{_e(p.date)} {p.time}</time></div>\n'


def _links(items: list[tuple[str, str]], cls: str) -> str:
    return "".join(f'<li class="{cls}"><a href="{_e(u)}">{_e(t)}</a></li>' for t, u in items)


def _partners(p: Page, cls: str) -> str:
    label, items = p.partners
    return f'<aside class="{cls}"><h3>{_e(label)}</h3><ul>{_links(items, cls + "__item")}</ul></aside>\n'


def _footer(p: Page, cls: str) -> str:
    u = p.ui
    editor = f'<p class="{cls}__editor">{_e(u["editor"])}: {_e(p.extra.get("editor", ""))}</p>' if p.extra.get("editor") else ""
    return (
        f'<footer class="{cls}"><nav><a href="/about">{_e(u["about"])}</a> · <a href="/contact">{_e(u["contact"])}</a> · '
        f'<a href="/privacy">{_e(u["privacy"])}</a> · <a href="/ads">{_e(u["ads"])}</a></nav>{editor}'
        f'<p class="{cls}__addr">{_e(p.extra.get("address", ""))}</p></footer>\n'
    )


def _newsletter(p: Page) -> str:
    return f'<form class="nl-signup" action="/newsletter" method="post"><label>{_e(p.ui["newsletter"])}<input type="email" name="email"></label><button>{_e(p.ui["signup"])}</button></form>\n'


def _nav(p: Page, cls: str) -> str:
    return f'<nav class="{cls}"><ul>' + "".join(f'<li><a href="/{i}">{_e(n)}</a></li>' for i, n in enumerate(p.ui["nav"])) + "</ul></nav>\n"


def render_regional(p: Page) -> str:
    u = p.ui
    return (
        _head(p, "regional")
        + f'<body class="article-page regional">\n<header class="masthead"><a class="masthead__logo" href="/">{_e(p.name)}</a>'
        f'<span class="masthead__date">{_e(u["date"])}</span><a class="masthead__search" href="/search">{_e(u["search"])}</a></header>\n'
        + _nav(p, "section-bar")
        + f'<main id="main"><article class="article" data-article-id="{p.extra.get("n", "")}">\n'
        f'<ol class="breadcrumb"><li><a href="/">{_e(u["home"])}</a></li><li><a href="/{_e(p.section.lower())}">{_e(p.section)}</a></li></ol>\n'
        f'<h1 class="article__headline">{_e(p.title)}</h1>\n<p class="article__lead">{_e(p.deck)}</p>\n'
        + _slot(p, "top", "article__notice")
        + _byline(p, "article__byline")
        + _figure(p, "article__image")
        + f'<div class="article__body">\n{_body(p, "")}'
        + _slot(p, "end", "article__signature")
        + "</div>\n"
        + _slot(p, "box", "article__source", "aside")
        + f'<ul class="article__tags" aria-label="{_e(u["tags"])}"><li><a href="/tag/{_e(p.section.lower())}">{_e(p.section)}</a></li></ul>\n'
        + _slot(p, "foot", "article__footnote")
        + f'<p class="article__comments">{_e(u["comments"])}</p>\n'
        + f'</article>\n<section class="read-also"><h2>{_e(u["related"])}</h2><ul>{_links(p.related, "read-also__item")}</ul></section>\n'
        + _partners(p, "partner-rail")
        + "</main>\n"
        + _footer(p, "site-footer")
        + "</body>\n</html>\n"
    )


def render_portal(p: Page) -> str:
    u = p.ui
    return (
        _head(p, "portal")
        + f'<body class="portal portal--article">\n<div class="cookie-bar" role="dialog"><p>{_e(u["cookies"])}</p><button>{_e(u["accept"])}</button></div>\n'
        f'<header class="portal-top"><a class="portal-top__brand" href="/">{_e(p.name)}</a><button class="portal-top__menu" aria-label="menu">☰</button></header>\n'
        + _nav(p, "channel-bar")
        + f'<div class="portal-grid"><main class="portal-main"><article class="story">\n'
        f'<span class="story__channel">{_e(p.section)}</span>\n<h1 class="story__title">{_e(p.title)}</h1>\n'
        f'<h2 class="story__subtitle">{_e(p.deck)}</h2>\n'
        + _slot(p, "top", "story__origin")
        + _byline(p, "story__meta")
        + f'<div class="story__share"><span>{_e(u["share"])}</span><a href="#wa">WhatsApp</a><a href="#fb">Facebook</a><a href="#x">X</a></div>\n'
        + _figure(p, "story__media")
        + f'<div class="story__content">\n{_body(p, "")}'
        + _slot(p, "end", "story__credit")
        + "</div>\n"
        + "".join(f'<aside class="partner-box"><span class="partner-box__label">{_e(p.extra.get("box_label", ""))}</span><p class="partner-box__text">{_e(t)}</p></aside>\n' for t in p.slots.get("box", []))
        + _slot(p, "foot", "story__foot")
        + f'</article>\n<section class="story-related"><h3>{_e(u["related"])}</h3><ul>{_links(p.related, "story-related__item")}</ul></section>\n'
        + "</main>\n"
        + f'<aside class="portal-rail"><h3>{_e(u["most_read"])}</h3><ol>{_links(p.related[::-1], "rank")}</ol></aside>\n'
        + _partners(p, "portal-partners")
        + "</div>\n"
        + _newsletter(p)
        + _footer(p, "portal-footer")
        + "</body>\n</html>\n"
    )


def render_chain(p: Page) -> str:
    u = p.ui
    sisters = p.extra.get("sisters", "").split("|")
    bar = "".join(f'<li><a href="https://{_e(s.split("@")[1])}/">{_e(s.split("@")[0])}</a></li>' for s in sisters if "@" in s)
    badge = f'<span class="badge badge--plus">{_e(u["subscriber"])}</span>' if p.extra.get("plus") else ""
    return (
        _head(p, "chain")
        + f'<body class="group-site title-{_e(p.site.split(".")[0])}">\n'
        f'<div class="group-bar"><span class="group-bar__label">{_e(p.extra.get("group", ""))} · {_e(u["network"])}</span><ul>{bar}</ul></div>\n'
        f'<header class="title-header"><a href="/" class="title-header__logo">{_e(p.name)}</a><span>{_e(p.extra.get("region", ""))}</span></header>\n'
        + _nav(p, "title-nav")
        + f'<main><article class="gs-article">\n{badge}<h1>{_e(p.title)}</h1>\n'
        + _slot(p, "top", "gs-article__origin")
        + f'<p class="gs-article__ingress">{_e(p.deck)}</p>\n'
        + _byline(p, "gs-article__byline")
        + _figure(p, "gs-article__figure")
        + f'<div class="gs-article__text">\n{_body(p, "")}'
        + _slot(p, "end", "gs-article__credit")
        + "</div>\n"
        + _slot(p, "box", "gs-article__sourcebox", "aside")
        + _slot(p, "foot", "gs-article__footer")
        + f'</article>\n<section class="gs-more"><h2>{_e(u["more_network"])}</h2><ul>{_links(p.related, "gs-more__item")}</ul></section>\n'
        + _partners(p, "gs-partners")
        + "</main>\n"
        + _footer(p, "gs-footer")
        + "</body>\n</html>\n"
    )


def render_broadcast(p: Page) -> str:
    u = p.ui
    sched = p.extra.get("schedule", "").split("|")
    return (
        _head(p, "broadcast")
        + f'<body class="station">\n<header class="station-head"><a href="/" class="station-head__logo">{_e(p.name)}</a>'
        f'<button class="live-button" data-stream="https://stream.{_e(p.host.removeprefix("www."))}/live.mp3">▶ {_e(u["live"])}</button></header>\n'
        + _nav(p, "station-nav")
        + f'<main class="station-main"><article class="item">\n<p class="item__programme">{_e(u["programme"])} · {p.time}</p>\n'
        f'<h1 class="item__title">{_e(p.title)}</h1>\n'
        + _slot(p, "top", "item__origin")
        + _byline(p, "item__meta")
        + f'<div class="item__audio"><span>{_e(u["listen"])}</span><audio controls preload="none" src="https://{_e(p.host)}/audio/{p.extra.get("n", "0")}.mp3"></audio><span class="item__duration">1:{int(p.extra.get("n", "0")) % 50 + 10:02d}</span></div>\n'
        + _figure(p, "item__image")
        + f'<div class="item__text">\n{_body(p, "")}'
        + _slot(p, "end", "item__credit")
        + "</div>\n"
        + _slot(p, "box", "item__source", "aside")
        + _slot(p, "foot", "item__foot")
        + f'</article>\n<aside class="schedule"><h2>{_e(u["schedule"])}</h2><ul>'
        + "".join(f"<li>{_e(s)}</li>" for s in sched if s)
        + f'</ul></aside>\n<section class="item-related"><h2>{_e(u["related"])}</h2><ul>{_links(p.related, "item-related__link")}</ul></section>\n'
        + _partners(p, "station-partners")
        + "</main>\n"
        + _footer(p, "station-footer")
        + "</body>\n</html>\n"
    )


def render_feed(p: Page) -> str:
    u = p.ui
    before = [x for x in p.extra.get("feed", "").split("|") if x]
    items = "".join(
        f'<li class="feed__item"><time>{_e(x.split("~")[0])}</time> <a href="/{i}">{_e(x.split("~")[1])}</a></li>\n' for i, x in enumerate(before)
    )
    return (
        _head(p, "feed")
        + f'<body class="newsfeed">\n<header class="nf-head"><a href="/" class="nf-head__logo">{_e(p.name)}</a><span class="nf-head__date">{_e(u["date"])}</span></header>\n'
        + _nav(p, "nf-nav")
        + f'<main class="nf-main"><h1 class="nf-title">{_e(u["latest"])}</h1><p class="nf-note">{_e(u["feed_note"])}</p>\n'
        f'<ol class="feed">\n<li class="feed__item feed__item--open"><article class="feed-article">\n'
        f'<time class="feed-article__time" datetime="{p.iso}">{p.time}</time>\n<h2 class="feed-article__title">{_e(p.title)}</h2>\n'
        + _slot(p, "top", "feed-article__origin")
        + _byline(p, "feed-article__byline")
        + (_figure(p, "feed-article__img") if p.caption else "")
        + f'<div class="feed-article__text">\n{_body(p, "")}'
        + _slot(p, "end", "feed-article__sign")
        + "</div>\n"
        + _slot(p, "box", "feed-article__source", "aside")
        + _slot(p, "foot", "feed-article__foot")
        + f'<a class="feed-article__share" href="#share">{_e(u["share"])}</a></article></li>\n'
        + items
        + "</ol>\n"
        + _partners(p, "nf-partners")
        + "</main>\n"
        + _footer(p, "nf-footer")
        + "</body>\n</html>\n"
    )


RENDER = {
    "regional": render_regional,
    "portal": render_portal,
    "chain": render_chain,
    "broadcast": render_broadcast,
    "feed": render_feed,
}

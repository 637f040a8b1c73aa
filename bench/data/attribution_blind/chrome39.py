# ruff: noqa: E501, RUF001  (markup a line; typographic quotes, arrows and Cyrillic labels)
"""Page templates of the thirty-ninth blind set, written from scratch for it from the markup that
sports portals, celebrity and entertainment portals, lifestyle and recipe blogs, health news sites,
science news aggregators, gaming and tech sites, glossy magazines, European news portals, regional
papers and supporters' blogs emit. No earlier set's template, model or renderer was read.

`render_page(page)` returns a full HTML document. A page's credit lines (or, on an outlet's own
page, its own credit) sit in the slot the case names:
  top      an italic line above the text            byline   in the byline/meta row
  mid      between two paragraphs                   end      right under the text ("Source:", "via")
  box      a source box with the outlet's logo      related  after the related-stories block
  footer   a footer-like row closing the article
Stdlib only; deterministic.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from html import escape

#: Interface words per language: nav, widgets, share rows, comment blocks, cookie banners.
UI: dict[str, dict[str, str]] = {
    "en": dict(home="Home", related="Related stories", more="More from", share="Share", comments="Comments", newsletter="Sign up to our free newsletter", email="Your email address", subscribe="Subscribe", tags="Topics", mostread="Most read", by="By", cookie="We use cookies to personalise content and ads and to analyse our traffic.", accept="Accept all", manage="Manage preferences", ad="Advertisement", readtime="min read", live="LIVE", ft="FT", table="Table", search="Search", privacy="Privacy policy", terms="Terms of use", contact="Contact us", about="About us", leave="Leave a comment", posted="Posted", reply="Reply", trending="Trending", updated="Updated", readmore="Read more", youmay="You may also like", follow="Follow us"),
    "es": dict(home="Portada", related="Noticias relacionadas", more="Más de", share="Compartir", comments="Comentarios", newsletter="Suscríbete a nuestro boletín", email="Tu correo electrónico", subscribe="Suscribirme", tags="Temas", mostread="Lo más leído", by="Por", cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.", accept="Aceptar", manage="Configurar", ad="Publicidad", readtime="min de lectura", live="EN VIVO", ft="Final", table="Clasificación", search="Buscar", privacy="Política de privacidad", terms="Aviso legal", contact="Contacto", about="Quiénes somos", leave="Deja un comentario", posted="Publicado", reply="Responder", trending="Tendencias", updated="Actualizado", readmore="Te puede interesar", youmay="También te puede interesar", follow="Síguenos"),
    "pt": dict(home="Início", related="Notícias relacionadas", more="Mais de", share="Compartilhe", comments="Comentários", newsletter="Receba nossa newsletter", email="Seu e-mail", subscribe="Cadastrar", tags="Tags", mostread="Mais lidas", by="Por", cookie="Usamos cookies para melhorar a sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.", accept="Aceitar", manage="Configurações", ad="Publicidade", readtime="min de leitura", live="AO VIVO", ft="Encerrado", table="Classificação", search="Buscar", privacy="Política de privacidade", terms="Termos de uso", contact="Fale conosco", about="Quem somos", leave="Deixe seu comentário", posted="Publicado em", reply="Responder", trending="Em alta", updated="Atualizado em", readmore="Leia também", youmay="Você também pode gostar", follow="Siga-nos"),
    "fr": dict(home="Accueil", related="À lire aussi", more="Plus de", share="Partager", comments="Commentaires", newsletter="Inscrivez-vous à notre newsletter", email="Votre adresse e-mail", subscribe="Je m'inscris", tags="Mots-clés", mostread="Les plus lus", by="Par", cookie="Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.", accept="Accepter et fermer", manage="Paramétrer les cookies", ad="Publicité", readtime="min de lecture", live="EN DIRECT", ft="Terminé", table="Classement", search="Rechercher", privacy="Politique de confidentialité", terms="Mentions légales", contact="Nous contacter", about="Qui sommes-nous", leave="Laisser un commentaire", posted="Publié le", reply="Répondre", trending="Tendances", updated="Mis à jour le", readmore="Lire aussi", youmay="Vous aimerez aussi", follow="Suivez-nous"),
    "de": dict(home="Startseite", related="Das könnte Sie auch interessieren", more="Mehr aus", share="Teilen", comments="Kommentare", newsletter="Jetzt zum Newsletter anmelden", email="Ihre E-Mail-Adresse", subscribe="Anmelden", tags="Themen", mostread="Meistgelesen", by="Von", cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und Zugriffe zu analysieren.", accept="Alle akzeptieren", manage="Einstellungen", ad="Anzeige", readtime="Min. Lesezeit", live="LIVE", ft="Beendet", table="Tabelle", search="Suche", privacy="Datenschutz", terms="Impressum", contact="Kontakt", about="Über uns", leave="Kommentar schreiben", posted="Veröffentlicht am", reply="Antworten", trending="Im Trend", updated="Aktualisiert am", readmore="Lesen Sie auch", youmay="Auch interessant", follow="Folgen Sie uns"),
    "it": dict(home="Home", related="Leggi anche", more="Altro da", share="Condividi", comments="Commenti", newsletter="Iscriviti alla newsletter", email="Il tuo indirizzo email", subscribe="Iscriviti", tags="Argomenti", mostread="I più letti", by="di", cookie="Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.", accept="Accetta", manage="Scopri di più e personalizza", ad="Pubblicità", readtime="min di lettura", live="LIVE", ft="Finale", table="Classifica", search="Cerca", privacy="Informativa privacy", terms="Note legali", contact="Contatti", about="Chi siamo", leave="Lascia un commento", posted="Pubblicato il", reply="Rispondi", trending="Di tendenza", updated="Aggiornato il", readmore="Potrebbe interessarti", youmay="Ti potrebbe piacere anche", follow="Seguici"),
    "ru": dict(home="Главная", related="Читайте также", more="Ещё из раздела", share="Поделиться", comments="Комментарии", newsletter="Подпишитесь на рассылку", email="Ваш e-mail", subscribe="Подписаться", tags="Теги", mostread="Самое читаемое", by="Автор:", cookie="Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с условиями их использования.", accept="Принять", manage="Подробнее", ad="Реклама", readtime="мин чтения", live="ОНЛАЙН", ft="Завершён", table="Турнирная таблица", search="Поиск", privacy="Политика конфиденциальности", terms="Пользовательское соглашение", contact="Контакты", about="О нас", leave="Оставить комментарий", posted="Опубликовано", reply="Ответить", trending="Популярное", updated="Обновлено", readmore="Читайте также", youmay="Вам может быть интересно", follow="Мы в соцсетях"),
    "pl": dict(home="Strona główna", related="Zobacz też", more="Więcej z", share="Udostępnij", comments="Komentarze", newsletter="Zapisz się na newsletter", email="Twój adres e-mail", subscribe="Zapisz się", tags="Tagi", mostread="Najczęściej czytane", by="Autor:", cookie="Korzystamy z plików cookies, aby zapewnić prawidłowe działanie serwisu oraz dopasować reklamy do Twoich zainteresowań.", accept="Akceptuję", manage="Ustawienia", ad="Reklama", readtime="min czytania", live="NA ŻYWO", ft="Koniec", table="Tabela", search="Szukaj", privacy="Polityka prywatności", terms="Regulamin", contact="Kontakt", about="O nas", leave="Dodaj komentarz", posted="Opublikowano", reply="Odpowiedz", trending="Na czasie", updated="Aktualizacja", readmore="Czytaj także", youmay="Może cię zainteresować", follow="Obserwuj nas"),
    "nl": dict(home="Home", related="Gerelateerde artikelen", more="Meer uit", share="Delen", comments="Reacties", newsletter="Meld je aan voor de nieuwsbrief", email="Je e-mailadres", subscribe="Aanmelden", tags="Onderwerpen", mostread="Meest gelezen", by="Door", cookie="Wij gebruiken cookies om de website goed te laten werken en om advertenties af te stemmen op je interesses.", accept="Akkoord", manage="Instellingen aanpassen", ad="Advertentie", readtime="min leestijd", live="LIVE", ft="Afgelopen", table="Stand", search="Zoeken", privacy="Privacybeleid", terms="Gebruiksvoorwaarden", contact="Contact", about="Over ons", leave="Plaats een reactie", posted="Geplaatst op", reply="Reageren", trending="Populair", updated="Bijgewerkt", readmore="Lees ook", youmay="Misschien ook interessant", follow="Volg ons"),
    "uk": dict(home="Головна", related="Читайте також", more="Більше з розділу", share="Поділитися", comments="Коментарі", newsletter="Підпишіться на розсилку", email="Ваш e-mail", subscribe="Підписатися", tags="Теги", mostread="Найпопулярніше", by="Автор:", cookie="Ми використовуємо файли cookie, щоб покращити роботу сайту. Продовжуючи перегляд, ви погоджуєтеся з їх використанням.", accept="Погоджуюсь", manage="Налаштування", ad="Реклама", readtime="хв читання", live="НАЖИВО", ft="Завершено", table="Турнірна таблиця", search="Пошук", privacy="Політика конфіденційності", terms="Умови використання", contact="Контакти", about="Про нас", leave="Залишити коментар", posted="Опубліковано", reply="Відповісти", trending="Популярне", updated="Оновлено", readmore="Читайте також", youmay="Вас може зацікавити", follow="Ми в соцмережах"),
    "ro": dict(home="Acasă", related="Articole similare", more="Mai multe din", share="Distribuie", comments="Comentarii", newsletter="Abonează-te la newsletter", email="Adresa ta de e-mail", subscribe="Abonează-te", tags="Etichete", mostread="Cele mai citite", by="de", cookie="Folosim cookie-uri pentru a-ți oferi o experiență mai bună și pentru a afișa reclame relevante.", accept="Accept", manage="Setări", ad="Publicitate", readtime="min de citit", live="LIVE", ft="Final", table="Clasament", search="Caută", privacy="Politica de confidențialitate", terms="Termeni și condiții", contact="Contact", about="Despre noi", leave="Lasă un comentariu", posted="Publicat", reply="Răspunde", trending="Trending", updated="Actualizat", readmore="Citește și", youmay="Te-ar putea interesa", follow="Urmărește-ne"),
    "cs": dict(home="Úvod", related="Související články", more="Další z rubriky", share="Sdílet", comments="Diskuse", newsletter="Přihlaste se k odběru newsletteru", email="Váš e-mail", subscribe="Odebírat", tags="Témata", mostread="Nejčtenější", by="Autor:", cookie="Tento web používá k poskytování služeb, personalizaci reklam a analýze návštěvnosti soubory cookie.", accept="Přijmout vše", manage="Nastavení", ad="Reklama", readtime="min čtení", live="ŽIVĚ", ft="Konec", table="Tabulka", search="Hledat", privacy="Ochrana osobních údajů", terms="Podmínky užití", contact="Kontakt", about="O nás", leave="Přidat komentář", posted="Publikováno", reply="Odpovědět", trending="Právě se čte", updated="Aktualizováno", readmore="Přečtěte si také", youmay="Mohlo by vás zajímat", follow="Sledujte nás"),
    "sv": dict(home="Start", related="Läs också", more="Mer från", share="Dela", comments="Kommentarer", newsletter="Prenumerera på vårt nyhetsbrev", email="Din e-postadress", subscribe="Prenumerera", tags="Ämnen", mostread="Mest läst", by="Av", cookie="Vi använder kakor för att webbplatsen ska fungera och för att anpassa annonser efter dina intressen.", accept="Godkänn alla", manage="Inställningar", ad="Annons", readtime="min läsning", live="LIVE", ft="Slut", table="Tabell", search="Sök", privacy="Integritetspolicy", terms="Användarvillkor", contact="Kontakt", about="Om oss", leave="Skriv en kommentar", posted="Publicerad", reply="Svara", trending="Populärt", updated="Uppdaterad", readmore="Läs mer", youmay="Du kanske också gillar", follow="Följ oss"),
}

#: Section menus per family and language (the first entry is the page's own desk when it fits).
SPORTS = {
    "en": ["Football", "Rugby", "Cricket", "Tennis", "Golf", "Racing", "Transfers"],
    "es": ["Fútbol", "Baloncesto", "Atletismo", "Ciclismo", "Tenis", "Motor", "Más deportes"],
    "pt": ["Futebol", "Surfe", "Vôlei", "Basquete", "Fórmula 1", "MMA", "Mais esportes"],
    "fr": ["Football", "Rugby", "Cyclisme", "Tennis", "Ski", "Voile", "Omnisport"],
    "de": ["Fußball", "Handball", "Volleyball", "Eishockey", "Basketball", "Wintersport", "Mehr Sport"],
    "it": ["Calcio", "Ciclismo", "Basket", "Volley", "Tennis", "Motori", "Altri sport"],
    "ru": ["Футбол", "Хоккей", "Волейбол", "Баскетбол", "Теннис", "Биатлон", "Другие виды"],
    "pl": ["Piłka nożna", "Skoki narciarskie", "Siatkówka", "Żużel", "Tenis", "Lekkoatletyka", "Inne"],
    "nl": ["Voetbal", "Schaatsen", "Wielrennen", "Tennis", "Formule 1", "Hockey", "Meer sport"],
    "uk": ["Футбол", "Бокс", "Теніс", "Баскетбол", "Волейбол", "Легка атлетика", "Інші"],
    "ro": ["Fotbal", "Handbal", "Tenis", "Gimnastică", "Baschet", "Polo", "Alte sporturi"],
    "cs": ["Fotbal", "Hokej", "Tenis", "Atletika", "Biatlon", "Cyklistika", "Ostatní"],
    "sv": ["Fotboll", "Ishockey", "Längdskidor", "Handboll", "Friidrott", "Golf", "Mer sport"],
}
TEAMS = {
    "en": [("Dunmore Rovers", "Castlebay"), ("Penhallow", "Trevenna Town"), ("Glenroy", "Ardlow Utd"), ("Bryncoch", "Llanhir")],
    "es": [("Racing Norte", "CD Pumarín"), ("Atlético Sierra", "UD Caleta"), ("Real Oria", "CF Navia")],
    "pt": [("Atlético Serrano", "EC Lagoa"), ("Nacional do Sul", "Ipiranga FC"), ("Botafogo da Ilha", "União Praia")],
    "fr": [("US Vallon", "FC Marais"), ("AS Crêtes", "Stade Tarentaise"), ("SC Rives", "OL Bornes")],
    "de": [("SV Eiche", "TuS Heide"), ("FC Warnow", "VfL Küste"), ("SC Haff", "Eintracht Moor")],
    "it": [("US Pieve", "AC Borgo"), ("Virtus Taro", "SS Ceno"), ("Polisportiva Enza", "FC Baganza")],
    "ru": [("Динамо-Волга", "Заречье"), ("Спартак-Кама", "Буревестник"), ("Локомотив-Юг", "Северянка")],
    "pl": [("Beskid Szczyrk", "Sokół Buczkowice"), ("Olza Ustroń", "Żylica Bielsko")],
    "nl": [("VV De Kempen", "SV Dommel"), ("RKSV Strijp", "Gestel Boys")],
    "uk": [("Полісся-2", "Тетерів"), ("Звягель", "Случ")],
    "ro": [("CS Bahlui", "Viitorul Copou"), ("Unirea Tătărași", "Progresul Nicolina")],
    "cs": [("Baník Hrabová", "Slavoj Poruba"), ("Sokol Vítkovice", "TJ Zábřeh")],
    "sv": [("Malmbergets IF", "Tuolluvaara SK"), ("Jukkasjärvi IK", "Vittangi BK")],
}


@dataclass
class Page:
    fam: str
    lang: str
    name: str
    host: str
    url: str
    title: str
    section: str
    date: str
    time: str
    author: str
    paras: list[str]
    slot: str = ""
    lines: tuple[str, ...] = ()
    link: tuple[str, str] | None = None  # (the words of a line to link, href)
    logo: str = ""  # alt text of a source box's logo
    caption: str = ""
    related: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    dek: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def _h(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def _e(text: str) -> str:
    return escape(text, quote=False)


def _line(p: Page, line: str) -> str:
    """One credit (or own-credit) line, the linked words as a link where the page links them."""
    out = _e(line)
    if p.link and p.link[0] in line:
        words, href = p.link
        out = out.replace(_e(words), f'<a href="{escape(href)}" target="_blank" rel="noopener">{_e(words)}</a>', 1)
    return out


def _lines(p: Page, slot: str, tag: str = "p", cls: str = "", inner: str = "") -> str:
    if p.slot != slot or not p.lines:
        return ""
    c = f' class="{cls}"' if cls else ""
    body = []
    for ln in p.lines:
        html = _line(p, ln)
        if inner:
            html = f"<{inner}>{html}</{inner}>"
        body.append(f"<{tag}{c}>{html}</{tag}>")
    return "\n".join(body)


def _slug(p: Page) -> str:
    return hashlib.sha1(p.url.encode()).hexdigest()[:10]


def _head(p: Page, css: str, kind: str = "NewsArticle", extra: str = "") -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": p.title,
        "datePublished": "2027-02-14T" + p.time + ":00" + ("-05:00" if p.host.endswith(".com") and p.lang == "en" else "+01:00"),
        "author": {"@type": "Person", "name": p.author} if p.author else None,
        "publisher": {"@type": "Organization", "name": p.name, "logo": {"@type": "ImageObject", "url": f"https://{p.host}/assets/logo.png"}},
        "mainEntityOfPage": p.url,
        "inLanguage": p.lang,
    }
    ld = {k: v for k, v in ld.items() if v is not None}
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(p.title)} | {_e(p.name)}</title>
<link rel="canonical" href="{escape(p.url)}">
<meta name="description" content="{escape(p.dek or p.paras[0][:150])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(p.title)}">
<meta property="og:site_name" content="{escape(p.name)}">
<meta property="og:url" content="{escape(p.url)}">
<meta property="og:image" content="https://{p.host}/media/{_slug(p)}/og-1200x630.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta property="article:published_time" content="2027-02-14T{p.time}:00Z">
<meta property="article:section" content="{escape(p.section)}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
{extra}<style>{css}</style>
</head>
"""


def _cmp(p: Page, cls: str) -> str:
    u = UI[p.lang]
    return f"""<div id="{cls}" class="{cls}" role="dialog" aria-live="polite"><p class="{cls}__text">{_e(u['cookie'])} <a href="/privacy">{_e(u['privacy'])}</a></p><div class="{cls}__buttons"><button class="{cls}__btn {cls}__btn--primary" data-action="accept">{_e(u['accept'])}</button><button class="{cls}__btn" data-action="manage">{_e(u['manage'])}</button></div></div>
"""


def _ad(slot: str, label: str) -> str:
    return f'<div class="ad-container" data-ad-slot="{slot}"><span class="ad-label">{_e(label)}</span><div id="div-gpt-ad-{slot}" style="min-height:250px"></div></div>'


def _paras(p: Page, cls: str = "", ad_after: int = 2, ad: str = "", mid_after: int = 3, mid_html: str = "", inline: str = "") -> str:
    out = []
    c = f' class="{cls}"' if cls else ""
    for i, para in enumerate(p.paras):
        out.append(f"<p{c}>{_e(para)}</p>")
        if i == ad_after - 1 and ad and len(p.paras) > ad_after:
            out.append(ad)
        if i == 1 and inline and len(p.paras) > 3:
            out.append(inline)
        if i == mid_after - 1 and mid_html and len(p.paras) > mid_after:
            out.append(mid_html)
    if mid_html and len(p.paras) <= mid_after:
        out.insert(len(out) - 1 if len(out) > 1 else len(out), mid_html)
    return "\n".join(out)


def _mid(p: Page, cls: str, inner: str = "") -> str:
    return _lines(p, "mid", "p", cls, inner)


def _figure(p: Page, cls: str, default: str = "") -> str:
    cap = p.caption or default
    capt = f"<figcaption class=\"{cls}__caption\">{_e(cap)}</figcaption>" if cap else ""
    return f'<figure class="{cls}"><img src="https://{p.host}/media/{_slug(p)}/hero-1024.jpg" srcset="https://{p.host}/media/{_slug(p)}/hero-640.jpg 640w, https://{p.host}/media/{_slug(p)}/hero-1024.jpg 1024w" alt="{escape(p.title)}" width="1024" height="576" loading="eager">{capt}</figure>'


def _share(p: Page, cls: str) -> str:
    u = UI[p.lang]
    return f'<div class="{cls}"><span class="{cls}__label">{_e(u["share"])}</span><a class="{cls}__fb" href="https://www.facebook.com/sharer/sharer.php?u={escape(p.url)}" aria-label="Facebook">Facebook</a><a class="{cls}__x" href="https://twitter.com/intent/tweet?url={escape(p.url)}" aria-label="X">X</a><a class="{cls}__wa" href="https://wa.me/?text={escape(p.url)}" aria-label="WhatsApp">WhatsApp</a><a class="{cls}__mail" href="mailto:?subject={escape(p.title)}" aria-label="Email">Email</a></div>'


def _rel_list(p: Page, cls: str, title: str) -> str:
    items = "".join(f'<li class="{cls}__item"><a href="https://{p.host}/{i + 1}-{_h(t) % 99999}">{_e(t)}</a></li>' for i, t in enumerate(p.related))
    return f'<section class="{cls}"><h2 class="{cls}__title">{_e(title)}</h2><ul class="{cls}__list">{items}</ul></section>'


# ---------------------------------------------------------------- sports portal with live scores
def _scores(p: Page) -> str:
    u = UI[p.lang]
    nav = "".join(f'<li><a href="/{i}">{_e(s)}</a></li>' for i, s in enumerate(SPORTS[p.lang]))
    teams = TEAMS[p.lang]
    k = _h(p.host)
    matches = []
    for i, (a, b) in enumerate(teams):
        ga, gb = (k >> (i * 3)) % 4, (k >> (i * 3 + 2)) % 3
        state = f'<span class="ls-min">{(k >> i) % 80 + 5}\'</span>' if i % 2 == 0 else f'<span class="ls-ft">{_e(u["ft"])}</span>'
        matches.append(f'<li class="ls-match{" ls-match--live" if i % 2 == 0 else ""}" data-match-id="{(k >> i) % 9000000 + 1000000}"><span class="ls-team">{_e(a)}</span><span class="ls-score">{ga} - {gb}</span><span class="ls-team">{_e(b)}</span>{state}</li>')
    rows = "".join(f"<tr><td>{i + 1}</td><td>{_e(t)}</td><td>{22 - i}</td><td>{48 - 3 * i - (k >> i) % 3}</td></tr>" for i, t in enumerate([x for pair in teams for x in pair][:6]))
    css = "body{font-family:Roboto,Arial,sans-serif;margin:0;background:#f2f3f5}.sp-top{background:#0b2545;color:#fff;display:flex;gap:24px;padding:8px 16px}.ls-ticker{background:#13315c;color:#fff;font-size:13px;overflow:auto}.ls-match{display:inline-flex;gap:6px;padding:6px 12px}.ls-match--live .ls-min{color:#e63946}.sp-story{background:#fff;max-width:760px;margin:16px auto;padding:20px}.sp-via{font-size:14px;color:#555}.sp-credit-top{color:#444}.sp-table table{width:100%}"
    story_top = _lines(p, "top", "p", "sp-credit-top", "em")
    byline_credit = (" <span class=\"sp-meta__sep\">|</span> " + " ".join(f'<span class="sp-meta__origin">{_line(p, ln)}</span>' for ln in p.lines)) if p.slot == "byline" else ""
    return _head(p, css, "NewsArticle") + f"""<body class="sp-article sp-article--{_e(p.section.lower().replace(' ', '-'))}">
{_cmp(p, 'consent-banner')}<header class="sp-top"><a class="sp-logo" href="/">{_e(p.name)}</a><nav class="sp-nav"><ul>{nav}</ul></nav><form class="sp-search" action="/search"><input type="search" placeholder="{_e(u['search'])}"></form></header>
<div class="ls-ticker" data-widget="livescores" data-refresh="30"><span class="ls-ticker__label">{_e(u['live'])}</span><ul class="ls-list">{''.join(matches)}</ul><small class="ls-provider">Live data: Stats Perform</small></div>
<main class="sp-main">
<nav class="sp-breadcrumbs" aria-label="breadcrumb"><a href="/">{_e(u['home'])}</a> › <a href="/{_e(SPORTS[p.lang][0].lower())}">{_e(SPORTS[p.lang][0])}</a> › <span>{_e(p.section)}</span></nav>
<article class="sp-story" data-article-id="{_h(p.url) % 10**7}">
<span class="sp-kicker">{_e(p.section)}</span>
<h1 class="sp-headline">{_e(p.title)}</h1>
<div class="sp-meta"><span class="sp-meta__author">{_e(u['by'])} {_e(p.author)}</span> <span class="sp-meta__sep">|</span> <time datetime="2027-02-14T{p.time}">{_e(p.date)}, {p.time}</time>{byline_credit}</div>
{story_top}
{_figure(p, 'sp-hero')}
<div class="sp-body">
{_paras(p, '', 2, _ad('sp_inarticle_1', u['ad']), 3, _mid(p, 'sp-inline-credit', 'strong'))}
</div>
{_lines(p, 'end', 'p', 'sp-via')}
{_lines(p, 'box', 'div', 'sp-sourcebox')}
<div class="sp-tags"><span>{_e(u['tags'])}:</span> {''.join(f'<a class="sp-tag" href="/tag/{i}">{_e(t)}</a> ' for i, t in enumerate(p.tags))}</div>
{_share(p, 'sp-share')}
{_lines(p, 'footer', 'div', 'sp-article-foot')}
</article>
<aside class="sp-aside">{_rel_list(p, 'sp-related', u['related'])}
{_lines(p, 'related', 'p', 'sp-source-after')}
<section class="sp-table"><h2>{_e(u['table'])}</h2><table><thead><tr><th>#</th><th></th><th>P</th><th>Pts</th></tr></thead><tbody>{rows}</tbody></table></section></aside>
</main>
<footer class="sp-footer"><ul><li><a href="/about">{_e(u['about'])}</a></li><li><a href="/privacy">{_e(u['privacy'])}</a></li><li><a href="/terms">{_e(u['terms'])}</a></li><li><a href="/contact">{_e(u['contact'])}</a></li></ul><p>© 2027 {_e(p.name)}</p></footer>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.lsConfig={{"provider":"statsperform","locale":"{p.lang}","refresh":30}};</script>
</body>
</html>
"""


# ---------------------------------------------------------------- celebrity and entertainment portal
def _celeb(p: Page) -> str:
    u = UI[p.lang]
    nav = ["Celebrity", "TV", "Movies", "Music", "Royals", "Style", "Video"]
    trending = [*p.related, p.section]
    css = ".ce-header{background:#111;color:#fff}.ce-nav a{color:#ff2e88;text-transform:uppercase}.ce-article{max-width:700px;margin:auto;font-family:Georgia,serif}.ce-dek{font-size:20px;color:#555}.ce-intro-credit{font-style:italic}.ce-byline{font:13px Helvetica,Arial,sans-serif;color:#666}.instagram-media{border:1px solid #dbdbdb;border-radius:3px;max-width:540px}"
    insta = f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{_slug(p)}/" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/C{_slug(p)}/" target="_blank">View this post on Instagram</a></div><p><a href="https://www.instagram.com/p/C{_slug(p)}/">A post shared by {_e(p.extra.get("insta", "@" + p.name.lower().replace(" ", "")))}</a></p></blockquote><script async src="//www.instagram.com/embed.js"></script>'
    byline_credit = "".join(f' <span class="ce-byline__dot">·</span> <span class="ce-byline__origin">{_line(p, ln)}</span>' for ln in p.lines) if p.slot == "byline" else ""
    readmore = "".join(f'<p class="ce-readmore"><strong>{_e(u["readmore"])}:</strong> <a href="https://{p.host}/{_h(t) % 99999}">{_e(t)}</a></p>' for t in p.related[:1])
    return _head(p, css, "NewsArticle") + f"""<body class="ce-site ce-article-page">
{_cmp(p, 'ot-banner')}<header class="ce-header"><div class="ce-header__inner"><a class="ce-logo" href="/">{_e(p.name)}</a><nav class="ce-nav">{''.join(f'<a href="/{n.lower()}">{n}</a>' for n in nav)}</nav><button class="ce-newsletter-btn">{_e(u['subscribe'])}</button></div>
<div class="ce-trending"><span>{_e(u['trending'])}:</span> {''.join(f'<a href="/t/{i}">{_e(t)}</a> ' for i, t in enumerate(trending[:3]))}</div></header>
<main><article class="ce-article">
<div class="ce-article__eyebrow"><a href="/{_e(p.section.lower())}">{_e(p.section)}</a></div>
<h1 class="ce-article__title">{_e(p.title)}</h1>
{f'<p class="ce-dek">{_e(p.dek)}</p>' if p.dek else ''}
<div class="ce-byline"><span class="ce-byline__author">{_e(u['by'])} <a href="/author/{_h(p.author) % 999}">{_e(p.author)}</a></span> <span class="ce-byline__dot">·</span> <time datetime="2027-02-14T{p.time}">{_e(p.date)}</time> <span class="ce-byline__dot">·</span> <span class="ce-byline__read">{4 + len(p.paras) // 3} {_e(u['readtime'])}</span>{byline_credit}</div>
{_lines(p, 'top', 'p', 'ce-intro-credit', 'i')}
{_figure(p, 'ce-lead-image', '(Photo: Getty)')}
<div class="ce-article__body">
{_paras(p, 'ce-p', 3, insta, 5, _mid(p, 'ce-inline-note', 'em'), readmore)}
</div>
{_lines(p, 'end', 'p', 'ce-article__source')}
{_lines(p, 'box', 'div', 'ce-source-box')}
{_share(p, 'ce-social')}
{_lines(p, 'footer', 'p', 'ce-article__footer-note')}
</article>
<aside class="ce-more">{_rel_list(p, 'ce-related', u['youmay'])}{_lines(p, 'related', 'p', 'ce-related-credit')}</aside>
<section class="ce-newsletter"><h3>{_e(u['newsletter'])}</h3><form><input type="email" placeholder="{_e(u['email'])}"><button>{_e(u['subscribe'])}</button></form></section>
</main>
<footer class="ce-footer"><nav><a href="/about">{_e(u['about'])}</a> <a href="/privacy">{_e(u['privacy'])}</a> <a href="/terms">{_e(u['terms'])}</a></nav><p>© 2027 {_e(p.name)}. All rights reserved.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- lifestyle / recipe / travel blog (WordPress)
def _lifeblog(p: Page) -> str:
    u = UI[p.lang]
    css = ".site-header{text-align:center;font-family:'Playfair Display',serif}.entry-content{font:17px/1.7 Lato,sans-serif;max-width:680px;margin:auto}.affiliate-disclosure{font-size:13px;font-style:italic;background:#faf6f0;padding:8px}.jp-relatedposts-items{display:flex;gap:12px}.post-source{font-size:14px}.pin-it-button{position:absolute}"
    nav = ["Recipes", "Travel", "Cornwall", "Home & Garden", "Shop", "About"] if p.lang == "en" else [p.section, u["about"], u["contact"]]
    rel = "".join(f'<div class="jp-relatedposts-post jp-relatedposts-post{i}"><a class="jp-relatedposts-post-a" href="https://{p.host}/{_h(t) % 99999}/"><img src="https://{p.host}/wp-content/uploads/2027/01/rel-{i}.jpg" alt=""></a><h4 class="jp-relatedposts-post-title"><a href="https://{p.host}/{_h(t) % 99999}/">{_e(t)}</a></h4><p class="jp-relatedposts-post-date">{_e(p.date)}</p></div>' for i, t in enumerate(p.related))
    pos = "<div class=\"entry-top-credit\">" + _lines(p, "top", "p", "", "em") + "</div>" if p.slot == "top" else ""
    return _head(p, css, "BlogPosting", '<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.7" media="all">\n') + f"""<body class="post-template-default single single-post postid-{_h(p.url) % 90000} single-format-standard wp-custom-logo">
{_cmp(p, 'cky-consent-bar')}<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{_e(p.name)}</a></p><p class="site-description">{_e(p.extra.get('tagline', ''))}</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{''.join(f'<li class="menu-item"><a href="/{i}">{_e(n)}</a></li>' for i, n in enumerate(nav))}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-{_h(p.url) % 90000}" class="post type-post status-publish format-standard has-post-thumbnail category-{_e(p.section.lower().replace(' ', '-'))}">
<header class="entry-header"><span class="cat-links"><a href="/category/{_h(p.section) % 99}/" rel="category tag">{_e(p.section)}</a></span><h1 class="entry-title">{_e(p.title)}</h1>
<div class="entry-meta"><span class="posted-on">{_e(u['posted'])} <time class="entry-date published" datetime="2027-02-14T{p.time}:00+00:00">{_e(p.date)}</time></span> <span class="byline">{_e(u['by'])} <span class="author vcard"><a class="url fn n" href="/author/{_h(p.author) % 99}/">{_e(p.author)}</a></span></span> <span class="comments-link"><a href="#comments">{(_h(p.url) % 9) + 1} {_e(u['comments'])}</a></span></div></header>
{pos}
<div class="entry-content">
{f'<p class="affiliate-disclosure">{_e(p.extra["disclosure"])}</p>' if p.extra.get('disclosure') else ''}
{_figure(p, 'wp-block-image size-large', '')}
{_paras(p, '', 3, _ad('wp_content_1', u['ad']), 4, _mid(p, 'has-small-font-size', 'em'))}
{_lines(p, 'end', 'p', 'post-source')}
{_lines(p, 'box', 'div', 'wp-block-group source-box')}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{_e(u['share'])}:</h3><ul><li class="share-facebook"><a href="#">Facebook</a></li><li class="share-pinterest"><a href="#">Pinterest</a></li><li class="share-email"><a href="#">Email</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{_e(u['youmay'])}</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">{rel}</div></div>
{_lines(p, 'related', 'p', 'post-source post-source--after-related')}
</div>
<footer class="entry-footer"><span class="tags-links">{_e(u['tags'])}: {', '.join(f'<a href="/tag/{i}/" rel="tag">{_e(t)}</a>' for i, t in enumerate(p.tags))}</span>{_lines(p, 'footer', 'p', 'entry-footer-credit')}</footer>
</article>
<div class="author-box"><img src="/wp-content/uploads/author.jpg" alt=""><p>{_e(p.extra.get('authorbox', p.author))}</p></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{_e(u['leave'])}</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea id="comment" name="comment" cols="45" rows="8"></textarea><input name="submit" type="submit" id="submit" class="submit" value="{_e(u['reply'])}"></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_text"><div class="textwidget"><p>{_e(p.extra.get('sidebar', ''))}</p></div></section><section class="widget widget_search"><form role="search" class="search-form"><input type="search" class="search-field" placeholder="{_e(u['search'])}"></form></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Copyright © 2027 {_e(p.name)} · <a href="/privacy-policy/">{_e(u['privacy'])}</a></div></footer>
</div>
<script src="/wp-content/plugins/jetpack/_inc/build/related-posts/related-posts.min.js?ver=20240116" id="jetpack_related-posts-js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------- health news site
def _health(p: Page) -> str:
    u = UI[p.lang]
    css = ".hn-topbar{background:#e8f4f8}.hn-article{max-width:720px;margin:auto;font:18px/1.6 'Source Sans Pro',sans-serif}.hn-review{background:#f5faf5;border-left:3px solid #3a7d44;padding:6px 10px;font-size:14px}.hn-republish{border:1px solid #c9d6df;background:#f7fbfd;padding:12px;font-size:15px}.hn-disclaimer{font-size:12px;color:#777}"
    nav = ["Conditions A-Z", "Drugs & Supplements", "Healthy Living", "Family Health", "Health News", "Find a Doctor"] if p.lang == "en" else [p.section, u["mostread"], u["contact"]]
    review = p.extra.get("review", "")
    box = ""
    if p.slot == "box":
        box = f'<aside class="hn-republish" aria-label="source"><img class="hn-republish__logo" src="https://{p.host}/partners/{_h(p.logo) % 999}.svg" alt="{escape(p.logo)}" width="120" height="32">' + "".join(f'<p class="hn-republish__text">{_line(p, ln)}</p>' for ln in p.lines) + "</aside>"
    return _head(p, css, "MedicalWebPage") + f"""<body class="hn hn-news-article">
{_cmp(p, 'hn-consent')}<div class="hn-topbar"><a href="/symptom-checker">Symptom Checker</a> <a href="/newsletters">{_e(u['newsletter'])}</a></div>
<header class="hn-header"><a class="hn-logo" href="/"><img src="/static/logo.svg" alt="{escape(p.name)}"></a><nav class="hn-nav">{''.join(f'<a href="/{i}">{_e(n)}</a>' for i, n in enumerate(nav))}</nav><form class="hn-search"><input type="search" placeholder="{_e(u['search'])}"></form></header>
<main><article class="hn-article">
<nav class="hn-crumbs"><a href="/">{_e(u['home'])}</a> / <a href="/news">{_e(p.section)}</a></nav>
<h1>{_e(p.title)}</h1>
<div class="hn-meta"><span class="hn-author">{_e(p.author)}</span> <time datetime="2027-02-14">{_e(p.date)}</time>{''.join(f' <span class="hn-meta__origin">{_line(p, ln)}</span>' for ln in p.lines) if p.slot == 'byline' else ''}</div>
{f'<p class="hn-review">{_e(review)}</p>' if review else ''}
{_lines(p, 'top', 'p', 'hn-top-note', 'em')}
{_figure(p, 'hn-figure')}
<div class="hn-body">
{_paras(p, '', 3, _ad('hn_mid', u['ad']), 3, _mid(p, 'hn-inline', 'em'))}
</div>
{_lines(p, 'end', 'p', 'hn-source')}
{box}
<p class="hn-disclaimer">{_e(p.extra.get('disclaimer', ''))}</p>
{_share(p, 'hn-share')}
{_lines(p, 'footer', 'div', 'hn-article-footer')}
</article>
<aside>{_rel_list(p, 'hn-related', u['related'])}{_lines(p, 'related', 'p', 'hn-after-related')}</aside></main>
<footer class="hn-footer"><p>© 2027 {_e(p.name)}. {_e(p.extra.get('footer', ''))}</p><nav><a href="/privacy">{_e(u['privacy'])}</a> <a href="/terms">{_e(u['terms'])}</a> <a href="/advertise">Advertising policy</a></nav></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- science news aggregator
def _sciwire(p: Page) -> str:
    u = UI[p.lang]
    topics = {"en": ["Physics", "Earth", "Astronomy & Space", "Chemistry", "Biology", "Nanotechnology", "Other Sciences"], "de": ["Physik", "Erde", "Weltraum", "Chemie", "Biologie", "Medizin", "Technik"], "es": ["Física", "Tierra", "Espacio", "Química", "Biología", "Salud", "Tecnología"], "sv": ["Fysik", "Jorden", "Rymden", "Kemi", "Biologi", "Medicin", "Teknik"]}.get(p.lang, [p.section])
    css = ".sw-header{border-bottom:3px solid #2b6cb0}.sw-article{max-width:740px;margin:auto;font:17px/1.65 'Open Sans',sans-serif}.sw-byline{color:#2b6cb0}.sw-moreinfo{font-size:14px;background:#f4f7fa;padding:10px}.sw-provided{font-weight:600}.sw-citation{font-size:12px;color:#666;border-top:1px solid #ddd}"
    more = p.extra.get("moreinfo", "")
    cite = p.extra.get("citation", "")
    box = ""
    if p.slot == "box":
        box = f'<div class="sw-provider"><img src="https://{p.host}/logos/{_h(p.logo) % 9999}.png" alt="{escape(p.logo)}" width="90">' + "".join(f'<p class="sw-provided">{_line(p, ln)}</p>' for ln in p.lines) + "</div>"
    return _head(p, css, "NewsArticle") + f"""<body class="sw sw-news">
<header class="sw-header"><a class="sw-logo" href="/">{_e(p.name)}</a><nav class="sw-topics">{''.join(f'<a href="/{i}/">{_e(t)}</a>' for i, t in enumerate(topics))}</nav><a class="sw-login" href="/account">Sign in</a></header>
<main><article class="sw-article">
<div class="sw-crumbs"><a href="/">{_e(u['home'])}</a> <span>/</span> <a href="/{_e(p.section.lower())}">{_e(p.section)}</a></div>
<time class="sw-date" datetime="2027-02-14">{_e(p.date)}</time>
<h1 class="sw-title">{_e(p.title)}</h1>
<p class="sw-byline">{_e(p.extra.get('byprefix', 'by'))} {_e(p.author)}{''.join(f' <span class="sw-byline__origin">{_line(p, ln)}</span>' for ln in p.lines) if p.slot == 'byline' else ''}</p>
{_lines(p, 'top', 'p', 'sw-top-note', 'i')}
{_figure(p, 'sw-figure')}
<div class="sw-body" itemprop="articleBody">
{_paras(p, '', 4, _ad('sw_incontent', u['ad']), 4, _mid(p, 'sw-inline-note', 'i'))}
</div>
{f'<div class="sw-moreinfo"><p>{_e(more)}</p></div>' if more else ''}
{_lines(p, 'end', 'p', 'sw-provided')}
{box}
{f'<p class="sw-citation">{_e(cite)}</p>' if cite else ''}
{_lines(p, 'footer', 'p', 'sw-article-end')}
{_share(p, 'sw-share')}
</article>
<aside class="sw-explore">{_rel_list(p, 'sw-related', p.extra.get('explore', u['related']))}{_lines(p, 'related', 'p', 'sw-related-note')}</aside>
<section class="sw-feedback"><h3>{_e(p.extra.get('feedback', u['contact']))}</h3></section>
</main>
<footer class="sw-footer"><p>© 2027 {_e(p.name)}</p><a href="/privacy">{_e(u['privacy'])}</a> <a href="/terms">{_e(u['terms'])}</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- gaming and tech site
def _gamedesk(p: Page) -> str:
    u = UI[p.lang]
    plats = ["PS5", "Xbox", "Switch 2", "PC", "Mobile", "Hardware", "Deals"]
    css = ".gd-header{background:#1a1a2e;color:#eee}.gd-article{max-width:800px;margin:auto;font:18px/1.6 Inter,sans-serif}.gd-source{font-size:15px;border-top:1px solid #333;padding-top:8px}.gd-video{aspect-ratio:16/9;background:#000}.gd-cards{display:grid;grid-template-columns:repeat(3,1fr)}"
    cards = "".join(f'<a class="gd-card" href="https://{p.host}/news/{_h(t) % 999999}"><img src="https://{p.host}/img/{i}.webp" alt=""><span class="gd-card__title">{_e(t)}</span></a>' for i, t in enumerate(p.related))
    return _head(p, css, "NewsArticle") + f"""<body class="gd gd-article-page">
<header class="gd-header"><a class="gd-logo" href="/">{_e(p.name)}</a><nav class="gd-platforms">{''.join(f'<a href="/{x.lower().replace(" ", "-")}">{x}</a>' for x in plats)}</nav><button class="gd-theme-toggle" aria-label="Dark mode"></button></header>
{_cmp(p, 'gd-cookie')}<main><article class="gd-article">
<div class="gd-labels"><span class="gd-label gd-label--news">{_e(p.section)}</span></div>
<h1 class="gd-title">{_e(p.title)}</h1>
<div class="gd-meta"><span class="gd-author">{_e(u['by'])} <a href="/author/{_h(p.author) % 999}">{_e(p.author)}</a></span> <time datetime="2027-02-14T{p.time}">{_e(p.date)} {p.time}</time> <a class="gd-comments-count" href="#comments">{_h(p.url) % 140 + 3} {_e(u['comments'])}</a>{''.join(f' <span class="gd-meta__origin">{_line(p, ln)}</span>' for ln in p.lines) if p.slot == 'byline' else ''}</div>
{_lines(p, 'top', 'p', 'gd-top-credit', 'em')}
{_figure(p, 'gd-hero')}
<div class="gd-body">
{_paras(p, '', 3, f'<div class="gd-video"><iframe src="https://www.youtube-nocookie.com/embed/{_slug(p)[:11]}" title="Trailer" allowfullscreen></iframe></div>', 4, _mid(p, 'gd-inline', 'em'))}
</div>
{_lines(p, 'end', 'p', 'gd-source')}
{_lines(p, 'box', 'div', 'gd-sourcebox')}
<div class="gd-tags">{''.join(f'<a class="gd-tag" href="/tag/{i}">{_e(t)}</a>' for i, t in enumerate(p.tags))}</div>
{_share(p, 'gd-share')}
{_lines(p, 'footer', 'p', 'gd-article-foot')}
</article>
<section class="gd-more"><h2>{_e(u['related'])}</h2><div class="gd-cards">{cards}</div></section>
{_lines(p, 'related', 'p', 'gd-source gd-source--after')}
<section id="comments" class="gd-comments"><div id="disqus_thread"></div><noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript></section>
</main>
<footer class="gd-footer"><p>© 2027 {_e(p.name)}. {_e(p.extra.get('footer', ''))}</p></footer>
<script>var disqus_config=function(){{this.page.url="{p.url}";this.page.identifier="{_slug(p)}";}};</script>
</body>
</html>
"""


# ---------------------------------------------------------------- glossy magazine
def _magazine(p: Page) -> str:
    u = UI[p.lang]
    css = ".mg-masthead{font-family:Didot,serif;font-size:44px;text-align:center}.mg-article{max-width:660px;margin:auto;font:19px/1.7 Georgia,serif}.mg-byline{font:12px/1.4 Helvetica,sans-serif;text-transform:uppercase;letter-spacing:.08em}.mg-pullquote{font-size:26px;border-top:2px solid;border-bottom:2px solid}.mg-origin-note{font-style:italic}"
    quote = p.extra.get("pullquote", "")
    pq = f'<blockquote class="mg-pullquote"><p>{_e(quote)}</p></blockquote>' if quote else ""
    byl = "".join(f'<span class="mg-byline__sep">|</span><span class="mg-byline__origin">{_line(p, ln)}</span>' for ln in p.lines) if p.slot == "byline" else ""
    return _head(p, css, "Article") + f"""<body class="mg mg-story">
{_cmp(p, 'sp-message')}<div class="mg-paywall-bar">{_e(p.extra.get('paywall', ''))}</div>
<header><div class="mg-masthead"><a href="/">{_e(p.name)}</a></div><nav class="mg-nav">{''.join(f'<a href="/{i}">{_e(n)}</a>' for i, n in enumerate(p.extra.get('nav', p.section).split('|')))}</nav></header>
<main><article class="mg-article">
<p class="mg-rubric">{_e(p.section)}</p>
<h1 class="mg-hed">{_e(p.title)}</h1>
{f'<p class="mg-dek">{_e(p.dek)}</p>' if p.dek else ''}
<div class="mg-byline"><span class="mg-byline__author">{_e(u['by'])} {_e(p.author)}</span><span class="mg-byline__sep">|</span><time datetime="2027-02-14">{_e(p.date)}</time>{byl}</div>
{_lines(p, 'top', 'p', 'mg-origin-note', 'em')}
{_figure(p, 'mg-lead')}
<div class="mg-body">
{_paras(p, 'mg-p', 3, pq, 5, _mid(p, 'mg-origin-note', 'em'))}
</div>
{_lines(p, 'end', 'p', 'mg-endnote')}
{_lines(p, 'box', 'div', 'mg-source-card')}
{_lines(p, 'footer', 'p', 'mg-article-footer')}
<div class="mg-tags">{''.join(f'<a href="/tag/{i}">{_e(t)}</a> ' for i, t in enumerate(p.tags))}</div>
</article>
<section class="mg-recirc">{_rel_list(p, 'mg-more', u['more'] + ' ' + p.name)}{_lines(p, 'related', 'p', 'mg-recirc-note')}</section>
<section class="mg-newsletter"><p>{_e(u['newsletter'])}</p><input type="email" placeholder="{_e(u['email'])}"><button>{_e(u['subscribe'])}</button></section>
</main>
<footer class="mg-footer"><p>© 2027 {_e(p.name)}. {_e(p.extra.get('footer', ''))}</p><a href="/privacy">{_e(u['privacy'])}</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- European news portal, section page
def _portal(p: Page) -> str:
    u = UI[p.lang]
    css = ".pt-topbar{font-size:12px;background:#f0f0f0}.pt-logo{font:700 36px 'Merriweather',serif}.pt-article{max-width:740px;margin:auto}.pt-source{display:flex;align-items:center;gap:8px;border:1px solid #e2e2e2;padding:8px 12px;font-size:14px}.pt-source img{height:24px}.pt-inline-rel{border-left:4px solid #c00;padding-left:8px}"
    box = ""
    if p.slot == "box":
        parts = []
        for ln in p.lines:
            label, sep, value = ln.partition(": ")
            if sep:
                parts.append(f'<span class="pt-source__label">{_e(label)}:</span> <span class="pt-source__name">{_line(p, value) if p.link and p.link[0] in value else _e(value)}</span>')
            else:
                parts.append(f'<span class="pt-source__name">{_line(p, ln)}</span>')
        box = f'<div class="pt-source"><img src="https://{p.host}/img/fuentes/{_h(p.logo) % 9999}.png" alt="{escape(p.logo)}">' + " ".join(parts) + "</div>"
    pos_top = p.extra.get("boxpos", "end") == "top"
    inline = f'<p class="pt-inline-rel"><strong>{_e(u["readmore"])}:</strong> <a href="https://{p.host}/{_h(p.related[0]) % 999999}.html">{_e(p.related[0])}</a></p>' if p.related else ""
    return _head(p, css, "NewsArticle") + f"""<body class="pt pt-noticia">
{_cmp(p, 'didomi-notice')}<div class="pt-topbar"><span class="pt-topbar__date">{_e(p.date)}</span> <span class="pt-topbar__weather">{_e(p.extra.get('weather', ''))}</span> <a href="/suscripcion">{_e(u['subscribe'])}</a></div>
<header class="pt-header"><a class="pt-logo" href="/">{_e(p.name)}</a><nav class="pt-menu">{''.join(f'<a href="/{i}">{_e(n)}</a>' for i, n in enumerate(p.extra.get('menu', p.section).split('|')))}</nav></header>
<main><article class="pt-article">
<nav class="pt-breadcrumb"><a href="/">{_e(u['home'])}</a> &gt; <a href="/{_h(p.section) % 999}">{_e(p.section)}</a></nav>
<h1 class="pt-title">{_e(p.title)}</h1>
{f'<h2 class="pt-subtitle">{_e(p.dek)}</h2>' if p.dek else ''}
<div class="pt-meta"><span class="pt-author">{_e(u['by'])} {_e(p.author)}</span> <time datetime="2027-02-14T{p.time}">{_e(p.date)} - {p.time}</time> <span class="pt-readtime">{3 + len(p.paras) // 3} {_e(u['readtime'])}</span>{''.join(f' <span class="pt-meta__origin">{_line(p, ln)}</span>' for ln in p.lines) if p.slot == 'byline' else ''}</div>
{box if pos_top else ''}
{_lines(p, 'top', 'p', 'pt-entradilla-credit', 'em')}
{_share(p, 'pt-share')}
{_figure(p, 'pt-foto')}
<div class="pt-cuerpo">
{_paras(p, '', 3, _ad('pt_robapaginas_1', u['ad']), 4, _mid(p, 'pt-inline-credit', 'strong'), inline)}
</div>
{'' if pos_top else box}
{_lines(p, 'end', 'p', 'pt-firma')}
<div class="pt-tags"><span>{_e(u['tags'])}:</span> {''.join(f'<a href="/tag/{i}">{_e(t)}</a> ' for i, t in enumerate(p.tags))}</div>
{_lines(p, 'footer', 'div', 'pt-pie')}
</article>
<aside class="pt-aside">{_rel_list(p, 'pt-relacionadas', u['related'])}{_lines(p, 'related', 'p', 'pt-after-related')}
<section class="pt-mostread"><h3>{_e(u['mostread'])}</h3></section></aside>
<section class="pt-comments"><h3>{_e(u['comments'])} ({_h(p.url) % 40})</h3><p><a href="/login">{_e(u['leave'])}</a></p></section>
</main>
<footer class="pt-footer"><p>© 2027 {_e(p.name)} — {_e(p.extra.get('footer', ''))}</p><nav><a href="/aviso-legal">{_e(u['terms'])}</a> <a href="/privacidad">{_e(u['privacy'])}</a> <a href="/contacto">{_e(u['contact'])}</a></nav></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- regional paper's section page
def _regional(p: Page) -> str:
    u = UI[p.lang]
    css = ".rg-masthead{background:#fff;border-bottom:4px solid #d6001c}.rg-article{max-width:700px;margin:auto;font:18px/1.55 'Libre Franklin',sans-serif}.rg-newsletter-inline{background:#fdf2f3;padding:10px}.rg-footer-row{display:flex;justify-content:space-between;font-size:13px;color:#555;border-top:1px solid #ddd;padding-top:6px}"
    nl_inline = f'<div class="rg-newsletter-inline"><p><strong>{_e(p.extra.get("nlhook", u["newsletter"]))}</strong></p><form><input type="email" placeholder="{_e(u["email"])}"><button>{_e(u["subscribe"])}</button></form></div>'
    navs = p.extra.get("nav", "News|Sport|What's On|Business|Opinion|Obituaries").split("|")
    nav = "".join(f'<a href="/{i}">{_e(n)}</a>' for i, n in enumerate(navs))
    foot_row = ""
    if p.slot == "footer":
        foot_row = '<div class="rg-footer-row">' + " ".join(f"<span>{_line(p, ln)}</span>" for ln in p.lines) + f' <span class="rg-footer-row__report"><a href="/corrections">{_e(p.extra.get("correction", "Report a correction"))}</a></span></div>'
    return _head(p, css, "NewsArticle") + f"""<body class="rg rg-article-page rg-section-{_h(p.section) % 99}">
{_cmp(p, 'qc-cmp2-container')}<header class="rg-masthead"><a class="rg-logo" href="/">{_e(p.name)}</a><nav class="rg-nav">{nav}</nav><a class="rg-eedition" href="/e-edition">e-Edition</a></header>
<main><article class="rg-article">
<p class="rg-section-label"><a href="/{_h(p.section) % 999}">{_e(p.section)}</a></p>
<h1>{_e(p.title)}</h1>
<div class="rg-byline"><span class="rg-author">{_e(p.author)}</span> <time datetime="2027-02-14T{p.time}">{_e(p.date)}</time>{''.join(f' <span class="rg-byline__origin">{_line(p, ln)}</span>' for ln in p.lines) if p.slot == 'byline' else ''}</div>
{_lines(p, 'top', 'p', 'rg-standfirst-credit', 'em')}
{_figure(p, 'rg-lead')}
<div class="rg-body">
{_paras(p, '', 3, nl_inline, 5, _mid(p, 'rg-inline', 'em'))}
</div>
{_lines(p, 'end', 'p', 'rg-endcredit')}
{_lines(p, 'box', 'div', 'rg-sourcebox')}
{foot_row}
{_share(p, 'rg-share')}
<section class="rg-comments"><button>{_e(u['comments'])}</button></section>
</article>
<aside>{_rel_list(p, 'rg-mostread', u['mostread'])}{_lines(p, 'related', 'p', 'rg-after-mostread')}</aside>
</main>
<footer class="rg-footer"><p>{_e(p.extra.get('footer', '© 2027 ' + p.name))}</p><nav><a href="/privacy">{_e(u['privacy'])}</a> <a href="/terms">{_e(u['terms'])}</a> <a href="/contact">{_e(u['contact'])}</a></nav></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- supporters' blog (Blogger)
def _fanzine(p: Page) -> str:
    u = UI[p.lang]
    css = "body{background:#eee;font:15px Arial,sans-serif}.outer-wrapper{max-width:900px;margin:auto;background:#fff}.post-title{font-size:24px}.post-footer{font-size:12px;color:#666}.via-line{font-size:13px}"
    comments = "".join(f'<li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user">{_e(n)}</cite> <span class="datetime">{_e(p.date)} {h}</span></div><p class="comment-content">{_e(t)}</p></div></li>' for n, h, t in p.extra.get("comments", []))
    archive = "".join(f'<li><a href="/{y}/">{y}</a> ({n})</li>' for y, n in (("2027", 23), ("2026", 211), ("2025", 187)))
    return _head(p, css, "BlogPosting") + f"""<body class="variant-simple">
<div class="outer-wrapper"><header class="header-outer"><div class="header"><h1 class="title"><a href="https://{p.host}/">{_e(p.name)}</a></h1><p class="description">{_e(p.extra.get('tagline', ''))}</p></div></header>
<div class="main-outer"><div class="main" id="main"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{_e(p.date)}</span></h2>
<div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">
<h3 class="post-title entry-title">{_e(p.title)}</h3>
{_lines(p, 'top', 'p', 'via-line via-line--top', 'i')}
<div class="post-header"><div class="post-header-line-1">{''.join(f'<span class="via-line">{_line(p, ln)}</span>' for ln in p.lines) if p.slot == 'byline' else ''}</div></div>
<div class="post-body entry-content" id="post-body-{_h(p.url) % 10**12}">
{_figure(p, 'separator')}
{_paras(p, '', 99, '', 3, _mid(p, 'via-line', 'i'))}
{_lines(p, 'end', 'p', 'via-line')}
{_lines(p, 'box', 'div', 'via-box')}
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">{_e(u['posted'])} <span class="fn">{_e(p.author)}</span></span> <span class="post-timestamp"><a class="timestamp-link" href="{escape(p.url)}">{p.time}</a></span> <span class="post-comment-link"><a href="#comments">{len(p.extra.get('comments', []))} {_e(u['comments'])}</a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: {', '.join(f'<a href="/search/label/{i}" rel="tag">{_e(t)}</a>' for i, t in enumerate(p.tags))}</span></div>{_lines(p, 'footer', 'div', 'post-footer-line post-footer-line-3')}</div>
</div></div>
<div class="comments" id="comments"><h4>{len(p.extra.get('comments', []))} {_e(u['comments'])}:</h4><ol id="comment-holder">{comments}</ol><p class="comment-footer"><a href="#">Post a Comment</a></p></div>
<div class="blog-pager"><a class="blog-pager-older-link" href="/">Older Post</a> <a class="home-link" href="/">{_e(u['home'])}</a></div>
</div></div>
<aside class="sidebar"><div class="widget PopularPosts"><h2>{_e(u['mostread'])}</h2><ul>{''.join(f'<li><a href="/p/{_h(t) % 99999}.html">{_e(t)}</a></li>' for t in p.related)}</ul></div>{_lines(p, 'related', 'p', 'via-line via-line--sidebar')}
<div class="widget BlogArchive"><h2>Blog Archive</h2><ul>{archive}</ul></div></aside></div>
<footer class="footer-outer"><div class="widget Attribution"><p>Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</p></div></footer></div>
</body>
</html>
"""


TEMPLATES = {
    "scores": _scores,
    "celeb": _celeb,
    "lifeblog": _lifeblog,
    "health": _health,
    "sciwire": _sciwire,
    "gamedesk": _gamedesk,
    "magazine": _magazine,
    "portal": _portal,
    "regional": _regional,
    "fanzine": _fanzine,
}


def render_page(p: Page) -> str:
    return TEMPLATES[p.fam](p)

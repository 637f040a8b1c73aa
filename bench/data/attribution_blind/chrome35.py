# ruff: noqa: E501, RUF001  (prose and markup: one paragraph or element a line, typographic quotes and dashes as the languages and platforms write them)
"""Page templates of the thirty-fifth blind set: blogging and community publishing platforms.

Written for this set from the markup the platforms emit (WordPress.com themes with Jetpack's
sharing, likes and related-posts blocks; Tumblr themes with reblog trails and the source link;
Dreamwidth and LiveJournal entries; VK and OK community wall posts; Naver Blog's SmartEditor
components and Tistory skins; note.com and Hatena Blog entries; WeChat official-account
articles; Zhihu columns; Weibo's headline articles; Kompasiana; Hive front ends; dev.to and
Hashnode; Quora Spaces). Not derived from, and written without reading, any earlier set's
templates. Stdlib only; deterministic (variants come from the page id's sha1).

Every template takes a `Page` and returns a full HTML document. The story paragraphs arrive as
plain text; the credit lines arrive as `Credit`s placed in a slot the template knows:
"top" (a reblog or repost header over the text), "end" (a source line under it), "quote" (the
story quoted from the original, the credit as the quote's cite) or "card" (a link card with the
credit line in it).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from html import escape


@dataclass(frozen=True)
class Credit:
    text: str  # the visible line, exactly as it must read
    name: str = ""  # the part of it that links to the original (empty: no link)
    href: str = ""
    slot: str = "end"  # top | end | quote | card
    card_title: str = ""  # for slot "card": the linked page's title


@dataclass
class Page:
    pid: str
    tpl: str
    lang: str
    host: str
    url: str
    title: str
    blog: str  # the blog's, account's or community's name
    author: str
    date_iso: str  # 2027-02-10T08:41:00+01:00
    date_text: str  # as the platform prints it
    paras: list[str]
    credits: list[Credit] = field(default_factory=list)
    caption: str = ""  # a photo caption (with its credit), or ""
    tags: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # lines the author adds (own sign-offs)
    hint: str = ""  # which sub-variant of a template (e.g. "peakd", "hashnode", "ok")


def _v(pid: str, n: int) -> int:
    return int(hashlib.sha1(pid.encode("utf-8")).hexdigest()[:8], 16) % n


def credit_html(c: Credit) -> str:
    if c.name and c.href and c.name in c.text:
        before, after = c.text.split(c.name, 1)
        return f'{escape(before)}<a href="{escape(c.href)}" rel="nofollow noopener" target="_blank">{escape(c.name)}</a>{escape(after)}'
    return escape(c.text)


def slot(p: Page, name: str) -> list[Credit]:
    return [c for c in p.credits if c.slot == name]


def head(p: Page, extra: str = "", charset_first: bool = True) -> str:
    desc = escape(p.paras[0][:150])
    meta = (
        f'<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(p.title)}</title>\n"
        f'<meta property="og:title" content="{escape(p.title)}">\n'
        f'<meta property="og:description" content="{desc}">\n'
        f'<meta property="og:url" content="{escape(p.url)}">\n'
        f'<link rel="canonical" href="{escape(p.url)}">\n'
    )
    return "<head>\n" + meta + extra.replace("><", ">\n<") + "\n</head>\n"


def ps(paras: list[str], attrs: str = "") -> str:
    return "\n".join(f"<p{attrs}>{escape(x)}</p>" for x in paras)


def figure(p: Page, cls: str = "wp-block-image size-large") -> str:
    if not p.caption:
        return ""
    return (
        f'<figure class="{cls}"><img loading="lazy" decoding="async" width="1024" height="683" '
        f'src="https://{p.host}/files/2027/02/img_{_v(p.pid, 9000) + 1000}.jpg" alt="">'
        f"<figcaption>{escape(p.caption)}</figcaption></figure>"
    )


def body_with_figure(p: Page, render_paras) -> str:
    """Paragraphs with the figure, if any, after the first one."""
    first, rest = p.paras[:1], p.paras[1:]
    return render_paras(first) + "\n" + figure(p) + "\n" + render_paras(rest)


# --------------------------------------------------------------------------- WordPress.com
WP_L = {
    "en": ("Posted on", "by", "Share this:", "Like this:", "Like", "Loading...", "Related", "Leave a comment", "Leave a Reply", "Blog at WordPress.com.", "Follow", "Categories", "Tags", "Reblogged this on", "and commented:", "Read more", "Comment", "Reblog", "Subscribe", "Already have a WordPress.com account? Log in now."),
    "de": ("Veröffentlicht am", "von", "Teilen mit:", "Gefällt mir:", "Gefällt mir", "Wird geladen …", "Ähnliche Beiträge", "Kommentar verfassen", "Kommentar verfassen", "Bloggen auf WordPress.com.", "Folgen", "Kategorien", "Schlagwörter", "Rebloggt auf", "und kommentierte:", "Weiterlesen", "Kommentar", "Rebloggen", "Abonnieren", "Du hast bereits ein WordPress.com-Konto? Jetzt anmelden."),
    "fr": ("Publié le", "par", "Partager :", "J’aime ça :", "J’aime", "Chargement…", "Articles similaires", "Laisser un commentaire", "Laisser un commentaire", "Blog sur WordPress.com.", "Suivre", "Catégories", "Étiquettes", "Reblogué ceci sur", "et a ajouté:", "Lire la suite", "Commentaire", "Rebloguer", "S’abonner", "Vous avez déjà un compte WordPress.com ? Connectez-vous maintenant."),
    "es": ("Publicado el", "por", "Comparte esto:", "Me gusta esto:", "Me gusta", "Cargando...", "Relacionado", "Deja un comentario", "Deja una respuesta", "Blog de WordPress.com.", "Seguir", "Categorías", "Etiquetas", "Reblogueó esto en", "y comentó:", "Sigue leyendo", "Comentar", "Rebloguear", "Suscribirse", "¿Ya tienes una cuenta de WordPress.com? Inicia sesión ahora."),
    "it": ("Pubblicato il", "di", "Condividi:", "Mi piace:", "Mi piace", "Caricamento…", "Correlati", "Lascia un commento", "Lascia un commento", "Blog su WordPress.com.", "Segui", "Categorie", "Tag", "Ha ripubblicato questo su", "e ha commentato:", "Continua a leggere", "Commento", "Ripubblica", "Iscriviti", "Hai già un account WordPress.com? Accedi ora."),
    "pl": ("Opublikowano", "przez", "Udostępnij:", "Lubię to:", "Polub", "Wczytywanie…", "Podobne", "Dodaj komentarz", "Dodaj komentarz", "Blog na WordPress.com.", "Obserwuj", "Kategorie", "Tagi", "Udostępnił(a) to na", "i skomentował(a):", "Czytaj dalej", "Komentarz", "Udostępnij ponownie", "Subskrybuj", "Masz już konto WordPress.com? Zaloguj się."),
    "tr": ("Yayınlandı", "yazan", "Bunu paylaş:", "Bunu beğen:", "Beğen", "Yükleniyor...", "İlgili", "Yorum yapın", "Bir Cevap Yazın", "WordPress.com'da bir blog.", "Takip Et", "Kategoriler", "Etiketler", "Bunu yeniden blogladı:", "ve yorum yaptı:", "Okumaya devam et", "Yorum", "Yeniden blogla", "Abone ol", "Zaten WordPress.com hesabınız var mı? Şimdi oturum açın."),
    "id": ("Dipublikasikan pada", "oleh", "Bagikan ini:", "Suka ini:", "Suka", "Memuat...", "Terkait", "Tinggalkan komentar", "Tinggalkan Balasan", "Blog di WordPress.com.", "Ikuti", "Kategori", "Tag", "Mereblog ini di", "dan berkomentar:", "Baca selengkapnya", "Komentar", "Reblog", "Berlangganan", "Sudah punya akun WordPress.com? Login sekarang."),
    "vi": ("Đăng vào", "bởi", "Chia sẻ:", "Thích bài này:", "Thích", "Đang tải...", "Có liên quan", "Bình luận", "Trả lời", "Blog tại WordPress.com.", "Theo dõi", "Chuyên mục", "Thẻ", "Đã reblog bài này trên", "và bình luận:", "Đọc tiếp", "Bình luận", "Reblog", "Đăng ký", "Bạn đã có tài khoản WordPress.com? Đăng nhập ngay."),
}


def wpcom(p: Page) -> str:
    L = WP_L[p.lang]
    pid = 100 + _v(p.pid, 8900)
    theme = ("twentytwentyfour", "independent-publisher-2", "penscratch-2", "lovecraft")[_v(p.pid + "t", 4)]
    tops, ends, quotes, cards = slot(p, "top"), slot(p, "end"), slot(p, "quote"), slot(p, "card")
    parts: list[str] = []
    for c in tops:
        # a reblog: "Reblogged this on <blog> and commented:" is the reblogger's own; the credit
        # is the reblog-from line naming the original
        parts.append(
            f'<div class="wpcom-reblog-snapshot"><div class="reblogger-note"><div class="reblogger-headline">'
            f'{escape(L[13])} <a href="https://{p.host}/">{escape(p.blog)}</a> {escape(L[14])}</div></div>'
            f'<div class="reblog-post"><p class="reblog-from"><img alt="" src="https://0.gravatar.com/avatar/{hashlib.md5(c.text.encode()).hexdigest()}?s=25&amp;d=identicon&amp;r=G" width="25" height="25"> {credit_html(c)}</p>'
        )
    body_paras = ps
    if quotes:
        inner = body_with_figure(p, body_paras)
        parts.append(f'<blockquote class="wp-block-quote">\n{inner}\n<cite>{"".join(credit_html(c) for c in quotes)}</cite></blockquote>')
    else:
        parts.append(body_with_figure(p, body_paras))
    for c in tops:
        parts.append(f'<p class="reblog-source"><a href="{escape(c.href or "#")}">{escape(L[15])} →</a></p></div></div>')
    for x in p.extra:
        parts.append(f"<p><em>{escape(x)}</em></p>")
    for c in cards:
        parts.append(
            f'<figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper">'
            f'<blockquote class="wp-embedded-content"><a href="{escape(c.href)}">{escape(c.card_title)}</a></blockquote>'
            f"</div></figure>\n<p>{credit_html(c)}</p>"
        )
    for c in ends:
        parts.append(f'<p class="has-small-font-size">{credit_html(c)}</p>')
    content = "\n".join(parts)
    tags = "".join(f'<a href="https://{p.host}/tag/{escape(t.lower().replace(" ", "-"))}/" rel="tag">{escape(t)}</a>' for t in p.tags)
    wp_head = head(
        p,
        f"<link rel='dns-prefetch' href='//s0.wp.com' />\n<link rel='stylesheet' id='{theme}-style-css' "
        f"href='https://s0.wp.com/wp-content/themes/pub/{theme}/style.css?m=1706712345i&amp;ver=1.4' media='all' />\n"
        '<meta name="generator" content="WordPress.com" />\n',
    )
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
{wp_head}<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive customizer-styles-applied highlander-enabled highlander-light">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://{p.host}/" rel="home">{escape(p.blog)}</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="https://{p.host}/">Home</a></li><li class="menu-item"><a href="https://{p.host}/about/">About</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><h1 class="entry-title">{escape(p.title)}</h1>
<div class="entry-meta"><span class="posted-on">{escape(L[0])} <a href="{escape(p.url)}" rel="bookmark"><time class="entry-date published" datetime="{p.date_iso}">{escape(p.date_text)}</time></a></span> <span class="byline">{escape(L[1])} <span class="author vcard"><a class="url fn n" href="https://{p.host}/author/">{escape(p.author)}</a></span></span></div></header>
<div class="entry-content">
{content}
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">{escape(L[2])}</h3><div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button share-icon" href="{escape(p.url)}?share=twitter"><span>X</span></a></li><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="{escape(p.url)}?share=facebook"><span>Facebook</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded"><h3 class="sd-title">{escape(L[3])}</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>{escape(L[4])}</span></span> <span class="loading">{escape(L[5])}</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{escape(L[6])}</em></h3></div></div>
</div>
<footer class="entry-footer"><span class="cat-links">{escape(L[11])}: <a href="https://{p.host}/category/news/" rel="category tag">News</a></span> <span class="tags-links">{escape(L[12])}: {tags}</span> <span class="comments-link"><a href="{escape(p.url)}#respond">{escape(L[7])}</a></span></footer>
</article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{escape(L[8])}</h3><form action="https://{p.host}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="comment-submit" class="submit" value="{escape(L[16])}"></form></div></div>
</main></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">{escape(L[9])}</a></div></footer>
</div>
<div id="actionbar" class="actnbr-pub-{theme} actnbr-has-follow"><ul><li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href=""><span>{escape(L[18])}</span></a></li><li class="actnbr-ellipsis actnbr-hidden"><span>{escape(L[10])}</span></li></ul><div class="actnbr-login-nudge"><div>{escape(L[19])}</div></div></div>
<script src="//stats.wp.com/w.js?67" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- Tumblr
def tumblr(p: Page) -> str:
    post_id = 700000000000 + _v(p.pid, 99999999)
    notes = 3 + _v(p.pid + "n", 400)
    tops, ends, quotes = slot(p, "top"), slot(p, "end"), slot(p, "quote")
    trail = ""
    for c in tops:
        # a reblog trail header: "<blog>:" over the reblogged content
        trail += f'<p class="reblog-header">{credit_html(c)}</p>\n'
    inner = body_with_figure(p, ps)
    if quotes:
        inner = f"<blockquote>{inner}</blockquote>\n" + "".join(f"<p>{credit_html(c)}</p>" for c in quotes)
    tags = "".join(f'<a class="tag" href="https://{p.host}/tagged/{escape(t.replace(" ", "-"))}">#{escape(t)}</a> ' for t in p.tags)
    source = "".join(f'<div class="source">{credit_html(c)}</div>' for c in ends)
    extra = "".join(f"<p>{escape(x)}</p>" for x in p.extra)
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
{head(p, '<meta name="twitter:site" content="tumblr"><link rel="alternate" type="application/rss+xml" href="https://' + p.host + '/rss">')}<body class="permalink-page">
<div id="tumblr_controls" class="iframe-controls"><a href="https://www.tumblr.com/register">Sign up</a> <a href="https://www.tumblr.com/login">Log in</a> <a href="https://www.tumblr.com/follow/{escape(p.blog)}">Follow</a></div>
<header class="blog-header"><a class="blog-avatar" href="https://{p.host}/"><img src="https://64.media.tumblr.com/avatar_{_v(p.pid, 99999):05d}_128.pnj" alt=""></a><h1 class="blog-title"><a href="https://{p.host}/">{escape(p.blog)}</a></h1><p class="blog-description">{escape(p.author)}</p>
<nav><a href="https://{p.host}/archive">Archive</a> <a href="https://{p.host}/ask">Ask me anything</a></nav></header>
<main id="posts">
<article class="post text" id="post-{post_id}" data-post-id="{post_id}">
<div class="post-content">
<h2 class="title">{escape(p.title)}</h2>
{trail}<div class="body-text">
{inner}
{extra}
</div>
{source}
</div>
<footer class="post-meta"><a class="date" href="{escape(p.url)}"><time datetime="{p.date_iso}">{escape(p.date_text)}</time></a> <a class="notes" href="{escape(p.url)}#notes">{notes} notes</a> <div class="tags">{tags}</div>
<div class="controls"><a class="reblog" href="https://www.tumblr.com/reblog/{post_id}">reblog</a> <a class="like" href="#">like</a></div></footer>
<ol class="notes" id="notes"><li class="note reblog"><a href="#">someone</a> reblogged this from <a href="https://{p.host}/">{escape(p.blog)}</a></li><li class="note like"><a href="#">another-blog</a> liked this</li></ol>
</article>
</main>
<footer class="site-footer"><a href="https://{p.host}/page/2">Older posts</a> · Theme by <a href="https://www.tumblr.com/themes">Tumblr</a></footer>
<iframe id="ga_target" src="https://assets.tumblr.com/analytics.html" style="display:none"></iframe>
</body>
</html>
"""


# --------------------------------------------------------------------------- Dreamwidth / LiveJournal
def journal(p: Page) -> str:
    tops, ends, quotes = slot(p, "top"), slot(p, "end"), slot(p, "quote")
    lj = p.hint == "lj"
    user = p.author
    top = "".join(f'<div class="repost-header">{credit_html(c)}</div>\n' for c in tops)
    inner = body_with_figure(p, ps)
    if quotes:
        inner = f"<blockquote>{inner}</blockquote>\n" + "".join(f"<p>{credit_html(c)}</p>" for c in quotes)
    end = "".join(f"<p>{credit_html(c)}</p>" for c in ends) + "".join(f"<p>{escape(x)}</p>" for x in p.extra)
    tags = ", ".join(f'<a rel="tag" href="https://{p.host}/tag/{escape(t)}">{escape(t)}</a>' for t in p.tags)
    if lj:
        labels = ("Метки:", "Комментировать", "Поделиться", "Следующая запись", "Предыдущая запись", "Подписаться", "Журнал", "Запись опубликована")
        return f"""<!DOCTYPE html>
<html lang="ru">
{head(p, '<link rel="stylesheet" href="https://l-stat.livejournal.net/??lj_base.css,journal/generic.css?v=1707">')}<body class="s-schemius s-jquery p-fluid-width">
<header class="s-header"><div class="s-header-in"><h1 class="journal-title"><a href="https://{p.host}/">{escape(p.blog)}</a></h1><div class="journal-subtitle"><span class="ljuser i-ljuser" data-ljuser="{escape(user)}"><a href="https://{p.host}/profile/" class="i-ljuser-profile"><img class="i-ljuser-userhead" src="https://l-stat.livejournal.net/img/userinfo_v8.svg" alt=""></a><a href="https://{p.host}/" class="i-ljuser-username"><b>{escape(user)}</b></a></span> <button class="s-header-subscribe">{labels[5]}</button></div></div></header>
<main class="s-content">
<article class="b-singlepost entry">
<h1 class="b-singlepost-title entry-title">{escape(p.title)}</h1>
<div class="b-singlepost-author"><time class="b-singlepost-author-date published dt-published" datetime="{p.date_iso}">{escape(p.date_text)}</time></div>
<div class="b-singlepost-body entry-content e-content">
{top}{inner}
{end}
</div>
<div class="b-singlepost-tags ljtags">{labels[0]} {tags}</div>
<div class="b-singlepost-addfriend"><ul class="b-xylem"><li><a class="b-xylem-cell" href="#">{labels[1]}</a></li><li><a href="#">{labels[2]}</a></li></ul></div>
<nav class="b-singlepost-prevnext"><a href="#" class="b-controls-prev">{labels[4]}</a> <a href="#" class="b-controls-next">{labels[3]}</a></nav>
</article>
</main>
<footer class="s-footer"><p>© LiveJournal</p></footer>
</body>
</html>
"""
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
{head(p, '<link rel="stylesheet" href="https://www.dreamwidth.org/stc/css/s2/layout.css">')}<body class="page-entry">
<div id="canvas"><div id="header"><h1 id="title"><span>{escape(p.blog)}</span></h1><h2 id="subtitle">{escape(user)}</h2></div>
<div id="content"><div id="primary"><div class="inner">
<div class="entry-wrapper entry-wrapper-odd security-public restrictions-none journal-type-P" id="entry-wrapper-{_v(p.pid, 99999)}">
<div class="entry"><div class="header"><h3 class="entry-title"><a title="{escape(p.title)}" href="{escape(p.url)}">{escape(p.title)}</a></h3>
<span class="datetime"><span class="date"><a href="https://{p.host}/2027/02/10/">{escape(p.date_text)}</a></span></span></div>
<div class="contents"><div class="inner"><div class="userpic"><img src="https://v.dreamwidth.org/{_v(p.pid, 9999999)}/{_v(p.pid + 'u', 999999)}" alt="" /></div>
<div class="poster-info"><span class="poster entry-poster"><span lj:user="{escape(user)}" class="ljuser"><a href="https://{p.host}/profile"><img src="https://www.dreamwidth.org/img/silk/identity/user.png" alt="[personal profile]" width="17" height="17" /></a><a href="https://{p.host}/"><b>{escape(user)}</b></a></span></span></div>
<div class="entry-content">
{top}{inner}
{end}
</div></div></div>
<div class="footer"><div class="inner"><div class="tag"><span class="tag-text">Tags:</span><ul><li>{tags}</li></ul></div>
<ul class="entry-management-links text-links"><li><a href="#">Link</a></li></ul><ul class="entry-interaction-links text-links"><li class="entry-readlink first-item"><a href="{escape(p.url)}#comments">2 comments</a></li><li class="entry-replylink"><a href="{escape(p.url)}?mode=reply">Reply</a></li></ul></div></div>
</div></div>
</div></div></div>
<div id="secondary"><div class="module-navlinks module"><ul><li><a href="https://{p.host}/">Recent Entries</a></li><li><a href="https://{p.host}/archive">Archive</a></li><li><a href="https://{p.host}/read">Reading</a></li><li><a href="https://{p.host}/profile">Profile</a></li></ul></div>
<div class="module-powered module"><div class="module-content">Powered by <a href="https://www.dreamwidth.org">Dreamwidth Studios</a></div></div></div>
<div id="footer">Style Credit</div></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- VK / OK wall posts
def wall(p: Page) -> str:
    tops, ends, quotes = slot(p, "top"), slot(p, "end"), slot(p, "quote")
    text_lines = [escape(p.title)] + [escape(x) for x in p.paras]
    text = "<br><br>".join(text_lines)
    tail = "".join(f"<br><br>{credit_html(c)}" for c in ends) + "".join(f"<br><br>{escape(x)}" for x in p.extra)
    tags = " ".join(f'<a href="/feed?section=search&amp;q=%23{escape(t)}">#{escape(t)}</a>' for t in p.tags)
    photo = ""
    if p.caption:
        photo = f'<div class="page_post_sized_thumbs"><a class="page_post_thumb_wrap image_cover" aria-label="{escape(p.caption)}" style="background-image: url(https://sun9-{_v(p.pid, 80)}.userapi.com/impg/x.jpg);"></a></div><div class="wall_post_photo_caption">{escape(p.caption)}</div>'
    if p.hint == "ok":
        top = "".join(f'<div class="media-text_reshare">{credit_html(c)}</div>' for c in tops)
        body = f'<div class="media-text_cnt"><div class="media-text_cnt_tx emoji-tx textWrap">{text}{tail}</div></div>'
        if quotes:
            body = f'<div class="reshare-block">{body}</div>' + "".join(f'<div class="media-link_cnt">{credit_html(c)}</div>' for c in quotes)
        return f"""<!DOCTYPE html>
<html lang="ru">
{head(p)}<body class="h-mod">
<div id="hook_Block_ToolbarLayer"><div class="toolbar_logo">Одноклассники</div><a href="https://ok.ru/dk?st.cmd=anonymMain">Войти</a> <a href="https://ok.ru/dk?st.cmd=anonymRegistrationEdit">Регистрация</a></div>
<div id="mainContent"><div class="group-name"><h1>{escape(p.blog)}</h1><span class="group-members">Группа · {1200 + _v(p.pid, 40000)} участников</span></div>
<div class="feed-w"><div class="feed"><div class="feed_h"><a class="o" href="#">{escape(p.blog)}</a> <div class="feed_date">{escape(p.date_text)}</div></div>
{top}
<div class="media-block media-text">{body}</div>
{photo}
{tags}
<div class="feed_f"><ul class="widget-list"><li><span class="widget_count">{_v(p.pid + 'c', 90)}</span> Комментировать</li><li>Поделиться <span class="widget_count">{_v(p.pid + 's', 60)}</span></li><li>Класс! <span class="widget_count">{_v(p.pid + 'k', 500)}</span></li></ul></div>
</div></div></div>
<div class="portlet">Популярные группы</div>
</body>
</html>
"""
    top = "".join(
        f'<div class="copy_quote"><div class="copy_post_header"><span class="copy_post_author">{credit_html(c)}</span></div></div>' for c in tops
    )
    body = f'<div class="wall_post_text zoom_text">{text}{tail}<br><br>{tags}</div>'
    if quotes:
        body = f'<div class="copy_quote">{body}' + "".join(f'<div class="copy_post_header">{credit_html(c)}</div>' for c in quotes) + "</div>"
    gid = 10000000 + _v(p.pid, 89999999)
    return f"""<!DOCTYPE html>
<html lang="ru">
{head(p, '<meta property="og:site_name" content="VK">')}<body class="vk_public">
<div id="page_header"><a class="top_home_link" href="/" aria-label="ВКонтакте"></a><div class="top_nav"><a href="/login">Войти</a> <a href="/join">Зарегистрироваться</a></div></div>
<div id="page_body"><div id="public"><div class="page_name"><h1 class="page_name">{escape(p.blog)}</h1></div><div class="page_current_info">Сообщество · Новости</div>
<div id="page_wall_posts"><div id="post-{gid}_{_v(p.pid, 90000)}" class="_post post page_block all own post--with-likes">
<div class="post_header"><a class="post_image" href="/club{gid}"><img class="post_img" src="https://sun1-{_v(p.pid, 30)}.userapi.com/s/v1/ig2/a.jpg" alt="{escape(p.blog)}"></a><div class="post_header_info"><h5 class="post_author"><a class="author" href="/club{gid}">{escape(p.blog)}</a></h5><div class="post_date"><a class="post_link" href="{escape(p.url)}"><span class="rel_date">{escape(p.date_text)}</span></a></div></div></div>
<div class="post_content"><div class="post_info">{top}
{body}
{photo}
</div>
<div class="like_wrap _like_wall"><div class="like_cont"><div class="like_btns"><a class="like_btn like _like"><span class="like_button_count">{_v(p.pid + 'k', 900)}</span></a><a class="like_btn comment _comment"><span class="like_button_count">{_v(p.pid + 'c', 60)}</span></a><a class="like_btn share _share"><span class="like_button_count">{_v(p.pid + 's', 90)}</span></a></div><div class="like_views _views">{2000 + _v(p.pid + 'v', 30000)}</div></div></div>
</div></div></div></div></div>
<div id="footer_wrap"><div class="footer_nav"><a href="/about">О ВКонтакте</a> <a href="/terms">Правила</a> <a href="/ads">Для бизнеса</a></div><div class="footer_copy">ВКонтакте © 2006–2027</div></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Naver Blog
def naver(p: Page) -> str:
    tops, ends, cards, quotes = slot(p, "top"), slot(p, "end"), slot(p, "card"), slot(p, "quote")

    def se_text(paras: list[str]) -> str:
        rows = "".join(
            f'<p class="se-text-paragraph se-text-paragraph-align-" style=""><span style="" class="se-fs- se-ff-   ">{escape(x)}</span></p>' for x in paras
        )
        return (
            '<div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section se-section-text se-l-default">'
            f'<div class="se-module se-module-text">{rows}</div></div></div></div>'
        )

    comps: list[str] = []
    for c in tops:
        comps.append(se_text([]).replace('<div class="se-module se-module-text"></div>', f'<div class="se-module se-module-text"><p class="se-text-paragraph"><span class="se-fs-fs13">{credit_html(c)}</span></p></div>'))
    if p.caption:
        comps.append(se_text(p.paras[:1]))
        comps.append(
            '<div class="se-component se-image se-l-default"><div class="se-component-content se-component-content-fit"><div class="se-section se-section-image se-l-default se-section-align-">'
            f'<div class="se-module se-module-image"><a class="se-module-image-link __se_image_link __se_link" data-linktype="img"><img src="https://postfiles.pstatic.net/MjAyNzAyMTBf{_v(p.pid, 999)}/img.jpg?type=w966" class="se-image-resource egjs-visible" alt=""></a></div>'
            f'<div class="se-module se-module-text se-caption"><p class="se-text-paragraph se-text-paragraph-align-center"><span class="se-fs-fs13">{escape(p.caption)}</span></p></div></div></div></div>'
        )
        rest = p.paras[1:]
    else:
        rest = p.paras
    if quotes:
        comps.append(
            '<div class="se-component se-quotation se-l-quotation_line"><div class="se-component-content"><div class="se-section se-section-quotation se-l-quotation_line"><blockquote class="se-quotation-container">'
            + se_text(rest)
            + "".join(f'<div class="se-module se-module-text se-quotation-cite"><p class="se-text-paragraph"><span>{credit_html(c)}</span></p></div>' for c in quotes)
            + "</blockquote></div></div></div>"
        )
    else:
        comps.append(se_text(rest))
    if p.extra:
        comps.append(se_text(p.extra))
    for c in cards:
        comps.append(
            '<div class="se-component se-oglink se-l-large_image"><div class="se-component-content"><div class="se-section se-section-oglink se-l-large_image se-section-align-center">'
            f'<a href="{escape(c.href)}" class="se-oglink-info __se_link" target="_blank"><div class="se-oglink-info-container"><strong class="se-oglink-title">{escape(c.card_title)}</strong>'
            f'<p class="se-oglink-summary">{escape(p.paras[0][:60])}</p><p class="se-oglink-url">{escape(c.href.split("/")[2])}</p></div></a></div></div></div>'
        )
        comps.append(se_text([]).replace('<div class="se-module se-module-text"></div>', f'<div class="se-module se-module-text"><p class="se-text-paragraph"><span>{credit_html(c)}</span></p></div>'))
    for c in ends:
        comps.append(se_text([]).replace('<div class="se-module se-module-text"></div>', f'<div class="se-module se-module-text"><p class="se-text-paragraph"><span class="se-fs-fs11">{credit_html(c)}</span></p></div>'))
    tags = " ".join(f'<a href="#" class="item pcol2 itemTagfont _setTop"><span class="ell">#{escape(t)}</span></a>' for t in p.tags)
    logno = 223000000000 + _v(p.pid, 999999999)
    return f"""<!DOCTYPE html>
<html lang="ko">
{head(p, '<meta property="naverblog:nickname" content="' + escape(p.author) + '"><meta property="og:site_name" content="네이버 블로그 | ' + escape(p.blog) + '">')}<body class="se_body">
<div id="whole-border"><div id="whole-body"><div id="wrapper">
<div id="blog-title"><h1><a href="https://blog.naver.com/{escape(p.hint)}">{escape(p.blog)}</a></h1></div>
<div id="post-area"><div id="post_{logno}" class="post _post_wrap _param(1)">
<div class="se-viewer se-theme-default" lang="ko-KR">
<div class="se-component se-documentTitle se-l-default"><div class="se-component-content"><div class="se-section se-section-documentTitle"><div class="blog2_series"><a class="pcol2" href="#">뉴스 스크랩</a></div>
<div class="se-module se-module-text se-title-text"><p class="se-text-paragraph"><span class="se-fs- se-ff-">{escape(p.title)}</span></p></div>
<div class="blog2_container"><span class="nick"><a class="link pcol2" href="#">{escape(p.author)}</a></span> <span class="se_publishDate pcol2">{escape(p.date_text)}</span> <button class="btn_buddy">이웃추가</button> <button class="_btn_more">본문 기타 기능</button></div></div></div></div>
<div class="se-main-container">
{"".join(comps)}
</div></div>
<div class="post_tag"><div class="wrap_tag">{tags}</div></div>
<div class="wrap_postcomment"><div class="area_sympathy"><a class="u_likeit_list_btn _button" href="#"><span class="u_likeit_text">공감</span> <em class="u_cnt _count">{_v(p.pid, 90)}</em></a></div><a href="#" class="btn_comment _cmtList">댓글 <em>{_v(p.pid + 'c', 20)}</em></a> <a href="#" class="btn_share">공유하기</a></div>
</div></div>
<div id="prologue"><h3>이 블로그 인기글</h3></div>
</div></div></div>
<div id="footer"><p>NAVER Copyright © NAVER Corp. All Rights Reserved.</p></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Tistory
def tistory(p: Page) -> str:
    tops, ends, quotes = slot(p, "top"), slot(p, "end"), slot(p, "quote")
    top = "".join(f'<p data-ke-size="size16">{credit_html(c)}</p>' for c in tops)
    inner = body_with_figure(p, lambda xs: ps(xs, ' data-ke-size="size16"'))
    inner = inner.replace('<figure class="wp-block-image size-large">', '<figure class="imageblock alignCenter" data-ke-mobilestyle="widthOrigin">')
    if quotes:
        inner = f'<blockquote data-ke-style="style2">{inner}</blockquote>' + "".join(f'<p data-ke-size="size14">{credit_html(c)}</p>' for c in quotes)
    end = "".join(f'<p data-ke-size="size14">{credit_html(c)}</p>' for c in ends) + "".join(f'<p data-ke-size="size16">{escape(x)}</p>' for x in p.extra)
    tags = ", ".join(f'<a href="/tag/{escape(t)}" rel="tag">{escape(t)}</a>' for t in p.tags)
    n = 100 + _v(p.pid, 900)
    return f"""<!doctype html>
<html lang="ko">
{head(p, '<meta property="og:site_name" content="' + escape(p.blog) + '"><link rel="stylesheet" type="text/css" href="https://tistory1.daumcdn.net/tistory/0/skin/style.css"><script src="//t1.daumcdn.net/tistory_admin/lib/jquery/jquery-3.5.1.min.js"></script>')}<body id="tt-body-page" class="layout-aside-right paging-number">
<div id="wrap"><header id="header"><div class="inner"><h1><a href="/">{escape(p.blog)}</a></h1><nav id="gnb"><ul><li><a href="/category">분류 전체보기</a></li><li><a href="/guestbook">방명록</a></li></ul></nav></div></header>
<section id="container"><div class="content-wrap">
<article id="content"><div class="hgroup"><div class="category">뉴스</div><h1>{escape(p.title)}</h1><div class="post-meta"><span class="author">{escape(p.author)}</span> <span class="date">{escape(p.date_text)}</span></div></div>
<div class="entry-content"><div class="contents_style"><div class="tt_article_useless_p_margin contents_style">
{top}{inner}
{end}
</div></div>
<div class="container_postbtn #post_button_group"><div class="postbtn_like"><div class="wrap_btn"><button class="btn_post uoc-icon"><span class="uoc-count">{_v(p.pid, 40)}</span><span class="txt_like">공감</span></button></div><div class="wrap_btn wrap_btn_share"><button class="btn_post sns_btn btn_share">공유하기</button></div><div class="wrap_btn_etc"><button class="btn_post btn_etc2">게시글 관리</button></div></div>
<div data-tistory-react-app="SupportButton"></div><a class="btn_subscription" href="#">구독하기</a><strong>{escape(p.blog)}</strong></div>
<div class="tt-ccl"><a href="https://creativecommons.org/licenses/by-nc-nd/4.0/deed.ko" target="_blank" rel="license">저작자표시 비영리 변경금지</a></div>
<div class="another_category another_category_color_gray"><h4>'<a href="/category/뉴스">뉴스</a>' 카테고리의 다른 글</h4><table><tr><th><a href="/{n - 1}">지난 글 보기</a></th></tr></table></div>
</div>
<div class="tags"><h2>태그</h2>{tags}</div>
<div class="comments"><h2>댓글</h2><p>댓글을 작성하려면 로그인하세요.</p></div>
</article></div></section>
<footer id="footer"><p>Designed by 티스토리</p><p>© Kakao Corp.</p></footer></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- note.com
def note(p: Page) -> str:
    tops, ends, quotes = slot(p, "top"), slot(p, "end"), slot(p, "quote")

    def np(xs: list[str]) -> str:
        return "".join(f'<p name="{hashlib.md5(x.encode()).hexdigest()[:8]}" id="{hashlib.md5(x.encode()).hexdigest()[:8]}">{escape(x)}</p>' for x in xs)

    top = "".join(f"<p>{credit_html(c)}</p>" for c in tops)
    if quotes:
        inner = np(p.paras[:0]) + "<figure data-src=\"\"><blockquote>" + np(p.paras) + "</blockquote>" + "".join(f"<figcaption>{credit_html(c)}</figcaption>" for c in quotes) + "</figure>"
    else:
        inner = np(p.paras[:1]) + (f'<figure name="fig" id="fig"><img src="https://assets.st-note.com/production/uploads/images/{100000000 + _v(p.pid, 9999999)}/picture_pc.jpg" alt="画像" width="620" height="413"><figcaption>{escape(p.caption)}</figcaption></figure>' if p.caption else "") + np(p.paras[1:])
    end = "".join(f"<p>{credit_html(c)}</p>" for c in ends) + np(p.extra)
    tags = "".join(f'<a href="/hashtag/{escape(t)}" class="m-tagList__item"><div class="a-tag__label">#{escape(t)}</div></a>' for t in p.tags)
    return f"""<!doctype html>
<html lang="ja">
{head(p, '<meta property="og:site_name" content="note（ノート）"><meta name="twitter:site" content="@note_PR">')}<body>
<div id="__nuxt"><div id="__layout"><div class="p-article">
<header class="o-noteHeader"><a href="https://note.com/" class="o-noteHeader__logo" aria-label="note"></a><a href="https://note.com/login" class="a-button">ログイン</a> <a href="https://note.com/signup" class="a-button">会員登録</a></header>
<main class="o-noteContentLayout"><article class="o-noteContentHeader">
<h1 class="o-noteContentHeader__title">{escape(p.title)}</h1>
<div class="o-noteContentHeader__info"><a href="https://note.com/{escape(p.hint)}" class="o-noteContentHeader__name">{escape(p.author)}</a> <time datetime="{p.date_iso}">{escape(p.date_text)}</time> <button class="a-button o-noteFollowButton">フォロー</button></div>
</article>
<div class="note-common-styles__textnote-body" data-name="body">
{top}{inner}
{end}
</div>
<div class="o-noteContentFooter"><div class="m-tagList">{tags}</div>
<div class="o-noteLikeV3"><button class="o-noteLikeV3__iconButton" aria-label="スキ"></button><span class="o-noteLikeV3__count">{_v(p.pid, 300)}</span></div>
<div class="o-supportWidget"><p class="o-supportWidget__text">この記事が気に入ったらサポートをしてみませんか？</p><button class="a-button">サポート</button></div>
<div class="o-creatorInfo"><a href="https://note.com/{escape(p.hint)}">{escape(p.blog)}</a><button>フォロー</button></div></div>
</main>
<footer class="o-footer"><p>© note inc.</p></footer>
</div></div></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Hatena Blog
def hatena(p: Page) -> str:
    tops, ends, quotes = slot(p, "top"), slot(p, "end"), slot(p, "quote")
    top = "".join(f"<p>{credit_html(c)}</p>" for c in tops)
    if quotes:
        c0 = quotes[0]
        inner = (
            f'<blockquote data-uuid="{hashlib.md5(p.pid.encode()).hexdigest()}" cite="{escape(c0.href)}" data-quote-source="true">'
            + ps(p.paras)
            + "".join(f"<cite>{credit_html(c)}</cite>" for c in quotes)
            + "</blockquote>"
        )
    else:
        inner = body_with_figure(p, ps).replace('<figure class="wp-block-image size-large">', '<figure class="figure-image figure-image-fotolife mceNonEditable" title="写真">')
    end = "".join(f"<p>{credit_html(c)}</p>" for c in ends) + ps(p.extra)
    cats = "".join(f'<a href="https://{p.host}/archive/category/{escape(t)}" class="entry-category-link">{escape(t)}</a>' for t in p.tags)
    return f"""<!DOCTYPE html>
<html lang="ja" data-admin-domain="//blog.hatena.ne.jp" data-blog="{p.host}" data-page="entry">
{head(p, '<link rel="stylesheet" href="https://cdn.blog.st-hatena.com/css/blog.css?version=1a2b3c"><script src="https://cdn.blog.st-hatena.com/js/external/jquery.min.js"></script>')}<body class="page-entry header-image-enable category-{escape(p.tags[0] if p.tags else 'news')}">
<div id="globalheader-container" data-brand="hatenablog"><iframe id="globalheader" src="https://blog.hatena.ne.jp/-/globalheader" frameborder="0"></iframe></div>
<div id="container"><div id="container-inner">
<header id="blog-title" data-brand="hatenablog"><div id="blog-title-inner"><div id="blog-title-content"><h1 id="title"><a href="https://{p.host}/">{escape(p.blog)}</a></h1><h2 id="blog-description">{escape(p.author)}の日記</h2></div></div></header>
<div id="content" class="hfeed"><div id="content-inner"><div id="wrapper"><div id="main"><div id="main-inner">
<article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element chars-2400 words-100 mode-html entry-odd" id="entry-{3000000000 + _v(p.pid, 999999999)}" data-keyword-campaign="" data-uuid="{hashlib.md5((p.pid + 'u').encode()).hexdigest()}">
<div class="entry-inner"><header class="entry-header"><div class="date entry-date first"><a href="https://{p.host}/archive/2027/02/10" rel="nofollow"><time datetime="{p.date_iso}" title="{p.date_iso}"><span class="date-year">2027</span><span class="hyphen">-</span><span class="date-month">02</span><span class="hyphen">-</span><span class="date-day">10</span></time></a></div>
<h1 class="entry-title"><a href="{escape(p.url)}" class="entry-title-link bookmark">{escape(p.title)}</a></h1><div class="entry-categories categories">{cats}</div></header>
<div class="entry-content hatenablog-entry">
{top}{inner}
{end}
</div>
<footer class="entry-footer"><div class="entry-tags-wrapper"></div><p class="entry-footer-section track-inview-by-gtm"><span class="author vcard"><span class="fn" data-load-nickname="1" data-user-name="{escape(p.author)}"><span class="user-name">id:{escape(p.author)}</span></span></span> <span class="entry-footer-time"><a href="{escape(p.url)}"><time data-relative datetime="{p.date_iso}" class="updated">{escape(p.date_text)}</time></a></span></p>
<div class="hatena-star-container" data-hatena-star-container data-hatena-star-url="{escape(p.url)}"></div>
<div class="social-buttons"><div class="social-button-item"><a href="https://b.hatena.ne.jp/entry/s/{p.host}" class="hatena-bookmark-button">はてなブックマークに追加</a></div></div>
<div class="customized-footer"><div class="entry-footer-modules"><h2>関連記事</h2></div></div>
<div class="comment-box js-comment-box"><ul class="comment js-comment"></ul><a class="leave-comment-title js-leave-comment-title">コメントを書く</a></div></footer>
</div></article>
<div class="pager pager-permalink permalink"><span class="pager-prev"><a href="#" rel="prev">« 前の記事</a></span> <span class="pager-next"><a href="#" rel="next">次の記事 »</a></span></div>
</div></div></div>
<aside id="box2"><div class="hatena-module hatena-module-profile"><div class="hatena-module-title">プロフィール</div><div class="hatena-module-body"><a href="https://{p.host}/about" class="profile-icon-link"></a><span class="id">id:{escape(p.author)}</span> <a href="#" class="hatena-follow-button">読者になる</a></div></div>
<div class="hatena-module hatena-module-entries-access-ranking"><div class="hatena-module-title">このブログの人気記事</div></div></aside>
</div></div></div></div>
<footer id="footer"><p>Powered by <a href="https://hatenablog.com/">Hatena Blog</a> | <a href="https://blog.hatena.ne.jp/-/abuse_report">ブログを報告する</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- WeChat official-account article
def wechat(p: Page) -> str:
    tops, ends, quotes = slot(p, "top"), slot(p, "end"), slot(p, "quote")
    sty = 'style="margin-bottom: 16px;line-height: 1.75em;letter-spacing: 1px;"'
    span = 'style="font-size: 15px;"'

    def wp(xs: list[str]) -> str:
        return "".join(f'<section {sty}><span {span}>{escape(x)}</span></section>' for x in xs)

    top = "".join(f'<section style="text-align: left;color: rgb(136, 136, 136);"><span style="font-size: 13px;">{credit_html(c)}</span></section>' for c in tops)
    body = wp(p.paras[:1])
    if p.caption:
        body += f'<section style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="0.6667" data-type="jpeg" data-w="1080" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{hashlib.md5(p.pid.encode()).hexdigest()}/640?wx_fmt=jpeg"></section><section style="text-align:center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">{escape(p.caption)}</span></section>'
    body += wp(p.paras[1:])
    if quotes:
        body = f'<blockquote class="js_blockquote_wrap" data-type="2">{body}</blockquote>' + "".join(f"<section {sty}><span {span}>{credit_html(c)}</span></section>" for c in quotes)
    end = "".join(f'<section style="text-align: left;"><span style="font-size: 13px;color: rgb(136, 136, 136);">{credit_html(c)}</span></section>' for c in ends)
    end += "".join(f'<section style="text-align: right;"><span style="font-size: 13px;color: rgb(136, 136, 136);">{escape(x)}</span></section>' for x in p.extra)
    orig = '<span class="rich_media_meta rich_media_meta_text" id="copyright_logo">原创</span>' if p.hint == "original" else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
{head(p, '<meta property="og:site_name" content="' + escape(p.blog) + '"><meta name="description" content="' + escape(p.paras[0][:60]) + '"><link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">')}<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg not_in_mm appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media"><div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">{escape(p.title)}</h1>
<div id="meta_content" class="rich_media_meta_list">{orig}<span class="rich_media_meta rich_media_meta_text">{escape(p.author)}</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{escape(p.blog)}</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">{escape(p.date_text)}</em> <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">云南</span></em></div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
<section style="font-size: 16px;">
{top}{body}{end}
</section>
<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>
</div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" class="media_tool_meta meta_primary" href="javascript:void(0);">阅读原文</a> <div class="media_tool_meta tips_global_primary meta_primary">阅读 <span id="readNum3">{1000 + _v(p.pid, 50000)}</span></div></div>
<div class="rich_media_tool_area"><span class="js_like_btn">赞</span> <span class="js_share_btn">分享</span> <span class="js_watch_btn">在看</span></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img" alt=""><p>微信扫一扫<br>关注该公众号</p></div></div></div>
<div class="rich_media_extra"><h3 class="rich_media_extra_title">喜欢此内容的人还喜欢</h3></div>
</div></div></div></div>
<p class="wx_footer">{escape(p.blog)} · 公众号文章网页版</p>
</body>
</html>
"""


# --------------------------------------------------------------------------- Zhihu column
def zhihu(p: Page) -> str:
    tops, ends, quotes, cards = slot(p, "top"), slot(p, "end"), slot(p, "quote"), slot(p, "card")
    top = "".join(f"<p>{credit_html(c)}</p>" for c in tops)
    inner = body_with_figure(p, ps).replace('<figure class="wp-block-image size-large">', '<figure data-size="normal">')
    if quotes:
        inner = f"<blockquote>{inner}</blockquote>" + "".join(f"<p>{credit_html(c)}</p>" for c in quotes)
    cardh = "".join(
        f'<a target="_blank" href="{escape(c.href)}" data-draft-node="block" data-draft-type="link-card" class="LinkCard new"><span class="LinkCard-contents"><span class="LinkCard-title two-line">{escape(c.card_title)}</span><span class="LinkCard-desc">{escape(c.href.split("/")[2])}</span></span></a><p>{credit_html(c)}</p>'
        for c in cards
    )
    end = "".join(f"<p>{credit_html(c)}</p>" for c in ends) + ps(p.extra)
    return f"""<!doctype html>
<html lang="zh" data-hairline="true" data-theme="light">
{head(p, '<meta name="description" content="' + escape(p.paras[0][:80]) + '"><link rel="shortcut icon" href="https://static.zhihu.com/heifetz/favicon.ico">')}<body>
<div id="root"><div class="App"><div class="ColumnPageHeader-Wrapper"><div class="ColumnPageHeader"><a href="https://www.zhihu.com" aria-label="知乎">知乎</a> <a href="https://zhuanlan.zhihu.com/write">写文章</a> <button class="Button">登录/注册</button></div></div>
<main role="main" class="App-main"><div class="Post-content" data-zop-usertoken="{{}}"><article class="Post-Main Post-NormalMain" tabindex="-1">
<header class="Post-Header"><h1 class="Post-Title">{escape(p.title)}</h1><div class="Post-Author"><div class="AuthorInfo"><a class="UserLink-link" href="https://www.zhihu.com/people/{escape(p.hint or 'user')}">{escape(p.author)}</a><div class="AuthorInfo-badgeText">{escape(p.blog)}</div></div><button class="Button FollowButton">关注</button></div>
<div class="LabelContainer-wrapper"></div></header>
<div class="Post-RichTextContainer"><div class="css-1yuhvjn"><div class="RichText ztext Post-RichText css-1g0fqss" options="[object Object]">
{top}{inner}
{cardh}{end}
</div></div></div>
<div class="ContentItem-time">发布于 {escape(p.date_text)}・IP 属地云南</div>
<div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics">{"".join(f'<div class="Tag Topic"><a class="TopicLink" href="#">{escape(t)}</a></div>' for t in p.tags)}</div></div>
<div class="Sticky RichContent-actions is-bottom"><div class="ContentItem-actions"><button class="Button VoteButton VoteButton--up">赞同 {_v(p.pid, 900)}</button> <button class="Button ContentItem-action">添加评论</button> <button class="Button ContentItem-action">分享</button> <button class="Button ContentItem-action">喜欢</button> <button class="Button ContentItem-action">收藏</button> <button class="Button ContentItem-action">申请转载</button></div></div>
</article></div>
<div class="Post-Sub Post-NormalSub"><div class="PostIndex-Contributions"><h3 class="BlockTitle">文章被以下专栏收录</h3><a class="ContentItem-title" href="#">{escape(p.blog)}</a></div><div class="Recommendations-Main"><h3 class="BlockTitle">推荐阅读</h3></div></div>
</main></div></div>
<footer class="Footer"><span>© 2027 知乎</span> <a href="https://www.zhihu.com/term/zhihu-terms">知乎协议</a> <span>京 ICP 证 110745 号</span></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Weibo headline article
def weibo(p: Page) -> str:
    tops, ends, quotes = slot(p, "top"), slot(p, "end"), slot(p, "quote")
    top = "".join(f"<p>{credit_html(c)}</p>" for c in tops)
    inner = body_with_figure(p, ps).replace('<figure class="wp-block-image size-large">', '<figure class="image">')
    if quotes:
        inner = f"<blockquote>{inner}</blockquote>" + "".join(f"<p>{credit_html(c)}</p>" for c in quotes)
    end = "".join(f"<p>{credit_html(c)}</p>" for c in ends) + ps(p.extra)
    return f"""<!DOCTYPE html>
<html lang="zh-cn">
{head(p, '<link href="//img.t.sinajs.cn/t6/style/css/module/base/frame.css" type="text/css" rel="stylesheet" charset="utf-8">')}<body class="WB_xline B_artical">
<div class="WB_miniblog"><div class="WB_global_nav"><a class="W_logo" href="https://weibo.com/">微博</a> <a href="https://weibo.com/login.php">登录</a> <a href="https://weibo.com/signup/signup.php">注册</a></div>
<div class="WB_frame WB_artical"><div class="main_editor"><div class="WB_editor_iframe_new">
<div class="article-pic"></div>
<div class="main_toppic"><div class="title" node-type="articleTitle">{escape(p.title)}</div>
<div class="art_info"><span class="W_autocut">{escape(p.author)}</span> <span class="time">发布于 {escape(p.date_text)}</span> <span class="num">阅读数 {10000 + _v(p.pid, 900000)}</span></div></div>
<div class="WB_editor_iframe_new" node-type="contentBody">
{top}{inner}
{end}
</div>
<div class="DCI_v2 clearfix"><div class="W_face_radius"><a href="#">{escape(p.blog)}</a></div><a class="W_btn_b btn_32px" href="#">+关注</a></div>
<div class="WB_feed_handle"><ul class="WB_row_line"><li><a href="#">转发 {_v(p.pid, 300)}</a></li><li><a href="#">评论 {_v(p.pid + 'c', 200)}</a></li><li><a href="#">赞 {_v(p.pid + 'z', 2000)}</a></li></ul></div>
</div></div></div>
<div class="WB_footer"><p>Copyright © 2009-2027 WEIBO 北京微梦创科网络技术有限公司</p></div></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Kompasiana
def kompasiana(p: Page) -> str:
    tops, ends, quotes = slot(p, "top"), slot(p, "end"), slot(p, "quote")
    top = "".join(f"<p>{credit_html(c)}</p>" for c in tops)
    inner = body_with_figure(p, ps).replace('<figure class="wp-block-image size-large">', '<figure class="inline-image">')
    if quotes:
        inner = f"<blockquote>{inner}</blockquote>" + "".join(f"<p>{credit_html(c)}</p>" for c in quotes)
    end = "".join(f"<p>{credit_html(c)}</p>" for c in ends) + ps(p.extra)
    tags = "".join(f'<a href="https://www.kompasiana.com/tag/{escape(t)}" class="tag">{escape(t)}</a>' for t in p.tags)
    return f"""<!DOCTYPE html>
<html lang="id">
{head(p, '<meta property="og:site_name" content="KOMPASIANA"><link rel="stylesheet" href="https://assets.kompasiana.com/statics/css/main.css">')}<body>
<header class="header-kompasiana"><div class="container"><a class="logo" href="https://www.kompasiana.com">KOMPASIANA</a> <nav class="nav-kategori"><a href="https://www.kompasiana.com/news">News</a> <a href="https://www.kompasiana.com/regional">Regional</a> <a href="https://www.kompasiana.com/lingkungan">Lingkungan</a></nav> <a href="https://account.kompasiana.com/login" class="btn-login">Masuk</a> <a class="btn-write" href="https://www.kompasiana.com/new">Tulis</a></div></header>
<div class="container"><div class="row"><div class="col-lg-9">
<div class="breadcrumb"><a href="https://www.kompasiana.com/regional">Regional</a> / <a href="#">Lingkungan</a></div>
<div class="read-title"><h1>{escape(p.title)}</h1></div>
<div class="read-info"><div class="user-info"><a href="https://www.kompasiana.com/{escape(p.hint)}" class="name">{escape(p.author)}</a> <span class="status">{escape(p.blog)}</span></div>
<div class="count-item"><span>Diperbarui: {escape(p.date_text)}</span> <span class="read-count">Dibaca : {100 + _v(p.pid, 2000)}</span> <span class="vote-count">Nilai : {_v(p.pid, 9)}</span></div></div>
<div class="read-content col-lg-9 col-md-9 col-sm-9 col-xs-9">
{top}{inner}
{end}
</div>
<div class="text-ket"><p>Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi Kompas.</p></div>
<div class="tag-list">{tags}</div>
<div class="vote-artikel"><h4>Beri Nilai</h4><ul><li>Bermanfaat</li><li>Menarik</li><li>Inspiratif</li><li>Aktual</li></ul></div>
<div class="comment-box"><h4>Beri Komentar</h4><p>Belum ada komentar. Jadilah yang pertama untuk memberikan komentar!</p></div>
</div><aside class="col-lg-3"><h3>Terpopuler</h3><h3>Nilai Tertinggi</h3><h3>Topik Pilihan</h3></aside></div></div>
<footer class="footer-kompasiana"><p>© Kompasiana.com. All Rights Reserved.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Hive front ends (PeakD, Ecency, hive.blog, Steemit)
def hive(p: Page) -> str:
    tops, ends, quotes = slot(p, "top"), slot(p, "end"), slot(p, "quote")
    user = p.author
    front = p.hint or "hive.blog"
    top = "".join(f"<p>{credit_html(c)}</p>" for c in tops)
    inner = body_with_figure(p, ps).replace('<figure class="wp-block-image size-large">', "<center>").replace("</figure>", "</center>").replace("<figcaption>", "<sub>").replace("</figcaption>", "</sub>")
    if quotes:
        inner = f"<blockquote>{inner}</blockquote>" + "".join(f"<p>{credit_html(c)}</p>" for c in quotes)
    end = "<hr>" + "".join(f"<p>{credit_html(c)}</p>" for c in ends) + ps(p.extra) if (ends or p.extra) else ""
    tags = "".join(f'<a class="tag" href="/trending/{escape(t)}">{escape(t)}</a>' for t in p.tags)
    payout = f"${_v(p.pid, 40)}.{_v(p.pid + 'p', 99):02d}"
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
{head(p, '<meta name="application-name" content="' + front + '"><link rel="manifest" href="/manifest.json">')}<body>
<div id="content"><div class="App theme-light"><header class="Header"><div class="Header__top"><a href="/" class="Header__logo">{front}</a> <nav class="Header__nav"><a href="/trending">Posts</a> <a href="/proposals">Proposals</a> <a href="/witnesses">Witnesses</a></nav> <a class="button" href="/login.html">Log in</a> <a class="button" href="https://signup.hive.io/">Sign up</a></div></header>
<div class="App__content"><div class="PostFull"><div class="PostFull__header"><h1 class="entry-title">{escape(p.title)}</h1>
<div class="PostFull__time_author_category_large vcard"><span class="author" itemprop="author"><a href="/@{escape(user)}">@{escape(user)}</a> <span class="Reputation">({55 + _v(p.pid, 20)})</span></span> in <a href="/created/{escape(p.tags[0] if p.tags else 'news')}">#{escape(p.tags[0] if p.tags else 'news')}</a> · <span class="updated"><time datetime="{p.date_iso}">{escape(p.date_text)}</time></span></div></div>
<div class="PostFull__body entry-content"><div class="MarkdownViewer Markdown">
{top}{inner}
{end}
</div></div>
<div class="PostFull__footer"><div class="TagList__horizontal">{tags}</div><div class="Voting"><span class="Voting__inner"><a class="upvote" href="#">▲</a></span> <span class="PostFull__payout">{payout}</span> <span class="VotesAndComments__votes">{_v(p.pid, 300)} votes</span></div> <a class="PostFull__reblog" href="#">Reblog</a> <a class="PostFull__reply" href="#">Reply</a></div>
<div class="Author__bio"><a href="/@{escape(user)}">{escape(p.blog)}</a></div></div>
<div id="comments" class="PostFull__comments"><div class="Comments"><h3>Comments</h3><div class="Comment__sort">Sort: Trending</div></div></div></div>
<footer class="Footer">{front} · Powered by Hive</footer></div></div>
</body>
</html>
"""


# --------------------------------------------------------------------------- dev.to / Hashnode
def devto(p: Page) -> str:
    tops, ends, quotes = slot(p, "top"), slot(p, "end"), slot(p, "quote")
    inner = body_with_figure(p, ps).replace('<figure class="wp-block-image size-large">', "<figure>")
    if quotes:
        inner = f"<blockquote>{inner}</blockquote>" + "".join(f"<p>{credit_html(c)}</p>" for c in quotes)
    end = "".join(f"<p>{credit_html(c)}</p>" for c in ends) + ps(p.extra)
    tags = "".join(f'<a class="crayons-tag crayons-tag--monochrome" href="/t/{escape(t)}"><span class="crayons-tag__prefix">#</span>{escape(t)}</a>' for t in p.tags)
    if p.hint == "hashnode":
        top = "".join(f'<div class="hn-canonical"><p>{credit_html(c)}</p></div>' for c in tops)
        return f"""<!DOCTYPE html>
<html lang="en">
{head(p, '<meta name="generator" content="Hashnode"><link rel="preconnect" href="https://cdn.hashnode.com">')}<body class="bg-white dark:bg-slate-950">
<div id="__next"><header class="blog-header"><a href="https://{p.host}/" class="blog-title">{escape(p.blog)}</a> <button class="follow-btn">Follow</button> <a href="https://{p.host}/newsletter">Newsletter</a></header>
<main class="blog-post-detail-card"><article><h1 class="font-heading text-3xl">{escape(p.title)}</h1>
<div class="post-meta"><a href="https://hashnode.com/@{escape(p.author)}" class="author">{escape(p.author)}</a> <a href="{escape(p.url)}" class="date"><span>{escape(p.date_text)}</span></a> <span>{4 + _v(p.pid, 8)} min read</span></div>
{top}
<div id="post-content-parent"><div id="post-content-wrapper" class="prose prose-lg dark:prose-dark">
{inner}
{end}
</div></div>
<div class="tags">{tags}</div>
<div class="reactions"><button>❤️ {_v(p.pid, 60)}</button> <button>💬 {_v(p.pid + 'c', 9)}</button> <button>Share</button></div>
<div class="newsletter-cta"><h3>Subscribe to our newsletter</h3><p>Read articles from {escape(p.blog)} directly inside your inbox. Subscribe to the newsletter, and don't miss out.</p></div>
</article></main>
<footer class="blog-footer"><p>©2027 {escape(p.blog)}</p><p><a href="https://hashnode.com/">Powered by Hashnode</a> - Build your developer hub.</p><a href="/sitemap.xml">Archive</a> · <a href="https://hashnode.com/privacy">Privacy policy</a> · <a href="https://hashnode.com/terms">Terms</a></footer></div>
</body>
</html>
"""
    top = "".join(f'<p class="crayons-article__canonical fs-s">{credit_html(c)}</p>' for c in tops)
    aid = 1700000 + _v(p.pid, 200000)
    return f"""<!DOCTYPE html>
<html lang="en">
{head(p, '<meta name="application-name" content="dev.to"><link rel="search" href="https://dev.to/open-search.xml" type="application/opensearchdescription+xml" title="DEV Community">')}<body class="sans-serif-article-body default-header" data-user-status="logged-out" data-community-name="DEV Community">
<header class="crayons-header"><a href="/" class="site-logo" aria-label="DEV Community Home">DEV Community</a> <div class="crayons-header--search"><input type="text" placeholder="Search..."></div> <a href="/enter" class="c-link">Log in</a> <a href="/enter?state=new-user" class="c-cta">Create account</a></header>
<div class="crayons-layout crayons-layout--3-cols crayons-layout--article"><aside class="crayons-layout__sidebar-left"><div class="crayons-article-actions"><button id="reaction-butt-like" class="crayons-reaction"><span class="crayons-reaction__count">{_v(p.pid, 80)}</span></button><button id="reaction-butt-unicorn"><span>{_v(p.pid + 'u', 9)}</span></button><button id="reaction-butt-readinglist"><span>{_v(p.pid + 'r', 20)}</span></button></div></aside>
<main id="main-content" class="crayons-layout__content"><div class="article-wrapper"><article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="{aid}" data-article-slug="x">
<header class="crayons-article__header" id="main-title"><div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row"><div id="action-space" class="crayons-article__actions mb-4 s:mb-0 s:order-last"></div><div class="flex flex-1 mb-5 items-start"><a href="/{escape(p.hint or p.author)}"><img class="radius-full" src="https://media2.dev.to/dynamic/image/width=50,height=50/{aid}.png" alt=""></a><div class="pl-3 flex-1"><a href="/{escape(p.hint or p.author)}" class="crayons-link fw-bold">{escape(p.author)}</a><p class="fs-xs color-base-60">Posted on <time datetime="{p.date_iso}" class="date-no-year">{escape(p.date_text)}</time></p></div></div></div>
{top}
<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">{escape(p.title)}</h1><div class="spec__tags flex flex-wrap">{tags}</div></div></header>
<div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" data-article-id="{aid}" id="article-body">
{inner}
{end}
</div></div></article>
<section id="comments" class="text-padding mb-4 crayons-card" data-follow-button-container="true"><header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments ({_v(p.pid, 6)})</h2><div id="comment-subscription"><button class="crayons-btn crayons-btn--outlined">Subscribe</button></div></header><a href="/code-of-conduct">Code of Conduct</a> • <a href="/report-abuse">Report abuse</a></section>
</div></main>
<aside class="crayons-layout__sidebar-right"><div class="crayons-card crayons-card--secondary p-4"><h3>More from {escape(p.blog)}</h3></div></aside></div>
<footer id="footer" class="crayons-footer"><p><a href="/">DEV Community</a> — A constructive and inclusive social network for software developers. With you every step of your journey.</p><p>Built on <a href="https://www.forem.com">Forem</a> — the open source software that powers DEV and other inclusive communities.</p><p>Made with love and Ruby on Rails. DEV Community © 2016 - 2027.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Quora Spaces
def quora(p: Page) -> str:
    tops, ends, quotes, cards = slot(p, "top"), slot(p, "end"), slot(p, "quote"), slot(p, "card")

    def qp(xs: list[str]) -> str:
        return "".join(f'<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start"><span style="font-weight: normal; font-style: normal;">{escape(x)}</span></p>' for x in xs)

    top = "".join(f'<div class="q-box qu-mb--small"><div class="q-text qu-color--gray">{credit_html(c)}</div></div>' for c in tops)
    inner = qp(p.paras[:1])
    if p.caption:
        inner += f'<div class="q-box qu-mb--small"><img class="q-image qu-display--block" src="https://qph.cf2.quoracdn.net/main-qimg-{hashlib.md5(p.pid.encode()).hexdigest()}" alt=""><div class="q-text qu-fontSize--small qu-color--gray">{escape(p.caption)}</div></div>'
    inner += qp(p.paras[1:])
    if quotes:
        inner = f'<blockquote class="q-box qu-borderLeft">{inner}</blockquote>' + "".join(f'<div class="q-text">{credit_html(c)}</div>' for c in quotes)
    cardh = "".join(
        f'<div class="q-box qu-borderAll qu-borderRadius--small"><a class="q-box qu-cursor--pointer" href="{escape(c.href)}" target="_blank"><div class="q-text qu-bold">{escape(c.card_title)}</div><div class="q-text qu-color--gray_light">{escape(c.href.split("/")[2])}</div></a></div><div class="q-text">{credit_html(c)}</div>'
        for c in cards
    )
    end = "".join(f'<div class="q-text qu-fontSize--small">{credit_html(c)}</div>' for c in ends) + qp(p.extra)
    return f"""<!DOCTYPE html>
<html lang="en">
{head(p, '<meta property="og:site_name" content="Quora"><link rel="stylesheet" href="https://qsf.cf2.quoracdn.net/-4-ans_frontend-assets.css">')}<body class="unified_layout">
<div id="root"><div class="q-box"><div class="q-fixed qu-fullX qu-zIndex--header"><div class="q-box"><a href="https://www.quora.com/" aria-label="Quora">Quora</a> <div class="q-box"><input placeholder="Search Quora" type="text"></div> <a href="https://www.quora.com/">Sign In</a></div></div>
<div class="q-box puppeteer_test_tribe_header"><div class="q-text qu-dynamicFontSize--large qu-bold">{escape(p.blog)}</div><div class="q-text qu-color--gray">{1000 + _v(p.pid, 90000)} followers · Follow Space</div></div>
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised dom_annotate_multifeed_tribe_top_items"><div class="q-box qu-pt--medium qu-px--medium qu-pb--tiny">
<div class="q-flex qu-alignItems--center"><span class="q-text qu-bold"><a class="q-box Link___StyledBox-t2xg9c-0" href="https://www.quora.com/profile/{escape(p.hint or 'user')}">{escape(p.author)}</a></span> <span class="q-text qu-color--gray_light"> · </span><span class="q-text qu-color--gray">{escape(p.date_text)}</span></div>
<div class="q-text qu-color--gray qu-fontSize--small">Posted in {escape(p.blog)}</div></div>
<div class="q-box qu-px--medium"><div class="q-text qu-truncateLines--3 qu-dynamicFontSize--regular qu-bold qu-color--gray_dark_dim qu-passColorToLinks">{escape(p.title)}</div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-text qu-wordBreak--break-word">
{top}{inner}
{cardh}{end}
</div></div></div>
<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-px--medium"><button class="q-click-wrapper" aria-label="Upvote"><span>Upvote</span> <span>{_v(p.pid, 200)}</span></button> <button class="q-click-wrapper" aria-label="Share">Share</button> <span class="q-text qu-color--gray">{100 + _v(p.pid + 'v', 9000)} views</span></div></div>
<div class="q-box qu-mt--medium"><div class="q-text qu-bold">Related posts</div></div>
<div class="q-box qu-mt--large"><span class="q-text qu-color--gray_light">About · Careers · Privacy · Terms · Contact · Languages · Your Ad Choices · Press · © Quora, Inc. 2027</span></div>
</div></div>
</body>
</html>
"""


TEMPLATES = {
    "wpcom": wpcom,
    "tumblr": tumblr,
    "journal": journal,
    "wall": wall,
    "naver": naver,
    "tistory": tistory,
    "note": note,
    "hatena": hatena,
    "wechat": wechat,
    "zhihu": zhihu,
    "weibo": weibo,
    "kompasiana": kompasiana,
    "hive": hive,
    "devto": devto,
    "quora": quora,
}


def render(p: Page) -> str:
    return TEMPLATES[p.tpl](p)

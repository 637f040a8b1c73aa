# ruff: noqa: E501, RUF001
"""Page templates of the ninth blind set: the earlier sets' templates plus a WordPress post in
the JNews theme (breadcrumbs, post meta, an inline "Read also" box the theme drops into the
content, its own Source / Via fields under the post, a "Related posts" grid, a popular-posts
widget, a footer naming the site's partners) and a news-aggregator reader view (the feed item a
RSS-reader web app shows: the entry's feed name, a "Visit website" button, "More stories" from
other feeds). Laid out from memory of such pages."""

from __future__ import annotations

from chrome3 import Page3, _e, _head, _nav
from chrome4 import _html
from chrome8 import TRENDING_BY_LANG, _partners, _trending, render_page8

# The themes' lists on pages in this set's languages (added to the eighth set's table).
TRENDING_BY_LANG.update(
    {
        "it": (
            "Il consiglio comunale rinvia il voto sul bilancio",
            "Revocata l'allerta meteo sulla costa",
            "Pubblicato il calendario scolastico del prossimo anno",
            "Finale di coppa, biglietti esauriti in un'ora",
        ),
        "tr": (
            "Belediye meclisi bütçe oylamasını erteledi",
            "Sahil için fırtına uyarısı kaldırıldı",
            "Yeni eğitim yılının takvimi açıklandı",
            "Kupa finali biletleri bir saatte tükendi",
        ),
        "id": (
            "DPRD tunda pengesahan anggaran daerah",
            "Peringatan cuaca ekstrem di pesisir dicabut",
            "Kalender akademik tahun depan diumumkan",
            "Tiket final piala habis dalam satu jam",
        ),
        "pl": (
            "Rada miasta przekłada głosowanie nad budżetem",
            "Odwołano ostrzeżenie przed burzami na wybrzeżu",
            "Znamy kalendarz roku szkolnego",
            "Bilety na finał pucharu wyprzedane w godzinę",
        ),
        "bn": (
            "পৌরসভার বাজেট ভোট পিছিয়েছে",
            "উপকূলে ঝড়ের সতর্কতা প্রত্যাহার",
            "আগামী বছরের শিক্ষাপঞ্জি প্রকাশ",
            "কাপ ফাইনালের টিকিট এক ঘণ্টায় শেষ",
        ),
        "el": (
            "Αναβάλλεται η ψηφοφορία για τον προϋπολογισμό του δήμου",
            "Άρση της προειδοποίησης για καταιγίδες στις ακτές",
            "Ανακοινώθηκε το σχολικό ημερολόγιο της νέας χρονιάς",
            "Εξαντλήθηκαν σε μία ώρα τα εισιτήρια του τελικού",
        ),
    }
)

READ_ALSO = {
    "en": "Read also",
    "id": "Baca juga",
    "it": "Leggi anche",
    "bn": "আরও পড়ুন",
    "el": "Διαβάστε επίσης",
}


def jnews(p: Page3) -> str:
    """A WordPress post in the JNews theme."""
    byline = p.byline_html or (
        f'<div class="jeg_meta_author"><span class="meta_text">by</span> <a href="https://{p.host}/author/{p.variant}/">{_e(p.author)}</a></div>'
    )
    related = "".join(
        f'<article class="jeg_post"><h3 class="jeg_post_title"><a href="https://{p.host}/related-{i}/">{_e(t)}</a></h3></article>'
        for i, t in enumerate(_trending(p)[:3])
    )
    inline = f'<div class="jnews_inline_related_post"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>{_e(READ_ALSO.get(p.lang, "Read also"))}</span></h3></div><div class="jeg_posts"><h3 class="jeg_post_title"><a href="https://{p.host}/inline-0/">{_e(_trending(p)[3])}</a></h3></div></div>'
    paras = p.body.split("\n")
    body_html = "\n".join([*paras[:2], inline, *paras[2:]]) if len(paras) > 3 else p.body
    body = (
        f'<body class="post-template-default single single-post jeg_single_tpl_1 jnews">\n<div class="jeg_viewport">\n'
        f'<div class="jeg_header normal"><div class="jeg_topbar"><div class="jeg_top_date">{p.iso_date}</div></div>'
        f'<div class="jeg_midbar"><div class="jeg_logo"><a href="https://{p.host}/">{_e(p.site_name)}</a></div></div><div class="jeg_bottombar">{_nav(p, ("Home", "News", "Region", "Economy", "Sport", "Tech"))}</div></div>\n'
        f'<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="https://{p.host}/">Home</a></span><i class="fa fa-angle-right"></i><span><a href="https://{p.host}/category/news/">News</a></span></div></div>\n'
        f'<div class="row"><div class="jeg_main_content col-md-8"><div class="jeg_inner_content">\n'
        f'<div class="entry-header"><h1 class="jeg_post_title">{_e(p.title)}</h1><div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left">{byline}<div class="jeg_meta_date"><a href="{_e(p.url)}">{p.iso_date}</a></div></div><div class="meta_right"><div class="jeg_meta_comment"><a href="{_e(p.url)}#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div></div>\n'
        f'<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><a href="https://www.facebook.com/sharer.php?u={_e(p.url)}" class="jeg_btn-facebook"><span>Share on Facebook</span></a><a href="https://twitter.com/intent/tweet?url={_e(p.url)}" class="jeg_btn-twitter"><span>Share on Twitter</span></a></div></div>\n'
        f'<div class="entry-content no-share"><div class="content-inner">\n{body_html}\n</div></div>\n{p.after_html}\n'
        f'<div class="jeg_post_tags"><span>Tags:</span> <a href="https://{p.host}/tag/region/" rel="tag">Region</a></div>\n'
        f'<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Related Posts</span></h3></div><div class="jeg_posts_wrap">{related}</div></div></div>\n'
        f'<div class="jnews_comment_container"><div id="comments" class="comment-wrapper"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><form class="comment-form"><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div></div>\n'
        f'</div></div>\n<div class="jeg_sidebar col-md-4"><div class="widget widget_jnews_module_block_3"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Popular</span></h3></div><ol>{"".join(f"<li>{_e(t)}</li>" for t in _trending(p)[1:])}</ol></div></div></div>\n'
        f"</div></div></div></div>\n"
        f'<div class="footer-holder"><div class="jeg_footer jeg_footer_1"><div class="jeg_about"><p>{_e(p.site_name)}: news from the region, every day.</p></div>{_partners(p)}<div class="jeg_footer_bottom"><p class="copyright">&copy; 2026 {_e(p.site_name)} - All Rights Reserved.</p></div></div></div>\n'
        f"</div>\n</body>"
    )
    return _html(p, _head(p, '<meta name="generator" content="WordPress 6.7">\n'), body)


def reader(p: Page3) -> str:
    """An RSS reader's web view of one feed item: the feed's name, the entry, a "Visit website"
    button to the entry's own address, and items from other feeds."""
    byline = p.byline_html or f'<div class="entry-author">{_e(p.author)}</div>'
    others = "".join(
        f'<li class="entry-item"><a href="https://{p.host}/i/{i}">{_e(t)}</a></li>'
        for i, t in enumerate(_trending(p)[:3])
    )
    body = (
        f'<body class="reader entry-view">\n<header class="app-bar"><a class="app-logo" href="https://{p.host}/">{_e(p.site_name)}</a>{_nav(p, ("Today", "Following", "Saved", "Discover"))}</header>\n'
        f'<main class="entry-pane"><article class="entry"><h1 class="entry-title">{_e(p.title)}</h1>\n'
        f'<div class="entry-meta">{byline}<time datetime="{p.iso_date}">{p.iso_date}</time></div>\n'
        f'<div class="entry-content">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<div class="entry-actions"><button class="save">Save</button><button class="share">Share</button></div></article>\n'
        f'<aside class="more-stories"><h2>More stories</h2><ul>{others}</ul></aside></main>\n'
        f'<footer class="app-footer"><p>&copy; 2026 {_e(p.site_name)}. Headlines and excerpts belong to their publishers.</p></footer>\n</body>'
    )
    return _html(p, _head(p), body)


def render_page9(chrome: str, p: Page3) -> str:
    if chrome == "jnews":
        return jnews(p)
    if chrome == "reader":
        return reader(p)
    return render_page8(chrome, p)

# ruff: noqa: E501
"""Page templates of the eleventh blind set: the ninth set's (JNews, the reader and everything
earlier) plus a WeChat official-account article (the account's name where a byline goes, a
"原创" badge on the account's own posts, the text in `#js_content`, a "阅读原文" link and the
read / like bar under it), the way Chinese local news is most often reposted. The themes'
trending and "Read also" lists are given in this set's languages that the earlier sets left in
English. Laid out from memory of such pages."""

from __future__ import annotations

from chrome3 import Page3, _e, _head
from chrome4 import _html
from chrome8 import TRENDING_BY_LANG, _trending
from chrome9 import READ_ALSO, render_page9

TRENDING11 = {
    "pt": (
        "Câmara adia votação do orçamento municipal",
        "Defesa Civil suspende alerta de ressaca no litoral",
        "Divulgado o calendário escolar do próximo ano",
        "Ingressos para a final esgotam em uma hora",
    ),
    "ru": (
        "Депутаты перенесли голосование по бюджету",
        "Штормовое предупреждение на побережье отменено",
        "Опубликован график каникул на следующий учебный год",
        "Билеты на финал кубка раскупили за час",
    ),
    "zh": (
        "市人大常委会推迟审议年度预算",
        "沿海地区解除大风预警",
        "下学年校历公布",
        "杯赛决赛门票一小时售罄",
    ),
    "ja": (
        "市議会、予算案の採決を来月に延期",
        "沿岸部の暴風警報を解除",
        "来年度の学校行事予定を発表",
        "カップ決勝のチケット、1時間で完売",
    ),
    "ko": (
        "군의회, 예산안 표결 다음 달로 연기",
        "해안 지역 강풍 특보 해제",
        "내년도 학사 일정 발표",
        "결승전 입장권 1시간 만에 매진",
    ),
    "nl": (
        "Gemeenteraad stelt stemming over begroting uit",
        "Code oranje voor de kust ingetrokken",
        "Schoolvakanties voor volgend jaar bekend",
        "Kaarten voor de bekerfinale binnen een uur uitverkocht",
    ),
    "vi": (
        "HĐND huyện lùi thời gian thông qua ngân sách",
        "Dỡ bỏ cảnh báo gió mạnh ven biển",
        "Công bố khung kế hoạch năm học mới",
        "Vé trận chung kết bán hết trong một giờ",
    ),
    "fa": (
        "رأی‌گیری بودجه شهرداری به ماه آینده موکول شد",
        "هشدار طوفان در سواحل لغو شد",
        "تقویم آموزشی سال آینده اعلام شد",
        "بلیت‌های فینال جام در یک ساعت تمام شد",
    ),
}
READ_ALSO11 = {
    "es": "Lee también",
    "pt": "Leia também",
    "fr": "À lire aussi",
    "de": "Lesen Sie auch",
    "ru": "Читайте также",
    "zh": "相关阅读",
    "ja": "あわせて読みたい",
    "nl": "Lees ook",
    "vi": "Đọc thêm",
    "ar": "اقرأ أيضا",
}


def use_local_lists() -> None:
    """Add this set's languages to the themes' lists, leaving every language an earlier set
    rendered as it was (so the earlier sets still regenerate byte for byte)."""
    for lang, items in TRENDING11.items():
        TRENDING_BY_LANG.setdefault(lang, items)
    for lang, label in READ_ALSO11.items():
        READ_ALSO.setdefault(lang, label)


def wechat(p: Page3) -> str:
    """A WeChat official-account article as its web view serves it."""
    account = p.byline_html or f'<a href="javascript:void(0);" id="js_name">{_e(p.site_name)}</a>'
    badge = (
        '<span id="copyright_logo" class="rich_media_meta icon_appmsg_tag appmsg_title_tag">原创</span>'
        if p.own
        else ""
    )
    more = "".join(f'<li class="relate_article_item">{_e(t)}</li>' for t in _trending(p)[:3])
    body = (
        '<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg">\n'
        '<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">\n'
        f'<div id="img-content" class="rich_media_wrp"><h1 class="rich_media_title" id="activity-name">{_e(p.title)}</h1>\n'
        f'<div id="meta_content" class="rich_media_meta_list">{badge}<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">{account}</span>'
        f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{p.iso_date} 08:{10 + p.variant * 7}</em></div>\n'
        f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">\n{p.body}\n</div>\n{p.after_html}\n'
        '<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" class="media_tool_meta meta_primary" href="javascript:void(0);">阅读原文</a>'
        '<span class="media_tool_meta">阅读 <span id="readNum3">3.1万</span></span><span class="media_tool_meta">赞</span><span class="media_tool_meta">在看</span></div>\n'
        f'</div></div></div></div></div>\n<div class="rich_media_extra"><h3>喜欢此内容的人还喜欢</h3><ul class="relate_article_list">{more}</ul></div>\n</body>'
    )
    return _html(p, _head(p, '<meta name="referrer" content="no-referrer">\n'), body)


def render_page11(chrome: str, p: Page3) -> str:
    if chrome == "wechat":
        return wechat(p)
    return render_page9(chrome, p)

"""A site's own name in its own script, on a domain that spells it in Latin letters ("منبع:
قشم‌نامه" on qeshmnameh.ir, "स्रोत: दिव्य हिमाचल" on divyahimachal.com): the site's own story,
no copy (the name is romanized and compared with the domain by its consonants, which the
romanizations of one name share; their vowels differ)."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

FA_STORY = (
    "اهالی روستاهای غرب جزیره از کمبود آب آشامیدنی در ماه‌های گرم سال شکایت دارند.\n"
    "فرمانداری اعلام کرد که از هفته آینده دو تانکر اضافی به روستاهای غربی اختصاص می‌دهد."
)
HI_STORY = (
    "शिमला में सोमवार को भारी बर्फबारी के बाद कई सड़कें बंद हो गईं और बिजली आपूर्ति बाधित रही।\n"
    "प्रशासन ने लोगों से अनावश्यक यात्रा न करने की अपील की है।"
)
TH_STORY = (
    "กรมอุตุนิยมวิทยาประกาศเตือนพายุฤดูร้อนในภาคเหนือตลอดสัปดาห์นี้\n"
    "ประชาชนควรหลีกเลี่ยงการอยู่ใต้ต้นไม้ใหญ่ระหว่างฝนฟ้าคะนอง"
)


@pytest.mark.parametrize(
    ("story", "line", "url"),
    [
        (FA_STORY, "منبع: قشم‌نامه", "https://www.qeshmnameh.ir/NewsDetail.aspx?NewsID=11650"),
        (HI_STORY, "स्रोत: दिव्य हिमाचल", "https://www.divyahimachal.com/2027/02/shimla-snow/"),
        (TH_STORY, "ที่มา: มติชน", "https://www.matichon.co.th/region/news_4410021"),
    ],
)
def test_the_sites_own_name_in_its_script_credits_no_one(story: str, line: str, url: str) -> None:
    _, found = attribute(f"{story}\n{line}", url=url)
    assert found.original_publisher is None


@pytest.mark.parametrize(
    ("story", "line", "url", "publisher"),
    [
        # another outlet's name in the same script on that site: still its copy
        (FA_STORY, "منبع: بندرنامه", "https://www.qeshmnameh.ir/News.aspx?id=11651", "بندرنامه"),
        # the same name on another site: a copy of that outlet's story
        (HI_STORY, "स्रोत: दिव्य हिमाचल", "https://himachal.example.in/story/1", "दिव्य हिमाचल"),
    ],
)
def test_another_outlets_name_is_still_a_credit(
    story: str, line: str, url: str, publisher: str
) -> None:
    _, found = attribute(f"{story}\n{line}", url=url)
    assert found.original_publisher == publisher

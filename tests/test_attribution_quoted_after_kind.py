"""A paper's name quoted after its kind in a note of where the story first ran ("Статья впервые
опубликована на сайте «Зеркало недели»"): Russian and Ukrainian write such names in sentence
case, and after the kind noun in the nominative whatever the preposition, so the quotes and the
kind say where the name starts and that it is a publication's."""

# ruff: noqa: RUF001  (the quotes of other scripts are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

RU_STORY = [
    "Городские власти закрыли мост на ремонт в понедельник после того, как паводок подмыл "
    "одну из опор, и инженеры говорят, что работы займут не меньше трёх недель.",
    "Жителям предложили объезд через северный район.",
]
UK_STORY = [
    "Міська рада в понеділок закрила міст на ремонт після того, як повінь підмила одну з "
    "опор, і інженери кажуть, що роботи триватимуть щонайменше три тижні.",
    "Мешканцям запропонували об'їзд через північний район.",
]
URL = "https://vesti-prigoroda.example.ru/news/2027/02/most"


@pytest.mark.parametrize(
    ("story", "line", "publisher"),
    [
        (RU_STORY, "Статья впервые опубликована на сайте «Зеркало недели».", "Зеркало недели"),
        (RU_STORY, "Материал впервые опубликован на сайте «Новое время».", "Новое время"),
        (UK_STORY, "Колонка вперше опублікована на сайті «Дзеркало тижня».", "Дзеркало тижня"),
        (UK_STORY, "Стаття вперше опублікована в газеті «Дзеркало тижня».", "Дзеркало тижня"),
        # capitalised or a table name, as before
        (RU_STORY, "Статья впервые опубликована на сайте «Новая газета».", "Новая газета"),
        (RU_STORY, "Статья впервые опубликована на сайте «Интерфакса».", "Interfax"),
        # a quoted title with no kind before it may be anything's: still no name
        (RU_STORY, "Источник: «Как вырастить томаты»", None),
    ],
)
def test_a_quoted_name_after_its_kind_is_the_publication(
    story: list[str], line: str, publisher: str | None
) -> None:
    text, attribution = attribute("\n".join([*story, line]), url=URL)
    assert attribution.original_publisher == publisher
    if publisher is not None:
        assert line not in text  # the credit line leaves the story
        assert story[-1] in text

"""An agency paste whose picture credit closes the text ('Фото: пресс-служба Совмина'
under the last paragraph, the site's footer under it): the last paragraph is the text's,
however short, never a caption; a short line over a credit with the text going on under
it stays a caption."""

from __future__ import annotations

from .makers import article_of
from .makers import paste as _paste

_HEAD = [
    "Проекты",
    "Госорганы",
    "flag Четверг, 27 ноября 2026",
    "Все новости",
    "Общество",
    "27 ноября 2026, 14:05",
    "",
    "Правительство утвердило программу модернизации районных больниц",
    "",
]
_TEXT = [
    "МИНСК, 27 ноября (БЕЛТА) – Правительство утвердило программу модернизации районных "
    "больниц на 2027-2030 годы, сообщили БЕЛТА в пресс-службе Совета Министров.",
    "Документ предусматривает ремонт и оснащение 46 больниц в малых городах. На первом "
    "этапе работы пройдут в Гомельской и Витебской областях, где износ зданий выше среднего.",
    "«Мы должны обеспечить одинаковое качество медицинской помощи в столице и в районе», – "
    "подчеркнул премьер-министр.",
]
_FOOT = ["Подписывайтесь на нас в", "Telegram", "Последние новости Беларуси"]
_CREDIT = "Фото: пресс-служба Совмина"


def test_last_paragraph_over_the_closing_photo_credit_is_kept() -> None:
    for last in (
        "Программа рассчитана на четыре года.",
        "Напомним, проект программы обсуждался с врачами и жителями районов с сентября.",
        "«Работы начнутся уже весной», – сообщили в Минздраве.",
        "Финансирование программы составит около 1,2 млрд рублей, часть средств поступит из "
        "местных бюджетов, контроль возложен на Министерство здравоохранения.",
    ):
        for gap in ("", None):  # a blank line between the paragraphs, or none
            text = [*_TEXT, last]
            if gap is not None:
                text = [ln for p in text for ln in (p, gap)]
            art = article_of(_paste(*_HEAD, *text, _CREDIT, *_FOOT))
            assert art.title == _HEAD[7]
            for paragraph in [*_TEXT[1:], last]:
                assert paragraph[:50] in art.body, (last, art.body[-120:])
            assert art.body.rstrip().endswith(last[-30:]), art.body[-80:]
            assert "Фото" not in art.body and "Подписывайтесь" not in art.body
            assert art.source == "BelTA" and art.published.day == 27


def test_caption_between_paragraphs_stays_out() -> None:
    caption = "Премьер-министр на совещании в Доме правительства."
    art = article_of(_paste(*_HEAD, _TEXT[0], caption, _CREDIT, *_TEXT[1:], *_FOOT))
    assert caption not in art.body and "Фото" not in art.body
    assert _TEXT[2][:40] in art.body

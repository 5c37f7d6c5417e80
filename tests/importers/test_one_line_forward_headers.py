"""A forward under the mail client's one-line header ('25.11.2025, 09:02, "Outlet"
<digest@example.ru>:' under '-------- Пересылаемое сообщение --------'): the outlet in it is
the sender of the forwarded article, not the colleague who forwarded it (mail.py).
"""

from __future__ import annotations

from tests.importers.makers import MAIL_RU, articles_of, mail_bytes

_MORE = "Работы будут вестись в ночное время, движение по мостам ограничат частично."
_HEAD = '25.11.2025, 09:02, "Пример-Вести" <digest@example-vesti.ru>:'


def test_a_text_forward_under_a_one_line_header_is_the_outlets() -> None:
    text = (
        "Коллеги, для справки.\n\n-------- Пересылаемое сообщение --------\n"
        f"{_HEAD}\n\nВ городе отремонтируют двенадцать мостов\n\n{MAIL_RU}\n\n{_MORE}\n"
    )
    sender = "Иван Коллегов <i.kollegov@example.ru>"
    (art,) = articles_of(
        "fwd.eml", mail_bytes(sender, "Fwd: В городе отремонтируют двенадцать мостов", text)
    )
    assert art.source == "Primer-Vesti"
    assert art.title == "В городе отремонтируют двенадцать мостов"


def test_an_html_forward_under_a_one_line_header_is_the_outlets() -> None:
    html = (
        "<html><body><div>Коллеги, для справки.</div><div>-------- Пересылаемое сообщение "
        f"--------</div><div>{_HEAD.replace('<', '&lt;').replace('>', '&gt;')}</div>"
        "<blockquote><h1>В городе отремонтируют двенадцать мостов</h1>"
        f"<p>{MAIL_RU}</p><p>{_MORE}</p></blockquote></body></html>"
    )
    sender = "Иван Коллегов <i.kollegov@example.ru>"
    (art,) = articles_of(
        "fwd.eml", mail_bytes(sender, "Fwd: В городе отремонтируют двенадцать мостов", html, "html")
    )
    assert art.source == "Primer-Vesti"
    assert art.title == "В городе отремонтируют двенадцать мостов"

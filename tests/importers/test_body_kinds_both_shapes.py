"""A non-media body's Cyrillic name is kept as printed whichever way it is built: kind first
("Бюро …", "Почта …", "Водоканал …") or place and rank first ("… городская Дума",
"… торгово-промышленная палата"); one list of kinds serves both shapes, and an outlet's
brand (a paper, a channel, a news service) is still named in Latin letters."""

from app.importers.sitename import is_institution


def test_kind_first_bodies_are_institutions():
    assert is_institution("Бюро региональной статистики Примерстана")
    assert is_institution("Почта Примерии")
    assert is_institution("Водоканал города Примерска")
    assert is_institution("Собрание депутатов Примерского района")


def test_adjectives_first_bodies_are_institutions():
    assert is_institution("Примерская городская Дума")
    assert is_institution("Примерская торгово-промышленная палата")
    assert is_institution("Законодательное собрание Примерского края")
    assert is_institution("Примерский областной суд")


def test_outlets_with_a_kind_word_stay_outlets():
    assert not is_institution("Примерская служба новостей")  # a radio's news service
    assert not is_institution("Казахская служба Радио Примера")  # a language service
    assert is_institution("Служба занятости Примерского края")  # the kind first
    assert not is_institution("Примерское информационное агентство")
    assert not is_institution("Примерская газета")
    assert not is_institution("Первый примерский канал")
    assert not is_institution("Вечерний Примерск")
    assert not is_institution("Примерская правда")

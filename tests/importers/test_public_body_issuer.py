"""A page by a public body names its issuer somewhere: a bare "© Body" notice, a long
spelled-out name in a dated notice, a "From:" meta row, a capitalised header signed off by
its press secretary in another grammatical case. Made-up bodies and outlets only."""

from app.importers.sitename import (
    copyright_owner,
    is_public_body,
    site_from_issuer_label,
    site_from_press_office,
)


def test_bare_notice_of_a_public_body_names_it():
    assert copyright_owner("© Polizeidirektion Beispielstadt") == "Polizeidirektion Beispielstadt"
    assert copyright_owner("© Landgericht Musterhausen") == "Landgericht Musterhausen"
    assert copyright_owner("© Examplshire Constabulary") == "Examplshire Constabulary"
    assert copyright_owner("© Министерство культуры Примерской области") == (
        "Министерство культуры Примерской области"
    )


def test_bare_notice_of_a_person_or_outlet_stays_a_credit():
    assert copyright_owner("© Max Mustermann") == ""
    assert copyright_owner("© Example Police Gazette") == ""  # a paper's name
    assert copyright_owner("© Jane Doe/Example") == ""


def test_long_spelled_out_body_in_a_dated_notice():
    line = "© 2025 Администрация муниципального образования город Примерск"
    assert copyright_owner(line) == "Администрация муниципального образования город Примерск"
    line = "© 2025 Ministerium für Umwelt und Klima des Landes Beispiel"
    assert copyright_owner(line) == "Ministerium für Umwelt und Klima des Landes Beispiel"
    # an abbreviated legal name stays bounded: the header prints it shorter
    assert copyright_owner("© ГБУЗ «НИИ ПР им. А.Б. Примерова ДЗП», 2025") == ""


def test_town_abbreviation_does_not_end_a_russian_body_name():
    line = "© Прокуратура г. Примерска, 2025. Адрес: 100000, г. Примерск"
    assert copyright_owner(line) == "Прокуратура г. Примерска"
    assert copyright_owner("© 2025 г. Пример Медиа") == ""


def test_issuer_label_in_meta_rows():
    lines = ["Home", "Press release", "Headline here", "From:", "Example Revenue Authority",
             "Published", "3 March 2025", ""]  # fmt: skip
    assert site_from_issuer_label(lines) == "Example Revenue Authority"
    lines = ["Meldung", "Herausgeber: Landesamt für Statistik Beispiel", "Titel"]
    assert site_from_issuer_label(lines) == ""  # no body's kind the rule knows: not taken
    lines = ["Pressemitteilung", "Herausgeber: Ministerium des Innern Beispielland", "Titel"]
    assert site_from_issuer_label(lines) == "Ministerium des Innern Beispielland"
    # an e-mail's sender pasted as text is a person, never the issuer
    assert site_from_issuer_label(["From: Jane Doe", "To: Desk", "Subject: x"]) == ""


def test_shouted_header_signed_off_in_the_genitive():
    lines = ["ПРИМЕРСКИЙ ОБЛАСТНОЙ СУД", "Пресс-релиз", "Заголовок", "Текст.",
             "Пресс-секретарь Примерского областного суда", "А.Б. Иванова"]  # fmt: skip
    assert site_from_press_office(lines) == "Примерский областной суд"
    lines = ["EXAMPLE DISTRICT COURT", "Headline", "Text.",
             "Press office of the Example District Court"]  # fmt: skip
    assert site_from_press_office(lines) == "Example District Court"
    # a header in capitals with other words is not the body that signs
    lines = ["ПРИМЕРНЫЕ НОВОСТИ ДНЯ", "Заголовок", "Текст.", "Пресс-служба областного суда"]
    assert site_from_press_office(lines) == ""


def test_is_public_body():
    assert is_public_body("HM Example Treasury")
    assert is_public_body("Oberlandesgericht Beispiel")
    assert not is_public_body("Example Court Journal")  # a press word
    assert not is_public_body("Jane Doe")

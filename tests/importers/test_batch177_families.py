"""E-mail digests (blind batch 177): a morning digest's masthead and greeting stand over the
first item with no rule under them; a rubric marked with a chevron ('>> Sport') over each
headline is the item's section; an offer's line over the publisher's address row under the
last rule is the mail's footer, no text of the last item. Each family with look-alikes
that must keep their reading."""

from __future__ import annotations

from app.importers.sections import marked_rubric

from .makers import articles_of, mail_bytes

_RULE = "-" * 48
_EN = (
    "The regional council approved a new tram depot on Tuesday, after two years of "
    "consultation with residents, shop owners and the local transport authority.",
    "Work on the site is due to start in the spring and should take about two years, the "
    "council said, with the old halls staying open while the new ones are built.",
)
_DE = (
    "Der Stadtrat hat am Dienstag den Neubau des Straßenbahndepots beschlossen, nach zwei "
    "Jahren der Beratung mit Anwohnern, Geschäftsleuten und dem örtlichen Verkehrsverbund.",
    "Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern, teilte die Stadt "
    "mit; die alten Hallen bleiben bis zum Umzug in Betrieb.",
)


def _digest(masthead: str, greeting: str, items: list[tuple[str, str, str, str]], foot: str) -> str:
    """A text digest: masthead and greeting over the first item, rules between the items."""
    parts = [f"{masthead}\n\n{greeting}\n\n" + _item(*items[0])]
    parts += [_item(*item) for item in items[1:]]
    return f"\n\n{_RULE}\n\n".join([*parts, foot]) + "\n"


def _item(rubric: str, head: str, stamp: str, text: str) -> str:
    return f"{rubric}\n{head}\n{stamp}\n\n{text}"


_DE_TEXT = (
    "Beispielstadt. Der Gemeinderat hat am Donnerstagabend den Bebauungsplan für das neue "
    "Gewerbegebiet mit großer Mehrheit beschlossen. Auf rund zwölf Hektar sollen sich vor "
    "allem Handwerksbetriebe ansiedeln, die bislang keine Flächen finden."
)
_DE_TEXT2 = (
    "Musterdorf. Die neue Kindertagesstätte im Baugebiet am Bach kann schon im Februar statt "
    "wie geplant im April öffnen, teilte die Bürgermeisterin am Montag im Rathaus mit. Gesucht "
    "werden allerdings noch Erzieherinnen und Erzieher."
)
_EN_TEXT = (
    "Exampleton. The county council approved plans for a new business park on the former "
    "airfield on Thursday evening, with most of the eighteen hectares set aside for small "
    "workshops and family firms that have run out of room in the town."
)
_EN_TEXT2 = (
    "Sampleford. The new nursery on the river estate will open in February rather than in "
    "April as planned, the mayor said on Monday, though the town is still looking for staff "
    "and offers a travel allowance to attract them."
)
_RU_TEXT = (
    "Примерск. Городской совет в четверг одобрил план строительства нового индустриального "
    "парка на месте бывшего аэродрома; большую часть территории отдадут под мастерские и "
    "небольшие семейные предприятия города."
)
_RU_TEXT2 = (
    "Образцово. Новый детский сад в микрорайоне у реки откроется уже в феврале, а не в апреле, "
    "как планировалось, сообщила глава поселка в понедельник; воспитателей пока не хватает."
)

_CASES = [
    (
        "DE AM MORGEN | Montag, 15. Dezember 2025\n"
        "Beispielstadter Bote – Die Zeitung für die Region",
        "Guten Morgen! Das sind die wichtigsten Nachrichten aus der Region:",
        [
            (
                ">> Beispielstadt",
                "Gemeinderat gibt grünes Licht für Gewerbegebiet",
                "13.12.2025 | Von Erika Muster",
                _DE_TEXT,
            ),
            (">> Musterdorf", "Neue Kita öffnet früher als geplant", "14.12.2025", _DE_TEXT2),
        ],
        "Jetzt Bote+ testen: 4 Wochen für 1 Euro\n"
        "Beispielstadter Bote · Hauptstraße 6-10 · 12345 Beispielstadt",
        ["Beispielstadt", "Musterdorf"],
        "Hauptstraße",
    ),
    (
        "THE MORNING BRIEF | Monday, 15 December 2025\nExampleton Gazette – news for the valley",
        "Good morning! Here is what matters in the county today:",
        [
            (
                "» Local",
                "Council backs business park on old airfield",
                "13 December 2025 | By Jane Sample",
                _EN_TEXT,
            ),
            ("» Education", "Riverside nursery to open early", "14 December 2025", _EN_TEXT2),
        ],
        "Try Gazette Plus for one month free\n"
        "Exampleton Gazette, 1 High Street, Exampleton EX1 2AB",
        ["Local", "Education"],
        "High Street",
    ),
    (
        "УТРЕННИЙ ВЫПУСК | 15 декабря 2025\nПримерские вести – газета нашего города",
        "Доброе утро! Главные новости города к этому часу:",
        [
            (
                "▶ Город",
                "Совет одобрил индустриальный парк на месте аэродрома",
                "13.12.2025 | Автор: Иван Образцов",
                _RU_TEXT,
            ),
            ("▶ Образование", "Детский сад у реки откроется раньше срока", "14.12.2025", _RU_TEXT2),
        ],
        "Подпишитесь на Вести+ за 1 рубль\nПримерские вести, ул. Ленина, 5, 123456, г. Примерск",
        ["Город", "Образование"],
        "Ленина",
    ),
]


def test_greeting_over_first_item_chevron_rubrics_and_address_footer() -> None:
    for masthead, greeting, items, foot, sections, address in _CASES:
        text = _digest(masthead, greeting, items, foot)
        arts = articles_of("d.eml", mail_bytes("Morning <news@example.org>", "Digest", text))
        assert [a.title for a in arts] == [head for _, head, _, _ in items], masthead
        assert [a.section for a in arts] == sections
        assert greeting.split()[0] not in arts[0].body
        assert arts[0].body.startswith(items[0][3][:30])
        assert address not in arts[-1].body


def test_marked_rubric_look_alikes() -> None:
    assert marked_rubric(">> Sport") == "Sport"
    assert marked_rubric("» Kirchberg/Jagst") == "Kirchberg/Jagst"
    assert marked_rubric("> Sport") == ""  # a quoted reply's line
    assert marked_rubric(">> Das ist ein ganzer Satz mit Punkt.") == ""
    assert marked_rubric(">> 2025") == ""


def test_greeting_that_is_the_only_text_keeps_the_item() -> None:
    # a letter opening with a greeting and going on in prose: no digest, the text stays
    text = (
        "Guten Morgen,\n\nwir möchten Sie heute über die neuen Öffnungszeiten unseres "
        "Bürgerbüros informieren, die ab Januar gelten und längere Abende vorsehen.\n\n"
        + _DE_TEXT
        + "\n"
    )
    arts = articles_of("l.eml", mail_bytes("Stadt <info@example.org>", "Öffnungszeiten", text))
    assert len(arts) == 1
    assert "Öffnungszeiten" in arts[0].body or "Gewerbegebiet" in arts[0].body


# --- 2. a channel's digest: a note under the masthead, a post's time, its source label ----

_POST_RULE = "━" * 20


def _channel(masthead: str, note: str, posts: list[tuple[str, str, str, str]], foot: str) -> str:
    """A channel digest: masthead and a one-line note, then posts between heavy rules, each
    its time, a pictograph before the headline, the text, a source label and counters."""
    parts = [f"{masthead}\n\n{note}"]
    parts += [
        f"🕘 {clock}\n{head}\n\n{text}\n\nИсточник: {source}\n👁 12,4K   💬 57"
        if source.isupper() or not source.isascii()
        else f"🕘 {clock}\n{head}\n\n{text}\n\nSource: {source}\n👁 12.4K   💬 57"
        for clock, head, text, source in posts
    ]
    return f"\n\n{_POST_RULE}\n\n".join([*parts, foot]) + "\n"


_CHANNELS = [
    (
        "EXAMPLE42.RU — Новости края\n📲 Дайджест нашего канала за пятницу, 12 декабря 2025",
        "Не успели следить за лентой? Собрали главные посты дня.",
        [
            (
                "09:14",
                "🚍 В Примерске изменится схема движения автобусов",
                _RU_TEXT + " " + _RU_TEXT2,
                "Администрация города Примерска",
            ),
            ("13:02", "❄️ В крае ожидаются сильные морозы", _RU_TEXT2 + " " + _RU_TEXT, "ТАСС"),
        ],
        "📌 Подписывайтесь: t.me/example42\n© 2025 EXAMPLE42.RU. 18+.",
        ["Администрация города Примерска", "TASS"],
    ),
    (
        "VALLEY NOW — channel digest\n📲 The day on our channel, Friday 12 December 2025",
        "Missed the feed? Here are the day's top posts.",
        [
            (
                "09:14",
                "🚍 Bus routes change in Exampleton from Monday",
                _EN_TEXT + " " + _EN_TEXT2,
                "Exampleton City Council",
            ),
            (
                "13:02",
                "⛏ Quarry output falls for a third month",
                _EN_TEXT2 + " " + _EN_TEXT,
                "Valley Mining Board",
            ),
        ],
        "📌 Follow us: t.me/valleynow\n© 2025 Valley Now. All rights reserved.",
        ["Exampleton City Council", "Valley Mining Board"],
    ),
]


def test_channel_digest_posts() -> None:
    for masthead, note, posts, foot, sources in _CHANNELS:
        text = _channel(masthead, note, posts, foot)
        arts = articles_of(
            "c.eml",
            mail_bytes(
                "Channel <digest@example.org>",
                "Digest",
                text,
                date="Fri, 12 Dec 2025 21:00:00 +0700",
            ),
        )
        assert [a.title for a in arts] == [p[1].split(" ", 1)[1] for p in posts], masthead
        assert [a.source for a in arts] == sources
        assert [(a.published.hour, a.published.minute) for a in arts] == [(9, 14), (13, 2)]
        assert note not in arts[0].body
        assert "12,4K" not in arts[0].body and "12.4K" not in arts[0].body
        assert "t.me" not in arts[-1].body


def test_pictograph_kept_inside_title_and_bare_source_needs_text() -> None:
    from app.importers.compose import _clean_title

    assert _clean_title("⚡ Strom wird teurer") == "Strom wird teurer"
    assert _clean_title("Strom wird teurer ⚡") == "Strom wird teurer ⚡"
    assert _clean_title("2025: ein Rückblick") == "2025: ein Rückblick"


# --- 3. a review's contents table over its clippings; an outlet's stamp with desk and page --


def _review_html(title: str, header: tuple[str, str, str], clips: list[tuple[str, ...]]) -> str:
    rows = "".join(f"<tr><td>{o}</td><td>{d}</td><td>{h}</td></tr>" for o, d, h, *_ in clips)
    table = (
        f"<table><tr><th>{header[0]}</th><th>{header[1]}</th><th>{header[2]}</th></tr>"
        f"{rows}</table>"
    )
    items = "".join(
        f"<hr><h3>Thema {n}</h3><p>{stamp}</p><h2>{h}</h2>" + "".join(f"<p>{t}</p>" for t in texts)
        for n, (_, _, h, stamp, *texts) in enumerate(clips, 1)
    )
    return f"<html><body><h2>{title}</h2>{table}{items}</body></html>"


_REVIEWS = [
    (
        "Pressespiegel der Senatskanzlei · Montag, 15. Dezember 2025",
        ("Medium", "Datum", "Überschrift"),
        [
            (
                "Beispieler Zeitung",
                "13.12.2025",
                "Neues Depot für die Straßenbahn",
                "Beispieler Zeitung · Samstag, 13.12.2025 · Seite 3 · Ressort: Land",
                *_DE,
            ),
            (
                "Freies Blatt",
                "15.12.2025",
                "Gemeinden fürchten um ihre Winterbusse",
                "Freies Blatt · Montag, 15.12.2025 · Ressort: Region",
                *_DE[::-1],
            ),
        ],
        ["Beispieler Zeitung", "Freies Blatt"],
    ),
    (
        "Media review of the Example Office · 15 December 2025",
        ("Outlet", "Date", "Headline"),
        [
            (
                "Example Times",
                "13.12.2025",
                "New tram depot gets green light",
                "Example Times · 13.12.2025 · Page 3 · Section: Local",
                *_EN,
            ),
            (
                "Daily Sample",
                "15.12.2025",
                "Villages fear for their winter buses",
                "Daily Sample · 15.12.2025 · Section: Region",
                *_EN[::-1],
            ),
        ],
        ["Example Times", "Daily Sample"],
    ),
]


def test_contents_table_over_clippings() -> None:
    for title, header, clips, sources in _REVIEWS:
        html = _review_html(title, header, clips)
        arts = articles_of(
            "r.eml", mail_bytes("Press office <press@example.org>", title, html, subtype="html")
        )
        assert [a.title for a in arts] == [c[2] for c in clips], title
        assert [a.source for a in arts] == sources
        assert all(not a.author for a in arts)
        assert arts[0].body.startswith(clips[0][4][:30])


def test_table_with_text_column_stays_the_items() -> None:
    html = (
        "<html><body><h1>Review</h1><table><tr><th>Outlet</th><th>Headline</th>"
        "<th>Summary</th></tr>"
        f"<tr><td>Example Times</td><td>New tram depot gets green light</td><td>{_EN[0]}</td></tr>"
        f"<tr><td>Daily Sample</td><td>Villages fear for their buses</td><td>{_EN[1]}</td></tr>"
        "</table></body></html>"
    )
    arts = articles_of(
        "t.eml", mail_bytes("Office <o@example.org>", "Review", html, subtype="html")
    )
    assert [a.source for a in arts] == ["Example Times", "Daily Sample"]


# --- 4. notes under clippings: reprint permission, rights note, link line, office footer ---


def test_reprint_rights_and_link_notes_are_boilerplate() -> None:
    from app.importers.boilerplate import is_boilerplate

    for line in (
        "Mit freundlicher Genehmigung des Beispieler Tagblatts.",
        "Публикуется с разрешения редакции «Пример Медиа».",
        "Courtesy of Example Daily.",
        "Der Pressespiegel ist urheberrechtlich geschützt und darf nicht weitergeleitet werden.",
        "This digest is for subscribers only and may not be forwarded.",
        "Обзор не подлежит пересылке третьим лицам.",
        "Ссылка: example-news.ru/news/2025/12/park",
        "Link: www.example.com/story/123",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Courtesy of the mayor, the town hall will stay open late on Fridays.",
        "Mit freundlicher Genehmigung des Verlags wurde der Text gekürzt und erscheint hier "
        "heute in voller Länge mit allen Bildern der Redaktion.",
        "Link: the council said the two schemes were connected.",
    ):
        assert not is_boilerplate(line), line


def _clip_review(items: list[tuple[str, str, str]], foot: str) -> str:
    parts = ["ОБЗОР СМИ\n17 декабря 2025 года"]
    parts += [f"{n}. {stamp}\n{head}\n\n{text}" for n, (stamp, head, text) in enumerate(items, 1)]
    return f"\n\n{'_' * 46}\n\n".join([*parts, foot]) + "\n"


def test_office_footer_under_last_rule_and_author_after_day() -> None:
    text = _clip_review(
        [
            (
                "«Пример Медиа», 16.12.2025, 18:40",
                "В Примерске откроют индустриальный парк",
                _RU_TEXT + " " + _RU_TEXT2,
            ),
            (
                "«Образцовые вести», 17.12.2025",
                "Детский сад у реки откроется раньше срока",
                _RU_TEXT2 + " " + _RU_TEXT,
            ),
        ],
        "Обзор подготовлен пресс-службой министерства.\n"
        "123456, г. Примерск, пр. Ленина, 19. Тел. (8142) 00-00-00\n"
        "Для служебного пользования.",
    )
    arts = articles_of("o.eml", mail_bytes("Минэкономики <press@example.ru>", "Обзор СМИ", text))
    assert len(arts) == 2
    assert "Ленина, 19" not in arts[-1].body

    from app.importers.mail import _credit_under_head

    for line, author in (
        ("Beispieler Anzeiger, 14.12.2025 · Von Erika Muster", "Erika Muster"),
        ("Example Herald, 14 December 2025 | By Jane Sample", "Jane Sample"),
        ("Example Herald, 14 December 2025", ""),
    ):
        found = _credit_under_head(f"A headline of some words here\n{line}\n\n{_EN_TEXT}")
        assert found is not None and found[2] == author, line


# --- 5. a bare read-on link ends the item: the sponsor's box under it is no text of it ----


def test_bare_read_on_link_ends_the_item() -> None:
    from app.importers.newsletter import frame_end

    for text, link, ad in (
        (_DE_TEXT, "Artikel lesen", "Trocknungstechnik der nächsten Generation"),
        (_EN_TEXT, "Read article", "The new dryer that saves a third of your energy"),
        (_RU_TEXT, "Читать статью", "Новая сушильная камера экономит треть энергии"),
    ):
        lines = [text, link, "ANZEIGE", ad, "Jetzt Beratungstermin vereinbaren."]
        assert frame_end(lines, [False, True, False, False, False]) == 1, link
    # a sentence that speaks of reading an article stays text
    lines = [
        _DE_TEXT,
        "Artikel lesen lohnt sich, sagt die Lehrerin, vor allem am Abend.",
        _DE_TEXT2,
    ]
    assert frame_end(lines) == len(lines)

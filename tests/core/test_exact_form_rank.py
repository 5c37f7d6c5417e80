"""The spelling as typed ranks first, whatever the field (tryout 21): a title that says
*wählen* ranked above bodies that say *Wahlen* for a search for *Wahlen*."""

from __future__ import annotations

from app.model import Article


def test_a_body_saying_the_word_as_typed_ranks_above_a_title_saying_its_folded_form(archive):
    verb = archive.add(
        Article(
            title="Der Parteichef empfiehlt, den Bürgermeister zu wählen",
            body="In einer Mitteilung sprach er sich für die Wahl des Amtsinhabers aus. "
            "Die Partei werde geschlossen auftreten, sagte er am Montag vor Journalisten.",
            language="de",
        )
    ).id
    typed = [
        archive.add(
            Article(
                title=f"Regionalrat tagt in Bezirk {n}",
                body=f"Nach den Wahlen im Bezirk {n} beginnen die Gespräche über eine "
                "Koalition. Die Parteien wollen rasch eine Regierung bilden, hieß es am Abend.",
                language="de",
            )
        ).id
        for n in range(1, 4)
    ]
    for n in range(8):  # titles and bodies of other news around them
        archive.add(
            Article(
                title=f"Wetterbericht Nummer {n}",
                body="Morgen wird es sonnig und warm, am Abend ziehen Gewitter auf.",
                language="de",
            )
        )
    ids = archive.search("Wahlen", limit=None).ids
    assert set(ids[:3]) == set(typed)
    assert verb in ids

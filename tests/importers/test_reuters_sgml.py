"""Reuters-21578 SGML files: one article per <REUTERS> story, fields from the elements.

The stories here are made up in the collection's layout; the test on a real file reads the
shared corpus and skips where it is absent.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest

from app.importers import detect, extract
from app.model import Extracted, ExtractionError, ExtractionFailure, ImportStatus

FILLER = "Blah blah blah."  # what the collection writes under a brief's headline


def story(newid: int, *, title: str, body: str = "", topics=(), places=(), extra: str = "") -> str:
    """One story as the collection writes it (control characters as references)."""
    ds = lambda values: "".join(f"<D>{v}</D>" for v in values)  # noqa: E731
    text = (
        f"<TEXT>&#2;\n<TITLE>{title}</TITLE>\n<DATELINE>    PORT TOWN, Mar 3 - </DATELINE>"
        f"<BODY>{body}</BODY></TEXT>"
        if body
        else f'<TEXT TYPE="BRIEF">&#2;\n******<TITLE>{title}\n</TITLE>{FILLER}\n&#3;\n</TEXT>'
    )
    return (
        f'<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="9{newid}" '
        f'NEWID="{newid}">\n<DATE> 3-MAR-1987 09:15:42.17</DATE>\n'
        f"<TOPICS>{ds(topics)}</TOPICS>\n<PLACES>{ds(places)}</PLACES>\n<PEOPLE></PEOPLE>\n"
        f"<ORGS></ORGS>\n<EXCHANGES></EXCHANGES>\n<COMPANIES></COMPANIES>\n"
        f"<UNKNOWN> \n&#5;&#5;&#5;C T\n&#22;&#22;&#1;f0001&#31;reute\n</UNKNOWN>\n"
        f"{extra}{text}\n</REUTERS>\n"
    )


BODY_ONE = (
    "Harbour Mills Co said it raised its\n"
    "quarterly dividend to 12 cts a share from ten cts, payable\n"
    "April 10 to holders of record March 20.\n"
    "    The company, maker of &lt;HMC> flour and oats, said sales\n"
    "rose eight pct &amp; profits held steady.\n"
    " Reuter\n&#3;"
)
BODY_TWO = (
    "Grain traders in Port Town said barley\n"
    "shipments slowed this week as river levels fell.\n"
    "    Exporters expect loadings to recover in April.\n"
    " REUTER\n&#3;"
)


def sgm(*stories: str) -> bytes:
    return ('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + "".join(stories)).encode("ascii")


def articles(items) -> list[Extracted]:
    return [i for i in items if isinstance(i, Extracted)]


def test_each_story_is_an_article_with_its_fields_and_tags():
    data = sgm(
        story(1, title="HARBOUR MILLS RAISES QUARTERLY DIVIDEND", body=BODY_ONE,
              topics=("earn",), places=("usa",)),
        story(2, title="PORT TOWN BARLEY SHIPMENTS SLOW", body=BODY_TWO,
              topics=("grain", "barley"), places=("canada", "usa")),
        story(3, title="PORT TOWN STOCKS CLOSE HIGHER IN QUIET TRADE"),
    )  # fmt: skip
    items = extract("reut2-999.sgm", data)
    assert len(items) == 3 and all(isinstance(i, Extracted) for i in items)
    first, second, brief = (i.article for i in items)
    assert first.title == "Harbour Mills raises quarterly dividend"
    assert first.published == datetime(1987, 3, 3, 9, 15, 42)
    assert first.dateline == "Port Town"
    assert first.source == "Reuters" and first.language == "en"
    # wrapped lines joined, an indented line opens a paragraph; entities read, sign-off gone
    assert first.body == (
        "Harbour Mills Co said it raised its quarterly dividend to 12 cts a share from ten "
        "cts, payable April 10 to holders of record March 20.\n\n"
        "The company, maker of <HMC> flour and oats, said sales rose eight pct & profits "
        "held steady."
    )
    assert items[0].tags == ["Topics/earn", "Places/usa"]
    assert items[1].tags == ["Topics/grain", "Topics/barley", "Places/canada", "Places/usa"]
    assert not second.body.endswith("REUTER") and second.source == "Reuters"
    # a brief is its headline; the collection's filler is not its text
    assert brief.title == "PORT TOWN STOCKS CLOSE HIGHER IN QUIET TRADE"
    assert brief.body == "" and brief.source == "Reuters"
    assert [i.origin for i in items] == [f"reut2-999.sgm#{n}" for n in (1, 2, 3)]
    assert [i.article.original_part for i in items] == [0, 1, 2]


def test_a_story_without_the_wire_credit_is_still_reuters():
    """The collection is Reuters' 1987 wire: a story cut before its sign-off is Reuters' too
    (900 of 10,000 had no source, so `NOT source:Reuters` found Reuters stories)."""
    uncredited = BODY_TWO.replace(" REUTER\n", "")
    (item,) = extract("x.sgm", sgm(story(7, title="BARLEY SLOWS", body=uncredited)))
    assert item.article.source == "Reuters" and item.article.body.endswith("recover in April.")


def test_empty_and_unclosed_stories_fail_alone_with_their_reason():
    empty = story(5, title="", body="").replace(f"<TITLE>\n</TITLE>{FILLER}", "<TITLE></TITLE>")
    unclosed = story(6, title="MILLS DIVIDEND", body=BODY_ONE).replace("</REUTERS>", "")
    data = sgm(
        story(4, title="PORT TOWN BARLEY SHIPMENTS SLOW", body=BODY_TWO),
        empty,
        unclosed,
        story(8, title="HARBOUR MILLS RAISES DIVIDEND", body=BODY_ONE),
    )
    items = extract("broken.sgm", data)
    failures = {i.origin: i.reason for i in items if isinstance(i, ExtractionFailure)}
    assert failures == {
        "broken.sgm#5": "story 5: no headline and no text",
        "broken.sgm#6": "story 6: not closed (</REUTERS> missing) before the next story began",
    }
    assert [a.article.title for a in articles(items)] == [
        "Port Town barley shipments slow",
        "Harbour Mills raises dividend",
    ]


def test_detected_by_content_whatever_the_name():
    data = sgm(story(1, title="BARLEY SLOWS", body=BODY_TWO))
    assert detect("reut2-000.sgm", data) == "reuters"
    assert detect("download.txt", data) == "reuters"
    assert detect("stories.txt", data[data.index(b"<REUTERS") :]) == "reuters"


def test_sgml_without_reuters_stories_fails_clearly():
    data = b"<!DOCTYPE other>\n<DOC><DOCNO>1</DOCNO><TEXT>Some words.</TEXT></DOC>\n"
    with pytest.raises(ExtractionError, match="without Reuters-21578 stories"):
        extract("trec.sgm", data)


def test_a_folder_import_picks_up_sgm_files_and_tags_the_stories(archive, tmp_path: Path):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "reut2-001.sgm").write_bytes(
        sgm(
            story(11, title="HARBOUR MILLS RAISES DIVIDEND", body=BODY_ONE, topics=("earn",)),
            story(12, title="PORT TOWN BARLEY SHIPMENTS SLOW", body=BODY_TWO, places=("canada",)),
        )
    )
    results = archive.import_paths([folder])
    assert [r.status for r in results] == [ImportStatus.IMPORTED] * 2
    assert {t.name for t in archive.tags()} >= {"Topics/earn", "Places/canada"}


def test_a_real_collection_file(shared: Path):
    """reut2-000.sgm of the shared corpus: every one of its 1,000 stories, in seconds."""
    path = shared / "corpus" / "reuters21578" / "reut2-000.sgm"
    if not path.is_file():
        pytest.skip("the Reuters-21578 corpus is not available")
    started = time.perf_counter()
    items = extract(path.name, path.read_bytes())
    took = time.perf_counter() - started
    found = articles(items)
    assert len(items) == 1000 and len(found) == 1000
    assert sum(a.article.source == "Reuters" for a in found) > 900
    assert all("&lt;" not in a.article.title and "\x03" not in a.article.body for a in found)
    assert sum(bool(a.tags) for a in found) > 500
    assert took < 30

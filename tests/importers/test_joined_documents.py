"""A text file that is many documents in markup Clippings does not know fails clearly
instead of becoming one giant article; a clipping that shows a tag or two does not."""

from __future__ import annotations

import pytest

from app.importers import extract
from app.importers.joined import joined_documents
from app.model import ExtractionError, ImportStatus

DOC = (
    "<DOC>\n<DOCNO> NEWS-{n:04d} </DOCNO>\n<HEADLINE>\nHarbour town opens ferry line {n}\n"
    "</HEADLINE>\n<TEXT>\nThe harbour town opened a new ferry line on Monday, the mayor "
    "said, and expects two hundred passengers a day by the summer.\n</TEXT>\n</DOC>\n"
)


def joined(count: int) -> str:
    return "".join(DOC.format(n=n) for n in range(count))


def test_many_joined_documents_fail_naming_the_markup_and_count():
    with pytest.raises(ExtractionError) as caught:
        extract("collection.txt", joined(120).encode())
    message = str(caught.value)
    assert "120 documents joined in one file" in message
    assert "<DOC> … </DOC>" in message and "not imported as one article" in message


def test_a_declaration_before_the_documents_is_looked_past():
    text = '<?xml version="1.0"?>\n<!DOCTYPE corpus SYSTEM "x.dtd">\n' + joined(3)
    assert joined_documents(text) == ("DOC", 3)


def test_an_sgm_file_of_other_documents_fails_the_same_way():
    with pytest.raises(ExtractionError, match="5 documents joined in one file"):
        extract("trec.sgm", joined(5).encode())


def test_two_documents_or_a_clipping_with_a_tag_are_not_refused():
    assert joined_documents(joined(2)) is None
    clipping = (
        "Harbour town opens ferry line\n\nThe harbour town opened a new ferry line on "
        "Monday.\n<DOC>\nquoted markup\n</DOC>\n<DOC>\n</DOC>\n<DOC>\n</DOC>\n"
    )
    assert joined_documents(clipping) is None  # it opens with text, not markup
    assert extract("clip.txt", clipping.encode())[0].article.body


def test_the_import_reports_the_file_as_failed_with_the_reason(archive, tmp_path):
    path = tmp_path / "collection.txt"
    path.write_text(joined(4), encoding="utf-8")
    (result,) = archive.import_paths([path])
    assert result.status is ImportStatus.FAILED and result.path.endswith("collection.txt")
    assert "4 documents joined in one file" in result.error
    assert archive.stats()["articles"] == 0

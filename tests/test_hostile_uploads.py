"""Hostile files cost seconds and a bounded amount of memory, and are refused with a message.

Every file here is built by the test: the 147 KB Word file whose document.xml
is one tiny paragraph repeated to 49 MB (it held a web process for minutes),
zips whose declared sizes lie, XML with entities, JSON nested 10,000 deep.
"""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from jobs.extraction import PostingError
from jobs.postings import postings_from_jsonl, text_from_file
from resumeopt.importers import ResumeImportError, import_bytes
from resumeopt.jsonlimits import JSONLimitError, loads_limited, nesting_depth
from resumeopt.tests.resume_files import make_docx

PARAGRAPH = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"


def docx_with_body(body: bytes) -> bytes:
    """The sample Word file with its document.xml body replaced, deflated at level 9."""
    with zipfile.ZipFile(io.BytesIO(make_docx("styles"))) as source:
        files = {name: source.read(name) for name in source.namelist()}
    document = files["word/document.xml"]
    start = document.index(b"<w:body>") + len(b"<w:body>")
    end = document.index(b"</w:body>")
    files["word/document.xml"] = document[:start] + body + document[end:]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def paragraph_bomb() -> bytes:
    bomb = docx_with_body(PARAGRAPH * (49 * 1024 * 1024 // len(PARAGRAPH)))
    assert len(bomb) < 200 * 1024  # the reviewer's file was 147 KB
    return bomb


def test_the_word_paragraph_bomb_is_refused_as_a_resume(paragraph_bomb):
    with pytest.raises(ResumeImportError, match="more than 10,000 paragraphs"):
        import_bytes(paragraph_bomb, "resume.docx")


def test_the_word_paragraph_bomb_is_refused_as_a_posting(paragraph_bomb):
    with pytest.raises(PostingError, match="posting.docx: .*more than 10,000 paragraphs"):
        text_from_file(paragraph_bomb, "posting.docx")


def test_a_long_real_word_resume_is_still_read():
    body = b"".join(
        b"<w:p><w:r><w:t>Shipped feature %d for the billing team</w:t></w:r></w:p>" % n
        for n in range(2000)
    )
    result = import_bytes(docx_with_body(body), "resume.docx")
    assert "Shipped feature 1999 for the billing team" in json.dumps(result.document)


def test_a_zip_that_lies_about_its_sizes_is_refused_by_the_bytes_it_inflates():
    """The central directory says 1 KB; the member inflates to 60 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"<w:document/>")
        archive.writestr("word/fonts.bin", b"\0" * (60 * 1024 * 1024))
    data = bytearray(buffer.getvalue())
    # Rewrite the uncompressed size in the central directory entry of fonts.bin.
    entry = data.rindex(b"PK\x01\x02")
    data[entry + 24 : entry + 28] = (1024).to_bytes(4, "little")
    with pytest.raises(ResumeImportError) as refused:
        import_bytes(bytes(data), "resume.docx")
    assert "50 MB" in str(refused.value) or "damaged" in str(refused.value)


def test_a_word_file_with_entities_is_refused():
    entities = (
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    )
    data = docx_with_body(PARAGRAPH)
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        files = {name: source.read(name) for name in source.namelist()}
    files["word/document.xml"] = entities + files["word/document.xml"].split(b"?>", 1)[1]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    with pytest.raises(ResumeImportError, match="damaged"):
        import_bytes(buffer.getvalue(), "resume.docx")


def test_json_nested_ten_thousand_deep_is_refused_with_a_message():
    deep = b'{"basics": ' + b"[" * 10_000 + b"]" * 10_000 + b"}"
    with pytest.raises(ResumeImportError, match="nested more than 64 levels"):
        import_bytes(deep, "resume.json")


def test_a_deep_jsonl_line_is_reported_and_the_other_postings_are_read():
    good = json.dumps({"id": "a", "text": "Data analyst. Requirements: SQL, Python, Tableau."})
    deep = '{"id": "b", "text": ' + "[" * 10_000 + "]" * 10_000 + "}"
    postings = postings_from_jsonl(f"{good}\n{deep}\n".encode())
    assert postings[0].key == "a" and not postings[0].error
    assert "nested more than 64 levels" in postings[1].error


def test_depth_ignores_brackets_inside_strings():
    assert nesting_depth('{"a": "[[[[{{{{", "b": [1, {"c": "\\"]]]"}]}') == 3
    assert loads_limited('{"a": "' + "[" * 1000 + '"}') == {"a": "[" * 1000}
    with pytest.raises(JSONLimitError):
        loads_limited("[" * 65 + "]" * 65)

"""Markdown, plain text, HTML and JSON Resume exports:
same words, same order, user text kept literal."""

import json

import pytest
from markdown_it import MarkdownIt

from exports.renderers import ExportOptions, file_name, render
from exports.tests.expected import NEVER_EXPORTED, reading_order
from exports.tests.reading import flat, in_reading_order, rich_document
from resumeopt.importers import import_bytes

TRICKY = "Shipped *v2* of <script>alert(1)</script> [the API](http://evil.example) & more"


def test_json_resume_export_imports_back_identically():
    document = rich_document()
    data = render(document, "json")

    result = import_bytes(data, "resume.json")
    assert result.source_format == "json"
    assert result.document == document
    assert json.loads(data) == document


def test_json_export_keeps_everything_whatever_the_options():
    document = rich_document()

    assert json.loads(render(document, "json", ExportOptions(sections=["skills"]))) == document


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_text_formats_carry_every_field_in_reading_order(fmt):
    text = render(rich_document(), fmt).decode("utf-8")
    if fmt == "md":
        text = MarkdownIt().render(text)  # what a Markdown reader shows
    if fmt in ("md", "html"):
        text = _visible_text(text)

    expected = reading_order("modern")  # headings as written: Markdown and HTML keep their case
    if fmt == "txt":
        expected = [line.upper() if line in _headings() else line for line in expected]
    assert in_reading_order(flat(text), expected) == []
    for private in NEVER_EXPORTED:
        assert private not in text


def test_markdown_keeps_user_text_literal():
    document = {
        "basics": {"name": "A *Name*"},
        "work": [{"name": "Acme", "highlights": [TRICKY, "1. not a list", "- not nested"]}],
    }
    html = MarkdownIt().render(render(document, "md").decode())

    assert "<em>" not in html and "<script>" not in html and "<a " not in html
    assert "<ol" not in html and html.count("<li>") == 3
    assert "A *Name*" in _visible_text(html)
    assert "1. not a list" in _visible_text(html)


def test_html_escapes_user_text_and_uses_the_accent():
    document = {
        "basics": {"name": "<b>Eve</b>"},
        "work": [{"name": "Acme", "highlights": [TRICKY]}],
    }
    html = render(document, "html", ExportOptions(template="modern", accent="#0f766e")).decode()

    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<h1>&lt;b&gt;Eve&lt;/b&gt;</h1>" in html
    assert "color: #0f766e" in html
    assert html.startswith("<!doctype html>") and '<meta charset="utf-8">' in html


def test_plain_text_is_plain():
    text = render(rich_document(), "txt").decode()

    assert text.splitlines()[0] == "Zoë Ñúñez"
    assert "  - Cut p99 checkout latency" in text
    assert "<" not in text and "**" not in text


def test_file_names_are_ascii_from_the_name_title_or_version():
    assert file_name(rich_document(), "pdf") == "zoe-nunez-resume.pdf"
    assert (
        file_name(rich_document(), "docx", qualifier="Sent to Acme, 3 March")
        == "zoe-nunez-resume-sent-to-acme-3-march.docx"
    )
    assert file_name({"basics": {}}, "md", "My CV") == "my-cv-resume.md"
    assert file_name({"basics": {"name": "Иван Петров"}}, "txt", "Резюме") == "resume.txt"


def _headings() -> set[str]:
    from exports.renderers.content import HEADINGS

    return set(HEADINGS.values())


def _visible_text(html: str) -> str:
    """The text a browser shows for simple HTML: tags dropped, entities decoded."""
    import html as html_module
    import re

    body = html.split("<body>", 1)[-1]
    body = re.sub(r"<style.*?</style>", " ", body, flags=re.S)
    return html_module.unescape(re.sub(r"<[^>]+>", "\n", body))

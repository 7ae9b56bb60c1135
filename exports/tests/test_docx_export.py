"""DOCX export: every template reads back complete and in order with real headings and lists."""

import zipfile
from io import BytesIO

import pytest

from exports.renderers import ExportOptions, render, templates
from exports.renderers.content import HEADINGS
from exports.tests.expected import BULLETS, NEVER_EXPORTED, SECTIONS, heading, reading_order
from exports.tests.reading import docx_text, in_reading_order, read_docx, rich_document

TEMPLATES = list(templates())


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_field_and_bullet_reads_back_once_in_reading_order(template):
    data = render(rich_document(), "docx", ExportOptions(template=template))

    text = docx_text(data)
    assert in_reading_order(text, reading_order(template)) == []
    for private in NEVER_EXPORTED:
        assert private not in text


@pytest.mark.parametrize("template", TEMPLATES)
def test_headings_are_real_headings_and_bullets_a_real_list(template):
    document = read_docx(render(rich_document(), "docx", ExportOptions(template=template)))
    paragraphs = document.paragraphs

    assert paragraphs[0].style.name == "Title" and paragraphs[0].text == "Zoë Ñúñez"
    assert [p.text for p in paragraphs if p.style.name == "Heading 1"] == [
        heading(title, template) for title, _ in SECTIONS
    ]
    listed = [p.text for p in paragraphs if p.style.name == "List Bullet"]
    assert listed == BULLETS
    # "List Bullet" is numbered through numbering.xml: Word shows and exports it as a list.
    assert document.styles["List Bullet"].element.pPr.numPr is not None


@pytest.mark.parametrize("template", TEMPLATES)
def test_no_tables_text_boxes_or_contact_details_in_page_headers(template):
    data = render(rich_document(), "docx", ExportOptions(template=template))
    document = read_docx(data)
    body = zipfile.ZipFile(BytesIO(data)).read("word/document.xml").decode()

    assert document.tables == []
    assert "txbxContent" not in body and "<w:drawing" not in body
    section = document.sections[0]
    for part in (
        section.header,
        section.first_page_header,
        section.footer,
        section.first_page_footer,
    ):
        assert "zoe.nunez@example.org" not in " ".join(p.text for p in part.paragraphs)
    assert "zoe.nunez@example.org" in " ".join(p.text for p in document.paragraphs[:4])


def test_page_numbers_are_in_the_footer_from_page_two():
    data = render(rich_document(), "docx")
    section = read_docx(data).sections[0]
    footer = zipfile.ZipFile(BytesIO(data))

    assert section.different_first_page_header_footer
    assert section.first_page_footer.is_linked_to_previous  # no first-page footer: page 1 has none
    assert 'w:instr="PAGE"' in "".join(
        footer.read(name).decode() for name in footer.namelist() if name.startswith("word/footer")
    )


def test_headings_and_entry_headers_keep_with_the_next_paragraph():
    paragraphs = read_docx(render(rich_document(), "docx")).paragraphs
    by_text = {p.text: p for p in paragraphs}

    assert all(
        p.paragraph_format.keep_with_next or p.style.paragraph_format.keep_with_next
        for p in paragraphs
        if p.style.name == "Heading 1"
    )
    for header in (
        "Principal Infrastructure Engineer · Nordlicht Payments",
        "Remote (Europe) · Mar 2021 – Present",
        "Payments processor for 4,000 European merchants.",
        "Led the platform group of nine engineers.",
    ):
        assert by_text[header].paragraph_format.keep_with_next, header
    # The last bullet of an entry lets the page break after it.
    assert not by_text[
        "Wrote the incident handbook adopted by all 14 product teams."
    ].paragraph_format.keep_with_next


def test_page_size_margins_sections_and_fonts_apply():
    data = render(
        rich_document(),
        "docx",
        ExportOptions(
            template="modern",
            page_size="a4",
            margins_mm=25,
            font="serif",
            sections=["skills", "work"],
        ),
    )
    document = read_docx(data)
    section = document.sections[0]
    styles = zipfile.ZipFile(BytesIO(data)).read("word/styles.xml").decode()

    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.mm) == 25
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "Skills",
        "Experience",
    ]
    assert document.styles["Normal"].font.name == "Georgia"
    assert "majorHAnsi" not in styles.split('w:styleId="Heading1"')[1].split("</w:style>")[0]
    assert str(document.styles["Heading 1"].font.color.rgb) == "2F5BD3"


def test_document_properties_name_the_person_not_the_library():
    properties = read_docx(render(rich_document(), "docx")).core_properties

    assert properties.title == "Zoë Ñúñez – resume"
    assert properties.author == "Zoë Ñúñez"
    assert "python-docx" not in (
        properties.author + properties.last_modified_by + properties.comments
    )


@pytest.mark.parametrize(
    "document",
    [
        {
            "basics": {"name": "Empty Sections"},
            "work": [],
            "skills": [{}],
            "education": [{"institution": ""}],
        },
        {
            "basics": {"label": "Data Analyst"},
            "work": [{"name": "Acme", "highlights": ["Built dashboards."]}],
        },
        {
            "basics": {"name": "Long Bullet"},
            "work": [{"name": "Acme", "highlights": ["word " * 400]}],
        },
    ],
    ids=["empty-sections", "missing-name", "2000-character-bullet"],
)
def test_awkward_resumes_export_without_empty_headings(document):
    paragraphs = read_docx(render(document, "docx")).paragraphs

    assert all(p.text.strip() for p in paragraphs)
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == (["EXPERIENCE"] if document.get("work") else [])
    assert set(headings) <= {title.upper() for title in HEADINGS.values()}

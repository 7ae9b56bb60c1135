"""Paragraph spacing in Word files: entries set apart by space, not by empty paragraphs,
come in as the separate entries a reader sees (`importers.docx._Spacing`)."""

import io

import docx as python_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

from resumeopt.importers import docx, import_bytes


def _saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _spaced_resume(document=None, entry_style: str | None = None) -> bytes:
    """A resume whose entries follow one another with no empty paragraph: each entry's
    first line has 12 points of space above it (its own, or its style's), the body's
    lines none."""
    document = document or python_docx.Document()
    document.styles["Normal"].paragraph_format.space_after = Pt(0)
    document.add_paragraph("Jane Roe", style="Title")
    document.add_paragraph("jane.roe@example.com")
    document.add_heading("Experience", level=1)
    jobs = [
        ("Support Lead", "UniqTrip", "2019 – 2021", ["Ran a team of six", "Cut waiting times"]),
        ("Night Manager", "Hotel Lux, Vienna", "2016 – 2019", ["Closed the books nightly"]),
    ]
    for title, employer, dates, bullets in jobs:
        first = document.add_paragraph(title, style=entry_style)
        if entry_style is None:
            first.paragraph_format.space_before = Pt(12)
        document.add_paragraph(employer)
        document.add_paragraph(dates)
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Education", level=1)
    schools = [
        ("TU Wien", "MSc in Software Engineering · 2014 – 2016"),
        ("Hogeschool Utrecht", "BSc Informatics · 2010 – 2014"),
        ("EPAM Systems", "Frontend Internship · 2009"),
    ]
    for school, degree in schools:
        first = document.add_paragraph(school, style=entry_style)
        if entry_style is None:
            first.paragraph_format.space_before = Pt(12)
        document.add_paragraph(degree)
    return _saved(document)


def _imported(data: bytes) -> dict:
    return import_bytes(data, "resume.docx").document


def test_entries_set_apart_by_space_above_import_as_separate_entries():
    document = _imported(_spaced_resume())
    assert [(job["position"], job["name"], job["startDate"]) for job in document["work"]] == [
        ("Support Lead", "UniqTrip", "2019"),
        ("Night Manager", "Hotel Lux", "2016"),
    ]
    assert [len(job.get("highlights", [])) for job in document["work"]] == [2, 1]
    assert [
        (school["institution"], school["studyType"], school["endDate"])
        for school in document["education"]
    ] == [
        ("TU Wien", "MSc", "2016"),
        ("Hogeschool Utrecht", "BSc", "2014"),
        ("EPAM Systems", "Frontend Internship", "2009"),
    ]


def test_spacing_a_style_gives_through_its_base_style_sets_entries_apart_too():
    """The space comes from 'Entry Title', based on 'Entry Heading', which sets it."""
    document = python_docx.Document()
    base = document.styles.add_style("Entry Heading", WD_STYLE_TYPE.PARAGRAPH)
    base.base_style = document.styles["Normal"]
    base.paragraph_format.space_before = Pt(14)
    titled = document.styles.add_style("Entry Title", WD_STYLE_TYPE.PARAGRAPH)
    titled.base_style = base
    data = _spaced_resume(document, entry_style="Entry Title")
    texts = [line.text for line in docx.lines_from_docx(data)]
    assert texts[texts.index("Night Manager") - 1] == ""
    assert texts[texts.index("Hogeschool Utrecht") - 1] == ""
    assert texts[texts.index("Hotel Lux, Vienna") - 1] == "Night Manager"
    assert [school["institution"] for school in _imported(data)["education"]] == [
        "TU Wien",
        "Hogeschool Utrecht",
        "EPAM Systems",
    ]


def test_even_spacing_and_list_items_add_no_blank_line():
    """Every paragraph with the document's default space after (10 points) sets nothing
    apart; list items whose style drops the space between them (contextual spacing) stay
    together, and only the wide space after the last one ends them."""
    document = python_docx.Document()
    for text in ["Jane Roe", "Support Lead", "UniqTrip", "2019 – 2021"]:
        document.add_paragraph(text)
    for text in ["Ran a team of six", "Cut waiting times", "Hired two agents"]:
        document.add_paragraph(text, style="List Bullet").paragraph_format.space_after = Pt(24)
    document.add_paragraph("Night Manager")
    assert [line.text for line in docx.lines_from_docx(_saved(document))] == [
        "Jane Roe",
        "Support Lead",
        "UniqTrip",
        "2019 – 2021",
        "Ran a team of six",
        "Cut waiting times",
        "Hired two agents",
        "",
        "Night Manager",
    ]


def test_spacing_inside_table_cells_leaves_a_row_one_line():
    """A title and its dates in two cells stay one tab-separated line, whatever space their
    paragraphs have above them."""
    document = python_docx.Document()
    document.styles["Normal"].paragraph_format.space_after = Pt(0)
    document.add_paragraph("Jane Roe")
    document.add_paragraph("jane.roe@example.com")
    document.add_paragraph("Experience")
    row = document.add_table(rows=1, cols=2).rows[0]
    for cell, text in zip(row.cells, ["Support Lead, UniqTrip", "2019 – 2021"], strict=True):
        cell.paragraphs[0].text = text
        cell.paragraphs[0].paragraph_format.space_before = Pt(18)
    texts = [line.text for line in docx.lines_from_docx(_saved(document)) if line.text]
    assert "Support Lead, UniqTrip\t2019 – 2021" in texts


def test_a_little_space_before_an_entrys_first_line_sets_it_apart():
    """Word's own spacing, 10 points after every paragraph, and 4 more before each entry's
    first line: a gap only a little wider than the usual one, but space before where
    paragraphs have none."""
    document = python_docx.Document()
    document.add_paragraph("Jane Roe")
    document.add_paragraph("Experience")
    for title, employer, dates in [
        ("Support Lead", "UniqTrip", "2019 – 2021"),
        ("Night Manager", "Hotel Lux", "2016 – 2019"),
    ]:
        document.add_paragraph(title).paragraph_format.space_before = Pt(4)
        document.add_paragraph(employer)
        document.add_paragraph(dates)
    assert [line.text for line in docx.lines_from_docx(_saved(document))] == [
        "Jane Roe",
        "Experience",
        "",
        "Support Lead",
        "UniqTrip",
        "2019 – 2021",
        "",
        "Night Manager",
        "Hotel Lux",
        "2016 – 2019",
    ]

"""Reading order: text boxes, frames, headers and footers, table headings, PDF columns."""

import pytest

from resumeopt.importers import docx, import_bytes
from resumeopt.importers.reading_order import Box, reading_order
from resumeopt.tests import layouts
from resumeopt.tests.labelled import score_document
from resumeopt.tests.layouts import (
    TUNED_HEADINGS,
    TUNED_PEOPLE,
    docx_from_xml,
    paragraph_xml,
    text_box_xml,
)

PERSON = TUNED_PEOPLE[0]


def _texts(data: bytes) -> list[str]:
    return [line.text for line in docx.lines_from_docx(data) if line.text.strip()]


@pytest.mark.parametrize(
    "make",
    [
        lambda: layouts.converted_boxes(PERSON, TUNED_HEADINGS, seed=3),
        lambda: layouts.converted_boxes(PERSON, TUNED_HEADINGS, seed=4, sidebar_right=True),
        lambda: layouts.converted_frames(PERSON, TUNED_HEADINGS, seed=5),
        lambda: layouts.column_boxes(PERSON, TUNED_HEADINGS),
        lambda: layouts.header_footer(PERSON, TUNED_HEADINGS),
        lambda: layouts.heading_cells(PERSON, TUNED_HEADINGS),
        lambda: layouts.pdf_columns(PERSON, TUNED_HEADINGS, sidebar_right=False, side_width=170),
        lambda: layouts.pdf_columns(PERSON, TUNED_HEADINGS, sidebar_right=True, side_width=150),
    ],
    ids=[
        "boxes",
        "boxes_right",
        "frames",
        "columns",
        "header_footer",
        "heading_cells",
        "pdf_sidebar",
        "pdf_sidebar_right",
    ],  # fmt: skip
)
def test_every_layout_gives_the_name_jobs_and_schools(make):
    data = make()
    document = import_bytes(data, "cv.pdf" if data.startswith(b"%PDF") else "cv.docx").document
    score = score_document(document, PERSON.labels())
    assert score.found == score.expected
    assert score.real_entries == score.parsed_entries == len(PERSON.jobs)


def test_a_text_box_and_its_fallback_copy_are_read_once():
    box = text_box_xml(paragraph_xml("Kubernetes, Terraform"), 40, 40, 200, 20, 1)
    texts = _texts(docx_from_xml(f"<w:p><w:r><w:t>Skills</w:t></w:r>{box}</w:p>"))
    assert texts == ["Skills", "Kubernetes, Terraform"]


def test_shuffled_line_boxes_are_read_column_by_column():
    texts = _texts(layouts.converted_boxes(PERSON, TUNED_HEADINGS, seed=9))
    assert texts[:3] == [PERSON.name, PERSON.headline, "Experience"]
    # the sidebar follows the main column whole, not line by line beside it
    assert texts.index("Education") < texts.index("Contact") < texts.index("Skills")
    assert texts.count(PERSON.email) == 1


def test_the_first_page_header_and_the_footers_contact_line_are_read_first():
    texts = _texts(layouts.header_footer(PERSON, TUNED_HEADINGS))
    assert texts[:3] == [
        PERSON.name,
        PERSON.headline,
        f"{PERSON.email} | {PERSON.phone} | {PERSON.city}",
    ]
    assert "Page 1" not in texts


def test_a_heading_in_a_merged_cell_is_read_once_as_a_heading():
    lines = docx.lines_from_docx(layouts.heading_cells(PERSON, TUNED_HEADINGS))
    headings = [line.text for line in lines if line.heading]
    assert headings == ["Experience", "Education", "Skills"]


def test_a_drop_capital_joins_its_word():
    body = (
        '<w:p><w:pPr><w:framePr w:dropCap="drop" w:lines="2"/></w:pPr><w:r><w:t>E</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>xperienced engineer.</w:t></w:r></w:p>"
    )
    assert _texts(docx_from_xml(body)) == ["Experienced engineer."]


def test_titles_with_dates_beside_them_stay_in_rows():
    boxes = []
    for row in range(4):
        y = row * 60
        boxes.append(Box(40, y, 400, y + 15, words=5))  # title
        boxes.append(Box(450, y, 560, y + 15, words=3))  # its dates
        boxes.append(Box(40, y + 15, 400, y + 45, words=20))  # a bullet
    order = reading_order(boxes)
    assert order[:3] == [0, 1, 2]


def test_two_columns_are_read_one_after_the_other_name_first():
    left = [Box(40, 40 + 15 * row, 180, 55 + 15 * row, words=2, size=10) for row in range(6)]
    right = [Box(220, 40, 560, 60, words=2, size=18)] + [
        Box(220, 60 + 15 * row, 560, 75 + 15 * row, words=8, size=10) for row in range(8)
    ]
    order = reading_order(left + right)
    assert order == list(range(6, 15)) + list(range(6))


def test_a_frame_with_a_position_word_cannot_parse_is_still_read():
    body = '<w:p><w:pPr><w:framePr w:x="oops" w:y="12"/></w:pPr><w:r><w:t>Skills</w:t></w:r></w:p>'
    assert _texts(docx_from_xml(body)) == ["Skills"]

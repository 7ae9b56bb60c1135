"""PDF export: every template reads back complete and
in order, embeds its fonts and breaks pages well."""

import pytest

from exports.renderers import ExportError, ExportOptions, render, templates
from exports.renderers.content import HEADINGS
from exports.tests.expected import BULLETS, NEVER_EXPORTED, heading, reading_order
from exports.tests.reading import (
    in_reading_order,
    line_colour,
    pdf_fonts,
    pdf_page_count,
    pdf_page_lines,
    pdf_page_size,
    pdf_page_texts,
    pdf_text,
    rich_document,
)

TEMPLATES = list(templates())


def long_career(roles: int = 40) -> dict:
    """About ten pages: many roles, each with a description and several bullets."""
    work = [
        {
            "name": f"Company {index:02d}",
            "position": f"Engineer {index:02d}",
            "location": "Berlin",
            "startDate": f"{1980 + index}-01",
            "endDate": f"{1980 + index}-12",
            "summary": f"Team {index:02d} builds internal tools for the finance department.",
            "highlights": [
                f"Bullet {index:02d}.{bullet} shipped a change that saved the team a great "
                "deal of manual work every week."
                for bullet in range(6)
            ],
        }
        for index in range(roles)
    ]
    return {"basics": {"name": "Long Career"}, "work": work}


def test_the_template_list_has_classic_modern_and_compact():
    assert {"classic", "modern", "compact"} <= set(TEMPLATES)


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_field_and_bullet_reads_back_once_in_reading_order(template):
    data = render(rich_document(), "pdf", ExportOptions(template=template))

    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    assert in_reading_order(text, reading_order(template)) == []
    for private in NEVER_EXPORTED:
        assert private not in text
    # Bullets are real list items with a bullet character, not paragraphs run together.
    for bullet in BULLETS:
        assert f"• {bullet[:30]}" in text


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_font_is_embedded_and_names_render_in_latin_cyrillic_and_greek(template):
    data = render(rich_document(), "pdf", ExportOptions(template=template))

    fonts = pdf_fonts(data)
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVu" in name for name in fonts), fonts
    text = pdf_text(data)
    assert "Zoë Ñúñez" in text
    assert "Старший инженер · Полярная Звезда" in text
    assert "Μηχανικός λογισμικού · Ελληνική Τράπεζα" in text


def test_contact_details_are_in_the_body_at_the_top_of_page_one():
    first_page = pdf_page_lines(render(rich_document(), "pdf"))[0]

    assert first_page[0] == "Zoë Ñúñez"
    assert "zoe.nunez@example.org" in " ".join(first_page[1:4])


@pytest.mark.parametrize("template", TEMPLATES)
def test_page_numbers_start_on_page_two(template):
    data = render(long_career(12), "pdf", ExportOptions(template=template))
    pages = pdf_page_texts(data)

    assert len(pages) >= 2
    assert "Page 1" not in pages[0]
    for number, text in enumerate(pages[1:], start=2):
        assert text.endswith(f"Page {number}")


@pytest.mark.parametrize("template", TEMPLATES)
def test_no_heading_or_entry_header_is_left_at_the_foot_of_a_page(template):
    document = long_career()
    document["education"] = [
        {"institution": f"School {index}", "area": "Physics", "studyType": "BSc"}
        for index in range(8)
    ]
    document["skills"] = [
        {"name": f"Group {index}", "keywords": ["Python", "Go"]} for index in range(10)
    ]
    data = render(document, "pdf", ExportOptions(template=template))
    pages = pdf_page_lines(data)
    headings = {heading(title, template) for title in HEADINGS.values()}
    entry_heads = set()
    for role in document["work"]:
        entry_heads |= {f"{role['position']} · {role['name']}", role["summary"]}

    assert len(pages) >= 8
    for number, lines in enumerate(pages[:-1], start=1):
        body = [line for line in lines if not line.startswith("Page ")]
        assert body[-1] not in headings, f"page {number} ends with the heading {body[-1]!r}"
        assert body[-1] not in entry_heads, f"page {number} ends with an entry header {body[-1]!r}"
        assert not body[-1].startswith("Berlin ·"), f"page {number} ends with an entry's dates"


@pytest.mark.parametrize(
    ("document", "must_read"),
    [
        (
            {
                "basics": {"name": "Empty Sections"},
                "work": [],
                "skills": [{}],
                "education": [{"institution": ""}],
                "projects": [{"highlights": []}],
                "languages": [{"fluency": "Native"}],
            },
            ["Empty Sections"],
        ),
        (
            {
                "basics": {"label": "Data Analyst", "email": "no-name@example.com"},
                "work": [{"name": "Acme", "highlights": ["Built dashboards."]}],
            },
            ["Data Analyst", "no-name@example.com", "Acme", "Built dashboards."],
        ),
        (
            {
                "basics": {"name": "Long Bullet"},
                "work": [{"name": "Acme", "highlights": ["word " * 400]}],
            },
            ["Long Bullet", "word word word"],
        ),
        (
            {
                "basics": {"name": "No Spaces"},
                "work": [{"name": "Acme", "highlights": ["x" * 2000]}],
            },
            ["No Spaces"],
        ),
    ],
    ids=[
        "empty-sections",
        "missing-name",
        "2000-character-bullet",
        "2000-characters-without-a-space",
    ],
)
@pytest.mark.parametrize("template", TEMPLATES)
def test_awkward_resumes_export_without_blank_pages(document, must_read, template):
    data = render(document, "pdf", ExportOptions(template=template))
    pages = pdf_page_texts(data)

    for number, text in enumerate(pages, start=1):
        assert text.removesuffix(f"Page {number}").strip(), f"page {number} is blank"
    for words in must_read:
        assert words in " ".join(pages)
    assert "EXPERIENCE" not in pages[0].upper() or document.get("work")


def test_a_2000_character_word_is_kept_whole():
    data = render(
        {"basics": {"name": "No Spaces"}, "work": [{"name": "Acme", "highlights": ["x" * 2000]}]},
        "pdf",
    )

    assert pdf_text(data).replace(" ", "").count("x" * 2000) == 1


def test_empty_sections_get_no_heading():
    document = {
        "basics": {"name": "Empty Sections"},
        "work": [],
        "skills": [{}],
        "education": [{"institution": ""}],
    }
    text = pdf_text(render(document, "pdf"))

    assert text == "Empty Sections"


def test_a_ten_page_career_is_ten_pages_of_text_in_order():
    document = long_career()
    data = render(document, "pdf", ExportOptions(template="classic"))
    expected = [
        line
        for role in document["work"]
        for line in (f"{role['position']} · {role['name']}", *role["highlights"])
    ]

    assert 8 <= pdf_page_count(data) <= 14
    assert in_reading_order(pdf_text(data), expected) == []


def test_a_resume_with_nothing_to_show_is_a_clear_error_not_a_blank_page():
    with pytest.raises(ExportError, match="nothing to export"):
        render({"basics": {}, "work": [{"highlights": []}]}, "pdf")
    with pytest.raises(ExportError, match="nothing to export"):
        render({"work": [{"name": "Acme"}]}, "pdf", ExportOptions(sections=["skills"]))


def test_page_size_margins_and_section_choice_and_order_apply():
    document = rich_document()
    a4 = render(document, "pdf", ExportOptions(page_size="a4", sections=["skills", "work"]))
    letter = render(document, "pdf", ExportOptions(page_size="letter"))

    assert pdf_page_size(a4) == (595.3, 841.9)
    assert pdf_page_size(letter) == (612.0, 792.0)
    text = pdf_text(a4)
    assert text.index("SKILLS") < text.index("EXPERIENCE")
    assert "EDUCATION" not in text and "Master of Science" not in text
    wide, narrow = (render(long_career(10), "pdf", ExportOptions(margins_mm=m)) for m in (40, 10))
    assert pdf_page_count(wide) > pdf_page_count(narrow)


def test_font_and_accent_override_the_template():
    data = render(
        rich_document(), "pdf", ExportOptions(template="classic", font="sans", accent="#8b1e3f")
    )

    assert all(name.endswith(("DejaVuSans", "DejaVuSans-Bold")) for name in pdf_fonts(data))
    assert line_colour(data, "SUMMARY") == pytest.approx(
        (0x8B / 255, 0x1E / 255, 0x3F / 255), abs=0.01
    )
    assert line_colour(
        render(rich_document(), "pdf", ExportOptions(template="modern")), "Summary"
    ) == pytest.approx((0x2F / 255, 0x5B / 255, 0xD3 / 255), abs=0.01)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"template": "fancy"},
            "Unknown template “fancy”. Choose one of: classic, modern, compact.",
        ),
        ({"font": "comic"}, "Unknown font"),
        ({"accent": "red"}, "accent colour"),
        ({"page_size": "legal"}, "letter or a4"),
        ({"margins_mm": 2}, "between 8 and 40 mm"),
        ({"sections": ["hobbies"]}, "Unknown section “hobbies”"),
    ],
)
def test_bad_options_are_clear_errors(options, message):
    with pytest.raises(ExportError, match=message):
        ExportOptions(**options)


def test_an_unknown_format_is_a_clear_error():
    with pytest.raises(
        ExportError, match="Unknown format “xls”. Choose one of: pdf, docx, md, txt, html, json."
    ):
        render(rich_document(), "xls")

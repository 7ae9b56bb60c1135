"""Entries as converted and hand-made resumes write them."""

import io

from resumeopt.importers import import_text, read_upload


def _docx_with_breaks(lines: list[str]) -> bytes:
    """One paragraph whose lines are joined by breaks, as PDF-to-Word converters write them."""
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph()
    for index, text in enumerate(lines):
        run = paragraph.add_run(text)
        if index < len(lines) - 1:
            run.add_break()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_date_range_that_lost_its_dash_still_dates_the_entry():
    work = import_text(
        "Jane Roe\n\nEXPERIENCE\n2019  2021 Java Backend Developer, Miratorg (Belgorod, Russia)\n"
        "• Built reports\n2021  now Full-Stack Developer, Inetex (Rehovot, Israel)\n• Built services\n"
    ).document["work"]
    assert [(entry["position"], entry["name"]) for entry in work] == [
        ("Java Backend Developer", "Miratorg"),
        ("Full-Stack Developer", "Inetex"),
    ]
    assert work[0]["startDate"] == "2019" and work[0]["endDate"] == "2021"
    assert work[1]["location"] == "Rehovot, Israel"


def test_lines_that_lost_their_bullet_glyph_stay_bullets_not_entries():
    data = _docx_with_breaks([
        "Jane Roe",
        "EXPERIENCE",
        "2019 – 2021 Java Developer, Miratorg (Belgorod, Russia)",
        " Installing and maintaining database",
        " Populating a database with new information",
        "EDUCATION",
        "Baikal State University, 2008 – 2013",
    ])  # fmt: skip
    work = read_upload(data, "resume.docx")["document"]["work"]
    assert len(work) == 1
    assert work[0]["highlights"] == [
        "Installing and maintaining database",
        "Populating a database with new information",
    ]


def test_schools_listed_as_bullets_become_one_entry_each():
    education = import_text(
        "Jane Roe\n\nEDUCATION\n"
        "• 2018 Hillel IT school, php development\n"
        "• Dnipro Polytechnic National Technical University. Computer engineering\n"
        "• B.Sc. in Computer Science, Tel Aviv University, 2015 - 2019\n"
    ).document["education"]
    assert len(education) == 3
    assert education[2]["studyType"] == "B.Sc."
    assert education[2]["institution"] == "Tel Aviv University"

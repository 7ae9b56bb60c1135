"""Section headings people write for education and service, and headings run into text."""

import pytest

from resumeopt.importers import import_text


@pytest.mark.parametrize(
    "heading", ["Studies", "Higher Education", "ACADEMIC STUDIES", "Education and Certificates"]
)
def test_other_names_for_education_open_the_section(heading):
    document = import_text(
        f"Jane Roe\njane@example.com\n\n{heading}\nTel Aviv University\nB.A. in History, 2012\n"
    ).document
    assert document["education"][0]["institution"] == "Tel Aviv University"


def test_military_service_is_read_as_work():
    document = import_text(
        "Jane Roe\njane@example.com\n\nMILITARY SERVICE\n"
        "Team Leader, Israel Defense Forces\n2012 - 2015\n"
    ).document
    assert document["work"][0]["name"] == "Israel Defense Forces"


@pytest.mark.parametrize(
    "line", ["EDUCATIONTel Aviv University, BSc, 2015", "Education:Tel Aviv University, BSc, 2015"]
)
def test_an_education_heading_run_into_its_school_still_opens_the_section(line):
    document = import_text(f"Jane Roe\njane@example.com\n\n{line}\n").document
    assert document["education"][0]["institution"] == "Tel Aviv University"


def test_a_closing_declaration_is_no_part_of_the_languages_above_it():
    document = import_text(
        "Jane Roe\njane@example.com\n\nLanguages Known\nEnglish, Tamil, Hindi\n\nDeclaration\n"
        "I hereby declare that the above information is true to the best of my knowledge.\n"
        "Place: Chennai\n"
    ).document
    assert [item["language"] for item in document["languages"]] == ["English", "Tamil", "Hindi"]
    # Where the declaration was signed is one of the person's details, kept with the basics.
    assert "Place: Chennai" in document["basics"]["personal"]


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Software Proficiency", "skills"),
        ("Co-curricular Activities", "volunteer"),
        ("Workshops & Seminars", "certificates"),
    ],
)
def test_headings_of_indian_cvs_open_their_sections(heading, section):
    document = import_text(
        f"Jane Roe\njane@example.com\n\n{heading}\nNational Service Scheme volunteer, 2016\n"
    ).document
    assert document.get(section), document


@pytest.mark.parametrize("heading", ["EDUCATIONAL ATTAINMENT", "Education Details"])
def test_a_heading_opening_with_education_opens_the_education_section(heading):
    document = import_text(
        f"Jane Roe\njane@example.com\n\n{heading}\nCebu Doctors' University\n"
        "Bachelor of Science in Nursing, 2016\n"
    ).document
    assert document["education"][0]["institution"] == "Cebu Doctors' University"


def test_languages_grouped_under_their_level_each_get_that_level():
    document = import_text(
        "Jane Roe\njane@example.com\n\nLanguages\nNative: Hindi; Fluent: English, French\n"
        "English and Tamil\n"
    ).document
    assert [(item["language"], item.get("fluency")) for item in document["languages"]] == [
        ("Hindi", "Native"),
        ("English", "Fluent"),
        ("French", "Fluent"),
        ("English", None),
        ("Tamil", None),
    ]

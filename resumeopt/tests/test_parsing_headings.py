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

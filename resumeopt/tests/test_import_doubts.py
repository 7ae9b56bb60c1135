"""The review screen names the fields the parser was unsure of, and only those."""

import pytest
from django.urls import reverse

from resumeopt.importers import ImportResult, import_text
from resumeopt.importers.doubts import entry_sources, find_doubts

pytestmark = pytest.mark.django_db

CLEAR = (
    "Jane Roe\njane@example.com\n\nEXPERIENCE\nBackend Developer, Wix (Tel Aviv, Israel)\n"
    "2019 - 2022\n• Built the billing service\n\nEDUCATION\nTel Aviv University\n"
    "B.Sc. in Computer Science, 2015 - 2019\n"
)


def test_a_clearly_written_resume_has_no_doubts():
    assert find_doubts(import_text(CLEAR).document) == []


def test_a_job_without_employer_or_dates_is_doubted_field_by_field():
    document = import_text(
        "Jane Roe\njane@example.com\n\nEXPERIENCE\nSenior Python Developer\n• Built the "
        "billing service\n"
    ).document
    doubts = {(doubt.where, doubt.field) for doubt in find_doubts(document)}
    assert doubts == {("Experience 1", "name"), ("Experience 1", "startDate")}


def test_a_sentence_taken_for_an_employer_is_doubted():
    doubts = find_doubts(
        {
            "basics": {"name": "Jane Roe", "email": "jane@example.com"},
            "work": [
                {
                    "position": "Developer",
                    "name": "I manage and am responsible for the whole frontend of the product.",
                    "startDate": "2020",
                }
            ],
        }
    )
    assert [(doubt.field, doubt.message.split(":")[0]) for doubt in doubts] == [
        ("name", "The employer reads like a sentence")
    ]


def test_the_review_screen_lists_the_doubts(user_client):
    response = user_client.post(
        reverse("resume_import"),
        {"text": "Jane Roe\n\nEXPERIENCE\nSenior Python Developer\n• Built the billing service\n"},
    )
    page = response.content.decode()
    assert "Please check 3 fields" in page
    assert "Experience 1" in page and "No employer was found." in page
    assert "No email address was found." in page


def test_the_review_screen_of_a_clear_resume_asks_nothing(user_client):
    page = user_client.post(reverse("resume_import"), {"text": CLEAR}).content.decode()
    assert "Please check" not in page


UNSURE = (
    "Jane Roe\njane@example.com | +1 555 123 4567\n\nEXPERIENCE\nSenior Python Developer\n"
    "2019 - 2022\n• Built the billing service\n• Cut invoice errors by 40%\n\n"
    "Backend Developer, Wix (Tel Aviv, Israel)\n2016 - 2019\n• Wrote the payments API\n\n"
    "EDUCATION\nTel Aviv University\nB.Sc. in Computer Science, 2012 - 2016\n"
)


def test_each_entry_keeps_the_lines_it_was_read_from():
    result = import_text(UNSURE)
    assert result.source_lines[0] == "Jane Roe"
    sources = result.sources
    assert sources["work/0"] == [
        "Senior Python Developer",
        "2019 - 2022",
        "• Built the billing service",
        "• Cut invoice errors by 40%",
    ]
    assert sources["work/1"] == [
        "Backend Developer, Wix (Tel Aviv, Israel)",
        "2016 - 2019",
        "• Wrote the payments API",
    ]
    assert sources["education/0"] == [
        "Tel Aviv University",
        "B.Sc. in Computer Science, 2012 - 2016",
    ]
    assert sources["basics"][:2] == ["Jane Roe", "jane@example.com | +1 555 123 4567"]


def test_an_entry_none_of_whose_values_are_in_the_lines_has_no_sources():
    document = {"work": [{"position": "Astronaut", "name": "NASA"}]}
    assert "work/0" not in entry_sources(document, ["Jane Roe", "EXPERIENCE", "Plumber at Acme"])


def test_structured_imports_have_no_source_lines():
    result = import_text(UNSURE)
    assert result.source_lines and ImportResult(result.document, "json").sources == {}


@pytest.mark.parametrize(
    ("job", "field", "message"),
    [
        (
            {"name": "Amdocs (Israel", "position": "Developer"},
            "name",
            "The employer looks cut off at a bracket",
        ),
        (
            {"name": "Amdocs", "position": ": Developer"},
            "position",
            "The job title starts with “:”",
        ),
        (
            {"name": "December 2017", "position": "Developer"},
            "name",
            "The employer has a date in it",
        ),
        (
            {"name": "Amdocs", "position": "React, Express, jQuery"},
            "position",
            "The job title reads like a list",
        ),
    ],
)
def test_a_header_field_that_looks_misread_is_doubted(job, field, message):
    document = {
        "basics": {"name": "Jane Roe", "email": "jane@example.com"},
        "work": [{**job, "startDate": "2020"}],
    }
    [doubt] = find_doubts(document)
    assert (doubt.field, doubt.message) == (field, f"{message}: “{job[field]}”.")


def test_an_ordinary_header_is_not_doubted():
    document = {
        "basics": {"name": "Jane O'Neil-Roe", "email": "jane@example.com"},
        "work": [
            {
                "name": "Procter & Gamble (P&G)",
                "position": "Sales Manager, EMEA",
                "location": "Tel Aviv, Israel",
                "startDate": "2019-03",
                "endDate": "2021",
            },
        ],
        "education": [
            {
                "institution": "University of California, Berkeley",
                "studyType": "B.Sc.",
                "startDate": "2015",
            }
        ],
    }
    assert find_doubts(document) == []


def test_dates_in_the_wrong_order_and_a_name_that_is_a_contact_line_are_doubted():
    document = {
        "basics": {
            "name": "Phone: 0501234567 Residence: Hod-Hasharon",
            "email": "jane@example.com",
        },
        "work": [
            {"name": "Wix", "position": "Developer", "startDate": "2021-05", "endDate": "2019"}
        ],
    }
    assert [(doubt.where, doubt.field) for doubt in find_doubts(document)] == [
        ("Contact", "name"),
        ("Experience 1", "endDate"),
    ]


def test_a_long_school_name_is_not_doubted_but_a_sentence_in_its_place_is():
    schools = [
        {
            "institution": "Moscow State Institute of Radio Engineering, Electronics and "
            "Automation (Technical University)"
        },
        {"institution": "Pontificia Universidad Católica de Chile, Facultad de Ingeniería"},
        {"institution": "I studied computer science and graduated with honours in 2015."},
        {"institution": "Python, Django, Flask, PostgreSQL"},
    ]
    doubts = find_doubts(
        {"basics": {"name": "Jane Roe", "email": "jane@example.com"}, "education": schools}
    )
    assert {doubt.where for doubt in doubts} == {"Education 3", "Education 4"}

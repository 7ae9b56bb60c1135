"""Section headings in the forms real resumes write them."""

import pytest

from resumeopt.importers import import_text
from resumeopt.importers.headings import glued_heading, heading_section


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("W O R K  E X P E R I E N C E", "work"),
        ("E D U C A T I O N & C O U R S E S", "education"),
        ("Work expirience", "work"),
        ("Educations and Curses:", "education"),
        ("Experience and participated projects:", "work"),
        ("EXPERIENCE SKILLS", "work"),  # two column headings flattened onto one line
        ("SUMMARY EDUCATION", "education"),
        ("PROFESSIONAL SUMMARY EDUCATION RELEVANT EXPERIENCE", "work"),
    ],
)
def test_headings_in_unusual_forms_are_known(line, section):
    assert heading_section(line) == (True, section)


@pytest.mark.parametrize(
    "line",
    [
        "Senior Java Developer",
        "Experienced",
        "Java, Python, SQL",
        "Skilled in teamwork",
        # An employer and its unit in capitals, each opening with a heading's word.
        "EMPLOYMENT AND SOCIAL DEVELOPMENT CANADA",
        "SKILLS AND EMPLOYMENT BRANCH",
    ],
)
def test_ordinary_lines_are_not_headings(line):
    assert heading_section(line) == (False, None)
    assert glued_heading(line) is None


def test_a_heading_joined_to_one_more_word_by_and_is_still_a_heading():
    assert heading_section("LICENCES & TICKETS")[0]
    assert heading_section("Skills and Interests")[0]


def test_a_heading_glued_to_its_text_is_split_off():
    assert glued_heading("EDUCATION Belarusian State University") == (
        "education",
        "EDUCATION",
        "Belarusian State University",
    )
    assert glued_heading("Work experience 04/2022 – 07/2022 (project employment)")[0] == "work"
    assert glued_heading("WORK EXPERIENCE") is None
    assert glued_heading("IBM Research Lab") is None
    assert glued_heading("Worked on payments") is None


def test_glued_headings_still_give_their_entries():
    document = import_text(
        "Dana Levi\n"
        "dana@example.com\n\n"
        "WORK EXPERIENCE Backend Developer, Wix (Tel Aviv, Israel)\n"
        "2019 - 2022\n"
        "• Built the billing service\n\n"
        "EDUCATION Tel Aviv University\n"
        "B.Sc. in Computer Science, 2015 - 2019\n"
    ).document
    assert document["work"][0]["name"] == "Wix"
    assert document["work"][0]["position"] == "Backend Developer"
    assert document["education"][0]["institution"] == "Tel Aviv University"
    assert document["education"][0]["studyType"].startswith("B.Sc")


def test_spaced_out_work_heading_keeps_its_entries_out_of_the_summary():
    document = import_text(
        "Lisa Stone\n\nP R O F I L E\nAnalyst with five years of experience.\n\n"
        "W O R K  E X P E R I E N C E\nData Analyst\nPinsteps | Nov 2020 - present\n"
        "• Built cohort reports\n"
    ).document
    assert document["work"][0]["name"] == "Pinsteps"
    assert document["work"][0]["position"] == "Data Analyst"
    assert document["work"][0]["startDate"] == "2020-11"


def test_a_misspelt_english_heading_word_is_not_taken_for_a_french_one():
    # "expirience" is one letter from "experience" and from "expérience"; typed without
    # accents it is the English word, so the heading's last word still names the section.
    assert heading_section("SUMMARY OF WORK EXPIRIENCE") == (True, "work")
    assert heading_section("RELEVANT WORK EXPIRIENCE") == (True, "work")


def test_a_markdown_subheading_groups_the_jobs_of_its_section():
    document = import_text(
        "# Jane Okafor\n"
        "jane.okafor@example.com\n\n"
        "## Professional Experience\n\n"
        "### Admissions\n\n"
        "**Senior Admissions Officer** | University of Leeds | 2020 - Present\n"
        "- Read 1,400 applications a cycle.\n\n"
        "### Teaching\n\n"
        "**Teacher of English** | Leeds Grammar School | 2012 - 2017\n\n"
        "### Research\n\n"
        "**Research Assistant** | University of York | 2011 - 2012\n\n"
        "## Education\n\n"
        "BA English, University of York, 2011\n"
    ).document
    assert [(job["position"], job["name"]) for job in document["work"]] == [
        ("Senior Admissions Officer", "University of Leeds"),
        ("Teacher of English", "Leeds Grammar School"),
        ("Research Assistant", "University of York"),
    ]
    assert document["education"][0]["institution"] == "University of York"


def test_a_markdown_section_at_the_level_of_experience_is_still_a_section():
    document = import_text(
        "# Jane Okafor\n\n"
        "## Experience\n\n"
        "**Admissions Counselor**, Boston College, 2019 - Present\n\n"
        "## Teaching\n\n"
        "- Guest lectures on access to higher education.\n"
    ).document
    assert [job["position"] for job in document["work"]] == ["Admissions Counselor"]
    assert "Guest lectures on access to higher education." in document["meta"]["unsorted"]

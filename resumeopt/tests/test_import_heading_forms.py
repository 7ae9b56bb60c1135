"""Headings glued to their text, split over two lines, in lower case or another language."""

import pytest

from resumeopt.importers import import_text
from resumeopt.importers.headings import close_up_letters, heading_section, unglue_heading


@pytest.mark.parametrize(
    ("line", "mended"),
    [
        ("EXPERIENCESenior Software Engineer", "EXPERIENCE Senior Software Engineer"),
        ("WORK EXPERIENCESenior Developer", "WORK EXPERIENCE Senior Developer"),
        ("EDUCATIONBSc Computer Science", "EDUCATION BSc Computer Science"),
        ("EDUCATION2015 – 2019", "EDUCATION 2015 – 2019"),
        ("EducationHarvard University", "Education Harvard University"),
        ("Skills:Python, Go", "Skills: Python, Go"),
    ],
)
def test_a_heading_run_into_its_text_gets_its_space_back(line, mended):
    assert unglue_heading(line) == mended


@pytest.mark.parametrize(
    "line",
    [
        "JavaScript developer",
        "EXPERIENCES",
        "SKILLSET",
        "Experienced engineer",
        "Github:github.com/jlee",
        "Skills: Python",
    ],
)
def test_words_that_only_start_like_a_heading_are_left_alone(line):
    assert unglue_heading(line) == line


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Berufserfahrung", "work"),
        ("Expérience professionnelle", "work"),
        ("Experiencia laboral", "work"),
        ("Опыт работы", "work"),
        ("Ausbildung", "education"),
        ("Formación académica", "education"),
        ("Kenntnisse", "skills"),
        ("Compétences techniques", "skills"),
        ("Sprachkenntnisse", "languages"),
        ("Employment History", "work"),
        ("Academic Qualifications", "education"),
        ("Professional Background", "work"),
    ],
)
def test_headings_in_other_languages_and_synonyms_are_known(line, section):
    assert heading_section(line) == (True, section)


def _sections(text: str) -> dict:
    document = import_text(text).document
    return {
        "employers": [job.get("name") for job in document.get("work", [])],
        "schools": [school.get("institution") for school in document.get("education", [])],
        "skills": [word for group in document.get("skills", []) for word in group["keywords"]],
    }


JOB = "Senior Software Engineer, Acme Corp\nJan 2019 – Present\n• Built the billing service.\n"
SCHOOL = "BSc Computer Science, University of Toronto\n2012 – 2016\n"
TOP = "Maria Lopez\nmaria.lopez@example.com | +1 555 010 2222\n\n"


def test_glued_headings_open_their_sections():
    text = f"{TOP}EXPERIENCE{JOB}\nEDUCATION{SCHOOL}\nSkills:Python, Go, PostgreSQL\n"
    assert _sections(text) == {
        "employers": ["Acme Corp"],
        "schools": ["University of Toronto"],
        "skills": ["Python", "Go", "PostgreSQL"],
    }


def test_a_heading_split_over_two_lines_opens_its_section():
    text = f"{TOP}PROFESSIONAL\nEXPERIENCE\n{JOB}\nACADEMIC\nQUALIFICATIONS\n{SCHOOL}"
    found = _sections(text)
    assert (found["employers"], found["schools"]) == (["Acme Corp"], ["University of Toronto"])


def test_lower_case_headings_after_a_gap_open_their_sections():
    text = f"{TOP}experience\n{JOB}\neducation\n{SCHOOL}"
    found = _sections(text)
    assert (found["employers"], found["schools"]) == (["Acme Corp"], ["University of Toronto"])


def test_a_sentence_wrapped_onto_a_heading_word_stays_in_its_entry():
    text = (
        f"{TOP}EXPERIENCE\n{JOB}• Took part in several open "
        f"source\nprojects.\n\nEDUCATION\n{SCHOOL}"
    )
    document = import_text(text).document
    assert [job["name"] for job in document["work"]] == ["Acme Corp"]
    assert "projects" not in document


def test_a_german_resume_is_read_by_its_headings():
    text = (
        "Jonas Becker\njonas.becker@example.de | +49 30 1234567\n\n"
        "Berufserfahrung\nSoftwareentwickler, Siemens AG\n03/2018 – 12/2022\n"
        "• Entwicklung von Microservices in Java.\n\n"
        "Ausbildung\nMaster of Science Informatik, Technische Universität München\n2013 – 2018\n\n"
        "Kenntnisse\nJava, Kotlin, Docker\n"
    )
    assert _sections(text) == {
        "employers": ["Siemens AG"],
        "schools": ["Technische Universität München"],
        "skills": ["Java", "Kotlin", "Docker"],
    }


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("D A T A\tA N A L Y S T", "DATA\tANALYST"),
        ("W O R K  E X P E R I E N C E", "WORK EXPERIENCE"),
        ("M A R I A   G O N Z Á L E Z", "MARIA GONZÁLEZ"),
        ("J A N E  D O E", "JANE DOE"),
        ("S E N I O R  E N G I N E E R     A C M E", "SENIOR ENGINEER     ACME"),
        ("J R R Tolkien", "J R R Tolkien"),
        ("Python  SQL", "Python  SQL"),
    ],
)
def test_letter_spaced_words_are_closed_up_where_word_breaks_are_wider(line, closed):
    assert close_up_letters(line) == closed

"""Honours written after a degree without brackets, as South African, British and Australian
resumes write it: "BCom Honours Economics", "BA Hons History", "BSc Honours in Physics".

"Honours" is part of the degree's name, not of its field; "First Class Honours" after a comma
stays the grade.
"""

import pytest

from resumeopt.importers import import_text


def _education(line: str) -> dict:
    text = (
        f"Jane Doe\njane@example.com\n\nEDUCATION\n{line}\nUniversity of Cape Town, 2015 - 2018"
        "\n\nEXPERIENCE\nAnalyst, Acme Corp, London\nJan 2020 - Present\n"
    )
    return import_text(text).document["education"][0]


@pytest.mark.parametrize(
    ("line", "degree", "area"),
    [
        ("BCom Honours Economics", "BCom Honours", "Economics"),
        ("BA Hons History", "BA Hons", "History"),
        ("BSc Honours in Physics", "BSc Honours", "Physics"),
        ("Bachelor of Science Honours Physics", "Bachelor of Science Honours", "Physics"),
        ("BA (Hons) English Literature", "BA (Hons)", "English Literature"),
    ],
)
def test_honours_belongs_to_the_degree(line, degree, area):
    entry = _education(line)
    assert (entry["studyType"], entry["area"]) == (degree, area)


def test_first_class_honours_after_a_comma_is_the_grade():
    entry = _education("BSc Computer Science, First Class Honours")
    assert (entry["studyType"], entry["area"]) == ("BSc", "Computer Science")
    assert entry["score"] == "First Class Honours"

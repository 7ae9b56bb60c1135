"""A degree the resume says was not finished, or is still being earned, is not held."""

import pytest

from jobs.matching import profile_of
from resumeopt.importers.parsing import parse_lines
from resumeopt.importers.text import lines_from_text

BACHELORS = 3


@pytest.mark.parametrize(
    "education",
    [
        "Coursework toward B.S. in Nursing, Ohio State University, 2016 - 2018",
        "BSc Computer Science (not completed), University of Leeds, 2014 - 2016",
        "B.A. in History (incomplete) | Rutgers University | 2010 - 2012",
        "University of Texas at Austin\n"
        "Completed 90 credits toward a Bachelor of Arts in Economics\n2012 - 2015",
        "Some college coursework, Portland Community College, 2011 - 2012",
        "Pursuing MBA, Kellogg School of Management, 2024 - Present",
        "PhD in Sociology (ABD), University of Michigan, 2010 - 2015",
        "Master's coursework in Project Management, University of Salford, 2022 - 2023",
        "Associate of Science coursework (transferred), Austin Community College, 2022",
    ],
)
def test_an_imported_unfinished_degree_does_not_count_as_a_degree(education):
    document = parse_lines(
        lines_from_text(f"Jordan Lee\njordan@example.com\n\nEDUCATION\n{education}")
    )
    assert document["education"]
    assert profile_of(document).education_rank < BACHELORS


def test_a_finished_degree_still_counts():
    document = parse_lines(
        lines_from_text(
            "Jordan Lee\njordan@example.com\n\nEDUCATION\n"
            "Bachelor of Science in Nursing, Ohio State University, 2014 - 2018"
        )
    )
    assert profile_of(document).education_rank == BACHELORS


def test_unfinished_words_written_in_an_entry_by_hand_are_read_the_same():
    finished = {"studyType": "B.S.", "area": "Nursing", "institution": "Ohio State University"}
    unfinished = {**finished, "studyType": "Coursework toward B.S."}
    assert profile_of({"education": [finished]}).education_rank == BACHELORS
    assert profile_of({"education": [unfinished]}).education_rank < BACHELORS


def test_a_masters_taught_by_coursework_is_held():
    taught = {"studyType": "Master of Information Technology (Coursework)", "institution": "UNSW"}
    also = {"studyType": "Master of Engineering by coursework", "institution": "RMIT University"}
    assert profile_of({"education": [taught]}).education_rank > BACHELORS
    assert profile_of({"education": [also]}).education_rank > BACHELORS

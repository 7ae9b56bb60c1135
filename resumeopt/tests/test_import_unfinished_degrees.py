"""A degree the resume says was not finished is imported with the words that say so.

JSON Resume's education has no status field, so the qualifier stays in `studyType` as
written ("Coursework toward B.S."); an entry that names a degree it does not give must
never read as holding it. A degree still to come keeps its date as the end, not the start.
"""

import pytest

from resumeopt.importers.parsing import parse_lines
from resumeopt.importers.text import lines_from_text


def _education(text: str) -> list[dict]:
    return parse_lines(lines_from_text(text)).get("education") or []


@pytest.mark.parametrize(
    ("text", "study_type", "area", "institution"),
    [
        # One-line entries.
        (
            "EDUCATION\nCoursework toward B.S. in Nursing, Ohio State University, 2016 - 2018",
            "Coursework toward B.S.",
            "Nursing",
            "Ohio State University",
        ),
        (
            "Education\nBSc Computer Science (not completed), University of Leeds, 2014 - 2016",
            "BSc (not completed)",
            "Computer Science",
            "University of Leeds",
        ),
        (
            "Education\nB.A. in History (incomplete) | Rutgers University | 2010 - 2012",
            "B.A. (incomplete)",
            "History",
            "Rutgers University",
        ),
        (
            "Education\nPursuing MBA, Kellogg School of Management, 2024 - Present",
            "Pursuing MBA",
            None,
            "Kellogg School of Management",
        ),
        (
            "Education\nPhD in Sociology (ABD), University of Michigan, 2010 - 2015",
            "PhD (ABD)",
            "Sociology",
            "University of Michigan",
        ),
        (
            "Education\nMBA candidate, Wharton School, University of Pennsylvania, 2023 - 2025",
            "MBA candidate",
            None,
            None,
        ),
        # School on its own line above the degree line.
        (
            "EDUCATION\nUniversity of Texas at Austin\n"
            "Completed 90 credits toward a Bachelor of Arts in Economics\n2012 - 2015",
            "Completed 90 credits toward a Bachelor of Arts",
            "Economics",
            "University of Texas at Austin",
        ),
        (
            "Education\nArizona State University — Tempe, AZ\n"
            "Coursework towards Bachelor's degree in Psychology, 2019 – 2020",
            "Coursework towards Bachelor's degree",
            "Psychology",
            None,
        ),
        (
            "EDUCATION\nSome college coursework, Portland Community College, 2011 - 2012",
            "Some college coursework",
            None,
            "Portland Community College",
        ),
        # A table with its column names.
        (
            "Education\nDegree | Institution | Year | GPA\n"
            "Coursework toward B.S. Nursing | Ohio State University | 2016 - 2018 | 3.4",
            "Coursework toward B.S.",
            "Nursing",
            "Ohio State University",
        ),
    ],
)
def test_an_unfinished_degree_keeps_the_words_that_say_so(text, study_type, area, institution):
    [entry] = _education(text)
    assert entry["studyType"] == study_type
    if area is not None:
        assert entry.get("area") == area
    if institution is not None:
        assert entry["institution"] == institution


def test_an_unfinished_degree_without_dates_gets_no_end_date():
    [entry] = _education("Education\nCoursework toward B.S. in Nursing, Ohio State University")
    assert "endDate" not in entry
    assert entry["studyType"].startswith("Coursework toward")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Education\nB.S. in Computer Science, Georgia Institute of Technology,"
            " expected May 2027",
            "2027-05",
        ),
        (
            "Education\nBachelor of Science in Biology, Anticipated December 2026\n"
            "University of Florida",
            "2026-12",
        ),
        ("EDUCATION\nUniversity of Oregon\nB.A. Economics (Expected 2028)", "2028"),
        ("EDUCATION\nUniversity of Georgia\nB.B.A. Finance, May 2027 (expected)", "2027-05"),
        # When a degree was awarded is its end too: "Graduated May 2019", "Completed 2014".
        ("EDUCATION\nMA, Law\nUniversity of Bath · Graduated Jun 2019", "2019-06"),
        ("EDUCATION\nB.Sc. Physics, University of York, Completed 2014", "2014"),
        ("Education\nUniversity of Iowa\nBachelor of Arts, Awarded: May 2016", "2016-05"),
    ],
)
def test_an_expected_degree_ends_at_its_expected_date_and_did_not_start_then(text, end):
    [entry] = _education(text)
    assert entry.get("endDate") == end
    assert entry.get("startDate") != end


def test_a_finished_degree_reads_as_before():
    [entry] = _education(
        "EDUCATION\nBachelor of Science in Accounting, University of Iowa, 2015 - 2019"
    )
    assert entry["studyType"] == "Bachelor of Science"
    assert entry["area"] == "Accounting"
    assert entry["endDate"] == "2019"

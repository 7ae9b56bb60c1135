"""Lines of work given as examples of the experience asked are one choice with it (issue #15):
"0-1 years of sales or customer-facing experience (retail, hospitality and restaurants all
count)" asks one years requirement that sales, retail or hospitality meets."""

import pytest

from jobs.extraction import extract_requirements

HEAD = "Sales Development Representative\nBrightline Software, Austin, TX\n\nWhat you bring\n"


@pytest.mark.parametrize(
    "line",
    [
        "0-1 years of sales or customer-facing experience (retail, hospitality and restaurants "
        "all count).",
        "1 year of sales experience (e.g. retail, hospitality).",
        "1+ years of sales experience (retail or hospitality is welcome).",
    ],
)
def test_examples_of_a_line_of_work_are_one_choice_with_it(line):
    read = extract_requirements(HEAD + f"- {line}\n")
    item = next(item for item in read.items if "sales" in item["text"])
    assert item["skills"] == []
    assert [set(group) for group in item["groups"]] == [{"Sales", "Retail", "Hospitality"}]
    assert item["years"] in (0, 1)


def test_a_bracket_that_names_what_is_meant_is_no_choice():
    read = extract_requirements(HEAD + "- 2 years of SQL (PostgreSQL) and Python.\n")
    item = next(item for item in read.items if "SQL" in item["text"])
    assert item["groups"] == []

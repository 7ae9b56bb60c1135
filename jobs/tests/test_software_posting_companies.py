"""The company of a software posting whose header is run into its first sentence, as a job
board's one-line header or an applicant tracking system's cell gives it. Each is read the
same with the posting's line breaks removed.

- a level or a line of business between the header's separators is no company ("Mobile
  Developer – Junior – Toronto", "Technical Support Engineer - SaaS - Dublin"): the company is
  the one the first sentence introduces, and the level is the post's;
- a place run in before the company's sentence is the place ("- Leeds Brightlane Insurance
  Services is a fast-growing insurtech ... Brightlane is an equal opportunity employer");
- a separator in brackets parts nothing ("at Fernhill Retail Group (Manchester / Remote UK)");
- a legal form keeps its stops ("Tesselate Logistics Sp. z o.o.");
- a level in brackets after the title is the level, not the title's ("(Mid)")."""

import pytest

from jobs.extraction import extract_requirements

ONE_PARAGRAPH = [str, lambda text: " ".join(text.split())]


@pytest.mark.parametrize("paste", ONE_PARAGRAPH)
def test_a_level_between_separators_is_the_posts_not_the_company(paste):
    read = extract_requirements(
        paste(
            "Mobile Developer (iOS/Android) – Junior – Toronto. Maplewave Health is a Canadian "
            "digital health company. What you need: 1-2 years of experience with Swift."
        )
    )
    assert (read.company, read.seniority, read.location) == (
        "Maplewave Health",
        "Junior",
        "Toronto",
    )


@pytest.mark.parametrize("paste", ONE_PARAGRAPH)
def test_a_line_of_business_between_separators_is_no_company(paste):
    read = extract_requirements(
        paste(
            "Technical Support Engineer - SaaS - Dublin, Ireland. Ledgerly is a cloud accounting "
            "platform for small businesses. Requirements: 2 years in a support role for a SaaS "
            "product; solid SQL."
        )
    )
    assert read.company == "Ledgerly"
    assert read.location == "Dublin, Ireland"


def test_a_place_before_the_companys_sentence_is_the_place():
    """Its last word named elsewhere ("App Services") does not make it the subject."""
    read = extract_requirements(
        "Senior .NET Developer - Hybrid - Leeds Brightlane Insurance Services is a fast-growing "
        "insurtech that uses data science to price home and motor cover. We are hiring a Senior "
        ".NET Developer to join our Policy Platform squad in Leeds (3 days in the office). What "
        "we're looking for: 5+ years of C# and Azure (App Services, Azure Functions). "
        "Brightlane is an equal opportunity employer."
    )
    assert read.company == "Brightlane Insurance Services"
    assert read.location == "Leeds"


def test_a_separator_in_brackets_parts_nothing():
    read = extract_requirements(
        "Data Engineer at Fernhill Retail Group (Manchester / Remote UK) Fernhill Retail Group "
        "runs 140 garden centres. About you: 2 years of Python and SQL."
    )
    assert read.company == "Fernhill Retail Group"
    assert read.location == "Manchester"


@pytest.mark.parametrize("paste", ONE_PARAGRAPH)
def test_a_legal_form_keeps_its_stops(paste):
    read = extract_requirements(
        paste(
            "Java Backend Engineer\nCompany: Tesselate Logistics Sp. z o.o.\nLocation: Wrocław, "
            "Poland\nRequirements: 3 years of Java."
        )
    )
    assert read.company == "Tesselate Logistics Sp. z o.o."


@pytest.mark.parametrize("paste", ONE_PARAGRAPH)
def test_a_level_in_brackets_after_the_title_is_the_level(paste):
    """ "Java Backend Engineer (Mid)", as Central European postings write the level."""
    read = extract_requirements(
        paste(
            "Java Backend Engineer (Mid)\nCompany: Tesselate Logistics\nLocation: Wrocław, "
            "Poland\nRequirements: 3 years of Java and Spring."
        )
    )
    assert (read.title, read.seniority) == ("Java Backend Engineer", "Mid-level")

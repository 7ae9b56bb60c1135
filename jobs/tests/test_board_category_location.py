"""A job board that runs its category into the place line (JobStreet, SEEK: "Petaling Jaya,
Selangor Accounting (Accounting)") gives the place alone."""

import pytest

from jobs.extraction import extract_requirements

BODY = "\nFull time\n\nRequirements\n- 2 years of experience in a similar role\n"


@pytest.mark.parametrize(
    ("company", "line", "place"),
    [
        (
            "Sinar Jaya Sdn Bhd",
            "Petaling Jaya, Selangor Accounting (Accounting)",
            "Petaling Jaya, Selangor",
        ),
        (
            "Sunway Medical Centre",
            "Subang Jaya, Selangor Nursing (Healthcare & Medical)",
            "Subang Jaya, Selangor",
        ),
        (
            "Tanjung Digital Sdn Bhd",
            "Kuala Lumpur Developers/Programmers (Information & Communication Technology)",
            "Kuala Lumpur",
        ),
        (
            "Bayanihan Foods Inc.",
            "Makati City, Metro Manila Accounting (Accounting)",
            "Makati City, Metro Manila",
        ),
        (
            "Harbour Accounting Pty Ltd",
            "Parramatta, Sydney NSW Accounting (Accounting)",
            "Parramatta, Sydney NSW",
        ),
        (
            "Eastlake Private Hospital",
            "Box Hill, Melbourne VIC Nursing - Emergency (Healthcare & Medical)",
            "Box Hill, Melbourne VIC",
        ),
        # A region the place list does not know: the word its brackets repeat is the category.
        ("Borneo Timber Bhd", "Bintulu, Kemena Accounting (Accounting)", "Bintulu, Kemena"),
    ],
)
def test_the_location_ends_before_the_boards_category(company, line, place):
    read = extract_requirements(f"Account Executive\n{company}\n{line}{BODY}")
    assert read.location == place


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("London, UK (Hybrid)", "London, UK"),
        ("Berlin, Germany (Relocation support)", "Berlin, Germany"),
    ],
)
def test_a_bracket_after_a_whole_place_keeps_the_place(line, place):
    read = extract_requirements(f"Data Engineer\nAcme Payments\n{line}{BODY}")
    assert read.location == place

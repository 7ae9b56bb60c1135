"""A trailing "preferred" in a list of requirements prefers the item it follows, not the
degree earlier in the list."""

import pytest

from jobs.extraction import extract_requirements

HEAD = "Staff Auditor\nHarbor & Pike LLP\n\nYou will test controls and prepare workpapers.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Requirements: Bachelor degree in Accounting, 2+ years of audit experience, CPA preferred.",
        "Qualifications: Bachelor's degree in Finance; 3+ years of audit experience; CPA a plus.",
        "Requirements: Bachelor's degree in Accounting, strong Excel skills, CPA preferred.",
    ],
)
def test_degree_before_a_preferred_item_stays_required(sentence):
    read = extract_requirements(HEAD + sentence + "\n")
    assert read.education_level == "Bachelor's"
    assert read.education_required is True


def test_the_preferred_item_alone_is_preferred():
    read = extract_requirements(
        HEAD + "Requirements: Bachelor degree in Accounting, 2+ years of audit experience, "
        "CPA preferred.\n"
    )
    skills = {skill.name: skill.required for skill in read.skills}
    assert skills["CPA"] is False
    assert skills["Auditing"] is True
    assert read.education_required is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Requirements: 2+ years of audit experience, Bachelor's degree in Accounting preferred.",
        "Requirements: Bachelor's degree in Accounting, Finance, or a related field preferred.",
        "Requirements: Bachelor's degree preferred.",
    ],
)
def test_degree_the_cue_follows_is_preferred(sentence):
    read = extract_requirements(HEAD + sentence + "\n")
    assert read.education_level == "Bachelor's"
    assert read.education_required is False


# Lines of a requirements list pasted without their breaks: a preference cue that ends one item
# and runs into the next item's capital prefers that item alone, even beside a "must" or a
# "required" of another item, and reads the same as the list with its lines kept.
RUN_ON_LISTS = [
    (
        "Dispatch Coordinator\nKestrel Freight, Pune\n\nRequirements\n"
        "- Fluent in Marathi and English; Hindi is a plus\n"
        "- Must hold a valid driving licence\n"
        "- Good negotiation skills\n",
        "Hindi",
        ["Marathi", "English"],
    ),
    (
        "Warehouse Lead\nNorthgate Cold Storage, Reno, NV\n\nQualifications\n"
        "- Forklift certification is a plus\n"
        "- Proficient in Microsoft Office\n"
        "- High school diploma or GED required\n",
        "Forklift Certification",
        ["Microsoft Office"],
    ),
]


@pytest.mark.parametrize(("posting", "preferred", "required"), RUN_ON_LISTS)
@pytest.mark.parametrize("paragraph", [False, True])
def test_a_preference_run_into_the_next_item_stays_with_its_item(
    posting, preferred, required, paragraph
):
    text = " ".join(posting.split()) if paragraph else posting
    levels = {skill.name: skill.level for skill in extract_requirements(text).skills}
    assert levels[preferred] == "preferred"
    for name in required:
        assert levels[name] == "required"


@pytest.mark.parametrize(
    ("line", "preferred", "required"),
    [
        (
            "Good communication skills and a professional attitude ADR certificate is desirable",
            "ADR Certificate",
            "Communication",
        ),
        (
            "Working knowledge of SQF or BRC food safety standards Bilingual English/Spanish "
            "preferred",
            "Spanish",
            "SQF",
        ),
        (
            "At least 3 years of site safety experience A valid CSCS card SMSTS would be an "
            "advantage What's on offer 25 days holiday",
            "SMSTS",
            "CSCS Card",
        ),
    ],
)
def test_a_preference_at_the_end_of_a_run_on_prefers_its_last_item(line, preferred, required):
    levels = {
        skill.name: skill.level
        for skill in extract_requirements(f"{HEAD}Requirements\n- {line}\n").skills
    }
    assert levels[preferred] == "preferred"
    assert levels[required] == "required"

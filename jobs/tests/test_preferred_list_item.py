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

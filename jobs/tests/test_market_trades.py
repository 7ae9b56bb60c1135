"""The trades of the businesses a job sells to or serves are its market, not skills it asks
(issue #15): "Prospect into HVAC, plumbing and electrical companies" asks no HVAC."""

import pytest

from jobs.extraction import extract_requirements

HEAD = "Business Development Representative\nFieldstone Software, Denver, CO\n\n"


@pytest.mark.parametrize(
    "duty",
    [
        "Prospect into HVAC, plumbing and electrical companies by phone and email.",
        "Sell our scheduling app to plumbing and HVAC contractors across the state.",
    ],
)
def test_trades_listed_before_the_businesses_served_are_no_skills(duty):
    read = extract_requirements(
        HEAD + f"What you'll do\n- {duty}\n\nWhat you bring\n- Experience with Salesforce\n"
    )
    names = {skill.name for skill in read.skills}
    assert "HVAC" not in names
    assert "Plumbing" not in names
    assert "Salesforce" in names


def test_a_trade_the_job_works_on_is_still_asked():
    read = extract_requirements(
        "Maintenance Technician\nNorthgate Property Services, Austin, TX\n\nDuties\n"
        "- Maintain HVAC and plumbing systems for commercial customers\n"
        "- Prospect and cold call general contractors\n"
    )
    names = {skill.name for skill in read.skills}
    assert {"HVAC", "Plumbing", "Cold Calling"} <= names

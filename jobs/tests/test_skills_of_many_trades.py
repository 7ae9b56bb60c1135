"""Skills common in their lines of work that postings ask for by name (quality engineering,
physical therapy, contracts, grants, logistics, site safety, medical coding, FP&A tools) are
read as those skills, with the line breaks kept or removed, and what one shows of another
counts in matching ("FMEA: counted through PFMEA")."""

import pytest

from jobs.extraction import extract_requirements
from jobs.matching import match_resume

POSTINGS = {
    "Quality Engineer\nAcme Devices\n\nRequirements\n- Experience with PFMEA, Gage R&R and "
    "process capability studies\n- Knowledge of IQ/OQ/PQ and test method validation\n": {
        "PFMEA",
        "Gage R&R",
        "Process Capability",
        "IQ/OQ/PQ",
        "Test Method Validation",
    },
    "Physical Therapist Assistant\nRiver Clinic\n\nRequirements\n- Manual therapy, gait "
    "training and therapeutic exercise\n- Documentation in WebPT\n": {
        "Manual Therapy",
        "Gait Training",
        "Therapeutic Exercise",
        "WebPT",
    },
    "Contracts Paralegal\nHale LLP\n\nRequirements\n- Contract review and redlining of NDAs\n"
    "- Experience with DocuSign\n": {"Contract Review", "Redlining", "DocuSign"},
    "Grants Analyst\nCounty of Pine\n\nRequirements\n- Knowledge of Uniform Guidance, GASB and "
    "Single Audit\n- Subrecipient monitoring\n": {
        "Uniform Guidance",
        "GASB",
        "Single Audit",
        "Subrecipient Monitoring",
    },
    "Site Safety Advisor\nNorthmere Construction\n\nRequirements\n- Working knowledge of "
    "COSHH, confined space entry and permit to work systems\n": {
        "COSHH",
        "Confined Space Entry",
        "Permit to work",
    },
    "FP&A Analyst\nNorthgate Retail\n\nRequirements\n- Anaplan or Adaptive Insights\n- "
    "Experience with Oracle Hyperion\n": {"Anaplan", "Adaptive Insights", "Oracle Hyperion"},
}


@pytest.mark.parametrize("posting", POSTINGS)
@pytest.mark.parametrize("paste", [str, lambda text: " ".join(text.split())])
def test_common_skills_of_a_trade_are_read(posting, paste):
    found = {skill.name for skill in extract_requirements(paste(posting)).skills}
    assert POSTINGS[posting] <= found


def test_pfmea_shows_fmea():
    posting = extract_requirements("Requirements\n- FMEA.\n- Fishbone diagrams.\n")
    resume = {
        "basics": {"label": "Quality Engineer"},
        "skills": [{"name": "Quality", "keywords": ["PFMEA", "5 Whys"]}],
    }
    result = match_resume(resume, posting)
    through = {item["name"]: item.get("through") for item in result.matched}
    assert through == {"FMEA": "PFMEA"}
    assert [item["name"] for item in result.missing] == ["Fishbone Diagram"]

"""A current job's work written in the present tense, and acronyms the taxonomy does not know,
count as a recruiter reads them."""

from jobs.extraction import extract_requirements
from jobs.matching import match_resume

SUPERVISOR_POST = (
    "Case Management Supervisor\n"
    "Requirements\n"
    "- At least 2 years of experience supervising staff.\n"
    "- Strong knowledge of HUD Continuum of Care regulations.\n"
)


def _supervisor(bullets: list[str]) -> dict:
    return {
        "basics": {"label": "Case Management Supervisor"},
        "work": [
            {
                "name": "Hope House",
                "position": "Case Management Supervisor",
                "startDate": "2021-03",
                "highlights": bullets,
            }
        ],
    }


def _matched(resume: dict) -> set[str]:
    match = match_resume(resume, extract_requirements(SUPERVISOR_POST))
    return {item["name"] for item in match.matched}


def test_supervising_people_in_the_present_tense_shows_people_management():
    assert "People Management" in _matched(_supervisor(["Supervise six case managers."]))
    assert "People Management" in _matched(_supervisor(["Supervised six case managers."]))
    assert "People Management" not in _matched(_supervisor(["Supervise the intake process."]))


def test_an_unknown_acronym_written_in_capitals_is_the_posting_s():
    assert "HUD" in _matched(_supervisor(["Prepare monthly HUD and county reports."]))
    assert "HUD" not in _matched(_supervisor(["Moved the hud display to the left."]))

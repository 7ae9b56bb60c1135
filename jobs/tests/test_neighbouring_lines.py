"""Among posts in other lines of work, a recruiter puts those of a line next to the
resume's first: a marketing post before an electrician's for an account executive
(issue #15)."""

from jobs.extraction import extract_requirements
from jobs.matching import rank

ACCOUNT_EXECUTIVE = {
    "basics": {"label": "Account Executive"},
    "work": [
        {
            "name": "Brightdesk",
            "position": "Account Executive",
            "startDate": "2021-03",
            "highlights": ["Closed $1.2M in new SaaS business; ran demos for mid-market buyers."],
        }
    ],
    "education": [{"institution": "State University", "studyType": "BA", "area": "Economics"}],
}


def test_a_neighbouring_line_ranks_above_an_unrelated_one():
    postings = [
        (
            "electrician",
            extract_requirements(
                "Electrician\nRequirements\n- State electrician license.\n- Conduit bending.\n"
            ),
        ),
        (
            "marketing",
            extract_requirements(
                "Marketing Specialist\nRequirements\n- Marketing automation in HubSpot.\n- SEO.\n"
            ),
        ),
    ]
    ranked = [job for job, _ in rank(ACCOUNT_EXECUTIVE, postings)]
    assert ranked == ["marketing", "electrician"]


def test_a_neighbouring_line_is_still_another_line_of_work():
    posting = extract_requirements("Marketing Specialist\nRequirements\n- SEO.\n")
    [(_, result)] = rank(ACCOUNT_EXECUTIVE, [("marketing", posting)])
    assert "another title" in result.explanation

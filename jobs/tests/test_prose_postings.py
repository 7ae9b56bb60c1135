"""Postings written as prose (a paragraph about the role, no list of skills): the must-haves
read from them are few, so the work they describe carries the ranking."""

from jobs.extraction import extract_requirements
from jobs.matching import match_resume, rank

REGIONAL_MANAGER = (
    "Regional Sales Manager\nHollis Industrial Supply\n\n"
    "We are looking for a Regional Sales Manager to lead our Midwest team. You will lead "
    "eight outside sales representatives across four states: hiring, coaching in the field, "
    "setting territory plans and quotas, and reviewing their pipelines weekly. You will own "
    "the region's revenue and gross margin targets, grow key accounts with the reps and work "
    "with our branches on pricing. This role is for someone with three years leading a team "
    "of sales representatives and a history of growing a region's revenue."
)
VICE_PRESIDENT = (
    "Vice President of Sales\nNorthgate Packaging\n\n"
    "Northgate Packaging is hiring a Vice President of Sales to lead our national sales "
    "organization of four regional managers and 30 representatives. Reporting to the CEO, you "
    "will set the sales strategy and annual plan, own company revenue and margin, build the "
    "key account program with our largest consumer goods customers and sit on the executive "
    "team. We are looking for fifteen years of experience, five of them leading regional "
    "managers or a national sales team in manufacturing."
)
CLASSROOM_AIDE = (
    "Paraprofessional - Elementary Classroom\nCedar Valley School District\n\n"
    "Working under the direction of the classroom teacher, you will work with small groups "
    "and individual students on reading and math, help students with individual education "
    "plans follow their accommodations, supervise lunch, recess and buses, prepare materials "
    "and keep simple records of student progress."
)


def _regional_sales_manager() -> dict:
    return {
        "basics": {"label": "Regional Sales Manager"},
        "work": [
            {
                "name": "Fastenal",
                "position": "Regional Sales Manager",
                "startDate": "2020-03",
                "highlights": [
                    "Lead nine outside sales representatives across Ohio and Indiana.",
                    "Hire and coach reps in the field; set territory plans and quotas; review "
                    "pipelines every week.",
                    "Grew region revenue from $31M to $44M and gross margin 1.8 points.",
                ],
            },
            {
                "name": "Fastenal",
                "position": "Outside Sales Representative",
                "startDate": "2013-06",
                "endDate": "2020-02",
                "highlights": ["Grew a territory of manufacturing accounts from $3M to $7M."],
            },
        ],
    }


def _warehouse_lead() -> dict:
    return {
        "basics": {"label": "Warehouse Lead"},
        "work": [
            {
                "name": "Ridgeline Logistics",
                "position": "Warehouse Lead",
                "startDate": "2020-05",
                "highlights": ["Led a team of 8 pickers and trained new hires on RF scanners."],
            }
        ],
    }


def test_the_post_whose_work_the_resume_describes_ranks_first():
    ranked = rank(
        _regional_sales_manager(),
        [
            ("vice president", extract_requirements(VICE_PRESIDENT)),
            ("regional manager", extract_requirements(REGIONAL_MANAGER)),
        ],
    )
    assert [name for name, _ in ranked] == ["regional manager", "vice president"]
    assert "most of its work shown" in dict(ranked)["regional manager"].explanation


def test_with_few_must_haves_the_explanation_says_how_much_of_the_work_is_shown():
    post = extract_requirements(REGIONAL_MANAGER)
    doing_it = match_resume(_regional_sales_manager(), post)
    not_doing_it = match_resume(_warehouse_lead(), post)
    assert doing_it.breakdown["duties"].get("for_must_haves")
    assert "most of its work shown" in doing_it.explanation
    assert doing_it.score > not_doing_it.score
    # A score never contradicts its findings: a resume showing little of the work is told so.
    if not_doing_it.breakdown["duties"]["score"] is not None:
        assert "little of its work shown" in not_doing_it.explanation


def test_a_resume_doing_the_work_outranks_one_sharing_a_stray_must_have():
    aide = {
        "basics": {"label": "Teacher Assistant"},
        "work": [
            {
                "name": "Oak Park Elementary",
                "position": "Teacher Assistant",
                "startDate": "2022-08",
                "highlights": [
                    "Work with small reading groups of kindergarten and first grade students.",
                    "Support two students on IEPs with their accommodations during class.",
                    "Supervise lunch, recess and bus lines; prepare classroom materials.",
                ],
            }
        ],
    }
    post = extract_requirements(CLASSROOM_AIDE)
    match = match_resume(aide, post)
    assert match.breakdown["duties"]["score"] >= 67
    assert match.score >= 50


LEAD_TECHNICIAN = (
    "Lead Pharmacy Technician\nSaguaro Health System - Phoenix, AZ\n\n"
    "Duties\n- Lead the technicians of the inpatient pharmacy on day shift: assignments, "
    "training and workflow.\n- Compound IV admixtures in the cleanroom.\n"
    "- Refill the automated dispensing cabinets and run the controlled substance counts.\n\n"
    "Requirements\n- PTCB (CPhT) certification.\n"
)


def _hospital_technician(certified: bool) -> dict:
    document = {
        "basics": {"label": "Pharmacy Assistant"},
        "work": [
            {
                "name": "HonorHealth",
                "position": "Pharmacy Assistant",
                "startDate": "2019-08",
                "highlights": [
                    "Lead the day shift technicians of the inpatient pharmacy: assignments and "
                    "training.",
                    "Compound IV admixtures in the cleanroom; refill the automated dispensing "
                    "cabinets and run the controlled substance counts.",
                ],
            }
        ],
    }
    if certified:
        document["certificates"] = [{"name": "PTCB Certified Pharmacy Technician (CPhT)"}]
    return document


def test_work_described_never_stands_in_for_a_required_licence():
    post = extract_requirements(LEAD_TECHNICIAN)
    certified = match_resume(_hospital_technician(True), post)
    uncertified = match_resume(_hospital_technician(False), post)
    assert not uncertified.breakdown["duties"].get("for_must_haves")
    assert "0 of 1 must-haves" in uncertified.explanation
    assert uncertified.score < certified.score

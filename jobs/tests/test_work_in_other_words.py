"""Skills a resume's bullets show in other words than a posting names them (issue #15)."""

from jobs.extraction import extract_requirements
from jobs.matching import match_resume


def _resume(position: str, highlights: list[str]) -> dict:
    return {
        "basics": {"label": position},
        "work": [
            {
                "name": "Riverside",
                "position": position,
                "startDate": "2020-01",
                "highlights": highlights,
            }
        ],
    }


def _missing(document: dict, posting: str) -> set[str]:
    result = match_resume(document, extract_requirements(posting))
    return {item["name"] for item in result.missing if item["required"]}


NURSE_POST = (
    "Registered Nurse\nRequirements\n- Medication administration.\n- IV therapy.\n- Wound care.\n"
)
WAREHOUSE_POST = (
    "Warehouse Lead\nRequirements\n- Warehouse management.\n- Forklift certification.\n"
)
ACCOUNTANT_POST = "Staff Accountant\nRequirements\n- Variance analysis.\n- Journal entries.\n"


def test_medications_given_and_iv_antibiotics_hung_meet_the_nursing_must_haves():
    nurse = _resume(
        "Registered Nurse",
        ["Gave medications and hung IV antibiotics for 5 patients a shift."],
    )
    missing = _missing(nurse, NURSE_POST)
    assert "Medication Administration" not in missing
    assert "IV Therapy" not in missing
    assert "Wound Care" in missing


def test_a_named_warehouse_system_and_an_operator_certificate_meet_their_kinds():
    lead = _resume(
        "Warehouse Associate",
        ["Held a Forklift Operator Certification and received freight in Manhattan WMS."],
    )
    missing = _missing(lead, WAREHOUSE_POST)
    assert "Warehouse Management" not in missing
    assert "Forklift Certification" not in missing


def test_flux_analysis_and_adjusting_entries_meet_the_accounting_must_haves():
    accountant = _resume(
        "Staff Accountant",
        ["Booked adjusting entries and a monthly flux analysis of the income statement."],
    )
    assert _missing(accountant, ACCOUNTANT_POST) == set()


def test_a_headcount_is_no_inventory_and_a_food_cost_report_no_cooking():
    analyst = _resume(
        "Analyst",
        ["Tracked company headcount and prepared monthly food cost reports."],
    )
    post = "Stock Clerk\nRequirements\n- Inventory management.\n- Food preparation.\n"
    assert _missing(analyst, post) == {"Inventory Management", "Food Preparation"}


def test_month_end_entries_still_show_the_month_end_close():
    accountant = _resume("Staff Accountant", ["Prepared month-end entries and support the close."])
    post = "Staff Accountant\nRequirements\n- Month-end close.\n"
    assert _missing(accountant, post) == set()


def test_placing_iv_catheters_meets_iv_therapy():
    nurse = _resume("Emergency Nurse", ["Placed IV catheters for adult and pediatric patients."])
    post = "Emergency Nurse\nRequirements\n- IV therapy.\n"
    assert _missing(nurse, post) == set()


def test_inventory_and_stock_counts_meet_inventory_management():
    post = "Stock Clerk\nRequirements\n- Inventory management.\n"
    for bullet in ("Ran weekly inventory counts.", "Led the quarterly stock counts."):
        assert _missing(_resume("Stock Associate", [bullet]), post) == set()

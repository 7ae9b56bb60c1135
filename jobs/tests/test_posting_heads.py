"""The head of a posting pasted as one paragraph reads as it does with its lines (issue #15).

A job board's page, an ATS export or a CSV cell runs the title, company, place, category, pay and
terms together before the first sentence. The head is cut back into its pieces by what each is
(jobs.extraction.head); sentences that say who hires ("X, a Madrid fintech, is looking for a Y")
are read wherever the head gives no company.
"""

from pathlib import Path

import pytest

from jobs.extraction import extract_requirements
from jobs.extraction.head import head_lines

HEADS = Path(__file__).resolve().parent / "postings" / "heads"


def _one_paragraph(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("path", sorted(HEADS.glob("*.txt")), ids=lambda path: path.stem)
def test_line_breaks_removed_read_the_same_title_and_company(path):
    text = path.read_text(encoding="utf-8")
    kept, flat = extract_requirements(text), extract_requirements(_one_paragraph(text))
    assert (flat.title, flat.company) == (kept.title, kept.company)
    assert flat.title and flat.company


CASES = [
    pytest.param(
        "Bartender Copperbird Paddington, Sydney NSW Hospitality & Tourism (Bar & Beverage Staff) "
        "Casual/Vacation $31 – $35 per hour Posted 4d ago Copperbird is a cocktail bar on Oxford "
        "Street. We are after a bartender who knows the classics and can run a busy bar.",
        "Bartender",
        "Copperbird",
        "Paddington, Sydney NSW",
        id="seek-suburb-after-a-name-said-again",
    ),
    pytest.param(
        "Kitchen Hand Mo's Dumplings Fortitude Valley, Brisbane QLD Hospitality & Tourism "
        "(Kitchen) Part time $27 – $29 per hour Mo's Dumplings makes 3,000 dumplings a day. You "
        "will wash up, prep vegetables and keep the kitchen clean.",
        "Kitchen Hand",
        "Mo's Dumplings",
        "Fortitude Valley, Brisbane QLD",
        id="seek-brand-with-apostrophe-and-category",
    ),
    pytest.param(
        "Payroll Officer Luzon Harvest Corp Pasig City, Metro Manila Accounting (Payroll) Full "
        "time ₱28,000 – ₱34,000 per month Luzon Harvest Corp is a rice miller. You will run the "
        "semi-monthly payroll and prepare SSS, PhilHealth and Pag-IBIG remittances.",
        "Payroll Officer",
        "Luzon Harvest Corp",
        "Pasig City, Metro Manila",
        id="jobstreet-legal-form-then-city",
    ),
    pytest.param(
        "Store Supervisor Kedai Harmoni Sdn Bhd Shah Alam, Selangor Retail & Consumer Products "
        "(Retail) Full time RM 3,000 – RM 3,600 per month Kedai Harmoni runs 12 convenience "
        "stores. You will open the store, handle cash and lead a team of six.",
        "Store Supervisor",
        "Kedai Harmoni Sdn Bhd",
        "Shah Alam, Selangor",
        id="jobstreet-company-not-read-into-the-place",
    ),
    pytest.param(
        "Forklift Driver at Ridgeway Distribution Wakefield, West Yorkshire £12.80 per hour "
        "Permanent, Full-time Ridgeway Distribution runs a chilled warehouse. You will load "
        "trailers and move pallets with a counterbalance forklift.",
        "Forklift Driver",
        "Ridgeway Distribution",
        "Wakefield, West Yorkshire",
        id="title-at-company-then-place",
    ),
    pytest.param(
        "Platform Engineer (m/w/d) Fernweh Reisen GmbH Munich Vollzeit · Hybrid Fernweh Reisen "
        "builds booking software for tour operators. You will run our Kubernetes clusters and "
        "write Terraform.",
        "Platform Engineer",
        "Fernweh Reisen GmbH",
        "Munich",
        id="gmbh-then-known-city",
    ),
    pytest.param(
        "Data Analyst - Growth Insights Kiwibyte Auckland, New Zealand (Hybrid) 2 weeks ago Over "
        "100 applicants Full-time About the job Kiwibyte is a grocery delivery start-up. You "
        "will build dashboards in SQL and Looker.",
        "Data Analyst - Growth Insights",
        "Kiwibyte",
        "Auckland, New Zealand",
        id="linkedin-qualifier-before-a-coined-name",
    ),
    pytest.param(
        "Pharmacist in Charge Bayside Chemists Mornington, Mid Peninsula VIC $58 – $62 per hour "
        "+ super Full time Bayside Chemists is a family pharmacy. We need a Pharmacist in Charge "
        "for our Mornington store.",
        "Pharmacist in Charge",
        "Bayside Chemists",
        "Mornington, Mid Peninsula VIC",
        id="title-with-small-word-and-pay-extras",
    ),
    pytest.param(
        "Lead DevOps Engineer Brightmoor Analytics · Denver, CO (Hybrid) Brightmoor Analytics "
        "builds forecasting software for utilities. As our DevOps Engineer you will run "
        "Kubernetes on AWS and keep our Terraform tidy.",
        "Lead DevOps Engineer",
        "Brightmoor Analytics",
        "Denver, CO",
        id="a-skill-before-the-role-is-no-company",
    ),
]


@pytest.mark.parametrize(("text", "title", "company", "place"), CASES)
def test_one_paragraph_head_is_cut_into_its_pieces(text, title, company, place):
    found = extract_requirements(text)
    assert (found.title, found.company) == (title, company)
    assert place in found.location or found.location in place


def test_company_of_an_opening_sentence_with_what_it_is_between():
    found = extract_requirements(
        "Tallo Labs, a Lisbon healthtech, is looking for a Senior Data Engineer to build our "
        "pipelines. You have 5+ years with Python, SQL and Airflow."
    )
    assert (found.title, found.company) == ("Senior Data Engineer", "Tallo Labs")


def test_join_as_sentence_says_where_the_work_is():
    found = extract_requirements(
        "Join Harbourline Plumbing as a Licensed Plumber and work on homes across Dunedin and "
        "Otago. You hold a current practising licence and a full driver licence."
    )
    assert (found.title, found.company) == ("Licensed Plumber", "Harbourline Plumbing")
    assert found.location == "Dunedin"


def test_a_typed_title_wins_over_the_head():
    found = extract_requirements(CASES[0].values[0], title="Senior Bartender")
    assert found.title == "Senior Bartender"
    assert found.company == "Copperbird"


def test_a_sentence_is_no_head():
    assert head_lines("We are looking for a friendly barista to join our team in Newtown.") is None
    # Lines ended as sentences are read by the reader of such lines, not cut as a head.
    assert head_lines("Barista. Corner Cup Cafe. Newtown, Sydney NSW. We roast our own.") is None

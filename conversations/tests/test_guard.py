"""The fact guard: claims a rewrite makes that the resume does not show, compared as facts."""

import pytest

from conversations.guard import check_claims, fabrication_warnings, figures_in

HELPED = "Helped with the on-call rotation and incident reviews."
MENTOR = "Mentor three engineers and run the backend interview loop."
JOB = (
    "Senior Backend Engineer. You will lead a team of 6 on Kubernetes, Kafka and Terraform, "
    "serving 3 million merchants. PCI DSS experience required."
)


def claims(original, replacement, document, job=""):
    return [
        (w.kind, w.text, w.from_job) for w in check_claims(original, replacement, document, job)
    ]


def test_guard_flags_invented_numbers_skills_and_names(sample_document):
    warnings = fabrication_warnings(
        HELPED,
        "Led a 12-person on-call rotation at Google using Kubernetes and Rust, cutting "
        "incidents 40%.",
        sample_document,
    )
    text = " ".join(warnings)
    assert "figure you have not given" in text and "12" in text and "40%" in text
    assert "Rust" in text and "skill your resume does not mention" in text
    assert "Google" in text
    assert "Kubernetes" not in text  # the resume lists it in Skills


def test_guard_names_invented_dates_degrees_and_titles_as_such(sample_document):
    def warned(replacement):
        return " ".join(fabrication_warnings(HELPED, replacement, sample_document))

    assert "date you have not given (June 2021)" in warned(
        "Led the on-call rotation since June 2021."
    )
    assert "degree you have not given (MSc)" in warned("MSc holder leading the on-call rotation.")
    assert "degree you have not given (PhD)" in warned("Led the rotation while completing a PhD.")
    assert "name or title you have not given (Staff Engineer)" in warned(
        "Led the on-call rotation as Staff Engineer."
    )


def test_guard_accepts_dates_the_resume_gives_in_its_own_format(sample_document):
    assert (
        fabrication_warnings(HELPED, "Led the on-call rotation since March 2021.", sample_document)
        == []
    )


@pytest.mark.parametrize(
    "replacement, flagged",
    [
        (
            "Mentored a team of 5 new engineers.",
            "5",
        ),  # the resume's 5 counts hours, its phone is no fact
        ("Mentored 12 new engineers.", "12"),
        ("Mentored three engineers at Meta.", "Meta"),  # "meta" is a JSON key, not a fact
        ("Mentored three engineers for 20 clients.", "20"),  # 2020-something dates are not 20
        ("Mentored three engineers while tripling payment volume.", "tripling"),
    ],
)
def test_figures_and_names_are_compared_as_facts_not_substrings(
    sample_document, replacement, flagged
):
    assert flagged in [text for _, text, _ in claims(MENTOR, replacement, sample_document)]


def test_a_claim_only_the_job_makes_gets_its_own_warning(sample_document):
    found = claims(
        MENTOR, "Mentored three engineers on Kubernetes, Kafka and Terraform.", sample_document, JOB
    )
    assert found == [("skill", "Kafka", True)]  # Kubernetes and Terraform are in the resume
    assert claims(MENTOR, "Led a team of 6 engineers.", sample_document, JOB) == [
        ("figure", "6", True)
    ]
    assert ("figure", "3 million", True) in claims(
        MENTOR, "Mentored engineers serving 3 million merchants.", sample_document, JOB
    )
    assert ("skill", "PCI DSS", True) in claims(
        MENTOR, "Mentored three engineers on PCI DSS systems.", sample_document, JOB
    )
    [message] = fabrication_warnings(
        "Built APIs.", "Built APIs in Kafka.", sample_document, "We use Kafka."
    )
    assert (
        message
        == "The job asks for Kafka; your resume does not show it. Only keep this if it is true."
    )


@pytest.mark.parametrize(
    "original, replacement",
    [
        (HELPED, "Led the on-call rotation and incident reviews."),
        (HELPED, "Owned on-call and incident reviews."),  # "on-call rotation" reworded
        (MENTOR, "Mentored 3 engineers and ran the backend interview loop."),
        (MENTOR, "Mentored three engineers as a senior engineer with 8 years of experience."),
        (
            "Built the shipment tracking service in Go, handling 1.2 million events per day.",
            "Built a Go shipment tracking service processing 1.2M events daily.",
        ),
        (
            "Designed a PostgreSQL partitioning scheme that reduced query latency by 65% on "
            "tables over 2 billion rows.",
            "Cut query latency 65 percent on 2bn-row Postgres tables with a new partitioning "
            "scheme.",
        ),
        ("Built the tracking service in NodeJS.", "Built the tracking service in Node.js."),
    ],
)
def test_faithful_rewordings_raise_no_alarm(sample_document, original, replacement):
    assert claims(original, replacement, sample_document) == []


def test_contact_details_are_not_facts(sample_document):
    # The phone number holds 415, 555 and 0134; the URL and e-mail hold names.
    assert claims(MENTOR, "Mentored 415 engineers.", sample_document) == [("figure", "415", False)]
    assert claims(MENTOR, "Mentored three engineers at Alexmorgan.", sample_document) == [
        ("name", "Alexmorgan", False)
    ]


def test_numbers_are_read_in_their_usual_spellings():
    values = {
        (f.value, f.unit)
        for f in figures_in("three teams, 40 percent, 2,000 users, $1.5M, tripled, 10x, a million")
    }
    assert values == {
        (3, ""),
        (40, "%"),
        (2000, ""),
        (1_500_000, ""),
        (3, "x"),
        (10, "x"),
        (1_000_000, ""),
    }
    assert figures_in("SOC 2 and ISO 27001 in 2021, on call 24/7, with 1:1s") == [
        f
        for f in figures_in("SOC 2 and ISO 27001 in 2021, on call 24/7, with 1:1s")
        if f.text in ("2", "27001")
    ]


def test_a_broken_document_or_empty_text_does_not_crash():
    assert check_claims("", "", {}) == []
    assert (
        check_claims("x", "Led 5 people at Google", {"basics": "not a dict", "work": [None, 3]})
        != []
    )
    assert check_claims("x", "Led 5 people", "not a document") == [
        check_claims("x", "Led 5 people", {})[0]
    ]


def test_a_stronger_verb_for_the_same_work_is_no_new_skill():
    document = {"work": [{"name": "Acme", "highlights": ["Ran the warehouse floor."]}]}
    assert (
        claims(
            "Responsible for the inventory system and stock counts.",
            "Managed the inventory system and stock counts.",
            document,
        )
        == []
    )
    assert (
        claims("Responsible for testing the mobile app.", "Tested the mobile app.", document) == []
    )
    assert ("skill", "Auditing", False) in claims(
        "Reviewed client accounts.", "Audited client accounts.", document
    )

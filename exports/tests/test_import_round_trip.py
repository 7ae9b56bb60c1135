"""Every template's PDF, DOCX, HTML, Markdown and plain-text export imports back the same.

A property over generated resumes (several jobs, missing fields, long bullets,
non-ASCII names), not only the sample: what we export, our importer must read.
The facts are the ones the rest of the product works on: name, email,
employers, positions, institutions, degrees and start dates, and the certificates
(name, issuer, date) a nurse or an engineer lists.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.renderers import ExportOptions, render, templates
from resumeopt.importers import read_upload

FIRST = ["Alex", "Zoë", "José", "Łukasz", "Ngozi", "Søren", "Mei", "Dana"]
LAST = ["Morgan", "Müller", "García", "Nowak", "Okafor", "Kjær", "Chen", "Levi"]
EMPLOYERS = [
    "Brightwave Analytics",
    "Parcelly",
    "Cobalt Labs",
    "Northwind Traders",
    "Contoso Ltd",
    "Fabrikam Inc",
    "Tailspin Toys",
    "Wix",
]
TITLES = [
    "Senior Software Engineer",
    "Data Analyst",
    "Product Manager",
    "Junior Developer",
    "QA Engineer",
    "Engineering Manager",
    "Backend Developer",
]
SCHOOLS = [
    "University of Washington",
    "Tel Aviv University",
    "Moscow State University",
    "Georgia Institute of Technology",
]
DEGREES = ["Bachelor of Science", "Master of Science", "B.Sc.", "MBA"]
# Credentials as people list them: acronyms, "Certified ...", "... Certificate", licences.
CERTIFICATES = [
    "AWS Certified Solutions Architect – Associate",
    "Certified Kubernetes Administrator",
    "PMP",
    "ACLS",
    "CompTIA Security+",
    "RN License",
    "Google Data Analytics Professional Certificate",
    "Microsoft Certified: Azure Fundamentals",
]
ISSUERS = [
    "Amazon Web Services",
    "The Linux Foundation",
    "Project Management Institute",
    "American Heart Association",
    "CompTIA",
    "Ohio Board of Nursing",
]
BULLET = "Built and ran the service that moves every order, and cut its cost by a third"

jobs = st.lists(
    st.tuples(
        st.sampled_from(EMPLOYERS),
        st.sampled_from(TITLES),
        st.integers(2005, 2023),
        st.integers(1, 12),
        st.integers(0, 3),
    ),
    min_size=1,
    max_size=4,
    unique_by=lambda job: job[0],
)
schools = st.lists(
    st.tuples(st.sampled_from(SCHOOLS), st.sampled_from(DEGREES), st.integers(1995, 2020)),
    max_size=2,
    unique_by=lambda school: school[0],
)

certificates = st.lists(
    st.tuples(
        st.sampled_from(CERTIFICATES),
        st.one_of(st.none(), st.sampled_from(ISSUERS)),
        st.one_of(st.none(), st.tuples(st.integers(2010, 2024), st.integers(1, 12))),
    ),
    max_size=3,
    unique_by=lambda certificate: certificate[0],
)


@st.composite
def resumes(draw):
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    work = []
    for employer, title, year, month, bullets in draw(jobs):
        work.append(
            {
                "name": employer,
                "position": title,
                "startDate": f"{year}-{month:02d}",
                "highlights": [BULLET * (1 + index % 2) for index in range(bullets)],
            }
        )
    education = [
        {
            "institution": school,
            "studyType": degree,
            "area": "Computer Science",
            "startDate": str(year),
            "endDate": str(year + 4),
        }
        for school, degree, year in draw(schools)
    ]
    document = {
        "basics": {"name": name, "email": "someone@example.com", "label": "Engineer"},
        "work": work,
        "education": education,
    }
    listed = [
        {
            "name": certificate,
            **({"issuer": issuer} if issuer else {}),
            **({"date": f"{when[0]}-{when[1]:02d}"} if when else {}),
        }
        for certificate, issuer, when in draw(certificates)
    ]
    if listed:
        document["certificates"] = listed
    return document


def facts(document: dict) -> dict:
    basics = document.get("basics") or {}
    return {
        "name": basics.get("name"),
        "email": basics.get("email"),
        "work": sorted(
            (job.get("name"), job.get("position"), job.get("startDate"))
            for job in document.get("work") or []
        ),
        "education": sorted(
            (school.get("institution"), school.get("studyType"), school.get("startDate"))
            for school in document.get("education") or []
        ),
        "certificates": sorted(
            (item.get("name"), item.get("issuer"), item.get("date"))
            for item in document.get("certificates") or []
        ),
    }


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "txt", "html"])
@pytest.mark.parametrize("template", sorted(templates()))
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=resumes())
def test_an_export_imports_back_with_the_same_facts(template, fmt, document):
    data = render(document, fmt, ExportOptions(template=template))
    imported = read_upload(data, f"resume.{fmt}")["document"]
    assert facts(imported) == facts(document)


# Where people live, as the importer reads it: a town, maybe its region, and the country.
PLACES = [
    {"city": "Cardiff", "countryCode": "GB"},
    {"city": "Pune", "region": "Maharashtra", "countryCode": "IN"},
    {"city": "Utrecht", "countryCode": "NL"},
    {"city": "Lagos", "countryCode": "NG"},
    {"city": "Toronto", "region": "ON", "countryCode": "CA"},
    {"city": "Kraków", "countryCode": "PL"},
]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "txt", "html"])
@pytest.mark.parametrize("place", PLACES, ids=lambda place: place["city"])
def test_the_place_in_the_header_imports_back(place, fmt):
    """The country is written as its name ("Cardiff, United Kingdom"): a code after a town
    ("Cardiff, GB") is read by no one, or as a region ("Utrecht, NL")."""
    document = {
        "basics": {"name": "Dana Levi", "email": "dana@example.com", "location": place},
        "work": [{"name": "Contoso Ltd", "position": "Data Analyst", "startDate": "2020-01"}],
    }
    data = render(document, fmt, ExportOptions(template="classic"))
    imported = read_upload(data, f"resume.{fmt}")["document"]
    assert imported["basics"].get("location") == place


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "txt", "html"])
def test_a_degree_dated_only_by_its_award_imports_back_with_that_end_date(fmt):
    """A school with only an end date is written "Graduated Jun 2019" (or "Expected ..." for
    one to come), never a bare date, which reads as when the studies began."""
    document = {
        "basics": {"name": "Dana Levi", "email": "dana@example.com"},
        "education": [
            {"institution": "University of Bath", "studyType": "MA", "endDate": "2019-06"},
            {"institution": "University of Kent", "studyType": "BA", "endDate": "2099-05"},
        ],
    }
    data = render(document, fmt, ExportOptions(template="classic"))
    imported = read_upload(data, f"resume.{fmt}")["document"]
    assert [
        (school.get("institution"), school.get("startDate"), school.get("endDate"))
        for school in imported["education"]
    ] == [("University of Bath", None, "2019-06"), ("University of Kent", None, "2099-05")]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "txt", "html"])
def test_a_field_of_study_comes_back_beside_its_school_with_or_without_a_degree(fmt):
    """'MSc in Software Engineering' over 'TU Wien': after a comma ('MSc, Software
    Engineering') the field reads as the school; a field with no degree is written under
    its school as 'Field of study: ...'."""
    document = {
        "basics": {"name": "Dana Levi", "email": "dana@example.com"},
        "education": [
            {
                "institution": "TU Wien",
                "studyType": "MSc",
                "area": "Software Engineering",
                "startDate": "2014",
                "endDate": "2016",
            },
            {"institution": "Hogeschool Utrecht", "area": "HBO-ICT", "startDate": "2012"},
        ],
    }
    data = render(document, fmt, ExportOptions(template="classic"))
    imported = read_upload(data, f"resume.{fmt}")["document"]
    assert [
        (school.get("institution"), school.get("studyType"), school.get("area"))
        for school in imported["education"]
    ] == [("TU Wien", "MSc", "Software Engineering"), ("Hogeschool Utrecht", None, "HBO-ICT")]

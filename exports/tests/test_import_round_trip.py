"""Every template's PDF, DOCX, HTML, Markdown and plain-text export imports back the same.

A property over generated resumes (up to six jobs and three schools, with and without
places, end dates, months, bullets, degrees or fields; long bullets; non-ASCII names and
employers with legal forms), not only the sample: what we export, our importer must read.
The facts are the ones the rest of the product works on: name, email,
employers, positions, institutions, degrees and start dates, and the certificates
(name, issuer, date) a nurse or an engineer lists.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.renderers import ExportOptions, render, templates
from resumeopt.importers import read_upload

FIRST = ["Alex", "Zoë", "José", "Łukasz", "Ngozi", "Søren", "Mei", "Dana", "Þóra", "Ана"]
LAST = ["Morgan", "Müller", "García", "Nowak", "Okafor", "Kjær", "Chen", "Levi", "Ødegård"]
EMPLOYERS = [
    "Brightwave Analytics",
    "Parcelly",
    "Cobalt Labs",
    "Northwind Traders",
    "Contoso Ltd",
    "Fabrikam Inc",
    "Tailspin Toys",
    "Wix",
    "Société Générale",
    "Müller Logistik GmbH",
    "Nordbau sp. z o.o.",
    "Tata Consultancy Services",
]
TITLES = [
    "Senior Software Engineer",
    "Data Analyst",
    "Product Manager",
    "Junior Developer",
    "QA Engineer",
    "Engineering Manager",
    "Backend Developer",
    "Registered Nurse",
    "Warehouse Shift Supervisor",
    "Sales Assistant",
]
# Where a job was, as people write it: a town, with its region or country or alone.
TOWNS = ["Cardiff", "Austin, TX", "Kraków", "Pune, India", "Toronto, ON", "Remote"]
SCHOOLS = [
    "University of Washington",
    "Tel Aviv University",
    "Moscow State University",
    "Georgia Institute of Technology",
    "Universidad de Granada",
    "Technische Universität München",
    "University College Dublin",
    "Lincoln High School",
    "Centennial College",
]
# Degrees, and the qualifications of trades and schools whose own titles name a school
# ("High School Diploma") or read on past "in" ("Ontario College Certificate").
DEGREES = [
    "Bachelor of Science",
    "Master of Science",
    "B.Sc.",
    "MBA",
    "BA",
    "PhD",
    "High School Diploma",
    "Ontario College Certificate",
    "Higher Secondary Certificate (HSC)",
]
FIELDS = ["Computer Science", "Nursing", "Supply Chain Management", "Economics"]
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
BULLETS = [
    "Built and ran the service that moves every order, and cut its cost by a third",
    "Trained 12 new starters",
    "Cut month-end close from nine days to four by automating the reconciliations in Python "
    "and SQL, which freed two analysts for forecasting work the finance team had wanted for "
    "years and let the controller sign off on the first working day of the month",
    "Led the migration of 40 services to Kubernetes; zero downtime",
]

months = st.one_of(st.none(), st.integers(1, 12))
jobs = st.lists(
    st.fixed_dictionaries(
        {
            "name": st.sampled_from(EMPLOYERS),
            "position": st.sampled_from(TITLES),
            "start": st.tuples(st.integers(2000, 2023), months),
            "years": st.one_of(st.none(), st.integers(0, 6)),  # none: still there
            "location": st.one_of(st.none(), st.sampled_from(TOWNS)),
            "highlights": st.lists(st.sampled_from(BULLETS), max_size=4),
        }
    ),
    min_size=1,
    max_size=6,
    unique_by=lambda job: job["name"],
)
schools = st.lists(
    st.fixed_dictionaries(
        {
            "institution": st.sampled_from(SCHOOLS),
            # A school with a field and no degree, or a degree with no field, as well.
            "studyType": st.one_of(st.none(), st.sampled_from(DEGREES)),
            "area": st.one_of(st.none(), st.sampled_from(FIELDS)),
            "start": st.integers(1990, 2020),
            "years": st.one_of(st.none(), st.integers(1, 5)),
        }
    ),
    max_size=3,
    unique_by=lambda school: school["institution"],
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


def _date(year: int, month: int | None) -> str:
    return f"{year}-{month:02d}" if month else str(year)


@st.composite
def resumes(draw):
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    work = []
    for job in draw(jobs):
        year, month = job["start"]
        entry = {"name": job["name"], "position": job["position"], "startDate": _date(year, month)}
        if job["years"] is not None:
            entry["endDate"] = _date(year + job["years"], month)
        if job["location"]:
            entry["location"] = job["location"]
        if job["highlights"]:
            entry["highlights"] = job["highlights"]
        work.append(entry)
    education = []
    for school in draw(schools):
        entry = {key: school[key] for key in ("institution", "studyType", "area") if school[key]}
        entry["startDate"] = str(school["start"])
        if school["years"]:
            entry["endDate"] = str(school["start"] + school["years"])
        education.append(entry)
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
    {"region": "San Francisco Bay Area"},  # a metro area, as LinkedIn names it
]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "txt", "html"])
@pytest.mark.parametrize("place", PLACES, ids=lambda place: place.get("city") or place["region"])
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


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "txt", "html"])
def test_a_certificate_comes_back_as_one_with_its_issuer_and_date(fmt):
    """Each credential on one line ("Registered Nurse — Texas (Compact), Aug 2025"): an
    issuer no list knows, written on a line of its own, came back as another credential,
    and the date under it went with it; a date alone after a name stays that name's."""
    document = {
        "basics": {"name": "Dana Levi", "email": "dana@example.com"},
        "certificates": [
            {"name": "Registered Nurse", "issuer": "Texas (Compact)", "date": "2025-08"},
            {"name": "Texas Educator Certificate", "issuer": "Core Subjects EC-6"},
            {"name": "Microsoft 365 Certified: Modern"},
            {"name": "Desktop Administrator", "date": "2021"},
            {
                "name": "Certified Kubernetes Administrator",
                "issuer": "Cloud Native Computing Foundation",
                "date": "2021-05",
                "url": "https://cncf.io/certification/cka",
            },
        ],
    }
    data = render(document, fmt, ExportOptions(template="classic"))
    imported = read_upload(data, f"resume.{fmt}")["document"]
    assert imported["certificates"] == document["certificates"]


@pytest.mark.parametrize("template", sorted(templates()))
def test_a_long_list_of_skills_wraps_between_its_items_in_a_pdf(template):
    """A PDF line wraps where the next word does not fit: inside "Spring MVC", the reader
    took "Spring" and "MVC" for two skills, "(Native)" for a language of its own. The items
    of a list are kept whole, so the page breaks only between them."""
    keywords = [
        "Java Stream API",
        "Spring MVC",
        "Project Lombok",
        "Spring Boot",
        "Apache Kafka",
        "Visual Studio Code",
        "Google Data Studio",
        "Dependency Injection",
        "Java Persistence API",
        "Material Design",
        "GitLab CI",
        "Attention to details",
    ]
    spoken = ["Russian", "English", "Hebrew", "German", "French", "Ukrainian", "Polish"]
    document = {
        "basics": {"name": "Dana Levi", "email": "dana@example.com"},
        "skills": [{"name": "Technologies", "keywords": keywords}],
        "languages": [{"language": name, "fluency": "Professional working"} for name in spoken],
    }
    imported = read_upload(render(document, "pdf", ExportOptions(template=template)), "r.pdf")
    read = {k.lower() for s in imported["document"]["skills"] for k in s["keywords"]}
    assert read == {keyword.lower() for keyword in keywords}
    assert len(imported["document"]["languages"]) == len(spoken)

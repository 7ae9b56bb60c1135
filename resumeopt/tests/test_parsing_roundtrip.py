"""A generated resume written out in the common plain-text styles parses back to the same facts.

The resume is made of parts people really write (titles with a head noun,
employers with or without a company suffix, degrees in their usual spellings,
non-ASCII names); each style is one way job seekers lay out the same facts.
"""

import html

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resumeopt.importers import import_text
from resumeopt.tests.labelled import degree_level, same_text

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

names = st.tuples(
    st.sampled_from(["Anna", "José", "Zoë", "Øystein", "Nguyễn", "Ayşe", "Li", "Priya", "Kwame"]),
    st.sampled_from(["Müller", "García", "Kowalska", "O'Neill", "Tanaka", "Okafor", "Novák"]),
).map(" ".join)
titles = st.tuples(
    st.sampled_from(["", "Senior ", "Junior ", "Lead ", "Principal "]),
    st.sampled_from(["Software ", "Data ", "Product ", "Backend ", "QA ", "Financial "]),
    st.sampled_from(["Engineer", "Developer", "Analyst", "Designer", "Manager", "Consultant"]),
).map("".join)
employers = st.tuples(
    st.sampled_from(["Northwind", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Contoso"]),
    st.sampled_from(["", " Ltd", " Inc.", " Group", " GmbH", " Labs"]),
).map("".join)
cities = st.sampled_from(["Berlin, Germany", "Austin, TX", "Lagos, Nigeria", "Pune, India"])
schools = st.one_of(
    st.sampled_from(["Oxford", "Delft", "Kyoto", "Toronto", "Warsaw"]).map(
        lambda p: f"University of {p}"
    ),
    st.sampled_from(["Stanford", "Moscow State", "Tel Aviv", "Monash"]).map(
        lambda p: f"{p} University"
    ),
)
degrees = st.tuples(
    st.sampled_from(
        [
            "BSc",
            "B.Sc.",
            "B.Tech",
            "B.E",
            "B.S.",
            "Bachelor of Science",
            "MBA",
            "M.Sc.",
            "MS",
            "Master of Arts",
            "PhD",
            "Ph.D.",
            "Associate degree",
        ]
    ),
    st.sampled_from(["Computer Science", "Economics", "Electrical Engineering", "Finance"]),
)


@st.composite
def jobs(draw):
    count = draw(st.integers(min_value=1, max_value=4))
    year = draw(st.integers(min_value=2000, max_value=2018))
    result = []
    for index in range(count):
        start_month = draw(st.integers(min_value=1, max_value=12))
        result.append(
            {
                "title": draw(titles),
                "employer": draw(employers),
                "city": draw(cities),
                "start": (year - 2 * index, start_month),
                "end": None if index == 0 else (year - 2 * index + 1, start_month),
            }
        )
    return result


@st.composite
def resumes(draw):
    return {
        "name": draw(names),
        "jobs": draw(jobs()),
        "education": [
            {"school": school, "degree": draw(degrees), "start": 1990 + number}
            for number, school in enumerate(
                draw(st.lists(schools, min_size=1, max_size=2, unique=True))
            )
        ],
    }


def _date(when, months) -> str:
    return "Present" if when is None else f"{months[when[1] - 1]} {when[0]}"


def _job_lines(job: dict, style: str) -> list[str]:
    span = f"{_date(job['start'], MONTHS)} – {_date(job['end'], MONTHS)}"
    if style == "title-comma-company":
        return [
            f"{job['title']}, {job['employer']}",
            span,
            "• Shipped the quarterly release on time.",
        ]
    if style == "job-board":
        long_span = f"{_date(job['start'], FULL_MONTHS)} to {_date(job['end'], FULL_MONTHS)}"
        return [
            job["title"],
            f"{job['employer']} - {job['city']} -",
            long_span,
            "",
            "Kept the build green.",
        ]
    if style == "company-dash-title":
        return [
            f"{job['employer']} — {job['title']}",
            span,
            "- Shipped the quarterly release on time.",
        ]
    if style == "year-first":
        end = "present" if job["end"] is None else str(job["end"][0])
        return [
            f"{job['start'][0]} – {end}: {job['title']}, {job['employer']} "
            f"({job['city'].split(',')[0]})"
        ]
    raise ValueError(style)


def _render(resume: dict, style: str) -> str:
    lines = [resume["name"], "name@example.com | +1 555 010 2030", "", "EXPERIENCE", ""]
    for job in resume["jobs"]:
        lines += [*_job_lines(job, style), ""]
    lines += ["EDUCATION", ""]
    for school in resume["education"]:
        degree, area = school["degree"]
        if style == "year-first":
            lines.append(
                f"{school['start']} – {school['start'] + 3}: {degree} in {area}, {school['school']}"
            )
        else:
            lines += [
                f"{degree} in {area}",
                school["school"],
                f"{school['start']} – {school['start'] + 3}",
                "",
            ]
    return "\n".join(lines)


def _assert_same_facts(resume: dict, document: dict) -> None:
    assert document["basics"].get("name") == resume["name"]
    work = document.get("work") or []
    assert len(work) == len(resume["jobs"])
    for job, got in zip(resume["jobs"], work, strict=True):
        assert same_text(job["employer"], got.get("name")), (job, got)
        assert same_text(job["title"], got.get("position")), (job, got)
        assert (got.get("startDate") or "").startswith(str(job["start"][0])), (job, got)
    education = document.get("education") or []
    assert len(education) == len(resume["education"])
    for school, got in zip(resume["education"], education, strict=True):
        assert same_text(school["school"], got.get("institution")), (school, got)
        assert degree_level(got.get("studyType")) == degree_level(school["degree"][0]), (
            school,
            got,
        )


STYLE_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@STYLE_SETTINGS
@given(resumes())
def test_title_comma_company_style_parses_back(resume):
    _assert_same_facts(resume, import_text(_render(resume, "title-comma-company")).document)


@STYLE_SETTINGS
@given(resumes())
def test_job_board_style_parses_back(resume):
    _assert_same_facts(resume, import_text(_render(resume, "job-board")).document)


@STYLE_SETTINGS
@given(resumes())
def test_company_dash_title_style_parses_back(resume):
    _assert_same_facts(resume, import_text(_render(resume, "company-dash-title")).document)


@STYLE_SETTINGS
@given(resumes())
def test_year_first_style_parses_back(resume):
    _assert_same_facts(resume, import_text(_render(resume, "year-first")).document)


STYLES = ["title-comma-company", "job-board", "company-dash-title", "year-first"]


def _as_html(text: str) -> str:
    """The same resume as a page someone wrote: the name a title, the section names
    headings, each group of lines a block, its lines paragraphs or list items."""
    body = []
    groups = [group.splitlines() for group in text.split("\n\n") if group.strip()]
    for number, group in enumerate(groups):
        items = []
        for line in group:
            shown = html.escape(line)
            if number == 0 and line == group[0]:
                items.append(f"<h1>{shown}</h1>")
            elif line in ("EXPERIENCE", "EDUCATION"):
                items.append(f"<h2>{shown.title()}</h2>")
            elif line.startswith(("• ", "- ")):
                items.append(f"<ul><li>{html.escape(line[2:])}</li></ul>")
            else:
                items.append(f"<p>{shown}</p>")
        body.append(f"<div>{''.join(items)}</div>")
    return f"<!DOCTYPE html><html><head><title>CV</title></head><body>{''.join(body)}</body></html>"


@STYLE_SETTINGS
@given(resumes(), st.sampled_from(STYLES))
def test_each_style_written_as_an_html_page_parses_back(resume, style):
    _assert_same_facts(resume, import_text(_as_html(_render(resume, style))).document)

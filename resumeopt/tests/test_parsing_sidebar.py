"""A sidebar interleaved line by line with the jobs, as a PDF viewer's copy of a
two-column page gives it (`resumeopt.importers.parsing.sidebar`)."""

from resumeopt.importers import import_text
from resumeopt.importers.parsing import Line, parse_lines
from resumeopt.importers.parsing.sidebar import is_sidebar_item, sidebar_apart
from resumeopt.tests.pasted_columns import Column, pasted

JOBS = Column(
    [
        "Experience",
        "Site Reliability Engineer",
        "Adyen",
        "Mar 2021 - Present",
        "Running the payment gateway's Kubernetes clusters in three regions and the",
        "incident process; cut the pages per week from forty to six by moving alerts",
        "to service level objectives.",
        "Systems Administrator",
        "Booking.com",
        "Jun 2017 - Feb 2021",
        "Kept 2,000 Linux hosts patched with Puppet and wrote the runbooks of the",
        "on-call rota for the data centre in Amsterdam.",
    ],
    leading=13.5,
    top=100,
)
SIDEBAR = Column(
    [
        "Skills",
        "Tools:",
        "Kubernetes, Terraform,",
        "Prometheus",
        "Languages:",
        "Go, Python,",
        "Bash",
        "Spoken:",
        "Dutch (native),",
        "English (C1)",
    ],
    leading=15,
    top=100,
)


def _lines(rows: list[str]) -> list[Line]:
    return [Line(row) for row in rows]


def test_the_pasted_rows_interleave_the_columns():
    rows = pasted([JOBS, SIDEBAR])
    assert rows[0] == "Experience Skills"
    assert rows.index("Tools:") < rows.index("Adyen") < rows.index("Kubernetes, Terraform,")


def test_sidebar_lines_move_after_the_jobs_under_their_heading():
    lines = sidebar_apart(_lines(pasted([JOBS, SIDEBAR])))
    texts = [line.text for line in lines]
    jobs = texts[: texts.index("Skills")]
    assert "Kubernetes, Terraform," not in jobs and "English (C1)" not in jobs
    assert jobs[1:4] == ["Site Reliability Engineer", "Adyen", "Mar 2021 - Present"]
    assert texts[texts.index("Skills") + 1 :] == [
        "Tools:",
        "Kubernetes, Terraform,",
        "Prometheus",
        "Languages:",
        "Go, Python,",
        "Bash",
        "Spoken:",
        "Dutch (native),",
        "English (C1)",
        "",
    ]


def test_the_jobs_of_an_interleaved_page_are_read_whole():
    document = parse_lines(_lines(["Anouk de Vries", *pasted([JOBS, SIDEBAR])]))
    work = [
        (job.get("name"), job.get("position"), job.get("startDate")) for job in document["work"]
    ]
    assert work == [
        ("Adyen", "Site Reliability Engineer", "2021-03"),
        ("Booking.com", "Systems Administrator", "2017-06"),
    ]
    skills = [keyword for group in document["skills"] for keyword in group["keywords"]]
    assert {"Kubernetes", "Terraform", "Prometheus"} <= set(skills)


def test_a_row_holding_both_columns_is_cut_at_the_gap_a_converter_kept():
    sidebar = Column(["Hard skills", "Docker", "Git", "Soft skills", "Teamwork"], leading=14)
    jobs = Column(["Work experience", "Globex:", "Support engineer", "2019 - 2022"], leading=14)
    texts = [line.text for line in sidebar_apart(_lines(pasted([sidebar, jobs], gap="  ")))]
    assert texts[:4] == [
        "Hard skills  Work experience",
        "Globex:",
        "Support engineer",
        "2019 - 2022",
    ]
    assert {"Docker", "Git", "Teamwork"} <= set(texts[4:])


def test_sections_one_after_the_other_are_left_as_they_are():
    rows = [
        "Experience",
        "Skills",
        "Python, SQL",
        "Docker",
        "Data Engineer",
        "Initech",
        "2019 - 2023",
        "Built the nightly loads into the warehouse.",
    ]
    assert sidebar_apart(_lines(rows)) == _lines(rows)


def test_a_page_in_one_column_is_left_as_it_is():
    rows = ["Experience", *JOBS.lines[1:], "Skills", *SIDEBAR.lines[1:]]
    assert sidebar_apart(_lines(rows)) == _lines(rows)


def test_sidebar_items_are_told_by_their_shape_and_words():
    for item in ("- CSS", "Kafka, Docker,", "English (C1)", "Russian - native", "Databases:"):
        assert is_sidebar_item(item), item
    for line in (
        "Senior Accountant, PwC Polska",
        "São Paulo, SP",
        "VK,Remote",
        "Nov 2021 - Present",
        "Cut the p99 latency of the checkout API from 900 to 250 ms.",
        "- Built the credit risk dashboards used by 40 analysts.",
    ):
        assert not is_sidebar_item(line), line


def test_a_sidebar_heading_set_among_the_jobs_opens_the_sidebar_when_jobs_go_on_after_it():
    jobs = Column(
        [
            "WORK EXPERIENCE",
            "Frontend Developer",
            "Monday.com",
            "2020 - Present",
            "Building the board views in React and TypeScript for the",
            "enterprise plan, with the design system team.",
            "Web Developer",
            "Fiverr",
            "2017 - 2020",
            "Kept the seller pages fast on slow mobile networks.",
        ],
        leading=13,
    )
    sidebar = Column(
        ["LANGUAGES", "English - advanced", "Hebrew - native", "SKILLS", "- React", "- Redux"],
        leading=16,
        top=40,
    )
    rows = pasted([jobs, sidebar])
    assert rows.index("LANGUAGES") < rows.index("Web Developer")
    texts = [line.text for line in sidebar_apart(_lines(rows))]
    assert texts[: texts.index("")] == jobs.lines
    assert texts[texts.index("LANGUAGES") :] == [
        "LANGUAGES",
        "English - advanced",
        "Hebrew - native",
        "",
        "SKILLS",
        "- React",
        "- Redux",
        "",
    ]


# A sidebar (Education, Skills, Languages) copied out of a PDF beside the jobs: its lines
# interleave with theirs, the school alone on its row.
SCHOOL_BESIDE_JOBS = """Chidi Okeke
Senior Accountant
chidi.okeke@example.com
EXPERIENCE
EDUCATION
Senior Accountant
University of Lagos
Dangote Cement
B.Sc. Accounting
Lagos
2010 – 2014
2018 – Present
- Closed the books each month for three plants.
SKILLS
- Led the move to SAP S/4HANA.
- Excel
Audit Associate
KPMG Nigeria
- SAP
Lagos
2014 – 2018
- IFRS
- Audited banks and insurers.
LANGUAGES
English (fluent)
Yoruba (native)"""


def test_a_school_beside_the_sidebars_degree_is_the_sidebars_not_an_employer():
    document = parse_lines([Line(text) for text in SCHOOL_BESIDE_JOBS.splitlines()])
    assert [(job["position"], job["name"], job["startDate"]) for job in document["work"]] == [
        ("Senior Accountant", "Dangote Cement", "2018"),
        ("Audit Associate", "KPMG Nigeria", "2014"),
    ]
    assert document["education"][0]["institution"] == "University of Lagos"


def test_a_university_the_jobs_name_with_no_degree_beside_it_stays_the_employer():
    text = SCHOOL_BESIDE_JOBS.replace("B.Sc. Accounting", "Tally ERP").replace(
        "Dangote Cement\n", ""
    )
    document = parse_lines([Line(line) for line in text.splitlines()])
    assert document["work"][0]["name"] == "University of Lagos"


def test_the_contact_columns_town_alone_on_a_jobs_dates_row_is_the_sidebars():
    rows = [
        "Lukas Brandt",
        "Key Account Manager",
        "Contact Experience",
        "Hamburg 10/2020 – heute",
        "+49 170 5550 291 Key Account Manager",
        "lukas.brandt@example.com Beiersdorf AG, Hamburg",
        " Key accounts in the drugstore trade.",
        "",
        " 04/2016 – 09/2020",
        " Field Sales Representative",
        " Henkel AG & Co. KGaA, Düsseldorf",
    ]
    work = parse_lines([Line(row) for row in rows])["work"]
    assert [(job.get("position"), job.get("name"), job.get("startDate")) for job in work] == [
        ("Key Account Manager", "Beiersdorf AG", "2020-10"),
        ("Field Sales Representative", "Henkel AG & Co. KGaA", "2016-04"),
    ]


def test_a_sidebar_heading_beside_a_jobs_row_opens_its_section_and_takes_its_languages():
    text = (
        "Priya Raghavan\npriya@example.com\n\n"
        "EXPERIENCE                                  SKILLS\n"
        "Senior Data Engineer                        Python, Scala, SQL\n"
        "Flipkart Internet Pvt Ltd | Bengaluru       Apache Spark, Kafka, Airflow\n"
        "Jun 2021 - Present                          dbt, Terraform, Docker\n"
        "Data Engineer                               LANGUAGES\n"
        "Tata Consultancy Services Ltd | Chennai     English, Tamil, Hindi\n"
        "Jul 2018 - May 2021\n"
        "Moved Oracle reports to Spark.\n"
    )
    document = import_text(text).document
    assert [language["language"] for language in document["languages"]] == [
        "English",
        "Tamil",
        "Hindi",
    ]
    assert [(job["position"], job["name"]) for job in document["work"]] == [
        ("Senior Data Engineer", "Flipkart Internet Pvt Ltd"),
        ("Data Engineer", "Tata Consultancy Services Ltd"),
    ]
    assert "English" not in str(document["work"])


def test_a_title_wrapped_beside_the_sidebar_is_the_job_columns_not_a_skill_or_heading():
    # "Data" and "Software" are skills, and "Software" a skills heading too; above a title's
    # head word on the next row they are the first words of the title.
    text = (
        "Jonas Weber\njonas@example.com\n\n"
        "EXPERIENCE                                SKILLS\n"
        "Senior Machine Learning                   PyTorch\n"
        "Engineer                                  TensorFlow\n"
        "Zalando SE | Berlin | 04/2021 - today     Kubernetes\n"
        "Ranking models for the catalogue search.\n"
        "Data                                      LANGUAGES\n"
        "Scientist                                 German (native)\n"
        "Delivery Hero SE | Berlin | 2018 - 2021   English (C1)\n"
        "Demand forecasting for 40 cities.\n"
        "Software\n"
        "Developer\n"
        "SAP SE | Walldorf | 2015 - 2018\n"
    )
    document = import_text(text).document
    assert [(job["position"], job["name"]) for job in document["work"]] == [
        ("Senior Machine Learning Engineer", "Zalando SE"),
        ("Data Scientist", "Delivery Hero SE"),
        ("Software Developer", "SAP SE"),
    ]
    assert document["skills"][0]["keywords"] == ["PyTorch", "TensorFlow", "Kubernetes"]

"""Pages of two or three columns as a PDF viewer's copy (or a converter that keeps lines)
hands them to Word, and the Word layouts that carry a sidebar or a dates column.

A PDF viewer copies text by baselines, top to bottom: a sidebar set with other
line spacing than the job column interleaves with it line by line, and lines of
two columns that share a baseline become one row, joined by a space (or by the
gap a converter keeps). `pasted` composes those rows from the columns as they
were printed: each column's lines at their baselines (a blank line is half a
line's space, a heading a gap above it). The other resumes are real Word
structures: a sidebar in a floating text box, a table whose left column holds
the dates, the employer on a line of its own after the title with its town and
state.

Each resume's labels were written with it, before the parser read it;
`pasted_columns-heldout.json` names the ones no rule was tuned on.
`python -m resumeopt.tests.pasted_columns` writes the `pasted_columns` labelled set.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass
from pathlib import Path

from resumeopt.tests.flattened_pages import docx_bytes
from resumeopt.tests.layouts import docx_from_xml, paragraph_xml, text_box_xml


@dataclass
class Column:
    """A column as printed: its lines, the distance between baselines and the top's."""

    lines: list[str]
    leading: float
    top: float = 0.0


def pasted(columns: list[Column], gap: str = " ") -> list[str]:
    """The rows a PDF viewer's copy gives for columns set side by side: each line at its
    baseline, lines of several columns on one baseline joined left to right."""
    placed: dict[float, list[tuple[int, str]]] = {}
    for index, column in enumerate(columns):
        y = column.top
        for text in column.lines:
            if not text:
                y += column.leading / 2
                continue
            if text.isupper():
                y += column.leading / 2  # space above a heading
            placed.setdefault(round(y, 1), []).append((index, text.strip()))
            y += column.leading
    return [gap.join(text for _, text in sorted(parts)) for _, parts in sorted(placed.items())]


def wrapped(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width)


def camila() -> tuple[list[str], dict]:
    """A left sidebar (contact, skills as dashes, languages) beside the jobs, a Brazilian
    analyst with the state after the town."""
    side = Column(
        [
            "CONTACT",
            "camila.rocha@example.com",
            "+55 11 98765-4321",
            "São Paulo, SP",
            "SKILLS",
            "- SQL",
            "- Python",
            "- Power BI",
            "- Excel",
            "- Tableau",
            "- Airflow",
            "LANGUAGES",
            "Portuguese (native)",
            "English (advanced)",
            "Spanish (intermediate)",
        ],
        leading=17,
        top=60,
    )
    main = Column(
        [
            "WORK EXPERIENCE",
            "Data Analyst",
            "Nubank",
            "São Paulo, SP",
            "Mar 2021 - Present",
            *wrapped("- Built the credit risk dashboards used by 40 analysts every morning.", 60),
            *wrapped("- Automated the monthly churn report in Python and Airflow.", 60),
            "",
            "Business Intelligence Intern",
            "Itaú Unibanco",
            "São Paulo, SP",
            "Jan 2019 - Feb 2021",
            *wrapped("- Maintained the SQL views of the retail banking team and their tests.", 60),
            "EDUCATION",
            "Universidade de São Paulo",
            "Bachelor of Science in Statistics",
            "2015 - 2019",
        ],
        leading=14,
        top=60,
    )
    rows = ["Camila Rocha", "Data Analyst", *pasted([side, main])]
    labels = {
        "name": "Camila Rocha",
        "work": [
            {"employer": "Nubank", "title": "Data Analyst", "start": "2021-03"},
            {
                "employer": "Itaú Unibanco",
                "title": "Business Intelligence Intern",
                "start": "2019-01",
            },
        ],
        "education": [
            {
                "school": "Universidade de São Paulo",
                "degree": "Bachelor of Science in Statistics",
            }
        ],
    }
    return rows, labels


def jonas() -> tuple[list[str], dict]:
    """The jobs on the left, a right sidebar of labelled skill lists ending in commas; the
    two headings share the first row."""
    main = Column(
        [
            "Experience",
            "Senior Backend Developer",
            "Zalando SE",
            "Jan 2020 - Present",
            *wrapped(
                "Designed the order routing service in Kotlin that splits parcels between "
                "warehouses, and moved its events from RabbitMQ to Kafka without downtime. "
                "Cut the p99 latency of the checkout API from 900 to 250 ms.",
                88,
            ),
            "Backend Developer",
            "HelloFresh",
            "Apr 2017 - Dec 2019",
            *wrapped(
                "Built the menu planning API in Go and the recipe import jobs; on call for "
                "the subscription service and mentor of two working students.",
                88,
            ),
            "Education",
            "Technical University of Munich",
            "Master of Science in Informatics",
            "2012 - 2017",
        ],
        leading=13.5,
        top=100,
    )
    side = Column(
        [
            "Skills",
            "Languages:",
            "Kotlin, Java, Go,",
            "Python",
            "Databases:",
            "PostgreSQL,",
            "Cassandra, Redis",
            "Tools:",
            "Kafka, Docker,",
            "Kubernetes,",
            "Terraform",
            "Spoken:",
            "German (native),",
            "English (C1)",
        ],
        leading=15,
        top=100,
    )
    rows = [
        "Jonas Becker",
        "Backend Developer",
        "Berlin, Germany",
        "jonas.becker@example.com",
        *pasted([main, side]),
    ]
    labels = {
        "name": "Jonas Becker",
        "work": [
            {"employer": "Zalando SE", "title": "Senior Backend Developer", "start": "2020-01"},
            {"employer": "HelloFresh", "title": "Backend Developer", "start": "2017-04"},
        ],
        "education": [
            {
                "school": "Technical University of Munich",
                "degree": "Master of Science in Informatics",
            }
        ],
    }
    return rows, labels


def aigerim() -> tuple[list[str], dict]:
    """A converter that keeps the gap between the columns: a left sidebar of skill groups,
    the employer with a colon above the title, duties after '>'."""
    side = Column(
        [
            "Hard skills",
            "Programming languages",
            "Java, Kotlin",
            "SQL",
            "Frameworks",
            "Spring Boot, Hibernate",
            "Tools",
            "Git, Maven",
            "IntelliJ IDEA",
            "Soft skills",
            "Teamwork",
            "Mentoring",
            "Languages",
            "Kazakh",
            "Russian",
            "English",
        ],
        leading=16,
        top=80,
    )
    main = Column(
        [
            "Work experience",
            "Kaspi.kz:",
            "Java developer",
            "2021 - present",
            "> Moved the payments service to Spring Boot 3",
            "> Wrote the integration tests with Testcontainers",
            "Halyk Bank:",
            "Junior Java developer",
            "2019 - 2021",
            "> Supported the card processing batch jobs",
            "> Reviewed the pull requests of two interns",
            "Education",
            "Nazarbayev University",
            "Bachelor of Science in Computer Science",
            "2015 - 2019",
        ],
        leading=14,
        top=80,
    )
    rows = [
        "Aigerim Sadykova",
        "Java developer",
        "Almaty, Kazakhstan",
        "aigerim.sadykova@example.com",
        *pasted([side, main], gap="  "),
    ]
    labels = {
        "name": "Aigerim Sadykova",
        "work": [
            {"employer": "Kaspi.kz", "title": "Java developer", "start": "2021"},
            {"employer": "Halyk Bank", "title": "Junior Java developer", "start": "2019"},
        ],
        "education": [
            {
                "school": "Nazarbayev University",
                "degree": "Bachelor of Science in Computer Science",
            }
        ],
    }
    return rows, labels


def rahul() -> tuple[list[str], dict]:
    """Three columns of one line spacing: profile, education and experience side by side,
    every row joined across them, then the skills over the page's width."""
    profile = Column(
        wrapped(
            "Test engineer with seven years of experience automating web and mobile "
            "tests in Java and Selenium for banking clients.",
            26,
        ),
        leading=14,
    )
    education = Column(
        ["Bachelor of Technology in", "Computer Science", "VIT University", "2013 - 2017"],
        leading=14,
    )
    experience = Column(
        [
            "Infosys",
            "Senior Test Engineer",
            "June 2020 - present",
            "",
            "Wipro Technologies",
            "Test Engineer",
            "July 2017 - May 2020",
        ],
        leading=14,
    )
    rows = [
        "Rahul Mehta",
        "QA Automation Engineer",
        "Pune, India | rahul.mehta@example.com",
        "PROFILE EDUCATION EXPERIENCE",
        *pasted([profile, education, experience]),
        "SKILLS",
        "Selenium WebDriver, TestNG, Appium, Rest Assured, Jenkins, Jira.",
        "LANGUAGES",
        "English, Hindi, Marathi",
    ]
    labels = {
        "name": "Rahul Mehta",
        "work": [
            {"employer": "Infosys", "title": "Senior Test Engineer", "start": "2020-06"},
            {"employer": "Wipro Technologies", "title": "Test Engineer", "start": "2017-07"},
        ],
        "education": [
            {
                "school": "VIT University",
                "degree": "Bachelor of Technology in Computer Science",
            }
        ],
    }
    return rows, labels


def marina() -> bytes:
    """The body holds the jobs; the skills and languages sit in a floating text box."""
    sidebar = "".join(
        paragraph_xml(text, kind)
        for text, kind in [
            ("Skills", "heading"),
            ("Patient assessment", "text"),
            ("Wound care", "text"),
            ("IV therapy", "text"),
            ("Triage", "text"),
            ("Languages", "heading"),
            ("Spanish – native", "text"),
            ("English – B2", "text"),
        ]
    )
    body = [
        ("Marina Ortega", "name"),
        ("Registered Nurse · marina.ortega@example.com · Madrid", "text"),
        ("Experience", "heading"),
        ("Registered Nurse", "title"),
        ("Hospital Universitario La Paz — Madrid", "text"),
        ("2018 – Present", "text"),
        ("Care of up to eight patients a shift on the cardiology ward.", "text"),
        ("Nursing Assistant", "title"),
        ("Clínica Universidad de Navarra — Pamplona", "text"),
        ("2015 – 2018", "text"),
        ("Helped patients with mobility and hygiene after surgery.", "text"),
        ("Education", "heading"),
        ("Universidad Complutense de Madrid", "text"),
        ("Bachelor of Nursing, 2011 – 2015", "text"),
    ]
    paragraphs = [paragraph_xml(text, kind) for text, kind in body]
    box = text_box_xml(sidebar, 430, 120, 140, 300, 1)
    paragraphs[0] = paragraphs[0].replace("</w:p>", f"{box}</w:p>")
    return docx_from_xml("".join(paragraphs))


MARINA_LABELS = {
    "name": "Marina Ortega",
    "work": [
        {
            "employer": "Hospital Universitario La Paz",
            "title": "Registered Nurse",
            "start": "2018",
        },
        {
            "employer": "Clínica Universidad de Navarra",
            "title": "Nursing Assistant",
            "start": "2015",
        },
    ],
    "education": [{"school": "Universidad Complutense de Madrid", "degree": "Bachelor of Nursing"}],
}


def _cell(paragraphs: list[str], width: int) -> str:
    inner = "".join(paragraph_xml(text) for text in paragraphs)
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{inner}</w:tc>'


def diego() -> bytes:
    """A table of two columns: the dates on the left, the title, the employer and its
    town and the duties on the right; the education in the same table."""
    rows = [
        (
            ["2019 – present"],
            [
                "Supply Chain Planner",
                "Grupo Bimbo, Mexico City",
                "Planned the weekly production of four bakeries.",
                "Cut the stock of finished goods by 12% in a year.",
            ],
        ),
        (
            ["2015 – 2019"],
            [
                "Logistics Analyst",
                "FEMSA, Monterrey",
                "Ran the route planning of 60 delivery trucks.",
            ],
        ),
    ]
    table = "".join(f"<w:tr>{_cell(left, 1800)}{_cell(right, 7200)}</w:tr>" for left, right in rows)
    education = (
        f"<w:tr>{_cell(['2010 – 2015'], 1800)}"
        + _cell(["Bachelor of Science in Industrial Engineering", "Tecnológico de Monterrey"], 7200)
        + "</w:tr>"
    )
    body = "".join(
        [
            paragraph_xml("Diego Hernández", "name"),
            paragraph_xml("Supply chain planner — Mexico City — diego.hernandez@example.com"),
            paragraph_xml("Work experience", "heading"),
            f"<w:tbl><w:tblPr><w:tblW w:w='9000' w:type='dxa'/></w:tblPr>{table}</w:tbl>",
            paragraph_xml("Education", "heading"),
            f"<w:tbl><w:tblPr><w:tblW w:w='9000' w:type='dxa'/></w:tblPr>{education}</w:tbl>",
        ]
    )
    return docx_from_xml(body)


DIEGO_LABELS = {
    "name": "Diego Hernández",
    "work": [
        {"employer": "Grupo Bimbo", "title": "Supply Chain Planner", "start": "2019"},
        {"employer": "FEMSA", "title": "Logistics Analyst", "start": "2015"},
    ],
    "education": [
        {
            "school": "Tecnológico de Monterrey",
            "degree": "Bachelor of Science in Industrial Engineering",
        }
    ],
}


def fernanda() -> tuple[list[str], dict]:
    """The employer on its own line after the title, its town and state (a Brazilian
    state's two letters) on the next."""
    rows = [
        "Fernanda Lima",
        "Software Engineer",
        "Curitiba, PR · fernanda.lima@example.com · +55 41 99876-5432",
        "Experience",
        "Software Engineer",
        "Ebanx",
        "Curitiba, PR",
        "Feb 2020 – Present",
        "• Built the payouts API in Node.js and TypeScript.",
        "• Led the move of the card vault to AWS.",
        "Full Stack Developer",
        "Softplan",
        "Florianópolis, SC",
        "Mar 2017 – Jan 2020",
        "• Maintained the court case system used by 2,000 clerks.",
        "Education",
        "Universidade Federal do Paraná",
        "Bachelor's degree in Computer Science",
        "2012 – 2016",
    ]
    labels = {
        "name": "Fernanda Lima",
        "work": [
            {"employer": "Ebanx", "title": "Software Engineer", "start": "2020-02"},
            {"employer": "Softplan", "title": "Full Stack Developer", "start": "2017-03"},
        ],
        "education": [
            {
                "school": "Universidade Federal do Paraná",
                "degree": "Bachelor's degree in Computer Science",
            }
        ],
    }
    return rows, labels


def adebayo() -> tuple[list[str], dict]:
    """The jobs on the left with 'Company | Town' lines, a right sidebar (contact, skills,
    languages with their levels), the columns' gap kept."""
    main = Column(
        [
            "EXPERIENCE",
            "Operations Supervisor",
            "Nigerian Breweries Plc | Lagos",
            "2018 – Present",
            *wrapped(
                "Supervise three packaging lines and a team of 35 operators; raised line "
                "efficiency from 71% to 84% in two years.",
                70,
            ),
            "Production Engineer",
            "Nestlé Nigeria | Agbara",
            "2014 – 2018",
            *wrapped(
                "Kept the boilers and the water treatment plant running; wrote the "
                "maintenance plans for the new bottling line.",
                70,
            ),
            "EDUCATION",
            "University of Lagos",
            "B.Eng. Chemical Engineering, 2009 – 2014",
        ],
        leading=14,
        top=90,
    )
    side = Column(
        [
            "CONTACT",
            "+234 803 555 0147",
            "adebayo.okafor@example.com",
            "Lagos, Nigeria",
            "SKILLS",
            "Lean Six Sigma",
            "SAP PM",
            "Root cause analysis",
            "HACCP",
            "LANGUAGES",
            "English – Fluent",
            "Yoruba – Native",
            "Igbo – Basic",
        ],
        leading=16.5,
        top=90,
    )
    rows = ["Adebayo Okafor", "Operations Supervisor", *pasted([main, side], gap="  ")]
    labels = {
        "name": "Adebayo Okafor",
        "work": [
            {
                "employer": "Nigerian Breweries Plc",
                "title": "Operations Supervisor",
                "start": "2018",
            },
            {"employer": "Nestlé Nigeria", "title": "Production Engineer", "start": "2014"},
        ],
        "education": [{"school": "University of Lagos", "degree": "B.Eng. Chemical Engineering"}],
    }
    return rows, labels


def noa() -> tuple[list[str], dict]:
    """A left sidebar holding the education, skills and languages, beside the jobs."""
    side = Column(
        [
            "EDUCATION",
            "Tel Aviv University",
            "B.Sc. Industrial Engineering",
            "2012 – 2016",
            "SKILLS",
            "- Jira",
            "- SQL",
            "- Figma",
            "- Amplitude",
            "LANGUAGES",
            "Hebrew (native)",
            "English (fluent)",
        ],
        leading=16,
        top=70,
    )
    main = Column(
        [
            "EXPERIENCE",
            "Product Manager",
            "Wix",
            "Tel Aviv",
            "2019 – Present",
            "- Own the editor's onboarding flow, used by two million new sites a month.",
            "- Ran 40 A/B tests a year with the growth team.",
            "",
            "Business Analyst",
            "Check Point Software",
            "Ramat Gan",
            "2016 – 2019",
            "- Wrote the requirements of the partner portal.",
        ],
        leading=13,
        top=70,
    )
    rows = ["Noa Levi", "Product Manager", "noa.levi@example.com", *pasted([side, main])]
    labels = {
        "name": "Noa Levi",
        "work": [
            {"employer": "Wix", "title": "Product Manager", "start": "2019"},
            {"employer": "Check Point Software", "title": "Business Analyst", "start": "2016"},
        ],
        "education": [{"school": "Tel Aviv University", "degree": "B.Sc. Industrial Engineering"}],
    }
    return rows, labels


def katarzyna() -> tuple[list[str], dict]:
    """The jobs on the left, a right sidebar of certificates and skills; the title and the
    employer on one line, the town and dates on the next."""
    main = Column(
        [
            "PROFESSIONAL EXPERIENCE",
            "Senior Accountant, PwC Polska",
            "Warsaw | 09/2019 – present",
            *wrapped(
                "Closing the books of six subsidiaries each month under IFRS and Polish "
                "GAAP; preparing the audit files and the CIT returns.",
                64,
            ),
            "Junior Accountant, Mazars",
            "Kraków | 07/2016 – 08/2019",
            *wrapped(
                "Bookkeeping and VAT returns for 30 small clients; bank reconciliations.",
                64,
            ),
            "EDUCATION",
            "Cracow University of Economics",
            "Master's degree in Finance and Accounting, 2011 – 2016",
        ],
        leading=14,
        top=80,
    )
    side = Column(
        [
            "CERTIFICATES",
            "ACCA (2021)",
            "SKILLS",
            "SAP FI,",
            "Excel (VBA),",
            "Power Query",
            "LANGUAGES",
            "Polish – native",
            "English – C1",
            "German – B1",
        ],
        leading=15.5,
        top=80,
    )
    rows = [
        "Katarzyna Nowak",
        "katarzyna.nowak@example.com · +48 600 123 456",
        *pasted([main, side]),
    ]
    labels = {
        "name": "Katarzyna Nowak",
        "work": [
            {"employer": "PwC Polska", "title": "Senior Accountant", "start": "2019-09"},
            {"employer": "Mazars", "title": "Junior Accountant", "start": "2016-07"},
        ],
        "education": [
            {
                "school": "Cracow University of Economics",
                "degree": "Master's degree in Finance and Accounting",
            }
        ],
    }
    return rows, labels


def _rows(resume, one_paragraph: bool):
    def build() -> tuple[bytes, dict]:
        rows, labels = resume()
        return docx_bytes(rows, one_paragraph=one_paragraph), labels

    return build


# {label file: {file name: builder of (bytes, labels)}}; the held-out part was never tuned on.
RESUMES = {
    "pasted_columns": {
        "1_sidebar_left_dashes.docx": _rows(camila, False),
        "2_sidebar_right_commas.docx": _rows(jonas, True),
        "3_sidebar_gap_groups.docx": _rows(aigerim, False),
        "4_three_columns.docx": _rows(rahul, True),
        "6_table_dates_column.docx": lambda: (diego(), DIEGO_LABELS),
        "7_employer_after_title.docx": _rows(fernanda, False),
        "8_sidebar_right_gap.docx": _rows(adebayo, False),
    },
    "pasted_columns-heldout": {
        "5_text_box_sidebar.docx": lambda: (marina(), MARINA_LABELS),
        "9_sidebar_education.docx": _rows(noa, True),
        "10_sidebar_certificates.docx": _rows(katarzyna, False),
    },
}


def write_pasted_set(folder: Path) -> None:
    (folder / "pasted_columns").mkdir(exist_ok=True)
    for label_file, resumes in RESUMES.items():
        labels = {}
        for name, build in resumes.items():
            data, labels[name] = build()
            (folder / "pasted_columns" / name).write_bytes(data)
        (folder / f"{label_file}.json").write_text(
            json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    write_pasted_set(Path(__file__).parent / "data" / "labelled")

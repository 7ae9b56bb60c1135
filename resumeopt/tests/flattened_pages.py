"""Two-column resumes flattened row by row, as Word files made from a PDF keep them.

A PDF copied into Word (or converted by a tool that keeps lines, not positions)
holds no columns: each printed row becomes one line, the left column's words
then the right column's words on the same baseline. `side_by_side` composes
those rows from the two columns as they were printed; the resumes below put a
job's header column beside its description, on either side, with the dates on
top or below, and a sidebar beside the jobs. Their labels were written with the
resumes, before the parser ever read them.

`python -m resumeopt.tests.flattened_pages` writes the `flattened` labelled set.
"""

from __future__ import annotations

import io
import json
import textwrap
from itertools import zip_longest
from pathlib import Path

import docx


def side_by_side(left: list[str], right: list[str], gap: str = " ") -> list[str]:
    """The rows a reader sees when two columns are read line by line across the page."""
    return [f"{a}{gap}{b}".strip() for a, b in zip_longest(left, right, fillvalue="") if (a or b)]


def wrapped(text: str, width: int = 62) -> list[str]:
    return textwrap.wrap(text, width)


def docx_bytes(rows: list[str], *, one_paragraph: bool) -> bytes:
    """A Word file holding the rows as line breaks in one paragraph (a paste from a
    PDF viewer) or as one paragraph each (a converter)."""
    document = docx.Document()
    if one_paragraph:
        run = document.add_paragraph().add_run()
        for index, row in enumerate(rows):
            if index:
                run.add_break()
            run.add_text(row)
    else:
        for row in rows:
            document.add_paragraph(row)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _left_headers(jobs: list[tuple[list[str], str]], gap: str = " ") -> list[str]:
    rows: list[str] = []
    for header, description in jobs:
        rows += side_by_side(header, wrapped(description), gap)
    return rows


def marta() -> tuple[list[str], dict]:
    """Employer, a title over two rows and the dates in a narrow left column."""
    rows = [
        "Marta Kowalczyk",
        "Senior Frontend Engineer",
        "Phone: +48 601 234 567",
        "Email: marta.kowalczyk@example.com",
        "Kraków, Poland",
        "Frontend engineer with nine years of experience building fast, accessible shops",
        "and editors in React, Vue and TypeScript.",
        "Experience",
        *_left_headers(
            [
                (
                    ["Allegro", "Senior Frontend", "Engineer", "APR 2021 TO PRESENT"],
                    "Leading the checkout redesign in React and TypeScript for 14 million "
                    "monthly buyers. Achievement: cut the checkout drop-off rate by 9% in one "
                    "quarter and moved the payment forms to the design system.",
                ),
                (
                    ["Brainly", "Frontend Developer", "SEP 2017 TO MAR 2021"],
                    "Building the question feed and the answer editor (Vue, GraphQL), "
                    "mentoring three junior developers and running the weekly frontend guild.",
                ),
                (
                    ["Comarch SA", "Junior Web Developer", "JUL 2015 TO AUG 2017"],
                    "maintaining internal ERP screens in AngularJS and writing end-to-end "
                    "tests with Protractor for the release team.",
                ),
            ]
        ),
        "Education",
        "Jagiellonian University",
        "Master of Science in Computer Science, 2013 – 2015",
        "Skills",
        "React, Vue, TypeScript, GraphQL, Jest, Playwright",
    ]
    labels = {
        "name": "Marta Kowalczyk",
        "work": [
            {"employer": "Allegro", "title": "Senior Frontend Engineer", "start": "2021-04"},
            {"employer": "Brainly", "title": "Frontend Developer", "start": "2017-09"},
            {"employer": "Comarch SA", "title": "Junior Web Developer", "start": "2015-07"},
        ],
        "education": [
            {
                "school": "Jagiellonian University",
                "degree": "Master of Science in Computer Science",
            }
        ],
    }
    return rows, labels


def hiroshi() -> tuple[list[str], dict]:
    """The left column also holds the town; a title in lower case; two spaces between."""
    rows = [
        "Hiroshi Tanaka",
        "QA Automation Engineer",
        "hiroshi.tanaka@example.com | +81 90 1234 5678",
        "Work History",
        *_left_headers(
            [
                (
                    [
                        "Rakuten Group",
                        "qa automation engineer",
                        "Tokyo, Japan",
                        "OCT 2019 – PRESENT",
                    ],
                    "Writing and maintaining API and browser test suites in Python and "
                    "Playwright for the travel booking platform; running the nightly "
                    "regression in GitLab CI and reporting flaky tests to the owning teams.",
                ),
                (
                    ["Mercari", "Software Test Engineer", "Tokyo, Japan", "APR 2016 – SEP 2019"],
                    "designed test plans for the listing and payment flows, automated 400 "
                    "regression cases with Appium, and cut the release checklist from two days "
                    "to half a day.",
                ),
            ],
            gap="  ",
        ),
        "Education",
        "Bachelor of Engineering, Information Science",
        "Osaka University, 2012 – 2016",
        "Languages",
        "Japanese (native), English (business)",
    ]
    labels = {
        "name": "Hiroshi Tanaka",
        "work": [
            {"employer": "Rakuten Group", "title": "qa automation engineer", "start": "2019-10"},
            {"employer": "Mercari", "title": "Software Test Engineer", "start": "2016-04"},
        ],
        "education": [
            {"school": "Osaka University", "degree": "Bachelor of Engineering"},
        ],
    }
    return rows, labels


def daniel() -> tuple[list[str], dict]:
    """The dates on top of the left column, then the title and the employer."""
    rows = [
        "Daniel Okafor",
        "Data Engineer",
        "London, United Kingdom · daniel.okafor@example.com · +44 7700 900123",
        "EXPERIENCE",
        *_left_headers(
            [
                (
                    ["2020 – Present", "Data Engineer", "Monzo Bank"],
                    "Running the batch and streaming pipelines behind the finance reports "
                    "(Airflow, dbt, BigQuery). Achievement: moved 200 jobs off cron in "
                    "four months with no missed report.",
                ),
                (
                    ["2017 – 2020", "BI Developer", "Ocado Technology"],
                    "built the warehouse models for the supply chain team, wrote the "
                    "Looker dashboards the depots use every morning, and trained analysts "
                    "on SQL.",
                ),
            ]
        ),
        "EDUCATION",
        "University of Manchester — BSc Mathematics, 2014 – 2017",
    ]
    labels = {
        "name": "Daniel Okafor",
        "work": [
            {"employer": "Monzo Bank", "title": "Data Engineer", "start": "2020"},
            {"employer": "Ocado Technology", "title": "BI Developer", "start": "2017"},
        ],
        "education": [
            {"school": "University of Manchester", "degree": "BSc Mathematics"},
        ],
    }
    return rows, labels


def lucia() -> tuple[list[str], dict]:
    """The header column on the right: the description's rows come first on each line."""
    jobs = [
        (
            "Led the redesign of the booking flow for the mobile app, from research with "
            "forty travellers to the final prototypes, and set up the design system the "
            "product teams share.",
            ["Product Designer", "Cabify", "Mar 2020 – Present"],
        ),
        (
            "designed the onboarding and the card settings screens, ran usability tests every "
            "sprint, and worked with two squads on the accessibility audit.",
            ["UX Designer", "BBVA", "Jan 2017 – Feb 2020"],
        ),
    ]
    rows = [
        "Lucía Fernández",
        "Product Designer · Madrid",
        "lucia.fernandez@example.com",
        "WORK EXPERIENCE",
    ]
    for description, header in jobs:
        rows += side_by_side(wrapped(description, 58), header)
    rows += [
        "EDUCATION",
        "Universidad Complutense de Madrid",
        "Grado en Bellas Artes (Bachelor of Fine Arts), 2012 – 2016",
    ]
    labels = {
        "name": "Lucía Fernández",
        "work": [
            {"employer": "Cabify", "title": "Product Designer", "start": "2020-03"},
            {"employer": "BBVA", "title": "UX Designer", "start": "2017-01"},
        ],
        "education": [
            {"school": "Universidad Complutense de Madrid", "degree": "Bachelor of Fine Arts"},
        ],
    }
    return rows, labels


def priya() -> tuple[list[str], dict]:
    """Headings side by side ("EXPERIENCE SKILLS"), the skills column beside the jobs."""
    main = [
        "Senior Accountant",
        "Deloitte",
        "Jun 2019 – Present",
        "Prepared consolidated statements for six",
        "subsidiaries under IFRS.",
        "Accountant",
        "KPMG",
        "Aug 2015 – May 2019",
        "Reconciled ledgers and prepared VAT returns",
        "for 30 small business clients.",
    ]
    side = [
        "Financial reporting (IFRS)",
        "SAP FI, Oracle NetSuite",
        "Excel, Power BI",
        "VAT and corporate tax",
        "Audit preparation",
        "",
        "LANGUAGES",
        "English, Hindi",
    ]
    rows = [
        "Priya Raman",
        "Chartered Accountant",
        "priya.raman@example.com · Mumbai",
        "EXPERIENCE SKILLS",
        *side_by_side(main, side),
        "EDUCATION",
        "Bachelor of Commerce, University of Mumbai, 2012 – 2015",
    ]
    labels = {
        "name": "Priya Raman",
        "work": [
            {"employer": "Deloitte", "title": "Senior Accountant", "start": "2019-06"},
            {"employer": "KPMG", "title": "Accountant", "start": "2015-08"},
        ],
        "education": [
            {"school": "University of Mumbai", "degree": "Bachelor of Commerce"},
        ],
    }
    return rows, labels


def bullets_beside(bullets: list[str], width: int = 58) -> list[str]:
    """A description column of bullets, each wrapped under its own marker."""
    rows = []
    for bullet in bullets:
        lines = wrapped(bullet, width)
        rows += [f"• {lines[0]}", *(f"  {line}" for line in lines[1:])]
    return rows


def amara() -> tuple[list[str], dict]:
    """Numeric dates in the header column and bullets in the description column."""
    rows = [
        "Amara Nwosu",
        "Supply Chain Analyst · Lagos, Nigeria · amara.nwosu@example.com",
        "PROFESSIONAL EXPERIENCE",
    ]
    jobs = [
        (
            ["Dangote Cement Plc", "Supply Chain Analyst", "03/2018 – 11/2022"],
            [
                "Forecast monthly demand for 14 depots and cut stock-outs by a third.",
                "Built the weekly fleet utilisation report in Power BI used by regional managers.",
            ],
        ),
        (
            ["Jumia Nigeria", "Logistics Coordinator", "06/2015 – 02/2018"],
            [
                "Scheduled last-mile deliveries for Lagos mainland with 40 riders.",
                "Negotiated rates with three third-party carriers.",
            ],
        ),
    ]
    for header, bullets in jobs:
        rows += side_by_side(header, bullets_beside(bullets))
    rows += [
        "EDUCATION",
        "University of Lagos",
        "B.Sc. Industrial Engineering, 2011 – 2015",
    ]
    labels = {
        "name": "Amara Nwosu",
        "work": [
            {
                "employer": "Dangote Cement Plc",
                "title": "Supply Chain Analyst",
                "start": "2018-03",
            },
            {"employer": "Jumia Nigeria", "title": "Logistics Coordinator", "start": "2015-06"},
        ],
        "education": [{"school": "University of Lagos", "degree": "B.Sc. Industrial Engineering"}],
    }
    return rows, labels


def jonas() -> tuple[list[str], dict]:
    """Title above the employer, and the range over two rows ('Sep 2016 –' / 'Jan 2020')."""
    rows = [
        "Jonas Weber",
        "Mechanical Design Engineer",
        "jonas.weber@example.com · +49 151 2345 6789 · Stuttgart",
        "Berufserfahrung / Experience",
    ]
    rows += _left_headers(
        [
            (
                ["Design Engineer", "Bosch Rexroth AG", "Feb 2020 –", "present"],
                "designing hydraulic valve blocks in Creo and running the tolerance "
                "analyses for two product lines; coordinating prototype builds with "
                "the plant in Lohr.",
            ),
            (
                ["CAD Engineer", "Mahle GmbH", "Sep 2016 –", "Jan 2020"],
                "Modelled piston and cooling parts in CATIA V5, prepared drawings for "
                "suppliers and supported the PPAP documentation.",
            ),
        ]
    )
    rows += [
        "Education",
        "Universität Stuttgart — Master of Science, Mechanical Engineering, 2014 – 2016",
    ]
    labels = {
        "name": "Jonas Weber",
        "work": [
            {"employer": "Bosch Rexroth AG", "title": "Design Engineer", "start": "2020-02"},
            {"employer": "Mahle GmbH", "title": "CAD Engineer", "start": "2016-09"},
        ],
        "education": [{"school": "Universität Stuttgart", "degree": "Master of Science"}],
    }
    return rows, labels


def sofia() -> tuple[list[str], dict]:
    """One long job with a four-row header column, then a dated internship."""
    rows = [
        "Sofia Lindqvist",
        "Clinical Research Associate",
        "Göteborg, Sweden | sofia.lindqvist@example.com",
        "Work experience",
    ]
    rows += _left_headers(
        [
            (
                ["AstraZeneca", "Clinical Research", "Associate", "Mölndal, Sweden", "2019 – 2024"],
                "monitoring phase II and III oncology trials at eleven Nordic sites, "
                "training site staff on the protocol and the eCRF, reviewing source data "
                "and writing the visit reports; lead CRA for two studies from start-up "
                "to close-out.",
            ),
            (
                ["Sahlgrenska University Hospital", "Research Intern", "2018 – 2019"],
                "supported the biobank team with sample logistics and kept the study "
                "database up to date.",
            ),
        ]
    )
    rows += ["Education", "University of Gothenburg, MSc in Biomedicine, 2016 – 2018"]
    labels = {
        "name": "Sofia Lindqvist",
        "work": [
            {
                "employer": "AstraZeneca",
                "title": "Clinical Research Associate",
                "start": "2019",
            },
            {
                "employer": "Sahlgrenska University Hospital",
                "title": "Research Intern",
                "start": "2018",
            },
        ],
        "education": [{"school": "University of Gothenburg", "degree": "MSc in Biomedicine"}],
    }
    return rows, labels


def mateo() -> tuple[list[str], dict]:
    """The header column in a work and a volunteering section, employers with legal forms."""
    rows = [
        "Mateo Rossi",
        "Backend Developer",
        "Milano · mateo.rossi@example.com",
        "EXPERIENCE",
    ]
    rows += _left_headers(
        [
            (
                ["Satispay S.p.A.", "Backend Developer", "JAN 2021 – PRESENT"],
                "Writing the payment ledger services in Go and Kafka; on call for the "
                "settlement jobs and the merchant API.",
            ),
            (
                ["Reply S.r.l.", "Java Developer", "OCT 2017 – DEC 2020"],
                "built integrations for insurance clients with Spring Boot and Oracle, "
                "and moved the team's builds to GitLab CI.",
            ),
        ]
    )
    rows += ["VOLUNTEERING"]
    rows += _left_headers(
        [
            (
                ["CoderDojo Milano", "Mentor", "2016 – 2019"],
                "teaching Scratch and Python to children aged 8 to 14 on Saturday "
                "mornings, twice a month.",
            ),
        ]
    )
    rows += ["EDUCATION", "Politecnico di Milano", "Laurea in Ingegneria Informatica, 2013 – 2017"]
    labels = {
        "name": "Mateo Rossi",
        "work": [
            {"employer": "Satispay S.p.A.", "title": "Backend Developer", "start": "2021-01"},
            {"employer": "Reply S.r.l.", "title": "Java Developer", "start": "2017-10"},
        ],
        # A Laurea names no level the scorer knows, so no degree is counted for it.
        "education": [{"school": "Politecnico di Milano", "degree": None}],
    }
    return rows, labels


def dashes_beside(items: list[str], width: int = 56) -> list[str]:
    """A description column of '-' items, each wrapped under its marker."""
    rows = []
    for item in items:
        lines = wrapped(item, width)
        rows += [f"- {lines[0]}", *(f"  {line}" for line in lines[1:])]
    return rows


def chen() -> tuple[list[str], dict]:
    """Employer and town on one row, hyphenated years, '-' items beside the column."""
    rows = [
        "Wei Chen",
        "Mechanical Technician",
        "Austin, TX · (512) 555-0143 · wei.chen@example.com",
        "EMPLOYMENT",
    ]
    jobs = [
        (
            ["Initech, Austin TX", "Maintenance Technician", "2018 - 2023"],
            [
                "Kept four CNC lines running with preventive maintenance schedules.",
                "Rebuilt hydraulic units and trained two apprentices.",
            ],
        ),
        (
            ["Globex Manufacturing, Round Rock TX", "Machine Operator", "2014 - 2018"],
            [
                "operated lathes and mills on two shifts and logged the quality checks.",
            ],
        ),
    ]
    for header, items in jobs:
        rows += side_by_side(header, dashes_beside(items))
    rows += ["EDUCATION", "Austin Community College", "Associate of Applied Science, 2012 – 2014"]
    labels = {
        "name": "Wei Chen",
        "work": [
            {"employer": "Initech", "title": "Maintenance Technician", "start": "2018"},
            {"employer": "Globex Manufacturing", "title": "Machine Operator", "start": "2014"},
        ],
        "education": [
            {"school": "Austin Community College", "degree": "Associate of Applied Science"}
        ],
    }
    return rows, labels


def grace() -> tuple[list[str], dict]:
    """The header column on the right with the dates on top of it."""
    jobs = [
        (
            "Leading a team of 22 nurses on the cardiac ward, planning rotas, auditing "
            "medication rounds and running the monthly training sessions.",
            ["2019 – Present", "Nurse Manager", "Mercy Hospital"],
        ),
        (
            "cared for post-operative patients, trained new staff on the electronic "
            "records and sat on the falls prevention group.",
            ["2013 – 2019", "Staff Nurse", "St. Luke's Medical Center"],
        ),
    ]
    rows = ["Grace O'Connell", "Registered Nurse", "grace.oconnell@example.com", "EXPERIENCE"]
    for description, header in jobs:
        rows += side_by_side(wrapped(description, 56), header)
    rows += ["EDUCATION", "Bachelor of Science in Nursing", "University of Iowa, 2009 – 2013"]
    labels = {
        "name": "Grace O'Connell",
        "work": [
            {"employer": "Mercy Hospital", "title": "Nurse Manager", "start": "2019"},
            {"employer": "St. Luke's Medical Center", "title": "Staff Nurse", "start": "2013"},
        ],
        "education": [{"school": "University of Iowa", "degree": "Bachelor of Science in Nursing"}],
    }
    return rows, labels


def ines() -> tuple[list[str], dict]:
    """Dotted numeric dates, a title over two rows, an employer with '&'."""
    rows = [
        "Inês Carvalho",
        "Customer Success Lead",
        "Lisboa, Portugal — ines.carvalho@example.com",
        "Professional experience",
    ]
    rows += _left_headers(
        [
            (
                ["Head of Customer", "Success", "Talkdesk", "09.2020 – present"],
                "building the onboarding programme for enterprise accounts, hiring and "
                "coaching a team of nine, and owning renewals worth 12 million euros a year.",
            ),
            (
                ["Account Manager", "Johnson & Johnson", "03.2016 – 08.2020"],
                "Managed hospital accounts in the south region and ran the yearly "
                "contract negotiations with procurement teams.",
            ),
        ]
    )
    rows += ["Education", "Universidade Nova de Lisboa", "Licenciatura em Gestão, 2011 – 2015"]
    labels = {
        "name": "Inês Carvalho",
        "work": [
            {"employer": "Talkdesk", "title": "Head of Customer Success", "start": "2020-09"},
            {"employer": "Johnson & Johnson", "title": "Account Manager", "start": "2016-03"},
        ],
        # A Licenciatura names no level the scorer knows, so no degree is counted for it.
        "education": [{"school": "Universidade Nova de Lisboa", "degree": None}],
    }
    return rows, labels


def tomasz() -> tuple[list[str], dict]:
    """Three jobs, the last one's description shorter than its header column."""
    rows = [
        "Tomasz Zielinski",
        "DevOps Engineer",
        "Wrocław · tomasz.zielinski@example.com",
        "EXPERIENCE",
    ]
    rows += _left_headers(
        [
            (
                ["Nokia", "DevOps Engineer", "FEB 2021 – PRESENT"],
                "Running the Kubernetes platform for 40 teams (EKS, Terraform, Argo CD); "
                "cut the average deploy time from 25 to 6 minutes.",
            ),
            (
                ["Credit Agricole", "System Administrator", "MAY 2017 – JAN 2021"],
                "maintained 300 Linux servers and the Ansible playbooks for them, "
                "and moved the monitoring to Prometheus.",
            ),
            (
                ["Atos", "IT Support", "Specialist", "JUL 2015 – APR 2017"],
                "first-line support for a bank client.",
            ),
        ]
    )
    rows += ["EDUCATION", "Wrocław University of Science and Technology", "BSc in Computer Science"]
    labels = {
        "name": "Tomasz Zielinski",
        "work": [
            {"employer": "Nokia", "title": "DevOps Engineer", "start": "2021-02"},
            {"employer": "Credit Agricole", "title": "System Administrator", "start": "2017-05"},
            {"employer": "Atos", "title": "IT Support Specialist", "start": "2015-07"},
        ],
        "education": [
            {
                "school": "Wrocław University of Science and Technology",
                "degree": "BSc in Computer Science",
            }
        ],
    }
    return rows, labels


# {label file: {file name: (resume, rows as line breaks in one paragraph)}}; each later
# part was written after the rules made on the parts before, to measure them on new files.
RESUMES = {
    "flattened": {
        "1_left_headers.docx": (marta, True),
        "2_left_headers_town.docx": (hiroshi, False),
        "3_dates_on_top.docx": (daniel, True),
        "4_right_headers.docx": (lucia, False),
        "5_skills_beside.docx": (priya, True),
    },
    "flattened-second": {
        "6_numeric_dates_bullets.docx": (amara, False),
        "7_two_row_dates.docx": (jonas, True),
        "8_long_header_column.docx": (sofia, False),
        "9_volunteering.docx": (mateo, True),
    },
    "flattened-third": {
        "10_town_and_dashes.docx": (chen, False),
        "11_right_dates_on_top.docx": (grace, True),
        "12_dotted_dates.docx": (ines, False),
        "13_three_jobs.docx": (tomasz, True),
    },
}


def write_flattened_set(folder: Path) -> None:
    (folder / "flattened").mkdir(exist_ok=True)
    for label_file, resumes in RESUMES.items():
        labels = {}
        for name, (resume, one_paragraph) in resumes.items():
            rows, labels[name] = resume()
            data = docx_bytes(rows, one_paragraph=one_paragraph)
            (folder / "flattened" / name).write_bytes(data)
        (folder / f"{label_file}.json").write_text(
            json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    write_flattened_set(Path(__file__).parent / "data" / "labelled")

"""Word files of the `varied2` labelled set, in layouts the other sets leave out.

The text and Markdown files of the set sit beside these in `data/labelled/varied2/`:
a charge nurse whose titles name their unit, a German Lebenslauf ("seit 12/2020",
"03.2018 – 11.2020"), a Markdown academic CV, text pasted from a two-column PDF, an
Indian CV with its qualifications table, a French CV ("Depuis sept. 2021 : ..."), an
all-caps pharmacist and a Markdown SRE resume. Built here: a three-column page flattened
to one paragraph of rows (as Word keeps a PDF it opened), an all-caps resume whose
sections sit in a two-column table, a three-column table page and an academic resume
whose sections are rows of a table.

Every file was labelled (`varied2.json`, `varied2-heldout.json`) before the parser first
read it; `varied2-heldout.json` names the half no rule is tuned on.
`python -m resumeopt.tests.varied_resumes` writes the Word files.
"""

from __future__ import annotations

from pathlib import Path

from resumeopt.tests.families import _docx

FOLDER = Path(__file__).parent / "data" / "labelled" / "varied2"
SECOND_FOLDER = FOLDER.parent / "varied3"


def flat_three_columns() -> bytes:
    """A three-column page (summary, education, experience) opened from a PDF: one paragraph
    whose rows hold the three columns' words side by side, one space apart."""
    rows = [
        "",
        "Karolina Wiśniewska",
        "Data Analyst",
        "Wrocław, Poland | +48 601 555 318",
        "",
        "ABOUT ME EDUCATION WORK EXPERIENCE",
        "Data analyst with five years Master of Science in Allegro",
        "of turning sales and logistics Applied Mathematics Senior Data Analyst",
        "data into dashboards that Wrocław University of April 2022 - present",
        "managers actually use. Science and Technology Built the pricing KPI suite",
        "Comfortable with SQL, 2014 - 2019 in Looker used by 60 category",
        "Python and a lot of patience. managers.",
        "Data Analyst",
        "Nokia Solutions and Networks",
        "July 2019 - March 2022",
        "Automated weekly network quality",
        "reports with Python and Airflow.",
        "SKILLS",
        "SQL (BigQuery, PostgreSQL), Python (pandas), Looker, Tableau, Airflow.",
        "LANGUAGES",
        "Polish (native)",
        "English (C1)",
    ]

    def build(document):
        paragraph = document.add_paragraph()
        for index, row in enumerate(rows):
            run = paragraph.add_run(row)
            if index < len(rows) - 1:
                run.add_break()

    return _docx(build)


def caps_sections_in_table() -> bytes:
    """An all-caps resume: the name and contact line above a two-column table whose left
    cells hold the section headings and whose right cells hold their content."""

    def build(document):
        document.add_paragraph().add_run("BRENDAN MCALLISTER").bold = True
        document.add_paragraph("CLEVELAND, OH  •  216-555-0173  •  BMCALLISTER.WELDS@GMAIL.COM")
        table = document.add_table(rows=0, cols=2)
        for heading, paragraphs in (
            (
                "SUMMARY",
                [
                    "AWS-CERTIFIED COMBINATION WELDER WITH 12 YEARS IN STRUCTURAL STEEL AND "
                    "PIPE. ZERO LOST-TIME INCIDENTS."
                ],
            ),
            (
                "EXPERIENCE",
                [
                    ("bold", "LEAD WELDER, STRUCTURAL FABRICATION"),
                    "LINCOLN ELECTRIC COMPANY, EUCLID, OH  |  SEPT 2019 - CURRENT",
                    "• LEAD A CREW OF 6 ON BRIDGE GIRDERS AND BUILDING FRAMES (FCAW, SMAW).",
                    "• CUT WELD REJECTS FROM 4.1% TO 1.3% WITH A NEW FIT-UP CHECKLIST.",
                    ("bold", "PIPE WELDER"),
                    "PIPEFITTERS LOCAL 120, CLEVELAND, OH  |  MAR 2014 - AUG 2019",
                    "• TIG ROOT, STICK FILL AND CAP ON CARBON AND STAINLESS PROCESS PIPE.",
                    ("bold", "WELDER HELPER"),
                    "MCCARTHY STEEL ERECTORS, AKRON, OH  |  2012 - 2014",
                ],
            ),
            (
                "EDUCATION",
                [
                    ("bold", "ASSOCIATE OF APPLIED SCIENCE, WELDING TECHNOLOGY"),
                    "CUYAHOGA COMMUNITY COLLEGE  |  2012",
                ],
            ),
            (
                "CERTIFICATIONS",
                ["AWS D1.1 STRUCTURAL (3G/4G)", "ASME SECTION IX 6G PIPE", "OSHA 30"],
            ),
        ):
            left, right = table.add_row().cells
            left.paragraphs[0].add_run(heading).bold = True
            first = True
            for item in paragraphs:
                paragraph = right.paragraphs[0] if first else right.add_paragraph()
                first = False
                if isinstance(item, tuple):
                    paragraph.add_run(item[1]).bold = True
                else:
                    paragraph.add_run(item)

    return _docx(build)


def three_column_table() -> bytes:
    """A three-column page built as a one-row table: contact and skills on the left, the
    jobs in the middle, education and languages on the right; the name above it."""

    def build(document):
        heading = document.add_paragraph()
        heading.add_run("SIOBHAN O'NEILL").bold = True
        document.add_paragraph("Marketing Manager")
        table = document.add_table(rows=1, cols=3)
        left, middle, right = table.rows[0].cells

        def fill(cell, items):
            first = True
            for kind, text in items:
                paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                run = paragraph.add_run(text)
                run.bold = kind in ("heading", "bold")

        fill(
            left,
            [
                ("heading", "CONTACT"),
                ("text", "siobhan.oneill@outlook.ie"),
                ("text", "+353 87 555 0119"),
                ("text", "Cork, Ireland"),
                ("heading", "SKILLS"),
                ("text", "HubSpot"),
                ("text", "Google Ads"),
                ("text", "SEO / SEM"),
                ("text", "Brand strategy"),
            ],
        )
        fill(
            middle,
            [
                ("heading", "EXPERIENCE"),
                ("bold", "Marketing Manager, EMEA Partner Programs"),
                ("text", "Qualtrics, Dublin"),
                ("text", "Sept 2020 – Current"),
                ("text", "Run partner campaigns in 14 countries; pipeline up 38% in 2023."),
                ("bold", "Digital Marketing Executive"),
                ("text", "Musgrave Group, Cork"),
                ("text", "2017–2020"),
                ("text", "Managed a €1.1M paid media budget across three retail brands."),
                ("bold", "Marketing Intern"),
                ("text", "Enterprise Ireland, Dublin"),
                ("text", "Summer 2016"),
            ],
        )
        fill(
            right,
            [
                ("heading", "EDUCATION"),
                ("bold", "MSc Marketing"),
                ("text", "University College Cork"),
                ("text", "2016 – 2017"),
                ("bold", "BComm"),
                ("text", "University College Cork"),
                ("text", "2012 – 2016"),
                ("heading", "LANGUAGES"),
                ("text", "English, Irish (fluent)"),
                ("text", "French (B2)"),
            ],
        )

    return _docx(build)


def academic_sections_table() -> bytes:
    """An academic resume whose sections are the rows of a two-column table: the
    heading in the left cell, dated items in the right, a year column inside them."""

    def build(document):
        document.add_heading("Dr. Anjali DeSouza-Menon", level=0)
        document.add_paragraph(
            "Assistant Professor of Economics · anjali.desouza@uwaterloo.ca · Waterloo, ON"
        )
        table = document.add_table(rows=0, cols=2)
        for heading, items in (
            (
                "Positions",
                [
                    "2021–present\tAssistant Professor, Department of Economics, University of "
                    "Waterloo",
                    "2019–2021\tPostdoctoral Fellow, Munk School of Global Affairs, University of "
                    "Toronto",
                    "2014–2015\tResearch Analyst, Bank of Canada, Ottawa",
                ],
            ),
            (
                "Education",
                [
                    "2019\tPh.D. in Economics, McGill University",
                    "2014\tM.A. in Economics, Queen's University",
                    "2012\tB.A. (Honours) in Economics and Mathematics, University of Mumbai",
                ],
            ),
            (
                "Research interests",
                ["Development economics, labour markets, migration"],
            ),
            (
                "Grants",
                ["2022\tSSHRC Insight Development Grant ($68,000)"],
            ),
        ):
            left, right = table.add_row().cells
            left.paragraphs[0].add_run(heading).bold = True
            for index, item in enumerate(items):
                paragraph = right.paragraphs[0] if index == 0 else right.add_paragraph()
                paragraph.add_run(item)

    return _docx(build)


def three_column_table_sales() -> bytes:
    """A three-column table page: the jobs on the left, skills in the middle, education
    and certificates on the right; the name and title above the table."""

    def build(document):
        document.add_paragraph().add_run("DECLAN MCGRATH").bold = True
        document.add_paragraph("Regional Sales Manager · Belfast · declan.mcgrath@live.co.uk")
        table = document.add_table(rows=1, cols=3)
        left, middle, right = table.rows[0].cells

        def fill(cell, items):
            for index, (kind, text) in enumerate(items):
                paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
                paragraph.add_run(text).bold = kind in ("heading", "bold")

        fill(
            left,
            [
                ("heading", "WORK HISTORY"),
                ("bold", "Regional Sales Manager, Northern Ireland"),
                ("text", "Henderson Group, Newtownabbey"),
                ("text", "Mar 2019 – Current"),
                ("text", "Grew wholesale revenue 23% across 140 forecourt stores."),
                ("bold", "Area Sales Executive"),
                ("text", "Tayto Group, Tandragee"),
                ("text", "2014–2019"),
                ("bold", "Sales Assistant"),
                ("text", "Currys PC World, Belfast"),
                ("text", "Summer 2012"),
            ],
        )
        fill(
            middle,
            [
                ("heading", "KEY SKILLS"),
                ("text", "Key account management"),
                ("text", "Salesforce CRM"),
                ("text", "Negotiation"),
                ("text", "Team leadership"),
            ],
        )
        fill(
            right,
            [
                ("heading", "EDUCATION"),
                ("bold", "BSc Business Management"),
                ("text", "Ulster University"),
                ("text", "2010 – 2014"),
                ("heading", "CERTIFICATES"),
                ("text", "CIM Level 4 Certificate in Professional Marketing"),
            ],
        )

    return _docx(build)


def academic_positions_table() -> bytes:
    """An academic resume whose sections are table rows: the heading in the left cell, in
    the right cell years, a tab, then the post, its department and the university."""

    def build(document):
        document.add_heading("Tobias Lindqvist-Huber", level=0)
        document.add_paragraph("Associate Professor of Computer Science · t.lindqvist@ethz.ch")
        table = document.add_table(rows=0, cols=2)
        for heading, items in (
            (
                "Appointments",
                [
                    "2020–present\tAssociate Professor, Department of Computer Science, ETH Zurich",
                    "2016–2020\tAssistant Professor, School of Informatics, University of "
                    "Edinburgh",
                    "2014–2016\tResearch Scientist, Google Research, Zurich",
                ],
            ),
            (
                "Education",
                [
                    "2014\tPh.D. in Computer Science, KTH Royal Institute of Technology",
                    "2009\tM.Sc. in Engineering Physics, Uppsala University",
                ],
            ),
            ("Service", ["2021–2023\tProgram committee, NeurIPS and ICML"]),
        ):
            left, right = table.add_row().cells
            left.paragraphs[0].add_run(heading).bold = True
            for index, item in enumerate(items):
                paragraph = right.paragraphs[0] if index == 0 else right.add_paragraph()
                paragraph.add_run(item)

    return _docx(build)


FILES = {
    "01_flat_three_columns.docx": flat_three_columns,
    "03_caps_sections_table.docx": caps_sections_in_table,
    "07_three_column_table.docx": three_column_table,
    "11_academic_sections_table.docx": academic_sections_table,
}
# A second tuning batch, written after the first batch's rules (`varied3.json`).
SECOND_FILES = {
    "13_three_column_table.docx": three_column_table_sales,
    "16_academic_table.docx": academic_positions_table,
}


def write_files() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, build in FILES.items():
        (FOLDER / name).write_bytes(build())
    SECOND_FOLDER.mkdir(parents=True, exist_ok=True)
    for name, build in SECOND_FILES.items():
        (SECOND_FOLDER / name).write_bytes(build())


if __name__ == "__main__":
    write_files()

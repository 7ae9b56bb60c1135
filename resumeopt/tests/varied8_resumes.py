"""Word files of the `varied8` labelled set: work histories in layouts the other sets
cover thinly, from trades, care, teaching, sales, finance, public service and academia.

The text and Markdown files of the set sit beside these in `data/labelled/varied8/` (a
three-column page flattened to single lines, two all-caps lines naming the employer and
its unit, credentials in brackets after a title, "Company | City | Dates" under the title,
a Markdown resume whose skill areas are headings, a PDF paste with titles broken over two
lines, contract work "via Hays", career breaks and freelance driving). Built here: a
South African sales rep's history in a table with promotions (tuning) and, for the
held-out half, a bank's table with dates first and an Irish care assistant's Word file
with the agency in brackets.

Every file was labelled (`varied8.json`, `varied8-heldout.json`) before the parser first
read it; `varied8-heldout.json` names the half no rule is tuned on.
`python -m resumeopt.tests.varied8_resumes` writes the Word files.
"""

from __future__ import annotations

from pathlib import Path

from resumeopt.tests.families import _docx

FOLDER = Path(__file__).parent / "data" / "labelled" / "varied8"


def _heading(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def _table(document, rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text


def sales_table_south_africa() -> bytes:
    """Company, position and period in a three-column table, one row per post, a
    promotion as a second row under the same company."""

    def build(document):
        document.add_paragraph().add_run("THABO MOKOENA").bold = True
        document.add_paragraph("Randburg, Johannesburg · 082 555 0147 · thabo.mokoena@gmail.com")
        _heading(document, "Employment History")
        _table(
            document,
            [
                ("Company", "Position", "Period"),
                ("Coca-Cola Beverages South Africa", "Key Account Executive", "Mar 2021 – Present"),
                ("Coca-Cola Beverages South Africa", "Sales Representative", "Jan 2019 – Feb 2021"),
                ("Shoprite Checkers", "Merchandiser", "Feb 2016 – Dec 2018"),
            ],
        )
        document.add_paragraph(
            "Grew the Soweto and Randburg route by 18% in 2022; managed 45 outlets."
        )
        _heading(document, "Education")
        _table(
            document,
            [
                ("2015", "National Diploma: Marketing", "Tshwane University of Technology"),
                ("2011", "National Senior Certificate", "Randburg High School"),
            ],
        )
        _heading(document, "Skills")
        document.add_paragraph("Route planning, SAP, negotiation, Code 08 driver's licence")

    return _docx(build)


def bank_table_dates_first() -> bytes:
    """Dates in the first column, then the bank and branch, then the role; a Nigerian
    banker's promotions as separate rows."""

    def build(document):
        document.add_paragraph().add_run("ADAEZE NWOSU").bold = True
        document.add_paragraph("Lekki Phase 1, Lagos | +234 803 555 0192 | adaeze.nwosu@gmail.com")
        _heading(document, "WORK EXPERIENCE")
        _table(
            document,
            [
                ("Oct 2022 – Date", "Access Bank Plc, Victoria Island", "Relationship Manager"),
                ("Jan 2020 – Sep 2022", "Access Bank Plc, Ikeja", "Customer Service Officer"),
                ("Jul 2018 – Dec 2019", "Zenith Bank Plc, Yaba", "Teller (NYSC)"),
            ],
        )
        _heading(document, "EDUCATION")
        _table(
            document,
            [
                ("2017", "B.Sc. Banking and Finance", "University of Nigeria, Nsukka"),
            ],
        )
        _heading(document, "CERTIFICATIONS")
        document.add_paragraph("ACIB (Chartered Institute of Bankers of Nigeria), 2021")

    return _docx(build)


def care_assistant_ireland() -> bytes:
    """Bold title lines with the agency in brackets, the employer and dates under them."""

    def build(document):
        document.add_paragraph().add_run("Siobhán Ní Bhriain").bold = True
        document.add_paragraph("Galway · 087 555 0164 · siobhan.nibhriain@gmail.com")
        _heading(document, "Work Experience")
        for title, where, bullets in (
            (
                "Healthcare Assistant (agency – Nurse on Call)",
                "Galway University Hospital, Galway — June 2022 to present",
                ["Personal care and observations on a 30-bed medical ward."],
            ),
            (
                "Care Assistant",
                "Áras Mhic Dara Nursing Home, An Cheathrú Rua — March 2019 to May 2022",
                ["Dementia unit; QQI Level 5 Dementia Care completed on the job."],
            ),
            (
                "Retail Assistant",
                "Dunnes Stores, Galway — September 2016 to February 2019",
                [],
            ),
        ):
            document.add_paragraph().add_run(title).bold = True
            document.add_paragraph(where)
            for bullet in bullets:
                document.add_paragraph(bullet, style="List Bullet")
        _heading(document, "Education & Training")
        document.add_paragraph("QQI Level 5 Major Award in Healthcare Support, GTI Galway, 2019")

    return _docx(build)


FILES = {
    "06_sales_table_south_africa.docx": sales_table_south_africa,
    "h06_bank_table_dates_first.docx": bank_table_dates_first,
    "h07_care_assistant_agency.docx": care_assistant_ireland,
}


def write_files(folder: Path = FOLDER) -> None:
    for name, build in FILES.items():
        (folder / name).write_bytes(build())


if __name__ == "__main__":
    write_files()

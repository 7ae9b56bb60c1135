"""Word files of the `varied10` labelled set: work histories in layouts the other sets
lack.

The text and Markdown files of the set sit beside these in `data/labelled/varied10/`: a
British contractor's placements through agencies beside permanent roles, an Indian
engineer's promotions at one employer each with its own dates under the employer's line, a
US veteran's Army service with its postings, an Australian office manager's career break
and "Key achievements" blocks, a German engineer's jobs as tab-separated title, employer,
town and dates, a Canadian sales rep's "Key Achievements:" lists, an Irish agency nurse's
placements. Built here: a Kenyan accountant's jobs in a Word table, dates in the first
column and the title, employer and duties in the second cell.

Every file was labelled (`varied10.json`) before the parser first read it.
`python -m resumeopt.tests.varied10_resumes` writes the Word files.
"""

from __future__ import annotations

from pathlib import Path

from resumeopt.tests.families import _docx

FOLDER = Path(__file__).parent / "data" / "labelled" / "varied10"


def accountant_table_kenya() -> bytes:
    """Each job a table row: its dates in the left cell, the title (bold), the employer
    and town, and the duties as paragraphs in the right cell."""

    def build(document):
        document.add_paragraph().add_run("WANJIKU KAMAU").bold = True
        document.add_paragraph("Westlands, Nairobi | +254 722 555 310 | wanjiku.kamau@gmail.com")
        document.add_paragraph().add_run("WORK EXPERIENCE").bold = True
        jobs = [
            (
                "Feb 2021 – Present",
                "Finance Manager",
                "Twiga Foods Ltd, Nairobi",
                ["Month-end close for 3 entities; IFRS 16 lease accounting.", "Team of 6."],
            ),
            (
                "Jun 2017 – Jan 2021",
                "Senior Accountant",
                "Safaricom PLC, Nairobi",
                ["M-Pesa revenue reconciliations; KRA tax audits."],
            ),
            (
                "Sep 2014 – May 2017",
                "Audit Associate",
                "PwC Kenya, Nairobi",
                ["Statutory audits of manufacturing and NGO clients."],
            ),
        ]
        table = document.add_table(rows=len(jobs), cols=2)
        for row, (dates, title, employer, duties) in zip(table.rows, jobs, strict=True):
            row.cells[0].text = dates
            right = row.cells[1]
            right.paragraphs[0].add_run(title).bold = True
            right.add_paragraph(employer)
            for duty in duties:
                right.add_paragraph(duty, style="List Bullet")
        document.add_paragraph().add_run("EDUCATION").bold = True
        document.add_paragraph("Bachelor of Commerce (Accounting), University of Nairobi, 2014")
        document.add_paragraph("CPA (K), KASNEB, 2015")

    return _docx(build)


FILES = {"06_accountant_table_ke.docx": accountant_table_kenya}


def write_files(folder: Path = FOLDER) -> None:
    for name, build in FILES.items():
        (folder / name).write_bytes(build())


if __name__ == "__main__":
    write_files()

"""Word and PDF files of the `fresh` labelled set, written as job seekers write them.

The text files of the set sit beside these in `data/labelled/fresh/`: "Title | Company |
Dates" one-liners, a resume written entirely in lowercase, a Brazilian currículo, a
career-changer with volunteer work, a Philippine CV, a Europass CV as its site exports
it to text, a Chilean CV. Built here: a LinkedIn "Save to PDF" profile (a grey sidebar
beside the main column, several roles under one company), a company-first Word resume
with location lines and promotions under one employer, a Word resume with dates at the
line's end after tabs, skills in a table and Title Case headings without colons, a
scanned page's text (lines broken where the scanner broke them), and a nurse's Word resume
whose employers name their parent organisation in brackets and whose sidebar holds the
school.

Every file was labelled (`fresh.json`, `fresh-heldout.json`) before the parser first
read it; `fresh-heldout.json` names the half no rule is tuned on.
`python -m resumeopt.tests.fresh_resumes` writes the Word and PDF files.
"""

from __future__ import annotations

from pathlib import Path

from resumeopt.tests.families import _docx, _lines, _pdf

FOLDER = Path(__file__).parent / "data" / "labelled" / "fresh"


def linkedin_profile() -> bytes:
    """LinkedIn's "Save to PDF": a sidebar (Contact, Top Skills, Languages) on the left,
    the profile on the right, roles grouped under a company with its total tenure."""

    def draw(pdf):
        pdf.setFillGray(0.93)
        pdf.rect(0, 0, 190, 792, stroke=0, fill=1)
        pdf.setFillGray(0)
        _lines(
            pdf,
            24,
            750,
            [
                ("heading", "Contact"),
                ("text", "www.linkedin.com/in/marcus-lindqvist"),
                ("text", "(LinkedIn)"),
                ("text", "marcus.lindqvist@gmail.com"),
                ("gap", ""),
                ("heading", "Top Skills"),
                ("text", "Kubernetes"),
                ("text", "Terraform"),
                ("text", "Site Reliability Engineering"),
                ("gap", ""),
                ("heading", "Languages"),
                ("text", "Swedish (Native or Bilingual)"),
                ("text", "English (Full Professional)"),
                ("gap", ""),
                ("heading", "Certifications"),
                ("text", "Certified Kubernetes Administrator"),
                ("text", "(CKA)"),
            ],
        )
        _lines(
            pdf,
            210,
            750,
            [
                ("name", "Marcus Lindqvist"),
                ("text", "Staff Site Reliability Engineer at Klarna"),
                ("text", "Stockholm, Stockholm County, Sweden"),
                ("heading", "Summary"),
                ("text", "I keep payment systems up. Ten years of on-call, most of them"),
                ("text", "happy."),
                ("heading", "Experience"),
                ("bold", "Klarna"),
                ("text", "5 years 2 months"),
                ("bold", "Staff Site Reliability Engineer"),
                ("text", "January 2022 - Present (2 years 11 months)"),
                ("text", "Stockholm, Sweden"),
                ("text", "Led the move of 300 services to a shared Kubernetes platform."),
                ("gap", ""),
                ("bold", "Senior Site Reliability Engineer"),
                ("text", "October 2019 - December 2021 (2 years 3 months)"),
                ("text", "Stockholm, Sweden"),
                ("gap", ""),
                ("bold", "Spotify"),
                ("bold", "Backend Engineer"),
                ("text", "August 2015 - September 2019 (4 years 2 months)"),
                ("text", "Stockholm"),
                ("gap", ""),
                ("bold", "Ericsson"),
                ("bold", "Software Engineer Intern"),
                ("text", "June 2014 - August 2014 (3 months)"),
                ("heading", "Education"),
                ("bold", "KTH Royal Institute of Technology"),
                ("text", "Master of Science - MS, Computer Science · (2013 - 2015)"),
                ("gap", ""),
                ("bold", "Uppsala University"),
                ("text", "Bachelor of Science - BS, Mathematics · (2010 - 2013)"),
            ],
        )
        pdf.setFont("Helvetica", 8)
        pdf.drawString(380, 30, "Page 1 of 1")

    return _pdf(draw)


def company_first() -> bytes:
    """Employer in capitals, its town on the next line, then each title with its dates;
    two employers hold several titles (promotions)."""

    def build(document):
        document.add_heading("Hector A. Ramirez", level=0)
        document.add_paragraph("San Antonio, TX 78209 | (210) 555-0188 | hramirez.ops@gmail.com")
        document.add_heading("PROFESSIONAL EXPERIENCE", level=1)
        for employer, place, roles in (
            (
                "H-E-B GROCERY COMPANY, LP",
                "San Antonio, Texas",
                [
                    (
                        "Distribution Center Operations Manager",
                        "Feb 2021 – Present",
                        ["Run a 420,000 sq ft perishables DC with 310 partners on three shifts."],
                    ),
                    (
                        "Operations Supervisor",
                        "Jun 2017 – Jan 2021",
                        ["Cut mis-picks 38% by re-slotting the fast movers."],
                    ),
                    ("Warehouse Lead", "Mar 2015 – May 2017", []),
                ],
            ),
            (
                "UNITED PARCEL SERVICE (UPS)",
                "Laredo, Texas",
                [
                    (
                        "Preload Supervisor",
                        "Aug 2012 – Feb 2015",
                        ["Supervised 45 preloaders; on-time dispatch 99.2%."],
                    ),
                    ("Package Handler", "Sep 2010 – Jul 2012", []),
                ],
            ),
        ):
            document.add_paragraph().add_run(employer).bold = True
            document.add_paragraph(place)
            for title, dates, bullets in roles:
                paragraph = document.add_paragraph()
                paragraph.add_run(title).italic = True
                paragraph.add_run(f" | {dates}")
                for bullet in bullets:
                    document.add_paragraph(bullet, style="List Bullet")
        document.add_heading("EDUCATION", level=1)
        document.add_paragraph().add_run("TEXAS A&M UNIVERSITY–SAN ANTONIO").bold = True
        document.add_paragraph("Bachelor of Business Administration, Supply Chain Management, 2016")
        document.add_heading("CERTIFICATIONS", level=1)
        document.add_paragraph("APICS Certified Supply Chain Professional (CSCP), 2019")
        document.add_paragraph("OSHA 30-Hour General Industry")

    return _docx(build)


def tabbed_dates() -> bytes:
    """Title Case headings with no colon, the dates after tabs at the line's end, and the
    skills in a three-column table."""

    def build(document):
        name = document.add_paragraph()
        name.add_run("Aisha Rahman").bold = True
        document.add_paragraph("Accountant · Leeds · 07700 900461 · aisha.rahman@btinternet.com")
        document.add_paragraph("Professional Experience").runs[0].bold = True
        for header, company_line, bullets in (
            (
                "Management Accountant\t\tSeptember 2020 – Present",
                "Arla Foods UK, Leeds",
                ["Month-end close and variance reporting for three dairies."],
            ),
            (
                "Assistant Accountant\t\tJuly 2017 – August 2020",
                "Morrisons (Wm Morrison Supermarkets plc), Bradford",
                ["Reconciled 60 balance sheet accounts each month."],
            ),
            (
                "Accounts Payable Clerk\t\tOctober 2015 – June 2017",
                "Yorkshire Water, Bradford",
                [],
            ),
        ):
            document.add_paragraph(header)
            document.add_paragraph(company_line)
            for bullet in bullets:
                document.add_paragraph(bullet, style="List Bullet")
        document.add_paragraph("Education And Qualifications").runs[0].bold = True
        document.add_paragraph("ACCA Affiliate\t\t\t2019")
        document.add_paragraph("BSc (Hons) Accounting and Finance\t\t2012 – 2015")
        document.add_paragraph("Leeds Beckett University")
        document.add_paragraph("Key Skills").runs[0].bold = True
        table = document.add_table(rows=3, cols=3)
        for row, cells in zip(
            table.rows,
            (
                ("Sage 200", "SAP FI/CO", "Power BI"),
                ("Advanced Excel", "VAT returns", "Payroll"),
                ("IFRS", "Budgeting", "Forecasting"),
            ),
            strict=True,
        ):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text

    return _docx(build)


def scanned_page() -> bytes:
    """The text a scanner's OCR leaves: lines broken where the page was, a word hyphenated
    over two lines, a job's header split in the middle of the company's name."""

    def draw(pdf):
        _lines(
            pdf,
            54,
            740,
            [
                ("name", "DeShawn T. Whitfield"),
                ("text", "1432 W. Marquette Rd, Chicago IL 60636 . (773) 555-0134 ."),
                ("text", "deshawn.whitfield@gmail.com"),
                ("heading", "WORK HISTORY"),
                ("text", "Forklift Operator / Inventory Clerk, Amazon Fulfillment"),
                ("text", "Center MDW2, Joliet, IL         04/2020 - Present"),
                ("text", "- Operate sit-down and reach forklifts; 0 safety incidents in"),
                ("text", "4 years. Cycle counts and inventory recon-"),
                ("text", "ciliation for 2 zones."),
                ("text", "Warehouse Associate, XPO Logistics, Romeoville,"),
                ("text", "IL        08/2017 - 03/2020"),
                ("text", "- Loaded and unloaded 30+ trailers per shift, RF scanner"),
                ("text", "Cashier, Jewel-Osco, Chicago, IL     2015 - 2017"),
                ("heading", "EDUCATION"),
                ("text", "Richard J. Daley College, Chicago, IL - Certificate in"),
                ("text", "Supply Chain Management, 2019"),
                ("text", "Simeon Career Academy - High School Diploma, 2015"),
                ("heading", "CERTIFICATIONS"),
                ("text", "OSHA Forklift Certification (2023) ; CPR/First Aid"),
            ],
        )

    return _pdf(draw)


def nurse_sidebar() -> bytes:
    """A two-column table: a narrow left cell with contact, licences and the one school,
    the jobs on the right, each employer naming its health system in brackets."""

    def build(document):
        table = document.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        left.text = "CONTACT"
        for text in (
            "Houston, TX 77030",
            "832-555-0171",
            "grace.nwosu.rn@gmail.com",
            "",
            "EDUCATION",
            "Texas Woman's University",
            "Bachelor of Science in Nursing",
            "2013 – 2017",
            "",
            "LICENSURE",
            "RN, Texas (Compact)",
            "BLS, ACLS, PALS",
        ):
            left.add_paragraph(text)
        right.text = "GRACE NWOSU, BSN, RN"
        right.add_paragraph("Emergency Department Registered Nurse")
        right.add_paragraph("")
        right.add_paragraph("EXPERIENCE")
        for title, employer, dates, bullets in (
            (
                "Charge Nurse, Emergency Department",
                "St. Joseph Medical Center (CHRISTUS Health), Houston, TX",
                "Mar 2021 – Present",
                ["Lead a team of 12 RNs on a 60-bed Level I trauma ED."],
            ),
            (
                "Staff Nurse, Emergency Department",
                "Memorial Hermann–Texas Medical Center (Memorial Hermann Health System)",
                "Jul 2018 – Feb 2021",
                ["Triage (ESI), trauma resuscitation, sepsis bundle compliance 96%."],
            ),
            (
                "Graduate Nurse, Medical-Surgical Unit",
                "Houston Methodist Sugar Land Hospital (Houston Methodist)",
                "Jun 2017 – Jun 2018",
                [],
            ),
        ):
            right.add_paragraph(title).runs[0].bold = True
            right.add_paragraph(f"{employer} | {dates}")
            for bullet in bullets:
                right.add_paragraph(f"• {bullet}")

    return _docx(build)


FILES = {
    "01_linkedin_profile.pdf": linkedin_profile,
    "03_company_first.docx": company_first,
    "04_tabbed_dates.docx": tabbed_dates,
    "10_scanned.pdf": scanned_page,
    "12_nurse_sidebar.docx": nurse_sidebar,
}


def write_files(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, build in FILES.items():
        (folder / name).write_bytes(build())


if __name__ == "__main__":
    write_files()

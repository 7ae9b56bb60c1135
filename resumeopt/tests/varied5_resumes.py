"""Word and PDF files of the `varied5` labelled set: trades, care, finance, law and public
sector resumes from several countries, in the layouts held-out sets showed we read worst.

The text and Markdown files of the set sit beside these in `data/labelled/varied5/`
("Company | City | Dates" then the title, promotions under one employer, "Title, Company —
City (2019–2021)", dates on their own line before or after the entry, a PDF paste whose
columns run together and whose all-caps titles are glued to their dates, quarters, seasons,
"2017/02", "Aug '19", a career break and agency work). Built here: a UK electrician's Word
file (employer and dates on a tabbed line, the title under it), an all-caps Brazilian
banker, a civil servant's one-line entries, a one-page PDF in the common LaTeX layout
(employer left, city right; title left, dates right), and for the held-out half a Nigerian
pharmacist, an Australian teacher with right-aligned tab stops, a paralegal's PDF with the
title first and a procurement manager's quarters.

Every file was labelled (`varied5.json`, `varied5-heldout.json`) before the parser first
read it; `varied5-heldout.json` names the half no rule is tuned on.
`python -m resumeopt.tests.varied5_resumes` writes the Word and PDF files.
"""

from __future__ import annotations

from pathlib import Path

from resumeopt.tests.families import _docx, _pdf

FOLDER = Path(__file__).parent / "data" / "labelled" / "varied5"


def _heading(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def _right_tab(paragraph, position_cm: float = 16.5) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm

    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(position_cm), WD_TAB_ALIGNMENT.RIGHT)


def electrician_uk() -> bytes:
    """The employer and its dates on one line, the dates pushed right by tabs; the title
    in italics under it; City & Guilds qualifications."""

    def build(document):
        document.add_paragraph().add_run("GARETH PRICE").bold = True
        document.add_paragraph("Swindon, Wiltshire · 07700 900 281 · gareth.price.sparks@gmail.com")
        _heading(document, "Work History")
        for employer_line, title, bullets in (
            (
                "JT Electrical Contractors Ltd, Swindon\t\t\t03/2018 – present",
                "Approved Electrician (JIB Gold Card)",
                [
                    "Commercial fit-outs and EICRs for offices and schools; 18th Edition.",
                    "Supervise two apprentices on site.",
                ],
            ),
            (
                "Bracknell Building Services, Reading\t\t\t09/2014 – 02/2018",
                "Electrician",
                ["Domestic rewires, consumer unit upgrades and EV charger installs."],
            ),
            (
                "Swindon Borough Council\t\t\t09/2010 – 08/2014",
                "Apprentice Electrician",
                [],
            ),
        ):
            document.add_paragraph().add_run(employer_line).bold = True
            document.add_paragraph().add_run(title).italic = True
            for bullet in bullets:
                document.add_paragraph(bullet, style="List Bullet")
        _heading(document, "Qualifications")
        document.add_paragraph("NVQ Level 3 Electrotechnical Services – New College Swindon, 2014")
        document.add_paragraph("City & Guilds 2382-22 (18th Edition), 2019")

    return _docx(build)


def caps_banker_brazil() -> bytes:
    """Everything in capitals: headings, the employer and city on one bold line, the title
    and its dates on the next."""

    def build(document):
        document.add_paragraph().add_run("MARIANA COSTA FERREIRA").bold = True
        document.add_paragraph("SÃO PAULO, SP · +55 11 95555-3108 · MARIANA.CFERREIRA@GMAIL.COM")
        _heading(document, "EXPERIÊNCIA PROFISSIONAL")
        for employer_line, title_line, bullets in (
            (
                "ITAÚ UNIBANCO S.A. — SÃO PAULO, SP",
                "ANALISTA DE CRÉDITO SÊNIOR · JAN 2020 – ATUAL",
                ["CARTEIRA DE 120 EMPRESAS DO SEGMENTO MIDDLE MARKET (R$ 3,2 BI)."],
            ),
            (
                "BANCO BRADESCO S.A. — OSASCO, SP",
                "ANALISTA DE CRÉDITO · MAR 2016 – DEZ 2019",
                ["RATING E LIMITES PARA PEQUENAS E MÉDIAS EMPRESAS."],
            ),
            (
                "XP INVESTIMENTOS — SÃO PAULO, SP",
                "ESTAGIÁRIA DE RISCO · JUL 2015 – FEV 2016",
                [],
            ),
        ):
            document.add_paragraph().add_run(employer_line).bold = True
            document.add_paragraph(title_line)
            for bullet in bullets:
                document.add_paragraph(bullet, style="List Bullet")
        _heading(document, "FORMAÇÃO ACADÊMICA")
        document.add_paragraph("BACHARELADO EM ECONOMIA — UNIVERSIDADE DE SÃO PAULO (USP), 2015")
        document.add_paragraph("CERTIFICAÇÃO CPA-20 — ANBIMA, 2017")

    return _docx(build)


def civil_servant_oneliners() -> bytes:
    """Each job on one line: title, department, the town in brackets, then the dates."""

    def build(document):
        document.add_heading("Hannah Okonkwo-Reid", level=0)
        document.add_paragraph("Leeds · hannah.okreid@gmail.com · 07700 900 845")
        _heading(document, "Career History")
        for line in (
            "Policy Adviser, Department for Education (Sheffield), 2019 – present",
            "Higher Executive Officer, HM Revenue & Customs (Nottingham), 2016 – 2019",
            "Executive Officer, Department for Work and Pensions (Leeds), Sept 2013 – Mar 2016",
        ):
            document.add_paragraph(line, style="List Bullet")
        _heading(document, "Education")
        document.add_paragraph("MA Public Policy, University of York, 2013")
        document.add_paragraph("BA (Hons) Politics, University of Leeds, 2012")

    return _docx(build)


def _latex_entries(pdf, top: float, entries, first_bold: bool = True) -> float:
    """Two lines an entry in the common LaTeX layout: bold left / right text, then italic
    left / right text, bullets under them. Returns where the next line goes."""
    y = top
    for upper_left, upper_right, lower_left, lower_right, bullets in entries:
        pdf.setFont("Times-Bold" if first_bold else "Times-Italic", 11)
        pdf.drawString(54, y, upper_left)
        pdf.setFont("Times-Roman", 11)
        pdf.drawRightString(558, y, upper_right)
        y -= 13
        pdf.setFont("Times-Italic" if first_bold else "Times-Bold", 10.5)
        pdf.drawString(54, y, lower_left)
        pdf.setFont("Times-Italic", 10.5)
        pdf.drawRightString(558, y, lower_right)
        y -= 13
        pdf.setFont("Times-Roman", 10.5)
        for bullet in bullets:
            pdf.drawString(66, y, "•  " + bullet)
            y -= 12.5
        y -= 5
    return y


def _section(pdf, y: float, title: str) -> float:
    pdf.setFont("Times-Roman", 12)
    pdf.drawString(54, y, title)
    pdf.line(54, y - 3, 558, y - 3)
    return y - 17


def latex_engineer() -> bytes:
    """The one-page LaTeX layout students and engineers use: the employer bold on the left
    with its city on the right, the title in italics on the left with the dates on the right."""

    def draw(pdf):
        pdf.setFont("Times-Bold", 22)
        pdf.drawCentredString(306, 750, "Ifeoma Chukwu")
        pdf.setFont("Times-Roman", 10)
        pdf.drawCentredString(
            306, 734, "347-555-0126 | ifeoma.chukwu@cornell.edu | linkedin.com/in/ifeomachukwu"
        )
        y = _section(pdf, 708, "Education")
        y = _latex_entries(
            pdf,
            y,
            [
                (
                    "Cornell University",
                    "Ithaca, NY",
                    "Bachelor of Science in Civil Engineering",
                    "Aug. 2016 – May 2020",
                    [],
                )
            ],
        )
        y = _section(pdf, y - 4, "Experience")
        y = _latex_entries(
            pdf,
            y,
            [
                (
                    "Arup",
                    "New York, NY",
                    "Structural Engineer I",
                    "June 2020 – Present",
                    [
                        "Designed steel and concrete framing for two mid-rise residential towers.",
                        "Ran wind-tunnel load cases in ETABS and wrote the calculation package.",
                    ],
                ),
                (
                    "Thornton Tomasetti",
                    "New York, NY",
                    "Structural Engineering Intern",
                    "Summer 2019",
                    ["Checked connection details for a 40-storey office retrofit."],
                ),
                (
                    "New York State Department of Transportation",
                    "Albany, NY",
                    "Engineering Aide (Seasonal)",
                    "May 2018 – Aug. 2018",
                    ["Bridge inspection support and field measurements on Route 9."],
                ),
            ],
        )
        y = _section(pdf, y - 4, "Technical Skills")
        pdf.setFont("Times-Roman", 10.5)
        pdf.drawString(54, y, "ETABS, SAP2000, Revit, AutoCAD, Python, Excel VBA")

    return _pdf(draw)


def pharmacist_nigeria() -> bytes:
    """Held out. "Company | City | Dates" in one paragraph, the title bold under it."""

    def build(document):
        document.add_heading("Pharm. Oluwaseun Adebayo-Okeke", level=1)
        document.add_paragraph(
            "Ibadan, Oyo State · +234 805 555 7716 · seun.adebayo.pharm@gmail.com"
        )
        _heading(document, "PROFESSIONAL EXPERIENCE")
        for header, title, bullets in (
            (
                "University College Hospital | Ibadan | February 2020 – Date",
                "Senior Pharmacist, Oncology Pharmacy",
                ["Compounding of cytotoxics; clinical review of 60 chemotherapy orders a week."],
            ),
            (
                "HealthPlus Limited | Lagos | 2017 – 2020",
                "Community Pharmacist / Branch Manager",
                ["Managed a branch with 9 staff and ₦14m monthly sales."],
            ),
            (
                "Lagos University Teaching Hospital | Idi-Araba, Lagos | 2016 – 2017",
                "Intern Pharmacist",
                [],
            ),
        ):
            document.add_paragraph(header)
            document.add_paragraph().add_run(title).bold = True
            for bullet in bullets:
                document.add_paragraph(bullet, style="List Bullet")
        _heading(document, "EDUCATION")
        document.add_paragraph(
            "Bachelor of Pharmacy (B.Pharm), Obafemi Awolowo University, Ile-Ife, 2015"
        )
        _heading(document, "PROFESSIONAL MEMBERSHIP")
        document.add_paragraph("Pharmacists Council of Nigeria (PCN) – Registered 2016")

    return _docx(build)


def teacher_australia() -> bytes:
    """Held out. The title and the dates on one line, the dates at a right tab stop; the
    school and suburb on the next line."""

    def build(document):
        document.add_paragraph().add_run("Kirsty Whitfield").bold = True
        document.add_paragraph(
            "Brisbane QLD · 0433 555 218 · kirsty.whitfield@education.qld.gov.au"
        )
        _heading(document, "Teaching Experience")
        for header, school, bullets in (
            (
                "Head of Department – Humanities\tTerm 1 2021 – current",
                "Kelvin Grove State College, Kelvin Grove",
                [
                    "Lead 11 teachers; rewrote the Year 7–10 geography program for the "
                    "Australian Curriculum v9."
                ],
            ),
            (
                "Secondary Teacher (History & Geography)\tJan 2015 – Dec 2020",
                "Mansfield State High School, Mansfield",
                ["Year 12 Modern History; moderation panel member."],
            ),
            (
                "Relief Teacher\t2013 – 2014",
                "Catholic Education, Archdiocese of Brisbane",
                [],
            ),
        ):
            paragraph = document.add_paragraph()
            _right_tab(paragraph)
            paragraph.add_run(header).bold = True
            document.add_paragraph(school)
            for bullet in bullets:
                document.add_paragraph(bullet, style="List Bullet")
        _heading(document, "Qualifications")
        document.add_paragraph(
            "Graduate Diploma of Education (Secondary), Griffith University, 2012"
        )
        document.add_paragraph("Bachelor of Arts (History), The University of Queensland, 2011")

    return _docx(build)


def paralegal_latex() -> bytes:
    """Held out. The LaTeX layout the other way round: the title bold on the left with the
    dates on the right, the firm in italics with its city on the right."""

    def draw(pdf):
        pdf.setFont("Times-Bold", 20)
        pdf.drawCentredString(306, 750, "Marisol Gutierrez")
        pdf.setFont("Times-Roman", 10)
        pdf.drawCentredString(
            306, 734, "Houston, TX | 713-555-0164 | marisol.gutierrez.law@gmail.com"
        )
        y = _section(pdf, 708, "Professional Experience")
        y = _latex_entries(
            pdf,
            y,
            [
                (
                    "Senior Litigation Paralegal",
                    "Apr. 2021 – Present",
                    "Vinson & Elkins LLP",
                    "Houston, TX",
                    [
                        "Manage e-discovery for energy disputes (Relativity, 2M+ documents).",
                        "Prepare trial binders and exhibit lists for three partners.",
                    ],
                ),
                (
                    "Paralegal",
                    "Jan. 2017 – Mar. 2021",
                    "Harris County Attorney's Office",
                    "Houston, TX",
                    ["Drafted discovery responses and tracked deadlines for 140 active cases."],
                ),
                (
                    "Legal Assistant",
                    "2014 – 2016",
                    "Ramirez & Associates, PLLC",
                    "Pasadena, TX",
                    [],
                ),
            ],
        )
        y = _section(pdf, y - 4, "Education")
        _latex_entries(
            pdf,
            y,
            [
                (
                    "University of Houston–Downtown",
                    "Houston, TX",
                    "Bachelor of Arts in Criminal Justice",
                    "2010 – 2014",
                    [],
                ),
            ],
        )

    return _pdf(draw)


def procurement_quarters() -> bytes:
    """Held out. All-caps headings; the title, the employer, then the dates on their own
    line in quarters and year/month forms."""

    def build(document):
        document.add_paragraph().add_run("Anneke de Vries-Mahlangu").bold = True
        document.add_paragraph(
            "Rotterdam, Netherlands | +31 6 5555 0917 | anneke.devries@kpnmail.nl"
        )
        _heading(document, "PROFESSIONAL EXPERIENCE")
        for title, employer, dates, bullets in (
            (
                "Category Manager, Indirect Procurement",
                "Unilever, Rotterdam",
                "Q3 2019 – present",
                ["€180m spend across facilities, marketing services and IT hardware."],
            ),
            (
                "Senior Buyer",
                "Royal FrieslandCampina N.V., Amersfoort",
                "2016/05 – 2019/06",
                ["Packaging materials; renegotiated 14 supplier contracts (-7% cost)."],
            ),
            (
                "Purchasing Assistant",
                "Sasol, Johannesburg, South Africa",
                "2013/01 – 2016/03",
                [],
            ),
        ):
            document.add_paragraph().add_run(title).bold = True
            document.add_paragraph(employer)
            document.add_paragraph(dates)
            for bullet in bullets:
                document.add_paragraph(bullet, style="List Bullet")
        _heading(document, "EDUCATION")
        document.add_paragraph("MSc Supply Chain Management – Erasmus University Rotterdam (2013)")
        document.add_paragraph("BCom Logistics – University of Johannesburg (2011)")

    return _docx(build)


FILES = {
    "02_electrician_uk.docx": electrician_uk,
    "08_caps_banker_brazil.docx": caps_banker_brazil,
    "11_civil_servant_oneliners.docx": civil_servant_oneliners,
    "12_latex_engineer.pdf": latex_engineer,
    "13_pharmacist_nigeria.docx": pharmacist_nigeria,
    "17_teacher_australia.docx": teacher_australia,
    "18_paralegal_latex.pdf": paralegal_latex,
    "24_procurement_quarters.docx": procurement_quarters,
}


def write_files(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, build in FILES.items():
        (folder / name).write_bytes(build())


if __name__ == "__main__":
    write_files()

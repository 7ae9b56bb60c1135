"""Word and PDF resumes of the families the other labelled sets leave out.

Truck drivers, electricians, care workers, new graduates, academics and federal
applicants write their resumes in shapes of their own: a contact block in the
page's header, a table whose left column holds the dates, a CV of appointments
with a thesis and an advisor, a federal job's hours, grade and supervisor, a
two-column page with French month names. The text and Markdown files of the
`families` set sit beside these in `data/labelled/families/`.

Every file was labelled (`families.json`, `families-heldout.json`) before the
parser first read it; `families-heldout.json` names the files no rule is tuned on,
`families-second.json` a second batch written after the first batch's rules,
`families-third.json` a third after the second's, `families-fourth.json` a fourth,
`families-fifth.json` a fifth (students, sales, veterans, promotions under one employer,
per-diem nurses, UK, Indian, Australian and Canadian bilingual resumes).
`python -m resumeopt.tests.families` writes the Word and PDF files.
"""

from __future__ import annotations

import io
from pathlib import Path

FOLDER = Path(__file__).parent / "data" / "labelled" / "families"


def _docx(build) -> bytes:
    from docx import Document

    document = Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def truck_driver() -> bytes:
    """Contact details in the page header, jobs as bold employer lines, then title and dates."""

    def build(document):
        header = document.sections[0].header.paragraphs[0]
        header.text = (
            'RAYMOND "RAY" KOWALCZYK\nGary, IN 46402 · 219-555-0177 · raykowalczyk@yahoo.com'
        )
        document.sections[0].footer.paragraphs[0].text = "References available upon request"
        document.add_paragraph("Class A CDL Driver — 11 years, 1.2 million safe miles")
        document.add_heading("Licenses & Endorsements", level=2)
        document.add_paragraph("Class A CDL (Indiana), Hazmat (H), Tanker (N), Doubles/Triples (T)")
        document.add_paragraph("DOT Medical Card current through 03/2026; TWIC card")
        document.add_heading("Driving Experience", level=2)
        for employer, title, dates, bullets in (
            (
                "Miller & Sons Freight Inc., Hammond, IN",
                "OTR Driver – Dry Van & Reefer",
                "April 2019 – Present",
                [
                    "Run 48-state routes averaging 2,600 miles a week with on-time delivery of"
                    " 99%.",
                    "Keep ELD logs (Omnitracs) compliant with HOS rules; no violations in 5 years.",
                ],
            ),
            (
                "Schneider National",
                "Regional Tanker Driver",
                "June 2015 – March 2019",
                ["Hauled food-grade liquids to plants across IN, IL, OH and MI."],
            ),
            (
                "U.S. Xpress",
                "Driver Trainee",
                "Sept 2013 – May 2015",
                [],
            ),
        ):
            run = document.add_paragraph().add_run(employer)
            run.bold = True
            document.add_paragraph(f"{title}\t{dates}")
            for bullet in bullets:
                document.add_paragraph(bullet, style="List Bullet")
        document.add_heading("Training", level=2)
        document.add_paragraph(
            "Ivy Tech Community College, Gary, IN — CDL Class A Certificate, 2013"
        )
        document.add_paragraph("Lew Wallace High School — High School Diploma, 2008")

    return _docx(build)


def electrician_apprentice() -> bytes:
    """A two-column table: dates on the left, what happened on the right."""

    def build(document):
        title = document.add_paragraph()
        title.add_run("Connor J. McAllister").bold = True
        document.add_paragraph(
            "Electrician Apprentice (4th year) · Boise, ID · 208-555-0150 · cmcallister@gmail.com"
        )
        table = document.add_table(rows=0, cols=2)
        rows = [
            ("WORK EXPERIENCE", ""),
            (
                "01/2022 – Present",
                "Electrical Apprentice\nCAPITOL ELECTRIC & CONTROLS, LLC, Boise, ID\n"
                "Rough-in and trim of commercial lighting, conduit bending (EMT, rigid), panel"
                " terminations.",
            ),
            (
                "05/2020 – 12/2021",
                "Pre-Apprentice / Helper\nB&R Electric Co., Meridian, ID\n"
                "Pulled wire, set boxes, and kept material staged for a 6-man crew.",
            ),
            (
                "2018 – 2020",
                "Lot Attendant\nLarry H. Miller Toyota Boise\nMoved and washed inventory, ran"
                " parts.",
            ),
            ("EDUCATION & TRAINING", ""),
            (
                "2022 – Present",
                "IEC Idaho Apprenticeship Program (8,000-hour Electrician Apprenticeship)\n"
                "Independent Electrical Contractors of Idaho",
            ),
            (
                "2020",
                "College of Western Idaho\nBasic Technical Certificate, Electrical Foundations",
            ),
            ("LICENSES", ""),
            ("2022", "Idaho Apprentice Electrician Registration #AE-061234; OSHA 30"),
        ]
        for left, right in rows:
            cells = table.add_row().cells
            cells[0].text = left
            cells[1].text = right

    return _docx(build)


def academic_cv() -> bytes:
    """An academic CV in Word: sections as headings, each entry a row of a year/text table."""

    def build(document):
        document.add_heading("Tomasz Wiśniewski, PhD", level=1)
        document.add_paragraph(
            "School of Chemistry, University of Edinburgh, EH9 3FJ · t.wisniewski@ed.ac.uk"
        )
        for heading, rows in (
            (
                "Academic Positions",
                [
                    ("2021–", "Lecturer in Physical Chemistry, University of Edinburgh"),
                    (
                        "2018–2021",
                        "Marie Skłodowska-Curie Fellow, ETH Zürich, Laboratory of Physical"
                        " Chemistry",
                    ),
                    (
                        "2016–2018",
                        "Research Associate, University of Cambridge, Department of Chemistry",
                    ),
                ],
            ),
            (
                "Education",
                [
                    (
                        "2012–2016",
                        "DPhil in Chemistry, University of Oxford\n"
                        "Thesis: Ultrafast spectroscopy of photosynthetic complexes."
                        " Supervisor: Prof. Helen Marsh",
                    ),
                    ("2007–2012", "MSc in Chemistry, University of Warsaw"),
                ],
            ),
            (
                "Selected Publications",
                [
                    (
                        "2023",
                        "Wiśniewski T. et al. Coherent energy transfer in LH2. J. Phys. Chem."
                        " Lett. 14, 1201.",
                    ),
                    (
                        "2020",
                        "Wiśniewski T., Müller K. Vibronic mixing revisited. Nature Chemistry"
                        " 12, 455.",
                    ),
                ],
            ),
            ("Funding", [("2022", "EPSRC New Investigator Award, £420,000")]),
        ):
            document.add_heading(heading, level=2)
            table = document.add_table(rows=0, cols=2)
            for year, text in rows:
                cells = table.add_row().cells
                cells[0].text = year
                cells[1].text = text

    return _docx(build)


def _pdf(draw) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter, invariant=True)
    draw(pdf)
    pdf.save()
    return buffer.getvalue()


def _lines(pdf, x: float, top: float, lines: list[tuple[str, str]], leading: float = 13) -> None:
    """Draw (kind, text) lines down from `top`: headings bold with space above them."""
    y = top
    for kind, text in lines:
        if kind == "gap":
            y -= leading / 2
            continue
        if kind == "heading":
            y -= leading / 2
        font = "Helvetica-Bold" if kind in ("name", "heading", "bold") else "Helvetica"
        size = {"name": 18, "heading": 11}.get(kind, 9.5)
        pdf.setFont(font, size)
        pdf.drawString(x, y, text)
        y -= leading + (6 if kind == "name" else 0)


def new_graduate() -> bytes:
    """One column, education first with GPA and coursework, internships, projects."""
    lines = [
        ("name", "Aisha Mohammed"),
        (
            "text",
            "Chicago, IL | aisha.mohammed@u.northwestern.edu | (312) 555-0101 | github.com/aisham",
        ),
        ("heading", "EDUCATION"),
        (
            "bold",
            "Northwestern University, Evanston, IL                                   Expected"
            " June 2025",
        ),
        ("text", "Bachelor of Science in Industrial Engineering, Minor in Computer Science"),
        ("text", "GPA: 3.78/4.00 | Dean's List (6 quarters)"),
        (
            "text",
            "Relevant Coursework: Optimization, Stochastic Models, Data Structures, Supply"
            " Chain Analytics",
        ),
        ("heading", "INTERNSHIP EXPERIENCE"),
        (
            "bold",
            "Supply Chain Analyst Intern                                            June 2024"
            " – Sept 2024",
        ),
        ("text", "Procter & Gamble, Cincinnati, OH"),
        (
            "text",
            "• Built a Python model of safety stock for 1,400 SKUs that freed $2.1M of inventory.",
        ),
        (
            "bold",
            "Operations Research Intern                                             June 2023"
            " – Aug 2023",
        ),
        ("text", "United Airlines, Chicago, IL"),
        ("text", "• Cut crew-pairing solve time 30% by warm-starting the Gurobi model."),
        ("heading", "PROJECTS"),
        (
            "bold",
            "Dining Hall Queue Simulator (Python, SimPy)                                      2024",
        ),
        (
            "text",
            "• Simulated lunch rush at Allison Hall; recommended a second register, adopted in"
            " fall.",
        ),
        ("heading", "LEADERSHIP"),
        (
            "text",
            "Vice President, Institute of Industrial and Systems Engineers (IISE) student"
            " chapter, 2023–2024",
        ),
        ("heading", "SKILLS"),
        (
            "text",
            "Python, SQL, Gurobi, Tableau, Excel (VBA), Arena; Arabic (native), English (fluent)",
        ),
    ]
    return _pdf(lambda pdf: _lines(pdf, 54, 740, lines))


def care_worker_fr() -> bytes:
    """Two columns: a narrow left sidebar (contact, skills) and the main column in French."""
    side = [
        ("heading", "CONTACT"),
        ("text", "06 12 34 56 78"),
        ("text", "m.lefebvre@orange.fr"),
        ("text", "Lyon 7e"),
        ("heading", "COMPÉTENCES"),
        ("text", "Toilette et hygiène"),
        ("text", "Aide aux repas"),
        ("text", "Transferts (lève-personne)"),
        ("text", "Transmissions écrites"),
        ("heading", "LANGUES"),
        ("text", "Français, Arabe"),
    ]
    main = [
        ("name", "Myriam Lefebvre"),
        ("text", "Aide-soignante diplômée d'État"),
        ("heading", "EXPÉRIENCE PROFESSIONNELLE"),
        ("bold", "Aide-soignante"),
        ("text", "EHPAD Les Jardins de Saint-Just, Lyon"),
        ("text", "février 2021 – aujourd'hui"),
        ("text", "• Soins d'hygiène et de confort auprès de 30 résidents."),
        ("text", "• Participation aux transmissions et au projet de vie."),
        ("gap", ""),
        ("bold", "Agente de service hospitalier"),
        ("text", "Hospices Civils de Lyon – Hôpital Édouard Herriot"),
        ("text", "septembre 2017 – janvier 2021"),
        ("text", "• Bionettoyage des chambres et distribution des repas."),
        ("gap", ""),
        ("bold", "Auxiliaire de vie"),
        ("text", "ADMR du Rhône, Villeurbanne"),
        ("text", "juillet 2015 – août 2017"),
        ("heading", "FORMATION"),
        ("bold", "Diplôme d'État d'Aide-Soignant (DEAS)"),
        ("text", "IFAS de la Croix-Rouge française, Lyon — 2020"),
        ("bold", "Baccalauréat professionnel ASSP"),
        ("text", "Lycée professionnel Magenta, Villeurbanne — 2015"),
    ]

    def draw(pdf):
        pdf.setFillColorRGB(0.93, 0.95, 0.97)
        pdf.rect(0, 0, 170, 792, fill=1, stroke=0)
        pdf.setFillColorRGB(0, 0, 0)
        _lines(pdf, 24, 700, side, leading=14)
        _lines(pdf, 196, 740, main, leading=13)

    return _pdf(draw)


def federal_pdf() -> bytes:
    """A federal resume: each job with its grade, hours per week and supervisor."""
    lines = [
        ("name", "Rosa M. Villanueva"),
        ("text", "San Antonio, TX 78228 · (210) 555-0139 · rosa.villanueva@gmail.com"),
        ("text", "U.S. Citizen · Federal Civilian Employee · Not a veteran"),
        ("heading", "WORK EXPERIENCE"),
        ("bold", "Department of Veterans Affairs, South Texas Veterans Health Care System"),
        ("text", "7400 Merton Minter Blvd, San Antonio, TX 78229"),
        ("text", "Medical Support Assistant (GS-0679-06)"),
        ("text", "03/2020 – Present | 40 hours per week | $44,956 per year"),
        ("text", "Supervisor: Mr. Daniel Ortiz, 210-555-0102, okay to contact"),
        ("text", "• Schedule 60+ primary care appointments a day in VistA and Cerner."),
        ("text", "• Verify eligibility and insurance, and scan records into the patient chart."),
        ("gap", ""),
        ("bold", "H-E-B Grocery Company, LP"),
        ("text", "San Antonio, TX"),
        ("text", "Pharmacy Technician"),
        ("text", "08/2016 – 02/2020 | 36 hours per week"),
        ("text", "Supervisor: Ms. Lydia Pham, RPh, 210-555-0188, may contact"),
        ("text", "• Filled 300 prescriptions per shift and handled insurance rejections."),
        ("heading", "EDUCATION"),
        ("text", "San Antonio College, San Antonio, TX"),
        ("text", "Associate of Applied Science, Health Information Technology, 05/2019"),
        ("text", "60 semester hours"),
        ("heading", "CERTIFICATIONS"),
        ("text", "Certified Pharmacy Technician (CPhT), PTCB, 2016"),
    ]
    return _pdf(lambda pdf: _lines(pdf, 54, 740, lines))


def caregiver_es() -> bytes:
    """Contact details in the header, each job a row of a table: months in Spanish, the
    employer and the title in the right-hand cell."""

    def build(document):
        header = document.sections[0].header.paragraphs[0]
        header.text = "Lucía Fernández Ríos · Sevilla · 655 123 987 · lucia.fr@hotmail.es"
        document.add_heading("Auxiliar de Enfermería / Cuidadora", level=1)
        document.add_heading("Experiencia laboral", level=2)
        table = document.add_table(rows=0, cols=2)
        for dates, text in (
            (
                "marzo 2020 – actualidad",
                "Auxiliar de Enfermería\nHospital Universitario Virgen del Rocío, Sevilla\n"
                "Higiene, movilización y alimentación de pacientes en planta de medicina interna.",
            ),
            (
                "octubre 2017 – febrero 2020",
                "Gerocultora\nDomusVi Residencia Sevilla Este\n"
                "Atención a 22 residentes con dependencia severa.",
            ),
            ("junio 2016 – septiembre 2017", "Cuidadora a domicilio\nClece S.A., Dos Hermanas"),
        ):
            cells = table.add_row().cells
            cells[0].text = dates
            cells[1].text = text
        document.add_heading("Formación", level=2)
        table = document.add_table(rows=0, cols=2)
        for dates, text in (
            (
                "2014 – 2016",
                "Técnico en Cuidados Auxiliares de Enfermería\nIES Hermanos Machado, Sevilla",
            ),
            ("2019", "Certificado de Profesionalidad: Atención Sociosanitaria\nCruz Roja Española"),
        ):
            cells = table.add_row().cells
            cells[0].text = dates
            cells[1].text = text
        document.add_heading("Idiomas", level=2)
        document.add_paragraph("Español (nativo), Inglés (A2)")

    return _docx(build)


def graduate_two_columns() -> bytes:
    """A new graduate's page in two columns: education, skills and languages on the left,
    internships and projects on the right."""
    side = [
        ("heading", "EDUCATION"),
        ("bold", "Georgia Institute of"),
        ("bold", "Technology"),
        ("text", "B.S. Computer Engineering"),
        ("text", "Aug 2020 – May 2024"),
        ("text", "GPA 3.6 / 4.0"),
        ("heading", "SKILLS"),
        ("text", "C, C++, Verilog, Python"),
        ("text", "FPGA, MATLAB, Git"),
        ("heading", "LANGUAGES"),
        ("text", "English, Korean"),
    ]
    main = [
        ("name", "Daniel Cho"),
        ("text", "Atlanta, GA · daniel.cho@gatech.edu · 470-555-0144"),
        ("heading", "INTERNSHIPS"),
        ("bold", "Hardware Engineering Intern"),
        ("text", "Texas Instruments, Dallas, TX · May 2023 – Aug 2023"),
        ("text", "• Wrote Python tests for a power-management IC's bring-up board."),
        ("gap", ""),
        ("bold", "Firmware Intern"),
        ("text", "NCR Voyix, Atlanta, GA · May 2022 – Aug 2022"),
        ("text", "• Fixed 14 bugs in the receipt printer's C firmware."),
        ("heading", "PROJECTS"),
        ("bold", "RISC-V Pipelined CPU (senior design)"),
        ("text", "Five-stage pipeline in Verilog on a Basys 3 FPGA, 2024"),
        ("heading", "ACTIVITIES"),
        ("text", "Teaching Assistant, ECE 2020 Digital Design, 2023 – 2024"),
    ]

    def draw(pdf):
        _lines(pdf, 40, 690, side, leading=14)
        _lines(pdf, 220, 740, main, leading=13)

    return _pdf(draw)


def academic_tabs() -> bytes:
    """An academic CV in Word, each line a year, a tab and the post or the degree."""

    def build(document):
        document.add_heading("Dr Siobhán Kelly", level=1)
        document.add_paragraph("School of Geography, University of Leeds · s.kelly@leeds.ac.uk")
        document.add_heading("Positions held", level=2)
        for text in (
            "2019–present\tAssociate Professor in Human Geography, University of Leeds",
            "2015–2019\tLecturer in Geography, Maynooth University",
            "2013–2015\tResearch Fellow, Trinity College Dublin",
        ):
            document.add_paragraph(text)
        document.add_heading("Qualifications", level=2)
        for text in (
            "2013\tPhD in Geography, University of Glasgow",
            "\tThesis: Housing, memory and the Irish small town. Supervisor: Prof. A. Dunn",
            "2008\tBA (Hons) Geography and Sociology, University College Cork",
        ):
            document.add_paragraph(text)
        document.add_heading("Selected publications", level=2)
        document.add_paragraph(
            "Kelly, S. (2021) Small towns after the boom. Transactions of the IBG 46(2): 310-324."
        )

    return _docx(build)


def federal_labelled_pdf() -> bytes:
    """A federal resume whose jobs are blocks of labelled fields."""
    lines = [
        ("name", "Angela R. Whitfield"),
        ("text", "Columbus, GA 31904 | angela.whitfield@gmail.com | 706-555-0129"),
        ("heading", "EXPERIENCE"),
        ("text", "Employer: Department of the Army, Fort Moore Garrison"),
        ("text", "Title: Human Resources Assistant (Military), GS-0203-07"),
        ("text", "Dates of Employment: 11/2020 to Present"),
        ("text", "Hours: 40 per week | Supervisor: Mr. Carl Ruiz, 706-555-0133 | Contact: Yes"),
        ("text", "• Process in- and out-processing actions for 300 soldiers a month."),
        ("gap", ""),
        ("text", "Employer: Piedmont Columbus Regional"),
        ("text", "Title: Patient Registration Clerk"),
        ("text", "Dates of Employment: 04/2017 to 10/2020"),
        ("text", "Hours: 36 per week"),
        ("text", "• Registered 80 emergency patients a shift."),
        ("heading", "EDUCATION"),
        ("text", "Columbus State University, Columbus, GA"),
        ("text", "Bachelor of Science, Psychology, 12/2016"),
    ]
    return _pdf(lambda pdf: _lines(pdf, 54, 740, lines))


def military_to_civilian() -> bytes:
    """A veteran's resume: rank, unit and MOS in each job's header, service school below."""
    lines = [
        ("name", "JAMES T. CALLOWAY"),
        ("text", "Fayetteville, NC 28303 | (910) 555-0164 | jt.calloway@proton.me"),
        ("text", "Secret Clearance (active) | U.S. Army Veteran"),
        ("heading", "MILITARY EXPERIENCE"),
        ("bold", "Platoon Sergeant (E-7), 82nd Airborne Division, U.S. Army, Fort Liberty, NC"),
        ("text", "MOS 88M Motor Transport Operator | 06/2017 - 08/2023"),
        ("text", "- Led 38 soldiers and accounted for 52 vehicles worth $14M with zero losses"),
        ("text", "- Planned convoy logistics for two overseas deployments"),
        ("bold", "Squad Leader (E-5), 1st Cavalry Division, U.S. Army, Fort Hood, TX"),
        ("text", "MOS 88M | 03/2013 - 05/2017"),
        ("text", "- Trained 9 drivers; 100% pass rate on annual vehicle certifications"),
        ("heading", "CIVILIAN EXPERIENCE"),
        (
            "bold",
            "Fleet Operations Supervisor, Ryder System, Inc., Raleigh, NC | 10/2023 - Present",
        ),
        ("text", "- Supervise dispatch of 60 tractors across three shifts"),
        ("heading", "EDUCATION & TRAINING"),
        (
            "text",
            "Bachelor of Applied Science, Logistics Management - "
            "Fayetteville State University, 2022",
        ),
        ("text", "Senior Leader Course, U.S. Army NCO Academy, 2019"),
        ("heading", "SKILLS"),
        ("text", "Fleet management, DOT compliance, SAP, Microsoft Excel, team leadership"),
    ]
    return _pdf(lambda pdf: _lines(pdf, 54, 740, lines))


def promotions_one_employer() -> bytes:
    """One employer written once, three titles under it with their own dates."""

    def build(document):
        document.sections[0].header.paragraphs[
            0
        ].text = "Karen L. Osei  |  Columbus, OH  |  614-555-0110  |  karen.osei@gmail.com"
        document.add_heading("Karen L. Osei", level=0)
        document.add_heading("Professional Experience", level=1)
        heading = document.add_paragraph()
        heading.add_run("Nationwide Mutual Insurance Company").bold = True
        heading.add_run("\tColumbus, OH")
        for title, dates, bullet in (
            ("Claims Operations Manager", "2021 – Present", "Manage 24 adjusters and a $3M budget"),
            ("Senior Claims Adjuster", "2017 – 2021", "Settled complex auto liability claims"),
            ("Claims Adjuster", "2014 – 2017", "Handled 120 open property claims at a time"),
        ):
            line = document.add_paragraph()
            line.add_run(title).italic = True
            line.add_run(f"\t{dates}")
            document.add_paragraph(bullet, style="List Bullet")
        heading = document.add_paragraph()
        heading.add_run("State Farm").bold = True
        heading.add_run("\tNewark, OH")
        line = document.add_paragraph()
        line.add_run("Customer Service Representative").italic = True
        line.add_run("\t2012 – 2014")
        document.add_heading("Education", level=1)
        document.add_paragraph("The Ohio State University — Bachelor of Arts, Psychology, 2012")
        document.add_heading("Licenses", level=1)
        document.add_paragraph("Ohio Property & Casualty Adjuster License; AIC designation")

    return _docx(build)


def uk_hospitality() -> bytes:
    """A UK hospitality CV: 'to date', A-levels and GCSEs, a table of jobs."""

    def build(document):
        document.add_heading("Sophie Harrington", level=0)
        document.add_paragraph(
            "Manchester M14 5RH · 07700 900461 · sophie.harrington@btinternet.com"
        )
        document.add_heading("Personal Profile", level=1)
        document.add_paragraph("Guest-focused supervisor with six years in hotels and restaurants.")
        document.add_heading("Employment History", level=1)
        table = document.add_table(rows=0, cols=2)
        for dates, text in (
            (
                "Sept 2019 – to date",
                "Restaurant Supervisor\nThe Midland Hotel (QHotels), Manchester",
            ),
            ("June 2017 – Aug 2019", "Bar Team Member\nMitchells & Butlers plc – Browns Brasserie"),
            ("Oct 2015 – May 2017", "Waitress (part-time)\nPizza Express, Didsbury"),
        ):
            row = table.add_row().cells
            row[0].text = dates
            row[1].text = text
        document.add_heading("Education & Qualifications", level=1)
        document.add_paragraph("2015 – 2017  Xaverian College, Manchester")
        document.add_paragraph("A-levels: English Literature (B), Business Studies (C), French (C)")
        document.add_paragraph("2010 – 2015  Parrs Wood High School")
        document.add_paragraph("GCSEs: 9 GCSEs grades A*–C including Maths and English")
        document.add_paragraph("2018  Level 2 Award in Food Safety in Catering – Highfield")
        document.add_heading("References", level=1)
        document.add_paragraph("Available on request.")

    return _docx(build)


def australian_tafe() -> bytes:
    """An Australian resume: TAFE, 'Cert IV in ...', a tenure on the job line."""
    lines = [
        ("name", "Liam O'Connell"),
        ("text", "Parramatta NSW 2150  |  0412 555 873  |  liam.oconnell@bigpond.com"),
        ("heading", "CAREER SUMMARY"),
        ("text", "Licensed chef with eight years in clubs and hotel kitchens across Sydney."),
        ("heading", "EMPLOYMENT HISTORY"),
        ("bold", "Sous Chef  -  Rooty Hill RSL Club  -  Feb 2021 to Current"),
        ("text", "- Run a brigade of 12 across a 400-cover bistro and function rooms"),
        ("text", "- Wrote the HACCP food safety plan passed at the 2023 council audit"),
        ("bold", "Chef de Partie  -  Merivale (Ivy Precinct)  -  Mar 2018 to Jan 2021"),
        ("text", "- Ran the grill section; trained three apprentices"),
        ("bold", "Apprentice Chef  -  Novotel Sydney Parramatta  -  Jan 2015 to Feb 2018"),
        ("heading", "QUALIFICATIONS"),
        ("text", "Cert IV in Kitchen Management  -  TAFE NSW, Ryde  -  2019"),
        ("text", "Certificate III in Commercial Cookery  -  TAFE NSW, Granville  -  2017"),
        ("text", "Higher School Certificate (HSC)  -  Parramatta High School  -  2014"),
        ("heading", "LICENCES & TICKETS"),
        (
            "text",
            "RSA (NSW), Food Safety Supervisor Certificate, First Aid HLTAID011, Driver Licence C",
        ),
        ("heading", "REFEREES"),
        ("text", "Available upon request"),
    ]
    return _pdf(lambda pdf: _lines(pdf, 54, 740, lines))


FILES = {
    "05_truck_driver.docx": truck_driver,
    "06_new_grad.pdf": new_graduate,
    "08_electrician_table.docx": electrician_apprentice,
    "10_care_fr.pdf": care_worker_fr,
    "12_academic.docx": academic_cv,
    "13_federal.pdf": federal_pdf,
    "23_caregiver_es.docx": caregiver_es,
    "24_graduate_columns.pdf": graduate_two_columns,
    "26_academic_tabs.docx": academic_tabs,
    "27_federal_labelled.pdf": federal_labelled_pdf,
    "37_military.pdf": military_to_civilian,
    "38_promotions.docx": promotions_one_employer,
    "40_uk_hospitality.docx": uk_hospitality,
    "42_australia_tafe.pdf": australian_tafe,
}


def write_files(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, build in FILES.items():
        (folder / name).write_bytes(build())


if __name__ == "__main__":
    write_files()

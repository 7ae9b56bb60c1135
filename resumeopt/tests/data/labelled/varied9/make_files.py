"""Builds the Word and PDF resumes of varied9 (run once; the files are committed).

    /work/main/.venv/bin/python resumeopt/tests/data/labelled/varied9/make_files.py

The labels in ../varied9-retired.json were written from these texts before any parser read them.
"""

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

HERE = Path(__file__).parent


def uk_hgv_driver() -> None:
    """A driver's CV with its work history in a four-column table and licences in cells."""
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Curriculum Vitae"
    name = doc.add_paragraph()
    run = name.add_run("Darren Whitlock")
    run.bold = True
    run.font.size = Pt(20)
    doc.add_paragraph("14 Greenview Drive, Northampton NN3 7PL")
    doc.add_paragraph("Mobile: 07700 900 416   Email: darren.whitlock77@outlook.com")
    doc.add_heading("Personal Profile", level=2)
    doc.add_paragraph(
        "Class 1 driver with 11 years in distribution: night trunking, multi-drop and warehouse "
        "work. Clean licence, no accidents, used to tight delivery windows and Microlise "
        "telematics. Happy to work nights and weekends."
    )
    doc.add_heading("Licences & Certificates", level=2)
    table = doc.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    cells = [
        ("Driving licence", "C+E, C, B (0 points)"),
        ("Driver CPC", "Valid to 09/2027 (DQC held); digital tachograph card"),
        ("Other", "ADR (packages & tanks, class 3), Counterbalance & Reach FLT (RTITB)"),
    ]
    for row, (label, text) in zip(table.rows, cells, strict=True):
        row.cells[0].text = label
        row.cells[1].text = text
    doc.add_heading("Employment History", level=2)
    jobs = [
        ("Dates", "Company", "Location", "Position"),
        (
            "Mar 2020 – Present",
            "Wincanton plc",
            "Daventry (DIRFT)",
            "Class 1 HGV Driver – night trunking to RDCs",
        ),
        (
            "Sep 2016 – Feb 2020",
            "DHL Supply Chain",
            "Northampton",
            "Class 2 Driver / Warehouse Operative",
        ),
        (
            "May 2012 – Aug 2016",
            "Screwfix Distribution",
            "Stoke-on-Trent",
            "Warehouse Operative (FLT)",
        ),
    ]
    table = doc.add_table(rows=len(jobs), cols=4)
    table.style = "Table Grid"
    for row, values in zip(table.rows, jobs, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    doc.add_paragraph(
        "Duties: walkaround checks and defect reports, load security, tachograph and WTD "
        "compliance, POD on handheld, coupling and uncoupling, loading and unloading with "
        "pump truck and FLT."
    )
    doc.add_heading("Education & Training", level=2)
    doc.add_paragraph(
        "2014  Northampton College – NVQ Level 2 Certificate in Warehousing and Storage"
    )
    doc.add_paragraph("2008  Moulton School – 8 GCSEs (grades A*–C) including Maths and English")
    doc.add_heading("Hobbies", level=2)
    doc.add_paragraph("Carp fishing, five-a-side football, restoring old motorbikes.")
    doc.add_paragraph("References available on request.")
    doc.save(HERE / "03_uk_hgv_driver_tables.docx")


def de_lebenslauf() -> None:
    """A German Lebenslauf written in English: dates in the left cell, the rest in the right."""
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Lebenslauf / Curriculum Vitae"
    doc.add_heading("Julia Hoffmann", level=1)
    doc.add_heading("Personal Details", level=2)
    details = [
        ("Address", "Lindenstraße 12, 70176 Stuttgart"),
        ("Phone", "+49 151 2345 6789"),
        ("Email", "julia.hoffmann@web.de"),
        ("Date of birth", "14.05.1991 in Ludwigsburg"),
        ("Nationality", "German"),
    ]
    table = doc.add_table(rows=len(details), cols=2)
    for row, (label, value) in zip(table.rows, details, strict=True):
        row.cells[0].text = label
        row.cells[1].text = value

    def dated(rows: list[tuple[str, str]]) -> None:
        table = doc.add_table(rows=len(rows), cols=2)
        for row, (dates, text) in zip(table.rows, rows, strict=True):
            row.cells[0].text = dates
            lines = text.split("\n")
            row.cells[1].text = lines[0]
            for line in lines[1:]:
                row.cells[1].add_paragraph(line)

    doc.add_heading("Professional Experience", level=2)
    dated(
        [
            (
                "04/2020 – today",
                "Robert Bosch GmbH, Stuttgart-Feuerbach\nProject Engineer Powertrain Testing\n"
                "• Plan and run endurance tests of e-axle components on HIL and test benches\n"
                "• Evaluate measurement data with CANape and Python; report to customer projects",
            ),
            (
                "10/2016 – 03/2020",
                "Mahle GmbH, Stuttgart\nTest Engineer\n"
                "• Thermal management test programmes for battery cooling modules\n"
                "• DVP&R planning and test reports according to VDA 6.3",
            ),
            (
                "03/2014 – 08/2015",
                "Porsche AG, Weissach\nWorking Student, Vehicle Testing\n"
                "• Supported chassis test drives and data logging (20 h/week)",
            ),
        ]
    )
    doc.add_heading("Education", level=2)
    dated(
        [
            (
                "10/2011 – 09/2016",
                "Hochschule Esslingen\nBachelor of Engineering, Automotive Engineering "
                "(Fahrzeugtechnik)\nFinal grade: 1,9 – Thesis: Test bench for thermal "
                "runaway detection",
            ),
            (
                "09/2002 – 06/2011",
                "Königin-Katharina-Stift Gymnasium, Stuttgart\nAbitur (final grade 2,1)",
            ),
        ]
    )
    doc.add_heading("Skills", level=2)
    dated(
        [
            ("IT", "CANape, MATLAB/Simulink, Python, dSPACE, MS Office"),
            ("Languages", "German (native), English (C1), French (A2)"),
            ("Driving licence", "Class B"),
        ]
    )
    doc.add_paragraph("")
    doc.add_paragraph("Stuttgart, 02.11.2024")
    doc.add_paragraph("Julia Hoffmann")
    doc.save(HERE / "07_de_lebenslauf_tables.docx")


def ca_teacher() -> None:
    """The name and contacts in the page header, teaching posts in a two-column table."""
    doc = Document()
    header = doc.sections[0].header
    header.paragraphs[0].text = "Sarah-Jane MacDonald, B.Ed., OCT"
    header.add_paragraph("Ottawa, ON K2P 1L4 · 613-555-0148 · sj.macdonald.teaches@gmail.com")
    doc.add_heading("Qualifications", level=2)
    doc.add_paragraph(
        "Ontario Certified Teacher (OCT #654321) – Primary/Junior divisions. Additional "
        "Qualifications: Special Education Part 1 (2019), English as a Second Language Part 1 "
        "(2021)."
    )
    doc.add_heading("Teaching Experience", level=2)
    posts = [
        (
            "Sept. 2019 – Present",
            "Grade 3 Homeroom Teacher\nOttawa-Carleton District School Board – Elmdale Public "
            "School, Ottawa\nPlan and deliver the Ontario curriculum for 24 students; IEPs for 4 "
            "students with the Special Education Resource Teacher; weekly updates to families on "
            "Google Classroom.",
        ),
        (
            "Jan. 2017 – June 2019",
            "Long-Term Occasional (LTO) Teacher, Grades 1–2\nOttawa Catholic School Board, "
            "Ottawa\nThree LTO assignments covering parental leaves; guided reading and "
            "Jolly Phonics.",
        ),
        (
            "2016 – 2017",
            "Occasional Teacher (K–6)\nUpper Canada District School Board, Brockville",
        ),
    ]
    table = doc.add_table(rows=len(posts), cols=2)
    for row, (dates, text) in zip(table.rows, posts, strict=True):
        row.cells[0].text = dates
        lines = text.split("\n")
        row.cells[1].text = lines[0]
        for line in lines[1:]:
            row.cells[1].add_paragraph(line)
    doc.add_heading("Education", level=2)
    doc.add_paragraph("Bachelor of Education (Primary/Junior), University of Ottawa, 2016")
    doc.add_paragraph("Bachelor of Arts (Honours), Psychology, Carleton University, 2014")
    doc.add_heading("Skills", level=2)
    doc.add_paragraph(
        "Google Classroom · SMART Board · Differentiated instruction · Restorative practices · "
        "French (conversational)"
    )
    doc.add_heading("Volunteer", level=2)
    doc.add_paragraph("Coach, Junior Girls' Basketball, Elmdale Public School (2021 – present)")
    doc.save(HERE / "09_ca_teacher_header_table.docx")


def _lines(pdf: canvas.Canvas, x: float, y: float, lines: list[str], size: float = 9.5) -> float:
    for line in lines:
        bold = line.startswith("*")
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size + (1 if bold else 0))
        pdf.drawString(x, y, line.lstrip("*"))
        y -= size + 4
    return y


def br_engineer_two_columns() -> None:
    """A Brazilian CV in Portuguese: a sidebar of contacts and skills beside the main column."""
    pdf = canvas.Canvas(str(HERE / "06_br_engenheiro_two_col.pdf"), pagesize=A4)
    pdf.setTitle("Currículo - Rafael Nogueira Castro")
    width, height = A4
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(20 * mm, height - 25 * mm, "Rafael Nogueira Castro")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(20 * mm, height - 32 * mm, "Engenheiro Civil | CREA-MG 145.678/D")
    side = [
        "*CONTATO",
        "Belo Horizonte – MG",
        "(31) 99876-5432",
        "rafael.ncastro@gmail.com",
        "linkedin.com/in/rafaelncastro",
        "",
        "*COMPETÊNCIAS",
        "AutoCAD",
        "Revit (BIM)",
        "MS Project",
        "Orçamento de obras (SINAPI)",
        "Controle de qualidade",
        "NR-18 e NR-35",
        "",
        "*IDIOMAS",
        "Português – nativo",
        "Inglês – avançado",
        "Espanhol – intermediário",
    ]
    _lines(pdf, 20 * mm, height - 48 * mm, side)
    main = [
        "*EXPERIÊNCIA PROFISSIONAL",
        "*Engenheiro Civil Pleno",
        "MRV Engenharia – Belo Horizonte, MG | mar/2019 – atual",
        "• Gestão de 3 obras residenciais simultâneas (720 unidades)",
        "• Planejamento físico-financeiro e medições de empreiteiros",
        "• Redução de 12% no custo de concreto com controle de perdas",
        "",
        "*Engenheiro Civil Júnior",
        "Construtora Tenda S.A. – Contagem, MG | jan/2016 – fev/2019",
        "• Acompanhamento de fundações e estrutura em alvenaria estrutural",
        "• Fiscalização de segurança do trabalho (NR-18)",
        "",
        "*Estagiário de Engenharia",
        "Vale S.A. – Itabira, MG | ago/2014 – dez/2015",
        "• Apoio à manutenção de barragens e estradas de mina",
        "",
        "*FORMAÇÃO ACADÊMICA",
        "MBA em Gerenciamento de Projetos",
        "Fundação Getulio Vargas (FGV) | 2018 – 2020",
        "",
        "Bacharelado em Engenharia Civil",
        "Universidade Federal de Minas Gerais (UFMG) | 2010 – 2015",
        "",
        "*CURSOS",
        "Revit Structure – SENAI (40 h), 2021",
    ]
    _lines(pdf, 80 * mm, height - 48 * mm, main)
    pdf.save()


def za_accountant() -> None:
    """One column, each job on one line with pipes, SA qualifications under their own head."""
    pdf = canvas.Canvas(str(HERE / "10_za_accountant.pdf"), pagesize=A4)
    width, height = A4
    body = [
        "*THANDEKA NKOSI CA(SA)",
        "Johannesburg, Gauteng  |  +27 82 555 0193  |  thandeka.nkosi@icloud.com",
        "",
        "*PROFILE",
        "Chartered accountant with experience in external audit and group reporting for JSE-listed",
        "companies. IFRS, consolidations and month-end close; Caseware and SAP S/4HANA.",
        "",
        "*EXPERIENCE",
        "Financial Manager | Bidvest Group Limited | Johannesburg | Mar 2021 – Present",
        "• Group consolidation of 14 subsidiaries; IFRS 16 and IFRS 9 reporting",
        "• Lead a team of 4 accountants through a 5-day month-end close",
        "Audit Manager | PwC South Africa | Waterfall City, Midrand | Jan 2019 – Feb 2021",
        "• Managed audits of retail and mining clients with fees up to R6m",
        "Trainee Accountant (SAICA training contract) | PwC South Africa | Jan 2016 – Dec 2018",
        "• Rotations in assurance of listed and public-sector clients",
        "",
        "*QUALIFICATIONS",
        "Chartered Accountant (SA), SAICA member no. 20123456 – 2019",
        "Postgraduate Diploma in Accounting (CTA) – University of Johannesburg – 2015",
        "BCom Accounting (cum laude) – University of Johannesburg – 2014",
        "National Senior Certificate (Matric) – Pretoria High School for Girls – 2010",
        "",
        "*SKILLS",
        "IFRS • Consolidations • CaseWare • SAP S/4HANA • Excel (Power Query) • Tax (IT14)",
        "",
        "*LANGUAGES",
        "English, isiZulu, Afrikaans",
    ]
    _lines(pdf, 20 * mm, height - 25 * mm, body)
    pdf.save()


if __name__ == "__main__":
    uk_hgv_driver()
    de_lebenslauf()
    ca_teacher()
    br_engineer_two_columns()
    za_accountant()

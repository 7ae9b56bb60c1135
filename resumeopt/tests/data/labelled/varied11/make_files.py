"""Builds the Word and PDF resumes of varied11 (run once; the files are committed).

    /work/main/.venv/bin/python resumeopt/tests/data/labelled/varied11/make_files.py

The Word files look like the ones job seekers for software roles upload after a PDF
converter made them: a paragraph per printed line (sentences broken mid-way), two columns
flattened with the sidebar interleaved, the header in a table, headings glued to their
text, "Phone: ... Residence: ..." lines and a masked name. The text files beside them are
job-board (Indeed) pastes and one Markdown resume. The labels in ../varied11-heldout.json
were written from these texts before any parser read them; the set is never tuned on.
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Pt
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

HERE = Path(__file__).parent


def _lines(doc: Document, text: str, size: float | None = None, bold: bool = False) -> None:
    """One paragraph per printed line, as PDF-to-Word converters write them."""
    for line in text.strip("\n").split("\n"):
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def il_java_backend() -> None:
    """An Israeli backend developer's CV: the name masked, "Phone: ... Residence: ..."
    pairs, dates first in the history, lines broken where the PDF broke them."""
    doc = Document()
    _lines(
        doc,
        """
Backend Java Developer with 4+ years of experience, looking for a position in a product
company. Strong in Spring Boot microservices, Kafka and PostgreSQL.
""",
    )
    _lines(doc, "Yevgeni K******", size=16, bold=True)
    _lines(
        doc,
        """
Phone: 052-718-4406 Birth year: 1989
E-mail: yevgeni.k.dev@gmail.com Residence: Petah Tikva.
Linkedin: linkedin.com/in/yevgeni-k Languages: English, Hebrew, Russian.
""",
    )
    _lines(doc, "TECHNICAL SKILLS", bold=True)
    _lines(
        doc,
        """
Languages: Java 11/17, Kotlin (basic), SQL, Bash.
Frameworks: Spring Boot, Spring Data JPA, Spring Security, Hibernate, JUnit 5, Mockito,
Testcontainers. Messaging: Kafka, RabbitMQ.
Tools: Docker, Kubernetes (basic), Jenkins, GitLab CI, IntelliJ IDEA, Postman.
Databases: PostgreSQL, MongoDB, Redis. OS: Linux, Windows.
""",
    )
    _lines(doc, "PROFESSIONAL HISTORY", bold=True)
    _lines(
        doc,
        """
2021 – now Backend Developer, Optibus (Tel Aviv, Israel)
Main project: scheduling service for public transport operators.
Responsibilities:
• Development of REST microservices on Spring Boot, migration of the legacy
monolith modules to separate services;
• Kafka consumers for real-time vehicle events, about 40K messages
per minute;
• Writing unit and integration tests (JUnit, Testcontainers), code reviews.
2019 – 2021 Java Developer, Inetex (Rehovot, Israel)
Project: P2P car sharing platform.
• REST API on Spring Boot, PostgreSQL database design, Liquibase
migrations;
• Integration with the payment provider, notification service (email/SMS).
2014 – 2018 Engineer-technologist, Uralkhimmash (Yekaterinburg, Russia)
Preparation of technical documentation for pressure vessels, AutoCAD
drawings, quality control reports.
""",
    )
    _lines(doc, "EDUCATION", bold=True)
    _lines(
        doc,
        """
2018 – 2019 Tel-Ran College, Java Back-End Development course (1000 hours)
2007 – 2013 Ural Federal University, Master's degree, Mechanical Engineering
""",
    )
    doc.save(HERE / "01_il_java_backend_masked.docx")


def ua_qa_linkedin_flattened() -> None:
    """A LinkedIn PDF made into Word: the sidebar (contact, top skills, languages,
    certifications) interleaved line by line with the main column, page footers kept."""
    doc = Document()
    _lines(
        doc,
        """
Contact
Oleksandra Hnatiuk
+380 67 412 9083 (Mobile)
QA Automation Engineer | Playwright | Python
o.hnatiuk.qa@gmail.com
Lviv, Lviv Oblast, Ukraine
www.linkedin.com/in/ohnatiuk (LinkedIn)
Summary
Top Skills
QA Automation Engineer with 6 years in testing web and mobile
Playwright
applications. Built automation frameworks from scratch in two
pytest
companies, mentor for junior QA engineers.
API Testing
Languages
Experience
English (Full Professional)
SoftServe
Ukrainian (Native or Bilingual)
Senior QA Automation Engineer
Polish (Elementary)
Jan 2020 - now (4 years)
Certifications
Lviv, Ukraine
ISTQB Certified Tester Foundation Level
Automation framework for a US healthcare client: Playwright + pytest,
~1200 tests in CI (GitLab), Allure reports.
API tests with requests and schema validation; load tests in k6.
Mentoring of 3 junior engineers, test strategy for new modules.
Page 1 of 2
EPAM Systems
QA Engineer
Mar 2017 - Dec 2019 (2 years 10 months)
Lviv
Manual and automated testing of an e-commerce platform (Selenium WebDriver,
Java, TestNG). Regression planning, test cases in TestRail, bug reports in
Jira.
Lohika
Junior QA Engineer (intern)
Aug 2016 - Feb 2017 (7 months)
Lviv, Ukraine
Manual testing of mobile applications (iOS, Android).
Education
Lviv Polytechnic National University
Bachelor's degree, Computer Science · (2012 - 2016)
Page 2 of 2
""",
    )
    doc.save(HERE / "02_ua_qa_linkedin_flat.docx")


def in_devops_header_table() -> None:
    """An Indian DevOps resume: name and contact in a two-cell table, title and
    "04/2019 – Present" on one line (a right tab), the employer and town below."""
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = "RAHUL VERMA"
    left.paragraphs[0].runs[0].bold = True
    left.paragraphs[0].runs[0].font.size = Pt(18)
    left.add_paragraph("DevOps Engineer | AWS | Kubernetes")
    right.text = "+91-98110 47263"
    right.add_paragraph("rahul.verma.devops@gmail.com")
    right.add_paragraph("Gurugram, Haryana")
    sections = [
        ("PROFILE SUMMARY", []),
        (
            None,
            [
                "DevOps engineer with 8+ years of experience in CI/CD, AWS and Kubernetes. "
                "Comfortable owning production, from Terraform to on-call."
            ],
        ),
        ("CORE SKILLS", []),
        (
            None,
            [
                "Cloud: AWS (EC2, EKS, RDS, S3, IAM, CloudFormation), Azure (basic)",
                "IaC: Terraform, Ansible | CI/CD: Jenkins, GitHub Actions, ArgoCD",
                "Containers: Docker, Kubernetes, Helm | Monitoring: Prometheus, Grafana, ELK",
                "Scripting: Bash, Python, Groovy",
            ],
        ),
        ("PROFESSIONAL EXPERIENCE", []),
    ]
    for heading, lines in sections:
        if heading:
            _lines(doc, heading, bold=True)
        for line in lines:
            doc.add_paragraph(line)
    jobs = [
        (
            "Senior DevOps Engineer",
            "04/2019 – Present",
            "Nagarro Software Pvt. Ltd., Gurugram",
            [
                "• Migrated 40+ microservices from EC2 to EKS using Helm charts and ArgoCD",
                "(GitOps), cutting deploy time from 45 to 8 minutes.",
                "• Terraform modules for VPC, EKS and RDS reused across 6 client accounts.",
                "• On-call rotation, postmortems, cost reviews (saved ~18% of the AWS bill).",
            ],
        ),
        (
            "Build & Release Engineer",
            "07/2016 – 03/2019",
            "HCL Technologies Ltd, Noida",
            [
                "• Jenkins pipelines for Java/Maven applications, SonarQube quality gates.",
                "• Release management for a banking client, weekly deployments to UAT and PROD.",
            ],
        ),
        (
            "Linux System Administrator",
            "06/2014 – 06/2016",
            "Netweb Technologies, New Delhi",
            ["• RHEL/CentOS server administration, patching, backups, Nagios monitoring."],
        ),
    ]
    for title, dates, employer, bullets in jobs:
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(468), WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(title).bold = True
        paragraph.add_run(f"\t{dates}")
        doc.add_paragraph().add_run(employer).italic = True
        for bullet in bullets:
            doc.add_paragraph(bullet)
    _lines(doc, "EDUCATION", bold=True)
    _lines(
        doc,
        """
B.Tech (Computer Science & Engineering), 2014
Guru Gobind Singh Indraprastha University, Delhi – 72.4%
Senior Secondary (CBSE), 2010
Delhi Public School, R.K. Puram – 84%
""",
    )
    _lines(doc, "CERTIFICATIONS", bold=True)
    _lines(
        doc,
        """
AWS Certified Solutions Architect – Associate (2020)
Certified Kubernetes Administrator (CKA) – 2022
""",
    )
    _lines(doc, "PERSONAL DETAILS", bold=True)
    _lines(doc, "Date of Birth: 12 March 1992 | Languages: English, Hindi")
    doc.save(HERE / "03_in_devops_header_table.docx")


def us_data_glued_headings() -> None:
    """A US data analyst's resume where the converter glued each heading to the first
    line of its section ("EXPERIENCE Senior Data Analyst, ...")."""
    doc = Document()
    _lines(doc, "MARCUS J. WHITFIELD", size=18, bold=True)
    _lines(
        doc,
        """
Austin, TX 78745 | (512) 555-0148 | marcus.whitfield@protonmail.com | linkedin.com/in/mwhitfield
SUMMARY Data analyst with 8 years turning messy operational data into dashboards and
forecasts for retail and healthcare teams. SQL, Python, Tableau, dbt.
EXPERIENCE Senior Data Analyst, H-E-B Digital, Austin, TX Jan 2020 - now
• Own the demand-forecast dashboards used by 300+ store managers (Tableau,
Snowflake).
• Built dbt models for promotions data; cut weekly reporting from two days to two
hours.
• Partner with merchandising on A/B tests of pricing displays.
Data Analyst, Ascension Seton, Austin, TX Jun 2016 - Dec 2019
• Readmission and length-of-stay reporting for 9 hospitals; SQL Server, SSRS.
• Automated monthly quality measures with Python (pandas) and scheduled
jobs.
Reporting Analyst (contract), Robert Half for Dell Technologies, Round Rock, TX Aug 2015 - May 2016
• Excel/Access reports for supply chain, VBA macros.
EDUCATION M.S. in Business Analytics, The University of Texas at Austin, 2015
B.A. in Economics, Texas State University, San Marcos, TX, 2013, GPA 3.4
SKILLS SQL (Snowflake, SQL Server, Postgres), Python (pandas, scikit-learn), Tableau, Power BI,
dbt, Airflow, Excel, A/B testing, forecasting
CERTIFICATIONS Tableau Desktop Specialist (2019)
""",
    )
    doc.save(HERE / "04_us_data_glued_headings.docx")


def pl_frontend_two_columns_rows() -> None:
    """A Polish frontend developer's two-column CV flattened row by row: each paragraph
    is a line of the main column followed by the line of the sidebar beside it."""
    doc = Document()
    _lines(doc, "Kamil Zawadzki", size=20, bold=True)
    _lines(
        doc,
        """
Frontend Developer
Kraków, Poland • +48 601 237 845 • kamil.zawadzki@outlook.com • github.com/kzawadzki
ABOUT ME
Frontend developer (React, TypeScript) with 5 years of commercial experience. I care about
accessibility and performance and like working close to designers.
EXPERIENCE SKILLS
Frontend Developer React • TypeScript • Next.js
Ocado Technology, Kraków Redux Toolkit • React Query
09/2021 – Present Jest • Testing Library • Cypress
• Checkout and delivery-slot widgets in React/TypeScript used by Storybook • Figma • Vite
4M customers a month; LCP improved by 35%. Node.js • GraphQL • REST
• Design system components with Storybook, WCAG 2.1 AA audits.
Junior Frontend Developer LANGUAGES
Sii Polska, Kraków Polish – native
03/2019 – 08/2021 English – C1
• Angular and React projects for Nordic banking clients, unit tests with German – A2
Jest, Cypress e2e tests.
Web Developer (part-time) EDUCATION
Freelance AGH University of Science and Technology
10/2017 – 02/2019 Engineer's degree (inż.), Computer Science
• WordPress and Shopify stores for small businesses in Małopolska. 2015 – 2019
INTERESTS
Bouldering, board games
""",
    )
    doc.save(HERE / "05_pl_frontend_flat_rows.docx")


def ro_support_engineer() -> None:
    """A Romanian support engineer's CV from a PDF: lines broken mid-sentence, the
    employer and "2016-2018" each on their own line, page numbers kept."""
    doc = Document()
    _lines(doc, "Andrei-Mihai Popescu", size=18, bold=True)
    _lines(
        doc,
        """
Application Support Engineer (L2/L3)
Bucharest, Romania | andrei.popescu.ro@yahoo.com | +40 723 518 904
""",
    )
    _lines(doc, "Professional experience", size=13, bold=True)
    _lines(
        doc,
        """
Application Support Engineer L3
Endava, Bucharest
2018-present
Second and third line support for a payments platform used by UK banks: incident
investigation in Splunk and Kibana, SQL queries on Oracle and
PostgreSQL, root cause analysis and hand-over of defects to
development. On-call once per month; wrote 60+ knowledge base articles and
runbooks.
Technical Support Engineer
Oracle Romania
2016-2018
Support for Oracle Hospitality (MICROS) customers in EMEA, by phone and
ticket (Service Cloud). Reproduced issues in lab environments on Windows Server and SQL
Server.
1 / 2
Customer Care Agent (German)
Teleperformance Romania, Bucharest
2014-2016
Inbound calls and e-mails for a German telecom client; billing and
technical questions, first-call resolution above team average.
""",
    )
    _lines(doc, "Education", size=13, bold=True)
    _lines(
        doc,
        """
Bachelor in Automatic Control and Computer Science
Politehnica University of Bucharest
2010-2014
""",
    )
    _lines(doc, "Certifications", size=13, bold=True)
    _lines(doc, "ITIL 4 Foundation (2019); Microsoft Azure Fundamentals AZ-900 (2021)")
    _lines(doc, "Languages", size=13, bold=True)
    _lines(doc, "Romanian (native), English (C1), German (B2)")
    _lines(doc, "Technical skills", size=13, bold=True)
    _lines(
        doc,
        """
SQL (Oracle, PostgreSQL, MS SQL), Splunk, Kibana, Jira Service Management,
ServiceNow, Linux (bash, grep, awk), Postman, basic Python
2 / 2
""",
    )
    doc.save(HERE / "06_ro_support_engineer.docx")


def il_bookkeeper() -> None:
    """An Israeli bookkeeper's CV (not software): the name and headline in a table cell
    beside an empty photo cell, "Tel: ... City of Residence: ..." on one line, and
    all-caps "TITLE EMPLOYER, TOWN, COUNTRY  2015-PRESENT" job lines."""
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    left, _photo = table.rows[0].cells
    left.text = "SVETLANA ROZENBERG"
    left.paragraphs[0].runs[0].bold = True
    left.paragraphs[0].runs[0].font.size = Pt(18)
    left.add_paragraph("Bookkeeper (Level 3) / Payroll")
    _lines(doc, "PERSONAL INFORMATION", bold=True)
    _lines(
        doc,
        "Tel: 054-663-2918 Email: svetarozen@walla.co.il City of Residence: Haifa "
        "Date of birth: 1978",
    )
    _lines(doc, "PROFESSIONAL SUMMARY", bold=True)
    _lines(
        doc,
        """
Certified bookkeeper with 10 years of experience in Israeli companies and 12 years as an
accountant before aliyah. Double-entry bookkeeping, payroll, VAT reports, bank
reconciliation.
""",
    )
    _lines(doc, "EXPERIENCE", bold=True)
    _lines(
        doc,
        """
CHIEF BOOKKEEPER GAL-OR LOGISTICS LTD, HAIFA, ISRAEL  2015-PRESENT
Full bookkeeping for a company with 120 employees: suppliers and customers, bank
reconciliations, monthly VAT and withholding tax reports, preparation of the
annual balance for the external CPA.
PAYROLL CLERK MANPOWER ISRAEL, KIRYAT ATA  2013-2015
Monthly payroll for 400+ temporary workers in Michpal, attendance reports,
pension and Form 106.
ACCOUNTANT ZAPORIZHSTAL, ZAPORIZHZHIA, UKRAINE  2000-2012
Accounting of fixed assets and inventory, cost reports for the rolling mill.
""",
    )
    _lines(doc, "EDUCATION", bold=True)
    _lines(
        doc,
        """
2012 – 2013 Ort Braude College, Bookkeeping and Payroll course (Level 3 certificate)
1995 – 2000 Zaporizhzhia National University, Specialist degree in Accounting and Audit
""",
    )
    _lines(doc, "SKILLS", bold=True)
    _lines(
        doc,
        """
Hashavshevet, Priority ERP, Michpal, Excel (pivot tables, VLOOKUP), Outlook.
Languages: Russian, Ukrainian – native; Hebrew – very good; English – basic.
""",
    )
    doc.save(HERE / "07_il_bookkeeper_table.docx")


def _draw(pdf: canvas.Canvas, x: float, y: float, lines: list[str], size: float = 9.5) -> float:
    for line in lines:
        bold = line.startswith("*")
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size + (1 if bold else 0))
        pdf.drawString(x, y, line.lstrip("*"))
        y -= size * 1.45
    return y


def il_data_scientist_two_columns() -> None:
    """A two-column PDF: contact, skills, languages and education in a grey sidebar at
    the left, the name, summary and jobs in the main column."""
    path = HERE / "14_il_data_scientist_two_col.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    pdf.setFillGray(0.92)
    pdf.rect(0, 0, 68 * mm, height, stroke=0, fill=1)
    pdf.setFillGray(0)
    _draw(
        pdf,
        10 * mm,
        height - 30 * mm,
        [
            "*CONTACT",
            "+972 54-318-7720",
            "noa.bendavid.ds@gmail.com",
            "Tel Aviv, Israel",
            "linkedin.com/in/noabendavid",
            "",
            "*SKILLS",
            "Python (pandas, scikit-learn,",
            "XGBoost, PyTorch)",
            "SQL (BigQuery, Snowflake)",
            "Causal inference, A/B testing",
            "Airflow, dbt, Looker",
            "Git, Docker",
            "",
            "*LANGUAGES",
            "Hebrew - native",
            "English - fluent",
            "French - conversational",
            "",
            "*EDUCATION",
            "M.Sc. in Statistics",
            "Tel Aviv University",
            "2019 - 2021",
            "Thesis: survival models for churn",
            "",
            "B.Sc. in Industrial Engineering",
            "and Management",
            "Technion - Israel Institute of",
            "Technology",
            "2016 - 2019",
        ],
        size=9,
    )
    x = 76 * mm
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(x, height - 30 * mm, "Noa Ben-David")
    pdf.setFont("Helvetica", 12)
    pdf.drawString(x, height - 38 * mm, "Data Scientist")
    _draw(
        pdf,
        x,
        height - 52 * mm,
        [
            "*PROFILE",
            "Data scientist with 6 years in insurance and consumer web: pricing",
            "and churn models, experiment design, and getting models into",
            "production with engineers.",
            "",
            "*EXPERIENCE",
            "*Data Scientist",
            "Lemonade | Tel Aviv | 03/2021 - Present",
            "- Built the churn model behind retention offers (XGBoost, uplift",
            "  modelling); +4% 12-month retention in a holdout test.",
            "- Owned the experimentation guidelines and power calculators.",
            "- Pricing features for renters insurance in three new US states.",
            "",
            "*Data Analyst",
            "Wix.com | Tel Aviv | 07/2018 - 02/2021",
            "- Funnels and cohort dashboards for the Editor product (BigQuery,",
            "  Looker); weekly KPI reviews with product managers.",
            "- Analysed 200+ A/B tests; wrote the SQL library the team reuses.",
            "",
            "*Research Analyst (military service)",
            "IDF - Intelligence Corps | 2013 - 2016",
            "- Analysis of large datasets, briefings to senior officers.",
        ],
        size=9.5,
    )
    pdf.showPage()
    pdf.save()


def bg_embedded_engineer() -> None:
    """A one-column PDF: title at the left and dates at the right edge of the
    same line, the employer and town below; two degrees from one university."""
    path = HERE / "15_bg_embedded_cpp.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    width, height = letter
    left, right = 20 * mm, width - 20 * mm
    y = height - 25 * mm
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(left, y, "Georgi Dimitrov Ivanov")
    y -= 8 * mm
    pdf.setFont("Helvetica", 10)
    pdf.drawString(left, y, "Senior Embedded Software Engineer (C/C++, automotive)")
    y -= 5 * mm
    pdf.drawString(left, y, "Sofia, Bulgaria  |  +359 888 412 375  |  g.ivanov.embedded@abv.bg")
    y -= 12 * mm

    def heading(text: str) -> None:
        nonlocal y
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawString(left, y, text)
        pdf.line(left, y - 2, right, y - 2)
        y -= 7 * mm

    def text(lines: list[str]) -> None:
        nonlocal y
        pdf.setFont("Helvetica", 10)
        for line in lines:
            if y < 20 * mm:
                pdf.showPage()
                y = height - 20 * mm
                pdf.setFont("Helvetica", 10)
            pdf.drawString(left, y, line)
            y -= 5 * mm

    def job(title: str, dates: str, employer: str, bullets: list[str]) -> None:
        nonlocal y
        pdf.setFont("Helvetica-Bold", 10.5)
        pdf.drawString(left, y, title)
        pdf.setFont("Helvetica", 10)
        pdf.drawRightString(right, y, dates)
        y -= 5 * mm
        pdf.setFont("Helvetica-Oblique", 10)
        pdf.drawString(left, y, employer)
        y -= 5.5 * mm
        text(bullets)
        y -= 3 * mm

    heading("PROFILE")
    text(
        [
            "Embedded engineer, 12+ years in automotive electronics: sensor interface firmware,",
            "AUTOSAR basic software, MISRA C, functional safety (ISO 26262). Leads 5 engineers.",
        ]
    )
    y -= 4 * mm
    heading("WORK EXPERIENCE")
    job(
        "Senior Embedded Software Engineer",
        "May 2018 – present",
        "Melexis Bulgaria, Sofia",
        [
            "• Firmware for magnetic position sensors (Cortex-M0, C), ASIL-B safety mechanisms.",
            "• Built the hardware-in-the-loop test bench in Python; nightly runs on 40 boards.",
            "• Tech lead of a team of 5; code reviews, estimations, customer calls with Tier 1s.",
        ],
    )
    job(
        "Embedded C Developer",
        "Sep 2013 – Apr 2018",
        "Visteon Electronics Bulgaria, Sofia",
        [
            "• AUTOSAR BSW configuration (DaVinci) and CAN/LIN drivers for instrument clusters.",
            "• MISRA C:2012 compliance with PC-lint and Polyspace; unit tests with VectorCAST.",
            "• Bring-up of new Renesas RH850 boards together with the hardware team.",
        ],
    )
    job(
        "Junior Software Developer",
        "Jul 2011 – Aug 2013",
        "Sirma Group, Sofia",
        [
            "• C++ and Qt desktop tools for a logistics customer; SQL Server back end.",
        ],
    )
    heading("EDUCATION")
    text(
        [
            "Technical University of Sofia",
            "Master of Engineering in Electronics, 2009 – 2011",
            "Bachelor of Engineering in Computer Systems and Technologies, 2005 – 2009",
        ]
    )
    y -= 4 * mm
    heading("SKILLS")
    text(
        [
            "C, C++14, Python, MISRA C, AUTOSAR, CAN, LIN, SPI, I2C, FreeRTOS,",
            "Lauterbach TRACE32, Vector CANoe, Git, Jenkins, Jira, ISO 26262, ASPICE",
        ]
    )
    y -= 4 * mm
    heading("LANGUAGES")
    text(["Bulgarian – native; English – C1; German – B1"])
    pdf.showPage()
    pdf.save()


if __name__ == "__main__":
    il_java_backend()
    ua_qa_linkedin_flattened()
    in_devops_header_table()
    us_data_glued_headings()
    pl_frontend_two_columns_rows()
    ro_support_engineer()
    il_bookkeeper()
    il_data_scientist_two_columns()
    bg_embedded_engineer()

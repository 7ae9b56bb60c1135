"""Word files of the `worldedu` labelled set: education sections and headers from many
countries and the layouts they come in.

The text and Markdown files of the set sit beside these in `data/labelled/worldedu/`:
Indian CVs (B.E, B. Tech, 10th/12th, CGPA and percentages), British (BA (Hons), 2:1,
A-levels, GCSEs), German (M.Sc., B.Eng., Abitur, Ausbildung), French (Master 2, Licence,
BTS, Diplôme d'Ingénieur), Spanish and Argentinian, American (B.S., Nursing, Associate of
Applied Science, GPA, Dean's List, minors, expected degrees, coursework), Australian
(Certificate IV, TAFE), Kenyan (KCSE), a bootcamp, online certificates, names with
credentials ("Jasmine T. Okonkwo, RN, BSN", "Dr. Aisha Rahman, PhD"), "Curriculum Vitae"
over the name, a name below the contact lines, headings glued to their text or split over
two lines. Built here: a name in spaced capitals over an education table and headings in
table cells, a header table whose first cell is a photo's caption, and (second batch) an
education table whose first column holds the dates, under a name in the page header.

Every file was labelled (`worldedu.json`, `worldedu-heldout.json`, `worldedu-second.json`)
before the parser first read it; `worldedu-heldout.json` names the half no rule is tuned on.
`python -m resumeopt.tests.world_resumes` writes the Word files.
"""

from __future__ import annotations

from pathlib import Path

from resumeopt.tests.families import _docx

FOLDER = Path(__file__).parent / "data" / "labelled" / "worldedu"


def spaced_name_education_table() -> bytes:
    """A name in spaced capitals, jobs as paragraphs, education as a table with a header
    row (Years | Degree | Institution | Grade), skills and languages side by side in the
    two cells of a table, each cell under its own heading."""

    def build(document):
        document.add_paragraph().add_run("M A R I A   G O N Z Á L E Z").bold = True
        document.add_paragraph("Project Manager, Construction")
        document.add_paragraph("Seville, Spain  |  +34 655 123 987  |  maria.gonzalez.pm@gmail.com")
        document.add_heading("Professional Experience", level=1)
        for header, line, bullet in (
            (
                "Senior Project Manager – Ferrovial Construcción",
                "Madrid  |  June 2019 – Present",
                "Delivered a €48M hospital extension on time and 3% under budget.",
            ),
            (
                "Site Engineer – Acciona",
                "Seville  |  Sept 2014 – May 2019",
                "Supervised 120 subcontractor staff on the Metro Line 3 stations.",
            ),
        ):
            document.add_paragraph().add_run(header).bold = True
            document.add_paragraph(line)
            document.add_paragraph(bullet, style="List Bullet")
        document.add_heading("Education", level=1)
        table = document.add_table(rows=1, cols=4)
        for cell, text in zip(
            table.rows[0].cells, ("Years", "Degree", "Institution", "Grade"), strict=True
        ):
            cell.paragraphs[0].add_run(text).bold = True
        for row in (
            (
                "2012 – 2014",
                "Master's Degree in Civil Engineering",
                "Universidad Politécnica de Madrid",
                "8.4/10",
            ),
            (
                "2008 – 2012",
                "Bachelor's Degree in Building Engineering",
                "Universidad de Sevilla",
                "7.9/10",
            ),
        ):
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        document.add_paragraph("")
        side = document.add_table(rows=1, cols=2)
        left, right = side.rows[0].cells
        left.paragraphs[0].add_run("SKILLS").bold = True
        for skill in ("Primavera P6", "AutoCAD", "Presto", "BIM 360"):
            left.add_paragraph(skill)
        right.paragraphs[0].add_run("LANGUAGES").bold = True
        for language in ("Spanish – native", "English – C1", "Italian – B1"):
            right.add_paragraph(language)

    return _docx(build)


def photo_caption_header_table() -> bytes:
    """A header table: the left cell holds a photo's caption, the right one the name, the
    title and the contact lines; then the education in a two-column table of dates and
    text, under a heading set in a table cell of its own."""

    def build(document):
        header = document.add_table(rows=1, cols=2)
        photo, details = header.rows[0].cells
        photo.text = "Profile photo"
        details.paragraphs[0].add_run("Tomáš Novák").bold = True
        details.add_paragraph("Robotics Engineer")
        details.add_paragraph("Brno, Czech Republic")
        details.add_paragraph("tomas.novak@seznam.cz")
        details.add_paragraph("+420 602 555 341")
        document.add_heading("Work Experience", level=1)
        document.add_paragraph().add_run("Robotics Engineer, ABB Robotics").bold = True
        document.add_paragraph("Ostrava  •  03/2020 – present")
        document.add_paragraph("Offline programming of welding cells in RobotStudio.")
        document.add_paragraph().add_run("Automation Technician, Škoda Auto").bold = True
        document.add_paragraph("Mladá Boleslav  •  07/2016 – 02/2020")
        heading = document.add_table(rows=1, cols=1)
        heading.rows[0].cells[0].paragraphs[0].add_run("EDUCATION").bold = True
        table = document.add_table(rows=0, cols=2)
        for dates, lines in (
            (
                "2018 – 2020",
                [
                    "Czech Technical University in Prague",
                    "Master's degree (Ing.) in Cybernetics and Robotics",
                ],
            ),
            (
                "2012 – 2016",
                ["Secondary Technical School of Electrical Engineering, Brno", "Maturita exam"],
            ),
        ):
            left, right = table.add_row().cells
            left.text = dates
            right.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                right.add_paragraph(line)
        document.add_heading("Certificates", level=1)
        document.add_paragraph("ABB RobotStudio Advanced Programming, 2021")
        document.add_paragraph("Siemens TIA Portal Level 2, 2019")
        document.add_heading("Languages", level=1)
        document.add_paragraph("Czech (native), English (B2), German (A2)")

    return _docx(build)


def dated_education_table() -> bytes:
    """The name and contact details in the page header; headings as bold paragraphs; the
    education as a table whose first column holds the dates and last the result."""

    def build(document):
        header = document.sections[0].header.paragraphs[0]
        header.text = "Ravi Patel\nDerby, UK · 07911 555 204 · ravi.patel.eng@gmail.com"
        document.add_paragraph().add_run("WORK HISTORY").bold = True
        document.add_paragraph(
            "Mechanical Design Engineer – Rolls-Royce plc, Derby | Sep 2019 – Present"
        )
        document.add_paragraph(
            "Stress analysis of fan-case brackets in ANSYS.", style="List Bullet"
        )
        document.add_paragraph("Placement Engineer – JCB, Rocester | Jul 2017 – Jun 2018")
        document.add_paragraph().add_run("EDUCATION").bold = True
        table = document.add_table(rows=1, cols=4)
        for cell, text in zip(
            table.rows[0].cells, ("Period", "Qualification", "Institution", "Result"), strict=True
        ):
            cell.paragraphs[0].add_run(text).bold = True
        for row in (
            (
                "Sep 2015 – Jun 2019",
                "BEng (Hons) Mechanical Engineering",
                "University of Nottingham",
                "2:1",
            ),
            (
                "Sep 2013 – Jun 2015",
                "A Levels: Maths, Physics, Chemistry",
                "Loughborough Grammar School",
                "A*AA",
            ),
        ):
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        document.add_paragraph().add_run("SKILLS").bold = True
        document.add_paragraph("SolidWorks, ANSYS Mechanical, GD&T, MATLAB")

    return _docx(build)


def write_files() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    (FOLDER / "07_spaced_name_edu_table.docx").write_bytes(spaced_name_education_table())
    (FOLDER / "20_photo_caption_table.docx").write_bytes(photo_caption_header_table())
    (FOLDER / "29_dated_education_table.docx").write_bytes(dated_education_table())


if __name__ == "__main__":
    write_files()

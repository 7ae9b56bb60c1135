"""Resumes in the layouts that defeat a reader going through a file in stored order.

Word files converted from PDF (every line a positioned text box or frame,
stored shuffled, each box kept twice by Word: a DrawingML shape and its VML
fallback), two-column pages, a name in the first page's header and the contact
details in the footer, section headings in a table's left column, headings
glued to their text, split over two lines or spaced out; PDFs in two columns.

The DOCX files are written as raw WordprocessingML inside the package
python-docx makes, so each layout is exactly what converters and templates
write. `write_labelled_sets()` regenerates the labelled sets the import bench
reads (`python -m resumeopt.tests.layouts`): `layout` is the set rules may be
checked against, `layout_heldout` (other people, other places, other
headings) is only measured.
"""

from __future__ import annotations

import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
EMU = 12700  # per point


@dataclass
class Job:
    title: str
    company: str
    start: str  # "Mar 2019"
    end: str
    city: str
    bullets: list[str]


@dataclass
class Person:
    name: str
    headline: str
    email: str
    phone: str
    city: str
    jobs: list[Job]
    schools: list[tuple[str, str, str]]  # degree, school, years
    skills: list[str]
    languages: list[str] = field(default_factory=lambda: ["English (fluent)"])

    def labels(self) -> dict:
        months = [
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        ]
        work = []
        for job in self.jobs:
            month, year = job.start.split()
            work.append(
                {
                    "employer": job.company,
                    "title": job.title,
                    "start": f"{year}-{months.index(month) + 1:02d}",
                }
            )
        education = [{"school": school, "degree": degree} for degree, school, _ in self.schools]
        return {"name": self.name, "work": work, "education": education}


# Lines: (text, kind) with kind one of name, headline, heading, title, dates, bullet, text.


def _main_lines(person: Person, headings: dict[str, str]) -> list[tuple[str, str]]:
    lines = [(person.name, "name"), (person.headline, "headline")]
    lines.append((headings["work"], "heading"))
    for job in person.jobs:
        lines.append((f"{job.title} — {job.company}", "title"))
        lines.append((f"{job.start} – {job.end} | {job.city}", "dates"))
        lines.extend((f"• {bullet}", "bullet") for bullet in job.bullets)
    lines.append((headings["education"], "heading"))
    for degree, school, years in person.schools:
        lines.append((degree, "title"))
        lines.append((f"{school}, {years}", "text"))
    return lines


def _side_lines(person: Person, headings: dict[str, str]) -> list[tuple[str, str]]:
    lines = [(headings["contact"], "heading")]
    lines += [(person.email, "text"), (person.phone, "text"), (person.city, "text")]
    lines.append((headings["skills"], "heading"))
    lines += [(skill, "text") for skill in person.skills]
    lines.append((headings["languages"], "heading"))
    lines += [(language, "text") for language in person.languages]
    return lines


# WordprocessingML ------------------------------------------------------------------


def paragraph_xml(text: str, kind: str = "text", frame: str = "") -> str:
    size = {"name": 36, "heading": 24, "headline": 24}.get(kind, 20)
    bold = "<w:b/>" if kind in ("name", "heading", "title") else ""
    properties = f"<w:pPr>{frame}</w:pPr>" if frame else ""
    return (
        f"<w:p>{properties}<w:r><w:rPr>{bold}<w:sz w:val='{size}'/></w:rPr>"
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    )


def text_box_xml(
    paragraphs: str, x: float, y: float, width: float, height: float, ident: int
) -> str:
    """A floating text box as Word writes it: a DrawingML shape, and a VML copy as fallback."""
    cx, cy, ex, ey = int(x * EMU), int(y * EMU), int(width * EMU), int(height * EMU)
    return f"""<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{ident}"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{cx}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{cy}</wp:posOffset></wp:positionV>
<wp:extent cx="{ex}" cy="{ey}"/><wp:wrapNone/><wp:docPr id="{ident}" name="Text Box {ident}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{ex}" cy="{ey}"/>
</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
<wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="Text Box {ident}" type="#_x0000_t202"
 style="position:absolute;margin-left:{x}pt;margin-top:{y}pt;width:{width}pt;height:{height}pt">
<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict>
</mc:Fallback></mc:AlternateContent></w:r>"""


def _frame(x: float, y: float, width: float) -> str:
    twips = lambda value: int(value * 20)  # noqa: E731
    return (
        f'<w:framePr w:w="{twips(width)}" w:hSpace="0" w:wrap="around" w:vAnchor="page" '
        f'w:hAnchor="page" w:x="{twips(x)}" w:y="{twips(y)}"/>'
    )


def docx_from_xml(
    body: str, header: str = "", footer: str = "", *, first_page: bool = False
) -> bytes:
    """A Word file whose body (and header, footer) is the given WordprocessingML."""
    import docx
    from lxml import etree

    document = docx.Document()
    section = document.sections[0]
    body_element = document.element.body
    for child in list(body_element):
        if not child.tag.endswith("}sectPr"):
            body_element.remove(child)
    fragment = etree.fromstring(f"<w:body {NAMESPACES}>{body}</w:body>")
    for index, child in enumerate(fragment):
        body_element.insert(index, child)
    section.different_first_page_header_footer = first_page
    for part, xml in (
        (section.first_page_header if first_page else section.header, header),
        (section.footer, footer),
    ):
        if xml:
            part.is_linked_to_previous = False
            element = part._element
            for child in list(element):
                element.remove(child)
            for child in etree.fromstring(f"<w:hdr {NAMESPACES}>{xml}</w:hdr>"):
                element.append(child)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# The layouts -------------------------------------------------------------------------

PAGE_HEIGHT = 792
LINE = 15


def _placed(lines: list[tuple[str, str]], x: float, top: float, width: float):
    """(text, kind, x, y, width) for lines set one under the other, new page past the bottom."""
    y = top
    for text, kind in lines:
        if kind == "heading":
            y += 8
        yield text, kind, x, y, width
        y += LINE + (6 if kind == "name" else 0)


def _two_columns(person: Person, headings: dict, sidebar_right: bool, side_width: float):
    main_x, side_x = (40, 412) if sidebar_right else (40 + side_width + 20, 40)
    main_width = 532 - side_width - 20
    return [
        *_placed(_main_lines(person, headings), main_x, 40, main_width),
        *_placed(_side_lines(person, headings), side_x, 40, side_width),
    ]


def converted_boxes(person: Person, headings: dict, seed: int, sidebar_right=False) -> bytes:
    """A two-column page converted from PDF: every line a text box, stored in shuffled order."""
    placed = _two_columns(person, headings, sidebar_right, 160)
    random.Random(seed).shuffle(placed)
    runs = "".join(
        text_box_xml(paragraph_xml(text, kind), x, y, width, LINE, index + 1)
        for index, (text, kind, x, y, width) in enumerate(placed)
    )
    return docx_from_xml(f"<w:p>{runs}</w:p>")


def converted_frames(person: Person, headings: dict, seed: int, sidebar_right=False) -> bytes:
    """The same, with each line a framed paragraph positioned on the page."""
    placed = _two_columns(person, headings, sidebar_right, 150)
    random.Random(seed).shuffle(placed)
    return docx_from_xml(
        "".join(
            paragraph_xml(text, kind, _frame(x, y, width)) for text, kind, x, y, width in placed
        )
    )


def column_boxes(person: Person, headings: dict) -> bytes:
    """A sidebar and a main column, each one text box; the sidebar's box is stored last."""
    main = "".join(paragraph_xml(text, kind) for text, kind in _main_lines(person, headings))
    side = "".join(paragraph_xml(text, kind) for text, kind in _side_lines(person, headings))
    return docx_from_xml(
        f"<w:p>{text_box_xml(main, 220, 40, 352, 700, 1)}"
        f"{text_box_xml(side, 40, 40, 160, 700, 2)}</w:p>"
    )


def header_footer(person: Person, headings: dict) -> bytes:
    """Name and headline in the first page's header, contact details in the footer."""
    header = paragraph_xml(person.name, "name") + paragraph_xml(person.headline, "headline")
    footer = paragraph_xml(f"{person.email} | {person.phone} | {person.city}") + paragraph_xml(
        "Page 1"
    )
    body = [(text, kind) for text, kind in _main_lines(person, headings)[2:]]
    body += [(headings["skills"], "heading"), (", ".join(person.skills), "text")]
    return docx_from_xml(
        "".join(paragraph_xml(text, kind) for text, kind in body), header, footer, first_page=True
    )


def heading_cells(person: Person, headings: dict) -> bytes:
    """Section headings in the left column of a table,
    merged down over the rows of their section."""
    sections: list[tuple[str, list[tuple[str, str]]]] = []
    for text, kind in _main_lines(person, headings)[2:]:
        if kind == "heading":
            sections.append((text, []))
        else:
            sections[-1][1].append((text, kind))
    sections.append((headings["skills"], [(", ".join(person.skills), "text")]))
    rows = []
    for heading, lines in sections:
        for index, (text, kind) in enumerate(lines):
            merge = '<w:vMerge w:val="restart"/>' if index == 0 else "<w:vMerge/>"
            left = paragraph_xml(heading, "heading") if index == 0 else "<w:p/>"
            rows.append(
                f"<w:tr><w:tc><w:tcPr>{merge}</w:tcPr>{left}</w:tc>"
                f"<w:tc>{paragraph_xml(text, kind)}</w:tc></w:tr>"
            )
    top = (
        paragraph_xml(person.name, "name")
        + paragraph_xml(person.headline, "headline")
        + paragraph_xml(f"{person.email} · {person.phone} · {person.city}")
    )
    return docx_from_xml(f"{top}<w:tbl>{''.join(rows)}</w:tbl><w:p/>")


def table_sidebar(person: Person, headings: dict) -> bytes:
    """A page laid out as a one-row table: the sidebar in the left cell, the name and the
    main column in the right one."""
    main = "".join(paragraph_xml(text, kind) for text, kind in _main_lines(person, headings))
    side = "".join(paragraph_xml(text, kind) for text, kind in _side_lines(person, headings))
    return docx_from_xml(
        f"<w:tbl><w:tr><w:tc>{side}</w:tc><w:tc>{main}</w:tc></w:tr></w:tbl><w:p/>"
    )


def pdf_columns(person: Person, headings: dict, *, sidebar_right: bool, side_width: float) -> bytes:
    """A two-column PDF page: the main column with the name, a sidebar beside it."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for text, kind, x, y, _ in _two_columns(person, headings, sidebar_right, side_width):
        font = "Helvetica-Bold" if kind in ("name", "heading", "title") else "Helvetica"
        size = {"name": 18, "heading": 12, "headline": 12}.get(kind, 9.5)
        pdf.setFont(font, size)
        pdf.drawString(x, PAGE_HEIGHT - y - size, text)
    pdf.save()
    return buffer.getvalue()


# The people and the sets --------------------------------------------------------------

TUNED_HEADINGS = {
    "work": "Experience",
    "education": "Education",
    "contact": "Contact",
    "skills": "Skills",
    "languages": "Languages",
}
HELDOUT_HEADINGS = {
    "work": "EMPLOYMENT HISTORY",
    "education": "ACADEMIC QUALIFICATIONS",
    "contact": "CONTACT DETAILS",
    "skills": "CORE COMPETENCIES",
    "languages": "LANGUAGES",
}

TUNED_PEOPLE = [
    Person(
        "Alina Kowalski",
        "Backend Engineer",
        "alina.kowalski@example.com",
        "+48 601 555 210",
        "Warsaw, Poland",
        [
            Job(
                "Senior Backend Engineer",
                "Fintrack Systems",
                "Mar 2020",
                "Present",
                "Warsaw",
                [
                    "Designed a payments ledger in Go serving 4,000 requests a second.",
                    "Led the move from a monolith to six services.",
                ],
            ),
            Job(
                "Software Engineer",
                "Baltic Data Labs",
                "Jul 2016",
                "Feb 2020",
                "Gdansk",
                ["Built ETL jobs in Python and Airflow.", "Cut report latency by 60%."],
            ),
        ],
        [
            (
                "Master of Science in Computer Science",
                "Warsaw University of Technology",
                "2014 – 2016",
            )
        ],
        ["Go", "Python", "PostgreSQL", "Kubernetes"],
    ),
    Person(
        "Daniel Okafor",
        "Frontend Developer",
        "d.okafor@example.org",
        "+44 20 7946 0321",
        "Leeds, UK",
        [
            Job(
                "Frontend Developer",
                "Brightpath Media",
                "Sep 2021",
                "Present",
                "Leeds",
                ["Rebuilt the checkout in React and TypeScript.", "Wrote the design system."],
            ),
            Job(
                "Junior Web Developer",
                "Northgate Studio",
                "Jan 2019",
                "Aug 2021",
                "York",
                ["Maintained twelve client sites.", "Added end-to-end tests with Cypress."],
            ),
        ],
        [("BSc Software Engineering", "University of Leeds", "2015 – 2018")],
        ["React", "TypeScript", "CSS", "Cypress"],
    ),
]

HELDOUT_PEOPLE = [
    Person(
        "Mateo Alvarez",
        "DevOps Engineer",
        "mateo.alvarez@example.net",
        "+34 612 555 044",
        "Valencia, Spain",
        [
            Job(
                "DevOps Engineer",
                "Levante Cloud",
                "Apr 2022",
                "Present",
                "Valencia",
                ["Ran 40 Kubernetes clusters with Terraform.", "Halved deploy times."],
            ),
            Job(
                "Systems Administrator",
                "Mediterranea Telecom",
                "Oct 2018",
                "Mar 2022",
                "Alicante",
                ["Automated patching with Ansible.", "Kept uptime above 99.95%."],
            ),
            Job(
                "IT Support Technician",
                "Costa Hotels Group",
                "Jun 2016",
                "Sep 2018",
                "Alicante",
                ["Supported 300 staff across six hotels."],
            ),
        ],
        [
            (
                "Bachelor of Engineering in Telecommunications",
                "Polytechnic University of Valencia",
                "2012 – 2016",
            )
        ],
        ["Kubernetes", "Terraform", "Ansible", "Linux"],
    ),
    Person(
        "Hana Suzuki",
        "Data Analyst",
        "hana.suzuki@example.com",
        "+1 206 555 0147",
        "Seattle, WA",
        [
            Job(
                "Data Analyst",
                "Cascade Retail Analytics",
                "Feb 2021",
                "Present",
                "Seattle",
                ["Built sales dashboards in Tableau.", "Forecast demand with Python."],
            ),
            Job(
                "Research Assistant",
                "Pacific Health Institute",
                "Aug 2018",
                "Jan 2021",
                "Tacoma",
                ["Cleaned survey data for three studies."],
            ),
        ],
        [
            ("MSc Statistics", "University of Washington", "2016 – 2018"),
            ("BA Economics", "Kyoto University", "2012 – 2016"),
        ],
        ["SQL", "Python", "Tableau", "R"],
    ),
]


def _docx_layouts(person: Person, headings: dict, seed: int) -> dict[str, bytes]:
    return {
        "boxes.docx": converted_boxes(person, headings, seed),
        "boxes_right.docx": converted_boxes(person, headings, seed + 1, sidebar_right=True),
        "frames.docx": converted_frames(person, headings, seed + 2),
        "columns.docx": column_boxes(person, headings),
        "header_footer.docx": header_footer(person, headings),
        "heading_cells.docx": heading_cells(person, headings),
        "table_sidebar.docx": table_sidebar(person, headings),
        "sidebar.pdf": pdf_columns(person, headings, sidebar_right=False, side_width=170),
        "sidebar_right.pdf": pdf_columns(person, headings, sidebar_right=True, side_width=150),
    }


def labelled_files(people: list[Person], headings: dict, seed: int) -> tuple[dict, dict]:
    """({file name: bytes}, {file name: labels}) for each person in every layout."""
    files, labels = {}, {}
    for number, person in enumerate(people, start=1):
        for name, data in _docx_layouts(person, headings, seed + 10 * number).items():
            file_name = f"{number}_{name}"
            files[file_name] = data
            labels[file_name] = person.labels()
    return files, labels


def write_labelled_sets(folder: Path) -> None:
    for set_name, people, headings, seed in (
        ("layout", TUNED_PEOPLE, TUNED_HEADINGS, 1),
        ("layout_heldout", HELDOUT_PEOPLE, HELDOUT_HEADINGS, 7),
    ):
        files, labels = labelled_files(people, headings, seed)
        (folder / set_name).mkdir(exist_ok=True)
        for name, data in files.items():
            (folder / set_name / name).write_bytes(data)
        (folder / f"{set_name}.json").write_text(
            json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    write_labelled_sets(Path(__file__).parent / "data" / "labelled")

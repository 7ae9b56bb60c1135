"""Resume files made by the tests themselves, in the layouts real resumes use.

`make_pdf(layout)` and `make_docx(layout)` return the bytes of the same
resume (`FACTS`) laid out differently, so one set of expectations checks
every layout. Other apps' tests import these too.
"""

from __future__ import annotations

import io

FACTS = {
    "name": "Jordan Lee",
    "label": "Data Engineer",
    "email": "jordan.lee@example.com",
    "phone": "+1 415 555 0199",
    "location": "Seattle, WA",
    "linkedin": "linkedin.com/in/jordanlee",
    "github": "github.com/jlee",
    "summary": (
        "Data engineer with six years of experience building batch and streaming pipelines for "
        "analytics teams."
    ),
    "work": [
        {
            "position": "Senior Data Engineer",
            "name": "Northwind Traders",
            "location": "Seattle, WA",
            "dates": ("Jan 2021", "Present"),
            "startDate": "2021-01",
            "endDate": None,
            "highlights": [
                "Built a streaming ingestion platform on Kafka processing 2 billion events "
                "per day.",
                "Cut warehouse costs by 35% by partitioning and clustering BigQuery tables.",
                "Mentored four engineers and led the data quality working group.",
            ],
        },
        {
            "position": "Data Engineer",
            "name": "Contoso Analytics",
            "location": "Portland, OR",
            "dates": ("Jun 2018", "Dec 2020"),
            "startDate": "2018-06",
            "endDate": "2020-12",
            "highlights": [
                "Designed Airflow DAGs that replaced 120 cron jobs.",
                "Migrated reporting from MySQL to PostgreSQL with zero downtime.",
            ],
        },
    ],
    "education": {
        "institution": "University of Washington",
        "studyType": "Bachelor of Science",
        "area": "Computer Science",
        "dates": ("2014", "2018"),
    },
    "skills": {
        "Languages": ["Python", "SQL", "Scala"],
        "Tools": ["Airflow", "Kafka", "Spark", "dbt"],
    },
    "certificate": ("Google Professional Data Engineer", "Google Cloud", "2022"),
}


# PDF ------------------------------------------------------------------------


def make_pdf(layout: str = "classic") -> bytes:
    """Layouts: classic (bold caps headings, • bullets, dates right-aligned on the
    title row), symbols (caps headings, ▪ and – bullets, dates on their own
    line), split_header (name left, contact right), sidebar and sidebar_right
    (two columns), scanned (an image only), encrypted (a user password)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    encrypt = "secret-password" if layout == "encrypted" else None
    pdf = canvas.Canvas(buffer, pagesize=letter, encrypt=encrypt)
    width, height = letter
    if layout == "scanned":
        _draw_scan(pdf, width, height)
        pdf.save()
        return buffer.getvalue()
    if layout in ("sidebar", "sidebar_right"):
        _draw_sidebar(pdf, width, height, sidebar_right=layout == "sidebar_right")
        pdf.save()
        return buffer.getvalue()

    state = {"y": height - 60}

    def text(
        value: str, x: float = 60, font: str = "Helvetica", size: float = 10.5, right: bool = False
    ):
        pdf.setFont(font, size)
        if right:
            pdf.drawRightString(width - 60, state["y"], value)
        else:
            pdf.drawString(x, state["y"], value)

    def down(amount: float = 14):
        state["y"] -= amount
        if state["y"] < 60:
            pdf.showPage()
            state["y"] = height - 60

    f = FACTS
    contact = [f["email"], f["phone"], f["location"], f["linkedin"], f["github"]]
    if layout == "split_header":
        # Name and headline on the left, one contact detail per row on the right.
        left = {0: (f["name"], "Helvetica-Bold", 20), 1: (f["label"], "Helvetica", 12)}
        for index, item in enumerate(contact):
            if index in left:
                value, font, size = left[index]
                text(value, font=font, size=size)
            text(item, size=9.5, right=True)
            down(16)
    else:
        text(f["name"], font="Helvetica-Bold", size=20)
        down(18)
        text(f["label"], size=12)
        down(14)
        text(" | ".join(contact), size=9.5)
    down(26)

    def heading(title: str):
        text(title.upper(), font="Helvetica-Bold", size=12)
        down(18)

    heading("Summary")
    cut = f["summary"].rfind(" ", 0, 60)
    text(f["summary"][:cut])
    down()
    text(f["summary"][cut + 1 :])
    down(22)

    heading("Professional Experience" if layout != "symbols" else "Work History")
    for job in f["work"]:
        start, end = job["dates"]
        if layout == "symbols":
            text(f"{job['position']}, {job['name']}", font="Helvetica-Bold")
            down()
            text(f"{start} – {end}  |  {job['location']}", size=9.5)
            down()
        else:
            text(f"{job['position']} | {job['name']}", font="Helvetica-Bold")
            text(f"{start} – {end}", right=True)
            down()
            text(job["location"], font="Helvetica-Oblique", size=9.5)
            down()
        for index, bullet in enumerate(job["highlights"]):
            # Word draws bullets in a symbol font; ours alternate Symbol and ZapfDingbats.
            if layout == "symbols":
                symbol_font, glyph = ("Symbol", chr(183)) if index % 2 else ("ZapfDingbats", "n")
                pdf.setFont(symbol_font, 8)
                pdf.drawString(66, state["y"], glyph)
                marker, x = "", 78
            else:
                marker, x = "• ", 70
            # Long bullets wrap onto a second line, as they do in real PDFs.
            if len(bullet) > 70:
                cut = bullet.rfind(" ", 0, 70)
                text(f"{marker}{bullet[:cut]}", x=x)
                down()
                text(bullet[cut + 1 :], x=x + 8)
            else:
                text(f"{marker}{bullet}", x=x)
            down()
        down(8)

    heading("Education")
    education = f["education"]
    text(education["institution"], font="Helvetica-Bold")
    text(" – ".join(education["dates"]), right=True)
    down()
    text(f"{education['studyType']} in {education['area']}")
    down(22)

    heading("Skills")
    for group, items in f["skills"].items():
        text(f"{group}: {', '.join(items)}")
        down()
    down(8)
    heading("Certifications")
    name, issuer, year = f["certificate"]
    text(f"{name}, {issuer}, {year}")
    pdf.save()
    return buffer.getvalue()


def _draw_sidebar(pdf, width: float, height: float, *, sidebar_right: bool = False) -> None:
    """Two columns, as resume builders and Canva templates draw them: the name across
    the top, a narrow sidebar (contact, skills) on the left (or right) and the main
    column (summary, experience, education, certifications) beside it, each
    column's rows level with the other's."""
    f = FACTS
    if sidebar_right:
        main_x, right, side_x = 40, width - 200, width - 175
    else:
        side_x, main_x, right = 40, 215, width - 45
    top = height - 60
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(40, top, f["name"])
    pdf.setFont("Helvetica", 12)
    pdf.drawString(40, top - 20, f["label"])

    def column(x: float, y: float, rows: list[tuple]) -> None:
        for value, font, size, gap in rows:  # gap 0: the next row shares this baseline
            if value:
                pdf.setFont(font, size)
                if value.startswith(">"):  # right-aligned in the main column (dates)
                    pdf.drawRightString(right, y, value[1:])
                else:
                    pdf.drawString(x, y, value)
            y -= gap

    body, bold, small = ("Helvetica", 10, 14), ("Helvetica-Bold", 10.5, 14), ("Helvetica", 9, 13)
    sidebar = [("CONTACT", "Helvetica-Bold", 11, 18)]
    sidebar += [(item, *small) for item in (f["email"], f["phone"], f["location"])]
    sidebar += [(f["linkedin"], *small), (f["github"], "Helvetica", 9, 26)]
    sidebar += [("SKILLS", "Helvetica-Bold", 11, 18)]
    sidebar += [(f"{group}: {', '.join(items)}", *small) for group, items in f["skills"].items()]
    column(side_x, top - 60, sidebar)

    main = [("SUMMARY", "Helvetica-Bold", 11, 18)]
    words, line = f["summary"].split(), ""
    for word in words:  # wrapped at the main column's width
        if pdf.stringWidth(f"{line} {word}".strip(), "Helvetica", 10) > right - main_x:
            main.append((line, *body))
            line = ""
        line = f"{line} {word}".strip()
    main += [(line, "Helvetica", 10, 24), ("PROFESSIONAL EXPERIENCE", "Helvetica-Bold", 11, 18)]
    for job in f["work"]:
        start, end = job["dates"]
        main += [(f"{job['position']} | {job['name']}", "Helvetica-Bold", 10.5, 0)]
        main += [(f">{start} – {end}", *bold), (job["location"], "Helvetica-Oblique", 9.5, 14)]
        for bullet in job["highlights"]:
            first, rest = bullet, ""
            while pdf.stringWidth(f"• {first}", "Helvetica", 10) > right - main_x - 10:
                first, cut = first.rsplit(" ", 1)
                rest = f"{cut} {rest}".strip()
            main.append((f"• {first}", *body))
            if rest:
                main.append((f"  {rest}", *body))
        main.append(("", "Helvetica", 10, 8))
    education = f["education"]
    main += [("EDUCATION", "Helvetica-Bold", 11, 18)]
    main += [(education["institution"], "Helvetica-Bold", 10.5, 0)]
    main += [(f">{' – '.join(education['dates'])}", *bold)]
    main += [(f"{education['studyType']} in {education['area']}", "Helvetica", 10, 24)]
    name, issuer, year = f["certificate"]
    main += [("CERTIFICATIONS", "Helvetica-Bold", 11, 18), (f"{name}, {issuer}, {year}", *body)]
    column(main_x, top - 60, main)


def _draw_scan(pdf, width: float, height: float) -> None:
    """A page that is only a picture of text, as a scanner makes."""
    from reportlab.lib.utils import ImageReader

    pdf.drawImage(
        ImageReader(io.BytesIO(_tiny_png())), 40, 40, width=width - 80, height=height - 80
    )


def _tiny_png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(
        b"\x00" + bytes([255 if (x + y) % 7 else 0 for x in range(32)]) for y in range(32)
    )
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 32, 32, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


# DOCX -----------------------------------------------------------------------


def make_docx(layout: str = "styles") -> bytes:
    """Layouts: styles (Heading styles, List Bullet paragraphs), table (contact in
    a two-cell table, each job's title and dates in a two-cell row), caps (bold
    capital-letter headings and ▪ symbol bullets typed as text)."""
    import docx

    document = docx.Document()
    f = FACTS
    contact = [f["email"], f["phone"], f["location"], f["linkedin"], f["github"]]

    def heading(title: str):
        if layout == "styles":
            document.add_heading(title, level=2)
        else:
            paragraph = document.add_paragraph()
            paragraph.add_run(title.upper()).bold = True

    def bullet(value: str):
        if layout == "caps":
            document.add_paragraph(f"▪ {value}")
        else:
            document.add_paragraph(value, style="List Bullet")

    if layout == "table":
        table = document.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        left.text = f["name"]
        left.add_paragraph(f["label"])
        right.text = contact[0]
        for item in contact[1:]:
            right.add_paragraph(item)
    else:
        if layout == "styles":
            document.add_heading(f["name"], level=0)
        else:
            document.add_paragraph().add_run(f["name"].upper()).bold = True
        document.add_paragraph(f["label"])
        document.add_paragraph(" • ".join(contact))

    heading("Profile")
    document.add_paragraph(f["summary"])
    heading("Experience")
    for job in f["work"]:
        start, end = job["dates"]
        if layout == "table":
            table = document.add_table(rows=2, cols=2)
            table.rows[0].cells[0].text = job["name"]
            table.rows[0].cells[1].text = job["location"]
            table.rows[1].cells[0].text = job["position"]
            table.rows[1].cells[1].text = f"{start} - {end}"
        else:
            title = document.add_paragraph()
            title.add_run(f"{job['position']} — {job['name']}").bold = True
            document.add_paragraph(f"{job['location']} | {start} – {end}")
        for item in job["highlights"]:
            bullet(item)
    heading("Education")
    education = f["education"]
    document.add_paragraph(f"{education['studyType']} in {education['area']}")
    document.add_paragraph(f"{education['institution']}, {' - '.join(education['dates'])}")
    heading("Technical Skills")
    for group, items in f["skills"].items():
        document.add_paragraph(f"{group}: {', '.join(items)}")
    heading("Licenses & Certifications")
    name, issuer, year = f["certificate"]
    document.add_paragraph(f"{name} | {issuer} | {year}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_zip(files: dict[str, bytes]) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()

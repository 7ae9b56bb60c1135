"""PDF and DOCX files in several layouts, and every kind of bad file."""

import io
import zipfile

import pytest

from resumeopt import jsonresume
from resumeopt.importers import (
    MAX_UPLOAD_BYTES,
    ResumeImportError,
    import_bytes,
    import_path,
    pdf,
    read_upload,
)
from resumeopt.tests.resume_files import FACTS, make_docx, make_pdf, make_zip


def _assert_facts(document: dict) -> None:
    jsonresume.validate(document)
    basics = document["basics"]
    assert basics["name"] == FACTS["name"]
    assert basics["email"] == FACTS["email"]
    assert basics["phone"] == FACTS["phone"]
    assert basics["location"] == {"city": "Seattle", "region": "WA"}
    assert {p["network"] for p in basics["profiles"]} == {"LinkedIn", "GitHub"}
    assert basics["summary"] == FACTS["summary"]
    for parsed, expected in zip(document["work"], FACTS["work"], strict=True):
        assert parsed["position"] == expected["position"]
        assert parsed["name"] == expected["name"]
        assert parsed["location"] == expected["location"]
        assert parsed["startDate"] == expected["startDate"]
        assert parsed.get("endDate") == expected["endDate"]
        assert parsed["highlights"] == expected["highlights"]
    education = document["education"][0]
    assert (education["institution"], education["studyType"], education["area"]) == (
        "University of Washington",
        "Bachelor of Science",
        "Computer Science",
    )
    assert {group["name"]: group["keywords"] for group in document["skills"]} == FACTS["skills"]
    assert document["certificates"] == [
        {"name": "Google Professional Data Engineer", "issuer": "Google Cloud", "date": "2022"}
    ]
    assert "meta" not in document


@pytest.mark.parametrize(
    "layout", ["classic", "symbols", "split_header", "sidebar", "sidebar_right"]
)
def test_pdf_layouts_import_every_fact(layout):
    result = import_bytes(make_pdf(layout), "resume.pdf")
    assert result.source_format == "pdf"
    _assert_facts(result.document)


def test_a_two_column_page_is_read_one_column_at_a_time():
    lines = [line.text for line in pdf.lines_from_pdf(make_pdf("sidebar"))]
    assert not [line for line in lines if "@" in line and "\t" in line]  # no row mixes the two
    sidebar = lines.index("Tools: Airflow, Kafka, Spark, dbt")
    assert lines.index("jordan.lee@example.com") < sidebar < lines.index("SUMMARY")


def test_dates_set_flush_right_beside_short_lines_stay_on_their_rows():
    """Six titles with right-aligned dates leave a gutter too; it is not a second column."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    y = 720
    page.setFont("Helvetica-Bold", 12)
    page.drawString(60, y, "EXPERIENCE")
    for year in range(2014, 2020):
        y -= 20
        page.setFont("Helvetica-Bold", 10)
        page.drawString(60, y, f"Analyst | Company {year}")
        page.drawRightString(552, y, f"Jan {year} – Dec {year}")
        y -= 14
        page.setFont("Helvetica", 10)
        page.drawString(70, y, "• Built weekly reports.")
    page.save()
    lines = [line.text for line in pdf.lines_from_pdf(buffer.getvalue())]
    assert "Analyst | Company 2016\tJan 2016 – Dec 2016" in lines


@pytest.mark.parametrize("layout", ["styles", "table", "caps"])
def test_docx_layouts_import_every_fact(layout):
    result = import_bytes(make_docx(layout), "resume.docx")
    assert result.source_format == "docx"
    _assert_facts(result.document)


def test_docx_header_and_text_box_content_is_read():
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Jordan Lee | jordan.lee@example.com"
    document.add_heading("Skills", level=1)
    document.add_paragraph("Python, SQL")
    buffer = io.BytesIO()
    document.save(buffer)
    parsed = import_bytes(buffer.getvalue(), "cv.docx").document
    assert parsed["basics"]["name"] == "Jordan Lee"
    assert parsed["basics"]["email"] == "jordan.lee@example.com"


def test_pdf_without_text_layer_is_refused_as_scanned_image():
    with pytest.raises(ResumeImportError, match="scanned image"):
        import_bytes(make_pdf("scanned"), "scan.pdf")


def test_encrypted_pdf_is_refused_with_a_password_message():
    with pytest.raises(ResumeImportError, match="password protected"):
        import_bytes(make_pdf("encrypted"), "locked.pdf")


def test_corrupt_pdf_is_refused():
    data = make_pdf("classic")
    with pytest.raises(ResumeImportError, match="damaged"):
        import_bytes(data[:200] + b"garbage" * 50, "broken.pdf")


def test_corrupt_docx_is_refused():
    data = make_docx("styles")
    with pytest.raises(ResumeImportError, match="damaged"):
        import_bytes(data[: len(data) // 2], "broken.docx")


def test_docx_with_broken_xml_is_refused():
    data = make_docx("styles")
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        files = {name: source.read(name) for name in source.namelist()}
    files["word/document.xml"] = b"<w:document><w:body><w:p>unclosed"
    with pytest.raises(ResumeImportError, match="damaged"):
        import_bytes(make_zip(files), "broken.docx")


def test_zip_that_is_not_a_docx_is_refused():
    with pytest.raises(ResumeImportError, match="zip archive"):
        import_bytes(make_zip({"notes.txt": b"hello"}), "resume.docx")


def test_docx_zip_bomb_is_refused():
    bomb = make_zip({"word/document.xml": b"<a/>", "word/padding.bin": b"\0" * (51 * 1024 * 1024)})
    with pytest.raises(ResumeImportError, match="50 MB"):
        import_bytes(bomb, "bomb.docx")


def test_file_over_five_megabytes_is_refused(tmp_path):
    big = tmp_path / "huge.txt"
    big.write_bytes(b"a" * (MAX_UPLOAD_BYTES + 1))
    with pytest.raises(ResumeImportError, match="limit is 5 MB"):
        import_path(big)
    with pytest.raises(ResumeImportError, match="limit is 5 MB"):
        import_bytes(b"a" * (MAX_UPLOAD_BYTES + 1), "huge.txt")


def test_extension_that_lies_about_the_content_is_refused():
    with pytest.raises(
        ResumeImportError, match="named like a PDF file but its content is a Word document"
    ):
        import_bytes(make_docx("styles"), "resume.pdf")
    with pytest.raises(
        ResumeImportError, match="named like a DOCX file but its content is plain text"
    ):
        import_bytes(b"Jane Doe\nEngineer", "resume.docx")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old Word"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image"),
        (bytes(range(256)) * 20, "neither text, PDF, DOCX nor JSON"),
        (b"", "empty"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(data, message):
    with pytest.raises(ResumeImportError, match=message):
        import_bytes(data, "resume")


def test_text_in_other_encodings_is_read():
    text = "Zoë Ñúñez\nzoe@example.com\n\nSKILLS\nPython, Go\n"
    for encoded in (text.encode("utf-16"), text.encode("cp1252"), text.encode("utf-8-sig")):
        assert import_bytes(encoded, "cv.txt").document["basics"]["name"] == "Zoë Ñúñez"


def test_a_text_resume_opening_with_a_bracket_is_read_as_text():
    # "[Photo]" where a template kept its picture's place, "{Your Name}" left from a form.
    for opening in ("[Photo]", "{Photo}"):
        document = read_upload(
            f"{opening}\nNguyen Thi Huong\nhuong@example.com\n\nSKILLS\nAutoCAD, Revit\n".encode(),
            "cv.txt",
        )["document"]
        assert document["basics"]["email"] == "huong@example.com"

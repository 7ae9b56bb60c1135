"""No input makes import fail with anything but a clear message."""

import json

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resumeopt.importers import ResumeImportError, import_bytes, import_text

# Fragments real resumes are made of, so generated text reaches deep into the parser.
FRAGMENTS = [
    "EXPERIENCE",
    "Education",
    "AWARDS",
    "Certifications:",
    "Publications",
    "Languages",
    "Skills: Python, Go",
    "2019 - present",
    "Jan 2020 – Mar 2021",
    "(2018)",
    "• ",
    "- ",
    "|",
    "Senior Engineer",
    "Acme Corp",
    "Tel Aviv, Israel",
    "B.Sc. in Physics",
    "GPA: 3.9",
    "Best Paper, 2020",
    ":",
    "by",
    "https://example.com",
    "jane@example.com",
    "+1 415 555 0100",
    "W O R K",
    "References available on request",
    "  ",
    "\t",
    "(",
    ")",
    "Page 2",
]

resume_lines = st.lists(
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=5).map(" ".join),
    min_size=1,
    max_size=40,
).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resume_lines)
def test_the_parser_reads_any_text_without_a_slip(text):
    """Only empty text is refused; the parser's own safety net is never needed."""
    try:
        result = import_text(text)
    except ResumeImportError as error:
        assert "no text to import" in str(error)
    else:
        json.dumps(result.document)


@settings(max_examples=20, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_import_or_say_why(data):
    try:
        import_bytes(data, "resume.txt")
    except ResumeImportError as error:
        assert str(error)


def test_an_awards_block_whose_first_line_has_only_a_date_imports():
    document = import_text(
        "Jane Roe\n\nAWARDS\n2019\nand the dean's list\n• Best Paper, IEEE 2020\n"
    ).document
    assert document["basics"]["name"] == "Jane Roe"


def test_jsonl_goes_on_past_a_file_it_cannot_read(tmp_path, capsys):
    folder = tmp_path / "a folder.docx"
    folder.mkdir()
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    good = tmp_path / "good.txt"
    good.write_text("Jane Roe\njane@example.com\n\nEXPERIENCE\nEngineer, Acme\n2019 - 2021\n")
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_resume", str(folder), str(broken), str(good), "--jsonl")
    assert exit_info.value.code == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["path"] for line in lines] == [str(folder), str(broken), str(good)]
    assert "error" in lines[0] and "error" in lines[1]
    assert lines[2]["resume"]["basics"]["name"] == "Jane Roe"

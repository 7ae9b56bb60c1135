"""manage.py export_resume: any importable file to any format, and clear errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from exports.tests.reading import docx_text, pdf_text, rich_document
from resumeopt.importers import import_bytes

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def resume_file(tmp_path) -> Path:
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(rich_document(), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fmt", "reads"),
    [
        ("pdf", pdf_text),
        ("docx", docx_text),
        ("md", bytes.decode),
        ("txt", bytes.decode),
        ("html", bytes.decode),
    ],
)
def test_exports_a_file_to_each_format(resume_file, tmp_path, fmt, reads):
    out = tmp_path / f"out.{fmt}"

    call_command(
        "export_resume", str(resume_file), "--format", fmt, "--template", "compact", "-o", str(out)
    )

    text = reads(out.read_bytes())
    assert "Zoë Ñúñez" in text and "Principal Infrastructure Engineer · Nordlicht Payments" in text


def test_json_output_is_the_imported_document(resume_file, tmp_path):
    out = tmp_path / "out.json"

    call_command("export_resume", str(resume_file), "--format", "json", "-o", str(out))

    assert json.loads(out.read_text(encoding="utf-8")) == rich_document()


@pytest.mark.parametrize(
    ("fmt", "template"),
    [("pdf", "classic"), ("pdf", "modern"), ("pdf", "compact"), ("docx", "modern")],
)
def test_our_own_export_imports_back_to_the_same_roles_and_bullets(
    sample_document, tmp_path, fmt, template
):
    """The round trip through our importer: what an ATS-style parser finds in the file we made."""
    source, out = tmp_path / "resume.json", tmp_path / f"out.{fmt}"
    source.write_text(json.dumps(sample_document), encoding="utf-8")
    call_command(
        "export_resume", str(source), "--format", fmt, "--template", template, "-o", str(out)
    )

    document = import_bytes(out.read_bytes(), out.name).document

    assert document["basics"]["name"] == sample_document["basics"]["name"]
    assert document["basics"]["email"] == sample_document["basics"]["email"]
    roles = [(role["name"], role["position"], role["highlights"]) for role in document["work"]]
    assert roles == [
        (role["name"], role["position"], role["highlights"]) for role in sample_document["work"]
    ]
    assert [group["keywords"] for group in document["skills"]] == [
        group["keywords"] for group in sample_document["skills"]
    ]


def test_options_page_size_and_sections(resume_file, tmp_path):
    out = tmp_path / "out.md"

    call_command(
        "export_resume",
        str(resume_file),
        "--format",
        "md",
        "--sections",
        "skills,work",
        "-o",
        str(out),
    )

    text = out.read_text(encoding="utf-8")
    assert text.index("## Skills") < text.index("## Experience") and "## Education" not in text


def test_lists_templates(capsys):
    call_command("export_resume", "--list-templates")

    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["classic", "modern", "compact"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["--format", "xls"],
            "Unknown format “xls”. Choose one of: pdf, docx, md, txt, html, json.",
        ),
        (
            ["--format", "pdf", "--template", "fancy"],
            "Unknown template “fancy”. Choose one of: classic, modern, compact.",
        ),
        (["--format", "pdf", "--page-size", "legal"], "letter or a4"),
        (["--format", "pdf", "--sections", "hobbies"], "Unknown section “hobbies”"),
        (["--template", "classic"], "Give --format"),
    ],
)
def test_bad_arguments_are_clear_errors(resume_file, tmp_path, arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("export_resume", str(resume_file), *arguments, "-o", str(tmp_path / "out"))
    assert not (tmp_path / "out").exists()


def test_an_unreadable_file_is_a_clear_error(tmp_path):
    missing = tmp_path / "missing.pdf"

    with pytest.raises(CommandError, match="missing.pdf: Cannot read"):
        call_command(
            "export_resume", str(missing), "--format", "pdf", "-o", str(tmp_path / "out.pdf")
        )


def test_command_line_writes_to_stdout_and_exits_1_on_error(resume_file):
    env = {"PATH": "/usr/bin:/bin", "RESUMEOPT_VAR_DIR": str(resume_file.parent / "var")}
    command = [sys.executable, "manage.py", "export_resume", str(resume_file)]

    done = subprocess.run(
        [*command, "--format", "txt", "-o", "-"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        check=False,
    )
    failed = subprocess.run(
        [*command, "--format", "xls", "-o", "-"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        check=False,
    )

    assert done.returncode == 0 and done.stdout.decode().startswith("Zoë Ñúñez\n")
    assert failed.returncode == 1 and "Unknown format “xls”" in failed.stderr.decode()

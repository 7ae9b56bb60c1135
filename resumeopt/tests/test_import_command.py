"""The import_resume command's exact contract."""

import json

import pytest
from django.core.management import call_command

from resumeopt.tests.resume_files import make_docx, make_pdf


def test_prints_the_document_for_one_file(tmp_path, capsys):
    path = tmp_path / "resume.docx"
    path.write_bytes(make_docx("styles"))
    call_command("import_resume", str(path))
    document = json.loads(capsys.readouterr().out)
    assert document["basics"]["name"] == "Jordan Lee"


def test_json_resume_prints_the_identical_document(tmp_path, capsys, sample_document):
    sample_document["extra"] = {"kept": True}
    path = tmp_path / "sample.resume.json"
    path.write_text(json.dumps(sample_document), encoding="utf-8")
    call_command("import_resume", str(path))
    assert json.loads(capsys.readouterr().out) == sample_document


def test_jsonl_prints_one_line_per_file_and_exits_1_on_any_failure(tmp_path, capsys):
    good = tmp_path / "good.pdf"
    good.write_bytes(make_pdf("classic"))
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(make_pdf("scanned"))
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_resume", "--jsonl", str(good), str(bad))
    assert exit_info.value.code == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["path"] for line in lines] == [str(good), str(bad)]
    assert lines[0]["resume"]["basics"]["name"] == "Jordan Lee"
    assert "scanned image" in lines[1]["error"] and "resume" not in lines[1]


def test_jsonl_all_good_exits_0(tmp_path, capsys):
    path = tmp_path / "cv.txt"
    path.write_text("Jane Doe\n\nSKILLS\nPython\n")
    call_command("import_resume", "--jsonl", str(path))
    assert json.loads(capsys.readouterr().out)["resume"]["skills"][0]["keywords"] == ["Python"]


def test_single_file_error_goes_to_stderr_with_exit_1(tmp_path, capsys):
    path = tmp_path / "missing.pdf"
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_resume", str(path))
    assert exit_info.value.code == 1
    assert "Cannot read" in capsys.readouterr().err

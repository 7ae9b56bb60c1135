import json

import pytest
from django.core.management import call_command

from resumeopt.tests.resume_files import make_docx


def test_json_output_has_the_contracted_shape(tmp_path, capsys, sample_document):
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(sample_document))
    docx = tmp_path / "jordan.docx"
    docx.write_bytes(make_docx("styles"))
    call_command("analyze_resume", str(path), str(docx), "--json")
    results = json.loads(capsys.readouterr().out)
    assert [r["path"] for r in results] == [str(path), str(docx)]
    first = results[0]
    assert set(first) == {"path", "score", "categories", "findings"}
    assert set(first["categories"]) == {"ats", "content", "impact", "consistency", "length"}
    assert set(first["findings"][0]) == {
        "check",
        "category",
        "severity",
        "message",
        "section",
        "path",
        "fix",
    }
    assert any(
        f["check"] == "impact.duty_phrasing" and f["path"] == "work/0/highlights/1"
        for f in first["findings"]
    )


def test_readable_output_and_exit_1_for_an_unreadable_file(tmp_path, capsys, sample_document):
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(sample_document))
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 nonsense")
    with pytest.raises(SystemExit) as exit_info:
        call_command("analyze_resume", str(path), str(bad))
    assert exit_info.value.code == 1
    captured = capsys.readouterr()
    assert f"{path}:" in captured.out and "/100" in captured.out
    assert str(bad) in captured.err

"""`manage.py check_edit`: the fact guard as a
command-line contract, on a labelled set of rewrites."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from conversations.management.commands.check_edit import check_line

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "bench" / "data" / "guard"


def labelled_cases():
    resumes = json.loads((CASES / "resumes.json").read_text(encoding="utf-8"))
    resumes["sample"] = json.loads(
        (ROOT / "resumeopt/sample/sample.resume.json").read_text(encoding="utf-8")
    )
    jobs = json.loads((CASES / "jobs.json").read_text(encoding="utf-8"))
    cases = [
        json.loads(line)
        for line in (CASES / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    return [
        dict(case, resume=resumes[case["resume"]], job=jobs.get(case["job"], "")) for case in cases
    ]


def run_jsonl(tmp_path, lines):
    source = tmp_path / "edits.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    try:
        call_command("check_edit", "--jsonl", str(source), stdout=out)
        code = 0
    except SystemExit as exit:
        code = exit.code
    return [json.loads(line) for line in out.getvalue().splitlines()], code


def test_labelled_fabrications_are_flagged_and_faithful_rewrites_are_not(tmp_path):
    cases = labelled_cases()
    fields = ("id", "resume", "job", "original", "replacement")
    results, code = run_jsonl(
        tmp_path, [json.dumps({key: case[key] for key in fields}) for case in cases]
    )
    assert code == 0
    assert [result["id"] for result in results] == [case["id"] for case in cases]
    fabricated = [
        bool(r["warnings"]) for r, case in zip(results, cases, strict=True) if case["fabricated"]
    ]
    faithful = [
        bool(r["warnings"])
        for r, case in zip(results, cases, strict=True)
        if not case["fabricated"]
    ]
    assert len(fabricated) >= 30 and len(faithful) >= 30
    assert sum(fabricated) / len(fabricated) >= 0.95
    assert sum(faithful) / len(faithful) <= 0.05


def test_each_warning_names_its_kind_its_text_and_whether_the_job_gave_it(sample_document):
    result = check_line(
        json.dumps(
            {
                "id": "a",
                "resume": sample_document,
                "job": "Kafka and 3 million merchants",
                "original": "Built APIs.",
                "replacement": "Built Kafka APIs for 3 million merchants at Stripe in 2016.",
            }
        )
    )
    assert result["id"] == "a"
    assert {(w["kind"], w["text"], w["from_job"]) for w in result["warnings"]} == {
        ("skill", "Kafka", True),
        ("figure", "3 million", True),
        ("name", "Stripe", False),
        ("date", "2016", False),
    }
    assert all(set(w) == {"kind", "from_job", "text", "message"} for w in result["warnings"])


def test_a_bad_line_gets_an_error_and_the_rest_are_still_checked(tmp_path, sample_document):
    good = json.dumps(
        {"id": 2, "resume": sample_document, "original": "x", "replacement": "Led 9 people."}
    )
    results, code = run_jsonl(
        tmp_path, ['{"id": 1, oops', good, json.dumps({"id": 3, "replacement": 7}), "[1]"]
    )
    assert code == 1
    assert [r.get("id") for r in results] == [None, 2, 3, None]
    assert "error" in results[0] and "error" in results[2] and "error" in results[3]
    assert results[1]["warnings"][0]["text"] == "9"


def test_a_single_edit_can_be_checked_from_files(tmp_path, sample_document):
    resume = tmp_path / "resume.json"
    resume.write_text(json.dumps(sample_document), encoding="utf-8")
    out = io.StringIO()
    call_command(
        "check_edit",
        "--resume",
        str(resume),
        "--replacement",
        "Led 9 people.",
        "--json",
        stdout=out,
    )
    assert [w["text"] for w in json.loads(out.getvalue())] == ["9"]
    with pytest.raises(CommandError):
        call_command("check_edit", "--replacement", "x")

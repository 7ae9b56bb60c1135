"""analyze_job and rank_jobs: the exact contracts scripts rely on."""

import io
import json

import pytest
from django.core.management import call_command

POSTING = "Backend Engineer\nRequirements\n- Python and Kubernetes.\n- Kafka is a plus.\n"


def test_analyze_job_json_for_one_file(tmp_path, capsys):
    path = tmp_path / "posting.txt"
    path.write_text(POSTING)
    call_command("analyze_job", str(path), "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Backend Engineer"
    assert {"name", "text", "start", "end", "type"} <= set(data["skills"][0])


def test_analyze_job_jsonl_gives_offsets_into_each_input_text(capsys, monkeypatch):
    lines = [
        {"id": 1, "text": "We need Go and k8s."},
        {"id": "x", "text": "Fluent German; SQL a plus."},
    ]
    monkeypatch.setattr(
        "sys.stdin", io.StringIO("\n".join(json.dumps(line) for line in lines) + "\n")
    )
    call_command("analyze_job", "--jsonl")
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == [1, "x"]
    for given, result in zip(lines, out, strict=True):
        for skill in result["skills"]:
            assert given["text"][skill["start"] : skill["end"]] == skill["text"]
    assert [s["name"] for s in out[0]["skills"]] == ["Go", "Kubernetes"]


def test_analyze_job_jsonl_reports_bad_lines_and_exits_1(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO('not json\n{"id": 2, "text": ""}\n'))
    with pytest.raises(SystemExit) as exit_info:
        call_command("analyze_job", "--jsonl")
    assert exit_info.value.code == 1
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "error" in out[0] and out[1]["id"] == 2 and "empty" in out[1]["error"]


def _resume_file(tmp_path, sample_document):
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(sample_document))
    return path


@pytest.mark.parametrize("kind", ["folder", "csv", "jsonl"])
def test_rank_jobs_reads_folders_csv_and_jsonl_and_prints_best_first(
    tmp_path, capsys, sample_document, kind
):
    jobs = {
        "backend": "Backend Engineer\nPython, Go, Redis and PostgreSQL.",
        "design": "Product Designer\nFigma, Sketch and user research.",
    }
    if kind == "folder":
        source = tmp_path / "jobs"
        source.mkdir()
        for name, text in jobs.items():
            (source / f"{name}.txt").write_text(text)
    elif kind == "csv":
        source = tmp_path / "jobs.csv"
        source.write_text(
            "id,job_title,job_description\n"
            + "".join(f'{k},{v.splitlines()[0]},"{v}"\n' for k, v in jobs.items())
        )
    else:
        source = tmp_path / "jobs.jsonl"
        source.write_text(
            "".join(
                json.dumps({"id": k, "text": v, "title": v.splitlines()[0]}) + "\n"
                for k, v in jobs.items()
            )
        )
    call_command(
        "rank_jobs",
        "--resume",
        str(_resume_file(tmp_path, sample_document)),
        "--jobs",
        str(source),
        "--json",
    )
    ranked = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in ranked] == ["backend", "design"]
    assert set(ranked[0]) == {"id", "title", "score", "matched", "missing"}
    assert ranked[0]["title"] == "Backend Engineer" and "Python" in ranked[0]["matched"]
    assert ranked[0]["score"] > ranked[1]["score"]
